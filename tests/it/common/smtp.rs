//! A real SMTP server for tests that send mail.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use super::checkers;

/// A local SMTP server for a test: `tests/tools/smtp_sink.py` (Python with aiosmtpd) on
/// 127.0.0.1 and a free port, keeping the n-th message it accepts as `<n>.eml` with `<n>.json`
/// (`mail_from`, `rcpt_tos`, `login`) in a temporary folder. It is killed on drop, and stops by
/// itself when the test process goes away (its standard input closes).
///
/// `SmtpSink::start(&[])` accepts everything; `&["--reject", "550"]` refuses every message
/// with "550 5.7.1 relaying denied for test"; `&["--auth", "user:password"]` wants that login.
pub struct SmtpSink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl SmtpSink {
    /// `None` when Python or aiosmtpd cannot be had (the test is skipped, see [`checkers`]).
    pub fn start(options: &[&str]) -> Option<SmtpSink> {
        let python = checkers::python("SMTP delivery to aiosmtpd")?;
        let dir = tempfile::tempdir().unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/smtp_sink.py");
        let log = dir.path().join("sink.log");
        let mut child = Command::new(&python)
            .arg(&script)
            .arg("0")
            .arg(dir.path().join("mail"))
            .arg("--exit-on-stdin-eof")
            .args(options)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("{} {}: {e}", python.display(), script.display()));
        let mut line = String::new();
        let read = std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line);
        let Ok(port) = line.trim().parse() else {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "the SMTP sink did not start ({read:?}, {line:?}; {}): {}",
                python.display(),
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        };
        Some(SmtpSink { child, port, dir })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The messages received so far, in order: each `.eml` file with its envelope.
    pub fn messages(&self) -> Vec<(PathBuf, serde_json::Value)> {
        let mail = self.dir.path().join("mail");
        (1..)
            .map(|n| {
                (
                    mail.join(format!("{n}.eml")),
                    mail.join(format!("{n}.json")),
                )
            })
            .take_while(|(eml, _)| eml.exists())
            .map(|(eml, json)| {
                let envelope = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
                (eml, envelope)
            })
            .collect()
    }

    /// What the server wrote to its standard error.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("sink.log")).unwrap_or_default()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The message at `eml` as Python's email package reads it.
pub fn parse_eml(eml: &Path) -> serde_json::Value {
    let script = r#"
import sys, json, hashlib, email
from email import policy
with open(sys.argv[1], 'rb') as f:
    m = email.message_from_binary_file(f, policy=policy.default)
kinds = [p.get_content_type() for p in m.walk()]
attachments = [p for p in m.iter_attachments()]
assert len(attachments) == 1, [a.get_content_type() for a in attachments]
pdf = attachments[0]
data = pdf.get_content()
print(json.dumps({
    'subject': str(m['Subject']),
    'from': str(m['From']),
    'to': [a.addr_spec for a in m['To'].addresses],
    'message_id': str(m['Message-ID']),
    'date': str(m['Date']),
    'kinds': kinds,
    'text': m.get_body(('plain',)).get_content(),
    'html': m.get_body(('html',)).get_content(),
    'filename': pdf.get_filename(),
    'pdf_type': pdf.get_content_type(),
    'pdf_sha256': hashlib.sha256(data).hexdigest(),
    'pdf_len': len(data),
}))
"#;
    // Only called on messages an SmtpSink received: Python is there.
    let printed = super::python("the sent message read by Python", script, &[eml]);
    serde_json::from_slice(&printed.expect("Python, which ran the SMTP sink")).unwrap()
}
