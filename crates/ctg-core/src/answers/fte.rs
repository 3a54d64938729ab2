//! `ctg fte`: the cofunded FTE by commune, by officer, and over time.

use std::collections::BTreeMap;

use foldhash::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::fte::Fte;
use crate::domain::model::{Convention, Mission, Officer};
use crate::domain::staffing;
use crate::read::repository::Repository;

/// One assignment in effect on the answer's date: who works for a commune.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficerLine {
    /// The officer's id (file stem).
    pub id: String,
    /// The officer's name.
    pub name: String,
    /// The share of a post this assignment gives the commune.
    pub fte: Fte,
    /// The assignment's first day.
    pub start: NaiveDate,
    /// The assignment's last day (inclusive), if it has one.
    pub end: Option<NaiveDate>,
    /// Whether the Caf cofunds the post (only then does it count).
    pub cofunded: bool,
    /// Who employs the officer (not in the JSON form).
    #[serde(skip)]
    pub employer: Option<String>,
    /// The officer's missions (not in the JSON form).
    #[serde(skip)]
    pub missions: Vec<Mission>,
}

/// A commune's baseline and target in the plan: its
/// `[fte.baseline_by_commune]` figure plus its increase, none when the plan
/// gives only the territory's; a convention of one commune gives it the
/// territory's.
fn commune_plan(convention: &Convention, commune: &str) -> (Option<Fte>, Option<Fte>) {
    let plan = &convention.fte;
    if convention.communes.len() == 1 {
        return (
            plan.baseline.as_ref().map(|b| b.value),
            Some(plan.target.value),
        );
    }
    let baseline = plan.baseline_for(commune);
    (baseline, baseline.map(|b| b + plan.increase_for(commune)))
}

/// One commune's line of the FTE table. Its baseline and target are the
/// plan's, never made up from the assignments: a plan that gives only the
/// territory's baseline gives a commune no target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommuneLine {
    /// The commune, as `convention.communes` spells it.
    pub commune: String,
    /// The commune's baseline, from `[fte.baseline_by_commune]`; none when
    /// the plan gives only the territory's.
    pub baseline: Option<Fte>,
    /// The increase `[fte.increase]` plans for the commune (zero if none).
    pub increase: Fte,
    /// `baseline + increase`, when the plan gives the baseline.
    pub target: Option<Fte>,
    /// The cofunded FTE on the answer's date.
    pub fte: Fte,
    /// `fte - target`: negative while short of the target.
    pub gap: Option<Fte>,
    /// The assignments in effect on the date, cofunded or not, by officer id.
    pub officers: Vec<OfficerLine>,
}

/// An officer counted in the total while above one full-time post on the
/// answer's date (`fte-overbooked`): the total includes the excess.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OverbookedLine {
    /// The officer's id (file stem).
    pub id: String,
    /// The officer's name.
    pub name: String,
    /// Their FTE on the date, over all communes (above 1).
    pub fte: Fte,
}

/// The FTE table: `ctg fte` (and its `--commune` form, with one commune).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FteAnswer {
    /// The date the figures are for.
    pub date: NaiveDate,
    /// `fte.target`: the cofunded FTE the convention aims at.
    pub target: Fte,
    /// `fte.baseline`: the cofunded FTE the plan starts from, if it says.
    pub baseline: Option<Fte>,
    /// The cofunded FTE on the date, over the whole territory.
    pub total: Fte,
    /// The FTE of officers the Caf does not cofund, never added to `total`.
    pub not_cofunded: Fte,
    /// One line per commune, in the order of `convention.communes`.
    pub communes: Vec<CommuneLine>,
    /// The date of the baseline (not in the JSON form).
    #[serde(skip)]
    pub baseline_date: NaiveDate,
    /// The assignments in effect on the date for a commune the convention
    /// does not name (a typo `ctg check` reports): counted in no figure,
    /// shown apart so the user sees why. In the JSON form only when some.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub outside_communes: Vec<OutsideLine>,
    /// The cofunded officers above one full-time post on the date, whose
    /// excess the total includes. In the JSON form only when some.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub overbooked: Vec<OverbookedLine>,
}

/// An assignment to a commune the convention does not name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutsideLine {
    /// The commune as the officer's file spells it.
    pub commune: String,
    /// The officer's id (file stem).
    pub id: String,
    /// The officer's name.
    pub name: String,
    /// The share of a post.
    pub fte: Fte,
}

impl FteAnswer {
    /// The figures of `repo` on `date`. Each assignment is visited once and
    /// filed under its commune, so the cost does not grow with the number
    /// of communes times the number of assignments.
    pub fn compute(repo: &Repository, convention: &Convention, date: NaiveDate) -> FteAnswer {
        let plan = &convention.fte;
        let cofunded_on = staffing::by_commune_on(staffing::cofunded(repo.staff()), date);
        let mut active: HashMap<&str, Vec<OfficerLine>> = HashMap::default();
        for officer in &repo.officers {
            for a in officer.assignments.iter().filter(|a| a.is_active(date)) {
                active
                    .entry(a.commune.value.as_str())
                    .or_default()
                    .push(OfficerLine {
                        id: officer.id.to_string(),
                        name: officer.name.clone(),
                        fte: a.fte,
                        start: a.start.value,
                        end: a.end,
                        cofunded: officer.caf_cofunded,
                        employer: officer.employer.clone(),
                        missions: officer.missions.clone(),
                    });
            }
        }
        let communes = convention
            .communes
            .iter()
            .map(|commune| {
                let increase = plan.increase_for(commune);
                let (baseline, target) = commune_plan(convention, commune);
                let fte = cofunded_on
                    .get(commune.as_str())
                    .copied()
                    .unwrap_or(Fte::ZERO);
                let mut officers = active.remove(commune.as_str()).unwrap_or_default();
                officers.sort_by(|a, b| (&a.id, a.start).cmp(&(&b.id, b.start)));
                CommuneLine {
                    commune: commune.clone(),
                    baseline,
                    increase,
                    target,
                    fte,
                    gap: target.map(|t| fte - t),
                    officers,
                }
            })
            .collect();
        let overbooked = repo
            .officers
            .iter()
            .filter(|o| o.caf_cofunded)
            .map(|o| (o, staffing::officer_on(o, date)))
            .filter(|(_, fte)| *fte > Fte::ONE)
            .map(|(o, fte)| OverbookedLine {
                id: o.id.to_string(),
                name: o.name.clone(),
                fte,
            })
            .collect();
        FteAnswer {
            date,
            target: plan.target.value,
            baseline: plan.baseline.as_ref().map(|b| b.value),
            total: staffing::total_on(staffing::cofunded(repo.staff()), date),
            not_cofunded: staffing::total_on(staffing::not_cofunded(repo.staff()), date),
            communes,
            baseline_date: plan.baseline_date,
            outside_communes: staffing::outside(repo.staff())
                .filter(|(_, a)| a.is_active(date))
                .map(|(o, a)| OutsideLine {
                    commune: a.commune.value.to_string(),
                    id: o.id.to_string(),
                    name: o.name.clone(),
                    fte: a.fte,
                })
                .collect(),
            overbooked,
        }
    }

    /// The same answer with only `commune`'s line (the totals stay the territory's).
    pub fn only(mut self, commune: &str) -> FteAnswer {
        self.communes.retain(|c| c.commune == commune);
        self
    }

    /// Whether the plan gives each commune its baseline (and so a target).
    pub fn by_commune(&self) -> bool {
        self.communes.iter().any(|c| c.target.is_some())
    }

    /// The sum of the planned increases.
    pub fn increase_total(&self) -> Fte {
        self.communes.iter().map(|c| c.increase).sum()
    }

    /// `total - target`: negative while short of the target.
    pub fn gap(&self) -> Fte {
        self.total - self.target
    }

    /// The FTE still to fill to reach the target (zero once reached).
    pub fn to_go(&self) -> Fte {
        (self.target - self.total).max(Fte::ZERO)
    }

    /// The share of the target filled, in whole percent rounded down.
    pub fn percent(&self) -> Option<i64> {
        self.total.percent_of(self.target)
    }

    /// The assignments of officers the Caf does not cofund, shown apart.
    pub fn not_cofunded_lines(&self) -> impl Iterator<Item = (&str, &OfficerLine)> {
        self.communes.iter().flat_map(|c| {
            c.officers
                .iter()
                .filter(|o| !o.cofunded)
                .map(move |o| (c.commune.as_str(), o))
        })
    }
}

/// One officer's line of `ctg fte --by officer`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficerFte {
    /// The officer's id (file stem).
    pub id: String,
    /// The officer's name.
    pub name: String,
    /// Who employs them.
    pub employer: Option<String>,
    /// The communes they work for on the date, in the convention's order.
    pub communes: Vec<String>,
    /// Their FTE on the date, over all communes.
    pub fte: Fte,
    /// Whether the Caf cofunds the post.
    pub cofunded: bool,
}

/// `ctg fte --by officer`: the officers in post on the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FteByOfficer {
    /// The date the figures are for.
    pub date: NaiveDate,
    /// `fte.target`.
    pub target: Fte,
    /// The cofunded FTE on the date.
    pub total: Fte,
    /// The FTE of officers the Caf does not cofund.
    pub not_cofunded: Fte,
    /// The officers with an assignment in effect on the date, by id.
    pub officers: Vec<OfficerFte>,
}

impl FteByOfficer {
    /// The officers of `repo` in post on `date`.
    pub fn compute(repo: &Repository, convention: &Convention, date: NaiveDate) -> FteByOfficer {
        let officers = repo
            .officers
            .iter()
            .filter(|o| o.assignments.iter().any(|a| a.is_active(date)))
            .map(|o| OfficerFte {
                id: o.id.to_string(),
                name: o.name.clone(),
                employer: o.employer.clone(),
                communes: communes_on(o, convention, date),
                fte: staffing::officer_on(o, date),
                cofunded: o.caf_cofunded,
            })
            .collect();
        FteByOfficer {
            date,
            target: convention.fte.target.value,
            total: staffing::total_on(staffing::cofunded(repo.staff()), date),
            not_cofunded: staffing::total_on(staffing::not_cofunded(repo.staff()), date),
            officers,
        }
    }
}

/// The communes an officer works for on `date`, in the convention's order.
fn communes_on(officer: &Officer, convention: &Convention, date: NaiveDate) -> Vec<String> {
    let mut communes: Vec<String> = officer
        .assignments
        .iter()
        .filter(|a| a.is_active(date))
        .map(|a| a.commune.value.to_string())
        .collect();
    let rank = |c: &String| {
        convention
            .communes
            .iter()
            .position(|x| x == c)
            .unwrap_or(usize::MAX)
    };
    communes.sort_by(|a, b| (rank(a), a).cmp(&(rank(b), b)));
    communes.dedup();
    communes
}

/// What changed for one officer in one commune on a day of the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryChange {
    /// The officer's id.
    pub officer: String,
    /// The officer's name.
    pub name: String,
    /// The commune.
    pub commune: String,
    /// The net change of that officer's FTE in that commune that day.
    pub delta: Fte,
}

/// A day on which the cofunded FTE changes (a replacement with no change of
/// the total is one too: someone leaves, someone starts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryStep {
    /// The first day of the new figure.
    pub date: NaiveDate,
    /// The cofunded total from that day on.
    pub total: Fte,
    /// What changed, by officer id then commune (net changes of zero left out).
    pub changes: Vec<HistoryChange>,
}

/// `ctg fte --history`: every change of the cofunded FTE.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FteHistory {
    /// The date of the question (`--at`), to tell past changes from planned ones.
    pub date: NaiveDate,
    /// `fte.target`; for one commune, its target in the plan, none when
    /// the plan gives the commune none (`[fte.baseline_by_commune]`).
    pub target: Option<Fte>,
    /// The first day the cofunded total reached the target, if it has.
    pub reached: Option<NaiveDate>,
    /// The days on which assignments start or end, in order.
    pub steps: Vec<HistoryStep>,
    /// The one commune the history is of (`ctg fte --history --commune`):
    /// then `target` is that commune's and the totals count only its
    /// assignments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commune: Option<String>,
}

impl FteHistory {
    /// The history of the cofunded FTE of `repo`.
    pub fn compute(repo: &Repository, convention: &Convention, date: NaiveDate) -> FteHistory {
        Self::compute_for(repo, convention, date, None)
    }

    /// The history of the cofunded FTE of `repo`, in one commune (as
    /// `convention.communes` spells it: resolve it first with
    /// [`crate::domain::commune::resolve`]) or, with `None`, in all.
    pub fn compute_for(
        repo: &Repository,
        convention: &Convention,
        date: NaiveDate,
        commune: Option<&str>,
    ) -> FteHistory {
        let target = match commune {
            None => Some(convention.fte.target.value),
            // The commune's own target in the plan, if it gives one.
            Some(commune) => commune_plan(convention, commune).1,
        };
        let changes = staffing::changes(
            staffing::cofunded(repo.staff())
                .filter(|(_, a)| commune.is_none_or(|c| a.commune.value == c)),
        );
        let steps: Vec<HistoryStep> = staffing::steps(&changes)
            .into_iter()
            .map(|(day, total, of_day)| {
                let mut net: BTreeMap<(&str, &str), (&str, Fte)> = BTreeMap::new();
                for change in of_day {
                    let key = (
                        &*change.officer.id,
                        change.assignment.commune.value.as_str(),
                    );
                    net.entry(key)
                        .or_insert((change.officer.name.as_str(), Fte::ZERO))
                        .1 += change.delta;
                }
                let changes = net
                    .into_iter()
                    .filter(|(_, (_, delta))| *delta != Fte::ZERO)
                    .map(|((id, commune), (name, delta))| HistoryChange {
                        officer: id.to_owned(),
                        name: name.to_owned(),
                        commune: commune.to_owned(),
                        delta,
                    })
                    .collect();
                HistoryStep {
                    date: day,
                    total,
                    changes,
                }
            })
            .filter(|step| !step.changes.is_empty())
            .collect();
        let reached =
            target.and_then(|target| steps.iter().find(|s| s.total >= target).map(|s| s.date));
        FteHistory {
            date,
            target,
            reached,
            steps,
            commune: commune.map(str::to_owned),
        }
    }
}
