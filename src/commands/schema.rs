//! `ctg schema [--out DIR]`: the JSON Schemas of the four kinds of file.

use crate::app::{Exit, print_stdout, refuse};
use crate::cli::SchemaArgs;
use crate::wording::tools::{Notice, done};
use ctg_core::i18n::Lang;
use ctg_core::read::json_schema::{self, KINDS};

/// Prints the schemas as one JSON object keyed by kind, or writes one file each.
pub fn run(args: &SchemaArgs, lang: Lang) -> anyhow::Result<Exit> {
    let Some(dir) = &args.out else {
        let all: serde_json::Map<String, serde_json::Value> = KINDS
            .iter()
            .map(|kind| {
                (
                    json_schema::name(*kind).to_owned(),
                    json_schema::schema(*kind),
                )
            })
            .collect();
        let mut text = serde_json::to_string_pretty(&all)?;
        text.push('\n');
        print_stdout(&text)?;
        return Ok(Exit::Ok);
    };
    let files: Vec<(String, String)> = KINDS
        .iter()
        .map(|kind| (json_schema::file_name(*kind), json_schema::text(*kind)))
        .collect();
    match super::write_new_files(dir, &files, args.force) {
        Ok(paths) => {
            let mut out = String::new();
            for path in paths {
                out.push_str(&done(
                    &Notice::Wrote {
                        path: path.display().to_string(),
                    },
                    lang,
                ));
            }
            print_stdout(&out)?;
            Ok(Exit::Ok)
        }
        Err(notice) => refuse(&notice, lang),
    }
}
