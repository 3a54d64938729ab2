//! Indicators against the calendar: measures dated after today
//! (`measure-in-future`), indicators not measured for a period
//! (`indicator-stale`), targets whose day has passed unmet
//! (`target-missed`), and, when asked for, results nobody measures
//! (`no-indicator`).

use chrono::NaiveDate;

use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::domain::indicator::{Indicator, Quantity, say};
use crate::i18n::{Lang, date};
use crate::read::repository::Repository;

/// `measure-in-future`: a measure dated after today.
pub const MEASURE_IN_FUTURE: Code = Code::new(&Definition {
    name: "measure-in-future",
    severity: Severity::Error,
    en: Explanation {
        meaning: "An indicator's measure is dated after today (or after `--at`): a measure records what was observed, so it cannot come from the future. It is most often a typo in the year.",
        fix: "Correct the measure's date. To look at the indicators as of an earlier day, use `--at` with a date after every measure.",
    },
    fr: Explanation {
        meaning: "Une mesure d'indicateur est datée après aujourd'hui (ou après `--at`) : une mesure constate ce qui a été observé, elle ne peut pas venir du futur. C'est le plus souvent une faute de frappe dans l'année.",
        fix: "Corrigez la date de la mesure. Pour voir les indicateurs à une date passée, utilisez `--at` avec une date postérieure à toutes les mesures.",
    },
    example: Example::Files(&[(
        "actions/pe-01.toml",
        include_str!("examples/measure-in-future/actions/pe-01.toml"),
    )]),
});

/// `indicator-stale`: no measure within one period.
pub const INDICATOR_STALE: Code = Code::new(&Definition {
    name: "indicator-stale",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "An indicator has no measure within one period of today (a year for `periodicity = \"yearly\"`, the default; six, three or one month otherwise), though its baseline is at least a period old. Its figures would be presented to the COPIL as current when they are not. An indicator whose target is reached is not asked for more.",
        fix: "Add the latest measure to `measure`, or set `periodicity` to how often it is really measured.",
    },
    fr: Explanation {
        meaning: "Un indicateur n'a pas de mesure depuis plus d'une période (un an avec `periodicity = \"yearly\"`, la valeur par défaut ; six, trois ou un mois sinon), alors que sa valeur de référence date d'au moins une période. Ses chiffres seraient présentés au COPIL comme actuels sans l'être. Un indicateur dont la cible est atteinte n'en demande pas davantage.",
        fix: "Ajoutez la dernière mesure à `measure`, ou indiquez dans `periodicity` la fréquence réelle des mesures.",
    },
    example: Example::Files(&[(
        "actions/pe-01.toml",
        include_str!("examples/indicator-stale/actions/pe-01.toml"),
    )]),
});

/// `target-missed`: the target's day has passed, the target unmet.
pub const TARGET_MISSED: Code = Code::new(&Definition {
    name: "target-missed",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "An indicator's target date has passed and its last measure falls short of the target (or there is no measure at all). The evaluation of the CTG has to say so.",
        fix: "Record the latest measure if it meets the target; otherwise present the gap to the COPIL, and change the target only as the COPIL decides (say so in the measure's `note`).",
    },
    fr: Explanation {
        meaning: "La date cible d'un indicateur est passée et sa dernière mesure n'atteint pas la cible (ou il n'y a aucune mesure). L'évaluation de la CTG doit le dire.",
        fix: "Enregistrez la dernière mesure si elle atteint la cible ; sinon présentez l'écart au COPIL, et ne changez la cible que sur sa décision (à dire dans la `note` de la mesure).",
    },
    example: Example::Files(&[(
        "actions/pe-01.toml",
        include_str!("examples/target-missed/actions/pe-01.toml"),
    )]),
});

/// `no-indicator`: a finished action or a commission's objectives with
/// nothing to measure them by.
pub const NO_INDICATOR: Code = Code::new(&Definition {
    name: "no-indicator",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "A done action, or a commission with objectives, has no `[[indicator]]`: nothing will show the COPIL whether it worked. Off by default; on with `ctg check --strict`, or with `[check] require_indicators = true` in copil.toml.",
        fix: "Add an `[[indicator]]` table with its baseline, target and measures (`ctg new action` writes a commented one).",
    },
    fr: Explanation {
        meaning: "Une action terminée, ou une commission qui a des objectifs, n'a aucun `[[indicator]]` : rien ne montrera au COPIL si elle a porté ses fruits. Désactivé par défaut ; activé par `ctg check --strict`, ou par `[check] require_indicators = true` dans copil.toml.",
        fix: "Ajoutez une table `[[indicator]]` avec sa valeur de référence, sa cible et ses mesures (`ctg new action` en écrit une en commentaire).",
    },
    example: Example::Files(&[
        (
            "copil.toml",
            include_str!("examples/no-indicator/copil.toml"),
        ),
        (
            "actions/pe-01.toml",
            include_str!("examples/no-indicator/actions/pe-01.toml"),
        ),
    ]),
});

/// The codes of this family.
pub const CODES: &[Code] = &[
    MEASURE_IN_FUTURE,
    INDICATOR_STALE,
    TARGET_MISSED,
    NO_INDICATOR,
];

/// What is wrong with an indicator, or with its absence.
#[derive(Debug, Clone, PartialEq)]
pub enum IndicatorProblem {
    /// A measure dated after today.
    MeasureInFuture {
        indicator: String,
        date: NaiveDate,
        today: NaiveDate,
    },
    /// No measure within one period.
    Stale {
        indicator: String,
        last: Option<NaiveDate>,
        months: u32,
    },
    /// The target's day passed and the target is not met.
    TargetMissed {
        indicator: String,
        unit: Option<String>,
        target: Quantity,
        due: NaiveDate,
        last: Option<(NaiveDate, Quantity)>,
    },
    /// A done action without an indicator.
    DoneWithoutIndicator,
    /// A commission with objectives and no indicator.
    ObjectivesWithoutIndicator,
}

#[rustfmt::skip]
impl Message for IndicatorProblem {
    fn code(&self) -> Code {
        use IndicatorProblem as M;
        match self {
            M::MeasureInFuture { .. } => MEASURE_IN_FUTURE,
            M::Stale { .. } => INDICATOR_STALE,
            M::TargetMissed { .. } => TARGET_MISSED,
            M::DoneWithoutIndicator | M::ObjectivesWithoutIndicator => NO_INDICATOR,
        }
    }

    fn text(&self, lang: Lang) -> String {
        use IndicatorProblem as M;
        let d = |x: &NaiveDate| date(*x, lang);
        let v = |value: &Quantity| match self {
            M::TargetMissed { unit, .. } => say(*value, unit.as_deref(), lang),
            _ => value.to_string(),
        };
        match (self, lang) {
            (M::MeasureInFuture { indicator, date: day, today }, Lang::En) => {
                format!("indicator `{indicator}`: measure of {} is after today ({})", d(day), d(today))
            }
            (M::MeasureInFuture { indicator, date: day, today }, Lang::Fr) => {
                format!("indicateur `{indicator}` : la mesure du {} est postérieure à aujourd'hui ({})", d(day), d(today))
            }
            (M::Stale { indicator, last: Some(last), months }, Lang::En) => {
                format!("indicator `{indicator}` was last measured on {}, more than {} ago", d(last), period(*months, lang))
            }
            (M::Stale { indicator, last: Some(last), months }, Lang::Fr) => {
                format!("l'indicateur `{indicator}` a été mesuré pour la dernière fois le {}, il y a plus {}", d(last), de_period(*months))
            }
            (M::Stale { indicator, last: None, months }, Lang::En) => {
                format!("indicator `{indicator}` has no measure, though its baseline is more than {} old", period(*months, lang))
            }
            (M::Stale { indicator, last: None, months }, Lang::Fr) => {
                format!("l'indicateur `{indicator}` n'a aucune mesure, alors que sa valeur de référence date de plus {}", de_period(*months))
            }
            (M::TargetMissed { indicator, target, due, last: Some((day, value)), .. }, Lang::En) => {
                format!("indicator `{indicator}` missed its target of {} by {}: last measure {} on {}", v(target), d(due), v(value), d(day))
            }
            (M::TargetMissed { indicator, target, due, last: Some((day, value)), .. }, Lang::Fr) => {
                format!("l'indicateur `{indicator}` n'a pas atteint sa cible de {} au {} : dernière mesure {} le {}", v(target), d(due), v(value), d(day))
            }
            (M::TargetMissed { indicator, target, due, last: None, .. }, Lang::En) => {
                format!("indicator `{indicator}` had a target of {} by {} and has no measure", v(target), d(due))
            }
            (M::TargetMissed { indicator, target, due, last: None, .. }, Lang::Fr) => {
                format!("l'indicateur `{indicator}` avait une cible de {} au {} et n'a aucune mesure", v(target), d(due))
            }
            (M::DoneWithoutIndicator, Lang::En) => "this done action has no indicator to show what it achieved".into(),
            (M::DoneWithoutIndicator, Lang::Fr) => "cette action terminée n'a aucun indicateur pour montrer ce qu'elle a produit".into(),
            (M::ObjectivesWithoutIndicator, Lang::En) => "this commission has objectives but no indicator to follow them".into(),
            (M::ObjectivesWithoutIndicator, Lang::Fr) => "cette commission a des objectifs mais aucun indicateur pour les suivre".into(),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use IndicatorProblem as M;
        Some(match (self, lang) {
            (M::MeasureInFuture { .. }, Lang::En) => "correct the measure's date (a typo in the year?)".into(),
            (M::MeasureInFuture { .. }, Lang::Fr) => "corrigez la date de la mesure (une faute dans l'année ?)".into(),
            (M::Stale { .. }, Lang::En) => "add the latest measure, as `{ date = YYYY-MM-DD, value = … }` in `measure`, or set `periodicity`".into(),
            (M::Stale { .. }, Lang::Fr) => "ajoutez la dernière mesure, sous la forme `{ date = AAAA-MM-JJ, value = … }` dans `measure`, ou indiquez `periodicity`".into(),
            (M::TargetMissed { .. }, Lang::En) => "record the latest measure, or present the gap to the COPIL".into(),
            (M::TargetMissed { .. }, Lang::Fr) => "enregistrez la dernière mesure, ou présentez l'écart au COPIL".into(),
            (M::DoneWithoutIndicator | M::ObjectivesWithoutIndicator, Lang::En) => "add an `[[indicator]]` table with `id`, `name`, `kind`, `baseline` and `target` (docs/format.md, \"Indicators\")".into(),
            (M::DoneWithoutIndicator | M::ObjectivesWithoutIndicator, Lang::Fr) => "ajoutez une table `[[indicator]]` avec `id`, `name`, `kind`, `baseline` et `target` (docs/format.md, « Indicators »)".into(),
        })
    }
}

/// One period in words: `a year`, `6 months`.
fn period(months: u32, lang: Lang) -> String {
    match (months, lang) {
        (12, Lang::En) => "a year".into(),
        (12, Lang::Fr) => "un an".into(),
        (1, Lang::En) => "a month".into(),
        (1, Lang::Fr) => "un mois".into(),
        (n, Lang::En) => format!("{n} months"),
        (n, Lang::Fr) => format!("{n} mois"),
    }
}

/// One period after French `de`, elided before a vowel: `d'un an`,
/// `d'un mois`, `de 6 mois`.
fn de_period(months: u32) -> String {
    let period = period(months, Lang::Fr);
    if period.starts_with("un ") {
        format!("d'{period}")
    } else {
        format!("de {period}")
    }
}

fn indicator(out: &mut Vec<Diagnostic>, file: &str, indicator: &Indicator, today: NaiveDate) {
    let id = &indicator.id.value;
    for measure in &indicator.measures[indicator.measures_until(today).len()..] {
        out.push(Diagnostic::new(
            file,
            Some(measure.date.span()),
            IndicatorProblem::MeasureInFuture {
                indicator: id.clone(),
                date: measure.date.value,
                today,
            },
        ));
    }
    let evaluation = indicator.evaluate(today);
    if evaluation.stale {
        out.push(Diagnostic::new(
            file,
            Some(indicator.id.span()),
            IndicatorProblem::Stale {
                indicator: id.clone(),
                last: evaluation.latest.map(|m| m.date.value),
                months: indicator.periodicity.months(),
            },
        ));
    }
    if evaluation.missed {
        let target = &indicator.target;
        out.push(Diagnostic::new(
            file,
            Some(target.span()),
            IndicatorProblem::TargetMissed {
                indicator: id.clone(),
                unit: indicator.unit.clone(),
                target: target.value.value,
                due: target.value.date,
                last: evaluation.latest.map(|m| (m.date.value, m.value)),
            },
        ));
    }
}

/// `require` turns `no-indicator` on whatever `copil.toml` says
/// (`ctg check --strict`).
pub(super) fn check(repo: &Repository, today: NaiveDate, require: bool, out: &mut Vec<Diagnostic>) {
    let require = require
        || repo
            .convention
            .as_ref()
            .is_some_and(|c| c.require_indicators);
    for commission in &repo.commissions {
        for i in &commission.indicators {
            indicator(out, &commission.file, i, today);
        }
        if require && commission.indicators.is_empty() && !commission.objectives.is_empty() {
            out.push(Diagnostic::new(
                &commission.file,
                commission.objectives_span.clone(),
                IndicatorProblem::ObjectivesWithoutIndicator,
            ));
        }
    }
    for action in &repo.actions {
        for i in &action.indicators {
            indicator(out, &action.file, i, today);
        }
        if require
            && action.indicators.is_empty()
            && action.status.value == crate::domain::model::ActionStatus::Done
        {
            out.push(Diagnostic::new(
                &action.file,
                Some(action.status.span()),
                IndicatorProblem::DoneWithoutIndicator,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn samples() -> Vec<IndicatorProblem> {
        use IndicatorProblem as M;
        let s = |x: &str| x.to_owned();
        let q = |x: &str| Quantity::parse(x).unwrap();
        vec![
            M::MeasureInFuture {
                indicator: s("familles"),
                date: day(2027, 1, 1),
                today: day(2026, 6, 15),
            },
            M::Stale {
                indicator: s("familles"),
                last: Some(day(2025, 3, 31)),
                months: 12,
            },
            M::Stale {
                indicator: s("familles"),
                last: None,
                months: 6,
            },
            M::Stale {
                indicator: s("familles"),
                last: None,
                months: 1,
            },
            M::TargetMissed {
                indicator: s("delai"),
                unit: Some(s("jours")),
                target: q("15"),
                due: day(2026, 3, 31),
                last: Some((day(2026, 3, 31), q("21.5"))),
            },
            M::TargetMissed {
                indicator: s("taux"),
                unit: Some(s("%")),
                target: q("15"),
                due: day(2026, 3, 31),
                last: None,
            },
            M::DoneWithoutIndicator,
            M::ObjectivesWithoutIndicator,
        ]
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        // No wildcard: a new variant does not compile until it has a sample.
        worded::every_variant(&samples, 5, |m| match m {
            IndicatorProblem::MeasureInFuture { .. } => 0,
            IndicatorProblem::Stale { .. } => 1,
            IndicatorProblem::TargetMissed { .. } => 2,
            IndicatorProblem::DoneWithoutIndicator => 3,
            IndicatorProblem::ObjectivesWithoutIndicator => 4,
        });
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }
}
