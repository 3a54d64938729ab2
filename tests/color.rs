//! `--color auto|always|never`, `NO_COLOR` and `CLICOLOR_FORCE` on check's human output.

/// Stderr of a check that finds one error, with the given flag and environment.
fn stderr(color: Option<&str>, env: &[(&str, &str)]) -> Vec<u8> {
    let tmp = tempfile::tempdir().unwrap();
    for (path, text) in ctg_core::analysis::codes::BASE {
        let full = tmp.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    std::fs::write(tmp.path().join("actions/pe-02.toml"), "title = 3\n").unwrap();
    let mut cmd = crate::support::ctg();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CTG_DIR");
    for (key, value) in env {
        cmd.env(key, value);
    }
    cmd.args(["--at", "2026-06-15", "--dir"]).arg(tmp.path());
    if let Some(color) = color {
        cmd.args(["--color", color]);
    }
    let out = cmd.arg("check").assert().code(1);
    out.get_output().stderr.clone()
}

fn coloured(bytes: &[u8]) -> bool {
    bytes.contains(&0x1b)
}

#[test]
fn always_colours_even_into_a_pipe() {
    assert!(coloured(&stderr(Some("always"), &[])));
}

#[test]
fn auto_does_not_colour_a_pipe() {
    let plain = stderr(None, &[]);
    assert!(!coloured(&plain));
    assert!(
        String::from_utf8(plain)
            .unwrap()
            .contains("error[invalid-value]")
    );
}

#[test]
fn no_color_turns_colour_off() {
    assert!(!coloured(&stderr(None, &[("NO_COLOR", "1")])));
    assert!(!coloured(&stderr(
        Some("auto"),
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]
    )));
}

#[test]
fn clicolor_force_colours_a_pipe_unless_never() {
    assert!(coloured(&stderr(None, &[("CLICOLOR_FORCE", "1")])));
    assert!(!coloured(&stderr(None, &[("CLICOLOR_FORCE", "0")])));
    assert!(!coloured(&stderr(
        Some("never"),
        &[("CLICOLOR_FORCE", "1")]
    )));
}
