//! A cost table read from the layout stage's table grid: which column (or row) names
//! which of the five fields, and the cells printed under (or beside) those labels.
//!
//! The grid knows no words; the labels do. A table whose header row names the fields is
//! horizontal (labels over values, the 2024 report's shape); one whose first column names
//! them is vertical (`Reis- en verblijfkosten | € 385,-`, a key–value table). A label
//! broken inside a word by a narrow cell is tried both ways, as printed and joined. A
//! column or row whose label names nothing is reported (`unknown_column`), never dropped.

use crate::layout::table::{cells, Cell, Table};
use crate::layout::Label;

use super::lexicon;

/// The five fields, in `table_cells` order.
pub const FIELDS: usize = crate::layout::table::COLUMNS;

/// How a cost table is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    /// Labels over values.
    Horizontal,
    /// Labels in the first column, values beside them.
    Vertical,
}

/// A label with cells that name no field.
#[derive(Debug, Clone, PartialEq)]
pub struct Unknown {
    /// The label as printed (empty when the column has none).
    pub label: String,
    /// Its cells.
    pub cells: Vec<String>,
}

/// What a cost table holds, by field.
#[derive(Debug, Clone, PartialEq)]
pub struct CostRead {
    /// How the table is laid out.
    pub orientation: Orientation,
    /// Per field: the value cell, if the table has a label for the field and a value.
    pub cells: [Option<Cell>; FIELDS],
    /// Per field: whether the table names it at all.
    pub named: [bool; FIELDS],
    /// Columns or rows whose label names no field.
    pub unknown: Vec<Unknown>,
    /// Per field: the page its value cell stands on (a row may be pushed to the next).
    pub pages: [u32; FIELDS],
    /// Rows holding values (a table of many, a row per trip, is an overview).
    pub value_rows: usize,
}

impl CostRead {
    /// The five cells as printed, whitespace collapsed ("" where none).
    pub fn texts(&self) -> Vec<String> {
        self.cells.iter().map(|c| c.as_ref().map(|c| super::text::collapse(&c.text)).unwrap_or_default()).collect()
    }

    /// The five cells with a scanned table rule the OCR glued to a value (`|€0,-`), as the
    /// OCR printed them: the cells' raw text. A rule read as a word of its own (`|` beside
    /// `Vliegtuig`) is the rule, no part of the cell (it stays in [`Cell::dropped`] for
    /// `inspect`). Where nothing was taken out, the same as [`CostRead::texts`].
    pub fn raw_texts(&self) -> Vec<String> {
        self.cells
            .iter()
            .map(|c| {
                let Some(c) = c else { return String::new() };
                let text = super::text::collapse(&c.text);
                let Some(b) = c.bbox else { return text };
                let (mut before, mut after) = (String::new(), String::new());
                let mut dropped: Vec<_> = c.dropped.iter().collect();
                dropped.sort_by(|x, y| x.bbox[0].total_cmp(&y.bbox[0]));
                for d in dropped {
                    // Only a rule glued to the value was read as part of it.
                    let glue = 0.15 * (d.bbox[3] - d.bbox[1]).max(1.0);
                    if d.bbox[2] <= b[0] + glue && b[0] - d.bbox[2] <= glue {
                        before.push_str(&d.text);
                    } else if d.bbox[0] >= b[2] - glue && d.bbox[0] - b[2] <= glue {
                        after.push_str(&d.text);
                    }
                }
                format!("{before}{text}{after}")
            })
            .collect()
    }

    /// Whether any value was found.
    pub fn has_values(&self) -> bool {
        self.cells.iter().flatten().any(|c| !c.text.trim().is_empty())
    }

    /// Fills the fields this one lacks from a continuation (a table broken over a page or
    /// column). Returns whether it added anything.
    pub fn fill_from(&mut self, more: &CostRead) -> bool {
        let mut added = false;
        for f in 0..FIELDS {
            let empty = self.cells[f].as_ref().is_none_or(|c| c.text.trim().is_empty());
            if empty && more.cells[f].as_ref().is_some_and(|c| !c.text.trim().is_empty()) {
                self.cells[f] = more.cells[f].clone();
                self.pages[f] = more.pages[f];
                self.named[f] = true;
                added = true;
            }
        }
        added
    }
}

/// The field a label names, trying a word broken inside by a narrow cell both ways; with
/// `ocr`, a label word with a misread letter still names its field
/// ([`lexicon::table_label_ocr`]).
fn field_of(cell: Option<&Cell>, ocr: bool) -> Option<Label> {
    let cell = cell?;
    let label = if ocr { lexicon::table_label_ocr } else { lexicon::table_label };
    let as_printed = label(&cell.text);
    if matches!(as_printed, Some(Label::Column(_))) || !cells::has_unsure_char_break(&cell.lines) {
        return as_printed;
    }
    cells::readings(&cell.lines)
        .iter()
        .skip(1)
        .find_map(|t| label(t).filter(|l| matches!(l, Label::Column(_))))
        .or(as_printed)
}

/// The label of a column over `rows` header rows: the texts of the distinct cells over it,
/// top to bottom (a spanning `Kosten` over `Overige kosten` is part of both labels).
fn column_label(table: &Table, col: usize, rows: usize) -> Option<Cell> {
    let mut parts: Vec<&Cell> = Vec::new();
    for r in 0..rows {
        if let Some(c) = table.cell(r, col) {
            if !parts.iter().any(|p| std::ptr::eq(*p, c)) && !c.text.is_empty() {
                parts.push(c);
            }
        }
    }
    let mut lines = Vec::new();
    for p in &parts {
        let mut l = p.lines.clone();
        if let Some(last) = l.last_mut() {
            last.brk = None;
        }
        lines.extend(l);
    }
    let text = cells::join(&lines);
    (!parts.is_empty()).then(|| Cell { lines, text, ..parts[0].clone() })
}

/// How many leading rows read as labels: more than half their cells read as labels.
fn label_rows(table: &Table, ocr: bool) -> usize {
    let mut rows = 0;
    for r in 0..table.rows.len() {
        let row: Vec<&Cell> = table.cells.iter().filter(|c| c.row == r && !c.text.trim().is_empty()).collect();
        let labels = row.iter().filter(|c| field_of(Some(c), ocr).is_some()).count();
        // A row of a label and its value (a vertical table) is no label row.
        if row.is_empty() || labels * 2 <= row.len() && row.len() > 1 || labels == 0 {
            break;
        }
        rows = r + 1;
    }
    rows
}

/// Reads a table as a cost table, if its labels name at least one field.
pub fn read(table: &Table) -> Option<CostRead> {
    read_with(table, false)
}

/// As [`read`]; with `ocr` (the text layer was made by OCR), label words with a misread
/// letter still name their field.
pub fn read_with(table: &Table, ocr: bool) -> Option<CostRead> {
    let horizontal = read_horizontal(table, ocr);
    let vertical = read_vertical(table, ocr);
    // The reading that names more fields, and finds values for them.
    let count = |r: &Option<CostRead>| {
        r.as_ref().map_or(0, |r| 2 * r.named.iter().filter(|n| **n).count() + usize::from(r.has_values()))
    };
    let read = if count(&vertical) > count(&horizontal) { vertical } else { horizontal };
    let mut read = read.filter(|r| r.named.iter().any(|n| *n))?;
    for (f, cell) in read.cells.iter_mut().enumerate() {
        if let Some(c) = cell {
            c.text = value_text(f, c);
        }
    }
    Some(read)
}

/// A value cell's text: with a break inside a word joined where the joined text reads as
/// a value of its field (`14.872,3` / `5`, `Dienstaut` / `o`), else as printed.
fn value_text(field: usize, cell: &Cell) -> String {
    if !cells::has_unsure_char_break(&cell.lines) {
        return cell.text.clone();
    }
    let reads = |text: &str| match field {
        2 => {
            let (modes, unknown) = super::transport::parse_transport(text);
            !modes.is_empty() && unknown.is_empty()
        }
        3 => super::money::parse_tonnes(text).is_ok(),
        _ => super::money::parse_amount(text).is_ok(),
    };
    cells::readings(&cell.lines).into_iter().skip(1).find(|t| reads(t)).unwrap_or_else(|| cell.text.clone())
}

fn read_horizontal(table: &Table, ocr: bool) -> Option<CostRead> {
    let header = label_rows(table, ocr).max(usize::from(table.header_rows > 0 && table.rows.len() == 1));
    if header == 0 {
        return None;
    }
    let labels: Vec<Option<Cell>> = (0..table.columns.len()).map(|c| column_label(table, c, header)).collect();
    let fields: Vec<Option<usize>> = labels
        .iter()
        .map(|l| match field_of(l.as_ref(), ocr) {
            Some(Label::Column(f)) => Some(f),
            _ => None,
        })
        .collect();
    // The data row: the first row under the header with a value.
    let data =
        (header..table.rows.len()).find(|&r| (0..table.columns.len()).any(|c| !table.text(r, c).trim().is_empty()));
    let mut out = CostRead {
        orientation: Orientation::Horizontal,
        cells: Default::default(),
        named: [false; FIELDS],
        unknown: Vec::new(),
        pages: [data.map_or(table.page, |r| table.rows[r].page); FIELDS],
        value_rows: (header..table.rows.len())
            .filter(|&r| (0..table.columns.len()).any(|c| !table.text(r, c).is_empty()))
            .count(),
    };
    let mut unnamed: Vec<usize> = Vec::new();
    for (c, f) in fields.iter().enumerate() {
        let value = data.and_then(|r| table.cell(r, c)).filter(|cell| cell.row >= header).cloned();
        match f {
            Some(f) if !out.named[*f] => {
                out.named[*f] = true;
                out.cells[*f] = value;
            }
            _ => {
                let has_value = value.as_ref().is_some_and(|v| !v.text.trim().is_empty());
                let label = labels[c].as_ref().map(|l| l.text.clone()).unwrap_or_default();
                if has_value || field_of(labels[c].as_ref(), ocr).is_none() && !label.is_empty() {
                    unnamed.push(c);
                }
            }
        }
    }
    // A column with values but no label, where exactly one field is missing and the
    // named columns around it stand in the usual order, is that field.
    let missing: Vec<usize> = (0..FIELDS).filter(|f| !out.named[*f]).collect();
    if let ([only], [f]) = (unnamed.as_slice(), missing.as_slice()) {
        let before = fields[..*only].iter().flatten().all(|g| g < f);
        let after = fields[*only + 1..].iter().flatten().all(|g| g > f);
        let label = labels[*only].as_ref().map_or(String::new(), |l| l.text.clone());
        if before && after && label.is_empty() {
            out.named[*f] = true;
            out.cells[*f] = data.and_then(|r| table.cell(r, *only)).cloned();
            unnamed.clear();
        }
    }
    for c in unnamed {
        out.unknown.push(Unknown {
            label: labels[c].as_ref().map(|l| l.text.clone()).unwrap_or_default(),
            cells: (header..table.rows.len()).map(|r| table.text(r, c).to_string()).filter(|t| !t.is_empty()).collect(),
        });
    }
    Some(out)
}

fn read_vertical(table: &Table, ocr: bool) -> Option<CostRead> {
    if table.columns.len() < 2 {
        return None;
    }
    let value_col = table.columns.len() - 1;
    let mut out = CostRead {
        orientation: Orientation::Vertical,
        cells: Default::default(),
        named: [false; FIELDS],
        unknown: Vec::new(),
        pages: [table.page; FIELDS],
        value_rows: 1,
    };
    let mut any = false;
    for r in 0..table.rows.len() {
        let stub = table.cell(r, 0).filter(|c| c.col_span == 1);
        let value = table.cell(r, value_col).filter(|c| c.col == value_col && c.row == r).cloned();
        match field_of(stub, ocr) {
            Some(Label::Column(f)) if !out.named[f] => {
                out.named[f] = true;
                out.pages[f] = table.rows[r].page;
                out.cells[f] = value;
                any = true;
            }
            Some(_) => {}
            None => {
                let label = stub.map(|c| c.text.clone()).unwrap_or_default();
                let cells: Vec<String> =
                    value.iter().map(|v| v.text.clone()).filter(|t| !t.trim().is_empty()).collect();
                if !label.is_empty() || !cells.is_empty() {
                    out.unknown.push(Unknown { label, cells });
                }
            }
        }
    }
    any.then_some(out)
}

/// Whether a grid found from rules is a cost table: labels naming two fields or more (one
/// for a small piece of a table broken over a page), and at least half the labels known.
pub fn is_cost_table(table: &Table) -> bool {
    is_cost_table_with(table, false)
}

/// As [`is_cost_table`]; with `ocr`, labels are read as [`read_with`] reads them.
pub fn is_cost_table_with(table: &Table, ocr: bool) -> bool {
    let Some(read) = read_with(table, ocr) else { return false };
    let named = read.named.iter().filter(|n| **n).count();
    let small = table.rows.len() <= 2 || table.columns.len() <= 2;
    // A table of many rows, a row per trip, is an overview: read elsewhere.
    (named >= 2 || named == 1 && small) && read.value_rows <= 2 && read.unknown.len() <= named
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::table::{CellLine, Column, Row, Ruling};

    fn cell(row: usize, col: usize, text: &str) -> Cell {
        let lines = if text.is_empty() {
            Vec::new()
        } else {
            vec![CellLine { text: text.into(), bbox: [0.0, 0.0, 10.0, 10.0], size: 10.0, brk: None }]
        };
        Cell { row, col, row_span: 1, col_span: 1, bbox: None, lines, text: text.into(), dropped: Vec::new() }
    }

    fn grid(rows: &[&[&str]]) -> Table {
        let cols = rows[0].len();
        Table {
            page: 1,
            bbox: [0.0; 4],
            ruling: Ruling::Full,
            columns: (0..cols).map(|c| Column { x0: c as f64 * 10.0, x1: c as f64 * 10.0 + 10.0 }).collect(),
            rows: (0..rows.len())
                .map(|r| Row { page: 1, y0: -(r as f64) * 10.0, y1: 10.0 - r as f64 * 10.0 })
                .collect(),
            cells: rows
                .iter()
                .enumerate()
                .flat_map(|(r, row)| row.iter().enumerate().map(move |(c, t)| cell(r, c, t)))
                .collect(),
            header_rows: 1,
            lines: Vec::new(),
            next_page_lines: Vec::new(),
            rules: Vec::new(),
        }
    }

    #[test]
    fn labels_over_values() {
        let t = grid(&[
            &["Reis- en verblijfkosten", "Overige kosten", "Vervoer", "CO2-uitstoot (in tonnen)", "CO2-compensatie"],
            &["€ 385,-", "€ 0,-", "Dienstauto", "-", "-"],
        ]);
        let r = read(&t).expect("a cost table");
        assert_eq!(r.orientation, Orientation::Horizontal);
        assert_eq!(r.texts(), ["€ 385,-", "€ 0,-", "Dienstauto", "-", "-"]);
        assert!(is_cost_table(&t));
    }

    #[test]
    fn labels_beside_values() {
        let t = grid(&[
            &["Reis- en verblijfkosten", "€ 385,-"],
            &["Overige kosten", "€ 0,-"],
            &["Vervoersmiddel", "Dienstauto"],
            &["CO2-uitstoot", "-"],
            &["CO2-compensatie", "-"],
        ]);
        let r = read(&t).expect("a cost table");
        assert_eq!(r.orientation, Orientation::Vertical);
        assert_eq!(r.texts(), ["€ 385,-", "€ 0,-", "Dienstauto", "-", "-"]);
        assert!(r.unknown.is_empty());
    }

    #[test]
    fn a_column_naming_nothing_is_reported_with_its_cells() {
        let t = grid(&[
            &["Reis- en verblijfkosten", "Overige kosten", "Vervoer", "Opmerkingen"],
            &["€ 385,-", "€ 0,-", "Trein", "met de Thalys"],
        ]);
        let r = read(&t).expect("a cost table");
        assert_eq!(r.unknown, [Unknown { label: "Opmerkingen".into(), cells: vec!["met de Thalys".into()] }]);
        assert_eq!(r.texts()[2], "Trein");
    }

    #[test]
    fn a_table_of_trips_is_no_cost_table() {
        let t = grid(&[
            &["Reis- en verblijfkosten", "Overige kosten"],
            &["€ 385,-", "€ 0,-"],
            &["€ 1.385,-", "€ 10,-"],
            &["€ 2.385,-", "€ 20,-"],
        ]);
        assert!(!is_cost_table(&t));
    }
}
