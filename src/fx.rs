//! Constant currency: one fixed set of exchange rates that turns amounts in the accounts'
//! billing currencies (EUR, GBP, USD, …) into the one reporting currency of a portfolio sum.
//!
//! The rates come from `recap.toml` (`[reporting.rates] EUR = 1.08`: one EUR is 1.08 of the
//! reporting currency) and from the `fx_rates` table ([`crate::source::Source::fx_rates`]).
//! A rate in `recap.toml` wins over the table's. From the table, a row from the currency to the
//! reporting currency is used as it is; without one, the inverse of a row from the reporting
//! currency to the currency. The reporting currency itself is always 1.

use std::collections::BTreeMap;

use crate::config::ReportingConfig;
use crate::error::{Error, Result};
use crate::model::FxRate;

/// Where a rate came from, for the pack's method page.
pub const FROM_CONFIG: &str = "recap.toml";
pub const FROM_TABLE: &str = "fx_rates";
pub const SAME_CURRENCY: &str = "same currency";

/// The rates of one report: every known currency to the reporting currency.
#[derive(Debug, Clone, PartialEq)]
pub struct Rates {
    reporting: String,
    rates: BTreeMap<String, f64>,
    source: BTreeMap<String, &'static str>,
}

/// An ISO code as recap compares it: trimmed, in capitals, USD when empty (like
/// [`crate::model::Account::currency_code`]).
fn code(currency: &str) -> String {
    match currency.trim() {
        "" => "USD".to_string(),
        c => c.to_ascii_uppercase(),
    }
}

fn usable(rate: f64) -> bool {
    rate.is_finite() && rate > 0.0
}

impl Rates {
    /// The rates to `reporting.currency`: `[reporting.rates]` first, then the rows of `table`
    /// (direct, else inverted). Fails on a rate in `recap.toml` that is not a positive number
    /// (or that is not 1 for the reporting currency itself), and on table rows that cannot be
    /// used or that disagree.
    pub fn new(reporting: &ReportingConfig, table: &[FxRate]) -> Result<Rates> {
        let to = code(&reporting.currency);
        let mut rates = BTreeMap::new();
        let mut source = BTreeMap::new();
        rates.insert(to.clone(), 1.0);
        source.insert(to.clone(), SAME_CURRENCY);

        for (key, &rate) in &reporting.rates {
            let cur = code(key);
            if !usable(rate) {
                return Err(Error::Config(format!(
                    "recap.toml: [reporting.rates] {key} = {rate} is not a rate; give what one {cur} is worth in {to}, a positive number (for example {cur} = 1.08)."
                )));
            }
            if cur == to {
                if (rate - 1.0).abs() > 1e-9 {
                    return Err(Error::Config(format!(
                        "recap.toml: [reporting.rates] {key} = {rate}, but {to} is the reporting currency ([reporting] currency) and is worth 1; remove the line."
                    )));
                }
                continue;
            }
            if let Some(prev) = rates.insert(cur.clone(), rate)
                && prev != rate
            {
                return Err(Error::Config(format!(
                    "recap.toml: [reporting.rates] has two rates for {cur} ({prev} and {rate}); keep one."
                )));
            }
            source.insert(cur, FROM_CONFIG);
        }

        // From the table: direct rows, then inverse rows for what is still missing.
        let mut direct: BTreeMap<String, f64> = BTreeMap::new();
        let mut inverse: BTreeMap<String, f64> = BTreeMap::new();
        for row in table {
            let (from, into) = (code(&row.currency), code(&row.reporting_currency));
            if !usable(row.rate) {
                return Err(Error::Source(format!(
                    "the `fx_rates` row {from} → {into} has the rate {}; a rate is what one {from} is worth in {into} and must be a positive number; fix or delete the row.",
                    row.rate
                )));
            }
            let (cur, rate, found) = if into == to && from != to {
                (from.clone(), row.rate, &mut direct)
            } else if from == to && into != to {
                (into.clone(), 1.0 / row.rate, &mut inverse)
            } else {
                continue; // a cross rate between two other currencies, or an identity
            };
            if let Some(prev) = found.insert(cur, rate)
                && !same(prev, rate)
            {
                return Err(Error::Source(format!(
                    "the `fx_rates` query returns two rates for {from} → {into}; keep one row per currency pair."
                )));
            }
        }
        for (cur, rate) in direct {
            if !rates.contains_key(&cur) {
                rates.insert(cur.clone(), rate);
                source.insert(cur, FROM_TABLE);
            }
        }
        for (cur, rate) in inverse {
            if !rates.contains_key(&cur) {
                rates.insert(cur.clone(), rate);
                source.insert(cur, FROM_TABLE);
            }
        }
        Ok(Rates {
            reporting: to,
            rates,
            source,
        })
    }

    /// The reporting currency's ISO code.
    pub fn reporting(&self) -> &str {
        &self.reporting
    }

    /// What one unit of `currency` is worth in the reporting currency; `None` when no rate is
    /// known. An empty code is USD.
    pub fn rate(&self, currency: &str) -> Option<f64> {
        self.rates.get(&code(currency)).copied()
    }

    /// `amount` in `currency`, in the reporting currency; `None` when no rate is known.
    pub fn convert(&self, amount: f64, currency: &str) -> Option<f64> {
        self.rate(currency).map(|r| amount * r)
    }

    /// Every rate with where it came from (`recap.toml`, `fx_rates` or `same currency`),
    /// by currency code.
    pub fn table(&self) -> Vec<(String, f64, &'static str)> {
        self.rates
            .iter()
            .map(|(cur, &rate)| {
                let from = self.source.get(cur).copied().unwrap_or(FROM_TABLE);
                (cur.clone(), rate, from)
            })
            .collect()
    }
}

/// Two rates equal up to rounding (a table may hold a rate and, for the inverse direction, its
/// rounded inverse).
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(currency: &str, rates: &[(&str, f64)]) -> ReportingConfig {
        ReportingConfig {
            currency: currency.into(),
            rates: rates.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }

    fn row(currency: &str, reporting: &str, rate: f64) -> FxRate {
        FxRate {
            currency: currency.into(),
            reporting_currency: reporting.into(),
            rate,
        }
    }

    #[test]
    fn the_reporting_currency_is_one() {
        let r = Rates::new(&ReportingConfig::default(), &[]).unwrap();
        assert_eq!(r.reporting(), "USD");
        assert_eq!(r.rate("USD"), Some(1.0));
        assert_eq!(r.rate(" usd "), Some(1.0));
        // An account without a currency bills in USD.
        assert_eq!(r.rate(""), Some(1.0));
        assert_eq!(r.convert(250.0, "USD"), Some(250.0));
        assert_eq!(r.table(), vec![("USD".to_string(), 1.0, SAME_CURRENCY)]);

        let eur = Rates::new(&config(" eur ", &[]), &[]).unwrap();
        assert_eq!(eur.reporting(), "EUR");
        assert_eq!(eur.rate("eur"), Some(1.0));
        assert_eq!(eur.rate(""), None, "empty is USD, which has no rate here");
    }

    #[test]
    fn config_rates_override_the_table() {
        let table = [
            row("EUR", "USD", 1.10),
            row("GBP", "USD", 1.27),
            row("USD", "USD", 1.0),
        ];
        let r = Rates::new(&config("USD", &[("eur", 1.08)]), &table).unwrap();
        assert_eq!(r.rate("EUR"), Some(1.08));
        assert_eq!(r.rate("gbp"), Some(1.27));
        assert_eq!(r.convert(100.0, "EUR"), Some(108.0));
        assert_eq!(
            r.table(),
            vec![
                ("EUR".to_string(), 1.08, FROM_CONFIG),
                ("GBP".to_string(), 1.27, FROM_TABLE),
                ("USD".to_string(), 1.0, SAME_CURRENCY),
            ]
        );
        // The reporting currency may be named in the config, as 1.
        assert!(Rates::new(&config("USD", &[("USD", 1.0)]), &[]).is_ok());
    }

    #[test]
    fn inverse_rows_fill_in_and_direct_rows_win() {
        let table = [
            // Only the reporting currency → GBP direction for GBP.
            row("usd", "gbp", 0.8),
            // Both directions for EUR: the direct row wins over the inverse.
            row("USD", "EUR", 0.5),
            row("EUR", "USD", 1.08),
            // A cross rate between two other currencies is not used.
            row("CHF", "EUR", 1.05),
        ];
        let r = Rates::new(&ReportingConfig::default(), &table).unwrap();
        assert_eq!(r.rate("GBP"), Some(1.25));
        assert_eq!(r.rate("EUR"), Some(1.08));
        assert_eq!(r.rate("CHF"), None);
        assert_eq!(r.table().len(), 3);
        assert!(
            r.table()
                .iter()
                .all(|(c, _, s)| c == "USD" || *s == FROM_TABLE)
        );
    }

    #[test]
    fn a_currency_without_a_rate_is_none() {
        let r = Rates::new(&config("USD", &[("EUR", 1.08)]), &[]).unwrap();
        assert_eq!(r.rate("JPY"), None);
        assert_eq!(r.convert(1000.0, "JPY"), None);
    }

    #[test]
    fn a_bad_config_rate_is_an_error_naming_the_key() {
        for bad in [0.0, -1.08, f64::NAN, f64::INFINITY] {
            let err = Rates::new(&config("USD", &[("EUR", bad)]), &[]).unwrap_err();
            assert!(matches!(err, Error::Config(_)), "{err:?}");
            assert!(err.to_string().contains("[reporting.rates] EUR"), "{err}");
        }
        let err = Rates::new(&config("USD", &[("USD", 1.1)]), &[]).unwrap_err();
        assert!(err.to_string().contains("[reporting.rates] USD"), "{err}");
        // A table row that slipped past the source's checks is refused too.
        let err = Rates::new(&ReportingConfig::default(), &[row("EUR", "USD", 0.0)]).unwrap_err();
        assert!(matches!(err, Error::Source(_)), "{err:?}");
    }
}
