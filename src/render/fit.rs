//! Tables that fit a width: figures, dates and short words keep whole; only
//! free text (names, titles, ids) wraps, at spaces and after hyphens, by
//! display width. When even the narrowest layout is too wide, the caller
//! is told (`None`), so that it can print another form rather than break a
//! number across lines.

use textwrap::{Options, WordSplitter, core::display_width};

/// How a column may be laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Figures, dates, short words: as wide as its widest line.
    Keep,
    /// Figures, aligned right.
    KeepRight,
    /// Free text: wraps at spaces and after hyphens, to no fewer columns
    /// than given (or than its longest word, if less): below that, the
    /// table is too cramped to read, and the caller's other form is better.
    Wrap(usize),
}

fn widest_line(text: &str) -> usize {
    text.lines().map(display_width).max().unwrap_or(0)
}

fn widest_word(text: &str) -> usize {
    text.split([' ', '\n', '-'])
        .map(|w| display_width(w) + 1)
        .max()
        .unwrap_or(0)
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let options = Options::new(width.max(1)).word_splitter(WordSplitter::HyphenSplitter);
    text.lines()
        .flat_map(|line| {
            let wrapped = textwrap::wrap(line, &options);
            if wrapped.is_empty() {
                vec![String::new()]
            } else {
                wrapped.into_iter().map(|l| l.into_owned()).collect()
            }
        })
        .collect()
}

/// The widths of the columns within `width` (each column takes its width
/// plus a space on either side, and one space between two), or `None`.
fn widths(
    header: &[String],
    rows: &[Vec<String>],
    columns: &[Column],
    width: usize,
) -> Option<Vec<usize>> {
    let n = header.len();
    let room = width.checked_sub(3 * n - 1)?;
    let mut want = vec![0; n];
    let mut least = vec![0; n];
    for (i, column) in columns.iter().enumerate() {
        let cells = rows.iter().map(|r| r[i].as_str());
        want[i] = cells
            .clone()
            .map(widest_line)
            .max()
            .unwrap_or(0)
            .max(widest_line(&header[i]));
        least[i] = match column {
            // A header wraps at its spaces; the figures under it do not.
            Column::Keep | Column::KeepRight => cells
                .map(widest_line)
                .max()
                .unwrap_or(0)
                .max(header[i].split(' ').map(display_width).max().unwrap_or(0)),
            Column::Wrap(min) => (*min).max(widest_word(&header[i])).min(want[i]),
        };
    }
    if want.iter().sum::<usize>() <= room {
        return Some(want);
    }
    if least.iter().sum::<usize>() > room {
        return None;
    }
    // Give each column its least, then share what is left among the
    // wrapping columns, in proportion to what more they want.
    let mut out = least.clone();
    let mut left = room - least.iter().sum::<usize>();
    // Keeping columns stay at their least: their headers wrap, not figures.
    let more: Vec<usize> = (0..n)
        .map(|i| match columns[i] {
            Column::Wrap(_) => want[i] - least[i],
            Column::Keep | Column::KeepRight => 0,
        })
        .collect();
    let total_more: usize = more.iter().sum();
    if total_more > 0 {
        for i in 0..n {
            out[i] += (more[i] * left).checked_div(total_more).unwrap_or(0);
        }
        left = room - out.iter().sum::<usize>();
        for i in 0..n {
            if left == 0 {
                break;
            }
            if out[i] < want[i] && matches!(columns[i], Column::Wrap(_)) {
                out[i] += 1;
                left -= 1;
            }
        }
    }
    Some(out)
}

/// The table laid out within `width` columns, with a rule under the
/// header (box drawing on a terminal, `-` otherwise), or `None` when it
/// cannot fit without breaking a figure.
pub fn table(
    header: &[String],
    rows: &[Vec<String>],
    columns: &[Column],
    width: usize,
    terminal: bool,
) -> Option<String> {
    let widths = widths(header, rows, columns, width)?;
    let mut out = String::new();
    let line = |cells: &[String], out: &mut String| {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| wrap(c, *w))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        for k in 0..height {
            let mut text = String::new();
            for (i, lines) in wrapped.iter().enumerate() {
                let cell = lines.get(k).map_or("", String::as_str);
                let pad = widths[i].saturating_sub(display_width(cell));
                if i > 0 {
                    text.push(' ');
                }
                text.push(' ');
                if columns[i] == Column::KeepRight {
                    text.push_str(&" ".repeat(pad));
                    text.push_str(cell);
                } else {
                    text.push_str(cell);
                    text.push_str(&" ".repeat(pad));
                }
                text.push(' ');
            }
            out.push_str(text.trim_end());
            out.push('\n');
        }
    };
    line(header, &mut out);
    let rule = if terminal { "─" } else { "-" };
    let rules: Vec<String> = widths.iter().map(|w| rule.repeat(w + 2)).collect();
    out.push_str(&rules.join(" "));
    out.push('\n');
    for row in rows {
        line(row, &mut out);
    }
    Some(out)
}

/// A paragraph wrapped to `width`, every line after the first indented by
/// `indent` spaces.
pub fn paragraph(text: &str, width: usize, indent: &str) -> String {
    let options = Options::new(width.max(indent.len() + 10))
        .subsequent_indent(indent)
        .word_splitter(WordSplitter::NoHyphenation);
    let mut out = textwrap::fill(text, &options);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn figures_keep_whole_and_text_wraps() {
        let header = s(&["Name", "Due"]);
        let rows = vec![s(&[
            "A rather long title that must wrap somewhere",
            "31/12/2026",
        ])];
        let out = table(&header, &rows, &[Column::Wrap(10), Column::Keep], 30, false).unwrap();
        assert!(out.lines().all(|l| display_width(l) <= 30), "{out}");
        assert!(out.contains("31/12/2026"), "{out}");
    }

    #[test]
    fn too_narrow_is_said() {
        let header = s(&["A", "B"]);
        let rows = vec![s(&["31/12/2026", "31/12/2027"])];
        assert_eq!(
            table(&header, &rows, &[Column::Keep, Column::Keep], 20, false),
            None
        );
        assert!(table(&header, &rows, &[Column::Keep, Column::Keep], 27, false).is_some());
    }

    #[test]
    fn ids_wrap_after_their_hyphens() {
        let header = s(&["Id", "X"]);
        let rows = vec![s(&["ad-01-permanences-acces-droits", "1"])];
        let out = table(&header, &rows, &[Column::Wrap(10), Column::Keep], 22, false).unwrap();
        assert!(out.contains("permanences-"), "{out}");
    }
}
