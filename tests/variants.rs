//! Variant reports made with other producers (reportlab, hand-written PDF, LibreOffice,
//! Chromium, qpdf post-processing), each checked field by field against its expected records.

mod common;

use std::path::Path;

use serde_json::Value;

fn check(name: &str) {
    let dir = Path::new("fixtures/variants").join(name);
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"))
            .expect("parses");
    let report = ambtsreizen::extract_path(dir.join("report.pdf")).unwrap_or_else(|e| panic!("{name}: {e}"));
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
        diffs.extend(common::diff_trip(got, w, year));
    }
    if !report.warnings.is_empty() {
        diffs.push(format!("document warnings: {:?}", report.warnings));
    }
    assert!(diffs.is_empty(), "{name}: {} differences:\n{}", diffs.len(), diffs.join("\n"));
}

macro_rules! variant {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            check($name);
        }
    };
}

variant!(reportlab_without_space_glyphs, "reportlab-nospace-2019");
variant!(incremental_update, "incremental-update-2019");
variant!(handwritten_tj_kerning_and_differences, "rawpdf-tj-kerning-2020");
variant!(chromium_type0_encrypted_aes256, "chromium-aes256-2020");
variant!(reportlab_content_order_and_spilled_table, "reportlab-stream-order-2021");
variant!(libreoffice_running_headers_and_page_flow, "libreoffice-fodt-2022");
variant!(reportlab_encrypted_rc4, "reportlab-rc4-2022");
variant!(chromium_ligatures_and_loose_table, "chromium-ligatures-2023");
variant!(libreoffice_object_streams, "libreoffice-objstm-2023");
