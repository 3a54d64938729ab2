//! `ctg status` as one screen of text (at most [`WIDTH`] columns), JSON or markdown.

use crate::render::actions::lead_cell;
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

/// The widest the screen gets.
pub const WIDTH: u16 = 100;

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
enum Block {
    /// A paragraph.
    Line(String),
    /// A table.
    Grid(Grid),
    /// A sub-heading.
    Sub(String),
    /// A list of actions.
    Actions(Vec<ActionRow>),
}

/// The two forms the screen is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// Text for a terminal or a file.
    Text,
    /// Markdown, for minutes.
    Markdown,
}

fn sections(status: &Status, form: Form, lang: Lang) -> (String, Vec<(String, Vec<Block>)>) {
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
fn fte_section(fte: &FteAnswer, form: Form, lang: Lang) -> (String, Vec<Block>) {
    let figures = format!("{} / {}", fixed(fte.total, lang), fixed(fte.target, lang));
    let mut blocks = vec![
        Block::Line(headline(fte, lang)),
        Block::Line(match form {
            Form::Text => format!("{} {figures}", bar(fte.total, fte.target)),
            Form::Markdown => figures,
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
fn copil_section(copil: &CopilInfo, date: NaiveDate, lang: Lang) -> (String, Vec<Block>) {
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
fn commissions_section(status: &Status, lang: Lang) -> Vec<Block> {
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
    );
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
fn actions_section(status: &Status, lang: Lang) -> Vec<Block> {
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
        let known = status.commissions.iter().map(|c| (cell(&c.id), &c.actions));
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
        &status.actions.overdue,
        "ctg actions --status overdue",
        lang,
    ));
    blocks.push(Block::Sub(labels::due_within(DUE_SOON_DAYS, lang)));
    blocks.extend(action_block(&status.actions.due_soon, "ctg actions", lang));
    blocks.extend(indicator_blocks(status, lang));
    blocks
}

/// `indicators: 7 — 1 reached, 3 on track, 1 behind, 1 stale`, and the
/// ones behind their path, each on a line.
fn indicator_blocks(status: &Status, lang: Lang) -> Vec<Block> {
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
fn health_section(health: &Health, lang: Lang) -> Vec<Block> {
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

/// A list of actions, at most [`SCREEN_ROWS`] of them.
fn action_block(rows: &[ActionRow], command: &str, lang: Lang) -> Vec<Block> {
    if rows.is_empty() {
        return vec![Block::Line(Label::None.text(lang).to_owned())];
    }
    let shown = rows.len().min(SCREEN_ROWS);
    let mut blocks = vec![Block::Actions(rows[..shown].to_vec())];
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
            cell(&row.id),
            cell(&row.title),
            row.due.map(|d| date(d, lang)).unwrap_or_default(),
            cell(&row.commission),
            lead_cell(row),
        ]);
    }
    grid
}

/// Actions as text: a line with the id, due date, commission and lead, then
/// the title indented and wrapped, so that long titles fit the screen.
fn action_lines(rows: &[ActionRow], lang: Lang) -> String {
    let mut out = String::new();
    let width =
        |f: fn(&ActionRow) -> String| rows.iter().map(|r| f(r).chars().count()).max().unwrap_or(0);
    let id_width = width(|r| cell(&r.id));
    let commission_width = width(|r| cell(&r.commission));
    for row in rows {
        let due = row.due.map(|d| date(d, lang)).unwrap_or_default();
        let head = format!(
            "{:id_width$}  {due:10}  {:commission_width$}",
            cell(&row.id),
            cell(&row.commission),
        );
        let line = format!("{head}  {}", lead_cell(row));
        if line.trim_end().chars().count() <= usize::from(WIDTH) {
            out.push_str(line.trim_end());
            out.push('\n');
        } else {
            // A long id or lead name: the lead goes on the next line,
            // indented, rather than past the width.
            for part in wrap(head.trim_end(), usize::from(WIDTH)) {
                out.push_str(&part);
                out.push('\n');
            }
            for part in wrap(&lead_cell(row), usize::from(WIDTH) - 4) {
                out.push_str(&format!("    {part}\n"));
            }
        }
        for line in wrap(&cell(&row.title), usize::from(WIDTH) - 4) {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out
}

/// Splits a paragraph into lines of at most `width` characters, after a `;`
/// where it can (so that `2027 : 0 tenue, minimum 1 !` stays on one line),
/// else at spaces.
fn wrap_list(text: &str, width: usize) -> Vec<String> {
    if text.chars().count() <= width {
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
        if !line.is_empty() && line.chars().count() + item.chars().count() > width {
            lines.push(line.trim_end().to_owned());
            line = item.trim_start().to_owned();
        } else {
            line.push_str(item);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.into_iter().flat_map(|l| wrap(&l, width)).collect()
}

/// Splits text into lines of at most `width` characters, at spaces where it can.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_owned();
        while word.chars().count() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
        }
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The screen as text, at most [`WIDTH`] columns wide.
pub fn table(status: &Status, lang: Lang, terminal: bool) -> String {
    let (title, sections) = sections(status, Form::Text, lang);
    // A long convention name wraps, at spaces, like any paragraph.
    let mut out = format!("{}\n", wrap(&title, usize::from(WIDTH)).join("\n"));
    if let Some(line) = since_line(status, lang) {
        out.push_str(&format!(
            "{}\n",
            wrap_list(&line, usize::from(WIDTH)).join("\n")
        ));
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
                        for part in wrap_list(line, usize::from(WIDTH)) {
                            out.push_str(&part);
                            out.push('\n');
                        }
                    }
                }
                Block::Sub(text) => {
                    out.push_str(&format!("\n{text}{}\n", labels::colon(lang)));
                }
                Block::Grid(grid) => out.push_str(&grid.table(terminal, Some(WIDTH))),
                Block::Actions(rows) => out.push_str(&action_lines(&rows, lang)),
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
