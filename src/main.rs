//! The `recap` command line: parses arguments and hands them to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use recap::commands::{
    self, BriefRequest, Common, PackRequest, ReviewRequest, Scope, WrappedRequest,
};

/// mimalloc instead of the system allocator: documents are built on worker threads from data
/// the loader thread allocated, and glibc's per-thread arenas fragment under that pattern
/// (peak RSS kept growing over a 10,000-account batch).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "recap",
    version,
    about = "Customer-success data in, personalized documents out."
)]
struct Cli {
    /// sqlite://FILE, postgres://USER@HOST/DB or mysql://USER@HOST/DB [default: DATABASE_URL, recap.toml, sqlite://samples/demo.db]
    #[arg(long, global = true)]
    database_url: Option<String>,
    /// The configuration file [default: ./recap.toml when present].
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// No progress output, only errors.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a deterministic synthetic dataset into the database.
    Demo {
        #[arg(long, default_value_t = 1000)]
        accounts: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Report data-quality problems (orphan rows, missing goals, stale data, impossible values).
    Check {
        #[command(flatten)]
        scope: ScopeArgs,
        #[command(flatten)]
        period: PeriodArgs,
        /// Exit 1 when anything is found.
        #[arg(long)]
        strict: bool,
        #[arg(long, value_parser = ["text", "json"], default_value = "text")]
        format: String,
    },
    /// Executive value reviews: PDF and HTML (or a PowerPoint deck) for one account or many.
    Review {
        #[command(flatten)]
        scope: ScopeArgs,
        #[command(flatten)]
        period: PeriodArgs,
        /// Output folder, or s3://bucket/prefix [default: `out` in recap.toml, else ./out].
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, value_parser = ["a4", "us-letter"], default_value = "a4")]
        paper: String,
        #[arg(long, value_parser = ["report", "deck"], default_value = "report")]
        layout: String,
        /// `pdf`: the PDF and the HTML page; `pptx`: an editable PowerPoint deck (16:9, native
        /// charts, speaker notes) made with templates/review.pptx.
        #[arg(long, value_parser = ["pdf", "pptx"], default_value = "pdf")]
        format: String,
        /// The language of every review (`de`, `pt-BR`) [default: each executive sponsor's
        /// locale, else `[locale] default` in recap.toml, else `en`].
        #[arg(long)]
        locale: Option<String>,
        /// A folder of templates to use instead of ./templates.
        #[arg(long)]
        templates: Option<PathBuf>,
        /// A folder of fonts to use instead of ./fonts.
        #[arg(long)]
        fonts: Option<PathBuf>,
        /// Documents rendered at once [default: the machine's cores].
        #[arg(long)]
        jobs: Option<usize>,
        /// Render even when the output exists and its inputs are unchanged.
        #[arg(long)]
        force: bool,
        /// Render only slice I of N (1-based), by a hash of the account key: `--shard 2/8`.
        #[arg(long)]
        shard: Option<String>,
        /// Accounts loaded per database round trip.
        #[arg(long, default_value_t = 500)]
        chunk_size: usize,
    },
    /// The annual "Wrapped" mailing: cards as PDF, share images, emails and the recipients
    /// manifest for the mailing tool.
    Wrapped {
        #[command(flatten)]
        scope: ScopeArgs,
        /// The calendar year in review, e.g. 2026.
        #[arg(long)]
        year: i32,
        /// Output folder, or s3://bucket/prefix; files go under OUT/wrapped/YEAR/ [default:
        /// `out` in recap.toml, else ./out].
        #[arg(long)]
        out: Option<PathBuf>,
        /// The https address OUT/wrapped/YEAR/ will be published at [default: [wrapped]
        /// base_url in recap.toml].
        #[arg(long)]
        base_url: Option<String>,
        /// Also a 1080×1920 story image per account.
        #[arg(long)]
        story: bool,
        /// Also a complete MIME message (.eml) per recipient.
        #[arg(long)]
        eml: bool,
        /// Name the recipients' columns as this mailing tool imports them.
        #[arg(long = "for", value_parser = ["braze", "hubspot", "customerio"])]
        target: Option<String>,
        /// The language of every document [default: each reader's locale].
        #[arg(long)]
        locale: Option<String>,
        #[arg(long)]
        templates: Option<PathBuf>,
        #[arg(long)]
        fonts: Option<PathBuf>,
        /// Accounts rendered at once [default: the machine's cores].
        #[arg(long)]
        jobs: Option<usize>,
        /// Render even when the output exists and its inputs are unchanged.
        #[arg(long)]
        force: bool,
        /// Render only slice I of N (1-based), by a hash of the account key: `--shard 2/8`.
        #[arg(long)]
        shard: Option<String>,
        // Fewer than a review's: a Wrapped renders faster, and the queue of loaded accounts is
        // most of the run's memory (500 → 200 took peak RSS from 280 to 205 MB at 10,000).
        /// Accounts loaded per database round trip.
        #[arg(long, default_value_t = 200)]
        chunk_size: usize,
        /// Read the peer population from FILE (written by --peers-only) instead of querying
        /// every account: what each shard of a large run does.
        #[arg(long, value_name = "FILE", conflicts_with = "peers_only")]
        peers: Option<PathBuf>,
        /// Only write the peer population to OUT/wrapped/YEAR/peers.json, once for all shards.
        #[arg(long)]
        peers_only: bool,
    },
    /// The monthly leadership pack: customer success first, then the business, hot spots,
    /// movement and trends, as PDF and HTML; emailed when [pack.mail] is configured.
    ///
    /// Exit status: 0 done, 1 done with warnings the reader must see (stale data, a currency
    /// without a rate, a failed delivery), 2 could not run.
    Pack {
        /// The month: YYYY-MM, or `last` (the last month complete in [schedule] timezone).
        #[arg(long)]
        month: String,
        /// One pack per group as well.
        #[arg(long, value_parser = ["csm", "segment", "region"])]
        by: Option<String>,
        /// Output folder, or s3://bucket/prefix; the packs go to OUT/pack/<month>/ [default:
        /// `out` in recap.toml, else ./out].
        #[arg(long)]
        out: Option<PathBuf>,
        /// The pack's language [default: [locale] default, else en].
        #[arg(long)]
        locale: Option<String>,
        /// Templates folder [default: ./templates, else the one beside the binary].
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Fonts folder [default: ./fonts, else the one beside the binary].
        #[arg(long)]
        fonts: Option<PathBuf>,
        /// Where the value reviews are published: accounts named in the pack link to
        /// URL/<account>.html [default: relative paths to OUT/review/<quarter>/].
        #[arg(long)]
        reviews_url: Option<String>,
        /// Rewrite the files and send again even when nothing changed.
        #[arg(long)]
        force: bool,
        /// Write the packs but send nothing.
        #[arg(long)]
        no_send: bool,
        /// Accounts read per round trip.
        #[arg(long, default_value_t = 500)]
        chunk_size: usize,
    },
    /// The call brief: one page a CSM reads before talking to a customer (health and why,
    /// what changed, what is open, who is who, what to say), as PDF and HTML.
    Brief {
        #[command(flatten)]
        scope: ScopeArgs,
        /// The day the brief is written as of, YYYY-MM-DD [default: today].
        #[arg(long)]
        date: Option<String>,
        /// Where "what changed" starts, YYYY-MM-DD [default: 30 days before --date].
        #[arg(long)]
        since: Option<String>,
        /// Output folder, or s3://bucket/prefix; files go under OUT/brief/DATE/ [default:
        /// `out` in recap.toml, else ./out].
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, value_parser = ["a4", "us-letter"], default_value = "a4")]
        paper: String,
        /// The CSM's language (`de`, `ja`) [default: [locale] default in recap.toml, else
        /// `en`; never the customer's].
        #[arg(long)]
        locale: Option<String>,
        #[arg(long)]
        templates: Option<PathBuf>,
        #[arg(long)]
        fonts: Option<PathBuf>,
        /// Briefs rendered at once [default: the machine's cores].
        #[arg(long)]
        jobs: Option<usize>,
        /// Render even when the output exists and its inputs are unchanged.
        #[arg(long)]
        force: bool,
        /// Render only slice I of N (1-based), by a hash of the account key: `--shard 2/8`.
        #[arg(long)]
        shard: Option<String>,
        /// Accounts loaded per database round trip.
        #[arg(long, default_value_t = 500)]
        chunk_size: usize,
    },
    /// A local page that shows a document and shows it again when a template, a message,
    /// a font or recap.toml changes.
    Preview {
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 8800)]
        port: u16,
        /// The address to listen on; anything but 127.0.0.1 makes the page reachable from
        /// other machines.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// Open the page in the default browser.
        #[arg(long)]
        open: bool,
        /// Templates folder [default: ./templates, else the one beside the binary].
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Fonts folder [default: ./fonts, else the one beside the binary].
        #[arg(long)]
        fonts: Option<PathBuf>,
    },
}

#[derive(Args)]
struct ScopeArgs {
    /// One account.
    #[arg(long)]
    account: Option<String>,
    /// Every account (the default for check).
    #[arg(long)]
    all: bool,
    #[arg(long)]
    segment: Option<String>,
    #[arg(long)]
    csm: Option<String>,
    #[arg(long)]
    touch_model: Option<String>,
    /// A file with one account id per line.
    #[arg(long)]
    accounts_file: Option<PathBuf>,
}

#[derive(Args)]
struct PeriodArgs {
    /// 2026-Q3, 2026-09 or 2026 [default: the last full quarter].
    #[arg(long, conflicts_with_all = ["from", "to"])]
    period: Option<String>,
    /// Start date, YYYY-MM-DD (with --to).
    #[arg(long, requires = "to")]
    from: Option<String>,
    /// End date, YYYY-MM-DD, inclusive (with --from).
    #[arg(long, requires = "from")]
    to: Option<String>,
}

impl ScopeArgs {
    fn into_scope(self) -> Scope {
        Scope {
            account: self.account,
            all: self.all,
            segment: self.segment,
            csm: self.csm,
            touch_model: self.touch_model,
            accounts_file: self.accounts_file,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let common = Common {
        database_url: cli.database_url,
        config: cli.config,
        quiet: cli.quiet,
    };
    recap::logging::init(common.quiet);
    let period =
        |p: PeriodArgs| commands::period(p.period.as_deref(), p.from.as_deref(), p.to.as_deref());
    let result = match cli.command {
        Command::Demo { accounts, seed } => commands::demo(&common, accounts, seed),
        Command::Check {
            scope,
            period: p,
            strict,
            format,
        } => period(p)
            .and_then(|p| commands::check(&common, scope.into_scope(), &p, strict, &format)),
        Command::Review {
            scope,
            period: p,
            out,
            paper,
            layout,
            format,
            locale,
            templates,
            fonts,
            jobs,
            force,
            shard,
            chunk_size,
        } => period(p).and_then(|p| {
            commands::review(
                &common,
                ReviewRequest {
                    scope: scope.into_scope(),
                    period: p,
                    out,
                    paper,
                    layout,
                    format,
                    locale,
                    templates,
                    fonts,
                    jobs,
                    force,
                    shard,
                    chunk_size,
                },
            )
        }),
        Command::Wrapped {
            scope,
            year,
            out,
            base_url,
            story,
            eml,
            target,
            locale,
            templates,
            fonts,
            jobs,
            force,
            shard,
            chunk_size,
            peers,
            peers_only,
        } => commands::wrapped(
            &common,
            WrappedRequest {
                scope: scope.into_scope(),
                year,
                out,
                base_url,
                story,
                eml,
                target,
                locale,
                templates,
                fonts,
                jobs,
                force,
                shard,
                chunk_size,
                peers,
                peers_only,
            },
        ),
        Command::Pack {
            month,
            by,
            out,
            locale,
            templates,
            fonts,
            reviews_url,
            force,
            no_send,
            chunk_size,
        } => commands::pack(
            &common,
            PackRequest {
                month,
                by,
                out,
                locale,
                templates,
                fonts,
                reviews_url,
                force,
                no_send,
                chunk_size,
            },
        ),
        Command::Brief {
            scope,
            date,
            since,
            out,
            paper,
            locale,
            templates,
            fonts,
            jobs,
            force,
            shard,
            chunk_size,
        } => commands::brief(
            &common,
            BriefRequest {
                scope: scope.into_scope(),
                date,
                since,
                out,
                paper,
                locale,
                templates,
                fonts,
                jobs,
                force,
                shard,
                chunk_size,
            },
        ),
        Command::Preview {
            port,
            host,
            open,
            templates,
            fonts,
        } => {
            let opts = recap::preview::Options { host, port, open };
            commands::preview(&common, &opts, templates, fonts)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("recap: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
