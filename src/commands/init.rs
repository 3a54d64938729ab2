//! `ctg init [DIR]`: a new repository that passes `ctg check`, with commented
//! examples to fill in, the editor schemas and their `.taplo.toml`.

use std::path::PathBuf;

use crate::app::{Exit, print_stdout, refuse, today};
use crate::cli::{Cli, InitArgs};
use crate::scaffold;
use crate::wording::tools::{init_done, taplo_comment};
use ctg_core::domain::fte::Fte;
use ctg_core::i18n::Lang;
use ctg_core::read::json_schema::{self, KINDS};

/// Where `ctg init` puts the JSON Schemas, relative to the root.
pub const SCHEMA_DIR: &str = ".ctg/schemas";

/// The files of a new repository, relative to its root.
pub fn files(lang: Lang, today: chrono::NaiveDate) -> Vec<(String, String)> {
    let communes = ["Commune A", "Commune B"];
    let half = Fte::from_hundredths(50);
    let start = scaffold::convention_start(today);
    let mut files = vec![
        (
            "copil.toml".to_owned(),
            scaffold::copil(lang, today, &communes, half),
        ),
        (
            "officers/marie-dupont.toml".to_owned(),
            scaffold::officer(lang, "marie-dupont", None, communes[0], half, start),
        ),
        (
            "commissions/petite-enfance.toml".to_owned(),
            scaffold::commission(lang, "petite-enfance", None, &[], Some("marie-dupont")),
        ),
        (
            "actions/pe-01.toml".to_owned(),
            scaffold::action(
                lang,
                "pe-01",
                Some(crate::wording::tools::example_action_title(lang)),
                "petite-enfance",
                today,
            ),
        ),
        (
            ".taplo.toml".to_owned(),
            format!(
                "{}{}",
                taplo_comment(lang),
                json_schema::taplo_config(SCHEMA_DIR)
            ),
        ),
    ];
    for kind in KINDS {
        files.push((
            format!("{SCHEMA_DIR}/{}", json_schema::file_name(kind)),
            json_schema::text(kind),
        ));
    }
    files
}

/// Writes a new repository into `DIR`, else `--dir`, else the current folder.
pub fn run(cli: &Cli, args: &InitArgs, lang: Lang) -> anyhow::Result<Exit> {
    let dir = args
        .dir
        .clone()
        .or_else(|| cli.dir.clone())
        .unwrap_or_else(|| PathBuf::from("."));
    match super::write_new_files(&dir, &files(lang, today(cli)), args.force) {
        Ok(_) => {
            print_stdout(&init_done(&dir.display().to_string(), lang))?;
            Ok(Exit::Ok)
        }
        Err(notice) => refuse(&notice, lang),
    }
}
