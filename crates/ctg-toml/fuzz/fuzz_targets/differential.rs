//! The lean tree against `toml`'s own parser, on any bytes: it never panics,
//! and it accepts a document exactly when `toml` reports no error (the
//! property test `tests/differential.rs` also compares the trees, on
//! generated documents).
//!
//! ```text
//! cd crates/ctg-toml/fuzz && cargo +nightly fuzz run differential
//! ```

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (_, errors) = toml::de::DeTable::parse_recoverable(text);
    let ours = ctg_toml::parse(text);
    assert_eq!(
        errors.is_empty(),
        ours.is_ok(),
        "toml and the lean tree disagree on {text:?}"
    );
});
