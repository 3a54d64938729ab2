//! `ctg portfolio`: every CTG of a Caf on one screen, all on the same date.
//!
//! Each CTG is read, checked and summarised into one [`CtgRow`], then its
//! records are dropped: the answer holds a few hundred bytes per CTG, so a
//! département's hundreds of CTGs need no more memory than the few being
//! read at once. CTGs are read in parallel on rayon's pool, the same pool
//! each CTG's loader reads its files on, so the two levels share the
//! machine's threads instead of multiplying them.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::Serialize;

use crate::analysis::{Analysis, analyse_for_counts};
use crate::answers::status::{ConventionInfo, last_and_next};
use crate::domain::fte::Fte;
use crate::domain::model::{ActionStatus, MeetingStatus};
use crate::domain::staffing;
use crate::i18n::Lang;

/// The cofunded FTE of one CTG (or of all) against the target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FteFigures {
    /// `fte.target` (the sum of the targets, for the total).
    pub target: Fte,
    /// The cofunded FTE on the date.
    pub total: Fte,
    /// `total - target`: negative while short.
    pub gap: Fte,
    /// The FTE of officers the Caf does not cofund, never in `total`.
    pub not_cofunded: Fte,
}

/// The COPIL's meetings against its yearly minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CopilFigures {
    /// The last meeting held on or before the date.
    pub last_held: Option<NaiveDate>,
    /// The next meeting planned on or after the date.
    pub next_planned: Option<NaiveDate>,
    /// Meetings held in the calendar year before the date's.
    pub held_last_year: u32,
    /// Meetings held so far in the date's calendar year.
    pub held_this_year: u32,
    /// The minimum of meetings a year (`copil.min_meetings_per_year`).
    pub min_per_year: u32,
}

impl CopilFigures {
    /// Whether last year's minimum was met; `None` when the convention had
    /// not started last year.
    pub fn met_last_year(&self, start: NaiveDate, date: NaiveDate) -> Option<bool> {
        (start.year() < date.year()).then_some(self.held_last_year >= self.min_per_year)
    }

    /// Whether this year's minimum is met so far.
    pub fn met_this_year(&self) -> bool {
        self.held_this_year >= self.min_per_year
    }
}

/// The action plan in four counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ActionFigures {
    /// Every action.
    pub total: usize,
    /// `done`.
    pub done: usize,
    /// Open and past their due date.
    pub overdue: usize,
    /// `blocked`.
    pub blocked: usize,
}

/// What `ctg check` finds in the CTG.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Problems {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
}

/// One CTG's line. The parts that need `copil.toml` are `None` when it
/// could not be read: the line still says where the CTG is and its errors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CtgRow {
    /// The convention's name, else the folder's.
    pub name: String,
    /// The folder, as found under the folder given.
    pub dir: String,
    /// First day of the convention.
    pub start: Option<NaiveDate>,
    /// Last day.
    pub end: Option<NaiveDate>,
    /// The year of the convention the date falls in (1 to `years`).
    pub year: Option<u32>,
    /// How many years the convention spans.
    pub years: Option<u32>,
    /// The communes, in the convention's order.
    pub communes: Vec<String>,
    /// The cofunded FTE against the target.
    pub fte: Option<FteFigures>,
    /// Officers with an assignment in effect on the date.
    pub officers: usize,
    /// The COPIL's meetings.
    pub copil: Option<CopilFigures>,
    /// The action plan.
    pub actions: ActionFigures,
    /// The data's health.
    pub problems: Problems,
    /// The language the CTG's records are written in (not in the JSON form).
    #[serde(skip)]
    pub language: Option<Lang>,
}

impl CtgRow {
    /// The line of the analysed CTG in folder `dir`, on `date`.
    pub fn of(analysis: &Analysis, dir: &str, date: NaiveDate) -> CtgRow {
        let repo = &analysis.repo;
        let convention = repo.convention.as_ref();
        let info = convention.map(|c| ConventionInfo::new(c, date));
        let staff = repo.staff();
        let fte = convention.map(|c| {
            let total = staffing::total_on(staffing::cofunded(staff), date);
            FteFigures {
                target: c.fte.target.value,
                total,
                gap: total - c.fte.target.value,
                not_cofunded: staffing::total_on(staffing::not_cofunded(staff), date),
            }
        });
        let copil = convention.map(|c| {
            let meetings = &c.copil.meetings;
            let held_in = |year: i32| {
                meetings
                    .iter()
                    .filter(|m| m.status == MeetingStatus::Held)
                    .filter(|m| m.date.value.year() == year && m.date.value <= date)
                    .count() as u32
            };
            let (last_held, next_planned) = last_and_next(meetings, date);
            CopilFigures {
                last_held,
                next_planned,
                held_last_year: held_in(date.year() - 1),
                held_this_year: held_in(date.year()),
                min_per_year: c.copil.min_meetings_per_year,
            }
        });
        let mut actions = ActionFigures::default();
        for action in &repo.actions {
            actions.total += 1;
            match action.status.value {
                ActionStatus::Done => actions.done += 1,
                ActionStatus::Blocked => actions.blocked += 1,
                _ => {}
            }
            if action.is_overdue(date) {
                actions.overdue += 1;
            }
        }
        let folder_name = || {
            std::path::Path::new(dir)
                .file_name()
                .map_or_else(|| dir.to_owned(), |n| n.to_string_lossy().into_owned())
        };
        CtgRow {
            name: convention.map_or_else(folder_name, |c| c.name.clone()),
            dir: dir.to_owned(),
            start: info.as_ref().map(|i| i.start),
            end: info.as_ref().map(|i| i.end),
            year: info.as_ref().and_then(|i| i.year),
            years: info.as_ref().map(|i| i.years),
            communes: convention.map(|c| c.communes.clone()).unwrap_or_default(),
            fte,
            officers: repo
                .officers
                .iter()
                .filter(|o| o.assignments.iter().any(|a| a.is_active(date)))
                .count(),
            copil,
            actions,
            problems: Problems {
                errors: analysis.findings.errors(),
                warnings: analysis.findings.warnings(),
            },
            language: convention.and_then(|c| c.language),
        }
    }
}

/// The counters of every CTG, summed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Total {
    /// How many CTGs.
    pub ctgs: usize,
    /// Their FTE and targets, summed (CTGs whose plan could not be read add nothing).
    pub fte: FteFigures,
    /// Officers in post.
    pub officers: usize,
    /// Their actions.
    pub actions: ActionFigures,
    /// Their problems.
    pub problems: Problems,
    /// How many CTGs have at least one error.
    pub ctgs_with_errors: usize,
}

/// How the lines are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// By name (then folder).
    Name,
    /// The most short of their target first.
    Gap,
    /// The most overdue actions first.
    Overdue,
    /// The most errors, then warnings, first.
    Problems,
}

/// `ctg portfolio`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Portfolio {
    /// The date every figure is for.
    pub date: NaiveDate,
    /// One line per CTG.
    pub ctgs: Vec<CtgRow>,
    /// Every line summed.
    pub total: Total,
}

impl Portfolio {
    /// Reads every CTG of `ctgs` (`(folder, folder as shown)`), in parallel,
    /// and keeps one line of each, sorted by `sort`.
    pub fn compute(ctgs: &[(PathBuf, String)], date: NaiveDate, sort: Sort) -> Portfolio {
        Portfolio::compute_with(ctgs, date, sort, &|_, _| ()).0
    }

    /// [`Portfolio::compute`], and what `each` makes of every CTG while
    /// its records are read (its report, for `--reports`), in the order of
    /// `ctgs`: the records are still dropped one CTG at a time.
    pub fn compute_with<R: Send>(
        ctgs: &[(PathBuf, String)],
        date: NaiveDate,
        sort: Sort,
        each: &(dyn Fn(&Path, &Analysis) -> R + Sync),
    ) -> (Portfolio, Vec<R>) {
        let (mut rows, made): (Vec<CtgRow>, Vec<R>) = ctgs
            .par_iter()
            .map(|(root, shown)| {
                let analysis = analyse_for_counts(root, date);
                let row = CtgRow::of(&analysis, shown, date);
                let made = each(root, &analysis);
                // The records go now: only the line is kept.
                drop(analysis);
                (row, made)
            })
            .unzip();
        sort_rows(&mut rows, sort);
        let total = total(&rows);
        (
            Portfolio {
                date,
                ctgs: rows,
                total,
            },
            made,
        )
    }

    /// The language the CTGs share, if they all say the same.
    pub fn language(&self) -> Option<Lang> {
        let first = self.ctgs.first()?.language?;
        self.ctgs
            .iter()
            .all(|c| c.language == Some(first))
            .then_some(first)
    }
}

fn sort_rows(rows: &mut [CtgRow], sort: Sort) {
    let name = |r: &CtgRow| (r.name.to_lowercase(), r.dir.clone());
    match sort {
        Sort::Name => rows.sort_by_cached_key(name),
        // No plan read: after every figure.
        Sort::Gap => rows.sort_by_cached_key(|r| (r.fte.is_none(), r.fte.map(|f| f.gap), name(r))),
        Sort::Overdue => {
            rows.sort_by_cached_key(|r| (std::cmp::Reverse(r.actions.overdue), name(r)))
        }
        Sort::Problems => rows.sort_by_cached_key(|r| {
            (
                std::cmp::Reverse((r.problems.errors, r.problems.warnings)),
                name(r),
            )
        }),
    }
}

fn total(rows: &[CtgRow]) -> Total {
    let mut total = Total {
        ctgs: rows.len(),
        ..Total::default()
    };
    for row in rows {
        if let Some(fte) = row.fte {
            total.fte.target += fte.target;
            total.fte.total += fte.total;
            total.fte.not_cofunded += fte.not_cofunded;
        }
        total.officers += row.officers;
        total.actions.total += row.actions.total;
        total.actions.done += row.actions.done;
        total.actions.overdue += row.actions.overdue;
        total.actions.blocked += row.actions.blocked;
        total.problems.errors += row.problems.errors;
        total.problems.warnings += row.problems.warnings;
        if row.problems.errors > 0 {
            total.ctgs_with_errors += 1;
        }
    }
    total.fte.gap = total.fte.total - total.fte.target;
    total
}
