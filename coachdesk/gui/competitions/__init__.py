"""The GUI of groups and competitions: the balance-groups dialog, the Contests tab and the war-room board."""

from coachdesk.store.competitions import signals as _signals  # noqa: F401  (registers the contest signal provider)
