//! `ctg new officer|commission|action ID`: one record from a commented
//! template, in its folder, with what the flags give pre-filled.

use chrono::NaiveDate;

use crate::app::{Context, Exit, print_stderr, print_stdout, refuse};
use crate::cli::{NewArgs, NewKind};
use crate::scaffold;
use crate::wording::tools::{Notice, done};
use crate::wording::{labels, tools};
use ctg_core::analysis::analyse;
use ctg_core::domain::fte::Fte;
use ctg_core::domain::model::RecordKind;
use ctg_core::i18n::Lang;
use ctg_core::i18n::suggest::suggest;
use ctg_core::read::loader::{id_suggestion, is_valid_id};
use ctg_core::read::repository::Repository;

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
        ("title", args.title.is_some()),
        ("name", args.name.is_some()),
        ("commission", args.commission.is_some()),
        ("commune", args.commune.is_some()),
        ("territorial", args.territorial),
        ("communes", !args.communes.is_empty()),
        ("fte", args.fte.is_some()),
        ("start", args.start.is_some()),
    ];
    let allowed: &[&str] = match args.kind {
        NewKind::Officer => &["name", "commune", "fte", "start"],
        NewKind::Commission => &["name", "territorial", "communes"],
        NewKind::Action => &["title", "commission", "start"],
    };
    given
        .iter()
        .find(|(flag, set)| *set && !allowed.contains(flag))
        .map(|(flag, _)| *flag)
}

/// The file of `folder` (or a sub-folder) whose id is `id`, ignoring case.
fn same_id<'r>(repo: &'r Repository, folder: &str, id: &str) -> Option<&'r str> {
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
    let folder = record_kind(args.kind).folder().unwrap_or_default();
    let relative = format!("{folder}/{}.toml", args.id);
    if let Some(notice) = refusal(repo, args, folder, &relative) {
        return refuse(&notice, lang);
    }
    let start = args.start.unwrap_or(context.today);
    let text = match args.kind {
        NewKind::Officer => officer(repo, args, start, lang)?,
        NewKind::Commission => commission(repo, args, lang)?,
        NewKind::Action => action(repo, args, start, lang)?,
    };
    let text = match text {
        Ok(text) => text,
        Err(exit) => return Ok(exit),
    };
    match super::write_new_files(&context.root, &[(relative.clone(), text)], args.force) {
        Ok(_) => {
            print_stdout(&done(&Notice::Created { path: relative }, lang))?;
            Ok(Exit::Ok)
        }
        Err(notice) => refuse(&notice, lang),
    }
}

/// Why the record cannot be made as asked, before anything is written: an
/// id that is not one, a flag this kind has no use for, an id taken.
fn refusal(repo: &Repository, args: &NewArgs, folder: &str, relative: &str) -> Option<Notice> {
    if !is_valid_id(&args.id) {
        return Some(Notice::InvalidId {
            id: args.id.clone(),
            suggestion: id_suggestion(&args.id),
        });
    }
    if let Some(flag) = useless_flag(args) {
        return Some(Notice::UselessFlag {
            flag,
            kind: kind_word(args.kind),
        });
    }
    // Ids are unique in a folder and its sub-folders, whatever the case:
    // another file with this id would make both duplicates.
    same_id(repo, folder, &args.id)
        .filter(|other| *other != relative)
        .map(|other| Notice::IdTaken {
            id: args.id.clone(),
            path: other.to_owned(),
        })
}

/// A new officer's file, or the exit status of a refusal already said.
fn officer(
    repo: &Repository,
    args: &NewArgs,
    start: NaiveDate,
    lang: Lang,
) -> anyhow::Result<Result<String, Exit>> {
    let fte = match &args.fte {
        None => Fte::from_hundredths(50),
        // `0,5` as French writes it, as `ctg officer assign --fte` takes it.
        Some(text) => match Fte::parse(&ctg_core::i18n::input::decimal(text)) {
            Ok(fte) if fte.is_positive() && fte <= Fte::ONE => fte,
            _ => {
                let value = text.clone();
                return refuse(&Notice::BadFte { value }, lang).map(Err);
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
            None => return Ok(Err(Exit::Usage)),
        },
        None => communes.first().cloned().unwrap_or_else(|| "…".into()),
    };
    Ok(Ok(scaffold::officer(
        lang,
        &args.id,
        args.name.as_deref(),
        &commune,
        fte,
        start,
    )))
}

/// A new action's file, or the exit status of a refusal already said.
fn action(
    repo: &Repository,
    args: &NewArgs,
    start: NaiveDate,
    lang: Lang,
) -> anyhow::Result<Result<String, Exit>> {
    let known = &repo.known_ids.commissions;
    // A commission that does not exist is refused, as `ctg actions
    // --commission` refuses it, rather than written into a file that
    // `ctg check` then rejects.
    if let Some(id) = &args.commission
        && !known.contains(id.as_str())
        && !known.is_empty()
    {
        let near = suggest(id, known.iter().map(|id| &**id));
        let text = labels::unknown_id("--commission", id, near.as_deref(), "commissions", lang);
        print_stderr(&format!("{text}\n"));
        return Ok(Err(Exit::Usage));
    }
    let commission = args
        .commission
        .clone()
        .or_else(|| repo.commissions.first().map(|c| c.id.to_string()))
        .unwrap_or_else(|| "…".into());
    if args.title.is_none() {
        print_stderr(&format!("{}\n", tools::title_from_id(&args.id, lang)));
    }
    Ok(Ok(scaffold::action(
        lang,
        &args.id,
        args.title.as_deref(),
        &commission,
        start,
    )))
}

/// A new commission's file: thematic, or territorial over the communes of
/// `--communes` written as the convention spells them; or the exit status
/// of a refusal already said.
fn commission(
    repo: &Repository,
    args: &NewArgs,
    lang: Lang,
) -> anyhow::Result<Result<String, Exit>> {
    // `--communes` alone says territorial; `--territorial` alone would
    // write what `ctg check` rejects (a territorial commission needs communes).
    if args.territorial && args.communes.is_empty() {
        return refuse(&Notice::TerritorialNeedsCommunes, lang).map(Err);
    }
    let known = repo
        .convention
        .as_ref()
        .map(|c| c.communes.clone())
        .unwrap_or_default();
    let mut communes: Vec<String> = Vec::new();
    for typed in &args.communes {
        let name = if known.is_empty() {
            typed.clone()
        } else {
            match super::pick_commune(typed, &known, lang)? {
                Some(name) => name.to_owned(),
                None => return Ok(Err(Exit::Usage)),
            }
        };
        if !communes.contains(&name) {
            communes.push(name);
        }
    }
    let communes: Vec<&str> = communes.iter().map(String::as_str).collect();
    Ok(Ok(scaffold::commission(
        lang,
        &args.id,
        args.name.as_deref(),
        &communes,
        None,
    )))
}
