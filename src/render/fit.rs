//! Tables and paragraphs that fit a width. Figures, dates, ids and short
//! words keep whole; only free text (names, titles, missions) wraps, at
//! spaces and after a hyphen between two letters (`Port-Saint-`, never
//! `2026-` nor `-0,20`), by display width. A table too wide for the screen
//! first shortens headers, then gives up its least useful columns, each
//! table in its own stated order, and says so under it; as a last resort
//! each row becomes a paragraph. A number is never broken across lines.

use textwrap::core::{Word, display_width};
use textwrap::{Options, WordSeparator, WordSplitter};

use crate::render::table::Grid;
use crate::wording::labels;
use ctg_core::i18n::Lang;

/// How a column may be laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Figures, dates, ids, short words: as wide as its widest line.
    Keep,
    /// Figures, aligned right.
    KeepRight,
    /// Free text: wraps at spaces and after hyphens, to no fewer columns
    /// than given (nor than its longest word): below that, the table is too
    /// cramped to read, and a shorter header or fewer columns read better.
    Wrap(usize),
}

/// Where a word may be split: after a hyphen between two letters, in a
/// word without a digit. A word with a digit is a figure, a date
/// (`2026-06-15`) or an id (`ad-01-permanences-acces-droits`): whole.
fn after_letter_hyphens(word: &str) -> Vec<usize> {
    if word.contains(|c: char| c.is_ascii_digit()) {
        return Vec::new();
    }
    word.match_indices('-')
        .filter(|(i, _)| {
            let before = word[..*i].chars().next_back();
            let after = word[i + 1..].chars().next();
            before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic)
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Whether a line may not start with this word: French punctuation that
/// follows a space (`50 %`, `Réunions :`, `; `), the list's `·`, an
/// arrow. The space before it holds, as a no-break space would.
fn clings(word: &str) -> bool {
    word.starts_with(['%', ':', ';', '!', '?', '»', '·', '→', '/'])
}

/// The words of a line, cut at spaces, except before a word that clings to
/// the one before it ([`clings`]) and after `«`.
fn words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut rest = line.char_indices().peekable();
    while let Some((i, c)) = rest.next() {
        if c != ' ' {
            continue;
        }
        let mut end = i + 1;
        while let Some((j, ' ')) = rest.peek().copied() {
            end = j + 1;
            rest.next();
        }
        let before = line[start..i].trim_end();
        if end < line.len() && !clings(&line[end..]) && !before.ends_with('«') {
            pieces.push(&line[start..end]);
            start = end;
        }
    }
    if start < line.len() {
        pieces.push(&line[start..]);
    }
    Box::new(pieces.into_iter().map(Word::from))
}

/// The options every wrap here shares.
fn options(width: usize) -> Options<'static> {
    Options::new(width.max(1))
        .word_separator(WordSeparator::Custom(words))
        .word_splitter(WordSplitter::Custom(after_letter_hyphens))
}

/// The widest piece a wrap leaves whole: a word, or a part of a hyphenated
/// one; a table column narrower than it would have to break it.
fn widest_piece(text: &str) -> usize {
    text.lines()
        .flat_map(words)
        .flat_map(|word| {
            let word = word.word;
            let mut cuts = after_letter_hyphens(word);
            cuts.push(word.len());
            let mut from = 0;
            cuts.into_iter()
                .map(|to| {
                    let piece = display_width(&word[from..to]);
                    from = to;
                    piece
                })
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap_or(0)
}

fn widest_line(text: &str) -> usize {
    text.lines().map(display_width).max().unwrap_or(0)
}

/// A cell's text in lines of at most `width` columns, never breaking a
/// word (the column is at least as wide as its widest piece).
fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_each_line(text, &options(width).break_words(false))
}

/// Each line of `text` wrapped with `options`; an empty line stays one.
fn wrap_each_line(text: &str, options: &Options<'_>) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            let wrapped = textwrap::wrap(line, options);
            if wrapped.is_empty() {
                vec![String::new()]
            } else {
                wrapped.into_iter().map(|l| l.into_owned()).collect()
            }
        })
        .collect()
}

/// Text in lines of at most `width` columns, at spaces (no hyphen cut):
/// the lines of a paragraph. Only a word wider than the whole line (a
/// path, a long id; never a figure) is broken.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    let options = Options::new(width.max(1))
        .word_separator(WordSeparator::Custom(words))
        .word_splitter(WordSplitter::NoHyphenation);
    wrap_each_line(text, &options)
}

/// Text of several lines, each wrapped as [`lines`] does: the sentences
/// around a table.
pub fn fill(text: &str, width: usize) -> String {
    text.split('\n')
        .map(|line| lines(line, width).join("\n"))
        .collect::<Vec<_>>()
        .join("\n")
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
    let room = width.checked_sub((3 * n).saturating_sub(1))?;
    let mut want = vec![0; n];
    let mut least = vec![0; n];
    for (i, column) in columns.iter().enumerate() {
        let cells = rows.iter().map(|r| r[i].as_str());
        let widest_cell = cells.clone().map(widest_line).max().unwrap_or(0);
        want[i] = widest_cell.max(widest_line(&header[i]));
        least[i] = match column {
            // A header wraps at its spaces; the figures under it do not.
            Column::Keep | Column::KeepRight => widest_cell.max(widest_piece(&header[i])),
            Column::Wrap(min) => {
                let pieces = cells
                    .map(widest_piece)
                    .max()
                    .unwrap_or(0)
                    .max(widest_piece(&header[i]));
                (*min).min(want[i]).max(pieces)
            }
        };
    }
    if want.iter().sum::<usize>() <= room {
        return Some(want);
    }
    if least.iter().sum::<usize>() > room {
        return None;
    }
    // Each column gets its least; what is left goes to the headers of
    // figures (short: one line each reads better) when the free text still
    // gets half of what more it wants, else to the free text first. The
    // free text shares fairly: a column that wants less than its share (a
    // name, a status) gets all it wants and does not wrap, and the longest
    // ones (a title) share the rest.
    let mut out = least.clone();
    let mut left = room - least.iter().sum::<usize>();
    let wraps = |i: usize| matches!(columns[i], Column::Wrap(_));
    let headers_more: usize = (0..n)
        .filter(|&i| !wraps(i))
        .map(|i| want[i] - least[i])
        .sum();
    let text_more: usize = (0..n)
        .filter(|&i| wraps(i))
        .map(|i| want[i] - least[i])
        .sum();
    let headers_first = 2 * left.saturating_sub(headers_more) >= text_more;
    let give_headers = |out: &mut Vec<usize>, left: &mut usize| {
        for i in (0..n).filter(|&i| !wraps(i)) {
            let give = (want[i] - out[i]).min(*left);
            out[i] += give;
            *left -= give;
        }
    };
    if headers_first {
        give_headers(&mut out, &mut left);
    }
    let mut free: Vec<usize> = (0..n).filter(|&i| wraps(i)).collect();
    free.sort_by_key(|&i| want[i] - least[i]);
    for (k, &i) in free.iter().enumerate() {
        let share = left / (free.len() - k);
        let give = (want[i] - out[i]).min(share);
        out[i] += give;
        left -= give;
    }
    give_headers(&mut out, &mut left);
    Some(out)
}

/// The table laid out within `width` columns, with a rule under the
/// header (box drawing on a terminal, `-` otherwise), or `None` when it
/// cannot fit without breaking a figure or a word.
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

/// The grid as a table within `width`: whole if it fits; else with the
/// grid's short headers, one after the other, then without its least
/// useful columns, one after the other, said in a line under it; else one
/// paragraph per row.
pub fn layout(grid: &Grid, width: usize, terminal: bool, lang: Lang) -> String {
    let n = grid.header.len();
    // Fewer columns left out first, then fewer headers shortened: a short
    // header loses less than a column.
    for gone in 0..=grid.drops.len() {
        let dropped = &grid.drops[..gone];
        for shortened in 0..=grid.shorts.len() {
            let shorts = &grid.shorts[..shortened];
            if shortened > 0 && dropped.contains(&shorts[shortened - 1].0) {
                continue;
            }
            let shown: Vec<usize> = (0..n).filter(|i| !dropped.contains(i)).collect();
            let header: Vec<String> = shown
                .iter()
                .map(|&i| match shorts.iter().rev().find(|(c, _)| *c == i) {
                    Some((_, short)) => short.clone(),
                    None => grid.header[i].clone(),
                })
                .collect();
            let rows: Vec<Vec<String>> = grid
                .rows
                .iter()
                .map(|r| shown.iter().map(|&i| r[i].clone()).collect())
                .collect();
            let columns: Vec<Column> = shown.iter().map(|&i| grid.columns[i]).collect();
            let Some(mut out) = table(&header, &rows, &columns, width, terminal) else {
                continue;
            };
            let short: Vec<(String, String)> = shorts
                .iter()
                .filter(|(i, _)| !dropped.contains(i))
                .map(|(i, short)| (grid.header[*i].clone(), short.clone()))
                .collect();
            let gone: Vec<String> = dropped.iter().map(|&i| grid.header[i].clone()).collect();
            if let Some(note) = labels::columns_fitted(&short, &gone, lang) {
                for line in lines(&note, width) {
                    out.push_str(&line);
                    out.push('\n');
                }
            }
            return out;
        }
    }
    paragraphs(grid, width, lang)
}

/// Each row as a paragraph: its first cell, then `Header: value` for every
/// other cell, for a screen too narrow for any table.
fn paragraphs(grid: &Grid, width: usize, lang: Lang) -> String {
    let one_line = |text: &str| {
        text.lines()
            .collect::<Vec<_>>()
            .join(labels::semicolon(lang))
    };
    let blocks: Vec<String> = grid
        .rows
        .iter()
        .map(|row| {
            let mut out = paragraph(&one_line(&row[0]), width, "  ");
            let pairs: Vec<String> = (1..row.len())
                .filter(|&i| !row[i].trim().is_empty())
                .map(|i| {
                    format!(
                        "{}{} {}",
                        one_line(&grid.header[i]),
                        labels::colon(lang),
                        one_line(&row[i])
                    )
                })
                .collect();
            if !pairs.is_empty() {
                out.push_str(&paragraph(
                    &format!("  {}", pairs.join(" · ")),
                    width,
                    "    ",
                ));
            }
            out
        })
        .collect();
    blocks.join("\n")
}

/// A paragraph wrapped to `width`, every line after the first indented by
/// `indent` spaces; never broken inside a figure.
pub fn paragraph(text: &str, width: usize, indent: &str) -> String {
    let options = Options::new(width.max(indent.len() + 10))
        .subsequent_indent(indent)
        .word_separator(WordSeparator::Custom(words))
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
    fn names_wrap_after_their_hyphens_and_dates_never() {
        let header = s(&["Name", "X"]);
        let rows = vec![s(&["Port-Saint-Louis-du-Rhône 2026-06-15", "1"])];
        let out = table(&header, &rows, &[Column::Wrap(4), Column::Keep], 18, false).unwrap();
        assert!(out.contains("Port-Saint-"), "{out}");
        assert!(out.contains("2026-06-15"), "{out}");
    }

    #[test]
    fn a_word_is_never_broken_in_a_cell() {
        // The column is as wide as its longest word, whatever its minimum.
        let header = s(&["Missions", "FTE"]);
        let rows = vec![s(&["coordination, évaluation", "0,50"])];
        let out = table(
            &header,
            &rows,
            &[Column::Wrap(3), Column::KeepRight],
            22,
            false,
        )
        .unwrap();
        assert!(out.contains("coordination,"), "{out}");
        assert!(out.contains("évaluation"), "{out}");
    }

    #[test]
    fn a_paragraph_keeps_figures_and_french_signs_whole() {
        let text = "Non cofinancés par la Caf (non comptés) : 0,2 ETP (Marc Lefebvre, Fos-sur-Mer 0,2), 50 % ; fin";
        for width in 20..60 {
            let out = paragraph(text, width, "");
            assert!(out.lines().all(|l| display_width(l) <= width), "{out}");
            for line in out.lines() {
                assert!(
                    !line.starts_with(['%', ':', ';']),
                    "a sign starts a line at {width}: {out}"
                );
                assert!(!line.ends_with("0,"), "{out}");
            }
        }
    }

    #[test]
    fn headers_shorten_then_columns_go_then_rows_become_paragraphs() {
        let mut grid = Grid::new(s(&["Name", "Development", "Employer"]), &[1])
            .short(1, "Dev.")
            .drop_first(&[2]);
        grid.push(s(&["Ana", "+0,50", "Ville d'Istres"]));
        let whole = layout(&grid, 80, false, Lang::En);
        assert!(
            !whole.contains("abbreviated") && !whole.contains("left out"),
            "{whole}"
        );
        let short = layout(&grid, 30, false, Lang::En);
        assert!(short.contains("Dev."), "{short}");
        assert!(short.contains("Development → Dev."), "{short}");
        let fewer = layout(&grid, 22, false, Lang::En);
        assert!(
            !fewer.contains("Istres") && fewer.contains("Employer"),
            "{fewer}"
        );
        let blocks = layout(&grid, 12, false, Lang::En);
        assert!(
            blocks.contains("Employer:") && blocks.contains("d'Istres"),
            "{blocks}"
        );
    }
}
