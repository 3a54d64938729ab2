//! `ctg_toml::parse` against `toml::de::DeTable::parse_recoverable`:
//! on every input, ours accepts exactly when toml reports no error, and then
//! both trees hold the same keys, values and spans.
//!
//! Inputs: hand-written edge cases, documents generated from a small TOML
//! grammar (few key names, so that duplicates, redefinitions and extensions
//! are frequent), random TOML-ish characters, and mutations of `data/`.

use std::path::{Path, PathBuf};

use ctg_toml::{self, Item, Table, Value};
use proptest::prelude::*;

// The mutations of `data/` are shared with the `ctg` package's tests.
#[path = "../../../tests/mutations/mod.rs"]
mod mutations;
use mutations::{apply, data_files, mutation};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

fn same_value(de: &Spanned<DeValue<'_>>, ours: &Item<'_>, at: &str) -> Result<(), String> {
    if de.span() != ours.span() {
        return Err(format!(
            "{at}: span {:?} (toml) != {:?} (ours)",
            de.span(),
            ours.span()
        ));
    }
    let same = match (de.get_ref(), ours.get_ref()) {
        (DeValue::String(a), Value::String(b)) => a == b,
        (DeValue::Integer(a), Value::Integer(b)) => {
            a.as_str() == b.as_str() && a.radix() == b.radix() && a.to_string() == b.to_string()
        }
        (DeValue::Float(a), Value::Float(b)) => a.as_str() == b.as_ref(),
        (DeValue::Boolean(a), Value::Boolean(b)) => a == b,
        (DeValue::Datetime(a), Value::Datetime(b)) => a == b,
        (DeValue::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Err(format!("{at}: {} items (toml) != {}", a.len(), b.len()));
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same_value(x, y, &format!("{at}[{i}]"))?;
            }
            true
        }
        (DeValue::Table(a), Value::Table(b)) => {
            same_table(a, b, at)?;
            true
        }
        _ => false,
    };
    if same {
        Ok(())
    } else {
        Err(format!(
            "{at}: {:?} (toml) != {:?} (ours)",
            de.get_ref(),
            ours.get_ref()
        ))
    }
}

fn same_table(de: &DeTable<'_>, ours: &Table<'_>, at: &str) -> Result<(), String> {
    if de.len() != ours.len() {
        return Err(format!(
            "{at}: keys {:?} (toml) != {:?} (ours)",
            de.keys().map(|k| k.get_ref()).collect::<Vec<_>>(),
            ours.iter().map(|(k, _)| k.get_ref()).collect::<Vec<_>>()
        ));
    }
    for ((dk, dv), (ok, ov)) in de.iter().zip(ours.sorted()) {
        let here = format!("{at}.{}", dk.get_ref());
        if dk.get_ref() != ok.get_ref() || dk.span() != ok.span() {
            return Err(format!(
                "{here}: key {:?} at {:?} (toml) != {:?} at {:?} (ours)",
                dk.get_ref(),
                dk.span(),
                ok.get_ref(),
                ok.span()
            ));
        }
        // The lookup (linear or hashed) finds every entry.
        if !ours.get(ok.get_ref()).is_some_and(|v| std::ptr::eq(v, ov)) {
            return Err(format!("{here}: `get` does not find the entry"));
        }
        same_value(dv, ov, &here)?;
    }
    Ok(())
}

/// Ours and toml's agree on `text`.
fn agree(text: &str) -> Result<(), String> {
    let (de, errors) = DeTable::parse_recoverable(text);
    let ours = ctg_toml::parse(text);
    match (errors.is_empty(), ours) {
        (true, Ok(ours)) => same_table(de.get_ref(), &ours, ""),
        (false, Err(_)) => Ok(()),
        (true, Err(_)) => Err("toml accepts, ours refuses".into()),
        (false, Ok(_)) => Err(format!(
            "toml refuses ({}), ours accepts",
            errors[0].message().trim()
        )),
    }
}

fn assert_agree(text: &str) {
    if let Err(why) = agree(text) {
        panic!("{text:?}: {why}");
    }
}

const EDGE_CASES: &[&str] = &[
    "",
    "\n",
    "\u{feff}",
    "\u{feff}a = 1\n",
    "a = 1\r\nb = 2\r\n",
    "a = 1\rb = 2",
    "# only a comment",
    "a = 1 # comment\n# another\n",
    "a = 1 # bad \u{7} comment\n",
    "a.b.c = 1\na.b.d = 2\n",
    "a . b = 1",
    "a.b = 1\na = 2\n",
    "a = 2\na.b = 1\n",
    "a.b = 1\n[a]\n",
    "a.b = 1\n[a.c]\n",
    "[a]\nb.c = 1\n[a.b]\n",
    "[a.b]\nx = 1\n[a]\ny = 2\n",
    "[a]\ny = 2\n[a.b]\nx = 1\n",
    "[a]\n[a]\n",
    "[a.b]\n[a.b]\n",
    "[a.b]\n[a]\n[a]\n",
    "[a]\nb = 1\n[a.b]\n",
    "[a.b.c]\n[a]\nb.d = 1\n",
    "[a.b.c]\n[a]\nb.d = 1\n[a.b]\n",
    "[a.b]\nx = 1\n[a]\nb.y = 2\n",
    "[[a]]\n[[a]]\nb = 1\n",
    "[[a]]\nx = 1\n[a.b]\ny = 2\n[[a]]\n[a.b]\n",
    "[[a]]\n[[a.b]]\n[[a.b]]\n[[a]]\n[[a.b]]\n",
    "[[a]]\n[a]\n",
    "[a]\n[[a]]\n",
    "a = []\n[[a]]\n",
    "a = [{}]\n[[a]]\n",
    "a = [1]\n[a.b]\n",
    "[[a]]\nb.c = 1\n[a.b]\n",
    "[[a.b]]\n[a]\n",
    "[[a.b]]\n[a]\nc = 1\n",
    "a = {}\n[a]\n",
    "a = {}\n[a.b]\n",
    "a = {b = 1}\na.c = 2\n",
    "a = {b = {c = 1}}\n[a.b.d]\n",
    "a = { b.c = 1, b.d = 2 }",
    "a = { b = 1, b.c = 2 }",
    "a = { b.c = 1, b = 2 }",
    "a = { b = {}, b.c = 2 }",
    "a = { b = 1, b = 2 }",
    "a = { b = 1, }",
    "a = {\n  b = 1,\n  c = 2, # comment\n}\n",
    "a = { b = 1 c = 2 }",
    "a = {,}",
    "a = [1, 2, ]",
    "a = [\n  1, # one\n  2,\n]\n",
    "a = [,]",
    "a = [1 2]",
    "a = [[1, 2], [\"x\"], [{a = 1}]]",
    "a = \"x\\ty\\u00e9\\U0001F600\"",
    "a = \"\\x41\"",
    "a = \"\\e\"",
    "a = \"\\q\"",
    "a = \"\\ud800\"",
    "a = 'C:\\path'",
    "a = \"\"\"\nline\\\n   joined\"\"\"",
    "a = '''\nraw \\n'''",
    "a = \"\"\"x\"\"\"\"\"",
    "a = \"\"\"x\"\"\"\"\"\"",
    "a = \"tab\there\"",
    "a = \"nul\u{0}\"",
    "\"a\" = 1\n'b' = 2\n\"\" = 3\n",
    "\"a\" = 1\na = 2\n",
    "\"\\u0061\" = 1\na = 2\n",
    "\"a.b\" = 1\na.b = 2\n",
    "'''a''' = 1",
    "\"\"\"a\"\"\" = 1",
    "é = 1",
    "a-b_c = 1\n1 = 2\ntrue = 3\n",
    "a = 0x_ff",
    "a = 0xDEAD_beef",
    "a = 0XFF",
    "a = 0o17\nb = 0b1010_1010\nc = 0o8",
    "a = -0x1",
    "a = 0d10",
    "a = +1\nb = -0\nc = 1_000\nd = 01\ne = 1__0\nf = 1_\ng = _1",
    "a = 99999999999999999999",
    "a = 1.5\nb = 1e3\nc = -1.5E-3\nd = 6.626e-34\ne = 3.141_59",
    "a = 1.\nb = .5\nc = 1e\nd = 1.e2",
    "a = inf\nb = -inf\nc = +nan\nd = nan\ne = Inf",
    "a = ++1",
    "a = true\nb = false\nc = True",
    "a = 1979-05-27",
    "a = 1979-05-27T07:32:00Z\nb = 1979-05-27 07:32:00-07:00\nc = 1979-05-27t07:32:00z",
    "a = 07:32:00\nb = 07:32\nc = 1979-05-27T07:32:00.999",
    "a = 2031-02-30",
    "a = 2031-02-29",
    "a = 1979-05-27T25:00:00",
    "a = 1979-5-27",
    "a = 1979-05-27 ",
    "a = 1979-05-27T07:32:00+25:00",
    "a",
    "a =",
    "= 1",
    "a = 1 b = 2",
    "[a",
    "[a]]",
    "[[a]",
    "[ a . b ]\n[ [c] ]\n",
    "[[ a ]]\n",
    "[a] x = 1",
    "[]",
    "a = \"unterminated",
    "a = 1\n\n\n[b]\n\n  c = 2  \n",
    "[a]\n\tb = 1\n",
];

#[test]
fn edge_cases_agree() {
    for text in EDGE_CASES {
        assert_agree(text);
    }
}

#[test]
fn data_files_agree_and_are_accepted() {
    for file in data_files() {
        let text = std::fs::read_to_string(data_dir().join(&file)).expect("read");
        assert!(ctg_toml::parse(&text).is_ok(), "{}", file.display());
        assert_agree(&text);
    }
}

#[test]
fn large_tables_and_limits_agree() {
    // A table large enough for the hash index, with a duplicate at the end.
    let keys: String = (0..100).map(|i| format!("k{i} = {i}\n")).collect();
    assert_agree(&keys);
    assert_agree(&format!("{keys}k7 = 1\n"));
    assert_agree(&format!("{keys}k7.x = 1\n"));
    assert_agree(&format!("x = {{ {} }}", keys.trim().replace('\n', ", ")));
    assert_agree(&format!(
        "x = {{ {}, k3 = 0 }}",
        keys.trim().replace('\n', ", ")
    ));
    let headers: String = (0..100).map(|i| format!("[t{i}]\n[t{i}.s]\n")).collect();
    assert_agree(&headers);
    assert_agree(&format!("{headers}[t50]\n"));
    // Nesting around toml's limit of 80.
    for depth in [1, 78, 79, 80, 81, 200] {
        assert_agree(&format!("x = {}1{}", "[".repeat(depth), "]".repeat(depth)));
        assert_agree(&format!(
            "x = {}1{}",
            "{a = ".repeat(depth),
            "}".repeat(depth)
        ));
        assert_agree(&format!("{} = 1", vec!["z"; depth].join(".")));
        assert_agree(&format!("[{}]", vec!["w"; depth].join(".")));
        assert_agree(&format!("[[{}]]", vec!["w"; depth].join(".")));
    }
    // Deep headers, then a dotted key, then inline nesting, each under the limit.
    let path = vec!["p"; 70].join(".");
    let dotted = vec!["q"; 70].join(".");
    assert_agree(&format!(
        "[{path}]\n{dotted} = {}1{}\n",
        "[".repeat(70),
        "]".repeat(70)
    ));
}

/// Never a stack overflow, even far past the limit.
#[test]
fn a_hundred_thousand_levels_are_refused() {
    let depth = 100_000;
    for text in [
        format!("x = {}1{}", "[".repeat(depth), "]".repeat(depth)),
        format!("x = {}1{}", "{ a = ".repeat(depth), " }".repeat(depth)),
        format!("{} = 1", vec!["z"; depth].join(".")),
        format!("[{}]", vec!["w"; depth].join(".")),
    ] {
        assert!(ctg_toml::parse(&text).is_err());
    }
}

/// Every document of up to four lines from a few headers and keys: the
/// rules on defining, extending and redefining tables, exhaustively.
#[test]
fn every_short_document_of_tables_agrees() {
    const LINES: &[&str] = &[
        "[a]",
        "[a.b]",
        "[a.b.c]",
        "[[a]]",
        "[[a.b]]",
        "a = 1",
        "a.b = 1",
        "b.c = 1",
        "b.d = 1",
        "[b]",
        "b = {}",
        "b = { c.d = 1 }",
        "c = [{}]",
    ];
    let mut documents = vec![String::new()];
    for _ in 0..4 {
        let longer: Vec<String> = documents
            .iter()
            .flat_map(|d| LINES.iter().map(move |line| format!("{d}{line}\n")))
            .collect();
        for text in &longer {
            assert_agree(text);
        }
        documents = longer;
    }
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

// ---- Generated documents ----

const KEYS: &[&str] = &[
    "a",
    "b",
    "c",
    "\"a\"",
    "'b'",
    "\"a.b\"",
    "\"\\u0061\"",
    "\"\"",
    "a-1",
    "é",
    "1",
];

const SCALARS: &[&str] = &[
    "1",
    "+1",
    "-0",
    "0x_ff",
    "0xff",
    "0o17",
    "0b101",
    "1_000",
    "01",
    "99999999999999999999",
    "1.5",
    "1e3",
    "-1.5E-3",
    "3.1_4",
    "inf",
    "-nan",
    "1.",
    "true",
    "false",
    "\"x\"",
    "\"x\\ty\"",
    "\"\\u00e9\"",
    "\"\\q\"",
    "'lit'",
    "\"\"\"ml\nx\"\"\"",
    "'''ml\n'''",
    "\"\"\"a\\\n  b\"\"\"",
    "1979-05-27",
    "1979-05-27T07:32:00Z",
    "1979-05-27 07:32:00-07:00",
    "07:32:00",
    "2031-02-30",
    "1979-05-27T07:32:00.5",
    "{}",
    "[{}]",
    "{ a = {} }",
];

fn key() -> impl Strategy<Value = String> {
    // Mostly `a` and `b`, so that keys meet often.
    let part = prop_oneof![
        4 => Just("a"),
        4 => Just("b"),
        3 => proptest::sample::select(KEYS),
    ];
    (
        proptest::collection::vec(part, 1..4),
        proptest::sample::select(&[".", " . ", ". "][..]),
    )
        .prop_map(|(parts, sep)| parts.join(sep))
}

fn value() -> impl Strategy<Value = String> {
    let leaf = proptest::sample::select(SCALARS).prop_map(str::to_owned);
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            (
                proptest::collection::vec(inner.clone(), 0..4),
                any::<bool>(),
                any::<bool>()
            )
                .prop_map(|(items, trailing, lines)| {
                    let sep = if lines { ",\n  " } else { ", " };
                    let comma = if trailing && !items.is_empty() {
                        ","
                    } else {
                        ""
                    };
                    format!("[{}{comma}]", items.join(sep))
                }),
            (
                proptest::collection::vec((key(), inner), 0..4),
                any::<bool>()
            )
                .prop_map(|(pairs, trailing)| {
                    let body: Vec<String> =
                        pairs.iter().map(|(k, v)| format!("{k} = {v}")).collect();
                    let comma = if trailing && !body.is_empty() {
                        ","
                    } else {
                        ""
                    };
                    format!("{{ {}{comma} }}", body.join(", "))
                }),
        ]
    })
}

fn statement() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (key(), value()).prop_map(|(k, v)| format!("{k} = {v}")),
        2 => key().prop_map(|k| format!("[{k}]")),
        2 => key().prop_map(|k| format!("[[{k}]]")),
        1 => Just("# comment".to_owned()),
        1 => Just(String::new()),
        1 => (key(), value()).prop_map(|(k, v)| format!("{k}={v} # trailing")),
    ]
}

fn document() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(statement(), 0..10),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(lines, crlf, bom)| {
            let text = lines.join(if crlf { "\r\n" } else { "\n" });
            if bom { format!("\u{feff}{text}") } else { text }
        })
}

/// Documents of headers and dotted keys over two names only: a small space,
/// covered densely, for the rules on defining and extending tables.
fn tables() -> impl Strategy<Value = String> {
    let path = proptest::collection::vec(prop_oneof![Just("a"), Just("b")], 1..4)
        .prop_map(|parts| parts.join("."));
    let line = prop_oneof![
        3 => path.clone().prop_map(|p| format!("[{p}]")),
        3 => path.clone().prop_map(|p| format!("[[{p}]]")),
        3 => path.clone().prop_map(|p| format!("{p} = 1")),
        1 => path.clone().prop_map(|p| format!("{p} = {{}}")),
        1 => path.clone().prop_map(|p| format!("{p} = []")),
        1 => (path.clone(), path).prop_map(|(p, q)| format!("{p} = {{ {q} = 1 }}")),
    ];
    proptest::collection::vec(line, 1..8).prop_map(|lines| lines.join("\n"))
}

// ---- Mutations of data/ ----

const TOKENS: &[&[u8]] = &[
    b"\"",
    b"'",
    b"[",
    b"]]",
    b"{",
    b"}",
    b"=",
    b"\n",
    b"\r",
    b"\\",
    b".",
    b",",
    b"#",
    b"[[assignment]]\n",
    b"[copil]\n",
    b"[fte]\n",
    b"x = 1\n",
    b"a.b = 1\n",
    b"fte = 0.333\n",
    b"0x1F",
    b"1e3",
    b"nan",
    b"\"\"\"",
    b"2031-02-30",
    b"1979-05-27T07:32:00Z",
];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 6000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_documents_agree(text in document()) {
        if let Err(why) = agree(&text) {
            prop_assert!(false, "{text:?}: {why}");
        }
    }

    #[test]
    fn generated_tables_agree(text in tables()) {
        if let Err(why) = agree(&text) {
            prop_assert!(false, "{text:?}: {why}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_characters_agree(text in "[abc.=\\[\\]{},\"' \n#0-9x_+:TZ-]{0,60}") {
        if let Err(why) = agree(&text) {
            prop_assert!(false, "{text:?}: {why}");
        }
    }

    #[test]
    fn mutated_data_agrees(
        file in 0usize..1000,
        mutations in proptest::collection::vec(mutation(TOKENS), 1..5),
    ) {
        thread_local! {
            static FILES: Vec<Vec<u8>> = data_files()
                .iter()
                .map(|f| std::fs::read(data_dir().join(f)).expect("read"))
                .collect();
        }
        let mut bytes = FILES.with(|files| files[file % files.len()].clone());
        for m in &mutations {
            apply(&mut bytes, m);
        }
        // The loader refuses what is not UTF-8 before parsing.
        if let Ok(text) = String::from_utf8(bytes)
            && let Err(why) = agree(&text)
        {
            prop_assert!(false, "{text:?}: {why}");
        }
    }
}
