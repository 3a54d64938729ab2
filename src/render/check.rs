//! `ctg check`'s output: human (with source snippets), short, and JSON.

use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use ctg_core::analysis::{Findings, Located};
use ctg_core::diagnostics::Severity;
use ctg_core::diagnostics::message::words;
use ctg_core::i18n::Lang;
use ctg_core::i18n::text::escape_controls;
use ctg_core::read::repository::Repository;

use crate::wording::labels;

/// The title's level; in French its name carries the code, so that the
/// space before the colon comes after the code: `erreur[code] : …`.
pub(crate) fn level(severity: Severity, code: &str, lang: Lang) -> Level<'static> {
    let level = match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    match lang {
        Lang::En => level,
        Lang::Fr => level.with_name(labels::before_colon(
            &format!("{}[{code}]", words::severity(severity, lang)),
            lang,
        )),
    }
}

/// The problems printed under `--max-problems`, and those left out.
pub struct Shown<'a> {
    /// The problems to print, in the findings' order.
    pub problems: Vec<&'a Located>,
    /// Errors left out.
    pub errors_left: usize,
    /// Warnings left out.
    pub warnings_left: usize,
}

impl Shown<'_> {
    /// The line saying what was left out, if anything was.
    pub fn not_shown(&self, lang: Lang) -> Option<String> {
        (self.errors_left + self.warnings_left > 0)
            .then(|| crate::wording::check::not_shown(self.errors_left, self.warnings_left, lang))
    }
}

/// At most `limit` of the findings (every one for `None`), errors before
/// warnings: a screenful of warnings must not hide the error that fails the
/// check. They keep the findings' order (by file, then line).
pub fn shown(findings: &Findings, limit: Option<usize>) -> Shown<'_> {
    let all = &findings.diagnostics;
    let Some(limit) = limit.filter(|limit| *limit < all.len()) else {
        return Shown {
            problems: all.iter().collect(),
            errors_left: 0,
            warnings_left: 0,
        };
    };
    let is_error = |d: &Located| d.diagnostic.severity() == Severity::Error;
    let errors = all.iter().filter(|d| is_error(d)).count();
    let errors_shown = errors.min(limit);
    let warnings_shown = limit - errors_shown;
    let (mut e, mut w) = (0, 0);
    let problems = all
        .iter()
        .filter(|d| {
            let (seen, room) = if is_error(d) {
                (&mut e, errors_shown)
            } else {
                (&mut w, warnings_shown)
            };
            *seen += 1;
            *seen <= room
        })
        .collect();
    Shown {
        problems,
        errors_left: errors - errors_shown,
        warnings_left: all.len() - errors - warnings_shown,
    }
}

/// The human form: each problem with its source line and a caret, as rustc
/// and cargo show theirs, then a summary line.
pub fn human(findings: &Findings, repo: &Repository, lang: Lang, color: bool) -> String {
    human_at_most(findings, repo, lang, color, None)
}

/// [`human`] with at most `limit` problems, then a line saying how many
/// more; the summary still counts every one.
pub fn human_at_most(
    findings: &Findings,
    repo: &Repository,
    lang: Lang,
    color: bool,
    limit: Option<usize>,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let shown = shown(findings, limit);
    let mut out = String::new();
    for located in &shown.problems {
        let group = group(located, repo, lang);
        let _ = writeln!(out, "{}\n", renderer.render(&group));
    }
    if let Some(line) = shown.not_shown(lang) {
        let _ = writeln!(out, "{line}");
    }
    out.push_str(&words::summary(
        findings.errors(),
        findings.warnings(),
        findings.files,
        lang,
    ));
    out.push('\n');
    out
}

fn group<'a>(located: &'a Located, repo: &'a Repository, lang: Lang) -> Vec<Group<'a>> {
    let d = &located.diagnostic;
    let title = level(d.severity(), d.code.as_str(), lang)
        .primary_title(escape_controls(&d.message.text(lang)).into_owned());
    let title = match lang {
        Lang::En => title.id(d.code.as_str()),
        Lang::Fr => title,
    };
    let source = repo.source(&d.file).and_then(|s| s.text());
    // A file name may hold a line break or an escape sequence too.
    let file = escape_controls(&d.file);
    let mut group = match (located.position, source, &d.span) {
        (Some(position), Some(source), Some(span)) => {
            // Only the first line of the span is shown: a table can span
            // dozens of lines, and its first one says which it is.
            let line = source.line_range(position.line);
            let start = span.start.clamp(line.start, line.end);
            let end = span.end.clamp(start, line.end);
            // A line of a hostile file can be megabytes long: past LONG
            // characters, show a window around the mark, not the whole line.
            let (before, cut) = tail(&source.text[line.start..start]);
            let before = escape_controls(&before).into_owned();
            let marked = escape_controls(&head(&source.text[start..end])).into_owned();
            let after = escape_controls(&head(&source.text[end..line.end])).into_owned();
            let text = format!("{before}{marked}{after}");
            let at = before.len()..before.len() + marked.len();
            let snippet = Snippet::source(text)
                .line_start(position.line)
                .annotation(AnnotationKind::Primary.span(at));
            if cut {
                // The window starts mid-line: name the true column ourselves.
                title
                    .element(
                        Origin::path(file)
                            .line(position.line)
                            .char_column(position.column),
                    )
                    .element(snippet)
            } else {
                title.element(snippet.path(file))
            }
        }
        _ => title.element(Origin::path(file)),
    };
    if let Some(hint) = d.message.hint(lang) {
        group = group.element(
            Level::HELP
                .with_name(labels::before_colon(help_word(lang), lang))
                .message(escape_controls(&hint).into_owned()),
        );
    }
    group = group.element(
        Level::NOTE
            .with_name(labels::before_colon(words::note(lang), lang))
            .message(words::explain(d.code.as_str(), lang)),
    );
    vec![group]
}

/// Lines longer than this many characters around a mark are cut.
const LONG: usize = 1000;
/// Characters kept on each side of the cut.
const CONTEXT: usize = 80;

/// `text`, or its first [`CONTEXT`] characters and `…` when it is longer than [`LONG`].
fn head(text: &str) -> std::borrow::Cow<'_, str> {
    if text.char_indices().nth(LONG).is_none() {
        return text.into();
    }
    let cut = text
        .char_indices()
        .nth(CONTEXT)
        .map_or(text.len(), |(i, _)| i);
    format!("{}…", &text[..cut]).into()
}

/// `text`, or `…` and its last [`CONTEXT`] characters when it is longer
/// than [`LONG`]; and whether it was cut.
fn tail(text: &str) -> (std::borrow::Cow<'_, str>, bool) {
    if text.char_indices().rev().nth(LONG).is_none() {
        return (text.into(), false);
    }
    let cut = text
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(i, _)| i);
    (format!("…{}", &text[cut..]).into(), true)
}

fn help_word(lang: Lang) -> &'static str {
    words::help(lang)
}

/// One line a problem, `file:line:col: severity[code]: message`, for editors and grep.
pub fn short(findings: &Findings, lang: Lang) -> String {
    short_of(&shown(findings, None), lang)
}

/// [`short`] for the problems `--max-problems` shows.
pub fn short_of(shown: &Shown, lang: Lang) -> String {
    let mut out = String::new();
    for located in &shown.problems {
        let d = &located.diagnostic;
        let (line, column) = located.position.map_or((1, 1), |p| (p.line, p.column));
        let _ = writeln!(
            out,
            "{}:{line}:{column}: {}[{}]{} {}",
            escape_controls(&d.file),
            words::severity(d.severity(), lang),
            d.code,
            labels::colon(lang),
            escape_controls(&d.message.text(lang))
        );
    }
    out
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    /// How many problems `--max-problems` left out of `diagnostics`; only
    /// there when some were, so the object is unchanged without the flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    truncated: Option<usize>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'static str,
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    hint: Option<String>,
}

/// One JSON object with counts and every problem, for tools.
pub fn json(findings: &Findings, lang: Lang) -> String {
    json_of(findings, &shown(findings, None), lang)
}

/// [`json`] with the problems `--max-problems` shows, and how many it left out.
pub fn json_of(findings: &Findings, shown: &Shown, lang: Lang) -> String {
    let left = shown.errors_left + shown.warnings_left;
    let report = JsonReport {
        files: findings.files,
        errors: findings.errors(),
        warnings: findings.warnings(),
        truncated: (left > 0).then_some(left),
        diagnostics: shown
            .problems
            .iter()
            .map(|located| {
                let d = &located.diagnostic;
                JsonDiagnostic {
                    severity: d.severity(),
                    code: d.code.as_str(),
                    file: &d.file,
                    line: located.position.map(|p| p.line),
                    column: located.position.map(|p| p.column),
                    message: d.message.text(lang),
                    hint: d.message.hint(lang),
                }
            })
            .collect(),
    };
    crate::render::table::json(&report)
}

/// GitHub Actions workflow commands, one per problem, so that a pull request
/// shows each one on its line: `::error file=…,line=…,col=…,title=…::message`.
pub fn github(findings: &Findings, lang: Lang) -> String {
    github_of(&shown(findings, None), lang)
}

/// [`github`] for the problems `--max-problems` shows.
pub fn github_of(shown: &Shown, lang: Lang) -> String {
    let mut out = String::new();
    for located in &shown.problems {
        let d = &located.diagnostic;
        let command = match d.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut properties = format!("file={}", github_property(&escape_controls(&d.file)));
        if let Some(p) = located.position {
            let _ = write!(properties, ",line={},col={}", p.line, p.column);
        }
        let _ = write!(
            properties,
            ",title={}",
            github_property(&format!("ctg {}", d.code))
        );
        // The hint goes on the annotation's second line (a line break, escaped).
        let mut message = escape_controls(&d.message.text(lang)).into_owned();
        if let Some(hint) = d.message.hint(lang) {
            let hint = escape_controls(&hint);
            let _ = write!(
                message,
                "\n{}{} {hint}",
                words::help(lang),
                labels::colon(lang)
            );
        }
        let _ = writeln!(out, "::{command} {properties}::{}", github_data(&message));
    }
    out
}

/// A workflow command's message, escaped as GitHub's runner expects.
pub fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: the message escapes, and `:` and `,`.
pub fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// What a warning is, for telling whether the hook showed it at the previous
/// commit: its code, file and English text. Not its line: an edit above it
/// moves it without making it news.
pub fn warning_key(located: &Located) -> String {
    let d = &located.diagnostic;
    let text = d.message.text(Lang::En).replace(['\n', '\t'], " ");
    format!(
        "{}\t{}\t{}",
        d.code,
        d.file.replace(['\n', '\t'], " "),
        text
    )
}

/// The form a pre-commit hook prints (`check --hook`): the problems that
/// stop the commit in full, first; the other warnings summarised, one line
/// each (in full with `verbose`), and those in `seen` (shown at the previous
/// commit) as one line of codes; then what became of the commit. Nothing
/// at all when there is nothing to say.
pub fn hook(
    findings: &Findings,
    repo: &Repository,
    lang: Lang,
    color: bool,
    seen: &std::collections::HashSet<String>,
    (strict, verbose): (bool, bool),
) -> String {
    use crate::wording::hook as words_hook;
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let blocks = |d: &Located| strict || d.diagnostic.severity() == Severity::Error;
    let mut out = String::new();
    let mut blocking_files: Vec<&str> = Vec::new();
    let mut blocking = 0;
    for located in findings.diagnostics.iter().filter(|d| blocks(d)) {
        blocking += 1;
        if blocking_files.last() != Some(&&*located.diagnostic.file) {
            blocking_files.push(&located.diagnostic.file);
        }
        let _ = writeln!(out, "{}\n", renderer.render(&group(located, repo, lang)));
    }
    blocking_files.sort_unstable();
    blocking_files.dedup();
    let (old, new): (Vec<&Located>, Vec<&Located>) = findings
        .diagnostics
        .iter()
        .filter(|d| !blocks(d))
        .partition(|d| seen.contains(&warning_key(d)));
    if verbose {
        for located in new.iter().chain(&old) {
            let _ = writeln!(out, "{}\n", renderer.render(&group(located, repo, lang)));
        }
    } else {
        if !new.is_empty() {
            let _ = writeln!(out, "{}", words_hook::new_warnings(new.len(), lang));
            for located in &new {
                let d = &located.diagnostic;
                let line = located.position.map_or(1, |p| p.line);
                let _ = writeln!(
                    out,
                    "  {}:{line}: [{}] {}",
                    escape_controls(&d.file),
                    d.code,
                    escape_controls(&d.message.text(lang))
                );
            }
            let _ = writeln!(out, "{}", words_hook::details(lang));
        }
        if !old.is_empty() {
            let mut codes: Vec<(&str, usize)> = Vec::new();
            let mut names: Vec<&str> = old.iter().map(|d| d.diagnostic.code.as_str()).collect();
            names.sort_unstable();
            for name in names {
                match codes.last_mut() {
                    Some((last, n)) if *last == name => *n += 1,
                    _ => codes.push((name, 1)),
                }
            }
            let codes = codes
                .iter()
                .map(|(code, n)| match n {
                    1 => (*code).to_owned(),
                    n => format!("{code} ×{n}"),
                })
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                out,
                "{}",
                words_hook::seen_warnings(old.len(), &codes, lang)
            );
        }
    }
    let warnings = old.len() + new.len();
    if blocking > 0 {
        if !out.ends_with("\n\n") && !out.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{}",
            words_hook::stopped(blocking, blocking_files.len(), strict, lang)
        );
    } else if warnings > 0 {
        let _ = writeln!(out, "{}", words_hook::passed(warnings, lang));
    }
    out
}
