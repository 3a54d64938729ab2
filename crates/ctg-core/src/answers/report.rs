//! `ctg report`: the yearly follow-up brought to the COPIL, as one answer.
//!
//! Every figure is as of one date, [`Report::date`]: the end of the
//! reported year, or today if that is earlier (see [`figures_date`]). The
//! records are today's, so what they say is read back to that date: an
//! action completed after it was still under way then ([`status_on`]), a
//! meeting held after it was still to come, a measure after it is ignored.
//! A COPIL reading the report of a past year sees that year as it ended,
//! not today's state under last year's title.
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
use foldhash::HashMap;

use crate::analysis::Analysis;
use crate::answers::actions::{ActionCounts, ActionRow, Names, sort_by_due};
use crate::answers::fte::{FteAnswer, FteHistory};
use crate::answers::indicators::{IndicatorFilter, IndicatorList};
use crate::diagnostics::Severity;
use crate::domain::model::{
    Action, ActionStatus, Commission, Convention, Meeting, MeetingStatus, Member,
};
use crate::read::repository::Repository;

/// The COPIL in the reported year.
#[derive(Debug)]
pub struct CopilYear<'r> {
    /// Its members, in file order.
    pub members: &'r [Member],
    /// How many of them represent funders.
    pub funders: usize,
    /// Its meetings dated in the year, by date.
    pub meetings: Vec<MeetingOn<'r>>,
    /// How many of those were held by the report's date.
    pub held: u32,
    /// The minimum number of held meetings a year.
    pub min: u32,
    /// The first meeting still to come on the report's date.
    pub next: Option<&'r Meeting>,
}

/// One commission in the reported year.
#[derive(Debug)]
pub struct CommissionYear<'r> {
    /// The commission.
    pub commission: &'r Commission,
    /// Its referent's name (the id when the officer is not loaded).
    pub referent: Option<String>,
    /// False when the referent is loaded but has no assignment on the
    /// report's date (they had left: `referent-inactive`).
    pub referent_in_post: bool,
    /// Its meetings dated in the year, by date.
    pub meetings: Vec<MeetingOn<'r>>,
    /// How many of those were held by the report's date.
    pub held: u32,
    /// The first meeting still to come on the report's date.
    pub next: Option<&'r Meeting>,
    /// Its actions by status on the report's date.
    pub actions: ActionCounts,
}

/// A meeting as it stood on the report's date: one held later was still
/// planned then.
#[derive(Debug, Clone, Copy)]
pub struct MeetingOn<'r> {
    /// The meeting, as recorded.
    pub meeting: &'r Meeting,
    /// Its status on the report's date.
    pub status: MeetingStatus,
}

/// One commission's part of the plan.
#[derive(Debug)]
pub struct CommissionPlan<'r> {
    /// The commission's name (its id when it is not loaded).
    pub name: String,
    /// Its actions by status.
    pub counts: ActionCounts,
    /// Every one of its actions, by due date (undated last) then id.
    pub actions: Vec<ActionRow<'r>>,
}

/// The action plan, on the report's date.
#[derive(Debug)]
pub struct Plan<'r> {
    /// Every action by status.
    pub counts: ActionCounts,
    /// The whole plan by commission, in the order of the commissions' ids,
    /// then actions whose commission is not loaded (by its id).
    pub by_commission: Vec<CommissionPlan<'r>>,
    /// Actions completed in the year, by completion date then id.
    pub done: Vec<ActionRow<'r>>,
    /// Open actions past their due date, by due date then id.
    pub overdue: Vec<ActionRow<'r>>,
    /// Blocked actions, by due date then id.
    pub blocked: Vec<ActionRow<'r>>,
    /// How many actions of a report dated before today keep a status the
    /// records do not date (`blocked`, `paused`, `abandoned`): shown as
    /// recorded today, which the page says.
    pub undated: usize,
}

/// The data's health, from the findings of `ctg check`: counted in records,
/// as the page says it to elected members (the codes are `ctg check`'s).
#[derive(Debug, Default)]
pub struct Health {
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// How many files have at least one error.
    pub files_with_errors: usize,
    /// How many files have at least one warning.
    pub files_with_warnings: usize,
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
    /// The date every figure is as of: the end of the year, or today if
    /// earlier (see [`figures_date`]).
    pub date: NaiveDate,
    /// What "today" is: the day the report was made.
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
    pub plan: Plan<'r>,
    /// Every indicator, evaluated on [`Report::figures_date`] (the date of
    /// the staffing figures), grouped by commission as `ctg indicators`
    /// lists them.
    pub indicators: IndicatorList,
    /// The data's health.
    pub health: Health,
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
    // The records say nothing beyond today: for a year still ahead, the
    // actions and meetings are as they stand (the FTE are what the dated
    // assignments plan on `date`).
    let on = date.min(today);
    let copil = &convention.copil;
    let (meetings, held) = of_year(&copil.meetings, year, on);
    let names = Names::of(repo);
    let rows: Vec<ActionRow<'r>> = repo.actions.iter().map(|a| row_on(&names, a, on)).collect();
    // Each commission's counts from one pass over the rows: a loop over the
    // commissions that walked every row was quadratic (500 commissions and
    // 100,000 actions: 50 million comparisons).
    let mut counts_by_commission: HashMap<&str, ActionCounts> = HashMap::default();
    for row in &rows {
        counts_by_commission
            .entry(row.commission)
            .or_default()
            .add(row.status, row.overdue);
    }
    Ok(Report {
        year,
        year_index: (year - first + 1, last - first + 1),
        date,
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
            next: next_on(&copil.meetings, on),
        },
        commissions: repo
            .commissions
            .iter()
            .map(|commission| {
                let (meetings, held) = of_year(&commission.meetings, year, on);
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
                        .is_none_or(|o| o.assignments.iter().any(|a| a.is_active(on))),
                    meetings,
                    held,
                    next: next_on(&commission.meetings, on),
                    actions: counts_by_commission
                        .get(&*commission.id)
                        .copied()
                        .unwrap_or_default(),
                }
            })
            .collect(),
        plan: plan(repo, rows, year, on < today),
        indicators: IndicatorList::compute(repo, date, &IndicatorFilter::default()),
        health: health(analysis),
    })
}

/// The meetings dated in `year`, by date, each as it stood `on` that day,
/// and how many were held by then.
fn of_year(meetings: &[Meeting], year: i32, on: NaiveDate) -> (Vec<MeetingOn<'_>>, u32) {
    let mut of_year: Vec<MeetingOn<'_>> = meetings
        .iter()
        .filter(|m| m.date.value.year() == year)
        .map(|meeting| MeetingOn {
            meeting,
            status: meeting_status_on(meeting, on),
        })
        .collect();
    of_year.sort_by_key(|m| m.meeting.date.value);
    let held = of_year
        .iter()
        .filter(|m| m.status == MeetingStatus::Held)
        .count() as u32;
    (of_year, held)
}

/// A meeting's status `on` a day: held after it, it was still planned then.
/// A cancelled one stays cancelled (the records do not say when it was).
pub fn meeting_status_on(meeting: &Meeting, on: NaiveDate) -> MeetingStatus {
    match meeting.status {
        MeetingStatus::Held if meeting.date.value > on => MeetingStatus::Planned,
        status => status,
    }
}

/// The first meeting still to come `on` a day: planned on or after it, or
/// held after it (and so still planned then).
fn next_on(meetings: &[Meeting], on: NaiveDate) -> Option<&Meeting> {
    meetings
        .iter()
        .filter(|m| m.date.value >= on && meeting_status_on(m, on) == MeetingStatus::Planned)
        .min_by_key(|m| m.date.value)
}

/// An action's status `on` a day, from its dates: completed after it, it
/// was under way then, or planned if it had not started; any status but
/// `done` is `planned` before the action's start. Otherwise the status is
/// the recorded one: a `blocked`, `paused` or `abandoned` action carries no
/// date for that change, and nothing in the records says it happened
/// after `on`.
pub fn status_on(action: &Action, on: NaiveDate) -> ActionStatus {
    let not_started = action.start.is_some_and(|start| start > on);
    match action.status.value {
        ActionStatus::Done if action.completed.is_none_or(|day| day <= on) => ActionStatus::Done,
        _ if not_started => ActionStatus::Planned,
        ActionStatus::Done => ActionStatus::InProgress,
        status => status,
    }
}

/// The listing row of `action` as it stood `on` a day: its status then,
/// overdue when open and due before that day, and its recorded progress
/// only while the status is the recorded one (the progress of an action
/// since completed says nothing of where it stood then).
fn row_on<'r>(names: &Names<'r>, action: &'r Action, on: NaiveDate) -> ActionRow<'r> {
    let mut row = ActionRow::new(names, action, on);
    let status = status_on(action, on);
    if status != row.status {
        row.status = status;
        row.progress = None;
    }
    if status != ActionStatus::Done {
        row.completed = None;
    }
    row.overdue = status.is_open() && row.due.is_some_and(|due| due < on);
    row
}

fn officer_name(repo: &Repository, id: &str) -> String {
    repo.officer(id)
        .map_or_else(|| id.to_owned(), |o| o.name.clone())
}

/// The plan `on` the report's date; `past` when that date is before today,
/// so that the statuses the records do not date are counted.
fn plan<'r>(repo: &'r Repository, mut rows: Vec<ActionRow<'r>>, year: i32, past: bool) -> Plan<'r> {
    // Sorted once: every list below keeps this order (by due date), so that
    // none is sorted again.
    sort_by_due(&mut rows);
    let select = |keep: &dyn Fn(&ActionRow<'r>) -> bool| -> Vec<ActionRow<'r>> {
        rows.iter().filter(|r| keep(r)).cloned().collect()
    };
    let mut done = select(&|r| {
        r.status == ActionStatus::Done && r.completed.is_some_and(|d| d.year() == year)
    });
    done.sort_by(|a, b| (a.completed, &a.id).cmp(&(b.completed, &b.id)));
    let undated = if past {
        rows.iter()
            .filter(|r| {
                matches!(
                    r.status,
                    ActionStatus::Blocked | ActionStatus::Paused | ActionStatus::Abandoned
                )
            })
            .count()
    } else {
        0
    };
    let overdue = select(&|r| r.overdue);
    let blocked = select(&|r| r.status == ActionStatus::Blocked);
    let counts = ActionCounts::of(&rows);
    // The rows move into their commission's part, filed in one pass: not
    // copied (100,000 rows of a dozen strings each), and not found by a
    // walk of every row for each commission (quadratic).
    let index: HashMap<&str, usize> = repo
        .commissions
        .iter()
        .enumerate()
        .map(|(i, c)| (&*c.id, i))
        .collect();
    let mut filed: Vec<Vec<ActionRow<'r>>> = vec![Vec::new(); repo.commissions.len()];
    // Actions whose commission is not loaded still count in the plan.
    let mut orphans: BTreeMap<&'r str, Vec<ActionRow<'r>>> = BTreeMap::new();
    for row in rows {
        match index.get(row.commission) {
            Some(&i) => filed[i].push(row),
            None => orphans.entry(row.commission).or_default().push(row),
        }
    }
    let of_commission = |name: String, actions: Vec<ActionRow<'r>>| CommissionPlan {
        name,
        counts: ActionCounts::of(&actions),
        actions,
    };
    let mut by_commission: Vec<CommissionPlan> = repo
        .commissions
        .iter()
        .zip(filed)
        .map(|(c, actions)| of_commission(c.name.clone(), actions))
        .collect();
    for (id, actions) in orphans {
        by_commission.push(of_commission(id.to_owned(), actions));
    }
    Plan {
        counts,
        by_commission,
        done,
        overdue,
        blocked,
        undated,
    }
}

fn health(analysis: &Analysis) -> Health {
    let findings = &analysis.findings;
    let files = |severity: Severity| {
        findings
            .diagnostics
            .iter()
            .filter(|l| l.diagnostic.severity() == severity)
            .map(|l| l.diagnostic.file.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    };
    Health {
        errors: findings.errors(),
        warnings: findings.warnings(),
        files_with_errors: files(Severity::Error),
        files_with_warnings: files(Severity::Warning),
        left_out: analysis
            .repo
            .left_out
            .iter()
            .map(|l| l.file.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::At;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn action(
        status: ActionStatus,
        start: Option<NaiveDate>,
        completed: Option<NaiveDate>,
    ) -> Action {
        Action {
            id: "a".into(),
            file: "actions/a.toml".into(),
            title: "A".into(),
            commission: At::new("c".into(), 0..0),
            status: At::new(status, 0..0),
            lead: None,
            communes: Vec::new(),
            objective: None,
            start,
            due: None,
            completed,
            progress: None,
            indicators: Vec::new(),
        }
    }

    fn meeting(date: NaiveDate, status: MeetingStatus) -> Meeting {
        Meeting {
            date: At::new(date, 0..0),
            status,
            decisions: Vec::new(),
        }
    }

    /// On the last day of 2025, seen from November 2026.
    #[test]
    fn an_action_is_read_back_to_the_reports_date() {
        use ActionStatus as S;
        let on = day(2025, 12, 31);
        let (before, after) = (Some(day(2025, 3, 1)), Some(day(2026, 3, 1)));
        let cases = [
            // Completed by then, on the day itself, or undated: done.
            (S::Done, before, Some(day(2025, 6, 24)), S::Done),
            (S::Done, before, Some(on), S::Done),
            (S::Done, before, None, S::Done),
            // Completed later: under way, or planned if not started.
            (S::Done, before, Some(day(2026, 4, 7)), S::InProgress),
            (S::Done, None, Some(day(2026, 4, 7)), S::InProgress),
            (S::Done, after, Some(day(2026, 8, 28)), S::Planned),
            // Not started by then: planned, whatever it is today.
            (S::InProgress, after, None, S::Planned),
            (S::Blocked, after, None, S::Planned),
            (S::Paused, after, None, S::Planned),
            (S::Abandoned, after, None, S::Planned),
            // Nothing dates the change: the recorded status.
            (S::Blocked, before, None, S::Blocked),
            (S::Blocked, None, None, S::Blocked),
            (S::Abandoned, before, None, S::Abandoned),
            (S::InProgress, before, None, S::InProgress),
            (S::Planned, before, None, S::Planned),
        ];
        for (recorded, start, completed, then) in cases {
            assert_eq!(
                status_on(&action(recorded, start, completed), on),
                then,
                "{recorded:?} from {start:?}, completed {completed:?}"
            );
        }
    }

    #[test]
    fn a_meeting_held_later_was_still_to_come() {
        let on = day(2025, 12, 31);
        let meetings = [
            meeting(day(2025, 11, 20), MeetingStatus::Held),
            meeting(day(2026, 2, 1), MeetingStatus::Cancelled),
            meeting(day(2026, 6, 16), MeetingStatus::Held),
            meeting(day(2027, 3, 11), MeetingStatus::Planned),
        ];
        assert_eq!(meeting_status_on(&meetings[2], on), MeetingStatus::Planned);
        assert_eq!(meeting_status_on(&meetings[0], on), MeetingStatus::Held);
        assert_eq!(
            next_on(&meetings, on).map(|m| m.date.value),
            Some(day(2026, 6, 16))
        );
        // Today, the next is the one still planned.
        assert_eq!(
            next_on(&meetings, day(2026, 11, 28)).map(|m| m.date.value),
            Some(day(2027, 3, 11))
        );
        // A meeting planned on the day itself is still to come.
        assert_eq!(
            next_on(&meetings, day(2027, 3, 11)).map(|m| m.date.value),
            Some(day(2027, 3, 11))
        );
    }
}
