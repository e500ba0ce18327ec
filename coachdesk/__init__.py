"""coachdesk — desktop coaching tool for telephone-sales teams."""

__version__ = "0.1.0"
APP_NAME = "coachdesk"
ORG_NAME = "coachdesk"
