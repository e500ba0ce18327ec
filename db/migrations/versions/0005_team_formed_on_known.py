"""teams.formed_on_known, activity_imports.formed_on_before: formation dates that follow the team's history

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 19:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every existing team's date was typed (the form required it), so existing rows are "known".
    op.add_column('teams', sa.Column('formed_on_known', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('activity_imports', sa.Column('formed_on_before', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('activity_imports') as batch:
        batch.drop_column('formed_on_before')
    with op.batch_alter_table('teams') as batch:
        batch.drop_column('formed_on_known')
