//! Building records from checked documents, with the checks that need more
//! than one value of the same file (date order, `completed` against `status`,
//! repeated items).
//!
//! A required value that is missing or of the wrong type has been reported,
//! so its record will be left out; it is still built, with a stand-in value,
//! whenever the references it holds can be checked in the same run.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::domain::fte::Fte;
use crate::domain::indicator::{Indicator, IndicatorKind, Measure, Periodicity, Point};
use crate::domain::model::{
    Action, ActionStatus, Assignment, At, Commission, CommissionKind, Convention, Copil, FtePlan,
    Meeting, MeetingStatus, Member, Mission, Officer, ShortText,
};
use crate::domain::schema::FteRange;
use crate::i18n::Lang;
use crate::read::document::{Fields, Validator};
use crate::read::loader::{id_suggestion, is_valid_id};
use crate::read::problems::fields::FieldProblem;

/// A record read from one file.
#[derive(Debug, Clone)]
pub enum Record {
    /// `copil.toml`.
    Convention(Box<Convention>),
    /// A commission.
    Commission(Commission),
    /// An officer.
    Officer(Officer),
    /// An action.
    Action(Action),
}

impl Record {
    /// The record's id (its file stem), none for the convention.
    pub fn id(&self) -> Option<&Arc<str>> {
        match self {
            Record::Convention(_) => None,
            Record::Commission(c) => Some(&c.id),
            Record::Officer(o) => Some(&o.id),
            Record::Action(a) => Some(&a.id),
        }
    }
}

fn end_after_start(
    check: &mut Validator<'_>,
    start_key: &'static str,
    start: Option<&At<NaiveDate>>,
    end_key: &str,
    end: Option<&At<NaiveDate>>,
) {
    if let (Some(start), Some(end)) = (start, end)
        && end.value < start.value
    {
        check.report(
            end.span(),
            FieldProblem::EndBeforeStart {
                key: end_key.to_owned(),
                end: end.value,
                start_key,
                start: start.value,
            },
        );
    }
}

fn unique(check: &mut Validator<'_>, key: &str, items: &[At<ShortText>]) {
    // A short list (nearly all) is compared pair by pair: cheaper than hashing.
    let short = items.len() <= 16;
    let mut seen = HashSet::with_capacity(if short { 0 } else { items.len() });
    for (i, item) in items.iter().enumerate() {
        let repeated = if short {
            items[..i].iter().any(|earlier| earlier.value == item.value)
        } else {
            !seen.insert(item.value.as_str())
        };
        if repeated {
            check.report(
                item.span(),
                FieldProblem::DuplicateInList {
                    key: key.to_owned(),
                    value: item.value.to_string(),
                },
            );
        }
    }
}

/// The `[[indicator]]` tables of an action or commission file, with the
/// checks that need more than one value: ids unique and well formed, the
/// target after the baseline and different from it, one measure a day.
/// An indicator missing a required value (reported by the validator) is
/// left out of the list.
fn indicators(fields: &Fields<'_, '_>, check: &mut Validator<'_>) -> Vec<Indicator> {
    let mut out: Vec<Indicator> = Vec::new();
    let point = |t: &Fields<'_, '_>| {
        Some(Point {
            date: t.date("date")?.value,
            value: t.number("value")?,
        })
    };
    for (table, span) in fields.tables("indicator") {
        let id = table.str("id");
        if let Some(id) = &id {
            if !is_valid_id(&id.value) {
                check.report(
                    id.span(),
                    FieldProblem::InvalidIndicatorId {
                        id: id.value.to_string(),
                        suggestion: id_suggestion(&id.value),
                    },
                );
            } else if out.iter().any(|other| other.id.value == id.value.as_str()) {
                check.report(
                    id.span(),
                    FieldProblem::DuplicateIndicator {
                        id: id.value.to_string(),
                    },
                );
            }
        }
        let name = table.text("name");
        let kind = table.word("kind", IndicatorKind::from_word);
        let unit = table.text("unit");
        let source = table.text("source");
        let periodicity = table
            .word("periodicity", Periodicity::from_word)
            .map_or(Periodicity::Yearly, |p| p.value);
        let baseline = table.table("baseline").and_then(|(t, _)| point(&t));
        let target = table
            .table("target")
            .and_then(|(t, span)| Some(At::new(point(&t)?, span)));
        let mut measures: Vec<Measure> = table
            .tables("measure")
            .iter()
            .filter_map(|(m, _)| {
                Some(Measure {
                    date: m.date("date")?,
                    value: m.number("value")?,
                    note: m.text("note"),
                })
            })
            .collect();
        // A stable sort: of two measures on one day, the second in the
        // file comes second, and is the one pointed at.
        measures.sort_by_key(|m| m.date.value);
        for pair in measures.windows(2) {
            if pair[0].date.value == pair[1].date.value {
                check.report(
                    pair[1].date.span(),
                    FieldProblem::DuplicateMeasure {
                        indicator: id.as_ref().map_or(String::new(), |i| i.value.to_string()),
                        date: pair[1].date.value,
                    },
                );
            }
        }
        if let (Some(baseline), Some(target)) = (&baseline, &target) {
            if target.value.date <= baseline.date {
                check.report(
                    target.span(),
                    FieldProblem::TargetNotAfterBaseline {
                        target: target.value.date,
                        baseline: baseline.date,
                    },
                );
            } else if target.value.value == baseline.value {
                check.report(
                    target.span(),
                    FieldProblem::TargetEqualsBaseline {
                        value: target.value.value.to_string(),
                    },
                );
            }
        }
        if let (Some(id), Some(name), Some(kind), Some(baseline), Some(target)) =
            (id, name, kind, baseline, target)
        {
            out.push(Indicator {
                id: At::new(id.value.to_string(), id.span()),
                name,
                kind: kind.value,
                unit,
                source,
                periodicity,
                baseline,
                target,
                measures,
                span,
            });
        }
    }
    out
}

fn members(fields: &Fields<'_, '_>) -> Vec<Member> {
    fields
        .tables("member")
        .iter()
        .filter_map(|(m, _)| {
            Some(Member {
                name: m.text("name")?,
                organisation: m.text("organisation")?,
                role: m.text("role"),
                funder: m.bool("funder").unwrap_or(false),
            })
        })
        .collect()
}

fn meetings(fields: &Fields<'_, '_>) -> Vec<Meeting> {
    fields
        .tables("meeting")
        .iter()
        .filter_map(|(m, _)| {
            Some(Meeting {
                date: m.date("date")?,
                status: m
                    .word("status", MeetingStatus::from_word)
                    .map_or(MeetingStatus::Held, |s| s.value),
                decisions: m
                    .strings("decisions")
                    .into_iter()
                    .map(|d| d.value.into_string())
                    .collect(),
            })
        })
        .collect()
}

/// `copil.toml`.
pub fn convention(
    file: &Arc<str>,
    doc: &Fields<'_, '_>,
    check: &mut Validator<'_>,
) -> Option<Record> {
    let (conv, _) = doc.table("convention")?;
    let start = conv.date("start");
    let end = conv.date("end");
    end_after_start(check, "start", start.as_ref(), "end", end.as_ref());
    let communes = conv.strings("communes");
    unique(check, "communes", &communes);
    if communes.is_empty()
        && let Some(value) = conv.get("communes")
        && value.get_ref().is_array()
    {
        check.report(
            value.span(),
            FieldProblem::EmptyList {
                key: "communes".into(),
            },
        );
    }

    let (copil, copil_span) = match doc.table("copil") {
        Some((fields, span)) => (Some(fields), span),
        None => (None, 0..0),
    };
    let min = copil
        .as_ref()
        .and_then(|c| c.int("min_meetings_per_year", 0, 366));
    let copil = Copil {
        min_meetings_per_year: min.as_ref().map_or(1, |m| m.value as u32),
        min_span: min.map_or(copil_span, |m| m.span()),
        members: copil.as_ref().map(members).unwrap_or_default(),
        meetings: copil.as_ref().map(meetings).unwrap_or_default(),
    };

    let (plan, _) = doc.table("fte")?;
    // `[fte.increase]` and `[fte.baseline_by_commune]`: FTE by commune.
    let by_commune = |key: &str| -> Vec<(At<ShortText>, Fte)> {
        plan.table(key)
            .map(|(table, _)| {
                table
                    .entries()
                    .filter_map(|(key, value)| {
                        let fte =
                            crate::read::document::fte_of(value.get_ref(), FteRange::NonNegative)
                                .ok()?;
                        Some((
                            At::new(ShortText::from(key.get_ref().as_ref()), key.span()),
                            fte,
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let increase = by_commune("increase");
    let baseline_by_commune = by_commune("baseline_by_commune");
    let require_indicators = doc
        .table("check")
        .and_then(|(c, _)| c.bool("require_indicators"))
        .unwrap_or(false);
    let start = start?;
    let fte = FtePlan {
        target: plan.fte("target", FteRange::Positive)?,
        baseline: plan.fte("baseline", FteRange::NonNegative),
        baseline_date: plan.date("baseline_date").map_or(start.value, |d| d.value),
        baseline_by_commune,
        increase,
    };
    Some(Record::Convention(Box::new(Convention {
        file: Arc::clone(file),
        name: conv.text("name")?,
        start: start.value,
        end: end?.value,
        communes: communes
            .into_iter()
            .map(|c| c.value.into_string())
            .collect(),
        signatories: conv
            .strings("signatories")
            .into_iter()
            .map(|s| s.value.into_string())
            .collect(),
        language: conv.text("language").and_then(|l| Lang::from_code(&l)),
        copil,
        fte,
        require_indicators,
    })))
}

/// `officers/<id>.toml`.
pub fn officer(
    id: &Arc<str>,
    file: &Arc<str>,
    doc: &Fields<'_, '_>,
    check: &mut Validator<'_>,
) -> Option<Record> {
    let mut assignments = Vec::new();
    for (a, span) in doc.tables("assignment") {
        let start = a.date("start");
        let end = a.date("end");
        end_after_start(check, "start", start.as_ref(), "end", end.as_ref());
        if let (Some(commune), Some(fte), Some(start)) =
            (a.str("commune"), a.fte("fte", FteRange::Share), start)
        {
            assignments.push(Assignment {
                commune,
                fte: fte.value,
                start,
                end: end.map(|e| e.value),
                span,
            });
        }
    }
    if let Some(value) = doc.get("assignment")
        && doc.list("assignment").is_empty()
        && value.get_ref().is_array()
    {
        check.report(
            value.span(),
            FieldProblem::EmptyList {
                key: "assignment".into(),
            },
        );
    }
    let missions: Vec<At<ShortText>> = doc.strings("missions");
    unique(check, "missions", &missions);
    Some(Record::Officer(Officer {
        id: Arc::clone(id),
        file: Arc::clone(file),
        name: doc.text("name").unwrap_or_default(),
        employer: doc.text("employer"),
        caf_cofunded: doc.bool("caf_cofunded").unwrap_or(true),
        missions: missions
            .iter()
            .filter_map(|m| Mission::from_word(&m.value))
            .collect(),
        assignments,
    }))
}

/// `commissions/<id>.toml`.
pub fn commission(
    id: &Arc<str>,
    file: &Arc<str>,
    doc: &Fields<'_, '_>,
    check: &mut Validator<'_>,
) -> Option<Record> {
    let kind = doc.word("kind", CommissionKind::from_word);
    let communes = doc.strings("communes");
    unique(check, "communes", &communes);
    if let Some(kind) = &kind
        && kind.value == CommissionKind::Territorial
        && communes.is_empty()
    {
        let span = doc.get("communes").map_or(kind.span(), |v| v.span());
        check.report(span, FieldProblem::TerritorialWithoutCommunes);
    }
    Some(Record::Commission(Commission {
        id: Arc::clone(id),
        file: Arc::clone(file),
        name: doc.text("name").unwrap_or_default(),
        kind: kind.map_or(CommissionKind::Thematic, |k| k.value),
        theme: doc.text("theme"),
        communes,
        referent: doc.str("referent"),
        objectives_span: doc.get("objectives").map(|v| v.span()),
        objectives: doc
            .strings("objectives")
            .into_iter()
            .map(|o| o.value.into_string())
            .collect(),
        min_meetings_per_year: doc
            .int("min_meetings_per_year", 0, 366)
            .map(|m| At::new(m.value as u32, m.span())),
        members: members(doc),
        meetings: meetings(doc),
        indicators: indicators(doc, check),
    }))
}

/// `actions/<id>.toml`.
pub fn action(
    id: &Arc<str>,
    file: &Arc<str>,
    doc: &Fields<'_, '_>,
    check: &mut Validator<'_>,
) -> Option<Record> {
    // Read in the format's order, the order files are written in, which
    // makes each look-up the first comparison (see `Fields::get`).
    let title = doc.text("title").unwrap_or_default();
    let commission = doc.str("commission");
    let status = doc.word("status", ActionStatus::from_word);
    let lead = doc.str("lead");
    let communes = doc.strings("communes");
    let objective = doc.text("objective");
    let start = doc.date("start");
    let due = doc.date("due");
    let completed = doc.date("completed");
    let progress = doc.int("progress", 0, 100).map(|p| p.value as u8);
    let indicators = indicators(doc, check);
    end_after_start(check, "start", start.as_ref(), "due", due.as_ref());
    end_after_start(
        check,
        "start",
        start.as_ref(),
        "completed",
        completed.as_ref(),
    );
    if let Some(status) = &status {
        match (&completed, status.value) {
            (Some(c), s) if s != ActionStatus::Done => check.report(
                c.span(),
                FieldProblem::CompletedNotDone {
                    status: s.as_str().to_owned(),
                },
            ),
            (None, ActionStatus::Done) => {
                check.report(status.span(), FieldProblem::DoneWithoutCompleted)
            }
            _ => {}
        }
    }
    unique(check, "communes", &communes);
    Some(Record::Action(Action {
        id: Arc::clone(id),
        file: Arc::clone(file),
        title,
        commission: commission?,
        status: status.unwrap_or(At::new(ActionStatus::Planned, 0..0)),
        lead,
        communes,
        objective,
        start: start.map(|s| s.value),
        due,
        completed: completed.map(|c| c.value),
        progress,
        indicators,
    }))
}

/// The sum of the increases, for the plan rule.
pub fn total_increase(plan: &FtePlan) -> Fte {
    plan.increase.iter().map(|(_, fte)| *fte).sum()
}
