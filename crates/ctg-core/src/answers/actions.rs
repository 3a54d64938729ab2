//! `ctg actions`: the action plan, filtered and sorted by due date.

use chrono::NaiveDate;
use foldhash::HashMap;
use serde::Serialize;

use crate::domain::model::{Action, ActionStatus, At, ShortText};
use crate::domain::spoken;
use crate::read::repository::Repository;

/// A status to filter on: one of the file's, or the derived `overdue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    /// The action's `status` is this one.
    Is(ActionStatus),
    /// The action is open and past its due date.
    Overdue,
}

impl StatusFilter {
    /// The words `--status` accepts: the file's statuses, then `overdue`.
    pub fn names() -> Vec<&'static str> {
        let mut names = ActionStatus::NAMES.to_vec();
        names.push("overdue");
        names
    }

    /// The filter a word names, in either language (`en cours`,
    /// `in-progress`, `En retard`: see [`crate::domain::spoken`]).
    pub fn from_word(word: &str) -> Option<StatusFilter> {
        if spoken::is_overdue(word) {
            return Some(StatusFilter::Overdue);
        }
        spoken::action_status(word).map(StatusFilter::Is)
    }

    /// The word of this filter on the command line (`in-progress`, `overdue`).
    pub fn as_str(self) -> &'static str {
        match self {
            StatusFilter::Is(status) => status.as_str(),
            StatusFilter::Overdue => "overdue",
        }
    }

    /// Whether `row` passes.
    pub fn matches(self, row: &ActionRow<'_>) -> bool {
        match self {
            StatusFilter::Is(status) => row.status == status,
            StatusFilter::Overdue => row.overdue,
        }
    }
}

/// Which actions to keep; every field that is set must match (statuses: any of them).
#[derive(Debug, Clone, Default)]
pub struct ActionFilter {
    /// Commission ids (any of them); empty keeps all.
    pub commissions: Vec<String>,
    /// Statuses (any of them); empty keeps all.
    pub statuses: Vec<StatusFilter>,
    /// A commune, as `convention.communes` spells it (resolve it first with
    /// [`crate::domain::commune::resolve`]). An action with no communes concerns the
    /// whole territory and so matches every commune.
    pub commune: Option<String>,
    /// The lead officer's id.
    pub lead: Option<String>,
    /// Keep actions due strictly before this day (actions with no due date are left out).
    pub due_before: Option<NaiveDate>,
}

impl ActionFilter {
    /// Whether `row` passes every filter that is set.
    pub fn matches(&self, row: &ActionRow<'_>) -> bool {
        (self.commissions.is_empty() || self.commissions.iter().any(|c| c == row.commission))
            && (self.statuses.is_empty() || self.statuses.iter().any(|s| s.matches(row)))
            && self.commune.as_ref().is_none_or(|commune| {
                row.communes.is_empty() || row.communes.iter().any(|c| c == commune)
            })
            && self
                .lead
                .as_ref()
                .is_none_or(|lead| row.lead == Some(lead.as_str()))
            && self
                .due_before
                .is_none_or(|before| row.due.is_some_and(|due| due < before))
    }
}

/// One action of the plan, as every listing shows it. It borrows its texts
/// from the records: a listing of the whole plan (the report's, 100,000
/// actions) would otherwise copy a dozen strings per action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionRow<'r> {
    /// The action's id (file stem).
    pub id: &'r str,
    /// Its title, as written (escape it before printing to a terminal).
    pub title: &'r str,
    /// The id of the commission that carries it.
    pub commission: &'r str,
    /// That commission's name, if it is loaded.
    pub commission_name: Option<&'r str>,
    /// The lead officer's id, if any.
    pub lead: Option<&'r str>,
    /// The lead officer's name, if loaded.
    pub lead_name: Option<&'r str>,
    /// Its status as written in the file.
    pub status: ActionStatus,
    /// Whether it is open and past its due date on the answer's date.
    pub overdue: bool,
    /// When it starts.
    pub start: Option<NaiveDate>,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// When it was finished.
    pub completed: Option<NaiveDate>,
    /// How far along it is, in percent.
    pub progress: Option<u8>,
    /// The communes it concerns; empty means the whole territory.
    pub communes: Communes<'r>,
}

/// The communes of an action, as its record lists them: borrowed, since
/// most listings never show them (a list of its own for each of 100,000
/// rows was one allocation per row). Serialized as a list of names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Communes<'r>(&'r [At<ShortText>]);

impl<'r> Communes<'r> {
    /// The names, in the record's order.
    pub fn iter(&self) -> impl Iterator<Item = &'r str> + use<'r> {
        self.0.iter().map(|c| c.value.as_str())
    }

    /// Whether the action concerns the whole territory.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names with `separator` between them.
    pub fn join(&self, separator: &str) -> String {
        self.iter().collect::<Vec<_>>().join(separator)
    }
}

impl Serialize for Communes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// The names of the commissions and officers by id, looked up once for
/// every row of a listing: a hash look-up rather than a binary search of
/// every officer for each of 100,000 rows.
pub struct Names<'r> {
    commissions: HashMap<&'r str, &'r str>,
    officers: HashMap<&'r str, &'r str>,
}

impl<'r> Names<'r> {
    /// The names of `repo`'s commissions and officers.
    pub fn of(repo: &'r Repository) -> Names<'r> {
        Names {
            commissions: repo
                .commissions
                .iter()
                .map(|c| (&*c.id, c.name.as_str()))
                .collect(),
            officers: repo
                .officers
                .iter()
                .map(|o| (&*o.id, o.name.as_str()))
                .collect(),
        }
    }
}

impl<'r> ActionRow<'r> {
    /// The row of `action` as of `today`, its names from `names`.
    pub fn new(names: &Names<'r>, action: &'r Action, today: NaiveDate) -> ActionRow<'r> {
        let lead = action.lead.as_ref().map(|l| l.value.as_str());
        ActionRow {
            id: &action.id,
            title: &action.title,
            commission: action.commission.value.as_str(),
            commission_name: names
                .commissions
                .get(action.commission.value.as_str())
                .copied(),
            lead_name: lead.and_then(|id| names.officers.get(id).copied()),
            lead,
            status: action.status.value,
            overdue: action.is_overdue(today),
            start: action.start,
            due: action.due.as_ref().map(|d| d.value),
            completed: action.completed,
            progress: action.progress,
            communes: Communes(&action.communes),
        }
    }
}

/// Sorts rows by due date (undated last), then id.
pub fn sort_by_due(rows: &mut [ActionRow<'_>]) {
    let due = |r: &ActionRow<'_>| (r.due.is_none(), r.due);
    if rows.is_sorted_by(|a, b| a.id <= b.id) {
        // Already by id, as the records are kept: a stable sort by the
        // date alone gives the same order, without comparing ids (the
        // report sorts 100,000 rows, most sharing their date with others).
        rows.sort_by_key(due);
    } else {
        // In place (a row is some 150 bytes): rows with one due date and
        // one id are one file's, which only a duplicate id gives, and the
        // order is the same on every run anyway.
        rows.sort_unstable_by(|a, b| (due(a), &a.id).cmp(&(due(b), &b.id)));
    }
}

/// `ctg actions`: the actions that pass a filter, by due date then id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionList<'r> {
    /// The date "overdue" is judged on.
    pub date: NaiveDate,
    /// The actions kept.
    pub actions: Vec<ActionRow<'r>>,
}

impl<'r> ActionList<'r> {
    /// The actions of `repo` that pass `filter` on `today`.
    pub fn compute(
        repo: &'r Repository,
        today: NaiveDate,
        filter: &ActionFilter,
    ) -> ActionList<'r> {
        let names = Names::of(repo);
        let mut actions: Vec<ActionRow<'r>> = repo
            .actions
            .iter()
            .map(|a| ActionRow::new(&names, a, today))
            .filter(|row| filter.matches(row))
            .collect();
        sort_by_due(&mut actions);
        ActionList {
            date: today,
            actions,
        }
    }
}

/// How many actions stand in each status, and how many of the open ones are overdue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ActionCounts {
    /// All actions counted.
    pub total: usize,
    /// `planned`.
    pub planned: usize,
    /// `in-progress`.
    pub in_progress: usize,
    /// `paused`.
    pub paused: usize,
    /// `blocked`.
    pub blocked: usize,
    /// `done`.
    pub done: usize,
    /// `abandoned`.
    pub abandoned: usize,
    /// Open and past due (also counted under their own status).
    pub overdue: usize,
}

impl ActionCounts {
    /// The counts of `rows`.
    pub fn of<'a, 'r: 'a>(rows: impl IntoIterator<Item = &'a ActionRow<'r>>) -> ActionCounts {
        let mut counts = ActionCounts::default();
        for row in rows {
            counts.add(row.status, row.overdue);
        }
        counts
    }

    /// Counts one more action, of `status`, overdue or not.
    pub fn add(&mut self, status: ActionStatus, overdue: bool) {
        self.total += 1;
        *self.of_status_mut(status) += 1;
        if overdue {
            self.overdue += 1;
        }
    }

    /// The count of one status.
    pub fn of_status(&self, status: ActionStatus) -> usize {
        match status {
            ActionStatus::Planned => self.planned,
            ActionStatus::InProgress => self.in_progress,
            ActionStatus::Paused => self.paused,
            ActionStatus::Blocked => self.blocked,
            ActionStatus::Done => self.done,
            ActionStatus::Abandoned => self.abandoned,
        }
    }

    fn of_status_mut(&mut self, status: ActionStatus) -> &mut usize {
        match status {
            ActionStatus::Planned => &mut self.planned,
            ActionStatus::InProgress => &mut self.in_progress,
            ActionStatus::Paused => &mut self.paused,
            ActionStatus::Blocked => &mut self.blocked,
            ActionStatus::Done => &mut self.done,
            ActionStatus::Abandoned => &mut self.abandoned,
        }
    }
}
