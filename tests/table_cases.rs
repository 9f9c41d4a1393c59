//! The table stage on small tables built here, one per shape other typesetters make:
//! booktabs rules with labels over four lines, a vertical key–value table, bordered cells
//! that break words, a two-row header with a spanning label, a table broken over a page,
//! the same table with full, booktabs or no rules, and a column that names no field.
//! Each is a one-trip report: the trip's five cells are what a person reads.

mod common;

use common::pdfgen::{pdf_with_rules, Rule, TextLine};

/// Helvetica advance widths (per 1000 em) of the characters these tests print.
fn char_width(c: char) -> f64 {
    match c {
        'i' | 'l' | 'j' => 222.0,
        't' | 'f' | 'I' | ' ' | ',' | '.' | '(' | ')' | '-' => 278.0,
        'r' => 333.0,
        's' | 'c' | 'k' | 'v' | 'y' | 'J' => 500.0,
        'm' => 833.0,
        'w' => 722.0,
        'C' | 'D' | 'R' | 'V' | 'O' => 722.0,
        'T' | 'E' | 'P' => 667.0,
        _ => 556.0,
    }
}

/// The width of a text in Helvetica at a size.
fn width(text: &str, size: f64) -> f64 {
    text.chars().map(char_width).sum::<f64>() * size / 1000.0
}

/// How a built table is ruled.
#[derive(Clone, Copy, Debug)]
enum Rules {
    /// Every cell boxed.
    Full,
    /// Top rule, a rule under the header row, bottom rule.
    Booktabs,
    /// No rules.
    None,
}

/// A table spec: columns' widths, rows of cells (a cell's lines separated by `\n`), where
/// its top-left stands, and its rules. Returns the text lines and the rules, and the y
/// under the table.
fn build(
    x: f64,
    top: f64,
    widths: &[f64],
    rows: &[Vec<&'static str>],
    rules: Rules,
) -> (Vec<TextLine<'static>>, Vec<Rule>, f64) {
    let (size, lead, pad) = (8.0, 9.6, 2.0);
    let total: f64 = widths.iter().sum();
    let mut lines = Vec::new();
    let mut rules_out = Vec::new();
    let mut y = top;
    let mut row_tops = vec![top];
    for row in rows {
        let height = row.iter().map(|c| c.split('\n').count()).max().unwrap_or(1) as f64 * lead + 2.0 * pad;
        let mut cx = x;
        for (cell, w) in row.iter().zip(widths) {
            for (k, text) in cell.split('\n').enumerate().filter(|(_, t)| !t.is_empty()) {
                lines.push(TextLine(cx + pad, y - pad - size - k as f64 * lead, size, false, text));
            }
            cx += w;
        }
        y -= height;
        row_tops.push(y);
    }
    let hrule = |y: f64| Rule(x, y - 0.25, x + total, y + 0.25);
    match rules {
        Rules::Full => {
            for &ry in &row_tops {
                rules_out.push(hrule(ry));
            }
            let mut cx = x;
            for w in std::iter::once(&0.0).chain(widths) {
                cx += w;
                rules_out.push(Rule(cx - 0.25, y, cx + 0.25, top));
            }
        }
        Rules::Booktabs => {
            rules_out.push(hrule(top));
            rules_out.push(hrule(row_tops[1]));
            rules_out.push(hrule(y));
        }
        Rules::None => {}
    }
    (lines, rules_out, y)
}

/// A page with one trip's head and body above a table.
fn trip_page(table: Vec<TextLine<'static>>) -> Vec<TextLine<'static>> {
    let mut page = vec![
        TextLine(58.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2024"),
        TextLine(58.0, 740.0, 13.0, true, "Werkbezoek Brussel door burgemeester Aboutaleb"),
        TextLine(58.0, 724.0, 10.0, true, "Bijeenkomst over Europees stedelijk beleid"),
        TextLine(58.0, 710.0, 10.0, false, "23 t/m 24 januari 2024"),
        TextLine(58.0, 690.0, 10.0, false, "De burgemeester nam deel aan een bijeenkomst in Brussel."),
    ];
    page.extend(table);
    page
}

/// The five cells the tool reads for the one trip of a PDF, and its warning codes.
fn read(bytes: &[u8]) -> (Vec<String>, Vec<String>, String) {
    let report = ambtsreizen::extract_bytes(bytes, "table.pdf").expect("read");
    assert_eq!(report.trips.len(), 1, "one trip");
    let t = &report.trips[0];
    (t.table_cells.clone(), t.warnings.iter().map(|w| w.code.clone()).collect(), t.description.clone())
}

fn labels() -> Vec<&'static str> {
    vec!["Reis- en\nverblijfkosten", "Overige\nkosten", "Vervoer", "CO2-\nuitstoot\n(in\ntonnen)", "CO2-\ncompensatie"]
}

const CELLS: [&str; 5] = ["€ 1.100,-", "€ 0,-", "Vliegtuig", "0,22", "€ 3,13"];

#[test]
fn the_same_table_with_full_booktabs_or_no_rules_reads_the_same() {
    for rules in [Rules::Full, Rules::Booktabs, Rules::None] {
        let rows = vec![labels(), CELLS.to_vec()];
        let (lines, rules_drawn, _) = build(58.0, 660.0, &[70.0, 50.0, 56.0, 50.0, 64.0], &rows, rules);
        let page = trip_page(lines);
        let (cells, warnings, description) = read(&pdf_with_rules(&[(&page, &rules_drawn)]));
        assert_eq!(cells, CELLS, "{rules:?}");
        assert!(!warnings.iter().any(|w| w == "missing_table" || w == "unknown_column"), "{rules:?}: {warnings:?}");
        // The labels over four lines are the table's, not the description's.
        assert!(!description.contains("tonnen") && !description.contains("(in"), "{rules:?}: {description}");
    }
}

#[test]
fn a_vertical_key_value_table_reads_its_values_beside_the_labels() {
    let rows = vec![
        vec!["Reis- en verblijfkosten", "€ 385,-"],
        vec!["Overige kosten", "€ 0,-"],
        vec!["Vervoersmiddel", "Dienstauto"],
        vec!["CO2-uitstoot (in tonnen)", "-"],
        vec!["CO2-compensatie", "-"],
    ];
    let (lines, rules, _) = build(58.0, 660.0, &[130.0, 90.0], &rows, Rules::Full);
    let page = trip_page(lines);
    let (cells, warnings, description) = read(&pdf_with_rules(&[(&page, &rules)]));
    assert_eq!(cells, ["€ 385,-", "€ 0,-", "Dienstauto", "-", "-"]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(!description.contains("385"), "{description}");
}

#[test]
fn words_broken_inside_by_narrow_bordered_cells_are_joined() {
    // Each column just as wide as the broken line, as Word and LibreOffice break words.
    let fit = |s: &str| width(s, 8.0) + 4.0 + 0.3;
    let widths = [fit("14.872,3"), fit("1.845,50"), fit("Dienstaut"), fit("uitstoot"), fit("€ 2,45")];
    let rows = vec![
        vec!["Reis- en\nverblijf", "Overige\nkosten", "Vervoer", "CO2-\nuitstoot", "CO2-\ncompens"],
        vec!["14.872,3\n5", "€\n1.845,50", "Dienstaut\no", "0,18", "€ 2,45"],
    ];
    let (lines, rules, _) = build(58.0, 660.0, &widths, &rows, Rules::Full);
    let page = trip_page(lines);
    let (cells, _, _) = read(&pdf_with_rules(&[(&page, &rules)]));
    assert_eq!(cells, ["14.872,35", "€ 1.845,50", "Dienstauto", "0,18", "€ 2,45"]);
}

#[test]
fn a_spanning_header_label_names_both_columns_it_covers() {
    // `Kosten` over the two cost columns: its own row, one cell across them.
    let (size, x, top) = (8.0, 58.0, 660.0);
    let widths = [80.0, 60.0, 60.0, 60.0, 70.0];
    let rows = vec![labels(), CELLS.to_vec()];
    let (mut lines, mut rules, _) = build(x, top - 14.0, &widths, &rows, Rules::Full);
    lines.push(TextLine(x + 2.0, top - 2.0 - size, size, false, "Kosten bestuur"));
    lines.push(TextLine(x + 142.0, top - 2.0 - size, size, false, "Vervoer"));
    lines.push(TextLine(x + 202.0, top - 2.0 - size, size, false, "Alleen voor vliegtuig"));
    rules.push(Rule(x, top - 0.25, x + 330.0, top + 0.25));
    for bx in [0.0, 140.0, 200.0, 330.0] {
        rules.push(Rule(x + bx - 0.25, top - 14.0, x + bx + 0.25, top));
    }
    let page = trip_page(lines);
    let (cells, warnings, _) = read(&pdf_with_rules(&[(&page, &rules)]));
    assert_eq!(cells, CELLS);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_column_naming_no_field_is_a_warning_with_its_cells() {
    let mut header = labels();
    header.push("Opmerkingen");
    let mut row = CELLS.to_vec();
    row.push("met de Thalys");
    let (lines, rules, _) = build(58.0, 660.0, &[70.0, 50.0, 56.0, 50.0, 64.0, 80.0], &[header, row], Rules::Full);
    let page = trip_page(lines);
    let report = ambtsreizen::extract_bytes(&pdf_with_rules(&[(&page, &rules)]), "t.pdf").expect("read");
    let t = &report.trips[0];
    assert_eq!(t.table_cells, CELLS);
    let w = t.warnings.iter().find(|w| w.code == "unknown_column").expect("unknown_column");
    assert!(w.message.contains("Opmerkingen") && w.message.contains("met de Thalys"), "{}", w.message);
    assert!(!t.description.contains("Thalys"));
}

#[test]
fn a_ruled_table_broken_over_a_page_goes_on_without_its_header() {
    let widths = [70.0, 50.0, 56.0, 50.0, 64.0];
    // The labels end page 1; the data row opens page 2.
    let (lines1, rules1, _) = build(58.0, 120.0, &widths, &[labels()], Rules::Full);
    let (lines2, rules2, _) = build(58.0, 800.0, &widths, &[CELLS.to_vec()], Rules::Full);
    let page1 = trip_page(lines1);
    let mut page2 = lines2;
    page2.push(TextLine(58.0, 700.0, 13.0, true, "Werkbezoek Gent door wethouder Kasmi"));
    let bytes = pdf_with_rules(&[(&page1, &rules1), (&page2, &rules2)]);
    let report = ambtsreizen::extract_bytes(&bytes, "t.pdf").expect("read");
    let t = &report.trips[0];
    assert_eq!(t.table_cells, CELLS);
    assert_eq!(t.pages, [1, 2]);
    assert!(!report.warnings.iter().any(|w| w.code == "unassigned_table"), "{:?}", report.warnings);
}

/// LaTeX's `tabular{lllll}` with its default 6 pt on each side of a cell: the labels stand
/// a column gap apart on one line, closer than the gap that cuts a line in two, so the row
/// of ten label words is one line, and still a row of five labels.
#[test]
fn one_line_of_labels_a_narrow_column_gap_apart_is_a_label_row() {
    let one_line =
        ["Reis en verblijf", "Overige kosten", "Vervoersmiddel", "CO2-uitstoot (in tonnen)", "CO2-compensatie"];
    let widths: Vec<f64> = one_line.iter().zip(CELLS).map(|(l, c)| width(l, 8.0).max(width(c, 8.0)) + 12.0).collect();
    let rows = vec![one_line.to_vec(), CELLS.to_vec()];
    let (lines, _, _) = build(58.0, 660.0, &widths, &rows, Rules::None);
    let page = trip_page(lines);
    let (cells, warnings, description) = read(&common::pdfgen::pdf(&[&page]));
    assert_eq!(cells, CELLS);
    assert!(!warnings.iter().any(|w| w == "missing_table"), "{warnings:?}");
    assert!(!description.contains("Vervoersmiddel"), "{description}");
}

/// A line of several words whose last word the cell breaks (`Trein en dienstaut` / `o`):
/// the break is tried inside the word too, and the reading that names transports wins.
#[test]
fn the_last_word_of_a_line_of_several_broken_by_a_narrow_cell_is_joined() {
    let fit = |s: &str| width(s, 8.0) + 4.0 + 0.3;
    let widths = [fit("Reis- en"), fit("Overige"), fit("Trein en dienstaut"), fit("uitstoot"), fit("compensatie")];
    let rows = vec![
        vec!["Reis- en\nverblijf", "Overige\nkosten", "Vervoer", "CO2-\nuitstoot", "CO2-\ncompensatie"],
        vec!["€ 186,-", "€ 0,-", "Trein en dienstaut\no", "-", "-"],
    ];
    let (lines, rules, _) = build(58.0, 660.0, &widths, &rows, Rules::Full);
    let page = trip_page(lines);
    let report = ambtsreizen::extract_bytes(&pdf_with_rules(&[(&page, &rules)]), "table.pdf").expect("read");
    let t = &report.trips[0];
    assert_eq!(t.table_cells, ["€ 186,-", "€ 0,-", "Trein en dienstauto", "-", "-"]);
    assert_eq!(t.transport.modes.len(), 2, "{:?}", t.transport);
}
