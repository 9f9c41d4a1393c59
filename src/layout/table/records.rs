//! Record tables: one table of a document with a row per record (a trip), under a header
//! of short labels, running over pages. Read as a person reads such a table, from the
//! positioned words; what a label *names* comes from the report stage through
//! [`Vocabulary`], as opaque keys.
//!
//! - **Header.** A few lines close together whose phrases are all label words, naming at
//!   least three keys, one of which identifies a record and one a figure. Phrases standing
//!   over each other form one column's label (`Reis- en` / `verblijfkosten`); its lines are
//!   a header cell, their breaks classified, so the interpreter can join a label broken
//!   inside a word.
//! - **Columns.** Each column starts where its text starts: between two labels, the
//!   boundary is the widest white gap the body leaves there (so left-aligned, centred and
//!   right-aligned cells all stay in their column).
//! - **Rows.** Figures never wrap: each record has one baseline with figures. Records are
//!   the blocks white space sets apart, where the table leaves any; within a block each
//!   figure line opens a record, and the other lines (wrapped cells) go to the record above
//!   when cells are set at the top, or to the nearest figure line when they are centred.
//!   The lines a page break pushes over go on with the record before. A block filling two
//!   identifying columns but no figures is a record too. A header repeated on the next page
//!   is recognised again; without one, the columns go on.
//! - **End.** A closing record whose one text cell opens the totals ends the table, as does
//!   prose (a line running across columns) or a wide gap. Page numbers and running headers
//!   or footers are never rows.
//!
//! The result is a [`Table`] (no ruling; header row 0 holds the labels; a record broken
//! over a page break is a row per page, the later ones marked as going on) in a
//! [`RecordTable`] with every line it takes.

use std::collections::BTreeSet;

use super::{cells, BBox, Cell, CellLine, Column, Row, Ruling, Table};
use crate::layout::{furniture, LineId, LineRole, PageIx, PageLayout, Vocabulary};

/// Phrases of a line are cut at gaps wider than this many ems (a word space is a third).
const PHRASE_GAP: f64 = 0.45;
/// Lines of a header stand at most this many ems apart.
const HEADER_LINE_GAP: f64 = 2.2;
/// A gap of this many ems between table lines ends the table on its page.
const END_GAP: f64 = 5.0;
/// Words on baselines closer than this many ems share one baseline.
const BASELINE: f64 = 0.4;
/// A gap this many times the usual line pitch parts two rows.
const ROW_GAP: f64 = 1.5;
/// A label phrase has at most this many words; a longer one is prose.
const LABEL_MAX_WORDS: usize = 6;

/// What a phrase of a header, or a column's whole label, reads as (the report's answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordLabel {
    /// A label naming a field, by an opaque key; whether the field identifies a record
    /// (date, person, place) and whether it holds a figure printed on one line.
    Label {
        /// The field, as the vocabulary numbers them.
        key: u8,
        /// The field says which record a row is.
        identifies: bool,
        /// The field is a figure (a number that never wraps).
        figure: bool,
    },
    /// Label words naming no field by themselves (`en`, `(ton)`).
    Filler,
    /// Anything else: data or prose.
    Other,
}

impl RecordLabel {
    fn key(self) -> Option<u8> {
        match self {
            RecordLabel::Label { key, .. } => Some(key),
            _ => None,
        }
    }

    fn figure(self) -> bool {
        matches!(self, RecordLabel::Label { figure: true, .. })
    }

    fn identifies(self) -> bool {
        matches!(self, RecordLabel::Label { identifies: true, .. })
    }
}

/// The document's record table.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordTable {
    /// The grid: header row 0 (the first page's labels, one cell per column), then the
    /// records' rows, page after page.
    pub table: Table,
    /// Per row of `table`: whether it goes on with the row above (the rest of a record a
    /// page break pushed over).
    pub continues: Vec<bool>,
    /// Per row of `table`: the lines it takes.
    pub row_lines: Vec<Vec<LineId>>,
    /// Whether the last record is the closing row of totals.
    pub total: bool,
    /// Every line the table takes: headers (repeated ones too), records, totals.
    pub lines: BTreeSet<LineId>,
    /// Page and baseline of the first header's top line.
    pub top: (PageIx, f64),
}

/// A positioned word of the document.
#[derive(Debug, Clone)]
struct Word<'a> {
    line: LineId,
    text: &'a str,
    x0: f64,
    x1: f64,
    size: f64,
}

/// Words of a page on one baseline, left to right.
#[derive(Debug, Clone)]
struct Band<'a> {
    y: f64,
    size: f64,
    words: Vec<Word<'a>>,
    /// Every line of the band is page furniture (running header or footer).
    furniture: bool,
}

impl Band<'_> {
    fn text(&self) -> String {
        self.words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ")
    }

    /// Runs of words without a gap wider than [`PHRASE_GAP`] ems.
    fn phrases(&self) -> Vec<&[Word<'_>]> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 1..=self.words.len() {
            let cut = i == self.words.len()
                || self.words[i].x0 - self.words[i - 1].x1 > PHRASE_GAP * self.words[i].size.max(1.0);
            if cut {
                out.push(&self.words[start..i]);
                start = i;
            }
        }
        out
    }
}

fn span(words: &[Word<'_>]) -> (f64, f64) {
    (
        words.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min),
        words.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max),
    )
}

fn phrase_text(words: &[Word<'_>]) -> String {
    words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ")
}

/// A line's box from its extent, baseline and size (as [`cells::lines_of`] makes it).
fn line_box(x0: f64, x1: f64, y: f64, size: f64) -> BBox {
    [x0, y - 0.25 * size, x1, y + 0.8 * size]
}

fn union(a: BBox, b: BBox) -> BBox {
    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
}

/// The page's words grouped into baselines, top to bottom.
fn bands(p: &PageLayout, page: PageIx) -> Vec<Band<'_>> {
    let mut order: Vec<usize> = (0..p.lines.len()).collect();
    order.sort_by(|&a, &b| p.lines[b].y.total_cmp(&p.lines[a].y).then(p.lines[a].x0.total_cmp(&p.lines[b].x0)));
    let mut out: Vec<Band<'_>> = Vec::new();
    for i in order {
        let l = &p.lines[i];
        let id = LineId { page, line: i };
        let furniture = p.roles[i] == LineRole::Furniture;
        let words = l.words.iter().map(|w| Word { line: id, text: &w.text, x0: w.x0, x1: w.x1, size: w.size });
        match out.last_mut() {
            Some(b) if (b.y - l.y).abs() <= BASELINE * b.size.min(l.size).max(1.0) => {
                b.words.extend(words);
                b.size = b.size.max(l.size);
                b.furniture &= furniture;
            }
            _ => out.push(Band { y: l.y, size: l.size, words: words.collect(), furniture }),
        }
    }
    for b in &mut out {
        b.words.sort_by(|a, c| a.x0.total_cmp(&c.x0));
    }
    out
}

/// A column as a header names it.
#[derive(Debug, Clone, PartialEq)]
struct Head {
    /// Left edge of the label.
    x0: f64,
    /// Right edge of the label.
    x1: f64,
    /// The label's lines, top to bottom, breaks classified.
    lines: Vec<CellLine>,
    /// What the whole label names.
    label: RecordLabel,
}

impl Head {
    fn key(&self) -> Option<u8> {
        self.label.key()
    }

    fn figure(&self) -> bool {
        self.label.figure()
    }
}

/// A header found on a page: the bands it takes and its columns.
struct Header {
    first: usize,
    end: usize,
    columns: Vec<Head>,
}

/// Whether a band may be (part of) a header: its phrases are label words, but for a
/// column or so whose label the vocabulary does not know beside three labels it does.
fn is_header_band(band: &Band<'_>, vocabulary: &dyn Vocabulary) -> bool {
    let phrases = band.phrases();
    let n = phrases.len();
    // A band with a phrase that is no label is a header only with three labels and at
    // most a third of its phrases unknown: stop reading at the first phrase that rules
    // that out (most bands are prose, ruled out by their first phrase).
    let most_other = if n >= 4 { n / 3 } else { 0 };
    let (mut labels, mut other) = (0, 0);
    for p in &phrases {
        let kind =
            if p.len() > LABEL_MAX_WORDS { RecordLabel::Other } else { vocabulary.record_label(&phrase_text(p)) };
        match kind {
            RecordLabel::Label { .. } => labels += 1,
            RecordLabel::Other => other += 1,
            RecordLabel::Filler => {}
        }
        if other > most_other {
            return false;
        }
    }
    n > 0 && (other == 0 || labels >= 3)
}

/// The columns of a run of header bands, left to right: phrases standing over each other
/// are one column's label, a cell whose breaks are classified against the label's width.
fn columns_of(run: &[Band<'_>], vocabulary: &dyn Vocabulary) -> Vec<Head> {
    let mut phrases: Vec<(f64, f64, f64, f64, String)> = Vec::new();
    for b in run {
        for p in b.phrases() {
            let (x0, x1) = span(p);
            let size = p.iter().map(|w| w.size).fold(0.0, f64::max);
            phrases.push((x0, x1, b.y, size, phrase_text(p)));
        }
    }
    phrases.sort_by(|a, b| a.0.total_cmp(&b.0));
    /// A column's extent and its label's phrases (baseline, left edge, text, right edge, size).
    type Group = (f64, f64, Vec<(f64, f64, String, f64, f64)>);
    let mut groups: Vec<Group> = Vec::new();
    for (x0, x1, y, size, t) in phrases {
        match groups.last_mut() {
            Some(g) if x0 < g.1 => {
                g.1 = g.1.max(x1);
                g.2.push((y, x0, t, x1, size));
            }
            _ => groups.push((x0, x1, vec![(y, x0, t, x1, size)])),
        }
    }
    groups
        .into_iter()
        .map(|(x0, x1, mut parts)| {
            parts.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.total_cmp(&b.1)));
            let mut lines: Vec<CellLine> = parts
                .into_iter()
                .map(|(y, a, text, b, size)| CellLine { text, bbox: line_box(a, b, y, size), size, brk: None })
                .collect();
            // The label's width is only what its own lines show: breaks inside a word
            // stay unsure, for the interpreter to try.
            cells::classify_breaks(&mut lines, x1 - x0, false);
            let label = vocabulary.record_column(&lines);
            Head { x0, x1, lines, label }
        })
        .collect()
}

/// Whether columns make a record table: three keys at least, one identifying a record
/// and one a figure.
fn is_record_header(columns: &[Head]) -> bool {
    let keys: BTreeSet<u8> = columns.iter().filter_map(Head::key).collect();
    keys.len() >= 3 && columns.iter().any(|c| c.label.identifies()) && columns.iter().any(Head::figure)
}

/// The first header among `bands[from..until]`.
fn find_header(bands: &[Band<'_>], from: usize, until: usize, vocabulary: &dyn Vocabulary) -> Option<Header> {
    let mut i = from;
    while i < until {
        if !is_header_band(&bands[i], vocabulary) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < bands.len()
            && is_header_band(&bands[end], vocabulary)
            && bands[end - 1].y - bands[end].y <= HEADER_LINE_GAP * bands[end].size.max(bands[end - 1].size)
        {
            end += 1;
        }
        let columns = columns_of(&bands[i..end], vocabulary);
        if is_record_header(&columns) {
            return Some(Header { first: i, end, columns });
        }
        i += 1;
    }
    None
}

/// Column boundaries: where each column after the first starts. Between two labels the
/// boundary is the right end of the widest gap the body's words leave there; where the
/// words leave none, the next label's left edge.
fn boundaries(columns: &[(f64, f64)], body: &[&Band<'_>]) -> Vec<f64> {
    let mut covered: Vec<(f64, f64)> = body.iter().flat_map(|b| b.words.iter().map(|w| (w.x0, w.x1))).collect();
    covered.sort_by(|a, b| a.0.total_cmp(&b.0));
    // A gutter is wider than a word space.
    let narrowest = PHRASE_GAP * body.iter().map(|b| b.size).fold(0.0, f64::max);
    columns
        .windows(2)
        .map(|pair| {
            let (lo, hi) = (pair[0].1, pair[1].0);
            if lo >= hi {
                return hi;
            }
            // Uncovered stretches of [lo, hi].
            let mut best: Option<(f64, f64)> = None;
            let mut at = lo;
            for &(a, b) in &covered {
                if b <= at {
                    continue;
                }
                if a >= hi {
                    break;
                }
                if a > at && best.is_none_or(|(s, e)| a - at > e - s) {
                    best = Some((at, a));
                }
                at = at.max(b);
            }
            if at < hi && best.is_none_or(|(s, e)| hi - at > e - s) {
                best = Some((at, hi));
            }
            best.filter(|(s, e)| e - s >= narrowest).map_or(hi, |(_, e)| e)
        })
        .collect()
}

fn column_of(x0: f64, bounds: &[f64]) -> usize {
    bounds.iter().take_while(|b| x0 >= **b - 0.5).count()
}

/// Whether a band is prose rather than table: a phrase running across two boundaries.
fn is_prose(band: &Band<'_>, bounds: &[f64]) -> bool {
    band.phrases().iter().any(|p| {
        let (x0, x1) = span(p);
        bounds.iter().filter(|b| **b > x0 + 0.5 && **b < x1 - 0.5).count() >= 2
    })
}

/// One line of the table's body, its words put in the table's columns.
struct BodyLine<'a> {
    page: PageIx,
    y: f64,
    size: f64,
    /// Per column of the table, the words standing in it.
    cells: Vec<Vec<Word<'a>>>,
    /// Whether it prints a figure: figures never wrap, so each record has one such line.
    anchor: bool,
    /// How many of the identifying columns it fills.
    identifying: usize,
    /// Whether a wider gap than a wrapped cell's line pitch stands above it, or it opens
    /// the table's part on a page after the first: where a record may begin.
    opens_block: bool,
    /// Whether it is the first line of the table on a page after the first.
    page_start: bool,
}

/// What the header and body search found.
struct Found<'a> {
    columns: Vec<Head>,
    /// The first header's page and vertical extent (its row of the grid).
    header_box: (PageIx, f64, f64),
    lines: BTreeSet<LineId>,
    top: (PageIx, f64),
    body: Vec<BodyLine<'a>>,
}

/// Finds the document's record table (the first header of label words on any page) and
/// reads its records. `None` without a header.
pub fn find(pages: &[PageLayout], vocabulary: &dyn Vocabulary) -> Option<RecordTable> {
    let found = body_lines(pages, vocabulary)?;
    let columns = &found.columns;
    let body = &found.body;
    // Records are blocks set apart by white space where the table has any, each with one
    // line of figures; where a block holds several, each figure line opens a record, and
    // the lines between belong to the record above (cells set at the top, the usual) or to
    // the nearest figure line (cells centred), as the blocks' first lines show.
    let mut blocks: Vec<Vec<&BodyLine<'_>>> = Vec::new();
    for line in body {
        match blocks.last_mut() {
            Some(b) if !line.opens_block => b.push(line),
            _ => blocks.push(vec![line]),
        }
    }
    // A block that opens a record (not the rest of one from the page before) shows the
    // alignment: cells set at the top put the figures on its first line.
    let opening: Vec<&Vec<&BodyLine<'_>>> =
        blocks.iter().filter(|b| !b[0].page_start && b.iter().any(|l| l.anchor)).collect();
    let on_top = opening.iter().filter(|b| b[0].anchor).count();
    let top_aligned = 2 * on_top >= opening.len();

    let mut rows: Vec<Vec<&BodyLine<'_>>> = Vec::new();
    let mut total: Option<Vec<&BodyLine<'_>>> = None;
    'blocks: for block in &blocks {
        let anchors = figure_lines(block, columns, vocabulary);
        let continues = block[0].page_start && !rows.is_empty();
        if anchors.is_empty() {
            if continues {
                rows.last_mut().into_iter().for_each(|r| r.extend(block.iter().copied()));
            } else if block[0].identifying >= 2 || rows.is_empty() {
                // A record printing no figures.
                rows.push(block.clone());
            } else {
                // Text after the table (a greeting, a note).
                break;
            }
            continue;
        }
        let first_row = rows.len();
        for &a in &anchors {
            rows.push(vec![block[a]]);
        }
        for (i, line) in block.iter().enumerate() {
            if anchors.contains(&i) {
                continue;
            }
            let target = if i < anchors[0] && continues && top_aligned {
                // The rest of a record split by the page break.
                first_row - 1
            } else if top_aligned {
                first_row + anchors.iter().filter(|&&a| a < i).count().saturating_sub(1)
            } else {
                let nearest = (0..anchors.len()).min_by(|&x, &y| {
                    (block[anchors[x]].y - line.y).abs().total_cmp(&(block[anchors[y]].y - line.y).abs())
                });
                first_row + nearest.unwrap_or(0)
            };
            if let Some(r) = rows.get_mut(target) {
                r.push(line);
            }
        }
        // The closing totals end the table.
        for k in first_row..rows.len() {
            if is_totals(&rows[k], columns, vocabulary) {
                total = rows.get(k).cloned();
                rows.truncate(k);
                break 'blocks;
            }
        }
    }
    Some(build(pages, &found, rows, total))
}

/// The lines of a block that open a record: lines with figures, but for one that only
/// goes on with a figure the line above left unfinished (`€` / `11.110,-` in a narrow
/// column).
fn figure_lines(block: &[&BodyLine<'_>], columns: &[Head], vocabulary: &dyn Vocabulary) -> Vec<usize> {
    let mut out = Vec::new();
    let mut so_far: Vec<String> = vec![String::new(); columns.len()];
    for (i, line) in block.iter().enumerate() {
        let figures: Vec<usize> = (0..columns.len())
            .filter(|&c| columns[c].figure() && line.cells.get(c).is_some_and(|w| !w.is_empty()))
            .collect();
        if figures.is_empty() {
            continue;
        }
        let goes_on = !out.is_empty()
            && figures.iter().all(|&c| {
                !so_far[c].is_empty()
                    && !columns[c].key().is_some_and(|key| vocabulary.figure_complete(key, &so_far[c]))
            });
        if !goes_on {
            out.push(i);
            so_far.iter_mut().for_each(String::clear);
        }
        for &c in &figures {
            let text: Vec<&str> = line.cells[c].iter().map(|w| w.text).collect();
            if !so_far[c].is_empty() {
                so_far[c].push(' ');
            }
            so_far[c].push_str(&text.join(" "));
        }
    }
    out
}

/// A record's lines in reading order: page after page, top to bottom.
fn sorted<'b, 'a>(lines: &[&'b BodyLine<'a>]) -> Vec<&'b BodyLine<'a>> {
    let mut lines: Vec<&BodyLine<'_>> = lines.to_vec();
    lines.sort_by(|a, b| a.page.cmp(&b.page).then(b.y.total_cmp(&a.y)));
    lines
}

/// Whether a record is the closing totals: one text cell (a column holding no figure)
/// holds anything, and the vocabulary reads it as opening the totals.
fn is_totals(record: &[&BodyLine<'_>], columns: &[Head], vocabulary: &dyn Vocabulary) -> bool {
    let lines = sorted(record);
    let text_cells: Vec<Vec<String>> = (0..columns.len())
        .filter(|&c| !columns[c].figure())
        .map(|c| {
            lines
                .iter()
                .filter_map(|l| l.cells.get(c).filter(|w| !w.is_empty()))
                .map(|w| w.iter().map(|w| w.text).collect::<Vec<_>>().join(" "))
                .collect::<Vec<String>>()
        })
        .filter(|c| !c.is_empty())
        .collect();
    match text_cells.as_slice() {
        [only] => vocabulary.is_total(&only.iter().map(String::as_str).collect::<Vec<_>>()),
        _ => false,
    }
}

/// The distance between the baselines of a wrapped cell's lines: the smallest gap
/// between a page's table lines that is a line's height at least.
fn line_pitch(body: &[&Band<'_>]) -> Option<f64> {
    body.windows(2)
        .map(|w| (w[0].y - w[1].y, w[1].size))
        .filter(|(gap, size)| *gap >= 0.8 * size)
        .map(|(gap, _)| gap)
        .min_by(f64::total_cmp)
}

fn mark(lines: &mut BTreeSet<LineId>, bands: &[Band<'_>]) {
    for b in bands {
        lines.extend(b.words.iter().map(|w| w.line));
    }
}

/// The table's header(s) and body lines, page after page, until prose or a wide gap
/// after it, or a page where it does not go on. `None` without a header.
fn body_lines<'a>(pages: &'a [PageLayout], vocabulary: &dyn Vocabulary) -> Option<Found<'a>> {
    let mut current: Option<Vec<Head>> = None;
    let mut found: Option<Found<'a>> = None;
    let mut lines: Vec<BodyLine<'a>> = Vec::new();
    for (page, p) in pages.iter().enumerate() {
        let bands = bands(p, page);
        // Where the table's body starts on this page, and with which columns.
        let start = match found.as_mut() {
            None => {
                let Some(h) = find_header(&bands, 0, bands.len(), vocabulary) else { continue };
                let mut taken = BTreeSet::new();
                mark(&mut taken, &bands[h.first..h.end]);
                let header = &bands[h.first..h.end];
                let y0 = header.iter().map(|b| b.y - 0.25 * b.size).fold(f64::INFINITY, f64::min);
                let y1 = header.iter().map(|b| b.y + 0.8 * b.size).fold(f64::NEG_INFINITY, f64::max);
                found = Some(Found {
                    columns: h.columns.clone(),
                    header_box: (page, y0, y1),
                    lines: taken,
                    top: (page, bands[h.first].y),
                    body: Vec::new(),
                });
                current = Some(h.columns);
                h.end
            }
            Some(f) => {
                // A repeated header stands before any row on the page. Standing at the same
                // height on every page, its first lines may have been taken for a running
                // header: those are looked at too.
                let first_text = bands.iter().position(|b| !b.furniture && !furniture::is_page_number(&b.text()));
                let Some(first) = first_text else { continue };
                let from = bands.iter().position(|b| !furniture::is_page_number(&b.text())).unwrap_or(first);
                match find_header(&bands, from.min(first), (first + 1).min(bands.len()), vocabulary) {
                    Some(h) => {
                        mark(&mut f.lines, &bands[h.first..h.end]);
                        current = Some(h.columns);
                        h.end
                    }
                    None => first,
                }
            }
        };
        let (Some(columns), Some(f)) = (current.as_ref(), found.as_ref()) else { continue };
        // This page's columns as columns of the table (a repeated header may differ).
        let to_table: Vec<usize> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if columns.len() == f.columns.len() {
                    return i;
                }
                f.columns.iter().position(|t| t.key().is_some() && t.key() == c.key()).unwrap_or(i)
            })
            .collect();
        // The body on this page: until prose or a wide gap.
        let mut body: Vec<&Band<'_>> = Vec::new();
        let mut ended = false;
        let extents: Vec<(f64, f64)> = columns.iter().map(|c| (c.x0, c.x1)).collect();
        let provisional = boundaries(&extents, &bands[start..].iter().collect::<Vec<_>>());
        let last_band = bands.len().saturating_sub(1);
        for (k, b) in bands.iter().enumerate().skip(start) {
            // A page number is the page's last (or first) line; a number inside the table
            // is a cell's line (a year under its date: `27 t/m 29 juni` / `2024`).
            let page_number = (k == last_band || k == 0) && furniture::is_page_number(&b.text());
            if b.furniture || page_number {
                continue;
            }
            if let Some(prev) = body.last() {
                if prev.y - b.y > END_GAP * b.size.max(prev.size) {
                    break;
                }
            }
            if is_prose(b, &provisional) {
                ended = true;
                break;
            }
            body.push(b);
        }
        if body.is_empty() && page > 0 && !lines.is_empty() {
            // A page without table text: the table ended on the page before.
            break;
        }
        let bounds = boundaries(&extents, &body);
        let pitch = line_pitch(&body);
        let first_page = lines.is_empty();
        let table_columns = &f.columns;
        for (i, b) in body.iter().enumerate() {
            let mut cells: Vec<Vec<Word<'a>>> = vec![Vec::new(); table_columns.len()];
            for w in &b.words {
                let c = column_of(w.x0, &bounds).min(columns.len() - 1);
                if let Some(cell) = to_table.get(c).and_then(|&t| cells.get_mut(t)) {
                    cell.push(w.clone());
                }
            }
            let filled = |f: fn(&Head) -> bool| {
                cells.iter().zip(table_columns).filter(|(c, col)| !c.is_empty() && f(col)).count()
            };
            let gap = i > 0 && pitch.is_some_and(|p| body[i - 1].y - b.y > ROW_GAP * p);
            let page_start = i == 0 && !first_page;
            lines.push(BodyLine {
                page,
                y: b.y,
                size: b.size,
                anchor: filled(Head::figure) > 0,
                identifying: filled(|h| h.label.identifies()),
                opens_block: gap || page_start || i == 0,
                page_start,
                cells,
            });
        }
        if ended {
            break;
        }
    }
    let mut found = found?;
    found.body = lines;
    Some(found)
}

/// The grid of the records found: a row per record and page, cells with their lines.
fn build(
    pages: &[PageLayout],
    found: &Found<'_>,
    records: Vec<Vec<&BodyLine<'_>>>,
    total: Option<Vec<&BodyLine<'_>>>,
) -> RecordTable {
    let (header_page, y0, y1) = found.header_box;
    let page_number = |page: PageIx| pages.get(page).map_or(page as u32 + 1, |p| p.number);
    let mut table = Table {
        page: page_number(header_page),
        bbox: [0.0; 4],
        ruling: Ruling::None,
        columns: found.columns.iter().map(|c| Column { x0: c.x0, x1: c.x1 }).collect(),
        rows: vec![Row { page: page_number(header_page), y0, y1 }],
        cells: Vec::new(),
        header_rows: 1,
        lines: Vec::new(),
        next_page_lines: Vec::new(),
        rules: Vec::new(),
    };
    for (col, c) in found.columns.iter().enumerate() {
        let bbox = c.lines.iter().map(|l| l.bbox).reduce(union);
        table.cells.push(Cell {
            row: 0,
            col,
            row_span: 1,
            col_span: 1,
            bbox,
            text: cells::join(&c.lines),
            lines: c.lines.clone(),
            dropped: Vec::new(),
        });
    }
    let mut continues = vec![false];
    let mut row_lines = vec![found.lines.iter().copied().filter(|l| l.page == header_page).collect::<Vec<_>>()];
    let mut lines = found.lines.clone();
    let has_total = total.is_some();
    for record in records.iter().chain(&total) {
        let record = sorted(record);
        let mut first = true;
        for fragment in record.chunk_by(|a, b| a.page == b.page) {
            let row = table.rows.len();
            let y0 = fragment.iter().map(|l| l.y - 0.25 * l.size).fold(f64::INFINITY, f64::min);
            let y1 = fragment.iter().map(|l| l.y + 0.8 * l.size).fold(f64::NEG_INFINITY, f64::max);
            table.rows.push(Row { page: page_number(fragment[0].page), y0, y1 });
            continues.push(!first);
            first = false;
            let mut taken: Vec<LineId> = Vec::new();
            for col in 0..table.columns.len() {
                let mut cell_lines: Vec<CellLine> = Vec::new();
                for line in fragment {
                    let Some(words) = line.cells.get(col).filter(|w| !w.is_empty()) else { continue };
                    taken.extend(words.iter().map(|w| w.line));
                    let (x0, x1) = span(words);
                    let text = words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
                    cell_lines.push(CellLine {
                        text,
                        bbox: line_box(x0, x1, line.y, line.size),
                        size: line.size,
                        brk: None,
                    });
                }
                if cell_lines.is_empty() {
                    continue;
                }
                // The cell's width is only what its own lines show: breaks stay unsure.
                let widest = cell_lines.iter().map(|l| l.bbox[2] - l.bbox[0]).fold(0.0, f64::max);
                cells::classify_breaks(&mut cell_lines, widest, false);
                table.cells.push(Cell {
                    row,
                    col,
                    row_span: 1,
                    col_span: 1,
                    bbox: cell_lines.iter().map(|l| l.bbox).reduce(union),
                    text: cells::join(&cell_lines),
                    lines: cell_lines,
                    dropped: Vec::new(),
                });
            }
            taken.sort();
            taken.dedup();
            lines.extend(taken.iter().copied());
            row_lines.push(taken);
        }
    }
    table.lines =
        lines.iter().filter(|l| l.page == header_page).map(|l| l.line).collect::<BTreeSet<_>>().into_iter().collect();
    let on_page = table.cells.iter().filter(|c| table.rows[c.row].page == table.page).filter_map(|c| c.bbox);
    table.bbox = on_page.reduce(union).unwrap_or([0.0; 4]);
    RecordTable { table, continues, row_lines, total: has_total, lines, top: found.top }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_needs_an_identifying_key_and_a_figure() {
        let head = |key, identifies, figure| Head {
            x0: 0.0,
            x1: 1.0,
            lines: Vec::new(),
            label: RecordLabel::Label { key, identifies, figure },
        };
        let filler = Head { x0: 0.0, x1: 1.0, lines: Vec::new(), label: RecordLabel::Filler };
        // Figures and a key naming no record: a cost table.
        assert!(!is_record_header(&[head(5, false, true), head(6, false, true), head(4, false, false)]));
        assert!(is_record_header(&[head(0, true, false), head(2, true, false), head(5, false, true)]));
        assert!(!is_record_header(&[head(0, true, false), head(2, true, false), head(3, false, false)]));
        // Two keys, however many columns.
        assert!(!is_record_header(&[head(0, true, false), head(5, false, true), head(5, false, true), filler]));
    }

    #[test]
    fn boundaries_sit_where_the_next_columns_text_starts() {
        let word = |x0, x1| Word { line: LineId { page: 0, line: 0 }, text: "x", x0, x1, size: 10.0 };
        let band = |words| Band { y: 0.0, size: 10.0, words, furniture: false };
        // Left-aligned text running on past its label; a right-aligned amount starting left
        // of its label.
        let bands =
            [band(vec![word(100.0, 180.0), word(200.0, 240.0)]), band(vec![word(100.0, 150.0), word(215.0, 240.0)])];
        let refs: Vec<&Band<'_>> = bands.iter().collect();
        let b = boundaries(&[(100.0, 130.0), (210.0, 240.0)], &refs);
        assert_eq!(b, [200.0]);
        assert_eq!(column_of(181.0, &b), 0);
        assert_eq!(column_of(200.0, &b), 1);
        // No gap at all: the label's edge.
        let crossing = [band(vec![word(100.0, 230.0)])];
        let refs: Vec<&Band<'_>> = crossing.iter().collect();
        assert_eq!(boundaries(&[(100.0, 130.0), (210.0, 240.0)], &refs), [210.0]);
    }
}
