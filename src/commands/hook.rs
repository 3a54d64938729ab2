//! `ctg hook install`: the git pre-commit hook that runs `ctg check --staged`.

use std::path::Path;

use crate::app::{Context, Exit, print_stdout, refuse};
use crate::cli::HookCommand;
use crate::git;
use crate::wording::tools::{Notice, done};

/// The hook's script. It finds `ctg` on the PATH, else where it was
/// installed from, and checks the CTG root `dir` (relative to the work tree's
/// top, where git runs hooks; empty when they are the same).
pub fn script(dir: &str, fallback: &Path) -> String {
    let quote = |text: &str| format!("'{}'", text.replace('\'', "'\\''"));
    // Always explicit, so that a CTG_DIR set in the environment cannot
    // make the hook check another repository.
    let dir_flag = format!(" --dir {}", quote(if dir.is_empty() { "." } else { dir }));
    format!(
        "#!/bin/sh\n\
         # Installed by `ctg hook install`: stops a commit whose CTG files have errors.\n\
         # To commit once without it: git commit --no-verify\n\
         if command -v ctg >/dev/null 2>&1; then CTG=ctg; else CTG={}; fi\n\
         exec \"$CTG\"{dir_flag} check --staged\n",
        quote(&fallback.display().to_string())
    )
}

/// Runs `ctg hook …`.
pub fn run(context: &Context, command: &HookCommand) -> anyhow::Result<Exit> {
    let lang = context.lang_of_root();
    let HookCommand::Install { force } = command;
    let (hooks, top) = match git::hooks_dir(&context.root)
        .and_then(|hooks| git::toplevel(&context.root).map(|top| (hooks, top)))
    {
        Ok(found) => found,
        Err(notice) => return refuse(&notice, lang),
    };
    let hook = hooks.join("pre-commit");
    let shown = hook.display().to_string();
    let root = std::fs::canonicalize(&context.root).unwrap_or_else(|_| context.root.clone());
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    let dir = root
        .strip_prefix(&top)
        .map(ctg_core::read::scan::slash_path)
        .unwrap_or_else(|_| root.display().to_string());
    let exe = std::env::current_exe().unwrap_or_else(|_| "ctg".into());
    let script = script(&dir, &exe);
    if std::fs::symlink_metadata(&hook).is_ok() && !force {
        // Running the same install twice is not a conflict.
        if std::fs::read_to_string(&hook).is_ok_and(|text| text == script) {
            print_stdout(&done(&Notice::HookCurrent { path: shown }, lang))?;
            return Ok(Exit::Ok);
        }
        return refuse(&Notice::HookExists { path: shown }, lang);
    }
    let written = std::fs::create_dir_all(&hooks)
        .and_then(|()| std::fs::write(&hook, &script))
        .and_then(|()| make_executable(&hook));
    if let Err(e) = written {
        return refuse(
            &Notice::CannotWrite {
                path: shown,
                error: e.to_string(),
            },
            lang,
        );
    }
    print_stdout(&done(&Notice::HookInstalled { path: shown }, lang))?;
    Ok(Exit::Ok)
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
