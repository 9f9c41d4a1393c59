//! Broken and hostile PDFs (fixtures/malformed, made by fixtures/malformed/make.py): each
//! gives its documented outcome, a one-line error or recovered records, within its limit.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Generous wall-clock guard against hangs; the tool's own time limit is 10 s here.
const WATCHDOG: Duration = Duration::from_secs(60);

fn run(file: &str, extra: &[&str]) -> (Output, Duration) {
    let path = format!("fixtures/malformed/{file}");
    assert!(Path::new(&path).exists(), "{path} missing; run python3 fixtures/malformed/make.py");
    // Virtual memory capped at 512 MiB: an allocation past it aborts the process, which
    // the exit-code assertions below would catch.
    let script = format!("ulimit -v 524288; exec \"$0\" extract -f jsonl --max-seconds 10 {} \"$1\"", extra.join(" "));
    let started = Instant::now();
    let child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_ambtsreizen"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let pid = child.id();
    // Read the output on another thread (a full pipe would stall the child) and watch
    // the clock here.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(WATCHDOG) {
        Ok(output) => (output.expect("output"), started.elapsed()),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            panic!("{file}: still running after {WATCHDOG:?}");
        }
    }
}

fn assert_error(file: &str, needle: &str) {
    let (o, took) = run(file, &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{file}: {err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{file}: one line expected: {err}");
    assert!(lines[0].starts_with(&format!("error: fixtures/malformed/{file}: ")), "{err}");
    assert!(lines[0].contains(needle), "{file}: expected {needle:?} in {err}");
    assert!(o.stdout.is_empty(), "{file}: no records expected");
    assert!(took < Duration::from_secs(12), "{file} took {took:?}, beyond its 10 s limit");
}

fn recovered(file: &str) -> (Vec<serde_json::Value>, String) {
    let (o, _) = run(file, &[]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(0), "{file}: {err}");
    let trips =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    (trips, err)
}

#[test]
fn empty() {
    assert_error("empty.pdf", "the file is empty");
}

#[test]
fn not_a_pdf() {
    assert_error("not-a-pdf.pdf", "not a PDF");
}

#[test]
fn null_bytes_after_the_header() {
    assert_error("null-bytes.pdf", "damaged or truncated");
}

#[test]
fn truncated_with_nothing_left_to_recover() {
    assert_error("truncated.pdf", "damaged or truncated");
}

#[test]
fn image_only_asks_for_ocr() {
    assert_error("image-only.pdf", "no text layer");
    assert_error("image-only.pdf", "OCR");
}

#[test]
fn inflate_bomb_hits_the_stream_limit_in_bounded_memory() {
    assert_error("flate-bomb.pdf", "limit exceeded: inflated bytes per stream");
}

#[test]
fn many_large_streams_hit_a_limit() {
    assert_error("flate-bomb-small-objects.pdf", "limit exceeded");
    // With the per-stream limit lowered the same file stops at the stream limit.
    let (o, _) = run("flate-bomb-small-objects.pdf", &["--max-stream-mib", "8"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("inflated bytes per stream (`--max-stream-mib 8`)"));
}

#[test]
fn page_tree_cycles_end() {
    assert_error("kids-cycle.pdf", "no trips found");
    assert_error("kids-cycle2.pdf", "no trips found");
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let (o, took) = run("deep-nesting.pdf", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(took < Duration::from_secs(12));
}

#[test]
fn password_protected() {
    assert_error("encrypted-userpw.pdf", "password-protected");
}

#[test]
fn unrelated_pdf_has_no_trips() {
    assert_error("unrelated.pdf", "no trips found");
    assert_error("no-trips-title-only.pdf", "no trips found");
}

#[test]
fn absurd_page_count_is_not_believed() {
    assert_error("huge-page-count.pdf", "no trips found");
}

#[test]
fn broken_fonts_and_garbage_operators_do_not_crash() {
    assert_error("bad-font.pdf", "no trips found");
    assert_error("operators-garbage.pdf", "no trips found");
}

#[test]
fn broken_xref_is_repaired_with_every_trip_and_a_warning() {
    for file in ["broken-xref.pdf", "garbage-xref.pdf", "truncated-tail.pdf"] {
        let (trips, _) = recovered(file);
        assert_eq!(trips.len(), 32, "{file}");
        assert_eq!(trips[27]["destination"], "Nantes, Frankrijk", "{file}");
        assert_eq!(trips[27]["co2"]["emissions_tonnes"].to_string(), "190.9", "{file}");
    }
    let report = ambtsreizen::extract_path("fixtures/malformed/broken-xref.pdf").expect("repaired");
    assert_eq!(report.warnings[0].code, "repaired_file");
}

#[test]
fn truncated_file_gives_the_complete_trips_and_says_what_is_missing() {
    let (trips, _) = recovered("truncated-partial.pdf");
    assert_eq!(trips.len(), 16);
    let golden: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("fixtures/2024/golden.json").expect("golden")).expect("json");
    for (got, want) in trips.iter().zip(golden["trips"].as_array().expect("trips")) {
        assert_eq!(got["title"], want["title"]);
        assert_eq!(got["table_cells"].as_array().map(|c| c.len()), Some(5));
    }
    let report = ambtsreizen::extract_path("fixtures/malformed/truncated-partial.pdf").expect("partial");
    let codes: Vec<(&str, Option<u32>)> = report.warnings.iter().map(|w| (w.code.as_str(), w.page)).collect();
    assert_eq!(codes[0], ("repaired_file", None));
    let missing: Vec<u32> = codes.iter().filter(|(c, _)| *c == "page_problem").filter_map(|(_, p)| *p).collect();
    assert_eq!(missing, (13..=22).collect::<Vec<u32>>());
}

/// Inputs the fuzzer found (fixtures/malformed/fuzz): each once hung, ran out of memory or
/// panicked. Now each ends within its limits with a normal outcome and no internal error.
#[test]
fn fuzz_regressions_end_cleanly() {
    let mut files: Vec<String> = std::fs::read_dir("fixtures/malformed/fuzz")
        .expect("regression directory")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    for name in files {
        let (o, took) = run(&format!("fuzz/{name}"), &[]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(matches!(o.status.code(), Some(0..=2)), "{name}: killed or crashed: {:?} {err}", o.status);
        assert!(!err.contains("internal error") && !err.contains("panicked"), "{name}: {err}");
        assert!(took < Duration::from_secs(12), "{name} took {took:?}");
    }
}

/// The text of every page of a fixture, pages joined by newlines, and whether the file was
/// repaired.
fn text_of(file: &str) -> (String, bool) {
    let bytes = std::fs::read(format!("fixtures/malformed/{file}")).expect("fixture");
    let doc = ambtsreizen::pdf::PdfDocument::open(&bytes, &ambtsreizen::Limits::default())
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    let pages = doc.pages().unwrap_or_else(|e| panic!("{file}: {e}"));
    let text = pages.iter().map(|p| p.glyphs.iter().map(|g| &*g.text).collect::<String>()).collect::<Vec<_>>();
    (text.join("\n"), doc.was_repaired())
}

#[test]
fn wrong_stream_lengths_are_found_by_endstream() {
    let (text, _) = text_of("repair-stream-length.pdf");
    for line in
        ["Lengte te lang: deze regel", "Lengte te kort: ook deze", "Lengte ontbreekt:", "Lengte verwijst naar niets:"]
    {
        assert!(text.contains(line), "{line:?} missing from {text:?}");
    }
    assert_error("repair-stream-length.pdf", "no trips found");
}

#[test]
fn a_broken_xref_entry_is_repaired_by_scanning() {
    let (text, repaired) = text_of("repair-xref-entry.pdf");
    assert_eq!(text, "Kapotte xref-regel: de inhoud staat er toch.");
    assert!(repaired);
}

#[test]
fn an_unusual_page_tree_gives_every_page() {
    let (text, repaired) = text_of("repair-page-tree.pdf");
    assert_eq!(text, "Pagina zonder Type: eerste pagina.\nGewone pagina onder een knoop zonder Type.");
    assert!(repaired, "nodes without /Type are a repair");
}

#[test]
fn junk_before_the_header_or_no_header_at_all() {
    let (text, repaired) = text_of("junk-before-header.pdf");
    assert_eq!((text.as_str(), repaired), ("Tekst na rommel voor de kop.", true));
    let (text, repaired) = text_of("no-header.pdf");
    assert_eq!((text.as_str(), repaired), ("Tekst in een bestand zonder PDF-kop.", true));
    // Still "not a PDF" for what is not one.
    assert_error("not-a-pdf.pdf", "not a PDF");
}

#[test]
fn abbreviated_filter_names_in_streams_and_inline_images() {
    let (text, repaired) = text_of("abbreviated-filters.pdf");
    let lines = [
        "Filter AHx en Fl: regel een.",
        "Filter A85: regel twee.",
        "Filter LZW met EarlyChange: regel drie.",
        "Filter RL: regel vier.",
        "Filter LZW zonder EarlyChange: regel vijf.",
    ];
    assert_eq!(text, lines.concat());
    assert!(!repaired);
}

#[test]
fn cjk_fonts_with_predefined_cmaps() {
    let (text, _) = text_of("font-cjk-predefined-cmaps.pdf");
    assert_eq!(text, "Latin: CJK fonts中文文本日本語テキスト日本語");
}

#[test]
fn operators_inside_tj_arrays_are_ignored() {
    let (text, _) = text_of("font-tj-operators.pdf");
    assert_eq!(text, "Operatoren in een TJ-arrayTweede regel");
}

#[test]
fn type3_fonts_read_through_differences_and_to_unicode() {
    let (text, _) = text_of("font-type3.pdf");
    assert_eq!(text, "Type3treseOk!");
    // FontMatrix 0.01 and /Widths 60 for "T": 0.6 em at 12 pt.
    let bytes = std::fs::read("fixtures/malformed/font-type3.pdf").expect("fixture");
    let doc = ambtsreizen::pdf::PdfDocument::open(&bytes, &ambtsreizen::Limits::default()).expect("opens");
    let page = doc.pages().expect("pages").remove(0);
    let t = &page.glyphs[0];
    assert!((t.x1 - t.x0 - 7.2).abs() < 1e-6, "{}", t.x1 - t.x0);
}

#[test]
fn glyph_names_outside_the_standard_list() {
    let (text, _) = text_of("font-glyph-names.pdf");
    // uni0047 u0079 p.sc f_f: G y p ff; x.unknown-name-1 reads as "x" by the AGL rules.
    assert_eq!(text, "Glyphnamefficieléx");
}

#[test]
fn undecodable_text_is_named_not_sent_to_ocr() {
    assert_error("font-undecodable.pdf", "text in fonts that cannot be decoded (font GeheimFont");
    let (o, _) = run("font-undecodable.pdf", &[]);
    assert!(!String::from_utf8_lossy(&o.stderr).contains("no text layer"));
}

#[test]
fn mostly_undecodable_text_is_named_rather_than_no_trips() {
    // The title decodes, but most of the page is in a font that does not: the fonts are
    // the reason no trip is found, and the message says so instead of blaming the content.
    assert_error("font-mostly-undecodable.pdf", "text in fonts that cannot be decoded (font GeheimFont");
    let (o, _) = run("font-mostly-undecodable.pdf", &[]);
    assert!(!String::from_utf8_lossy(&o.stderr).contains("no trips found"));
}

#[test]
fn encryption_that_needs_no_password_is_read() {
    for (file, line) in [
        ("encrypted-owner-only-rc4.pdf", "Alleen een eigenaarswachtwoord (128 bits)."),
        ("encrypted-owner-only-aes256.pdf", "Alleen een eigenaarswachtwoord (256 bits)."),
        ("encrypted-attachments-only.pdf", "Alleen de bijlagen zijn versleuteld."),
        ("encrypted-bad-id.pdf", "Een ongeldige ID, toch leesbaar."),
        ("encrypted-not-really.pdf", "Niet versleuteld, ondanks de Encrypt-sleutel."),
    ] {
        assert_eq!(text_of(file).0, line, "{file}");
        assert_error(file, "no trips found");
    }
    // A user password is still a user password.
    assert_error("encrypted-userpw.pdf", "password-protected");
}

#[test]
fn limit_messages_name_the_option_and_its_unit() {
    let (o, _) = run("flate-bomb.pdf", &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("limit exceeded: inflated bytes per stream (`--max-stream-mib 64`)"), "{err}");
    let (o, _) = run("unrelated.pdf", &["--max-pages", "2"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("limit exceeded: pages (`--max-pages 2`)"), "{err}");
    assert!(!err.contains("matching"), "{err}");
}

#[test]
fn no_dependency_wording_reaches_the_user() {
    for file in ["null-bytes.pdf", "truncated.pdf"] {
        let (o, _) = run(file, &[]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("lopdf") && !err.contains("open an issue"), "{file}: {err}");
    }
}
