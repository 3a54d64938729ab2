//! `ctg hook install`: the git pre-commit hook that runs `ctg check --staged`.

use std::ffi::OsStr;
use std::path::Path;

use crate::app::{Context, Exit, print_stdout, refuse};
use crate::cli::HookCommand;
use crate::git;
use crate::wording::tools::{Notice, done};

/// The hook's script. It finds `ctg` on the PATH, else where it was
/// installed from, and checks the CTG root `dir` (relative to the work tree's
/// top, where git runs hooks; empty when they are the same). Bytes, not
/// text: a path need not be UTF-8, and the script must name it exactly.
pub fn script(dir: &OsStr, fallback: &Path) -> Vec<u8> {
    let quote = |path: &OsStr| {
        let mut quoted = b"'".to_vec();
        for &byte in path.as_encoded_bytes() {
            match byte {
                b'\'' => quoted.extend_from_slice(b"'\\''"),
                _ => quoted.push(byte),
            }
        }
        quoted.push(b'\'');
        quoted
    };
    let dir = if dir.is_empty() { OsStr::new(".") } else { dir };
    let mut out = [
        SIGNATURE,
        b": stops a commit whose CTG files have errors.\n\
        # To commit once without it: git commit --no-verify\n\
        if command -v ctg >/dev/null 2>&1; then CTG=ctg; else CTG=",
    ]
    .concat();
    out.extend(quote(fallback.as_os_str()));
    out.extend_from_slice(b"; fi\n");
    // Always explicit, so that a CTG_DIR set in the environment cannot
    // make the hook check another repository.
    out.extend_from_slice(b"exec \"$CTG\" --dir ");
    out.extend(quote(dir));
    out.extend_from_slice(b" check --staged --hook\n");
    out
}

/// How every hook `ctg hook install` wrote begins, whatever its version:
/// such a hook is replaced without `--force`, as the report replaces its own.
const SIGNATURE: &[u8] = b"#!/bin/sh\n# Installed by `ctg hook install`";

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
        .map(|relative| relative.as_os_str().to_owned())
        .unwrap_or_else(|_| root.as_os_str().to_owned());
    let exe = std::env::current_exe().unwrap_or_else(|_| "ctg".into());
    let script = script(&dir, &exe);
    if std::fs::symlink_metadata(&hook).is_ok() && !force {
        // Running the same install twice is not a conflict.
        if std::fs::read(&hook).is_ok_and(|text| text == script) {
            print_stdout(&done(&Notice::HookCurrent { path: shown }, lang))?;
            return Ok(Exit::Ok);
        }
        let ours = std::fs::read(&hook).is_ok_and(|text| text.starts_with(SIGNATURE));
        if !ours {
            return refuse(&Notice::HookExists { path: shown }, lang);
        }
    }
    if let Err(e) = std::fs::create_dir_all(&hooks) {
        let error = e.to_string();
        return refuse(&Notice::CannotWrite { path: shown, error }, lang);
    }
    if let Err(notice) = super::write_file(&hook, &script, true, true) {
        return refuse(&notice, lang);
    }
    print_stdout(&done(&Notice::HookInstalled { path: shown }, lang))?;
    Ok(Exit::Ok)
}
