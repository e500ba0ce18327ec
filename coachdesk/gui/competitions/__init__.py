"""The GUI of groups and competitions: the balance-groups dialog (contests and the war-room board follow)."""
