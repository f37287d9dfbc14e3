//! `recap demo`: a deterministic, realistic synthetic dataset in the canonical tables.
//!
//! The data covers the 24 months October 2024 – September 2026 (fixed constants, never the
//! wall clock), so the periods 2025 and 2026-Q3 have complete data. The same seed gives the
//! same rows, byte for byte, on SQLite, PostgreSQL and MySQL/MariaDB: every account draws from
//! its own random generator derived from (seed, account index), so accounts do not depend on
//! each other or on the order they are made in, and all values are text, integers or doubles
//! rounded to a fixed number of decimals.
//!
//! The story of each account follows one hidden "health" curve: healthy accounts use more of
//! the seats they pay for, expand at renewal, reach their goals, finish their success-plan
//! milestones on time, open fewer critical tickets and answer NPS surveys as promoters; the
//! unhealthy ones do the opposite and some of them churn at a renewal. A few accounts are
//! deliberately thin (no goals, no NPS, no success plan) and a few carry the faults real data
//! has (a goal nobody measures, usage that stopped arriving, rows keyed to no account), so that
//! every "no data" state and the data-quality check have something to show.

use std::sync::mpsc;

use chrono::{Datelike, Days, Months, NaiveDate};
use fastrand::Rng;
use serde::Serialize;
use sqlx::AnyConnection;

use crate::error::{Error, Result};
use crate::source::{Backend, FX_RATES_COLUMNS, Source, TABLES};

/// First month of the demo data.
pub const FIRST_MONTH: (i32, u32) = (2024, 10);
/// Number of months of data (October 2024 – September 2026).
pub const MONTHS: i32 = 24;

/// How many rows `generate` wrote to each table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DemoStats {
    pub accounts: u64,
    pub contacts: u64,
    pub arr_monthly: u64,
    pub licenses: u64,
    pub feature_usage_monthly: u64,
    pub goals: u64,
    pub goal_measurements: u64,
    pub milestones: u64,
    pub tickets: u64,
    pub nps_responses: u64,
}

impl DemoStats {
    /// Rows in all tables together.
    pub fn total(&self) -> u64 {
        self.accounts
            + self.contacts
            + self.arr_monthly
            + self.licenses
            + self.feature_usage_monthly
            + self.goals
            + self.goal_measurements
            + self.milestones
            + self.tickets
            + self.nps_responses
    }

    fn add(&mut self, table: usize, rows: u64) {
        let field = match table {
            ACCOUNTS => &mut self.accounts,
            CONTACTS => &mut self.contacts,
            ARR => &mut self.arr_monthly,
            LICENSES => &mut self.licenses,
            USAGE => &mut self.feature_usage_monthly,
            GOALS => &mut self.goals,
            MEASUREMENTS => &mut self.goal_measurements,
            MILESTONES => &mut self.milestones,
            TICKETS => &mut self.tickets,
            _ => &mut self.nps_responses,
        };
        *field += rows;
    }
}

/// The first day of the first month of the demo data.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(FIRST_MONTH.0, FIRST_MONTH.1, 1).expect("valid constant date")
}

/// The last day of the demo data (2026-09-30).
pub fn last_day() -> NaiveDate {
    month_start(MONTHS) - Days::new(1)
}

/// Creates the canonical tables in `source`, empties them and fills them with `accounts`
/// synthetic accounts made from `seed`, with the exchange rates [`FX_RATES`] in `fx_rates`
/// (the same whatever the arguments; not counted in the stats). Rerunning replaces the data;
/// the same arguments give the same rows on every backend. The whole load is one transaction.
pub fn generate(source: &Source, accounts: usize, seed: u64) -> Result<DemoStats> {
    source.migrate()?;
    let backend = source.backend();
    let fail = |what: &str, e: sqlx::Error| {
        Error::Source(format!(
            "could not write the demo data to {} ({what}): {e}",
            source.display()
        ))
    };
    let mut conn = source
        .block_on(source.pool().acquire())
        .map_err(|e| fail("connect", e))?;
    if backend == Backend::Sqlite {
        // Durability does not matter while a generated dataset is written: a crash means
        // running `recap demo` again. Closing the connection afterwards drops the settings.
        for pragma in ["PRAGMA synchronous = OFF", "PRAGMA cache_size = -65536"] {
            source
                .block_on(sqlx::query(pragma).execute(&mut *conn))
                .map_err(|e| fail(pragma, e))?;
        }
    }
    let result = load(source, &mut conn, accounts, seed);
    // Do not hand a connection with changed settings back to the pool.
    let _ = source.block_on(conn.close());
    result
}

/// Accounts generated (and sent to the database) together.
const CHUNK: usize = 250;

fn load(
    source: &Source,
    conn: &mut AnyConnection,
    accounts: usize,
    seed: u64,
) -> Result<DemoStats> {
    let backend = source.backend();
    let fail = |what: String, e: sqlx::Error| {
        Error::Source(format!(
            "could not write the demo data to {} ({what}): {e}",
            source.display()
        ))
    };
    let mut tx = source
        .block_on(sqlx::Connection::begin(conn))
        .map_err(|e| fail("begin a transaction".into(), e))?;
    for name in TABLES.map(|t| t.name()) {
        let sql = format!("DELETE FROM {name}");
        source
            .block_on(sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *tx))
            .map_err(|e| fail(format!("empty {name}"), e))?;
    }
    // The exchange rates are not an account's table: the same rows whatever the accounts.
    source
        .block_on(sqlx::query("DELETE FROM fx_rates").execute(&mut *tx))
        .map_err(|e| fail("empty fx_rates".into(), e))?;
    write_fx_rates(source, &mut tx).map_err(|e| fail("insert into fx_rates".into(), e))?;
    let ctx = Ctx::new(accounts, seed);
    let mut stats = DemoStats::default();
    let statements = Statements::new(backend);
    // Generation runs on its own thread, one chunk ahead of the database.
    std::thread::scope(|scope| -> Result<()> {
        let (tx_chunks, rx_chunks) = mpsc::sync_channel::<Out>(1);
        let ctx = &ctx;
        scope.spawn(move || {
            let mut start = 0;
            while start < accounts {
                let end = (start + CHUNK).min(accounts);
                let mut out = Out::default();
                for i in start..end {
                    ctx.account(i, &mut out);
                }
                if tx_chunks.send(out).is_err() {
                    return; // the writer stopped on an error
                }
                start = end;
            }
        });
        for out in rx_chunks {
            for (table, vals) in out.tables.into_iter().enumerate() {
                let rows = write(source, &mut tx, &statements, table, vals)
                    .map_err(|e| fail(format!("insert into {}", table_def(table).0), e))?;
                stats.add(table, rows);
            }
        }
        Ok(())
    })?;
    source
        .block_on(tx.commit())
        .map_err(|e| fail("commit".into(), e))?;
    Ok(stats)
}

// ---------------------------------------------------------------------------------------------
// Writing rows
// ---------------------------------------------------------------------------------------------

const ACCOUNTS: usize = 0;
const CONTACTS: usize = 1;
const ARR: usize = 2;
const LICENSES: usize = 3;
const USAGE: usize = 4;
const GOALS: usize = 5;
const MEASUREMENTS: usize = 6;
const MILESTONES: usize = 7;
const TICKETS: usize = 8;
const NPS: usize = 9;

/// A table as written: its name and the columns of the canonical schema, in order. Table
/// indices (ACCOUNTS, CONTACTS, …) follow `source::TABLES`.
fn table_def(table: usize) -> (&'static str, &'static [&'static str]) {
    let t = TABLES[table];
    (t.name(), t.stored_columns())
}

/// Rows per INSERT statement, and bound parameters per statement (SQLite allows 32,766,
/// PostgreSQL and MySQL 65,535).
const MAX_ROWS: usize = 1000;
const MAX_PARAMS: usize = 30_000;

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
enum V {
    T(String),
    S(&'static str),
    I(i64),
    R(f64),
    NullT,
    NullI,
    NullR,
}

impl V {
    fn bind<'q>(
        self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        match self {
            V::T(s) => q.bind(s),
            V::S(s) => q.bind(s),
            V::I(i) => q.bind(i),
            V::R(f) => q.bind(f),
            V::NullT => q.bind(None::<String>),
            V::NullI => q.bind(None::<i64>),
            V::NullR => q.bind(None::<f64>),
        }
    }
}

fn opt_date(d: Option<NaiveDate>) -> V {
    d.map(|d| V::T(ds(d))).unwrap_or(V::NullT)
}

/// The rows of one chunk of accounts, per table, flattened row after row.
#[derive(Default)]
struct Out {
    tables: [Vec<V>; 10],
}

impl Out {
    fn row<const N: usize>(&mut self, table: usize, vals: [V; N]) {
        debug_assert_eq!(N, table_def(table).1.len());
        self.tables[table].extend(vals);
    }
}

/// The INSERT statement of each table for a full batch of rows.
struct Statements {
    backend: Backend,
    full: Vec<(usize, String)>,
}

impl Statements {
    fn new(backend: Backend) -> Statements {
        let full = (0..TABLES.len())
            .map(|t| {
                let rows = rows_per_statement(t);
                (rows, insert_sql(backend, t, rows))
            })
            .collect();
        Statements { backend, full }
    }

    fn get(&self, table: usize, rows: usize) -> String {
        let (full_rows, sql) = &self.full[table];
        if rows == *full_rows {
            sql.clone()
        } else {
            insert_sql(self.backend, table, rows)
        }
    }
}

fn rows_per_statement(table: usize) -> usize {
    (MAX_PARAMS / table_def(table).1.len()).min(MAX_ROWS)
}

fn insert_sql(backend: Backend, table: usize, rows: usize) -> String {
    let (name, cols) = table_def(table);
    insert_rows_sql(backend, name, cols, rows)
}

/// `INSERT INTO name (cols) VALUES (…), (…)` with `rows` rows of placeholders.
fn insert_rows_sql(backend: Backend, name: &str, cols: &[&str], rows: usize) -> String {
    let mut sql = format!("INSERT INTO {name} ({}) VALUES ", cols.join(", "));
    let mut n = 0;
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..cols.len() {
            if c > 0 {
                sql.push_str(", ");
            }
            n += 1;
            sql.push_str(&backend.placeholder(n));
        }
        sql.push(')');
    }
    sql
}

/// Inserts the flattened rows `vals` of `table`; returns the number of rows.
fn write(
    source: &Source,
    conn: &mut AnyConnection,
    statements: &Statements,
    table: usize,
    vals: Vec<V>,
) -> std::result::Result<u64, sqlx::Error> {
    let cols = table_def(table).1.len();
    let total = vals.len() / cols;
    let per = rows_per_statement(table);
    let mut vals = vals.into_iter();
    let mut done = 0;
    while done < total {
        let n = per.min(total - done);
        let mut q = sqlx::query(sqlx::AssertSqlSafe(statements.get(table, n)));
        // Only full-size statements repeat; do not fill the statement cache with the others.
        if n != per {
            q = q.persistent(false);
        }
        for v in vals.by_ref().take(n * cols) {
            q = v.bind(q);
        }
        source.block_on(q.execute(&mut *conn))?;
        done += n;
    }
    Ok(total as u64)
}

/// The demo's exchange rates (`currency`, `reporting_currency`, `rate`: one unit of the first
/// is worth `rate` of the second) for every ordered pair of the demo's billing currencies,
/// identities included, so that any of them can be the reporting currency. Fixed and plausible:
/// EUR → USD 1.08 and GBP → USD 1.27, the inverse and cross rates derived from those two and
/// rounded to 6 decimals.
pub const FX_RATES: [(&str, &str, f64); 9] = [
    ("EUR", "EUR", 1.0),
    ("EUR", "GBP", 0.850394),
    ("EUR", "USD", 1.08),
    ("GBP", "EUR", 1.175926),
    ("GBP", "GBP", 1.0),
    ("GBP", "USD", 1.27),
    ("USD", "EUR", 0.925926),
    ("USD", "GBP", 0.787402),
    ("USD", "USD", 1.0),
];

/// Inserts [`FX_RATES`] in one statement.
fn write_fx_rates(
    source: &Source,
    conn: &mut AnyConnection,
) -> std::result::Result<(), sqlx::Error> {
    let sql = insert_rows_sql(
        source.backend(),
        "fx_rates",
        &FX_RATES_COLUMNS,
        FX_RATES.len(),
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).persistent(false);
    for (currency, reporting, rate) in FX_RATES {
        q = V::R(rate).bind(V::S(reporting).bind(V::S(currency).bind(q)));
    }
    source.block_on(q.execute(&mut *conn))?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/// The first day of month `m` of the data (0 = October 2024; may be negative or ≥ 24).
fn month_start(m: i32) -> NaiveDate {
    let first =
        NaiveDate::from_ymd_opt(FIRST_MONTH.0, FIRST_MONTH.1, 1).expect("valid constant date");
    if m >= 0 {
        first + Months::new(m as u32)
    } else {
        first - Months::new(m.unsigned_abs())
    }
}

/// The last day of month `m`.
fn month_end(m: i32) -> NaiveDate {
    month_start(m + 1) - Days::new(1)
}

/// The month index of `d` (0 = October 2024).
fn month_index(d: NaiveDate) -> i32 {
    (d.year() - FIRST_MONTH.0) * 12 + d.month() as i32 - FIRST_MONTH.1 as i32
}

/// `YYYY-MM-DD`.
fn ds(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d + Days::new(n as u64)
    } else {
        d - Days::new(n.unsigned_abs())
    }
}

fn add_years(d: NaiveDate, n: u32) -> NaiveDate {
    d + Months::new(12 * n)
}

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The generator of one part (`stream`) of one account: independent of every other account
/// and of the other parts of the same account.
fn rng_for(seed: u64, account: usize, stream: u64) -> Rng {
    Rng::with_seed(splitmix(
        splitmix(seed) ^ splitmix((account as u64) << 8 | stream),
    ))
}

fn uni(r: &mut Rng, lo: f64, hi: f64) -> f64 {
    lo + (hi - lo) * r.f64()
}

/// An integer in `lo..=hi`.
fn int(r: &mut Rng, lo: i64, hi: i64) -> i64 {
    lo + r.u64(0..=(hi - lo) as u64) as i64
}

fn chance(r: &mut Rng, p: f64) -> bool {
    r.f64() < p
}

fn pick<T: Copy>(r: &mut Rng, items: &[T]) -> T {
    items[r.u32(0..items.len() as u32) as usize]
}

fn weighted<T: Copy>(r: &mut Rng, items: &[(T, f64)]) -> T {
    let total: f64 = items.iter().map(|i| i.1).sum();
    let mut x = r.f64() * total;
    for &(item, w) in items {
        if x < w {
            return item;
        }
        x -= w;
    }
    items[items.len() - 1].0
}

fn round_to(x: f64, decimals: u32) -> f64 {
    let f = [1.0, 10.0, 100.0, 1000.0][decimals.min(3) as usize];
    (x * f).round() / f
}

fn cents(x: f64) -> f64 {
    round_to(x, 2)
}

/// The straight lines through (0, `at0`), (0.5, `at_half`) and (1, `at1`) at `h`: an outcome
/// that falls faster for unhealthy accounts than it rises for healthy ones.
fn curve(h: f64, at0: f64, at_half: f64, at1: f64) -> f64 {
    if h < 0.5 {
        at0 + (at_half - at0) * h / 0.5
    } else {
        at_half + (at1 - at_half) * (h - 0.5) / 0.5
    }
}

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const NAME_FIRST: &[&str] = &[
    "Brightwater", "Kestrel", "Bluepeak", "Ironbridge", "Silverline", "Redwood", "Cedar", "Harbor",
    "Summit", "Granite", "Meridian", "Aurora", "Beacon", "Cobalt", "Copperleaf", "Driftwood",
    "Evergreen", "Falcon", "Foxglove", "Glacier", "Halcyon", "Highland", "Horizon", "Juniper",
    "Lakeside", "Larkspur", "Lighthouse", "Maple", "Marigold", "Mistral", "Northstar", "Oakridge",
    "Orchid", "Pinecrest", "Prairie", "Quarry", "Ravenwood", "Ridgeline", "Riverbend", "Sagebrush",
    "Sandstone", "Seabright", "Sierra", "Skyline", "Solstice", "Starling", "Stonegate", "Sunbridge",
    "Tamarack", "Thistle", "Tidewater", "Timberline", "Trident", "Vantage", "Verdant", "Westbrook",
    "Willow", "Wren", "Zephyr", "Alder", "Amberly", "Arbor", "Bayview", "Birchwood", "Bramble",
    "Canyon", "Clearwater", "Coastal", "Crescent", "Eastgate", "Emberly", "Fairhaven", "Fernbrook",
    "Goldcrest", "Greystone", "Hawthorne", "Heron", "Keystone", "Kingsley", "Lantern", "Magnolia",
    "Mosaic", "Nimbus", "Osprey", "Pelican", "Quill", "Rosewood", "Saffron", "Sparrow", "Sterling",
    "Tallgrass", "Upland", "Vireo", "Waypoint", "Yarrow", "Ashford", "Bellwether", "Cormorant",
    "Dunmore", "Elmstead",
];

/// The second word of a company name, and the industry it suggests.
const NAME_NOUN: &[(&str, &str)] = &[
    ("Logistics", "Logistics"),
    ("Freight", "Logistics"),
    ("Shipping", "Logistics"),
    ("Transport", "Logistics"),
    ("Health", "Healthcare"),
    ("Medical", "Healthcare"),
    ("Clinics", "Healthcare"),
    ("Care", "Healthcare"),
    ("Capital", "Financial Services"),
    ("Financial", "Financial Services"),
    ("Bank", "Financial Services"),
    ("Payments", "Financial Services"),
    ("Software", "Software"),
    ("Analytics", "Software"),
    ("Cloud", "Software"),
    ("Digital", "Software"),
    ("Retail", "Retail"),
    ("Outfitters", "Retail"),
    ("Markets", "Retail"),
    ("Home", "Retail"),
    ("Manufacturing", "Manufacturing"),
    ("Industries", "Manufacturing"),
    ("Components", "Manufacturing"),
    ("Robotics", "Manufacturing"),
    ("Learning", "Education"),
    ("Academy", "Education"),
    ("Education", "Education"),
    ("Energy", "Energy"),
    ("Power", "Energy"),
    ("Solar", "Energy"),
    ("Utilities", "Energy"),
    ("Insurance", "Insurance"),
    ("Mutual", "Insurance"),
    ("Assurance", "Insurance"),
    ("Media", "Media"),
    ("Studios", "Media"),
    ("Publishing", "Media"),
    ("Hotels", "Hospitality"),
    ("Hospitality", "Hospitality"),
    ("Travel", "Hospitality"),
    ("Telecom", "Telecommunications"),
    ("Networks", "Telecommunications"),
    ("Communications", "Telecommunications"),
    ("Foods", "Food & Beverage"),
    ("Brewing", "Food & Beverage"),
];

/// Third words, used once every two-word name is taken.
#[rustfmt::skip]
const NAME_SUFFIX: &[&str] = &[
    "Group", "Holdings", "Partners", "International", "Global", "Solutions", "Collective",
    "Alliance", "Worldwide", "Services", "Ventures", "Enterprises", "Associates", "Corporation",
    "Company", "Consolidated", "Systems", "Labs", "Works", "Trust", "Co-op", "United", "Northern",
    "Pacific",
];

/// Customer success managers: (name, email, region).
const CSMS: &[(&str, &str, &str)] = &[
    ("Maya Chen", "maya.chen@example.com", "NA"),
    ("Jordan Ellis", "jordan.ellis@example.com", "NA"),
    ("Priya Raman", "priya.raman@example.com", "NA"),
    ("Lukas Brandt", "lukas.brandt@example.com", "EMEA"),
    ("Sophie Martin", "sophie.martin@example.com", "EMEA"),
    ("Kenji Watanabe", "kenji.watanabe@example.com", "APAC"),
    ("Aisha Rahman", "aisha.rahman@example.com", "APAC"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "LATAM"),
];

/// Vendor people other than the CSM who own success-plan milestones.
const SPECIALISTS: &[&str] = &["Dana Brooks", "Tomás Silva", "Hannah Wright", "Omar Haddad"];

struct ProductDef {
    name: &'static str,
    /// List price per seat and year, in USD.
    price: f64,
    /// (feature, typical share of the product's active users, events per user and month,
    /// month of launch in the data or 0).
    features: &'static [(&'static str, f64, f64, i32)],
}

const PRODUCTS: [ProductDef; 3] = [
    ProductDef {
        name: "Insights",
        price: 420.0,
        features: &[
            ("Sign-in", 1.0, 14.0, 0),
            ("Dashboards", 0.84, 36.0, 0),
            ("Reports", 0.63, 18.0, 0),
            ("Alerts", 0.41, 22.0, 0),
            ("Scheduled exports", 0.33, 9.0, 0),
            ("Data explorer", 0.27, 27.0, 0),
            ("Forecasting", 0.17, 6.0, 0),
            ("Embedded analytics", 0.09, 40.0, 0),
        ],
    },
    ProductDef {
        name: "Automate",
        price: 600.0,
        features: &[
            ("Sign-in", 1.0, 16.0, 0),
            ("Workflows", 0.78, 120.0, 0),
            ("Approvals", 0.56, 34.0, 0),
            ("Templates", 0.46, 8.0, 0),
            ("Triggers", 0.35, 210.0, 0),
            ("API actions", 0.21, 480.0, 0),
            ("AI assist", 0.24, 25.0, 8),
            ("Audit log", 0.12, 5.0, 0),
        ],
    },
    ProductDef {
        name: "Connect",
        price: 300.0,
        features: &[
            ("Sign-in", 1.0, 12.0, 0),
            ("Integrations", 0.66, 60.0, 0),
            ("Data sync", 0.52, 300.0, 0),
            ("Shared inbox", 0.44, 45.0, 0),
            ("Mobile app", 0.38, 20.0, 0),
            ("Webhooks", 0.29, 150.0, 0),
            ("Partner portal", 0.15, 18.0, 0),
            ("Data residency", 0.06, 3.0, 0),
        ],
    },
];

/// Given names and family names per locale.
#[rustfmt::skip]
const NAMES: &[(&str, &[&str], &[&str])] = &[
    (
        "en",
        &[
            "James", "Olivia", "Michael", "Emma", "David", "Sarah", "Daniel", "Emily", "Chris",
            "Jessica", "Ryan", "Megan", "Kevin", "Laura", "Brian", "Rachel", "Andrew", "Hannah",
            "Marcus", "Natalie", "Ethan", "Grace", "Tyler", "Chloe",
        ],
        &[
            "Johnson", "Smith", "Williams", "Brown", "Taylor", "Anderson", "Thomas", "Moore",
            "Martin", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott",
            "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Turner", "O'Brien",
        ],
    ),
    (
        "de",
        &[
            "Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Maximilian", "Laura", "Paul",
            "Katharina", "Jan", "Julia", "Tobias", "Lena", "Moritz", "Sarah", "Florian", "Johanna",
            "Sebastian", "Jürgen",
        ],
        &[
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Zimmermann", "Krüger", "Hartmann", "Lange",
        ],
    ),
    (
        "fr",
        &[
            "Camille", "Lucas", "Chloé", "Hugo", "Léa", "Louis", "Manon", "Thomas", "Inès",
            "Nicolas", "Julie", "Antoine", "Élodie", "Mathieu", "Claire", "Julien", "Margaux",
            "Pierre", "Sarah", "Guillaume",
        ],
        &[
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
            "Bertrand", "Roux", "Vincent", "Fournier",
        ],
    ),
    (
        "es",
        &[
            "María", "José", "Lucía", "Javier", "Carmen", "Alejandro", "Sofía", "Diego", "Elena",
            "Pablo", "Laura", "Carlos", "Paula", "Miguel", "Andrea", "Sergio", "Marta", "Daniel",
            "Isabel", "Raúl",
        ],
        &[
            "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
            "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez",
            "Romero", "Navarro", "Torres", "Ramírez",
        ],
    ),
    (
        "ja",
        &[
            "Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura", "Kaito", "Mei",
            "Riku", "Yuna", "Takumi", "Akari", "Daiki", "Misaki", "Kenta", "Nanami", "Shota",
            "Ayaka",
        ],
        &[
            "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
            "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue",
            "Kimura", "Hayashi", "Shimizu", "Mori",
        ],
    ),
    (
        "pt",
        &[
            "João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Juliana", "Rafael",
            "Camila", "Thiago", "Fernanda", "Bruno", "Larissa", "Felipe", "Carolina", "Gustavo",
            "Letícia", "Matheus", "Isabela",
        ],
        &[
            "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
            "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes",
            "Soares", "Fernandes", "Vieira", "Barbosa",
        ],
    ),
    (
        "it",
        &[
            "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo",
            "Valentina", "Andrea", "Federica", "Lorenzo", "Elisa", "Davide", "Martina", "Simone",
            "Alessia", "Stefano", "Silvia", "Riccardo",
        ],
        &[
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti",
        ],
    ),
    (
        "nl",
        &[
            "Daan", "Emma", "Sem", "Julia", "Lucas", "Sophie", "Levi", "Tess", "Thijs", "Anna",
            "Ruben", "Lotte", "Bram", "Fleur", "Jesse", "Sanne", "Niels", "Eva", "Stijn", "Iris",
        ],
        &[
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
            "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        ],
    ),
];

/// The locales of each region's contacts, with weights.
fn region_locales(region: &str) -> &'static [(&'static str, f64)] {
    match region {
        "NA" => &[("en", 0.85), ("es", 0.08), ("fr", 0.07)],
        "EMEA" => &[
            ("en", 0.35),
            ("de", 0.22),
            ("fr", 0.18),
            ("es", 0.10),
            ("it", 0.08),
            ("nl", 0.07),
        ],
        "APAC" => &[("en", 0.55), ("ja", 0.45)],
        _ => &[("es", 0.70), ("pt", 0.25), ("en", 0.05)],
    }
}

/// ASCII for an email address: "Élodie Lefèvre" → "elodie", "lefevre".
fn ascii_word(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'á' | 'à' | 'â' | 'ã' | 'Á' | 'À' => out.push('a'),
            'ä' | 'Ä' => out.push_str("ae"),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'Í' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'õ' | 'Ó' => out.push('o'),
            'ö' | 'Ö' => out.push_str("oe"),
            'ú' | 'ù' | 'û' | 'Ú' => out.push('u'),
            'ü' | 'Ü' => out.push_str("ue"),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            'ß' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            _ => {}
        }
    }
    out
}

// Goal templates ------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Target {
    /// Target = baseline × a factor in the range.
    Factor(f64, f64),
    /// Target = baseline + an amount in the range.
    Delta(f64, f64),
    /// Target in the range.
    Absolute(f64, f64),
}

#[derive(Clone, Copy, PartialEq)]
enum Scale {
    /// Nothing scales with the account's size.
    None,
    /// Baseline and target scale with the account's size.
    Metric,
    /// The money value of a unit scales with the account's size.
    Value,
    /// Baseline and target are shares of the account's seats.
    Seats,
}

#[derive(Clone, Copy)]
struct GoalDef {
    title: &'static str,
    metric: &'static str,
    unit: &'static str,
    higher: bool,
    baseline: (f64, f64),
    target: Target,
    decimals: u32,
    /// Money per unit of improvement (mid-market size), and how often the customer agreed one.
    value: Option<(f64, f64, f64)>,
    scale: Scale,
}

#[allow(clippy::too_many_arguments)]
const fn goal(
    title: &'static str,
    metric: &'static str,
    unit: &'static str,
    higher: bool,
    baseline: (f64, f64),
    target: Target,
    decimals: u32,
    value: Option<(f64, f64, f64)>,
    scale: Scale,
) -> GoalDef {
    GoalDef {
        title,
        metric,
        unit,
        higher,
        baseline,
        target,
        decimals,
        value,
        scale,
    }
}

#[rustfmt::skip]
const EXEC_GOALS: &[GoalDef] = &[
    goal("Cut ticket resolution time", "Median ticket resolution time", "hours", false,
        (18.0, 48.0), Target::Factor(0.55, 0.7), 1, Some((900.0, 1600.0, 1.0)), Scale::Value),
    goal("Reduce manual processing cost", "Manual processing hours per month", "hours/month", false,
        (300.0, 900.0), Target::Factor(0.5, 0.7), 0, Some((540.0, 840.0, 1.0)), Scale::Metric),
    goal("Shorten the order-to-cash cycle", "Days sales outstanding", "days", false,
        (42.0, 68.0), Target::Delta(-15.0, -8.0), 1, Some((3000.0, 9000.0, 1.0)), Scale::Value),
    goal("Improve on-time delivery", "On-time delivery rate", "%", true,
        (81.0, 89.0), Target::Absolute(94.0, 97.0), 1, Some((4000.0, 12000.0, 1.0)), Scale::Value),
    goal("Lift customer retention", "Gross customer retention", "%", true,
        (82.0, 89.0), Target::Delta(4.0, 7.0), 1, Some((8000.0, 20000.0, 1.0)), Scale::Value),
    goal("Reduce compliance incidents", "Compliance incidents per quarter", "incidents", false,
        (10.0, 24.0), Target::Factor(0.3, 0.5), 0, Some((2500.0, 8000.0, 1.0)), Scale::Value),
];

#[rustfmt::skip]
const CHAMPION_GOALS: &[GoalDef] = &[
    goal("Automate weekly reporting", "Reports automated", "reports", true,
        (0.0, 4.0), Target::Absolute(18.0, 40.0), 0, Some((250.0, 450.0, 0.5)), Scale::None),
    goal("Raise weekly active usage", "Weekly active users", "users", true,
        (0.3, 0.45), Target::Absolute(0.75, 0.9), 0, None, Scale::Seats),
    goal("Consolidate legacy tools", "Tools in use", "tools", false,
        (5.0, 9.0), Target::Absolute(2.0, 3.0), 0, Some((6000.0, 18000.0, 0.8)), Scale::Value),
    goal("Speed up approvals", "Approval turnaround time", "hours", false,
        (30.0, 72.0), Target::Factor(0.2, 0.35), 1, None, Scale::None),
    goal("Increase first-contact resolution", "First-contact resolution rate", "%", true,
        (52.0, 66.0), Target::Absolute(75.0, 85.0), 1, None, Scale::None),
    goal("Onboard new hires faster", "Days to productivity for new hires", "days", false,
        (30.0, 45.0), Target::Absolute(14.0, 21.0), 0, Some((300.0, 500.0, 0.4)), Scale::None),
];

#[rustfmt::skip]
const END_USER_GOALS: &[GoalDef] = &[
    goal("Spend less time on data entry", "Data entry time per person per week", "hours/week", false,
        (5.0, 10.0), Target::Absolute(1.5, 3.5), 1, Some((1900.0, 2900.0, 0.5)), Scale::Value),
    goal("Find the right report faster", "Time to find a report", "minutes", false,
        (12.0, 25.0), Target::Absolute(2.0, 5.0), 1, None, Scale::None),
    goal("Fewer handoffs per request", "Handoffs per request", "handoffs", false,
        (4.0, 7.0), Target::Absolute(1.0, 2.0), 1, None, Scale::None),
    goal("Answer more questions self-service", "Questions answered self-service", "%", true,
        (18.0, 35.0), Target::Absolute(60.0, 75.0), 0, None, Scale::None),
    goal("Close the month faster", "Month-end close duration", "days", false,
        (8.0, 12.0), Target::Absolute(3.0, 5.0), 1, Some((1500.0, 4000.0, 0.6)), Scale::Value),
];

// Success-plan templates ----------------------------------------------------------------------

const STAGES: [&str; 5] = [
    "discovery",
    "benchmark_goals",
    "plan",
    "collaboration",
    "success_dashboard",
];

/// (title, owned by the customer) per stage.
const MILESTONES_BY_STAGE: [&[(&str, bool)]; 5] = [
    &[
        ("Kickoff with the executive sponsor", false),
        ("Map stakeholders and success criteria", false),
        ("Document current workflows", true),
    ],
    &[
        ("Agree baseline metrics", true),
        ("Sign off success goals with the sponsor", true),
        ("Set up baseline measurement", false),
    ],
    &[
        ("Publish the success plan", false),
        ("Configure SSO and user provisioning", true),
        ("Admin training", false),
        ("Roll out to the first team", true),
    ],
    &[
        ("Roll out to all teams", true),
        ("Connect the CRM integration", true),
        ("Launch an internal champions program", true),
        ("Monthly working sessions", false),
        ("Advanced workflows workshop", false),
    ],
    &[
        ("Launch the success dashboard", false),
        ("First value review with the sponsor", false),
        ("Agree next year's value goals", true),
    ],
];

// NPS comments --------------------------------------------------------------------------------

/// `{feature}`, `{product}` and `{csm}` are replaced by the account's own.
const PROMOTER_COMMENTS: &[&str] = &[
    "{product} has become part of how we work every day. {feature} alone saves my team hours each week.",
    "{csm} is fantastic - always one step ahead of our questions.",
    "We rolled {product} out to two more teams this quarter and nobody wants to go back.",
    "Support is quick and actually knows the product. Tickets get solved the same day.",
    "{feature} is exactly what we needed. Setup took an afternoon.",
    "Best vendor relationship we have. The quarterly reviews with {csm} are genuinely useful.",
    "Reliable, fast, and the roadmap keeps delivering what we ask for.",
    "Our leadership finally trusts the numbers, and {feature} made that possible.",
    "Easy to recommend. We hit our first goal two months early.",
    "Great product, great people.",
    "The recent improvements to {feature} made a real difference for us.",
    "Onboarding was smooth and {csm} made sure every team got trained.",
    "Love it!",
];

const PASSIVE_COMMENTS: &[&str] = &[
    "Solid product. {feature} works well, but reporting could be more flexible.",
    "Good overall. Would love better documentation for admins.",
    "{product} does what we need; pricing is on the high side for a team our size.",
    "Mostly happy. A few sync issues last month slowed us down.",
    "The core is strong, but the mobile experience needs work.",
    "Useful, though adoption outside my team is still slow.",
    "Support is responsive, but some fixes take a while to land.",
    "Works fine. I'd like more control over permissions.",
    "We get value from {feature}, but setting up new workflows is still too manual.",
    "Good tool, could be faster with large data sets.",
    "Fine for now.",
];

const DETRACTOR_COMMENTS: &[&str] = &[
    "Too many outages this quarter. We lost a day of work twice.",
    "{feature} is hard to configure and the docs don't help.",
    "We pay for far more seats than we use. Hard to justify at renewal.",
    "Support tickets sit for days without a real answer.",
    "Our team went back to spreadsheets for most things.",
    "Performance has gotten worse since the last update.",
    "We were promised an integration that still doesn't work.",
    "Hard to see the value for the price right now.",
    "Too complicated for occasional users; people give up after signing in.",
    "Since our CSM changed we have heard very little from you.",
    "Data sync breaks every few weeks and we have to chase it.",
    "Not what we expected from the demo. Adoption is low.",
];

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

/// What is shared by all accounts of one run.
struct Ctx {
    seed: u64,
    /// Digits of the account number (at least 5), so that text order is numeric order.
    width: usize,
    /// Company names are a permutation of the name grid: account i gets slot
    /// (i × step + offset) mod grid, which is unique for the first `grid` accounts.
    step: u64,
    offset: u64,
}

const GRID: u64 = (NAME_FIRST.len() * NAME_NOUN.len()) as u64;

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

impl Ctx {
    fn new(accounts: usize, seed: u64) -> Ctx {
        let width = accounts.to_string().len().max(5);
        let mut step = splitmix(seed ^ 0x5eed) % GRID;
        while step < 2 || gcd(step, GRID) != 1 {
            step = (step + 1) % GRID;
        }
        Ctx {
            seed,
            width,
            step,
            offset: splitmix(seed ^ 0x0ff5e7) % GRID,
        }
    }

    /// Company name and industry of account `i`; unique per account.
    fn company(&self, i: usize) -> (String, &'static str) {
        let i = i as u64;
        let slot = ((i % GRID) * self.step + self.offset) % GRID;
        let first = NAME_FIRST[(slot % NAME_FIRST.len() as u64) as usize];
        let (noun, industry) = NAME_NOUN[(slot / NAME_FIRST.len() as u64) as usize];
        let round = i / GRID;
        let name = if round == 0 {
            format!("{first} {noun}")
        } else {
            let r = (round - 1) as usize;
            let suffix = NAME_SUFFIX[r % NAME_SUFFIX.len()];
            match r / NAME_SUFFIX.len() {
                0 => format!("{first} {noun} {suffix}"),
                n => format!("{first} {noun} {suffix} {}", n + 1),
            }
        };
        (name, industry)
    }

    /// Generates every row of account `i` into `out`. Each table draws from its own
    /// generator, so changing how one table is made leaves the others as they were.
    fn account(&self, i: usize, out: &mut Out) {
        let (name, industry) = self.company(i);
        let p = Profile::new(i, self.width, &mut rng_for(self.seed, i, 0));
        out.row(
            ACCOUNTS,
            [
                V::T(p.id.clone()),
                V::T(name.clone()),
                V::S(p.segment),
                V::S(industry),
                V::S(p.region),
                V::S(p.touch_model),
                V::S(p.csm.0),
                V::S(p.csm.1),
                V::T(ds(p.contract_start)),
                V::T(ds(p.renewal_date)),
                V::S(p.currency),
            ],
        );
        licenses_and_arr(&p, out);
        let domain = format!("{}.example", ascii_word(&name));
        let contacts = contacts(&p, &domain, &mut rng_for(self.seed, i, 1), out);
        let favourite = usage(&p, &mut rng_for(self.seed, i, 2), out);
        goals(&p, &mut rng_for(self.seed, i, 3), out);
        success_plan(&p, &contacts, &mut rng_for(self.seed, i, 4), out);
        tickets(&p, &mut rng_for(self.seed, i, 5), out);
        nps(&p, &contacts, favourite, &mut rng_for(self.seed, i, 6), out);
    }
}

/// Everything about one account that its rows are made from.
struct Profile {
    /// Index of the account (0-based).
    i: usize,
    id: String,
    /// The zero-padded number in the account's id, used in the ids of its rows.
    num: String,
    segment: &'static str,
    touch_model: &'static str,
    region: &'static str,
    /// (name, email, region).
    csm: (&'static str, &'static str, &'static str),
    currency: &'static str,
    /// 0.25 for SMB, 1 for mid-market, 4 for enterprise: scales money and volumes.
    size: f64,
    contract_start: NaiveDate,
    /// Month index of the contract start (negative before October 2024).
    start_m: i32,
    renewal_date: NaiveDate,
    /// Health: a level and a drift over the 24 months.
    level: f64,
    drift: f64,
    /// The renewal the customer did not make.
    churn: Option<NaiveDate>,
    /// The products bought, the first one with the contract.
    products: Vec<usize>,
    licenses: Vec<Lic>,
    /// Money per seat and year of each product, after discount, in the account's currency.
    unit_price: [f64; 3],
}

impl Profile {
    fn new(i: usize, width: usize, r: &mut Rng) -> Profile {
        let n = i + 1;
        let segment = weighted(
            r,
            &[("SMB", 0.5), ("Mid-Market", 0.35), ("Enterprise", 0.15)],
        );
        let touch_model = match segment {
            "SMB" => weighted(r, &[("digital", 0.8), ("pooled", 0.2)]),
            "Mid-Market" => weighted(r, &[("digital", 0.1), ("pooled", 0.6), ("high-touch", 0.3)]),
            _ => weighted(r, &[("pooled", 0.1), ("high-touch", 0.9)]),
        };
        let region = weighted(
            r,
            &[
                ("NA", 0.45),
                ("EMEA", 0.30),
                ("APAC", 0.15),
                ("LATAM", 0.10),
            ],
        );
        let csms: Vec<_> = CSMS.iter().filter(|c| c.2 == region).collect();
        let csm = *csms[r.u32(0..csms.len() as u32) as usize];
        let currency = if region == "EMEA" {
            weighted(r, &[("EUR", 0.55), ("GBP", 0.25), ("USD", 0.20)])
        } else {
            "USD"
        };
        let size = match segment {
            "SMB" => 0.25,
            "Mid-Market" => 1.0,
            _ => 4.0,
        };
        let contract_start = NaiveDate::from_ymd_opt(2022, 1, 1).expect("valid constant date")
            + Days::new(r.u64(0..1461));
        let level = 0.1 + 0.9 * (r.f64() + r.f64()) / 2.0;
        let drift = uni(r, -0.3, 0.3);
        let mut p = Profile {
            i,
            id: format!("ACC-{n:0width$}"),
            num: format!("{n:0width$}"),
            segment,
            touch_model,
            region,
            csm,
            currency,
            size,
            contract_start,
            start_m: month_index(contract_start),
            renewal_date: contract_start,
            level,
            drift,
            churn: None,
            products: Vec::new(),
            licenses: Vec::new(),
            unit_price: [0.0; 3],
        };

        // Renewals happen on contract anniversaries; unhealthy customers may leave at one.
        let anniversaries: Vec<NaiveDate> = (1..6)
            .map(|y| add_years(contract_start, y))
            .filter(|d| *d >= month_start(2) && *d <= last_day())
            .collect();
        if !anniversaries.is_empty() {
            let h_end = p.h(MONTHS - 1);
            if chance(r, 0.01 + 0.32 * (1.0 - h_end) * (1.0 - h_end)) {
                p.churn = Some(pick(r, &anniversaries));
                p.drift = -(p.drift.abs().max(0.15));
            }
        }

        let n_products = match segment {
            "SMB" => weighted(r, &[(1, 0.7), (2, 0.3)]),
            "Mid-Market" => weighted(r, &[(1, 0.35), (2, 0.45), (3, 0.2)]),
            _ => weighted(r, &[(2, 0.4), (3, 0.6)]),
        };
        let mut order = [0usize, 1, 2];
        order.swap(0, weighted(r, &[(0usize, 0.5), (1, 0.3), (2, 0.2)]));
        if chance(r, 0.5) {
            order.swap(1, 2);
        }
        p.products = order[..n_products].to_vec();
        let discount = match segment {
            "SMB" => uni(r, 0.0, 0.1),
            "Mid-Market" => uni(r, 0.08, 0.22),
            _ => uni(r, 0.2, 0.4),
        };
        let price_factor = match currency {
            "EUR" => 0.92,
            "GBP" => 0.79,
            _ => 1.0,
        };
        for (k, def) in PRODUCTS.iter().enumerate() {
            p.unit_price[k] = def.price * price_factor * (1.0 - discount);
        }
        p.make_licenses(r);
        p
    }

    /// Health in month `m`, 0…1.
    fn h(&self, m: i32) -> f64 {
        (self.level + self.drift * (m as f64 / 23.0 - 0.5)).clamp(0.05, 1.0)
    }

    fn churn_m(&self) -> Option<i32> {
        self.churn.map(month_index)
    }

    /// The last day the account is a customer within the data.
    fn last_active_day(&self) -> NaiveDate {
        self.churn
            .map(|c| c - Days::new(1))
            .unwrap_or(last_day())
            .min(last_day())
    }

    /// Seats of product `p` licensed on the last day of month `m`.
    fn seats_at(&self, p: usize, m: i32) -> i64 {
        let end = month_end(m);
        self.licenses
            .iter()
            .filter(|l| l.product == p && l.starts_on <= end && l.ends_on >= end)
            .map(|l| l.seats)
            .sum()
    }

    /// Yearly license terms per product from the contract start to the end of the data (or
    /// the churn), with expansion or contraction at each renewal and the odd mid-term add-on.
    fn make_licenses(&mut self, r: &mut Rng) {
        let base_seats = match self.segment {
            "SMB" => int(r, 8, 60) as f64,
            "Mid-Market" => 50.0 + 350.0 * r.f64() * r.f64(),
            _ => 300.0 + 3700.0 * r.f64() * r.f64(),
        };
        let churn = self.churn;
        let active = |d: NaiveDate| d <= last_day() && churn.is_none_or(|c| d < c);
        for k in 0..self.products.len() {
            let product = self.products[k];
            // The second and third products start with the contract or are sold at a renewal.
            let mut start = self.contract_start;
            if k > 0 && chance(r, 0.5) {
                let later: Vec<NaiveDate> = (1..5)
                    .map(|y| add_years(self.contract_start, y))
                    .filter(|d| active(*d))
                    .collect();
                if !later.is_empty() {
                    start = pick(r, &later);
                }
            }
            let share = if k == 0 { 1.0 } else { uni(r, 0.3, 0.9) };
            let mut seats = (base_seats * share).round().max(3.0);
            let mut term = start;
            while active(term) {
                // Terms end the day before an anniversary.
                let end = add_years(term, 1) - Days::new(1);
                self.licenses.push(Lic {
                    product,
                    seats: seats as i64,
                    starts_on: term,
                    ends_on: end,
                });
                if k == 0 {
                    self.renewal_date = end + Days::new(1);
                }
                let h = self.h(month_index(term).clamp(-12, MONTHS - 1));
                // A mid-term add-on for accounts that outgrow their seats.
                if h > 0.7 && chance(r, 0.12) {
                    let from = term + Months::new(r.u32(3..10));
                    if active(from) {
                        let extra = (seats * uni(r, 0.05, 0.2)).round().max(1.0) as i64;
                        self.licenses.push(Lic {
                            product,
                            seats: extra,
                            starts_on: from,
                            ends_on: end,
                        });
                        seats += extra as f64;
                    }
                }
                // What happens at the renewal: expansion, the same, or contraction.
                let change = if h > 0.7 {
                    weighted(r, &[(1, 0.6), (0, 0.3), (-1, 0.1)])
                } else if h > 0.45 {
                    weighted(r, &[(1, 0.35), (0, 0.4), (-1, 0.25)])
                } else {
                    weighted(r, &[(1, 0.1), (0, 0.35), (-1, 0.55)])
                };
                seats = match change {
                    1 => seats * uni(r, 1.05, 1.35),
                    -1 => seats * uni(r, 0.65, 0.92),
                    _ => seats,
                }
                .round()
                .max(3.0);
                term = end + Days::new(1);
            }
        }
    }
}

/// License rows, and ARR at each month end from the first month of the contract (0 from the
/// churn month on).
fn licenses_and_arr(p: &Profile, out: &mut Out) {
    for l in &p.licenses {
        out.row(
            LICENSES,
            [
                V::T(p.id.clone()),
                V::S(PRODUCTS[l.product].name),
                V::I(l.seats),
                V::T(ds(l.starts_on)),
                V::T(ds(l.ends_on)),
            ],
        );
    }
    for m in p.start_m.max(0)..MONTHS {
        let arr: f64 = (0..3)
            .map(|k| p.seats_at(k, m) as f64 * p.unit_price[k])
            .sum();
        out.row(
            ARR,
            [
                V::T(p.id.clone()),
                V::T(ds(month_start(m))),
                V::R(cents(arr)),
            ],
        );
    }
}

/// A sponsor, one or two champions, an admin and a few end users.
fn contacts(p: &Profile, domain: &str, r: &mut Rng, out: &mut Out) -> Vec<Person> {
    let home_locale = weighted(r, region_locales(p.region));
    let mut roles = vec!["executive_sponsor", "champion"];
    if p.segment == "Enterprise" && chance(r, 0.5) {
        roles.push("champion");
    }
    roles.push("admin");
    let end_users = match p.segment {
        "SMB" => int(r, 1, 3),
        "Mid-Market" => int(r, 2, 4),
        _ => int(r, 3, 5),
    };
    roles.extend(std::iter::repeat_n("end_user", end_users as usize));
    let mut contacts: Vec<Person> = Vec::new();
    for (k, role) in roles.into_iter().enumerate() {
        let locale = if chance(r, 0.8) { home_locale } else { "en" };
        let (_, firsts, lasts) = NAMES
            .iter()
            .find(|x| x.0 == locale)
            .copied()
            .unwrap_or(NAMES[0]);
        let (first, last) = loop {
            let f = pick(r, firsts);
            let l = pick(r, lasts);
            if !contacts.iter().any(|c| c.first == f && c.last == l) {
                break (f, l);
            }
        };
        let person = Person {
            contact_id: format!("CT-{}-{:02}", p.num, k + 1),
            first,
            last,
            role,
            unsubscribed: chance(r, 0.07),
        };
        out.row(
            CONTACTS,
            [
                V::T(person.contact_id.clone()),
                V::T(p.id.clone()),
                V::T(person.name()),
                V::T(format!(
                    "{}.{}@{domain}",
                    ascii_word(first),
                    ascii_word(last)
                )),
                V::S(role),
                V::S(locale),
                V::I(person.unsubscribed as i64),
            ],
        );
        contacts.push(person);
    }
    contacts
}

/// Monthly usage per licensed product and feature. Returns the account's most used feature
/// (other than sign-in) and its product, for NPS comments.
fn usage(p: &Profile, r: &mut Rng, out: &mut Out) -> (&'static str, &'static str) {
    let n_features = match p.segment {
        "SMB" => int(r, 5, 6),
        "Mid-Market" => int(r, 6, 7),
        _ => int(r, 7, 8),
    } as usize;
    let adoption_trend = p.drift * 1.2 + uni(r, -0.1, 0.15);
    // Fault: usage that stopped arriving three months before the end.
    let last_m = if p.i % 199 == 17 {
        MONTHS - 4
    } else {
        MONTHS - 1
    };
    let mut favourite = ("Sign-in", PRODUCTS[p.products[0]].name);
    let mut favourite_at = (i32::MIN, -1i64);
    for &k in &p.products {
        let def = &PRODUCTS[k];
        let Some(first) = p
            .licenses
            .iter()
            .filter(|l| l.product == k)
            .map(|l| l.starts_on)
            .min()
        else {
            continue;
        };
        let first_m = month_index(first);
        let offset = uni(r, -0.08, 0.08);
        let affinity: Vec<f64> = def.features.iter().map(|_| uni(r, 0.7, 1.25)).collect();
        for m in first_m.max(0)..=last_m {
            let seats = p.seats_at(k, m);
            if seats == 0 {
                continue;
            }
            // New users take a quarter to arrive.
            let ramp = match m - first_m {
                0 => 0.45,
                1 => 0.7,
                2 => 0.88,
                _ => 1.0,
            };
            let h = p.h(m);
            let util = ((0.1 + 0.95 * h + offset + uni(r, -0.04, 0.04)) * ramp).clamp(0.05, 1.08);
            let active = (seats as f64 * util).round() as i64;
            let trend = (0.85 + adoption_trend * (m as f64 / 23.0 - 0.3)).clamp(0.4, 1.3);
            let features = def.features.iter().take(n_features).enumerate();
            for (f, &(feature, share, per_user, launch)) in features {
                if m < launch {
                    continue;
                }
                // Sign-in carries every active user of the product.
                let users = if f == 0 {
                    active
                } else {
                    let launch_ramp = if launch > 0 {
                        ((m - launch + 1) as f64 / 6.0).min(1.0)
                    } else {
                        1.0
                    };
                    let s = share * affinity[f] * trend * launch_ramp * uni(r, 0.94, 1.06);
                    ((active as f64 * s).round() as i64).min(active)
                };
                let events =
                    (users as f64 * per_user * (0.7 + 0.6 * h) * uni(r, 0.8, 1.2)).round() as i64;
                if f > 0 && (m, users) > favourite_at {
                    favourite = (feature, def.name);
                    favourite_at = (m, users);
                }
                out.row(
                    USAGE,
                    [
                        V::T(p.id.clone()),
                        V::T(ds(month_start(m))),
                        V::S(feature),
                        V::S(def.name),
                        V::I(users),
                        V::I(events),
                    ],
                );
            }
        }
    }
    favourite
}

/// 2–5 goals across the stakeholders, with measurements that move toward the target.
fn goals(p: &Profile, r: &mut Rng, out: &mut Out) {
    // Thin: an account that never agreed goals.
    if p.i % 97 == 41 {
        return;
    }
    // Fault: a goal nobody measures.
    let unmeasured_goal = p.i % 211 == 100;
    let n_goals = match p.segment {
        "SMB" => int(r, 2, 3),
        "Mid-Market" => int(r, 2, 4),
        _ => int(r, 3, 5),
    } as usize;
    let mut used: Vec<&str> = Vec::new();
    for k in 0..n_goals {
        let (role, defs) = match k {
            0 => ("executive_sponsor", EXEC_GOALS),
            1 => ("champion", CHAMPION_GOALS),
            2 => ("end_user", END_USER_GOALS),
            _ => weighted(
                r,
                &[
                    (("executive_sponsor", EXEC_GOALS), 0.3),
                    (("champion", CHAMPION_GOALS), 0.4),
                    (("end_user", END_USER_GOALS), 0.3),
                ],
            ),
        };
        let def = loop {
            let d = pick(r, defs);
            if !used.contains(&d.title) {
                break d;
            }
        };
        used.push(def.title);
        let goal_id = format!("GL-{}-{}", p.num, k + 1);
        // When the goal was set: after onboarding for new customers, at a review in the first
        // year of the data for older ones, and a few for the next period.
        let set_on = if chance(r, 0.08) {
            month_start(20) + Days::new(r.u64(0..120))
        } else if p.contract_start >= month_start(-1) {
            p.contract_start + Days::new(r.u64(20..75))
        } else {
            month_start(-1) + Days::new(r.u64(0..365))
        };
        // Churned customers set their goals well before they left.
        let set_on = match p.churn {
            Some(c) if set_on > c - Days::new(120) => c - Days::new(r.u64(120..240)),
            _ => set_on,
        };
        let target_date = set_on + Months::new(r.u32(6..16));
        let seats_then: i64 = (0..3)
            .map(|k| p.seats_at(k, month_index(set_on).clamp(p.start_m.max(-12), MONTHS - 1)))
            .sum();
        let scale = match def.scale {
            Scale::Metric => p.size,
            Scale::Seats => seats_then.max(10) as f64,
            _ => 1.0,
        };
        let baseline = round_to(uni(r, def.baseline.0, def.baseline.1) * scale, def.decimals);
        let target = match def.target {
            Target::Factor(a, b) => baseline * uni(r, a, b),
            Target::Delta(a, b) => baseline + uni(r, a, b),
            Target::Absolute(a, b) if def.scale == Scale::Seats => uni(r, a, b) * scale,
            Target::Absolute(a, b) => uni(r, a, b),
        };
        let mut target = round_to(target, def.decimals);
        if def.unit == "%" {
            target = target.min(99.5);
        }
        if target == baseline {
            target = baseline + if def.higher { 1.0 } else { -1.0 };
        }
        let value_per_unit = def.value.and_then(|(lo, hi, share)| {
            chance(r, share).then(|| {
                let scale = if def.scale == Scale::Value {
                    p.size
                } else {
                    1.0
                };
                (uni(r, lo, hi) * scale).round()
            })
        });
        out.row(
            GOALS,
            [
                V::T(goal_id.clone()),
                V::T(p.id.clone()),
                V::S(role),
                V::S(def.title),
                V::S(def.metric),
                V::S(def.unit),
                V::S(if def.higher { "higher" } else { "lower" }),
                V::R(baseline),
                V::R(target),
                V::T(ds(target_date)),
                value_per_unit.map(V::R).unwrap_or(V::NullR),
            ],
        );
        if unmeasured_goal && k + 1 == n_goals {
            continue;
        }
        // Where the goal ends up at its target date (1 = reached), driven by health.
        let h = p.h(month_index(target_date).min(MONTHS - 1));
        let outcome = curve(h, 0.15, 0.9, 1.3) + uni(r, -0.2, 0.2);
        let quarterly = chance(r, 0.3);
        let span_days = (target_date - set_on).num_days().max(1) as f64;
        let stop = p.last_active_day();
        let mut m = month_index(set_on) + 1;
        loop {
            let on = month_end(m);
            if on > stop {
                break;
            }
            m += 1;
            if on < first_day() || (quarterly && !on.month().is_multiple_of(3)) {
                continue;
            }
            let x = (on - set_on).num_days() as f64 / span_days;
            // Fast at first, then slower; a little further after the target date.
            let s = if x <= 1.0 {
                x * (1.4 - 0.4 * x)
            } else {
                (1.0 + 0.15 * (x - 1.0)).min(1.25)
            };
            // Nobody beats a target by far: a third of the distance at most.
            let progress = (outcome * s + uni(r, -0.07, 0.07)).min(1.33);
            let mut value = baseline + progress * (target - baseline);
            if def.unit == "%" {
                value = value.min(100.0);
            }
            if !def.higher {
                // Hours, days and counts do not fall to nothing.
                value = value.max(0.6 * target);
            }
            let value = round_to(value.max(0.0), def.decimals);
            out.row(
                MEASUREMENTS,
                [V::T(goal_id.clone()), V::T(ds(on)), V::R(value)],
            );
        }
    }
}

/// 5–8 milestones through the five stages of the success plan.
fn success_plan(p: &Profile, contacts: &[Person], r: &mut Rng, out: &mut Out) {
    // Thin: an account without a success plan.
    if p.i % 113 == 60 {
        return;
    }
    let mut stages: Vec<usize> = (0..5).collect();
    for _ in 0..int(r, 0, 3) {
        let stage = r.u32(0..5) as usize;
        // Never more milestones in a stage than it has titles.
        if stages.iter().filter(|s| **s == stage).count() < MILESTONES_BY_STAGE[stage].len() {
            stages.push(stage);
        }
    }
    stages.sort_unstable();
    // New customers start their plan at once; older ones renewed theirs in the last year.
    let plan_start = if p.contract_start >= month_start(3) {
        p.contract_start + Days::new(r.u64(3..14))
    } else {
        month_start(9) + Days::new(r.u64(0..330))
    };
    let p_done = curve(p.h(MONTHS - 1), 0.15, 0.69, 0.98);
    let cutoff = p.last_active_day();
    let mut due = plan_start;
    let mut used: Vec<&str> = Vec::new();
    for (k, &stage) in stages.iter().enumerate() {
        let (title, customer) = loop {
            let t = pick(r, MILESTONES_BY_STAGE[stage]);
            if !used.contains(&t.0) {
                break t;
            }
        };
        used.push(title);
        due = due + Days::new(r.u64(18..60));
        let owner = if customer {
            let role = weighted(
                r,
                &[
                    ("champion", 0.6),
                    ("admin", 0.25),
                    ("executive_sponsor", 0.15),
                ],
            );
            contacts
                .iter()
                .find(|c| c.role == role)
                .map(|c| c.name())
                .unwrap_or_default()
        } else if chance(r, 0.7) {
            p.csm.0.to_string()
        } else {
            pick(r, SPECIALISTS).to_string()
        };
        let completed = if due <= last_day() {
            // Early steps are the likeliest to be done.
            let p_this = (p_done + 0.12 * (1.0 - k as f64 / stages.len() as f64)).min(0.98);
            if chance(r, p_this) {
                let late = chance(
                    r,
                    0.1 + 0.35 * (1.0 - p.h(month_index(due).min(MONTHS - 1))),
                );
                let delta = if late { int(r, 3, 45) } else { int(r, -14, 0) };
                Some(add_days(due, delta))
            } else {
                None
            }
        } else if chance(r, 0.15) {
            Some(add_days(due, -int(r, 5, 40)))
        } else {
            None
        };
        let completed = completed.filter(|c| *c <= cutoff && *c >= plan_start);
        out.row(
            MILESTONES,
            [
                V::T(format!("MS-{}-{:02}", p.num, k + 1)),
                V::T(p.id.clone()),
                V::S(title),
                V::S(STAGES[stage]),
                V::S(if customer { "customer" } else { "vendor" }),
                V::T(owner),
                V::T(ds(due)),
                opt_date(completed),
            ],
        );
    }
}

/// Support tickets while the account is a customer; more and worse when it is unhealthy.
fn tickets(p: &Profile, r: &mut Rng, out: &mut Out) {
    let per_month = match p.segment {
        "SMB" => 0.25,
        "Mid-Market" => 0.8,
        _ => 2.2,
    };
    let mut t = 0;
    let last_m = p.churn_m().unwrap_or(MONTHS - 1).min(MONTHS - 1);
    for m in p.start_m.max(0)..=last_m {
        let h = p.h(m);
        let rate = per_month * (1.5 - 0.8 * h);
        let count = rate.floor() as i64 + chance(r, rate.fract()) as i64;
        for _ in 0..count {
            let start = month_start(m);
            let days_in_month = (month_start(m + 1) - start).num_days() as u64;
            let opened = start + Days::new(r.u64(0..days_in_month));
            if opened < p.contract_start || opened > p.last_active_day() {
                continue;
            }
            t += 1;
            let severity = weighted(
                r,
                &[
                    ("critical", 0.01 + 0.12 * (1.0 - h)),
                    ("high", 0.15),
                    ("normal", 0.45),
                    ("low", 0.38),
                ],
            );
            let p_escalated = match severity {
                "critical" => 0.55,
                "high" => 0.08 + 0.3 * (1.0 - h),
                "normal" => 0.03,
                _ => 0.01,
            };
            let escalated = chance(r, p_escalated);
            let mut days = match severity {
                "critical" => int(r, 0, 2),
                "high" => int(r, 0, 5),
                "normal" => int(r, 1, 8),
                _ => int(r, 1, 12),
            };
            if chance(r, 0.05) {
                days += int(r, 10, 30);
            }
            // Open at the end of the data when not solved by then, and a rare forgotten one.
            let closed = Some(opened + Days::new(days as u64))
                .filter(|c| *c <= last_day() && !chance(r, 0.004));
            let csat = if closed.is_some() && chance(r, 0.55) {
                let score = 2.6 + 2.8 * h + uni(r, -1.0, 1.0)
                    - if escalated { 0.8 } else { 0.0 }
                    - if days > 7 { 0.5 } else { 0.0 };
                V::I(score.round().clamp(1.0, 5.0) as i64)
            } else {
                V::NullI
            };
            out.row(
                TICKETS,
                [
                    V::T(format!("TK-{}-{t:04}", p.num)),
                    V::T(p.id.clone()),
                    V::T(ds(opened)),
                    opt_date(closed),
                    V::S(severity),
                    V::I(escalated as i64),
                    csat,
                ],
            );
        }
    }
}

/// A relationship survey every six months, answered by some of the subscribed contacts.
fn nps(p: &Profile, contacts: &[Person], favourite: (&str, &str), r: &mut Rng, out: &mut Out) {
    let wave_offset = r.u32(0..6) as i32;
    // Segments where NPS is unusually low or high, for the leadership pack's hot spots.
    let hot_spot = match (p.region, p.segment) {
        ("LATAM", _) => -0.6,
        (_, "Enterprise") => 0.4,
        _ => 0.0,
    };
    let csm_first = p.csm.0.split(' ').next().unwrap_or(p.csm.0);
    let mut said: Vec<&str> = Vec::new();
    let mut k = 0;
    // Thin: an account that never answered a survey.
    let waves = if p.i % 89 == 23 { 0 } else { 4 };
    for wave in 0..waves {
        let m = wave_offset + 6 * wave;
        if m <= p.start_m || p.churn_m().is_some_and(|c| m >= c) {
            continue;
        }
        for c in contacts.iter().filter(|c| !c.unsubscribed) {
            let sponsor = c.role == "executive_sponsor";
            let p_answer = (0.25 + 0.2 * p.h(m)) * if sponsor { 0.7 } else { 1.0 };
            if !chance(r, p_answer) {
                continue;
            }
            k += 1;
            let on = month_start(m) + Days::new(r.u64(0..28));
            let role_bias = match c.role {
                "executive_sponsor" => 0.3,
                "end_user" => -0.4,
                _ => 0.0,
            };
            // The product got better over the two years.
            let mean = 4.0 + 7.0 * p.h(m) + role_bias + hot_spot + 0.6 * m as f64 / 23.0;
            let score = (mean + uni(r, -1.5, 1.5) + uni(r, -1.0, 1.0))
                .round()
                .clamp(0.0, 10.0) as i64;
            let comment = if chance(r, 0.7) {
                let templates = match score {
                    9..=10 => PROMOTER_COMMENTS,
                    7..=8 => PASSIVE_COMMENTS,
                    _ => DETRACTOR_COMMENTS,
                };
                // People at one customer rarely write the same sentence.
                let mut template = pick(r, templates);
                for _ in 0..3 {
                    if !said.contains(&template) {
                        break;
                    }
                    template = pick(r, templates);
                }
                said.push(template);
                V::T(
                    template
                        .replace("{feature}", favourite.0)
                        .replace("{product}", favourite.1)
                        .replace("{csm}", csm_first),
                )
            } else {
                V::NullT
            };
            out.row(
                NPS,
                [
                    V::T(format!("NPS-{}-{k:03}", p.num)),
                    V::T(p.id.clone()),
                    V::T(c.contact_id.clone()),
                    V::T(ds(on)),
                    V::I(score),
                    comment,
                ],
            );
        }
    }
    // Fault: a response keyed to the account id spelled differently, which joins nothing.
    if p.i % 499 == 250 {
        out.row(
            NPS,
            [
                V::T(format!("NPS-{}-900", p.num)),
                V::T(p.id.to_lowercase()),
                V::NullT,
                V::T(ds(month_start(12) + Days::new(9))),
                V::I(8),
                V::NullT,
            ],
        );
    }
}

struct Lic {
    product: usize,
    seats: i64,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
}

struct Person {
    contact_id: String,
    first: &'static str,
    last: &'static str,
    role: &'static str,
    unsubscribed: bool,
}

impl Person {
    fn name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_dates() {
        assert_eq!(ds(month_start(0)), "2024-10-01");
        assert_eq!(ds(month_start(23)), "2026-09-01");
        assert_eq!(ds(last_day()), "2026-09-30");
        assert_eq!(ds(month_start(-10)), "2023-12-01");
        assert_eq!(ds(month_end(4)), "2025-02-28");
        assert_eq!(
            month_index(NaiveDate::from_ymd_opt(2026, 9, 30).unwrap()),
            23
        );
        assert_eq!(
            month_index(NaiveDate::from_ymd_opt(2024, 1, 5).unwrap()),
            -9
        );
    }

    #[test]
    fn company_names_are_unique() {
        let ctx = Ctx::new(12_000, 7);
        let mut names: Vec<String> = (0..12_000).map(|i| ctx.company(i).0).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 12_000);
    }

    #[test]
    fn emails_are_ascii() {
        assert_eq!(ascii_word("Élodie"), "elodie");
        assert_eq!(ascii_word("van den Berg"), "vandenberg");
        assert_eq!(ascii_word("Müller"), "mueller");
        assert_eq!(ascii_word("O'Brien"), "obrien");
    }

    #[test]
    fn same_account_same_rows() {
        let ctx = Ctx::new(100, 42);
        let mut a = Out::default();
        let mut b = Out::default();
        ctx.account(17, &mut a);
        ctx.account(3, &mut b);
        let mut c = Out::default();
        ctx.account(17, &mut c);
        assert_eq!(a.tables, c.tables);
        assert_ne!(a.tables, b.tables);
    }
}
