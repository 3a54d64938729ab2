//! `ctg status`: the one screen to read before a meeting.

use std::io::IsTerminal;

use crate::app::{Context, Exit, print_stdout};
use crate::cli::{StatusArgs, StatusFormat};
use crate::render::status as render;
use crate::render::table::json;
use ctg_core::answers::status::Status;

/// Computes the status and prints it.
pub fn run(context: &Context, args: &StatusArgs) -> anyhow::Result<Exit> {
    let (analysis, since) = super::changes::analyse_with_history(&context.root, context.today);
    let repo = &analysis.repo;
    let lang = context.lang_for(repo.convention.as_ref().and_then(|c| c.language));
    let mut status = Status::compute(&analysis, context.today);
    status.since_copil = since;
    let text = match args.format {
        StatusFormat::Table => render::table(&status, lang, std::io::stdout().is_terminal()),
        StatusFormat::Json => json(&status),
        StatusFormat::Markdown => render::markdown(&status, lang),
    };
    print_stdout(&text)?;
    super::name_left_out(repo, lang)
}
