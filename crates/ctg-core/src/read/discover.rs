//! Where the CTGs are, for `ctg portfolio`: every folder holding a
//! `copil.toml` under the folders given, found in one walk.
//!
//! A Caf keeps its CTGs side by side (clones, or one repository of many).
//! The walk does not look for CTGs inside a CTG's own record folders
//! (`commissions/`, `officers/`, `actions/`), skips hidden folders (`.git`)
//! and does not follow symbolic links to folders: a link could make a CTG
//! count twice or the walk loop. Two folders given that overlap count each
//! CTG once.

use std::path::{Path, PathBuf};

use crate::domain::model::RecordKind;
use crate::read::scan::MARKER;

/// What the walk found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Discovery {
    /// Each CTG once: `(the folder as found under the folder given, its
    /// canonical path)`, sorted by the former.
    pub ctgs: Vec<(PathBuf, PathBuf)>,
    /// Symbolic links to folders that were not followed.
    pub links: Vec<PathBuf>,
    /// Folders given that do not exist or are not folders.
    pub missing: Vec<PathBuf>,
}

/// Whether `dir` is a record folder of the CTG in its parent.
fn record_folder_of_a_ctg(dir: &Path) -> bool {
    let is_record_folder = dir
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|name| {
            [
                RecordKind::Commission,
                RecordKind::Officer,
                RecordKind::Action,
            ]
            .iter()
            .any(|kind| kind.folder() == Some(name))
        });
    is_record_folder && dir.parent().is_some_and(|p| p.join(MARKER).is_file())
}

/// Every CTG under `dirs` (each a folder, or a CTG itself).
pub fn ctgs(dirs: &[PathBuf]) -> Discovery {
    let mut found = Discovery::default();
    let mut seen = std::collections::HashSet::new();
    for dir in dirs {
        if !dir.is_dir() {
            found.missing.push(dir.clone());
            continue;
        }
        let walk = walkdir::WalkDir::new(dir)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| {
                if entry.depth() == 0 {
                    return true;
                }
                let hidden = entry
                    .file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with('.'));
                let records = entry.file_type().is_dir() && record_folder_of_a_ctg(entry.path());
                !hidden && !records
            });
        for entry in walk.filter_map(Result::ok) {
            if entry.path_is_symlink() {
                if entry.path().is_dir() {
                    found.links.push(entry.path().to_path_buf());
                }
                continue;
            }
            if !entry.file_type().is_dir() || !entry.path().join(MARKER).is_file() {
                continue;
            }
            let canonical =
                std::fs::canonicalize(entry.path()).unwrap_or_else(|_| entry.path().to_path_buf());
            if seen.insert(canonical.clone()) {
                found.ctgs.push((entry.path().to_path_buf(), canonical));
            }
        }
    }
    found.ctgs.sort();
    found.links.sort();
    found.links.dedup();
    found
}
