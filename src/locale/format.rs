//! Numbers, money, percentages, dates and lists as CLDR writes them for one locale.
//!
//! Everything here comes from ICU4X's compiled CLDR data: grouping and decimal separators,
//! where the currency symbol goes, month names, date patterns, "a, b and c". recap decides
//! only how precise a figure is (whole money, one decimal below 100, …): the same rules in
//! every language. A [`Formats`] is made once per locale and shared by every document in it.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use chrono::{Datelike, NaiveDate};
use icu::calendar::Date;
use icu::datetime::fieldsets;
use icu::datetime::{DateTimeFormatter, DateTimeFormatterPreferences};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::{Decimal, SignDisplay};
use icu::experimental::dimension::currency::CurrencyType;
use icu::experimental::dimension::currency::formatter::CurrencyFormatter;
use icu::experimental::dimension::percent::formatter::PercentFormatter;
use icu::list::ListFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::locale::Locale;
use writeable::Writeable;

use crate::error::{Error, Result};

/// Formats `d` with `f` (a `DateTimeFormatter` of any field set).
macro_rules! fmt_date {
    ($f:expr, $d:expr) => {
        match Date::try_new_gregorian($d.year(), $d.month() as u8, $d.day() as u8) {
            Ok(date) => $f.format(&date).write_to_string().into_owned(),
            Err(_) => $d.to_string(),
        }
    };
}

/// CLDR formats for one locale.
pub struct Formats {
    locale: Locale,
    decimal: DecimalFormatter,
    percent: PercentFormatter<DecimalFormatter>,
    date: DateTimeFormatter<fieldsets::YMD>,
    date_long: DateTimeFormatter<fieldsets::YMD>,
    month_year: DateTimeFormatter<fieldsets::YM>,
    month: DateTimeFormatter<fieldsets::M>,
    month_long: DateTimeFormatter<fieldsets::M>,
    day_month: DateTimeFormatter<fieldsets::MD>,
    year: DateTimeFormatter<fieldsets::Y>,
    and: ListFormatter,
    /// One formatter per currency code, made the first time it is needed.
    currencies: Mutex<HashMap<String, Option<Arc<CurrencyFormatter<DecimalFormatter>>>>>,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formats")
            .field("locale", &self.locale.to_string())
            .finish()
    }
}

fn data_error(locale: &Locale, what: &str, e: impl std::fmt::Display) -> Error {
    Error::Config(format!(
        "recap has no CLDR {what} formats for the locale {locale}: {e}"
    ))
}

impl Formats {
    /// The formats of `locale` (a BCP 47 tag such as `de`, `pt-BR`, `en-GB`).
    pub fn new(locale: &Locale) -> Result<Formats> {
        let prefs: DateTimeFormatterPreferences = locale.into();
        let dt_err = |e| data_error(locale, "date", e);
        Ok(Formats {
            locale: locale.clone(),
            decimal: DecimalFormatter::try_new(locale.into(), Default::default())
                .map_err(|e| data_error(locale, "number", e))?,
            percent: PercentFormatter::try_new(locale.into(), Default::default())
                .map_err(|e| data_error(locale, "percent", e))?,
            date: DateTimeFormatter::try_new(prefs, fieldsets::YMD::medium()).map_err(dt_err)?,
            date_long: DateTimeFormatter::try_new(prefs, fieldsets::YMD::long()).map_err(dt_err)?,
            month_year: DateTimeFormatter::try_new(prefs, fieldsets::YM::long()).map_err(dt_err)?,
            month: DateTimeFormatter::try_new(prefs, fieldsets::M::medium()).map_err(dt_err)?,
            month_long: DateTimeFormatter::try_new(prefs, fieldsets::M::long()).map_err(dt_err)?,
            day_month: DateTimeFormatter::try_new(prefs, fieldsets::MD::medium())
                .map_err(dt_err)?,
            year: DateTimeFormatter::try_new(prefs, fieldsets::Y::medium()).map_err(dt_err)?,
            and: ListFormatter::try_new_and(
                locale.into(),
                ListFormatterOptions::default().with_length(ListLength::Wide),
            )
            .map_err(|e| data_error(locale, "list", e))?,
            currencies: Mutex::new(HashMap::new()),
        })
    }

    /// The locale these formats are for.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// A number as people write it: grouped, decimals only where they say something (none
    /// from 100, one below 100, two below 1), no trailing zeros. "1,234", "4.5", "0.25".
    pub fn number(&self, v: f64) -> String {
        if !v.is_finite() {
            return "—".into();
        }
        let places = figure_places(v);
        self.decimal_places(v, places)
    }

    /// `v` rounded to at most `places` decimals, trailing zeros dropped.
    pub fn decimal_places(&self, v: f64, places: usize) -> String {
        let mut d = decimal(v, places);
        d.absolute.trim_end();
        self.decimal.format_to_string(&d)
    }

    /// `v` with exactly `places` decimals: "4.50".
    pub fn fixed(&self, v: f64, places: usize) -> String {
        self.decimal.format_to_string(&decimal(v, places))
    }

    /// A whole number, grouped: "48,200", "48.200", "48 200".
    pub fn integer(&self, v: i64) -> String {
        self.decimal.format_to_string(&Decimal::from(v))
    }

    /// A score with its sign: "+32", "-10", "0".
    pub fn signed(&self, v: f64) -> String {
        let mut d = Decimal::from(v.round() as i64);
        d.apply_sign_display(SignDisplay::ExceptZero);
        self.decimal.format_to_string(&d)
    }

    /// A percentage given on a 0–100 scale: "62%", "62 %", "0.4%", "<0.1%"; whole numbers
    /// except below 1.
    pub fn percent(&self, p: f64) -> String {
        if !p.is_finite() {
            return "—".into();
        }
        let a = p.abs();
        if a > 0.0 && a < 0.05 {
            let d = decimal(0.1, 1);
            return format!("<{}", self.percent.format(&d).write_to_string());
        }
        let places = if a > 0.0 && a < 1.0 { 1 } else { 0 };
        let mut d = decimal(p, places);
        d.absolute.trim_end();
        self.percent.format(&d).write_to_string().into_owned()
    }

    /// A measure that is a percentage (a goal in %), with [`Formats::number`]'s precision:
    /// "90.8%", "90,8 %", "0.25%".
    pub fn percent_figure(&self, v: f64) -> String {
        if !v.is_finite() {
            return "—".into();
        }
        let places = figure_places(v);
        let mut d = decimal(v, places);
        d.absolute.trim_end();
        self.percent.format(&d).write_to_string().into_owned()
    }

    /// A fraction as a percentage: 0.62 → "62%".
    pub fn fraction(&self, f: f64) -> String {
        self.percent(100.0 * f)
    }

    /// Money rounded to whole units, in the account's currency as this locale writes it:
    /// "$48,200", "48.200 €", "48 200 €", "CHF 300".
    pub fn money(&self, v: f64, currency: &str) -> String {
        self.money_with(v.round(), 0, currency)
    }

    /// Money for a goal's measure: cents kept below 100 ("$4.50"), whole units above.
    pub fn money_precise(&self, v: f64, currency: &str) -> String {
        if v.abs() >= 100.0 {
            return self.money(v, currency);
        }
        self.money_with(v, 2, currency)
    }

    /// `v` with at most `places` decimals in `currency`.
    fn money_with(&self, v: f64, places: usize, currency: &str) -> String {
        let mut d = decimal(v, places);
        d.absolute.trim_end();
        let Some(cf) = self.currency(currency) else {
            // Not a currency code CLDR knows: the number, then the code as the data has it.
            let code = currency.trim();
            let n = self.decimal.format_to_string(&d);
            return if code.is_empty() {
                n
            } else {
                format!("{n}\u{a0}{code}")
            };
        };
        let full = cf.format_fixed_decimal(&d).write_to_string().into_owned();
        // CLDR always writes a currency's minor digits ("€48,200.00"); a whole amount drops
        // them. Find the padded digits the formatter wrote and put the whole ones instead.
        let mut abs = decimal(v.abs(), places);
        abs.absolute.trim_end();
        if abs.absolute.nonzero_magnitude_end() < 0 {
            return full;
        }
        let whole = self.decimal.format_to_string(&abs);
        for places in (1..=3).rev() {
            let mut padded = abs.clone();
            padded.absolute.pad_end(-places);
            let p = self.decimal.format_to_string(&padded);
            if full.contains(&p) {
                return full.replacen(&p, &whole, 1);
            }
        }
        full
    }

    fn currency(&self, code: &str) -> Option<Arc<CurrencyFormatter<DecimalFormatter>>> {
        let code = code.trim().to_ascii_uppercase();
        let mut cache = self.currencies.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(code.clone())
            .or_insert_with(|| {
                let ty = CurrencyType::try_from_str(&code.to_ascii_lowercase()).ok()?;
                CurrencyFormatter::try_new_symbol((&self.locale).into(), ty, Default::default())
                    .ok()
                    .map(Arc::new)
            })
            .clone()
    }

    /// A date in the locale's medium form: "Sep 30, 2026", "30.09.2026", "2026/09/30".
    pub fn date(&self, d: NaiveDate) -> String {
        fmt_date!(self.date, d)
    }

    /// A date spelled out: "September 30, 2026", "30. September 2026", "2026年9月30日".
    pub fn date_long(&self, d: NaiveDate) -> String {
        fmt_date!(self.date_long, d)
    }

    /// A month and its year: "September 2026", "septembre 2026", "2026年9月".
    pub fn month_year(&self, d: NaiveDate) -> String {
        fmt_date!(self.month_year, d)
    }

    /// A month's short name for chart axes: "Sep", "sept.", "9月".
    pub fn month(&self, d: NaiveDate) -> String {
        fmt_date!(self.month, d)
    }

    /// A month's full name: "September", "septembre", "9月".
    pub fn month_long(&self, d: NaiveDate) -> String {
        fmt_date!(self.month_long, d)
    }

    /// A day and month without the year: "Sep 30", "30.09.", "9月30日".
    pub fn day_month(&self, d: NaiveDate) -> String {
        fmt_date!(self.day_month, d)
    }

    /// A year on its own: "2026", "2026年".
    pub fn year(&self, d: NaiveDate) -> String {
        fmt_date!(self.year, d)
    }

    /// Items joined as the language joins a list: "a, b, and c", "a, b und c", "a、b、c".
    pub fn and_list(&self, items: &[String]) -> String {
        self.and.format_to_string(items.iter())
    }
}

/// How many decimals a figure keeps: none from 100, one below 100, two below 1. The one
/// precision rule of [`Formats::number`], [`Formats::percent_figure`] and the plural count
/// messages see (`common::plural_number`).
pub fn figure_places(v: f64) -> usize {
    let a = v.abs();
    if a >= 100.0 {
        0
    } else if a >= 1.0 {
        1
    } else {
        2
    }
}

/// `v` as an ICU decimal rounded to `places` decimals; a value that rounds to zero is an
/// unsigned 0 (never "-0").
fn decimal(v: f64, places: usize) -> Decimal {
    let mut s = String::new();
    let _ = write!(s, "{:.*}", places, v);
    if s.trim_start_matches('-')
        .bytes()
        .all(|b| b == b'0' || b == b'.')
    {
        s = s.trim_start_matches('-').to_string();
    }
    Decimal::try_from_str(&s).unwrap_or_else(|_| Decimal::from(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(tag: &str) -> Formats {
        Formats::new(&tag.parse().unwrap()).unwrap()
    }

    #[test]
    fn money_is_written_as_each_locale_writes_it() {
        let (en, de, fr, ja) = (f("en"), f("de"), f("fr"), f("ja"));
        assert_eq!(en.money(48200.0, "USD"), "$48,200");
        assert_eq!(en.money(1234.5, "EUR"), "€1,235");
        assert_eq!(en.money_precise(4.5, "USD"), "$4.50");
        assert_eq!(en.money_precise(4.0, "USD"), "$4");
        assert_eq!(de.money(1234.0, "EUR"), "1.234\u{a0}€");
        assert_eq!(de.money_precise(1234.5, "EUR"), "1.235\u{a0}€");
        assert_eq!(de.money_precise(34.5, "EUR"), "34,50\u{a0}€");
        assert_eq!(fr.money(1234.0, "EUR"), "1\u{202f}234\u{a0}€");
        assert_eq!(ja.money(48200.0, "JPY"), "￥48,200");
        assert_eq!(en.money(-1250.0, "GBP"), "-£1,250");
        assert_eq!(en.money(0.4, "USD"), "$0");
        // A code CLDR does not know is written after the number, as the data has it.
        assert_eq!(en.money(300.0, "POINTS"), "300\u{a0}POINTS");
    }

    #[test]
    fn numbers_keep_recaps_precision_in_every_locale() {
        let (en, de) = (f("en"), f("de"));
        assert_eq!(en.number(1234.0), "1,234");
        assert_eq!(en.number(4.56), "4.6");
        assert_eq!(en.number(0.256), "0.26");
        assert_eq!(en.number(5.0), "5");
        assert_eq!(de.number(4.56), "4,6");
        assert_eq!(de.number(-0.001), "0");
        assert_eq!(en.signed(32.4), "+32");
        assert_eq!(en.signed(-10.0), "-10");
        assert_eq!(en.signed(0.2), "0");
        assert_eq!(en.integer(48200), "48,200");
    }

    #[test]
    fn percentages_follow_the_locale() {
        let (en, de, fr) = (f("en"), f("de"), f("fr"));
        assert_eq!(en.percent(62.4), "62%");
        assert_eq!(de.percent(62.0), "62\u{a0}%");
        assert_eq!(fr.fraction(0.62), "62\u{a0}%");
        assert_eq!(en.percent(0.44), "0.4%");
        assert_eq!(en.percent(0.01), "<0.1%");
        assert_eq!(en.percent(0.0), "0%");
        assert_eq!(en.percent_figure(90.84), "90.8%");
        assert_eq!(de.percent_figure(90.84), "90,8\u{a0}%");
        assert_eq!(en.percent_figure(91.0), "91%");
    }

    #[test]
    fn dates_and_lists_come_from_cldr() {
        let d = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
        let (en, de, ja) = (f("en"), f("de"), f("ja"));
        assert_eq!(en.date(d), "Sep 30, 2026");
        assert_eq!(de.date(d), "30.09.2026");
        assert_eq!(ja.date_long(d), "2026年9月30日");
        assert_eq!(en.month_year(d), "September 2026");
        assert_eq!(f("pt").month_year(d), "setembro de 2026");
        assert_eq!(ja.month(d), "9月");
        assert_eq!(en.year(d), "2026");
        let items = ["a".to_string(), "b".into(), "c".into()];
        assert_eq!(de.and_list(&items), "a, b und c");
        assert_eq!(en.and_list(&items[..2]), "a and b");
    }
}
