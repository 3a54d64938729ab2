//! The wording of indicators (`ctg indicators`, its line in `status`, the
//! report's evaluation), in English and French.

use chrono::NaiveDate;
use ctg_core::domain::indicator::{IndicatorKind, State};
use ctg_core::i18n::{Lang, date};

/// A column or a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// Column: the action or commission it belongs to.
    Where,
    /// Column: the indicator.
    Indicator,
    /// Column: result or means.
    Kind,
    /// Column: the baseline.
    Baseline,
    /// Column: the latest measure.
    Latest,
    /// Column: the target.
    Target,
    /// Column: progress.
    Progress,
    /// Column: expected progress.
    Expected,
    /// Column: state.
    State,
    /// The report's section.
    Evaluation,
    /// Nothing to list.
    None,
    /// "lower is better".
    LowerIsBetter,
    /// A chart's legend: measures.
    Measures,
    /// A chart's legend: the expected line.
    ExpectedLine,
}

impl Word {
    /// The word in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Word::Where, Lang::En) => "Where",
            (Word::Where, Lang::Fr) => "Fiche",
            (Word::Indicator, Lang::En) => "Indicator",
            (Word::Indicator, Lang::Fr) => "Indicateur",
            (Word::Kind, Lang::En) => "Kind",
            (Word::Kind, Lang::Fr) => "Type",
            (Word::Baseline, Lang::En) => "Baseline",
            (Word::Baseline, Lang::Fr) => "Référence",
            (Word::Latest, Lang::En) => "Latest",
            (Word::Latest, Lang::Fr) => "Dernière mesure",
            (Word::Target, Lang::En) => "Target",
            (Word::Target, Lang::Fr) => "Cible",
            (Word::Progress, Lang::En) => "Progress",
            (Word::Progress, Lang::Fr) => "Progrès",
            (Word::Expected, Lang::En) => "Expected",
            (Word::Expected, Lang::Fr) => "Attendu",
            (Word::State, Lang::En) => "State",
            (Word::State, Lang::Fr) => "État",
            (Word::Evaluation, Lang::En) => "Evaluation",
            (Word::Evaluation, Lang::Fr) => "Évaluation",
            (Word::None, Lang::En) => "No indicator.",
            (Word::None, Lang::Fr) => "Aucun indicateur.",
            (Word::LowerIsBetter, Lang::En) => "lower is better",
            (Word::LowerIsBetter, Lang::Fr) => "plus bas est mieux",
            (Word::Measures, Lang::En) => "measures",
            (Word::Measures, Lang::Fr) => "mesures",
            (Word::ExpectedLine, Lang::En) => "expected path",
            (Word::ExpectedLine, Lang::Fr) => "trajectoire attendue",
        }
    }
}

/// A state as a table shows it.
pub fn state(state: State, lang: Lang) -> &'static str {
    match (state, lang) {
        (State::Reached, Lang::En) => "reached",
        (State::Reached, Lang::Fr) => "atteint",
        (State::OnTrack, Lang::En) => "on track",
        (State::OnTrack, Lang::Fr) => "en bonne voie",
        (State::Behind, Lang::En) => "behind",
        (State::Behind, Lang::Fr) => "en retard",
        (State::Stale, Lang::En) => "stale",
        (State::Stale, Lang::Fr) => "à mettre à jour",
        (State::NoMeasure, Lang::En) => "no measure",
        (State::NoMeasure, Lang::Fr) => "sans mesure",
    }
}

/// `n` indicators in a state: `3 reached`, `2 en retard`.
pub fn state_count(s: State, n: usize, lang: Lang) -> String {
    let word = state(s, lang);
    match (s, lang) {
        // « 3 atteints », but « 2 en retard », « 2 sans mesure ».
        (State::Reached, Lang::Fr) if n > 1 => format!("{n} atteints"),
        _ => format!("{n} {word}"),
    }
}

/// Result or means.
pub fn kind(kind: IndicatorKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (IndicatorKind::Result, Lang::En) => "result",
        (IndicatorKind::Result, Lang::Fr) => "résultat",
        (IndicatorKind::Means, Lang::En) => "means",
        (IndicatorKind::Means, Lang::Fr) => "moyens",
    }
}

/// `indicators: 12 — 3 reached, 5 on track, 2 behind, 2 stale`: the
/// states with none are left out.
pub fn summary(total: usize, counts: &[(State, usize)], lang: Lang) -> String {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| state_count(*s, *n, lang))
        .collect();
    let head = match lang {
        Lang::En => format!("indicators: {total}"),
        Lang::Fr => format!("indicateurs : {total}"),
    };
    if parts.is_empty() {
        head
    } else {
        format!("{head} — {}", parts.join(", "))
    }
}

/// An indicator behind its path, under the status line: `behind:
/// par-01/familles (Familles accueillies), 43% against 63% expected`.
pub fn behind_line(
    place: &str,
    id: &str,
    name: &str,
    progress: i64,
    expected: i64,
    lang: Lang,
) -> String {
    let p = |value, lang| unbroken(&crate::wording::labels::percent(value, lang));
    match lang {
        Lang::En => format!(
            "behind: {place}/{id} ({name}), {} against {} expected",
            p(progress, lang),
            p(expected, lang)
        ),
        Lang::Fr => format!(
            "en retard : {place}/{id} ({name}), {} pour {} attendus",
            p(progress, lang),
            p(expected, lang)
        ),
    }
}

/// Text that a wrapped line never parts (a figure and its unit, a label and
/// its value): its spaces made no-break spaces.
pub fn unbroken(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// A value and its day: `70 familles (30/06/2026)`, with a no-break
/// space so that a wrapped line never parts them.
pub fn dated(value: &str, day: NaiveDate, lang: Lang) -> String {
    format!("{value}\u{a0}({})", date(day, lang))
}
