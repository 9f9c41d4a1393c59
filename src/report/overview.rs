//! Overview-table editions: one table with a row per trip (older editions, letters to the
//! council), and the closing overview of a mixed document.
//!
//! The table's geometry is the layout stage's (`layout/table/records.rs`: header bands
//! found by label phrases, columns, rows from figure lines, continuing over pages, ending
//! at prose, a wide gap or the closing totals row); it asks this module, through
//! [`crate::layout::Vocabulary`], what a phrase or a column's label names
//! (`data/overview.tsv`), whether a figure is whole and whether a cell opens the totals.
//! Here the grid is interpreted: each column named by its label (a label broken inside a
//! word re-joined), each record read into a trip with the same parsers as section
//! editions, and the closing `Totaal` row as the printed totals.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use rust_decimal::Decimal;

use crate::layout::table::{cells, CellLine};
use crate::layout::{Document, LineId, PageIx, RecordLabel};
use crate::model::{bbox_union, Co2, Costs, Located, Provenance, Trip, Warning};
use crate::validate::PrintedTotals;

use super::{dates, money, text};

/// `data/overview.tsv`: kind, word, field.
const OVERVIEW_TSV: &str = include_str!("../../data/overview.tsv");

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
    /// Every field, in the order of their keys.
    const ALL: [Field; 10] = [
        Field::Date,
        Field::Official,
        Field::Destination,
        Field::Purpose,
        Field::Transport,
        Field::Travel,
        Field::Other,
        Field::Total,
        Field::Co2Tonnes,
        Field::Co2Compensation,
    ];

    /// The opaque key the layout stage knows the field by.
    fn key(self) -> u8 {
        Field::ALL.iter().position(|f| *f == self).map_or(u8::MAX, |i| i as u8)
    }

    fn from_key(key: u8) -> Option<Field> {
        Field::ALL.get(usize::from(key)).copied()
    }

    /// The field as the layout stage's record-table finder sees it.
    fn record_label(self) -> RecordLabel {
        RecordLabel::Label { key: self.key(), identifies: self.identifies(), figure: self.is_figure() }
    }

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

/// Reads the document's overview table: the layout stage's record table, its columns
/// named by their labels and its rows gathered into trips.
pub fn read(doc: &Document) -> Option<Overview> {
    let found = doc.overview.as_ref()?;
    let t = &found.table;
    let columns: Vec<Column> = t
        .columns
        .iter()
        .enumerate()
        .map(|(c, col)| {
            let lines = t.cells.iter().find(|cell| cell.row == 0 && cell.col == c).map_or(&[][..], |cell| &cell.lines);
            let (label, field) = column_label(lines);
            Column { label, field, x0: col.x0, x1: col.x1 }
        })
        .collect();
    // A record broken over a page break is a row of the grid per page: gathered again.
    let mut records: Vec<Row> = Vec::new();
    let mut record_of: Vec<Option<usize>> = vec![None; t.rows.len()];
    for (r, grid_row) in t.rows.iter().enumerate().skip(t.header_rows) {
        if !found.continues.get(r).copied().unwrap_or(false) || records.is_empty() {
            records.push(Row {
                cells: vec![Vec::new(); columns.len()],
                cell_boxes: vec![Vec::new(); columns.len()],
                ..Row::default()
            });
        }
        let Some(row) = records.last_mut() else { continue };
        row.pages.insert(grid_row.page);
        row.lines.extend(found.row_lines.get(r).into_iter().flatten().copied());
        record_of[r] = Some(records.len() - 1);
    }
    // Cells come row after row, so each record's lines stay top to bottom, page after page.
    for cell in &t.cells {
        let Some(row) = record_of.get(cell.row).copied().flatten().and_then(|i| records.get_mut(i)) else {
            continue;
        };
        let (Some(lines), Some(boxes)) = (row.cells.get_mut(cell.col), row.cell_boxes.get_mut(cell.col)) else {
            continue;
        };
        lines.extend(cell.lines.iter().map(|l| l.text.clone()));
        let page = t.rows[cell.row].page;
        if let Some(bbox) = cell.bbox {
            match boxes.iter_mut().find(|l| l.page == page) {
                Some(l) => l.bbox = bbox_union(l.bbox, bbox),
                None => boxes.push(Located { page, bbox }),
            }
        }
    }
    for row in &mut records {
        row.lines.sort();
        row.lines.dedup();
    }
    let total = if found.total { records.pop() } else { None };
    Some(Overview { columns, rows: records, total, lines: found.lines.clone(), top: Some(found.top) })
}

/// A column's label and the field it names, from the header cell's lines: joined as
/// text, hyphenation undone; when that names no field, a label broken inside a word by a
/// narrow column (`Vervoersm` / `iddel`) is tried joined at the breaks the table stage
/// could not be sure of.
pub fn column_label(lines: &[CellLine]) -> (String, Option<Field>) {
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let label = text::join_lines(&texts);
    if let Some(f) = column_field(&label) {
        return (label, Some(f));
    }
    cells::readings(lines)
        .into_iter()
        .skip(1)
        .find_map(|joined| column_field(&joined).map(|f| (joined, Some(f))))
        .unwrap_or((label, None))
}

/// What a phrase of a header reads as, for the layout stage's record-table finder.
pub fn record_label(text: &str) -> RecordLabel {
    match classify(text) {
        Phrase::Label(f) => f.record_label(),
        Phrase::Filler => RecordLabel::Filler,
        Phrase::Other => RecordLabel::Other,
    }
}

/// What a column whose label has these lines names, for the record-table finder.
pub fn record_column(lines: &[CellLine]) -> RecordLabel {
    column_label(lines).1.map_or(RecordLabel::Other, Field::record_label)
}

/// Whether a figure cell's text so far reads as a whole figure, for the finder: a figure
/// column's field by its key.
pub fn figure_complete_key(key: u8, text: &str) -> bool {
    figure_complete(Field::from_key(key), text)
}

/// Whether a cell's lines open the closing row of totals (`Totaal`).
pub fn is_total_cell(lines: &[&str]) -> bool {
    is_total_label(&text::join_lines(lines))
}
/// Whether a figure cell's text so far reads as a whole figure (or `-`, `n.v.t.`).
fn figure_complete(field: Option<Field>, text: &str) -> bool {
    let parsed = if field == Some(Field::Co2Tonnes) { money::parse_tonnes(text) } else { money::parse_amount(text) };
    parsed.is_ok() && !text.trim_end().ends_with('€')
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
    fn fields_tell_the_finder_what_identifies_a_trip_and_what_is_a_figure() {
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
        }
        assert_eq!(Field::from_key(10), None);
        // The five columns of a section edition's cost table: none says which trip.
        for f in [Field::Travel, Field::Other, Field::Transport, Field::Co2Tonnes, Field::Co2Compensation] {
            assert!(!matches!(f.record_label(), RecordLabel::Label { identifies: true, .. }), "{f:?}");
        }
        assert_eq!(Field::Date.record_label(), RecordLabel::Label { key: 0, identifies: true, figure: false });
        assert_eq!(Field::Co2Tonnes.record_label(), RecordLabel::Label { key: 8, identifies: false, figure: true });
        assert_eq!(record_label("Reis- en"), Field::Travel.record_label());
        assert_eq!(record_label("(ton)"), RecordLabel::Filler);
        assert_eq!(record_label("Overleg met"), RecordLabel::Other);
        assert!(figure_complete_key(Field::Travel.key(), "1.240,50"));
        assert!(!figure_complete_key(Field::Travel.key(), "€"));
        assert!(is_total_cell(&["Totaal"]));
        assert!(!is_total_cell(&["Trein"]));
    }

    #[test]
    fn a_label_broken_inside_a_word_is_joined_when_that_names_a_field() {
        let line = |text: &str, x1: f64, y: f64| CellLine {
            text: text.to_string(),
            bbox: [0.0, y, x1, y + 10.0],
            size: 10.0,
            brk: None,
        };
        let mut lines = vec![line("Vervoersm", 50.0, 20.0), line("iddel", 25.0, 10.0)];
        cells::classify_breaks(&mut lines, 50.0, false);
        assert_eq!(column_label(&lines), ("Vervoersmiddel".to_string(), Some(Field::Transport)));
        let mut lines = vec![line("Reis- en", 40.0, 20.0), line("verblijfkosten", 70.0, 10.0)];
        cells::classify_breaks(&mut lines, 70.0, false);
        assert_eq!(column_label(&lines), ("Reis- en verblijfkosten".to_string(), Some(Field::Travel)));
        assert_eq!(column_label(&[line("Opmerkingen", 60.0, 10.0)]), ("Opmerkingen".to_string(), None));
    }
}
