//! Email delivery of the leadership pack: an HTML summary with the PDF attached, sent over
//! SMTP with `lettre`, and a record of who got which PDF so that a rerun sends nothing twice.
//!
//! [`message`] builds the MIME message (the same bytes for the same inputs), [`send`] hands it
//! to the `[pack.mail]` server, and [`DeliveryLog`] remembers each recipient's last delivery:
//! a recipient who already got this exact PDF is skipped; a corrected PDF is sent again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::Transport;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::MailConfig;
use crate::error::{Error, Result};

/// How long [`send`] waits for the server to connect or answer a command.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// What one email says and carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    /// The summary, for mail clients that show HTML.
    pub html: String,
    /// The same summary as plain text, for the others.
    pub text: String,
    /// The attachment's file name, as the reader sees it (`leadership-pack-2026-09.pdf`).
    pub attachment_name: String,
    /// The PDF's bytes.
    pub attachment: Vec<u8>,
}

impl Letter {
    /// The SHA-256 of the attachment, in lowercase hex: what [`DeliveryLog`] compares.
    pub fn attachment_sha256(&self) -> String {
        sha256_hex(&self.attachment)
    }
}

/// The SHA-256 of `bytes`, in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The MIME message of `letter` from `from` to every address of `to` (each `address` or
/// `Name <address>`): multipart/mixed holding a multipart/alternative (the text, then the
/// HTML) and the PDF (application/pdf, base64, named `letter.attachment_name`).
///
/// The message is the same bytes for the same arguments: the Message-ID is `message_id`
/// (angle brackets are added when it has none), the Date is `date`, and the MIME boundaries
/// are made from a digest of the contents.
pub fn message(
    from: &str,
    to: &[String],
    letter: &Letter,
    message_id: &str,
    date: chrono::DateTime<chrono::Utc>,
) -> Result<lettre::Message> {
    let from: Mailbox = from.parse().map_err(|e| {
        Error::Config(format!(
            "{from:?} is not an email address ({e}); set [pack.mail] from in recap.toml as \"Name <address>\" or \"address\"."
        ))
    })?;
    if to.is_empty() {
        return Err(Error::Config(
            "the pack has no recipients to send to; list them in [pack.mail] to (or, for a group's pack, in [pack.mail.groups]) in recap.toml.".into(),
        ));
    }
    let mut builder = lettre::Message::builder().from(from);
    for address in to {
        builder = builder.to(recipient(address)?);
    }
    let message_id = if message_id.starts_with('<') {
        message_id.to_string()
    } else {
        format!("<{message_id}>")
    };
    // Boundaries from the contents: the same message is the same bytes, and a boundary never
    // occurs in a part it separates (the digest covers every part).
    let mut digest = Sha256::new();
    for part in [
        message_id.as_bytes(),
        letter.subject.as_bytes(),
        letter.text.as_bytes(),
        letter.html.as_bytes(),
        letter.attachment_name.as_bytes(),
        &letter.attachment,
    ] {
        digest.update((part.len() as u64).to_le_bytes());
        digest.update(part);
    }
    let digest = hex::encode(digest.finalize());
    let pdf = ContentType::parse("application/pdf").expect("a valid MIME type");
    builder
        .subject(letter.subject.as_str())
        .date(date.into())
        .message_id(Some(message_id))
        .multipart(
            MultiPart::mixed()
                .boundary(format!("recap-mixed-{}", &digest[..32]))
                .multipart(
                    MultiPart::alternative()
                        .boundary(format!("recap-alt-{}", &digest[32..64]))
                        .singlepart(
                            SinglePart::builder()
                                .header(ContentType::TEXT_PLAIN)
                                .body(letter.text.clone()),
                        )
                        .singlepart(
                            SinglePart::builder()
                                .header(ContentType::TEXT_HTML)
                                .body(letter.html.clone()),
                        ),
                )
                // A Vec<u8> body is always base64.
                .singlepart(
                    Attachment::new(letter.attachment_name.clone())
                        .body(letter.attachment.clone(), pdf),
                ),
        )
        .map_err(|e| {
            Error::Config(format!(
                "could not build the pack's email to {}: {e}; check [pack.mail] from and to in recap.toml.",
                to.join(", ")
            ))
        })
}

/// One recipient, `address` or `Name <address>`.
fn recipient(address: &str) -> Result<Mailbox> {
    address.parse().map_err(|e| {
        Error::Config(format!(
            "{address:?} is not an email address ({e}); correct it in [pack.mail] to (or [pack.mail.groups]) in recap.toml, as \"address\" or \"Name <address>\"."
        ))
    })
}

/// Sends `message` to the addresses `to` (the SMTP envelope's recipients; the message's own
/// headers are not read for them) through the `[pack.mail]` server, and returns the server's
/// final reply, as `250 2.0.0 OK: queued as 1`.
///
/// `tls` is `starttls` (port 587 unless set), `tls` (implicit TLS, 465) or `none` (25, for a
/// relay on the same machine). recap logs in only when the environment variable named by
/// `username_env` is set and not empty, with the password in `password_env`. Each call is one
/// SMTP conversation, with a 30-second timeout on connecting and on each reply.
pub fn send(mail: &MailConfig, to: &[String], message: &lettre::Message) -> Result<String> {
    if mail.host.trim().is_empty() {
        return Err(Error::Config(
            "[pack.mail] host is empty; set it to your mail server's name in recap.toml.".into(),
        ));
    }
    let host = mail.host.trim();
    let (builder, default_port) = match mail.tls.as_str() {
        "none" => (lettre::SmtpTransport::builder_dangerous(host), 25),
        "starttls" => (
            lettre::SmtpTransport::starttls_relay(host).map_err(|e| tls_setup(host, &e))?,
            587,
        ),
        "tls" => (
            lettre::SmtpTransport::relay(host).map_err(|e| tls_setup(host, &e))?,
            465,
        ),
        other => {
            return Err(Error::Config(format!(
                "[pack.mail] tls is {other:?}; write \"starttls\" (port 587), \"tls\" (implicit TLS, port 465) or \"none\" (port 25, a relay on this machine) in recap.toml."
            )));
        }
    };
    let port = mail.port.unwrap_or(default_port);
    let server = format!("{host}:{port}");
    let mut builder = builder.port(port).timeout(Some(TIMEOUT));
    let login = std::env::var(&mail.username_env)
        .ok()
        .filter(|u| !u.is_empty());
    if let Some(user) = &login {
        let password = std::env::var(&mail.password_env).map_err(|_| {
            Error::Config(format!(
                "{} is set (the SMTP user name) but {} (its password) is not; set both, or unset {} to send without logging in ([pack.mail] username_env, password_env).",
                mail.username_env, mail.password_env, mail.username_env
            ))
        })?;
        builder = builder.credentials(Credentials::new(user.clone(), password));
    }
    let from = message.envelope().from().cloned();
    let recipients = to
        .iter()
        .map(|a| recipient(a).map(|m| m.email))
        .collect::<Result<Vec<_>>>()?;
    let envelope = lettre::address::Envelope::new(from, recipients).map_err(|e| {
        Error::Config(format!(
            "the pack's email cannot be sent ({e}); check [pack.mail] from and to in recap.toml."
        ))
    })?;
    let transport = builder.build();
    let reply = transport
        .send_raw(&envelope, &message.formatted())
        .map_err(|e| send_error(&e, &server, to, mail, login.is_some()))?;
    let text: Vec<&str> = reply.message().collect();
    Ok(format!("{} {}", reply.code(), text.join(" "))
        .trim_end()
        .to_string())
}

fn tls_setup(host: &str, e: &lettre::transport::smtp::Error) -> Error {
    Error::Config(format!(
        "could not set up TLS for the mail server {host:?} ({e}); check [pack.mail] host in recap.toml."
    ))
}

/// What went wrong sending through `server`, in words: the server's reply code and text when
/// it answered, and what to do.
fn send_error(
    e: &lettre::transport::smtp::Error,
    server: &str,
    to: &[String],
    mail: &MailConfig,
    login: bool,
) -> Error {
    use std::error::Error as _;
    let to = to.join(", ");
    if let Some(code) = e.status() {
        let text = e.source().map(|s| s.to_string()).unwrap_or_default();
        let reply = format!("{code} {text}");
        let reply = reply.trim_end();
        let code = code.to_string();
        let advice = if matches!(code.as_str(), "530" | "534" | "535" | "538") {
            if login {
                format!(
                    "the login was refused: check the user name in {} and the password in {}.",
                    mail.username_env, mail.password_env
                )
            } else {
                format!(
                    "the server wants a login: set {} and {} to the SMTP user name and password ([pack.mail] username_env, password_env).",
                    mail.username_env, mail.password_env
                )
            }
        } else if code.starts_with('4') {
            "the refusal is temporary: run the command again later.".to_string()
        } else {
            "check [pack.mail] from and the recipients in recap.toml, and that the server lets this account send from that address to them.".to_string()
        };
        return Error::Io(format!(
            "the mail server {server} refused the email to {to}: it answered \"{reply}\"; {advice}"
        ));
    }
    if e.is_timeout() {
        return Error::Io(format!(
            "the mail server {server} did not answer within {} seconds ({e}); check [pack.mail] host, port and tls in recap.toml, and that the server can be reached from this machine.",
            TIMEOUT.as_secs()
        ));
    }
    let tls_advice = "check [pack.mail] tls in recap.toml: \"starttls\" for a server that upgrades a plain connection (usually port 587), \"tls\" for one that speaks TLS from the start (usually port 465).";
    if e.is_client() && mail.tls == "starttls" && e.to_string().contains("STARTTLS") {
        return Error::Io(format!(
            "the mail server {server} does not offer STARTTLS ({e}), and recap does not send the pack unencrypted; {tls_advice}"
        ));
    }
    if e.is_tls() || (mail.tls != "none" && io_kind(e) == Some(std::io::ErrorKind::InvalidData)) {
        return Error::Io(format!(
            "could not make a TLS connection with the mail server {server} ({e}); {tls_advice}"
        ));
    }
    if e.is_client() && login {
        return Error::Io(format!(
            "could not log in to the mail server {server} ({e}); the server may offer no login over this connection: check [pack.mail] tls in recap.toml, or unset {} to send without logging in.",
            mail.username_env
        ));
    }
    let check = if mail.tls == "none" {
        "[pack.mail] host and port"
    } else {
        "[pack.mail] host, port and tls"
    };
    Error::Io(format!(
        "could not send the email to {to} through the mail server {server} ({e}); check {check} in recap.toml, and that the server is running and can be reached from this machine."
    ))
}

/// The kind of the I/O error under `e`, if there is one.
fn io_kind(e: &lettre::transport::smtp::Error) -> Option<std::io::ErrorKind> {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        source = s.source();
    }
    None
}

/// One recipient's last delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    /// The SHA-256 (hex) of the PDF sent.
    pub sha256: String,
    /// When the server accepted it (RFC 3339).
    pub sent_at: chrono::DateTime<chrono::Utc>,
    /// The server's reply, as `250 2.0.0 OK: queued as 1`.
    pub reply: String,
}

/// Who got which PDF: a JSON object from each recipient's address (lowercased) to its last
/// [`Delivery`], kept at a path of the caller's choice (the pack keeps it at
/// `out/pack/<month>/.recap/deliveries.json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryLog {
    path: PathBuf,
    entries: BTreeMap<String, Delivery>,
}

impl DeliveryLog {
    /// The record at `path`; an empty one when there is no file yet.
    pub fn load(path: &Path) -> Result<DeliveryLog> {
        match std::fs::read(path) {
            Ok(bytes) => DeliveryLog::parse(path, Some(&bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => DeliveryLog::parse(path, None),
            Err(e) => Err(Error::io("read the delivery record", path, e)),
        }
    }

    /// The record kept at `path` (a file, or an object in a bucket), from its bytes: `None`
    /// when there is none yet.
    pub fn parse(path: &Path, bytes: Option<&[u8]>) -> Result<DeliveryLog> {
        let entries = match bytes {
            Some(bytes) => serde_json::from_slice(bytes).map_err(|e| {
                Error::Io(format!(
                    "{} is not a delivery record recap can read ({e}); correct it, or delete it to send the pack again to every recipient.",
                    path.display()
                ))
            })?,
            None => BTreeMap::new(),
        };
        Ok(DeliveryLog {
            path: path.to_path_buf(),
            entries,
        })
    }

    /// Where the record is kept.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every recipient's last delivery, by lowercased address.
    pub fn entries(&self) -> &BTreeMap<String, Delivery> {
        &self.entries
    }

    /// Whether `to` (an address or `Name <address>`) was last sent the PDF whose SHA-256 is
    /// `sha256`: then it is not sent again.
    pub fn already_sent(&self, to: &str, sha256: &str) -> bool {
        self.entries
            .get(&key(to))
            .is_some_and(|d| d.sha256.eq_ignore_ascii_case(sha256))
    }

    /// Notes that the server accepted the PDF whose SHA-256 is `sha256` for `to`, replacing
    /// what was noted before. [`save`](Self::save) writes it.
    pub fn record(
        &mut self,
        to: &str,
        sha256: &str,
        sent_at: chrono::DateTime<chrono::Utc>,
        reply: &str,
    ) {
        self.entries.insert(
            key(to),
            Delivery {
                sha256: sha256.to_ascii_lowercase(),
                sent_at,
                reply: reply.to_string(),
            },
        );
    }

    /// Writes the record (atomically, creating its folder).
    pub fn save(&self) -> Result<()> {
        crate::render::write_atomic(&self.path, &self.to_json()?)
    }

    /// The record's bytes, as [`save`](Self::save) writes them.
    pub fn to_json(&self) -> Result<Vec<u8>> {
        let mut json = serde_json::to_vec_pretty(&self.entries).map_err(|e| {
            Error::Io(format!(
                "could not write the delivery record {}: {e}",
                self.path.display()
            ))
        })?;
        json.push(b'\n');
        Ok(json)
    }
}

/// The record's key for a recipient: the address alone, lowercased.
fn key(to: &str) -> String {
    match to.parse::<Mailbox>() {
        Ok(m) => m.email.to_string().to_lowercase(),
        Err(_) => to.trim().to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn letter() -> Letter {
        // Bytes that are not text, so the attachment has to survive base64 exactly.
        let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
        pdf.extend((0..=255u8).cycle().take(3000));
        pdf.extend_from_slice(b"\n%%EOF\n");
        Letter {
            subject: "Leadership pack — September 2026".into(),
            html: "<p>GRR <b>94.1 %</b></p>".into(),
            text: "GRR 94.1 %".into(),
            attachment_name: "leadership-pack-2026-09.pdf".into(),
            attachment: pdf,
        }
    }

    fn date() -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::parse_from_rfc3339("2026-10-01T09:00:00Z")
            .unwrap()
            .to_utc()
    }

    fn formatted(to: &[&str]) -> String {
        let to: Vec<String> = to.iter().map(|s| s.to_string()).collect();
        let m = message(
            "Northwind Cloud <cs@northwind.example>",
            &to,
            &letter(),
            "pack.2026-09.portfolio@northwind.example",
            date(),
        )
        .unwrap();
        String::from_utf8(m.formatted()).unwrap()
    }

    /// The body of the part whose headers contain `marker`, up to the next boundary.
    fn part_body<'a>(eml: &'a str, marker: &str) -> &'a str {
        let at = eml
            .find(marker)
            .unwrap_or_else(|| panic!("{marker}: {eml}"));
        let body = &eml[at..];
        let body = &body[body.find("\r\n\r\n").unwrap() + 4..];
        &body[..body.find("\r\n--").unwrap()]
    }

    #[test]
    fn the_message_has_text_html_and_the_pdf() {
        let eml = formatted(&["Ana <Ana@Acme.example>", "bo@acme.example"]);
        assert!(eml.contains("Content-Type: multipart/mixed;"), "{eml}");
        let alt = eml.find("Content-Type: multipart/alternative;").unwrap();
        let text = eml.find("Content-Type: text/plain").unwrap();
        let html = eml.find("Content-Type: text/html").unwrap();
        let pdf = eml.find("Content-Type: application/pdf").unwrap();
        assert!(alt < text && text < html && html < pdf, "{eml}");
        assert!(eml.contains("Message-ID: <pack.2026-09.portfolio@northwind.example>\r\n"));
        assert!(
            eml.contains("Date: Thu, 01 Oct 2026 09:00:00 +0000\r\n"),
            "{eml}"
        );
        assert!(
            eml.contains("To: Ana <Ana@Acme.example>, bo@acme.example\r\n"),
            "{eml}"
        );
        assert!(
            eml.contains(
                "Content-Disposition: attachment; filename=\"leadership-pack-2026-09.pdf\""
            ),
            "{eml}"
        );
        assert!(part_body(&eml, "Content-Type: text/plain").contains("GRR 94.1 %"));
        assert!(part_body(&eml, "Content-Type: text/html").contains("<b>94.1 %</b>"));
        // The attachment, decoded, is the PDF's bytes.
        let encoded: String = part_body(&eml, "Content-Type: application/pdf")
            .split("\r\n")
            .collect();
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .unwrap();
        assert_eq!(decoded, letter().attachment);
        // The same arguments, the same bytes.
        assert_eq!(
            eml,
            formatted(&["Ana <Ana@Acme.example>", "bo@acme.example"])
        );
    }

    #[test]
    fn bad_addresses_are_configuration_errors_that_name_them() {
        let to = vec!["ana@acme.example".to_string(), "bo at acme".to_string()];
        let e = message("cs@northwind.example", &to, &letter(), "x@y", date()).unwrap_err();
        assert!(matches!(e, Error::Config(_)), "{e:?}");
        let said = e.to_string();
        assert!(
            said.contains("\"bo at acme\"") && said.contains("[pack.mail] to"),
            "{said}"
        );

        let to = vec!["ana@acme.example".to_string()];
        let e = message("Northwind", &to, &letter(), "x@y", date()).unwrap_err();
        let said = e.to_string();
        assert!(matches!(e, Error::Config(_)), "{e:?}");
        assert!(
            said.contains("\"Northwind\"") && said.contains("[pack.mail] from"),
            "{said}"
        );

        let e = message("cs@northwind.example", &[], &letter(), "x@y", date()).unwrap_err();
        assert!(e.to_string().contains("[pack.mail] to"), "{e}");
    }

    #[test]
    fn an_unknown_tls_mode_is_a_configuration_error() {
        let mail = MailConfig {
            host: "localhost".into(),
            port: None,
            tls: "ssl".into(),
            username_env: "RECAP_TEST_NO_SUCH_USER".into(),
            password_env: "RECAP_TEST_NO_SUCH_PASSWORD".into(),
            from: "cs@northwind.example".into(),
            to: vec![],
            groups: Default::default(),
        };
        let to = vec!["ana@acme.example".to_string()];
        let m = message(&mail.from, &to, &letter(), "x@y", date()).unwrap();
        let e = send(&mail, &to, &m).unwrap_err();
        assert!(matches!(e, Error::Config(_)), "{e:?}");
        assert!(e.to_string().contains("[pack.mail] tls is \"ssl\""), "{e}");
    }

    #[test]
    fn a_missing_log_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        let log = DeliveryLog::load(&dir.path().join(".recap/deliveries.json")).unwrap();
        assert!(log.entries().is_empty());
        assert!(!log.already_sent("ana@acme.example", &letter().attachment_sha256()));
    }

    #[test]
    fn a_recorded_delivery_is_saved_loaded_and_not_repeated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out/pack/2026-09/.recap/deliveries.json");
        let sha = letter().attachment_sha256();
        let mut log = DeliveryLog::load(&path).unwrap();
        log.record(
            "Ana <Ana@Acme.example>",
            &sha,
            date(),
            "250 2.0.0 OK: queued as 1",
        );
        log.save().unwrap();

        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "ana@acme.example": {
                    "sha256": sha,
                    "sent_at": "2026-10-01T09:00:00Z",
                    "reply": "250 2.0.0 OK: queued as 1",
                }
            })
        );

        let log = DeliveryLog::load(&path).unwrap();
        assert!(log.already_sent("ana@acme.example", &sha));
        assert!(log.already_sent("ANA@acme.example", &sha.to_uppercase()));
        assert!(log.already_sent("Ana A. <ana@acme.example>", &sha));
        // A corrected pack is a different PDF: it goes out again.
        let mut corrected = letter();
        corrected.attachment.push(b'\n');
        assert!(!log.already_sent("ana@acme.example", &corrected.attachment_sha256()));
        // Someone else has had nothing.
        assert!(!log.already_sent("bo@acme.example", &sha));
    }

    #[test]
    fn an_unreadable_log_says_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deliveries.json");
        std::fs::write(&path, "{not json").unwrap();
        let e = DeliveryLog::load(&path).unwrap_err();
        assert!(matches!(e, Error::Io(_)), "{e:?}");
        assert!(e.to_string().contains("delete it"), "{e}");
    }
}
