"""activity: covering index for team/date-range aggregates

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 07:05:00
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

COLUMNS = ['team_id', 'day', 'member_id', 'calls', 'connected', 'talk_seconds', 'deals', 'revenue_cents']


def upgrade() -> None:
    # Plain (non-batch) index operations: SQLite can create and drop indexes without rebuilding the table.
    op.drop_index('ix_activity_days_team_day', table_name='activity_days')
    op.create_index('ix_activity_days_team_day_cover', 'activity_days', COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index('ix_activity_days_team_day_cover', table_name='activity_days')
    op.create_index('ix_activity_days_team_day', 'activity_days', ['team_id', 'day'], unique=False)
