//! Stage 2: glyphs → lines → blocks (tables, furniture, text) → reading order.
//!
//! Everything here is geometry: which glyphs share a baseline, which lines form a cost
//! table, which text repeats in the page margins, and in which order a reader meets the
//! parts of a page. Content-stream order is never used: producers draw in any order.

pub mod furniture;
pub mod lines;
pub mod table;

pub use lines::{Line, Style, Word};
pub use table::{Cell, Table};

use crate::pdf::Page;

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
    /// Problems reported by the glyph stage.
    pub problems: Vec<String>,
}

/// An item of the page in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A text line (index into `lines`).
    Line(usize),
    /// A table (index into `tables`).
    Table(usize),
}

impl PageLayout {
    /// The page's text lines and tables in reading order: top to bottom, then left to
    /// right; furniture left out.
    pub fn reading_order(&self) -> Vec<Item> {
        let mut items: Vec<(f64, f64, Item)> = Vec::new();
        for (i, l) in self.lines.iter().enumerate() {
            if self.roles[i] == LineRole::Text {
                items.push((l.top(), l.x0, Item::Line(i)));
            }
        }
        for (t, table) in self.tables.iter().enumerate() {
            items.push((table.top(), table.bbox[0], Item::Table(t)));
        }
        // Round tops so that lines on one baseline sort left to right.
        items.sort_by(|a, b| {
            let (ta, tb) = ((a.0 * 2.0).round(), (b.0 * 2.0).round());
            tb.total_cmp(&ta).then(a.1.total_cmp(&b.1))
        });
        items.into_iter().map(|(_, _, item)| item).collect()
    }
}

/// Runs the layout stage over all pages of a document.
pub fn analyse(pages: &[Page]) -> Vec<PageLayout> {
    let mut layouts: Vec<PageLayout> = pages
        .iter()
        .map(|p| {
            let lines = lines::lines(p);
            let tables = table::find_tables(&lines);
            let mut roles = vec![LineRole::Text; lines.len()];
            for (t, table) in tables.iter().enumerate() {
                for &m in table.label_lines.iter().chain(&table.row_lines) {
                    roles[m] = LineRole::Table(t);
                }
            }
            PageLayout {
                number: p.number,
                width: p.width,
                height: p.height,
                lines,
                roles,
                tables,
                problems: p.problems.clone(),
            }
        })
        .collect();

    let marks = furniture::mark(
        &layouts
            .iter()
            .map(|p| furniture::Candidates {
                height: p.height,
                lines: &p.lines,
                eligible: p
                    .lines
                    .iter()
                    .zip(&p.roles)
                    .map(|(l, r)| *r == LineRole::Text && !l.text().starts_with("Werkbezoek"))
                    .collect(),
            })
            .collect::<Vec<_>>(),
    );
    for (page, marks) in layouts.iter_mut().zip(marks) {
        for (role, furniture) in page.roles.iter_mut().zip(marks) {
            if furniture {
                *role = LineRole::Furniture;
            }
        }
    }
    join_rows_over_page_breaks(&mut layouts);
    layouts
}

/// A table whose labels end a page may have its data row at the top of the next one.
fn join_rows_over_page_breaks(layouts: &mut [PageLayout]) {
    for p in 1..layouts.len() {
        let (before, after) = layouts.split_at_mut(p);
        let (Some(prev), Some(next)) = (before.last_mut(), after.first_mut()) else { continue };
        let Some(t) = prev.tables.iter().rposition(|t| !t.has_row()) else { continue };
        // Only the last thing on its page can continue on the next.
        let lowest_text = prev
            .lines
            .iter()
            .zip(&prev.roles)
            .filter(|(_, r)| **r == LineRole::Text)
            .map(|(l, _)| l.y)
            .fold(f64::INFINITY, f64::min);
        if lowest_text < prev.tables[t].bbox[1] {
            continue;
        }
        let candidates: Vec<usize> = (0..next.lines.len()).filter(|&m| next.roles[m] == LineRole::Text).collect();
        if let Some(taken) = prev.tables[t].continue_on(next.number, &next.lines, &candidates) {
            for m in taken {
                next.roles[m] = LineRole::TableRowOfPrevious(t);
            }
        }
    }
}
