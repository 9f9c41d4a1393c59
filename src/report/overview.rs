//! Overview-table editions: one table with a row per trip (older editions, letters to the
//! council), and the closing overview of a mixed document.
//!
//! Read as a person reads such a table, from the positioned words of the layout stage:
//!
//! - **Header.** A few lines close together whose phrases are all label words (from
//!   `data/overview.tsv`), naming at least three fields, one of which says which trip a
//!   row is (date, official or destination) and one a figure (costs or CO₂). Phrases
//!   standing over each other form one column's label (`Reis- en` / `verblijfkosten`).
//! - **Columns.** Each column starts where its text starts: between two labels, the
//!   boundary is the widest white gap the body leaves there (so left-aligned, centred and
//!   right-aligned cells all stay in their column).
//! - **Rows.** Figures never wrap: each row has one baseline with figures. Rows are the
//!   blocks white space sets apart, where the table leaves any; within a block each
//!   figure line is a row, and the other lines (wrapped cells) go to the row above when
//!   cells are set at the top, or to the nearest figure line when they are centred. The
//!   lines a page break pushes over go on with the row before. A block naming a trip but
//!   printing no figures is a row too. A header row repeated on the next page is
//!   recognised again; without one, the columns go on.
//! - **End.** A closing row opening with `Totaal` holds the printed totals and ends the
//!   table, as does prose (a line running across columns) or a wide gap. Page numbers and
//!   running headers or footers are never rows.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use rust_decimal::Decimal;

use crate::layout::table::{cells, CellLine};
use crate::layout::{Document, LineId, LineRole, PageIx};
use crate::model::{bbox_union, BBox, Co2, Costs, Located, Provenance, Trip, Warning};
use crate::validate::PrintedTotals;

use super::{dates, money, text};

/// `data/overview.tsv`: kind, word, field.
const OVERVIEW_TSV: &str = include_str!("../../data/overview.tsv");

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
/// A label or filler phrase has at most this many words; longer text is prose.
const LABEL_MAX_WORDS: usize = 6;

/// What a column of an overview table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The trip's dates (`Periode`, `Datum`).
    Date,
    /// The travelling officials (`Collegelid`, `Bestuurder`, `Wie`).
    Official,
    /// Where to (`Bestemming`, `Land`, `Plaats`).
    Destination,
    /// Why (`Doel van de reis`).
    Purpose,
    /// Means of transport (`Vervoer`).
    Transport,
    /// Travel and stay (`Reis- en verblijfkosten`).
    Travel,
    /// Other costs (`Overige kosten`).
    Other,
    /// All costs (`Totaal`).
    Total,
    /// CO₂ emissions in tonnes.
    Co2Tonnes,
    /// CO₂ compensation in euros.
    Co2Compensation,
}

impl Field {
    fn from_name(name: &str) -> Option<Field> {
        Some(match name {
            "date" => Field::Date,
            "official" => Field::Official,
            "destination" => Field::Destination,
            "purpose" => Field::Purpose,
            "transport" => Field::Transport,
            "travel" => Field::Travel,
            "other" => Field::Other,
            "total" => Field::Total,
            "co2_tonnes" => Field::Co2Tonnes,
            "co2_compensation" => Field::Co2Compensation,
            _ => return None,
        })
    }

    /// A number printed on one line: costs and CO₂.
    fn is_figure(self) -> bool {
        matches!(self, Field::Travel | Field::Other | Field::Total | Field::Co2Tonnes | Field::Co2Compensation)
    }

    /// Says which trip a row is.
    fn identifies(self) -> bool {
        matches!(self, Field::Date | Field::Official | Field::Destination)
    }
}

/// The words of `data/overview.tsv`, by kind, in file order.
struct Vocabulary {
    labels: Vec<(&'static str, Field)>,
    fillers: Vec<&'static str>,
    totals: Vec<&'static str>,
    /// Every token a header may hold: label words, fillers, and the heads and tails (three
    /// letters or more) of label words, which a narrow cell breaks (`compen-` / `satie`).
    known: std::collections::HashSet<String>,
}

fn vocabulary() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| {
        let mut v =
            Vocabulary { labels: Vec::new(), fillers: Vec::new(), totals: Vec::new(), known: Default::default() };
        // Rows that cannot be read are skipped here; a test checks that there are none.
        for (_, cells) in super::places::parse_tsv(OVERVIEW_TSV).rows {
            let (Some(kind), Some(word)) = (cells.first(), cells.get(1)) else { continue };
            match *kind {
                "label" => {
                    if let Some(field) = cells.get(2).and_then(|f| Field::from_name(f)) {
                        v.labels.push((word, field));
                    }
                }
                "filler" => v.fillers.push(word),
                "total" => v.totals.push(word),
                _ => {}
            }
        }
        for (w, _) in &v.labels {
            let chars: Vec<(usize, char)> = w.char_indices().collect();
            for (k, (at, _)) in chars.iter().enumerate() {
                if k >= 3 {
                    v.known.insert(w[..*at].to_string());
                }
                if chars.len() - k >= 3 {
                    v.known.insert(w[*at..].to_string());
                }
            }
        }
        v.known.extend(v.fillers.iter().map(|f| f.to_string()));
        v
    })
}

/// The words of a header or cell, lowercased, `₂`/`²` read as `2`, cut at spaces and the
/// punctuation labels carry (`Reis- en verblijfkosten`, `CO₂-uitstoot (ton)`), one by one.
fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_whitespace() || "-()/:*,.".contains(c)).filter(|t| !t.is_empty()).map(|raw| {
        raw.chars().flat_map(|c| if matches!(c, '₂' | '²') { '2'.to_lowercase() } else { c.to_lowercase() }).collect()
    })
}

/// What a short phrase of a header reads as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phrase {
    /// A label naming a field.
    Label(Field),
    /// Label words naming no field by themselves (`en`, `(ton)`, `CO₂-`).
    Filler,
    /// Anything else: data or prose.
    Other,
}

fn classify(text: &str) -> Phrase {
    let v = vocabulary();
    let known = |t: &str| {
        v.known.contains(t)
            // A label broken inside a word by a narrow cell leaves a letter or two.
            || (t.chars().count() <= 2 && t.chars().all(char::is_alphabetic))
    };
    // Token by token, so that prose is ruled out at its first unknown word, unread past it.
    let mut toks: Vec<String> = Vec::new();
    for t in tokens(text) {
        if toks.len() == LABEL_MAX_WORDS || !known(&t) {
            return Phrase::Other;
        }
        toks.push(t);
    }
    if toks.is_empty() {
        return Phrase::Other;
    }
    match v.labels.iter().find(|(w, _)| toks.iter().any(|t| t == w)) {
        Some((_, f)) => Phrase::Label(*f),
        None => Phrase::Filler,
    }
}

/// The field a column's whole label names (`Doel van de reis` → purpose), if any.
pub fn column_field(label: &str) -> Option<Field> {
    match classify(label) {
        Phrase::Label(f) => Some(f),
        _ => None,
    }
}

/// Whether a cell opens the closing row of totals (`Totaal`).
fn is_total_label(cell: &str) -> bool {
    tokens(cell).next().is_some_and(|t| vocabulary().totals.contains(&t.as_str()))
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

/// The page's words grouped into baselines, top to bottom.
fn bands(doc: &Document, page: PageIx) -> Vec<Band<'_>> {
    let p = &doc.pages[page];
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

/// A column of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The label as printed, its lines joined.
    pub label: String,
    /// The field it holds, if its label names one.
    pub field: Option<Field>,
    /// Horizontal extent of the label.
    pub x0: f64,
    /// Right edge of the label.
    pub x1: f64,
}

/// A header found on a page: the bands it takes and its columns.
struct Header {
    first: usize,
    end: usize,
    columns: Vec<Column>,
}

/// Whether a band may be (part of) a header: its phrases are label words, but for a
/// column or so whose label the vocabulary does not know (`Opmerkingen`) beside three
/// labels it does.
fn is_header_band(band: &Band<'_>) -> bool {
    let phrases = band.phrases();
    let n = phrases.len();
    // A band with a phrase that is no label is a header only with three labels and at
    // most a third of its phrases unknown: stop reading at the first phrase that rules
    // that out (most bands are prose, ruled out by their first phrase).
    let most_other = if n >= 4 { n / 3 } else { 0 };
    let (mut labels, mut other) = (0, 0);
    for p in &phrases {
        let kind = if p.len() > LABEL_MAX_WORDS { Phrase::Other } else { classify(&phrase_text(p)) };
        match kind {
            Phrase::Label(_) => labels += 1,
            Phrase::Other => other += 1,
            Phrase::Filler => {}
        }
        if other > most_other {
            return false;
        }
    }
    n > 0 && (other == 0 || labels >= 3)
}

/// The columns of a run of header bands, left to right: phrases standing over each other
/// are one column's label.
fn columns_of(run: &[Band<'_>]) -> Vec<Column> {
    let mut phrases: Vec<(f64, f64, f64, String)> = Vec::new();
    for b in run {
        for p in b.phrases() {
            let (x0, x1) = span(p);
            phrases.push((x0, x1, b.y, phrase_text(p)));
        }
    }
    phrases.sort_by(|a, b| a.0.total_cmp(&b.0));
    /// A column's extent and its label's phrases (baseline, left edge, text, right edge).
    type Group = (f64, f64, Vec<(f64, f64, String, f64)>);
    let mut groups: Vec<Group> = Vec::new();
    for (x0, x1, y, t) in phrases {
        match groups.last_mut() {
            Some(g) if x0 < g.1 => {
                g.1 = g.1.max(x1);
                g.2.push((y, x0, t, x1));
            }
            _ => groups.push((x0, x1, vec![(y, x0, t, x1)])),
        }
    }
    groups
        .into_iter()
        .map(|(x0, x1, mut parts)| {
            parts.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.total_cmp(&b.1)));
            let lines: Vec<&str> = parts.iter().map(|p| p.2.as_str()).collect();
            let mut label = text::join_lines(&lines);
            let mut field = column_field(&label);
            if field.is_none() {
                // A label broken inside a word by a narrow column (`Vervoersm` / `iddel`):
                // the table stage's breaks, tried joined.
                let mut cell_lines: Vec<CellLine> = parts
                    .iter()
                    .map(|(y, a, t, b)| CellLine {
                        text: t.clone(),
                        bbox: [*a, *y, *b, *y + 1.0],
                        size: 1.0,
                        brk: None,
                    })
                    .collect();
                cells::classify_breaks(&mut cell_lines, x1 - x0, false);
                let joined = cells::join_with(&cell_lines, true);
                if let Some(f) = column_field(&joined) {
                    (label, field) = (joined, Some(f));
                }
            }
            Column { field, label, x0, x1 }
        })
        .collect()
}

/// Whether columns make an overview table: three fields at least, one saying which trip
/// a row is and one a figure.
fn is_overview(columns: &[Column]) -> bool {
    let fields: BTreeSet<Field> = columns.iter().filter_map(|c| c.field).collect();
    fields.len() >= 3 && fields.iter().any(|f| f.identifies()) && fields.iter().any(|f| f.is_figure())
}

/// The first header among `bands[from..until]`.
fn find_header(bands: &[Band<'_>], from: usize, until: usize) -> Option<Header> {
    let mut i = from;
    while i < until {
        if !is_header_band(&bands[i]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < bands.len()
            && is_header_band(&bands[end])
            && bands[end - 1].y - bands[end].y <= HEADER_LINE_GAP * bands[end].size.max(bands[end - 1].size)
        {
            end += 1;
        }
        let columns = columns_of(&bands[i..end]);
        if is_overview(&columns) {
            return Some(Header { first: i, end, columns });
        }
        i += 1;
    }
    None
}

/// Column boundaries: where each column after the first starts. Between two labels the
/// boundary is the right end of the widest gap the body's words leave there; where the
/// words leave none, the next label's left edge.
fn boundaries(columns: &[Column], body: &[&Band<'_>]) -> Vec<f64> {
    let mut covered: Vec<(f64, f64)> = body.iter().flat_map(|b| b.words.iter().map(|w| (w.x0, w.x1))).collect();
    covered.sort_by(|a, b| a.0.total_cmp(&b.0));
    // A gutter is wider than a word space.
    let narrowest = PHRASE_GAP * body.iter().map(|b| b.size).fold(0.0, f64::max);
    columns
        .windows(2)
        .map(|pair| {
            let (left, right) = (&pair[0], &pair[1]);
            let (lo, hi) = (left.x1, right.x0);
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

/// A row of the table as read: each column's lines, and where it stands.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// Each column's cell: its lines, top to bottom.
    pub cells: Vec<Vec<String>>,
    /// Each column's cell: where it stands (page, box), one entry per page.
    pub cell_boxes: Vec<Vec<Located>>,
    /// The row's lines.
    pub lines: Vec<LineId>,
    /// 1-based pages the row stands on.
    pub pages: BTreeSet<u32>,
}

impl Row {
    fn cell(&self, c: usize) -> String {
        self.cells.get(c).map(|lines| text::join_lines(lines)).unwrap_or_default()
    }
}

/// An overview table as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overview {
    /// The columns, left to right (of the first page's header).
    pub columns: Vec<Column>,
    /// The trip rows, in order.
    pub rows: Vec<Row>,
    /// The closing row of totals, if printed.
    pub total: Option<Row>,
    /// Every line the table takes: headers, rows, totals.
    pub lines: BTreeSet<LineId>,
    /// Page (index) and baseline of the first header's top line.
    pub top: Option<(PageIx, f64)>,
}

impl Overview {
    /// Which column holds a field (the first, if several do).
    fn column(&self, field: Field) -> Option<usize> {
        self.columns.iter().position(|c| c.field == Some(field))
    }

    /// Whether the table prints a field.
    pub fn prints(&self, field: Field) -> bool {
        self.column(field).is_some()
    }
}

/// One line of the table's body, its words put in the table's columns.
struct BodyLine<'a> {
    page: PageIx,
    y: f64,
    size: f64,
    /// Per column of the table, the words standing in it.
    cells: Vec<Vec<Word<'a>>>,
    /// Whether it prints a figure: figures never wrap, so each row has one such line.
    anchor: bool,
    /// How many of the columns saying which trip it is (date, official, destination) it fills.
    identifying: usize,
    /// Whether a wider gap than a wrapped cell's line pitch stands above it, or it opens
    /// the table's part on a page after the first: where a row may begin.
    opens_block: bool,
    /// Whether it is the first line of the table on a page after the first.
    page_start: bool,
}

/// Finds the document's overview table and reads its rows.
pub fn read(doc: &Document) -> Option<Overview> {
    let mut out = Overview::default();
    let body = body_lines(doc, &mut out)?;
    // Rows are blocks set apart by white space where the table has any, each with one
    // line of figures; where a block holds several, each figure line opens a row, and
    // the lines between belong to the row above (cells set at the top, the usual) or to
    // the nearest figure line (cells centred), as the blocks' first lines show.
    let mut blocks: Vec<Vec<&BodyLine<'_>>> = Vec::new();
    for line in &body {
        match blocks.last_mut() {
            Some(b) if !line.opens_block => b.push(line),
            _ => blocks.push(vec![line]),
        }
    }
    // A block that opens a row (not the rest of one from the page before) shows the
    // alignment: cells set at the top put the figures on its first line.
    let opening: Vec<&Vec<&BodyLine<'_>>> =
        blocks.iter().filter(|b| !b[0].page_start && b.iter().any(|l| l.anchor)).collect();
    let on_top = opening.iter().filter(|b| b[0].anchor).count();
    let top_aligned = 2 * on_top >= opening.len();

    let mut rows: Vec<Vec<&BodyLine<'_>>> = Vec::new();
    'blocks: for block in &blocks {
        let anchors = figure_lines(block, &out.columns);
        let continues = block[0].page_start && !rows.is_empty();
        if anchors.is_empty() {
            if continues {
                rows.last_mut().into_iter().for_each(|r| r.extend(block.iter().copied()));
            } else if block[0].identifying >= 2 || rows.is_empty() {
                // A row printing no figures.
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
                // The rest of a row split by the page break.
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
            let row = to_row(doc, &rows[k], out.columns.len());
            if is_totals(&row, &out.columns) {
                out.total = Some(row);
                rows.truncate(k);
                break 'blocks;
            }
        }
    }
    out.rows = rows.iter().map(|r| to_row(doc, r, out.columns.len())).collect();
    for r in out.rows.iter().chain(&out.total) {
        out.lines.extend(r.lines.iter().copied());
    }
    Some(out)
}

/// The lines of a block that open a row: lines with figures, but for one that only goes
/// on with a figure the line above left unfinished (`€` / `11.110,-` in a narrow column).
fn figure_lines(block: &[&BodyLine<'_>], columns: &[Column]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut so_far: Vec<String> = vec![String::new(); columns.len()];
    for (i, line) in block.iter().enumerate() {
        let figures: Vec<usize> = (0..columns.len())
            .filter(|&c| {
                columns[c].field.is_some_and(Field::is_figure) && line.cells.get(c).is_some_and(|w| !w.is_empty())
            })
            .collect();
        if figures.is_empty() {
            continue;
        }
        let goes_on = !out.is_empty()
            && figures.iter().all(|&c| !so_far[c].is_empty() && !figure_complete(columns[c].field, &so_far[c]));
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

/// Whether a figure cell's text so far reads as a whole figure (or `-`, `n.v.t.`).
fn figure_complete(field: Option<Field>, text: &str) -> bool {
    let parsed = if field == Some(Field::Co2Tonnes) { money::parse_tonnes(text) } else { money::parse_amount(text) };
    parsed.is_ok() && !text.trim_end().ends_with('€')
}

/// A row from its body lines (sorted top to bottom, page after page).
fn to_row(doc: &Document, lines: &[&BodyLine<'_>], columns: usize) -> Row {
    let mut lines: Vec<&BodyLine<'_>> = lines.to_vec();
    lines.sort_by(|a, b| a.page.cmp(&b.page).then(b.y.total_cmp(&a.y)));
    let mut row = Row { cells: vec![Vec::new(); columns], cell_boxes: vec![Vec::new(); columns], ..Row::default() };
    for line in lines {
        let page_number = doc.page_number(line.page);
        row.pages.insert(page_number);
        for (c, words) in line.cells.iter().enumerate().take(columns) {
            if words.is_empty() {
                continue;
            }
            row.lines.extend(words.iter().map(|w| w.line));
            row.cells[c].push(words.iter().map(|w| w.text).collect::<Vec<_>>().join(" "));
            let (x0, x1) = span(words);
            let bbox: BBox = [x0, line.y - 0.25 * line.size, x1, line.y + 0.8 * line.size];
            let boxes = &mut row.cell_boxes[c];
            match boxes.iter_mut().find(|l| l.page == page_number) {
                Some(l) => l.bbox = bbox_union(l.bbox, bbox),
                None => boxes.push(Located { page: page_number, bbox }),
            }
        }
    }
    row.lines.sort();
    row.lines.dedup();
    row
}

/// The table's header(s) and body lines, page after page, until prose or a wide gap
/// after it, or a page where it does not go on. `None` without a header.
fn body_lines<'a>(doc: &'a Document, out: &mut Overview) -> Option<Vec<BodyLine<'a>>> {
    let mut current: Option<Vec<Column>> = None;
    let mut lines: Vec<BodyLine<'a>> = Vec::new();
    for page in 0..doc.pages.len() {
        let bands = bands(doc, page);
        // Where the table's body starts on this page, and with which columns.
        let start = if current.is_none() {
            let Some(h) = find_header(&bands, 0, bands.len()) else { continue };
            out.top = Some((page, bands[h.first].y));
            out.columns = h.columns.clone();
            mark(&mut out.lines, &bands[h.first..h.end]);
            current = Some(h.columns);
            h.end
        } else {
            // A repeated header stands before any row on the page.
            let first_text =
                bands.iter().position(|b| !b.furniture && !crate::layout::furniture::is_page_number(&b.text()));
            let Some(first) = first_text else { continue };
            match find_header(&bands, first, (first + 1).min(bands.len())) {
                Some(h) => {
                    mark(&mut out.lines, &bands[h.first..h.end]);
                    current = Some(h.columns);
                    h.end
                }
                None => first,
            }
        };
        let columns = current.as_ref()?;
        // This page's columns as columns of the table (a repeated header may differ).
        let to_table: Vec<usize> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if columns.len() == out.columns.len() {
                    return i;
                }
                out.columns.iter().position(|t| t.field.is_some() && t.field == c.field).unwrap_or(i)
            })
            .collect();
        // The body on this page: until prose or a wide gap.
        let mut body: Vec<&Band<'_>> = Vec::new();
        let mut ended = false;
        let provisional = boundaries(columns, &bands[start..].iter().collect::<Vec<_>>());
        let last_band = bands.len().saturating_sub(1);
        for (k, b) in bands.iter().enumerate().skip(start) {
            // A page number is the page's last (or first) line; a number inside the table
            // is a cell's line (a year under its date: `27 t/m 29 juni` / `2024`).
            let page_number = (k == last_band || k == 0) && crate::layout::furniture::is_page_number(&b.text());
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
        let bounds = boundaries(columns, &body);
        let pitch = line_pitch(&body);
        let first_page = lines.is_empty();
        for (i, b) in body.iter().enumerate() {
            let mut cells: Vec<Vec<Word<'a>>> = vec![Vec::new(); out.columns.len()];
            for w in &b.words {
                let c = column_of(w.x0, &bounds).min(columns.len() - 1);
                if let Some(cell) = to_table.get(c).and_then(|&t| cells.get_mut(t)) {
                    cell.push(w.clone());
                }
            }
            let filled = |f: fn(Field) -> bool| {
                cells.iter().zip(&out.columns).filter(|(c, col)| !c.is_empty() && col.field.is_some_and(f)).count()
            };
            let gap = i > 0 && pitch.is_some_and(|p| body[i - 1].y - b.y > ROW_GAP * p);
            let page_start = i == 0 && !first_page;
            lines.push(BodyLine {
                page,
                y: b.y,
                size: b.size,
                anchor: filled(Field::is_figure) > 0,
                identifying: filled(Field::identifies),
                opens_block: gap || page_start || i == 0,
                page_start,
                cells,
            });
        }
        if ended {
            break;
        }
    }
    current.map(|_| lines)
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

/// Whether a row is the closing totals: its first text cell says `Totaal` and no other
/// text cell holds anything.
fn is_totals(row: &Row, columns: &[Column]) -> bool {
    let text_cells: Vec<String> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.field.is_some_and(Field::is_figure))
        .map(|(i, _)| row.cell(i))
        .filter(|t| !t.is_empty())
        .collect();
    text_cells.len() == 1 && is_total_label(&text_cells[0])
}

/// The totals a closing row prints (figures it leaves out, or cannot be read, are `None`).
pub fn printed_totals(overview: &Overview) -> Option<PrintedTotals> {
    let row = overview.total.as_ref()?;
    let figure = |field: Field| -> Option<Decimal> {
        let c = overview.column(field)?;
        let cell = row.cell(c);
        let parsed = match field {
            Field::Co2Tonnes => money::parse_tonnes(&cell),
            // A total cost printed as none is 0, as the rows' costs are.
            Field::Travel | Field::Other | Field::Total => money::parse_cost(&cell),
            _ => money::parse_amount(&cell),
        };
        parsed.ok().flatten()
    };
    Some(PrintedTotals {
        travel_and_accommodation: figure(Field::Travel),
        other: figure(Field::Other),
        total: figure(Field::Total),
        co2_tonnes: figure(Field::Co2Tonnes),
        co2_compensation: figure(Field::Co2Compensation),
        page: row.pages.iter().next().copied(),
    })
}

/// The trips of the table's rows, fields read with the same parsers as section editions.
pub fn trips(overview: &Overview, year: Option<i32>) -> Vec<Trip> {
    overview.rows.iter().enumerate().map(|(i, row)| trip(overview, row, i + 1, year)).collect()
}

fn trip(overview: &Overview, row: &Row, index: usize, year: Option<i32>) -> Trip {
    let mut warnings = Vec::new();
    let page = row.pages.iter().next().copied();
    // Every column holding a field, joined in table order (`Plaats` and `Land` both).
    let of = |field: Field, sep: &str| -> String {
        overview
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.field == Some(field))
            .map(|(i, _)| row.cell(i))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(sep)
    };
    // A column whose label names no field: its cell is kept in table_cells and said.
    for (i, c) in overview.columns.iter().enumerate() {
        let cell = row.cell(i);
        if c.field.is_none() && !cell.is_empty() {
            warnings.push(Warning::new(
                "unknown_column",
                format!("the overview table's column {:?} names no field; this row's cell: {cell}", c.label),
                page,
            ));
        }
    }
    let date_text = of(Field::Date, " ");
    let (start_date, end_date) = if date_text.is_empty() {
        if overview.prints(Field::Date) {
            warnings.push(Warning::new("missing_date", "the row of the overview table has no date", page));
        }
        (None, None)
    } else {
        super::date_range_of(&date_text, year, page, &mut warnings)
    };
    let days = start_date.zip(end_date).map(|(a, b)| dates::days_inclusive(a, b));

    let officials = super::officials_of(&of(Field::Official, ", "), page, &mut warnings);
    let destination = of(Field::Destination, ", ").trim_end_matches([',', ' ']).to_string();
    let dest = super::destination_of(&destination, page, &mut warnings);
    let purpose = of(Field::Purpose, " ");
    let transport = super::transport_of(of(Field::Transport, " & "), page, &mut warnings);

    let mut number = |field: Field, what: &str| -> Option<Decimal> {
        if !overview.prints(field) {
            return None;
        }
        // A cost printed as none (`-`, `n.v.t.`) is 0; a CO₂ figure so printed does not apply.
        let parse = match field {
            Field::Co2Tonnes => money::parse_tonnes,
            Field::Travel | Field::Other | Field::Total => money::parse_cost,
            _ => money::parse_amount,
        };
        super::number_of(&of(field, " "), what, parse, page, &mut warnings)
    };
    let travel = number(Field::Travel, "travel and accommodation");
    let other = number(Field::Other, "other costs");
    let printed_total = number(Field::Total, "total costs");
    let tonnes = number(Field::Co2Tonnes, "CO₂ emissions");
    let compensation = number(Field::Co2Compensation, "CO₂ compensation");
    let total = printed_total.or(match (travel, other) {
        (Some(a), Some(b)) => a.checked_add(b),
        _ => None,
    });

    let table_cells: Vec<String> = (0..overview.columns.len()).map(|c| row.cell(c)).collect();
    let located = |field: Field| -> Vec<Located> {
        overview
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.field == Some(field))
            .flat_map(|(i, _)| row.cell_boxes.get(i).cloned().unwrap_or_default())
            .collect()
    };
    let mut table: Vec<Located> = Vec::new();
    for l in row.cell_boxes.iter().flatten() {
        match table.iter_mut().find(|t| t.page == l.page) {
            Some(t) => t.bbox = bbox_union(t.bbox, l.bbox),
            None => table.push(l.clone()),
        }
    }
    table.sort_by_key(|l| l.page);
    let provenance = Provenance {
        header: Vec::new(),
        purpose: located(Field::Purpose),
        date: located(Field::Date),
        body: Vec::new(),
        table,
        table_cells: row.cell_boxes.iter().flatten().cloned().collect(),
    };

    Trip {
        id: format!("{}-{:02}", year.unwrap_or(0), index),
        title: String::new(),
        destination,
        places: dest.places,
        countries: dest.countries,
        officials,
        purpose,
        date_text,
        start_date,
        end_date,
        days,
        costs: Costs { travel_and_accommodation: travel, other, total },
        transport,
        co2: Co2 { emissions_tonnes: tonnes, compensation_eur: compensation },
        table_cells,
        description: String::new(),
        pages: row.pages.iter().copied().collect(),
        warnings,
        provenance: Some(provenance),
    }
}

/// The fields of a trip (as `diff` names them) that an overview table with these columns
/// prints, for the cross-check of a mixed document. Purpose is left out: an overview
/// shortens it at will.
pub fn compared_fields(overview: &Overview) -> Vec<&'static str> {
    let mut out = Vec::new();
    for (field, names) in [
        (Field::Date, &["start_date", "end_date"][..]),
        (Field::Official, &["officials"][..]),
        (Field::Destination, &["places", "countries"][..]),
        (Field::Transport, &["transport.modes"][..]),
        (Field::Travel, &["costs.travel_and_accommodation"][..]),
        (Field::Other, &["costs.other"][..]),
        (Field::Total, &["costs.total"][..]),
        (Field::Co2Tonnes, &["co2.emissions_tonnes"][..]),
        (Field::Co2Compensation, &["co2.compensation_eur"][..]),
    ] {
        if overview.prints(field) {
            out.extend_from_slice(names);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overview_file_reads_whole() {
        let rows = super::super::places::parse_tsv(OVERVIEW_TSV).rows;
        let v = vocabulary();
        for (n, cells) in &rows {
            let ok = match cells.first().copied() {
                Some("label") => cells.get(2).and_then(|f| Field::from_name(f)).is_some(),
                Some("filler") | Some("total") => true,
                _ => false,
            };
            assert!(ok && cells.get(1).is_some_and(|w| !w.is_empty()), "row {n}: {cells:?}");
        }
        assert_eq!(v.labels.len() + v.fillers.len() + v.totals.len(), rows.len());
    }

    #[test]
    fn labels_name_their_field_whatever_the_wording() {
        let cases = [
            ("Periode", Some(Field::Date)),
            ("Datum", Some(Field::Date)),
            ("Collegelid", Some(Field::Official)),
            ("Bestuurder", Some(Field::Official)),
            ("Wie", Some(Field::Official)),
            ("Bestemming", Some(Field::Destination)),
            ("Land", Some(Field::Destination)),
            ("Plaats", Some(Field::Destination)),
            ("Doel van de reis", Some(Field::Purpose)),
            ("Doel", Some(Field::Purpose)),
            ("Vervoer", Some(Field::Transport)),
            ("Vervoersmiddel", Some(Field::Transport)),
            ("Vervoer(smiddel)", Some(Field::Transport)),
            ("Reis- en verblijfkosten", Some(Field::Travel)),
            ("Overige kosten", Some(Field::Other)),
            ("Totaal", Some(Field::Total)),
            ("CO₂-uitstoot (ton)", Some(Field::Co2Tonnes)),
            ("CO₂- uitstoot (ton)", Some(Field::Co2Tonnes)),
            ("CO₂-compensatie", Some(Field::Co2Compensation)),
            ("CO₂-", None),
            // Labels hyphenated by a narrow column: the pieces pass as label words, the
            // column's joined label names the field.
            ("Vervoers-", Some(Field::Transport)),
            ("compen-", None),
            ("satie", None),
            ("Overleg met de Europese Commissie", None),
            ("€ 1.240,-", None),
        ];
        for (label, want) in cases {
            assert_eq!(column_field(label), want, "{label}");
        }
        // The column's lines are joined, hyphenation undone, before the field is named.
        assert_eq!(column_field(&text::join_lines(&["CO₂-compen-", "satie"])), Some(Field::Co2Compensation));
        for fragment in ["compen-", "satie", "verblijfs-", "middel", "2"] {
            assert_eq!(classify(fragment), Phrase::Filler, "{fragment}");
        }
        assert_eq!(classify("Overleg met"), Phrase::Other);
        assert!(is_total_label("Totaal"));
        assert!(is_total_label("Totaal 2021"));
        assert!(!is_total_label("Trein"));
    }

    #[test]
    fn a_header_needs_an_identifying_field_and_a_figure() {
        let col = |field| Column { label: String::new(), field: Some(field), x0: 0.0, x1: 1.0 };
        // The five-column cost table of a section edition names no trip.
        let costs = [Field::Travel, Field::Other, Field::Transport, Field::Co2Tonnes, Field::Co2Compensation];
        assert!(!is_overview(&costs.map(col)));
        assert!(is_overview(&[Field::Date, Field::Destination, Field::Travel].map(col)));
        assert!(!is_overview(&[Field::Date, Field::Destination, Field::Purpose].map(col)));
        assert!(!is_overview(&[Field::Date, Field::Travel].map(col)));
    }

    #[test]
    fn boundaries_sit_where_the_next_columns_text_starts() {
        let col = |x0, x1| Column { label: String::new(), field: None, x0, x1 };
        let word = |x0, x1| Word { line: LineId { page: 0, line: 0 }, text: "x", x0, x1, size: 10.0 };
        let band = |words| Band { y: 0.0, size: 10.0, words, furniture: false };
        // Left-aligned text running on past its label; a right-aligned amount starting left
        // of its label.
        let bands =
            [band(vec![word(100.0, 180.0), word(200.0, 240.0)]), band(vec![word(100.0, 150.0), word(215.0, 240.0)])];
        let refs: Vec<&Band<'_>> = bands.iter().collect();
        let b = boundaries(&[col(100.0, 130.0), col(210.0, 240.0)], &refs);
        assert_eq!(b, [200.0]);
        assert_eq!(column_of(181.0, &b), 0);
        assert_eq!(column_of(200.0, &b), 1);
        // No gap at all: the label's edge.
        let crossing = [band(vec![word(100.0, 230.0)])];
        let refs: Vec<&Band<'_>> = crossing.iter().collect();
        assert_eq!(boundaries(&[col(100.0, 130.0), col(210.0, 240.0)], &refs), [210.0]);
    }
}
