//! The 2024 report, field by field against the hand-verified golden records.

mod common;

use serde_json::Value;

const PDF: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";

fn golden() -> Value {
    let text = std::fs::read_to_string("fixtures/2024/golden.json").expect("golden.json");
    serde_json::from_str(&text).expect("golden.json parses")
}

#[test]
fn every_trip_matches_golden_field_by_field() {
    let report = ambtsreizen::extract_path(PDF).expect("extract");
    let golden = golden();
    let want = golden["trips"].as_array().expect("trips");
    assert_eq!(report.report.title, golden["report"]["title"].as_str().unwrap());
    assert_eq!(i64::from(report.report.year), golden["report"]["year"].as_i64().unwrap());
    assert_eq!(i64::from(report.source.page_count), golden["report"]["page_count"].as_i64().unwrap());
    let mut diffs = Vec::new();
    if report.trips.len() != want.len() {
        diffs.push(format!("trip count: got {}, want {}", report.trips.len(), want.len()));
    }
    for (got, w) in report.trips.iter().zip(want) {
        diffs.extend(common::diff_trip(got, w, 2024));
    }
    assert!(diffs.is_empty(), "{} differences:\n{}", diffs.len(), diffs.join("\n"));
}
