//! The tools the tests check recap's outputs with, found or prepared on first use.
//!
//! The checkers that come from npm and PyPI (the Nu HTML Checker, axe-core, puppeteer-core,
//! aiosmtpd, …) are pinned in `tests/tools/package.json` (with its lock file) and
//! `tests/tools/requirements.txt`. The first test that needs them installs them into a cache
//! folder outside the repository ([`cache_dir`]), under a file lock so that test binaries running
//! side by side install them once; every later run on the machine reuses them, until the pinned
//! list changes.
//!
//! The system packages (poppler-utils, qpdf, Java, Chromium, LibreOffice) are found on `PATH`.
//! When one is missing, its checks skip with a one-line reason naming the package ([`skip`]),
//! recorded for the line the run ends with (`tests/zz_skipped.rs`); under
//! `RECAP_REQUIRE_SERVERS=1` (CI) a check that cannot run fails instead.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use super::servers_required;

/// Where the npm and PyPI checkers live: `$RECAP_CHECKERS_DIR`, else
/// `$XDG_CACHE_HOME/recap-checkers`, else `~/.cache/recap-checkers`.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("RECAP_CHECKERS_DIR") {
        return dir.into();
    }
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("recap-checkers")
}

/// The folder the skipped checks of a run are recorded in, one file per `cargo test` process
/// (named after it: every test binary of a run is its child).
pub fn skip_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("recap-skipped")
}

/// Records that `check` did not run in the current test, and `why`; under
/// `RECAP_REQUIRE_SERVERS=1` it fails the test instead.
pub fn skip(check: &str, why: &str) {
    let test = std::thread::current().name().unwrap_or("main").to_string();
    assert!(
        !servers_required(),
        "{check} cannot run: {why} (RECAP_REQUIRE_SERVERS=1 wants every check to run)"
    );
    eprintln!("skipped: {check}: {why}");
    let dir = skip_dir();
    let line = format!("{test}\t{check}\t{why}\n");
    let written = fs::create_dir_all(&dir).and_then(|()| {
        let file = dir.join(format!("{}.tsv", std::os::unix::process::parent_id()));
        // One short append per line: lines from tests running side by side do not interleave.
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)?
            .write_all(line.as_bytes())
    });
    if let Err(e) = written {
        eprintln!("could not record the skip in {}: {e}", dir.display());
    }
}

/// The full path of `cmd` when it is on `PATH`.
pub fn which(cmd: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(cmd))
        .find(|p| p.is_file())
}

/// `cmd` from Debian's `package`, when installed; else `check` is skipped (see [`skip`]).
pub fn system(check: &str, cmd: &str, package: &str) -> Option<PathBuf> {
    let found = which(cmd);
    if found.is_none() {
        skip(
            check,
            &format!("`{cmd}` not found (apt-get install {package})"),
        );
    }
    found
}

/// True when poppler's tools (`pdftotext`, `pdfinfo`, `pdftoppm`) are installed; else `check`
/// is skipped.
pub fn poppler(check: &str) -> bool {
    system(check, "pdftotext", "poppler-utils").is_some()
}

/// True when `qpdf` is installed; else `check` is skipped.
pub fn qpdf(check: &str) -> bool {
    system(check, "qpdf", "qpdf").is_some()
}

/// Chromium (`$RECAP_CHROMIUM`, else `chromium` on `PATH`); else `check` is skipped.
pub fn chromium(check: &str) -> Option<PathBuf> {
    if let Some(given) = std::env::var_os("RECAP_CHROMIUM") {
        return Some(given.into());
    }
    system(check, "chromium", "chromium")
}

/// `java` and the Nu HTML Checker's `vnu.jar`; else `check` is skipped.
pub fn vnu(check: &str) -> Option<(PathBuf, PathBuf)> {
    let java = system(check, "java", "default-jre-headless")?;
    let jar = node_modules(check)?.join("vnu-jar/build/dist/vnu.jar");
    Some((java, jar))
}

/// The `node_modules` folder holding the npm checkers, installed on first use; else `check`
/// is skipped.
pub fn node_modules(check: &str) -> Option<PathBuf> {
    static INSTALLED: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    found(check, INSTALLED.get_or_init(install_npm))
}

/// A Python interpreter whose environment holds the PyPI checkers, made on first use; else
/// `check` is skipped.
pub fn python(check: &str) -> Option<PathBuf> {
    static INSTALLED: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    found(check, INSTALLED.get_or_init(install_python))
}

fn found(check: &str, installed: &Result<PathBuf, String>) -> Option<PathBuf> {
    match installed {
        Ok(path) => Some(path.clone()),
        Err(why) => {
            skip(check, why);
            None
        }
    }
}

fn tools() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools")
}

/// `npm ci` of `tests/tools/package.json` into `<cache>/npm`.
fn install_npm() -> Result<PathBuf, String> {
    let npm = which("npm").ok_or("`npm` not found (apt-get install nodejs npm)")?;
    let files = ["package.json", "package-lock.json"];
    let (dir, key) = prepare("npm", &files.map(|f| tools().join(f)))?;
    let modules = dir.join("node_modules");
    installed_once(&dir, &key, || {
        for f in files {
            fs::copy(tools().join(f), dir.join(f)).map_err(|e| format!("copy {f}: {e}"))?;
        }
        run(Command::new(npm)
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            // puppeteer-core drives the system's Chromium; it downloads no browser of its own.
            .env("PUPPETEER_SKIP_DOWNLOAD", "1")
            .current_dir(&dir))
    })?;
    Ok(modules)
}

/// A virtual environment in `<cache>/python` with `tests/tools/requirements.txt`.
fn install_python() -> Result<PathBuf, String> {
    let python3 =
        which("python3").ok_or("`python3` not found (apt-get install python3 python3-venv)")?;
    let requirements = tools().join("requirements.txt");
    let (dir, key) = prepare("python", std::slice::from_ref(&requirements))?;
    let venv = dir.join("venv");
    let python = venv.join("bin/python");
    installed_once(&dir, &key, || {
        let _ = fs::remove_dir_all(&venv);
        run(Command::new(&python3).args(["-m", "venv"]).arg(&venv))
            .map_err(|e| format!("{e} (apt-get install python3-venv)"))?;
        run(Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(&requirements))
    })?;
    Ok(python)
}

/// The cache folder `name` (created) and a key naming the pinned `files`' contents.
fn prepare(name: &str, files: &[PathBuf]) -> Result<(PathBuf, String), String> {
    let dir = cache_dir().join(name);
    fs::create_dir_all(&dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
    let mut hash = Sha256::new();
    for f in files {
        hash.update(fs::read(f).map_err(|e| format!("read {}: {e}", f.display()))?);
    }
    Ok((dir, hex::encode(hash.finalize())))
}

/// Runs `install` in `dir` unless it last completed for `key`, holding `dir`'s lock meanwhile
/// (other test binaries wait for it, then find the work done).
fn installed_once(
    dir: &Path,
    key: &str,
    install: impl FnOnce() -> Result<(), String>,
) -> Result<(), String> {
    let lock =
        File::create(dir.join(".lock")).map_err(|e| format!("lock {}: {e}", dir.display()))?;
    lock.lock()
        .map_err(|e| format!("lock {}: {e}", dir.display()))?;
    let stamp = dir.join(".installed");
    if fs::read_to_string(&stamp).is_ok_and(|k| k == key) {
        return Ok(());
    }
    eprintln!(
        "installing the test checkers into {} (once per machine)",
        dir.display()
    );
    install()?;
    fs::write(&stamp, key).map_err(|e| format!("write {}: {e}", stamp.display()))
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let out = cmd.output().map_err(|e| format!("{shown}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(5).collect();
    Err(format!(
        "{shown} failed: {}",
        tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
    ))
}
