//! Who works where, on which day: the FTE arithmetic behind the plan.
//!
//! Totals over time are computed by sweeping over the days on which an
//! assignment starts or ends, never day by day, so a five-year convention
//! costs as much as its number of assignments.

use chrono::NaiveDate;

use crate::domain::fte::Fte;
use crate::domain::model::{Assignment, Convention, Officer};

/// One assignment taking effect (+) or ceasing (−) on a day.
#[derive(Debug, Clone, Copy)]
pub struct Change<'r> {
    /// The first day the change is in effect.
    pub date: NaiveDate,
    /// The amount added (negative when an assignment ends).
    pub delta: Fte,
    /// Whose assignment.
    pub officer: &'r Officer,
    /// Which assignment.
    pub assignment: &'r Assignment,
}

/// The starts and ends of `assignments`, sorted by day (ends before starts on
/// the same day, then by officer id, so the order is the same on every run).
pub fn changes<'r>(
    assignments: impl Iterator<Item = (&'r Officer, &'r Assignment)>,
) -> Vec<Change<'r>> {
    let mut changes = Vec::new();
    for (officer, assignment) in assignments {
        changes.push(Change {
            date: assignment.start.value,
            delta: assignment.fte,
            officer,
            assignment,
        });
        if let Some(after) = assignment.end.and_then(|end| end.succ_opt()) {
            changes.push(Change {
                date: after,
                delta: -assignment.fte,
                officer,
                assignment,
            });
        }
    }
    changes.sort_by(|a, b| {
        (a.date, a.delta, &a.officer.id, &a.assignment.commune.value).cmp(&(
            b.date,
            b.delta,
            &b.officer.id,
            &b.assignment.commune.value,
        ))
    });
    changes
}

/// The running total after each day on which something changes: `(day, total
/// from that day on, the changes of that day)`.
pub fn steps<'c, 'r>(changes: &'c [Change<'r>]) -> Vec<(NaiveDate, Fte, &'c [Change<'r>])> {
    let mut steps = Vec::new();
    let mut total = Fte::ZERO;
    let mut i = 0;
    while i < changes.len() {
        let date = changes[i].date;
        let first = i;
        while i < changes.len() && changes[i].date == date {
            total += changes[i].delta;
            i += 1;
        }
        steps.push((date, total, &changes[first..i]));
    }
    steps
}

/// The first day on which the total of `changes` exceeds `limit`, with that total.
pub fn first_above(changes: &[Change<'_>], limit: Fte) -> Option<(NaiveDate, Fte, usize)> {
    let mut total = Fte::ZERO;
    let mut i = 0;
    while i < changes.len() {
        let date = changes[i].date;
        let mut last_start = i;
        while i < changes.len() && changes[i].date == date {
            total += changes[i].delta;
            if changes[i].delta.is_positive() {
                last_start = i;
            }
            i += 1;
        }
        if total > limit {
            return Some((date, total, last_start));
        }
    }
    None
}

/// The officers of a CTG with the convention they serve: what the staffing
/// figures are computed from, whatever read them.
#[derive(Debug, Clone, Copy)]
pub struct Staff<'r> {
    /// The convention, unless it could not be read.
    pub convention: Option<&'r Convention>,
    /// The officers, sorted by id.
    pub officers: &'r [Officer],
}

/// The convention's communes, to look an assignment's commune up in: none
/// when `copil.toml` could not be loaded (then every commune counts). A
/// hash set, so that a pass over the assignments costs the same whatever
/// the number of communes.
fn communes_of<'r>(staff: Staff<'r>) -> Option<foldhash::HashSet<&'r str>> {
    staff
        .convention
        .map(|c| c.communes.iter().map(String::as_str).collect())
}

/// Whether an assignment to `commune` counts: always when the communes are
/// unknown. An assignment to a commune the convention does not name
/// (`unknown-reference`, a typo such as `Istre`) counts in no total, so that
/// the communes' lines always add up to it.
fn counts(communes: &Option<foldhash::HashSet<&str>>, commune: &str) -> bool {
    communes.as_ref().is_none_or(|set| set.contains(commune))
}

/// Every assignment, in one of the convention's communes, of the officers
/// whose posts the Caf cofunds.
pub fn cofunded<'r>(staff: Staff<'r>) -> impl Iterator<Item = (&'r Officer, &'r Assignment)> {
    let communes = communes_of(staff);
    staff
        .officers
        .iter()
        .filter(|o| o.caf_cofunded)
        .flat_map(|o| o.assignments.iter().map(move |a| (o, a)))
        .filter(move |(_, a)| counts(&communes, &a.commune.value))
}

/// Every assignment, in one of the convention's communes, of the officers
/// the Caf does not cofund.
pub fn not_cofunded<'r>(staff: Staff<'r>) -> impl Iterator<Item = (&'r Officer, &'r Assignment)> {
    let communes = communes_of(staff);
    staff
        .officers
        .iter()
        .filter(|o| !o.caf_cofunded)
        .flat_map(|o| o.assignments.iter().map(move |a| (o, a)))
        .filter(move |(_, a)| counts(&communes, &a.commune.value))
}

/// Every assignment to a commune the convention does not name, cofunded or
/// not: counted nowhere, shown apart.
pub fn outside<'r>(staff: Staff<'r>) -> impl Iterator<Item = (&'r Officer, &'r Assignment)> {
    let communes = communes_of(staff);
    staff
        .officers
        .iter()
        .flat_map(|o| o.assignments.iter().map(move |a| (o, a)))
        .filter(move |(_, a)| !counts(&communes, &a.commune.value))
}

/// The FTE of `assignments` in effect on `date`.
pub fn total_on<'r>(
    assignments: impl Iterator<Item = (&'r Officer, &'r Assignment)>,
    date: NaiveDate,
) -> Fte {
    assignments
        .filter(|(_, a)| a.is_active(date))
        .map(|(_, a)| a.fte)
        .sum()
}

/// The FTE of `assignments` in effect on `date`, by commune, in one pass
/// (communes looked up in a hash map, never searched in a list).
pub fn by_commune_on<'r>(
    assignments: impl Iterator<Item = (&'r Officer, &'r Assignment)>,
    date: NaiveDate,
) -> std::collections::HashMap<&'r str, Fte> {
    let mut totals = std::collections::HashMap::new();
    for (_, assignment) in assignments.filter(|(_, a)| a.is_active(date)) {
        *totals
            .entry(assignment.commune.value.as_str())
            .or_insert(Fte::ZERO) += assignment.fte;
    }
    totals
}

/// One officer's FTE on `date`, over all communes.
pub fn officer_on(officer: &Officer, date: NaiveDate) -> Fte {
    officer
        .assignments
        .iter()
        .filter(|a| a.is_active(date))
        .map(|a| a.fte)
        .sum()
}
