//! Tables: one model for every shape, found from geometry.
//!
//! A [`Table`] is a grid: columns and rows with their extents, and cells that may span
//! rows or columns, each with its text lines and how they join. Three finders fill it, as
//! the known methods do:
//!
//! - **Ruled tables from their rules** ([`ruled`]): drawn rules and box sides become edges,
//!   snapped and joined; their intersections give the cells (pdfplumber's `TableFinder`,
//!   Camelot's *lattice*, Tabula's spreadsheet algorithm). Word, LibreOffice, HTML and
//!   Typst tables with borders.
//! - **Tables between horizontal rules only** ([`ruled::slabs`]): rules cut the table into
//!   slabs (booktabs' top, mid and bottom rule); columns are the corridors of white space
//!   that run through every line of the body (Camelot's *stream*, Nurminen's text edges),
//!   rows are the bands of cell blocks inside a slab, so a wrapped cell is one cell.
//! - **Unruled tables from alignment** ([`aligned`]): a stack of short label lines, the
//!   labels' columns, and the data under them.
//! - **Record tables** ([`records`]): the document's one table with a row per record
//!   over pages (an overview of its trips), found by its header of label phrases, its
//!   columns at the widest body gaps, its rows at the lines of figures.
//!
//! The stage knows no Dutch: whether a grid is a table the report cares about, and which
//! lines read as labels, comes from the report stage through [`Vocabulary`]. What a
//! column or row *names* is decided there too (`report/costs.rs`, `report/overview.rs`).

pub mod aligned;
pub mod border;
pub mod cells;
pub mod records;
pub mod ruled;

use super::{Line, Settings, Vocabulary};
use crate::pdf::Graphic;

pub use aligned::{Label, COLUMNS};
pub use border::Dropped;
pub use cells::{Break, BreakKind, CellLine};

/// Bounding box `[x0, y0, x1, y1]` in points, origin bottom-left.
pub type BBox = [f64; 4];

/// How a table is ruled: what its boundaries were found from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ruling {
    /// Cells closed by drawn rules or box sides on every side.
    Full,
    /// Horizontal rules only (booktabs): columns from the white space between them.
    Horizontal,
    /// No rules: columns and rows from alignment alone.
    None,
}

/// One column of a table: its horizontal extent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
}

/// One row of a table: its vertical extent, on its page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    /// 1-based page the row stands on (a row pushed over a page break stands on the next).
    pub page: u32,
    /// Bottom edge.
    pub y0: f64,
    /// Top edge.
    pub y1: f64,
}

/// A cell: where it stands in the grid, what it spans, and its text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// Row of its top-left slot.
    pub row: usize,
    /// Column of its top-left slot.
    pub col: usize,
    /// Rows it covers (at least 1).
    pub row_span: usize,
    /// Columns it covers (at least 1).
    pub col_span: usize,
    /// Where its text stands (`None` when empty).
    pub bbox: Option<BBox>,
    /// Its lines of text, top to bottom, each with how it joins the next.
    pub lines: Vec<CellLine>,
    /// The lines joined as a person reads them (see [`cells::join`]).
    pub text: String,
    /// What was taken out of its text as a scanned rule (`|`, `[`), on a text layer made
    /// by OCR ([`border`]); kept for `inspect`.
    pub dropped: Vec<Dropped>,
}

impl Cell {
    /// Whether the cell covers a slot.
    pub fn covers(&self, row: usize, col: usize) -> bool {
        (self.row..self.row + self.row_span).contains(&row) && (self.col..self.col + self.col_span).contains(&col)
    }
}

/// A table on one page (and the rows it continues with at the top of the next one).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// 1-based page of its first row.
    pub page: u32,
    /// Bounding box on that page.
    pub bbox: BBox,
    /// What the boundaries were found from.
    pub ruling: Ruling,
    /// Columns, left to right.
    pub columns: Vec<Column>,
    /// Rows, top to bottom (page after page).
    pub rows: Vec<Row>,
    /// The cells, row after row; a slot covered by a spanning cell has no cell of its own.
    pub cells: Vec<Cell>,
    /// How many leading rows form the header, as far as geometry tells (a rule under them,
    /// bold or label lines over data); the report stage may choose otherwise.
    pub header_rows: usize,
    /// Indexes (into the page's lines) of the lines the table takes on its page.
    pub lines: Vec<usize>,
    /// Indexes of lines it takes at the top of the next page (rows pushed over the break).
    pub next_page_lines: Vec<usize>,
    /// Rules that bound its cells (for `inspect`).
    pub rules: Vec<BBox>,
}

impl Table {
    /// The top edge, used to place the table in reading order.
    pub fn top(&self) -> f64 {
        self.bbox[3]
    }

    /// The cell covering a slot, if any.
    pub fn cell(&self, row: usize, col: usize) -> Option<&Cell> {
        self.cells.iter().find(|c| c.covers(row, col))
    }

    /// The text of the cell covering a slot (empty when none).
    pub fn text(&self, row: usize, col: usize) -> &str {
        self.cell(row, col).map_or("", |c| c.text.as_str())
    }

    /// Whether any cell below the header holds text.
    pub fn has_body(&self) -> bool {
        self.cells.iter().any(|c| c.row >= self.header_rows && !c.text.is_empty())
    }

    /// The pages the table stands on.
    pub fn pages(&self) -> Vec<u32> {
        let mut pages: Vec<u32> = self.rows.iter().map(|r| r.page).chain([self.page]).collect();
        pages.sort_unstable();
        pages.dedup();
        pages
    }

    /// The text of every cell under the header, row after row, for messages; every
    /// cell's when the table has nothing under its header.
    pub fn cell_texts(&self) -> Vec<&str> {
        let body: Vec<&str> =
            self.cells.iter().filter(|c| c.row >= self.header_rows).map(|c| c.text.as_str()).collect();
        if body.iter().any(|t| !t.is_empty()) {
            body
        } else {
            self.cells.iter().map(|c| c.text.as_str()).collect()
        }
    }
}

/// Whether `piece` (a ruled grid naming nothing by itself) goes on with `table`, a table
/// broken over a column or page: as many columns, each as wide within half an em once the
/// left edges are aligned, and `table` has nothing under its header yet.
pub fn continues(table: &Table, piece: &Table, em: f64) -> bool {
    let same_columns = table.columns.len() == piece.columns.len()
        && table.columns.iter().zip(&piece.columns).all(|(a, b)| ((a.x1 - a.x0) - (b.x1 - b.x0)).abs() <= 0.5 * em);
    same_columns && table.ruling == piece.ruling && !table.has_body()
}

/// Appends a continuation's rows to a table. A first row that fills fewer than half the
/// columns goes on with the table's last row (a label or cell broken by the break).
pub fn append(table: &mut Table, piece: Table) {
    let offset = table.rows.len();
    let mut rows = piece.rows.into_iter();
    let mut cells = piece.cells;
    let filled = cells.iter().filter(|c| c.row == 0 && !c.text.is_empty()).count();
    let joins_last = offset > 0 && 2 * filled < table.columns.len();
    let shift = if joins_last {
        rows.next();
        for c in cells.iter_mut().filter(|c| c.row == 0) {
            if let Some(last) = table.cells.iter_mut().find(|t| t.covers(offset - 1, c.col)) {
                last.lines.append(&mut c.lines);
                last.text = cells::join(&last.lines);
                last.bbox = last.bbox.or(c.bbox);
            }
        }
        cells.retain(|c| c.row > 0);
        offset - 1
    } else {
        offset
    };
    for mut c in cells {
        c.row += shift;
        table.cells.push(c);
    }
    table.rows.extend(rows);
    table.cells.sort_by(|a, b| a.row.cmp(&b.row).then(a.col.cmp(&b.col)));
}

/// Hands each scanned rule taken out of the text to the cell it stood by: in the table that
/// holds its line, or whose box (widened by an em) holds it, the slot nearest to it. A
/// line that was nothing but a rule becomes the table's too. A rule standing by no table
/// was taken out of no table's text, and is no one's.
fn keep_dropped(tables: &mut [Table], dropped: &[Dropped], em: f64) {
    let gap = |v: f64, a: f64, b: f64| {
        if v < a {
            a - v
        } else if v > b {
            v - b
        } else {
            0.0
        }
    };
    for d in dropped {
        let (x, y) = ((d.bbox[0] + d.bbox[2]) / 2.0, (d.bbox[1] + d.bbox[3]) / 2.0);
        let inside =
            |t: &Table| t.bbox[0] - em <= x && x <= t.bbox[2] + em && t.bbox[1] - em <= y && y <= t.bbox[3] + em;
        let Some(t) = tables.iter_mut().find(|t| t.lines.contains(&d.line) || inside(t)) else { continue };
        let nearest = |extents: Vec<(f64, f64)>, v: f64| {
            extents
                .iter()
                .enumerate()
                .min_by(|a, b| gap(v, a.1 .0, a.1 .1).total_cmp(&gap(v, b.1 .0, b.1 .1)))
                .map(|(i, _)| i)
        };
        let row = nearest(
            t.rows.iter().map(|r| if r.page == t.page { (r.y0, r.y1) } else { (f64::MAX, f64::MAX) }).collect(),
            y,
        );
        let col = nearest(t.columns.iter().map(|c| (c.x0, c.x1)).collect(), x);
        let (Some(row), Some(col)) = (row, col) else { continue };
        let slot = t.cells.iter().position(|c| c.covers(row, col));
        let cell = slot.or_else(|| t.cells.iter().position(|c| c.row == row));
        if let Some(i) = cell {
            t.cells[i].dropped.push(d.clone());
        }
        if !t.lines.contains(&d.line) {
            t.lines.push(d.line);
            t.lines.sort_unstable();
        }
    }
}

/// A vocabulary read leniently, for a text layer made by OCR.
struct Lenient<'v>(&'v dyn Vocabulary);

impl Vocabulary for Lenient<'_> {
    fn table_label(&self, text: &str) -> Option<super::Label> {
        self.0.table_label_ocr(text)
    }

    fn accept_table(&self, table: &Table) -> bool {
        self.0.accept_table_ocr(table)
    }

    fn may_be_furniture(&self, text: &str) -> bool {
        self.0.may_be_furniture(text)
    }

    fn record_label(&self, phrase: &str) -> super::RecordLabel {
        self.0.record_label(phrase)
    }

    fn record_column(&self, lines: &[CellLine]) -> super::RecordLabel {
        self.0.record_column(lines)
    }

    fn figure_complete(&self, key: u8, text: &str) -> bool {
        self.0.figure_complete(key, text)
    }

    fn is_total(&self, lines: &[&str]) -> bool {
        self.0.is_total(lines)
    }
}

/// Whether any line other than the table's own stands above it (or below it) in its
/// columns.
fn text_beyond(lines: &[Line], t: &Table, above: bool) -> bool {
    lines.iter().enumerate().any(|(m, l)| {
        let beyond = if above { l.y > t.bbox[3] } else { l.y < t.bbox[1] };
        !t.lines.contains(&m) && beyond && l.x1 > t.bbox[0] && l.x0 < t.bbox[2]
    })
}

/// Finds a page's tables: ruled ones first (their rules are the strongest evidence), then
/// tables between horizontal rules, then unruled ones among the lines the others left.
/// `accept` (the report's vocabulary) says whether a grid found from rules is a table the
/// report reads; a box around a sidebar is a grid too.
///
/// Returns the tables, top to bottom, and the ruled grids that name nothing by themselves
/// and stand at the top of the page: the rest of a table broken over the page before.
pub fn find_tables(
    lines: &[Line],
    graphics: &[Graphic],
    gutters: &[super::Gutter],
    em: f64,
    vocabulary: &dyn Vocabulary,
    settings: &Settings,
) -> (Vec<Table>, Vec<Table>) {
    // On a text layer made by OCR, label words with a misread letter still name columns.
    let lenient = Lenient(vocabulary);
    let vocabulary: &dyn Vocabulary = if settings.ocr_text { &lenient } else { vocabulary };
    // On a text layer made by OCR, a table rule read as a character is no text.
    let stripped = settings.ocr_text.then(|| border::strip(lines, em));
    let (lines, dropped, rule_only): (&[Line], &[Dropped], &[usize]) = match &stripped {
        Some((l, d, r)) => (l, d, r),
        None => (lines, &[], &[]),
    };
    let mut used = vec![false; lines.len()];
    let mut tables = Vec::new();
    let mut pieces = Vec::new();
    if !graphics.is_empty() && !lines.is_empty() {
        let ruled = ruled::lattice(lines, graphics, em, settings);
        for t in ruled.into_iter().chain(ruled::slabs(lines, graphics, em, settings)) {
            if t.lines.iter().any(|&m| used[m]) {
                continue;
            }
            if vocabulary.accept_table(&t) {
                t.lines.iter().for_each(|&m| used[m] = true);
                tables.push(t);
            } else if t.ruling == Ruling::Full {
                pieces.push(t);
            }
        }
    }
    // A line that is nothing but a scanned rule is no cell of an unruled table.
    rule_only.iter().for_each(|&m| used[m] = true);
    tables.extend(aligned::find_tables(lines, &used, gutters, vocabulary, settings));
    keep_dropped(&mut tables, dropped, em);
    tables.sort_by(|a, b| b.top().total_cmp(&a.top()));
    // A piece at the top of a column, right of a table that ends its own column with
    // labels only, is that table going on (a table broken over two columns).
    let mut rest = Vec::new();
    for piece in pieces {
        if text_beyond(lines, &piece, true) {
            continue;
        }
        let before = tables
            .iter_mut()
            .find(|t| t.bbox[2] <= piece.bbox[0] && continues(t, &piece, em) && !text_beyond(lines, t, false));
        match before {
            Some(t) => {
                t.lines.extend(piece.lines.iter().copied());
                t.lines.sort_unstable();
                append(t, piece);
            }
            None => rest.push(piece),
        }
    }
    (tables, rest)
}
