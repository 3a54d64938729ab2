//! `ctg explain`'s output: plain text, for a terminal or a pager.

use std::fmt::Write;

use crate::wording::tools::{
    ExplainPart, example_context, explain_heading, in_file, severity_note,
};
use ctg_core::analysis::codes::{ALL, BASE};
use ctg_core::diagnostics::Code;
use ctg_core::i18n::Lang;

/// The whole explanation of one code.
pub fn code(code: Code, lang: Lang) -> String {
    let text = code.explanation(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{code}{} {}\n",
        crate::wording::labels::colon(lang),
        if ctg_core::read::import::code_named(code.as_str()).is_some() {
            crate::wording::import::severity_note(code.severity(), lang).to_owned()
        } else {
            severity_note(code.severity(), lang)
        }
    );
    let _ = writeln!(out, "{}", explain_heading(ExplainPart::Meaning, lang));
    let _ = writeln!(out, "  {}\n", text.meaning);
    let _ = writeln!(out, "{}", explain_heading(ExplainPart::Example, lang));
    if let Some(situation) = code.situation(lang) {
        let _ = writeln!(out, "  {situation}\n");
    }
    if !code.files().is_empty() {
        let base: Vec<&str> = BASE.iter().map(|(path, _)| *path).collect();
        let _ = writeln!(out, "  {}\n", example_context(&base, lang));
    }
    for (path, content) in code.files() {
        let _ = writeln!(out, "  {}", in_file(path, lang));
        for line in content.lines() {
            if line.is_empty() {
                out.push('\n');
            } else {
                let _ = writeln!(out, "    {line}");
            }
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", explain_heading(ExplainPart::Fix, lang));
    let _ = writeln!(out, "  {}", text.fix);
    out
}

/// Every code with its severity and the first sentence of its meaning.
pub fn list(lang: Lang) -> String {
    let mut out = format!("{}\n", explain_heading(ExplainPart::Codes, lang));
    let every = || ALL.iter().chain(ctg_core::read::import::CODES);
    let width = every().map(|c| c.as_str().len()).max().unwrap_or(0);
    for code in every() {
        let meaning = code.explanation(lang).meaning;
        let first = meaning.split(". ").next().unwrap_or(meaning);
        let first = first.trim_end_matches('.');
        let _ = writeln!(out, "  {:width$}  {first}", code.as_str());
    }
    out
}
