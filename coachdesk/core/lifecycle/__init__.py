"""Team lifecycle: the stage survey, data signals, the diagnosis with its principal contradiction, playbooks,
stage history and action plans. Plain typed Python (no Qt, no SQLAlchemy); the store gathers ``TeamFacts``.
"""
