//! Walking the repository: which files are records of which kind, which are
//! strays, and which must not be opened at all.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostics::Diagnostic;
use crate::domain::model::RecordKind;
use crate::read::problems::files::{FileProblem, SkipReason};

/// The file that holds the convention and marks a repository's root.
pub const MARKER: &str = "copil.toml";

/// A file to read as a record.
#[derive(Debug, Clone)]
pub struct Found {
    /// Relative to the root, `/`-separated; shared by the file's source,
    /// its record and its id claim.
    pub path: Arc<str>,
    /// Where its bytes are.
    pub origin: Origin,
    /// git's id for its content, when known (a listing from git): two files
    /// at one path with one id hold the same bytes, and read the same.
    pub object: Option<ObjectId>,
    /// What it holds.
    pub kind: RecordKind,
    /// Whether `path` is the file's true name: nothing in it was escaped
    /// or replaced, so the file can be opened again from it.
    pub true_name: bool,
    /// The id the file claims when its name is not a valid id: the name in
    /// lowercase, since `Atelier.toml` and `atelier.toml` are one file on
    /// Windows and macOS. `None` for a valid id, which is its own claim.
    claim: Option<Box<str>>,
    /// Where the id starts and ends in `path`: the sort asks for it often.
    id: (u32, u32),
}

impl Found {
    fn new(path: String, origin: Origin, kind: RecordKind, true_name: bool) -> Self {
        let start = path.rfind('/').map_or(0, |slash| slash + 1);
        Found {
            origin,
            object: None,
            kind,
            true_name,
            // Paths are far shorter than 4 GB.
            id: (start as u32, (start + stem(&path[start..]).len()) as u32),
            claim: match claim_of(&path) {
                Cow::Borrowed(_) => None,
                Cow::Owned(claim) => Some(claim.into()),
            },
            path: path.into(),
        }
    }

    /// The file's id: its name without `.toml`.
    pub fn id(&self) -> &str {
        let (start, end) = self.id;
        &self.path[start as usize..end as usize]
    }

    /// Whether the file's name is a valid id (checked once, by the walk).
    pub fn has_valid_id(&self) -> bool {
        self.claim.is_none()
    }

    /// The id this file claims: two files of a kind claiming one id are duplicates.
    pub fn claim(&self) -> &str {
        self.claim.as_deref().unwrap_or_else(|| self.id())
    }
}

/// A git object id, in hexadecimal as git writes it.
pub type ObjectId = std::sync::Arc<str>;

/// The id of raw bytes (a hash, a tree's entry), in lowercase hexadecimal.
pub fn object_id(raw: &[u8]) -> ObjectId {
    let hex = hex_digits(raw);
    // Only ASCII digits and letters were written.
    std::str::from_utf8(&hex[..raw.len().min(32) * 2])
        .unwrap_or_default()
        .into()
}

/// The lowercase hexadecimal digits of up to 32 bytes (a SHA-256 id), on
/// the stack: the first `2 * raw.len()` are written.
pub fn hex_digits(raw: &[u8]) -> [u8; 64] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = [0u8; 64];
    for (i, &b) in raw.iter().take(32).enumerate() {
        hex[2 * i] = DIGITS[usize::from(b >> 4)];
        hex[2 * i + 1] = DIGITS[usize::from(b & 15)];
    }
    hex
}

/// Where a file's bytes are read from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// A file on disk, at this path.
    File(PathBuf),
    /// An object of git's store (a staged or committed version), whose
    /// bytes the reader is given: no file holds them, so a clean file's
    /// text is kept rather than read again.
    Object(ObjectId),
    /// The file at this path if it holds this object's bytes (its git id,
    /// computed), else the object: a commit's file that the work tree most
    /// likely holds unchanged.
    Checked(PathBuf, ObjectId),
}

impl Origin {
    /// The git object id it must hold, if any.
    pub fn object(&self) -> Option<&ObjectId> {
        match self {
            Origin::File(_) => None,
            Origin::Object(id) | Origin::Checked(_, id) => Some(id),
        }
    }
}

/// A record file's name without `.toml`: its id.
pub fn stem(path: &str) -> &str {
    let name = path.rfind('/').map_or(path, |slash| &path[slash + 1..]);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// The id a file at `path` claims (see [`Found::claim`]).
pub fn claim_of(path: &str) -> Cow<'_, str> {
    let id = stem(path);
    if crate::read::loader::is_valid_id(id) {
        Cow::Borrowed(id)
    } else {
        Cow::Owned(id.to_lowercase())
    }
}

/// Paths in the order of a walk sorted by name: component by component
/// (a separator ranks below every other byte: `a/x` before `a-b/x`).
fn walk_order(a: &str, b: &str) -> Ordering {
    let component = |b: u8| if b == b'/' { 0 } else { b };
    a.bytes().map(component).cmp(b.bytes().map(component))
}

/// The order in which record files are read and their records kept: by
/// kind, then by the id they claim, then in walk order.
///
/// So the records of a kind arrive sorted by id, with no sort afterwards,
/// and the files claiming one id arrive one after the other, the first in
/// walk order keeping it: duplicates are found without a table of ids.
pub fn reading_order(a: &Found, b: &Found) -> Ordering {
    (a.kind, a.claim())
        .cmp(&(b.kind, b.claim()))
        .then_with(|| walk_order(&a.path, &b.path))
        // Two names escaped alike: still one order on every run.
        .then_with(|| a.origin.cmp(&b.origin))
}

/// Sorts `found` in [`reading_order`]: by sorting small keys (the claim
/// borrowed, an index), then putting each file at its place, rather than
/// comparing and moving the files themselves.
fn sort_in_reading_order(found: &mut Vec<Found>) {
    let mut keys: Vec<(RecordKind, &str, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| (f.kind, f.claim(), i))
        .collect();
    keys.par_sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| reading_order(&found[a.2], &found[b.2]))
    });
    let order: Vec<usize> = keys.into_iter().map(|(_, _, i)| i).collect();
    let mut slots: Vec<Option<Found>> = std::mem::take(found).into_iter().map(Some).collect();
    found.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Where the file at `path` is in the [`reading_order`]: for a binary search
/// of a list in that order by path alone.
pub fn reading_order_of(a: &str, b: &str) -> Ordering {
    (kind_of(a), claim_of(a))
        .cmp(&(kind_of(b), claim_of(b)))
        .then_with(|| walk_order(a, b))
}

/// The outcome of a walk.
#[derive(Debug, Default)]
pub struct Scan {
    /// Record files, in [`reading_order`].
    pub found: Vec<Found>,
    /// Strays, skipped files and unreadable folders.
    pub diagnostics: Vec<Diagnostic>,
    /// How many `.toml` files were seen, read or not.
    pub toml_files: usize,
    /// Files not to read at all: another version of the repository read
    /// the same bytes at the same path cleanly (see `loader::Memo`).
    pub reused: Vec<Arc<str>>,
}

/// Files that editors and file managers write and remove by themselves
/// beside the real ones: vim's swap files (`.swp`, `.swo`), Emacs's and
/// others' backups (`name~`) and auto-saves (`#name#`; its lock `.#name`
/// is hidden), the thumbnails and folder settings of Windows (`Thumbs.db`,
/// `desktop.ini`). Nobody made them on purpose: passed over in silence.
///
/// A copy someone made (`pe-01.toml.bak`, `.orig`, `.old`) is not one: it
/// is said (`stray-file`), since it may be the record itself, misnamed.
fn is_editor_leftover(name: &[u8]) -> bool {
    name.ends_with(b"~")
        || name.ends_with(b".swp")
        || name.ends_with(b".swo")
        || (name.starts_with(b"#") && name.ends_with(b"#"))
        || name.eq_ignore_ascii_case(b"Thumbs.db")
        || name.eq_ignore_ascii_case(b"desktop.ini")
}

/// The kind of record at `path` (as [`slash_path`] gives it: a folder's
/// name is never changed by the escaping, as record folders have plain names).
pub fn kind_of(path: &str) -> Option<RecordKind> {
    match path.split_once('/') {
        None => (path == MARKER).then_some(RecordKind::Copil),
        Some((first, _)) => RecordKind::WITH_ID
            .into_iter()
            .find(|kind| kind.folder() == Some(first)),
    }
}

/// Walks `root` without following links out of it, and classifies every file.
pub fn scan(root: &Path) -> Scan {
    let mut scan = Scan::default();
    let mut candidates = Vec::new();
    let canonical_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    // Unsorted walk, then one sort of the records by path, component by
    // component (the order a sorted walk gives, for far fewer comparisons).
    let walker = WalkDir::new(root)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b"."));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .map_or_else(|| ".".to_owned(), slash_path);
                scan.diagnostics.push(Diagnostic::new(
                    &path,
                    None,
                    FileProblem::Unreadable {
                        error: error
                            .io_error()
                            .map_or_else(|| error.to_string(), |e| e.to_string()),
                    },
                ));
                continue;
            }
        };
        if entry.depth() == 0 || entry.file_type().is_dir() {
            continue;
        }
        // Bytes, not text: a name need not be UTF-8 to be looked at.
        let name = entry.file_name().as_encoded_bytes();
        if is_editor_leftover(name) {
            continue;
        }
        if !name.ends_with(b".toml") {
            // Said, not passed over: a record named `X.TOML`, and a kind's
            // folder that is a link (its records would all be missing, and
            // every reference to them dangle, without a word why).
            scan.diagnostics.extend(unread(root, &entry));
            continue;
        }
        candidates.push(entry);
    }
    scan.toml_files = candidates.len();
    // Classifying a file costs a few path operations (and a resolution for
    // links): done in parallel, then gathered in walk order.
    let classified: Vec<Result<Found, Box<Diagnostic>>> = candidates
        .into_par_iter()
        .map(|entry| classify(root, &canonical_root, entry))
        .collect();
    scan.found.reserve_exact(classified.len());
    for outcome in classified {
        match outcome {
            Ok(found) => scan.found.push(found),
            Err(diagnostic) => scan.diagnostics.push(*diagnostic),
        }
    }
    sort_in_reading_order(&mut scan.found);
    scan
}

/// The problem of a file that is not read for its name, if it is one worth
/// a word: a record whose extension is not in lowercase, a symbolic link
/// to a folder where records live, a copy of a record (`pe-01.toml.bak`) or
/// any other file in a records folder (`notes.txt`), where only records go.
fn unread(root: &Path, entry: &walkdir::DirEntry) -> Option<Diagnostic> {
    let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
    unread_named(
        &slash_path(relative),
        entry.file_name().as_encoded_bytes(),
        || {
            entry.file_type().is_symlink()
                && std::fs::metadata(entry.path()).is_ok_and(|meta| meta.is_dir())
        },
    )
}

/// [`unread`] for the file at `path` named `name`; `linked_folder` says
/// whether it is a symbolic link to a folder (asked only in record folders).
fn unread_named(
    path: &str,
    name: &[u8],
    linked_folder: impl FnOnce() -> bool,
) -> Option<Diagnostic> {
    let in_records = path.eq_ignore_ascii_case(MARKER) || kind_of(path).is_some() || {
        RecordKind::WITH_ID
            .into_iter()
            .any(|kind| kind.folder() == Some(path))
    };
    if !in_records {
        return None;
    }
    let lower_extension = name.len() > 5 && name[name.len() - 5..].eq_ignore_ascii_case(b".toml");
    if lower_extension {
        let rename = if path.eq_ignore_ascii_case(MARKER) {
            MARKER.to_owned()
        } else {
            format!("{}toml", &path[..path.len() - 4])
        };
        return Some(Diagnostic::new(
            path,
            None,
            FileProblem::ExtensionCase { rename },
        ));
    }
    if linked_folder() {
        return Some(Diagnostic::new(
            path,
            None,
            FileProblem::SkippedFile {
                reason: SkipReason::LinkedFolder,
                copil: false,
            },
        ));
    }
    // Beside copil.toml, at the root, any file is welcome (a README.md):
    // only the records folders are for records alone.
    let (folder, _) = path.split_once('/')?;
    kind_of(path)?;
    let start = path.rfind('/').map_or(0, |slash| slash + 1);
    let problem = match path[start..].find(".toml.") {
        // `pe-01.toml.bak`: a copy, perhaps the record itself misnamed.
        Some(at) if at > 0 => FileProblem::RecordCopy {
            original: path[..start + at + 5].to_owned(),
        },
        _ => {
            let name = &path[start..];
            let stem = match name.rfind('.') {
                Some(dot) if dot > 0 => &name[..dot],
                _ => name,
            };
            FileProblem::NotRecord {
                folder: format!("{folder}/"),
                rename: format!("{}{stem}.toml", &path[..start]),
            }
        }
    };
    Some(Diagnostic::new(path, None, problem))
}

/// What one `.toml` file is: a record to read, or a problem (stray, skipped).
fn classify(
    root: &Path,
    canonical_root: &Path,
    entry: walkdir::DirEntry,
) -> Result<Found, Box<Diagnostic>> {
    let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
    let (path, true_name) = slash_path_checked(relative);
    let kind = kind_of(&path);
    let copil = kind == Some(RecordKind::Copil);
    let skip = |reason| {
        Err(Box::new(Diagnostic::new(
            &path,
            None,
            FileProblem::SkippedFile { reason, copil },
        )))
    };
    // A true name is UTF-8 throughout: only the others need a look.
    if !true_name && entry.file_name().to_str().is_none() {
        return skip(SkipReason::NonUtf8Name);
    }
    let Some(kind) = kind else {
        return Err(Box::new(Diagnostic::new(
            &path,
            None,
            FileProblem::StrayFile,
        )));
    };
    let file_type = entry.file_type();
    if file_type.is_symlink() {
        match std::fs::canonicalize(entry.path()) {
            Err(_) => return skip(SkipReason::BrokenLink),
            Ok(target) if !target.starts_with(canonical_root) => {
                return skip(SkipReason::LinkOutside);
            }
            Ok(target) => match std::fs::metadata(&target) {
                Ok(meta) if meta.is_file() => {}
                Ok(meta) if meta.is_dir() => return skip(SkipReason::LinkedFolder),
                Ok(_) => return skip(SkipReason::NotRegular),
                Err(_) => return skip(SkipReason::BrokenLink),
            },
        }
    } else if !file_type.is_file() {
        return skip(SkipReason::NotRegular);
    }
    Ok(Found::new(
        path,
        Origin::File(entry.into_path()),
        kind,
        true_name,
    ))
}

/// A relative path as diagnostics show it, with `/` on every platform.
///
/// Control characters in a name (an ESC, a carriage return) are written as
/// visible escapes here, once, so that no renderer can print them raw; such
/// a name is never a valid id anyway.
pub fn slash_path(path: &Path) -> String {
    slash_path_checked(path).0
}

/// [`slash_path`], and whether nothing had to be escaped or replaced.
fn slash_path_checked(path: &Path) -> (String, bool) {
    // The common case, a relative path of plain UTF-8 names under `/`
    // separators, is its own slash path: no need to take it apart.
    if std::path::MAIN_SEPARATOR == '/'
        && let Some(text) = path.to_str()
        && is_plain(text)
    {
        return (text.to_owned(), true);
    }
    by_components(path)
}

/// Whether `text` is a relative path of names without control characters,
/// with no empty or `.` name: one that splitting into components and joining
/// them with `/` gives back unchanged.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Control characters are C0 and DEL (one byte each) and C1 (`\xC2`
    // then `\x80..=\x9F`): looked for byte by byte, without decoding.
    let controls = bytes.iter().enumerate().any(|(i, &b)| {
        b < 0x20
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    });
    !controls
        && !text.is_empty()
        && text != "."
        && !text.starts_with('/')
        && !text.starts_with("./")
        && !text.ends_with('/')
        && !text.ends_with("/.")
        && !text.contains("//")
        && !text.contains("/./")
}

/// [`slash_path_checked`] the long way, for any path.
fn by_components(path: &Path) -> (String, bool) {
    let mut exact = true;
    let mut out = String::with_capacity(path.as_os_str().len());
    for (i, component) in path.components().enumerate() {
        if i > 0 {
            out.push('/');
        }
        let name = component.as_os_str().to_string_lossy();
        let escaped = crate::i18n::text::escape_controls(&name);
        exact &= matches!((&name, &escaped), (Cow::Borrowed(_), Cow::Borrowed(_)));
        out.push_str(&escaped);
    }
    // On Windows a path made of `\\` components, written with `/`, still opens.
    (out, exact)
}

/// One file of a listing made by someone other than the walk: git's index
/// or a commit's tree, already limited to the repository's root.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Relative to the root, `/`-separated, as git gives it: bytes, since a
    /// name need not be UTF-8.
    pub path: Vec<u8>,
    /// Where its bytes are, or why it is not read.
    pub content: Result<Origin, SkipReason>,
    /// git's id for its content, when known.
    pub object: Option<ObjectId>,
}

/// Classifies a listing as [`scan`] classifies a walk: the same hidden
/// folders and editor leftovers passed over, the same strays, skipped files
/// and record kinds, in the same reading order. So `check --staged` and
/// `changes` see a commit or the index as `check` sees a folder.
pub fn scan_listing(listing: Vec<Listed>) -> Scan {
    let mut scan = Scan::default();
    // Each entry costs a few path operations: classified in parallel, then
    // gathered in the listing's order.
    let classified: Vec<Classified> = listing.into_par_iter().map(classify_listed).collect();
    for outcome in classified {
        match outcome {
            Classified::Passed => {}
            Classified::NotToml(diagnostic) => scan.diagnostics.extend(diagnostic),
            Classified::Toml(found) => {
                scan.toml_files += 1;
                match found {
                    Ok(found) => scan.found.push(found),
                    Err(diagnostic) => scan.diagnostics.push(*diagnostic),
                }
            }
        }
    }
    sort_in_reading_order(&mut scan.found);
    scan
}

/// What one listed file is.
enum Classified {
    /// Hidden, or an editor's leftover: passed over, as the walk does.
    Passed,
    /// Not a `.toml` file: maybe worth a word.
    NotToml(Option<Diagnostic>),
    /// A `.toml` file: a record to read, or why not.
    Toml(Result<Found, Box<Diagnostic>>),
}

fn classify_listed(entry: Listed) -> Classified {
    let hidden = entry
        .path
        .split(|&b| b == b'/')
        .any(|name| name.starts_with(b"."));
    let name = entry.path.rsplit(|&b| b == b'/').next().unwrap_or_default();
    if hidden || is_editor_leftover(name) {
        return Classified::Passed;
    }
    let (path, true_name) = match std::str::from_utf8(&entry.path) {
        Ok(text) => slash_path_checked(Path::new(text)),
        Err(_) => (
            crate::i18n::text::escape_controls(&String::from_utf8_lossy(&entry.path)).into_owned(),
            false,
        ),
    };
    if !name.ends_with(b".toml") {
        return Classified::NotToml(unread_named(&path, name, || {
            matches!(entry.content, Err(SkipReason::LinkedFolder))
        }));
    }
    let kind = kind_of(&path);
    let copil = kind == Some(RecordKind::Copil);
    let skip = |reason| {
        Classified::Toml(Err(Box::new(Diagnostic::new(
            &path,
            None,
            FileProblem::SkippedFile { reason, copil },
        ))))
    };
    // As the walk does: a file in a folder whose name is not UTF-8 is read
    // (under a lossy path); only a file name that is not is skipped.
    if std::str::from_utf8(name).is_err() {
        return skip(SkipReason::NonUtf8Name);
    }
    let Some(kind) = kind else {
        return Classified::Toml(Err(Box::new(Diagnostic::new(
            &path,
            None,
            FileProblem::StrayFile,
        ))));
    };
    match entry.content {
        Err(reason) => skip(reason),
        Ok(origin) => {
            let mut found = Found::new(path, origin, kind, true_name);
            found.object = entry.object;
            Classified::Toml(Ok(found))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_short_way_gives_the_long_way_s_answer(path in "[a./\u{1b}\u{85}\u{a0}\u{7f}\u{e9}\t-]{0,12}") {
            let path = Path::new(&path);
            proptest::prop_assert_eq!(slash_path_checked(path), by_components(path));
        }
    }

    proptest::proptest! {
        /// `Repository::source` finds a file by path alone, with
        /// `reading_order_of`: it must agree with the order files are read in.
        #[test]
        fn both_reading_orders_agree(
            names in proptest::collection::vec(
                "(commissions|officers|actions)/(2025/|2025-x/)?[aAbÉ-]{1,4}\\.toml",
                1..24,
            ),
        ) {
            let mut found: Vec<Found> = names
                .into_iter()
                .filter_map(|path| {
                    let kind = kind_of(&path)?;
                    Some(Found::new(path.clone(), Origin::File(PathBuf::from(&path)), kind, true))
                })
                .collect();
            found.sort_by(|a, b| a.path.cmp(&b.path));
            found.dedup_by(|a, b| a.path == b.path);
            sort_in_reading_order(&mut found);
            for pair in found.windows(2) {
                proptest::prop_assert_eq!(
                    reading_order_of(&pair[0].path, &pair[1].path),
                    Ordering::Less,
                    "{} before {}", pair[0].path, pair[1].path
                );
            }
        }
    }

    #[test]
    fn kinds_by_first_folder() {
        assert_eq!(kind_of("copil.toml"), Some(RecordKind::Copil));
        assert_eq!(kind_of("actions/2026/a.toml"), Some(RecordKind::Action));
        assert_eq!(kind_of("officers/a.toml"), Some(RecordKind::Officer));
        assert_eq!(kind_of("notes/copil.toml"), None);
        assert_eq!(kind_of("actions.toml"), None);
    }
}
