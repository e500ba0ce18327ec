"""Groups and competitions: balanced group splits, contests and their standings, morning contests, deal
announcements, evening recaps and celebration ledgers. Plain typed Python (no Qt, no SQLAlchemy).
"""
