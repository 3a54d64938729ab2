//! `ctg status` as one screen of text (as wide as [`crate::render::width`]), JSON or markdown.

use crate::render::actions::lead_cell;
use crate::render::fit;
use crate::render::fte::{commune_grid, headline, not_cofunded};
use crate::render::table::{Grid, cell, fixed};
use crate::wording::labels::{self, Label};
use chrono::NaiveDate;
use ctg_core::answers::actions::ActionRow;
use ctg_core::answers::fte::FteAnswer;
use ctg_core::answers::status::{CopilInfo, DUE_SOON_DAYS, Health, Status};
use ctg_core::domain::model::ActionStatus;
use ctg_core::i18n::text::escape_markdown;
use ctg_core::i18n::{Lang, date};

/// How many characters the FTE bar has between its brackets.
const BAR: i64 = 40;

/// `[##########--------] ` filled in proportion of the target (full at or above it).
pub fn bar(total: ctg_core::Fte, target: ctg_core::Fte) -> String {
    let filled = if target.is_positive() {
        (total.hundredths().max(0) * BAR / target.hundredths()).min(BAR)
    } else {
        BAR
    };
    format!(
        "[{}{}]",
        "#".repeat(filled as usize),
        "-".repeat((BAR - filled) as usize)
    )
}

/// The sections of the screen: a title and its lines, shared by text and markdown.
enum Block<'a> {
    /// A paragraph.
    Line(String),
    /// A table.
    Grid(Grid),
    /// A sub-heading.
    Sub(String),
    /// A list of actions.
    Actions(Vec<ActionRow<'a>>),
}

/// The two forms the screen is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// Text for a terminal or a file.
    Text,
    /// Markdown, for minutes.
    Markdown,
}

fn sections<'a>(
    status: &'a Status<'a>,
    form: Form,
    lang: Lang,
) -> (String, Vec<(String, Vec<Block<'a>>)>) {
    let l = |label: Label| label.text(lang).to_owned();
    let mut out = Vec::new();
    out.extend(status.fte.as_ref().map(|fte| fte_section(fte, form, lang)));
    out.extend(
        status
            .copil
            .as_ref()
            .map(|copil| copil_section(copil, status.date, lang)),
    );
    out.push((
        l(Label::SectionCommissions),
        commissions_section(status, lang),
    ));
    out.push((l(Label::SectionActions), actions_section(status, lang)));
    out.push((
        l(Label::SectionHealth),
        health_section(&status.health, lang),
    ));
    (title(status, lang), out)
}

/// The line under the title: what moved since the last COPIL, when git
/// tells it.
fn since_line(status: &Status, lang: Lang) -> Option<String> {
    let changes = status.since_copil.as_ref()?;
    Some(crate::wording::changes::since_copil(
        changes.from.date,
        &crate::render::changes::summary(changes, lang),
        lang,
    ))
}

/// The line above the sections: the convention, its period and year.
fn title(status: &Status, lang: Lang) -> String {
    match &status.convention {
        Some(c) => labels::convention_line(
            &cell(&c.name),
            c.start,
            c.end,
            c.year,
            c.years,
            status.date,
            lang,
        ),
        None => labels::no_convention(lang).to_owned(),
    }
}

/// The cofunded FTE against the target: headline, bar, communes.
/// In Markdown the figures stand alone: a bar of `#` is no picture there.
fn fte_section(fte: &FteAnswer, form: Form, lang: Lang) -> (String, Vec<Block<'_>>) {
    let (total, target) = (fixed(fte.total, lang), fixed(fte.target, lang));
    let mut blocks = vec![
        Block::Line(headline(fte, lang)),
        Block::Line(match form {
            Form::Text => format!("{} {total} / {target}", bar(fte.total, fte.target)),
            Form::Markdown => labels::fte_figures(&total, &target, fte.percent(), lang),
        }),
        Block::Grid(commune_grid(fte, lang, true)),
    ];
    let apart = not_cofunded(fte, lang);
    if !apart.is_empty() {
        blocks.push(Block::Line(apart.trim().to_owned()));
    }
    (Label::SectionFte.text(lang).to_owned(), blocks)
}

/// The COPIL: its members and its meetings, year by year.
fn copil_section(copil: &CopilInfo, date: NaiveDate, lang: Lang) -> (String, Vec<Block<'_>>) {
    let mut blocks = vec![Block::Line(labels::copil_members(
        copil.members,
        copil.funders,
        lang,
    ))];
    let years: Vec<String> = copil
        .years
        .iter()
        .map(|y| {
            labels::meetings_in_year(
                y.year,
                y.held,
                y.planned,
                copil.min_meetings_per_year,
                y.year == chrono::Datelike::year(&date),
                lang,
            )
        })
        .collect();
    blocks.push(Block::Line(format!(
        "{}{} {}",
        labels::meetings(lang),
        labels::colon(lang),
        if years.is_empty() {
            // Before the convention's first year.
            Label::None.text(lang).to_owned()
        } else {
            years.join(labels::semicolon(lang))
        }
    )));
    blocks.push(Block::Line(labels::last_and_next(
        copil.last_held,
        copil.next_planned,
        lang,
    )));
    (Label::SectionCopil.text(lang).to_owned(), blocks)
}

/// The commissions, with their referent and this year's meetings.
fn commissions_section<'a>(status: &'a Status<'a>, lang: Lang) -> Vec<Block<'a>> {
    let l = |label: Label| label.text(lang).to_owned();
    if status.commissions.is_empty() {
        // Said, rather than a section that silently disappears.
        return vec![Block::Line(labels::no_commission(lang).to_owned())];
    }
    let year = chrono::Datelike::year(&status.date);
    let in_convention = status.convention.as_ref().is_none_or(|c| {
        (chrono::Datelike::year(&c.start)..=chrono::Datelike::year(&c.end)).contains(&year)
    });
    let mut grid = Grid::new(
        vec![
            l(Label::Commission),
            l(Label::Kind),
            l(Label::Referent),
            labels::meetings_column(year, lang),
        ],
        &[],
    )
    .wrap(1, 8)
    .wrap(3, 8)
    .short(2, labels::short(Label::Referent, lang))
    .drop_first(&[1]);
    for c in &status.commissions {
        grid.push(vec![
            cell(&c.name),
            labels::commission_kind(c.kind, lang).to_owned(),
            match c.referent_name.as_deref().or(c.referent.as_deref()) {
                // A referent who left (or whose file is missing) is
                // marked, as `ctg check` warns about them.
                Some(name) if !c.referent_in_post => {
                    format!("{} {}", cell(name), labels::not_in_post(lang))
                }
                Some(name) => cell(name),
                None => "—".into(),
            },
            {
                let mut text = labels::meetings_cell(
                    c.this_year.held,
                    c.this_year.planned,
                    c.min_meetings_per_year,
                    lang,
                );
                // Short of the minimum, as `ctg check` counts it: only
                // in a year of the convention.
                let counted = c.this_year.held + c.this_year.planned;
                if in_convention && c.min_meetings_per_year.is_some_and(|m| counted < m) {
                    text.push_str(" !");
                }
                text
            },
        ]);
    }
    vec![Block::Grid(grid)]
}

/// The action plan: counts, counts by commission, overdue, due soon.
fn actions_section<'a>(status: &'a Status<'a>, lang: Lang) -> Vec<Block<'a>> {
    let l = |label: Label| label.text(lang).to_owned();
    let counts = &status.actions.counts;
    let parts: Vec<String> = ActionStatus::ALL
        .iter()
        .filter(|s| counts.of_status(**s) > 0)
        .map(|s| labels::action_status_count(*s, counts.of_status(*s), lang))
        .collect();
    let mut blocks = vec![Block::Line(labels::action_counts(
        counts.total,
        &parts,
        counts.overdue,
        lang,
    ))];
    if !status.commissions.is_empty() || !status.actions.unknown_commissions.is_empty() {
        let mut grid = Grid::new(
            vec![
                l(Label::Commission),
                l(Label::Done),
                l(Label::InProgress),
                l(Label::Planned),
                l(Label::PausedOrBlocked),
                l(Label::Overdue),
            ],
            &[1, 2, 3, 4, 5],
        );
        for (i, label) in [
            (1, Label::Done),
            (2, Label::InProgress),
            (3, Label::Planned),
            (4, Label::PausedOrBlocked),
            (5, Label::Overdue),
        ] {
            grid = grid.short(i, labels::short(label, lang));
        }
        // Named as the commissions' table names them.
        let known = status
            .commissions
            .iter()
            .map(|c| (cell(&c.name), &c.actions));
        // Actions naming a commission that does not exist get their row too,
        // marked, so that the rows add up to the count above.
        let unknown = status
            .actions
            .unknown_commissions
            .iter()
            .map(|(id, left_out, counts)| {
                let mark = if *left_out {
                    labels::left_out_mark(lang)
                } else {
                    labels::unknown_mark(lang)
                };
                (format!("{} {mark}", cell(id)), counts)
            });
        for (id, counts) in known.chain(unknown) {
            grid.push(vec![
                id,
                counts.done.to_string(),
                counts.in_progress.to_string(),
                counts.planned.to_string(),
                (counts.paused + counts.blocked).to_string(),
                counts.overdue.to_string(),
            ]);
        }
        blocks.push(Block::Grid(grid));
    }
    blocks.push(Block::Sub(l(Label::SectionOverdue)));
    blocks.extend(action_block(
        status,
        &status.actions.overdue,
        "ctg actions --status overdue",
        lang,
    ));
    blocks.push(Block::Sub(labels::due_within(DUE_SOON_DAYS, lang)));
    blocks.extend(action_block(
        status,
        &status.actions.due_soon,
        "ctg actions",
        lang,
    ));
    blocks.extend(indicator_blocks(status, lang));
    blocks
}

/// `indicators: 7 — 1 reached, 3 on track, 1 behind, 1 stale`, and the
/// ones behind their path, each on a line.
fn indicator_blocks<'a>(status: &'a Status<'a>, lang: Lang) -> Vec<Block<'a>> {
    let info = &status.indicators;
    if info.total == 0 {
        return Vec::new();
    }
    // A blank line sets it apart from the list of actions above it.
    let summary = crate::wording::indicators::summary(info.total, &info.counts, lang);
    let mut blocks = vec![Block::Line(format!("\n{summary}"))];
    for row in &info.behind {
        blocks.push(Block::Line(crate::wording::indicators::behind_line(
            &cell(&row.place.id),
            &cell(&row.id),
            &cell(&row.name),
            row.progress_percent.unwrap_or(0),
            row.expected_percent,
            lang,
        )));
    }
    blocks
}

/// The data's health: errors, warnings and the files left out.
fn health_section(health: &Health, lang: Lang) -> Vec<Block<'_>> {
    let mut blocks = vec![Block::Line(labels::health(
        health.errors,
        health.warnings,
        &health.command,
        lang,
    ))];
    if !health.left_out.is_empty() {
        let shown = health.left_out.len().min(SCREEN_ROWS);
        let mut names = health.left_out[..shown].join(", ");
        if health.left_out.len() > shown {
            names.push_str(&format!(
                " {}",
                labels::and_more(health.left_out.len() - shown, "ctg check", lang)
            ));
        }
        blocks.push(Block::Line(format!(
            "{}{} {names}",
            labels::left_out_count(health.left_out.len(), lang),
            labels::colon(lang),
        )));
    }
    blocks
}

/// The most rows of one list the screen shows: past it, a count and the
/// command that shows them all, so that the screen stays one screen.
const SCREEN_ROWS: usize = 10;

/// A list of actions, at most [`SCREEN_ROWS`] of them, each commission
/// named as the commissions' table names it (its id when it has no file).
fn action_block<'a>(
    status: &'a Status<'a>,
    rows: &[ActionRow<'a>],
    command: &str,
    lang: Lang,
) -> Vec<Block<'a>> {
    if rows.is_empty() {
        return vec![Block::Line(Label::None.text(lang).to_owned())];
    }
    let shown = rows.len().min(SCREEN_ROWS);
    let named: Vec<ActionRow<'a>> = rows[..shown]
        .iter()
        .map(|row| {
            let mut row = row.clone();
            if let Some(c) = status.commissions.iter().find(|c| c.id == row.commission) {
                row.commission = &c.name;
            }
            row
        })
        .collect();
    let mut blocks = vec![Block::Actions(named)];
    if rows.len() > shown {
        let more = labels::and_more(rows.len() - shown, command, lang);
        blocks.push(Block::Line(more));
    }
    blocks
}

/// Actions as a markdown table: id, title, due, commission, lead.
fn action_grid(rows: &[ActionRow], lang: Lang) -> Grid {
    let l = |label: Label| label.text(lang).to_owned();
    let mut grid = Grid::new(
        vec![
            l(Label::Id),
            l(Label::Title),
            l(Label::Due),
            l(Label::Commission),
            l(Label::Lead),
        ],
        &[],
    );
    for row in rows {
        grid.push(vec![
            cell(row.id),
            cell(row.title),
            row.due.map(|d| date(d, lang)).unwrap_or_default(),
            cell(row.commission),
            lead_cell(row),
        ]);
    }
    grid
}

/// Actions as text: a line with the id, due date, commission and lead, then
/// the title indented and wrapped, so that long titles fit the screen. The
/// id and the date never wrap: when the line is too wide, what follows them
/// goes on lines of its own, indented.
fn action_lines(rows: &[ActionRow], lang: Lang, width: usize) -> String {
    let mut out = String::new();
    let widest =
        |f: fn(&ActionRow) -> String| rows.iter().map(|r| display(&f(r))).max().unwrap_or(0);
    let id_width = widest(|r| cell(r.id));
    let commission_width = widest(|r| cell(r.commission));
    let indented = |text: &str, out: &mut String| {
        for line in fit::lines(text, width.saturating_sub(4)) {
            out.push_str(&format!("    {line}\n"));
        }
    };
    for row in rows {
        let id = cell(row.id);
        let due = row.due.map(|d| date(d, lang)).unwrap_or_default();
        let commission = cell(row.commission);
        let pad = |text: &str, to: usize| {
            format!("{text}{}", " ".repeat(to.saturating_sub(display(text))))
        };
        let line = format!(
            "{}  {}  {}  {}",
            pad(&id, id_width),
            pad(&due, 10),
            pad(&commission, commission_width),
            lead_cell(row)
        );
        if display(line.trim_end()) <= width {
            out.push_str(line.trim_end());
            out.push('\n');
        } else {
            // A long id, commission or lead name: each on its own line.
            let head = format!("{id}  {due}");
            if display(head.trim_end()) <= width {
                out.push_str(head.trim_end());
                out.push('\n');
            } else {
                for part in fit::lines(&id, width) {
                    out.push_str(&format!("{part}\n"));
                }
                indented(&due, &mut out);
            }
            indented(&commission, &mut out);
            indented(&lead_cell(row), &mut out);
        }
        indented(&cell(row.title), &mut out);
    }
    out
}

/// The columns a text takes on a terminal.
fn display(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// Splits a paragraph into lines of at most `width` columns, after a `;`
/// where it can (so that `2027 : 0 tenue, minimum 1 !` stays on one line),
/// else at spaces.
fn wrap_list(text: &str, width: usize) -> Vec<String> {
    if display(text) <= width {
        return vec![text.to_owned()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in text.split_inclusive(';') {
        let item = if line.is_empty() {
            item.trim_start()
        } else {
            item
        };
        if !line.is_empty() && display(&line) + display(item) > width {
            lines.push(line.trim_end().to_owned());
            line = item.trim_start().to_owned();
        } else {
            line.push_str(item);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .flat_map(|l| fit::lines(&l, width))
        .collect()
}

/// The screen as text, as wide as [`crate::render::width`].
pub fn table(status: &Status, lang: Lang, terminal: bool) -> String {
    let width = crate::render::width();
    let (title, sections) = sections(status, Form::Text, lang);
    // A long convention name wraps, at spaces, like any paragraph.
    let mut out = format!("{}\n", fit::lines(&title, width).join("\n"));
    if let Some(line) = since_line(status, lang) {
        out.push_str(&format!("{}\n", wrap_list(&line, width).join("\n")));
    }
    for (heading, blocks) in sections {
        out.push_str(&format!(
            "\n{}\n{}\n",
            heading.to_uppercase(),
            "=".repeat(heading.chars().count())
        ));
        // A blank line between a paragraph and a table, either way round.
        let mut after: Option<bool> = None;
        for block in blocks {
            let is_grid = matches!(block, Block::Grid(_));
            let is_line = matches!(block, Block::Line(_));
            if (is_grid && after == Some(false)) || (is_line && after == Some(true)) {
                out.push('\n');
            }
            after = match block {
                Block::Grid(_) => Some(true),
                Block::Line(_) => Some(false),
                Block::Sub(_) | Block::Actions(_) => None,
            };
            match block {
                Block::Line(text) => {
                    // A paragraph (the COPIL's meetings of a long convention,
                    // many officers apart) is wrapped to fit the screen.
                    for line in text.lines() {
                        for part in wrap_list(line, width) {
                            out.push_str(&part);
                            out.push('\n');
                        }
                    }
                }
                Block::Sub(text) => {
                    out.push_str(&format!("\n{text}{}\n", labels::colon(lang)));
                }
                Block::Grid(grid) => out.push_str(&grid.table(terminal, width, lang)),
                Block::Actions(rows) => out.push_str(&action_lines(&rows, lang, width)),
            }
        }
    }
    out
}

/// The screen as markdown, for meeting minutes.
pub fn markdown(status: &Status, lang: Lang) -> String {
    let (title, sections) = sections(status, Form::Markdown, lang);
    // Every line goes through the one Markdown escaper (record text may
    // hold `<img onerror=…>` or `[x](javascript:…)`); the tables escape
    // their cells the same way.
    let mut out = format!("# {}\n", escape_markdown(&title));
    if let Some(line) = since_line(status, lang) {
        out.push_str(&format!("\n{}\n", escape_markdown(&line)));
    }
    for (heading, blocks) in sections {
        while out.ends_with("\n\n") {
            out.pop();
        }
        out.push_str(&format!("\n## {}\n\n", escape_markdown(&heading)));
        let mut after_grid = false;
        for block in blocks {
            match block {
                Block::Line(text) => {
                    if after_grid {
                        out.push('\n');
                    }
                    // Each line its own paragraph: the escaper would show a
                    // line break inside one as a visible `\n`.
                    for line in text.lines().filter(|l| !l.trim().is_empty()) {
                        out.push_str(&escape_markdown(line.trim()));
                        out.push_str("\n\n");
                    }
                    after_grid = false;
                }
                Block::Sub(text) => {
                    if after_grid {
                        out.push('\n');
                    }
                    out.push_str(&format!("### {}\n\n", escape_markdown(&text)));
                    after_grid = false;
                }
                Block::Grid(grid) => {
                    out.push_str(&grid.markdown());
                    after_grid = true;
                }
                Block::Actions(rows) => {
                    out.push_str(&action_grid(&rows, lang).markdown());
                    after_grid = true;
                }
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
