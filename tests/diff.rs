//! `ambtsreizen diff`: two editions of one report compared on what the trips are.
//!
//! `fixtures/editions/corrected-2024.pdf` is the 2024 fixture with two printed figures of
//! trip 2024-03 corrected in its content stream (travel and accommodation € 22.360 →
//! € 22.460, CO₂ 23,32 → 23,82 t); `resaved-2024.pdf` is the fixture rewritten by qpdf
//! with object streams. Both are made by `fixtures/editions/make.py`.

use std::process::{Command, Output};

use serde_json::{json, Value};

const ORIGINAL: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";
const CORRECTED: &str = "fixtures/editions/corrected-2024.pdf";
const RESAVED: &str = "fixtures/editions/resaved-2024.pdf";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ambtsreizen")).args(args).output().expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_diff(old: &str, new: &str) -> (Option<i32>, Value) {
    let o = run(&["diff", "-f", "json", old, new]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("json: {e}\n{}", stdout(&o)));
    (o.status.code(), v)
}

#[test]
fn a_corrected_amount_and_tonnage_are_named_with_both_values() {
    let o = run(&["diff", ORIGINAL, CORRECTED]);
    assert_eq!(o.status.code(), Some(1), "stderr: {}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "buitenlandse-ambtsreizen-2024.pdf → corrected-2024.pdf: 1 changed, 0 added, 0 removed\n\
         \n\
         changed  2024-03  Werkbezoek Ecuador, Peru, Costa Rica en Colombia door burgemeester Aboutaleb\n\
         \x20 costs.travel_and_accommodation: 22360 → 22460\n\
         \x20 costs.total: 22360 → 22460\n\
         \x20 co2.emissions_tonnes: 23.32 → 23.82\n"
    );
}

#[test]
fn the_json_gives_the_same_change_both_ways() {
    let (code, forward) = json_diff(ORIGINAL, CORRECTED);
    assert_eq!(code, Some(1));
    assert_eq!(forward["added"], json!([]));
    assert_eq!(forward["removed"], json!([]));
    let changed = forward["changed"].as_array().expect("changed is a list");
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0]["old_id"], "2024-03");
    assert_eq!(changed[0]["new_id"], "2024-03");
    let fields: Vec<(String, String, String)> = changed[0]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| (f["field"].as_str().unwrap_or("").to_string(), f["old"].to_string(), f["new"].to_string()))
        .collect();
    assert_eq!(
        fields,
        [
            ("costs.travel_and_accommodation".to_string(), "22360".to_string(), "22460".to_string()),
            ("costs.total".to_string(), "22360".to_string(), "22460".to_string()),
            ("co2.emissions_tonnes".to_string(), "23.32".to_string(), "23.82".to_string()),
        ]
    );

    let (code, back) = json_diff(CORRECTED, ORIGINAL);
    assert_eq!(code, Some(1));
    let fields: Vec<(String, String, String)> = back["changed"][0]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| (f["field"].as_str().unwrap_or("").to_string(), f["old"].to_string(), f["new"].to_string()))
        .collect();
    assert_eq!(
        fields,
        [
            ("costs.travel_and_accommodation".to_string(), "22460".to_string(), "22360".to_string()),
            ("costs.total".to_string(), "22460".to_string(), "22360".to_string()),
            ("co2.emissions_tonnes".to_string(), "23.82".to_string(), "23.32".to_string()),
        ]
    );
    assert_eq!(back["changed"].as_array().map(Vec::len), Some(1));
    assert_eq!((back["added"].clone(), back["removed"].clone()), (json!([]), json!([])));
}

#[test]
fn the_same_report_resaved_by_qpdf_is_the_same() {
    let o = run(&["diff", ORIGINAL, RESAVED]);
    assert_eq!(o.status.code(), Some(0), "stdout: {}\nstderr: {}", stdout(&o), stderr(&o));
    assert_eq!(stdout(&o), "buitenlandse-ambtsreizen-2024.pdf → resaved-2024.pdf: no differences\n");
    let (code, v) = json_diff(RESAVED, ORIGINAL);
    assert_eq!(code, Some(0));
    assert_eq!(v, json!({"added": [], "removed": [], "changed": []}));
}

#[test]
fn a_variant_against_itself_is_the_same() {
    let pdf = "fixtures/variants/libreoffice-objstm-2023/report.pdf";
    let o = run(&["diff", pdf, pdf]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(stdout(&o), "report.pdf → report.pdf: no differences\n");
}

#[test]
fn two_years_give_added_and_removed_trips_as_full_records() {
    let (code, v) = json_diff(
        "fixtures/variants/reportlab-nospace-2019/report.pdf",
        "fixtures/variants/reportlab-rc4-2022/report.pdf",
    );
    assert_eq!(code, Some(1));
    assert_eq!(v["changed"], json!([]));
    let ids = |k: &str| -> Vec<String> {
        v[k].as_array().expect("list").iter().map(|t| t["id"].as_str().unwrap_or("").to_string()).collect()
    };
    assert_eq!(ids("removed"), ["2019-01", "2019-02", "2019-03"]);
    assert_eq!(ids("added"), ["2022-01", "2022-02"]);
    // Added and removed trips are whole TRIP records.
    assert!(v["added"][0]["costs"]["total"].is_number(), "{}", v["added"][0]);
    assert!(v["added"][0]["table_cells"].is_array());
}

#[test]
fn an_unusable_input_is_one_line_and_exit_2() {
    let o = run(&["diff", ORIGINAL, "fixtures/malformed/not-a-pdf.pdf"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: fixtures/malformed/not-a-pdf.pdf: "), "{err}");
    assert_eq!(stdout(&o), "");
}
