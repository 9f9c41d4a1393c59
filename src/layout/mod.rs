//! Stage 2: glyphs → lines → blocks and tables → regions → reading order.
//!
//! Everything here is geometry: which glyphs share a baseline, where the page's columns
//! and sidebars are (from the whitespace between the text, [`regions`]), which lines form
//! a block or a cost table, which text repeats in the page margins, and in which order a
//! reader meets the blocks. Content-stream order is never used: producers draw in any
//! order. The stage knows no Dutch: what a table label or a header reads like comes in
//! through a [`Vocabulary`].

pub mod blocks;
pub mod furniture;
pub mod lines;
pub mod regions;
pub mod settings;
pub mod table;

pub use blocks::{Block, Region};
pub use lines::{Line, Style, Word};
pub use regions::Gutter;
pub use settings::Settings;
pub use table::records::{RecordLabel, RecordTable};
pub use table::{Cell, CellLine, Label, Table};

use crate::pdf::{Graphic, Page};

/// What the layout stage needs to know about the document's language: supplied by the
/// report stage, so that geometry and wording stay apart.
pub trait Vocabulary {
    /// Which cost-table column a short line names, if it reads as a table label.
    fn table_label(&self, text: &str) -> Option<Label>;
    /// Whether a grid found from rules is a table the report reads (a box around a
    /// sidebar, or a layout grid of boxes, is a grid too).
    fn accept_table(&self, table: &Table) -> bool;
    /// As [`Vocabulary::table_label`], for text read by OCR: a word with a misread letter
    /// may still be a label. The same as `table_label` unless the vocabulary says more.
    fn table_label_ocr(&self, text: &str) -> Option<Label> {
        self.table_label(text)
    }
    /// As [`Vocabulary::accept_table`], with labels read as [`Vocabulary::table_label_ocr`].
    fn accept_table_ocr(&self, table: &Table) -> bool {
        self.accept_table(table)
    }
    /// Whether a line may be page furniture (running header, footer) at all: a trip
    /// header repeated at the same height on two pages is still a header.
    fn may_be_furniture(&self, text: &str) -> bool;
    /// What a short phrase of a record table's header reads as: a label (naming a field,
    /// by an opaque key), a filler word of labels, or other text.
    fn record_label(&self, phrase: &str) -> RecordLabel;
    /// What a record table's column label, whose lines (breaks classified) these are,
    /// names as a whole: a label, or nothing ([`RecordLabel::Other`]).
    fn record_column(&self, lines: &[CellLine]) -> RecordLabel;
    /// Whether a figure cell's text so far, in the column of field `key`, is a whole figure
    /// (not one broken over lines, `€` / `1.240,-`).
    fn figure_complete(&self, key: u8, text: &str) -> bool;
    /// Whether a record's one text cell, by its lines, opens the closing row of totals.
    fn is_total(&self, lines: &[&str]) -> bool;
}

/// A page of the document: 0-based index into [`Document::pages`] (page numbers, as
/// printed and in the records, are 1-based: [`PageLayout::number`]).
pub type PageIx = usize;

/// A text line of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineId {
    /// The page.
    pub page: PageIx,
    /// Index into that page's lines.
    pub line: usize,
}

/// A cost table of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TableId {
    /// The page.
    pub page: PageIx,
    /// Index into that page's tables.
    pub table: usize,
}

/// A text block of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId {
    /// The page.
    pub page: PageIx,
    /// Index into that page's blocks.
    pub block: usize,
}

/// What a line is, as far as geometry can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRole {
    /// Ordinary text: header, purpose, date or body (decided by the report stage).
    Text,
    /// Part of a cost table (label or data row), by table index on the page.
    Table(usize),
    /// Running header, footer or page number.
    Furniture,
    /// The data row of a table at the bottom of the previous page (pushed over the break).
    TableRowOfPrevious(usize),
}

/// One page as the layout stage sees it.
#[derive(Debug, Clone)]
pub struct PageLayout {
    /// 1-based page number.
    pub number: u32,
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// Lines, top to bottom, left to right.
    pub lines: Vec<Line>,
    /// Role of each line (same index as `lines`).
    pub roles: Vec<LineRole>,
    /// Cost tables.
    pub tables: Vec<Table>,
    /// Text blocks (paragraphs, headings, sidebar boxes) of the `Text` lines.
    pub blocks: Vec<Block>,
    /// The size most of the page's characters are set in (its em).
    pub body_size: f64,
    /// Column gutters found on the page.
    pub gutters: Vec<Gutter>,
    /// Rules, boxes and images drawn on the page.
    pub graphics: Vec<Graphic>,
    /// Blocks and tables in reading order.
    pub order: Vec<Item>,
    /// Problems reported by the glyph stage.
    pub problems: Vec<String>,
}

/// An item of a page in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A text block (index into `blocks`).
    Block(usize),
    /// A table (index into `tables`).
    Table(usize),
}

/// The layout of a whole document: pages with their lines, tables and blocks, and typed
/// ids to reach them.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The pages, in order.
    pub pages: Vec<PageLayout>,
    /// The document's one record table (an overview of its trips, a row each, over
    /// pages), if it has one: found after the page furniture, whose lines it skips.
    pub overview: Option<RecordTable>,
    /// Whether the text layer was made by OCR ([`Settings::ocr_text`]): the report stage
    /// then reads leniently, and says so (`uncertain_value`).
    pub ocr: bool,
    /// Whether the producer draws its one hyphen glyph as U+00AD, inside words too (a
    /// Ghostscript rewrite of a Typst file): its soft hyphens at line ends are then drawn
    /// hyphens, to be read as `-` is, not breaks the typesetter marked.
    pub drawn_soft_hyphens: bool,
}

/// Whether a page draws U+00AD inside a word: a glyph of it followed on its baseline, a
/// word space or less away, by another glyph (a soft hyphen is drawn only at a break).
fn draws_soft_hyphens(page: &Page) -> bool {
    page.glyphs.windows(2).any(|w| {
        let (a, b) = (&w[0], &w[1]);
        a.text.ends_with('\u{AD}')
            && b.text.chars().next().is_some_and(char::is_alphanumeric)
            && (a.y - b.y).abs() < 0.5
            && (b.x0 - a.x1).abs() < 0.3 * a.size.max(1.0)
    })
}

/// An item of the document in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocItem {
    /// A text block.
    Block(BlockId),
    /// A cost table.
    Table(TableId),
}

impl Document {
    /// A line by id.
    pub fn line(&self, id: LineId) -> &Line {
        &self.pages[id.page].lines[id.line]
    }

    /// A table by id.
    pub fn table(&self, id: TableId) -> &Table {
        &self.pages[id.page].tables[id.table]
    }

    /// A block by id.
    pub fn block(&self, id: BlockId) -> &Block {
        &self.pages[id.page].blocks[id.block]
    }

    /// The 1-based page number of a page.
    pub fn page_number(&self, page: PageIx) -> u32 {
        self.pages[page].number
    }

    /// The role of a line.
    pub fn role(&self, id: LineId) -> LineRole {
        self.pages[id.page].roles[id.line]
    }

    /// The lines of a block, top to bottom.
    pub fn block_lines(&self, id: BlockId) -> impl Iterator<Item = LineId> + '_ {
        self.block(id).lines.iter().map(move |&line| LineId { page: id.page, line })
    }

    /// The block a text line belongs to.
    pub fn block_of(&self, id: LineId) -> Option<BlockId> {
        let page = &self.pages[id.page];
        page.blocks.iter().position(|b| b.lines.contains(&id.line)).map(|block| BlockId { page: id.page, block })
    }

    /// Every block and table of the document in reading order: page after page, each page
    /// in its own order. Furniture is left out.
    pub fn reading_order(&self) -> impl Iterator<Item = DocItem> + '_ {
        self.pages.iter().enumerate().flat_map(|(page, p)| {
            p.order.iter().map(move |item| match *item {
                Item::Block(block) => DocItem::Block(BlockId { page, block }),
                Item::Table(table) => DocItem::Table(TableId { page, table }),
            })
        })
    }

    /// Every `Text` line of the document with its id, page after page, top to bottom.
    pub fn text_lines(&self) -> impl Iterator<Item = (LineId, &Line)> + '_ {
        self.pages.iter().enumerate().flat_map(|(page, p)| {
            p.lines
                .iter()
                .enumerate()
                .filter(move |(i, _)| p.roles[*i] == LineRole::Text)
                .map(move |(line, l)| (LineId { page, line }, l))
        })
    }
}

/// Runs the layout stage over all pages of a document.
pub fn analyse(pages: &[Page], vocabulary: &dyn Vocabulary, settings: &Settings) -> Document {
    let ocr_sizes = lines::ocr_sizes(pages);
    let layouts: Vec<(PageLayout, Vec<table::Table>)> = pages
        .iter()
        .map(|p| {
            // A scan's OCR layer is read level and without the scan's image (a no-op for
            // level text without a background image: no copy is made).
            let (level, skew) = lines::level_page(p, &ocr_sizes);
            let p = level.as_ref();
            let prepared = lines::prepare(p, settings);
            let body_size = lines::body_size(p);
            let obstacles: Vec<[f64; 4]> = prepared.chunks.iter().map(|c| c.bbox).collect();
            let first_gutters = regions::column_gutters(&obstacles, &prepared.chunks, &p.graphics, body_size, settings);
            let mut lines = lines::lines_prepared(p, prepared, &first_gutters, settings);
            if skew != 0.0 {
                lines::share_baselines(&mut lines);
            }
            let (tables, pieces) =
                table::find_tables(&lines, &p.graphics, &first_gutters, body_size, vocabulary, settings);
            let mut roles = vec![LineRole::Text; lines.len()];
            for (t, table) in tables.iter().enumerate() {
                for &m in &table.lines {
                    roles[m] = LineRole::Table(t);
                }
            }
            let layout = PageLayout {
                number: p.number,
                width: p.width,
                height: p.height,
                lines,
                roles,
                tables,
                blocks: Vec::new(),
                body_size,
                gutters: first_gutters,
                graphics: p.graphics.clone(),
                order: Vec::new(),
                problems: p.problems.clone(),
            };
            (layout, pieces)
        })
        .collect();
    let (mut layouts, pieces): (Vec<PageLayout>, Vec<Vec<table::Table>>) = layouts.into_iter().unzip();
    join_tables_over_page_breaks(&mut layouts, pieces);

    let marks = furniture::mark(
        &layouts
            .iter()
            .map(|p| furniture::Candidates {
                height: p.height,
                lines: &p.lines,
                eligible: furniture_eligible(&p.lines, &p.roles, vocabulary, settings),
            })
            .collect::<Vec<_>>(),
        settings,
    );
    for (page, mut marks) in layouts.iter_mut().zip(marks) {
        // A line that continues text in its style is that text's, though it reads as a
        // page number (a date wrapped as `20 t/m 21 maart` / `2024` at the top of a page).
        clear_continuations(&page.lines, &page.roles, &mut marks, settings);
        for (role, furniture) in page.roles.iter_mut().zip(marks) {
            if furniture {
                *role = LineRole::Furniture;
            }
        }
    }
    join_rows_over_page_breaks(&mut layouts, settings);
    for page in &mut layouts {
        regions::finish(page, settings);
    }
    let overview = table::records::find(&layouts, vocabulary);
    let drawn_soft_hyphens = pages.iter().any(draws_soft_hyphens);
    Document { pages: layouts, overview, ocr: settings.ocr_text, drawn_soft_hyphens }
}

/// A ruled table whose rows go on at the top of the next page, without its labels: the
/// pieces the next page's table search could not name join the last table of the page
/// before, when their columns match.
fn join_tables_over_page_breaks(layouts: &mut [PageLayout], pieces: Vec<Vec<table::Table>>) {
    for (p, page_pieces) in pieces.into_iter().enumerate().skip(1) {
        for piece in page_pieces {
            let em = layouts[p - 1].body_size;
            let prev = &mut layouts[p - 1];
            let Some(t) = prev.tables.iter().rposition(|t| table::continues(t, &piece, em)) else { continue };
            let lines = piece.lines.clone();
            table::append(&mut prev.tables[t], piece);
            prev.tables[t].next_page_lines.extend(lines.iter().copied());
            for m in lines {
                layouts[p].roles[m] = LineRole::TableRowOfPrevious(t);
            }
        }
    }
}

/// A table whose labels end a page may have its data row at the top of the next one.
fn join_rows_over_page_breaks(layouts: &mut [PageLayout], settings: &Settings) {
    for p in 1..layouts.len() {
        let (before, after) = layouts.split_at_mut(p);
        let (Some(prev), Some(next)) = (before.last_mut(), after.first_mut()) else { continue };
        let Some(t) = prev.tables.iter().rposition(|t| !t.has_body() && t.ruling == table::Ruling::None) else {
            continue;
        };
        // Only the last thing on its page (or column) can continue on the next.
        let table_box = prev.tables[t].bbox;
        let below = prev
            .lines
            .iter()
            .zip(&prev.roles)
            .any(|(l, r)| *r == LineRole::Text && l.y < table_box[1] && l.x0 < table_box[2] && table_box[0] < l.x1);
        if below {
            continue;
        }
        let candidates: Vec<usize> = (0..next.lines.len()).filter(|&m| next.roles[m] == LineRole::Text).collect();
        if let Some(taken) =
            table::aligned::continue_on(&mut prev.tables[t], next.number, &next.lines, &candidates, settings)
        {
            for m in taken {
                next.roles[m] = LineRole::TableRowOfPrevious(t);
            }
        }
    }
}

/// Clears the flag of every line that continues, in its style, a text line just above
/// whose flag is clear. Lines come top to bottom, so a third line follows its second; only
/// the lines just above can be followed (bounded work on pages of many lines).
fn clear_continuations(lines: &[Line], roles: &[LineRole], flags: &mut [bool], settings: &Settings) {
    for i in 0..lines.len() {
        if !flags[i] {
            continue;
        }
        let reach = settings.block_max_gap * lines[i].size.max(1.0) * 2.0;
        let mut above = (0..i).rev().take_while(|&j| lines[j].y - lines[i].y <= reach);
        let continues = above.any(|j| {
            let (prev, next) = (&lines[j], &lines[i]);
            roles[j] == LineRole::Text
                && !flags[j]
                && prev.bold == next.bold
                && (prev.size - next.size).abs() < 0.5
                && blocks::follows(prev, next, settings)
        });
        if continues {
            flags[i] = false;
        }
    }
}

/// Which lines may be running headers or footers: text lines the vocabulary allows, except
/// a line that continues, in the same style, a line that may not be one (the second line
/// of a trip's header at the top of a page, whose words also head other pages).
fn furniture_eligible(
    lines: &[Line],
    roles: &[LineRole],
    vocabulary: &dyn Vocabulary,
    settings: &Settings,
) -> Vec<bool> {
    let mut eligible: Vec<bool> =
        lines.iter().zip(roles).map(|(l, r)| *r == LineRole::Text && vocabulary.may_be_furniture(l.text())).collect();
    clear_continuations(lines, roles, &mut eligible, settings);
    eligible
}
