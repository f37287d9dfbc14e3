//! A power cut in the middle of a batch, as the disk sees it. Wrapped writes onto an ext4 file
//! system in an image file mounted through a loop device; a copy of the image file taken while
//! the run writes holds what the loop device had written by then, which is what a power cut
//! leaves. On each copy, after `e2fsck`, every account whose stamp says it is done has exactly
//! the bytes the complete run made (PDFs pass `qpdf --check`, PNGs decode), and a rerun on the
//! copy skips those, renders the rest, and ends with the same files as the complete run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use recap::config::Config;
use recap::source::Source;
use sha2::{Digest, Sha256};

use crate::common::{self, checkers};

/// Enough for several commit rounds (a second apart) on the fastest host seen: the run that is
/// cut renders on one thread, about 5 s at 120 accounts a second.
const ACCOUNTS: usize = 600;

/// A file system image mounted on a folder; unmounted on drop.
struct Mounted(PathBuf);

impl Mounted {
    fn new(image: &Path, at: &Path) -> Mounted {
        std::fs::create_dir_all(at).unwrap();
        common::tool("mount", &["-o", "loop", path(image), path(at)]);
        Mounted(at.to_path_buf())
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let ok = Command::new("umount").arg(&self.0).status();
        if !ok.is_ok_and(|s| s.success()) {
            let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        }
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn wrapped_args<'a>(url: &'a str, out: &'a str, jobs: &'a str) -> Vec<&'a str> {
    vec![
        "wrapped",
        "--database-url",
        url,
        "--year",
        "2026",
        "--all",
        "--jobs",
        jobs,
        "--base-url",
        "https://wrapped.example.com/2026/",
        "--out",
        out,
    ]
}

/// account → its files and their sha256, from a run's `manifest.jsonl`.
fn manifest(folder: &Path) -> BTreeMap<String, (Vec<String>, Vec<String>, String)> {
    std::fs::read_to_string(folder.join("manifest.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let r: serde_json::Value = serde_json::from_str(l).unwrap();
            let list = |k: &str| -> Vec<String> {
                r[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_string())
                    .collect()
            };
            (
                r["account_id"].as_str().unwrap().to_string(),
                (
                    list("files"),
                    list("sha256"),
                    r["status"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect()
}

fn stamps(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder.join(".recap"))
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "done"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn after_a_power_cut_every_account_marked_done_is_complete_and_the_rerun_finishes() {
    let check = "a power cut during a batch (loop-mounted ext4)";
    if !is_root() {
        checkers::skip(check, "needs root, for loop devices and mount");
        return;
    }
    for (cmd, package) in [
        ("mkfs.ext4", "e2fsprogs"),
        ("e2fsck", "e2fsprogs"),
        ("mount", "mount"),
    ] {
        if checkers::system(check, cmd, package).is_none() {
            return;
        }
    }
    let with_qpdf = checkers::qpdf("qpdf --check of the PDFs a power cut left");
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, ACCOUNTS, 42).unwrap();
    src.block_on(src.pool().close());

    let image = dir.path().join("disk.img");
    std::fs::File::create(&image)
        .unwrap()
        .set_len(256 << 20)
        .unwrap();
    common::tool("mkfs.ext4", &["-q", "-F", path(&image)]);
    let mnt = dir.path().join("mnt");
    let mounted = Mounted::new(&image, &mnt);
    let out = mnt.join("out");
    let folder = out.join("wrapped/2026");

    // The run, and copies of the disk at moments of it. Stamps appear a round at a time (about
    // a second apart); a round's first sync makes the previous round's stamps durable, so when
    // a new round has appeared, every stamp before it must be in a copy. Each copy is taken
    // there, while the next round's files are being written (which must not count as done).
    // The writer is paused during the copy, so a copy is one moment.
    let mut child =
        common::recap_command(dir.path(), &wrapped_args(&url, path(&out), "1"), "error")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
    let pid = child.id().to_string();
    let started = Instant::now();
    let running = |child: &mut std::process::Child| child.try_wait().unwrap().is_none();
    // The number of stamps once they stop changing for a moment (a round is written at once).
    let settled = || {
        let mut n = stamps(&folder).len();
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let now = stamps(&folder).len();
            if now == n {
                return n;
            }
            n = now;
        }
    };
    let mut copies: Vec<(PathBuf, usize)> = Vec::new();
    let mut before = 0;
    while copies.len() < 3 && running(&mut child) {
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "the run stalled"
        );
        std::thread::sleep(Duration::from_millis(10));
        if stamps(&folder).len() <= before {
            continue;
        }
        let now = settled();
        if before > 0 && running(&mut child) {
            common::tool("kill", &["-STOP", &pid]);
            let copy = dir.path().join(format!("copy-{}.img", copies.len()));
            std::fs::copy(&image, &copy).unwrap();
            common::tool("kill", &["-CONT", &pid]);
            copies.push((copy, before));
        }
        before = now;
    }
    let done = child.wait_with_output().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(
        !copies.is_empty(),
        "the run ended before a second round of accounts was done: make it longer"
    );
    let complete = manifest(&folder);
    assert_eq!(complete.len(), ACCOUNTS);
    drop(mounted);

    for (i, (copy, durable)) in copies.iter().enumerate() {
        // 1: errors corrected (the file system was mounted when copied); 4 and up: not repaired.
        let fsck = Command::new("e2fsck")
            .args(["-f", "-y", path(copy)])
            .output()
            .unwrap();
        assert!(
            fsck.status.code().is_some_and(|c| c < 4),
            "e2fsck: {}",
            String::from_utf8_lossy(&fsck.stdout)
        );
        let at = dir.path().join(format!("mnt-{i}"));
        let _copy = Mounted::new(copy, &at);
        let folder = at.join("out/wrapped/2026");
        let mut stamped = 0;
        for stamp in stamps(&folder) {
            let Ok(s) =
                serde_json::from_slice::<serde_json::Value>(&std::fs::read(&stamp).unwrap())
            else {
                continue; // A stamp cut short vouches for nothing: its account is rendered again.
            };
            let name = stamp.file_stem().unwrap().to_str().unwrap();
            let (files, sha256, _) = complete
                .get(name)
                .unwrap_or_else(|| panic!("copy {i}: a stamp for an unknown account {name}"));
            let listed: Vec<&str> = s["files"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap())
                .collect();
            assert_eq!(listed, *files, "copy {i}: {name}'s stamp lists other files");
            for (file, want) in files.iter().zip(sha256) {
                let p = folder.join(file);
                let bytes = std::fs::read(&p)
                    .unwrap_or_else(|e| panic!("copy {i}: {name} is marked done but {file}: {e}"));
                assert_eq!(
                    hex::encode(Sha256::digest(&bytes)),
                    *want,
                    "copy {i}: {name} is marked done but {file} is not the file the run made ({} bytes)",
                    bytes.len()
                );
                if file.ends_with(".png") {
                    png::Decoder::new(std::io::Cursor::new(&bytes))
                        .read_info()
                        .unwrap_or_else(|e| panic!("copy {i}: {file}: {e}"));
                }
                if file.ends_with(".pdf") && with_qpdf {
                    common::tool("qpdf", &["--check", path(&p)]);
                }
            }
            stamped += 1;
        }
        assert!(
            stamped >= *durable,
            "copy {i}: {stamped} accounts on disk, but {durable} were done a round before the copy"
        );

        // The rerun on the copy trusts exactly the stamps, renders the rest, and ends with the
        // complete run's files.
        let rerun = common::recap(dir.path(), &wrapped_args(&url, path(&at.join("out")), "2"));
        assert!(
            rerun.status.success(),
            "copy {i}: {}",
            String::from_utf8_lossy(&rerun.stderr)
        );
        let after = manifest(&folder);
        let skipped = after.values().filter(|(_, _, s)| s == "skipped").count();
        assert_eq!(
            skipped, stamped,
            "copy {i}: the rerun skips what was marked done"
        );
        assert_eq!(after.len(), ACCOUNTS, "copy {i}");
        for (id, (files, sha256, _)) in &after {
            assert_eq!(
                (files, sha256),
                (&complete[id].0, &complete[id].1),
                "copy {i}: {id}"
            );
        }
    }
}

fn is_root() -> bool {
    // The effective user of this process; `id -u` avoids a dependency for one number.
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}
