//! `ctg indicators`: every indicator of the plan as of one day, with its
//! progress, the progress expected by then, and where it stands.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::indicator::{Indicator, IndicatorKind, Periodicity, Quantity, State};
use crate::domain::model::RecordKind;
use crate::read::repository::Repository;

/// Where an indicator is written: an action or a commission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// `action` or `commission`.
    pub kind: RecordKind,
    /// The record's id.
    pub id: String,
}

/// A dated value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatedValue {
    /// The day.
    pub date: NaiveDate,
    /// The value, exact.
    pub value: Quantity,
}

/// One measure, with its note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeasureRow {
    /// The day.
    pub date: NaiveDate,
    /// The value, exact.
    pub value: Quantity,
    /// A remark, if any.
    pub note: Option<String>,
}

/// One indicator as of the answer's date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorRow {
    /// The action or commission it belongs to.
    #[serde(rename = "where")]
    pub place: Place,
    /// The title of that action, or the name of that commission.
    #[serde(skip)]
    pub place_name: String,
    /// The commission it falls under: the action's, or the commission
    /// itself (the grouping of the report).
    #[serde(skip)]
    pub commission: String,
    /// Unique within its file.
    pub id: String,
    /// What it counts.
    pub name: String,
    /// Result or means.
    pub kind: IndicatorKind,
    /// Its unit, if given.
    pub unit: Option<String>,
    /// How often it is measured.
    pub periodicity: Periodicity,
    /// The value before the convention.
    pub baseline: DatedValue,
    /// The value aimed at.
    pub target: DatedValue,
    /// The latest measure on or before the answer's date.
    pub latest: Option<DatedValue>,
    /// (latest − baseline) / (target − baseline), rounded to four decimals.
    pub progress: Option<f64>,
    /// The progress expected on the answer's date, rounded to four decimals.
    pub expected: f64,
    /// Where it stands.
    pub state: State,
    /// The measures taken on or before the answer's date, by date.
    pub measures: Vec<MeasureRow>,
    /// Progress in whole percent, rounded down (for tables).
    #[serde(skip)]
    pub progress_percent: Option<i64>,
    /// Expected progress in whole percent, rounded down (for tables).
    #[serde(skip)]
    pub expected_percent: i64,
    /// Whether lower values are better (the target is below the baseline).
    #[serde(skip)]
    pub lower_is_better: bool,
}

impl IndicatorRow {
    /// The row of `indicator`, written in the record `place`, on `day`.
    pub fn new(
        place: Place,
        place_name: &str,
        commission: &str,
        indicator: &Indicator,
        day: NaiveDate,
    ) -> IndicatorRow {
        let evaluation = indicator.evaluate(day);
        let dated = |date, value| DatedValue { date, value };
        IndicatorRow {
            place,
            place_name: place_name.to_owned(),
            commission: commission.to_owned(),
            id: indicator.id.value.clone(),
            name: indicator.name.clone(),
            kind: indicator.kind,
            unit: indicator.unit.clone(),
            periodicity: indicator.periodicity,
            baseline: dated(indicator.baseline.date, indicator.baseline.value),
            target: dated(indicator.target.value.date, indicator.target.value.value),
            latest: evaluation.latest.map(|m| dated(m.date.value, m.value)),
            progress: evaluation.progress.map(|p| p.rounded()),
            expected: evaluation.expected.rounded(),
            state: evaluation.state,
            measures: indicator
                .measures_until(day)
                .iter()
                .map(|m| MeasureRow {
                    date: m.date.value,
                    value: m.value,
                    note: m.note.clone(),
                })
                .collect(),
            progress_percent: evaluation.progress.map(|p| p.percent()),
            expected_percent: evaluation.expected.percent(),
            lower_is_better: indicator.lower_is_better(),
        }
    }

    /// The value with its unit, as `lang` writes it.
    pub fn say(&self, value: Quantity, lang: crate::i18n::Lang) -> String {
        crate::domain::indicator::say(value, self.unit.as_deref(), lang)
    }
}

/// Which indicators to keep; every field that is set must match.
#[derive(Debug, Clone, Default)]
pub struct IndicatorFilter {
    /// Commission ids: a commission's own indicators and its actions'.
    pub commissions: Vec<String>,
    /// Action ids.
    pub actions: Vec<String>,
    /// States (any of them); empty keeps all.
    pub states: Vec<State>,
}

impl IndicatorFilter {
    /// Whether `row` passes every filter that is set.
    pub fn matches(&self, row: &IndicatorRow) -> bool {
        (self.commissions.is_empty() || self.commissions.contains(&row.commission))
            && (self.actions.is_empty()
                || (row.place.kind == RecordKind::Action && self.actions.contains(&row.place.id)))
            && (self.states.is_empty() || self.states.contains(&row.state))
    }
}

/// `ctg indicators`: the indicators that pass a filter, grouped by
/// commission (its own first, then its actions' by id), in file order
/// within a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorList {
    /// The day they are evaluated on.
    pub date: NaiveDate,
    /// The indicators kept.
    pub indicators: Vec<IndicatorRow>,
}

impl IndicatorList {
    /// The indicators of `repo` that pass `filter`, on `day`.
    pub fn compute(repo: &Repository, day: NaiveDate, filter: &IndicatorFilter) -> IndicatorList {
        let mut rows = Vec::new();
        for commission in &repo.commissions {
            for indicator in &commission.indicators {
                let place = Place {
                    kind: RecordKind::Commission,
                    id: commission.id.to_string(),
                };
                rows.push(IndicatorRow::new(
                    place,
                    &commission.name,
                    &commission.id,
                    indicator,
                    day,
                ));
            }
        }
        for action in &repo.actions {
            for indicator in &action.indicators {
                let place = Place {
                    kind: RecordKind::Action,
                    id: action.id.to_string(),
                };
                rows.push(IndicatorRow::new(
                    place,
                    &action.title,
                    &action.commission.value,
                    indicator,
                    day,
                ));
            }
        }
        rows.retain(|row| filter.matches(row));
        // Records are sorted by id and indicators are in file order: a
        // stable sort by commission, then commission before action, then
        // id keeps that order within a record.
        rows.sort_by(|a, b| {
            (
                &a.commission,
                a.place.kind == RecordKind::Action,
                &a.place.id,
            )
                .cmp(&(
                    &b.commission,
                    b.place.kind == RecordKind::Action,
                    &b.place.id,
                ))
        });
        IndicatorList {
            date: day,
            indicators: rows,
        }
    }

    /// How many indicators stand in each state, in the order of
    /// [`State::ALL`].
    pub fn counts(&self) -> Vec<(State, usize)> {
        State::ALL
            .iter()
            .map(|state| {
                let n = self.indicators.iter().filter(|r| r.state == *state).count();
                (*state, n)
            })
            .collect()
    }
}
