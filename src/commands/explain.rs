//! `ctg explain [CODE]`: what a problem code means, an example, and the fix.

use crate::app::{Exit, print_stdout, refuse};
use crate::cli::ExplainArgs;
use crate::render::explain as render;
use crate::wording::tools::Notice;
use ctg_core::analysis::codes;
use ctg_core::i18n::Lang;
use ctg_core::read::import;

/// Explains one code, or lists them all; an unknown code is a usage error.
pub fn run(args: &ExplainArgs, lang: Lang) -> anyhow::Result<Exit> {
    let Some(name) = &args.code else {
        print_stdout(&render::list(lang))?;
        return Ok(Exit::Ok);
    };
    // The codes of `ctg import` are found in a spreadsheet, not by `ctg
    // check`: a registry of their own, explained the same way.
    let found = codes::from_name(name.trim()).or_else(|| import::code_named(name.trim()));
    match found {
        Some(code) => {
            print_stdout(&render::code(code, lang))?;
            Ok(Exit::Ok)
        }
        None => refuse(
            &Notice::UnknownCode {
                code: name.clone(),
                codes: codes::ALL
                    .iter()
                    .chain(import::CODES)
                    .map(|c| c.as_str())
                    .collect(),
            },
            lang,
        ),
    }
}
