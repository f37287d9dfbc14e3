-- recap's canonical schema (mysql). Dates are ISO-8601 text (YYYY-MM-DD), money is a double,
-- flags are 0/1 integers: the portable types every sqlx driver reads the same way.

CREATE TABLE accounts (
    account_id VARCHAR(64) PRIMARY KEY,
    name TEXT,
    segment VARCHAR(64),
    industry VARCHAR(64),
    region VARCHAR(64),
    touch_model VARCHAR(64),
    csm_name TEXT,
    csm_email TEXT,
    contract_start VARCHAR(10),
    renewal_date VARCHAR(10),
    currency VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE contacts (
    contact_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    name TEXT,
    email TEXT,
    role VARCHAR(64),
    locale VARCHAR(64),
    unsubscribed BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX contacts_by_key ON contacts (account_id);

CREATE TABLE arr_monthly (
    account_id VARCHAR(64) NOT NULL,
    month VARCHAR(10) NOT NULL,
    arr DOUBLE NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX arr_monthly_by_key ON arr_monthly (account_id, month);

CREATE TABLE licenses (
    account_id VARCHAR(64) NOT NULL,
    product VARCHAR(64) NOT NULL,
    seats_purchased BIGINT NOT NULL,
    starts_on VARCHAR(10),
    ends_on VARCHAR(10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX licenses_by_key ON licenses (account_id);

CREATE TABLE feature_usage_monthly (
    account_id VARCHAR(64) NOT NULL,
    month VARCHAR(10) NOT NULL,
    feature VARCHAR(64) NOT NULL,
    product VARCHAR(64) NOT NULL,
    active_users BIGINT NOT NULL,
    events BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX feature_usage_monthly_by_key ON feature_usage_monthly (account_id, month);

CREATE TABLE goals (
    goal_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    stakeholder_role VARCHAR(64),
    title TEXT,
    metric TEXT,
    unit VARCHAR(64),
    direction VARCHAR(64),
    baseline DOUBLE,
    target DOUBLE,
    target_date VARCHAR(10),
    value_per_unit DOUBLE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX goals_by_key ON goals (account_id);

CREATE TABLE goal_measurements (
    goal_id VARCHAR(64) NOT NULL,
    measured_on VARCHAR(10) NOT NULL,
    value DOUBLE NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX goal_measurements_by_key ON goal_measurements (goal_id);

CREATE TABLE milestones (
    milestone_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    title TEXT,
    stage VARCHAR(64),
    owner_side VARCHAR(64),
    owner_name TEXT,
    due_on VARCHAR(10),
    completed_on VARCHAR(10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX milestones_by_key ON milestones (account_id);

CREATE TABLE tickets (
    ticket_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    opened_at VARCHAR(25),
    closed_at VARCHAR(25),
    severity VARCHAR(64),
    escalated BIGINT NOT NULL DEFAULT 0,
    csat BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX tickets_by_key ON tickets (account_id);

CREATE TABLE nps_responses (
    response_id VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    contact_id VARCHAR(64),
    responded_at VARCHAR(25),
    score BIGINT,
    comment TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX nps_responses_by_key ON nps_responses (account_id);
