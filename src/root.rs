//! Finding the repository: `--dir`, else `$CTG_DIR`, else the nearest
//! ancestor holding `copil.toml`, the way git and cargo find theirs.

use std::path::{Path, PathBuf};

use crate::wording::fatal::Fatal;

/// The file that marks a repository's root.
pub use ctg_core::read::scan::MARKER;

/// Where the user asked us to look, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The `--dir` flag.
    Flag,
    /// The `CTG_DIR` environment variable.
    Env,
}

/// The root of the repository to read for a run given `--dir` (or not):
/// the flag, else a non-empty `CTG_DIR`, else the nearest ancestor of the
/// current folder holding `copil.toml`.
pub fn locate(flag: Option<&Path>) -> Result<PathBuf, Fatal> {
    let env_dir = std::env::var_os("CTG_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    let explicit = match (flag, &env_dir) {
        (Some(dir), _) => Some((dir, Origin::Flag)),
        (None, Some(dir)) => Some((dir.as_path(), Origin::Env)),
        (None, None) => None,
    };
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    find(explicit, &cwd)
}

/// The root of the repository to read, from where the user pointed.
pub fn find(explicit: Option<(&Path, Origin)>, cwd: &Path) -> Result<PathBuf, Fatal> {
    if let Some((dir, origin)) = explicit {
        let shown = dir.display().to_string();
        let meta = std::fs::metadata(dir).map_err(|e| Fatal::NoSuchDir {
            dir: shown.clone(),
            origin,
            error: e.to_string(),
        })?;
        if !meta.is_dir() {
            return Err(Fatal::NotADir { dir: shown, origin });
        }
        if !dir.join(MARKER).is_file() {
            return Err(Fatal::NoCopil { dir: shown, origin });
        }
        return Ok(dir.to_path_buf());
    }
    cwd.ancestors()
        .find(|dir| dir.join(MARKER).is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| Fatal::NotFound {
            from: cwd.display().to_string(),
        })
}
