//! The command line as users meet it: exit codes, one-line errors, batches with a bad file.

mod common;

use std::path::PathBuf;

use common::pdfgen::{pdf, TextLine};
use std::process::{Command, Output};

const PDF: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ambtsreizen")).args(args).output().expect("binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ambtsreizen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

/// A minimal valid one-page PDF with the given text lines (Helvetica, no trips).
fn text_pdf(lines: &[&str]) -> Vec<u8> {
    let page: Vec<TextLine> =
        lines.iter().enumerate().map(|(i, l)| TextLine(72.0, 760.0 - 14.0 * i as f64, 12.0, false, l)).collect();
    pdf(&[&page])
}

fn assert_one_line_error(o: &Output, file: &str, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "exit code; stderr: {}", stderr(o));
    let err = stderr(o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "one line expected, got: {err}");
    assert!(lines[0].starts_with(&format!("error: {file}: ")), "{err}");
    assert!(lines[0].contains(needle), "expected {needle:?} in {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn not_a_pdf_is_a_one_line_error() {
    let path = temp_file("notes.pdf", b"Dit is geen PDF maar platte tekst.\n");
    let p = path.to_string_lossy();
    assert_one_line_error(&run(&["extract", &p]), &p, "not a PDF");
}

#[test]
fn empty_file_is_a_one_line_error() {
    let path = temp_file("empty.pdf", b"");
    let p = path.to_string_lossy();
    assert_one_line_error(&run(&["extract", &p]), &p, "empty");
}

#[test]
fn pdf_without_trips_is_a_one_line_error() {
    let path = temp_file("agenda.pdf", &text_pdf(&["Agenda van de raadsvergadering", "1. Opening", "2. Mededelingen"]));
    let p = path.to_string_lossy();
    assert_one_line_error(&run(&["extract", &p]), &p, "no trips found");
}

#[test]
fn missing_file_is_a_one_line_error() {
    assert_one_line_error(&run(&["extract", "does-not-exist.pdf"]), "does-not-exist.pdf", "cannot read the file");
}

#[test]
fn a_bad_file_in_a_batch_does_not_stop_the_others() {
    let bad = temp_file("bad.pdf", b"%PDF-1.4 truncated nonsense");
    let b = bad.to_string_lossy();
    let o = run(&["extract", "-f", "jsonl", PDF, &b, PDF]);
    assert_eq!(o.status.code(), Some(2));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.lines().count(), 64, "both good copies come out");
    assert!(stderr(&o).starts_with(&format!("error: {b}: ")), "{}", stderr(&o));
}

#[test]
fn extract_json_has_exact_numbers() {
    let o = run(&["extract", PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    // 326.64 must be written as the number 326.64, not a float approximation or a string.
    assert!(text.contains("\"compensation_eur\": 326.64"), "exact decimal expected");
    assert!(text.contains("\"compensation_eur\": 111.70"), "scale kept as printed");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["trips"].as_array().map(Vec::len), Some(32));
    assert_eq!(v["trips"][0]["costs"]["total"].as_i64(), Some(385));
    assert_eq!(v["trips"][0]["days"].as_i64(), Some(2));
    assert!(v["trips"][0].get("provenance").is_none(), "provenance only on request");
}

#[test]
fn check_flags_the_nantes_trip_and_exits_1() {
    let o = run(&["check", PDF]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("1 finding"), "{out}");
    assert!(out.contains("[co2_compensation_ratio]") && out.contains("p. 19") && out.contains("Nantes"), "{out}");
}

#[test]
fn check_exits_0_on_clean_data() {
    let o = run(&["check", "fixtures/variants/reportlab-rc4-2022/report.pdf"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("no findings"));
}

#[test]
fn sqlite_without_output_path_is_refused() {
    let o = run(&["extract", "-f", "sqlite", PDF]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("error: -o PATH is required"), "{}", stderr(&o));
}

#[test]
fn every_subcommand_help_shows_an_example() {
    for sub in ["extract", "summary", "check", "inspect", "schema"] {
        let o = run(&[sub, "--help"]);
        assert_eq!(o.status.code(), Some(0));
        assert!(String::from_utf8_lossy(&o.stdout).contains("ambtsreizen "), "{sub} --help lacks an example");
    }
}

#[test]
fn fifty_files_piped_show_no_progress_bar_and_keep_their_order() {
    let dir = std::env::temp_dir().join(format!("ambtsreizen-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let bytes = std::fs::read(PDF).expect("fixture");
    let mut args = vec!["extract".to_string(), "-f".into(), "jsonl".into()];
    for i in 0..50 {
        let p = dir.join(format!("copy-{i:02}.pdf"));
        std::fs::write(&p, &bytes).expect("copy");
        args.push(p.to_string_lossy().into_owned());
    }
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run(&refs);
    assert_eq!(o.status.code(), Some(0));
    // stderr is a pipe here, not a terminal: nothing at all may be written to it.
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(lines.len(), 50 * 32);
    for (i, chunk) in lines.chunks(32).enumerate() {
        assert_eq!(chunk[0]["source_file"], format!("copy-{i:02}.pdf"), "output in the order given");
    }
}
