//! The text of one record file, and how byte offsets map to lines and columns.
//!
//! Only the files with a problem need their text (for line numbers and
//! snippets), and 100,000 files hold as many bytes of text as all their
//! records together: so the loader keeps the text of a file with a problem
//! of its own, and only a fingerprint of the others. When a rule later finds
//! a problem in one of those, its text is read again and used only if its
//! fingerprint is the same (the file did not change in between).

use std::hash::BuildHasher;
use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// A file's text, as read, decoded and checked.
#[derive(Debug, Clone)]
pub struct Text {
    /// The text, without a leading UTF-8 BOM. Invalid UTF-8 is replaced
    /// (the loader reports it) so that snippets can still be shown.
    pub text: String,
    line_starts: Vec<usize>,
}

/// A record file: its path, and its text when a problem needs it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative to the root, `/`-separated: how diagnostics name it.
    /// Shared with the file's record, so that 100,000 files do not hold
    /// their path twice.
    pub path: Arc<str>,
    /// What the text was when it was parsed.
    fingerprint: Fingerprint,
    /// The text: set when the file is read with a problem, or when it is
    /// read again; `None` when it could not be read again as it was.
    text: OnceLock<Option<Box<Text>>>,
}

/// The length and a hash of a text: enough to tell that a file read again
/// is still the one that was parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    fn of(text: &str) -> Self {
        // A fixed seed: the same text gives the same hash in any run.
        let hash = foldhash::fast::FixedState::with_seed(0x00c7_9e0d).hash_one(text);
        Fingerprint {
            len: text.len(),
            hash,
        }
    }
}

/// A position as editors count it: 1-based line, 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters, not bytes.
    pub column: usize,
}

/// A file's bytes as text: the BOM, if any, dropped (so that every offset is
/// an offset into what the parser sees), invalid UTF-8 replaced.
#[derive(Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Where the first invalid UTF-8 sequence starts in `text`, if any.
    pub invalid_at: Option<usize>,
}

/// Decodes a file's bytes.
pub fn decode(mut bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            invalid_at: None,
        },
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            Decoded {
                text: String::from_utf8_lossy(error.as_bytes()).into_owned(),
                invalid_at: Some(at),
            }
        }
    }
}

impl SourceFile {
    /// A file whose text is kept.
    pub fn kept(path: impl Into<Arc<str>>, text: String) -> Self {
        let fingerprint = Fingerprint::of(&text);
        SourceFile {
            path: path.into(),
            fingerprint,
            text: OnceLock::from(Some(Box::new(Text::new(text)))),
        }
    }

    /// A file whose text is dropped, to be read again if a problem needs it.
    pub fn fingerprinted(path: impl Into<Arc<str>>, text: &str) -> Self {
        SourceFile {
            path: path.into(),
            fingerprint: Fingerprint::of(text),
            text: OnceLock::new(),
        }
    }

    /// Whether `other` was read from the same text (by length and hash).
    pub fn same_text(&self, other: &SourceFile) -> bool {
        self.fingerprint == other.fingerprint
    }

    /// The text, if it is held.
    pub fn text(&self) -> Option<&Text> {
        self.text.get().and_then(Option::as_deref)
    }

    /// Reads the text again from `full`, if it is not held yet, and keeps
    /// it if it is still what was parsed. Tried once.
    pub fn reread(&self, full: &Path) {
        self.text.get_or_init(|| {
            let bytes = crate::read::loader::read_bytes(full).ok()?;
            let text = decode(bytes).text;
            (Fingerprint::of(&text) == self.fingerprint).then(|| Box::new(Text::new(text)))
        });
    }

    /// The line and column of a byte offset, if the text is held.
    pub fn position(&self, offset: usize) -> Option<Position> {
        Some(self.text()?.position(offset))
    }
}

impl Text {
    fn new(text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Text { text, line_starts }
    }

    /// The line and column of a byte offset, clamped into the text.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.floor_boundary(offset.min(self.text.len()));
        let starts = &self.line_starts;
        let index = starts.partition_point(|&start| start <= offset) - 1;
        let column = self.text[starts[index]..offset].chars().count() + 1;
        Position {
            line: index + 1,
            column,
        }
    }

    /// The byte range of the 1-based `line`, without its line ending.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        let starts = &self.line_starts;
        let start = starts[line - 1];
        let mut end = starts.get(line).map_or(self.text.len(), |next| next - 1);
        if self.text[start..end].ends_with('\r') {
            end -= 1;
        }
        start..end
    }

    /// The nearest char boundary at or before `offset`.
    pub fn floor_boundary(&self, mut offset: usize) -> usize {
        while offset > 0 && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let decoded = decode(b"\xEF\xBB\xBFa = 1\r\nnom = \"\xC3\xA9\" x\n".to_vec());
        assert_eq!(decoded.invalid_at, None);
        let file = SourceFile::kept("a.toml", decoded.text);
        let text = file.text().expect("kept");
        assert_eq!(text.position(0), Position { line: 1, column: 1 });
        let x = text.text.find('x').unwrap();
        assert_eq!(
            text.position(x),
            Position {
                line: 2,
                column: 11
            }
        );
        assert_eq!(&text.text[text.line_range(1)], "a = 1");
        assert_eq!(text.position(10_000).line, 3);
    }

    #[test]
    fn a_text_read_again_is_kept_only_if_unchanged() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let full = dir.path().join("a.toml");
        std::fs::write(&full, "\u{feff}title = \"x\"\n").expect("write");
        let same = SourceFile::fingerprinted("a.toml", "title = \"x\"\n");
        assert!(same.text().is_none());
        same.reread(&full);
        assert_eq!(same.position(8), Some(Position { line: 1, column: 9 }));
        let changed = SourceFile::fingerprinted("a.toml", "title = \"y\"\n");
        changed.reread(&full);
        assert!(changed.text().is_none());
        assert_eq!(changed.position(8), None);
        let gone = SourceFile::fingerprinted("b.toml", "");
        gone.reread(&dir.path().join("b.toml"));
        assert!(gone.text().is_none());
    }
}
