//! The leadership pack's delivery against a real SMTP server (`tests/tools/smtp_sink.py`, on
//! 127.0.0.1): what arrives is what was sent, to the envelope's recipients, with the PDF's
//! exact bytes; a refusal, a login the server wants and a server that is not there are errors
//! that say so.

use crate::common;

use recap::config::MailConfig;
use recap::deliver::{self, Letter};

use common::smtp::SmtpSink;

const FROM: &str = "Northwind Cloud <cs@northwind.example>";

fn mail(port: u16) -> MailConfig {
    MailConfig {
        host: "127.0.0.1".into(),
        port: Some(port),
        tls: "none".into(),
        // Unset: no login.
        username_env: "RECAP_TEST_PACK_DELIVERY_NO_USER".into(),
        password_env: "RECAP_TEST_PACK_DELIVERY_NO_PASSWORD".into(),
        from: FROM.into(),
        to: vec![],
        groups: Default::default(),
    }
}

fn letter() -> Letter {
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    pdf.extend((0..=255u8).rev().cycle().take(70_000));
    pdf.extend_from_slice(b"\n%%EOF\n");
    Letter {
        subject: "Leadership pack — September 2026".into(),
        html: "<h1>September 2026</h1><p>Gross retention <b>94.1 %</b>.</p>".into(),
        text: "September 2026\n\nGross retention 94.1 %.\n".into(),
        attachment_name: "leadership-pack-2026-09.pdf".into(),
        attachment: pdf,
    }
}

fn to(addresses: &[&str]) -> Vec<String> {
    addresses.iter().map(|a| a.to_string()).collect()
}

fn message(to: &[String]) -> lettre::Message {
    let date = chrono::DateTime::parse_from_rfc3339("2026-10-01T09:00:00Z")
        .unwrap()
        .to_utc();
    deliver::message(
        FROM,
        to,
        &letter(),
        "pack.2026-09.portfolio@northwind.example",
        date,
    )
    .unwrap()
}

#[test]
fn the_server_receives_the_letter_and_its_pdf() {
    let Some(sink) = SmtpSink::start(&[]) else {
        return;
    };
    let recipients = to(&["Ana Ruiz <Ana@Acme.example>", "bo@acme.example"]);
    // The headers name both; this delivery is to Ana alone (the envelope decides).
    let reply = deliver::send(&mail(sink.port()), &recipients[..1], &message(&recipients))
        .unwrap_or_else(|e| panic!("{e}\n{}", sink.log()));
    assert_eq!(reply, "250 2.0.0 OK: queued as 1");

    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "{}", sink.log());
    let (eml, envelope) = &messages[0];
    assert_eq!(envelope["mail_from"], "cs@northwind.example");
    assert_eq!(
        envelope["rcpt_tos"],
        serde_json::json!(["Ana@Acme.example"])
    );
    assert_eq!(envelope["login"], serde_json::Value::Null);

    let m = common::smtp::parse_eml(eml);
    let letter = letter();
    assert_eq!(m["subject"], letter.subject.as_str());
    assert_eq!(m["from"], FROM);
    assert_eq!(
        m["to"],
        serde_json::json!(["Ana@Acme.example", "bo@acme.example"])
    );
    assert_eq!(
        m["message_id"],
        "<pack.2026-09.portfolio@northwind.example>"
    );
    assert_eq!(m["date"], "Thu, 01 Oct 2026 09:00:00 +0000");
    assert_eq!(
        m["kinds"],
        serde_json::json!([
            "multipart/mixed",
            "multipart/alternative",
            "text/plain",
            "text/html",
            "application/pdf"
        ])
    );
    assert_eq!(
        m["text"].as_str().unwrap().replace("\r\n", "\n").trim_end(),
        letter.text.trim_end()
    );
    assert!(m["html"].as_str().unwrap().contains("<b>94.1 %</b>"), "{m}");
    assert_eq!(m["filename"], letter.attachment_name.as_str());
    assert_eq!(m["pdf_type"], "application/pdf");
    assert_eq!(m["pdf_len"], letter.attachment.len());
    assert_eq!(m["pdf_sha256"], letter.attachment_sha256().as_str());

    // Every recipient at once, in one conversation.
    let reply = deliver::send(&mail(sink.port()), &recipients, &message(&recipients)).unwrap();
    assert_eq!(reply, "250 2.0.0 OK: queued as 2");
    assert_eq!(
        sink.messages()[1].1["rcpt_tos"],
        serde_json::json!(["Ana@Acme.example", "bo@acme.example"])
    );
}

#[test]
fn a_refusal_is_an_error_with_the_servers_reply() {
    let Some(sink) = SmtpSink::start(&["--reject", "550"]) else {
        return;
    };
    let recipients = to(&["ana@acme.example"]);
    let e = deliver::send(&mail(sink.port()), &recipients, &message(&recipients)).unwrap_err();
    assert!(matches!(e, recap::error::Error::Io(_)), "{e:?}");
    let said = e.to_string();
    eprintln!("{said}");
    assert!(
        said.contains("550 5.7.1 relaying denied for test"),
        "{said}"
    );
    assert!(
        said.contains(&format!("127.0.0.1:{}", sink.port())),
        "{said}"
    );
    assert!(said.contains("ana@acme.example"), "{said}");
    assert!(sink.messages().is_empty());
}

#[test]
fn nobody_listening_is_an_error_naming_the_server() {
    // A port that was free a moment ago.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let recipients = to(&["ana@acme.example"]);
    let e = deliver::send(&mail(port), &recipients, &message(&recipients)).unwrap_err();
    assert!(matches!(e, recap::error::Error::Io(_)), "{e:?}");
    let said = e.to_string();
    eprintln!("{said}");
    assert!(said.contains(&format!("127.0.0.1:{port}")), "{said}");
    assert!(said.contains("[pack.mail] host and port"), "{said}");
}

#[test]
fn the_server_is_logged_in_to_only_when_the_user_variable_is_set() {
    // Two variables cargo sets for every test process stand for the user name and password:
    // setting variables here would race with the other tests' threads.
    let (Ok(user), Ok(password)) = (
        std::env::var("CARGO_PKG_NAME"),
        std::env::var("CARGO_PKG_VERSION"),
    ) else {
        common::checkers::skip(
            "SMTP login",
            "not run by cargo (CARGO_PKG_NAME, CARGO_PKG_VERSION unset)",
        );
        return;
    };
    let Some(sink) = SmtpSink::start(&["--auth", &format!("{user}:{password}")]) else {
        return;
    };
    let recipients = to(&["ana@acme.example"]);
    let m = message(&recipients);

    // No user variable: no login, and the server's refusal says what to set.
    let mut config = mail(sink.port());
    let e = deliver::send(&config, &recipients, &m).unwrap_err();
    let said = e.to_string();
    eprintln!("{said}");
    assert!(said.contains("530"), "{said}");
    assert!(said.contains("RECAP_TEST_PACK_DELIVERY_NO_USER"), "{said}");

    // The user variable without its password.
    config.username_env = "CARGO_PKG_NAME".into();
    let e = deliver::send(&config, &recipients, &m).unwrap_err();
    assert!(matches!(e, recap::error::Error::Config(_)), "{e:?}");
    assert!(
        e.to_string()
            .contains("RECAP_TEST_PACK_DELIVERY_NO_PASSWORD"),
        "{e}"
    );

    // A wrong password.
    config.password_env = "CARGO_PKG_NAME".into();
    let e = deliver::send(&config, &recipients, &m).unwrap_err();
    let said = e.to_string();
    eprintln!("{said}");
    assert!(said.contains("535"), "{said}");
    assert!(said.contains("login was refused"), "{said}");

    config.password_env = "CARGO_PKG_VERSION".into();
    let reply = deliver::send(&config, &recipients, &m).unwrap();
    assert!(reply.starts_with("250 "), "{reply}");
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].1["login"], user.as_str());
}

#[test]
fn tls_against_a_plain_server_says_to_check_the_tls_setting() {
    let Some(sink) = SmtpSink::start(&[]) else {
        return;
    };
    let recipients = to(&["ana@acme.example"]);
    for (tls, says) in [
        ("starttls", "does not offer STARTTLS"),
        ("tls", "could not make a TLS connection"),
    ] {
        let mut config = mail(sink.port());
        config.tls = tls.into();
        let e = deliver::send(&config, &recipients, &message(&recipients)).unwrap_err();
        let said = e.to_string();
        eprintln!("{said}");
        assert!(said.contains(says), "{said}");
        assert!(said.contains("[pack.mail] tls"), "{said}");
        assert!(
            said.contains(&format!("127.0.0.1:{}", sink.port())),
            "{said}"
        );
    }
    assert!(sink.messages().is_empty());
}
