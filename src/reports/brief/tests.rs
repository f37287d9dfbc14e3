//! The brief's rules on hand-made accounts: lists cut to their box, lines cut to their width,
//! talking points only where their rule holds.

use chrono::NaiveDate;

use super::doc::{PEOPLE_LINES, TICKET_LINES, build, fit};
use super::facts::facts;
use super::points::{Point, choose};
use super::*;
use crate::config::{Brand, HealthWeights};
use crate::locale::english;
use crate::model::*;
use crate::reports::review::Paper;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dates() -> BriefDates {
    BriefDates::parse(Some("2026-09-30"), None, d("2000-01-01")).unwrap()
}

fn account(renewal: &str) -> AccountData {
    let mut a = AccountData::empty(Account {
        account_id: "ACC-1".into(),
        name: "Acme".into(),
        segment: "SMB".into(),
        industry: "x".into(),
        region: "x".into(),
        touch_model: "digital".into(),
        csm_name: "Priya Raman".into(),
        csm_email: "p@x".into(),
        contract_start: Some(d("2025-01-01")),
        renewal_date: Some(d(renewal)),
        currency: "USD".into(),
    });
    for m in ["2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"] {
        a.arr.push(ArrMonth {
            month: d(m),
            arr: 100_000.0,
        });
    }
    a.licenses.push(License {
        product: "core".into(),
        seats_purchased: 100,
        starts_on: Some(d("2025-01-01")),
        ends_on: None,
    });
    a
}

fn usage(a: &mut AccountData, active: i64) {
    for m in ["2026-06-01", "2026-09-01"] {
        a.usage.push(FeatureUsage {
            month: d(m),
            feature: "login".into(),
            product: "core".into(),
            active_users: active,
            events: 1,
        });
    }
}

#[test]
fn the_window_defaults_to_thirty_days_and_must_start_before_the_date() {
    assert_eq!(dates().since, d("2026-08-31"));
    assert_eq!(dates().label(), "2026-09-30");
    assert!(BriefDates::parse(Some("2026-09-30"), Some("2026-10-01"), d("2026-01-01")).is_err());
    assert!(BriefDates::parse(Some("30/09/2026"), None, d("2026-01-01")).is_err());
    let today = BriefDates::parse(None, None, d("2026-12-08")).unwrap();
    assert_eq!(
        (today.as_of, today.since),
        (d("2026-12-08"), d("2026-11-08"))
    );
}

#[test]
fn lines_are_cut_to_their_width_cjk_counting_double() {
    assert_eq!(fit("short", 10), "short");
    let cut = fit(&"a".repeat(300), 20);
    assert_eq!(cut.chars().count(), 20);
    assert!(cut.ends_with('…'));
    // Wide letters take more room than narrow ones.
    assert!(fit(&"W".repeat(300), 20).chars().count() < fit(&"l".repeat(300), 20).chars().count());
    let ja = fit(&"日本語".repeat(20), 20);
    assert_eq!(ja.chars().count(), 10, "{ja}");
}

#[test]
fn shelfware_over_ten_percent_of_arr_is_a_point_and_exactly_ten_is_not() {
    // 100 seats at 100,000 ARR: a seat is 1,000. 10 unused = 10,000 = 10% exactly: no point.
    let mut a = account("2027-06-30");
    usage(&mut a, 90);
    let f = facts(&a, dates(), &HealthWeights::default());
    assert!(
        !choose(&f, a.account.renewal_date)
            .iter()
            .any(|p| matches!(p, Point::Shelfware { .. }))
    );
    // 11 unused = 11%: a point citing the seats and their value.
    let mut a = account("2027-06-30");
    usage(&mut a, 89);
    let f = facts(&a, dates(), &HealthWeights::default());
    let p = choose(&f, a.account.renewal_date);
    assert!(
        p.contains(&Point::Shelfware {
            seats: 11,
            value: 11_000.0,
            share: 0.11
        }),
        "{p:?}"
    );
}

#[test]
fn a_renewal_is_a_point_only_within_ninety_days_and_under_forty_health() {
    let w = HealthWeights::default();
    // Low adoption: health is adoption alone (10 of 100 seats) plus support's 100.
    let mut soon = account("2026-11-15");
    usage(&mut soon, 10);
    soon.nps.push(NpsResponse {
        response_id: "r1".into(),
        contact_id: None,
        responded_at: d("2026-09-10"),
        score: 0,
        comment: None,
    });
    let f = facts(&soon, dates(), &w);
    let h = f.metrics.health.score.unwrap();
    assert!(h < 40.0, "health {h}");
    let p = choose(&f, soon.account.renewal_date);
    assert!(matches!(p[0], Point::Renewal { days: 46, .. }), "{p:?}");
    // The same account renewing in 120 days: no renewal point.
    let mut later = soon.clone();
    later.account.renewal_date = Some(d("2027-01-28"));
    let f = facts(&later, dates(), &w);
    assert!(
        !choose(&f, later.account.renewal_date)
            .iter()
            .any(|p| matches!(p, Point::Renewal { .. }))
    );
}

#[test]
fn long_lists_end_with_and_n_more_at_their_capacity() {
    let mut a = account("2027-06-30");
    for i in 0..40 {
        a.tickets.push(Ticket {
            ticket_id: format!("T-{i:03}"),
            opened_at: d("2026-05-01"),
            closed_at: None,
            severity: "high".into(),
            escalated: false,
            csat: None,
        });
    }
    for i in 0..25 {
        a.contacts.push(Contact {
            contact_id: format!("C-{i:02}"),
            name: format!("Person {i}"),
            email: format!("p{i}@x"),
            role: "end_user".into(),
            locale: "en".into(),
            unsubscribed: i == 0,
        });
    }
    let f = facts(&a, dates(), &HealthWeights::default());
    let doc = build(&english(), &a, &f, &Brand::default(), Paper::A4);
    assert_eq!(doc.tickets.lines.len(), TICKET_LINES - 1);
    assert_eq!(doc.tickets.hidden, 40 - (TICKET_LINES - 1));
    assert_eq!(doc.tickets.more.as_deref(), Some("and 31 more"));
    assert_eq!(doc.people.hidden, 25 - (PEOPLE_LINES - 1));
    assert!(doc.people.lines.len() + 1 == PEOPLE_LINES);
    assert!(doc.late.more.is_none() && doc.late.empty.is_some());
}

#[test]
fn a_long_name_is_cut_before_the_do_not_mail_mark_is() {
    let mut a = account("2027-06-30");
    a.contacts.push(Contact {
        contact_id: "C-1".into(),
        name: "Bartholomew ".repeat(10),
        email: "b@x".into(),
        role: "executive_sponsor".into(),
        locale: "en".into(),
        unsubscribed: true,
    });
    let f = facts(&a, dates(), &HealthWeights::default());
    let doc = build(&english(), &a, &f, &Brand::default(), Paper::A4);
    let l = &doc.people.lines[0].text;
    assert!(l.starts_with("Bartholome"), "{l}");
    // The mark comes right after the name, so it is never what a long line loses.
    assert!(
        l.ends_with("… · unsubscribed: do not mail · Executive sponsor · en"),
        "{l}"
    );
    assert_eq!(
        &fit(l, super::doc::LINE_UNITS),
        l,
        "the line fits its width"
    );
}
