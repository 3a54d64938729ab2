//! JSON Schemas of the record files, for editors (taplo, Even Better TOML),
//! generated from [`crate::domain::schema`] so that they say what the checker checks.
//!
//! TOML dates become strings of format `date`, as taplo presents them.

use serde_json::{Map, Value, json};

use crate::domain::model::RecordKind;
use crate::domain::schema::{Field, FteRange, Ty, fields_of};

/// Every kind of file with a schema, in documentation order.
pub const KINDS: [RecordKind; 4] = [
    RecordKind::Copil,
    RecordKind::Commission,
    RecordKind::Officer,
    RecordKind::Action,
];

/// The schema's file name for a kind: `officer.schema.json`.
pub fn file_name(kind: RecordKind) -> String {
    format!("{}.schema.json", name(kind))
}

/// The kind's name as used in file names: `copil`, `officer`…
pub fn name(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Copil => "copil",
        RecordKind::Commission => "commission",
        RecordKind::Officer => "officer",
        RecordKind::Action => "action",
    }
}

fn title(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Copil => "copil.toml: the convention, its COPIL and its FTE plan",
        RecordKind::Commission => "commissions/<id>.toml: a working commission",
        RecordKind::Officer => "officers/<id>.toml: a cooperation officer",
        RecordKind::Action => "actions/<id>.toml: an action of the plan",
    }
}

/// The JSON Schema (draft-07) of a kind's files.
pub fn schema(kind: RecordKind) -> Value {
    let mut root = table(fields_of(kind));
    if let Value::Object(map) = &mut root {
        map.insert(
            "$schema".into(),
            json!("http://json-schema.org/draft-07/schema#"),
        );
        map.insert(
            "$id".into(),
            json!(format!("https://ctg.invalid/schemas/{}", file_name(kind))),
        );
        map.insert("title".into(), json!(title(kind)));
    }
    root
}

/// The schema as a file's text: pretty JSON with a final newline.
pub fn text(kind: RecordKind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    text.push('\n');
    text
}

fn table(fields: &[Field]) -> Value {
    let mut properties = Map::new();
    for field in fields {
        let mut property = ty(&field.ty);
        if let Value::Object(map) = &mut property {
            map.insert("description".into(), json!(field.doc));
        }
        properties.insert(field.name.into(), property);
    }
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    let mut map = Map::new();
    map.insert("type".into(), json!("object"));
    map.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        map.insert("required".into(), json!(required));
    }
    map.insert("additionalProperties".into(), json!(false));
    Value::Object(map)
}

fn ty(ty: &Ty) -> Value {
    match ty {
        Ty::Str => json!({ "type": "string" }),
        Ty::Date => json!({ "type": "string", "format": "date" }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Int { min, max } => json!({ "type": "integer", "minimum": min, "maximum": max }),
        // At most two decimals is checked by ctg; `multipleOf: 0.01` would
        // reject 0.29 in validators that divide binary floats.
        Ty::Fte(FteRange::Share) => {
            json!({ "type": "number", "exclusiveMinimum": 0, "maximum": 1 })
        }
        Ty::Fte(FteRange::Positive) => json!({ "type": "number", "exclusiveMinimum": 0 }),
        Ty::Fte(FteRange::NonNegative) => json!({ "type": "number", "minimum": 0 }),
        Ty::Number => json!({ "type": "number" }),
        Ty::Enum(words) => json!({ "type": "string", "enum": words }),
        Ty::List(item) => json!({ "type": "array", "items": self::ty(item) }),
        Ty::Table(fields) => table(fields),
        Ty::TableList(fields) => json!({ "type": "array", "items": table(fields) }),
        Ty::Map(value) => json!({ "type": "object", "additionalProperties": self::ty(value) }),
    }
}

/// The `.taplo.toml` that maps each kind of file to its schema in `dir`
/// (a path relative to the repository root, `/`-separated).
pub fn taplo_config(dir: &str) -> String {
    let mut out = String::new();
    for kind in KINDS {
        let include = match kind.folder() {
            None => "copil.toml".to_owned(),
            Some(folder) => format!("{folder}/**/*.toml"),
        };
        out.push_str(&format!(
            "[[rule]]\ninclude = [\"{include}\"]\n\n[rule.schema]\npath = \"./{dir}/{}\"\n\n",
            file_name(kind)
        ));
    }
    out
}
