"""Script drills: scripts, versions, questions, sessions, entries, call audits

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 09:58:33.082958
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drill_questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('section', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('difficulty', sa.Integer(), nullable=False),
    sa.Column('basic', sa.Boolean(), nullable=False),
    sa.Column('tags_json', sa.Text(), nullable=False),
    sa.Column('retired', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.CheckConstraint('difficulty BETWEEN 1 AND 3', name=op.f('ck_drill_questions_difficulty_range')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_drill_questions_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_questions')),
    sa.UniqueConstraint('team_id', 'text', name=op.f('uq_drill_questions_team_id'))
    )
    op.create_table('scripts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('product', sa.String(length=80), nullable=False),
    sa.Column('current_number', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_scripts_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scripts')),
    sa.UniqueConstraint('team_id', 'name', name=op.f('uq_scripts_team_id'))
    )
    op.create_table('script_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('script_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('sections_json', sa.Text(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_script_versions_number_positive')),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_script_versions_script_id_scripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_script_versions')),
    sa.UniqueConstraint('script_id', 'number', name=op.f('uq_script_versions_script_id'))
    )
    with op.batch_alter_table('script_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_script_versions_script_id'), ['script_id'], unique=False)

    op.create_table('call_audits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('audited_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('auditor', sa.String(length=60), nullable=False),
    sa.Column('points_json', sa.Text(), nullable=False),
    sa.Column('issues_json', sa.Text(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('score IS NULL OR score BETWEEN 0 AND 100', name=op.f('ck_call_audits_score_range')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_call_audits_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_call_audits_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_audits'))
    )
    with op.batch_alter_table('call_audits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_audits_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_call_audits_team_on', ['team_id', 'audited_on'], unique=False)

    op.create_table('drill_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('trainer', sa.String(length=60), nullable=False),
    sa.Column('rubric_key', sa.String(length=40), nullable=False),
    sa.Column('script_version_id', sa.Integer(), nullable=True),
    sa.Column('participants_json', sa.Text(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['script_version_id'], ['script_versions.id'], name=op.f('fk_drill_sessions_script_version_id_script_versions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_drill_sessions_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_sessions'))
    )
    with op.batch_alter_table('drill_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drill_sessions_script_version_id'), ['script_version_id'], unique=False)
        batch_op.create_index('ix_drill_sessions_team_started', ['team_id', 'started_at'], unique=False)

    op.create_table('drill_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('scores_json', sa.Text(), nullable=False),
    sa.Column('answered_well', sa.Boolean(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('seconds', sa.Integer(), nullable=True),
    sa.Column('trainer', sa.String(length=60), nullable=False),
    sa.Column('second_of', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_drill_entries_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_id'], ['drill_questions.id'], name=op.f('fk_drill_entries_question_id_drill_questions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['second_of'], ['drill_entries.id'], name=op.f('fk_drill_entries_second_of_drill_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['drill_sessions.id'], name=op.f('fk_drill_entries_session_id_drill_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drill_entries'))
    )
    with op.batch_alter_table('drill_entries', schema=None) as batch_op:
        batch_op.create_index('ix_drill_entries_member_at', ['member_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_drill_entries_question_id'), ['question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_drill_entries_second_of'), ['second_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_drill_entries_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('drill_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drill_entries_session_id'))
        batch_op.drop_index(batch_op.f('ix_drill_entries_second_of'))
        batch_op.drop_index(batch_op.f('ix_drill_entries_question_id'))
        batch_op.drop_index('ix_drill_entries_member_at')

    op.drop_table('drill_entries')
    with op.batch_alter_table('drill_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_drill_sessions_team_started')
        batch_op.drop_index(batch_op.f('ix_drill_sessions_script_version_id'))

    op.drop_table('drill_sessions')
    with op.batch_alter_table('call_audits', schema=None) as batch_op:
        batch_op.drop_index('ix_call_audits_team_on')
        batch_op.drop_index(batch_op.f('ix_call_audits_member_id'))

    op.drop_table('call_audits')
    with op.batch_alter_table('script_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_script_versions_script_id'))

    op.drop_table('script_versions')
    op.drop_table('scripts')
    op.drop_table('drill_questions')
