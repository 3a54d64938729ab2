//! `ctg action`, `ctg meeting`, `ctg officer`: the everyday edits, made in
//! the record's file as a person would make them, checked before written.
//!
//! Each command finds its record (by id, or by name as people type it),
//! edits the file's text with `toml_edit` (every comment and blank line
//! kept), checks the whole repository with the edit in memory, and writes
//! the file atomically only if the edit adds no error.

use chrono::NaiveDate;

use crate::app::{Context, Exit, print_stderr, print_stdout, refuse};
use crate::cli::{
    ActionCommand, ActionNote, EditArgs, MeetingArgs, MeetingCommand, OfficerCommand,
};
use crate::edit::{self, Document};
use crate::wording::tools::{Expected, Notice, say};
use ctg_core::analysis::{Analysis, Findings, analyse_loaded};
use ctg_core::diagnostics::Severity;
use ctg_core::domain::commune::{self, Mismatch};
use ctg_core::domain::fte::Fte;
use ctg_core::domain::model::{ActionStatus, MeetingStatus};
use ctg_core::domain::spoken;
use ctg_core::i18n::{Lang, input};
use ctg_core::read::loader::{Reading, load_scan};
use ctg_core::read::scan::{Origin, Scan, scan};

/// A record an edit is about: its id and its file.
struct Target {
    id: String,
    file: String,
}

/// The repository as it is, before the edit.
struct Before {
    analysis: Analysis,
    lang: Lang,
    /// The walk the analysis read: the check with the edit reads the same
    /// files, so the folder is walked once.
    walked: Scan,
}

fn before(context: &Context) -> Before {
    let walked = scan(&context.root);
    let (loaded, _) = load_scan(&context.root, copy(&walked), Reading::default());
    let analysis = analyse_loaded(loaded, context.today);
    let lang = context.lang_for(analysis.repo.convention.as_ref().and_then(|c| c.language));
    Before {
        analysis,
        lang,
        walked,
    }
}

/// The same walk, to be read again.
fn copy(walked: &Scan) -> Scan {
    Scan {
        found: walked.found.clone(),
        diagnostics: walked.diagnostics.clone(),
        toml_files: walked.toml_files,
        reused: walked.reused.clone(),
    }
}

/// The record of `kind` that `query` names among `records` (`(id, name,
/// file)`): its id exactly, else its id or name as people type them (case,
/// accents, a prefix), as `--commune` matches communes. A record left out
/// of the lists for errors of its own, named by its id, is refused for that
/// reason rather than said not to exist.
fn pick<'r>(
    before: &'r Before,
    kind: &'static str,
    query: &str,
    records: impl Iterator<Item = (&'r str, &'r str, &'r str)>,
) -> Result<Target, Notice> {
    let records: Vec<(&str, &str, &str)> = records.collect();
    find(kind, query, &records).or_else(|refusal| left_out(before, kind, query, refusal))
}

/// [`pick`] among the sound records.
fn find(kind: &'static str, query: &str, records: &[(&str, &str, &str)]) -> Result<Target, Notice> {
    let found = |id: &str| {
        records
            .iter()
            .find(|(i, _, _)| *i == id)
            .map(|(id, _, file)| Target {
                id: (*id).to_owned(),
                file: (*file).to_owned(),
            })
    };
    if let Some(target) = found(query) {
        return Ok(target);
    }
    // Ids and names together; a name leads back to its id.
    let labels: Vec<String> = records
        .iter()
        .flat_map(|(id, name, _)| [(*id).to_owned(), (*name).to_owned()])
        .collect();
    let id_of = |label: &str| {
        records
            .iter()
            .find(|(id, name, _)| *id == label || *name == label)
            .map(|(id, _, _)| *id)
    };
    match commune::resolve(query, &labels) {
        Ok(label) => id_of(label).and_then(found).ok_or(Notice::NoSuchRecord {
            kind,
            query: query.to_owned(),
            suggestion: None,
        }),
        Err(Mismatch::Ambiguous(many)) => {
            let mut ids: Vec<String> = many
                .iter()
                .filter_map(|label| id_of(label))
                .map(str::to_owned)
                .collect();
            ids.sort();
            ids.dedup();
            match ids.as_slice() {
                [one] => found(one).ok_or(Notice::NoSuchRecord {
                    kind,
                    query: query.to_owned(),
                    suggestion: None,
                }),
                _ => Err(Notice::AmbiguousRecord {
                    kind,
                    query: query.to_owned(),
                    candidates: ids,
                }),
            }
        }
        Err(Mismatch::Empty) => Err(Notice::NoSuchRecord {
            kind,
            query: query.to_owned(),
            suggestion: None,
        }),
        Err(Mismatch::NotFound(near)) => Err(Notice::NoSuchRecord {
            kind,
            query: query.to_owned(),
            suggestion: near
                .first()
                .and_then(|label| id_of(label))
                .map(str::to_owned),
        }),
    }
}

fn action_target(before: &Before, query: &str) -> Result<Target, Notice> {
    let actions = before.analysis.repo.actions.iter();
    pick(
        before,
        "action",
        query,
        actions.map(|a| (&*a.id, a.title.as_str(), &*a.file)),
    )
}

fn officer_target(before: &Before, query: &str) -> Result<Target, Notice> {
    let officers = before.analysis.repo.officers.iter();
    pick(
        before,
        "officer",
        query,
        officers.map(|o| (&*o.id, o.name.as_str(), &*o.file)),
    )
}

/// The refusal of a record of `kind` named by the id of a file left out
/// (in the kind's folder, `actions/`…), else `refusal`.
fn left_out(before: &Before, kind: &str, query: &str, refusal: Notice) -> Result<Target, Notice> {
    let folder = format!("{kind}s/");
    let broken = before.analysis.repo.left_out.iter().find(|left| {
        left.file.starts_with(&folder) && ctg_core::read::scan::stem(&left.file) == query
    });
    match broken {
        Some(left) => Err(Notice::BrokenRecord {
            path: left.file.clone(),
        }),
        None => Err(refusal),
    }
}

/// The value of `--flag` as `read` understands it, or the refusal saying
/// what is `expected`.
fn value_of<T>(
    flag: &'static str,
    value: &str,
    expected: Expected,
    read: impl FnOnce(&str) -> Option<T>,
) -> Result<T, Notice> {
    read(value).ok_or_else(|| Notice::BadValue {
        flag,
        value: value.to_owned(),
        expected,
    })
}

/// A date flag's value, in either writing.
fn date_of(flag: &'static str, value: &str) -> Result<NaiveDate, Notice> {
    value_of(flag, value, Expected::Date, input::date)
}

/// Makes the edit of `file`, checks the repository with it, and writes it
/// (or prints it, `--dry-run`).
fn apply(
    context: &Context,
    before: Before,
    file: &str,
    args: &EditArgs,
    change: impl FnOnce(&mut Document) -> Result<(), Notice>,
) -> anyhow::Result<Exit> {
    let lang = before.lang;
    let broken = || {
        let path = file.to_owned();
        refuse(&Notice::BrokenRecord { path }, lang)
    };
    if before
        .analysis
        .repo
        .left_out
        .iter()
        .any(|left| left.file == file)
    {
        return broken();
    }
    let full = context.root.join(file);
    // Never written through a link: the record's own file, or a folder on
    // its way (the walk reads a link to a file inside the repository).
    if let Some(link) = crate::writer::linked_folder(&context.root, &full) {
        let path = link.display().to_string();
        return refuse(&Notice::LinkedFolder { path }, lang);
    }
    if std::fs::symlink_metadata(&full).is_ok_and(|meta| meta.file_type().is_symlink()) {
        let path = file.to_owned();
        return refuse(&Notice::LinkedFile { path }, lang);
    }
    let Ok(Ok(text)) = std::fs::read(&full).map(String::from_utf8) else {
        return broken();
    };
    let Ok(mut doc) = Document::parse(&text) else {
        return broken();
    };
    if let Err(notice) = change(&mut doc) {
        return refuse(&notice, lang);
    }
    let edited = doc.text();
    // The whole repository, checked with the edit in memory: the files of
    // the first reading (every rule may look across files), read again.
    let mut found = before.walked;
    for record in &mut found.found {
        if &*record.path == file {
            record.origin = Origin::Object("edited".into());
        }
    }
    let objects = |_: &str| Some(Ok(edited.as_bytes().to_vec()));
    let (loaded, _) = load_scan(
        &context.root,
        found,
        Reading {
            objects: Some(&objects),
            ..Reading::default()
        },
    );
    let after = analyse_loaded(loaded, context.today);
    let (errors, warnings) = added(&before.analysis.findings, &after.findings);
    let color = context.color_stderr();
    if !errors.diagnostics.is_empty() {
        print_stderr(&crate::render::check::human(
            &errors,
            &after.repo,
            lang,
            color,
        ));
        print_stderr(&say(
            Severity::Error,
            &Notice::EditRefused {
                path: file.to_owned(),
            },
            lang,
        ));
        return Ok(Exit::Problems);
    }
    // The warnings the edit adds are said, with --dry-run too.
    if !warnings.diagnostics.is_empty() {
        print_stderr(&crate::render::check::human(
            &warnings,
            &after.repo,
            lang,
            color,
        ));
    }
    if args.dry_run {
        print_stdout(&edit::diff(file, &text, &edited, context.color_stdout()))?;
        return Ok(Exit::Ok);
    }
    let path = file.to_owned();
    let said = if edited == text {
        Notice::Unchanged { path }
    } else {
        if let Err(notice) = super::write_file(&full, edited.as_bytes(), true, false) {
            return refuse(&notice, lang);
        }
        Notice::Wrote { path }
    };
    print_stderr(&format!("{}\n", said.text(lang)));
    Ok(Exit::Ok)
}

/// The errors and the warnings of `after` that `before` did not have (the
/// same code, file and words; lines may have moved).
fn added(before: &Findings, after: &Findings) -> (Findings, Findings) {
    let key = |d: &ctg_core::analysis::Located| {
        (
            d.diagnostic.code.as_str(),
            d.diagnostic.file.clone(),
            d.diagnostic.message.text(Lang::En),
        )
    };
    // How many times each is known: one of `after` for each of `before`.
    let mut known: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for located in &before.diagnostics {
        *known.entry(key(located)).or_default() += 1;
    }
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for located in &after.diagnostics {
        if let Some(count) = known.get_mut(&key(located)).filter(|count| **count > 0) {
            *count -= 1;
            continue;
        }
        if located.diagnostic.is_error() {
            errors.push(located.clone());
        } else {
            warnings.push(located.clone());
        }
    }
    let findings = |diagnostics| Findings {
        files: after.files,
        diagnostics,
    };
    (findings(errors), findings(warnings))
}

/// Runs `ctg action …`.
pub fn action(context: &Context, command: &ActionCommand) -> anyhow::Result<Exit> {
    let before = before(context);
    let lang = before.lang;
    match command {
        ActionCommand::Set {
            id,
            status,
            progress,
            due,
            lead,
            title,
            completed,
            edit,
        } => {
            let target = match action_target(&before, id) {
                Ok(target) => target,
                Err(notice) => return refuse(&notice, lang),
            };
            if [status, progress, due, lead, title, completed]
                .iter()
                .all(|flag| flag.is_none())
            {
                return refuse(&Notice::NothingToSet, lang);
            }
            // Every value understood, or the first refused (in the flags' order).
            let values = (|| -> Result<_, Notice> {
                let status = status
                    .as_deref()
                    .map(|s| value_of("status", s, Expected::ActionStatus, spoken::action_status))
                    .transpose()?;
                let progress = progress
                    .as_deref()
                    .map(|p| {
                        value_of("progress", p, Expected::Percent, |p| {
                            let p = p.trim().trim_end_matches('%').trim().parse::<u8>();
                            p.ok().filter(|p| *p <= 100)
                        })
                    })
                    .transpose()?;
                let due = due.as_deref().map(|d| date_of("due", d)).transpose()?;
                let completed = completed
                    .as_deref()
                    .map(|d| date_of("completed", d))
                    .transpose()?;
                let lead = lead
                    .as_deref()
                    .map(|l| officer_target(&before, l))
                    .transpose()?;
                Ok((status, progress, due, completed, lead.map(|t| t.id)))
            })();
            let (status, progress, due, completed, lead) = match values {
                Ok(values) => values,
                Err(notice) => return refuse(&notice, lang),
            };
            let title = title.clone();
            apply(context, before, &target.file, edit, |doc| {
                let root = doc.root();
                if let Some(status) = status {
                    edit::set(root, "status", status.as_str());
                    settle_completed(root, status, completed.is_some(), context.today);
                }
                if let Some(progress) = progress {
                    edit::set(root, "progress", i64::from(progress));
                }
                if let Some(due) = due {
                    edit::set(root, "due", edit::date(due));
                }
                if let Some(lead) = lead {
                    edit::set(root, "lead", lead);
                }
                if let Some(title) = title {
                    edit::set(root, "title", edit::one_line(&title));
                }
                if let Some(completed) = completed {
                    edit::set(root, "completed", edit::date(completed));
                }
                Ok(())
            })
        }
        ActionCommand::Done { id, on, edit } => {
            let target = match action_target(&before, id) {
                Ok(target) => target,
                Err(notice) => return refuse(&notice, lang),
            };
            let day = match on.as_deref().map(|d| date_of("on", d)).transpose() {
                Ok(day) => day.unwrap_or(context.today),
                Err(notice) => return refuse(&notice, lang),
            };
            apply(context, before, &target.file, edit, |doc| {
                let root = doc.root();
                edit::set(root, "status", ActionStatus::Done.as_str());
                edit::set(root, "completed", edit::date(day));
                Ok(())
            })
        }
        ActionCommand::Start(note) => {
            status_change(context, before, note, ActionStatus::InProgress)
        }
        ActionCommand::Pause(note) => status_change(context, before, note, ActionStatus::Paused),
        ActionCommand::Block(note) => status_change(context, before, note, ActionStatus::Blocked),
        ActionCommand::Abandon(note) => {
            status_change(context, before, note, ActionStatus::Abandoned)
        }
    }
}

/// Keeps `completed` in step with a new status, as the format wants it: a
/// `done` action gets one (today's) if it has none and none is given; an
/// action no longer done loses its own.
fn settle_completed(
    root: &mut toml_edit::Table,
    status: ActionStatus,
    given: bool,
    today: NaiveDate,
) {
    let has = root.contains_key("completed");
    if status == ActionStatus::Done && !has && !given {
        edit::set(root, "completed", edit::date(today));
    } else if status != ActionStatus::Done && has && !given {
        root.remove("completed");
    }
}

/// `ctg action start|pause|block|abandon ID [--note TEXT]`: the status, and
/// the note as a dated comment above it.
fn status_change(
    context: &Context,
    before: Before,
    note: &ActionNote,
    status: ActionStatus,
) -> anyhow::Result<Exit> {
    let target = match action_target(&before, &note.id) {
        Ok(target) => target,
        Err(notice) => return refuse(&notice, before.lang),
    };
    let today = context.today;
    apply(context, before, &target.file, &note.edit, |doc| {
        let root = doc.root();
        edit::set(root, "status", status.as_str());
        settle_completed(root, status, false, today);
        if let Some(text) = &note.note {
            edit::comment_above(
                root,
                "status",
                &format!(
                    "{} ({}): {}",
                    today.format("%Y-%m-%d"),
                    status.as_str(),
                    text
                ),
            );
        }
        Ok(())
    })
}

/// The file and the array of meetings of `body`: `copil` (`copil.toml`,
/// `[[copil.meeting]]`) or a commission (`[[meeting]]`).
fn meeting_place(
    before: &Before,
    body: &str,
) -> Result<(String, String, &'static [&'static str]), Notice> {
    if commune::normalize(body) == "copil" {
        let file = before
            .analysis
            .repo
            .convention
            .as_ref()
            .map_or_else(|| "copil.toml".to_owned(), |c| c.file.to_string());
        return Ok(("copil".to_owned(), file, &["copil", "meeting"]));
    }
    let commissions = before.analysis.repo.commissions.iter();
    let target = pick(
        before,
        "commission",
        body,
        commissions.map(|c| (&*c.id, c.name.as_str(), &*c.file)),
    )?;
    Ok((target.id, target.file, &["meeting"]))
}

/// Runs `ctg meeting …`.
pub fn meeting(context: &Context, command: &MeetingCommand) -> anyhow::Result<Exit> {
    let before = before(context);
    let lang = before.lang;
    let (args, status, mode) = match command {
        MeetingCommand::Add { meeting, status } => {
            let status = status
                .as_deref()
                .map(|s| value_of("status", s, Expected::MeetingStatus, spoken::meeting_status))
                .transpose();
            match status {
                Ok(status) => (meeting, status, Mode::Add),
                Err(notice) => return refuse(&notice, lang),
            }
        }
        MeetingCommand::Held(meeting) => (meeting, Some(MeetingStatus::Held), Mode::AddOrSet),
        MeetingCommand::Cancel(meeting) => (meeting, Some(MeetingStatus::Cancelled), Mode::Set),
    };
    let MeetingArgs {
        body,
        date,
        decisions,
        edit,
    } = args;
    let day = match date_of("date", date) {
        Ok(day) => day,
        Err(notice) => return refuse(&notice, lang),
    };
    // `add` without a status: held once its day has come, planned before.
    let status = status.unwrap_or(if day > context.today {
        MeetingStatus::Planned
    } else {
        MeetingStatus::Held
    });
    let (body, file, path) = match meeting_place(&before, body) {
        Ok(place) => place,
        Err(notice) => return refuse(&notice, lang),
    };
    apply(context, before, &file, edit, |doc| {
        let Some(meetings) = edit::tables(doc.root(), path) else {
            return Err(Notice::BrokenRecord { path: file.clone() });
        };
        let on_day = meetings.iter_mut().find(|table| {
            table
                .get("date")
                .and_then(|d| d.as_datetime())
                .and_then(|d| d.date)
                .is_some_and(|d| {
                    NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                        == Some(day)
                })
        });
        match (on_day, mode) {
            (Some(_), Mode::Add) => Err(Notice::MeetingExists {
                body: body.clone(),
                date: day,
            }),
            (None, Mode::Set) => Err(Notice::NoSuchMeeting {
                body: body.clone(),
                date: day,
            }),
            (Some(table), _) => {
                edit::set(table, "status", status.as_str());
                add_decisions(table, decisions);
                Ok(())
            }
            (None, _) => {
                let mut table = toml_edit::Table::new();
                edit::set(&mut table, "date", edit::date(day));
                edit::set(&mut table, "status", status.as_str());
                add_decisions(&mut table, decisions);
                meetings.push(table);
                Ok(())
            }
        }
    })
}

/// What `ctg meeting` does with a meeting on the day.
#[derive(Clone, Copy)]
enum Mode {
    /// Add it; refuse if there is one.
    Add,
    /// Change the one there, or add it.
    AddOrSet,
    /// Change the one there; refuse if there is none.
    Set,
}

/// Appends `decisions` to the meeting's list of decisions.
fn add_decisions(table: &mut toml_edit::Table, decisions: &[String]) {
    if decisions.is_empty() {
        return;
    }
    let mut list = table
        .get("decisions")
        .and_then(|d| d.as_array())
        .cloned()
        .unwrap_or_default();
    for decision in decisions {
        edit::append(&mut list, edit::one_line(decision));
    }
    edit::set(table, "decisions", list);
}

/// Runs `ctg officer …`.
pub fn officer(context: &Context, command: &OfficerCommand) -> anyhow::Result<Exit> {
    let before = before(context);
    let lang = before.lang;
    let communes = before
        .analysis
        .repo
        .convention
        .as_ref()
        .map_or(&[][..], |c| &c.communes[..]);
    match command {
        OfficerCommand::End {
            id,
            on,
            commune,
            edit,
        } => {
            let target = match officer_target(&before, id) {
                Ok(target) => target,
                Err(notice) => return refuse(&notice, lang),
            };
            let day = match date_of("on", on) {
                Ok(day) => day,
                Err(notice) => return refuse(&notice, lang),
            };
            let commune = match commune {
                Some(query) => match super::pick_commune(query, communes, lang)? {
                    Some(name) => Some(name.to_owned()),
                    None => return Ok(Exit::Usage),
                },
                None => None,
            };
            let officer = target.id.clone();
            apply(context, before, &target.file, edit, |doc| {
                let ended = edit::tables(doc.root(), &["assignment"]).map_or(0, |assignments| {
                    end_open(assignments, commune.as_deref(), day)
                });
                if ended == 0 {
                    return Err(Notice::NoOpenAssignment { id: officer });
                }
                Ok(())
            })
        }
        OfficerCommand::Assign {
            id,
            commune,
            fte,
            from,
            until,
            replace,
            edit,
        } => {
            let target = match officer_target(&before, id) {
                Ok(target) => target,
                Err(notice) => return refuse(&notice, lang),
            };
            let Some(commune) = super::pick_commune(commune, communes, lang)? else {
                return Ok(Exit::Usage);
            };
            let commune = commune.to_owned();
            let share = value_of("fte", fte, Expected::Fte, |fte| {
                let share = Fte::parse(&input::decimal(fte)).ok();
                share.filter(|share| share.is_positive() && *share <= Fte::ONE)
            });
            let share = match share {
                Ok(share) => share,
                Err(notice) => return refuse(&notice, lang),
            };
            let dates = (
                date_of("from", from),
                until.as_deref().map(|d| date_of("until", d)).transpose(),
            );
            let (start, end) = match dates {
                (Ok(start), Ok(end)) => (start, end),
                (Err(notice), _) | (_, Err(notice)) => return refuse(&notice, lang),
            };
            let replace = *replace;
            apply(context, before, &target.file, edit, |doc| {
                let Some(assignments) = edit::tables(doc.root(), &["assignment"]) else {
                    return Err(Notice::BrokenRecord {
                        path: target.file.clone(),
                    });
                };
                if replace && let Some(eve) = start.pred_opt() {
                    end_open(assignments, Some(&commune), eve);
                }
                let mut table = toml_edit::Table::new();
                edit::set(&mut table, "commune", commune.as_str());
                // The figure as typed, not through a binary float.
                let exact = share
                    .to_string()
                    .parse::<toml_edit::Value>()
                    .unwrap_or_else(|_| toml_edit::Value::from(share.to_string()));
                edit::set(&mut table, "fte", exact);
                edit::set(&mut table, "start", edit::date(start));
                if let Some(end) = end {
                    edit::set(&mut table, "end", edit::date(end));
                }
                assignments.push(table);
                Ok(())
            })
        }
    }
}

/// Ends on `day` the open assignments (without an `end`), only those in
/// `commune` when one is given; how many were ended.
fn end_open(
    assignments: &mut toml_edit::ArrayOfTables,
    commune: Option<&str>,
    day: NaiveDate,
) -> usize {
    let mut ended = 0;
    for table in assignments.iter_mut() {
        let open = table.get("end").is_none();
        let here =
            commune.is_none_or(|name| table.get("commune").and_then(|c| c.as_str()) == Some(name));
        if open && here {
            edit::set(table, "end", edit::date(day));
            ended += 1;
        }
    }
    ended
}
