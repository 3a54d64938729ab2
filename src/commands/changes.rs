//! `ctg changes`: what moved between two versions of the records in git.
//!
//! The newer side is read first (the work tree, or a commit), remembering
//! what each file whose git object id is known gave; the older side is then
//! read from git's store, parsing only the files whose object differs.

use std::path::Path;

use chrono::NaiveDate;

use crate::app::{Context, Exit, print_stderr, print_stdout, refuse};
use crate::cli::{ChangesArgs, ChangesFormat};
use crate::git::{self, CleanFiles};
use crate::render::changes as render;
use crate::wording::tools::Notice;
use ctg_core::analysis::{Analysis, analyse_loaded};
use ctg_core::answers::changes::{Changes, Side, Version};
use ctg_core::diagnostics::message::words;
use ctg_core::domain::model::{Convention, MeetingStatus};
use ctg_core::i18n::Lang;
use ctg_core::read::loader::{Loaded, Memo, Reading, load_scan};
use ctg_core::read::repository::Repository;
use ctg_core::read::scan::{Scan, scan};

/// What `--since` or `--until` names, resolved.
struct Resolved {
    /// The commit to read.
    commit: git::Commit,
    /// The side as the answer shows it.
    side: Side,
}

/// The last COPIL meeting held on or before `today`.
pub fn last_copil(convention: &Convention, today: NaiveDate) -> Option<NaiveDate> {
    convention
        .copil
        .meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Held && m.date.value <= today)
        .map(|m| m.date.value)
        .max()
}

/// Resolves `when`: `copil`, a date `YYYY-MM-DD`, or a git revision.
fn resolve(
    root: &Path,
    when: &str,
    convention: Option<&Convention>,
    today: NaiveDate,
) -> Result<Resolved, Notice> {
    let on_day = |day: NaiveDate| -> Result<Resolved, Notice> {
        let commit = git::commit_on(root, day)?;
        Ok(Resolved {
            side: Side {
                rev: Some(when.to_owned()),
                commit: Some(commit.short.clone()),
                date: day,
            },
            commit,
        })
    };
    if when == "copil" {
        let day = convention
            .and_then(|c| last_copil(c, today))
            .ok_or(Notice::NoHeldCopil { at: today })?;
        return on_day(day);
    }
    if let Ok(day) = NaiveDate::parse_from_str(when, "%Y-%m-%d") {
        return on_day(day);
    }
    let commit = git::commit(root, when)?;
    Ok(Resolved {
        side: Side {
            rev: Some(when.to_owned()),
            commit: Some(commit.short.clone()),
            date: commit.date,
        },
        commit,
    })
}

/// The work tree, read as `check` reads it (`found`, its walk), each clean
/// file marked with its git object id so that a commit's reading can reuse it.
pub fn read_work_tree(root: &Path, mut found: Scan, clean: &CleanFiles) -> (Loaded, Memo) {
    clean.mark(&mut found);
    load_scan(
        root,
        found,
        Reading {
            remember: true,
            ..Reading::default()
        },
    )
}

/// A commit's version of the records (its `tree`), parsing only what
/// `reuse` did not read cleanly.
pub fn read_commit(
    root: &Path,
    tree: git::Tree,
    clean: &CleanFiles,
    reuse: Option<&Memo>,
    remember: bool,
) -> Result<(Loaded, Memo), Notice> {
    let version = git::committed(root, tree, clean, reuse)?;
    let objects = |id: &str| version.objects.get(id).cloned();
    Ok(load_scan(
        root,
        version.scan,
        Reading {
            objects: Some(&objects),
            reuse,
            remember,
        },
    ))
}

/// What moved since the last COPIL held on or before `today`, from the
/// commit before it to the work tree (already read, with its memo): `None`
/// without such a COPIL or without a commit before it.
fn since_copil(
    root: &Path,
    new: &Repository,
    memo: &Memo,
    clean: &CleanFiles,
    today: NaiveDate,
) -> Option<Changes> {
    let day = last_copil(new.convention.as_ref()?, today)?;
    let commit = git::commit_on(root, day).ok()?;
    let tree = git::tree(root, &commit.id).ok()?;
    let (old, _) = read_commit(root, tree, clean, Some(memo), false).ok()?;
    let from = Side {
        rev: Some("copil".to_owned()),
        commit: Some(commit.short),
        date: day,
    };
    let to = Side {
        rev: None,
        commit: None,
        date: today,
    };
    Some(Changes::compute(
        from,
        Version {
            repo: &old.repo,
            date: day,
        },
        to,
        Version {
            repo: new,
            date: today,
        },
    ))
}

/// The analysis of the work tree, and what moved since the last COPIL when
/// the records are in git with a commit before it (see [`since_copil`]).
pub fn analyse_with_history(root: &Path, today: NaiveDate) -> (Analysis, Option<Changes>) {
    let (index, found) = std::thread::scope(|threads| {
        let index = threads.spawn(|| git::index(root));
        let found = scan(root);
        (index.join().ok().and_then(Result::ok), found)
    });
    match index {
        Some(index) => {
            let (loaded, memo) = read_work_tree(root, found, &index.clean);
            let analysis = analyse_loaded(loaded, today);
            let since = since_copil(root, &analysis.repo, &memo, &index.clean, today);
            (analysis, since)
        }
        None => {
            let (loaded, _) = load_scan(root, found, Reading::default());
            (analyse_loaded(loaded, today), None)
        }
    }
}

/// A side resolved, and its commit's files listed.
fn listed(
    root: &Path,
    when: &str,
    convention: Option<&Convention>,
    today: NaiveDate,
) -> Result<(Resolved, git::Tree), Notice> {
    let resolved = resolve(root, when, convention, today)?;
    let tree = git::tree(root, &resolved.commit.id)?;
    Ok((resolved, tree))
}

/// Runs `ctg changes`.
pub fn run(context: &Context, args: &ChangesArgs) -> anyhow::Result<Exit> {
    let root = &context.root;
    let lang_root = context.lang_of_root();
    let today = context.today;
    // `copil` is read from today's `copil.toml`.
    let convention = work_tree_convention(root);
    let convention = convention.as_ref();
    // git's index, the walk of the work tree and the two sides' listings,
    // all at once: each is mostly waiting for git or the disk.
    let (index, found, since, until) = std::thread::scope(|threads| {
        let index = threads.spawn(|| git::index(root));
        let since = threads.spawn(|| listed(root, &args.since, convention, today));
        let until = args
            .until
            .as_deref()
            .map(|when| threads.spawn(move || listed(root, when, convention, today)));
        let found = args.until.is_none().then(|| scan(root));
        (
            joined(index.join()),
            found,
            joined(since.join()),
            until.map(|until| joined(until.join())),
        )
    });
    let index = match index {
        Ok(index) => index,
        Err(notice) => return refuse(&notice, lang_root),
    };
    let clean = &index.clean;
    // The newer side first: the work tree, or the commit `--until` names.
    let (new, memo, to) = match (until, found) {
        (Some(Err(notice)), _) => return refuse(&notice, lang_root),
        (Some(Ok((resolved, tree))), _) => match read_commit(root, tree, clean, None, true) {
            Ok((loaded, memo)) => (loaded, memo, resolved.side),
            Err(notice) => return refuse(&notice, lang_root),
        },
        (None, found) => {
            let (loaded, memo) = read_work_tree(root, found.unwrap_or_default(), clean);
            let side = Side {
                rev: None,
                commit: None,
                date: today,
            };
            (loaded, memo, side)
        }
    };
    let lang = context.lang_for(new.repo.convention.as_ref().and_then(|c| c.language));
    let (resolved, tree) = match since {
        Ok(since) => since,
        Err(notice) => return refuse(&notice, lang),
    };
    let old = match read_commit(root, tree, clean, Some(&memo), false) {
        Ok((old, _)) => old,
        Err(notice) => return refuse(&notice, lang),
    };
    let changes = Changes::compute(
        resolved.side.clone(),
        Version {
            repo: &old.repo,
            date: resolved.side.date,
        },
        to.clone(),
        Version {
            repo: &new.repo,
            date: to.date,
        },
    );
    let text = match args.format {
        ChangesFormat::Table => render::text(&changes, lang),
        ChangesFormat::Markdown => render::markdown(&changes, lang),
        ChangesFormat::Json => render::json(&changes),
    };
    print_stdout(&text)?;
    let exit = name_left_out(&[(&old, &changes.from), (&new, &changes.to)], lang);
    // The process ends next: freeing every record one by one would only
    // delay it (as `check` does).
    std::mem::forget((old, new));
    Ok(exit)
}

/// The convention of the work tree's `copil.toml`, where `copil` is read.
fn work_tree_convention(root: &Path) -> Option<Convention> {
    let path = std::sync::Arc::from(crate::root::MARKER);
    let bytes = ctg_core::read::loader::read_bytes(&root.join(crate::root::MARKER)).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    match ctg_core::read::loader::parse_record(
        ctg_core::domain::model::RecordKind::Copil,
        &path,
        &text,
    ) {
        (Some(ctg_core::read::records::Record::Convention(c)), _) => Some(*c),
        _ => None,
    }
}

/// Names on stderr each file, of either side, that could not be read as a
/// record (a commit's as git names it, `abc1234:officers/x.toml`);
/// `Exit::Problems` if there is one.
fn name_left_out(sides: &[(&Loaded, &Side)], lang: Lang) -> Exit {
    let mut files: Vec<(String, &str)> = sides
        .iter()
        .flat_map(|(loaded, side)| {
            loaded.repo.left_out.iter().map(move |left| {
                let file = match &side.commit {
                    Some(commit) => format!("{commit}:{}", left.file),
                    None => left.file.clone(),
                };
                (file, left.code.as_str())
            })
        })
        .collect();
    files.sort_unstable();
    files.dedup();
    if files.is_empty() {
        return Exit::Ok;
    }
    let text: String = files
        .into_iter()
        .map(|(file, code)| format!("{}\n", words::left_out(&file, code, lang)))
        .collect();
    print_stderr(&text);
    Exit::Problems
}

/// What a thread gave, a panic (never seen) said as a failure of git's.
fn joined<T>(result: std::thread::Result<Result<T, Notice>>) -> Result<T, Notice> {
    result.unwrap_or_else(|_| {
        Err(Notice::NoGit {
            error: "git: a reading thread failed".into(),
        })
    })
}
