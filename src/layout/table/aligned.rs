//! Unruled tables from alignment: a stack of short label lines (the vocabulary says which
//! lines read as labels and which column a label names), the labels' columns, and the data
//! row under them, its words put in the columns by position. Rules are not read here: a
//! ruled table is found from its rules first ([`super::ruled`]), and this finder only sees
//! the lines those left.

use super::cells::CellLine;
use super::ruled::make_cell;
use super::{Column, Row, Ruling, Table};
use crate::layout::{Line, Settings, Vocabulary, Word};

/// Columns a label can name (the vocabulary's column indexes).
pub const COLUMNS: usize = 5;

/// One data cell as placed.
#[derive(Debug, Clone, PartialEq, Default)]
struct Placed {
    text: String,
    bbox: Option<[f64; 4]>,
}

/// A table as this finder sees it, before it becomes a [`Table`].
#[derive(Debug, Clone)]
struct Found {
    label_lines: Vec<usize>,
    row_lines: Vec<usize>,
    cells: Vec<Placed>,
    columns: [Option<(f64, f64)>; COLUMNS],
    labels: [Vec<(f64, String, [f64; 4])>; COLUMNS],
}

/// Takes its data row from the top of the next page for a table whose labels end a page:
/// those lines must read as one row, on one baseline, filling at least three columns,
/// with a number among them. Returns the line indexes taken.
pub fn continue_on(
    table: &mut Table,
    page: u32,
    lines: &[Line],
    candidates: &[usize],
    settings: &Settings,
) -> Option<Vec<usize>> {
    let first = *candidates.first()?;
    let base = &lines[first];
    let row: Vec<usize> =
        candidates.iter().copied().filter(|&m| (lines[m].y - base.y).abs() <= 0.5 * lines[m].size).collect();
    let spans: Vec<Option<(f64, f64)>> = table.columns.iter().map(|c| Some((c.x0, c.x1))).collect();
    let placed = assign_cells(lines, &row, &spans, settings);
    let filled = placed.iter().filter(|c| !c.text.is_empty()).count();
    let numeric = placed.iter().any(|c| c.text.chars().any(|ch| ch.is_ascii_digit()));
    if filled < 3 || !numeric || row.iter().any(|&m| lines[m].words.len() > 6) || table.header_rows == 0 {
        return None;
    }
    let body = table.header_rows;
    table.cells.retain(|c| c.row < body);
    table.rows.truncate(body);
    let (y0, y1) = row_extent(lines, &row);
    table.rows.push(Row { page, y0, y1 });
    for (col, p) in placed.into_iter().enumerate() {
        table.cells.push(data_cell(body, col, p, base.size));
    }
    table.next_page_lines = row.clone();
    Some(row)
}

fn row_extent(lines: &[Line], row: &[usize]) -> (f64, f64) {
    let y0 = row.iter().map(|&m| lines[m].bottom()).fold(f64::INFINITY, f64::min);
    let y1 = row.iter().map(|&m| lines[m].top()).fold(f64::NEG_INFINITY, f64::max);
    (y0, y1)
}

fn data_cell(row: usize, col: usize, p: Placed, size: f64) -> super::Cell {
    let lines = match p.bbox {
        Some(bbox) if !p.text.is_empty() => vec![CellLine { text: p.text, bbox, size, brk: None }],
        _ => Vec::new(),
    };
    make_cell(row, col, 1, 1, lines)
}

impl Found {
    /// The grid: a header row of the labels' columns (and any column holding data but no
    /// label, where its data stands), then the data row.
    fn into_table(self, lines: &[Line], page: u32) -> Table {
        let mut cols: Vec<(f64, f64, usize)> = (0..COLUMNS)
            .filter_map(|c| {
                self.columns[c]
                    .or_else(|| self.cells.get(c).and_then(|p| p.bbox).map(|b| (b[0], b[2])))
                    .map(|s| (s.0, s.1, c))
            })
            .collect();
        cols.sort_by(|a, b| a.0.total_cmp(&b.0));
        let columns: Vec<Column> = cols.iter().map(|&(x0, x1, _)| Column { x0, x1 }).collect();
        let (hy0, hy1) = row_extent(lines, &self.label_lines);
        let mut rows = vec![Row { page, y0: hy0, y1: hy1 }];
        let mut cells = Vec::new();
        for (col, &(_, _, c)) in cols.iter().enumerate() {
            let mut parts = self.labels[c].clone();
            parts.sort_by(|a, b| b.0.total_cmp(&a.0));
            let mut label_lines: Vec<CellLine> = parts
                .into_iter()
                .map(|(_, text, bbox)| CellLine { text, bbox, size: bbox[3] - bbox[1], brk: None })
                .collect();
            let inner = cols[col].1 - cols[col].0;
            super::cells::classify_breaks(&mut label_lines, inner, false);
            cells.push(make_cell(0, col, 1, 1, label_lines));
        }
        if !self.row_lines.is_empty() {
            let (y0, y1) = row_extent(lines, &self.row_lines);
            rows.push(Row { page, y0, y1 });
            let size = self.row_lines.first().map_or(10.0, |&m| lines[m].size);
            for (col, &(_, _, c)) in cols.iter().enumerate() {
                cells.push(data_cell(1, col, self.cells.get(c).cloned().unwrap_or_default(), size));
            }
        }
        let all: Vec<&Line> = self.label_lines.iter().chain(&self.row_lines).map(|&m| &lines[m]).collect();
        let bbox = [
            all.iter().map(|l| l.x0).fold(f64::INFINITY, f64::min),
            all.iter().map(|l| l.bottom()).fold(f64::INFINITY, f64::min),
            all.iter().map(|l| l.x1).fold(f64::NEG_INFINITY, f64::max),
            all.iter().map(|l| l.top()).fold(f64::NEG_INFINITY, f64::max),
        ];
        let mut taken: Vec<usize> = self.label_lines.iter().chain(&self.row_lines).copied().collect();
        taken.sort_unstable();
        Table {
            page,
            bbox,
            ruling: Ruling::None,
            columns,
            rows,
            cells,
            header_rows: 1,
            lines: taken,
            next_page_lines: Vec::new(),
            rules: Vec::new(),
        }
    }
}

/// What a label line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// One of the five columns, counted from 0: travel+stay, other, transport, CO₂
    /// tonnes, CO₂ compensation.
    Column(usize),
    /// A label over several columns (`Kosten bestuur`) or a fragment that names none by
    /// itself (`kosten`).
    Other,
    /// Only words of a label that name nothing alone (`CO2-`, `en`): a label line inside
    /// a table's label rows, never the start of one.
    Part,
}

/// What a short line names as a table label.
fn label_of(line: &Line, vocabulary: &dyn Vocabulary, settings: &Settings) -> Option<Label> {
    // Labels are short: skip the text work for the many long body lines. A long line is a
    // label line only as a row of labels side by side, cells a column gap apart and closer
    // than a segment gap (`Reis en verblijf   Overige kosten   Vervoersmiddel …` in a
    // LaTeX `tabular` with its default 6 pt between cells): every phrase a label, two of
    // them naming columns (a justified line of prose whose stretched spaces cut it into
    // phrases holds words that are no label).
    if line.words.len() > settings.table_label_max_words {
        // Cheap first: three phrases at least, none longer than a label (most body lines
        // are one phrase).
        let (mut runs, mut run, mut longest) = (1, 1, 1);
        for w in line.words.windows(2) {
            if w[1].x0 - w[0].x1 <= settings.label_phrase_gap * w[1].size.max(1.0) {
                run += 1;
            } else {
                (runs, run) = (runs + 1, 1);
            }
            longest = longest.max(run);
        }
        if runs < 3 || longest > settings.table_label_max_words {
            return None;
        }
        let labels: Option<Vec<Label>> = phrases_of(line, settings).iter().map(|p| vocabulary.table_label(p)).collect();
        let mut named = labels?.into_iter().filter(|l| matches!(l, Label::Column(_)));
        let first = named.next()?;
        return named.next().map(|_| first);
    }
    vocabulary.table_label(line.text()).or_else(|| {
        // The labels of neighbouring columns on one line, one of them unreadable (a label
        // the OCR garbled, a label the vocabulary does not know): the line is a label line
        // when a phrase of it, set apart by more than a word space, names a column.
        let phrases = phrases_of(line, settings);
        phrases.iter().find_map(|p| match vocabulary.table_label(p) {
            Some(Label::Column(c)) => Some(Label::Column(c)),
            _ => None,
        })
    })
}

/// A line's phrases: runs of words without a gap wider than a label phrase's.
fn phrases_of(line: &Line, settings: &Settings) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last_x1: Option<f64> = None;
    for w in &line.words {
        let apart = last_x1.is_none_or(|x1| w.x0 - x1 > settings.label_phrase_gap * w.size.max(1.0));
        match out.last_mut() {
            Some(p) if !apart => {
                p.push(' ');
                p.push_str(&w.text);
            }
            _ => out.push(w.text.clone()),
        }
        last_x1 = Some(w.x1);
    }
    out
}

fn is_label_line(line: &Line, vocabulary: &dyn Vocabulary, settings: &Settings) -> bool {
    label_of(line, vocabulary, settings).is_some_and(|l| l != Label::Part)
}

/// Finds the cost tables among a page's lines (given top to bottom).
pub fn find_tables(
    lines: &[Line],
    taken: &[bool],
    gutters: &[crate::layout::Gutter],
    vocabulary: &dyn Vocabulary,
    settings: &Settings,
) -> Vec<Table> {
    // Lines on either side of a column gutter never belong to one table. A table's own
    // column gaps are whitespace too, but flanked by a few lines only.
    let apart = |a: &Line, b: &Line| {
        let (left, right) = if a.x0 <= b.x0 { (a, b) } else { (b, a) };
        gutters.iter().any(|g| {
            g.column
                && g.x0 >= left.x1.min(right.x0) - 0.5
                && g.x1 <= right.x0 + 0.5
                && g.y0 <= a.y.max(b.y) + a.size
                && g.y1 >= a.y.min(b.y) - a.size
        })
    };
    let mut tables = Vec::new();
    let mut used = taken.to_vec();
    let mut i = 0;
    while i < lines.len() {
        if used[i] || !is_label_line(&lines[i], vocabulary, settings) {
            i += 1;
            continue;
        }
        // Label rows: label lines that follow each other closely.
        let mut labels = vec![i];
        let mut lowest = lines[i].y;
        let mut j = i + 1;
        while j < lines.len() {
            let l = &lines[j];
            if lowest - l.y > settings.table_label_stack * l.size.max(lines[i].size) {
                break;
            }
            if apart(&lines[i], l) {
                j += 1;
                continue;
            }
            if used[j] {
                j += 1;
                continue;
            }
            if label_of(l, vocabulary, settings).is_some() {
                labels.push(j);
                lowest = lowest.min(l.y);
            } else if l.y < lowest - 0.5 * l.size {
                break;
            }
            j += 1;
        }
        let (columns, label_texts) = column_spans(lines, &labels, vocabulary, settings);
        if columns.iter().flatten().count() < 3 {
            // Too few column labels to be a cost table (e.g. a sentence fragment).
            i += 1;
            continue;
        }
        let left = columns.iter().flatten().map(|c| c.0).fold(f64::INFINITY, f64::min);
        let right = columns.iter().flatten().map(|c| c.1).fold(f64::NEG_INFINITY, f64::max);
        // The data row: the next lines below the labels, on one baseline, inside the table
        // (not the text of a column beside it).
        let width = right - left;
        // Where the first column's label is missing (misread by OCR, or never printed), the
        // row starts a column or so further left than the labels.
        let labelled = columns.iter().flatten().count();
        let reach = if columns[0].is_none() && labelled >= 2 { 2.0 * width / labelled as f64 } else { 0.0 };
        let inside = |l: &Line| l.x0 >= left - (0.15 * width).max(reach) && l.x1 <= right + 0.25 * width;
        let row = (j..lines.len()).find(|&k| {
            !used[k] && !labels.contains(&k) && lines[k].y < lowest - 0.3 * lines[k].size && inside(&lines[k])
        });
        let mut row_lines = Vec::new();
        if let Some(k) = row {
            let base = &lines[k];
            if lowest - base.y <= settings.table_row_max_gap * base.size.max(6.0) {
                for (m, l) in lines.iter().enumerate().skip(k) {
                    if used[m] || apart(&lines[i], l) {
                        continue;
                    }
                    if (l.y - base.y).abs() <= 0.5 * l.size && inside(l) {
                        row_lines.push(m);
                    }
                }
                // Cells that wrap onto a second line: short lines under the row, each
                // inside one column.
                let mut last_y = base.y;
                for (m, l) in lines.iter().enumerate().skip(k) {
                    if used[m] || row_lines.contains(&m) || l.y >= last_y || apart(&lines[i], l) {
                        continue;
                    }
                    if last_y - l.y > settings.table_wrap_gap * l.size {
                        break;
                    }
                    if columns.iter().flatten().any(|c| l.x0 >= c.0 - 2.0 && l.x1 <= c.1 + 0.5 * (c.1 - c.0) + 20.0)
                        && l.x1 - l.x0 < 0.4 * width
                    {
                        row_lines.push(m);
                        last_y = l.y;
                    } else {
                        break;
                    }
                }
            }
        }
        for &m in labels.iter().chain(&row_lines) {
            used[m] = true;
        }
        let cells = assign_cells(lines, &row_lines, &columns, settings);
        let page = lines[i].page;
        let found = Found { label_lines: labels, row_lines, cells, columns, labels: label_texts };
        tables.push(found.into_table(lines, page));
        // Not past `j`: the label loop steps over the lines of a table in the column
        // beside this one, which may start the next table (its lines are not `used`).
        i += 1;
    }
    tables
}

/// Horizontal extent of each column's label(s). A label line may hold the labels of
/// several columns side by side (`Reis en   Overige` in a narrow table): it is cut into
/// phrases at gaps wider than a word space, and each phrase names its own column.
/// Also returns each column's label phrases (baseline, text, box).
#[allow(clippy::type_complexity)]
fn column_spans(
    lines: &[Line],
    labels: &[usize],
    vocabulary: &dyn Vocabulary,
    settings: &Settings,
) -> ([Option<(f64, f64)>; COLUMNS], [Vec<(f64, String, [f64; 4])>; COLUMNS]) {
    let mut spans: [Option<(f64, f64)>; COLUMNS] = [None; COLUMNS];
    let mut texts: [Vec<(f64, String, [f64; 4])>; COLUMNS] = Default::default();
    let column_of = |w: &Word| match vocabulary.table_label(&w.text) {
        Some(Label::Column(c)) => Some(c),
        _ => None,
    };
    for &m in labels {
        let words = &lines[m].words;
        // The line's tightest word space: labels of neighbouring columns stand further
        // apart than the words of one label, if only a little in a narrow table.
        let tightest = words.windows(2).map(|p| p[1].x0 - p[0].x1).filter(|g| *g > 0.0).fold(f64::INFINITY, f64::min);
        let mut phrases: Vec<Vec<&Word>> = Vec::new();
        for w in words {
            let same_phrase = |q: &&Word| {
                let (gap, em) = (w.x0 - q.x1, w.size.max(1.0));
                gap <= settings.label_phrase_gap * em
                    && (gap <= settings.word_space * em
                        || gap <= 1.5 * tightest
                            && !matches!((column_of(q), column_of(w)), (Some(a), Some(b)) if a != b))
            };
            match phrases.last_mut() {
                Some(p) if p.last().is_some_and(same_phrase) => p.push(w),
                _ => phrases.push(vec![w]),
            }
        }
        for phrase in phrases {
            let text = phrase.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
            if let Some(Label::Column(c)) = vocabulary.table_label(&text) {
                let (x0, x1) = span_of(&phrase);
                let size = phrase.iter().map(|w| w.size).fold(0.0, f64::max);
                let y = phrase[0].y;
                texts[c].push((y, text.clone(), [x0, y - 0.25 * size, x1, y + 0.8 * size]));
                spans[c] = Some(match spans[c] {
                    Some((a, b)) => (a.min(x0), b.max(x1)),
                    None => (x0, x1),
                });
            }
        }
    }
    (spans, texts)
}

/// Puts the row's words into the five columns.
///
/// The first baseline is cut into segments at gaps wider than an em (a word space is a
/// third of one). Five segments are five cells, whatever their alignment. Otherwise the
/// segments are matched to the columns' labels in order (a cell never comes before the
/// one on its left), each to the label it lies nearest, which also holds for right-aligned
/// or centred cells. Lines of a wrapped cell join the column they stand under.
fn assign_cells(lines: &[Line], row: &[usize], columns: &[Option<(f64, f64)>], settings: &Settings) -> Vec<Placed> {
    let mut cells = vec![Placed::default(); columns.len()];
    let Some(base) = row.first().map(|&m| &lines[m]) else { return cells };
    let (mut first, mut wraps): (Vec<&Word>, Vec<&Word>) = (Vec::new(), Vec::new());
    for &m in row {
        let l = &lines[m];
        let target = if (l.y - base.y).abs() <= 0.5 * l.size { &mut first } else { &mut wraps };
        target.extend(l.words.iter());
    }
    first.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    // Cells are cut at gaps wider than an em, and in narrow tables also at any gap wider
    // than a tight word space where the words on either side stand under different labels.
    let mut segments: Vec<Vec<&Word>> = Vec::new();
    for w in first {
        let same_cell = |p: &&Word| {
            let gap = w.x0 - p.x1;
            let em = w.size.max(1.0);
            gap <= settings.table_cell_gap * em
                && (gap <= settings.word_space * em
                    || nearest_label(p.x0, p.x1, columns) == nearest_label(w.x0, w.x1, columns))
        };
        match segments.last_mut() {
            Some(seg) if seg.last().is_some_and(same_cell) => seg.push(w),
            _ => segments.push(vec![w]),
        }
    }
    let spans: Vec<(f64, f64)> = segments.iter().map(|seg| span_of(seg)).collect();
    let columns_of_segments =
        if segments.len() == columns.len() { (0..columns.len()).collect() } else { match_in_order(&spans, columns) };

    let mut placed: Vec<(usize, &Word)> = Vec::new();
    for (seg, c) in segments.iter().zip(columns_of_segments) {
        placed.extend(seg.iter().map(|w| (c, *w)));
    }
    for w in wraps {
        if let Some(c) = nearest_label(w.x0, w.x1, columns) {
            placed.push((c, w));
        }
    }
    placed.sort_by(|a, b| b.1.y.total_cmp(&a.1.y).then(a.1.x0.total_cmp(&b.1.x0)));
    for (c, w) in placed {
        let cell = &mut cells[c];
        if !cell.text.is_empty() {
            cell.text.push(' ');
        }
        cell.text.push_str(&w.text);
        let b = [w.x0, w.y - 0.25 * w.size, w.x1, w.y + 0.8 * w.size];
        cell.bbox = Some(match cell.bbox {
            Some(a) => crate::model::bbox_union(a, b),
            None => b,
        });
    }
    cells
}

fn span_of(words: &[&Word]) -> (f64, f64) {
    let x0 = words.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min);
    let x1 = words.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max);
    (x0, x1)
}

/// How far a text span lies from a label span: 0 when they overlap; the centres break ties.
fn distance(text: (f64, f64), label: (f64, f64)) -> f64 {
    let gap = (label.0 - text.1).max(text.0 - label.1).max(0.0);
    let centres = ((text.0 + text.1) - (label.0 + label.1)).abs() / 2.0;
    gap + 0.001 * centres
}

/// The column whose label lies nearest to a span.
fn nearest_label(x0: f64, x1: f64, columns: &[Option<(f64, f64)>]) -> Option<usize> {
    columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.map(|span| (i, distance((x0, x1), span))))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// Assigns segments (left to right) to labelled columns, never going back to a column
/// left of the previous segment's, at the least total distance (a small dynamic program).
fn match_in_order(spans: &[(f64, f64)], columns: &[Option<(f64, f64)>]) -> Vec<usize> {
    let known: Vec<(usize, (f64, f64))> = columns.iter().enumerate().filter_map(|(i, c)| c.map(|c| (i, c))).collect();
    if known.is_empty() {
        return (0..spans.len()).map(|i| i.min(columns.len().saturating_sub(1))).collect();
    }
    let k = known.len();
    // best[i][j]: least cost of segments 0..=i with segment i in known column j.
    let mut best = vec![vec![f64::INFINITY; k]; spans.len()];
    let mut from = vec![vec![0usize; k]; spans.len()];
    for (i, span) in spans.iter().enumerate() {
        for j in 0..k {
            let cost = distance(*span, known[j].1);
            if i == 0 {
                best[i][j] = cost;
                continue;
            }
            let (prev, value) =
                (0..=j).map(|p| (p, best[i - 1][p])).min_by(|a, b| a.1.total_cmp(&b.1)).unwrap_or((0, f64::INFINITY));
            best[i][j] = value + cost;
            from[i][j] = prev;
        }
    }
    let mut out = vec![0; spans.len()];
    let Some(last) = best.last() else { return out };
    let mut j = (0..k).min_by(|&a, &b| last[a].total_cmp(&last[b])).unwrap_or(0);
    for i in (0..spans.len()).rev() {
        out[i] = known[j].0;
        j = from[i][j];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::lexicon::DUTCH;

    fn find_tables(lines: &[Line]) -> Vec<Table> {
        super::find_tables(lines, &vec![false; lines.len()], &[], &DUTCH, &Settings::default())
    }

    /// The data row's cells.
    fn data(t: &Table) -> Vec<&str> {
        t.cells.iter().filter(|c| c.row == 1).map(|c| c.text.as_str()).collect()
    }

    fn line(text: &str, x0: f64, y: f64) -> Line {
        let mut words = Vec::new();
        let mut x = x0;
        for t in text.split(' ') {
            let w = 4.0 * t.chars().count() as f64;
            words.push(Word { text: t.into(), x0: x, x1: x + w, y, size: 8.0 });
            x += w + 2.0;
        }
        Line::new(1, words, 8.0, false, false)
    }

    fn labels() -> Vec<Line> {
        vec![
            line("Kosten bestuur", 58.0, 497.0),
            line("Alléén voor vliegtuig", 346.0, 497.0),
            line("Vervoersmiddel", 242.0, 490.0),
            line("Reis en verblijf", 58.0, 482.0),
            line("Overige kosten", 150.0, 482.0),
            line("CO2-uitstoot (in tonnen)", 346.0, 482.0),
            line("CO2-compensatie", 458.0, 482.0),
        ]
    }

    /// One line of words at the given extents (text, x0, x1), 6.9 pt.
    fn words_at(words: &[(&str, f64, f64)], y: f64) -> Line {
        let words =
            words.iter().map(|(t, x0, x1)| Word { text: (*t).into(), x0: *x0, x1: *x1, y, size: 6.9 }).collect();
        Line::new(1, words, 6.9, true, false)
    }

    /// A long row of labels a column gap apart is a label line; a line of prose whose
    /// stretched spaces cut it into phrases, some of them label words, is not.
    #[test]
    fn a_long_line_is_a_label_row_only_when_every_phrase_is_a_label() {
        let settings = Settings::default();
        let spaced = |phrases: &[&str]| {
            let mut words = Vec::new();
            let mut x = 58.0;
            for p in phrases {
                for t in p.split(' ') {
                    let w = 4.0 * t.chars().count() as f64;
                    words.push(Word { text: t.into(), x0: x, x1: x + w, y: 480.0, size: 8.0 });
                    x += w + 2.0;
                }
                x += 10.0;
            }
            Line::new(1, words, 8.0, false, false)
        };
        let labels = spaced(&[
            "Reis en verblijf",
            "Overige kosten",
            "Vervoersmiddel",
            "CO2-uitstoot (in tonnen)",
            "CO2-compensatie",
        ]);
        assert_eq!(label_of(&labels, &DUTCH, &settings), Some(Label::Column(0)));
        let prose = spaced(&["met per", "reis het doel,", "de kosten, het", "vervoermiddel en", "de compensatie"]);
        assert_eq!(label_of(&prose, &DUTCH, &settings), None);
    }

    #[test]
    fn labels_of_neighbouring_columns_a_little_apart_are_two_labels() {
        // A narrow table as Chromium set it: `Vervoersmiddel` and `Alléén voor vliegtuig`
        // on one line, 2.8 pt apart where the words of one label are 1.6 pt apart; the
        // row's `trein` and `0,31` as close, under different labels.
        let ls = vec![
            words_at(&[("Kosten", 221.1, 240.4), ("bestuur", 242.0, 262.8)], 788.7),
            words_at(
                &[
                    ("Vervoersmiddel", 270.4, 312.8),
                    ("Alléén", 315.6, 332.7),
                    ("voor", 334.3, 346.6),
                    ("vliegtuig", 348.2, 371.6),
                ],
                788.7,
            ),
            words_at(&[("Reis", 221.1, 233.1), ("en", 234.7, 241.3)], 777.6),
            words_at(&[("Overige", 246.4, 267.6)], 777.6),
            words_at(&[("CO2-", 315.6, 328.7), ("CO2-", 339.3, 352.4)], 777.6),
            words_at(&[("verblijf", 221.1, 239.8), ("kosten", 246.4, 264.7)], 769.4),
            words_at(&[("uitstoot", 315.6, 336.5), ("compensatie", 339.3, 374.1)], 767.2),
            words_at(&[("(in", 315.6, 322.6)], 759.0),
            words_at(&[("tonnen)", 315.6, 336.5)], 750.8),
            words_at(
                &[
                    ("€", 221.1, 224.3),
                    ("1.230,-", 225.8, 243.6),
                    ("€", 246.4, 249.5),
                    ("140,-", 251.1, 264.1),
                    ("Vliegtuig", 270.4, 292.2),
                    ("en", 293.8, 300.1),
                    ("trein", 301.7, 312.8),
                    ("0,31", 315.6, 326.7),
                    ("€", 339.3, 342.4),
                    ("4,34", 344.0, 355.1),
                ],
                737.0,
            ),
        ];
        let tables = find_tables(&ls);
        assert_eq!(tables.len(), 1);
        let cells = data(&tables[0]);
        assert_eq!(cells, ["€ 1.230,-", "€ 140,-", "Vliegtuig en trein", "0,31", "€ 4,34"]);
    }

    #[test]
    fn five_cells_in_order() {
        let mut ls = labels();
        for (t, x) in [("€ 1.770, -", 58.0), ("€ 0,-", 150.0), ("Vliegtuig", 242.0), ("0,18", 346.0), ("€ 2,45", 458.0)]
        {
            ls.push(line(t, x, 465.0));
        }
        ls.push(line("Werkbezoek volgende reis", 58.0, 400.0));
        let tables = find_tables(&ls);
        assert_eq!(tables.len(), 1);
        let cells = data(&tables[0]);
        assert_eq!(cells, ["€ 1.770, -", "€ 0,-", "Vliegtuig", "0,18", "€ 2,45"]);
        assert_eq!(tables[0].rows.len(), 2);
        assert_eq!(tables[0].lines.len(), labels().len() + 5);
    }

    #[test]
    fn empty_and_merged_cells_go_by_position() {
        let mut ls = labels();
        // Travel and other cost merged into one line (gap under two ems, over one);
        // tonnes cell empty.
        let first = line("€ 385,-", 96.0, 465.0);
        let other = line("€ 0,-", first.x1 + 10.0, 465.0);
        ls.push(Line::new(1, first.words.into_iter().chain(other.words).collect(), 8.0, false, false));
        ls.push(line("Dienstauto", 242.0, 465.0));
        ls.push(line("€ 1,00", 458.0, 465.0));
        let t = &find_tables(&ls)[0];
        let cells = data(t);
        assert_eq!(cells, ["€ 385,-", "€ 0,-", "Dienstauto", "", "€ 1,00"]);
    }

    #[test]
    fn right_aligned_cells_stay_in_their_columns() {
        let mut ls = labels();
        // Amounts right-aligned against the next column, closer to it than to their label.
        ls.push(line("€ 22.360,-", 96.0, 465.0));
        ls.push(line("€ 0,-", 212.0, 465.0));
        ls.push(line("Dienstauto", 242.0, 465.0));
        let t = &find_tables(&ls)[0];
        let cells = data(t);
        assert_eq!(cells, ["€ 22.360,-", "€ 0,-", "Dienstauto", "", ""]);
    }

    #[test]
    fn in_order_matching_never_goes_back() {
        let cols = [
            Some((58.0, 118.0)),
            Some((150.0, 205.0)),
            Some((242.0, 297.0)),
            Some((346.0, 430.0)),
            Some((458.0, 515.0)),
        ];
        assert_eq!(match_in_order(&[(60.0, 90.0), (212.0, 232.0), (242.0, 282.0)], &cols), [0, 1, 2]);
        assert_eq!(match_in_order(&[(60.0, 90.0), (350.0, 370.0)], &cols), [0, 3]);
        // Without labels, segments fill the columns from the left.
        assert_eq!(match_in_order(&[(1.0, 2.0), (3.0, 4.0)], &[None; COLUMNS]), [0, 1]);
    }

    #[test]
    fn prose_mentioning_costs_is_not_a_table() {
        let ls = vec![line(
            "Onder reis- en verblijfskosten wordt bijvoorbeeld verstaan: kosten van vlieg- en treintickets",
            53.0,
            300.0,
        )];
        assert!(find_tables(&ls).is_empty());
    }
}
