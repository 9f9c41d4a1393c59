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

/// Every field path of a JSON Schema node (`trips[].costs.total`), `$ref`s resolved.
fn schema_paths(node: &serde_json::Value, defs: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
    let mut node = node;
    loop {
        if let Some(r) = node.get("$ref").and_then(|r| r.as_str()) {
            node = &defs[r.rsplit('/').next().unwrap_or_default()];
        } else if let Some(alternatives) = node.get("anyOf").or_else(|| node.get("oneOf")).and_then(|a| a.as_array()) {
            match alternatives.iter().find(|a| a.get("type").and_then(|t| t.as_str()) != Some("null")) {
                Some(a) => node = a,
                None => return,
            }
        } else {
            break;
        }
    }
    if let Some(properties) = node.get("properties").and_then(|p| p.as_object()) {
        for (name, child) in properties {
            let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
            out.push(path.clone());
            schema_paths(child, defs, &path, out);
        }
    } else if let Some(items) = node.get("items") {
        schema_paths(items, defs, &format!("{prefix}[]"), out);
    }
}

#[test]
fn documented_json_fields_are_the_schemas_fields() {
    let o = run(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).expect("schema is JSON");
    let mut from_schema = Vec::new();
    schema_paths(&schema, &schema["$defs"], "", &mut from_schema);
    assert!(from_schema.contains(&"trips[].costs.total".to_string()), "{from_schema:?}");

    let format = std::fs::read_to_string("docs/FORMAT.md").expect("docs/FORMAT.md");
    let json_section =
        format.split("\n## ").find(|s| s.starts_with("JSON (`-f json`)")).expect("a JSON section in docs/FORMAT.md");
    let documented: Vec<String> = json_section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once("` |"))
        .map(|(field, _)| field.to_string())
        .collect();
    let missing: Vec<&String> = from_schema.iter().filter(|f| !documented.contains(f)).collect();
    let extra: Vec<&String> = documented.iter().filter(|f| !from_schema.contains(f)).collect();
    assert!(missing.is_empty(), "in the JSON Schema but not in docs/FORMAT.md: {missing:?}");
    assert!(extra.is_empty(), "in docs/FORMAT.md but not in the JSON Schema: {extra:?}");
    assert_eq!(documented.len(), from_schema.len(), "a field documented twice");
}

#[test]
fn readme_links_stay_inside_the_repository() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let mut targets = Vec::new();
    for (i, _) in readme.match_indices("](") {
        let rest = &readme[i + 2..];
        if let Some(end) = rest.find(')') {
            targets.push(rest[..end].to_string());
        }
    }
    assert!(targets.iter().any(|t| t == "docs/FORMAT.md"), "README links to docs/FORMAT.md: {targets:?}");
    for target in targets {
        if target.starts_with("https://") || target.starts_with('#') {
            continue;
        }
        let path = target.split('#').next().unwrap_or_default();
        assert!(!path.starts_with("../") && !path.starts_with('/'), "README link leaves the repository: {target}");
        assert!(std::path::Path::new(path).exists(), "README links to a missing file: {target}");
    }
}

#[test]
fn json_array_flag_always_gives_an_array() {
    let one = run(&["extract", "--array", PDF]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(1));
    assert_eq!(v[0]["trips"].as_array().map(Vec::len), Some(32));
    // Without the flag one input gives the object itself.
    let plain: serde_json::Value = serde_json::from_slice(&run(&["extract", PDF]).stdout).expect("json");
    assert_eq!(plain, v[0]);
    // Several inputs give an array even when only one can be read, so scripts see one shape.
    let bad = temp_file("array-bad.pdf", b"not a pdf");
    let o = run(&["extract", PDF, &bad.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(1));
    // The flag is for JSON only.
    let o = run(&["extract", "-f", "csv", "--array", PDF]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("error: --array only applies to -f json"), "{}", stderr(&o));
}

#[test]
fn several_json_inputs_stream_the_same_array_serde_writes() {
    let o = run(&["extract", PDF, PDF, PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Vec<ambtsreizen::Report> = serde_json::from_slice(&o.stdout).expect("array of reports");
    assert_eq!(v.len(), 3);
    let mut want = Vec::new();
    ambtsreizen::output::json::write_json_array(&mut want, &v).expect("write");
    assert_eq!(String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&want));
}

#[test]
fn datapackage_licence_is_named_only_when_given() {
    let dir = std::env::temp_dir().join(format!("ambtsreizen-cli-dp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_string_lossy();
    let o = run(&["extract", "-f", "datapackage", "--license", "CC0-1.0", "-o", &d, PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let read = || -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join("datapackage.json")).expect("descriptor")).expect("json")
    };
    assert_eq!(read()["licenses"], serde_json::json!([{ "name": "CC0-1.0" }]));
    let o = run(&["extract", "-f", "datapackage", "-o", &d, PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(read().get("licenses").is_none(), "no licence invented: {}", read()["licenses"]);
    assert!(!std::fs::read_to_string(dir.join("datapackage.json")).expect("read").contains("notspecified"));
    let o = run(&["extract", "-f", "datapackage", "--license", "CC BY", "-o", &d, PDF]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("licence id without spaces"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn summary_table_prints_two_decimals_in_every_money_and_tonnes_cell() {
    let o = run(&["summary", PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    let mut rows = 0;
    for line in text.lines().filter(|l| l.starts_with('│')) {
        let cells: Vec<&str> = line.trim_matches('│').split('┆').map(str::trim).collect();
        if cells.len() != 8 || cells[1] == "trips" {
            continue;
        }
        rows += 1;
        for cell in &cells[3..] {
            let (_, decimals) = cell.split_once('.').unwrap_or_else(|| panic!("no decimals in {cell:?}: {line}"));
            assert_eq!(decimals.len(), 2, "{cell:?} in {line}");
        }
    }
    assert!(rows > 30, "{text}");
    assert!(text.contains("130001.00"), "{text}");
    // JSON keeps the exact sums.
    let json = run(&["summary", "-f", "json", PDF]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["totals"]["total_eur"].to_string(), "130001");
}

#[test]
fn sqlite_output_writes_datasette_metadata_beside_the_database() {
    let dir = std::env::temp_dir().join(format!("ambtsreizen-cli-meta-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let db = dir.join("reizen.db");
    let o = run(&["extract", "-f", "sqlite", "-o", &db.to_string_lossy(), PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("reizen.metadata.json")).expect("metadata"))
            .expect("json");
    // Tonnes are described, not given Datasette `units` (which it would rescale to "860.0 mt").
    assert_eq!(meta["databases"]["reizen"]["tables"]["trips"].get("units"), None);
    let tonnes = meta["databases"]["reizen"]["tables"]["trips"]["columns"]["co2_tonnes"].as_str().expect("described");
    assert!(tonnes.contains("tonnes"), "{tonnes}");
    assert!(meta["source"].as_str().is_some_and(|s| s.contains("Rotterdam")));
    let other = dir.join("zonder.db");
    let o = run(&["extract", "-f", "sqlite", "--no-metadata", "-o", &other.to_string_lossy(), PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(other.exists() && !dir.join("zonder.metadata.json").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A second edition of the 2024 report: the same PDF with a comment appended after its
/// end, as a re-save gives another SHA-256 for the same content.
fn second_edition() -> PathBuf {
    let mut bytes = std::fs::read(PDF).expect("fixture");
    bytes.extend_from_slice(b"\n% gewijzigde versie\n");
    temp_file("buitenlandse-ambtsreizen-2024-gewijzigd.pdf", &bytes)
}

#[test]
fn summary_of_two_editions_of_a_year_uses_the_last_and_says_so() {
    let edition = second_edition();
    let e = edition.to_string_lossy();
    let o = run(&["summary", "-f", "json", PDF, &e]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(
        err.trim_end(),
        "note: 2024: several editions given; summing buitenlandse-ambtsreizen-2024-gewijzigd.pdf (the last given), \
         not buitenlandse-ambtsreizen-2024.pdf"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["totals"]["trips"], 32, "each trip once");
    assert_eq!(v["totals"]["total_eur"].to_string(), "130001");
    assert_eq!(v["reports"].as_array().map(Vec::len), Some(1));
}

#[test]
fn sqlite_with_two_editions_counts_the_current_one_in_the_current_views() {
    let edition = second_edition();
    let dir = std::env::temp_dir().join(format!("ambtsreizen-cli-editions-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let db = dir.join("archief.db");
    let d = db.to_string_lossy();
    let o = run(&["extract", "-f", "sqlite", "-o", &d, PDF, &edition.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let conn = rusqlite::Connection::open(&db).expect("open");
    let q = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
    assert_eq!(q("SELECT count(*) FROM reports"), 2);
    assert_eq!(q("SELECT count(*) FROM trips_flat"), 64);
    assert_eq!(q("SELECT count(*) FROM trips_flat_current"), 32);
    assert_eq!(q("SELECT sum(total_eur) FROM trips_current"), 130001);
    let current: String =
        conn.query_row("SELECT file FROM reports WHERE is_current = 1", [], |r| r.get(0)).expect("one current edition");
    assert_eq!(current, "buitenlandse-ambtsreizen-2024-gewijzigd.pdf");
    drop(conn);
    // --keep-current: loading the original again does not take over.
    let o = run(&["extract", "-f", "sqlite", "--keep-current", "-o", &d, PDF]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let conn = rusqlite::Connection::open(&db).expect("open");
    let current: String =
        conn.query_row("SELECT file FROM reports WHERE is_current = 1", [], |r| r.get(0)).expect("current");
    assert_eq!(current, "buitenlandse-ambtsreizen-2024-gewijzigd.pdf");
    drop(conn);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_json_names_the_layout_read_and_the_schema_both_layouts() {
    let o = run(&["schema"]);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).expect("schema is JSON");
    let consts: Vec<&str> = schema["$defs"]["Layout"]["oneOf"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v["const"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(consts, ["sections", "table"]);
    for (pdf, layout) in [(PDF, "sections"), ("fixtures/editions/overview-reportlab-2020/report.pdf", "table")] {
        let o = run(&["extract", pdf]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        assert_eq!(v["report"]["layout"], layout, "{pdf}");
    }
}

#[test]
fn inspect_shows_why_no_trip_header_matched() {
    let mut page = vec![
        TextLine(72.0, 780.0, 20.0, true, "Buitenlandse ambtsreizen in 2024"),
        TextLine(72.0, 740.0, 13.0, true, "Bezoek aan Gent door wethouder Buijt"),
    ];
    page.extend([
        TextLine(72.0, 720.0, 10.0, false, "De wethouder sprak in Gent met de haven over walstroom."),
        TextLine(72.0, 690.0, 13.0, true, "Verslag van de reis naar Antwerpen"),
        TextLine(72.0, 670.0, 10.0, false, "Een tweede bezoek, zonder de naam van de bestuurder erbij."),
    ]);
    let path = temp_file("no-trips.pdf", &pdf(&[&page]));
    let p = path.to_string_lossy();
    // extract refuses it, inspect shows it.
    assert_one_line_error(&run(&["extract", &p]), &p, "no trips found");
    let o = run(&["inspect", &p]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("page 1 ("), "{out}");
    assert!(out.contains("no trips found: no line reads as a trip header"), "{out}");
    // The nearest candidate first, with its reason: a header word is missing.
    let candidates: Vec<&str> = out.lines().skip_while(|l| !l.starts_with("no trips found")).skip(1).collect();
    assert!(candidates[0].contains("Bezoek aan Gent door wethouder Buijt"), "{out}");
    assert!(candidates[1].contains("opens with \"Bezoek\", not a header word (werkbezoek"), "{out}");
    // A heading with neither a header word nor an office is not near one.
    assert!(!candidates.iter().any(|l| l.contains("Verslag van de reis")), "{out}");
    // An SVG per page is written too.
    let dir = std::env::temp_dir().join(format!("ambtsreizen-cli-svg-{}", std::process::id()));
    let o = run(&["inspect", &p, "--svg", &dir.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let svg = std::fs::read_to_string(dir.join("page-01.svg")).expect("svg written");
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "{}", &svg[..svg.len().min(80)]);
}
