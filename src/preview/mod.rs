//! `recap preview`: a local page that shows a document as a run would make it, and shows it
//! again when a template, a message file, a font or `recap.toml` changes.
//!
//! The page asks `/render` for a document ([`show`]: through the document's
//! [`crate::document::Document`] interface, never a second way of making it) and shows the
//! HTML and the PDF's pages; `/events` tells it (server-sent events) when a watched file
//! changed, and it asks again. An error (a Typst or Tera error, a broken `.ftl` or TOML file)
//! is an answer like any other: the page shows it with the file and line, and the next save
//! that fixes it brings the document back. Only what was rendered is served: a name that is
//! not one of the last render's outputs is a 404, so no path reaches the disk.

mod show;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use notify::RecursiveMode;
use tokio::sync::broadcast;

pub use self::show::{Request, Settings, Shown};
use crate::error::{Error, Result};

/// Where the preview listens.
#[derive(Debug, Clone)]
pub struct Options {
    pub host: String,
    pub port: u16,
    /// Open the page in the default browser once the server listens.
    pub open: bool,
}

/// How long the watcher waits for more changes before it tells the page: an editor's save
/// (write, rename, touch) is one change, and 100 saves in a row are one render.
const DEBOUNCE: Duration = Duration::from_millis(100);

/// The name of the last render in output paths, whatever its number: what a document's own
/// links (Wrapped's email) point under.
const LATEST: &str = "latest";

/// What the handlers share.
struct Preview {
    settings: Settings,
    /// The last render, by its number: the page's images and frame name it in their paths.
    last: Mutex<Option<(u64, Arc<Shown>)>>,
    renders: AtomicU64,
    /// One render at a time: Typst's caches are process-wide, and a second request for the
    /// same change would redo the same work.
    rendering: tokio::sync::Mutex<()>,
    changes: broadcast::Sender<u64>,
    /// The page count each document had when last shown ([`show::Request::key`]): a page
    /// count that grows with an edit is worth a warning (a table that spilled over).
    page_counts: Mutex<HashMap<String, usize>>,
}

/// Serves the preview until the process is stopped.
pub fn serve(mut settings: Settings, watch: Vec<PathBuf>, opts: &Options) -> Result<u8> {
    let local = matches!(opts.host.as_str(), "127.0.0.1" | "localhost" | "::1");
    if !local {
        tracing::warn!(
            "--host {}: the preview is reachable from other machines, with your data and templates; it has no login",
            opts.host
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Io(format!("could not start the preview's server: {e}")))?;
    let (changes, _) = broadcast::channel(16);
    // The watcher lives as long as the server: dropping it stops the events.
    let _watcher = watch_files(&watch, changes.clone())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((opts.host.as_str(), opts.port))
            .await
            .map_err(|e| {
                Error::Io(format!(
                    "could not listen on {}:{}: {e}; choose another --port.",
                    opts.host, opts.port
                ))
            })?;
        let addr: SocketAddr = listener
            .local_addr()
            .map_err(|e| Error::Io(format!("could not read the preview's address: {e}")))?;
        eprintln!("recap preview: http://{addr}/ (Ctrl-C stops it)");
        if opts.open
            && let Err(e) = open::that_detached(format!("http://{addr}/"))
        {
            tracing::warn!("could not open a browser ({e}); open http://{addr}/ yourself");
        }
        settings.base_url = format!("http://{addr}/out/{LATEST}");
        let state = Arc::new(Preview {
            settings,
            last: Mutex::new(None),
            renders: AtomicU64::new(0),
            rendering: tokio::sync::Mutex::new(()),
            changes,
            page_counts: Mutex::new(HashMap::new()),
        });
        let app = axum::Router::new()
            .route("/", get(page))
            .route("/choices", get(choices))
            .route("/accounts", get(accounts))
            .route("/render", get(render))
            .route("/events", get(events))
            .route("/out/{render}/{*name}", get(output))
            .with_state(state);
        axum::serve(listener, app)
            .await
            .map_err(|e| Error::Io(format!("the preview's server stopped: {e}")))
    })?;
    Ok(0)
}

/// Watches `paths` (folders recursively, files as they are) and sends a change number on
/// `changes` once the files have been quiet for [`DEBOUNCE`] after a change. Reads are not
/// changes: a render opens every template and font, and would otherwise set off the next.
fn watch_files(
    paths: &[PathBuf],
    changes: broadcast::Sender<u64>,
) -> Result<notify::RecommendedWatcher> {
    use notify::{EventKind, Watcher, event::MetadataKind, event::ModifyKind};
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let watched = Watched::new(paths);
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let changed = event.is_ok_and(|e| {
            !matches!(
                e.kind,
                EventKind::Access(_)
                    | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
            ) && e.paths.iter().any(|p| watched.covers(p))
        });
        if changed {
            let _ = tx.send(());
        }
    })
    .map_err(|e| Error::Io(format!("could not watch the templates: {e}")))?;
    std::thread::spawn(move || {
        let mut n = 0;
        while rx.recv().is_ok() {
            // Wait for the burst to end: 100 saves in a row make one render.
            while rx.recv_timeout(DEBOUNCE).is_ok() {}
            n += 1;
            let _ = changes.send(n);
        }
    });
    for path in paths {
        // A file is watched through its folder: editors save by writing a new file and
        // renaming it over the old one, which ends a watch on the file itself.
        let (target, mode) = if path.is_dir() {
            (path.clone(), RecursiveMode::Recursive)
        } else {
            (folder_of(path), RecursiveMode::NonRecursive)
        };
        if !target.exists() {
            continue;
        }
        watcher
            .watch(&target, mode)
            .map_err(|e| Error::io("watch", &target, std::io::Error::other(e.to_string())))?;
    }
    Ok(watcher)
}

/// The folder a file is in (`.` for a bare name).
fn folder_of(file: &std::path::Path) -> PathBuf {
    match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// What the watcher reports: changes inside the watched folders and to the watched files,
/// not to a file that only shares a watched file's folder (`out/`, beside `recap.toml`).
struct Watched {
    folders: Vec<PathBuf>,
    files: Vec<PathBuf>,
}

impl Watched {
    fn new(paths: &[PathBuf]) -> Watched {
        let absolute = |p: &std::path::Path| {
            std::fs::canonicalize(p).unwrap_or_else(|_| {
                // A file that is not there yet: its folder's real path and its name.
                let folder = std::fs::canonicalize(folder_of(p)).unwrap_or_else(|_| folder_of(p));
                folder.join(p.file_name().unwrap_or_default())
            })
        };
        let (folders, files) = paths.iter().partition::<Vec<_>, _>(|p| p.is_dir());
        Watched {
            folders: folders.into_iter().map(|p| absolute(p)).collect(),
            files: files.into_iter().map(|p| absolute(p)).collect(),
        }
    }

    fn covers(&self, path: &std::path::Path) -> bool {
        self.folders.iter().any(|f| path.starts_with(f)) || self.files.iter().any(|f| path == f)
    }
}

/// A JSON answer (axum's `json` feature would bring a second JSON error path for one call).
fn json(value: serde_json::Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        value.to_string(),
    )
        .into_response()
}

async fn page() -> Html<&'static str> {
    Html(include_str!("page.html"))
}

/// `/accounts?q=…`: the accounts whose id or name contains the text.
#[derive(Debug, serde::Deserialize)]
struct Search {
    #[serde(default)]
    q: String,
}

async fn accounts(State(p): State<Arc<Preview>>, Query(search): Query<Search>) -> Response {
    let settings = p.settings.clone();
    match tokio::task::spawn_blocking(move || show::find(&settings, &search.q)).await {
        Ok(Ok(v)) => json(v),
        Ok(Err(e)) => json(serde_json::json!({ "error": e.to_string() })),
        Err(e) => json(serde_json::json!({ "error": e.to_string() })),
    }
}

async fn choices(State(p): State<Arc<Preview>>) -> Response {
    let settings = p.settings.clone();
    match tokio::task::spawn_blocking(move || show::choices(&settings)).await {
        Ok(Ok(v)) => json(v),
        Ok(Err(e)) => json(serde_json::json!({ "error": e.to_string() })),
        Err(e) => json(serde_json::json!({ "error": e.to_string() })),
    }
}

/// Renders what the page asks for; an error is an answer the page shows, not a failure.
async fn render(State(p): State<Arc<Preview>>, Query(req): Query<Request>) -> Response {
    let _one = p.rendering.lock().await;
    let settings = p.settings.clone();
    let key = req.key();
    let done = tokio::task::spawn_blocking(move || show::render(&settings, &req)).await;
    let shown = match done {
        Ok(r) => r,
        Err(e) => Err(Error::Template(format!("the render stopped: {e}"))),
    };
    match shown {
        Ok(mut shown) => {
            let before = p
                .page_counts
                .lock()
                .ok()
                .and_then(|mut counts| counts.insert(key, shown.page_count));
            if let Some(before) = before.filter(|&b| shown.page_count > b) {
                shown.warnings.push(format!(
                    "the PDF has {} pages, {} more than before this change",
                    shown.page_count,
                    shown.page_count - before
                ));
            }
            let n = p.renders.fetch_add(1, Ordering::SeqCst) + 1;
            let url = |name: &str| format!("/out/{n}/{name}");
            let body = serde_json::json!({
                "ok": true,
                "html": shown.html.as_deref().map(url),
                "pdf": shown.pdf.as_deref().map(url),
                "images": shown.images.iter().map(|name| url(name)).collect::<Vec<_>>(),
                "warnings": shown.warnings,
                "pages": shown.page_count,
                "emails": shown.emails.iter().map(|e| serde_json::json!({
                    "role": e.role,
                    "lang": e.lang,
                    "html": url(&e.html),
                    "text": e.text.as_deref().map(url),
                })).collect::<Vec<_>>(),
                "outputs": shown.outputs.iter().map(|(name, (content_type, bytes))| {
                    serde_json::json!({ "name": name, "content_type": content_type, "bytes": bytes.len() })
                }).collect::<Vec<_>>(),
            });
            if let Ok(mut last) = p.last.lock() {
                *last = Some((n, Arc::new(shown)));
            }
            json(body)
        }
        Err(e) => json(serde_json::json!({ "ok": false, "error": e.to_string() })),
    }
}

/// One output of the last render, by its exact name; anything else is a 404.
async fn output(
    State(p): State<Arc<Preview>>,
    UrlPath((render, name)): UrlPath<(String, String)>,
) -> Response {
    let last = p.last.lock().ok().and_then(|l| l.clone());
    let Some((_, shown)) = last.filter(|(n, _)| render == LATEST || render == n.to_string()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match shown.outputs.get(&name) {
        Some((content_type, bytes)) => (
            [
                (header::CONTENT_TYPE, *content_type),
                (header::CACHE_CONTROL, "no-store"),
            ],
            bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// `change` events, one per debounced burst of saves.
async fn events(
    State(p): State<Arc<Preview>>,
) -> Sse<impl futures_util::Stream<Item = std::result::Result<Event, std::convert::Infallible>>> {
    let rx = p.changes.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(n) => {
                    let event = Event::default().event("change").data(n.to_string());
                    return Some((Ok(event), rx));
                }
                // A slow page missed some: one event says the same.
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}
