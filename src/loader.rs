//! From a folder to a [`Repository`]: walk, read, parse and build every
//! record, in parallel, keeping every problem found on the way.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use toml::de::DeTable;

use crate::diagnostic::{Code, Diagnostic};
use crate::document::{Fields, Validator};
use crate::messages::Message;
use crate::model::{LeftOut, RecordKind, Repository};
use crate::records::{self, Record};
use crate::scan::{Found, scan};
use crate::schema::fields_of;
use crate::source::SourceFile;
use crate::toml_tree::{self, Table};

/// Files above this size are not read: no record is that large, and reading
/// one could exhaust memory in a pre-commit hook.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Syntax errors shown for one file at the most.
const MAX_SYNTAX_ERRORS: usize = 5;

/// A repository and the problems found while reading it.
#[derive(Debug)]
pub struct Loaded {
    /// The records.
    pub repo: Repository,
    /// Problems of the files themselves (syntax, format, ids), not yet sorted.
    pub diagnostics: Vec<Diagnostic>,
}

/// What reading one file gave.
struct Outcome {
    source: Option<SourceFile>,
    record: Option<Record>,
    diagnostics: Vec<Diagnostic>,
}

/// Whether `id` is a valid record id: `^[a-z0-9]+(-[a-z0-9]+)*$`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The valid id nearest to `id`: accents dropped, lowercase, hyphens between words.
pub fn id_suggestion(id: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let folded: String = id
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let words: Vec<&str> = folded.split('-').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        "record".into()
    } else {
        words.join("-")
    }
}

fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

fn read(found: &Found) -> Result<Vec<u8>, Box<Diagnostic>> {
    let unreadable = |e: std::io::Error| {
        Box::new(Diagnostic::new(
            Code::UnreadableFile,
            &found.path,
            None,
            Message::Unreadable {
                error: e.to_string(),
            },
        ))
    };
    let file = std::fs::File::open(&found.full).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    let too_large = |size| {
        Box::new(Diagnostic::new(
            Code::FileTooLarge,
            &found.path,
            None,
            Message::FileTooLarge {
                size,
                limit: MAX_FILE_BYTES,
            },
        ))
    };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // The file may grow between the size check and the read: never read past the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Parses and builds one file's record from its text.
pub fn parse_record(
    kind: RecordKind,
    path: &Arc<str>,
    text: &str,
) -> (Option<Record>, Vec<Diagnostic>) {
    let mut check = Validator::new(path);
    // The lean parser accepts exactly what toml accepts; toml is asked only
    // for the details of an error.
    let table = match toml_tree::parse(text) {
        Ok(table) => table,
        Err(_) => match syntax_errors(text, &mut check) {
            Some(table) => table,
            None => return (None, check.finish()),
        },
    };
    check.document(&table, fields_of(kind));
    let doc = Fields::new(&table);
    let id: Arc<str> = stem(path).into();
    let record = match kind {
        RecordKind::Copil => records::convention(path, &doc, &mut check),
        RecordKind::Commission => records::commission(&id, path, &doc, &mut check),
        RecordKind::Officer => records::officer(&id, path, &doc, &mut check),
        RecordKind::Action => records::action(&id, path, &doc, &mut check),
    };
    (record, check.finish())
}

/// Reports toml's syntax errors in `text`; without any (the lean parser
/// refused what toml accepts: never seen), toml's own tree.
fn syntax_errors<'i>(text: &'i str, check: &mut Validator<'_>) -> Option<Table<'i>> {
    let (table, mut errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(Table::from_de(table.into_inner()));
    }
    errors.sort_by_key(|e| e.span().map_or(0, |s| s.start));
    // Recovery after a mistake cascades into more errors on the same line
    // (`a = = 1` gives two): keep the first of each line, and a few lines,
    // as the first fix changes the rest.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut places = std::collections::HashSet::new();
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        let line = line_starts.partition_point(|&start| start <= span.start);
        if !places.insert(line) {
            continue;
        }
        if places.len() > MAX_SYNTAX_ERRORS {
            break;
        }
        check.report(
            Code::Syntax,
            span,
            Message::Syntax {
                detail: error.message().trim().to_owned(),
            },
        );
    }
    None
}

fn load_one(found: &Found) -> Outcome {
    let bytes = match read(found) {
        Ok(bytes) => bytes,
        Err(diagnostic) => {
            return Outcome {
                source: None,
                record: None,
                diagnostics: vec![*diagnostic],
            };
        }
    };
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let (text, utf8_error) = match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            (
                String::from_utf8_lossy(error.as_bytes()).into_owned(),
                Some(at),
            )
        }
    };
    let source = SourceFile::new(Arc::clone(&found.path), text);
    if let Some(at) = utf8_error {
        let at = source.floor_boundary(at.saturating_sub(bom));
        return Outcome {
            diagnostics: vec![Diagnostic::new(
                Code::Syntax,
                &found.path,
                Some(at..at),
                Message::NotUtf8,
            )],
            source: Some(source),
            record: None,
        };
    }
    let (record, diagnostics) = parse_record(found.kind, &found.path, &source.text);
    Outcome {
        source: Some(source),
        record,
        diagnostics,
    }
}

/// Files read and parsed in parallel at a time: their outcomes are merged
/// into the repository before the next batch is read, so that memory holds
/// the records, not every intermediate outcome at once.
const BATCH: usize = 2048;

/// Reads the repository at `root`.
pub fn load(root: &Path) -> Loaded {
    let scan = scan(root);
    let mut diagnostics = scan.diagnostics;

    let mut repo = Repository {
        root: root.to_path_buf(),
        file_count: scan.toml_files,
        ..Repository::default()
    };
    // Every list is allocated once, at its final size.
    let count = |kind| scan.found.iter().filter(|f| f.kind == kind).count();
    repo.officers.reserve_exact(count(RecordKind::Officer));
    repo.commissions
        .reserve_exact(count(RecordKind::Commission));
    repo.actions.reserve_exact(count(RecordKind::Action));
    repo.sources.reserve_exact(scan.found.len());
    for kind in RecordKind::WITH_ID {
        repo.known_ids.of_mut(kind).reserve(count(kind));
    }
    // Ids are claimed in path order, so the first file keeps an id and the
    // later one is the duplicate, the same on every run.
    let mut claimed: HashMap<(RecordKind, Arc<str>), Arc<str>> =
        HashMap::with_capacity(scan.found.len());
    // The walk's list is cut into batches now, so that each batch is freed
    // once merged, instead of the whole list staying alive until the end.
    let mut batches: Vec<Vec<Found>> = Vec::with_capacity(scan.found.len().div_ceil(BATCH));
    let mut found = scan.found.into_iter();
    loop {
        let batch: Vec<Found> = found.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        batches.push(batch);
    }
    drop(found);
    // While one batch is read and parsed, the previous one is merged.
    let mut batches = batches.into_iter();
    let mut pending: Option<(Vec<Found>, Vec<Outcome>)> = None;
    loop {
        let batch: Vec<Found> = batches.next().unwrap_or_default();
        let (outcomes, ()) = rayon::join(
            || batch.par_iter().map(load_one).collect::<Vec<Outcome>>(),
            || {
                if let Some((files, outcomes)) = pending.take() {
                    for (file, outcome) in files.into_iter().zip(outcomes) {
                        merge(&mut repo, &mut claimed, &mut diagnostics, file, outcome);
                    }
                }
            },
        );
        if batch.is_empty() {
            break;
        }
        pending = Some((batch, outcomes));
    }
    // A folder that could not be walked hides its files: it counts as left out.
    let already: std::collections::HashSet<String> =
        repo.left_out.iter().map(|l| l.file.clone()).collect();
    for unreadable in diagnostics
        .iter()
        .filter(|d| d.code == Code::UnreadableFile)
    {
        if !already.contains(&unreadable.file) {
            repo.left_out.push(LeftOut {
                file: unreadable.file.clone(),
                code: unreadable.code,
            });
        }
    }
    // Ids and paths are unique here (a duplicate id is left out), so an
    // unstable sort gives the same order, without a scratch copy of the lists.
    repo.officers.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    repo.commissions.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    repo.actions.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    repo.sources.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    repo.left_out.sort_by(|a, b| a.file.cmp(&b.file));
    Loaded { repo, diagnostics }
}

/// Adds one file's outcome to the repository: its id claimed, its record
/// kept or left out, its source and problems recorded.
fn merge(
    repo: &mut Repository,
    claimed: &mut HashMap<(RecordKind, Arc<str>), Arc<str>>,
    diagnostics: &mut Vec<Diagnostic>,
    found: Found,
    outcome: Outcome,
) {
    let Outcome {
        source,
        record,
        diagnostics: mut own,
    } = outcome;
    // The id this file is the first to use, claimed with its path at the end.
    let mut claim = None;
    if found.kind != RecordKind::Copil {
        let id = stem(&found.path);
        let valid = is_valid_id(id);
        if !valid {
            own.push(Diagnostic::new(
                Code::InvalidId,
                &found.path,
                None,
                Message::InvalidId {
                    id: id.to_owned(),
                    suggestion: id_suggestion(id),
                },
            ));
        }
        // One string for the id, shared by the record, the known ids and
        // the claim (a valid id is lowercase already: its own claim key).
        let shared: Arc<str> = record
            .as_ref()
            .and_then(Record::id)
            .map_or_else(|| id.into(), Arc::clone);
        let key = if valid {
            (found.kind, Arc::clone(&shared))
        } else {
            (found.kind, id.to_lowercase().into())
        };
        match claimed.get(&key) {
            Some(first) => own.push(Diagnostic::new(
                Code::DuplicateId,
                &found.path,
                None,
                Message::DuplicateId {
                    kind: found.kind,
                    id: id.to_owned(),
                    other: first.to_string(),
                },
            )),
            None => claim = Some(key),
        }
        repo.known_ids.of_mut(found.kind).insert(shared);
    }
    if let Some(first_error) = own.iter().find(|d| d.is_error()) {
        repo.left_out.push(LeftOut {
            file: found.path.to_string(),
            code: first_error.code,
        });
        repo.unsound.extend(record);
    } else {
        match record {
            Some(Record::Convention(c)) => repo.convention = Some(*c),
            Some(Record::Officer(o)) => repo.officers.push(o),
            Some(Record::Commission(c)) => repo.commissions.push(c),
            Some(Record::Action(a)) => repo.actions.push(a),
            None => {}
        }
    }
    if let Some(source) = source {
        repo.sources.push(source);
    }
    diagnostics.append(&mut own);
    if let Some(key) = claim {
        claimed.insert(key, found.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_syntax_error_per_line_the_leftmost() {
        let (record, diagnostics) =
            parse_record(RecordKind::Action, &"actions/a.toml".into(), "= = =\n");
        assert!(record.is_none());
        let spans: Vec<_> = diagnostics.iter().map(|d| d.span.clone()).collect();
        assert_eq!(spans.len(), 1, "{diagnostics:?}");
        assert_eq!(spans[0].as_ref().map(|s| s.start), Some(0));
    }
}
