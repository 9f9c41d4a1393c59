//! Other page designs (issue 10): columns, sidebars, wrapped headers, narrow tables, pull
//! quotes and photos, made by Chromium, LibreOffice and reportlab, each checked field by
//! field against the expected records written from its data module
//! (`fixtures/layouts/src/data/`). Two of them carry the 32 trips of the 2024 report.

mod common;

use std::path::Path;

/// Every difference between the fixture's records and what the tool reads.
fn differences(name: &str) -> Vec<String> {
    common::diff_report(&Path::new("fixtures/layouts").join(name))
}

fn check(name: &str) {
    let diffs = differences(name);
    assert!(diffs.is_empty(), "{name}: {} differences:\n{}", diffs.len(), diffs.join("\n"));
}

/// A design made after the method was written (the second round), not yet read exactly:
/// it may differ from its expected records in at most the number of fields measured.
#[test]
fn unseen_design_not_yet_exact_does_not_get_worse() {
    let (name, most) = ("chromium-datesidebar-2024", 1);
    let diffs = differences(name);
    assert!(diffs.len() <= most, "{name}: {} differences, at most {most}:\n{}", diffs.len(), diffs.join("\n"));
}

macro_rules! design {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            check($name);
        }
    };
}

design!(chromium_2024_trips_with_a_right_sidebar, "chromium-sidebar-2024");
design!(reportlab_2024_trips_in_two_newspaper_columns, "reportlab-columns-2024");
design!(chromium_three_columns_pull_quote_and_spanning_photo, "chromium-columns-2025");
design!(reportlab_left_sidebar_frame, "reportlab-sidebar-2017");
design!(reportlab_three_unruled_columns_and_photo_over_two, "reportlab-columns3-2018");
design!(libreoffice_two_column_sections_and_labelled_fields, "libreoffice-sections-2021");

design!(libreoffice_left_text_frame_sidebar, "libreoffice-frame-2019");
// Made after the method, to measure it on designs it was not built for (263 of 312
// fields right at first; see fixtures/layouts/README.md).
design!(libreoffice_three_columns_landscape_with_headings_in_the_column, "libreoffice-columns3-2024");
design!(reportlab_tinted_right_sidebar_and_running_header, "reportlab-rightside-2024");
design!(chromium_grid_with_left_sidebar_and_two_body_columns, "chromium-grid-2024");
design!(reportlab_tight_two_columns_three_line_headers_right_aligned_table, "reportlab-tight2col-2024");
design!(chromium_magazine_purpose_and_date_on_one_line, "chromium-magazine-2024");

/// Every fixture directory has a test above, so a new fixture cannot be left unchecked.
#[test]
fn every_layout_fixture_is_tested() {
    const TESTED: [&str; 13] = [
        "chromium-columns-2025",
        "chromium-datesidebar-2024",
        "chromium-grid-2024",
        "chromium-magazine-2024",
        "chromium-sidebar-2024",
        "libreoffice-columns3-2024",
        "libreoffice-frame-2019",
        "libreoffice-sections-2021",
        "reportlab-columns-2024",
        "reportlab-columns3-2018",
        "reportlab-rightside-2024",
        "reportlab-sidebar-2017",
        "reportlab-tight2col-2024",
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
