//! The text of one record file, and how byte offsets map to lines and columns.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// A file's text as read, with its path relative to the repository root.
#[derive(Debug)]
pub struct SourceFile {
    /// Relative to the root, `/`-separated: how diagnostics name it.
    /// Shared with the file's record, so that 100,000 files do not hold
    /// their path twice.
    pub path: Arc<str>,
    /// The text, without a leading UTF-8 BOM. Invalid UTF-8 is replaced
    /// (the loader reports it) so that snippets can still be shown.
    pub text: String,
    line_starts: OnceLock<Vec<usize>>,
}

/// A position as editors count it: 1-based line, 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters, not bytes.
    pub column: usize,
}

impl SourceFile {
    /// A file with its text; the BOM, if any, is dropped here so that every
    /// later offset is an offset into what the parser saw.
    pub fn new(path: impl Into<Arc<str>>, mut text: String) -> Self {
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        SourceFile {
            path: path.into(),
            text,
            line_starts: OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        // Only files with a diagnostic need this, so it is built on first use.
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// The line and column of a byte offset, clamped into the text.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.floor_boundary(offset.min(self.text.len()));
        let starts = self.line_starts();
        let index = starts.partition_point(|&start| start <= offset) - 1;
        let column = self.text[starts[index]..offset].chars().count() + 1;
        Position {
            line: index + 1,
            column,
        }
    }

    /// The byte range of the 1-based `line`, without its line ending.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        let starts = self.line_starts();
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
        let file = SourceFile::new("a.toml", "\u{feff}a = 1\r\nnom = \"é\" x\n".into());
        assert_eq!(file.position(0), Position { line: 1, column: 1 });
        let x = file.text.find('x').unwrap();
        assert_eq!(
            file.position(x),
            Position {
                line: 2,
                column: 11
            }
        );
        assert_eq!(&file.text[file.line_range(1)], "a = 1");
        assert_eq!(file.position(10_000).line, 3);
    }
}
