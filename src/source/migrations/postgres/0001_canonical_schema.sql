-- recap's canonical schema (postgres). Dates are ISO-8601 text (YYYY-MM-DD), money is a double,
-- flags are 0/1 integers: the portable types every sqlx driver reads the same way.

CREATE TABLE accounts (
    account_id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT,
    segment TEXT,
    industry TEXT,
    region TEXT,
    touch_model TEXT,
    csm_name TEXT,
    csm_email TEXT,
    contract_start TEXT,
    renewal_date TEXT,
    currency TEXT
);

CREATE TABLE contacts (
    contact_id TEXT COLLATE "C" PRIMARY KEY,
    account_id TEXT COLLATE "C" NOT NULL,
    name TEXT,
    email TEXT,
    role TEXT,
    locale TEXT,
    unsubscribed BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX contacts_by_key ON contacts (account_id);

CREATE TABLE arr_monthly (
    account_id TEXT COLLATE "C" NOT NULL,
    month TEXT NOT NULL,
    arr DOUBLE PRECISION NOT NULL
);

CREATE INDEX arr_monthly_by_key ON arr_monthly (account_id, month);

CREATE TABLE licenses (
    account_id TEXT COLLATE "C" NOT NULL,
    product TEXT NOT NULL,
    seats_purchased BIGINT NOT NULL,
    starts_on TEXT,
    ends_on TEXT
);

CREATE INDEX licenses_by_key ON licenses (account_id);

CREATE TABLE feature_usage_monthly (
    account_id TEXT COLLATE "C" NOT NULL,
    month TEXT NOT NULL,
    feature TEXT NOT NULL,
    product TEXT NOT NULL,
    active_users BIGINT NOT NULL,
    events BIGINT NOT NULL
);

CREATE INDEX feature_usage_monthly_by_key ON feature_usage_monthly (account_id, month);

CREATE TABLE goals (
    goal_id TEXT COLLATE "C" PRIMARY KEY,
    account_id TEXT COLLATE "C" NOT NULL,
    stakeholder_role TEXT,
    title TEXT,
    metric TEXT,
    unit TEXT,
    direction TEXT,
    baseline DOUBLE PRECISION,
    target DOUBLE PRECISION,
    target_date TEXT,
    value_per_unit DOUBLE PRECISION
);

CREATE INDEX goals_by_key ON goals (account_id);

CREATE TABLE goal_measurements (
    goal_id TEXT COLLATE "C" NOT NULL,
    measured_on TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL
);

CREATE INDEX goal_measurements_by_key ON goal_measurements (goal_id);

CREATE TABLE milestones (
    milestone_id TEXT COLLATE "C" PRIMARY KEY,
    account_id TEXT COLLATE "C" NOT NULL,
    title TEXT,
    stage TEXT,
    owner_side TEXT,
    owner_name TEXT,
    due_on TEXT,
    completed_on TEXT
);

CREATE INDEX milestones_by_key ON milestones (account_id);

CREATE TABLE tickets (
    ticket_id TEXT COLLATE "C" PRIMARY KEY,
    account_id TEXT COLLATE "C" NOT NULL,
    opened_at TEXT,
    closed_at TEXT,
    severity TEXT,
    escalated BIGINT NOT NULL DEFAULT 0,
    csat BIGINT
);

CREATE INDEX tickets_by_key ON tickets (account_id);

CREATE TABLE nps_responses (
    response_id TEXT COLLATE "C" PRIMARY KEY,
    account_id TEXT COLLATE "C" NOT NULL,
    contact_id TEXT COLLATE "C",
    responded_at TEXT,
    score BIGINT,
    comment TEXT
);

CREATE INDEX nps_responses_by_key ON nps_responses (account_id);
