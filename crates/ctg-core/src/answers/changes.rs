//! `ctg changes`: what moved between two versions of the records (two
//! commits, or a commit and the work tree), as the COPIL asks before each
//! meeting: who joined or left, how the FTE moved, which actions were
//! completed, started, blocked or slipped, which meetings were held.
//!
//! Computed from two repositories already read; where they came from (git,
//! a folder) is the caller's business. Records are matched by kind and id,
//! never by path, so a file moved to a sub-folder is the same record.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

// Sets of 10,000 paths and ids, hashed fast: the user's own names, not an
// attacker's choice of collisions (as `read::repository::IdSet`).
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::fte::Fte;
use crate::domain::model::{
    Action, ActionStatus, Commission, Convention, MeetingStatus, Officer, RecordKind,
};
use crate::domain::staffing::{self, Staff};
use crate::read::repository::Repository;
use crate::read::scan::{kind_of, stem};
use crate::read::source::SourceFile;

/// One side of the comparison, as the caller names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The revision as asked (`v1`, `HEAD~3`, a date's commit), `None` for
    /// the work tree.
    pub rev: Option<String>,
    /// The commit's short id, `None` for the work tree.
    pub commit: Option<String>,
    /// The day the side stands for: its commit's day, the date asked, or
    /// today for the work tree. FTE and lateness are computed on it.
    pub date: NaiveDate,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// The older side.
    pub from: Side,
    /// The newer side.
    pub to: Side,
    /// Cofunded FTE on each side's date.
    pub fte: FteMove,
    /// Every record added, removed or modified, field by field.
    pub records: Vec<RecordChange>,
    /// The actions' moves.
    pub actions: ActionMoves,
    /// The officers behind the FTE's moves.
    pub officers: OfficerMoves,
    /// Meetings held between the two dates, and meetings newly planned.
    pub meetings: Vec<MeetingLine>,
    /// Commissions added, removed, or whose referent changed.
    pub commissions: CommissionMoves,
    /// COPIL members added or removed.
    pub copil: CopilMoves,
    /// Indicator measures the newer side has and the older had not, by
    /// record, indicator and date.
    pub measures: Vec<MeasureAdded>,
}

/// A measure of an indicator recorded between the two sides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeasureAdded {
    /// The action or commission that holds the indicator.
    #[serde(rename = "where")]
    pub place: crate::answers::indicators::Place,
    /// The indicator's id.
    pub indicator: String,
    /// Its name.
    pub name: String,
    /// Its unit, if given.
    pub unit: Option<String>,
    /// The day measured.
    pub date: NaiveDate,
    /// The value, exact.
    pub value: crate::domain::indicator::Quantity,
}

/// How the cofunded FTE moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FteMove {
    /// The convention's target (the newer side's).
    pub target: Option<Fte>,
    /// Cofunded FTE on the older side's date.
    pub from: Fte,
    /// Cofunded FTE on the newer side's date.
    pub to: Fte,
    /// The communes whose FTE moved, in the convention's order.
    pub communes: Vec<CommuneMove>,
    /// Whether every officer file of both sides could be read: when one
    /// could not, its FTE is missing from that side's figures, and a move
    /// may be that file's, not a real one.
    pub complete: bool,
}

/// One commune's move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommuneMove {
    /// The commune.
    pub commune: String,
    /// Before.
    pub from: Fte,
    /// After.
    pub to: Fte,
}

/// Whether a record is new, gone or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Only on the newer side.
    Added,
    /// Only on the older side.
    Removed,
    /// On both, with different content (or at a different path).
    Modified,
}

/// One record's change, field by field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordChange {
    /// Its kind.
    pub kind: RecordKind,
    /// Its id (`copil` for the convention).
    pub id: String,
    /// What happened to it.
    pub change: Change,
    /// Its file on the newer side (the older side's when removed).
    pub file: String,
    /// Its file on the older side, when it moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved_from: Option<String>,
    /// The fields that differ; every field for a record added or removed.
    pub fields: Vec<FieldChange>,
}

/// One field's change: `key` is a dotted TOML path (`assignment[1].fte`,
/// arrays of tables counted from 0), values in their JSON types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// Where the field is.
    pub key: String,
    /// Before (`None`: absent).
    pub from: Option<serde_json::Value>,
    /// After (`None`: absent).
    pub to: Option<serde_json::Value>,
}

/// The actions' moves, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ActionMoves {
    /// New actions.
    pub added: Vec<String>,
    /// Actions removed from the plan.
    pub removed: Vec<String>,
    /// Actions whose status became `done`.
    pub completed: Vec<String>,
    /// Actions whose status became `in-progress`.
    pub started: Vec<String>,
    /// Actions whose status became `paused`.
    pub paused: Vec<String>,
    /// Actions whose status became `blocked`.
    pub blocked: Vec<String>,
    /// Actions whose status became `abandoned`.
    pub abandoned: Vec<String>,
    /// Actions late on the newer side's date that were not on the older's.
    pub overdue: Vec<String>,
    /// Due dates moved.
    pub due_moved: Vec<DueMove>,
    /// Progress moved.
    pub progress: Vec<ProgressMove>,
    /// Title and commission of every action named above, for the renderers.
    #[serde(skip)]
    pub about: BTreeMap<String, (String, String)>,
}

/// A due date moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueMove {
    /// The action.
    pub id: String,
    /// Old due date (`None`: had none).
    pub from: Option<NaiveDate>,
    /// New due date (`None`: has none any more).
    pub to: Option<NaiveDate>,
    /// By how many days (positive: later), when both are known.
    pub days: Option<i64>,
}

/// Progress moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgressMove {
    /// The action.
    pub id: String,
    /// Before.
    pub from: Option<u8>,
    /// After.
    pub to: Option<u8>,
}

/// The officers' moves, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OfficerMoves {
    /// In post on the newer date, not on the older.
    pub joined: Vec<String>,
    /// In post on the older date, not on the newer.
    pub left: Vec<String>,
    /// In post on both, with another FTE, commune or cofunding.
    pub changed: Vec<String>,
    /// Each one's post before and after, for the renderers.
    pub posts: Vec<OfficerPosts>,
}

/// One officer's post on each side's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficerPosts {
    /// The officer.
    pub id: String,
    /// Their name (the newer side's).
    pub name: String,
    /// Before (`None`: not in post).
    pub from: Option<Post>,
    /// After.
    pub to: Option<Post>,
}

/// Where an officer works on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    /// Whether the Caf cofunds the post.
    pub cofunded: bool,
    /// FTE by commune, in the order of the officer's file.
    pub communes: Vec<(String, Fte)>,
}

/// A meeting worth a line: held between the two dates, newly planned, or
/// cancelled since.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MeetingLine {
    /// When.
    pub date: NaiveDate,
    /// `copil`, or a commission's id.
    pub body: String,
    /// `held`, `planned` or `cancelled`.
    pub status: MeetingStatus,
}

/// The commissions' moves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CommissionMoves {
    /// New commissions.
    pub added: Vec<String>,
    /// Commissions removed.
    pub removed: Vec<String>,
    /// Referents changed.
    pub referent: Vec<ReferentMove>,
}

/// A commission's referent changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReferentMove {
    /// The commission.
    pub id: String,
    /// Before.
    pub from: Option<String>,
    /// After.
    pub to: Option<String>,
}

/// The COPIL members' moves, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CopilMoves {
    /// New members (`name (organisation)`).
    pub added: Vec<String>,
    /// Members gone.
    pub removed: Vec<String>,
}

/// One version of the records, and the day it stands for.
#[derive(Clone, Copy)]
struct Version<'r> {
    repo: &'r Repository,
    date: NaiveDate,
}

/// The records of one version that the comparison looks up by id: its
/// own, and those it took from the newer version without reading them again
/// (the same bytes). Actions, the many, are not gathered: they are walked
/// in id order on each side.
struct Records<'r> {
    date: NaiveDate,
    repo: &'r Repository,
    convention: Option<&'r Convention>,
    /// Sorted by id, as [`Staff`] wants them (few: cloned when reused).
    officers: Cow<'r, [Officer]>,
    commissions: BTreeMap<&'r str, &'r Commission>,
    /// The paths this version reused from the newer one.
    reused: HashSet<&'r str>,
}

impl<'r> Records<'r> {
    /// `version`'s records; those it reused are taken from `newer`.
    fn of(version: Version<'r>, newer: Option<&'r Repository>) -> Records<'r> {
        let repo = version.repo;
        let reused: HashSet<&str> = repo.reused.iter().map(|path| &**path).collect();
        let newer = newer.filter(|_| !reused.is_empty());
        let taken = |file: &Arc<str>| reused.contains(&**file);
        let mut convention = repo.convention.as_ref();
        let mut commissions: BTreeMap<&str, &Commission> =
            repo.commissions.iter().map(|c| (&*c.id, c)).collect();
        let mut officers = Cow::Borrowed(&repo.officers[..]);
        if let Some(newer) = newer {
            let mut all: Vec<Officer> = repo.officers.clone();
            all.extend(newer.officers.iter().filter(|o| taken(&o.file)).cloned());
            all.sort_by(|a, b| a.id.cmp(&b.id));
            officers = Cow::Owned(all);
            for c in newer.commissions.iter().filter(|c| taken(&c.file)) {
                commissions.entry(&c.id).or_insert(c);
            }
            if convention.is_none() {
                convention = newer.convention.as_ref().filter(|c| taken(&c.file));
            }
        }
        Records {
            date: version.date,
            repo,
            convention,
            officers,
            commissions,
            reused,
        }
    }

    fn staff(&self) -> Staff<'_> {
        Staff {
            convention: self.convention,
            officers: &self.officers,
        }
    }

    fn officer(&self, id: &str) -> Option<&Officer> {
        self.officers
            .binary_search_by(|o| (*o.id).cmp(id))
            .ok()
            .map(|i| &self.officers[i])
    }
}

/// A record file's kind and id (`copil` for the convention).
fn record_key(path: &str) -> Option<(RecordKind, &str)> {
    let kind = kind_of(path)?;
    Some(match kind {
        RecordKind::Copil => (kind, "copil"),
        _ => (kind, stem(path)),
    })
}

impl Changes {
    /// What moved from `old` to `new`. `old` may have reused records of
    /// `new` (see `loader::Memo` and `scan::Scan::reused`): they are the same on both sides.
    /// Each side's figures are as of its date.
    pub fn compute(from: Side, old: &Repository, to: Side, new: &Repository) -> Changes {
        let old = Records::of(
            Version {
                repo: old,
                date: from.date,
            },
            Some(new),
        );
        let new = Records::of(
            Version {
                repo: new,
                date: to.date,
            },
            None,
        );
        let left_out = left_out_ids(old.repo, new.repo);
        Changes {
            fte: fte_move(&old, &new, &left_out),
            records: record_changes(&old, &new, &left_out),
            actions: action_moves(&old, &new, &left_out),
            officers: officer_moves(&old, &new, &left_out),
            meetings: meetings(&old, &new),
            commissions: commission_moves(&old, &new, &left_out),
            copil: copil_moves(&old, &new),
            measures: measures_added(&old, &new, &left_out),
            from,
            to,
        }
    }

    /// Whether nothing moved at all.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.meetings.is_empty()
    }

    /// The fields of modified records that no section above already says,
    /// so that nothing that changed is silent: `(kind, id, field)`.
    pub fn other_fields(&self) -> Vec<(RecordKind, &str, &FieldChange)> {
        self.records
            .iter()
            .filter(|record| record.change == Change::Modified)
            .flat_map(|record| {
                record
                    .fields
                    .iter()
                    .filter(|field| !is_said_above(record.kind, &field.key))
                    // A measure added is in the measures' section; one
                    // changed or removed is said here.
                    .filter(|field| !(is_measure(&field.key) && field.from.is_none()))
                    .map(move |field| (record.kind, record.id.as_str(), field))
            })
            .collect()
    }

    /// Records added or removed that no section above names: an officer
    /// added without a post, say.
    pub fn other_records(&self) -> Vec<&RecordChange> {
        self.records
            .iter()
            .filter(|record| record.change != Change::Modified)
            .filter(|record| match record.kind {
                RecordKind::Action | RecordKind::Commission => false,
                RecordKind::Officer => {
                    let id = &record.id;
                    !self.officers.joined.contains(id) && !self.officers.left.contains(id)
                }
                RecordKind::Copil => true,
            })
            .collect()
    }
}

/// Whether a field's change is said by a section of its own (status, due
/// date, progress, posts, referent, meetings, members).
fn is_said_above(kind: RecordKind, key: &str) -> bool {
    let first = key.split(['.', '[']).next().unwrap_or(key);
    match kind {
        RecordKind::Action => matches!(key, "status" | "completed" | "due" | "progress"),
        RecordKind::Officer => matches!(first, "assignment" | "caf_cofunded"),
        RecordKind::Commission => matches!(first, "referent" | "meeting"),
        RecordKind::Copil => key.starts_with("copil.member") || key.starts_with("copil.meeting"),
    }
}

/// Whether `key` is an indicator's measure or one of its fields
/// (`indicator[0].measure[2]`, `indicator[0].measure[2].value`).
fn is_measure(key: &str) -> bool {
    key.starts_with("indicator[") && key.contains(".measure[")
}

/// The ids, by kind, of the records left out on either side: their moves
/// cannot be told (they are named on stderr), so no section invents one.
fn left_out_ids<'r>(old: &'r Repository, new: &'r Repository) -> BTreeSet<(RecordKind, &'r str)> {
    old.left_out
        .iter()
        .chain(&new.left_out)
        .filter_map(|left| Some((kind_of(&left.file)?, stem(&left.file))))
        .collect()
}

fn fte_move(
    old: &Records<'_>,
    new: &Records<'_>,
    left_out: &BTreeSet<(RecordKind, &str)>,
) -> FteMove {
    let cofunded_on = |v: &Records<'_>| staffing::total_on(staffing::cofunded(v.staff()), v.date);
    let in_commune = |v: &Records<'_>, commune: &str| {
        staffing::total_on(
            staffing::cofunded(v.staff()).filter(|(_, a)| a.commune.value == commune),
            v.date,
        )
    };
    let mut names: Vec<&str> = Vec::new();
    for convention in [new.convention, old.convention].into_iter().flatten() {
        for commune in &convention.communes {
            if !names.contains(&commune.as_str()) {
                names.push(commune);
            }
        }
    }
    FteMove {
        target: new
            .convention
            .or(old.convention)
            .map(|c| c.fte.target.value),
        from: cofunded_on(old),
        to: cofunded_on(new),
        communes: names
            .into_iter()
            .map(|commune| CommuneMove {
                commune: commune.to_owned(),
                from: in_commune(old, commune),
                to: in_commune(new, commune),
            })
            .filter(|line| line.from != line.to)
            .collect(),
        complete: !left_out
            .iter()
            .any(|(kind, _)| *kind == RecordKind::Officer),
    }
}

/// An officer's post on a day: their active assignments, by commune.
fn post(officer: &Officer, date: NaiveDate) -> Option<Post> {
    let mut communes: Vec<(String, Fte)> = Vec::new();
    for assignment in officer.assignments.iter().filter(|a| a.is_active(date)) {
        let name = assignment.commune.value.as_str();
        match communes.iter_mut().find(|(c, _)| c == name) {
            Some((_, fte)) => *fte += assignment.fte,
            None => communes.push((name.to_owned(), assignment.fte)),
        }
    }
    (!communes.is_empty()).then_some(Post {
        cofunded: officer.caf_cofunded,
        communes,
    })
}

fn officer_moves(
    old: &Records<'_>,
    new: &Records<'_>,
    left_out: &BTreeSet<(RecordKind, &str)>,
) -> OfficerMoves {
    let mut moves = OfficerMoves::default();
    let ids: BTreeSet<&str> = old
        .officers
        .iter()
        .chain(new.officers.iter())
        .map(|o| &*o.id)
        .collect();
    for id in ids {
        if left_out.contains(&(RecordKind::Officer, id)) {
            continue;
        }
        let before_officer = old.officer(id);
        let after_officer = new.officer(id);
        let before = before_officer.and_then(|o| post(o, old.date));
        let after = after_officer.and_then(|o| post(o, new.date));
        if before == after {
            continue;
        }
        match (&before, &after) {
            (None, Some(_)) => moves.joined.push(id.to_owned()),
            (Some(_), None) => moves.left.push(id.to_owned()),
            _ => moves.changed.push(id.to_owned()),
        }
        let name = after_officer
            .or(before_officer)
            .map_or_else(String::new, |o| o.name.clone());
        moves.posts.push(OfficerPosts {
            id: id.to_owned(),
            name,
            from: before,
            to: after,
        });
    }
    moves
}

/// Each action of either side with its other side: `(older, newer)`, by
/// id. An action the older side reused is the newer's record on both sides.
fn action_pairs<'r>(
    old: &Records<'r>,
    new: &Records<'r>,
) -> Vec<(Option<&'r Action>, Option<&'r Action>)> {
    let find = |actions: &'r [Action], id: &str| {
        actions
            .binary_search_by(|a| (*a.id).cmp(id))
            .ok()
            .map(|i| &actions[i])
    };
    let mut pairs: Vec<(Option<&Action>, Option<&Action>)> = new
        .repo
        .actions
        .iter()
        .map(|is| {
            let was = if old.reused.contains(&*is.file) {
                Some(is)
            } else {
                find(&old.repo.actions, &is.id)
            };
            (was, Some(is))
        })
        .collect();
    pairs.extend(
        old.repo
            .actions
            .iter()
            .filter(|was| find(&new.repo.actions, &was.id).is_none())
            .map(|was| (Some(was), None)),
    );
    // In id order: the newer side's are; the removed ones go among them.
    let id = |pair: &(Option<&'r Action>, Option<&'r Action>)| -> &'r str {
        pair.1.or(pair.0).map_or("", |a| &a.id)
    };
    if pairs.len() > new.repo.actions.len() {
        pairs.sort_by(|a, b| id(a).cmp(id(b)));
    }
    pairs
}

fn action_moves(
    old: &Records<'_>,
    new: &Records<'_>,
    left_out: &BTreeSet<(RecordKind, &str)>,
) -> ActionMoves {
    let mut moves = ActionMoves::default();
    for (was, is) in action_pairs(old, new) {
        let Some(id) = is.or(was).map(|a| &*a.id) else {
            continue;
        };
        // The same record on both sides can only have become late.
        if let (Some(was), Some(is)) = (was, is)
            && std::ptr::eq(was, is)
        {
            if is.is_overdue(new.date) && !is.is_overdue(old.date) {
                moves.overdue.push(id.to_owned());
                moves.about.insert(
                    id.to_owned(),
                    (is.title.clone(), is.commission.value.to_string()),
                );
            }
            continue;
        }
        if left_out.contains(&(RecordKind::Action, id)) {
            continue;
        }
        let mut named = false;
        let mut name = |list: &mut Vec<String>| {
            list.push(id.to_owned());
            named = true;
        };
        match (was, is) {
            (Some(_), None) => name(&mut moves.removed),
            (None, Some(_)) => name(&mut moves.added),
            _ => {}
        }
        if let Some(is) = is {
            let status = is.status.value;
            if was.is_none_or(|was| was.status.value != status) {
                match status {
                    ActionStatus::Done => name(&mut moves.completed),
                    ActionStatus::InProgress => name(&mut moves.started),
                    ActionStatus::Paused => name(&mut moves.paused),
                    ActionStatus::Blocked => name(&mut moves.blocked),
                    ActionStatus::Abandoned => name(&mut moves.abandoned),
                    ActionStatus::Planned => {}
                }
            }
            if is.is_overdue(new.date) && !was.is_some_and(|was| was.is_overdue(old.date)) {
                name(&mut moves.overdue);
            }
        }
        if let (Some(was), Some(is)) = (was, is) {
            let (from, to) = (
                was.due.as_ref().map(|d| d.value),
                is.due.as_ref().map(|d| d.value),
            );
            if from != to {
                moves.due_moved.push(DueMove {
                    id: id.to_owned(),
                    from,
                    to,
                    days: from.zip(to).map(|(from, to)| (to - from).num_days()),
                });
                named = true;
            }
            if was.progress != is.progress {
                moves.progress.push(ProgressMove {
                    id: id.to_owned(),
                    from: was.progress,
                    to: is.progress,
                });
                named = true;
            }
        }
        if named && let Some(action) = is.or(was) {
            moves.about.insert(
                id.to_owned(),
                (action.title.clone(), action.commission.value.to_string()),
            );
        }
    }
    moves
}

/// Meetings held after the older date up to the newer one, and meetings
/// planned on the newer side that the older did not plan, sorted by date.
fn meetings(old: &Records<'_>, new: &Records<'_>) -> Vec<MeetingLine> {
    let all = |side: &Records<'_>| -> BTreeSet<MeetingLine> {
        let copil = side
            .convention
            .iter()
            .flat_map(|c| c.copil.meetings.iter().map(|m| ("copil".to_owned(), m)));
        let commissions = side
            .commissions
            .values()
            .flat_map(|c| c.meetings.iter().map(move |m| (c.id.to_string(), m)));
        copil
            .chain(commissions)
            .map(|(body, m)| MeetingLine {
                date: m.date.value,
                body,
                status: m.status,
            })
            .collect()
    };
    let before = all(old);
    let was: BTreeMap<(NaiveDate, &str), MeetingStatus> = before
        .iter()
        .map(|m| ((m.date, m.body.as_str()), m.status))
        .collect();
    all(new)
        .into_iter()
        .filter(|m| {
            let then = was.get(&(m.date, m.body.as_str())).copied();
            match m.status {
                MeetingStatus::Held => old.date < m.date && m.date <= new.date,
                MeetingStatus::Planned => then != Some(MeetingStatus::Planned),
                MeetingStatus::Cancelled => {
                    then.is_some_and(|then| then != MeetingStatus::Cancelled)
                }
            }
        })
        .collect()
}

/// The measures of the newer side's indicators that the same indicator
/// (same record, same id) did not have on the older side, by date or value;
/// an indicator new on that side brings all its measures.
fn measures_added(
    old: &Records<'_>,
    new: &Records<'_>,
    left_out: &BTreeSet<(RecordKind, &str)>,
) -> Vec<MeasureAdded> {
    use crate::answers::indicators::Place;
    use crate::domain::indicator::Indicator;
    let mut out = Vec::new();
    let mut compare = |kind: RecordKind, id: &str, was: &[Indicator], is: &[Indicator]| {
        if left_out.contains(&(kind, id)) {
            return;
        }
        for indicator in is {
            let before = was.iter().find(|w| w.id.value == indicator.id.value);
            for measure in &indicator.measures {
                let known = before.is_some_and(|w| {
                    w.measures
                        .iter()
                        .any(|m| m.date.value == measure.date.value && m.value == measure.value)
                });
                if !known {
                    out.push(MeasureAdded {
                        place: Place {
                            kind,
                            id: id.to_owned(),
                        },
                        indicator: indicator.id.value.clone(),
                        name: indicator.name.clone(),
                        unit: indicator.unit.clone(),
                        date: measure.date.value,
                        value: measure.value,
                    });
                }
            }
        }
    };
    for (id, is) in &new.commissions {
        let was = old
            .commissions
            .get(id)
            .map_or(&[][..], |c| &c.indicators[..]);
        if !std::ptr::eq(was, &is.indicators[..]) {
            compare(RecordKind::Commission, id, was, &is.indicators);
        }
    }
    for (was, is) in action_pairs(old, new) {
        let Some(is) = is else { continue };
        let was = was.map_or(&[][..], |a| &a.indicators[..]);
        // The same record on both sides (reused): nothing was added.
        if !std::ptr::eq(was, &is.indicators[..]) {
            compare(RecordKind::Action, &is.id, was, &is.indicators);
        }
    }
    out.sort_by(|a, b| {
        (&a.place.kind, &a.place.id, &a.indicator, a.date).cmp(&(
            &b.place.kind,
            &b.place.id,
            &b.indicator,
            b.date,
        ))
    });
    out
}

fn commission_moves(
    old: &Records<'_>,
    new: &Records<'_>,
    left_out: &BTreeSet<(RecordKind, &str)>,
) -> CommissionMoves {
    let mut moves = CommissionMoves::default();
    let ids: BTreeSet<&str> = old
        .commissions
        .keys()
        .chain(new.commissions.keys())
        .copied()
        .collect();
    let referent = |c: &Commission| c.referent.as_ref().map(|r| r.value.to_string());
    for id in ids {
        if left_out.contains(&(RecordKind::Commission, id)) {
            continue;
        }
        match (old.commissions.get(id), new.commissions.get(id)) {
            (None, Some(_)) => moves.added.push(id.to_owned()),
            (Some(_), None) => moves.removed.push(id.to_owned()),
            (Some(was), Some(is)) => {
                if referent(was) != referent(is) {
                    moves.referent.push(ReferentMove {
                        id: id.to_owned(),
                        from: referent(was),
                        to: referent(is),
                    });
                }
            }
            (None, None) => {}
        }
    }
    moves
}

fn copil_moves(old: &Records<'_>, new: &Records<'_>) -> CopilMoves {
    // A side whose `copil.toml` could not be read tells nothing of members.
    let (Some(old), Some(new)) = (old.convention, new.convention) else {
        return CopilMoves::default();
    };
    let members = |c: &Convention| -> BTreeSet<String> {
        c.copil
            .members
            .iter()
            .map(|m| format!("{} ({})", m.name, m.organisation))
            .collect()
    };
    let (before, after) = (members(old), members(new));
    CopilMoves {
        added: after.difference(&before).cloned().collect(),
        removed: before.difference(&after).cloned().collect(),
    }
}

/// Every record file of a version by kind and id (the first of a
/// duplicated id), sound or not.
fn files_of(repo: &Repository) -> BTreeMap<(RecordKind, &str), &SourceFile> {
    let mut files = BTreeMap::new();
    for source in &repo.sources {
        if let Some(key) = record_key(&source.path) {
            files.entry(key).or_insert(source);
        }
    }
    files
}

fn record_changes(
    old: &Records<'_>,
    new: &Records<'_>,
    left_out: &BTreeSet<(RecordKind, &str)>,
) -> Vec<RecordChange> {
    // The older side read only what differs; what it reused is unchanged.
    let before = files_of(old.repo);
    let after: Vec<((RecordKind, &str), &SourceFile)> = new
        .repo
        .sources
        .iter()
        .filter(|source| !old.reused.contains(&*source.path))
        .filter_map(|source| Some((record_key(&source.path)?, source)))
        .collect();
    let fields_of = |side: &Records<'_>, source: &SourceFile| {
        fields(side.repo.text_of(&source.path).unwrap_or(""))
    };
    // Where the older side holds, with the same bytes, a record the newer
    // one has at another path: looked for only when a record is not found
    // at its own path (rare: moved or added).
    let mut reused_at: Option<HashMap<(RecordKind, &str), &str>> = None;
    let mut reused_at = |key: &(RecordKind, &str)| {
        reused_at
            .get_or_insert_with(|| {
                let mut map = HashMap::with_capacity(old.reused.len());
                for path in &old.reused {
                    if let Some(key) = record_key(path) {
                        map.entry(key).or_insert(*path);
                    }
                }
                map
            })
            .get(key)
            .copied()
    };
    let mut seen: HashSet<(RecordKind, &str)> = HashSet::new();
    let mut changes = Vec::new();
    for (key, is) in after {
        if !seen.insert(key) {
            continue;
        }
        let (kind, id) = key;
        let change = match before.get(&key) {
            // The older side has it elsewhere, with the same bytes.
            None if let Some(was) = reused_at(&key) => RecordChange {
                kind,
                id: id.to_owned(),
                change: Change::Modified,
                file: is.path.to_string(),
                moved_from: Some(was.to_owned()),
                fields: Vec::new(),
            },
            // Left out of the older side (too large, unreadable): what it
            // was cannot be told, so it is not called added.
            None if left_out.contains(&key) => continue,
            None => RecordChange {
                kind,
                id: id.to_owned(),
                change: Change::Added,
                file: is.path.to_string(),
                moved_from: None,
                fields: diff(&BTreeMap::new(), &fields_of(new, is)),
            },
            Some(was) => {
                let moved = was.path != is.path;
                let fields = if was.same_text(is) {
                    Vec::new()
                } else {
                    diff(&fields_of(old, was), &fields_of(new, is))
                };
                if fields.is_empty() && !moved {
                    continue;
                }
                RecordChange {
                    kind,
                    id: id.to_owned(),
                    change: Change::Modified,
                    file: is.path.to_string(),
                    moved_from: moved.then(|| was.path.to_string()),
                    fields,
                }
            }
        };
        changes.push(change);
    }
    let now: HashSet<(RecordKind, &str)> = new
        .repo
        .sources
        .iter()
        .filter_map(|source| record_key(&source.path))
        .collect();
    for (key, was) in before {
        if now.contains(&key) || left_out.contains(&key) {
            continue;
        }
        let (kind, id) = key;
        changes.push(RecordChange {
            kind,
            id: id.to_owned(),
            change: Change::Removed,
            file: was.path.to_string(),
            moved_from: None,
            fields: diff(&fields_of(old, was), &BTreeMap::new()),
        });
    }
    changes.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    changes
}

/// A step of a field's path: a key, or a place in an array of tables.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Key(String),
    Index(usize),
}

type Fields = BTreeMap<Vec<Step>, serde_json::Value>;

/// Every leaf field of a TOML text, by path; nothing for a text that is
/// not TOML (its file is named on stderr as left out).
fn fields(text: &str) -> Fields {
    let mut out = Fields::new();
    // A work tree with Windows line ends (`core.autocrlf`) holds the same
    // values as the commit: a multi-line string is compared without them.
    let text = text.replace("\r\n", "\n");
    if let Ok(table) = text.parse::<toml::Table>() {
        flatten(&mut Vec::new(), &toml::Value::Table(table), &mut out);
    }
    out
}

fn flatten(path: &mut Vec<Step>, value: &toml::Value, out: &mut Fields) {
    match value {
        toml::Value::Table(table) => {
            for (key, value) in table {
                path.push(Step::Key(key.clone()));
                flatten(path, value, out);
                path.pop();
            }
        }
        toml::Value::Array(items)
            if !items.is_empty() && items.iter().all(toml::Value::is_table) =>
        {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                flatten(path, item, out);
                path.pop();
            }
        }
        leaf => {
            out.insert(path.clone(), json(leaf));
        }
    }
}

/// A TOML value in its JSON type (dates as their TOML text).
fn json(value: &toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => serde_json::Value::String(s.clone()),
        toml::Value::Integer(i) => serde_json::Value::from(*i),
        toml::Value::Float(f) => serde_json::Value::from(*f),
        toml::Value::Boolean(b) => serde_json::Value::Bool(*b),
        toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
        toml::Value::Array(items) => serde_json::Value::Array(items.iter().map(json).collect()),
        toml::Value::Table(table) => {
            serde_json::Value::Object(table.iter().map(|(k, v)| (k.clone(), json(v))).collect())
        }
    }
}

fn diff(before: &Fields, after: &Fields) -> Vec<FieldChange> {
    let keys: BTreeSet<&Vec<Step>> = before.keys().chain(after.keys()).collect();
    // An empty array is a leaf, a non-empty array of tables its elements'
    // fields: `[]` on one side and elements on the other is those elements
    // come or gone, not also the `[]` gone or come.
    let empty = serde_json::Value::Array(Vec::new());
    let has_elements = |fields: &Fields, key: &Vec<Step>| {
        let mut first = key.clone();
        first.push(Step::Index(0));
        fields
            .range(first..)
            .next()
            .is_some_and(|(next, _)| next.starts_with(key))
    };
    keys.into_iter()
        .filter_map(|key| {
            let (from, to) = (before.get(key), after.get(key));
            let emptied = match (from, to) {
                (Some(from), None) => *from == empty && has_elements(after, key),
                (None, Some(to)) => *to == empty && has_elements(before, key),
                _ => false,
            };
            (from != to && !emptied).then(|| FieldChange {
                key: dotted(key),
                from: from.cloned(),
                to: to.cloned(),
            })
        })
        .collect()
}

/// A path as TOML writes it: `assignment[1].fte`, `"odd key".x`.
fn dotted(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Index(i) => out.push_str(&format!("[{i}]")),
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                let bare = !key.is_empty()
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                if bare {
                    out.push_str(key);
                } else {
                    out.push_str(&serde_json::Value::String(key.clone()).to_string());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_dotted_paths_with_json_types() {
        let text = "name = \"A\"\ncaf_cofunded = true\nmissions = [\"network\"]\n\
                    [[assignment]]\ncommune = \"Istres\"\nfte = 0.5\nstart = 2026-01-05\n\
                    [\"odd key\"]\nx = 1\n";
        let got: Vec<(String, serde_json::Value)> = fields(text)
            .into_iter()
            .map(|(k, v)| (dotted(&k), v))
            .collect();
        assert_eq!(
            got,
            vec![
                ("assignment[0].commune".into(), serde_json::json!("Istres")),
                ("assignment[0].fte".into(), serde_json::json!(0.5)),
                (
                    "assignment[0].start".into(),
                    serde_json::json!("2026-01-05")
                ),
                ("caf_cofunded".into(), serde_json::json!(true)),
                ("missions".into(), serde_json::json!(["network"])),
                ("name".into(), serde_json::json!("A")),
                ("\"odd key\".x".into(), serde_json::json!(1)),
            ]
        );
    }

    #[test]
    fn an_empty_array_that_got_elements_is_only_its_elements() {
        let change = |key: &str, from: Option<serde_json::Value>, to| FieldChange {
            key: key.into(),
            from,
            to,
        };
        let empty = "measure = []\ncommunes = []\n";
        let filled = "communes = [\"Istres\"]\n[[measure]]\nvalue = 1\n";
        // Tables: their fields come or go, not the `[]`; values: the list moves.
        assert_eq!(
            diff(&fields(empty), &fields(filled)),
            vec![
                change(
                    "communes",
                    Some(serde_json::json!([])),
                    Some(serde_json::json!(["Istres"]))
                ),
                change("measure[0].value", None, Some(serde_json::json!(1))),
            ]
        );
        assert_eq!(
            diff(&fields(filled), &fields(empty)),
            vec![
                change(
                    "communes",
                    Some(serde_json::json!(["Istres"])),
                    Some(serde_json::json!([]))
                ),
                change("measure[0].value", Some(serde_json::json!(1)), None),
            ]
        );
        // A list emptied or dropped whole is still said.
        assert_eq!(
            diff(&fields(empty), &fields("")),
            vec![
                change("communes", Some(serde_json::json!([])), None),
                change("measure", Some(serde_json::json!([])), None),
            ]
        );
    }

    #[test]
    fn a_field_diff_names_what_appeared_changed_and_went() {
        let before = fields("a = 1\nb = \"x\"\n");
        let after = fields("a = 2\nc = 2026-01-01\n");
        assert_eq!(
            diff(&before, &after),
            vec![
                FieldChange {
                    key: "a".into(),
                    from: Some(serde_json::json!(1)),
                    to: Some(serde_json::json!(2)),
                },
                FieldChange {
                    key: "b".into(),
                    from: Some(serde_json::json!("x")),
                    to: None,
                },
                FieldChange {
                    key: "c".into(),
                    from: None,
                    to: Some(serde_json::json!("2026-01-01")),
                },
            ]
        );
    }
}
