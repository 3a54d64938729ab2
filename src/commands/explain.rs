//! `ctg explain [CODE]`: what a problem code means, an example, and the fix.

use crate::app::{Exit, print_stdout, refuse};
use crate::cli::ExplainArgs;
use crate::render::explain as render;
use crate::wording::tools::Notice;
use ctg_core::analysis::codes;
use ctg_core::i18n::Lang;

/// Explains one code, or lists them all; an unknown code is a usage error.
pub fn run(args: &ExplainArgs, lang: Lang) -> anyhow::Result<Exit> {
    let Some(name) = &args.code else {
        print_stdout(&render::list(lang))?;
        return Ok(Exit::Ok);
    };
    match codes::from_name(name.trim()) {
        Some(code) => {
            print_stdout(&render::code(code, lang))?;
            Ok(Exit::Ok)
        }
        None => refuse(
            &Notice::UnknownCode {
                code: name.clone(),
                codes: codes::ALL.iter().map(|c| c.as_str()).collect(),
            },
            lang,
        ),
    }
}
