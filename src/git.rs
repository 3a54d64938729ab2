//! The few things `ctg` asks git: where the hooks go, and what is staged.
//! git runs as a subprocess, so worktrees, `core.hooksPath` and every index
//! format work as git itself understands them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::wording::tools::Notice;

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

/// The staged content of the repository, written out into a temporary folder.
#[derive(Debug)]
pub struct Staged {
    /// Holds the files; removed when dropped.
    _temp: tempfile::TempDir,
    /// The CTG repository's root inside the temporary folder.
    pub root: PathBuf,
}

/// How the temporary folders of `--staged` are named: this, the process id,
/// a hyphen and random letters (`ctg-staged-4242-Ab3xYz`).
const TEMP_PREFIX: &str = "ctg-staged-";

/// Removes the temporary folders that runs killed before they could clean up
/// (a `kill -9`, a closed terminal, a power cut) left in `temp`: those whose
/// process no longer exists. Only where that can be known for sure: on Linux,
/// from `/proc`; elsewhere they are left alone. A folder that cannot be
/// removed (another user's) is left too: this is tidying, never a refusal.
/// A process id reused since is taken as alive: its folder waits for a later
/// run. A run in another PID namespace (a container) sharing this temporary
/// folder would look gone and lose its folder mid-run: this assumes the
/// temporary folder is not shared across PID namespaces.
fn remove_stale(temp: &Path) {
    #[cfg(target_os = "linux")]
    {
        // Without /proc mounted, every process would look gone.
        if !Path::new("/proc/self").exists() {
            return;
        }
        let Ok(entries) = std::fs::read_dir(temp) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(pid) = name
                .to_str()
                .and_then(|name| name.strip_prefix(TEMP_PREFIX))
                .and_then(|rest| rest.split_once('-'))
                .and_then(|(pid, _)| pid.parse::<u32>().ok())
            else {
                continue;
            };
            let alive = pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
            // A folder, not a link to one: the link's target is not ours.
            if !alive && entry.file_type().is_ok_and(|kind| kind.is_dir()) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = temp;
}

/// The files of the index under `root` that a merge left in conflict (git
/// holds up to three versions of each), relative to `root`, each once.
fn unmerged(root: &Path) -> Result<Vec<String>, Notice> {
    // `<mode> <object> <stage>\t<path>`, one per version.
    let listed = git_bytes(root, &["ls-files", "-z", "--unmerged", "--", "."])?;
    let mut paths: Vec<String> = listed
        .split(|&byte| byte == 0)
        .filter_map(|entry| {
            let tab = entry.iter().position(|&byte| byte == b'\t')?;
            Some(String::from_utf8_lossy(&entry[tab + 1..]).into_owned())
        })
        .collect();
    paths.dedup();
    Ok(paths)
}

/// Writes what the index holds under `root` (a folder in a git work tree)
/// into a temporary folder, keeping paths relative to `root`.
pub fn staged(root: &Path) -> Result<Staged, Notice> {
    toplevel(root)?;
    let prefix = git_path(root, &["rev-parse", "--show-prefix"])?;
    // In the middle of a merge the index has no one content to check: say so
    // once, rather than let `checkout-index` complain of each version.
    let conflicts = unmerged(root)?;
    if !conflicts.is_empty() {
        return Err(Notice::Unmerged { paths: conflicts });
    }
    let temp_dir = std::env::temp_dir();
    remove_stale(&temp_dir);
    // The process id in the name tells a later run whether its owner still
    // runs (see `remove_stale`).
    let temp = tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
        .tempdir_in(&temp_dir)
        .map_err(|e| Notice::CannotWrite {
            path: temp_dir.display().to_string(),
            error: e.to_string(),
        })?;
    let mut target = temp.path().as_os_str().to_owned();
    target.push("/");
    // Only the files under the CTG root, as the index has them (a partially
    // staged file is written as staged, not as in the work tree).
    // Bytes, not text: a path need not be UTF-8.
    let listed = git_bytes(root, &["ls-files", "-z", "--cached", "--", "."])?;
    if !listed.is_empty() {
        let mut child = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["checkout-index", "-z", "--stdin", "-f"])
            .arg({
                let mut p = std::ffi::OsString::from("--prefix=");
                p.push(&target);
                p
            })
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| Notice::NoGit {
                error: format!("git: {e}"),
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            let _ = stdin.write_all(&listed);
        }
        let output = child.wait_with_output().map_err(|e| Notice::NoGit {
            error: format!("git: {e}"),
        })?;
        if !output.status.success() {
            return Err(Notice::GitFailed {
                command: "git checkout-index".into(),
                error: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
            });
        }
    }
    let root = temp.path().join(prefix);
    Ok(Staged { _temp: temp, root })
}
