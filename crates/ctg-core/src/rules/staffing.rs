//! FTE rules: one officer above a full post (`fte-overbooked`), the plan
//! that does not add up (`plan-mismatch`), the cofunded total above its
//! target (`fte-over-target`) or off its baseline (`baseline-mismatch`).

use chrono::NaiveDate;

use super::references::unknown_commune_hint;
use crate::diagnostics::message::Message;
use crate::diagnostics::{Code, Definition, Diagnostic, Example, Explanation, Severity};
use crate::domain::fte::{Fte, SayFte};
use crate::domain::model::{Convention, RecordKind};
use crate::domain::staffing::{by_commune_on, changes, cofunded, first_above, total_on};
use crate::i18n::{Lang, date};
use crate::read::records::total_increase;
use crate::read::repository::Repository;

/// `fte-overbooked`: one officer above one full-time post.
pub const FTE_OVERBOOKED: Code = Code::new(&Definition {
    name: "fte-overbooked",
    severity: Severity::Error,
    en: Explanation {
        meaning: "One officer's assignments add up to more than one full-time post (1.0 FTE) on some date; the message names the first such date.",
        fix: "End the earlier assignment the day before the next one starts, or lower an `fte`.",
    },
    fr: Explanation {
        meaning: "Les affectations d'un chargé de coopération dépassent un temps plein (1,0 ETP) à une date ; le message donne la première.",
        fix: "Terminez l'affectation précédente la veille du début de la suivante, ou baissez un `fte`.",
    },
    example: Example::Files(&[(
        "officers/marie-dupont.toml",
        include_str!("examples/fte-overbooked/officers/marie-dupont.toml"),
    )]),
});

/// `plan-mismatch`: the FTE plan of copil.toml does not add up.
pub const PLAN_MISMATCH: Code = Code::new(&Definition {
    name: "plan-mismatch",
    severity: Severity::Error,
    en: Explanation {
        meaning: "The FTE plan in copil.toml does not add up: `fte.baseline` plus the sum of `[fte.increase]` is not `fte.target`, or an increase names a commune that is not in the convention.",
        fix: "Correct the figure that is wrong so that baseline + increases = target, and use the communes of `convention.communes`.",
    },
    fr: Explanation {
        meaning: "Le plan d'ETP de copil.toml ne tombe pas juste : `fte.baseline` plus la somme de `[fte.increase]` ne fait pas `fte.target`, ou un développement nomme une commune absente de la convention.",
        fix: "Corrigez le chiffre faux pour que existant + développement = cible, et utilisez les communes de `convention.communes`.",
    },
    example: Example::Files(&[(
        "copil.toml",
        include_str!("examples/plan-mismatch/copil.toml"),
    )]),
});

/// `fte-over-target`: the cofunded total above the target.
pub const FTE_OVER_TARGET: Code = Code::new(&Definition {
    name: "fte-over-target",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "The FTE of Caf-cofunded officers adds up to more than `fte.target` on some date; the message names the first such date.",
        fix: "End an assignment earlier, set `caf_cofunded = false` for a post the Caf does not fund, or raise `fte.target` if the plan changed.",
    },
    fr: Explanation {
        meaning: "Les ETP des chargés de coopération cofinancés par la Caf dépassent `fte.target` à une date ; le message donne la première.",
        fix: "Terminez une affectation plus tôt, indiquez `caf_cofunded = false` pour un poste que la Caf ne cofinance pas, ou relevez `fte.target` si le plan a changé.",
    },
    example: Example::Files(&[(
        "officers/luc-martin.toml",
        include_str!("examples/fte-over-target/officers/luc-martin.toml"),
    )]),
});

/// `baseline-mismatch`: the officers' FTE on the baseline date is not the
/// declared baseline.
pub const BASELINE_MISMATCH: Code = Code::new(&Definition {
    name: "baseline-mismatch",
    severity: Severity::Warning,
    en: Explanation {
        meaning: "The cofunded FTE of the officers' assignments on `fte.baseline_date` is not the `fte.baseline` declared in copil.toml.",
        fix: "Correct the assignments in effect on that date, or `fte.baseline`.",
    },
    fr: Explanation {
        meaning: "Les ETP cofinancés des affectations en vigueur à `fte.baseline_date` ne font pas le `fte.baseline` déclaré dans copil.toml.",
        fix: "Corrigez les affectations en vigueur à cette date, ou `fte.baseline`.",
    },
    example: Example::Files(&[(
        "officers/luc-martin.toml",
        include_str!("examples/baseline-mismatch/officers/luc-martin.toml"),
    )]),
});

/// The codes of this family.
pub const CODES: &[Code] = &[
    FTE_OVERBOOKED,
    PLAN_MISMATCH,
    FTE_OVER_TARGET,
    BASELINE_MISMATCH,
];

/// The rules of this family that read every officer, or the plan of
/// copil.toml: run only when all those files read cleanly (see
/// `rules::skipped`). `fte-overbooked` reads one officer: it always runs.
pub const NEEDS: &[super::skipped::Needs] = &[
    (PLAN_MISMATCH, &[RecordKind::Copil]),
    (FTE_OVER_TARGET, &[RecordKind::Copil, RecordKind::Officer]),
    (BASELINE_MISMATCH, &[RecordKind::Copil, RecordKind::Officer]),
];

/// What is wrong with the FTE.
#[derive(Debug, Clone, PartialEq)]
pub enum StaffingProblem {
    /// One officer above one full-time post.
    FteOverbooked {
        officer: String,
        date: NaiveDate,
        total: Fte,
    },
    /// The staffing plan does not add up.
    PlanMismatch {
        baseline: Fte,
        increase: Fte,
        target: Fte,
    },
    /// An increase (or a baseline, `by_commune`) for a commune that is
    /// not in the convention.
    PlanUnknownCommune {
        value: String,
        suggestion: Option<String>,
        by_commune: bool,
    },
    /// `[fte.baseline_by_commune]` does not add up to `fte.baseline`.
    PlanBaselineSum { sum: Fte, baseline: Fte },
    /// The cofunded total above the target.
    FteOverTarget {
        date: NaiveDate,
        total: Fte,
        target: Fte,
    },
    /// The officers' FTE on the baseline date is not the declared baseline,
    /// of the territory or (`commune`) of one commune.
    BaselineMismatch {
        date: NaiveDate,
        actual: Fte,
        baseline: Fte,
        commune: Option<String>,
    },
}

#[rustfmt::skip]
impl Message for StaffingProblem {
    fn code(&self) -> Code {
        match self {
            StaffingProblem::FteOverbooked { .. } => FTE_OVERBOOKED,
            StaffingProblem::PlanMismatch { .. }
            | StaffingProblem::PlanUnknownCommune { .. }
            | StaffingProblem::PlanBaselineSum { .. } => PLAN_MISMATCH,
            StaffingProblem::FteOverTarget { .. } => FTE_OVER_TARGET,
            StaffingProblem::BaselineMismatch { .. } => BASELINE_MISMATCH,
        }
    }
    fn text(&self, lang: Lang) -> String {
        use StaffingProblem as M;
        let d = |x: &NaiveDate| date(*x, lang);
        let f = |x: &Fte| lang.fte(*x);
        match (self, lang) {
            (M::FteOverbooked { officer, date, total }, Lang::En) => {
                format!("{officer} is assigned {} FTE on {}, more than one full-time post", f(total), d(date))
            }
            (M::FteOverbooked { officer, date, total }, Lang::Fr) => {
                format!("{officer} est affecté(e) à {} ETP le {}, plus qu'un temps plein", f(total), d(date))
            }
            (M::PlanMismatch { baseline, increase, target }, Lang::En) => format!(
                "baseline {} + increases {} = {}, not the target {}",
                f(baseline), f(increase), f(&(*baseline + *increase)), f(target)
            ),
            (M::PlanMismatch { baseline, increase, target }, Lang::Fr) => format!(
                "existant {} + développement {} = {}, différent de la cible {}",
                f(baseline), f(increase), f(&(*baseline + *increase)), f(target)
            ),
            (M::PlanUnknownCommune { value, by_commune: false, .. }, Lang::En) => {
                format!("the increase names `{value}`, which is not one of the convention's communes")
            }
            (M::PlanUnknownCommune { value, by_commune: false, .. }, Lang::Fr) => {
                format!("le développement nomme `{value}`, qui ne fait pas partie des communes de la convention")
            }
            (M::PlanUnknownCommune { value, by_commune: true, .. }, Lang::En) => {
                format!("the baseline by commune names `{value}`, which is not one of the convention's communes")
            }
            (M::PlanUnknownCommune { value, by_commune: true, .. }, Lang::Fr) => {
                format!("l'existant par commune nomme `{value}`, qui ne fait pas partie des communes de la convention")
            }
            (M::PlanBaselineSum { sum, baseline }, Lang::En) => format!(
                "the baseline by commune adds up to {}, not `fte.baseline` = {}",
                f(sum), f(baseline)
            ),
            (M::PlanBaselineSum { sum, baseline }, Lang::Fr) => format!(
                "l'existant par commune fait {} au total, et non `fte.baseline` = {}",
                f(sum), f(baseline)
            ),
            (M::FteOverTarget { date, total, target }, Lang::En) => format!(
                "from {} the Caf-cofunded total is {} FTE, above the target of {}",
                d(date), f(total), f(target)
            ),
            (M::FteOverTarget { date, total, target }, Lang::Fr) => format!(
                "à partir du {} le total cofinancé par la Caf est de {} ETP, au-delà de la cible de {}",
                d(date), f(total), f(target)
            ),
            (M::BaselineMismatch { date, actual, baseline, commune: None }, Lang::En) => format!(
                "the officers' cofunded FTE on {} is {}, but `fte.baseline` says {}",
                d(date), f(actual), f(baseline)
            ),
            (M::BaselineMismatch { date, actual, baseline, commune: None }, Lang::Fr) => format!(
                "les ETP cofinancés des chargés de coopération au {} font {}, mais `fte.baseline` indique {}",
                d(date), f(actual), f(baseline)
            ),
            (M::BaselineMismatch { date, actual, baseline, commune: Some(commune) }, Lang::En) => format!(
                "the officers' cofunded FTE in {commune} on {} is {}, but the baseline by commune says {}",
                d(date), f(actual), f(baseline)
            ),
            (M::BaselineMismatch { date, actual, baseline, commune: Some(commune) }, Lang::Fr) => format!(
                "les ETP cofinancés des chargés de coopération à {commune} au {} font {}, mais l'existant par commune indique {}",
                d(date), f(actual), f(baseline)
            ),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use StaffingProblem as M;
        match (self, lang) {
            (M::PlanUnknownCommune { suggestion, .. }, _) => unknown_commune_hint(suggestion, lang),
            (M::FteOverbooked { .. }, Lang::En) => Some("end the earlier assignment the day before this one starts, or lower an `fte`".into()),
            (M::FteOverbooked { .. }, Lang::Fr) => Some("terminez l'affectation précédente la veille du début de celle-ci, ou baissez un `fte`".into()),
            (M::PlanBaselineSum { .. }, Lang::En) => Some("correct `[fte.baseline_by_commune]` or `fte.baseline`: the communes' baselines add up to the territory's".into()),
            (M::PlanBaselineSum { .. }, Lang::Fr) => Some("corrigez `[fte.baseline_by_commune]` ou `fte.baseline` : l'existant des communes fait celui du territoire".into()),
            (M::PlanMismatch { .. }, Lang::En) => Some("make `fte.target` equal `fte.baseline` plus the sum of `[fte.increase]`".into()),
            (M::PlanMismatch { .. }, Lang::Fr) => Some("faites en sorte que `fte.target` soit égal à `fte.baseline` plus la somme de `[fte.increase]`".into()),
            (M::FteOverTarget { .. }, Lang::En) => Some("end an assignment earlier, set `caf_cofunded = false` for a post the Caf does not fund, or raise `fte.target` if the plan changed".into()),
            (M::FteOverTarget { .. }, Lang::Fr) => Some("terminez une affectation plus tôt, indiquez `caf_cofunded = false` pour un poste non cofinancé, ou relevez `fte.target` si le plan a changé".into()),
            (M::BaselineMismatch { commune: None, .. }, Lang::En) => Some("correct the assignments in effect on that date, or `fte.baseline`".into()),
            (M::BaselineMismatch { commune: None, .. }, Lang::Fr) => Some("corrigez les affectations en vigueur à cette date, ou `fte.baseline`".into()),
            (M::BaselineMismatch { commune: Some(_), .. }, Lang::En) => Some("correct the assignments in effect on that date, or the commune's figure in `[fte.baseline_by_commune]`".into()),
            (M::BaselineMismatch { commune: Some(_), .. }, Lang::Fr) => Some("corrigez les affectations en vigueur à cette date, ou le chiffre de la commune dans `[fte.baseline_by_commune]`".into()),
        }
    }
}

pub(super) fn check(repo: &Repository, out: &mut Vec<Diagnostic>) {
    overbooked_officers(repo, out);
    let Some(convention) = &repo.convention else {
        return;
    };
    plan_communes(convention, out);
    // Totals that leave out a broken officer file would be wrong: [`NEEDS`]
    // holds them back, and says so.
    plan_and_baseline(repo, convention, out);
    baseline_by_commune(repo, convention, out);
    over_target(repo, convention, out);
}

/// `fte-overbooked`: an officer above one full-time post, on the first day
/// it happens.
fn overbooked_officers(repo: &Repository, out: &mut Vec<Diagnostic>) {
    for officer in &repo.officers {
        let own = changes(officer.assignments.iter().map(|a| (officer, a)));
        if let Some((date, total, at)) = first_above(&own, Fte::ONE) {
            out.push(Diagnostic::new(
                &officer.file,
                Some(own[at].assignment.start.span()),
                StaffingProblem::FteOverbooked {
                    officer: officer.name.clone(),
                    date,
                    total,
                },
            ));
        }
    }
}

/// `plan-mismatch`: an increase for a commune the convention does not name.
fn plan_communes(convention: &Convention, out: &mut Vec<Diagnostic>) {
    let plan = &convention.fte;
    let communes: std::collections::HashSet<&str> =
        convention.communes.iter().map(String::as_str).collect();
    // A suggestion costs a pass over the communes: the first few only.
    let mut budget = 64usize;
    let tables = [(false, &plan.increase), (true, &plan.baseline_by_commune)];
    for (by_commune, commune) in tables
        .into_iter()
        .flat_map(|(by_commune, table)| table.iter().map(move |(c, _)| (by_commune, c)))
    {
        if !communes.contains(commune.value.as_str()) {
            let suggestion = if budget > 0 {
                budget -= 1;
                crate::domain::commune::closest(&commune.value, &convention.communes)
            } else {
                None
            };
            out.push(Diagnostic::new(
                &convention.file,
                Some(commune.span()),
                StaffingProblem::PlanUnknownCommune {
                    value: commune.value.to_string(),
                    suggestion,
                    by_commune,
                },
            ));
        }
    }
}

/// `plan-mismatch` when baseline and increases do not add up to the target;
/// `baseline-mismatch` when the officers on the baseline date are not the
/// declared baseline.
fn plan_and_baseline(repo: &Repository, convention: &Convention, out: &mut Vec<Diagnostic>) {
    let plan = &convention.fte;
    let Some(baseline) = &plan.baseline else {
        return;
    };
    let increase = total_increase(plan);
    if baseline.value + increase != plan.target.value {
        out.push(Diagnostic::new(
            &convention.file,
            Some(plan.target.span()),
            StaffingProblem::PlanMismatch {
                baseline: baseline.value,
                increase,
                target: plan.target.value,
            },
        ));
    }
    let actual = total_on(cofunded(repo.staff()), plan.baseline_date);
    if actual != baseline.value {
        out.push(Diagnostic::new(
            &convention.file,
            Some(baseline.span()),
            StaffingProblem::BaselineMismatch {
                date: plan.baseline_date,
                actual,
                baseline: baseline.value,
                commune: None,
            },
        ));
    }
}

/// `plan-mismatch` when the baseline by commune does not add up to
/// `fte.baseline`; `baseline-mismatch` for each commune whose officers on
/// the baseline date are not its declared baseline ([`NEEDS`] holds it
/// back when an officer file is broken). The officers' FTE by commune is
/// summed in one pass, whatever the number of communes.
fn baseline_by_commune(repo: &Repository, convention: &Convention, out: &mut Vec<Diagnostic>) {
    let plan = &convention.fte;
    // The table's first line in the file (entries need not come in file order).
    let Some(first) = plan
        .baseline_by_commune
        .iter()
        .map(|(commune, _)| commune)
        .min_by_key(|commune| commune.span().start)
    else {
        return;
    };
    let sum: Fte = plan.baseline_by_commune.iter().map(|(_, fte)| *fte).sum();
    if let Some(baseline) = &plan.baseline
        && sum != baseline.value
    {
        out.push(Diagnostic::new(
            &convention.file,
            Some(first.span()),
            StaffingProblem::PlanBaselineSum {
                sum,
                baseline: baseline.value,
            },
        ));
    }
    let actual = by_commune_on(cofunded(repo.staff()), plan.baseline_date);
    let mut seen = std::collections::HashSet::new();
    for (commune, _) in &plan.baseline_by_commune {
        // A commune named twice is one figure (their sum), checked once.
        if !seen.insert(commune.value.as_str()) {
            continue;
        }
        let declared = plan.baseline_for(&commune.value).unwrap_or(Fte::ZERO);
        let actual = actual
            .get(commune.value.as_str())
            .copied()
            .unwrap_or(Fte::ZERO);
        if actual != declared && convention.communes.iter().any(|c| *c == *commune.value) {
            out.push(Diagnostic::new(
                &convention.file,
                Some(commune.span()),
                StaffingProblem::BaselineMismatch {
                    date: plan.baseline_date,
                    actual,
                    baseline: declared,
                    commune: Some(commune.value.to_string()),
                },
            ));
        }
    }
}

/// `fte-over-target`: the cofunded total above the target, on the first day
/// it happens, pointed at the assignment that made it so.
fn over_target(repo: &Repository, convention: &Convention, out: &mut Vec<Diagnostic>) {
    let target = convention.fte.target.value;
    let all = changes(cofunded(repo.staff()));
    if let Some((date, total, at)) = first_above(&all, target) {
        out.push(Diagnostic::new(
            &all[at].officer.file,
            Some(all[at].assignment.start.span()),
            StaffingProblem::FteOverTarget {
                date,
                total,
                target,
            },
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::worded;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn fte(hundredths: i64) -> Fte {
        Fte::from_hundredths(hundredths)
    }

    /// A sample of every message, with and without a suggestion.
    fn samples() -> Vec<StaffingProblem> {
        use StaffingProblem as M;
        let s = |x: &str| x.to_owned();
        vec![
            M::FteOverbooked {
                officer: s("Marie Dupont"),
                date: day(2026, 1, 5),
                total: fte(130),
            },
            M::PlanMismatch {
                baseline: fte(310),
                increase: fte(50),
                target: fte(380),
            },
            M::PlanUnknownCommune {
                value: s("Itsres"),
                suggestion: Some(s("Istres")),
                by_commune: false,
            },
            M::PlanUnknownCommune {
                value: s("Paris"),
                suggestion: None,
                by_commune: true,
            },
            M::PlanBaselineSum {
                sum: fte(290),
                baseline: fte(310),
            },
            M::FteOverTarget {
                date: day(2026, 1, 5),
                total: fte(390),
                target: fte(380),
            },
            M::BaselineMismatch {
                date: day(2025, 1, 1),
                actual: fte(290),
                baseline: fte(310),
                commune: None,
            },
            M::BaselineMismatch {
                date: day(2025, 1, 1),
                actual: fte(90),
                baseline: fte(110),
                commune: Some(s("Istres")),
            },
        ]
    }

    /// No wildcard: a new variant does not compile until it is numbered here.
    fn variant(message: &StaffingProblem) -> usize {
        use StaffingProblem as M;
        match message {
            M::FteOverbooked { .. } => 0,
            M::PlanMismatch { .. } => 1,
            M::PlanUnknownCommune { .. } => 2,
            M::FteOverTarget { .. } => 3,
            M::BaselineMismatch { .. } => 4,
            M::PlanBaselineSum { .. } => 5,
        }
    }

    #[test]
    fn every_message_is_worded_in_both_languages() {
        let samples = samples();
        worded::every_variant(&samples, 6, variant);
        worded::messages(&samples);
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        worded::codes(CODES);
    }

    #[test]
    fn french_numbers_have_a_decimal_comma() {
        let overbooked = StaffingProblem::FteOverbooked {
            officer: "Marie".into(),
            date: day(2026, 1, 5),
            total: fte(130),
        }
        .text(Lang::Fr);
        assert!(overbooked.contains("1,3 ETP"), "{overbooked}");
        let plan = StaffingProblem::PlanMismatch {
            baseline: fte(310),
            increase: fte(50),
            target: fte(380),
        }
        .text(Lang::Fr);
        assert_eq!(
            plan,
            "existant 3,1 + développement 0,5 = 3,6, différent de la cible 3,8"
        );
    }
}
