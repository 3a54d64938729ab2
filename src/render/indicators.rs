//! `ctg indicators` as a table, CSV, markdown or JSON.

use crate::render::fit::{self, Column};
use crate::render::table::{Csv, Grid, cell};
use crate::render::xlsx::{Sheet, Value};
use crate::wording::indicators::{self, Word};
use crate::wording::labels;
use crate::wording::xlsx::{Header, Tab};
use ctg_core::answers::indicators::{IndicatorList, IndicatorRow};
use ctg_core::i18n::{Lang, date};

/// The indicator's name, with its unit and direction: `Familles
/// accueillies (familles)`, `Délai (jours, plus bas est mieux)`.
fn name(row: &IndicatorRow, lang: Lang) -> String {
    let mut notes: Vec<String> = Vec::new();
    if let Some(unit) = row.unit.as_deref().filter(|u| !u.trim().is_empty()) {
        notes.push(cell(unit.trim()));
    }
    if row.lower_is_better {
        notes.push(Word::LowerIsBetter.text(lang).to_owned());
    }
    if notes.is_empty() {
        cell(&row.name)
    } else {
        format!("{} ({})", cell(&row.name), notes.join(", "))
    }
}

/// A value without its unit (the name says it), `%` kept.
fn figure(row: &IndicatorRow, value: ctg_core::domain::indicator::Quantity, lang: Lang) -> String {
    match row.unit.as_deref().map(str::trim) {
        Some("%") => row.say(value, lang),
        _ => lang.number(&value.to_string()),
    }
}

/// The cells of one row of the text table: values over their dates.
fn text_cells(row: &IndicatorRow, lang: Lang) -> Vec<String> {
    let percent = |p: i64| labels::percent(p, lang);
    let over = |value, day| format!("{}\n{}", figure(row, value, lang), date(day, lang));
    vec![
        format!("{}\n{}", name(row, lang), cell(&row.place.id)),
        over(row.baseline.value, row.baseline.date),
        row.latest
            .as_ref()
            .map(|l| over(l.value, l.date))
            .unwrap_or_default(),
        over(row.target.value, row.target.date),
        format!(
            "{}\n/ {}",
            row.progress_percent
                .map(percent)
                .unwrap_or_else(|| "–".into()),
            percent(row.expected_percent)
        ),
        indicators::state(row.state, lang).to_owned(),
    ]
}

/// The cells of one row of the markdown table.
fn markdown_cells(row: &IndicatorRow, lang: Lang) -> Vec<String> {
    let percent = |p: i64| labels::percent(p, lang);
    let at = |value, day| indicators::dated(&figure(row, value, lang), day, lang);
    vec![
        cell(&row.place.id),
        name(row, lang),
        at(row.baseline.value, row.baseline.date),
        row.latest
            .as_ref()
            .map(|l| at(l.value, l.date))
            .unwrap_or_default(),
        at(row.target.value, row.target.date),
        row.progress_percent.map(percent).unwrap_or_default(),
        percent(row.expected_percent),
        indicators::state(row.state, lang).to_owned(),
    ]
}

/// The markdown table's headers.
fn headers(lang: Lang) -> Vec<String> {
    [
        Word::Where,
        Word::Indicator,
        Word::Baseline,
        Word::Latest,
        Word::Target,
        Word::Progress,
        Word::Expected,
        Word::State,
    ]
    .iter()
    .map(|w| w.text(lang).to_owned())
    .collect()
}

/// The text table's headers: progress over expected in one column.
fn text_headers(lang: Lang) -> Vec<String> {
    let w = |word: Word| word.text(lang).to_owned();
    vec![
        w(Word::Indicator),
        w(Word::Baseline),
        w(Word::Latest),
        w(Word::Target),
        format!(
            "{} / {}",
            w(Word::Progress),
            w(Word::Expected).to_lowercase()
        ),
        w(Word::State),
    ]
}

/// One indicator as a paragraph, for a screen too narrow for the table.
fn block(row: &IndicatorRow, lang: Lang, width: usize) -> String {
    let colon = labels::colon(lang);
    let pair = |word: Word, value: String| {
        indicators::unbroken(&format!("{}{colon} {value}", word.text(lang)))
    };
    let at = |value, day| indicators::dated(&figure(row, value, lang), day, lang);
    let mut out = fit::paragraph(
        &format!("{} — {}", cell(&row.place.id), name(row, lang)),
        width,
        "  ",
    );
    let mut figures = vec![pair(
        Word::Baseline,
        at(row.baseline.value, row.baseline.date),
    )];
    if let Some(l) = &row.latest {
        figures.push(pair(Word::Latest, at(l.value, l.date)));
    }
    figures.push(pair(Word::Target, at(row.target.value, row.target.date)));
    let mut state = Vec::new();
    if let Some(p) = row.progress_percent {
        state.push(pair(Word::Progress, labels::percent(p, lang)));
    }
    state.push(pair(
        Word::Expected,
        labels::percent(row.expected_percent, lang),
    ));
    state.push(indicators::state(row.state, lang).to_owned());
    for line in [figures.join(" · "), state.join(" · ")] {
        out.push_str(&fit::paragraph(&format!("  {line}"), width, "    "));
    }
    out
}

/// The table a person reads, within the screen's width (`COLUMNS`, else
/// 100); one paragraph per indicator when even that cannot fit.
pub fn table(answer: &IndicatorList, lang: Lang, terminal: bool) -> String {
    if answer.indicators.is_empty() {
        return format!("{}\n", Word::None.text(lang));
    }
    let width = crate::render::width();
    let rows: Vec<Vec<String>> = answer
        .indicators
        .iter()
        .map(|r| text_cells(r, lang))
        .collect();
    let columns = [
        Column::Wrap(24),
        Column::Keep,
        Column::Keep,
        Column::Keep,
        Column::KeepRight,
        Column::Wrap(8),
    ];
    if let Some(table) = fit::table(&text_headers(lang), &rows, &columns, width, terminal) {
        return table;
    }
    let blocks: Vec<String> = answer
        .indicators
        .iter()
        .map(|r| block(r, lang, width))
        .collect();
    blocks.join("\n")
}

/// A markdown table, for minutes.
pub fn markdown(answer: &IndicatorList, lang: Lang) -> String {
    if answer.indicators.is_empty() {
        return format!("{}\n", Word::None.text(lang));
    }
    let mut grid = Grid::new(headers(lang), &[5, 6]);
    for row in &answer.indicators {
        grid.push(markdown_cells(row, lang));
    }
    grid.markdown()
}

/// CSV: one row per indicator, values as in the files (with the style's
/// decimal mark),
/// progress and expected as fractions (1 is 100 %), as in JSON.
pub fn csv(answer: &IndicatorList, style: Csv) -> String {
    let mut out = style.line(&[
        "where_kind",
        "where_id",
        "id",
        "name",
        "kind",
        "unit",
        "periodicity",
        "baseline_date",
        "baseline_value",
        "target_date",
        "target_value",
        "latest_date",
        "latest_value",
        "progress",
        "expected",
        "state",
    ]);
    let where_kind = |row: &IndicatorRow| match row.place.kind {
        ctg_core::domain::model::RecordKind::Commission => "commission",
        _ => "action",
    };
    for row in &answer.indicators {
        out.push_str(
            &style.line(&[
                where_kind(row).to_owned(),
                row.place.id.clone(),
                row.id.clone(),
                row.name.clone(),
                row.kind.as_str().to_owned(),
                row.unit.clone().unwrap_or_default(),
                row.periodicity.as_str().to_owned(),
                row.baseline.date.to_string(),
                style.number(row.baseline.value),
                row.target.date.to_string(),
                style.number(row.target.value),
                row.latest
                    .as_ref()
                    .map(|l| l.date.to_string())
                    .unwrap_or_default(),
                row.latest
                    .as_ref()
                    .map(|l| style.number(l.value))
                    .unwrap_or_default(),
                row.progress.map(|p| style.number(p)).unwrap_or_default(),
                style.number(row.expected),
                row.state.as_str().to_owned(),
            ]),
        );
    }
    out
}

/// The worksheet: one row per indicator, each date and value in its own
/// column (dates as dates, values as numbers), progress and expected as
/// percentages.
pub fn sheet(answer: &IndicatorList, lang: Lang) -> Sheet {
    let w = |word: Word| word.text(lang).to_owned();
    let h = |header: Header| header.text(lang).to_owned();
    Sheet {
        name: Tab::Indicators.name(lang).to_owned(),
        header: vec![
            w(Word::Where),
            labels::Label::Id.text(lang).to_owned(),
            w(Word::Indicator),
            h(Header::Unit),
            h(Header::BaselineDate),
            w(Word::Baseline),
            h(Header::LatestDate),
            w(Word::Latest),
            h(Header::TargetDate),
            w(Word::Target),
            w(Word::Progress),
            w(Word::Expected),
            w(Word::State),
        ],
        rows: answer
            .indicators
            .iter()
            .map(|row| {
                let latest = row.latest.as_ref();
                vec![
                    Value::Text(row.place.id.clone()),
                    Value::Text(row.id.clone()),
                    Value::Text(row.name.clone()),
                    Value::text(row.unit.as_deref()),
                    Value::Date(row.baseline.date),
                    Value::Number(row.baseline.value.as_f64()),
                    Value::date(latest.map(|l| l.date)),
                    latest.map_or(Value::Empty, |l| Value::Number(l.value.as_f64())),
                    Value::Date(row.target.date),
                    Value::Number(row.target.value.as_f64()),
                    row.progress.map_or(Value::Empty, Value::Percent),
                    Value::Percent(row.expected),
                    Value::Text(indicators::state(row.state, lang).to_owned()),
                ]
            })
            .collect(),
        total: None,
    }
}
