//! Other page designs (issue 10): columns, sidebars, wrapped headers, narrow tables, pull
//! quotes and photos, made by Chromium, LibreOffice and reportlab, each checked field by
//! field against the expected records written from its data module
//! (`fixtures/layouts/src/data/`). Two of them carry the 32 trips of the 2024 report.

mod common;

use std::path::Path;

use serde_json::Value;

fn check(name: &str) {
    let dir = Path::new("fixtures/layouts").join(name);
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

macro_rules! design {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            check($name);
        }
    };
    ($test:ident, $name:literal, $why:literal) => {
        #[test]
        #[ignore = $why]
        fn $test() {
            check($name);
        }
    };
}

design!(
    chromium_2024_trips_with_a_right_sidebar,
    "chromium-sidebar-2024",
    "issue 10: the right sidebar's purpose and date are read into the body (all 32 trips: purpose, date_text, dates, description; missing_date)"
);
design!(
    reportlab_2024_trips_in_two_newspaper_columns,
    "reportlab-columns-2024",
    "issue 10: the two columns are read across; wrapped headers are cut (27 of 32 trips, misaligned); narrow tables not read"
);
design!(
    chromium_three_columns_pull_quote_and_spanning_photo,
    "chromium-columns-2025",
    "issue 10: the three columns are read across; wrapped headers are cut (3 of 5 trips); narrow tables unassigned"
);
design!(
    reportlab_left_sidebar_frame,
    "reportlab-sidebar-2017",
    "issue 10: the left sidebar's purpose and date are read into the body (all 4 trips: purpose, date_text, dates, description)"
);
design!(
    reportlab_three_unruled_columns_and_photo_over_two,
    "reportlab-columns3-2018",
    "issue 10: the three columns are read across; wrapped headers are cut (4 of 5 trips); tables given to the wrong trip"
);
design!(
    libreoffice_two_column_sections_and_labelled_fields,
    "libreoffice-sections-2021",
    "issue 10: the two body columns are read across; narrow tables read from their wrapped labels; `Doel:` kept in purpose"
);

design!(
    libreoffice_left_text_frame_sidebar,
    "libreoffice-frame-2019",
    "issue 10: the left frame's purpose and date are read into the body (all 4 trips: purpose, date_text, dates, description; missing_date); trip 2's CO2 '-' joins the transport cell"
);

/// Every fixture directory has a test above, so a new fixture cannot be left unchecked.
#[test]
fn every_layout_fixture_is_tested() {
    const TESTED: [&str; 7] = [
        "chromium-columns-2025",
        "chromium-sidebar-2024",
        "libreoffice-frame-2019",
        "libreoffice-sections-2021",
        "reportlab-columns-2024",
        "reportlab-columns3-2018",
        "reportlab-sidebar-2017",
    ];
    let mut found: Vec<String> = std::fs::read_dir("fixtures/layouts")
        .expect("fixtures/layouts")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("report.pdf").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, TESTED);
}
