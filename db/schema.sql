-- coachdesk database schema (SQLite dialect).
-- GENERATED from coachdesk/store/models.py by coachdesk/store/schema_dump.py; do not edit by hand.
-- Regenerate with:  python -m coachdesk.store.schema_dump > db/schema.sql
-- The real schema is created by the Alembic migrations in db/migrations; tests check both agree.

CREATE TABLE teams (
    id INTEGER NOT NULL,
    name VARCHAR(64) NOT NULL,
    product VARCHAR(200) NOT NULL,
    formed_on DATE NOT NULL,
    notes TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
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
    CONSTRAINT pk_activity_imports PRIMARY KEY (id),
    CONSTRAINT fk_activity_imports_team_id_teams FOREIGN KEY(team_id) REFERENCES teams (id) ON DELETE CASCADE
);

CREATE INDEX ix_activity_imports_team_id ON activity_imports (team_id);

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
