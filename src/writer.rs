//! How `ctg` writes a file, for every command that writes one (`init`, `new`,
//! `hook install`, `schema --out`, `report -o`, and the edits `action`,
//! `meeting`, `officer`):
//!
//! - atomically: the text goes to a temporary file in the same folder, is
//!   flushed to disk, then renamed into place, so that a full disk or a kill
//!   leaves the old file or the new one, never half of one (and no partial
//!   file that the next run would refuse to replace);
//! - never over an existing file without `force`, decided by the operating
//!   system at the moment of the rename (a file that appears meanwhile is not
//!   replaced);
//! - never through a symbolic link: with `force`, a link at the path is
//!   replaced by the file, its target is left alone.
//!
//! The temporary file is removed on every error path (it is deleted when
//! dropped, unless it was renamed into place).

use std::io::Write;
use std::path::{Component, Path};

/// Why a file was not written.
#[derive(Debug)]
pub enum WriteError {
    /// Something is already at the path and `force` was not given.
    Exists,
    /// A folder is at the path: `force` does not replace a folder.
    IsFolder,
    /// The operating system refused.
    Io(std::io::Error),
}

impl From<std::io::Error> for WriteError {
    fn from(error: std::io::Error) -> Self {
        WriteError::Io(error)
    }
}

/// Writes `bytes` to `path` as the module says; `executable` sets the mode
/// `0o755` (for a git hook) before the file appears.
pub fn write(path: &Path, bytes: &[u8], force: bool, executable: bool) -> Result<(), WriteError> {
    write_with(path, force, executable, &mut |file| file.write_all(bytes))
}

/// Writes what `fill` writes to `path`, as [`write`] does: for a text made
/// as it is written (a report of tens of megabytes), which never needs to
/// be held whole. The file appears only once `fill` has succeeded.
pub fn write_with(
    path: &Path,
    force: bool,
    executable: bool,
    fill: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    // A file replaced keeps its permissions (the temporary file is made
    // readable by its owner only).
    let mut keep = None;
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => return Err(WriteError::IsFolder),
        Ok(_) if !force => return Err(WriteError::Exists),
        Ok(meta) if meta.is_file() => keep = Some(meta.permissions()),
        _ => {}
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".ctg-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    fill(&mut temp)?;
    if let Some(permissions) = keep {
        std::fs::set_permissions(temp.path(), permissions)?;
    }
    if executable {
        make_executable(temp.path())?;
    }
    temp.as_file().sync_all()?;
    let persisted = if force {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    match persisted {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Err(WriteError::Exists),
        Err(_) if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) => {
            Err(WriteError::IsFolder)
        }
        Err(e) => Err(WriteError::Io(e.error)),
    }
}

/// The first folder between `top` and `path` (both included) that is a
/// symbolic link, if any: what a write into `path`'s folder would follow.
pub fn linked_folder(top: &Path, path: &Path) -> Option<std::path::PathBuf> {
    let relative = path.strip_prefix(top).ok()?;
    let mut at = top.to_path_buf();
    if is_link(&at) {
        return Some(at);
    }
    let parent = relative.parent()?;
    for part in parent.components() {
        match part {
            Component::Normal(name) => at.push(name),
            // `..` or a root inside a relative path: not a plain folder path.
            _ => return Some(at),
        }
        if is_link(&at) {
            return Some(at);
        }
    }
    None
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(unix)]
fn make_executable(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn make_executable(_: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_refuses_to_replace_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write(&path, b"one", false, false).unwrap();
        assert!(matches!(
            write(&path, b"two", false, false),
            Err(WriteError::Exists)
        ));
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write(&path, b"two", true, false).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        // Nothing left behind but the file.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn force_replaces_a_link_never_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("precious.txt");
        std::fs::write(&target, "keep me").unwrap();
        let link = dir.path().join("a.toml");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(matches!(
            write(&link, b"new", false, false),
            Err(WriteError::Exists)
        ));
        write(&link, b"new", true, true).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert!(
            !std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "new");
        // A dangling link is replaced too, and its target not created.
        let dangling = dir.path().join("b.toml");
        let nowhere = outside.path().join("nowhere.txt");
        std::os::unix::fs::symlink(&nowhere, &dangling).unwrap();
        write(&dangling, b"new", true, false).unwrap();
        assert!(!nowhere.exists());
    }

    #[cfg(unix)]
    #[test]
    fn finds_a_linked_folder_on_the_way() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("commissions")).unwrap();
        let path = dir.path().join("commissions/x.toml");
        assert_eq!(
            linked_folder(dir.path(), &path),
            Some(dir.path().join("commissions"))
        );
        assert_eq!(
            linked_folder(dir.path(), &dir.path().join("actions/x.toml")),
            None
        );
    }

    #[test]
    fn a_folder_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            write(dir.path(), b"x", true, false),
            Err(WriteError::IsFolder)
        ));
    }
}
