//! End-to-end tests of the output formats on the 2024 report, with expected values both
//! written out (as a reader would check them in the PDF) and derived from `golden.json`.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ambtsreizen::model::Report;
use ambtsreizen::output::csv::{write_csv, Dialect};
use ambtsreizen::output::datapackage::{write_datapackage, write_datapackage_with};
use ambtsreizen::output::json::write_json;
use ambtsreizen::output::jsonl::write_jsonl;
use ambtsreizen::output::sqlite::write_sqlite;
use ambtsreizen::output::summary::{render_markdown, render_table, Summary};
use ambtsreizen::output::{flat_rows, DecimalSeparator, OutputError, CSV_COLUMNS};
use rusqlite::Connection;
use rust_decimal::Decimal;
use serde_json::Value;

const PDF: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";
const GOLDEN: &str = "fixtures/2024/golden.json";
const SOURCE_FILE: &str = "buitenlandse-ambtsreizen-2024.pdf";

const HEADER: &str = "id,report_year,start_date,end_date,days,officials,destination,places,\
countries,purpose,travel_and_accommodation_eur,other_costs_eur,total_eur,transport,\
transport_modes,co2_tonnes,co2_compensation_eur,pages,warnings,description,source_file";

fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| ambtsreizen::extract_path(PDF).expect("extract the 2024 report"))
}

fn reports() -> &'static [Report] {
    std::slice::from_ref(report())
}

fn golden() -> &'static Value {
    static GOLDEN_JSON: OnceLock<Value> = OnceLock::new();
    GOLDEN_JSON.get_or_init(|| {
        serde_json::from_str(&fs::read_to_string(GOLDEN).expect("read golden.json")).expect("parse golden.json")
    })
}

fn golden_trips() -> &'static [Value] {
    golden()["trips"].as_array().expect("golden trips")
}

/// Sum of a golden decimal-string field; null counts as nothing.
fn golden_sum(field: &str) -> Decimal {
    golden_trips().iter().filter_map(|t| t[field].as_str()).map(|s| s.parse::<Decimal>().expect("golden decimal")).sum()
}

fn golden_count(list: &str) -> usize {
    golden_trips().iter().map(|t| t[list].as_array().expect("golden list").len()).sum()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A fresh, empty directory for one test.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ambtsreizen-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn csv_text(dialect: Dialect) -> Vec<u8> {
    let mut out = Vec::new();
    write_csv(&mut out, reports(), dialect).expect("write csv");
    out
}

fn parse_csv(bytes: &[u8], delimiter: u8) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .collect::<Result<_, _>>()
        .expect("parse csv back")
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_header_is_exact_in_both_dialects() {
    assert_eq!(CSV_COLUMNS.join(","), HEADER);

    let rfc = String::from_utf8(csv_text(Dialect::Rfc4180)).expect("utf-8");
    assert_eq!(rfc.split('\n').next(), Some(HEADER));

    let nl = csv_text(Dialect::ExcelNl);
    let expected = format!("\u{feff}{}\r\n", HEADER.replace(',', ";"));
    assert!(nl.starts_with(expected.as_bytes()), "excel-nl starts with {:?}", String::from_utf8_lossy(&nl[..80]));
}

#[test]
fn csv_rfc4180_miami_row_is_exact() {
    let text = String::from_utf8(csv_text(Dialect::Rfc4180)).expect("utf-8");
    assert!(!text.starts_with('\u{feff}'), "no BOM in rfc4180");
    assert!(!text.contains('\r'), "LF line ends only");
    let line = text.split('\n').find(|l| l.starts_with("2024-08,")).expect("a row for trip 2024-08");
    let prefix = "2024-08,2024,2024-04-06,2024-04-12,7,wethouder Simons,\"Miami, VS\",Miami,US,\
Bezoek aan Seatrade Cruise Global beurs,8750,2410,11160,Vliegtuig,plane,24.6,344.64,6; 7,,\"";
    assert!(line.starts_with(prefix), "row: {line}");
    assert!(line.ends_with("\",buitenlandse-ambtsreizen-2024.pdf"), "row: {line}");

    let records = parse_csv(text.as_bytes(), b',');
    assert_eq!(records.len(), 33, "header + 32 trips");
    let miami = records.iter().find(|r| &r[0] == "2024-08").expect("Miami");
    assert_eq!(miami.len(), 21);
    assert_eq!(collapse(&miami[19]), collapse(golden_trips()[7]["description"].as_str().expect("description")));
}

#[test]
fn csv_excel_nl_miami_row_is_exact() {
    let bytes = csv_text(Dialect::ExcelNl);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    // Every record ends in CRLF: 33 records, and the text ends with one.
    assert_eq!(text.matches("\r\n").count(), 33);
    assert!(text.ends_with("\r\n"));
    let line = text.split("\r\n").find(|l| l.starts_with("2024-08;")).expect("a row for trip 2024-08");
    let prefix = "2024-08;2024;2024-04-06;2024-04-12;7;wethouder Simons;Miami, VS;Miami;US;\
Bezoek aan Seatrade Cruise Global beurs;8750;2410;11160;Vliegtuig;plane;24,6;344,64;\"6; 7\";;";
    assert!(line.starts_with(prefix), "row: {line}");
    assert!(line.ends_with(";buitenlandse-ambtsreizen-2024.pdf"), "row: {line}");
}

#[test]
fn csv_excel_nl_numbers_use_a_decimal_comma_and_no_grouping() {
    let bytes = csv_text(Dialect::ExcelNl);
    let records = parse_csv(&bytes[3..], b';');
    assert_eq!(&records[0][10], "travel_and_accommodation_eur");
    let by_id = |id: &str| records.iter().find(|r| &r[0] == id).unwrap_or_else(|| panic!("row {id}"));
    // München: € 1.770,- stays 1770; Shanghai keeps the printed 111,70.
    assert_eq!(&by_id("2024-26")[10], "1770");
    assert_eq!(&by_id("2024-26")[16], "2,45");
    assert_eq!(&by_id("2024-16")[16], "111,70");
    assert_eq!(&by_id("2024-16")[12], "14755");
    assert_eq!(&by_id("2024-28")[15], "190,9");
    // Car trips have no CO₂ figures: empty cells.
    assert_eq!(&by_id("2024-01")[15], "");
    assert_eq!(&by_id("2024-01")[16], "");
    for record in &records[1..] {
        for column in [10, 11, 12, 15, 16] {
            let cell = &record[column];
            assert!(!cell.contains('.'), "{} column {column}: {cell}", &record[0]);
            if !cell.is_empty() {
                cell.replace(',', ".")
                    .parse::<Decimal>()
                    .unwrap_or_else(|e| panic!("{} column {column}: {cell}: {e}", &record[0]));
            }
        }
    }
}

#[test]
fn csv_lists_officials_warnings_and_paragraphs() {
    for (dialect, delimiter, skip) in [(Dialect::Rfc4180, b',', 0), (Dialect::ExcelNl, b';', 3)] {
        let bytes = csv_text(dialect);
        let records = parse_csv(&bytes[skip..], delimiter);
        let by_id = |id: &str| records.iter().find(|r| &r[0] == id).unwrap_or_else(|| panic!("row {id}"));
        assert_eq!(&by_id("2024-14")[5], "wethouder Versnel; wethouder Buijt");
        assert_eq!(&by_id("2024-14")[8], "PL; RO");
        assert_eq!(&by_id("2024-14")[7], "");
        assert_eq!(&by_id("2024-04")[5], "voormalig wethouder Karremans");
        assert_eq!(&by_id("2024-05")[7], "Rio Grande; São Paulo; Fortaleza");
        assert_eq!(&by_id("2024-21")[14], "plane; train");
        assert!(by_id("2024-28")[18].split("; ").any(|code| code == "co2_compensation_ratio"));
        // Descriptions keep their paragraph breaks, inside quotes.
        for (record, trip) in records[1..].iter().zip(&report().trips) {
            assert_eq!(&record[19], trip.description, "{}", trip.id);
        }
        let multi = report().trips.iter().filter(|t| t.description.contains("\n\n")).count();
        assert!(multi > 0, "some description has several paragraphs");
    }
}

#[test]
fn csv_rows_follow_the_golden_records() {
    let records = parse_csv(&csv_text(Dialect::Rfc4180), b',');
    assert_eq!(records.len() - 1, golden_trips().len());
    for (record, g) in records[1..].iter().zip(golden_trips()) {
        let index = g["index"].as_u64().expect("index");
        assert_eq!(&record[0], format!("2024-{index:02}"));
        assert_eq!(&record[2], g["start_date"].as_str().unwrap_or(""));
        assert_eq!(&record[6], g["destination"].as_str().unwrap_or(""));
        assert_eq!(&record[10], g["travel_and_accommodation_eur"].as_str().unwrap_or(""));
        assert_eq!(&record[11], g["other_costs_eur"].as_str().unwrap_or(""));
        assert_eq!(&record[15], g["co2_tonnes"].as_str().unwrap_or(""));
        assert_eq!(&record[16], g["co2_compensation_eur"].as_str().unwrap_or(""));
        assert_eq!(&record[20], SOURCE_FILE);
    }
}

// ---------------------------------------------------------------- JSON and JSON Lines

#[test]
fn json_has_exact_numbers_and_the_contract_shape() {
    let mut out = Vec::new();
    write_json(&mut out, reports()).expect("write json");
    let text = String::from_utf8(out).expect("utf-8");
    // Exact numbers, not strings and not floats.
    assert!(text.contains("\"compensation_eur\": 326.64"), "326.64");
    assert!(text.contains("\"compensation_eur\": 111.70"), "111.70 keeps its zero");
    assert!(text.contains("\"travel_and_accommodation\": 1770,"), "1770");
    let value: Value = serde_json::from_str(&text).expect("parse json");
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["report"]["year"], 2024);
    assert_eq!(value["source"]["file"], SOURCE_FILE);
    assert_eq!(value["source"]["page_count"], 22);
    assert_eq!(value["trips"].as_array().map(Vec::len), Some(32));
    assert_eq!(value["trips"][7]["costs"]["total"].to_string(), "11160");

    let mut out = Vec::new();
    write_json(&mut out, &[report().clone(), report().clone()]).expect("write json");
    let value: Value = serde_json::from_slice(&out).expect("parse json");
    assert_eq!(value.as_array().map(Vec::len), Some(2), "several reports: an array");
}

#[test]
fn jsonl_has_one_trip_per_line_with_its_report() {
    let mut out = Vec::new();
    write_jsonl(&mut out, reports()).expect("write jsonl");
    let text = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 32);
    assert!(text.ends_with('\n'));
    for (n, line) in lines.iter().enumerate() {
        let trip: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(trip["report_year"], 2024, "line {n}");
        assert_eq!(trip["source_file"], SOURCE_FILE, "line {n}");
        assert_eq!(trip["id"], format!("2024-{:02}", n + 1));
        assert!(trip["costs"]["total"].is_number(), "line {n}");
    }
    assert!(lines[15].contains("\"compensation_eur\":111.70"), "{}", lines[15]);
}

// ---------------------------------------------------------------- SQLite

fn count(conn: &Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).expect("count")
}

fn counts(path: &Path) -> Vec<(String, i64)> {
    let conn = Connection::open(path).expect("open db");
    ["reports", "trips", "trip_officials", "trip_countries", "trip_places", "warnings", "trips_flat"]
        .iter()
        .map(|t| (t.to_string(), count(&conn, t)))
        .collect()
}

fn report_warnings(report: &Report) -> i64 {
    (report.warnings.len() + report.trips.iter().map(|t| t.warnings.len()).sum::<usize>()) as i64
}

fn expected_counts() -> Vec<(String, i64)> {
    [
        ("reports", 1),
        ("trips", golden_trips().len() as i64),
        ("trip_officials", golden_count("officials") as i64),
        ("trip_countries", golden_count("countries") as i64),
        ("trip_places", golden_count("places") as i64),
        ("warnings", report_warnings(report())),
        ("trips_flat", golden_trips().len() as i64),
    ]
    .iter()
    .map(|(t, n)| (t.to_string(), *n))
    .collect()
}

#[test]
fn sqlite_has_every_row_once() {
    let dir = scratch_dir("sqlite-counts");
    let db = dir.join("reizen.db");
    write_sqlite(&db, reports()).expect("write sqlite");
    let got = counts(&db);
    assert_eq!(got, expected_counts());
    // The same numbers written out, so a wrong golden reading cannot hide a wrong count.
    let literal: Vec<i64> = got.iter().map(|(_, n)| *n).collect();
    assert_eq!(&literal[..5], [1, 32, 33, 38, 34]);
    assert!(literal[5] >= 1, "at least the Nantes warning");

    let conn = Connection::open(&db).expect("open");
    let fk_problems: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("foreign key check");
    assert_eq!(fk_problems, 0);
    let (kind, value, cells): (String, f64, String) = conn
        .query_row(
            "SELECT typeof(co2_compensation_eur), co2_compensation_eur, table_cells FROM trips
             WHERE trip_id = '2024-16'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("Shanghai");
    assert_eq!((kind.as_str(), value), ("real", 111.7));
    // The printed text stays, exactly.
    assert!(cells.contains("111,70"), "{cells}");
    let sha: String = conn.query_row("SELECT sha256 FROM reports", [], |r| r.get(0)).expect("sha256");
    assert_eq!(sha, report().source.sha256);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn sqlite_join_finds_the_trips_of_wethouder_achbar() {
    let dir = scratch_dir("sqlite-join");
    let db = dir.join("reizen.db");
    write_sqlite(&db, reports()).expect("write sqlite");
    let conn = Connection::open(&db).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT t.trip_id, t.total_eur FROM trips t
             JOIN trip_officials o ON o.trip_pk = t.trip_pk
             WHERE o.official = 'wethouder Achbar' ORDER BY t.position",
        )
        .expect("prepare");
    let rows: Vec<(String, i64)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("query").collect::<Result<_, _>>().expect("rows");
    let ids: Vec<&str> = rows.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        ["2024-09", "2024-15", "2024-17", "2024-18", "2024-20", "2024-21", "2024-22", "2024-24", "2024-27", "2024-31"]
    );
    let from_golden: Vec<String> = golden_trips()
        .iter()
        .filter(|t| t["officials"].to_string().contains("\"Achbar\""))
        .map(|t| format!("2024-{:02}", t["index"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(ids, from_golden);
    let total: i64 = rows.iter().map(|(_, eur)| eur).sum();
    assert_eq!(total, 10625);
    drop(stmt);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn sqlite_view_matches_the_csv_rows() {
    let dir = scratch_dir("sqlite-view");
    let db = dir.join("reizen.db");
    write_sqlite(&db, reports()).expect("write sqlite");
    let conn = Connection::open(&db).expect("open");
    let mut stmt = conn.prepare("SELECT * FROM trips_flat").expect("prepare");
    let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    assert_eq!(names, CSV_COLUMNS);
    let rows: Vec<Vec<String>> = stmt
        .query_map([], |row| {
            (0..21)
                .map(|i| {
                    let v: rusqlite::types::Value = row.get(i)?;
                    Ok(match v {
                        rusqlite::types::Value::Null => String::new(),
                        rusqlite::types::Value::Integer(n) => n.to_string(),
                        rusqlite::types::Value::Real(f) => f.to_string(),
                        rusqlite::types::Value::Text(s) => s,
                        other => format!("{other:?}"),
                    })
                })
                .collect()
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    // Amounts are numbers in SQLite: `111.70` comes back as 111.7, `6.00` as 6.
    let numeric = |column: &str| CSV_COLUMNS.iter().position(|c| *c == column).expect("column");
    let amounts: Vec<usize> =
        ["travel_and_accommodation_eur", "other_costs_eur", "total_eur", "co2_tonnes", "co2_compensation_eur"]
            .into_iter()
            .map(numeric)
            .collect();
    let expected: Vec<Vec<String>> = flat_rows(report())
        .iter()
        .map(|r| {
            let mut cells = r.cells(DecimalSeparator::Point).to_vec();
            for &i in &amounts {
                if !cells[i].is_empty() {
                    cells[i] = cells[i].parse::<Decimal>().expect("decimal").normalize().to_string();
                }
            }
            cells
        })
        .collect();
    assert_eq!(rows, expected);
    drop(stmt);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn sqlite_sorts_and_sums_amounts_as_numbers() {
    let dir = scratch_dir("sqlite-numbers");
    let db = dir.join("reizen.db");
    write_sqlite(&db, reports()).expect("write sqlite");
    let conn = Connection::open(&db).expect("open");
    // As text, '960' sorted above '22360'; as numbers the Stockholm/Helsinki trip is first.
    let mut stmt =
        conn.prepare("SELECT id, total_eur FROM trips_flat ORDER BY total_eur DESC LIMIT 3").expect("prepare");
    let top: Vec<(String, i64)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("query").collect::<Result<_, _>>().expect("rows");
    assert_eq!(top[0], ("2024-03".to_string(), 22360));
    assert!(top[0].1 >= top[1].1 && top[1].1 >= top[2].1, "{top:?}");
    let most_expensive_in_golden = golden_trips()
        .iter()
        .max_by_key(|t| {
            let amount = |f: &str| t[f].as_str().and_then(|s| s.parse::<Decimal>().ok()).unwrap_or_default();
            amount("travel_and_accommodation_eur") + amount("other_costs_eur")
        })
        .and_then(|t| t["index"].as_u64())
        .expect("golden max");
    assert_eq!(top[0].0, format!("2024-{most_expensive_in_golden:02}"));
    // Sums agree with the exact golden sums (rounded to cents: REALs are binary).
    let sum = |column: &str| -> f64 {
        conn.query_row(&format!("SELECT round(sum({column}), 2) FROM trips"), [], |r| r.get(0)).expect("sum")
    };
    assert_eq!(sum("total_eur"), 130001.0);
    for (column, golden_field) in [
        ("travel_and_accommodation_eur", "travel_and_accommodation_eur"),
        ("co2_tonnes", "co2_tonnes"),
        ("co2_compensation_eur", "co2_compensation_eur"),
    ] {
        let exact = golden_sum(golden_field).round_dp(2).to_string().parse::<f64>().expect("f64");
        assert_eq!(sum(column), exact, "{column}");
    }
    // Whole amounts are INTEGER, others REAL; never TEXT.
    let kinds: Vec<String> = conn
        .prepare(
            "SELECT DISTINCT typeof(total_eur) FROM trips UNION SELECT DISTINCT typeof(co2_tonnes) FROM trips
             ORDER BY 1",
        )
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(kinds, ["integer", "null", "real"]);
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("user_version");
    assert_eq!(version, i64::from(ambtsreizen::output::sqlite::DB_SCHEMA_VERSION));
    drop(stmt);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

/// A database in layout version 1 (amounts as TEXT), as ambtsreizen wrote them before
/// issue 13: the old tables from `fixtures/sqlite/schema-v1.sql`, filled with the 2024 trips.
fn make_v1_database(path: &Path) {
    make_old_database(path, 1);
}

/// A database in an old layout `version` (`fixtures/sqlite/schema-v<version>.sql`), filled
/// with the 2024 trips as that version stored them (version 1: amounts as TEXT).
fn make_old_database(path: &Path, version: u32) {
    let conn = Connection::open(path).expect("create old db");
    let schema = format!("fixtures/sqlite/schema-v{version}.sql");
    conn.execute_batch(&fs::read_to_string(&schema).expect("old schema")).expect("old schema");
    conn.execute(
        "INSERT INTO _meta VALUES ('db_schema_version', ?1), ('amounts', 'TEXT'), ('generator', 'ambtsreizen 0.1.0')",
        [version.to_string()],
    )
    .expect("meta");
    conn.pragma_update(None, "user_version", version).expect("user_version");
    let r = report();
    conn.execute(
        "INSERT INTO reports (sha256, file, title, year, page_count, schema_version, loaded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 1, '2025-01-01T00:00:00Z')",
        rusqlite::params![r.source.sha256, r.source.file, r.report.title, r.report.year, r.source.page_count],
    )
    .expect("report");
    if version >= 2 {
        conn.execute("UPDATE reports SET is_current = 1", []).expect("current");
    }
    let text = |d: Option<Decimal>| d.map(|d| d.to_string());
    for (position, (trip, row)) in r.trips.iter().zip(flat_rows(r)).enumerate() {
        conn.execute(
            "INSERT INTO trips (report_id, trip_id, position, title, destination, purpose, date_text,
                 start_date, end_date, days, travel_and_accommodation_eur, other_costs_eur, total_eur,
                 transport, transport_modes, co2_tonnes, co2_compensation_eur, table_cells, pages, description)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
            rusqlite::params![
                trip.id,
                position + 1,
                trip.title,
                trip.destination,
                trip.purpose,
                trip.date_text,
                trip.start_date.map(|d| d.to_string()),
                trip.end_date.map(|d| d.to_string()),
                trip.days,
                text(row.travel_and_accommodation_eur),
                text(row.other_costs_eur),
                text(row.total_eur),
                row.transport,
                row.transport_modes,
                text(row.co2_tonnes),
                text(row.co2_compensation_eur),
                serde_json::to_string(&trip.table_cells).expect("cells"),
                row.pages,
                trip.description,
            ],
        )
        .expect("trip");
        let trip_pk = conn.last_insert_rowid();
        for (i, official) in trip.officials.iter().enumerate() {
            conn.execute(
                "INSERT INTO trip_officials (trip_pk, position, official, role, name, former)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![
                    trip_pk,
                    i + 1,
                    official.to_string(),
                    official.role.as_str(),
                    official.name,
                    official.former
                ],
            )
            .expect("official");
        }
    }
}

#[test]
fn sqlite_migrates_a_version_1_file_without_losing_rows() {
    let dir = scratch_dir("sqlite-migrate");
    let db = dir.join("oud.db");
    make_v1_database(&db);
    {
        let conn = Connection::open(&db).expect("open");
        let kind: String =
            conn.query_row("SELECT typeof(total_eur) FROM trips LIMIT 1", [], |r| r.get(0)).expect("typeof");
        assert_eq!(kind, "text", "the test's database is really version 1");
    }
    // Adding another edition migrates the file and keeps the old report's rows.
    let mut other = report().clone();
    other.source.sha256 = "2".repeat(64);
    other.source.file = "herzien.pdf".to_string();
    write_sqlite(&db, &[other]).expect("write into a version 1 file");

    let conn = Connection::open(&db).expect("open");
    let per_report: Vec<(String, i64, i64)> = conn
        .prepare(
            "SELECT r.file, count(DISTINCT t.trip_pk), count(o.trip_pk) FROM reports r
             JOIN trips t ON t.report_id = r.report_id
             LEFT JOIN trip_officials o ON o.trip_pk = t.trip_pk
             GROUP BY r.report_id ORDER BY r.report_id",
        )
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        per_report,
        [(SOURCE_FILE.to_string(), 32, 33), ("herzien.pdf".to_string(), 32, 33)],
        "old rows and their officials kept"
    );
    let fk_problems: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("fk check");
    assert_eq!(fk_problems, 0);
    // The old rows' amounts are numbers now, with the same values as the new edition's.
    let mismatched: i64 = conn
        .query_row(
            "SELECT count(*) FROM trips a JOIN trips b ON a.trip_id = b.trip_id AND a.report_id = 1 AND b.report_id = 2
             WHERE typeof(a.total_eur) <> typeof(b.total_eur) OR a.total_eur IS NOT b.total_eur
                OR a.co2_tonnes IS NOT b.co2_tonnes OR a.co2_compensation_eur IS NOT b.co2_compensation_eur
                OR typeof(a.co2_compensation_eur) <> typeof(b.co2_compensation_eur)",
            [],
            |r| r.get(0),
        )
        .expect("compare");
    assert_eq!(mismatched, 0);
    let top: String = conn
        .query_row("SELECT trip_id FROM trips WHERE report_id = 1 ORDER BY total_eur DESC LIMIT 1", [], |r| r.get(0))
        .expect("top");
    assert_eq!(top, "2024-03");
    let (meta, user): (String, i64) = conn
        .query_row(
            "SELECT value, (SELECT user_version FROM pragma_user_version) FROM _meta WHERE key = 'db_schema_version'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("version");
    assert_eq!((meta.as_str(), user), ("3", 3));
    assert_eq!(count(&conn, "trips_flat"), 64);
    // Every official of the old rows has its person.
    let unlinked: i64 =
        conn.query_row("SELECT count(*) FROM trip_officials WHERE person_id IS NULL", [], |r| r.get(0)).expect("n");
    assert_eq!(unlinked, 0);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

/// The people of the 2024 report: (name, roles as printed, number of trip rows), by name.
fn people_of(conn: &Connection) -> Vec<(String, String, i64)> {
    conn.prepare(
        "SELECT p.name, group_concat(DISTINCT o.official), count(*) FROM people p
         JOIN trip_officials o ON o.person_id = p.person_id GROUP BY p.person_id ORDER BY p.name",
    )
    .expect("prepare")
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
    .expect("query")
    .collect::<Result<_, _>>()
    .expect("rows")
}

#[test]
fn sqlite_migrates_a_version_2_file_to_people() {
    let dir = scratch_dir("sqlite-migrate-v2");
    let db = dir.join("v2.db");
    make_old_database(&db, 2);
    write_sqlite(&db, &[]).expect("write into a version 2 file");
    let conn = Connection::open(&db).expect("open");
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
    assert_eq!(version, 3);
    let migrated = people_of(&conn);
    drop(conn);
    // The same as a fresh file: Aboutaleb as burgemeester in 5 trips, Karremans (voormalig) in 2.
    let fresh = dir.join("nieuw.db");
    write_sqlite(&fresh, reports()).expect("fresh");
    let conn = Connection::open(&fresh).expect("open");
    assert_eq!(migrated, people_of(&conn));
    assert!(
        migrated.contains(&("Karremans".to_string(), "voormalig wethouder Karremans".to_string(), 2)),
        "{migrated:?}"
    );
    assert_eq!(migrated.len(), 10);
    let fk_problems: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("fk check");
    assert_eq!(fk_problems, 0);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn sqlite_people_join_roles_and_go_with_their_reports() {
    let dir = scratch_dir("sqlite-people");
    let db = dir.join("reizen.db");
    // Another year in which Karremans is still wethouder (not voormalig).
    let mut earlier = report().clone();
    earlier.source.sha256 = "3".repeat(64);
    earlier.report.year = 2023;
    for trip in &mut earlier.trips {
        for official in &mut trip.officials {
            official.former = false;
        }
    }
    write_sqlite(&db, &[report().clone(), earlier.clone()]).expect("write");
    let conn = Connection::open(&db).expect("open");
    let karremans: Vec<(String, i64)> = conn
        .prepare(
            "SELECT o.official, count(*) FROM trip_officials o JOIN people p ON p.person_id = o.person_id
             WHERE p.name = 'Karremans' GROUP BY o.official ORDER BY o.official",
        )
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(karremans, [("voormalig wethouder Karremans".to_string(), 2), ("wethouder Karremans".to_string(), 2)]);
    assert_eq!(count(&conn, "people"), 10);
    drop(conn);
    // A person whose every trip goes with a replaced report goes too.
    let mut renamed = earlier;
    renamed.trips.iter_mut().flat_map(|t| t.officials.iter_mut()).for_each(|o| o.name = "Nieuw".to_string());
    write_sqlite(&db, &[renamed.clone()]).expect("replace");
    let conn = Connection::open(&db).expect("open");
    assert_eq!(count(&conn, "people"), 11, "ten of 2024 and Nieuw");
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn sqlite_writing_again_replaces_instead_of_duplicating() {
    let dir = scratch_dir("sqlite-twice");
    let db = dir.join("reizen.db");
    write_sqlite(&db, reports()).expect("first write");
    write_sqlite(&db, reports()).expect("second write");
    assert_eq!(counts(&db), expected_counts());

    // Another version of the same year's report (another hash) is kept beside it: the trip
    // ids repeat, which the keys allow.
    let mut other = report().clone();
    other.source.sha256 = "0".repeat(64);
    other.source.file = "buitenlandse-ambtsreizen-2024-herzien.pdf".to_string();
    write_sqlite(&db, &[other.clone()]).expect("add another report");
    let got = counts(&db);
    let doubled: Vec<(String, i64)> = expected_counts().into_iter().map(|(t, n)| (t, n * 2)).collect();
    assert_eq!(got, doubled);
    // And giving both again changes nothing.
    write_sqlite(&db, &[report().clone(), other]).expect("write both again");
    assert_eq!(counts(&db), doubled);
    let _ = fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn sqlite_writing_through_a_symlink_updates_the_real_file() {
    let dir = scratch_dir("sqlite-symlink");
    let real = dir.join("real.db");
    let link = dir.join("link.db");
    write_sqlite(&real, reports()).expect("write real");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let mut other = report().clone();
    other.source.sha256 = "1".repeat(64);
    write_sqlite(&link, &[other]).expect("write through the link");
    assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink(), "link kept");
    assert_eq!(counts(&real)[0], ("reports".to_string(), 2));
    let _ = fs::remove_dir_all(&dir);
}

fn dir_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn sqlite_failed_write_leaves_the_old_file_intact() {
    let dir = scratch_dir("sqlite-atomic");
    let db = dir.join("reizen.db");
    write_sqlite(&db, reports()).expect("write sqlite");
    let before = fs::read(&db).expect("read db");

    // The same report (so the stored one is deleted first inside the transaction) but with
    // a repeated trip id, which the UNIQUE key refuses halfway through the inserts.
    let mut broken = report().clone();
    broken.trips[1].id = broken.trips[0].id.clone();
    let err = write_sqlite(&db, &[broken]).expect_err("duplicate trip id must fail");
    assert!(matches!(err, OutputError::Sqlite { .. }), "{err}");
    assert!(err.to_string().contains("reizen.db"), "{err}");
    assert_eq!(fs::read(&db).expect("read db"), before, "old file unchanged");
    assert_eq!(counts(&db), expected_counts());
    assert_eq!(dir_entries(&dir), ["reizen.db"], "no temporary files left");

    // A first write that fails leaves no file behind, not even an empty database.
    let mut broken = report().clone();
    broken.trips[1].id = broken.trips[0].id.clone();
    let new_db = dir.join("new.db");
    write_sqlite(&new_db, &[broken]).expect_err("duplicate trip id must fail");
    assert!(!new_db.exists(), "no half-made new.db");
    assert_eq!(dir_entries(&dir), ["reizen.db"], "no temporary files left");

    // A file that is not a database is refused and left alone.
    let not_db = dir.join("notes.db");
    fs::write(&not_db, "not a database").expect("write");
    let err = write_sqlite(&not_db, reports()).expect_err("not a database");
    assert!(err.to_string().contains("notes.db"), "{err}");
    assert_eq!(fs::read_to_string(&not_db).expect("read"), "not a database");

    // A database from a future layout is refused, not half-migrated.
    let conn = Connection::open(&db).expect("open");
    conn.execute("UPDATE _meta SET value = '999' WHERE key = 'db_schema_version'", []).expect("update");
    drop(conn);
    let future = fs::read(&db).expect("read db");
    let err = write_sqlite(&db, reports()).expect_err("future layout");
    assert!(matches!(err, OutputError::Database { .. }), "{err}");
    assert_eq!(fs::read(&db).expect("read db"), future);
    assert_eq!(dir_entries(&dir), ["notes.db", "reizen.db"]);
    let _ = fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------- Data Package

#[test]
fn datapackage_describes_its_resources() {
    let dir = scratch_dir("datapackage");
    write_datapackage_with(&dir, reports(), Some("CC0-1.0")).expect("write datapackage");
    let descriptor: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("datapackage.json")).expect("read descriptor"))
            .expect("parse descriptor");
    assert_eq!(descriptor["name"], "rotterdam-buitenlandse-ambtsreizen");
    assert_eq!(descriptor["licenses"][0]["name"], "CC0-1.0");
    assert_eq!(descriptor["sources"][0]["path"], SOURCE_FILE);
    let resources = descriptor["resources"].as_array().expect("resources");
    let paths: Vec<&str> = resources.iter().filter_map(|r| r["path"].as_str()).collect();
    assert_eq!(paths, ["trips.csv", "trip_officials.csv"]);
    for r in resources {
        assert_eq!(r["profile"], "tabular-data-resource");
        assert_eq!(r["schema"]["missingValues"], serde_json::json!([""]));
    }
    let trips = &resources[0]["schema"];
    assert_eq!(trips["primaryKey"], serde_json::json!(["id"]));
    let fields = trips["fields"].as_array().expect("fields");
    let names: Vec<&str> = fields.iter().filter_map(|f| f["name"].as_str()).collect();
    assert_eq!(names, CSV_COLUMNS);
    let type_of = |name: &str| fields.iter().find(|f| f["name"] == name).and_then(|f| f["type"].as_str()).unwrap_or("");
    assert_eq!(type_of("start_date"), "date");
    assert_eq!(type_of("days"), "integer");
    assert_eq!(type_of("total_eur"), "number");
    assert_eq!(type_of("co2_tonnes"), "number");
    assert_eq!(type_of("officials"), "string");
    let officials = &resources[1]["schema"];
    assert_eq!(officials["primaryKey"], serde_json::json!(["trip_id", "position"]));
    assert_eq!(officials["foreignKeys"][0]["reference"], serde_json::json!({ "resource": "trips", "fields": ["id"] }));

    // trips.csv is the rfc4180 CSV, byte for byte.
    assert_eq!(fs::read(dir.join("trips.csv")).expect("trips.csv"), csv_text(Dialect::Rfc4180));
    // Every official row points at a trip; ids are unique.
    let trip_records = parse_csv(&csv_text(Dialect::Rfc4180), b',');
    let ids: HashSet<&str> = trip_records[1..].iter().map(|r| &r[0]).collect();
    assert_eq!(ids.len(), 32);
    let officials_csv = fs::read(dir.join("trip_officials.csv")).expect("trip_officials.csv");
    let rows = parse_csv(&officials_csv, b',');
    assert_eq!(rows[0].iter().collect::<Vec<_>>(), ["trip_id", "position", "official", "role", "name", "former"]);
    assert_eq!(rows.len() - 1, golden_count("officials"));
    for row in &rows[1..] {
        assert!(ids.contains(&row[0]), "{:?}", row);
    }
    let karremans: Vec<Vec<&str>> =
        rows[1..].iter().filter(|r| &r[4] == "Karremans").map(|r| r.iter().collect()).collect();
    assert_eq!(karremans[0], ["2024-04", "1", "voormalig wethouder Karremans", "wethouder", "Karremans", "true"]);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn datapackage_refuses_repeated_trip_ids() {
    let dir = scratch_dir("datapackage-dup");
    let err =
        write_datapackage(&dir, &[report().clone(), report().clone()]).expect_err("two reports with the same ids");
    assert!(matches!(err, OutputError::DuplicateTripId { ref id } if id == "2024-01"), "{err}");
    let _ = fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------- Summary

#[test]
fn summary_totals_match_the_printed_and_golden_totals() {
    let s = Summary::from_reports(reports());
    let t = &s.totals;
    // As printed in the report.
    assert_eq!(t.trips, 32);
    assert_eq!(t.travel_and_accommodation_eur.to_string(), "109206");
    assert_eq!(t.other_costs_eur.to_string(), "20795");
    assert_eq!(t.total_eur.to_string(), "130001");
    assert_eq!(t.co2_compensation_eur.to_string(), "1239.54");
    assert_eq!(t.co2_tonnes.to_string(), "278.19");
    assert_eq!(t.days, 117);
    assert_eq!(t.trips_with_unknown_costs, 0);
    // And recomputed from golden.json.
    let travel = golden_sum("travel_and_accommodation_eur");
    let other = golden_sum("other_costs_eur");
    assert_eq!(t.travel_and_accommodation_eur, travel);
    assert_eq!(t.other_costs_eur, other);
    assert_eq!(t.total_eur, travel + other);
    assert_eq!(t.co2_tonnes, golden_sum("co2_tonnes"));
    assert_eq!(t.co2_compensation_eur, golden_sum("co2_compensation_eur"));
    let golden_days: i64 = golden_trips()
        .iter()
        .map(|g| {
            let date = |f: &str| {
                chrono::NaiveDate::parse_from_str(g[f].as_str().unwrap_or(""), "%Y-%m-%d").expect("golden date")
            };
            (date("end_date") - date("start_date")).num_days() + 1
        })
        .sum();
    assert_eq!(i64::from(t.days), golden_days);
}

#[test]
fn summary_groups_count_shared_trips_for_each() {
    let s = Summary::from_reports(reports());
    let official = |key: &str| s.by_official.iter().find(|g| g.key == key).unwrap_or_else(|| panic!("group {key}"));
    assert_eq!(official("wethouder Achbar").totals.trips, 10);
    assert_eq!(official("wethouder Achbar").totals.total_eur.to_string(), "10625");
    assert_eq!(official("voormalig wethouder Karremans").totals.trips, 2);
    assert_eq!(official("burgemeester Aboutaleb").totals.trips, 6);
    // The Versnel–Buijt trip counts for both.
    let per_official: u32 = s.by_official.iter().map(|g| g.totals.trips).sum();
    assert_eq!(per_official as usize, golden_count("officials"));
    // Months add up exactly.
    let per_month: u32 = s.by_month.iter().map(|g| g.totals.trips).sum();
    assert_eq!(per_month, 32);
    let month_total: Decimal = s.by_month.iter().map(|g| g.totals.total_eur).sum();
    assert_eq!(month_total, s.totals.total_eur);
    let keys: Vec<&str> = s.by_month.iter().map(|g| g.key.as_str()).collect();
    assert_eq!(keys.first(), Some(&"2024-01"));
    assert_eq!(keys.last(), Some(&"2024-11"));
    let plane = s.by_transport_mode.iter().find(|g| g.key == "plane").expect("plane");
    assert_eq!(plane.totals.co2_tonnes, s.totals.co2_tonnes, "all CO₂ is flown");
    let fr = s.by_country.iter().find(|g| g.key == "FR").expect("FR");
    assert_eq!(fr.totals.trips, 5);
}

#[test]
fn summary_renders_as_json_table_and_markdown() {
    let s = Summary::from_reports(reports());
    let json = serde_json::to_string(&s).expect("summary json");
    assert!(json.contains("\"total_eur\":130001,"), "exact number");
    assert!(json.contains("\"co2_compensation_eur\":1239.54,"), "exact number");
    let value: Value = serde_json::from_str(&json).expect("parse summary json");
    assert_eq!(value["totals"]["trips"], 32);
    assert_eq!(value["by_official"][0]["key"], "burgemeester Aboutaleb");

    let table = render_table(&s);
    assert!(table.contains("130001") && table.contains("1239.54"));
    assert!(table.contains("wethouder Achbar"));
    let md = render_markdown(&s);
    // The table views print every amount and tonnage with two decimals.
    assert!(md.contains("| all trips | 32 | 117 | 109206.00 | 20795.00 | 130001.00 | 278.19 | 1239.54 |"), "{md}");
    assert!(md.contains("## Per official"));
}

// ---------------------------------------------------------------- Editions

/// A corrected republication of the 2024 report: another file (another SHA-256) in which
/// trip 2024-03 costs € 1 000 more and one trip is dropped.
fn corrected_edition() -> Report {
    let mut corrected = report().clone();
    corrected.source.sha256 = "c".repeat(64);
    corrected.source.file = "buitenlandse-ambtsreizen-2024-gewijzigd.pdf".to_string();
    let trip = corrected.trips.iter_mut().find(|t| t.id == "2024-03").expect("2024-03");
    let thousand = Decimal::from(1000);
    trip.costs.total = trip.costs.total.map(|t| t + thousand);
    trip.costs.other = trip.costs.other.map(|o| o + thousand);
    corrected.trips.pop();
    corrected
}

fn current_sums(conn: &Connection) -> (i64, i64, i64) {
    conn.query_row(
        "SELECT (SELECT count(*) FROM trips_current), (SELECT count(*) FROM trips_flat_current),
                (SELECT sum(total_eur) FROM trips_flat_current)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .expect("current views")
}

#[test]
fn sqlite_keeps_every_edition_and_counts_the_current_one_once() {
    let dir = scratch_dir("sqlite-editions");
    let db = dir.join("reizen.db");
    let original = report().clone();
    let corrected = corrected_edition();
    let corrected_total: i64 =
        corrected.trips.iter().filter_map(|t| t.costs.total).sum::<Decimal>().try_into().expect("i64");
    assert_eq!(corrected_total, 130001 + 1000 - last_trip_total());

    write_sqlite(&db, std::slice::from_ref(&original)).expect("original");
    write_sqlite(&db, std::slice::from_ref(&corrected)).expect("corrected");
    let conn = Connection::open(&db).expect("open");
    // Both editions kept, the one loaded last is current.
    let editions: Vec<(String, i64)> = conn
        .prepare("SELECT file, is_current FROM reports ORDER BY report_id")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        editions,
        [(SOURCE_FILE.to_string(), 0), ("buitenlandse-ambtsreizen-2024-gewijzigd.pdf".to_string(), 1)]
    );
    assert_eq!(count(&conn, "trips"), 32 + 31, "every edition's trips are kept");
    // The current views count each trip once, with the corrected amounts.
    assert_eq!(current_sums(&conn), (31, 31, corrected_total));
    drop(conn);

    // Writing the original again makes it current again; the corrected one stays.
    write_sqlite(&db, std::slice::from_ref(&original)).expect("original again");
    let conn = Connection::open(&db).expect("open");
    assert_eq!(current_sums(&conn), (32, 32, 130001));
    assert_eq!(count(&conn, "reports"), 2);
    drop(conn);

    // With keep_current, an edition loaded later does not take over.
    let mut writer = ambtsreizen::output::sqlite::SqliteWriter::open(&db).expect("open writer");
    writer.set_keep_current(true);
    writer.add(&corrected).expect("add");
    writer.finish().expect("finish");
    let conn = Connection::open(&db).expect("open");
    assert_eq!(current_sums(&conn), (32, 32, 130001));
    let per_year: i64 = conn
        .query_row("SELECT count(*) FROM reports WHERE year = 2024 AND is_current = 1", [], |r| r.get(0))
        .expect("q");
    assert_eq!(per_year, 1);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

fn last_trip_total() -> i64 {
    report().trips.last().and_then(|t| t.costs.total).map(|d| d.try_into().expect("i64")).expect("last total")
}

#[test]
fn sqlite_migration_marks_the_last_loaded_edition_current() {
    let dir = scratch_dir("sqlite-migrate-current");
    let db = dir.join("oud.db");
    make_v1_database(&db);
    // A version 1 file with two editions of one year, the second loaded later.
    {
        let conn = Connection::open(&db).expect("open");
        conn.execute_batch(
            "INSERT INTO reports (sha256, file, title, year, page_count, schema_version, loaded_at)
             VALUES ('d', 'later.pdf', 't', 2024, 1, 1, '2025-06-01T00:00:00Z');",
        )
        .expect("second edition");
    }
    // Adding a report of another year migrates the file.
    let mut other_year = report().clone();
    other_year.source.sha256 = "e".repeat(64);
    other_year.report.year = 2023;
    write_sqlite(&db, &[other_year]).expect("migrate and add");
    let conn = Connection::open(&db).expect("open");
    let current: Vec<(String, i64)> = conn
        .prepare("SELECT file, year FROM reports WHERE is_current = 1 ORDER BY year")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(current, [(SOURCE_FILE.to_string(), 2023), ("later.pdf".to_string(), 2024)]);
    drop(conn);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn summary_over_several_years_has_exact_per_year_totals() {
    let mut earlier = corrected_edition();
    earlier.report.year = 2023;
    let both = [earlier.clone(), report().clone()];
    let s = Summary::from_reports(&both);
    let years: Vec<(&str, u32, String)> =
        s.by_year.iter().map(|g| (g.key.as_str(), g.totals.trips, g.totals.total_eur.to_string())).collect();
    let earlier_total: Decimal = earlier.trips.iter().filter_map(|t| t.costs.total).sum();
    assert_eq!(years, [("2023", 31, earlier_total.to_string()), ("2024", 32, "130001".to_string())]);
    // Per year the rows add up exactly to the totals.
    let sum: Decimal = s.by_year.iter().map(|g| g.totals.co2_compensation_eur).sum();
    assert_eq!(sum, s.totals.co2_compensation_eur);
    assert_eq!(
        s.totals.co2_compensation_eur,
        golden_sum("co2_compensation_eur") * Decimal::from(2) - last_compensation(&earlier)
    );
    // Each official's totals per year: Achbar's 2024 trips as in the SQLite join test.
    let achbar = s
        .by_year_and_official
        .iter()
        .find(|g| g.year == 2024 && g.official == "wethouder Achbar")
        .expect("Achbar 2024");
    assert_eq!((achbar.totals.trips, achbar.totals.total_eur.to_string()), (10, "10625".to_string()));
    let per_official_2024: u32 = s.by_year_and_official.iter().filter(|g| g.year == 2024).map(|g| g.totals.trips).sum();
    assert_eq!(per_official_2024, 33, "a trip by two officials counts for each");
    let table = render_table(&s);
    assert!(table.contains("Per year (of the report)") && table.contains("2024 wethouder Achbar"), "{table}");
    let md = render_markdown(&s);
    assert!(md.contains("| 2024 | 32 |"), "{md}");
    // One report: no per-year tables in the text views.
    assert!(!render_table(&Summary::from_reports(reports())).contains("Per year"));
}

fn last_compensation(r: &Report) -> Decimal {
    // `corrected_edition` dropped the last trip of the original.
    let _ = r;
    report().trips.last().and_then(|t| t.co2.compensation_eur).unwrap_or_default()
}

/// Another year's editors' conventions (`fixtures/variants/reportlab-editors-2022`): an office
/// kept as printed and a cost printed as none reach every output the same way.
#[test]
fn roles_as_printed_and_costs_printed_as_none_in_every_output() {
    let report = ambtsreizen::extract_path("fixtures/variants/reportlab-editors-2022/report.pdf").expect("extract");
    let lisbon = &report.trips[4];
    assert_eq!(lisbon.officials.len(), 1);
    assert_eq!(lisbon.officials[0].role.as_str(), "locoburgemeester");
    let antwerp = &report.trips[0];
    assert_eq!(antwerp.table_cells[1], "-");
    assert_eq!(antwerp.costs.other, Some(Decimal::ZERO));
    assert_eq!(antwerp.costs.total, Some(Decimal::new(125000, 2)));
    assert_eq!(antwerp.co2.emissions_tonnes, None);

    // JSON: the role is a plain string.
    let mut json = Vec::new();
    write_json(&mut json, std::slice::from_ref(&report)).expect("json");
    let json: Value = serde_json::from_slice(&json).expect("parses");
    assert_eq!(json["trips"][4]["officials"][0]["role"], "locoburgemeester");
    assert_eq!(json["trips"][0]["costs"]["other"], serde_json::json!(0));

    // CSV: by column name.
    let mut csv_bytes = Vec::new();
    write_csv(&mut csv_bytes, std::slice::from_ref(&report), Dialect::Rfc4180).expect("csv");
    let mut reader = csv::Reader::from_reader(csv_bytes.as_slice());
    let headers = reader.headers().expect("header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(&rows[4][column("officials")], "locoburgemeester Simons");
    assert_eq!(&rows[0][column("other_costs_eur")], "0");
    assert_eq!(&rows[0][column("total_eur")], "1250.00");
    assert_eq!(&rows[0][column("co2_tonnes")], "");
    assert_eq!(&rows[2][column("co2_tonnes")], "0.43");

    // SQLite: trip_officials keeps the office.
    let dir = scratch_dir("editors");
    let db = dir.join("editors.db");
    write_sqlite(&db, std::slice::from_ref(&report)).expect("sqlite");
    let conn = Connection::open(&db).expect("open");
    let (official, role): (String, String) = conn
        .query_row(
            "SELECT official, role FROM trip_officials JOIN trips USING (trip_pk) WHERE trips.trip_id = '2022-05'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("official");
    assert_eq!((official.as_str(), role.as_str()), ("locoburgemeester Simons", "locoburgemeester"));
    let other: i64 = conn
        .query_row("SELECT other_costs_eur FROM trips WHERE trip_id = '2022-01'", [], |r| r.get(0))
        .expect("other costs");
    assert_eq!(other, 0);
    let _ = fs::remove_dir_all(&dir);
}
