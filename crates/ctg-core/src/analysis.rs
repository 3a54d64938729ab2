//! The whole check: load a repository, run every rule, and put the problems
//! in the order users read them (by file, line and column).

use std::path::Path;

use chrono::NaiveDate;

use crate::diagnostics::{Diagnostic, Severity};
use crate::read::document::MAX_PROBLEMS_PER_FILE;
use crate::read::loader::{Loaded, load};
use crate::read::problems::fields::FieldProblem;
use crate::read::repository::Repository;
use crate::read::source::Position;
use crate::rules;

pub mod codes;

/// A diagnostic with its line and column resolved.
#[derive(Debug, Clone)]
pub struct Located {
    /// The problem.
    pub diagnostic: Diagnostic,
    /// Its position, where it has one.
    pub position: Option<Position>,
}

/// Everything `ctg check` found.
#[derive(Debug)]
pub struct Findings {
    /// How many files were examined.
    pub files: usize,
    /// The problems, sorted by file, line, column, then code (in
    /// documentation order).
    pub diagnostics: Vec<Located>,
}

impl Findings {
    /// The number of problems of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.diagnostic.severity() == severity)
            .count()
    }

    /// The number of errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// The number of warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }
}

/// A loaded repository and its findings: what every command starts from.
#[derive(Debug)]
pub struct Analysis {
    /// The sound records.
    pub repo: Repository,
    /// The problems.
    pub findings: Findings,
}

/// Loads the repository at `root` and checks it as of `today`.
pub fn analyse(root: &Path, today: NaiveDate) -> Analysis {
    analyse_loaded(load(root), today)
}

/// Checks a repository already read (from a walk or from git) as of `today`.
pub fn analyse_loaded(loaded: Loaded, today: NaiveDate) -> Analysis {
    analyse_with(loaded, today, rules::Settings::default())
}

/// Checks a repository already read as of `today`, with `settings`.
pub fn analyse_with(loaded: Loaded, today: NaiveDate, settings: rules::Settings) -> Analysis {
    analyse_placing(loaded, today, settings, Places::All)
}

/// The rules, then the problems placed as `places` says.
fn analyse_placing(
    loaded: Loaded,
    today: NaiveDate,
    settings: rules::Settings,
    places: Places,
) -> Analysis {
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(rules::check(&loaded.repo, today, settings));
    let findings = locate_where(&loaded.repo, diagnostics, places);
    Analysis {
        repo: loaded.repo,
        findings,
    }
}

/// Checks `root` as of `today` for an answer that counts its problems
/// without showing them (`ctg portfolio`): the same problems and counts as
/// [`analyse`], but a file whose text the loader dropped is read again only
/// when it has more problems than are shown of one file, whose order then
/// decides which are counted under the note that closes them. Every other
/// problem keeps no line or column. Across 400 CTGs, the files read again
/// for places nobody sees were 7 % of the files opened.
pub fn analyse_for_counts(root: &Path, today: NaiveDate) -> Analysis {
    analyse_placing(
        load(root),
        today,
        rules::Settings::default(),
        Places::WhereCapped,
    )
}

/// Which problems get their line and column.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Places {
    /// Every problem.
    All,
    /// Those of files with more problems than [`MAX_PROBLEMS_PER_FILE`].
    WhereCapped,
}

/// Reads again the files whose text was dropped by the loader and which a
/// rule's problem points into: their lines and columns need it.
fn reread(repo: &Repository, diagnostics: &[Diagnostic], places: Places) {
    use rayon::prelude::*;
    let capped: foldhash::HashSet<&str> = match places {
        Places::All => foldhash::HashSet::default(),
        Places::WhereCapped => {
            let mut per_file: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
            for d in diagnostics {
                *per_file.entry(d.file.as_str()).or_default() += 1;
            }
            per_file
                .into_iter()
                .filter(|(_, n)| *n > MAX_PROBLEMS_PER_FILE)
                .map(|(file, _)| file)
                .collect()
        }
    };
    let mut wanted: Vec<&crate::read::source::SourceFile> = diagnostics
        .iter()
        .filter(|d| d.span.is_some())
        .filter(|d| places == Places::All || capped.contains(d.file.as_str()))
        .filter_map(|d| repo.source(&d.file))
        .filter(|source| source.text().is_none())
        .collect();
    wanted.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    wanted.dedup_by(|a, b| a.path == b.path);
    wanted
        .par_iter()
        .for_each(|source| source.reread(&repo.root.join(&*source.path)));
}

/// Resolves positions and sorts, so that output is the same on every run.
pub fn locate(repo: &Repository, diagnostics: Vec<Diagnostic>) -> Findings {
    locate_where(repo, diagnostics, Places::All)
}

fn locate_where(repo: &Repository, diagnostics: Vec<Diagnostic>, places: Places) -> Findings {
    reread(repo, &diagnostics, places);
    let mut ranked: Vec<(usize, Located)> = diagnostics
        .into_iter()
        .map(|diagnostic| {
            let position = diagnostic
                .span
                .as_ref()
                .and_then(|span| repo.source(&diagnostic.file)?.position(span.start));
            let rank = codes::rank(diagnostic.code);
            let located = Located {
                diagnostic,
                position,
            };
            (rank, located)
        })
        .collect();
    // The note that a file stopped some rules comes after that file's own
    // problems: it is their consequence.
    let after = |l: &Located| l.diagnostic.code == rules::skipped::NOT_CHECKED;
    ranked.sort_by(|(a_rank, a), (b_rank, b)| {
        (&a.diagnostic.file, after(a), a.position, a_rank).cmp(&(
            &b.diagnostic.file,
            after(b),
            b.position,
            b_rank,
        ))
    });
    Findings {
        files: repo.file_count,
        diagnostics: cap_per_file(ranked.into_iter().map(|(_, located)| located)),
    }
}

/// At most [`MAX_PROBLEMS_PER_FILE`] problems of one file, then one saying
/// how many more (under the code of the first not shown, at its place), as
/// the reading does for a file's own problems: the rules' problems count
/// too, so that no file floods the output whatever found its problems.
/// `sorted` is sorted by file.
fn cap_per_file(sorted: impl Iterator<Item = Located>) -> Vec<Located> {
    let mut out: Vec<Located> = Vec::new();
    let mut kept = 0;
    let mut more: Option<(Located, usize)> = None;
    let flush = |out: &mut Vec<Located>, more: &mut Option<(Located, usize)>| {
        if let Some((first, count)) = more.take() {
            let diagnostic = Diagnostic::new(
                &first.diagnostic.file,
                first.diagnostic.span.clone(),
                FieldProblem::MoreProblems {
                    more: count,
                    code: first.diagnostic.code,
                },
            );
            out.push(Located {
                diagnostic,
                position: first.position,
            });
        }
    };
    for located in sorted {
        let same_file = out
            .last()
            .is_some_and(|last| last.diagnostic.file == located.diagnostic.file);
        if !same_file {
            flush(&mut out, &mut more);
            kept = 0;
        }
        // The note of the rules a file stopped (its last) is never counted
        // away: it says what was not checked at all.
        if located.diagnostic.code == rules::skipped::NOT_CHECKED {
            flush(&mut out, &mut more);
            out.push(located);
            continue;
        }
        if kept < MAX_PROBLEMS_PER_FILE {
            kept += 1;
            out.push(located);
            continue;
        }
        // A note of the reading's own stands for all it counted.
        let count = match located.diagnostic.message_as::<FieldProblem>() {
            Some(FieldProblem::MoreProblems { more, .. }) => *more,
            _ => 1,
        };
        match &mut more {
            Some((_, total)) => *total += count,
            None => more = Some((located, count)),
        }
    }
    flush(&mut out, &mut more);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// #10 item 11: a rule's problems count toward a file's cap too.
    #[test]
    fn no_file_shows_more_than_the_cap_whoever_found_its_problems() {
        let at = |file: &str, line: usize| Located {
            diagnostic: Diagnostic::new(
                file,
                Some(line..line + 1),
                FieldProblem::EmptyList { key: "x".into() },
            ),
            position: Some(Position { line, column: 1 }),
        };
        let mut many: Vec<Located> = (1..=150).map(|line| at("a.toml", line)).collect();
        many.push(at("b.toml", 1));
        many.push(at("b.toml", 2));
        let capped = cap_per_file(many.into_iter());
        assert_eq!(capped.len(), MAX_PROBLEMS_PER_FILE + 1 + 2);
        let note = &capped[MAX_PROBLEMS_PER_FILE];
        assert_eq!(note.position.map(|p| p.line), Some(101));
        assert!(matches!(
            note.diagnostic.message_as::<FieldProblem>(),
            Some(FieldProblem::MoreProblems { more: 50, .. })
        ));
        assert_eq!(capped[MAX_PROBLEMS_PER_FILE + 1].diagnostic.file, "b.toml");
    }

    /// Problems at one place come in documentation order, not by name:
    /// `outside-convention` before `meeting-not-recorded`.
    #[test]
    fn problems_at_one_place_sort_in_documentation_order() {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in codes::BASE {
            let full = dir.path().join(path);
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(full, text).unwrap();
        }
        let commission = "name = \"Petite enfance\"\nkind = \"thematic\"\nreferent = \"marie-dupont\"\n\n[[meeting]]\ndate = 2024-06-01\nstatus = \"planned\"\n";
        std::fs::write(
            dir.path().join("commissions/petite-enfance.toml"),
            commission,
        )
        .unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let found: Vec<&str> = analyse(dir.path(), today)
            .findings
            .diagnostics
            .iter()
            .map(|d| d.diagnostic.code.as_str())
            .collect();
        assert_eq!(found, ["outside-convention", "meeting-not-recorded"]);
    }
}
