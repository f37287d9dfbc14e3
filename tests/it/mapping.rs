//! A team maps its own warehouse with `[queries]` in recap.toml: the example in
//! samples/recap.toml, run against a warehouse with those names, gives the same model as the
//! canonical tables.

use std::path::Path;

use recap::config::Config;
use recap::source::{Selection, Source};

/// Builds the warehouse of samples/recap.toml from the canonical tables of the same database.
const WAREHOUSE: &str = "
CREATE TABLE crm_company AS SELECT account_id AS company_key, name AS company_name, segment AS tier,
  industry AS vertical, region AS geo, touch_model AS engagement, csm_name AS owner_name,
  csm_email AS owner_email, contract_start AS signed_on, renewal_date AS renews_on,
  currency AS billing_currency, 0 AS is_test FROM accounts;
INSERT INTO crm_company (company_key, company_name, is_test) VALUES ('TEST-1', 'Internal test tenant', 1);
CREATE TABLE crm_people AS SELECT contact_id AS person_key, account_id AS company_key, name AS full_name,
  email AS email_address, role AS persona, locale AS language, unsubscribed AS opted_out FROM contacts;
CREATE TABLE fin_revenue AS SELECT account_id AS company_key, month AS month_start,
  CAST(ROUND(arr * 100) AS INTEGER) AS arr_cents FROM arr_monthly;
CREATE TABLE fin_subscriptions AS SELECT account_id AS company_key, product AS sku, seats_purchased AS seats,
  starts_on AS term_start, ends_on AS term_end FROM licenses;
CREATE TABLE product_usage AS SELECT account_id AS company_key, month AS month_start, feature AS feature_name,
  product AS sku, active_users AS monthly_active_users, events AS event_count FROM feature_usage_monthly;
CREATE TABLE cs_objectives AS SELECT goal_id AS objective_key, account_id AS company_key,
  stakeholder_role AS owner_persona, title AS headline, metric AS kpi, unit AS kpi_unit,
  direction AS better_when, baseline AS start_value, target AS goal_value, target_date AS due_on,
  value_per_unit AS dollars_per_unit FROM goals;
CREATE TABLE cs_objective_readings AS SELECT goal_id AS objective_key, measured_on AS read_on, value AS reading
  FROM goal_measurements;
CREATE TABLE cs_plan_steps AS SELECT milestone_id AS step_key, account_id AS company_key, title AS step_title,
  stage AS phase, owner_side AS side, owner_name AS owner, due_on AS due, completed_on AS done FROM milestones;
CREATE TABLE support_cases AS SELECT ticket_id AS case_key, account_id AS company_key, opened_at AS created,
  closed_at AS resolved, severity AS priority, escalated AS was_escalated, csat AS satisfaction FROM tickets;
CREATE TABLE survey_answers AS SELECT response_id AS survey_key, account_id AS company_key,
  contact_id AS person_key, responded_at AS answered_on, score AS rating, comment AS verbatim FROM nps_responses;
";

#[test]
fn sample_config_maps_a_differently_named_warehouse() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("w.db").display());
    let canonical = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&canonical, 40, 11).unwrap();
    for stmt in WAREHOUSE.split(';').filter(|s| !s.trim().is_empty()) {
        canonical.execute(stmt, &[]).unwrap();
    }
    let expected = canonical.load_all(&Selection::default()).unwrap();

    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/recap.toml");
    let config = Config::load(Some(&sample)).unwrap();
    assert!(
        config.queries.accounts.is_some(),
        "the sample maps accounts"
    );
    let mapped = Source::connect(&url, &config, false).unwrap();
    let got = mapped.load_all(&Selection::default()).unwrap();
    assert_eq!(
        got.len(),
        40,
        "the test tenant is filtered out by the user's WHERE"
    );
    assert_eq!(got, expected);

    // Filters still apply around a user's query.
    let seg = expected[0].account.segment.clone();
    let sel = Selection {
        segment: Some(seg.clone()),
        ..Default::default()
    };
    let some = mapped.load_all(&sel).unwrap();
    assert!(!some.is_empty() && some.iter().all(|a| a.account.segment == seg));
}
