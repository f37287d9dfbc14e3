//! The data layer: connects to SQLite, PostgreSQL or MySQL/MariaDB through sqlx's `Any`
//! driver, creates the canonical schema, and loads accounts into [`crate::model`] in chunks.
//!
//! Loading costs a fixed number of queries per chunk of accounts (one per table), never one
//! per account. Every query returns portable types only (text, integers, doubles), which is
//! what the `Any` driver can decode; dates travel as ISO-8601 text. A child table's rows come
//! packed, one JSON array per account (`Queries::packed`): the driver's cost is per row
//! (~6 µs through sqlx's SQLite worker), so this reads a full load in 60% of the time.

mod freshness;
mod queries;
mod read;

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, AssertSqlSafe, SqlSafeStr};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::model::{AccountData, FxRate};

pub use queries::{FX_RATES_COLUMNS, Queries, TABLES, Table, fx_rates_default_sql};

/// The embedded default database, created with demo data when missing.
pub const DEFAULT_DB: &str = "samples/demo.db";

/// Which SQL dialect a connection speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
    MySql,
}

impl Backend {
    /// The bind placeholder for the `n`th parameter (1-based).
    pub fn placeholder(self, n: usize) -> String {
        match self {
            Backend::Postgres => format!("${n}"),
            _ => "?".to_string(),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
            Backend::MySql => "MySQL",
        }
    }

    fn from_url(url: &str) -> Result<Backend> {
        let scheme = url.split(':').next().unwrap_or_default();
        match scheme {
            "sqlite" => Ok(Backend::Sqlite),
            "postgres" | "postgresql" => Ok(Backend::Postgres),
            "mysql" | "mariadb" => Ok(Backend::MySql),
            _ => Err(Error::Config(format!(
                "database URL {:?} is not one recap reads; use sqlite://FILE, postgres://USER@HOST/DB or mysql://USER@HOST/DB.",
                redact(url)
            ))),
        }
    }
}

/// Which rows of the dated child tables a pass reads, when it does not need them all (the
/// leadership pack reads a few recent months of every account). The default reads every row.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Window {
    /// Tickets opened on or after this day.
    pub tickets_since: Option<chrono::NaiveDate>,
    /// NPS responses on or after this day.
    pub nps_since: Option<chrono::NaiveDate>,
    /// Usage from this month on, as each product's busiest feature per month (the rows' feature
    /// is empty and events 0): all that seats and health need, a tenth of the rows.
    pub usage_peaks_since: Option<chrono::NaiveDate>,
}

/// Which accounts to load.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Exactly these accounts (one, or a list from `--accounts-file`).
    pub accounts: Option<Vec<String>>,
    pub segment: Option<String>,
    pub csm: Option<String>,
    pub touch_model: Option<String>,
}

/// A connection to the user's data.
pub struct Source {
    pool: AnyPool,
    backend: Backend,
    /// The URL without its password, for messages.
    display: String,
    /// The URL as given, for [`Source::another`]; never printed.
    url: String,
    config: Config,
    queries: Queries,
    /// Whether child rows are read packed into JSON, one row per account and table (see
    /// `Queries::packed`); off once a packed query has failed where the plain one worked.
    packing: AtomicBool,
    rt: tokio::runtime::Runtime,
}

/// Chooses the database: `--database-url`, else `DATABASE_URL`, else `recap.toml`, else the demo file.
pub fn resolve_url(flag: Option<&str>, config: &Config) -> String {
    flag.map(str::to_string)
        .or_else(|| std::env::var("DATABASE_URL").ok().filter(|s| !s.is_empty()))
        .or_else(|| config.database_url.clone())
        .unwrap_or_else(|| format!("sqlite://{DEFAULT_DB}"))
}

/// `url` with any password replaced by `***`.
pub fn redact(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((userinfo, host)) = rest.split_once('@')
        && let Some((user, _)) = userinfo.split_once(':')
    {
        return format!("{scheme}://{user}:***@{host}");
    }
    url.to_string()
}

impl Source {
    /// Connects to `url`. For SQLite, `create` makes the file when it is missing.
    pub fn connect(url: &str, config: &Config, create: bool) -> Result<Source> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url)?;
        let display = redact(url);
        let given = url.to_string();
        let mut url = url.to_string();
        if backend == Backend::Sqlite {
            let path = sqlite_path(&url);
            if !create && !Path::new(&path).exists() {
                return Err(Error::Source(format!(
                    "the SQLite database {path} does not exist; check the path, or run `recap demo --database-url {display}` to create it."
                )));
            }
            if create {
                if let Some(dir) = Path::new(&path)
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| Error::io("create the folder", dir, e))?;
                }
                if !url.contains("mode=") {
                    url.push_str(if url.contains('?') {
                        "&mode=rwc"
                    } else {
                        "?mode=rwc"
                    });
                }
            }
        }
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Source(format!("could not start the database runtime: {e}")))?;
        let pool = rt
            .block_on(
                AnyPoolOptions::new()
                    .max_connections(4)
                    .acquire_timeout(Duration::from_secs(10))
                    .after_connect(move |conn, _| {
                        Box::pin(async move {
                            // MySQL/MariaDB cut an aggregated JSON array at group_concat_max_len
                            // (1 MB by default): an account's packed rows may be longer.
                            if backend == Backend::MySql {
                                use sqlx::Executor;
                                conn.execute("SET SESSION group_concat_max_len = 1073741824")
                                    .await?;
                            }
                            Ok(())
                        })
                    })
                    .connect(&url),
            )
            .map_err(|e| connect_error(&display, backend, e))?;
        let queries = Queries::new(backend, &config.queries);
        Ok(Source {
            pool,
            backend,
            display,
            url: given,
            config: config.clone(),
            queries,
            packing: AtomicBool::new(true),
            rt,
        })
    }

    /// A second connection to the same database, for a pass that reads with two loaders.
    pub fn another(&self) -> Result<Source> {
        Source::connect(&self.url, &self.config, false)
    }

    /// Reads child rows one by one, never packed: the reader packing replaced, kept as the
    /// reference the packed reader is tested against.
    pub fn unpacked(self) -> Source {
        self.packing.store(false, Ordering::Relaxed);
        self
    }

    /// Whether child rows are still read packed (false after [`Source::unpacked`], or once a
    /// packed query failed where the row-by-row one worked).
    pub fn packs(&self) -> bool {
        self.packing.load(Ordering::Relaxed)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL without its password.
    pub fn display(&self) -> &str {
        &self.display
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Runs a future on the data layer's own runtime. The rest of recap is synchronous.
    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.rt.block_on(f)
    }

    /// Creates the canonical tables (idempotent: applied migrations are recorded).
    pub fn migrate(&self) -> Result<()> {
        self.block_on(migrator(self.backend).run(&self.pool))
            .map_err(|e| {
                Error::Source(format!(
                    "could not create recap's tables in {}: {e}",
                    self.display
                ))
            })
    }

    /// Runs one statement with text/number parameters. Used by `demo` and tests.
    pub fn execute(&self, sql: &str, params: &[Param]) -> Result<u64> {
        // recap builds SQL from its own fragments and the user's configured queries; every
        // value goes through a bind parameter.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()));
        for p in params {
            q = p.bind(q);
        }
        self.block_on(q.execute(&self.pool))
            .map(|r| r.rows_affected())
            .map_err(|e| {
                Error::Source(format!(
                    "{} failed on {}: {e}",
                    first_words(sql),
                    self.display
                ))
            })
    }

    /// Runs `sql` and returns its rows; `what` names the query in errors.
    fn fetch(&self, what: &str, sql: &str, params: &[Param]) -> Result<Vec<AnyRow>> {
        // recap builds SQL from its own fragments and the user's configured queries; every
        // value goes through a bind parameter.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.to_string()));
        for p in params {
            q = p.bind(q);
        }
        self.block_on(q.fetch_all(&self.pool))
            .map_err(|e| query_error(what, &self.display, e))
    }

    /// Accounts matching `selection`, `chunk` at a time, in key order.
    pub fn chunks<'a>(&'a self, selection: &'a Selection, chunk: usize) -> Chunks<'a> {
        self.chunks_of(selection, chunk, &TABLES)
    }

    /// Like [`Source::chunks`], with only the child tables of `tables` loaded (the others
    /// left empty): a pass that needs one table (Wrapped's peer population reads usage) skips
    /// the cost of the rest.
    pub fn chunks_of<'a>(
        &'a self,
        selection: &'a Selection,
        chunk: usize,
        tables: &'a [Table],
    ) -> Chunks<'a> {
        Chunks {
            source: self,
            selection,
            chunk: chunk.max(1),
            tables,
            keep: None,
            share: 1,
            window: Window::default(),
            after: None,
            list_pos: 0,
            done: false,
        }
    }

    /// Every account's usage peaks, streamed in account order to `each` (one row at a time,
    /// never all in memory): per account, month and product, the most active users of any
    /// feature. One aggregate query over the `accounts` and `feature_usage_monthly` queries in
    /// force, for Wrapped's peer population: the database does the reading of every usage row.
    /// `from` and `to` limit it to the accounts with keys in `from..to` (see
    /// [`Source::middle_key`]).
    pub fn usage_peaks(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        mut each: impl FnMut(UsagePeak),
    ) -> Result<()> {
        use futures_util::TryStreamExt;
        let sql = self.queries.usage_peaks(from.is_some(), to.is_some());
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for bound in [from, to].into_iter().flatten() {
            q = q.bind(bound.to_string());
        }
        self.block_on(async {
            let mut rows = q.fetch(&self.pool);
            while let Some(row) = rows
                .try_next()
                .await
                .map_err(|e| query_error("feature_usage_monthly", &self.display, e))?
            {
                if let Some(peak) = read::usage_peak(&row)? {
                    each(peak);
                }
            }
            Ok(())
        })
    }

    /// The key that splits the accounts into two halves of (nearly) equal size: the keys
    /// before it and the keys from it on, as the database orders and compares them. `None`
    /// for fewer than two accounts.
    pub fn middle_key(&self) -> Result<Option<String>> {
        let n = match self
            .fetch("accounts", &self.queries.key_count(), &[])?
            .first()
        {
            Some(row) => read::count(row, "n", "accounts")?,
            None => 0,
        };
        if n < 2 {
            return Ok(None);
        }
        let rows = self.fetch("accounts", &self.queries.key_at(n as u64 / 2), &[])?;
        match rows.first() {
            Some(row) => read::opt_text(row, "account_id", "accounts"),
            None => Ok(None),
        }
    }

    /// The accounts (key, name) whose key or name contains `text`, ignoring case, by key, at
    /// most `limit`; every account's when `text` is empty.
    pub fn find_accounts(&self, text: &str, limit: usize) -> Result<Vec<(String, String)>> {
        let pattern = queries::like_pattern(text);
        let params = [Param::Text(pattern.clone()), Param::Text(pattern)];
        let rows = self.fetch("accounts", &self.queries.accounts_matching(limit), &params)?;
        let mut found = Vec::with_capacity(rows.len());
        for row in &rows {
            if let Some(id) = read::opt_text(row, "account_id", "accounts")? {
                let name = read::opt_text(row, "name", "accounts")?.unwrap_or_default();
                found.push((id, name));
            }
        }
        Ok(found)
    }

    /// Loads every selected account at once. For one account or a small list; batches use
    /// [`Source::chunks`].
    pub fn load_all(&self, selection: &Selection) -> Result<Vec<AccountData>> {
        let mut all = Vec::new();
        for chunk in self.chunks(selection, 500) {
            all.extend(chunk?);
        }
        Ok(all)
    }

    /// Every exchange rate of the `fx_rates` query in force (`[queries] fx_rates`, else the
    /// `fx_rates` table), sorted by currency then reporting currency. Codes are trimmed and in
    /// capitals; a row without a code or with a rate that is not a positive number is an error.
    ///
    /// A database without the `fx_rates` table (one made by an older recap, or a warehouse that
    /// keeps no rates) has no rates: `Ok` and empty, and the rates of `recap.toml` are the only
    /// ones. A query of the user's own that fails is an error, like any other failure.
    pub fn fx_rates(&self) -> Result<Vec<FxRate>> {
        let sql = self.queries.fx_rates_sql();
        let result = self.block_on(sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&self.pool));
        let rows = match result {
            Ok(rows) => rows,
            Err(e) if self.queries.fx_rates_is_default() && is_missing_table(&e) => {
                tracing::debug!("{} has no fx_rates table: {e}", self.display);
                return Ok(Vec::new());
            }
            Err(e) => return Err(query_error("fx_rates", &self.display, e)),
        };
        read::require_fx_rates_columns(&rows)?;
        let mut rates = rows.iter().map(read::fx_rate).collect::<Result<Vec<_>>>()?;
        rates.sort_by(|a, b| {
            (&a.currency, &a.reporting_currency).cmp(&(&b.currency, &b.reporting_currency))
        });
        Ok(rates)
    }

    /// Rows of `table` whose account key matches no account: (key, number of rows), by key.
    pub fn orphans(&self, table: Table) -> Result<Vec<(String, i64)>> {
        let sql = self.queries.orphans(table);
        let rows = self.fetch(table.name(), &sql, &[])?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let key =
                read::opt_text(row, "account_id", table.name())?.unwrap_or_else(|| "(null)".into());
            out.push((key, read::count(row, "n", table.name())?));
        }
        out.sort();
        Ok(out)
    }

    /// Loads one chunk, retrying a few times when the database is briefly away (a restart,
    /// a failover): the pool reconnects by itself once the server answers again.
    fn load_chunk(
        &self,
        keys: KeyFilter,
        tables: &[Table],
        keep: Keep,
        window: &Window,
    ) -> Result<Page> {
        let mut wait = Duration::from_millis(500);
        let mut attempt = 1;
        loop {
            match self.load_chunk_once(&keys, tables, keep, window) {
                Err(Error::Source(msg)) if attempt < LOAD_ATTEMPTS && is_transient(&msg) => {
                    tracing::warn!(
                        "loading failed (attempt {attempt} of {LOAD_ATTEMPTS}), retrying: {msg}"
                    );
                    std::thread::sleep(wait);
                    wait *= 2;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    /// Loads the accounts of one chunk: one query for the account rows, one per child table.
    fn load_chunk_once(
        &self,
        keys: &KeyFilter,
        tables: &[Table],
        keep: Keep,
        window: &Window,
    ) -> Result<Page> {
        let (sql, params) = self.queries.accounts_sql(keys);
        let rows = self.fetch("accounts", &sql, &params)?;
        read::require_columns(&rows, Table::Accounts)?;
        let mut accounts = Vec::with_capacity(rows.len());
        for row in &rows {
            accounts.push(read::account(row)?);
        }
        let mut page = Page {
            rows: accounts.len(),
            last: accounts.last().map(|a| a.account_id.clone()),
            accounts: Vec::new(),
        };
        // Only the kept accounts' child rows are read: a shard reads its own accounts' data.
        if let Some(keep) = keep {
            accounts.retain(|a| keep(&a.account_id));
        }
        if accounts.is_empty() {
            return Ok(page);
        }
        let ids: Vec<String> = accounts.iter().map(|a| a.account_id.clone()).collect();
        let mut by_id: HashMap<String, AccountData> = accounts
            .into_iter()
            .map(|a| (a.account_id.clone(), AccountData::empty(a)))
            .collect();
        for table in tables.iter().copied().filter(|t| *t != Table::Accounts) {
            let (sql, params) = self.queries.children_sql(table, &ids, window);
            if self.packing.load(Ordering::Relaxed) {
                let packed = self.queries.packed(table, &sql);
                match self.fetch(table.name(), &packed, &params) {
                    Ok(rows) if read::packed_children(table, &rows, &mut by_id)? => continue,
                    Ok(_) => {}
                    // Read unpacked below: that says what is wrong with a user's query (a missing
                    // column, a type) in recap's words, or reads what the packed query could not.
                    Err(e) => tracing::debug!("packed {} rows failed: {e}", table.name()),
                }
            }
            let rows = self.fetch(table.name(), &sql, &params)?;
            read::require_columns(&rows, table)?;
            read::children(table, &rows, &mut by_id)?;
            // The unpacked rows were read: this database or query cannot be packed (an old
            // server without JSON functions, a type JSON cannot hold); don't ask again.
            if self.packing.swap(false, Ordering::Relaxed) {
                tracing::info!(
                    "reading {} row by row: its packed query did not work on {}",
                    table.name(),
                    self.display
                );
            }
        }
        let mut out: Vec<AccountData> = ids.iter().filter_map(|id| by_id.remove(id)).collect();
        for a in &mut out {
            a.sort();
        }
        page.accounts = out;
        Ok(page)
    }
}

/// One row of [`Source::usage_peaks`].
#[derive(Debug, Clone, PartialEq)]
pub struct UsagePeak {
    pub account_id: String,
    pub segment: String,
    /// The first day of the month.
    pub month: chrono::NaiveDate,
    pub product: String,
    /// The most active users of any of the product's features that month; 0 when none.
    pub users: i64,
}

/// A value bound to a query parameter.
#[derive(Debug, Clone)]
pub enum Param {
    Text(String),
    OptText(Option<String>),
    Int(i64),
    OptInt(Option<i64>),
    Real(f64),
    OptReal(Option<f64>),
}

impl Param {
    fn bind<'q>(
        &self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        match self.clone() {
            Param::Text(s) => q.bind(s),
            Param::OptText(s) => q.bind(s),
            Param::Int(i) => q.bind(i),
            Param::OptInt(i) => q.bind(i),
            Param::Real(f) => q.bind(f),
            Param::OptReal(f) => q.bind(f),
        }
    }
}

/// How one chunk's accounts are picked.
pub(crate) enum KeyFilter<'a> {
    /// The next `limit` accounts after `after`, with the selection's segment/CSM/touch filters.
    Page {
        after: Option<&'a str>,
        limit: usize,
        selection: &'a Selection,
    },
    /// Exactly these keys (still filtered by the selection's segment/CSM/touch model).
    Keys(&'a [String], &'a Selection),
}

/// Which account keys a pass keeps (a shard's); `None` keeps every account.
type Keep<'a> = Option<&'a (dyn Fn(&str) -> bool + Sync)>;

/// One round trip's accounts: those kept, and the page as read (its length and last key, for
/// the next page).
struct Page {
    accounts: Vec<AccountData>,
    rows: usize,
    last: Option<String>,
}

/// Iterator over chunks of loaded accounts; see [`Source::chunks`].
pub struct Chunks<'a> {
    source: &'a Source,
    selection: &'a Selection,
    chunk: usize,
    window: Window,
    tables: &'a [Table],
    keep: Keep<'a>,
    /// One account in `share` is kept: pages of accounts are `chunk × share` rows long.
    share: usize,
    after: Option<String>,
    list_pos: usize,
    done: bool,
}

impl<'a> Chunks<'a> {
    /// Reads only the rows of the dated tables that `window` keeps.
    pub fn window(mut self, window: Window) -> Self {
        self.window = window;
        self
    }

    /// Loads only the accounts whose key `keep` accepts, about `chunk` of them a round trip:
    /// a shard that keeps one account in `share` reads pages of `chunk × share` account rows
    /// (cheap) and the child rows of its own accounts only.
    pub fn keeping(mut self, keep: &'a (dyn Fn(&str) -> bool + Sync), share: usize) -> Self {
        self.keep = Some(keep);
        self.share = share.max(1);
        self
    }
}

impl Iterator for Chunks<'_> {
    type Item = Result<Vec<AccountData>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let result = match &self.selection.accounts {
            Some(list) => {
                if self.list_pos >= list.len() {
                    self.done = true;
                    return None;
                }
                // The list's kept keys, `chunk` at a time (a shard's are picked out here).
                let mut keys = Vec::with_capacity(self.chunk);
                while self.list_pos < list.len() && keys.len() < self.chunk {
                    let key = &list[self.list_pos];
                    if self.keep.is_none_or(|keep| keep(key)) {
                        keys.push(key.clone());
                    }
                    self.list_pos += 1;
                }
                if keys.is_empty() {
                    self.done = true;
                    return None;
                }
                self.source
                    .load_chunk(
                        KeyFilter::Keys(&keys, self.selection),
                        self.tables,
                        None,
                        &self.window,
                    )
                    .map(|page| page.accounts)
            }
            None => loop {
                let limit = self.chunk.saturating_mul(self.share);
                let r = self.source.load_chunk(
                    KeyFilter::Page {
                        after: self.after.as_deref(),
                        limit,
                        selection: self.selection,
                    },
                    self.tables,
                    self.keep,
                    &self.window,
                );
                match r {
                    Ok(page) => {
                        match page.last {
                            Some(last) if page.rows == limit => self.after = Some(last),
                            _ => self.done = true,
                        }
                        // A page with none of this shard's accounts is not the end.
                        if page.accounts.is_empty() && !self.done {
                            continue;
                        }
                        break Ok(page.accounts);
                    }
                    Err(e) => break Err(e),
                }
            },
        };
        match result {
            Ok(v) if v.is_empty() && self.selection.accounts.is_none() => None,
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
            other => Some(other),
        }
    }
}

/// How often a chunk is tried before the accounts in it are given up.
const LOAD_ATTEMPTS: u32 = 4;

/// Whether a load error may go away by itself (the connection, not the query, failed).
fn is_transient(msg: &str) -> bool {
    let m = msg.to_lowercase();
    [
        "connection",
        "timed out",
        "pool",
        "broken pipe",
        "reset",
        "terminating",
        "shutting down",
        "io error",
        "eof",
    ]
    .iter()
    .any(|k| m.contains(k))
}

fn sqlite_path(url: &str) -> String {
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    rest.split('?').next().unwrap_or_default().to_string()
}

fn first_words(sql: &str) -> String {
    sql.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
}

fn connect_error(display: &str, backend: Backend, e: sqlx::Error) -> Error {
    let detail = match &e {
        sqlx::Error::Database(db) => db.message().to_string(),
        other => other.to_string(),
    };
    let hint = match backend {
        Backend::Sqlite => "check that the file is a SQLite database and readable",
        _ => {
            "check that the server is running, and the host, port, user, password and database name in the URL"
        }
    };
    Error::Source(format!(
        "could not connect to {} database {display}: {detail}; {hint}.",
        backend.name()
    ))
}

/// Whether `e` says a table of the query does not exist (SQLite: "no such table"; PostgreSQL:
/// SQLSTATE 42P01; MySQL/MariaDB: 42S02). A missing column is not a missing table.
fn is_missing_table(e: &sqlx::Error) -> bool {
    let sqlx::Error::Database(db) = e else {
        return false;
    };
    matches!(db.code().as_deref(), Some("42P01" | "42S02"))
        || db.message().to_lowercase().contains("no such table")
}

fn query_error(what: &str, display: &str, e: sqlx::Error) -> Error {
    let detail = match &e {
        sqlx::Error::Database(db) => db.message().to_string(),
        other => other.to_string(),
    };
    let lower = detail.to_lowercase();
    let hint = if lower.contains("any driver does not support") || lower.contains("unsupported") {
        "it returns a column type recap cannot read (DATE, TIMESTAMP, NUMERIC, DECIMAL, UUID); cast dates to text (YYYY-MM-DD) and money to double precision in the query"
    } else if lower.contains("no such table")
        || lower.contains("does not exist")
        || lower.contains("doesn't exist")
    {
        "create the canonical tables (`recap demo` does), or point [queries] in recap.toml at your own tables"
    } else {
        "check the query in recap.toml [queries] or the canonical table"
    };
    Error::Source(format!(
        "the `{what}` query failed on {display}: {detail}; {hint}."
    ))
}

/// The SQL files under `src/source/migrations/<backend>/`, embedded in the binary: version,
/// description (the file name's words, as `sqlx migrate` records them) and statements. Listed
/// by hand instead of through `sqlx::migrate!`: that macro needs sqlx's `macros` feature,
/// which compiles sqlx, its three drivers and SQLite a second time, for the compiler.
macro_rules! migrations {
    ($backend:literal) => {
        [
            (
                1,
                "canonical schema",
                include_str!(concat!(
                    "migrations/",
                    $backend,
                    "/0001_canonical_schema.sql"
                )),
            ),
            (
                2,
                "fx rates",
                include_str!(concat!("migrations/", $backend, "/0002_fx_rates.sql")),
            ),
        ]
    };
}

/// The migrations for `backend`'s dialect.
fn migrations(backend: Backend) -> [(i64, &'static str, &'static str); 2] {
    match backend {
        Backend::Sqlite => migrations!("sqlite"),
        Backend::Postgres => migrations!("postgres"),
        Backend::MySql => migrations!("mysql"),
    }
}

fn migrator(backend: Backend) -> Migrator {
    Migrator::with_migrations(
        migrations(backend)
            .into_iter()
            .map(|(version, description, sql)| {
                let sql = AssertSqlSafe(sql).into_sql_str();
                Migration::new(
                    version,
                    description.into(),
                    MigrationType::Simple,
                    sql,
                    false,
                )
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new file under `migrations/` that is not listed would never run: the list and the
    /// folders agree, file for file, for every backend.
    #[test]
    fn every_migration_file_is_listed_with_its_version_and_words() {
        for (backend, dir) in [
            (Backend::Sqlite, "sqlite"),
            (Backend::Postgres, "postgres"),
            (Backend::MySql, "mysql"),
        ] {
            let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src/source/migrations")
                .join(dir);
            let mut files: Vec<(i64, String, String)> = std::fs::read_dir(&folder)
                .unwrap()
                .map(|e| e.unwrap().path())
                .map(|p| {
                    let stem = p.file_stem().unwrap().to_str().unwrap().to_string();
                    let (version, words) = stem.split_once('_').unwrap();
                    let sql = std::fs::read_to_string(&p).unwrap();
                    (version.parse().unwrap(), words.replace('_', " "), sql)
                })
                .collect();
            files.sort();
            let listed: Vec<(i64, String, String)> = migrations(backend)
                .into_iter()
                .map(|(v, d, s)| (v, d.to_string(), s.to_string()))
                .collect();
            assert_eq!(listed, files, "{dir}");
        }
    }
}
