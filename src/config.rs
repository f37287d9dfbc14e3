//! `recap.toml`: where the data is, how to query it, how to weigh health, how to brand documents.
//!
//! Every field is optional; a missing file means the defaults (the embedded SQLite demo database).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// The parsed `recap.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `sqlite://…`, `postgres://…` or `mysql://…`.
    pub database_url: Option<String>,
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
    /// The folder this config was read from: relative paths in it are resolved against it.
    #[serde(skip)]
    pub base_dir: PathBuf,
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

    /// Parses the text of a `recap.toml`; `path` is only used in the error message.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|e| {
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
        config.validate(path)?;
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<()> {
        let b = &self.brand.accent;
        let hex_ok =
            b.len() == 7 && b.starts_with('#') && b[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !hex_ok {
            return Err(Error::Config(format!(
                "{}: brand.accent is {b:?}; write a colour as #RRGGBB, for example \"#2557D6\".",
                path.display()
            )));
        }
        let w = &self.health;
        let weights = [w.adoption, w.goals, w.success_plan, w.support, w.sentiment];
        if weights.iter().any(|x| !x.is_finite() || *x < 0.0) || weights.iter().sum::<f64>() <= 0.0
        {
            return Err(Error::Config(format!(
                "{}: health weights must be zero or positive and not all zero.",
                path.display()
            )));
        }
        if self.wrapped.min_peer_group < 2 {
            return Err(Error::Config(format!(
                "{}: wrapped.min_peer_group is {}; a rank needs a group of at least 2 (the default is 10).",
                path.display(),
                self.wrapped.min_peer_group
            )));
        }
        let file = path.display();
        if self.pack.min_group < 1 {
            return Err(Error::Config(format!(
                "{file}: pack.min_group is 0; write the smallest group hot spots judge (the default is 30)."
            )));
        }
        if !(self.pack.fdr > 0.0 && self.pack.fdr < 1.0) {
            return Err(Error::Config(format!(
                "{file}: pack.fdr is {}; write a false discovery rate between 0 and 1 (the default is 0.05).",
                self.pack.fdr
            )));
        }
        let metrics = crate::reports::pack::figures::METRICS;
        for stage in &self.pack.stages {
            if !metrics.contains(&stage.kpi.as_str()) {
                return Err(Error::Config(format!(
                    "{file}: the pack stage {:?} has the KPI {:?}; use one of {}.",
                    stage.key,
                    stage.kpi,
                    metrics.join(", ")
                )));
            }
        }
        crate::reports::pack::month::parse_timezone(&self.schedule.timezone)
            .map_err(|e| Error::Config(format!("{file}: {e}")))?;
        let c = &self.reporting.currency;
        if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            return Err(Error::Config(format!(
                "{file}: reporting.currency is {c:?}; write an ISO 4217 code such as \"USD\" or \"EUR\"."
            )));
        }
        for (key, url) in [
            ("wrapped.base_url", &self.wrapped.base_url),
            ("wrapped.cta_url", &self.wrapped.cta_url),
        ] {
            if let Some(u) = url
                && !u.starts_with("https://")
            {
                return Err(Error::Config(format!(
                    "{}: {key} is {u:?}; mail clients block images and links that are not https://, so write an https:// address.",
                    path.display()
                )));
            }
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
    fn pack_settings_are_checked() {
        for (text, needle) in [
            ("[pack]\nfdr = 1.5\n", "false discovery rate"),
            ("[pack]\nmin_group = 0\n", "min_group"),
            ("[schedule]\ntimezone = \"Mars/Base\"\n", "IANA"),
            ("[reporting]\ncurrency = \"dollars\"\n", "ISO 4217"),
            (
                "[pack]\nstages = [{ key = \"x\", kpi = \"happiness\", owner = \"me\" }]\n",
                "use one of achieving_value",
            ),
        ] {
            let err = Config::parse(text, Path::new("r.toml"))
                .unwrap_err()
                .to_string();
            assert!(err.contains(needle), "{text}: {err}");
        }
        let ok = Config::parse(
            "[schedule]\ntimezone = \"Europe/Berlin\"\n[pack]\nmin_group = 10\n",
            Path::new("r.toml"),
        )
        .unwrap();
        assert_eq!(ok.pack.min_group, 10);
        assert_eq!(ok.pack.stages.len(), 4);
    }

    #[test]
    fn bad_accent_colour_is_rejected() {
        let err = Config::parse("[brand]\ncompany='A'\naccent='blue'\n", Path::new("r.toml"))
            .unwrap_err();
        assert!(err.to_string().contains("#RRGGBB"), "{err}");
    }
}
