//! The few things `ctg` asks git: where the hooks go, and what is staged.
//! git runs as a subprocess, so worktrees, `core.hooksPath` and every index
//! format work as git itself understands them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::collections::HashMap;

use crate::wording::tools::Notice;
use ctg_core::read::loader::Memo;
use ctg_core::read::problems::files::SkipReason;
use ctg_core::read::scan::{Listed, ObjectId, Origin, Scan, scan_listing};

/// Runs `git -C dir args…` and returns its standard output as bytes.
fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Notice> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
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

/// A commit's files under a folder, listed (see [`tree`]).
#[derive(Debug)]
pub struct Tree(Vec<Entry>);

/// A commit's files under `root`, from `git ls-tree -r`:
/// `<mode> <type> <object>\t<path>`, paths relative to `root`.
pub fn tree(root: &Path, commit: &str) -> Result<Tree, Notice> {
    let listed = git_bytes(root, &["ls-tree", "-r", "-z", commit])?;
    Ok(Tree(
        records(&listed)
            .filter_map(|record| {
                let (head, path) = split_once(record, b'\t')?;
                let mut fields = head.split(|&b| b == b' ');
                let mode = fields.next()?;
                let _type = fields.next()?;
                let object = fields.next()?;
                Some(Entry {
                    mode: Mode::of(mode),
                    object: String::from_utf8_lossy(object).into(),
                    path: path.to_vec(),
                })
            })
            .collect(),
    ))
}

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

/// The tracked files under `root` whose work tree content is the index's,
/// by path, with that content's object id: these can be read from disk
/// instead of from git's store (`git diff-files` names the others).
#[derive(Debug, Default)]
pub struct CleanFiles(HashMap<Vec<u8>, ObjectId>);

impl CleanFiles {
    /// The object id of the clean file at `path`, if it is one.
    pub fn object(&self, path: &[u8]) -> Option<&ObjectId> {
        self.0.get(path)
    }

    /// Gives each file of a walk of the work tree the object id git has for
    /// it, where the file is clean: so a version of the repository in git
    /// can reuse what reading it gave.
    pub fn mark(&self, scan: &mut Scan) {
        for found in &mut scan.found {
            if found.true_name {
                found.object = self.object(found.path.as_bytes()).cloned();
            }
        }
    }
}

/// git's index under `root`: its entries, and which files of the work tree
/// are as staged.
#[derive(Debug)]
pub struct Index {
    entries: Vec<Entry>,
    /// The files of the work tree that are as staged.
    pub clean: CleanFiles,
}

/// Reads git's index under `root` (two gits at once: `ls-files --stage`
/// and `diff-files`). Refused outside a repository, and during a merge: the
/// index then has no one content (said once, rather than a problem for each
/// version of each file).
pub fn index(root: &Path) -> Result<Index, Notice> {
    let (listed, changed) = std::thread::scope(|threads| {
        let changed = threads.spawn(|| {
            git_bytes(
                root,
                &["diff-files", "-z", "--name-only", "--relative", "--", "."],
            )
        });
        let listed = index_entries(root);
        (listed, changed.join().unwrap_or_else(|_| Ok(Vec::new())))
    });
    // Outside a repository, say so as `toplevel` does.
    let (entries, conflicts) = listed.map_err(|failed| toplevel(root).err().unwrap_or(failed))?;
    if !conflicts.is_empty() {
        return Err(Notice::Unmerged { paths: conflicts });
    }
    let changed = changed?;
    let changed: std::collections::HashSet<&[u8]> = records(&changed).collect();
    let clean = CleanFiles(
        entries
            .iter()
            .filter(|entry| entry.mode == Mode::File && !changed.contains(&entry.path[..]))
            .map(|entry| (entry.path.clone(), entry.object.clone()))
            .collect(),
    );
    Ok(Index { entries, clean })
}

/// What the index holds under `root`, as a listing to read: clean files
/// from the work tree, the others from git's store.
pub fn staged(root: &Path) -> Result<Version, Notice> {
    let index = index(root)?;
    Version::of(root, index.entries, &index.clean, None)
}

/// The files of a commit (its [`tree`]), as a listing to read: those the
/// work tree holds as they are in the commit are read from disk, the others
/// from git's store; those `reuse` read cleanly are not read at all.
pub fn committed(
    root: &Path,
    tree: Tree,
    clean: &CleanFiles,
    reuse: Option<&Memo>,
) -> Result<Version, Notice> {
    Version::of(root, tree.0, clean, reuse)
}

/// One version of the repository's files in git: a listing classified as a
/// walk is, and the bytes of the objects to read for it.
pub struct Version {
    /// The files, classified.
    pub scan: Scan,
    /// The bytes of the objects the scan names.
    pub objects: HashMap<ObjectId, Vec<u8>>,
}

impl Version {
    fn of(
        root: &Path,
        entries: Vec<Entry>,
        clean: &CleanFiles,
        reuse: Option<&Memo>,
    ) -> Result<Version, Notice> {
        let paths: std::collections::HashMap<&[u8], &Entry> =
            entries.iter().map(|e| (&e.path[..], e)).collect();
        let mut listing = Vec::with_capacity(entries.len());
        let mut links = Vec::new();
        for entry in &entries {
            match entry.mode {
                Mode::Other => {}
                Mode::Link => links.push(entry),
                Mode::File => listing.push(Listed {
                    content: Ok(origin(root, entry, clean)),
                    object: Some(entry.object.clone()),
                    path: entry.path.clone(),
                }),
            }
        }
        // A link is read as the file it names, when that is a file of the
        // same listing (the walk follows links that stay in the repository).
        let targets = cat_file(root, links.iter().map(|link| &*link.object))?;
        for link in links {
            let target = targets
                .get(&link.object)
                .and_then(|target| resolve_link(&link.path, target));
            let named = target.as_ref().and_then(|target| paths.get(&target[..]));
            let content = match (&target, named) {
                (None, _) => Err(SkipReason::LinkOutside),
                (Some(_), Some(named)) if named.mode == Mode::File => {
                    Ok(origin(root, named, clean))
                }
                (Some(target), None) if is_folder(paths.keys(), target) => {
                    Err(SkipReason::LinkedFolder)
                }
                (Some(_), _) => Err(SkipReason::BrokenLink),
            };
            listing.push(Listed {
                path: link.path.clone(),
                object: content
                    .is_ok()
                    .then(|| named.map(|e| e.object.clone()))
                    .flatten(),
                content,
            });
        }
        let scan = scan_listing(listing);
        let wanted: Vec<&str> = scan
            .found
            .iter()
            .filter_map(|found| match &found.origin {
                Origin::Object(id) => {
                    let reused = reuse.is_some_and(|memo| memo.has(&found.path, id));
                    (!reused).then_some(&**id)
                }
                Origin::File(_) => None,
            })
            .collect();
        let objects = cat_file(root, wanted.into_iter())?;
        Ok(Version { scan, objects })
    }
}

/// Where to read an entry: from the work tree when git says its file there
/// holds the same content, else from git's store.
fn origin(root: &Path, entry: &Entry, clean: &CleanFiles) -> Origin {
    if clean.object(&entry.path) == Some(&entry.object) {
        Origin::File(root.join(path_from_bytes(entry.path.clone())))
    } else {
        Origin::Object(entry.object.clone())
    }
}

/// Whether `path` is a folder of a listing whose files are `paths`.
fn is_folder<'p>(mut paths: impl Iterator<Item = &'p &'p [u8]>, path: &[u8]) -> bool {
    paths.any(|p| p.starts_with(path) && p.get(path.len()) == Some(&b'/'))
}

/// The path, relative to the root, that a link at `link` to `target` names:
/// `None` when it leaves the root or is absolute.
fn resolve_link(link: &[u8], target: &[u8]) -> Option<Vec<u8>> {
    if target.starts_with(b"/") {
        return None;
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

/// The bytes of git's objects `ids`, read with one `git cat-file --batch`.
/// Its input is written from another thread: git answers as it reads, and a
/// full pipe on both sides would block both.
fn cat_file<'i>(
    root: &Path,
    ids: impl Iterator<Item = &'i str>,
) -> Result<HashMap<ObjectId, Vec<u8>>, Notice> {
    let mut input = Vec::new();
    for id in ids {
        input.extend_from_slice(id.as_bytes());
        input.push(b'\n');
    }
    let mut objects = HashMap::new();
    if input.is_empty() {
        return Ok(objects);
    }
    let failed = |e: std::io::Error| Notice::GitFailed {
        command: "git cat-file --batch".into(),
        error: e.to_string(),
    };
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Notice::NoGit {
            error: format!("git: {e}"),
        })?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| failed(std::io::ErrorKind::BrokenPipe.into()))?;
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(&input);
    });
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| failed(std::io::ErrorKind::BrokenPipe.into()))?;
    let mut reader = std::io::BufReader::new(stdout);
    let mut header = Vec::new();
    loop {
        use std::io::{BufRead, Read};
        header.clear();
        if reader.read_until(b'\n', &mut header).map_err(failed)? == 0 {
            break;
        }
        // `<object> <type> <size>`, or `<object> missing`.
        let line = String::from_utf8_lossy(&header);
        let mut fields = line.split_ascii_whitespace();
        let (Some(id), Some(_kind), Some(size)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let size: usize = size
            .parse()
            .map_err(|_| failed(std::io::ErrorKind::InvalidData.into()))?;
        let mut bytes = vec![0; size];
        reader.read_exact(&mut bytes).map_err(failed)?;
        let mut newline = [0u8];
        reader.read_exact(&mut newline).map_err(failed)?;
        objects.insert(id.into(), bytes);
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(objects)
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

/// The commit that `rev` names (a tag, a branch, an id, `HEAD~3`).
pub fn commit(root: &Path, rev: &str) -> Result<Commit, Notice> {
    let unknown = || Notice::UnknownRevision {
        rev: rev.to_owned(),
        shallow: is_shallow(root),
    };
    let spec = format!("{rev}^{{commit}}");
    let log = git_bytes(
        root,
        &[
            "log",
            "-1",
            "--no-walk",
            LOG_FORMAT,
            "--end-of-options",
            &spec,
            "--",
        ],
    )
    .map_err(|_| unknown())?;
    commits(&log).into_iter().next().ok_or_else(unknown)
}

/// The last commit of the current branch's first-parent history made on or
/// before `day`.
pub fn commit_on(root: &Path, day: chrono::NaiveDate) -> Result<Commit, Notice> {
    if git_bytes(root, &["rev-parse", "--verify", "--quiet", "HEAD"]).is_err() {
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
