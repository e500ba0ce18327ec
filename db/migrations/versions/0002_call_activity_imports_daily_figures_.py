"""call activity: imports, daily figures, history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 05:50:40.810499
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activity_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('encoding', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('rows_new', sa.Integer(), nullable=False),
    sa.Column('rows_changed', sa.Integer(), nullable=False),
    sa.Column('rows_unchanged', sa.Integer(), nullable=False),
    sa.Column('rows_skipped', sa.Integer(), nullable=False),
    sa.Column('members_created', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_activity_imports_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_imports'))
    )
    with op.batch_alter_table('activity_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_imports_team_id'), ['team_id'], unique=False)

    op.create_table('activity_days',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('calls', sa.Integer(), nullable=False),
    sa.Column('connected', sa.Integer(), nullable=False),
    sa.Column('talk_seconds', sa.Integer(), nullable=False),
    sa.Column('deals', sa.Integer(), nullable=False),
    sa.Column('revenue_cents', sa.BigInteger(), nullable=False),
    sa.Column('intent', sa.Integer(), nullable=True),
    sa.Column('import_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('calls >= 0 AND connected >= 0 AND talk_seconds >= 0 AND deals >= 0 AND revenue_cents >= 0', name=op.f('ck_activity_days_figures_not_negative')),
    sa.ForeignKeyConstraint(['import_id'], ['activity_imports.id'], name=op.f('fk_activity_days_import_id_activity_imports'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_activity_days_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_activity_days_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('member_id', 'day', name=op.f('pk_activity_days'))
    )
    with op.batch_alter_table('activity_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_days_import_id'), ['import_id'], unique=False)
        batch_op.create_index('ix_activity_days_team_day', ['team_id', 'day'], unique=False)

    op.create_table('activity_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('calls', sa.Integer(), nullable=False),
    sa.Column('connected', sa.Integer(), nullable=False),
    sa.Column('talk_seconds', sa.Integer(), nullable=False),
    sa.Column('deals', sa.Integer(), nullable=False),
    sa.Column('revenue_cents', sa.BigInteger(), nullable=False),
    sa.Column('intent', sa.Integer(), nullable=True),
    sa.Column('old_import_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_id'], ['activity_imports.id'], name=op.f('fk_activity_history_import_id_activity_imports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_activity_history_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_history'))
    )
    with op.batch_alter_table('activity_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_history_import_id'), ['import_id'], unique=False)

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_by_import_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_members_created_by_import_id'), ['created_by_import_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_members_created_by_import_id_activity_imports'), 'activity_imports', ['created_by_import_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_members_created_by_import_id_activity_imports'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_members_created_by_import_id'))
        batch_op.drop_column('created_by_import_id')

    with op.batch_alter_table('activity_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_history_import_id'))

    op.drop_table('activity_history')
    with op.batch_alter_table('activity_days', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_days_team_day')
        batch_op.drop_index(batch_op.f('ix_activity_days_import_id'))

    op.drop_table('activity_days')
    with op.batch_alter_table('activity_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_imports_team_id'))

    op.drop_table('activity_imports')
