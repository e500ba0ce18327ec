"""Storage for groups and competitions: balancing groups, contests, deal announcements and their logs."""
