//! `ctg status`: the one screen an officer reads before a meeting.

use chrono::{Datelike, Days, Months, NaiveDate};
use foldhash::HashMap;
use serde::Serialize;

use crate::analysis::Analysis;
use crate::answers::actions::{ActionCounts, ActionRow, Names, sort_by_due};
use crate::answers::fte::FteAnswer;
use crate::domain::model::{CommissionKind, Convention, Meeting, MeetingStatus};
use crate::read::repository::Repository;

/// How many days ahead "due soon" looks.
pub const DUE_SOON_DAYS: u64 = 60;

/// The convention and where the date falls in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConventionInfo {
    /// Its name.
    pub name: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// The year of the convention the date falls in (1 for the first twelve
    /// months from `start`); `None` before it starts or after it ends.
    pub year: Option<u32>,
    /// How many years (twelve-month periods from `start`, the last one maybe
    /// shorter) the convention spans.
    pub years: u32,
}

impl ConventionInfo {
    /// The convention as of `date`.
    pub fn new(convention: &Convention, date: NaiveDate) -> ConventionInfo {
        let years = (1..)
            .find(|n| {
                convention
                    .start
                    .checked_add_months(Months::new(12 * n))
                    .is_none_or(|next| next > convention.end)
            })
            .unwrap_or(1);
        let year = convention.covers(date).then(|| {
            (1..=years)
                .find(|n| {
                    convention
                        .start
                        .checked_add_months(Months::new(12 * n))
                        .is_none_or(|next| date < next)
                })
                .unwrap_or(years)
        });
        ConventionInfo {
            name: convention.name.clone(),
            start: convention.start,
            end: convention.end,
            year,
            years,
        }
    }
}

/// Meetings of one calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YearMeetings {
    /// The calendar year.
    pub year: i32,
    /// Meetings held.
    pub held: u32,
    /// Meetings planned.
    pub planned: u32,
}

/// The held meetings of `year`, and its planned ones still to come on
/// `date` (one planned on a day that has passed is `meeting-not-recorded`
/// and counts for nothing, as in `ctg check`).
fn in_year(meetings: &[Meeting], year: i32, date: NaiveDate) -> YearMeetings {
    let of = |status| {
        meetings
            .iter()
            .filter(|m| m.status == status && m.date.value.year() == year)
            .filter(|m| status != MeetingStatus::Planned || m.date.value >= date)
            .count() as u32
    };
    YearMeetings {
        year,
        held: of(MeetingStatus::Held),
        planned: of(MeetingStatus::Planned),
    }
}

/// The day of the last meeting held on or before `date`.
pub fn last_held(meetings: &[Meeting], date: NaiveDate) -> Option<NaiveDate> {
    meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Held && m.date.value <= date)
        .map(|m| m.date.value)
        .max()
}

/// The last held meeting on or before `date`, and the next planned one on or after it.
pub fn last_and_next(
    meetings: &[Meeting],
    date: NaiveDate,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let last = last_held(meetings, date);
    let next = meetings
        .iter()
        .filter(|m| m.status == MeetingStatus::Planned && m.date.value >= date)
        .map(|m| m.date.value)
        .min();
    (last, next)
}

/// The COPIL at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CopilInfo {
    /// How many members it has.
    pub members: usize,
    /// How many of them represent a funder.
    pub funders: usize,
    /// The minimum of held meetings a year.
    pub min_meetings_per_year: u32,
    /// Each calendar year of the convention up to the date's (or the
    /// convention's last), with its meetings.
    pub years: Vec<YearMeetings>,
    /// The last meeting held on or before the date.
    pub last_held: Option<NaiveDate>,
    /// The next meeting planned on or after the date.
    pub next_planned: Option<NaiveDate>,
}

/// A commission at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommissionInfo {
    /// Its id (file stem).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Thematic or territorial.
    pub kind: CommissionKind,
    /// Its referent officer's id, if it has one.
    pub referent: Option<String>,
    /// That officer's name, if loaded.
    pub referent_name: Option<String>,
    /// False when that officer is loaded but has no assignment in effect on
    /// the date (they left: `referent-inactive`). Not in the JSON form.
    #[serde(skip)]
    pub referent_in_post: bool,
    /// The minimum of held meetings a year, if it sets one.
    pub min_meetings_per_year: Option<u32>,
    /// Its meetings in the date's calendar year.
    pub this_year: YearMeetings,
    /// The counts of the actions it carries.
    pub actions: ActionCounts,
}

/// The action plan at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionsInfo<'r> {
    /// Counts by status, over all actions.
    pub counts: ActionCounts,
    /// The overdue actions, by due date then id.
    pub overdue: Vec<ActionRow<'r>>,
    /// Open actions due from the date to [`DUE_SOON_DAYS`] days after it, by due date then id.
    pub due_soon: Vec<ActionRow<'r>>,
    /// The counts of the actions naming a commission that is not loaded, by
    /// that id, so that the table by commission adds up to `counts`; `true`
    /// when its file exists but was left out, `false` when no file has that
    /// id (`unknown-reference`). Not in the JSON form.
    #[serde(skip)]
    pub unknown_commissions: Vec<(String, bool, ActionCounts)>,
}

/// The indicators of the plan in one line, and those behind their path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorsInfo {
    /// How many indicators there are.
    pub total: usize,
    /// How many stand in each state, in the order of `State::ALL`.
    #[serde(serialize_with = "counts_by_state")]
    pub counts: Vec<(crate::domain::indicator::State, usize)>,
    /// Those behind the straight line to their target, in the order of
    /// `ctg indicators`.
    pub behind: Vec<crate::answers::indicators::IndicatorRow>,
}

fn counts_by_state<S: serde::Serializer>(
    counts: &[(crate::domain::indicator::State, usize)],
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(counts.len()))?;
    for (state, n) in counts {
        map.serialize_entry(state.as_str(), n)?;
    }
    map.end()
}

impl IndicatorsInfo {
    /// The indicators of `repo` on `date`.
    pub fn compute(repo: &Repository, date: NaiveDate) -> IndicatorsInfo {
        use crate::answers::indicators::{IndicatorFilter, IndicatorList};
        use crate::domain::indicator::State;
        let list = IndicatorList::compute(repo, date, &IndicatorFilter::default());
        IndicatorsInfo {
            total: list.indicators.len(),
            counts: list.counts(),
            behind: list
                .indicators
                .into_iter()
                .filter(|row| row.state == State::Behind)
                .collect(),
        }
    }
}

/// The health of the data, from the same rules as `ctg check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Health {
    /// Files examined.
    pub files: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
    /// Files whose records could not be loaded (so are missing from every figure).
    pub left_out: Vec<String>,
    /// The command that shows the detail.
    pub command: String,
}

/// `ctg status`. The parts that need `copil.toml` are `None` when it could not be loaded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status<'r> {
    /// The date the status is for.
    pub date: NaiveDate,
    /// The convention.
    pub convention: Option<ConventionInfo>,
    /// The FTE table.
    pub fte: Option<FteAnswer>,
    /// The COPIL.
    pub copil: Option<CopilInfo>,
    /// The commissions, by id.
    pub commissions: Vec<CommissionInfo>,
    /// The action plan.
    pub actions: ActionsInfo<'r>,
    /// The indicators: how many stand in each state, and those behind.
    pub indicators: IndicatorsInfo,
    /// The data's health.
    pub health: Health,
    /// What moved since the last COPIL, when the records' history in git
    /// tells (set by the caller, which reads git; `None` otherwise).
    pub since_copil: Option<crate::answers::changes::Changes>,
}

impl<'r> Status<'r> {
    /// The status of the analysed repository on `date`.
    pub fn compute(analysis: &'r Analysis, date: NaiveDate) -> Status<'r> {
        let repo = &analysis.repo;
        let convention = repo.convention.as_ref();
        let horizon = date
            .checked_add_days(Days::new(DUE_SOON_DAYS))
            .unwrap_or(NaiveDate::MAX);
        // One pass over the actions: the counts, in all and by commission,
        // and a row only for those listed (overdue, due soon). A loop over
        // the commissions that walked every action was quadratic (500
        // commissions and 100,000 actions: 50 million comparisons), and a
        // row for every action cost a third more memory than the check.
        let mut counts = ActionCounts::default();
        let mut by_commission: HashMap<&str, ActionCounts> = HashMap::default();
        let names = Names::of(repo);
        let mut overdue: Vec<ActionRow> = Vec::new();
        let mut due_soon: Vec<ActionRow> = Vec::new();
        for action in &repo.actions {
            let status = action.status.value;
            let is_overdue = action.is_overdue(date);
            counts.add(status, is_overdue);
            by_commission
                .entry(&action.commission.value)
                .or_default()
                .add(status, is_overdue);
            if is_overdue {
                overdue.push(ActionRow::new(&names, action, date));
            }
            let due = action.due.as_ref().map(|d| d.value);
            if status.is_open() && due.is_some_and(|d| date <= d && d <= horizon) {
                due_soon.push(ActionRow::new(&names, action, date));
            }
        }
        let copil = convention.map(|c| {
            let first = c.start.year();
            let last = date.year().min(c.end.year());
            let (last_held, next_planned) = last_and_next(&c.copil.meetings, date);
            CopilInfo {
                members: c.copil.members.len(),
                funders: c.copil.members.iter().filter(|m| m.funder).count(),
                min_meetings_per_year: c.copil.min_meetings_per_year,
                years: (first..=last)
                    .map(|y| in_year(&c.copil.meetings, y, date))
                    .collect(),
                last_held,
                next_planned,
            }
        });
        let commissions = repo
            .commissions
            .iter()
            .map(|c| {
                let referent = c.referent.as_ref().map(|r| r.value.to_string());
                CommissionInfo {
                    id: c.id.to_string(),
                    name: c.name.clone(),
                    kind: c.kind,
                    referent_name: referent
                        .as_deref()
                        .and_then(|id| repo.officer(id))
                        .map(|o| o.name.clone()),
                    // Only an officer known to have left is marked; one whose
                    // file is missing or left out is `ctg check`'s business.
                    referent_in_post: referent
                        .as_deref()
                        .and_then(|id| repo.officer(id))
                        .is_none_or(|o| o.assignments.iter().any(|a| a.is_active(date))),
                    referent,
                    min_meetings_per_year: c.min_meetings_per_year.as_ref().map(|m| m.value),
                    this_year: in_year(&c.meetings, date.year(), date),
                    actions: by_commission.get(&*c.id).copied().unwrap_or_default(),
                }
            })
            .collect();
        sort_by_due(&mut overdue);
        sort_by_due(&mut due_soon);
        Status {
            date,
            since_copil: None,
            convention: convention.map(|c| ConventionInfo::new(c, date)),
            fte: convention.map(|c| FteAnswer::compute(repo, c, date)),
            copil,
            commissions,
            actions: ActionsInfo {
                counts,
                overdue,
                due_soon,
                unknown_commissions: {
                    let mut ids: Vec<(&str, ActionCounts)> = by_commission
                        .iter()
                        .filter(|(id, _)| repo.commission(id).is_none())
                        .map(|(id, counts)| (*id, *counts))
                        .collect();
                    ids.sort_unstable_by_key(|(id, _)| *id);
                    ids.into_iter()
                        .map(|(id, counts)| {
                            let left_out = repo.known_ids.commissions.contains(id);
                            (id.to_owned(), left_out, counts)
                        })
                        .collect()
                },
            },
            indicators: IndicatorsInfo::compute(repo, date),
            health: Health {
                files: analysis.findings.files,
                errors: analysis.findings.errors(),
                warnings: analysis.findings.warnings(),
                left_out: repo.left_out.iter().map(|l| l.file.clone()).collect(),
                command: "ctg check".into(),
            },
        }
    }
}
