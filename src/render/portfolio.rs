//! `ctg portfolio` as a table, CSV, JSON, Markdown or an HTML page.

use chrono::{Datelike, NaiveDate};

use crate::render::fit;
use crate::render::report::{Block, Cell, Chart, ChartKind, Doc, Row, Section, Table};
use crate::render::svg::{Labels, TargetBar};
use crate::render::table::{Csv, Grid, cell, fixed, signed_fixed};
use crate::render::xlsx::{Sheet, Value};
use crate::wording::labels::Label;
use crate::wording::portfolio::{self as words, Column};
use crate::wording::xlsx::{Header, Tab};
use ctg_core::answers::portfolio::{CtgRow, Portfolio, Total};
use ctg_core::domain::fte::SayFte;
use ctg_core::i18n::{Lang, date};

/// What one column of one CTG shows.
fn ctg_cell(row: &CtgRow, column: Column, on: NaiveDate, lang: Lang) -> String {
    let none = || "–".to_owned();
    let day = |d: Option<NaiveDate>| d.map_or_else(none, |d| date(d, lang));
    match column {
        Column::Ctg => cell(&row.name),
        Column::Dir => cell(&row.dir),
        Column::Year => match (row.year, row.years) {
            (Some(year), Some(years)) => format!("{year}/{years}"),
            _ => none(),
        },
        Column::Communes => row.communes.len().to_string(),
        Column::Fte => row.fte.map_or_else(
            || words::unknown(lang).to_owned(),
            |f| format!("{} / {}", fixed(f.total, lang), fixed(f.target, lang)),
        ),
        Column::Gap => row.fte.map_or_else(none, |f| signed_fixed(f.gap, lang)),
        Column::Officers => row.officers.to_string(),
        Column::LastCopil => day(row.copil.and_then(|c| c.last_held)),
        Column::CopilLastYear => match (row.copil, row.start) {
            (Some(c), Some(start)) => match c.met_last_year(start, on) {
                Some(met) => words::copil_year(c.held_last_year, c.min_per_year, !met),
                None => none(),
            },
            _ => none(),
        },
        Column::CopilThisYear => row.copil.map_or_else(none, |c| {
            let planned_this_year = c.next_planned.is_some_and(|d| d.year() == on.year());
            let missed = !c.met_this_year() && !planned_this_year;
            words::copil_year(c.held_this_year, c.min_per_year, missed)
        }),
        Column::NextCopil => day(row.copil.and_then(|c| c.next_planned)),
        Column::Actions => format!("{}/{}", row.actions.done, row.actions.total),
        Column::Overdue => row.actions.overdue.to_string(),
        Column::Blocked => row.actions.blocked.to_string(),
        Column::Errors => row.problems.errors.to_string(),
        Column::Warnings => row.problems.warnings.to_string(),
    }
}

/// What one column of the total row shows (empty where a sum means nothing).
fn total_cell(total: &Total, column: Column, lang: Lang) -> String {
    match column {
        Column::Ctg => words::total(lang).to_owned(),
        Column::Fte => format!(
            "{} / {}",
            fixed(total.fte.total, lang),
            fixed(total.fte.target, lang)
        ),
        Column::Gap => signed_fixed(total.fte.gap, lang),
        Column::Officers => total.officers.to_string(),
        Column::Actions => format!("{}/{}", total.actions.done, total.actions.total),
        Column::Overdue => total.actions.overdue.to_string(),
        Column::Blocked => total.actions.blocked.to_string(),
        Column::Errors => words::ctgs_with_errors(total.ctgs_with_errors, lang),
        Column::Warnings => total.problems.warnings.to_string(),
        Column::Dir
        | Column::Year
        | Column::Communes
        | Column::LastCopil
        | Column::CopilLastYear
        | Column::CopilThisYear
        | Column::NextCopil => String::new(),
    }
}

fn grid(portfolio: &Portfolio, columns: &[Column], lang: Lang) -> Grid {
    let year = portfolio.date.year();
    let right: Vec<usize> = (0..columns.len())
        .filter(|&i| columns[i].figures())
        .collect();
    let mut grid = Grid::new(
        columns.iter().map(|c| c.header(year, lang)).collect(),
        &right,
    );
    for row in &portfolio.ctgs {
        grid.push(
            columns
                .iter()
                .map(|&c| ctg_cell(row, c, portfolio.date, lang))
                .collect(),
        );
    }
    grid.push(
        columns
            .iter()
            .map(|&c| total_cell(&portfolio.total, c, lang))
            .collect(),
    );
    grid
}

/// How a column may be laid out on a screen: names and folders wrap,
/// figures and dates never.
fn layout(column: Column) -> fit::Column {
    match column {
        Column::Ctg => fit::Column::Wrap(14),
        Column::Dir => fit::Column::Wrap(10),
        _ => fit::Column::KeepRight,
    }
}

/// The table a person reads, within `width` columns: names wrap; when that
/// is not enough, the least useful columns are left out, in
/// [`Column::DROPPED_FIRST`]'s order, and a line says which; on a screen
/// too narrow for even the essential ones, one paragraph per CTG. Figures
/// are never broken.
pub fn table(portfolio: &Portfolio, lang: Lang, width: usize) -> String {
    let mut columns: Vec<Column> = Column::ALL.to_vec();
    let mut dropped: Vec<Column> = Vec::new();
    let mut to_drop = Column::DROPPED_FIRST.iter();
    let laid_out = loop {
        let grid = grid(portfolio, &columns, lang);
        let kinds: Vec<fit::Column> = columns.iter().map(|c| layout(*c)).collect();
        if let Some(text) = fit::table(&grid.header, &grid.rows, &kinds, width, false) {
            break Some(text);
        }
        match to_drop.next() {
            Some(column) => {
                columns.retain(|c| c != column);
                dropped.push(*column);
            }
            None => break None,
        }
    };
    let mut out = format!(
        "{}\n\n",
        words::headline(portfolio.ctgs.len(), portfolio.date, lang)
    );
    let Some(text) = laid_out else {
        out.push_str(&paragraphs(portfolio, lang, width));
        return out;
    };
    out.push_str(&text);
    out.push('\n');
    out.push_str(&fit::paragraph(words::copil_key(lang), width, ""));
    if !dropped.is_empty() {
        let year = portfolio.date.year();
        let names: Vec<String> = dropped.iter().map(|c| c.header(year, lang)).collect();
        out.push_str(&fit::paragraph(
            &words::columns_left_out(&names, width, lang),
            width,
            "",
        ));
    }
    out
}

/// One paragraph per CTG, for a screen too narrow for any table: its name
/// and folder, then each figure as `column: value`.
fn paragraphs(portfolio: &Portfolio, lang: Lang, width: usize) -> String {
    let year = portfolio.date.year();
    let colon = crate::wording::labels::colon(lang);
    let mut out = String::new();
    let mut say = |title: String, figures: Vec<(Column, String)>| {
        out.push_str(&fit::paragraph(&title, width, "  "));
        let line: Vec<String> = figures
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(c, value)| {
                // A header never breaks from its figure, nor in two.
                let header = c.header(year, lang).replace(' ', "\u{a0}");
                format!("{header}{colon}\u{a0}{value}")
            })
            .collect();
        out.push_str(&fit::paragraph(
            &format!("  {}", line.join(crate::wording::labels::semicolon(lang))),
            width,
            "  ",
        ));
        out.push('\n');
    };
    let shown = [
        Column::Fte,
        Column::Gap,
        Column::CopilThisYear,
        Column::Overdue,
        Column::Errors,
    ];
    for row in &portfolio.ctgs {
        say(
            format!("{} ({})", cell(&row.name), cell(&row.dir)),
            shown
                .iter()
                .map(|&c| (c, ctg_cell(row, c, portfolio.date, lang)))
                .collect(),
        );
    }
    say(
        words::total(lang).to_owned(),
        shown
            .iter()
            .map(|&c| (c, total_cell(&portfolio.total, c, lang)))
            .collect(),
    );
    out
}

/// Markdown: every column, and the total row.
pub fn markdown(portfolio: &Portfolio, lang: Lang) -> String {
    format!(
        "# {}\n\n{}\n\n{}\n{}\n",
        words::title(lang),
        words::headline(portfolio.ctgs.len(), portfolio.date, lang),
        grid(portfolio, &Column::ALL, lang).markdown(),
        ctg_core::i18n::text::escape_markdown(words::copil_key(lang)),
    )
}

/// CSV: one row per CTG with every figure, the style's decimal mark and
/// ISO dates, for a spreadsheet. No total row: a spreadsheet sums, and a
/// row that is not a CTG would spoil its filters.
pub fn csv(portfolio: &Portfolio, style: Csv) -> String {
    let mut out = style.line(&[
        "name",
        "dir",
        "start",
        "end",
        "year",
        "years",
        "communes",
        "fte_target",
        "fte_total",
        "fte_gap",
        "fte_not_cofunded",
        "officers",
        "copil_last_held",
        "copil_next_planned",
        "copil_held_last_year",
        "copil_held_this_year",
        "copil_min_per_year",
        "actions_total",
        "actions_done",
        "actions_overdue",
        "actions_blocked",
        "errors",
        "warnings",
    ]);
    let opt = |v: Option<String>| v.unwrap_or_default();
    for row in &portfolio.ctgs {
        out.push_str(
            &style.line(&[
                row.name.clone(),
                row.dir.clone(),
                opt(row.start.map(|d| d.to_string())),
                opt(row.end.map(|d| d.to_string())),
                opt(row.year.map(|y| y.to_string())),
                opt(row.years.map(|y| y.to_string())),
                row.communes.join("; "),
                opt(row.fte.map(|f| style.number(f.target))),
                opt(row.fte.map(|f| style.number(f.total))),
                opt(row.fte.map(|f| style.number(f.gap))),
                opt(row.fte.map(|f| style.number(f.not_cofunded))),
                row.officers.to_string(),
                opt(row.copil.and_then(|c| c.last_held).map(|d| d.to_string())),
                opt(row
                    .copil
                    .and_then(|c| c.next_planned)
                    .map(|d| d.to_string())),
                opt(row.copil.map(|c| c.held_last_year.to_string())),
                opt(row.copil.map(|c| c.held_this_year.to_string())),
                opt(row.copil.map(|c| c.min_per_year.to_string())),
                row.actions.total.to_string(),
                row.actions.done.to_string(),
                row.actions.overdue.to_string(),
                row.actions.blocked.to_string(),
                row.problems.errors.to_string(),
                row.problems.warnings.to_string(),
            ]),
        );
    }
    out
}

/// The HTML page, in the report's style: the chart of FTE against target
/// for every CTG, the most short first, then the table. `link` gives the
/// relative address of a CTG's report page, when one lies beside it.
pub fn page(
    portfolio: &Portfolio,
    lang: Lang,
    today: NaiveDate,
    link: &dyn Fn(&CtgRow) -> Option<String>,
) -> String {
    let mut by_gap: Vec<&CtgRow> = portfolio.ctgs.iter().filter(|r| r.fte.is_some()).collect();
    by_gap.sort_by_key(|r| (r.fte.map(|f| f.gap), r.name.to_lowercase()));
    let bars: Vec<TargetBar> = by_gap
        .iter()
        .filter_map(|r| {
            let f = r.fte?;
            Some(TargetBar {
                label: r.name.clone(),
                value: f.total,
                target: Some(f.target),
                baseline: None,
                text: format!("{} / {}", lang.fte(f.total), lang.fte(f.target)),
            })
        })
        .collect();
    let desc = bars
        .iter()
        .map(|b| {
            format!(
                "{}{} {}",
                b.label,
                crate::wording::labels::colon(lang),
                b.text
            )
        })
        .collect::<Vec<_>>()
        .join(crate::wording::labels::semicolon(lang));
    let year = portfolio.date.year();
    // The folder is the Caf's filing, not a figure for the page's readers.
    let columns: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| *c != Column::Dir)
        .collect();
    let head: Vec<(String, bool)> = columns
        .iter()
        .map(|c| (c.header(year, lang), c.figures()))
        .collect();
    let mut rows: Vec<Row> = portfolio
        .ctgs
        .iter()
        .map(|r| Row {
            cells: columns
                .iter()
                .map(|&c| match c {
                    Column::Ctg => match link(r) {
                        Some(href) => Cell::Link(r.name.as_str().into(), href),
                        None => Cell::Text(r.name.as_str().into()),
                    },
                    Column::Dir => Cell::Short(r.dir.as_str().into()),
                    _ => Cell::Num(ctg_cell(r, c, portfolio.date, lang).into()),
                })
                .collect(),
            total: false,
        })
        .collect();
    rows.push(Row {
        cells: columns
            .iter()
            .map(|&c| match c {
                Column::Ctg | Column::Dir => {
                    Cell::Text(total_cell(&portfolio.total, c, lang).into())
                }
                _ => Cell::Num(total_cell(&portfolio.total, c, lang).into()),
            })
            .collect(),
        total: true,
    });
    let mut blocks = Vec::new();
    if !bars.is_empty() {
        blocks.push(Block::Chart(Chart {
            labels: Labels {
                id: "chart-portfolio".into(),
                title: words::chart_title(portfolio.date, lang),
                desc,
            },
            kind: ChartKind::Targets(bars, words::chart_legend(lang)),
        }));
    }
    blocks.push(Block::Table(Table { head, rows }));
    blocks.push(Block::Para(words::copil_key(lang).to_owned()));
    let doc = Doc {
        lang,
        title: words::title(lang).to_owned(),
        subtitle: words::headline(portfolio.ctgs.len(), portfolio.date, lang),
        key_figures: vec![
            (
                format!(
                    "{} / {}",
                    lang.fte(portfolio.total.fte.total),
                    lang.fte(portfolio.total.fte.target)
                ),
                Column::Fte.header(year, lang),
            ),
            (
                portfolio.total.actions.overdue.to_string(),
                Column::Overdue.header(year, lang),
            ),
            (
                words::ctgs_with_errors(portfolio.total.ctgs_with_errors, lang),
                Column::Errors.header(year, lang),
            ),
        ],
        sections: vec![Section {
            id: "ctgs",
            title: words::section(lang).to_owned(),
            blocks,
        }],
        footer: words::footer(today, lang),
        landscape: true,
    };
    crate::render::report_html::render(&doc)
}

/// The worksheet: one row per CTG with every figure in its own column
/// (dates as dates, FTE with two decimals), and the total row of the
/// figures that add up, as the table's.
pub fn sheet(portfolio: &Portfolio, lang: Lang) -> Sheet {
    let year = portfolio.date.year();
    let c = |column: Column| column.header(year, lang);
    let l = |label: Label| label.text(lang).to_owned();
    let count = |n: usize| Value::Count(n as i64);
    let rows = portfolio
        .ctgs
        .iter()
        .map(|row| {
            let fte = row.fte;
            let copil = row.copil;
            vec![
                Value::Text(row.name.clone()),
                Value::Text(row.dir.clone()),
                Value::date(row.start),
                Value::date(row.end),
                row.year.map_or(Value::Empty, |y| Value::Count(y.into())),
                row.years.map_or(Value::Empty, |y| Value::Count(y.into())),
                Value::Text(row.communes.join(", ")),
                Value::fte(fte.map(|f| f.target)),
                Value::fte(fte.map(|f| f.total)),
                Value::fte(fte.map(|f| f.gap)),
                Value::fte(fte.map(|f| f.not_cofunded)),
                count(row.officers),
                Value::date(copil.and_then(|c| c.last_held)),
                Value::date(copil.and_then(|c| c.next_planned)),
                copil.map_or(Value::Empty, |c| Value::Count(c.held_last_year.into())),
                copil.map_or(Value::Empty, |c| Value::Count(c.held_this_year.into())),
                copil.map_or(Value::Empty, |c| Value::Count(c.min_per_year.into())),
                count(row.actions.total),
                count(row.actions.done),
                count(row.actions.overdue),
                count(row.actions.blocked),
                count(row.problems.errors),
                count(row.problems.warnings),
            ]
        })
        .collect();
    let total = &portfolio.total;
    let mut total_row = vec![Value::Text(l(Label::Total)), Value::Empty];
    total_row.extend(std::iter::repeat_n(Value::Empty, 5));
    total_row.extend([
        Value::Fte(total.fte.target),
        Value::Fte(total.fte.total),
        Value::Fte(total.fte.gap),
        Value::Fte(total.fte.not_cofunded),
        count(total.officers),
    ]);
    total_row.extend(std::iter::repeat_n(Value::Empty, 5));
    total_row.extend([
        count(total.actions.total),
        count(total.actions.done),
        count(total.actions.overdue),
        count(total.actions.blocked),
        count(total.problems.errors),
        count(total.problems.warnings),
    ]);
    Sheet {
        name: Tab::Portfolio.name(lang).to_owned(),
        header: vec![
            c(Column::Ctg),
            c(Column::Dir),
            l(Label::Start),
            l(Label::End),
            c(Column::Year),
            Header::Years.text(lang).to_owned(),
            c(Column::Communes),
            l(Label::Target),
            l(Label::Fte),
            c(Column::Gap),
            l(Label::NotCofunded),
            c(Column::Officers),
            c(Column::LastCopil),
            c(Column::NextCopil),
            c(Column::CopilLastYear),
            c(Column::CopilThisYear),
            Header::CopilMinimum.text(lang).to_owned(),
            Header::Actions.text(lang).to_owned(),
            c(Column::Actions),
            c(Column::Overdue),
            c(Column::Blocked),
            c(Column::Errors),
            c(Column::Warnings),
        ],
        rows,
        total: Some(total_row),
    }
}
