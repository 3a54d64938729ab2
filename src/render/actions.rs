//! `ctg actions` as a table, CSV or JSON.

use crate::render::Listing;
use crate::render::table::{Csv, Grid, cell};
use crate::render::xlsx::{Sheet, Value};
use crate::wording::labels::{self, Label};
use crate::wording::xlsx::{Header, Tab};
use ctg_core::answers::actions::{ActionList, ActionRow};
use ctg_core::i18n::{Lang, date};

/// The status as a table shows it, with `overdue` added when it is.
pub fn status_cell(row: &ActionRow, lang: Lang) -> String {
    let status = labels::action_status(row.status, lang);
    if row.overdue {
        format!("{status}, {}", Label::Overdue.text(lang).to_lowercase())
    } else {
        status.to_owned()
    }
}

/// The lead's name, else their id, else nothing.
pub fn lead_cell(row: &ActionRow) -> String {
    row.lead_name.or(row.lead).map(cell).unwrap_or_default()
}

/// The fewest columns a title gets in the table; below that, each action
/// is a line of its figures with its title under it, whole.
const TITLE_MIN: usize = 30;

/// The list form, for a screen too narrow for a table with readable
/// titles: one line per action (id, due date, status, progress, lead,
/// each column aligned), then its title and its commission's name,
/// indented and wrapped at words.
fn list(answer: &ActionList, lang: Lang, width: usize) -> String {
    use textwrap::core::display_width;
    let cells: Vec<[String; 5]> = answer
        .actions
        .iter()
        .map(|row| {
            [
                cell(row.id),
                row.due.map(|d| date(d, lang)).unwrap_or_default(),
                status_cell(row, lang),
                row.progress
                    .map(|p| labels::percent(i64::from(p), lang))
                    .unwrap_or_default(),
                lead_cell(row),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..5)
        .map(|i| {
            cells
                .iter()
                .map(|c| display_width(&c[i]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for (row, cells) in answer.actions.iter().zip(&cells) {
        let mut line = String::new();
        for (i, text) in cells.iter().enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            line.push_str(text);
            line.push_str(&" ".repeat(widths[i].saturating_sub(display_width(text))));
        }
        out.push_str(&crate::render::fit::paragraph(
            line.trim_end(),
            width,
            "    ",
        ));
        let commission = row.commission_name.unwrap_or(row.commission);
        let title = format!("{} ({})", cell(row.title), cell(commission));
        out.push_str(&crate::render::fit::paragraph(
            &format!("    {title}"),
            width,
            "    ",
        ));
    }
    out
}

/// The table: id, title, commission, lead, status, due, progress; the
/// list form when the title would get fewer than [`TITLE_MIN`] columns.
fn table(answer: &ActionList, lang: Lang, terminal: bool) -> String {
    if answer.actions.is_empty() {
        return format!("{}\n", Label::NoAction.text(lang));
    }
    let width = crate::render::width();
    // What the columns that never wrap take (with two spaces between
    // columns and one at each edge): the title needs the rest.
    let kept: usize = {
        use textwrap::core::display_width;
        let widest = |f: &dyn Fn(&ActionRow) -> String, header: Label| {
            answer
                .actions
                .iter()
                .map(|r| display_width(&f(r)))
                .chain([display_width(labels::short(header, lang))])
                .max()
                .unwrap_or(0)
                + 3
        };
        widest(&|r| cell(r.id), Label::Id)
            + widest(
                &|r| r.due.map(|d| date(d, lang)).unwrap_or_default(),
                Label::Due,
            )
            + widest(&|r| status_cell(r, lang), Label::Status)
            + widest(&|r| lead_cell(r), Label::Lead).min(14)
            + 6
    };
    if width < kept + TITLE_MIN {
        return list(answer, lang, width);
    }
    let l = |label: Label| label.text(lang).to_owned();
    let short = |label: Label| labels::short(label, lang);
    // Ids and dates keep whole; the title, the commission, the lead and
    // the status wrap. Too narrow: the commission goes first (the plan is
    // often read one commission at a time), then the lead, then progress.
    let mut grid = Grid::new(
        vec![
            l(Label::Id),
            l(Label::Title),
            l(Label::Commission),
            l(Label::Lead),
            l(Label::Status),
            l(Label::Due),
            l(Label::Progress),
        ],
        &[6],
    )
    .keep(&[0, 5])
    .wrap(2, 8)
    .wrap(3, 8)
    .wrap(4, 8)
    .short(6, short(Label::Progress))
    .short(5, short(Label::Due))
    .short(2, short(Label::Commission))
    .drop_first(&[2, 3, 6]);
    for row in &answer.actions {
        grid.push(vec![
            cell(row.id),
            cell(row.title),
            cell(row.commission),
            lead_cell(row),
            status_cell(row, lang),
            row.due.map(|d| date(d, lang)).unwrap_or_default(),
            row.progress
                .map(|p| labels::percent(i64::from(p), lang))
                .unwrap_or_default(),
        ]);
    }
    grid.table(terminal, crate::render::width(), lang)
}

/// CSV: a header row and one row per action, words as in the files.
fn csv(answer: &ActionList, style: Csv) -> String {
    let mut out = style.line(&[
        "id",
        "title",
        "commission",
        "lead",
        "status",
        "overdue",
        "start",
        "due",
        "completed",
        "progress",
        "communes",
    ]);
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for row in &answer.actions {
        out.push_str(&style.line(&[
            row.id.to_owned(),
            row.title.to_owned(),
            row.commission.to_owned(),
            row.lead.unwrap_or_default().to_owned(),
            row.status.as_str().to_owned(),
            row.overdue.to_string(),
            day(row.start),
            day(row.due),
            day(row.completed),
            row.progress.map(|p| p.to_string()).unwrap_or_default(),
            row.communes.join(";"),
        ]));
    }
    out
}

impl Listing for ActionList<'_> {
    fn table(&self, lang: Lang, terminal: bool) -> String {
        table(self, lang, terminal)
    }
    fn csv(&self, style: Csv) -> String {
        csv(self, style)
    }
    fn sheet(&self, lang: Lang) -> Sheet {
        sheet(self, lang)
    }
}

/// The worksheet: one row per action, dates as dates, progress as a
/// percentage, ids and titles as text.
fn sheet(answer: &ActionList, lang: Lang) -> Sheet {
    let l = |label: Label| label.text(lang).to_owned();
    Sheet {
        name: Tab::Actions.name(lang).to_owned(),
        header: vec![
            l(Label::Id),
            l(Label::Title),
            l(Label::Commission),
            l(Label::Lead),
            l(Label::Status),
            l(Label::Overdue),
            l(Label::Start),
            l(Label::Due),
            Header::Completed.text(lang).to_owned(),
            l(Label::Progress),
            l(Label::Communes),
        ],
        rows: answer
            .actions
            .iter()
            .map(|row| {
                vec![
                    Value::Text(row.id.to_owned()),
                    Value::Text(row.title.to_owned()),
                    Value::Text(row.commission_name.unwrap_or(row.commission).to_owned()),
                    Value::text(row.lead_name.or(row.lead)),
                    Value::Text(labels::action_status(row.status, lang).to_owned()),
                    Value::Text(l(if row.overdue { Label::Yes } else { Label::No })),
                    Value::date(row.start),
                    Value::date(row.due),
                    Value::date(row.completed),
                    row.progress
                        .map_or(Value::Empty, |p| Value::Percent(f64::from(p) / 100.0)),
                    Value::Text(row.communes.join(", ")),
                ]
            })
            .collect(),
        total: None,
    }
}
