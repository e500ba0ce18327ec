"""Contests and their routine: contests, amendments, duels, manual points, deal announcements, morning contests, evening recaps, promises, support notes, board opt-outs

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 06:25:09.275228
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('rules_json', sa.Text(), nullable=False),
    sa.Column('published', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('final_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_contests_ends_after_start')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_contests_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contests'))
    )
    with op.batch_alter_table('contests', schema=None) as batch_op:
        batch_op.create_index('ix_contests_team_period', ['team_id', 'starts_on'], unique=False)

    op.create_table('contest_amendments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contest_id', sa.Integer(), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('changes_json', sa.Text(), nullable=False),
    sa.Column('rules_before_json', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.CheckConstraint("reason <> ''", name=op.f('ck_contest_amendments_has_reason')),
    sa.ForeignKeyConstraint(['contest_id'], ['contests.id'], name=op.f('fk_contest_amendments_contest_id_contests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contest_amendments'))
    )
    with op.batch_alter_table('contest_amendments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contest_amendments_contest_id'), ['contest_id'], unique=False)

    op.create_table('contest_duels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contest_id', sa.Integer(), nullable=False),
    sa.Column('a_key', sa.String(length=16), nullable=False),
    sa.Column('b_key', sa.String(length=16), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.CheckConstraint('a_key <> b_key', name=op.f('ck_contest_duels_two_sides')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_contest_duels_ends_after_start')),
    sa.ForeignKeyConstraint(['contest_id'], ['contests.id'], name=op.f('fk_contest_duels_contest_id_contests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contest_duels'))
    )
    with op.batch_alter_table('contest_duels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contest_duels_contest_id'), ['contest_id'], unique=False)

    op.create_table('contest_promises',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contest_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('to_whom', sa.String(length=120), nullable=False),
    sa.Column('for_what', sa.Text(), nullable=False),
    sa.Column('promised_on', sa.Date(), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('delivery_note', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('reward', 'penalty')", name=op.f('ck_contest_promises_kind_known')),
    sa.CheckConstraint('delivered_on IS NULL OR delivered_on >= promised_on', name=op.f('ck_contest_promises_delivered_after_promise')),
    sa.ForeignKeyConstraint(['contest_id'], ['contests.id'], name=op.f('fk_contest_promises_contest_id_contests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contest_promises'))
    )
    with op.batch_alter_table('contest_promises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contest_promises_contest_id'), ['contest_id'], unique=False)

    op.create_table('board_opt_outs',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_board_opt_outs_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_board_opt_outs'))
    )
    op.create_table('deal_announcements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('announced_at', sa.DateTime(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('amount_cents >= 0', name=op.f('ck_deal_announcements_amount_not_negative')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_deal_announcements_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_deal_announcements_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_announcements'))
    )
    with op.batch_alter_table('deal_announcements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_announcements_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_deal_announcements_team_time', ['team_id', 'announced_at'], unique=False)

    op.create_table('evening_recaps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('win', 'idea', 'method')", name=op.f('ck_evening_recaps_kind_known')),
    sa.CheckConstraint("text <> ''", name=op.f('ck_evening_recaps_has_text')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_evening_recaps_member_id_members'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_evening_recaps_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evening_recaps'))
    )
    with op.batch_alter_table('evening_recaps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evening_recaps_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_evening_recaps_team_day', ['team_id', 'day'], unique=False)

    op.create_table('support_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contest_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('supporter_id', sa.Integer(), nullable=True),
    sa.Column('chance', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['contest_id'], ['contests.id'], name=op.f('fk_support_notes_contest_id_contests'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_support_notes_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supporter_id'], ['members.id'], name=op.f('fk_support_notes_supporter_id_members'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_notes'))
    )
    with op.batch_alter_table('support_notes', schema=None) as batch_op:
        batch_op.create_index('ix_support_notes_contest_member', ['contest_id', 'member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_notes_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_notes_supporter_id'), ['supporter_id'], unique=False)

    op.create_table('contest_points',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contest_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('points', sa.Float(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.CheckConstraint('(member_id IS NULL) <> (group_id IS NULL)', name=op.f('ck_contest_points_rep_or_group')),
    sa.ForeignKeyConstraint(['contest_id'], ['contests.id'], name=op.f('fk_contest_points_contest_id_contests'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_contest_points_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_contest_points_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contest_points'))
    )
    with op.batch_alter_table('contest_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contest_points_contest_id'), ['contest_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contest_points_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contest_points_member_id'), ['member_id'], unique=False)

    op.create_table('morning_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('contest_id', sa.Integer(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('winner_group_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['contest_id'], ['contests.id'], name=op.f('fk_morning_rounds_contest_id_contests'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_morning_rounds_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['winner_group_id'], ['groups.id'], name=op.f('fk_morning_rounds_winner_group_id_groups'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_morning_rounds'))
    )
    with op.batch_alter_table('morning_rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_morning_rounds_contest_id'), ['contest_id'], unique=False)
        batch_op.create_index('ix_morning_rounds_team_day', ['team_id', 'day'], unique=False)
        batch_op.create_index(batch_op.f('ix_morning_rounds_winner_group_id'), ['winner_group_id'], unique=False)

    op.create_table('morning_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('representative_id', sa.Integer(), nullable=True),
    sa.Column('scores_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_morning_entries_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['representative_id'], ['members.id'], name=op.f('fk_morning_entries_representative_id_members'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['morning_rounds.id'], name=op.f('fk_morning_entries_round_id_morning_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_morning_entries'))
    )
    with op.batch_alter_table('morning_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_morning_entries_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_morning_entries_representative_id'), ['representative_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_morning_entries_round_id'), ['round_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('morning_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_morning_entries_round_id'))
        batch_op.drop_index(batch_op.f('ix_morning_entries_representative_id'))
        batch_op.drop_index(batch_op.f('ix_morning_entries_group_id'))

    op.drop_table('morning_entries')
    with op.batch_alter_table('morning_rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_morning_rounds_winner_group_id'))
        batch_op.drop_index('ix_morning_rounds_team_day')
        batch_op.drop_index(batch_op.f('ix_morning_rounds_contest_id'))

    op.drop_table('morning_rounds')
    with op.batch_alter_table('contest_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contest_points_member_id'))
        batch_op.drop_index(batch_op.f('ix_contest_points_group_id'))
        batch_op.drop_index(batch_op.f('ix_contest_points_contest_id'))

    op.drop_table('contest_points')
    with op.batch_alter_table('support_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_notes_supporter_id'))
        batch_op.drop_index(batch_op.f('ix_support_notes_member_id'))
        batch_op.drop_index('ix_support_notes_contest_member')

    op.drop_table('support_notes')
    with op.batch_alter_table('evening_recaps', schema=None) as batch_op:
        batch_op.drop_index('ix_evening_recaps_team_day')
        batch_op.drop_index(batch_op.f('ix_evening_recaps_member_id'))

    op.drop_table('evening_recaps')
    with op.batch_alter_table('deal_announcements', schema=None) as batch_op:
        batch_op.drop_index('ix_deal_announcements_team_time')
        batch_op.drop_index(batch_op.f('ix_deal_announcements_member_id'))

    op.drop_table('deal_announcements')
    op.drop_table('board_opt_outs')
    with op.batch_alter_table('contest_promises', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contest_promises_contest_id'))

    op.drop_table('contest_promises')
    with op.batch_alter_table('contest_duels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contest_duels_contest_id'))

    op.drop_table('contest_duels')
    with op.batch_alter_table('contest_amendments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contest_amendments_contest_id'))

    op.drop_table('contest_amendments')
    with op.batch_alter_table('contests', schema=None) as batch_op:
        batch_op.drop_index('ix_contests_team_period')

    op.drop_table('contests')
