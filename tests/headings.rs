//! Numbered headings (issue 18): the 32 trips of the 2024 report typeset by pdfLaTeX (one
//! and two columns, T1 fonts without ToUnicode, Dutch hyphenation) and by Typst (chapters
//! per quarter, labelled head fields), each checked field by field against the golden
//! records (`fixtures/headings/`, made by `scripts/make-headings.sh`).

mod common;

use std::path::Path;

/// What a fixture prints otherwise than the golden records say, or what nothing in it lets
/// a reader recover (fixture, trip, golden text, as read):
/// - real hyphens at a line end that nothing in the document tells from the typesetter's:
///   the word is printed nowhere else, hyphenated or joined, and only its meaning makes
///   Dutch write it with a hyphen (a compound of two equal parts, `minister-president`), so
///   the Dutch rules join it (Typst marks its own breaks with `/ActualText` soft hyphens, so
///   its real hyphens are all kept: none of its fixtures is listed);
/// - a letter the font cannot print (OT1 has no ogonek: the source maps `ą` to `a`).
const KNOWN_DIFFERENCES: [(&str, u64, &str, &str); 3] = [
    ("latex-twocol-2024", 1, "minister-president", "ministerpresident"),
    ("latex-article2col-2024", 1, "minister-president", "ministerpresident"),
    ("latex-ot1-2024", 14, "Sląskie", "Slaskie"),
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
    for (fixture, trip, printed, read) in KNOWN_DIFFERENCES.iter().filter(|(f, ..)| *f == name) {
        let w = want.iter_mut().find(|w| w["index"] == *trip).expect("trip");
        let description = w["description"].as_str().unwrap_or_default();
        assert!(description.contains(printed), "{fixture}: trip {trip} prints no {printed:?}");
        w["description"] = description.replace(printed, read).into();
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

/// The article class's own headings in a column: hanging under the number and justified,
/// so a heading line of two words stretches its space to 2–4 em, and the white strip under
/// the number lines up with a cost table's column gap above it.
#[test]
fn latex_two_columns_with_the_article_class_justified_hanging_headings() {
    check("latex-article2col-2024");
}

#[test]
fn typst_trips_numbered_2_1_under_chapters_with_labelled_fields() {
    check("typst-chapters-2024");
}

/// LaTeX's default OT1 encoding: accents drawn as glyphs of their own over the letter
/// (`Brazili` `e` `¨` → `Brazilië`, a dotless `ı` under `¨` → `ï`), and no /Encoding and no
/// ToUnicode, so ligatures and accents are known only from the Type 1 programs' own
/// encodings (`fi` at 12, `dieresis` at 127).
#[test]
fn latex_in_the_default_ot1_encoding_with_accents_drawn_over_letters() {
    check("latex-ot1-2024");
}

/// Typst in two columns with its default table (a stroke around every cell), so narrow
/// that labels and values break inside words at Typst's own soft hyphens
/// (`Vervoers-` / `middel`, `Dienst-` / `auto`) and `Vliegtuig` / `& trein` wraps.
#[test]
fn typst_two_columns_with_default_ruled_tables_whose_cells_break_words() {
    check("typst-twocol-2024");
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
    assert_eq!(
        found,
        [
            "latex-article2col-2024",
            "latex-numbered-2024",
            "latex-ot1-2024",
            "latex-twocol-2024",
            "typst-chapters-2024",
            "typst-twocol-2024"
        ]
    );
}

/// A hanging heading: its number stands in a column of its own, level with the first line,
/// and the wrapped words stand indented under the words, not under the number.
#[test]
fn a_hanging_section_number_is_part_of_its_header() {
    use common::pdfgen::{pdf, table, TextLine};
    let mut page = vec![
        TextLine(53.0, 780.0, 20.0, true, "Buitenlandse ambtsreizen in 2024"),
        TextLine(53.0, 740.0, 9.0, false, "In dit overzicht vindt u de buitenlandse ambtsreizen van het college."),
        TextLine(53.0, 700.0, 12.5, true, "XIII."),
        TextLine(120.0, 700.0, 12.5, true, "Werkbezoek Gent, België door"),
        TextLine(120.0, 685.0, 12.5, true, "wethouder Buijt"),
        TextLine(53.0, 667.0, 10.0, false, "Kennisuitwisseling over havens en"),
        TextLine(53.0, 655.0, 10.0, false, "walstroom"),
        TextLine(53.0, 640.0, 9.0, false, "3 t/m 5 mei 2024"),
        TextLine(53.0, 622.0, 9.0, false, "De wethouder sprak met de havenautoriteit over walstroom en"),
        TextLine(53.0, 610.0, 9.0, false, "duurzame scheepvaart in beide steden."),
    ];
    page.extend(table(585.0, ["€ 820,-", "€ 0,-", "Trein", "-", "-"]));
    page.extend([
        TextLine(53.0, 520.0, 14.0, true, "3 Tweede kwartaal"),
        TextLine(53.0, 490.0, 12.5, true, "3.1 Werkbezoek Antwerpen door burgemeester Aboutaleb"),
        TextLine(53.0, 475.0, 10.0, false, "Samenwerking in de haven"),
        TextLine(53.0, 460.0, 9.0, false, "12 juni 2024"),
        TextLine(53.0, 442.0, 9.0, false, "De burgemeester sprak in Antwerpen over de haven."),
    ]);
    page.extend(table(415.0, ["€ 90,-", "€ 0,-", "Dienstauto", "-", "-"]));
    let report = ambtsreizen::extract_bytes(&pdf(&[&page]), "hanging.pdf").expect("reads");
    let titles: Vec<&str> = report.trips.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Werkbezoek Gent, België door wethouder Buijt", "Werkbezoek Antwerpen door burgemeester Aboutaleb"]
    );
    let t = &report.trips[0];
    assert_eq!(t.purpose, "Kennisuitwisseling over havens en walstroom");
    assert_eq!(t.date_text, "3 t/m 5 mei 2024");
    assert_eq!(
        t.description,
        "De wethouder sprak met de havenautoriteit over walstroom en duurzame scheepvaart in beide steden."
    );
    assert_eq!(t.table_cells, ["€ 820,-", "€ 0,-", "Trein", "-", "-"]);
    // The chapter heading between them is in neither trip, and holds no text to warn of.
    assert!(report.trips.iter().all(|t| !t.description.contains("kwartaal")));
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(report.trips[1].date_text, "12 juni 2024");
}
