//! Other editions of a report: the corrected and re-saved 2024 report, overview-table
//! editions (a letter with one table, a row per trip) and a mixed document (sections
//! followed by an overview table). Each is compared field for field with its expected
//! records; see `fixtures/editions/` (made by `make.py` and `overview.py`).

mod common;

use std::path::Path;

use serde_json::Value;

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every difference between the records of `pdf` and the expected records.
fn differences(pdf: &Path, expected: &Value) -> Vec<String> {
    let report = ambtsreizen::extract_path(pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
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
    // Read through JSON, so that the test states the contract's field whether or not
    // the model has it yet.
    if let Some(layout) = want_report.get("layout") {
        let got = serde_json::to_value(&report.report).expect("serialises");
        if got.get("layout") != Some(layout) {
            diffs.push(format!("report.layout: got {:?}, want {layout}", got.get("layout")));
        }
    }
    if let Some(pages) = want_report.get("page_count").and_then(Value::as_i64) {
        if i64::from(report.source.page_count) != pages {
            diffs.push(format!("page_count: got {}", report.source.page_count));
        }
    }
    if report.trips.len() != want.len() {
        diffs.push(format!("trip count: got {}, want {}", report.trips.len(), want.len()));
    }
    for (got, w) in report.trips.iter().zip(want) {
        diffs.extend(common::diff_trip(got, w, year));
        // The golden format has no total; table editions may print one per row.
        if let Some(total) = w.get("total_eur") {
            let got_total = got.costs.total.map(|d| d.to_string());
            let want_total = total.as_str().map(str::to_string);
            if want_total.is_some() && got_total != want_total {
                diffs.push(format!("trip {} total_eur: got {got_total:?}, want {want_total:?}", got.id));
            }
        }
    }
    let mut doc_codes: Vec<String> = report.warnings.iter().map(|w| w.code.clone()).collect();
    let mut want_codes: Vec<String> = want_report["document_warning_codes"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    doc_codes.sort();
    want_codes.sort();
    if doc_codes != want_codes {
        diffs.push(format!("document warnings: got {:?}, want codes {want_codes:?}", report.warnings));
    }
    diffs
}

fn check(name: &str) {
    let dir = Path::new("fixtures/editions").join(name);
    let expected = read_json(&dir.join("expected.json"));
    let diffs = differences(&dir.join("report.pdf"), &expected);
    assert!(diffs.is_empty(), "{name}: {} differences:\n{}", diffs.len(), diffs.join("\n"));
}

/// The 2024 golden records as an expected document, with some trip fields replaced.
fn golden_with(changes: &[(usize, &str, &str)]) -> Value {
    let mut golden = read_json(Path::new("fixtures/2024/golden.json"));
    golden["report"]["document_warning_codes"] = Value::Array(vec![]);
    for &(index, field, value) in changes {
        golden["trips"][index - 1][field] = Value::String(value.to_string());
    }
    golden
}

#[test]
fn the_corrected_2024_edition_differs_in_exactly_the_two_corrected_figures() {
    // The fixture's own check: if the edit had moved anything else, the diff tests would
    // test the wrong thing.
    let expected = golden_with(&[
        (3, "travel_and_accommodation_eur", "22460"),
        (3, "co2_tonnes", "23.82"),
        (3, "table_row_text", "€ 22.460,- € 0,- Vliegtuig 23,82 €326,64"),
    ]);
    let diffs = differences(Path::new("fixtures/editions/corrected-2024.pdf"), &expected);
    assert!(diffs.is_empty(), "{} differences:\n{}", diffs.len(), diffs.join("\n"));
    // And the unchanged golden records do not fit it.
    let diffs = differences(Path::new("fixtures/editions/corrected-2024.pdf"), &golden_with(&[]));
    assert_eq!(diffs.len(), 3, "{}", diffs.join("\n"));
}

#[test]
fn the_resaved_2024_edition_has_the_golden_records() {
    let diffs = differences(Path::new("fixtures/editions/resaved-2024.pdf"), &golden_with(&[]));
    assert!(diffs.is_empty(), "{} differences:\n{}", diffs.len(), diffs.join("\n"));
}

macro_rules! edition {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            check($name);
        }
    };
}

edition!(libreoffice_letter_with_repeated_header_and_split_row, "overview-libreoffice-2021");
edition!(reportlab_table_header_on_first_page_only, "overview-reportlab-2020");
edition!(chromium_table_with_missing_columns_and_wrong_total, "overview-chromium-2022");
edition!(mixed_sections_cross_checked_by_overview, "mixed-libreoffice-2023");
