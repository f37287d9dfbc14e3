//! Logging: what recap prints to stderr, and the warnings of one piece of work kept for
//! whoever asked for it.
//!
//! A run prints its warnings (a message missing in a language, a reader's locale served by
//! another language) as it goes. The preview shows a document's warnings beside it instead:
//! [`capture_warnings`] collects the warnings logged on the calling thread while it renders,
//! whatever the `RUST_LOG` level, so the page says exactly what a run would print.

use std::cell::RefCell;
use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::{EnvFilter, LevelFilter};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

/// Logging to stderr; `RUST_LOG` sets the level (default `info`, `error` with `--quiet`).
/// sqlx's "slow statement" warnings are left out by default: a batch's chunked queries are
/// big on purpose (`RUST_LOG=sqlx=warn` shows them). Colours only on a terminal.
pub fn init(quiet: bool) {
    use std::io::IsTerminal;
    // object_store's retries (503 SlowDown, a dropped connection) are logged at info, one line
    // a retry: `RUST_LOG=object_store=info` shows them.
    let default = if quiet {
        "error"
    } else {
        "info,sqlx=error,object_store=warn"
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let stderr = tracing_subscriber::fmt::layer()
        .with_target(false)
        .without_time()
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .with_filter(filter);
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(Capture.with_filter(LevelFilter::WARN))
        .try_init();
}

thread_local! {
    /// The warnings of the work running on this thread, while [`capture_warnings`] runs it.
    static CAPTURED: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// Runs `work` and returns what it returned with the warnings it logged on this thread (in
/// order, each once). They are still printed as usual when `RUST_LOG` lets them through.
pub fn capture_warnings<T>(work: impl FnOnce() -> T) -> (T, Vec<String>) {
    let outer = CAPTURED.with(|c| c.replace(Some(Vec::new())));
    let out = work();
    let mut warnings = CAPTURED.with(|c| c.replace(outer)).unwrap_or_default();
    let mut seen = std::collections::HashSet::new();
    warnings.retain(|w| seen.insert(w.clone()));
    (out, warnings)
}

/// The layer that keeps warnings for [`capture_warnings`].
struct Capture;

impl<S: Subscriber> Layer<S> for Capture {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        if *event.metadata().level() > Level::WARN {
            return;
        }
        CAPTURED.with(|c| {
            if let Some(list) = c.borrow_mut().as_mut() {
                let mut text = Message(String::new());
                event.record(&mut text);
                list.push(text.0);
            }
        });
    }
}

/// An event's message, then its other fields as `name=value`.
struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let rest = std::mem::take(&mut self.0);
            let _ = write!(self.0, "{value:?}");
            if !rest.is_empty() {
                self.0.push(' ');
                self.0.push_str(&rest);
            }
        } else {
            if !self.0.is_empty() {
                self.0.push(' ');
            }
            let _ = write!(self.0, "{}={value:?}", field.name());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_of_the_work_are_kept_once_each_and_only_while_it_runs() {
        init(true);
        tracing::warn!("before");
        let ((), warnings) = capture_warnings(|| {
            tracing::info!("not a warning");
            tracing::warn!("the message x is missing in locales/de");
            tracing::warn!("the message x is missing in locales/de");
            tracing::error!(account = "ACC-1", "could not render");
            // Another thread's warnings belong to its own work.
            std::thread::spawn(|| tracing::warn!("elsewhere"))
                .join()
                .unwrap();
        });
        tracing::warn!("after");
        assert_eq!(
            warnings,
            [
                "the message x is missing in locales/de",
                "could not render account=\"ACC-1\""
            ]
        );
    }
}
