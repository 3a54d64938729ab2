//! From a folder to a [`Repository`]: walk, read, parse and build every
//! record, in parallel, keeping every problem found on the way.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use toml::de::DeTable;

use crate::diagnostics::Diagnostic;
use crate::domain::model::{IdKind, RecordKind};
use crate::domain::schema::{Ty, fields_of};
use crate::read::document::{Fields, Validator};
use crate::read::open::open_without_waiting;
use crate::read::problems::fields::{FieldProblem, Impossible};
use crate::read::problems::files::{FileProblem, UNREADABLE_FILE};
use crate::read::records::{self, Record};
use crate::read::repository::{LeftOut, Repository};
use crate::read::scan::{Found, ObjectId, Origin, Scan, hex_digits, object_id, scan, stem};
use crate::read::source::{Decoded, SourceFile, decode};
use ctg_toml::{self, Table};

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
#[derive(Debug, Default)]
struct Outcome {
    source: Option<SourceFile>,
    record: Option<Record>,
    diagnostics: Vec<Diagnostic>,
    /// The git object id computed from the bytes ([`Reading::object_ids`]).
    object: Option<ObjectId>,
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

/// Why a file's bytes could not be had.
pub enum ReadError {
    /// The system refused (permission, vanished, not a file...).
    Io(std::io::Error),
    /// Larger than [`MAX_FILE_BYTES`]: this many bytes at least.
    TooLarge(u64),
}

/// The bytes of the file at `full`, never more than [`MAX_FILE_BYTES`].
///
/// A FIFO or a device would block or have effects when read: only a
/// regular file is (the walk skips the others; a commit's or the index's
/// file checked against the work tree may meet one). The file is opened
/// without waiting for a writer, then looked at through its descriptor: one
/// look-up of its path instead of two (a `stat` of the path, then the open).
pub fn read_bytes(full: &Path) -> Result<Vec<u8>, ReadError> {
    let file = open_without_waiting(full).map_err(ReadError::Io)?;
    // One look at the open file says both what it is and its size.
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    let size = meta.len();
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // The file may grow between the size check and the read: never read past the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The bytes of the git objects a listing names, given by whoever listed
/// them: `None` for an object git does not have, `Some(Err(size))` for one
/// larger than [`MAX_FILE_BYTES`], whose bytes are not even read.
pub type Objects<'a> = &'a (dyn Fn(&str) -> Option<Result<Vec<u8>, u64>> + Sync);

/// Asks for several objects at once, before [`Objects`] is asked for each:
/// one exchange with git instead of one per object.
pub type Prefetch<'a> = &'a (dyn Fn(&[&str]) + Sync);

/// How to read the files of a scan, beyond opening them.
#[derive(Default, Clone, Copy)]
pub struct Reading<'a> {
    /// Where the bytes of [`Origin::Object`] files are.
    pub objects: Option<Objects<'a>>,
    /// Whether to return which files read cleanly ([`Memo`]): the files of
    /// another version that are the same need not be read (whoever lists
    /// them leaves them out of the scan, in [`Scan::reused`]).
    pub remember: bool,
    /// Called with the objects that [`Origin::Checked`] files of a batch turn
    /// out to need (their file on disk holds other bytes), before they are
    /// read: so they are fetched together, not one by one.
    pub prefetch: Option<Prefetch<'a>>,
    /// Whether to compute each file's git object id from its bytes (SHA-1,
    /// git's default), for a file whose id is not known: so the work tree
    /// can be matched with a commit without asking git's index.
    pub object_ids: bool,
}

/// The id git gives a blob of these bytes in a SHA-1 repository.
pub fn blob_id(bytes: &[u8]) -> ObjectId {
    object_id(&blob_digest(bytes))
}

/// Whether `bytes` are the blob `id` names: compared digit by digit, with
/// no id made (each file of a commit read from the work tree is checked).
fn is_blob(bytes: &[u8], id: &str) -> bool {
    let digest = blob_digest(bytes);
    let hex = hex_digits(&digest);
    id.len() == 2 * digest.len() && id.as_bytes() == &hex[..id.len()]
}

/// The SHA-1 of git's blob header (`blob <size>\0`) and `bytes`.
fn blob_digest(bytes: &[u8]) -> [u8; 20] {
    use sha1::Digest;
    let mut hash = sha1::Sha1::new();
    hash.update(b"blob ");
    // The size in decimal, written without an allocation.
    let mut size = [0u8; 20];
    let mut at = size.len();
    let mut n = bytes.len();
    loop {
        at -= 1;
        size[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    hash.update(&size[at..]);
    hash.update(b"\0");
    hash.update(bytes);
    hash.finalize().into()
}

/// The files of a reading whose git object id is known and which read
/// cleanly (a sound record, no problem of their own): by path, their id.
/// The same bytes at the same path read the same in any version, so
/// another version can take their records instead of parsing them again.
#[derive(Debug, Default)]
pub struct Memo(foldhash::HashMap<Arc<str>, ObjectId>);

impl Memo {
    /// The path, shared, of the file at `path` with content `object`, if it
    /// read cleanly.
    pub fn reused(&self, path: &str, object: &str) -> Option<Arc<str>> {
        let (path, known) = self.0.get_key_value(path)?;
        (&**known == object).then(|| Arc::clone(path))
    }
}

/// How a checked file ([`Origin::Checked`]) is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// From disk, else from its object.
    Direct,
    /// From disk, else deferred: its object is fetched with the batch's.
    Defer,
    /// From its object, fetched: its file on disk was found to differ.
    Fetched,
}

/// The bytes of a found file, and whether they were read from its file on
/// disk (so that its text can be read again there).
fn read(
    found: &Found,
    objects: Option<Objects<'_>>,
    pass: Pass,
) -> Result<Option<(Vec<u8>, bool)>, Box<Diagnostic>> {
    let object = |id: &ObjectId| match objects.and_then(|objects| objects(id)) {
        Some(Err(size)) => Err(ReadError::TooLarge(size)),
        Some(Ok(bytes)) if bytes.len() as u64 > MAX_FILE_BYTES => {
            Err(ReadError::TooLarge(bytes.len() as u64))
        }
        Some(Ok(bytes)) => Ok((bytes, false)),
        None => Err(ReadError::Io(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("git object {id} not found"),
        ))),
    };
    let bytes = match &found.origin {
        Origin::File(full) => read_bytes(full).map(|bytes| (bytes, true)),
        Origin::Object(id) => object(id),
        // Its file on disk was read once and differs: not read again.
        Origin::Checked(_, id) if pass == Pass::Fetched => object(id),
        // Read through the work tree, but at another path than the record's
        // when a link led there: its text is kept, not read again.
        Origin::Checked(full, id) => match read_bytes(full) {
            Ok(bytes) if is_blob(&bytes, id) => {
                let here = full.as_os_str().as_encoded_bytes();
                // At the record's own path (`<root>/<path>`), not a link's
                // target: compared as bytes, as the two were made alike.
                let own = here
                    .strip_suffix(found.path.as_bytes())
                    .is_some_and(|head| head.ends_with(b"/"));
                Ok((bytes, own))
            }
            // Said to the caller, which fetches such objects together.
            _ if pass == Pass::Defer => return Ok(None),
            _ => object(id),
        },
    };
    bytes.map(Some).map_err(|error| {
        let message = match error {
            ReadError::Io(e) => FileProblem::Unreadable {
                error: e.to_string(),
            },
            ReadError::TooLarge(size) => FileProblem::FileTooLarge {
                size,
                limit: MAX_FILE_BYTES,
            },
        };
        Box::new(Diagnostic::new(&found.path, None, message))
    })
}

/// Parses and builds one file's record from its text.
pub fn parse_record(
    kind: RecordKind,
    path: &Arc<str>,
    text: &str,
) -> (Option<Record>, Vec<Diagnostic>) {
    let mut check = Validator::new(path);
    // The text with its impossible dates made strings, when they are its
    // only syntax errors: it lives as long as the table read from it.
    let mended: String;
    let mut impossible: Vec<BadDate> = Vec::new();
    // The lean parser accepts exactly what toml accepts; toml is asked only
    // for the details of an error.
    let table = match ctg_toml::parse(text) {
        Ok(table) => table,
        Err(_) => match syntax_errors(text, &mut check) {
            Syntax::Read(table) => table,
            Syntax::Dates(dates) => {
                mended = mend(text, &dates);
                match ctg_toml::parse(&mended) {
                    Ok(table) => {
                        impossible = dates;
                        table
                    }
                    // Never seen: a string in a date's place is valid TOML.
                    Err(_) => {
                        report_dates(&dates, &mut check);
                        return (None, check.finish());
                    }
                }
            }
            Syntax::Broken => return (None, check.finish()),
        },
    };
    if let Some(problem) = misplaced(kind, path, &table) {
        // One word for the whole file, not an error for each of its keys.
        check.diagnostics.push(Diagnostic::new(path, None, problem));
        return (None, check.finish());
    }
    check.document(&table, fields_of(kind));
    let doc = Fields::new(&table);
    let id: Arc<str> = stem(path).into();
    let record = match kind {
        RecordKind::Copil => records::convention(path, &doc, &mut check),
        RecordKind::Commission => records::commission(&id, path, &doc, &mut check),
        RecordKind::Officer => records::officer(&id, path, &doc, &mut check),
        RecordKind::Action => records::action(&id, path, &doc, &mut check),
    };
    if !impossible.is_empty() {
        // The string that stood in for an impossible date is reported as
        // that date, not as a date written in quotes.
        check.diagnostics.retain(|d| {
            !impossible
                .iter()
                .any(|bad| d.span.as_ref() == Some(&bad.span))
        });
        report_dates(&impossible, &mut check);
    }
    (record, check.finish())
}

/// What a file in `kind`'s folder holds instead, when its keys say it
/// clearly: a required key of `kind` is missing, every required key of the
/// other kind is there, and at least two of its keys are the other kind's
/// and unknown to `kind` (`name`, `missions`, `[[assignment]]` of an officer
/// in actions/). Short of that, the keys are checked one by one, as typos.
fn misplaced(kind: RecordKind, path: &str, table: &Table<'_>) -> Option<FileProblem> {
    let has_required = |fields: &[crate::domain::schema::Field]| {
        fields
            .iter()
            .filter(|f| f.required)
            .all(|f| table.contains_key(f.name))
    };
    let own = fields_of(kind);
    if has_required(own) {
        return None;
    }
    let mut best: Option<(RecordKind, Vec<String>)> = None;
    for other in RecordKind::WITH_ID {
        let theirs = fields_of(other);
        if other == kind || !has_required(theirs) {
            continue;
        }
        let keys: Vec<String> = table
            .iter()
            .filter_map(|(key, _)| {
                let name: &str = key.get_ref();
                if own.iter().any(|f| f.name == name) {
                    return None;
                }
                Some(match theirs.iter().find(|f| f.name == name)?.ty {
                    Ty::TableList(_) => format!("`[[{name}]]`"),
                    Ty::Table(_) => format!("`[{name}]`"),
                    _ => format!("`{name}`"),
                })
            })
            .collect();
        // The kind with the most telling keys; a tie keeps the first.
        if keys.len() >= 2 && best.as_ref().is_none_or(|(_, k)| keys.len() > k.len()) {
            best = Some((other, keys));
        }
    }
    let (looks_like, mut keys) = best?;
    // Three keys are enough to recognise a kind; the rest would be noise.
    if keys.len() > 3 {
        keys.truncate(3);
        keys.push("…".to_owned());
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let to = format!("{}/{name}", looks_like.folder()?);
    // A name a shell would split or expand is quoted.
    let plain = |p: &str| {
        p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b))
    };
    let command = if plain(path) && plain(&to) {
        format!("git mv {path} {to}")
    } else {
        format!("git mv '{path}' '{to}'")
    };
    Some(FileProblem::MisplacedRecord {
        kind,
        looks_like,
        keys,
        command,
    })
}

/// A date literal of a day that does not exist (`2026-02-30`), which
/// makes toml refuse the whole file.
#[derive(Debug)]
struct BadDate {
    /// Where it is written.
    span: std::ops::Range<usize>,
    /// The value as written.
    written: String,
    /// Why it is no day.
    why: Impossible,
}

/// What toml made of a text the lean parser refused.
enum Syntax<'i> {
    /// It read it (the lean parser refused what toml accepts: never seen).
    Read(Table<'i>),
    /// Its only errors are impossible dates: the rest of the file can be
    /// read once they are set aside.
    Dates(Vec<BadDate>),
    /// Syntax errors, reported.
    Broken,
}

/// Reports toml's syntax errors in `text` (an impossible date in the
/// loader's words, not toml's English); when they are all impossible
/// dates, reports nothing and returns them.
fn syntax_errors<'i>(text: &'i str, check: &mut Validator<'_>) -> Syntax<'i> {
    let (table, mut errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Syntax::Read(Table::from_de(table.into_inner()));
    }
    errors.sort_by_key(|e| e.span().map_or(0, |s| s.start));
    let dates: Vec<Option<BadDate>> = errors
        .iter()
        .map(|e| e.span().and_then(|span| bad_date(text, span.start)))
        .collect();
    if dates.iter().all(Option::is_some) {
        let mut dates: Vec<BadDate> = dates.into_iter().flatten().collect();
        dates.dedup_by(|a, b| a.span == b.span);
        return Syntax::Dates(dates);
    }
    // Recovery after a mistake cascades into more errors on the same line
    // (`a = = 1` gives two): keep the first of each line, and a few lines,
    // as the first fix changes the rest.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut places = std::collections::HashSet::new();
    for (error, date) in errors.into_iter().zip(dates) {
        let span = error.span().unwrap_or(0..0);
        let line = line_starts.partition_point(|&start| start <= span.start);
        if !places.insert(line) {
            continue;
        }
        if places.len() > MAX_SYNTAX_ERRORS {
            break;
        }
        match date {
            Some(date) => report_dates(std::slice::from_ref(&date), check),
            None => check.report(
                span,
                FileProblem::Syntax {
                    detail: error.message().trim().to_owned(),
                },
            ),
        }
    }
    Syntax::Broken
}

/// The impossible date literal around byte `at` of `text`, if toml's error
/// there is one: `YYYY-MM-DD` (with a time, perhaps) naming no day.
fn bad_date(text: &str, at: usize) -> Option<BadDate> {
    let bytes = text.as_bytes();
    let is_part = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'.' | b'+');
    let mut start = at.min(bytes.len());
    while start > 0 && is_part(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = start;
    while end < bytes.len() && is_part(bytes[end]) {
        end += 1;
    }
    // A date and a time apart: `2026-02-30 10:00:00`.
    if end - start == 10
        && bytes.get(end) == Some(&b' ')
        && bytes
            .get(end + 1..end + 4)
            .is_some_and(|t| t[0].is_ascii_digit() && t[1].is_ascii_digit() && t[2] == b':')
    {
        end += 1;
        while end < bytes.len() && is_part(bytes[end]) {
            end += 1;
        }
    }
    let written = &text[start..end];
    let why = Impossible::of(written)?;
    // A day that exists and no time: toml's error is about something else.
    if why == Impossible::Other && written.len() == 10 {
        return None;
    }
    Some(BadDate {
        span: start..end,
        written: written.to_owned(),
        why,
    })
}

/// `text` with each impossible date made a string of the same length (so
/// that every place in the file stays where it is): `"026-02-3"`.
fn mend(text: &str, dates: &[BadDate]) -> String {
    let mut mended = text.as_bytes().to_vec();
    for date in dates {
        mended[date.span.start] = b'"';
        mended[date.span.end - 1] = b'"';
        // A date-time's space stays: a string holds it.
    }
    // Only ASCII bytes of ASCII characters were replaced.
    String::from_utf8(mended).unwrap_or_else(|_| text.to_owned())
}

fn report_dates(dates: &[BadDate], check: &mut Validator<'_>) {
    for date in dates {
        check.report(
            date.span.clone(),
            FieldProblem::ImpossibleDate {
                written: date.written.clone(),
                why: date.why.clone(),
            },
        );
    }
}

/// What reading `found` gives; `None` when it is deferred: a checked file
/// whose object must be fetched (see [`Reading::prefetch`]).
fn load_one(found: &Found, reading: &Reading<'_>, pass: Pass) -> Option<Outcome> {
    let (bytes, from_file) = match read(found, reading.objects, pass) {
        Ok(Some(read)) => read,
        Ok(None) => return None,
        Err(diagnostic) => {
            return Some(Outcome {
                diagnostics: vec![*diagnostic],
                ..Outcome::default()
            });
        }
    };
    let object = (reading.object_ids && found.object.is_none()).then(|| blob_id(&bytes));
    let Decoded { text, invalid_at } = decode(bytes);
    if let Some(at) = invalid_at {
        return Some(Outcome {
            diagnostics: vec![Diagnostic::new(
                &found.path,
                Some(at..at),
                FileProblem::NotUtf8,
            )],
            source: Some(SourceFile::kept(Arc::clone(&found.path), text)),
            ..Outcome::default()
        });
    }
    let (record, diagnostics) = parse_record(found.kind, &found.path, &text);
    // A clean file's text is dropped: rules rarely need it, and it can be read
    // again (from its path, which must then be its true name, not escaped,
    // and a file's: git's objects are not read again).
    let source = if diagnostics.is_empty() && found.true_name && from_file {
        SourceFile::fingerprinted(Arc::clone(&found.path), &text)
    } else {
        SourceFile::kept(Arc::clone(&found.path), text)
    };
    Some(Outcome {
        source: Some(source),
        record,
        diagnostics,
        object,
    })
}

/// Reads a batch of files in parallel; the objects its checked files turn
/// out to need are fetched together, then read.
fn load_batch(batch: &[Found], reading: &Reading<'_>) -> Vec<Outcome> {
    let pass = if reading.prefetch.is_some() {
        Pass::Defer
    } else {
        Pass::Direct
    };
    let mut outcomes: Vec<Option<Outcome>> = batch
        .par_iter()
        .map(|found| load_one(found, reading, pass))
        .collect();
    if outcomes.iter().any(Option::is_none) {
        let wanted: Vec<&str> = batch
            .iter()
            .zip(&outcomes)
            .filter(|(_, outcome)| outcome.is_none())
            .filter_map(|(found, _)| found.origin.object().map(|id| &**id))
            .collect();
        if let Some(prefetch) = reading.prefetch {
            prefetch(&wanted);
        }
        outcomes
            .par_iter_mut()
            .zip(batch)
            .filter(|(outcome, _)| outcome.is_none())
            .for_each(|(outcome, found)| *outcome = load_one(found, reading, Pass::Fetched));
    }
    outcomes
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect()
}

/// Files read and parsed in parallel at a time: their outcomes are merged
/// into the repository before the next batch is read, so that memory holds
/// the records, not every intermediate outcome at once.
const BATCH: usize = 2048;

/// Reads the repository at `root`.
pub fn load(root: &Path) -> Loaded {
    load_scan(root, scan(root), Reading::default()).0
}

/// Reads the files of `scan` (a walk of `root`, or a listing of git's) into
/// a repository whose root is `root`; with [`Reading::remember`], what each
/// file with a known object id gave, for another reading to reuse.
pub fn load_scan(root: &Path, scan: Scan, reading: Reading<'_>) -> (Loaded, Memo) {
    let mut memo = Memo::default();
    let mut diagnostics = scan.diagnostics;

    let mut repo = Repository {
        root: root.to_path_buf(),
        file_count: scan.toml_files,
        reused: scan.reused,
        ..Repository::default()
    };
    // Every list is allocated once, at its final size.
    let count = |kind| scan.found.iter().filter(|f| f.kind == kind).count();
    repo.officers.reserve_exact(count(RecordKind::Officer));
    repo.commissions
        .reserve_exact(count(RecordKind::Commission));
    repo.actions.reserve_exact(count(RecordKind::Action));
    repo.sources.reserve_exact(scan.found.len());
    for kind in IdKind::ALL {
        repo.known_ids.of_mut(kind).reserve(count(kind.into()));
    }
    // The files claiming one id come one after the other (see
    // `scan::reading_order`): the first keeps it, the others are duplicates.
    let mut claimed: Option<Found> = None;
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
            || load_batch(&batch, &reading),
            || {
                if let Some((files, outcomes)) = pending.take() {
                    for (file, outcome) in files.into_iter().zip(outcomes) {
                        let clean = reading.remember
                            && outcome.record.is_some()
                            && outcome.diagnostics.is_empty();
                        let remembered = file
                            .object
                            .clone()
                            .or_else(|| outcome.object.clone())
                            .filter(|_| clean)
                            .map(|object| (Arc::clone(&file.path), object));
                        let kept = repo.left_out.len();
                        merge(&mut repo, &mut claimed, &mut diagnostics, file, outcome);
                        // Only a file whose record was kept (not a duplicate's).
                        if let Some((path, object)) = remembered
                            && repo.left_out.len() == kept
                        {
                            memo.0.insert(path, object);
                        }
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
    for unreadable in diagnostics.iter().filter(|d| d.code == UNREADABLE_FILE) {
        if !already.contains(&unreadable.file) {
            repo.left_out.push(LeftOut {
                file: unreadable.file.clone(),
                code: unreadable.code,
            });
        }
    }
    free_suggestions(&repo, &mut diagnostics);
    // The records came in the reading order, by id: sorted already (a file
    // whose id is invalid or taken is left out).
    debug_assert!(repo.officers.is_sorted_by(|a, b| a.id < b.id));
    debug_assert!(repo.commissions.is_sorted_by(|a, b| a.id < b.id));
    debug_assert!(repo.actions.is_sorted_by(|a, b| a.id < b.id));
    repo.left_out.sort_by(|a, b| a.file.cmp(&b.file));
    (Loaded { repo, diagnostics }, memo)
}

/// A name to rename a file to that no other record of its kind has: once
/// every id is known, `jean-martin` becomes `jean-martin-2` when
/// `officers/jean-martin.toml` exists beside `officers/Jean Martin.toml`.
fn free_suggestions(repo: &Repository, diagnostics: &mut [Diagnostic]) {
    for diagnostic in diagnostics.iter_mut() {
        let Some(FileProblem::InvalidId {
            id,
            suggestion,
            taken: None,
        }) = diagnostic.message_as::<FileProblem>()
        else {
            continue;
        };
        let Some(ids) = crate::read::scan::kind_of(&diagnostic.file)
            .and_then(RecordKind::with_id)
            .map(|kind| repo.known_ids.of(kind))
        else {
            continue;
        };
        if !ids.contains(suggestion.as_str()) {
            continue;
        }
        let free = (2..)
            .map(|n| format!("{suggestion}-{n}"))
            .find(|name| !ids.contains(name.as_str()))
            .unwrap_or_default();
        *diagnostic = Diagnostic::new(
            &diagnostic.file,
            diagnostic.span.clone(),
            FileProblem::InvalidId {
                id: id.clone(),
                suggestion: free,
                taken: Some(suggestion.clone()),
            },
        );
    }
}

/// Adds one file's outcome to the repository: its id claimed, its record
/// kept or left out, its source and problems recorded.
fn merge(
    repo: &mut Repository,
    claimed: &mut Option<Found>,
    diagnostics: &mut Vec<Diagnostic>,
    found: Found,
    outcome: Outcome,
) {
    let Outcome {
        source,
        record,
        diagnostics: mut own,
        object: _,
    } = outcome;
    let mut first = false;
    if let Some(kind) = found.kind.with_id() {
        let id = found.id();
        if !found.has_valid_id() {
            own.push(Diagnostic::new(
                &found.path,
                None,
                FileProblem::InvalidId {
                    id: id.to_owned(),
                    suggestion: id_suggestion(id),
                    taken: None,
                },
            ));
        }
        match claimed {
            Some(claimant) if claimant.kind == found.kind && claimant.claim() == found.claim() => {
                own.push(Diagnostic::new(
                    &found.path,
                    None,
                    FileProblem::DuplicateId {
                        kind: found.kind,
                        id: id.to_owned(),
                        other: claimant.path.to_string(),
                    },
                ));
            }
            _ => first = true,
        }
        // One string for the id, shared by the record and the known ids.
        let shared: Arc<str> = record
            .as_ref()
            .and_then(Record::id)
            .map_or_else(|| id.into(), Arc::clone);
        repo.known_ids.of_mut(kind).insert(shared);
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
    if first {
        *claimed = Some(found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id `git hash-object` gives.
    #[test]
    fn blob_ids_are_git_s() {
        // printf 'a = 1\n' | git hash-object --stdin
        assert_eq!(
            &*blob_id(b"a = 1\n"),
            "1337a530cbc1bd7d20aee2d80f1f174a9182417d"
        );
        // The empty blob, and a size of several digits.
        assert_eq!(&*blob_id(b""), "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
        assert!(is_blob(
            b"a = 1\n",
            "1337a530cbc1bd7d20aee2d80f1f174a9182417d"
        ));
        assert!(!is_blob(
            b"a = 2\n",
            "1337a530cbc1bd7d20aee2d80f1f174a9182417d"
        ));
        assert!(!is_blob(b"a = 1\n", "1337a530"));
        // printf 'x%.0s' $(seq 1 12345) | git hash-object --stdin
        let long = vec![b'x'; 12_345];
        assert_eq!(&*blob_id(&long), "ed151e566aa49d74f58454704c6821a8b27c553a");
    }

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
