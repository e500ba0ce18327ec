"""Team rubrics: a team's own drill rubrics (criteria, anchors, weights, pass mark as JSON), revisions and the
team's default.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drill_rubrics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('team_default', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('retired', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.ForeignKeyConstraint(['replaces_id'], ['drill_rubrics.id'], name=op.f('fk_drill_rubrics_replaces_id_drill_rubrics'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_drill_rubrics_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_rubrics'))
    )
    with op.batch_alter_table('drill_rubrics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drill_rubrics_team_id'), ['team_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('drill_rubrics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drill_rubrics_team_id'))

    op.drop_table('drill_rubrics')
