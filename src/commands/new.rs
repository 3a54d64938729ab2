//! `ctg new officer|commission|action ID`: one record from a commented
//! template, in its folder, with what the flags give pre-filled.

use crate::app::{Context, Exit, print_stdout, refuse};
use crate::cli::{NewArgs, NewKind};
use crate::scaffold;
use crate::wording::tools::{Notice, done};
use ctg_core::analysis::analyse;
use ctg_core::domain::fte::Fte;
use ctg_core::domain::model::RecordKind;
use ctg_core::read::loader::{id_suggestion, is_valid_id};

fn record_kind(kind: NewKind) -> RecordKind {
    match kind {
        NewKind::Officer => RecordKind::Officer,
        NewKind::Commission => RecordKind::Commission,
        NewKind::Action => RecordKind::Action,
    }
}

fn kind_word(kind: NewKind) -> &'static str {
    match kind {
        NewKind::Officer => "officer",
        NewKind::Commission => "commission",
        NewKind::Action => "action",
    }
}

/// The first flag given that this kind of record has no use for.
fn useless_flag(args: &NewArgs) -> Option<&'static str> {
    let given = [
        ("commission", args.commission.is_some()),
        ("commune", args.commune.is_some()),
        ("fte", args.fte.is_some()),
        ("start", args.start.is_some()),
    ];
    let allowed: &[&str] = match args.kind {
        NewKind::Officer => &["commune", "fte", "start"],
        NewKind::Commission => &[],
        NewKind::Action => &["commission", "start"],
    };
    given
        .iter()
        .find(|(flag, set)| *set && !allowed.contains(flag))
        .map(|(flag, _)| *flag)
}

/// The file of `folder` (or a sub-folder) whose id is `id`, ignoring case.
fn same_id<'r>(
    repo: &'r ctg_core::read::repository::Repository,
    folder: &str,
    id: &str,
) -> Option<&'r str> {
    repo.sources
        .iter()
        .map(|source| &*source.path)
        .filter(|path| path.starts_with(&format!("{folder}/")))
        .find(|path| {
            let name = path.rsplit('/').next().unwrap_or(path);
            name.strip_suffix(".toml")
                .is_some_and(|stem| stem.eq_ignore_ascii_case(id))
        })
}

/// Writes the new record, refusing a bad id, a bad flag or an existing file.
pub fn run(context: &Context, args: &NewArgs) -> anyhow::Result<Exit> {
    let analysis = analyse(&context.root, context.today);
    let repo = &analysis.repo;
    let lang = context.lang_for(repo.convention.as_ref().and_then(|c| c.language));
    if !is_valid_id(&args.id) {
        return refuse(
            &Notice::InvalidId {
                id: args.id.clone(),
                suggestion: id_suggestion(&args.id),
            },
            lang,
        );
    }
    if let Some(flag) = useless_flag(args) {
        return refuse(
            &Notice::UselessFlag {
                flag,
                kind: kind_word(args.kind),
            },
            lang,
        );
    }
    let folder = record_kind(args.kind).folder().unwrap_or_default();
    let relative = format!("{folder}/{}.toml", args.id);
    // Ids are unique in a folder and its sub-folders, whatever the case:
    // another file with this id would make both duplicates.
    if let Some(other) = same_id(repo, folder, &args.id).filter(|other| *other != relative) {
        return refuse(
            &Notice::IdTaken {
                id: args.id.clone(),
                path: other.to_owned(),
            },
            lang,
        );
    }
    let start = args.start.unwrap_or(context.today);
    let text = match args.kind {
        NewKind::Officer => {
            let fte = match &args.fte {
                None => Fte::from_hundredths(50),
                Some(text) => match Fte::parse(text) {
                    Ok(fte) if fte.is_positive() && fte <= Fte::ONE => fte,
                    _ => {
                        return refuse(
                            &Notice::BadFte {
                                value: text.clone(),
                            },
                            lang,
                        );
                    }
                },
            };
            let communes = repo
                .convention
                .as_ref()
                .map(|c| c.communes.clone())
                .unwrap_or_default();
            // A commune typed loosely (`fos`) is written as the convention spells it.
            // A commune the convention does not name is refused, as `ctg fte
            // --commune` refuses it, rather than written into a file that
            // `ctg check` then rejects.
            let commune = match &args.commune {
                // Without a convention there is nothing to match against.
                Some(typed) if communes.is_empty() => typed.clone(),
                Some(typed) => match super::pick_commune(typed, &communes, lang)? {
                    Some(name) => name.to_owned(),
                    None => return Ok(Exit::Usage),
                },
                None => communes.first().cloned().unwrap_or_else(|| "…".into()),
            };
            scaffold::officer(lang, &args.id, &commune, fte, start)
        }
        NewKind::Commission => scaffold::commission(lang, &args.id, None),
        NewKind::Action => {
            // A commission that does not exist is refused, as `ctg actions
            // --commission` refuses it, rather than written into a file that
            // `ctg check` then rejects.
            if let Some(id) = &args.commission
                && !repo.known_ids.commissions.contains(id.as_str())
                && !repo.known_ids.commissions.is_empty()
            {
                let near = ctg_core::i18n::suggest::suggest(
                    id,
                    repo.known_ids.commissions.iter().map(|id| &**id),
                );
                crate::app::print_stderr(&format!(
                    "{}\n",
                    crate::wording::labels::unknown_id(
                        "--commission",
                        id,
                        near.as_deref(),
                        "commissions",
                        lang
                    )
                ))?;
                return Ok(Exit::Usage);
            }
            let commission = args
                .commission
                .clone()
                .or_else(|| repo.commissions.first().map(|c| c.id.to_string()))
                .unwrap_or_else(|| "…".into());
            scaffold::action(lang, &args.id, &commission, start)
        }
    };
    match super::write_new_files(&context.root, &[(relative.clone(), text)], args.force) {
        Ok(_) => {
            print_stdout(&done(&Notice::Created { path: relative }, lang))?;
            Ok(Exit::Ok)
        }
        Err(notice) => refuse(&notice, lang),
    }
}
