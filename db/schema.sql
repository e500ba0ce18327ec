-- coachdesk database schema (SQLite dialect).
-- GENERATED from the models in coachdesk/store/*/models.py by coachdesk/store/schema_dump.py; do not edit by hand.
-- Regenerate with:  python -m coachdesk.store.schema_dump > db/schema.sql
-- The real schema is created by the Alembic migrations in db/migrations; tests check both agree.

CREATE TABLE playbook_edits (
    practice_id VARCHAR(80) NOT NULL,
    stage VARCHAR(16) NOT NULL,
    practice_json TEXT NOT NULL,
    updated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_playbook_edits PRIMARY KEY (practice_id)
);

CREATE TABLE teams (
    id INTEGER NOT NULL,
    name VARCHAR(64) NOT NULL,
    product VARCHAR(200) NOT NULL,
    formed_on DATE NOT NULL,
    notes TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    formed_on_known BOOLEAN DEFAULT 1 NOT NULL,
    CONSTRAINT pk_teams PRIMARY KEY (id),
    CONSTRAINT uq_teams_name UNIQUE (name)
);

CREATE TABLE activity_imports (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    source VARCHAR(16) NOT NULL,
    file_name VARCHAR(260) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    encoding VARCHAR(32) NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    rows_new INTEGER NOT NULL,
    rows_changed INTEGER NOT NULL,
    rows_unchanged INTEGER NOT NULL,
    rows_skipped INTEGER NOT NULL,
    members_created INTEGER NOT NULL,
    undone_at DATETIME,
    formed_on_before DATE,
    CONSTRAINT pk_activity_imports PRIMARY KEY (id),
    CONSTRAINT fk_activity_imports_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE INDEX ix_activity_imports_team_id ON activity_imports (team_id);

CREATE TABLE contests (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    name VARCHAR(80) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    rules_json TEXT NOT NULL,
    published BOOLEAN DEFAULT 1 NOT NULL,
    closed_on DATE,
    final_json TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_contests PRIMARY KEY (id),
    CONSTRAINT ck_contests_ends_after_start CHECK (ends_on >= starts_on),
    CONSTRAINT fk_contests_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE INDEX ix_contests_team_period ON contests (team_id, starts_on);

CREATE TABLE drill_questions (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    text VARCHAR(500) NOT NULL,
    answer TEXT NOT NULL,
    section VARCHAR(16) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    difficulty INTEGER NOT NULL,
    basic BOOLEAN NOT NULL,
    tags_json TEXT NOT NULL,
    retired BOOLEAN DEFAULT 0 NOT NULL,
    CONSTRAINT pk_drill_questions PRIMARY KEY (id),
    CONSTRAINT uq_drill_questions_team_id UNIQUE (team_id, text),
    CONSTRAINT ck_drill_questions_difficulty_range CHECK (difficulty BETWEEN 1 AND 3),
    CONSTRAINT fk_drill_questions_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE TABLE drill_rubrics (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    data_json TEXT NOT NULL,
    team_default BOOLEAN DEFAULT 0 NOT NULL,
    retired BOOLEAN DEFAULT 0 NOT NULL,
    replaces_id INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_drill_rubrics PRIMARY KEY (id),
    CONSTRAINT fk_drill_rubrics_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_drill_rubrics_replaces_id_drill_rubrics FOREIGN KEY(replaces_id) REFERENCES drill_rubrics (id) ON DELETE SET NULL
);

CREATE INDEX ix_drill_rubrics_team_id ON drill_rubrics (team_id);

CREATE TABLE lifecycle_settings (
    team_id INTEGER NOT NULL,
    thresholds_json TEXT NOT NULL,
    CONSTRAINT pk_lifecycle_settings PRIMARY KEY (team_id),
    CONSTRAINT fk_lifecycle_settings_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE TABLE scripts (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    name VARCHAR(80) NOT NULL,
    product VARCHAR(80) NOT NULL,
    current_number INTEGER,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_scripts PRIMARY KEY (id),
    CONSTRAINT uq_scripts_team_id UNIQUE (team_id, name),
    CONSTRAINT fk_scripts_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE TABLE stage_history (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    as_of DATE NOT NULL,
    recorded_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    kind VARCHAR(16) NOT NULL,
    stage VARCHAR(16) NOT NULL,
    diagnosed_stage VARCHAR(16) NOT NULL,
    mix_forming FLOAT NOT NULL,
    mix_storming FLOAT NOT NULL,
    mix_norming FLOAT NOT NULL,
    mix_performing FLOAT NOT NULL,
    confidence FLOAT NOT NULL,
    contradiction_signal VARCHAR(40) NOT NULL,
    contradiction_summary TEXT NOT NULL,
    source VARCHAR(16) NOT NULL,
    reason TEXT NOT NULL,
    CONSTRAINT pk_stage_history PRIMARY KEY (id),
    CONSTRAINT ck_stage_history_kind_known CHECK (kind IN ('accepted', 'confirmed', 'overridden')),
    CONSTRAINT ck_stage_history_override_has_reason CHECK (kind <> 'overridden' OR reason <> ''),
    CONSTRAINT fk_stage_history_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE INDEX ix_stage_history_team_day ON stage_history (team_id, as_of);

CREATE TABLE action_plans (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    created_on DATE NOT NULL,
    stage VARCHAR(16) NOT NULL,
    contradiction_signal VARCHAR(40) NOT NULL,
    contradiction_summary TEXT NOT NULL,
    history_id INTEGER,
    notes TEXT NOT NULL,
    CONSTRAINT pk_action_plans PRIMARY KEY (id),
    CONSTRAINT fk_action_plans_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_plans_history_id_stage_history FOREIGN KEY(history_id) REFERENCES stage_history (id) ON DELETE SET NULL
);

CREATE INDEX ix_action_plans_history_id ON action_plans (history_id);

CREATE INDEX ix_action_plans_team_day ON action_plans (team_id, created_on);

CREATE TABLE contest_amendments (
    id INTEGER NOT NULL,
    contest_id INTEGER NOT NULL,
    made_on DATE NOT NULL,
    reason TEXT NOT NULL,
    changes_json TEXT NOT NULL,
    rules_before_json TEXT NOT NULL,
    recorded_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_contest_amendments PRIMARY KEY (id),
    CONSTRAINT ck_contest_amendments_has_reason CHECK (reason <> ''),
    CONSTRAINT fk_contest_amendments_contest_id_contests FOREIGN KEY(contest_id) REFERENCES contests (id) ON DELETE CASCADE
);

CREATE INDEX ix_contest_amendments_contest_id ON contest_amendments (contest_id);

CREATE TABLE contest_duels (
    id INTEGER NOT NULL,
    contest_id INTEGER NOT NULL,
    a_key VARCHAR(16) NOT NULL,
    b_key VARCHAR(16) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    CONSTRAINT pk_contest_duels PRIMARY KEY (id),
    CONSTRAINT ck_contest_duels_ends_after_start CHECK (ends_on >= starts_on),
    CONSTRAINT ck_contest_duels_two_sides CHECK (a_key <> b_key),
    CONSTRAINT fk_contest_duels_contest_id_contests FOREIGN KEY(contest_id) REFERENCES contests (id) ON DELETE CASCADE
);

CREATE INDEX ix_contest_duels_contest_id ON contest_duels (contest_id);

CREATE TABLE contest_promises (
    id INTEGER NOT NULL,
    contest_id INTEGER NOT NULL,
    kind VARCHAR(16) NOT NULL,
    to_whom VARCHAR(120) NOT NULL,
    for_what TEXT NOT NULL,
    promised_on DATE NOT NULL,
    delivered_on DATE,
    delivery_note TEXT NOT NULL,
    CONSTRAINT pk_contest_promises PRIMARY KEY (id),
    CONSTRAINT ck_contest_promises_kind_known CHECK (kind IN ('reward', 'penalty')),
    CONSTRAINT ck_contest_promises_delivered_after_promise CHECK (delivered_on IS NULL OR delivered_on >= promised_on),
    CONSTRAINT fk_contest_promises_contest_id_contests FOREIGN KEY(contest_id) REFERENCES contests (id) ON DELETE CASCADE
);

CREATE INDEX ix_contest_promises_contest_id ON contest_promises (contest_id);

CREATE TABLE members (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    employee_id VARCHAR(32) NOT NULL,
    name VARCHAR(64) NOT NULL,
    phone VARCHAR(32) NOT NULL,
    role VARCHAR(16) NOT NULL,
    hired_on DATE NOT NULL,
    left_on DATE,
    leave_reason VARCHAR(200) NOT NULL,
    created_by_import_id INTEGER,
    CONSTRAINT pk_members PRIMARY KEY (id),
    CONSTRAINT uq_members_team_employee UNIQUE (team_id, employee_id),
    CONSTRAINT ck_members_left_after_hired CHECK (left_on IS NULL OR left_on >= hired_on),
    CONSTRAINT ck_members_role_known CHECK (role IN ('rep', 'group_leader', 'trainer', 'manager')),
    CONSTRAINT fk_members_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_members_created_by_import_id_activity_imports FOREIGN KEY(created_by_import_id) REFERENCES activity_imports (id) ON DELETE SET NULL
);

CREATE INDEX ix_members_created_by_import_id ON members (created_by_import_id);

CREATE INDEX ix_members_team_id ON members (team_id);

CREATE TABLE script_versions (
    id INTEGER NOT NULL,
    script_id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    created_on DATE NOT NULL,
    note VARCHAR(500) NOT NULL,
    sections_json TEXT NOT NULL,
    CONSTRAINT pk_script_versions PRIMARY KEY (id),
    CONSTRAINT uq_script_versions_script_id UNIQUE (script_id, number),
    CONSTRAINT ck_script_versions_number_positive CHECK (number >= 1),
    CONSTRAINT fk_script_versions_script_id_scripts FOREIGN KEY(script_id) REFERENCES scripts (id) ON DELETE CASCADE
);

CREATE INDEX ix_script_versions_script_id ON script_versions (script_id);

CREATE TABLE activity_days (
    member_id INTEGER NOT NULL,
    day DATE NOT NULL,
    team_id INTEGER NOT NULL,
    calls INTEGER NOT NULL,
    connected INTEGER NOT NULL,
    talk_seconds INTEGER NOT NULL,
    deals INTEGER NOT NULL,
    revenue_cents BIGINT NOT NULL,
    intent INTEGER,
    import_id INTEGER,
    CONSTRAINT pk_activity_days PRIMARY KEY (member_id, day),
    CONSTRAINT ck_activity_days_figures_not_negative CHECK (calls >= 0 AND connected >= 0 AND talk_seconds >= 0 AND deals >= 0 AND revenue_cents >= 0),
    CONSTRAINT fk_activity_days_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_days_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_days_import_id_activity_imports FOREIGN KEY(import_id) REFERENCES activity_imports (id) ON DELETE SET NULL
);

CREATE INDEX ix_activity_days_import_id ON activity_days (import_id);

CREATE INDEX ix_activity_days_team_day_cover ON activity_days (team_id, day, member_id, calls, connected, talk_seconds, deals, revenue_cents);

CREATE TABLE activity_history (
    id INTEGER NOT NULL,
    import_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    day DATE NOT NULL,
    calls INTEGER NOT NULL,
    connected INTEGER NOT NULL,
    talk_seconds INTEGER NOT NULL,
    deals INTEGER NOT NULL,
    revenue_cents BIGINT NOT NULL,
    intent INTEGER,
    old_import_id INTEGER,
    CONSTRAINT pk_activity_history PRIMARY KEY (id),
    CONSTRAINT fk_activity_history_import_id_activity_imports FOREIGN KEY(import_id) REFERENCES activity_imports (id) ON DELETE CASCADE,
    CONSTRAINT fk_activity_history_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE
);

CREATE INDEX ix_activity_history_import_id ON activity_history (import_id);

CREATE TABLE board_opt_outs (
    member_id INTEGER NOT NULL,
    since DATE NOT NULL,
    CONSTRAINT pk_board_opt_outs PRIMARY KEY (member_id),
    CONSTRAINT fk_board_opt_outs_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE
);

CREATE TABLE call_audits (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    audited_on DATE NOT NULL,
    kind VARCHAR(20) NOT NULL,
    auditor VARCHAR(60) NOT NULL,
    points_json TEXT NOT NULL,
    issues_json TEXT NOT NULL,
    score INTEGER,
    note TEXT NOT NULL,
    CONSTRAINT pk_call_audits PRIMARY KEY (id),
    CONSTRAINT ck_call_audits_score_range CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    CONSTRAINT fk_call_audits_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_call_audits_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE
);

CREATE INDEX ix_call_audits_member_id ON call_audits (member_id);

CREATE INDEX ix_call_audits_team_on ON call_audits (team_id, audited_on);

CREATE TABLE deal_announcements (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    day DATE NOT NULL,
    announced_at DATETIME NOT NULL,
    amount_cents INTEGER NOT NULL,
    note TEXT NOT NULL,
    CONSTRAINT pk_deal_announcements PRIMARY KEY (id),
    CONSTRAINT ck_deal_announcements_amount_not_negative CHECK (amount_cents >= 0),
    CONSTRAINT fk_deal_announcements_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_deal_announcements_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE
);

CREATE INDEX ix_deal_announcements_member_id ON deal_announcements (member_id);

CREATE INDEX ix_deal_announcements_team_time ON deal_announcements (team_id, announced_at);

CREATE TABLE drill_sessions (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    mode VARCHAR(16) NOT NULL,
    trainer VARCHAR(60) NOT NULL,
    rubric_key VARCHAR(40) NOT NULL,
    script_version_id INTEGER,
    participants_json TEXT NOT NULL,
    started_at DATETIME NOT NULL,
    ended_at DATETIME,
    CONSTRAINT pk_drill_sessions PRIMARY KEY (id),
    CONSTRAINT fk_drill_sessions_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_drill_sessions_script_version_id_script_versions FOREIGN KEY(script_version_id) REFERENCES script_versions (id) ON DELETE SET NULL
);

CREATE INDEX ix_drill_sessions_script_version_id ON drill_sessions (script_version_id);

CREATE INDEX ix_drill_sessions_team_started ON drill_sessions (team_id, started_at);

CREATE TABLE evening_recaps (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    day DATE NOT NULL,
    member_id INTEGER,
    kind VARCHAR(16) NOT NULL,
    text TEXT NOT NULL,
    CONSTRAINT pk_evening_recaps PRIMARY KEY (id),
    CONSTRAINT ck_evening_recaps_kind_known CHECK (kind IN ('win', 'idea', 'method')),
    CONSTRAINT ck_evening_recaps_has_text CHECK (text <> ''),
    CONSTRAINT fk_evening_recaps_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_evening_recaps_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE SET NULL
);

CREATE INDEX ix_evening_recaps_member_id ON evening_recaps (member_id);

CREATE INDEX ix_evening_recaps_team_day ON evening_recaps (team_id, day);

CREATE TABLE groups (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    name VARCHAR(64) NOT NULL,
    slogan VARCHAR(200) NOT NULL,
    goal VARCHAR(200) NOT NULL,
    leader_id INTEGER,
    CONSTRAINT pk_groups PRIMARY KEY (id),
    CONSTRAINT uq_groups_team_name UNIQUE (team_id, name),
    CONSTRAINT fk_groups_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_groups_leader_id_members FOREIGN KEY(leader_id) REFERENCES members (id) ON DELETE SET NULL
);

CREATE INDEX ix_groups_leader_id ON groups (leader_id);

CREATE INDEX ix_groups_team_id ON groups (team_id);

CREATE TABLE plan_actions (
    id INTEGER NOT NULL,
    plan_id INTEGER NOT NULL,
    first_plan_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    practice_id VARCHAR(80) NOT NULL,
    title VARCHAR(200) NOT NULL,
    owner_member_id INTEGER,
    owner_role VARCHAR(16) NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    notes TEXT NOT NULL,
    closed_on DATE,
    CONSTRAINT pk_plan_actions PRIMARY KEY (id),
    CONSTRAINT ck_plan_actions_status_known CHECK (status IN ('open', 'done', 'dropped')),
    CONSTRAINT ck_plan_actions_has_owner_role CHECK (owner_role <> ''),
    CONSTRAINT fk_plan_actions_plan_id_action_plans FOREIGN KEY(plan_id) REFERENCES action_plans (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_actions_owner_member_id_members FOREIGN KEY(owner_member_id) REFERENCES members (id) ON DELETE SET NULL
);

CREATE INDEX ix_plan_actions_owner_member_id ON plan_actions (owner_member_id);

CREATE INDEX ix_plan_actions_plan_position ON plan_actions (plan_id, position);

CREATE TABLE support_notes (
    id INTEGER NOT NULL,
    contest_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    supporter_id INTEGER,
    chance TEXT NOT NULL,
    note TEXT NOT NULL,
    noted_on DATE NOT NULL,
    CONSTRAINT pk_support_notes PRIMARY KEY (id),
    CONSTRAINT fk_support_notes_contest_id_contests FOREIGN KEY(contest_id) REFERENCES contests (id) ON DELETE CASCADE,
    CONSTRAINT fk_support_notes_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT fk_support_notes_supporter_id_members FOREIGN KEY(supporter_id) REFERENCES members (id) ON DELETE SET NULL
);

CREATE INDEX ix_support_notes_contest_member ON support_notes (contest_id, member_id);

CREATE INDEX ix_support_notes_member_id ON support_notes (member_id);

CREATE INDEX ix_support_notes_supporter_id ON support_notes (supporter_id);

CREATE TABLE survey_responses (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    member_id INTEGER,
    answered_on DATE NOT NULL,
    source VARCHAR(16) NOT NULL,
    file_name VARCHAR(260) NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_survey_responses PRIMARY KEY (id),
    CONSTRAINT fk_survey_responses_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_responses_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE SET NULL
);

CREATE INDEX ix_survey_responses_member_id ON survey_responses (member_id);

CREATE INDEX ix_survey_responses_team_day ON survey_responses (team_id, answered_on);

CREATE TABLE contest_points (
    id INTEGER NOT NULL,
    contest_id INTEGER NOT NULL,
    day DATE NOT NULL,
    member_id INTEGER,
    group_id INTEGER,
    points FLOAT NOT NULL,
    reason VARCHAR(200) NOT NULL,
    CONSTRAINT pk_contest_points PRIMARY KEY (id),
    CONSTRAINT ck_contest_points_rep_or_group CHECK ((member_id IS NULL) <> (group_id IS NULL)),
    CONSTRAINT fk_contest_points_contest_id_contests FOREIGN KEY(contest_id) REFERENCES contests (id) ON DELETE CASCADE,
    CONSTRAINT fk_contest_points_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT fk_contest_points_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id) ON DELETE CASCADE
);

CREATE INDEX ix_contest_points_contest_id ON contest_points (contest_id);

CREATE INDEX ix_contest_points_group_id ON contest_points (group_id);

CREATE INDEX ix_contest_points_member_id ON contest_points (member_id);

CREATE TABLE drill_entries (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    question_id INTEGER,
    at DATETIME NOT NULL,
    scores_json TEXT NOT NULL,
    answered_well BOOLEAN,
    note VARCHAR(500) NOT NULL,
    seconds INTEGER,
    trainer VARCHAR(60) NOT NULL,
    second_of INTEGER,
    CONSTRAINT pk_drill_entries PRIMARY KEY (id),
    CONSTRAINT fk_drill_entries_session_id_drill_sessions FOREIGN KEY(session_id) REFERENCES drill_sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_drill_entries_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT fk_drill_entries_question_id_drill_questions FOREIGN KEY(question_id) REFERENCES drill_questions (id) ON DELETE SET NULL,
    CONSTRAINT fk_drill_entries_second_of_drill_entries FOREIGN KEY(second_of) REFERENCES drill_entries (id) ON DELETE CASCADE
);

CREATE INDEX ix_drill_entries_member_at ON drill_entries (member_id, at);

CREATE INDEX ix_drill_entries_question_id ON drill_entries (question_id);

CREATE INDEX ix_drill_entries_second_of ON drill_entries (second_of);

CREATE INDEX ix_drill_entries_session_id ON drill_entries (session_id);

CREATE TABLE group_memberships (
    id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    from_date DATE NOT NULL,
    to_date DATE,
    CONSTRAINT pk_group_memberships PRIMARY KEY (id),
    CONSTRAINT ck_group_memberships_to_after_from CHECK (to_date IS NULL OR to_date >= from_date),
    CONSTRAINT fk_group_memberships_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_memberships_member_id_members FOREIGN KEY(member_id) REFERENCES members (id) ON DELETE CASCADE
);

CREATE INDEX ix_group_memberships_group_id ON group_memberships (group_id);

CREATE INDEX ix_group_memberships_member_current ON group_memberships (member_id, to_date);

CREATE INDEX ix_group_memberships_member_id ON group_memberships (member_id);

CREATE TABLE morning_rounds (
    id INTEGER NOT NULL,
    team_id INTEGER NOT NULL,
    contest_id INTEGER,
    day DATE NOT NULL,
    topic VARCHAR(200) NOT NULL,
    winner_group_id INTEGER,
    notes TEXT NOT NULL,
    CONSTRAINT pk_morning_rounds PRIMARY KEY (id),
    CONSTRAINT fk_morning_rounds_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_morning_rounds_contest_id_contests FOREIGN KEY(contest_id) REFERENCES contests (id) ON DELETE SET NULL,
    CONSTRAINT fk_morning_rounds_winner_group_id_groups FOREIGN KEY(winner_group_id) REFERENCES groups (id) ON DELETE SET NULL
);

CREATE INDEX ix_morning_rounds_contest_id ON morning_rounds (contest_id);

CREATE INDEX ix_morning_rounds_team_day ON morning_rounds (team_id, day);

CREATE INDEX ix_morning_rounds_winner_group_id ON morning_rounds (winner_group_id);

CREATE TABLE survey_answers (
    response_id INTEGER NOT NULL,
    item_id VARCHAR(16) NOT NULL,
    score INTEGER NOT NULL,
    CONSTRAINT pk_survey_answers PRIMARY KEY (response_id, item_id),
    CONSTRAINT ck_survey_answers_score_1_to_5 CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT fk_survey_answers_response_id_survey_responses FOREIGN KEY(response_id) REFERENCES survey_responses (id) ON DELETE CASCADE
);

CREATE TABLE morning_entries (
    id INTEGER NOT NULL,
    round_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    representative_id INTEGER,
    scores_json TEXT NOT NULL,
    CONSTRAINT pk_morning_entries PRIMARY KEY (id),
    CONSTRAINT fk_morning_entries_round_id_morning_rounds FOREIGN KEY(round_id) REFERENCES morning_rounds (id) ON DELETE CASCADE,
    CONSTRAINT fk_morning_entries_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_morning_entries_representative_id_members FOREIGN KEY(representative_id) REFERENCES members (id) ON DELETE SET NULL
);

CREATE INDEX ix_morning_entries_group_id ON morning_entries (group_id);

CREATE INDEX ix_morning_entries_representative_id ON morning_entries (representative_id);

CREATE INDEX ix_morning_entries_round_id ON morning_entries (round_id);
