//! `ctg changes`: what moved between two versions of the records in git.
//!
//! The newer side is read first (the work tree, or a commit), remembering
//! what each file whose git object id is known gave; the older side is then
//! read from git's store, parsing only the files whose object differs.

use std::path::Path;

use chrono::NaiveDate;

use crate::app::{Context, Exit, print_stdout, refuse};
use crate::cli::{ChangesArgs, ChangesFormat};
use crate::git::{self, Store, Tree};
use crate::render::changes as render;
use crate::wording::tools::Notice;
use ctg_core::analysis::{Analysis, analyse_loaded};
use ctg_core::answers::changes::{Changes, Side};
use ctg_core::answers::status::last_held;
use ctg_core::domain::model::Convention;
use ctg_core::i18n::Lang;
use ctg_core::read::loader::{Loaded, Memo, Reading, load_scan};
use ctg_core::read::repository::Repository;
use ctg_core::read::scan::{Scan, scan};

/// The commit and side `when` names (`copil`, a date `YYYY-MM-DD` or
/// `DD/MM/YYYY`, or a
/// git revision), and that commit's files under the root.
fn resolve(
    root: &Path,
    git: &mut Git,
    when: &str,
    convention: Option<&Convention>,
    today: NaiveDate,
) -> Result<(Side, Tree), Notice> {
    let day = if when == "copil" {
        Some(
            convention
                .and_then(|c| last_held(&c.copil.meetings, today))
                .ok_or(Notice::NoHeldCopil { at: today })?,
        )
    } else {
        ctg_core::i18n::input::date(when)
    };
    let commit = match day {
        // A day: the last commit on or before it, first parents only.
        Some(day) => {
            let found = git::commit_on(root, &mut git.store, day)?;
            git.store.commit(root, &found.id)?
        }
        None => git.store.commit(root, when)?,
    };
    let side = Side {
        rev: Some(when.to_owned()),
        commit: Some(commit.commit.short.clone()),
        date: day.unwrap_or(commit.commit.date),
    };
    let tree = git.store.files(&commit, &git.prefix)?;
    Ok((side, tree))
}

/// The repository's object store, and where the CTG root is in it.
struct Git {
    store: Store,
    prefix: Vec<u8>,
}

/// Where the root is in git, asked once for both sides: the first side
/// to need it asks, the other waits for the same answer.
type Prefix = std::sync::OnceLock<Result<Vec<u8>, Notice>>;

impl Git {
    fn open(root: &Path, prefix: &Prefix) -> Result<Git, Notice> {
        // The reader starts while the other git answers: both take a few
        // milliseconds to start.
        let store = Store::open(root)?;
        let prefix = prefix.get_or_init(|| git::prefix(root)).clone()?;
        Ok(Git { store, prefix })
    }

    /// With the prefix already known (which also said the root is in git).
    fn with_prefix(root: &Path, prefix: Vec<u8>) -> Result<Git, Notice> {
        Ok(Git {
            store: Store::open(root)?,
            prefix,
        })
    }
}

/// The work tree, read as `check` reads it (`found`, its walk), each file's
/// git object id computed from its bytes, so that a commit's reading can
/// reuse the files that did not change.
pub fn read_work_tree(root: &Path, found: Scan) -> (Loaded, Memo) {
    load_scan(
        root,
        found,
        Reading {
            remember: true,
            object_ids: true,
            ..Reading::default()
        },
    )
}

/// A commit's version of the records (its `tree`): from the work tree where
/// it holds the commit's bytes (`work_tree`), else from the store; the files
/// `reuse` read cleanly are not read at all.
fn read_commit(
    root: &Path,
    mut store: Store,
    tree: Tree,
    reuse: Option<&Memo>,
    work_tree: bool,
) -> (Loaded, Memo) {
    let found = git::committed(root, &mut store, tree, reuse, work_tree);
    let objects = git::Objects::new(store, &found);
    let get = |id: &str| objects.get(id);
    let prefetch = |ids: &[&str]| objects.prefetch(ids);
    load_scan(
        root,
        found,
        Reading {
            objects: Some(&get),
            prefetch: Some(&prefetch),
            remember: reuse.is_none(),
            object_ids: false,
        },
    )
}

/// What moved since the last COPIL held on or before `today`, from the
/// commit before it to the work tree (already read, with its memo): `None`
/// without such a COPIL or without a commit before it.
fn since_copil(
    root: &Path,
    prefix: Vec<u8>,
    new: &Repository,
    memo: &Memo,
    today: NaiveDate,
) -> Option<Changes> {
    let mut git = Git::with_prefix(root, prefix).ok()?;
    let (from, tree) = resolve(root, &mut git, "copil", new.convention.as_ref(), today).ok()?;
    let (old, _) = read_commit(root, git.store, tree, Some(memo), false);
    Some(Changes::compute(from, &old.repo, work_tree(today), new))
}

/// The analysis of the work tree, and what moved since the last COPIL when
/// the records are in git with a commit before it (see [`since_copil`]).
pub fn analyse_with_history(root: &Path, today: NaiveDate) -> (Analysis, Option<Changes>) {
    // Where the root is in git, if it is: asked while the folder is walked.
    let (prefix, found) = std::thread::scope(|threads| {
        let prefix = threads.spawn(|| git::work_tree_prefix(root));
        let found = scan(root);
        (prefix.join().ok().flatten(), found)
    });
    let Some(prefix) = prefix else {
        let (loaded, _) = load_scan(root, found, Reading::default());
        return (analyse_loaded(loaded, today), None);
    };
    let (loaded, memo) = read_work_tree(root, found);
    let analysis = analyse_loaded(loaded, today);
    let since = since_copil(root, prefix, &analysis.repo, &memo, today);
    (analysis, since)
}

/// The work tree as a side: no revision, as of `today`.
fn work_tree(today: NaiveDate) -> Side {
    Side {
        rev: None,
        commit: None,
        date: today,
    }
}

/// One side `--since` or `--until` names, resolved, with its own store.
fn side(
    root: &Path,
    when: &str,
    convention: Option<&Convention>,
    today: NaiveDate,
    prefix: &Prefix,
) -> Result<(Store, Side, Tree), Notice> {
    let mut git = Git::open(root, prefix)?;
    let (side, tree) = resolve(root, &mut git, when, convention, today)?;
    Ok((git.store, side, tree))
}

/// Runs `ctg changes`.
pub fn run(context: &Context, args: &ChangesArgs) -> anyhow::Result<Exit> {
    let root = &context.root;
    let lang_root = context.lang_of_root();
    let today = context.today;
    // `copil` is read from today's `copil.toml`, only when asked for.
    let copil = args.since == "copil" || args.until.as_deref() == Some("copil");
    let convention = if copil {
        work_tree_convention(root)
    } else {
        None
    };
    let convention = convention.as_ref();
    let prefix = Prefix::new();
    std::thread::scope(|threads| {
        // The older side is resolved while the newer one is read: each
        // mostly waits for git or for the disk.
        let older = threads.spawn(|| side(root, &args.since, convention, today, &prefix));
        let newer = match &args.until {
            // A commit, read from the work tree where it holds the same bytes.
            Some(when) => match side(root, when, convention, today, &prefix) {
                Ok((store, side, tree)) => {
                    let (loaded, memo) = read_commit(root, store, tree, None, true);
                    Ok((loaded, memo, side))
                }
                Err(notice) => Err(notice),
            },
            None => {
                let (loaded, memo) = read_work_tree(root, scan(root));
                Ok((loaded, memo, work_tree(today)))
            }
        };
        // The older side's refusal first (outside git, an unknown revision):
        // it is the one every run names.
        let (store, from, tree) = match joined(older.join()) {
            Ok(older) => older,
            Err(notice) => return refuse(&notice, lang_root),
        };
        let (new, memo, to) = match newer {
            Ok(newer) => newer,
            Err(notice) => return refuse(&notice, lang_root),
        };
        let mut new = new;
        left_out_if_skipped(&mut new);
        let lang = context.lang_for(new.repo.convention.as_ref().and_then(|c| c.language));
        let (mut old, _) = read_commit(root, store, tree, Some(&memo), false);
        left_out_if_skipped(&mut old);
        let changes = Changes::compute(from, &old.repo, to, &new.repo);
        let text = match args.format {
            ChangesFormat::Table => render::text(&changes, lang, crate::render::width()),
            ChangesFormat::Markdown => render::markdown(&changes, lang),
            ChangesFormat::Json => render::json(&changes),
        };
        print_stdout(&text)?;
        let exit = name_left_out(&[(&old, &changes.from), (&new, &changes.to)], lang);
        // The process ends next: freeing every record one by one would only
        // delay it (as `check` does).
        std::mem::forget((old, new));
        Ok(exit)
    })
}

/// Counts a record file that was skipped (a FIFO, a dangling link where a
/// record was) as left out: what it holds cannot be told, so it is named on
/// stderr and its record is called neither added nor removed.
fn left_out_if_skipped(loaded: &mut Loaded) {
    use ctg_core::read::problems::files::SKIPPED_FILE;
    let skipped = loaded
        .diagnostics
        .iter()
        .filter(|d| d.code == SKIPPED_FILE && ctg_core::read::scan::kind_of(&d.file).is_some());
    let left: Vec<ctg_core::read::repository::LeftOut> = skipped
        .map(|d| ctg_core::read::repository::LeftOut {
            file: d.file.clone(),
            code: d.code,
        })
        .collect();
    loaded.repo.left_out.extend(left);
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
    let files = sides.iter().flat_map(|(loaded, side)| {
        loaded.repo.left_out.iter().map(move |left| {
            let file = match &side.commit {
                Some(commit) => format!("{commit}:{}", left.file),
                None => left.file.clone(),
            };
            (file, left.code.as_str())
        })
    });
    super::say_left_out(files, lang)
}

/// What a thread gave, a panic (never seen) said as a failure of git's.
fn joined<T>(result: std::thread::Result<Result<T, Notice>>) -> Result<T, Notice> {
    result.unwrap_or_else(|_| {
        Err(Notice::NoGit {
            error: "git: a reading thread failed".into(),
        })
    })
}
