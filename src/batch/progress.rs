//! Progress of a run: a bar with count, rate and ETA on a terminal, a log line every few
//! seconds otherwise (cron, CI), and each failed account as a warning; nothing with `--quiet`.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::manifest::{Counts, Record, Status};

/// A progress bar on a terminal; a log line every few seconds otherwise.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    quiet: bool,
    started: Instant,
    last_line: Mutex<Instant>,
}

impl Progress {
    pub fn new(quiet: bool, total: Option<usize>) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = match total {
                Some(n) => indicatif::ProgressBar::new(n as u64),
                None => indicatif::ProgressBar::no_length(),
            };
            let style = indicatif::ProgressStyle::with_template(
                "{spinner} {pos}/{len} accounts  {per_sec}  eta {eta}  {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Progress {
            bar,
            quiet,
            started: Instant::now(),
            last_line: Mutex::new(Instant::now()),
        }
    }

    /// Shows that `r` is done; `counts` are the run's counts including `r`.
    pub fn tick(&self, r: &Record, counts: Counts) {
        let done = counts.ok + counts.skipped + counts.failed;
        if r.status == Status::Failed && !self.quiet {
            tracing::warn!("{}: {}", r.account_id, r.error);
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
            if counts.failed > 0 {
                bar.set_message(format!("{} failed", counts.failed));
            }
        } else if !self.quiet
            && let Ok(mut last) = self.last_line.lock()
            && last.elapsed() >= Duration::from_secs(5)
        {
            *last = Instant::now();
            let rate = done as f64 / self.started.elapsed().as_secs_f64().max(1e-9);
            tracing::info!(
                "{done} accounts done ({rate:.0}/s, {} failed)",
                counts.failed
            );
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
