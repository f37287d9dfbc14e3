//! `recap.toml`: where the data is, how to query it, how to weigh health, how to brand documents.
//!
//! Every field is optional; a missing file means the defaults (the embedded SQLite demo database).
//! This module parses and checks what every document shares (the brand, the health weights,
//! the reporting currency, the schedule); each document checks its own section (`[wrapped]`,
//! `[pack]`) with [`crate::document::Document::validate`], naming the file and line through
//! [`Config::at`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// The parsed `recap.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `sqlite://…`, `postgres://…` or `mysql://…`.
    pub database_url: Option<String>,
    /// Where commands write when `--out` is not given: a folder, or `s3://bucket/prefix`.
    pub out: Option<String>,
    /// Replacements for the default query of each canonical table (see README).
    #[serde(default)]
    pub queries: Queries,
    #[serde(default)]
    pub health: HealthWeights,
    #[serde(default)]
    pub brand: Brand,
    #[serde(default)]
    pub locale: LocaleConfig,
    #[serde(default)]
    pub wrapped: WrappedConfig,
    #[serde(default)]
    pub reporting: ReportingConfig,
    #[serde(default)]
    pub schedule: ScheduleConfig,
    #[serde(default)]
    pub pack: PackConfig,
    #[serde(default)]
    pub storage: StorageConfig,
    /// The folder this config was read from: relative paths in it are resolved against it.
    #[serde(skip)]
    pub base_dir: PathBuf,
    /// The file this config was read from and where each key is in it.
    #[serde(skip)]
    pub origin: Origin,
}

/// Where a config came from, for messages that point at a setting.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    /// `None` for the defaults (no file).
    pub path: Option<PathBuf>,
    /// The line of each key that is set: `pack.fdr`, `pack.stages[0].kpi` → line.
    lines: BTreeMap<String, usize>,
}

impl Origin {
    fn read(path: &Path, text: &str) -> Origin {
        let mut lines = BTreeMap::new();
        // The text already parsed as a Config, so it parses here too; a failure only loses lines.
        if let Ok(table) = toml::de::DeTable::parse(text) {
            key_lines(text, "", table.get_ref(), &mut lines);
        }
        Origin {
            path: Some(path.to_path_buf()),
            lines,
        }
    }
}

/// Records the line of every key (and array element) of `table` under `prefix`.
fn key_lines(
    text: &str,
    prefix: &str,
    table: &toml::de::DeTable,
    lines: &mut BTreeMap<String, usize>,
) {
    let line = |at: usize| text[..at.min(text.len())].matches('\n').count() + 1;
    for (key, value) in table {
        let path = format!("{prefix}{}", key.get_ref());
        lines.insert(path.clone(), line(key.span().start));
        let mut children = vec![(path, value)];
        while let Some((path, value)) = children.pop() {
            match value.get_ref() {
                toml::de::DeValue::Table(t) => key_lines(text, &format!("{path}."), t, lines),
                toml::de::DeValue::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let path = format!("{path}[{i}]");
                        lines.entry(path.clone()).or_insert(line(item.span().start));
                        children.push((path, item));
                    }
                }
                _ => {}
            }
        }
    }
}

/// A user's own SQL for any canonical table; each must return that table's canonical columns.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Queries {
    pub accounts: Option<String>,
    pub contacts: Option<String>,
    pub arr_monthly: Option<String>,
    pub licenses: Option<String>,
    pub feature_usage_monthly: Option<String>,
    pub goals: Option<String>,
    pub goal_measurements: Option<String>,
    pub milestones: Option<String>,
    pub tickets: Option<String>,
    pub nps_responses: Option<String>,
    /// Exchange rates: columns `currency`, `reporting_currency`, `rate` (one unit of
    /// `currency` is worth `rate` units of `reporting_currency`).
    pub fx_rates: Option<String>,
}

/// Weights of the health score's components. They need not add up to 1: a component with
/// no data is left out and the others are re-weighted, so the score is never dragged to 0
/// by a missing source.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HealthWeights {
    pub adoption: f64,
    pub goals: f64,
    pub success_plan: f64,
    pub support: f64,
    pub sentiment: f64,
}

impl Default for HealthWeights {
    fn default() -> Self {
        HealthWeights {
            adoption: 0.25,
            goals: 0.30,
            success_plan: 0.15,
            support: 0.15,
            sentiment: 0.15,
        }
    }
}

/// `[locale]`: the language of a document whose reader's language recap has no messages for.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleConfig {
    /// A BCP 47 tag with a folder under `templates/locales/` (`de`, `pt-BR`); else `en`.
    pub default: Option<String>,
}

/// `[wrapped]`: the annual mailing's links and rules.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct WrappedConfig {
    /// The https address the run's folder (`out/wrapped/<year>/`) is published at; the
    /// emails' images and links point under it. `--base-url` overrides it.
    pub base_url: Option<String>,
    /// The mailing tool's unsubscribe merge tag, written as the email's unsubscribe link
    /// [default: the tag of the `--for` tool, `{{unsubscribe_url}}` for the generic shape].
    pub unsubscribe: Option<String>,
    /// Where the closing card's call to action leads (booking the review, say).
    pub cta_url: Option<String>,
    /// Smallest peer group a rank is shown for: a rank among fewer could identify a peer.
    pub min_peer_group: usize,
    /// `--eml` only: the sender, `Name <address>`.
    pub from: String,
    /// `--eml` only: the one-click unsubscribe address (RFC 8058) for the `List-Unsubscribe`
    /// header; `{contact_id}` and `{email}` are filled in per recipient
    /// [default: `<base URL>/unsubscribe?contact={contact_id}`].
    pub list_unsubscribe: Option<String>,
    /// `--eml` only: the messages' `Date` [default: 1 December of the year], so the same data
    /// makes the same bytes.
    pub send_date: Option<chrono::NaiveDate>,
}

impl Default for WrappedConfig {
    fn default() -> Self {
        WrappedConfig {
            base_url: None,
            unsubscribe: None,
            cta_url: None,
            min_peer_group: 10,
            from: "Northwind Cloud <hello@example.com>".into(),
            list_unsubscribe: None,
            send_date: None,
        }
    }
}

/// `[storage]`: how files are written to a bucket (`--out s3://bucket/prefix`). The
/// credentials are never here: they come from the standard `AWS_*` environment variables.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct StorageConfig {
    /// The `Cache-Control` of every object written (`"public, max-age=86400"`, so a CDN can
    /// serve Wrapped's images from the bucket) [default: none].
    pub cache_control: Option<String>,
    /// Uploads in flight at once; a worker waits before it starts one more.
    pub uploads: usize,
    /// Retries of one request (503 SlowDown, a server error, a dropped connection), with
    /// exponential backoff, before its account fails.
    pub retries: usize,
    /// Seconds one upload may take with its retries before its account fails.
    pub retry_timeout: u64,
}

impl Default for StorageConfig {
    fn default() -> Self {
        StorageConfig {
            cache_control: None,
            uploads: 64,
            retries: 10,
            retry_timeout: 60,
        }
    }
}

/// `[reporting]`: how portfolio sums are expressed.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct ReportingConfig {
    /// The ISO code every portfolio sum is in.
    pub currency: String,
    /// Fixed rates, one unit of the key's currency in the reporting currency
    /// (`EUR = 1.08` with USD reporting). They override the `fx_rates` table's.
    pub rates: std::collections::BTreeMap<String, f64>,
}

impl Default for ReportingConfig {
    fn default() -> Self {
        ReportingConfig {
            currency: "USD".into(),
            rates: Default::default(),
        }
    }
}

/// `[schedule]`: when an unattended run's "last month" ends.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct ScheduleConfig {
    /// An IANA time zone (`Europe/Berlin`); `--month last` is the last month complete there.
    pub timezone: String,
}

impl Default for ScheduleConfig {
    fn default() -> Self {
        ScheduleConfig {
            timezone: "UTC".into(),
        }
    }
}

/// `[pack]`: the monthly leadership pack.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct PackConfig {
    /// Hot spots: a group with fewer responses (NPS, CSAT) or accounts (health, value) is
    /// shown greyed and never called hot or cold.
    pub min_group: usize,
    /// Hot spots: the false discovery rate controlled across every group tested.
    pub fdr: f64,
    /// Where the value reviews are published; accounts named in the pack link there
    /// [default: relative paths to `out/review/<quarter>/`]. `--reviews-url` overrides it.
    pub reviews_url: Option<String>,
    /// The customer journey's stages, each with its KPI and owner.
    pub stages: Vec<StageConfig>,
    /// Delivery by email; no delivery when missing.
    pub mail: Option<MailConfig>,
}

impl Default for PackConfig {
    fn default() -> Self {
        PackConfig {
            min_group: 30,
            fdr: 0.05,
            reviews_url: None,
            stages: StageConfig::defaults(),
            mail: None,
        }
    }
}

/// One stage of the customer journey on the pack's second section.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StageConfig {
    /// onboarding, adoption, value, renewal (or a stage of your own: its name is shown as is
    /// when the messages have no `pack-stage-<key>`).
    pub key: String,
    /// One of the pack's metric keys (see README, "Leadership pack").
    pub kpi: String,
    pub owner: String,
}

impl StageConfig {
    pub fn defaults() -> Vec<StageConfig> {
        [
            ("onboarding", "time_to_value", "Onboarding team"),
            ("adoption", "seat_utilization", "Customer success managers"),
            ("value", "achieving_value", "Customer success leadership"),
            ("renewal", "grr", "Account management"),
        ]
        .into_iter()
        .map(|(key, kpi, owner)| StageConfig {
            key: key.into(),
            kpi: kpi.into(),
            owner: owner.into(),
        })
        .collect()
    }
}

/// `[pack.mail]`: where the pack is sent. Credentials come from the environment, never the file.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    pub host: String,
    /// [default: 587 with starttls, 465 with tls, 25 with none]
    pub port: Option<u16>,
    /// `starttls` (default), `tls` (implicit TLS) or `none` (a relay on localhost only).
    #[serde(default = "MailConfig::default_tls")]
    pub tls: String,
    /// The environment variables holding the SMTP user name and password; no login when the
    /// user variable is unset.
    #[serde(default = "MailConfig::default_username_env")]
    pub username_env: String,
    #[serde(default = "MailConfig::default_password_env")]
    pub password_env: String,
    /// The sender, `Name <address>`.
    pub from: String,
    /// Recipients of the portfolio pack.
    #[serde(default)]
    pub to: Vec<String>,
    /// Recipients of each group's pack with `--by` (the key is the group's name, a CSM's name
    /// or a segment); a group without an entry is written, not sent.
    #[serde(default)]
    pub groups: std::collections::BTreeMap<String, Vec<String>>,
}

impl MailConfig {
    fn default_tls() -> String {
        "starttls".into()
    }
    fn default_username_env() -> String {
        "RECAP_SMTP_USER".into()
    }
    fn default_password_env() -> String {
        "RECAP_SMTP_PASSWORD".into()
    }
}

/// The vendor's identity on every document.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub company: String,
    /// `#RRGGBB`.
    pub accent: String,
    /// A PNG, JPEG or SVG file; relative to `recap.toml`.
    pub logo: Option<PathBuf>,
}

impl Default for Brand {
    fn default() -> Self {
        Brand {
            company: "Northwind Cloud".into(),
            accent: "#2557D6".into(),
            logo: None,
        }
    }
}

impl Config {
    /// Reads `path`. A missing file is an error only when the user named it explicitly.
    pub fn load(path: Option<&Path>) -> Result<Config> {
        let (path, explicit) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from("recap.toml"), false),
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                return Ok(Config::default());
            }
            Err(e) => return Err(Error::io("read the configuration", &path, e)),
        };
        let mut config = Config::parse(&text, &path)?;
        config.base_dir = path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        Ok(config)
    }

    /// Parses the text of a `recap.toml` read from `path` (named in error messages).
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let msg = e.message().trim();
            let at = e
                .span()
                .map(|s| {
                    let line = text[..s.start].matches('\n').count() + 1;
                    format!(" at line {line}")
                })
                .unwrap_or_default();
            Error::Config(format!(
                "{}{at} is not a valid recap.toml: {msg}. See samples/recap.toml for every setting.",
                path.display()
            ))
        })?;
        config.origin = Origin::read(path, text);
        config.validate()?;
        Ok(config)
    }

    /// Where `key` (`pack.fdr`, `pack.stages[0].kpi`, `health`) is set, for an error
    /// message: `recap.toml at line 12`, or the file's name when the key is not in it.
    pub fn at(&self, key: &str) -> String {
        let file = self
            .origin
            .path
            .as_deref()
            .unwrap_or(Path::new("recap.toml"))
            .display();
        match self.origin.lines.get(key) {
            Some(line) => format!("{file} at line {line}"),
            None => format!("{file}"),
        }
    }

    /// The checks of what every document shares; each document checks its own section.
    fn validate(&self) -> Result<()> {
        let b = &self.brand.accent;
        let hex_ok =
            b.len() == 7 && b.starts_with('#') && b[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !hex_ok {
            return Err(Error::Config(format!(
                "{}: brand.accent is {b:?}; write a colour as #RRGGBB, for example \"#2557D6\".",
                self.at("brand.accent")
            )));
        }
        let w = &self.health;
        let weights = [w.adoption, w.goals, w.success_plan, w.support, w.sentiment];
        if weights.iter().any(|x| !x.is_finite() || *x < 0.0) || weights.iter().sum::<f64>() <= 0.0
        {
            return Err(Error::Config(format!(
                "{}: health weights must be zero or positive and not all zero.",
                self.at("health")
            )));
        }
        crate::period::parse_timezone(&self.schedule.timezone)
            .map_err(|e| Error::Config(format!("{}: {e}", self.at("schedule.timezone"))))?;
        let c = &self.reporting.currency;
        if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            return Err(Error::Config(format!(
                "{}: reporting.currency is {c:?}; write an ISO 4217 code such as \"USD\" or \"EUR\".",
                self.at("reporting.currency")
            )));
        }
        Ok(())
    }

    /// The logo path resolved against the config's folder.
    pub fn logo_path(&self) -> Option<PathBuf> {
        self.brand.logo.as_ref().map(|p| self.base_dir.join(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_toml_names_file_and_line() {
        let err = Config::parse("database_url = \"x\"\n[brand\n", Path::new("r.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("r.toml at line 2"), "{msg}");
    }

    #[test]
    fn unknown_setting_is_rejected() {
        let err = Config::parse("databse_url = \"x\"\n", Path::new("r.toml")).unwrap_err();
        assert!(err.to_string().contains("databse_url"), "{err}");
    }

    #[test]
    fn shared_settings_are_checked_at_their_line() {
        for (text, needle) in [
            (
                "[schedule]\ntimezone = \"Mars/Base\"\n",
                "r.toml at line 2: [schedule] timezone \"Mars/Base\" is not an IANA",
            ),
            (
                "\n[reporting]\ncurrency = \"dollars\"\n",
                "r.toml at line 3: reporting.currency is \"dollars\"; write an ISO 4217",
            ),
            (
                "[health]\nadoption = -1\ngoals = 0\nsuccess_plan = 0\nsupport = 0\nsentiment = 0\n",
                "r.toml at line 1: health weights",
            ),
        ] {
            let err = Config::parse(text, Path::new("r.toml"))
                .unwrap_err()
                .to_string();
            assert!(err.starts_with(needle), "{text}: {err}");
        }
        let ok = Config::parse(
            "[schedule]\ntimezone = \"Europe/Berlin\"\n",
            Path::new("r.toml"),
        )
        .unwrap();
        assert_eq!(ok.schedule.timezone, "Europe/Berlin");
    }

    #[test]
    fn settings_are_found_at_their_line() {
        let text = "[pack]\nfdr = 0.1\n\n[[pack.stages]]\nkey = \"a\"\nkpi = \"grr\"\nowner = \"x\"\n\n[[pack.stages]]\nkey = \"b\"\nkpi = \"nrr\"\nowner = \"y\"\n[wrapped]\ncta_url = \"https://x\"\n";
        let c = Config::parse(text, Path::new("r.toml")).unwrap();
        assert_eq!(c.at("pack.fdr"), "r.toml at line 2");
        assert_eq!(c.at("pack.stages[1].kpi"), "r.toml at line 11");
        assert_eq!(c.at("pack.stages[0]"), "r.toml at line 4");
        assert_eq!(c.at("wrapped.cta_url"), "r.toml at line 14");
        // A key left to its default: the file, no line.
        assert_eq!(c.at("pack.min_group"), "r.toml");
        assert_eq!(Config::default().at("pack.fdr"), "recap.toml");
        let inline = "[pack]\nstages = [\n  { key = \"a\", kpi = \"grr\", owner = \"x\" },\n  { key = \"b\", kpi = \"nrr\", owner = \"y\" },\n]\n";
        let c = Config::parse(inline, Path::new("r.toml")).unwrap();
        assert_eq!(c.at("pack.stages[1].kpi"), "r.toml at line 4");
    }

    #[test]
    fn bad_accent_colour_is_rejected() {
        let err = Config::parse("[brand]\ncompany='A'\naccent='blue'\n", Path::new("r.toml"))
            .unwrap_err();
        assert!(err.to_string().contains("#RRGGBB"), "{err}");
    }
}
