//! Tables of any shape (issue 17): booktabs and tabularx tables with labels over four
//! lines (pdfLaTeX), vertical label–value tables broken over a page (Typst), Word tables
//! whose narrow cells break words inside (LibreOffice), two-row headers with colspan and
//! rowspan (Chromium), and an overview table whose labels break inside words
//! (LibreOffice). Each fixture is checked field for field against the expected records
//! written from its data module (`fixtures/tables/src/data/`), with the comparison of
//! `tests/common`; all but the overview carry trips of the 2024 report, with the golden
//! records.

mod common;

use std::path::Path;

use serde_json::Value;

/// Fields compared per trip by `common::diff_trip` (id, title, destination, purpose,
/// date_text, places, countries, officials, start and end date, pages, description, the
/// four amounts, transport text and modes, table_row_text, warning_codes).
const FIELDS_PER_TRIP: usize = 21;

/// Every difference between the fixture's records and what the tool reads, and the
/// number of fields compared. Report-level differences (title, year, layout, page count,
/// trip count, document warnings) are differences too; a trip the tool does not find
/// counts as all its fields wrong.
fn differences(name: &str) -> (Vec<String>, usize) {
    let dir = Path::new("fixtures/tables").join(name);
    let text = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let expected: Value = serde_json::from_str(&text).expect("expected.json parses");
    let report = ambtsreizen::extract_path(dir.join("report.pdf")).unwrap_or_else(|e| panic!("{name}: {e}"));
    let want_report = &expected["report"];
    let want = expected["trips"].as_array().expect("trips");
    let year = want_report["year"].as_i64().expect("year");
    let mut diffs = Vec::new();
    if report.report.title != want_report["title"].as_str().unwrap_or_default() {
        diffs.push(format!("title: got {:?}", report.report.title));
    }
    if i64::from(report.report.year) != year {
        diffs.push(format!("year: got {}", report.report.year));
    }
    let got_report = serde_json::to_value(&report.report).expect("serialises");
    if got_report.get("layout") != want_report.get("layout") {
        diffs.push(format!("report.layout: got {:?}, want {:?}", got_report.get("layout"), want_report.get("layout")));
    }
    if i64::from(report.source.page_count) != want_report["page_count"].as_i64().unwrap_or(-1) {
        diffs.push(format!("page_count: got {}", report.source.page_count));
    }
    if report.trips.len() != want.len() {
        diffs.push(format!("number of trips: got {}, want {}", report.trips.len(), want.len()));
    }
    let mut fields = 0;
    for (k, w) in want.iter().enumerate() {
        let with_total = w.get("total_eur").is_some();
        fields += FIELDS_PER_TRIP + usize::from(with_total);
        let Some(got) = report.trips.get(k) else {
            for f in 0..FIELDS_PER_TRIP + usize::from(with_total) {
                diffs.push(format!("trip {} missing (field {f})", k + 1));
            }
            continue;
        };
        diffs.extend(common::diff_trip(got, w, year));
        // Table editions state a total per row (golden.json has none).
        if let Some(total) = w.get("total_eur") {
            let got_total = got.costs.total.map(|d| d.to_string());
            let want_total = total.as_str().map(str::to_string);
            if got_total != want_total {
                diffs.push(format!("trip {} total_eur: got {got_total:?}, want {want_total:?}", k + 1));
            }
        }
    }
    let mut got_codes: Vec<String> = report.warnings.iter().map(|w| w.code.clone()).collect();
    let mut want_codes: Vec<String> = want_report["document_warning_codes"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    got_codes.sort();
    want_codes.sort();
    if got_codes != want_codes {
        diffs.push(format!("document warnings: got {:?}, want codes {want_codes:?}", report.warnings));
    }
    (diffs, fields)
}

fn check(name: &str) {
    let (diffs, fields) = differences(name);
    let wrong = diffs.iter().filter(|d| d.starts_with("trip ")).count();
    // The measure the fixtures' README reports: trip fields read right, of all compared,
    // and the differences of the report as a whole (trip count, document warnings, ...).
    eprintln!(
        "{name}: {} of {fields} fields right, {} report-level differences",
        fields.saturating_sub(wrong),
        diffs.len() - wrong
    );
    assert!(diffs.is_empty(), "{name}: {} differences:\n{}", diffs.len(), diffs.join("\n"));
}

macro_rules! table {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            check($name);
        }
    };
}

table!(latex_booktabs_and_tabularx_in_a_narrow_column_with_labels_over_four_lines, "latex-booktabs-2024");
table!(typst_vertical_label_value_tables_broken_over_pages, "typst-vertical-2024");
table!(libreoffice_word_tables_whose_narrow_cells_break_words, "libreoffice-wordcells-2024");
table!(chromium_two_row_headers_with_colspan_and_rowspan, "chromium-spans-2024");
table!(overview_table_whose_labels_break_inside_words, "overview-brokenlabels-2024");

/// Every fixture directory has a test above, so a new fixture cannot be left unchecked.
#[test]
fn every_table_fixture_is_tested() {
    const TESTED: [&str; 5] = [
        "chromium-spans-2024",
        "latex-booktabs-2024",
        "libreoffice-wordcells-2024",
        "overview-brokenlabels-2024",
        "typst-vertical-2024",
    ];
    let mut found: Vec<String> = std::fs::read_dir("fixtures/tables")
        .expect("fixtures/tables")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("report.pdf").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, TESTED);
}
