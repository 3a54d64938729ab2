//! `ctg portfolio` as a table, CSV, JSON, Markdown or an HTML page.

use chrono::{Datelike, NaiveDate};

use crate::render::fit;
use crate::render::report::{Block, Cell, Chart, ChartKind, Doc, Row, Section, Table};
use crate::render::svg::{Labels, TargetBar};
use crate::render::table::{Grid, cell, csv_line, fixed, signed_fixed};
use crate::wording::portfolio::{self as words, Column};
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

/// CSV: one row per CTG with every figure, `.` as the decimal separator and
/// ISO dates, for a spreadsheet. No total row: a spreadsheet sums, and a
/// row that is not a CTG would spoil its filters.
pub fn csv(portfolio: &Portfolio) -> String {
    let mut out = csv_line(&[
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
        out.push_str(&csv_line(&[
            row.name.clone(),
            row.dir.clone(),
            opt(row.start.map(|d| d.to_string())),
            opt(row.end.map(|d| d.to_string())),
            opt(row.year.map(|y| y.to_string())),
            opt(row.years.map(|y| y.to_string())),
            row.communes.join("; "),
            opt(row.fte.map(|f| f.target.to_string())),
            opt(row.fte.map(|f| f.total.to_string())),
            opt(row.fte.map(|f| f.gap.to_string())),
            opt(row.fte.map(|f| f.not_cofunded.to_string())),
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
        ]));
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
                        Some(href) => Cell::Link(r.name.clone(), href),
                        None => Cell::Text(r.name.clone()),
                    },
                    Column::Dir => Cell::Short(r.dir.clone()),
                    _ => Cell::Num(ctg_cell(r, c, portfolio.date, lang)),
                })
                .collect(),
            total: false,
        })
        .collect();
    rows.push(Row {
        cells: columns
            .iter()
            .map(|&c| match c {
                Column::Ctg | Column::Dir => Cell::Text(total_cell(&portfolio.total, c, lang)),
                _ => Cell::Num(total_cell(&portfolio.total, c, lang)),
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
