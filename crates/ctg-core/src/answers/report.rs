//! `ctg report`: the yearly follow-up brought to the COPIL, as one answer.
//!
//! The staffing figures are those of `ctg fte` ([`FteAnswer`], [`FteHistory`])
//! so the report and the terminal never disagree; the rest (the year's
//! meetings, the actions by status and by commission, the data's health) is
//! gathered here from the records and the findings of `ctg check`, with the
//! action rows and counts of `ctg status` and `ctg actions` ([`ActionRow`],
//! [`ActionCounts`]), and the indicators of `ctg indicators`
//! ([`IndicatorList`]) on the date of the figures.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::analysis::Analysis;
use crate::answers::actions::{ActionCounts, ActionRow, sort_by_due};
use crate::answers::fte::{FteAnswer, FteHistory};
use crate::answers::indicators::{IndicatorFilter, IndicatorList};
use crate::diagnostics::{Code, Severity};
use crate::domain::model::{ActionStatus, Commission, Convention, Meeting, MeetingStatus, Member};
use crate::read::repository::Repository;

/// The COPIL in the reported year.
#[derive(Debug)]
pub struct CopilYear<'r> {
    /// Its members, in file order.
    pub members: &'r [Member],
    /// How many of them represent funders.
    pub funders: usize,
    /// Its meetings dated in the year, by date.
    pub meetings: Vec<&'r Meeting>,
    /// How many of those were held.
    pub held: u32,
    /// The minimum number of held meetings a year.
    pub min: u32,
    /// The first planned meeting from today on.
    pub next: Option<&'r Meeting>,
}

/// One commission in the reported year.
#[derive(Debug)]
pub struct CommissionYear<'r> {
    /// The commission.
    pub commission: &'r Commission,
    /// Its referent's name (the id when the officer is not loaded).
    pub referent: Option<String>,
    /// False when the referent is loaded but has no assignment today (the
    /// referent is today's record, as the actions' statuses are; they left:
    /// `referent-inactive`).
    pub referent_in_post: bool,
    /// Its meetings dated in the year, by date.
    pub meetings: Vec<&'r Meeting>,
    /// How many of those were held.
    pub held: u32,
    /// The next planned meeting from today on.
    pub next: Option<&'r Meeting>,
    /// Its actions by status.
    pub actions: ActionCounts,
}

/// The action plan.
#[derive(Debug)]
pub struct Plan {
    /// Every action by status, as of today.
    pub counts: ActionCounts,
    /// The same by commission: `(commission name, counts)`, in the order of
    /// the commissions' ids, then actions whose commission is not loaded.
    pub by_commission: Vec<(String, ActionCounts)>,
    /// Actions completed in the year, by completion date then id.
    pub done: Vec<ActionRow>,
    /// Open actions past their due date, by due date then id.
    pub overdue: Vec<ActionRow>,
    /// Blocked actions, by due date then id.
    pub blocked: Vec<ActionRow>,
}

/// The data's health, from the findings of `ctg check`.
#[derive(Debug, Default)]
pub struct Health {
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// `(code, count)`, errors first then by code.
    pub codes: Vec<(Code, usize)>,
    /// Files left out of the answers for errors of their own.
    pub left_out: Vec<String>,
}

/// Everything `ctg report` shows.
#[derive(Debug)]
pub struct Report<'r> {
    /// The year reported.
    pub year: i32,
    /// Which year of the convention it is, and of how many.
    pub year_index: (i32, i32),
    /// What "today" is.
    pub today: NaiveDate,
    /// The convention.
    pub convention: &'r Convention,
    /// The figures of `ctg fte` on [`Report::figures_date`].
    pub fte: FteAnswer,
    /// The figures of `ctg fte --history`.
    pub history: FteHistory,
    /// The COPIL in the year.
    pub copil: CopilYear<'r>,
    /// Each commission in the year, by id.
    pub commissions: Vec<CommissionYear<'r>>,
    /// The action plan.
    pub plan: Plan,
    /// Every indicator, evaluated on [`Report::figures_date`] (the date of
    /// the staffing figures), grouped by commission as `ctg indicators`
    /// lists them.
    pub indicators: IndicatorList,
    /// The data's health.
    pub health: Health,
}

impl Report<'_> {
    /// The date of the staffing figures: today for the current year, else
    /// the year's last day, within the convention (see [`figures_date`]).
    pub fn figures_date(&self) -> NaiveDate {
        self.fte.date
    }
}

/// Why no report can be made for the year asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutsideConvention {
    /// The year asked for.
    pub year: i32,
    /// The convention's first year.
    pub first: i32,
    /// The convention's last year.
    pub last: i32,
}

/// The date of the staffing figures for `year`: today in the current year,
/// else the last day of the year (in the past, what it was; ahead, what the
/// dated assignments plan); never outside the convention's period, so that
/// the last year of a convention ending in June shows June's figures.
pub fn figures_date(year: i32, today: NaiveDate, convention: &Convention) -> NaiveDate {
    let date = if year == today.year() {
        today
    } else {
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today)
    };
    date.clamp(convention.start, convention.end.max(convention.start))
}

/// The report of `year`, with the records of `analysis` as of `today`.
pub fn compute<'r>(
    analysis: &'r Analysis,
    convention: &'r Convention,
    year: i32,
    today: NaiveDate,
) -> Result<Report<'r>, OutsideConvention> {
    let (first, last) = (convention.start.year(), convention.end.year());
    if year < first || year > last {
        return Err(OutsideConvention { year, first, last });
    }
    let repo = &analysis.repo;
    let date = figures_date(year, today, convention);
    let copil = &convention.copil;
    let (meetings, held) = of_year(&copil.meetings, year);
    let rows: Vec<ActionRow> = repo
        .actions
        .iter()
        .map(|a| ActionRow::new(repo, a, today))
        .collect();
    Ok(Report {
        year,
        year_index: (year - first + 1, last - first + 1),
        today,
        convention,
        fte: FteAnswer::compute(repo, convention, date),
        history: FteHistory::compute(repo, convention, date),
        copil: CopilYear {
            members: &copil.members,
            funders: copil.members.iter().filter(|m| m.funder).count(),
            meetings,
            held,
            min: copil.min_meetings_per_year,
            next: next_planned(&copil.meetings, today),
        },
        commissions: repo
            .commissions
            .iter()
            .map(|commission| {
                let (meetings, held) = of_year(&commission.meetings, year);
                CommissionYear {
                    commission,
                    referent: commission
                        .referent
                        .as_ref()
                        .map(|r| officer_name(repo, &r.value)),
                    referent_in_post: commission
                        .referent
                        .as_ref()
                        .and_then(|r| repo.officer(&r.value))
                        .is_none_or(|o| o.assignments.iter().any(|a| a.is_active(today))),
                    meetings,
                    held,
                    next: next_planned(&commission.meetings, today),
                    actions: ActionCounts::of(
                        rows.iter().filter(|r| *r.commission == *commission.id),
                    ),
                }
            })
            .collect(),
        plan: plan(repo, &rows, year),
        indicators: IndicatorList::compute(repo, date, &IndicatorFilter::default()),
        health: health(analysis),
    })
}

/// The meetings dated in `year`, by date, and how many were held.
fn of_year(meetings: &[Meeting], year: i32) -> (Vec<&Meeting>, u32) {
    let mut of_year: Vec<&Meeting> = meetings
        .iter()
        .filter(|m| m.date.value.year() == year)
        .collect();
    of_year.sort_by_key(|m| m.date.value);
    let held = of_year
        .iter()
        .filter(|m| m.status == MeetingStatus::Held)
        .count() as u32;
    (of_year, held)
}

/// The first planned meeting on or after `today`.
fn next_planned(meetings: &[Meeting], today: NaiveDate) -> Option<&Meeting> {
    meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Planned && m.date.value >= today)
        .min_by_key(|m| m.date.value)
}

fn officer_name(repo: &Repository, id: &str) -> String {
    repo.officer(id)
        .map_or_else(|| id.to_owned(), |o| o.name.clone())
}

fn plan(repo: &Repository, rows: &[ActionRow], year: i32) -> Plan {
    let mut by_commission: Vec<(String, ActionCounts)> = repo
        .commissions
        .iter()
        .map(|c| {
            let counts = ActionCounts::of(rows.iter().filter(|r| *r.commission == *c.id));
            (c.name.clone(), counts)
        })
        .collect();
    // Actions whose commission is not loaded still count in the plan.
    let mut orphans: BTreeMap<&str, Vec<&ActionRow>> = BTreeMap::new();
    for row in rows.iter().filter(|r| r.commission_name.is_none()) {
        orphans
            .entry(row.commission.as_str())
            .or_default()
            .push(row);
    }
    for (id, rows) in orphans {
        by_commission.push((id.to_owned(), ActionCounts::of(rows)));
    }
    let select = |keep: &dyn Fn(&ActionRow) -> bool| {
        let mut kept: Vec<ActionRow> = rows.iter().filter(|r| keep(r)).cloned().collect();
        sort_by_due(&mut kept);
        kept
    };
    let mut done = select(&|r| {
        r.status == ActionStatus::Done && r.completed.is_some_and(|d| d.year() == year)
    });
    done.sort_by(|a, b| (a.completed, &a.id).cmp(&(b.completed, &b.id)));
    Plan {
        counts: ActionCounts::of(rows),
        by_commission,
        done,
        overdue: select(&|r| r.overdue),
        blocked: select(&|r| r.status == ActionStatus::Blocked),
    }
}

fn health(analysis: &Analysis) -> Health {
    let findings = &analysis.findings;
    // Keyed by severity, then the code's place in documentation order.
    let mut codes: BTreeMap<(Severity, usize), (Code, usize)> = BTreeMap::new();
    for located in &findings.diagnostics {
        let code = located.diagnostic.code;
        codes
            .entry((code.severity(), crate::analysis::codes::rank(code)))
            .or_insert((code, 0))
            .1 += 1;
    }
    Health {
        errors: findings.errors(),
        warnings: findings.warnings(),
        codes: codes.into_values().collect(),
        left_out: analysis
            .repo
            .left_out
            .iter()
            .map(|l| l.file.clone())
            .collect(),
    }
}
