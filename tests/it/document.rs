//! Every document through the one interface (`recap::document::Document`): an account's
//! review, an account's Wrapped and a month's pack render into named outputs with their
//! content types, and what the interface renders is, byte for byte, what the commands write.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use recap::batch::safe_name;
use recap::config::Config;
use recap::document::{Document, Rendered, StageTimes};
use recap::model::AccountData;
use recap::period::Period;
use recap::reports::pack::{PackJob, PackMonth, month::Month};
use recap::reports::review::ReviewJob;
use recap::reports::wrapped::{self, WrappedJob, WrappedOptions};
use recap::source::{Selection, Source};

struct Demo {
    dir: tempfile::TempDir,
    url: String,
}

fn demo(accounts: usize) -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, accounts, 42).unwrap();
    src.block_on(src.pool().close());
    Demo { dir, url }
}

fn assets() -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    (root.join("templates"), root.join("fonts"))
}

/// The command, in `dir`, on the repository's templates and fonts, as the test renders.
fn recap(dir: &Path, args: &[&str]) -> Output {
    let (templates, fonts) = assets();
    Command::new(env!("CARGO_BIN_EXE_recap"))
        .args(args)
        .arg("--templates")
        .arg(templates)
        .arg("--fonts")
        .arg(fonts)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "error")
        .output()
        .expect("run recap")
}

/// What the batch engine calls: an account document behind `dyn`.
fn render_account(doc: &dyn Document<Subject = AccountData>, data: &AccountData) -> Rendered {
    doc.render(data, &mut StageTimes::default())
        .unwrap_or_else(|e| panic!("{}: {e}", data.account.account_id))
}

fn names_and_types(r: &Rendered) -> Vec<(String, &'static str)> {
    r.outputs
        .iter()
        .map(|o| (o.path.clone(), o.content_type))
        .collect()
}

/// The files a command wrote under `folder` equal the outputs, name for name.
fn assert_written(folder: &Path, r: &Rendered) {
    for o in &r.outputs {
        let path = folder.join(&o.path);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            bytes == o.bytes,
            "{} differs from what the interface rendered",
            path.display()
        );
    }
}

#[test]
fn review_wrapped_and_pack_render_through_one_interface() {
    let d = demo(30);
    let src = Source::connect(&d.url, &Config::default(), false).unwrap();
    let config = Config::default();
    let (templates, fonts) = assets();
    let accounts = src.load_all(&Selection::default()).unwrap();
    let out = d.dir.path().join("out");
    let db = ["--database-url", d.url.as_str()];
    let out_arg = ["--out", out.to_str().unwrap()];

    // The value review of one account: its PDF and its page.
    let period = Period::parse("2026-Q3").unwrap();
    let review =
        ReviewJob::new(&config, &templates, &fonts, &period, "a4", "report", None).unwrap();
    let data = &accounts[0];
    let id = &data.account.account_id;
    let name = safe_name(id);
    let r = render_account(&review, data);
    assert_eq!(
        names_and_types(&r),
        [
            (format!("{name}.pdf"), "application/pdf"),
            (format!("{name}.html"), "text/html; charset=utf-8"),
        ]
    );
    assert!(r.outputs[0].bytes.starts_with(b"%PDF-"));
    assert!(String::from_utf8_lossy(&r.outputs[1].bytes).contains("<html"));
    let o = recap(
        d.dir.path(),
        &[
            &["review", "--account", id, "--period", "2026-Q3"][..],
            &db,
            &out_arg,
        ]
        .concat(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_written(&out.join("review/2026-Q3"), &r);

    // Wrapped of an account with someone to mail: cards, images, emails, messages.
    let population = wrapped::population(&src, 2026).unwrap();
    let options = WrappedOptions {
        year: 2026,
        base_url: "https://wrapped.example".into(),
        story: true,
        eml: true,
        target: "".parse().unwrap(),
        locale: None,
    };
    let wrapped = WrappedJob::new(&config, &templates, &fonts, options, population).unwrap();
    let (data, r) = accounts
        .iter()
        .map(|a| (a, render_account(&wrapped, a)))
        .find(|(_, r)| r.note["status"] == "ready")
        .expect("a demo account ready to mail");
    let id = &data.account.account_id;
    let name = safe_name(id);
    let files = names_and_types(&r);
    for want in [
        (format!("{name}/wrapped.pdf"), "application/pdf"),
        (format!("{name}/share.png"), "image/png"),
        (format!("{name}/story.png"), "image/png"),
    ] {
        assert!(files.contains(&want), "{want:?} not in {files:?}");
    }
    let mut kinds = BTreeSet::new();
    for (path, content_type) in &files {
        assert!(path.starts_with(&format!("{name}/")), "{path}");
        let (is_email, is_message) = (path.contains("/email-"), path.contains("/eml/"));
        match content_type {
            &"text/html; charset=utf-8" | &"text/plain; charset=utf-8" => {
                assert!(is_email, "{path}")
            }
            &"message/rfc822" => assert!(is_message && path.ends_with(".eml"), "{path}"),
            &"application/pdf" | &"image/png" => {}
            other => panic!("{path}: {other}"),
        }
        kinds.insert(*content_type);
    }
    assert_eq!(kinds.len(), 5, "{files:?}");
    let share = r.get(&format!("{name}/share.png")).unwrap();
    assert!(share.bytes.starts_with(b"\x89PNG"));
    let o = recap(
        d.dir.path(),
        &[
            &[
                "wrapped",
                "--account",
                id,
                "--year",
                "2026",
                "--base-url",
                "https://wrapped.example",
                "--story",
                "--eml",
            ][..],
            &db,
            &out_arg,
        ]
        .concat(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_written(&out.join("wrapped/2026"), &r);

    // The pack of one month, with a pack per segment.
    let month = Month::parse("2026-09", "UTC", chrono::Utc::now()).unwrap();
    let rates = recap::fx::Rates::new(&config.reporting, &src.fx_rates().unwrap()).unwrap();
    let subject = PackMonth::read(&src, &config, rates, month, Some("segment"), 100).unwrap();
    let job = PackJob::new(&config, &templates, &fonts, None, None).unwrap();
    let packs: &dyn Document<Subject = PackMonth> = &job;
    let r = packs.render(&subject, &mut StageTimes::default()).unwrap();
    let mut want = vec![
        ("pack.pdf".to_string(), "application/pdf"),
        ("pack.html".to_string(), "text/html; charset=utf-8"),
    ];
    assert!(
        subject.pass.groups.len() >= 2,
        "{:?}",
        subject.pass.groups.keys()
    );
    for segment in subject.pass.groups.keys() {
        let dir = format!("by-segment/{}", safe_name(segment));
        want.push((format!("{dir}/pack.pdf"), "application/pdf"));
        want.push((format!("{dir}/pack.html"), "text/html; charset=utf-8"));
    }
    assert_eq!(names_and_types(&r), want);
    let o = recap(
        d.dir.path(),
        &[
            &["pack", "--month", "2026-09", "--by", "segment", "--no-send"][..],
            &db,
            &out_arg,
        ]
        .concat(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_written(&out.join("pack/2026-09"), &r);
    src.block_on(src.pool().close());
}
