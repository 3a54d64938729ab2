//! `ctg schema`: the JSON Schemas accept every file of `data/` and of a new
//! repository, reject what `ctg check` rejects for its format, and are never
//! written over an existing file without --force.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn ctg() -> Command {
    let mut cmd = crate::support::ctg();
    cmd.env_remove("CTG_DIR");
    cmd
}

/// TOML as taplo hands it to a JSON Schema: dates become strings.
fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

/// A record's text as a JSON Schema validator sees it.
pub(crate) fn parse_toml(text: &str) -> Value {
    to_json(toml::Value::Table(toml::from_str(text).unwrap()))
}

fn read_json(path: &Path) -> Value {
    parse_toml(&std::fs::read_to_string(path).unwrap())
}

/// The schemas as `ctg schema` prints them, keyed by kind.
pub(crate) fn schemas() -> serde_json::Map<String, Value> {
    let out = ctg().arg("schema").assert().success();
    let all: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    all.as_object().unwrap().clone()
}

pub(crate) fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap()
}

fn kind_of(relative: &str) -> &'static str {
    match relative.split('/').next().unwrap() {
        "copil.toml" => "copil",
        "commissions" => "commission",
        "officers" => "officer",
        "actions" => "action",
        other => panic!("not a record: {other}"),
    }
}

/// Validates every record file under `root`; returns how many there were.
fn validate_tree(root: &Path) -> usize {
    let schemas = schemas();
    let mut count = 0;
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.unwrap();
        let relative = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if !entry.file_type().is_file() || !relative.ends_with(".toml") || relative.starts_with('.')
        {
            continue;
        }
        let schema = &schemas[kind_of(&relative)];
        let instance = read_json(entry.path());
        let errors: Vec<String> = validator(schema)
            .iter_errors(&instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{relative}: {errors:?}");
        count += 1;
    }
    count
}

#[test]
fn every_file_of_data_is_valid() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    assert!(validate_tree(&data) > 30);
}

#[test]
fn every_file_of_a_new_repository_is_valid_against_the_schemas_it_ships() {
    let tmp = tempfile::tempdir().unwrap();
    ctg()
        .args(["--at", "2026-11-28", "init"])
        .arg(tmp.path())
        .assert()
        .success();
    assert_eq!(validate_tree(tmp.path()), 4);
    // The files init wrote are the schemas `ctg schema` prints.
    for (kind, schema) in schemas() {
        let written =
            std::fs::read_to_string(tmp.path().join(format!(".ctg/schemas/{kind}.schema.json")))
                .unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(&written).unwrap(),
            schema,
            "{kind}"
        );
    }
}

#[test]
fn the_schemas_reject_what_check_rejects_for_its_format() {
    let schemas = schemas();
    let officer = validator(&schemas["officer"]);
    let parse = |text: &str| to_json(toml::Value::Table(toml::from_str(text).unwrap()));
    let good =
        "name = \"A\"\n[[assignment]]\ncommune = \"Istres\"\nfte = 0.5\nstart = 2025-01-01\n";
    assert!(officer.is_valid(&parse(good)));
    for bad in [
        good.replace("name", "nmae"),           // unknown and missing field
        good.replace("fte = 0.5", "fte = 1.5"), // out of range
        good.replace("fte = 0.5", "fte = 0"),   // not above 0
        good.replace("start = 2025-01-01", "start = \"soon\""), // not a date
        good.replace("name = \"A\"", "name = \"A\"\nmissions = [\"fun\"]"), // not a mission
    ] {
        assert!(!officer.is_valid(&parse(&bad)), "{bad}");
    }
    let action = validator(&schemas["action"]);
    let base = "title = \"x\"\ncommission = \"c\"\nstatus = \"planned\"\n";
    assert!(action.is_valid(&parse(base)));
    assert!(!action.is_valid(&parse(&base.replace("planned", "doing"))));
    assert!(!action.is_valid(&parse(&format!("{base}progress = 101\n"))));
}

#[test]
fn fields_carry_their_documentation() {
    let schemas = schemas();
    assert_eq!(
        schemas["officer"]["properties"]["caf_cofunded"]["description"],
        "Whether the Caf cofunds the post, so that it counts toward fte.target. Default: true."
    );
    assert_eq!(
        schemas["copil"]["$schema"],
        "http://json-schema.org/draft-07/schema#"
    );
    assert_eq!(
        schemas["copil"]["properties"]["convention"]["properties"]["start"]["format"],
        "date"
    );
}

#[test]
fn out_writes_one_file_per_kind_and_never_overwrites_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ctg()
        .arg("schema")
        .arg("--out")
        .arg(tmp.path())
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for kind in ["copil", "commission", "officer", "action"] {
        let path = tmp.path().join(format!("{kind}.schema.json"));
        assert!(
            stdout.contains(&format!("wrote {}\n", path.display())),
            "{stdout}"
        );
        assert!(path.is_file());
    }
    let officer = tmp.path().join("officer.schema.json");
    std::fs::write(&officer, "mine").unwrap();
    let out = ctg()
        .args(["--lang", "en", "schema", "--out"])
        .arg(tmp.path())
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("already exists; nothing was written"), "{err}");
    assert_eq!(std::fs::read_to_string(&officer).unwrap(), "mine");
    ctg()
        .args(["schema", "--force", "--out"])
        .arg(tmp.path())
        .assert()
        .success();
    assert_ne!(std::fs::read_to_string(&officer).unwrap(), "mine");
}
