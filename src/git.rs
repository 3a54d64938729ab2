//! The few things `ctg` asks git: where the hooks go, and what is staged.
//! git runs as a subprocess, so worktrees, `core.hooksPath` and every index
//! format work as git itself understands them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::borrow::Cow;
use std::collections::HashMap;

use crate::wording::tools::Notice;
use ctg_core::diagnostics::Diagnostic;
use ctg_core::domain::model::RecordKind;
use ctg_core::read::loader::{Memo, parse_record};
use ctg_core::read::problems::files::{FileProblem, SkipReason};
use ctg_core::read::records::Record;
use ctg_core::read::scan::{
    Listed, ObjectId, Origin, Scan, claim_of, kind_of, object_id, scan_listing,
};

/// `git -C dir`, ready for its arguments.
///
/// git runs a hook with `GIT_DIR` set (absolute in a linked worktree) and no
/// `GIT_WORK_TREE`: a git started with that environment takes the folder it
/// is started in as the top of the work tree, so `git -C sub` would see
/// `sub` as the top. The hook's own folder is the top (git starts hooks
/// there): it is said as `GIT_WORK_TREE`, so that `-C` works as anywhere.
fn git_in(dir: &Path) -> Command {
    let mut command = Command::new("git");
    if std::env::var_os("GIT_DIR").is_some()
        && std::env::var_os("GIT_WORK_TREE").is_none()
        && let Ok(top) = std::env::current_dir()
    {
        command.env("GIT_WORK_TREE", top);
    }
    command.arg("-C").arg(dir);
    command
}

/// Runs `git -C dir args…` and returns its standard output as bytes.
fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Notice> {
    let output = git_in(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Notice::NoGit {
            error: format!("git: {e}"),
        })?;
    if !output.status.success() {
        let error = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        return Err(Notice::GitFailed {
            command: format!("git {}", args.join(" ")),
            error,
        });
    }
    Ok(output.stdout)
}

/// Runs `git -C dir args…` whose answer is one path, and returns it as git
/// wrote it: bytes, not text, since a folder's name need not be UTF-8 (read
/// lossily, `caf\xe9` would become another folder, one that does not exist).
/// `rev-parse` has no `-z`: it ends its one line with a newline, dropped here.
fn git_path(dir: &Path, args: &[&str]) -> Result<PathBuf, Notice> {
    let mut bytes = git_bytes(dir, args)?;
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
    }
    Ok(path_from_bytes(bytes))
}

/// A path from git's bytes, exact on unix.
#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

/// A path from git's bytes: git for Windows writes UTF-8 (and may end a line
/// with a carriage return).
#[cfg(not(unix))]
fn path_from_bytes(mut bytes: Vec<u8>) -> PathBuf {
    if bytes.last() == Some(&b'\r') {
        bytes.pop();
    }
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// The repository's work tree root, or why `dir` is not in one.
pub fn toplevel(dir: &Path) -> Result<PathBuf, Notice> {
    match git_path(dir, &["rev-parse", "--show-toplevel"]) {
        Ok(top) => Ok(top),
        Err(Notice::GitFailed { error, .. }) => Err(Notice::NoGit { error }),
        Err(other) => Err(other),
    }
}

/// The folder git runs hooks from (`.git/hooks`, or `core.hooksPath`, or a
/// worktree's common hooks folder), absolute.
pub fn hooks_dir(dir: &Path) -> Result<PathBuf, Notice> {
    toplevel(dir)?;
    let path = git_path(dir, &["rev-parse", "--git-path", "hooks"])?;
    let path = if path.is_absolute() {
        path
    } else {
        dir.join(path)
    };
    // `sub/../.git/hooks` reads better as the folder it is.
    Ok(std::fs::canonicalize(&path).unwrap_or(path))
}

/// Where `ctg check --hook` remembers the warnings it showed, so that the
/// next commit says them in one line: a file of git's own folder
/// (`.git/ctg-hook-warnings`, or a worktree's), never part of a commit.
pub fn hook_memory(dir: &Path) -> Option<PathBuf> {
    let path = git_path(dir, &["rev-parse", "--git-path", "ctg-hook-warnings"]).ok()?;
    Some(if path.is_absolute() {
        path
    } else {
        dir.join(path)
    })
}

/// The index's entries under `root`, from `git ls-files --stage`:
/// `<mode> <object> <stage>\t<path>`, paths relative to `root`; with the
/// paths a merge left in conflict (stage 1 to 3), each once.
fn index_entries(root: &Path) -> Result<(Vec<Entry>, Vec<String>), Notice> {
    let listed = git_bytes(root, &["ls-files", "-z", "--stage", "--", "."])?;
    let mut entries = Vec::new();
    let mut conflicts: Vec<String> = Vec::new();
    for record in records(&listed) {
        let Some((head, path)) = split_once(record, b'\t') else {
            continue;
        };
        let mut fields = head.split(|&b| b == b' ');
        let (Some(mode), Some(object), Some(stage)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if stage != b"0" {
            let shown = String::from_utf8_lossy(path).into_owned();
            if conflicts.last() != Some(&shown) {
                conflicts.push(shown);
            }
            continue;
        }
        entries.push(Entry {
            mode: Mode::of(mode),
            object: String::from_utf8_lossy(object).into(),
            path: path.to_vec(),
        });
    }
    Ok((entries, conflicts))
}

/// A commit's files under a folder, listed (see [`Store::files`]).
#[derive(Debug)]
pub struct Tree(Vec<Entry>);

/// The `\0`-ended records of git's `-z` output.
fn records(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes.split(|&b| b == 0).filter(|record| !record.is_empty())
}

fn split_once(bytes: &[u8], at: u8) -> Option<(&[u8], &[u8])> {
    let i = bytes.iter().position(|&b| b == at)?;
    Some((&bytes[..i], &bytes[i + 1..]))
}

/// One file of a git listing.
#[derive(Debug, Clone)]
struct Entry {
    mode: Mode,
    object: ObjectId,
    path: Vec<u8>,
}

/// What a listed entry is, by its git mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A regular file (`100644`, `100755`).
    File,
    /// A symbolic link (`120000`): the object holds its target.
    Link,
    /// A submodule (`160000`) or anything else: not a file of this repository.
    Other,
}

impl Mode {
    fn of(mode: &[u8]) -> Mode {
        match mode {
            b"100644" | b"100755" | b"100664" => Mode::File,
            b"120000" => Mode::Link,
            _ => Mode::Other,
        }
    }
}

/// The id git gives an empty file: what `git add -N` (intent to add)
/// records until the file is really staged.
const EMPTY_BLOB: &str = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";

/// What the index holds under `root`, as a listing to read, and the store
/// its objects are read from. Each staged file is read from the work tree
/// when its bytes there are the staged ones (their git id, computed, says
/// so: whatever git's own view of the work tree, sparse or told to assume
/// files unchanged), else from git's store. Refused outside a repository,
/// and during a merge: the index then has no one content (said once,
/// rather than a problem for each version of each file).
pub fn staged(root: &Path) -> Result<(Scan, Store), Notice> {
    // Outside a repository, say so as `toplevel` does.
    let (entries, conflicts) =
        index_entries(root).map_err(|failed| toplevel(root).err().unwrap_or(failed))?;
    if !conflicts.is_empty() {
        return Err(Notice::Unmerged { paths: conflicts });
    }
    // `git add -N` marks a file to add later: nothing of it is staged yet.
    let entries: Vec<Entry> = entries
        .into_iter()
        .filter(|entry| {
            let full = root.join(path_from_bytes(entry.path.clone()));
            !(&*entry.object == EMPTY_BLOB
                && std::fs::metadata(full).is_ok_and(|meta| meta.len() > 0))
        })
        .collect();
    let mut store = Store::open(root)?;
    let scan = listing(root, entries, &mut store, None, |entry| {
        Origin::Checked(
            root.join(path_from_bytes(entry.path.clone())),
            entry.object.clone(),
        )
    });
    Ok((scan, store))
}

/// The officers' files of HEAD that the index (`staged`, as [`staged`]
/// read it) deletes, when their officer had assignments: a warning each
/// (`officer-deleted`), since their FTE would leave every figure, past
/// years included. A file whose bytes the index holds at another path was
/// moved, not deleted; with no commit yet, nothing was deleted.
pub fn deleted_officers(root: &Path, store: &mut Store, staged: &Scan) -> Vec<Diagnostic> {
    let Ok(head) = store.commit(root, "HEAD") else {
        return Vec::new();
    };
    let Ok(tree) = prefix(root).and_then(|prefix| store.files(&head, &prefix)) else {
        return Vec::new();
    };
    // Every path the index has (records, and files it could not read).
    let kept: std::collections::HashSet<&str> = staged
        .found
        .iter()
        .map(|file| &*file.path)
        .chain(staged.diagnostics.iter().map(|d| &*d.file))
        .collect();
    let moved: std::collections::HashSet<&str> = staged
        .found
        .iter()
        .filter_map(|file| file.object.as_deref())
        .collect();
    let mut deleted = Vec::new();
    for entry in tree.0 {
        let Ok(path) = std::str::from_utf8(&entry.path) else {
            continue;
        };
        if entry.mode != Mode::File
            || kind_of(path) != Some(RecordKind::Officer)
            || !path.ends_with(".toml")
            || kept.contains(path)
            || moved.contains(&*entry.object)
        {
            continue;
        }
        let Some(Ok(bytes)) = store.blob(&entry.object) else {
            continue;
        };
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let (record, _) = parse_record(RecordKind::Officer, &path.into(), text);
        if let Some(Record::Officer(officer)) = record
            && !officer.assignments.is_empty()
        {
            deleted.push(Diagnostic::new(
                path,
                None,
                FileProblem::OfficerDeleted {
                    assignments: officer.assignments.len(),
                },
            ));
        }
    }
    deleted
}

/// The files of a commit (its [`Tree`]), as a listing to read: with
/// `work_tree`, each from the work tree when its file there still holds the
/// commit's bytes (the reader checks), else from git's store; those `reuse`
/// read cleanly are not read at all.
pub fn committed(
    root: &Path,
    store: &mut Store,
    tree: Tree,
    reuse: Option<&Memo>,
    work_tree: bool,
) -> Scan {
    listing(root, tree.0, store, reuse, |entry| {
        if work_tree {
            Origin::Checked(
                root.join(path_from_bytes(entry.path.clone())),
                entry.object.clone(),
            )
        } else {
            Origin::Object(entry.object.clone())
        }
    })
}

/// Classifies a git listing as a walk is classified; `origin` says where
/// each file is read from, unless `reuse` read it already.
fn listing(
    root: &Path,
    entries: Vec<Entry>,
    store: &mut Store,
    reuse: Option<&Memo>,
    origin: impl Fn(&Entry) -> Origin,
) -> Scan {
    let mut listed = Vec::with_capacity(entries.len());
    let mut links = Vec::new();
    let mut reused = Vec::new();
    // A file may be reused only when it alone claims its id: where two
    // claim one, which keeps it is decided by reading them all.
    // The claim is the reader's own (see `scan::reading_order`), borrowed
    // from the listing's paths (10,000 entries: no string made for each).
    let texts: Vec<Cow<'_, str>> = match reuse {
        Some(_) => entries
            .iter()
            .map(|entry| String::from_utf8_lossy(&entry.path))
            .collect(),
        None => Vec::new(),
    };
    let keys: Vec<(Option<RecordKind>, Cow<'_, str>)> = texts
        .iter()
        .map(|path| (kind_of(path), claim_of(path)))
        .collect();
    let mut claims: foldhash::HashMap<&(Option<RecordKind>, Cow<'_, str>), usize> =
        foldhash::HashMap::with_capacity_and_hasher(keys.len(), Default::default());
    for key in &keys {
        *claims.entry(key).or_default() += 1;
    }
    for (i, entry) in entries.iter().enumerate() {
        match entry.mode {
            Mode::Other => {}
            Mode::Link => links.push(entry),
            Mode::File => {
                // Read cleanly in the other version: not even listed.
                if let Some(memo) = reuse
                    && claims.get(&keys[i]) == Some(&1)
                    && let Ok(path) = std::str::from_utf8(&entry.path)
                    && let Some(path) = memo.reused(path, &entry.object)
                {
                    reused.push(path);
                    continue;
                }
                listed.push(Listed {
                    content: Ok(origin(entry)),
                    object: Some(entry.object.clone()),
                    path: entry.path.clone(),
                });
            }
        }
    }
    // A link is read as the file it names, when that is a file of the same
    // listing (the walk follows links that stay in the repository).
    if !links.is_empty() {
        let paths: HashMap<&[u8], &Entry> = entries.iter().map(|e| (&e.path[..], e)).collect();
        let folders: std::collections::HashSet<&[u8]> = entries
            .iter()
            .flat_map(|e| {
                e.path
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b'/')
                    .map(|(i, _)| &e.path[..i])
            })
            .collect();
        let top = std::fs::canonicalize(root).ok();
        for link in links {
            let named = follow(link, &paths, &folders, top.as_deref(), store);
            let content = named.map(&origin);
            listed.push(Listed {
                path: link.path.clone(),
                object: named.ok().map(|e| e.object.clone()),
                content,
            });
        }
    }
    let mut scan = scan_listing(listed);
    scan.toml_files += reused.len();
    scan.reused = reused;
    scan
}

/// The file a link of the listing names, through links to links (as many
/// as the system follows, 40), or why it is not read: as the walk, which
/// opens it, would judge it.
fn follow<'e>(
    link: &'e Entry,
    paths: &HashMap<&[u8], &'e Entry>,
    folders: &std::collections::HashSet<&[u8]>,
    top: Option<&Path>,
    store: &mut Store,
) -> Result<&'e Entry, SkipReason> {
    let mut current = link;
    for _ in 0..40 {
        let Some(Ok(target)) = store.blob(&current.object) else {
            return Err(SkipReason::BrokenLink);
        };
        let Some(target) = resolve_link(&current.path, &target, top) else {
            return Err(SkipReason::LinkOutside);
        };
        match paths.get(&target[..]) {
            Some(named) if named.mode == Mode::File => return Ok(named),
            Some(named) if named.mode == Mode::Link => current = named,
            Some(_) => return Err(SkipReason::BrokenLink),
            None if folders.contains(&target[..]) => return Err(SkipReason::LinkedFolder),
            None => return Err(SkipReason::BrokenLink),
        }
    }
    Err(SkipReason::BrokenLink)
}

/// The path, relative to the root, that a link at `link` to `target` names:
/// `None` when it leaves the root. An absolute target names a file of the
/// root when it is under `top` (the root, as the system writes it).
fn resolve_link(link: &[u8], target: &[u8], top: Option<&Path>) -> Option<Vec<u8>> {
    if target.starts_with(b"/") {
        let top = top?.as_os_str().as_encoded_bytes();
        let inside = target.strip_prefix(top)?.strip_prefix(b"/")?;
        return resolve_link(b"", inside, None);
    }
    let mut parts: Vec<&[u8]> = link.split(|&b| b == b'/').collect();
    parts.pop();
    for part in target.split(|&b| b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                parts.pop()?;
            }
            name => parts.push(name),
        }
    }
    Some(parts.join(&b'/'))
}

/// A commit, as `ctg changes` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// Its full id.
    pub id: String,
    /// Its short id, as `git log --oneline` shows it.
    pub short: String,
    /// The day it was made (its committer date, in its own time zone).
    pub date: chrono::NaiveDate,
}

/// `<id>\0<short>\0<YYYY-MM-DD>` lines of `git log --format=…`, newest first.
const LOG_FORMAT: &str = "--format=%H%x00%h%x00%cs";

fn commits(log: &[u8]) -> Vec<Commit> {
    String::from_utf8_lossy(log)
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\0');
            let id = fields.next()?.to_owned();
            let short = fields.next()?.to_owned();
            let date = fields.next()?.parse().ok()?;
            Some(Commit { id, short, date })
        })
        .collect()
}

/// Whether the repository is a shallow clone (its older history missing).
fn is_shallow(root: &Path) -> bool {
    git_bytes(root, &["rev-parse", "--is-shallow-repository"])
        .is_ok_and(|out| out.starts_with(b"true"))
}

/// The last commit of the current branch's first-parent history made on or
/// before `day`.
pub fn commit_on(root: &Path, store: &mut Store, day: chrono::NaiveDate) -> Result<Commit, Notice> {
    // Asked of the store already running, not of one more git.
    if store.commit(root, "HEAD").is_err() {
        return Err(Notice::NoCommit);
    }
    let log = git_bytes(root, &["log", "--first-parent", LOG_FORMAT, "HEAD", "--"])?;
    let history = commits(&log);
    if let Some(found) = history.iter().find(|commit| commit.date <= day) {
        return Ok(found.clone());
    }
    match history.last() {
        Some(first) => Err(Notice::BeforeFirstCommit {
            date: day,
            first: first.date,
            shallow: is_shallow(root),
        }),
        None => Err(Notice::NoCommit),
    }
}

/// git's object store, read through one `git cat-file --batch` that lives
/// as long as this: revisions, commits, trees and blobs are asked one at a
/// time, so reading a commit's files costs one process, not one per step.
pub struct Store {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    stdout: std::io::BufReader<std::process::ChildStdout>,
}

/// The objects a reading of a listing needs, from one store: those its
/// files surely need asked at once, the others (a checked file whose work
/// tree copy differs) by batch or one by one, as the reader asks.
pub struct Objects {
    store: std::sync::Mutex<Store>,
    cache: std::sync::Mutex<HashMap<ObjectId, Blob>>,
}

impl Objects {
    /// The store, with the objects of `scan`'s [`Origin::Object`] files
    /// already fetched.
    pub fn new(mut store: Store, scan: &Scan) -> Objects {
        let wanted: Vec<&str> = scan
            .found
            .iter()
            .filter_map(|file| match &file.origin {
                Origin::Object(id) => Some(&**id),
                _ => None,
            })
            .collect();
        let fetched = store.blobs(&wanted).unwrap_or_default();
        Objects {
            store: std::sync::Mutex::new(store),
            cache: std::sync::Mutex::new(fetched),
        }
    }

    /// The bytes of the blob `id` (what `loader::Reading::objects` asks).
    pub fn get(&self, id: &str) -> Option<Blob> {
        let cached = self.cache.lock().ok()?.remove(id);
        cached.or_else(|| self.store.lock().ok()?.blob(id))
    }

    /// Fetches `ids` together (what `loader::Reading::prefetch` asks).
    pub fn prefetch(&self, ids: &[&str]) {
        let blobs = self
            .store
            .lock()
            .ok()
            .and_then(|mut store| store.blobs(ids).ok());
        if let (Some(blobs), Ok(mut cache)) = (blobs, self.cache.lock()) {
            cache.extend(blobs);
        }
    }
}

/// A blob's bytes, or its size when it is too large to be a record.
pub type Blob = Result<Vec<u8>, u64>;

/// An object of the store: its bytes, or the size of a blob too large to
/// be a record (not read).
struct Object {
    id: String,
    kind: String,
    bytes: Result<Vec<u8>, u64>,
}

/// A commit read from the store: its id, its tree and its day.
#[derive(Debug, Clone)]
pub struct StoredCommit {
    /// As asked for (`v1`, `HEAD~3`, an id).
    pub commit: Commit,
    /// Its root tree.
    tree: String,
}

impl Store {
    /// Starts the reader in `root`'s repository.
    pub fn open(root: &Path) -> Result<Store, Notice> {
        let mut child = git_in(root)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| Notice::NoGit {
                error: format!("git: {e}"),
            })?;
        let broken = || Notice::GitFailed {
            command: "git cat-file --batch".into(),
            error: "no pipe".into(),
        };
        let stdin = child.stdin.take().ok_or_else(broken)?;
        let stdout = child.stdout.take().ok_or_else(broken)?;
        Ok(Store {
            child,
            stdin,
            stdout: std::io::BufReader::new(stdout),
        })
    }

    fn failed(error: std::io::Error) -> Notice {
        Notice::GitFailed {
            command: "git cat-file --batch".into(),
            error: error.to_string(),
        }
    }

    /// Sends requests, one name a line.
    fn ask(&mut self, names: &[&str]) -> Result<(), Notice> {
        use std::io::Write;
        let mut requests = String::new();
        for name in names {
            requests.push_str(name);
            requests.push('\n');
        }
        self.stdin
            .write_all(requests.as_bytes())
            .and_then(|()| self.stdin.flush())
            .map_err(Self::failed)
    }

    /// Reads the answer to the next request: `<object> <type> <size>` and
    /// the bytes, or `<name> missing` (or `ambiguous`), which is `None`.
    fn answer(&mut self) -> Result<Option<Object>, Notice> {
        use std::io::{BufRead, Read};
        let mut header = Vec::new();
        self.stdout
            .read_until(b'\n', &mut header)
            .map_err(Self::failed)?;
        let line = String::from_utf8_lossy(&header);
        let fields: Vec<&str> = line.split_ascii_whitespace().collect();
        let [id, kind, size] = fields.as_slice() else {
            return Ok(None);
        };
        let Ok(size) = size.parse::<u64>() else {
            return Ok(None);
        };
        // A blob no record could be (the reader's limit) is passed over, not
        // held in memory: its size is all that is said of it.
        let limit = ctg_core::read::loader::MAX_FILE_BYTES;
        let bytes = if *kind == "blob" && size > limit {
            std::io::copy(&mut (&mut self.stdout).take(size + 1), &mut std::io::sink())
                .map_err(Self::failed)?;
            Err(size)
        } else {
            let mut bytes = vec![0; size as usize + 1];
            self.stdout.read_exact(&mut bytes).map_err(Self::failed)?;
            bytes.pop();
            Ok(bytes)
        };
        Ok(Some(Object {
            id: (*id).to_owned(),
            kind: (*kind).to_owned(),
            bytes,
        }))
    }

    /// The object `spec` names (an id, or `rev^{commit}`): its id, type and
    /// bytes, `None` when git has none by that name.
    fn object(&mut self, spec: &str) -> Result<Option<Object>, Notice> {
        // One request per line: a name with a line break names nothing.
        if spec.contains(['\n', '\r']) {
            return Ok(None);
        }
        self.ask(&[spec])?;
        self.answer()
    }

    /// The bytes of the blobs `ids`, asked in batches: every request of a
    /// batch is written before its answers are read, which a batch's size
    /// keeps below what a pipe holds, so neither side waits on the other.
    pub fn blobs(&mut self, ids: &[&str]) -> Result<HashMap<ObjectId, Blob>, Notice> {
        /// Requests per batch: 1,000 ids of 65 bytes at most stay under a
        /// pipe's 64 KiB.
        const BATCH: usize = 1000;
        let mut blobs = HashMap::with_capacity(ids.len());
        for batch in ids.chunks(BATCH) {
            self.ask(batch)?;
            for id in batch {
                if let Some(object) = self.answer()?
                    && object.kind == "blob"
                {
                    blobs.insert(ObjectId::from(*id), object.bytes);
                }
            }
        }
        Ok(blobs)
    }

    /// The bytes of the blob `id` (its size, when too large to be read).
    pub fn blob(&mut self, id: &str) -> Option<Blob> {
        match self.object(id) {
            Ok(Some(object)) if object.kind == "blob" => Some(object.bytes),
            _ => None,
        }
    }

    /// The commit `rev` names (a tag, a branch, an id, `HEAD~3`).
    pub fn commit(&mut self, root: &Path, rev: &str) -> Result<StoredCommit, Notice> {
        let unknown = || Notice::UnknownRevision {
            rev: rev.to_owned(),
            shallow: is_shallow(root),
        };
        // `:/text` (the newest commit whose message has it) takes no suffix.
        let spec = if rev.starts_with(":/") {
            rev.to_owned()
        } else {
            format!("{rev}^{{commit}}")
        };
        let object = self
            .object(&spec)?
            .filter(|object| object.kind == "commit")
            .ok_or_else(unknown)?;
        let bytes = object.bytes.as_deref().unwrap_or_default();
        let text = String::from_utf8_lossy(bytes);
        let tree = text
            .lines()
            .find_map(|line| line.strip_prefix("tree "))
            .ok_or_else(unknown)?
            .to_owned();
        let date = text
            .lines()
            .take_while(|line| !line.is_empty())
            .find_map(|line| line.strip_prefix("committer "))
            .and_then(committer_day)
            .ok_or_else(unknown)?;
        Ok(StoredCommit {
            commit: Commit {
                short: object.id.chars().take(7).collect(),
                id: object.id,
                date,
            },
            tree,
        })
    }

    /// The files of `commit` under the folder `prefix` (relative to the
    /// repository's top, `/`-separated, empty for the top), with paths
    /// relative to that folder: git's trees read one by one.
    pub fn files(&mut self, commit: &StoredCommit, prefix: &[u8]) -> Result<Tree, Notice> {
        let mut tree: ObjectId = commit.tree.as_str().into();
        for name in prefix.split(|&b| b == b'/').filter(|n| !n.is_empty()) {
            let mut found = None;
            self.tree_entries(&tree, |mode, n, id| {
                if n == name && mode == b"40000" {
                    found = Some(id);
                }
            })?;
            match found {
                Some(id) => tree = id,
                // The folder is not in that commit: no file of the records.
                None => return Ok(Tree(Vec::new())),
            }
        }
        let mut files = Vec::new();
        let mut folders = vec![(Vec::new(), tree)];
        while let Some((path, id)) = folders.pop() {
            self.tree_entries(&id, |mode, name, object| {
                let mut full = Vec::with_capacity(path.len() + 1 + name.len());
                full.extend_from_slice(&path);
                if !full.is_empty() {
                    full.push(b'/');
                }
                full.extend_from_slice(name);
                if mode == b"40000" {
                    folders.push((full, object));
                } else {
                    files.push(Entry {
                        mode: Mode::of(mode),
                        object,
                        path: full,
                    });
                }
            })?;
        }
        Ok(Tree(files))
    }

    /// Each entry of the tree `id`, as its mode, name and object id: read
    /// in place from the tree's bytes (10,000 entries: nothing is copied
    /// but what the caller keeps).
    fn tree_entries(
        &mut self,
        id: &str,
        mut each: impl FnMut(&[u8], &[u8], ObjectId),
    ) -> Result<(), Notice> {
        let Some(Object {
            bytes: Ok(bytes), ..
        }) = self.object(id)?.filter(|object| object.kind == "tree")
        else {
            return Err(Notice::GitFailed {
                command: format!("git cat-file tree {id}"),
                error: "missing".into(),
            });
        };
        // `<mode> <name>\0<raw id>`, the raw id as long as the tree's own.
        let raw = id.len() / 2;
        let mut rest = &bytes[..];
        while !rest.is_empty() {
            let Some(space) = rest.iter().position(|&b| b == b' ') else {
                break;
            };
            let Some(nul) = rest.iter().position(|&b| b == 0) else {
                break;
            };
            if nul < space || rest.len() < nul + 1 + raw {
                break;
            }
            let hex = object_id(&rest[nul + 1..nul + 1 + raw]);
            each(&rest[..space], &rest[space + 1..nul], hex);
            rest = &rest[nul + 1 + raw..];
        }
        Ok(())
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // Closing its input ends it; never leave a process behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The day of a `committer Name <mail> <seconds> <±hhmm>` line, in the
/// committer's own time zone (as `git log --format=%cs` gives it).
fn committer_day(line: &str) -> Option<chrono::NaiveDate> {
    let mut fields = line.rsplitn(3, ' ');
    let zone = fields.next()?;
    let seconds: i64 = fields.next()?.parse().ok()?;
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits = zone.trim_start_matches(['+', '-']);
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits.get(2..4)?.parse().ok()?;
    let offset = chrono::FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))?;
    Some(
        chrono::DateTime::from_timestamp(seconds, 0)?
            .with_timezone(&offset)
            .date_naive(),
    )
}

/// Where the CTG root is in its repository: the folder's path from the
/// top, `/`-separated, as git writes it (empty at the top).
pub fn prefix(root: &Path) -> Result<Vec<u8>, Notice> {
    // Outside a repository this fails as `toplevel` does.
    let bytes = match git_bytes(root, &["rev-parse", "--show-prefix"]) {
        Ok(bytes) => bytes,
        Err(Notice::GitFailed { error, .. }) => return Err(Notice::NoGit { error }),
        Err(other) => return Err(other),
    };
    Ok(trimmed_prefix(bytes))
}

/// [`prefix`], if `root` is in a work tree (where [`toplevel`] answers):
/// both asked of one git.
pub fn work_tree_prefix(root: &Path) -> Option<Vec<u8>> {
    let bytes = git_bytes(
        root,
        &["rev-parse", "--is-inside-work-tree", "--show-prefix"],
    )
    .ok()?;
    Some(trimmed_prefix(bytes.strip_prefix(b"true\n")?.to_vec()))
}

/// `--show-prefix`'s answer without its line end and final `/`.
fn trimmed_prefix(mut bytes: Vec<u8>) -> Vec<u8> {
    while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'/') {
        bytes.pop();
    }
    bytes
}
