//! The report laid out once, in words, for both its forms.
//!
//! [`layout`] turns the [`Report`] answer into a [`Doc`]: sections of facts,
//! sentences, tables and charts, every label worded in the report's
//! language and every figure formatted. The HTML and Markdown renderers
//! only put that document into their syntax (and escape it), so the two
//! forms cannot drift apart: same sections, same numbers, the Markdown with
//! its tables where the HTML also has charts.

use std::borrow::Cow;
use std::cell::RefCell;

use foldhash::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use crate::render::svg::{self, Category, IndicatorChart, Stack, StepChart, TargetBar};
use crate::wording::indicators::{self as indicator_words, Word as IndicatorWord};
use crate::wording::report::{self as words, ActionKey, Label};
use ctg_core::answers::actions::{ActionCounts, ActionRow};
use ctg_core::answers::changes::Changes;
use ctg_core::answers::fte::HistoryStep;
use ctg_core::answers::indicators::IndicatorRow;
use ctg_core::answers::report::{CommissionPlan, MeetingOn, Report};
use ctg_core::domain::fte::Fte;
use ctg_core::domain::fte::SayFte;
use ctg_core::domain::model::ActionStatus;
use ctg_core::i18n::Lang;

/// A whole report, worded.
pub struct Doc<'a> {
    /// Its language.
    pub lang: Lang,
    /// The page's title.
    pub title: String,
    /// The line under it.
    pub subtitle: String,
    /// The figures to read first: `(figure, what it counts)`.
    pub key_figures: Vec<(String, String)>,
    /// The sections, in reading order.
    pub sections: Vec<Section<'a>>,
    /// The closing line.
    pub footer: String,
    /// Printed across the page (A4 landscape): for a table as wide as the
    /// portfolio's.
    pub landscape: bool,
}

/// A titled part of the report.
pub struct Section<'a> {
    /// Its anchor in the page (`staffing`).
    pub id: &'static str,
    /// Its title.
    pub title: String,
    /// What it holds.
    pub blocks: Vec<Block<'a>>,
}

/// A piece of a section.
pub enum Block<'a> {
    /// Label and value pairs.
    Facts(Vec<(String, String)>),
    /// The sentence that answers the section's question.
    Headline(String),
    /// A sentence.
    Para(String),
    /// A list of short items.
    List(Vec<String>),
    /// A sub-heading.
    Heading(String),
    /// A table.
    Table(Table<'a>),
    /// A chart (HTML only: its figures are in a table beside it).
    Chart(Chart),
    /// Blocks that belong together, such as one commission (printed on one page if they fit).
    Group(Vec<Block<'a>>),
    /// Indicators: in HTML each chart beside its figures (a table of one
    /// column, a row per header); in Markdown one table, a row per indicator.
    Indicators(Indicators<'a>),
    /// A table of actions, each row worded as the page is written.
    Actions(ActionTable<'a>),
}

/// A table of actions whose rows are worded one at a time, as the page is
/// written, rather than all laid out first: the whole plan is a row per
/// action, 100,000 of them for the largest repositories, which a table of
/// words would hold whole and walk three times (made, set, written).
pub struct ActionTable<'a> {
    /// The column headers, with whether the column holds numbers.
    pub head: Vec<(String, bool)>,
    /// The actions, one per row.
    actions: &'a [ActionRow<'a>],
    /// Which columns.
    columns: ActionColumns,
    /// The language of the rows.
    lang: Lang,
}

thread_local! {
    /// Each day in words, made once: the rows of a large plan share a few
    /// thousand due dates (a memo of [`words::long_date`], which depends on
    /// nothing else).
    static DAYS: RefCell<HashMap<(NaiveDate, Lang), String>> = RefCell::default();
}

/// The columns of a table of actions.
#[derive(Clone, Copy)]
enum ActionColumns {
    /// Title, commission, lead and the day it was completed.
    Completed,
    /// Title, commission, lead, due day and progress.
    Due,
    /// One commission's part of the plan: title, status, progress, due
    /// day and lead.
    Plan,
}

impl<'a> ActionTable<'a> {
    /// The rows, worded and set in the page's typography, one at a time.
    /// The texts of the records (titles, names) are set here; the words of
    /// `ctg` (statuses, days, percentages) were set once, when first worded.
    pub fn rows(&self) -> impl Iterator<Item = Row<'a>> + '_ {
        self.actions
            .iter()
            .map(|action| Row::new(self.cells(action)))
    }

    fn cells(&self, a: &ActionRow<'a>) -> Vec<Cell<'a>> {
        let lang = self.lang;
        let set = |text: &'a str| -> Cow<'a, str> {
            if words::needs_typesetting(text, lang) {
                Cow::Owned(words::typeset(text, lang))
            } else {
                Cow::Borrowed(text)
            }
        };
        let day = |day: Option<NaiveDate>| {
            short(day.map_or_else(
                || set(Label::Unset.text(lang)),
                |d| {
                    DAYS.with_borrow_mut(|days| {
                        let worded = days
                            .entry((d, lang))
                            .or_insert_with(|| words::typeset(&words::long_date(d, lang), lang));
                        Cow::Owned(worded.clone())
                    })
                },
            ))
        };
        let lead = set(lead(a, lang));
        match self.columns {
            ActionColumns::Completed => vec![
                text(set(a.title)),
                text(set(a.commission_name.unwrap_or(a.commission))),
                short(lead),
                day(a.completed),
            ],
            ActionColumns::Due => vec![
                text(set(a.title)),
                text(set(a.commission_name.unwrap_or(a.commission))),
                short(lead),
                day(a.due),
                num(progress(a, lang)),
            ],
            ActionColumns::Plan => vec![
                text(set(a.title)),
                short(status_words(a, lang)),
                num(progress(a, lang)),
                day(a.due),
                short(lead),
            ],
        }
    }
}

/// Indicators, each with its chart and its figures.
pub struct Indicators<'a> {
    /// The name of each figure, with whether it is a number.
    pub head: Vec<(String, bool)>,
    /// Each indicator: its chart, and its figures in the order of `head`.
    pub items: Vec<(Chart, Row<'a>)>,
}

/// A chart and how it introduces itself.
pub struct Chart {
    /// Its title and description.
    pub labels: svg::Labels,
    /// What it draws.
    pub kind: ChartKind,
}

/// The three charts of the report.
pub enum ChartKind {
    /// Bars against targets.
    Targets(Vec<TargetBar>, [String; 3]),
    /// A step line over time.
    Steps(StepChart),
    /// Stacked bars of counts.
    Stacks(Vec<Category>, Vec<Stack>),
    /// One indicator against its expected path (boxed: the largest).
    Indicator(Box<IndicatorChart>),
}

/// A table of text.
pub struct Table<'a> {
    /// The column headers, with whether the column holds numbers.
    pub head: Vec<(String, bool)>,
    /// The rows.
    pub rows: Vec<Row<'a>>,
}

/// A row of a table.
pub struct Row<'a> {
    /// The cells, one per column.
    pub cells: Vec<Cell<'a>>,
    /// Whether it is a total row.
    pub total: bool,
}

/// A cell of a table.
pub enum Cell<'a> {
    /// Text.
    Text(Cow<'a, str>),
    /// A short text that reads best on one line (a date, a name, a
    /// status): the page keeps it whole when there is room, so that the
    /// long titles beside it wrap instead.
    Short(Cow<'a, str>),
    /// A figure, aligned right.
    Num(Cow<'a, str>),
    /// Several lines (a meeting's decisions).
    Lines(Vec<String>),
    /// Text that links to another page: `(text, relative address)` (a
    /// CTG's report, from the portfolio's page).
    Link(Cow<'a, str>, String),
}

impl<'a> Row<'a> {
    fn new(cells: Vec<Cell<'a>>) -> Row<'a> {
        Row {
            cells,
            total: false,
        }
    }
}

fn text<'a>(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
    Cell::Text(s.into())
}

fn short<'a>(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
    Cell::Short(s.into())
}

fn num<'a>(s: impl Into<Cow<'a, str>>) -> Cell<'a> {
    Cell::Num(s.into())
}

fn head(cols: &[(String, bool)]) -> Vec<(String, bool)> {
    cols.to_vec()
}

/// The order of statuses in charts and tables: what is done first, then
/// what is under way, to come, stopped, given up.
pub const STATUS_ORDER: [ActionStatus; 6] = [
    ActionStatus::Done,
    ActionStatus::InProgress,
    ActionStatus::Planned,
    ActionStatus::Paused,
    ActionStatus::Blocked,
    ActionStatus::Abandoned,
];

/// The CSS class of a status's colour.
pub fn status_class(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Planned => "s-planned",
        ActionStatus::InProgress => "s-in-progress",
        ActionStatus::Paused => "s-paused",
        ActionStatus::Blocked => "s-blocked",
        ActionStatus::Done => "s-done",
        ActionStatus::Abandoned => "s-abandoned",
    }
}

/// The report, worded in `lang`.
pub fn layout<'a>(report: &'a Report<'a>, since: Option<&'a Changes>, lang: Lang) -> Doc<'a> {
    let mut doc = words_of(report, since, lang);
    typeset(&mut doc);
    doc
}

/// Every text of the page in its typography ([`words::typeset`]): the
/// words are the terminal's, the spaces the page's. The charts' title and
/// description too; the words drawn inside a chart are names and figures.
fn typeset(doc: &mut Doc) {
    let lang = doc.lang;
    // Most texts (titles, names, dates) have nothing to set: they are
    // left as they are, borrowed texts still borrowed.
    let set = |text: &mut String| {
        if words::needs_typesetting(text, lang) {
            *text = words::typeset(text, lang);
        }
    };
    let row = |row: &mut Row<'_>| {
        for cell in &mut row.cells {
            typeset_cell(cell, lang);
        }
    };
    fn blocks(all: &mut [Block], set: &dyn Fn(&mut String), row: &dyn Fn(&mut Row)) {
        for block in all {
            match block {
                Block::Facts(facts) => facts.iter_mut().for_each(|(label, value)| {
                    set(label);
                    set(value);
                }),
                Block::Headline(t) | Block::Para(t) | Block::Heading(t) => set(t),
                Block::List(items) => items.iter_mut().for_each(set),
                Block::Table(table) => {
                    table.head.iter_mut().for_each(|(t, _)| set(t));
                    table.rows.iter_mut().for_each(row);
                }
                Block::Chart(chart) => {
                    set(&mut chart.labels.title);
                    set(&mut chart.labels.desc);
                }
                Block::Group(inner) => blocks(inner, set, row),
                // Its rows are set as they are worded.
                Block::Actions(table) => table.head.iter_mut().for_each(|(t, _)| set(t)),
                Block::Indicators(indicators) => {
                    indicators.head.iter_mut().for_each(|(t, _)| set(t));
                    for (chart, r) in &mut indicators.items {
                        set(&mut chart.labels.title);
                        set(&mut chart.labels.desc);
                        row(r);
                    }
                }
            }
        }
    }
    set(&mut doc.title);
    set(&mut doc.subtitle);
    set(&mut doc.footer);
    for (figure, label) in &mut doc.key_figures {
        set(figure);
        set(label);
    }
    for section in &mut doc.sections {
        set(&mut section.title);
        blocks(&mut section.blocks, &set, &row);
    }
}

/// A cell in the page's typography ([`words::typeset`]); most have nothing
/// to set and stay as they are, borrowed texts still borrowed.
fn typeset_cell(cell: &mut Cell<'_>, lang: Lang) {
    let set = |text: &mut Cow<'_, str>| {
        if words::needs_typesetting(text, lang) {
            *text = Cow::Owned(words::typeset(text, lang));
        }
    };
    match cell {
        Cell::Text(t) | Cell::Short(t) | Cell::Num(t) | Cell::Link(t, _) => set(t),
        Cell::Lines(lines) => lines.iter_mut().for_each(|line| {
            if words::needs_typesetting(line, lang) {
                *line = words::typeset(line, lang);
            }
        }),
    }
}

/// The report's words, laid out.
fn words_of<'a>(report: &'a Report<'a>, since: Option<&'a Changes>, lang: Lang) -> Doc<'a> {
    let c = report.convention;
    // What moved since the last COPIL runs up to today: it belongs to a
    // report of today only, and without the records' history it is left
    // out rather than explained in words of git.
    let since = since.filter(|_| report.date == report.today);
    Doc {
        lang,
        title: words::title(&c.name, report.year, lang),
        subtitle: words::subtitle(report.date, lang),
        key_figures: key_figures(report, lang),
        sections: [
            Some(convention(report, lang)),
            since.map(|since| since_copil(since, lang)),
            Some(staffing(report, lang)),
            Some(copil(report, lang)),
            Some(commissions(report, lang)),
            Some(plan(report, lang)),
            Some(whole_plan(report, lang)),
            Some(evaluation(report, lang)),
            Some(health(report, lang)),
        ]
        .into_iter()
        .flatten()
        .collect(),
        footer: words::made_by(report.today, lang),
        landscape: false,
    }
}

fn key_figures(report: &Report<'_>, lang: Lang) -> Vec<(String, String)> {
    let counts = &report.plan.counts;
    vec![
        (
            words::of_whole(&lang.fte(report.fte.total), &lang.fte(report.fte.target)),
            words::key_fte(lang).into(),
        ),
        (
            words::of_whole(&counts.done.to_string(), &counts.total.to_string()),
            words::key_actions(counts.done, ActionKey::Done, lang),
        ),
        (
            counts.overdue.to_string(),
            words::key_actions(counts.overdue, ActionKey::Overdue, lang),
        ),
        (
            counts.blocked.to_string(),
            words::key_actions(counts.blocked, ActionKey::Blocked, lang),
        ),
        (
            report.copil.next.map_or_else(
                || Label::NotPlanned.text(lang).into(),
                |m| words::long_date(m.date.value, lang),
            ),
            Label::KeyNextCopil.text(lang).into(),
        ),
    ]
}

fn convention<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let c = report.convention;
    let (index, of) = report.year_index;
    let none = || Label::Unset.text(lang).to_owned();
    let list = |items: &[String]| {
        if items.is_empty() {
            none()
        } else {
            items.join(", ")
        }
    };
    Section {
        id: "convention",
        title: Label::SectionConvention.text(lang).into(),
        blocks: vec![Block::Facts(vec![
            (Label::Name.text(lang).into(), c.name.clone()),
            (
                Label::Period.text(lang).into(),
                words::period(c.start, c.end, lang),
            ),
            (Label::Signatories.text(lang).into(), list(&c.signatories)),
            (Label::Communes.text(lang).into(), list(&c.communes)),
            (
                Label::ReportedYear.text(lang).into(),
                words::reported_year(report.year, index, of, lang),
            ),
        ])],
    }
}

/// What moved since the last COPIL, from the records' history in git.
fn since_copil(changes: &Changes, lang: Lang) -> Section<'_> {
    use crate::render::changes::{sections, summary};
    use crate::wording::changes::{self as changes_words, Heading};
    let mut blocks = vec![Block::Headline(changes_words::summary_sentence(
        &summary(changes, lang),
        lang,
    ))];
    for (heading, items) in sections(changes, lang) {
        if heading == Heading::Versions || items.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(heading.text(lang).into()));
        blocks.push(Block::List(items));
    }
    Section {
        id: "changes",
        title: words::since_copil_of(changes.from.date, lang),
        blocks,
    }
}

/// The cooperation officers: the FTE by commune on the date of the figures,
/// then the FTE over the convention's period.
fn staffing<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let fte = &report.fte;
    let mut blocks = vec![
        Block::Headline(words::staffing_headline(fte.total, fte.target, lang)),
        communes_chart(report, lang),
        communes_table(report, lang),
    ];
    if !fte.by_commune() && !fte.communes.is_empty() {
        blocks.push(Block::Para(words::no_target_by_commune(
            fte.baseline,
            fte.baseline_date,
            lang,
        )));
    }
    if !fte.overbooked.is_empty() {
        let who: Vec<String> = fte
            .overbooked
            .iter()
            .map(|o| format!("{} ({})", o.name, words::fte(o.fte, lang)))
            .collect();
        blocks.push(Block::Para(words::overbooked_in_total(
            &who.join(words::semicolon(lang)),
            lang,
        )));
    }
    if fte.not_cofunded != Fte::ZERO {
        blocks.push(Block::Para(words::not_cofunded(fte.not_cofunded, lang)));
    }
    blocks.extend([
        Block::Heading(Label::History.text(lang).into()),
        history_chart(report, lang),
        Block::Para(words::reached_as_of(
            report.history.reached,
            report.date,
            lang,
        )),
        history_table(report, lang),
    ]);
    Section {
        id: "staffing",
        title: Label::SectionStaffing.text(lang).into(),
        blocks,
    }
}

/// One bar per commune: its FTE against its target, its baseline marked.
fn communes_chart<'a>(report: &'a Report<'a>, lang: Lang) -> Block<'a> {
    let fte = &report.fte;
    let bars: Vec<TargetBar> = fte
        .communes
        .iter()
        .map(|line| TargetBar {
            label: line.commune.clone(),
            value: line.fte,
            target: line.target,
            baseline: line.baseline,
            text: line.target.map_or_else(
                || words::fte(line.fte, lang),
                |target| words::of_target(line.fte, target, lang),
            ),
        })
        .collect();
    let desc = fte
        .communes
        .iter()
        .map(|l| words::commune_desc(&l.commune, l.fte, l.target, l.baseline, lang))
        .collect::<Vec<_>>()
        .join(words::semicolon(lang));
    Block::Chart(Chart {
        labels: svg::Labels {
            id: "chart-communes".into(),
            title: words::chart_communes(lang).into(),
            desc,
        },
        kind: ChartKind::Targets(
            bars,
            [
                Label::LegendFte.text(lang).into(),
                format!(
                    "{} + {}",
                    Label::Baseline.text(lang),
                    Label::Increase.text(lang).to_lowercase()
                ),
                Label::Baseline.text(lang).into(),
            ],
        ),
    })
}

/// What a cell shows for a figure the plan does not give.
fn dash() -> String {
    "–".to_owned()
}

/// The figures of the communes' chart, with a total row. When the plan
/// gives no commune a baseline, the columns it would fill (baseline,
/// target, gap) are left out, and a sentence says why.
fn communes_table<'a>(report: &'a Report<'a>, lang: Lang) -> Block<'a> {
    let fte = &report.fte;
    let f = |x: Fte| lang.fte(x);
    let by_commune = fte.by_commune();
    let mut rows: Vec<Row> = fte
        .communes
        .iter()
        .map(|l| {
            Row::new(match by_commune {
                true => vec![
                    text(&l.commune),
                    num(l.baseline.map_or_else(dash, f)),
                    num(words::signed(l.increase, lang)),
                    num(l.target.map_or_else(dash, f)),
                    num(f(l.fte)),
                    num(l.gap.map_or_else(dash, |g| words::signed(g, lang))),
                ],
                false => vec![
                    text(&l.commune),
                    num(words::signed(l.increase, lang)),
                    num(f(l.fte)),
                ],
            })
        })
        .collect();
    rows.push(Row {
        cells: match by_commune {
            true => vec![
                text(Label::Total.text(lang)),
                num(fte.baseline.map_or_else(dash, f)),
                num(words::signed(fte.increase_total(), lang)),
                num(f(fte.target)),
                num(f(fte.total)),
                num(words::signed(fte.gap(), lang)),
            ],
            false => vec![
                text(Label::Total.text(lang)),
                num(words::signed(fte.increase_total(), lang)),
                num(f(fte.total)),
            ],
        },
        total: true,
    });
    let head = match by_commune {
        true => head(&[
            (Label::Commune.text(lang).into(), false),
            (words::baseline_on(fte.baseline_date, lang), true),
            (Label::Increase.text(lang).into(), true),
            (Label::Target.text(lang).into(), true),
            (Label::FteUnit.text(lang).into(), true),
            (Label::Gap.text(lang).into(), true),
        ]),
        false => head(&[
            (Label::Commune.text(lang).into(), false),
            (Label::Increase.text(lang).into(), true),
            (Label::FteUnit.text(lang).into(), true),
        ]),
    };
    Block::Table(Table { head, rows })
}

/// The changes of the cofunded FTE up to the convention's end (planned
/// ones after it are not the convention's).
fn steps_in_period<'r>(report: &'r Report<'_>) -> impl Iterator<Item = &'r HistoryStep> {
    let end = report.convention.end;
    report.history.steps.iter().filter(move |s| s.date <= end)
}

/// The cofunded FTE over the convention's period, as a step line with the
/// target, the day it was first reached and the date of the figures.
fn history_chart<'a>(report: &'a Report<'a>, lang: Lang) -> Block<'a> {
    let c = report.convention;
    let fte = &report.fte;
    let history = &report.history;
    let date = fte.date;
    let desc = steps_in_period(report)
        .map(|s| words::value_from(s.total, s.date, lang))
        .chain([words::reached_as_of(history.reached, report.date, lang)])
        .collect::<Vec<_>>()
        .join(words::semicolon(lang));
    let years = (c.start.year()..=c.end.year())
        .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        .map(|d| (d.max(c.start), d.year().to_string()))
        .collect();
    Block::Chart(Chart {
        labels: svg::Labels {
            id: "chart-history".into(),
            title: words::chart_history(c.start, c.end, fte.target, lang),
            desc,
        },
        kind: ChartKind::Steps(StepChart {
            start: c.start,
            end: c.end,
            points: history.steps.iter().map(|s| (s.date, s.total)).collect(),
            target: fte.target,
            target_text: words::target_mark(fte.target, lang),
            reached: history
                .reached
                .map(|d| (d.max(c.start), words::reached_mark(d, lang))),
            date: c.covers(date).then(|| (date, words::date_mark(date, lang))),
            value_text: Box::new(move |x| lang.fte(x)),
            years,
        }),
    })
}

/// Every change of the cofunded FTE in the period: the day, the new total,
/// and who moved where (`+0,5 Lucie Mercier (Istres)`).
fn history_table<'a>(report: &'a Report<'a>, lang: Lang) -> Block<'a> {
    Block::Table(Table {
        head: head(&[
            (Label::Date.text(lang).into(), false),
            (Label::Total.text(lang).into(), true),
            (Label::Changes.text(lang).into(), false),
        ]),
        rows: steps_in_period(report)
            .map(|s| {
                Row::new(vec![
                    short(words::long_date(s.date, lang)),
                    num(lang.fte(s.total)),
                    Cell::Lines(
                        s.changes
                            .iter()
                            .map(|ch| {
                                format!(
                                    "{} {} ({})",
                                    words::signed(ch.delta, lang),
                                    ch.name,
                                    ch.commune
                                )
                            })
                            .collect(),
                    ),
                ])
            })
            .collect(),
    })
}

/// The meetings of the year, each with its status on the report's date.
fn meetings_table<'a>(meetings: &'a [MeetingOn<'a>], lang: Lang) -> Block<'a> {
    if meetings.is_empty() {
        return Block::Para(Label::NoMeeting.text(lang).into());
    }
    Block::Table(Table {
        head: head(&[
            (Label::Date.text(lang).into(), false),
            (Label::Status.text(lang).into(), false),
            (Label::Decisions.text(lang).into(), false),
        ]),
        rows: meetings
            .iter()
            .map(|m| {
                Row::new(vec![
                    short(words::long_date(m.meeting.date.value, lang)),
                    short(words::meeting_status(m.status, lang)),
                    // Decisions are taken at a meeting held by then.
                    Cell::Lines(if m.status == m.meeting.status {
                        m.meeting.decisions.clone()
                    } else {
                        Vec::new()
                    }),
                ])
            })
            .collect(),
    })
}

fn copil<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let copil = &report.copil;
    let (yes, no) = (Label::Yes.text(lang), Label::No.text(lang));
    let blocks = vec![
        Block::Para(words::members(copil.members.len(), copil.funders, lang)),
        Block::Table(Table {
            head: head(&[
                (Label::Person.text(lang).into(), false),
                (Label::Organisation.text(lang).into(), false),
                (Label::Role.text(lang).into(), false),
                (Label::Funder.text(lang).into(), false),
            ]),
            rows: copil
                .members
                .iter()
                .map(|m| {
                    Row::new(vec![
                        text(&m.name),
                        text(&m.organisation),
                        text(m.role.clone().unwrap_or_default()),
                        short(if m.funder { yes } else { no }),
                    ])
                })
                .collect(),
        }),
        Block::Heading(words::meetings_of(report.year, lang)),
        Block::Para(words::meetings_held(
            copil.held,
            Some(copil.min),
            report.year,
            lang,
        )),
        meetings_table(&copil.meetings, lang),
        Block::Headline(words::next_meeting(copil.next.map(|m| m.date.value), lang)),
    ];
    Section {
        id: "copil",
        title: Label::SectionCopil.text(lang).into(),
        blocks,
    }
}

fn counts_text(counts: &ActionCounts, lang: Lang) -> String {
    let mut parts: Vec<String> = STATUS_ORDER
        .iter()
        .filter(|s| counts.of_status(**s) > 0)
        .map(|s| {
            format!(
                "{}{}{}",
                words::action_status(*s, lang),
                words::colon(lang),
                counts.of_status(*s)
            )
        })
        .collect();
    if counts.overdue > 0 {
        parts.push(format!(
            "{}{}{}",
            Label::Overdue.text(lang),
            words::colon(lang),
            counts.overdue
        ));
    }
    if parts.is_empty() {
        Label::NoneToList.text(lang).into()
    } else {
        parts.join(", ")
    }
}

fn commissions<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let mut blocks = Vec::new();
    if report.commissions.is_empty() {
        blocks.push(Block::Para(Label::NoCommission.text(lang).into()));
    }
    for year in &report.commissions {
        let c = year.commission;
        let mut facts = vec![(
            Label::Kind.text(lang).into(),
            words::commission_kind(c.kind, lang).into(),
        )];
        if let Some(theme) = &c.theme {
            facts.push((Label::Theme.text(lang).into(), theme.clone()));
        }
        if !c.communes.is_empty() {
            facts.push((
                Label::Communes.text(lang).into(),
                c.communes
                    .iter()
                    .map(|x| x.value.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ));
        }
        facts.push((
            Label::Referent.text(lang).into(),
            match &year.referent {
                // As `ctg status` marks a referent who left.
                Some(name) if !year.referent_in_post => {
                    format!("{name} {}", crate::wording::labels::not_in_post(lang))
                }
                Some(name) => name.clone(),
                None => Label::NoReferent.text(lang).into(),
            },
        ));
        facts.push((
            words::meetings_of(report.year, lang),
            words::meetings_held(
                year.held,
                c.min_meetings_per_year.as_ref().map(|m| m.value),
                report.year,
                lang,
            ),
        ));
        facts.push((
            Label::ActionsByStatus.text(lang).into(),
            format!(
                "{} ({})",
                words::actions_count(year.actions.total, lang),
                counts_text(&year.actions, lang)
            ),
        ));
        let mut group = vec![Block::Heading(c.name.clone()), Block::Facts(facts)];
        if !year.meetings.is_empty() {
            group.push(meetings_table(&year.meetings, lang));
        }
        group.push(Block::Para(words::next_meeting(
            year.next.map(|m| m.date.value),
            lang,
        )));
        blocks.push(Block::Group(group));
    }
    Section {
        id: "commissions",
        title: Label::SectionCommissions.text(lang).into(),
        blocks,
    }
}

/// A list of actions for the COPIL: no file ids, the lead's name, and the
/// day it was completed (`completed`) or its due day and progress.
fn action_table<'a>(
    rows: &'a [ActionRow<'a>],
    date_label: Label,
    lang: Lang,
    completed: bool,
) -> Block<'a> {
    if rows.is_empty() {
        return Block::Para(Label::NoneToList.text(lang).into());
    }
    Block::Actions(ActionTable {
        head: head(
            &[
                (Label::Title.text(lang).into(), false),
                (Label::Commission.text(lang).into(), false),
                (Label::Lead.text(lang).into(), false),
                (date_label.text(lang).into(), false),
                (Label::Progress.text(lang).into(), true),
            ][..if completed { 4 } else { 5 }],
        ),
        actions: rows,
        columns: if completed {
            ActionColumns::Completed
        } else {
            ActionColumns::Due
        },
        lang,
    })
}

/// The lead officer's name (the id when the officer is not loaded).
fn lead<'a>(action: &ActionRow<'a>, lang: Lang) -> &'a str {
    action
        .lead_name
        .or(action.lead)
        .unwrap_or_else(|| Label::Unset.text(lang))
}

/// Words made once for each language and kept for the run.
type ByLang = [OnceLock<Vec<String>>; 2];

/// The words of `lang` in `words`, made by `make` the first time: the rows
/// of a large plan share them instead of each making its own.
fn once_per_lang(
    words: &'static ByLang,
    lang: Lang,
    make: impl FnOnce() -> Vec<String>,
) -> &'static [String] {
    let slot = match lang {
        Lang::En => &words[0],
        Lang::Fr => &words[1],
    };
    slot.get_or_init(make)
}

/// How far along an action is, in percent, or a dash.
fn progress(action: &ActionRow<'_>, lang: Lang) -> Cow<'static, str> {
    let Some(p) = action.progress else {
        return Cow::Borrowed(Label::Unset.text(lang));
    };
    // Every percentage a record can hold (0 to 100).
    static WORDS: ByLang = [OnceLock::new(), OnceLock::new()];
    let all = once_per_lang(&WORDS, lang, || {
        (0..=100)
            .map(|p| words::typeset(&words::percent(p, lang), lang))
            .collect()
    });
    all.get(usize::from(p)).map_or_else(
        || Cow::Owned(words::typeset(&words::percent(i64::from(p), lang), lang)),
        |words| Cow::Borrowed(words.as_str()),
    )
}

/// An action's status in words, with « en retard » when it is overdue, in
/// the page's typography: worded once for every row that says it.
fn status_words(action: &ActionRow<'_>, lang: Lang) -> Cow<'static, str> {
    static WORDS: ByLang = [OnceLock::new(), OnceLock::new()];
    let all = once_per_lang(&WORDS, lang, || {
        STATUS_ORDER
            .iter()
            .flat_map(|status| {
                let words = words::action_status(*status, lang);
                [
                    words.to_owned(),
                    format!("{words}, {}", Label::Overdue.text(lang)),
                ]
            })
            .map(|text| words::typeset(&text, lang))
            .collect()
    });
    let at = STATUS_ORDER
        .iter()
        .position(|s| *s == action.status)
        .unwrap_or_default();
    Cow::Borrowed(&all[2 * at + usize::from(action.overdue)])
}

/// One commission's part of the whole plan: every action with its status
/// and progress, kept together on a printed page where it fits.
fn commission_plan<'a>(part: &'a CommissionPlan<'a>, lang: Lang) -> Block<'a> {
    let body = if part.actions.is_empty() {
        Block::Para(Label::NoneToList.text(lang).into())
    } else {
        Block::Actions(ActionTable {
            head: head(&[
                (Label::Title.text(lang).into(), false),
                (Label::Status.text(lang).into(), false),
                (Label::Progress.text(lang).into(), true),
                (Label::Due.text(lang).into(), false),
                (Label::Lead.text(lang).into(), false),
            ]),
            actions: &part.actions,
            columns: ActionColumns::Plan,
            lang,
        })
    };
    Block::Group(vec![Block::Heading(part.name.clone()), body])
}

fn plan<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let plan = &report.plan;
    let counts = &plan.counts;
    let mut blocks = vec![Block::Headline(words::plan_summary(
        counts.total,
        counts.done,
        counts.overdue,
        lang,
    ))];
    if plan.undated > 0 {
        blocks.push(Block::Para(words::undated_statuses(lang).into()));
    }
    let all = words::all_actions(lang);
    let rows: Vec<(&str, &ActionCounts)> = std::iter::once((all, counts))
        .chain(
            plan.by_commission
                .iter()
                .map(|p| (p.name.as_str(), &p.counts)),
        )
        .collect();
    let desc = rows
        .iter()
        .map(|(name, c)| format!("{name}{}{}", words::colon(lang), counts_text(c, lang)))
        .collect::<Vec<_>>()
        .join(words::semicolon(lang));
    blocks.push(Block::Chart(Chart {
        labels: svg::Labels {
            id: "chart-plan".into(),
            title: format!(
                "{}, {}",
                Label::PlanByStatus.text(lang),
                Label::PlanByCommission.text(lang).to_lowercase()
            ),
            desc,
        },
        kind: ChartKind::Stacks(
            STATUS_ORDER
                .iter()
                .map(|s| Category {
                    name: words::action_status(*s, lang).into(),
                    class: status_class(*s),
                })
                .collect(),
            rows.iter()
                .map(|(name, c)| Stack {
                    label: (*name).to_owned(),
                    total_text: words::actions_count(c.total, lang),
                    counts: STATUS_ORDER.iter().map(|s| c.of_status(*s)).collect(),
                })
                .collect(),
        ),
    }));
    let mut header = vec![(Label::Commission.text(lang).to_owned(), false)];
    header.extend(
        STATUS_ORDER
            .iter()
            .map(|s| (words::action_status(*s, lang).to_owned(), true)),
    );
    header.push((Label::Overdue.text(lang).into(), true));
    header.push((Label::Total.text(lang).into(), true));
    let row = |name: &'a str, c: &ActionCounts, total: bool| {
        let mut cells = vec![text(name)];
        cells.extend(
            STATUS_ORDER
                .iter()
                .map(|s| num(c.of_status(*s).to_string())),
        );
        cells.push(num(c.overdue.to_string()));
        cells.push(num(c.total.to_string()));
        Row { cells, total }
    };
    let mut table_rows: Vec<Row> = plan
        .by_commission
        .iter()
        .map(|p| row(&p.name, &p.counts, false))
        .collect();
    table_rows.push(row(Label::Total.text(lang), counts, true));
    blocks.push(Block::Table(Table {
        head: header,
        rows: table_rows,
    }));
    blocks.push(Block::Heading(words::done_in(report.year, lang)));
    blocks.push(action_table(&plan.done, Label::Completed, lang, true));
    blocks.push(Block::Heading(Label::OverdueActions.text(lang).into()));
    blocks.push(action_table(&plan.overdue, Label::Due, lang, false));
    blocks.push(Block::Heading(Label::BlockedActions.text(lang).into()));
    blocks.push(action_table(&plan.blocked, Label::Due, lang, false));
    Section {
        id: "plan",
        title: Label::SectionPlan.text(lang).into(),
        blocks,
    }
}

/// The whole plan, commission by commission: every action, whatever its
/// status, so that the COPIL sees what is under way and to come too.
fn whole_plan<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let parts = &report.plan.by_commission;
    Section {
        id: "actions",
        title: Label::WholePlan.text(lang).into(),
        blocks: if parts.is_empty() {
            vec![Block::Para(Label::NoneToList.text(lang).into())]
        } else {
            parts.iter().map(|p| commission_plan(p, lang)).collect()
        },
    }
}

/// The indicators on the date of the figures, commission by commission:
/// each one's chart beside its figures.
fn evaluation<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let list = &report.indicators;
    let mut blocks = Vec::new();
    if list.indicators.is_empty() {
        blocks.push(Block::Para(IndicatorWord::None.text(lang).into()));
    } else {
        blocks.push(Block::Para(words::evaluation_intro(lang).into()));
    }
    let head = indicator_head(lang);
    let mut n = 0;
    // The list is grouped by commission already.
    for group in list
        .indicators
        .chunk_by(|a, b| a.commission == b.commission)
    {
        let id = &group[0].commission;
        let name = report
            .commissions
            .iter()
            .find(|c| *c.commission.id == **id)
            .map_or_else(|| id.clone(), |c| c.commission.name.clone());
        let items = group
            .iter()
            .map(|row| {
                n += 1;
                (
                    indicator_chart(row, n, list.date, lang),
                    indicator_row(row, lang),
                )
            })
            .collect();
        blocks.push(Block::Group(vec![
            Block::Heading(name),
            Block::Indicators(Indicators {
                head: head.clone(),
                items,
            }),
        ]));
    }
    Section {
        id: "evaluation",
        title: IndicatorWord::Evaluation.text(lang).into(),
        blocks,
    }
}

/// The names of an indicator's figures.
fn indicator_head(lang: Lang) -> Vec<(String, bool)> {
    let w = |word: IndicatorWord, numeric: bool| (word.text(lang).to_owned(), numeric);
    vec![
        w(IndicatorWord::Indicator, false),
        (Label::IndicatorOf.text(lang).into(), false),
        (Label::Unit.text(lang).into(), false),
        w(IndicatorWord::Kind, false),
        w(IndicatorWord::Baseline, false),
        w(IndicatorWord::Latest, false),
        w(IndicatorWord::Target, false),
        w(IndicatorWord::Progress, true),
        w(IndicatorWord::Expected, true),
        w(IndicatorWord::State, false),
    ]
}

/// An indicator's figures, exact: values with their unit and day, whole
/// percents rounded down.
fn indicator_row(row: &IndicatorRow, lang: Lang) -> Row<'_> {
    let unset = || Label::Unset.text(lang).to_owned();
    let at = |value, day| indicator_words::dated(&row.say(value, lang), day, lang);
    Row::new(vec![
        text(words::indicator_name(&row.name, row.lower_is_better, lang)),
        text(&row.place_name),
        text(
            row.unit
                .as_deref()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map_or_else(unset, str::to_owned),
        ),
        text(indicator_words::kind(row.kind, lang)),
        text(at(row.baseline.value, row.baseline.date)),
        text(
            row.latest
                .as_ref()
                .map_or_else(unset, |l| at(l.value, l.date)),
        ),
        text(at(row.target.value, row.target.date)),
        num(row
            .progress_percent
            .map_or_else(unset, |p| words::percent(p, lang))),
        num(words::percent(row.expected_percent, lang)),
        text(indicator_words::state(row.state, lang)),
    ])
}

/// An indicator's chart, the `n`th of the page.
fn indicator_chart(row: &IndicatorRow, n: usize, date: NaiveDate, lang: Lang) -> Chart {
    let at = |value, day| indicator_words::dated(&row.say(value, lang), day, lang);
    let measures: Vec<String> = row.measures.iter().map(|m| at(m.value, m.date)).collect();
    Chart {
        labels: svg::Labels {
            id: format!("indicator-{n}"),
            title: words::indicator_chart_title(
                &row.name,
                indicator_words::state(row.state, lang),
                row.progress_percent,
                row.expected_percent,
                lang,
            ),
            desc: words::indicator_chart_desc(
                &at(row.baseline.value, row.baseline.date),
                &measures,
                &at(row.target.value, row.target.date),
                date,
                lang,
            ),
        },
        kind: ChartKind::Indicator(Box::new(IndicatorChart {
            baseline: (row.baseline.date, row.baseline.value.as_f64()),
            target: (row.target.date, row.target.value.as_f64()),
            measures: row
                .measures
                .iter()
                .map(|m| (m.date, m.value.as_f64()))
                .collect(),
            date,
            baseline_text: row.say(row.baseline.value, lang),
            target_text: row.say(row.target.value, lang),
            latest_text: row.latest.as_ref().map(|l| row.say(l.value, lang)),
            date_text: ctg_core::i18n::date(date, lang),
            legend: [
                IndicatorWord::Measures.text(lang).into(),
                IndicatorWord::ExpectedLine.text(lang).into(),
                Label::LegendTarget.text(lang).into(),
            ],
        })),
    }
}

/// The data's health in plain words: how many records have errors or
/// points to check (the codes are for whoever fixes them, with `ctg check`).
fn health<'a>(report: &'a Report<'a>, lang: Lang) -> Section<'a> {
    let health = &report.health;
    let mut blocks = vec![Block::Headline(words::health_summary(
        health.files_with_errors,
        health.files_with_warnings,
        lang,
    ))];
    if !health.left_out.is_empty() {
        blocks.push(Block::Para(words::left_out_note(&health.left_out, lang)));
    }
    Section {
        id: "health",
        title: Label::SectionHealth.text(lang).into(),
        blocks,
    }
}
