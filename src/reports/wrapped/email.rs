//! Wrapped's email: one per account, role and language, for the mailing tool to send.
//!
//! The words come from the message files, the layout from `templates/wrapped-email.mjml.tera`
//! (MJML, HTML-escaped by Tera) compiled to mail-client HTML by `mrml`; the plain-text part
//! from `templates/wrapped-email.txt.tera`. `--eml` wraps both in a MIME message per recipient
//! with `lettre`.

use std::borrow::Cow;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::WrappedDoc;
use super::cards::Card;
use crate::error::{Error, Result};
use crate::locale::Texts;
use crate::locale::common;
use crate::render::html::Html;

/// The MJML template of the email.
pub const MJML_TEMPLATE: &str = "wrapped-email.mjml.tera";
/// The plain-text part.
pub const TEXT_TEMPLATE: &str = "wrapped-email.txt.tera";

/// An image in the email: an absolute https address, its size, and words that say what it
/// shows (its number).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Image {
    pub src: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

/// Where an email's links point.
#[derive(Debug, Clone, PartialEq)]
pub struct Links {
    /// The share image and the words of its card (its alt text), when it is in the email's
    /// language.
    pub hero: Option<(String, String)>,
    pub pdf: String,
    pub cta: Option<String>,
    /// The mailing tool's unsubscribe merge tag, or (in an `.eml`) the address itself.
    pub unsubscribe: String,
}

/// What the email templates read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Email {
    pub lang: String,
    /// `rtl` for Arabic and Hebrew readers.
    pub dir: &'static str,
    pub subject: String,
    /// The line mail clients show after the subject.
    pub preheader: String,
    pub company: String,
    pub accent: String,
    pub year: i32,
    pub opening: Card,
    pub cards: Vec<Card>,
    pub closing: Card,
    pub hero: Option<Image>,
    pub pdf_url: String,
    pub cta_url: Option<String>,
    pub unsubscribe: String,
    /// Why the reader gets this: "You receive this as the champion of Acme's account."
    pub why: String,
    /// Every `ui-*` message, as `labels.ui_wrapped_email_pdf` and so on.
    pub labels: std::collections::BTreeMap<String, String>,
}

/// The email of `doc` (whose cards are in the reader's role's order) for a reader in `role`.
pub fn build(t: &Texts, doc: &WrappedDoc, account: &str, role: &str, links: &Links) -> Email {
    let cards = &doc.cards;
    let opening = cards.first().cloned().unwrap_or_else(empty_card);
    let closing = cards.last().cloned().unwrap_or_else(empty_card);
    let middle: Vec<Card> = cards
        .iter()
        .skip(1)
        .take(cards.len().saturating_sub(2))
        .cloned()
        .collect();
    let lead = middle.first().cloned().unwrap_or_else(empty_card);
    fn args<'a>(
        account: &str,
        doc: &WrappedDoc,
        extra: &[(&'a str, String)],
    ) -> Vec<(&'a str, crate::locale::Arg<'static>)> {
        let mut a: Vec<(&'a str, crate::locale::Arg<'static>)> = vec![
            ("account", account.to_string().into()),
            ("year", doc.year.to_string().into()),
            ("next", (doc.year + 1).to_string().into()),
            ("company", doc.company.clone().into()),
        ];
        for (k, v) in extra {
            a.push((k, v.clone().into()));
        }
        a
    }
    let args = |extra: &[(&'static str, String)]| args(account, doc, extra);
    let preheader = t.msg(
        "wrapped-email-preheader",
        &args(&[("big", lead.big.clone()), ("line", lead.line.clone())]),
    );
    let hero = links.hero.as_ref().map(|(src, alt)| Image {
        src: src.clone(),
        alt: alt.clone(),
        width: 552,
        height: 290,
    });
    let lang = t.language();
    Email {
        dir: if matches!(lang.as_str(), "ar" | "he" | "fa" | "ur") {
            "rtl"
        } else {
            "ltr"
        },
        lang: t.tag(),
        subject: t.msg("wrapped-email-subject", &args(&[])),
        preheader,
        company: doc.company.clone(),
        accent: doc.accent.clone(),
        year: doc.year,
        opening,
        cards: middle,
        closing,
        hero,
        pdf_url: links.pdf.clone(),
        cta_url: links.cta.clone(),
        unsubscribe: links.unsubscribe.clone(),
        why: t.msg(
            "wrapped-email-why",
            &args(&[("role", common::role_in_sentence(t, role))]),
        ),
        labels: t.labels_of("wrapped-", &args(&[])),
    }
}

/// What the share image of `doc` (the account's document) says, for its alt text: its lead
/// card's figure and line, as the preheader words them. Another role's email leads with
/// another card, but shows this image.
pub fn image_alt(t: &Texts, doc: &WrappedDoc) -> String {
    let lead = doc.cards.get(1).cloned().unwrap_or_else(empty_card);
    t.msg(
        "wrapped-email-preheader",
        &[("big", lead.big.into()), ("line", lead.line.into())],
    )
}

fn empty_card() -> Card {
    Card {
        key: "none",
        big: String::new(),
        line: String::new(),
        rank: None,
        picture: None,
        colours: Default::default(),
    }
}

/// The email's HTML: the MJML template filled in, compiled by mrml.
pub fn html(templates: &Html, email: &Email) -> Result<String> {
    let mut cx = tera::Context::new();
    cx.insert("email", email);
    let mjml = templates.render(MJML_TEMPLATE, &cx)?;
    let parsed = mrml::parse(&mjml)
        .map_err(|e| Error::Template(format!("{MJML_TEMPLATE} is not valid MJML: {e}")))?;
    let options = mrml::prelude::render::RenderOptions {
        // No web fonts: a <link> to Google Fonts is external CSS, and the email's font stack is
        // the reader's own.
        fonts: Default::default(),
        disable_comments: true,
        ..Default::default()
    };
    let html = parsed
        .element
        .render(&options)
        .map_err(|e| Error::Template(format!("{MJML_TEMPLATE} could not be rendered: {e}")))?;
    Ok(standard_head(attribute_escapes(&html)))
}

/// mrml 6 writes attribute values with Rust's `{:?}`: a no-break space in an alt text comes out
/// as the six characters `\u{a0}`, a backslash doubled. This turns those escapes, inside
/// quoted attribute values only, into what HTML means by them (`&#xa0;`, `\`); text between
/// tags is left as it is.
fn attribute_escapes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let (mut in_tag, mut in_value) = (false, false);
    let mut chars = html.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' if !in_tag => in_tag = true,
            '>' if in_tag && !in_value => in_tag = false,
            '"' if in_tag => in_value = !in_value,
            '\\' if in_value => {
                match chars.next() {
                    Some('u') if chars.peek() == Some(&'{') => {
                        chars.next();
                        let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                        out.push_str(&format!("&#x{hex};"));
                    }
                    Some('n') => out.push_str("&#10;"),
                    Some('t') => out.push_str("&#9;"),
                    Some('r') => out.push_str("&#13;"),
                    Some('0') => {}
                    Some('"') => out.push_str("&quot;"),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// MJML's boilerplate, made valid HTML without losing what Outlook reads: the VML and Office
/// namespaces go (the email draws no VML shapes, and the Office settings that need them are
/// for 120-dpi Windows Outlook scaling images an email of live text hardly has), and the
/// `mso-table-*` properties move into an Outlook-only conditional comment, which other clients
/// and validators read as a comment.
fn standard_head(html: String) -> String {
    const MSO_TABLE: &str = " mso-table-lspace: 0pt; mso-table-rspace: 0pt;";
    const OFFICE_SETTINGS_START: &str =
        "<!--[if mso]>\n<noscript>\n<xml>\n<o:OfficeDocumentSettings>";
    let mut html = html
        .replacen(" xmlns:v=\"urn:schemas-microsoft-com:vml\"", "", 1)
        .replacen(
            " xmlns:o=\"urn:schemas-microsoft-com:office:office\"",
            "",
            1,
        );
    if let Some(start) = html.find(OFFICE_SETTINGS_START)
        && let Some(len) = html[start..].find("<![endif]-->")
    {
        html.replace_range(start..start + len + "<![endif]-->".len(), "");
    }
    // HTML5 style elements need no type, and void elements no closing slash (a " />" can only
    // be markup: text and attribute values are escaped, `>` as `&gt;`).
    html = html
        .replace("<style type=\"text/css\">", "<style>")
        .replace(" />", ">");
    if html.contains(MSO_TABLE) {
        html = html.replacen(MSO_TABLE, "", 1).replacen(
            "</head>",
            "<!--[if mso]><style>table, td {mso-table-lspace: 0pt; mso-table-rspace: 0pt;}</style><![endif]--></head>",
            1,
        );
    }
    html
}

/// The plain-text part.
pub fn text(templates: &Html, email: &Email) -> Result<String> {
    let mut cx = tera::Context::new();
    cx.insert("email", email);
    templates.render(TEXT_TEMPLATE, &cx)
}

/// One recipient's complete message, for `--eml`.
pub struct Eml<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub html: &'a str,
    pub text: &'a str,
    /// The one-click unsubscribe address (RFC 8058).
    pub list_unsubscribe: &'a str,
    /// Makes the Message-ID and the MIME boundary: the same recipient's message is the same
    /// bytes on every run.
    pub seed: &'a str,
    pub date: chrono::NaiveDateTime,
}

/// The MIME message: HTML with its plain-text alternative, `List-Unsubscribe` and
/// `List-Unsubscribe-Post` as Gmail and Yahoo require of bulk senders, a Message-ID and a
/// boundary made from `seed`.
pub fn eml(m: &Eml) -> Result<Vec<u8>> {
    use lettre::message::header::{ContentType, HeaderName, HeaderValue};
    use lettre::message::{Mailbox, MultiPart, SinglePart};
    let bad = |what: &str, e: &dyn std::fmt::Display| {
        Error::Config(format!(
            "{what} is not an email address ({e}); set [wrapped] from in recap.toml as \"Name <address>\"."
        ))
    };
    let from: Mailbox = m.from.parse().map_err(|e| bad(m.from, &e))?;
    let to: Mailbox =
        m.to.parse()
            .map_err(|e| Error::Data(format!("{:?} is not an email address: {e}", m.to)))?;
    let digest = hex::encode(Sha256::digest(m.seed.as_bytes()));
    let domain = from.email.domain().to_string();
    let date = chrono::DateTime::<chrono::Utc>::from_naive_utc_and_offset(m.date, chrono::Utc);
    let header = |name: &'static str, value: String| {
        HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
    };
    let message = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(m.subject)
        .date(date.into())
        .message_id(Some(format!("<wrapped.{}@{domain}>", &digest[..32])))
        .raw_header(header(
            "List-Unsubscribe",
            format!("<{}>", m.list_unsubscribe),
        ))
        .raw_header(header(
            "List-Unsubscribe-Post",
            "List-Unsubscribe=One-Click".into(),
        ))
        .multipart(
            MultiPart::alternative()
                .boundary(format!("recap-{}", &digest[32..56]))
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(m.text.to_string()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(m.html.to_string()),
                ),
        )
        .map_err(|e| Error::Data(format!("could not build the message to {}: {e}", m.to)))?;
    Ok(message.formatted())
}

/// Fills `{contact_id}` and `{email}` into the `List-Unsubscribe` address pattern, each
/// percent-encoded as a URL's query value.
pub fn fill_unsubscribe(pattern: &str, contact_id: &str, email: &str) -> String {
    fn encode(s: &str) -> Cow<'_, str> {
        if s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
        {
            return Cow::Borrowed(s);
        }
        let mut out = String::new();
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        Cow::Owned(out)
    }
    pattern
        .replace("{contact_id}", &encode(contact_id))
        .replace("{email}", &encode(email))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_say_what_they_hold() {
        let mjml = "<mjml><mj-body><mj-section><mj-column><mj-image src=\"https://x.example/a.png\" alt=\"10\u{a0}days \\ 20\u{202f}% ✓\" /><mj-text>a \\u{41} b\u{a0}c</mj-text></mj-column></mj-section></mj-body></mjml>";
        let raw = mrml::parse(mjml)
            .unwrap()
            .element
            .render(&Default::default())
            .unwrap();
        // What mrml writes today.
        assert!(
            raw.contains("alt=\"10\\u{a0}days \\\\ 20\\u{202f}% ✓\""),
            "{raw}"
        );
        let html = attribute_escapes(&raw);
        assert!(
            html.contains("alt=\"10&#xa0;days \\ 20&#x202f;% ✓\""),
            "{html}"
        );
        // Text between tags is not touched, even when it looks like an escape.
        assert!(html.contains("a \\u{41} b\u{a0}c"), "{html}");
    }

    #[test]
    fn mjml_boilerplate_is_made_valid_html() {
        let mjml = "<mjml lang=\"en\"><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>";
        let raw = mrml::parse(mjml)
            .unwrap()
            .element
            .render(&Default::default())
            .unwrap();
        // What mrml writes today; if it changes, standard_head must follow.
        assert!(raw.contains("xmlns:o=") && raw.contains("mso-table-lspace: 0pt;"));
        let html = standard_head(raw);
        assert!(!html.contains("xmlns:v") && !html.contains("xmlns:o") && !html.contains("<o:"));
        assert!(html.contains(
            "<!--[if mso]><style>table, td {mso-table-lspace: 0pt; mso-table-rspace: 0pt;}</style><![endif]--></head>"
        ));
        assert_eq!(html.matches("mso-table-lspace").count(), 1);
    }

    #[test]
    fn unsubscribe_addresses_are_filled_in_and_encoded() {
        assert_eq!(
            fill_unsubscribe(
                "https://x.example/u?c={contact_id}&e={email}",
                "CT 1/2",
                "a+b@c.example"
            ),
            "https://x.example/u?c=CT%201%2F2&e=a%2Bb%40c.example"
        );
    }

    #[test]
    fn the_same_recipient_gets_the_same_message_bytes() {
        let m = Eml {
            from: "Northwind Cloud <hello@northwind.example>",
            to: "ana@acme.example",
            subject: "Acme: your 2026 with Northwind Cloud — ünïcode",
            html: "<p>Hi</p>",
            text: "Hi",
            list_unsubscribe: "https://northwind.example/u?c=1",
            seed: "ACC-1/CT-1/2026",
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
        };
        let a = eml(&m).unwrap();
        assert_eq!(a, eml(&m).unwrap());
        let s = String::from_utf8(a).unwrap();
        assert!(
            s.contains("List-Unsubscribe: <https://northwind.example/u?c=1>\r\n"),
            "{s}"
        );
        assert!(s.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
        assert!(s.contains("Message-ID: <wrapped."), "{s}");
        assert!(s.contains("Date: Tue, 01 Dec 2026 09:00:00 +0000"), "{s}");
        assert!(eml(&Eml { to: "nobody", ..m }).is_err());
    }
}
