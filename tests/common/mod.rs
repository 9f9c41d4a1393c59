//! Comparison of extracted trips with hand-verified expected records (golden.json format).

#![allow(dead_code)]

pub mod pdfgen;

use ambtsreizen::model::Trip;
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;

/// Collapses whitespace, as the golden files' README asks for descriptions.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn dec(v: &Value) -> Option<Decimal> {
    v.as_str().and_then(|s| Decimal::from_str(s).ok())
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// Every difference between one extracted trip and its expected record, as readable lines.
pub fn diff_trip(got: &Trip, want: &Value, year: i64) -> Vec<String> {
    let mut diffs = Vec::new();
    let idx = want["index"].as_u64().unwrap_or(0);
    let mut check = |field: &str, g: String, w: String| {
        if g != w {
            diffs.push(format!("trip {idx} {field}: got {g:?}, want {w:?}"));
        }
    };
    check("id", got.id.clone(), format!("{year}-{idx:02}"));
    for f in ["title", "destination", "purpose", "date_text"] {
        let g = match f {
            "title" => &got.title,
            "destination" => &got.destination,
            "purpose" => &got.purpose,
            _ => &got.date_text,
        };
        check(f, g.clone(), want[f].as_str().unwrap_or_default().to_string());
    }
    check("places", format!("{:?}", got.places), format!("{:?}", strings(&want["places"])));
    check("countries", format!("{:?}", got.countries), format!("{:?}", strings(&want["countries"])));
    let officials: Vec<String> = want["officials"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|o| {
                    format!("{}|{}|{}", o["role"].as_str().unwrap_or(""), o["name"].as_str().unwrap_or(""), o["former"])
                })
                .collect()
        })
        .unwrap_or_default();
    let got_officials: Vec<String> =
        got.officials.iter().map(|o| format!("{}|{}|{}", o.role.as_str(), o.name, o.former)).collect();
    check("officials", format!("{got_officials:?}"), format!("{officials:?}"));
    check(
        "start_date",
        got.start_date.map(|d| d.to_string()).unwrap_or_default(),
        want["start_date"].as_str().unwrap_or("").into(),
    );
    check(
        "end_date",
        got.end_date.map(|d| d.to_string()).unwrap_or_default(),
        want["end_date"].as_str().unwrap_or("").into(),
    );
    let pages: Vec<u32> = want["pages"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p.as_u64().map(|p| p as u32)).collect())
        .unwrap_or_default();
    check("pages", format!("{:?}", got.pages), format!("{pages:?}"));
    check("description", collapse(&got.description), collapse(want["description"].as_str().unwrap_or("")));
    let exact = |d: Option<Decimal>| d.map(|d| d.to_string()).unwrap_or_else(|| "null".into());
    let want_exact = |v: &Value| dec(v).map(|d| d.to_string()).unwrap_or_else(|| "null".into());
    check(
        "travel_and_accommodation_eur",
        exact(got.costs.travel_and_accommodation),
        want_exact(&want["travel_and_accommodation_eur"]),
    );
    check("other_costs_eur", exact(got.costs.other), want_exact(&want["other_costs_eur"]));
    check("co2_tonnes", exact(got.co2.emissions_tonnes), want_exact(&want["co2_tonnes"]));
    check("co2_compensation_eur", exact(got.co2.compensation_eur), want_exact(&want["co2_compensation_eur"]));
    check("transport_text", got.transport.text.clone(), want["transport_text"].as_str().unwrap_or("").into());
    let modes: Vec<String> = got.transport.modes.iter().map(|m| m.as_str().to_string()).collect();
    check("transport_modes", format!("{modes:?}"), format!("{:?}", strings(&want["transport_modes"])));
    check("table_row_text", got.table_cells.join(" "), want["table_row_text"].as_str().unwrap_or("").into());
    if let Some(codes) = want.get("warning_codes") {
        let mut g: Vec<String> = got.warnings.iter().map(|w| w.code.clone()).collect();
        let mut w = strings(codes);
        g.sort();
        w.sort();
        check("warning_codes", format!("{g:?}"), format!("{w:?}"));
    }
    diffs
}

/// Every difference between a report read from `dir/report.pdf` and `dir/expected.json`
/// (the report's title, year and page count, every trip, and no document warnings).
pub fn diff_report(dir: &std::path::Path) -> Vec<String> {
    diff_report_against(&dir.join("report.pdf"), &dir.join("expected.json"))
}

/// [`diff_report`] for a PDF and an expected-records file anywhere (a converted copy of
/// a report is checked against the original's golden records).
pub fn diff_report_against(pdf: &std::path::Path, expected: &std::path::Path) -> Vec<String> {
    let name = pdf.display();
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(expected).expect("expected records")).expect("parses");
    let report = ambtsreizen::extract_path(pdf).unwrap_or_else(|e| panic!("{name}: {e}"));
    let want = expected["trips"].as_array().expect("trips");
    let year = expected["report"]["year"].as_i64().expect("year");
    let mut diffs = Vec::new();
    if report.report.title != expected["report"]["title"].as_str().unwrap_or_default() {
        diffs.push(format!("title: got {:?}", report.report.title));
    }
    if i64::from(report.report.year) != year {
        diffs.push(format!("year: got {}", report.report.year));
    }
    if i64::from(report.source.page_count) != expected["report"]["page_count"].as_i64().unwrap_or(-1) {
        diffs.push(format!("page_count: got {}", report.source.page_count));
    }
    if report.trips.len() != want.len() {
        diffs.push(format!("trip count: got {}, want {}", report.trips.len(), want.len()));
    }
    for (got, w) in report.trips.iter().zip(want) {
        diffs.extend(diff_trip(got, w, year));
    }
    if !report.warnings.is_empty() {
        diffs.push(format!("document warnings: {:?}", report.warnings));
    }
    diffs
}
