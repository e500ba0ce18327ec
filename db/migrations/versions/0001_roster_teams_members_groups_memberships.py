"""roster: teams members groups memberships

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 05:16:03.917827
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('teams',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('formed_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams')),
    sa.UniqueConstraint('name', name=op.f('uq_teams_name'))
    )
    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('hired_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('leave_reason', sa.String(length=200), nullable=False),
    sa.CheckConstraint("role IN ('rep', 'group_leader', 'trainer', 'manager')", name=op.f('ck_members_role_known')),
    sa.CheckConstraint('left_on IS NULL OR left_on >= hired_on', name=op.f('ck_members_left_after_hired')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_members_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('team_id', 'employee_id', name='uq_members_team_employee')
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_team_id'), ['team_id'], unique=False)

    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('slogan', sa.String(length=200), nullable=False),
    sa.Column('goal', sa.String(length=200), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['leader_id'], ['members.id'], name=op.f('fk_groups_leader_id_members'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_groups_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups')),
    sa.UniqueConstraint('team_id', 'name', name='uq_groups_team_name')
    )
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_groups_leader_id'), ['leader_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_groups_team_id'), ['team_id'], unique=False)

    op.create_table('group_memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=False),
    sa.Column('to_date', sa.Date(), nullable=True),
    sa.CheckConstraint('to_date IS NULL OR to_date >= from_date', name=op.f('ck_group_memberships_to_after_from')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_group_memberships_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_group_memberships_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_memberships'))
    )
    with op.batch_alter_table('group_memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_memberships_group_id'), ['group_id'], unique=False)
        batch_op.create_index('ix_group_memberships_member_current', ['member_id', 'to_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_memberships_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('group_memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_memberships_member_id'))
        batch_op.drop_index('ix_group_memberships_member_current')
        batch_op.drop_index(batch_op.f('ix_group_memberships_group_id'))

    op.drop_table('group_memberships')
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_team_id'))
        batch_op.drop_index(batch_op.f('ix_groups_leader_id'))

    op.drop_table('groups')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_team_id'))

    op.drop_table('members')
    op.drop_table('teams')
