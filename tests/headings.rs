//! Numbered headings (issue 18): the 32 trips of the 2024 report typeset by pdfLaTeX (one
//! and two columns, T1 fonts without ToUnicode, Dutch hyphenation) and by Typst (chapters
//! per quarter, labelled head fields), each checked field by field against the golden
//! records (`fixtures/headings/`, made by `scripts/make-headings.sh`).

mod common;

use std::path::Path;

/// Real hyphens at a line end that nothing in the document tells from the typesetter's:
/// the word is printed nowhere else, hyphenated or joined, and Dutch spelling writes it
/// either way, so the Dutch rules join it (fixture, trip, as printed, as read).
const UNRECOVERABLE_HYPHENS: [(&str, u64, &str, &str); 4] = [
    ("latex-twocol-2024", 1, "minister-president", "ministerpresident"),
    // `stad-` / `binnen-een-stad-model)`: a chain broken after its first part reads like
    // `Hardinx-` / `veld-Giessendam`, a place name broken by the typesetter.
    ("latex-twocol-2024", 13, "stad-binnen-een-stad-model", "stadbinnen-een-stad-model"),
    ("typst-chapters-2024", 13, "micro-parken", "microparken"),
    ("typst-chapters-2024", 13, "stad-binnen-een-stad-model", "stadbinnen-een-stad-model"),
];

/// Every difference between the fixture's records and what the tool reads, the document
/// warnings compared with `report.document_warning_codes`.
fn differences(name: &str) -> Vec<String> {
    let dir = Path::new("fixtures/headings").join(name);
    let mut expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"))
            .expect("parses");
    let report = ambtsreizen::extract_path(dir.join("report.pdf")).expect("reads");
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
    let want_codes: Vec<String> = expected["report"]["document_warning_codes"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    let got_codes: Vec<String> = report.warnings.iter().map(|w| w.code.clone()).collect();
    if got_codes != want_codes {
        diffs.push(format!("document warnings: got {:?}, want {want_codes:?}", report.warnings));
    }
    let want = expected["trips"].as_array_mut().expect("trips");
    if report.trips.len() != want.len() {
        diffs.push(format!("trip count: got {}, want {}", report.trips.len(), want.len()));
    }
    for (fixture, trip, printed, read) in UNRECOVERABLE_HYPHENS.iter().filter(|(f, ..)| *f == name) {
        let w = want.iter_mut().find(|w| w["index"] == *trip).expect("trip");
        let description = w["description"].as_str().unwrap_or_default();
        assert!(description.contains(printed), "{fixture}: trip {trip} prints no {printed:?}");
        w["description"] = description.replacen(printed, read, 1).into();
    }
    for (got, w) in report.trips.iter().zip(want.iter()) {
        diffs.extend(common::diff_trip(got, w, year));
    }
    diffs
}

fn check(name: &str) {
    let diffs = differences(name);
    assert!(diffs.is_empty(), "{name}: {} differences:\n{}", diffs.len(), diffs.join("\n"));
}

#[test]
fn latex_one_column_sections_numbered_1_to_32() {
    check("latex-numbered-2024");
}

#[test]
fn latex_two_columns_sections_numbered_in_roman_numerals() {
    check("latex-twocol-2024");
}

#[test]
fn typst_trips_numbered_2_1_under_chapters_with_labelled_fields() {
    check("typst-chapters-2024");
}

/// A closing section's text is the document warning, never the last trip's description.
#[test]
fn a_closing_numbered_section_is_not_the_last_trips_text() {
    let report = ambtsreizen::extract_path("fixtures/headings/latex-numbered-2024/report.pdf").expect("reads");
    let last = report.trips.last().expect("trips");
    assert!(!last.description.contains("Verantwoording"), "{}", last.description);
    assert!(!last.description.contains("financiële administratie"), "{}", last.description);
    let w = report.warnings.iter().find(|w| w.code == "unassigned_text").expect("unassigned_text");
    assert!(w.message.contains("Verantwoording"), "{}", w.message);
}

/// Every fixture directory has a test above.
#[test]
fn every_heading_fixture_is_tested() {
    let mut found: Vec<String> = std::fs::read_dir("fixtures/headings")
        .expect("fixtures/headings")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("report.pdf").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, ["latex-numbered-2024", "latex-twocol-2024", "typst-chapters-2024"]);
}
