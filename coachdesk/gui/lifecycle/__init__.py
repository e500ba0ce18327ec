"""The Lifecycle tab of a team (stage, principal contradiction, survey, timeline, playbook, action plan) and the
all-teams overview. Widgets share one ``LifecycleContext``."""
