//! The README shows real output: each `$ ctg …` block in it must be what
//! `ctg` prints today, so the quick start never drifts from the product.

/// The `$ ctg …` commands of the README's `text` blocks, with what follows them.
fn examples(readme: &str) -> Vec<(Vec<String>, String)> {
    let mut found = Vec::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        let Some(command) = line.strip_prefix("$ ctg ") else {
            continue;
        };
        let mut output = String::new();
        for line in lines.by_ref() {
            if line == "```" {
                break;
            }
            output.push_str(line);
            output.push('\n');
        }
        let args = command.split_whitespace().map(String::from).collect();
        found.push((args, output));
    }
    found
}

#[test]
fn readme_output_is_real() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let examples = examples(&readme);
    assert!(
        examples.len() >= 2,
        "the README shows `ctg status` and `ctg fte --commune Istres`"
    );
    for (args, expected) in examples {
        let out = crate::support::ctg()
            .current_dir(root)
            .env_remove("CTG_DIR")
            // Tables fit the screen: the README's are as piped, 100 wide.
            .env_remove("COLUMNS")
            .env("NO_COLOR", "1")
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "ctg {}", args.join(" "));
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            expected,
            "README block for `ctg {}` differs from the real output",
            args.join(" ")
        );
    }
}
