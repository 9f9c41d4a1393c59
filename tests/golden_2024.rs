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

#[test]
fn only_the_nantes_trip_is_flagged_and_its_values_stay_as_printed() {
    let report = ambtsreizen::extract_path(PDF).expect("extract");
    assert!(report.warnings.is_empty(), "document warnings: {:?}", report.warnings);
    let flagged: Vec<(&str, Vec<&str>)> = report
        .trips
        .iter()
        .filter(|t| !t.warnings.is_empty())
        .map(|t| (t.destination.as_str(), t.warnings.iter().map(|w| w.code.as_str()).collect()))
        .collect();
    assert_eq!(flagged, [("Nantes, Frankrijk", vec!["co2_compensation_ratio"])]);
    let nantes = report.trips.iter().find(|t| t.destination == "Nantes, Frankrijk").expect("Nantes");
    assert_eq!(nantes.co2.emissions_tonnes.map(|d| d.to_string()).as_deref(), Some("190.9"));
    assert_eq!(nantes.co2.compensation_eur.map(|d| d.to_string()).as_deref(), Some("5.98"));
    assert_eq!(nantes.warnings[0].page, Some(19));
}
