//! Datasette metadata for the SQLite output: titles, descriptions of every table and
//! column and the source, so that a journalist browsing the database in Datasette
//! reads what each column means without this documentation.
//!
//! `extract -f sqlite -o DB` writes it beside the database as `<DB stem>.metadata.json`
//! (`ambtsreizen.db` → `ambtsreizen.metadata.json`); serve both with
//! `datasette ambtsreizen.db -m ambtsreizen.metadata.json`.

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use super::datapackage::TRIP_FIELDS;
use super::OutputError;

/// Where the metadata for the database at `db` goes: same directory, `<stem>.metadata.json`.
///
/// ```
/// use std::path::Path;
/// use ambtsreizen::output::datasette::metadata_path;
/// assert_eq!(metadata_path(Path::new("data/ambtsreizen.db")), Path::new("data/ambtsreizen.metadata.json"));
/// ```
pub fn metadata_path(db: &Path) -> PathBuf {
    db.with_extension("metadata.json")
}

/// Datasette's name for the database at `db`: its file stem.
fn database_name(db: &Path) -> String {
    db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "ambtsreizen".to_string())
}

/// Column descriptions shared by `trips` and `trips_flat` (the CSV columns).
fn trip_columns() -> Map<String, Value> {
    TRIP_FIELDS.iter().map(|(name, _, description)| (name.to_string(), Value::from(*description))).collect()
}

/// The metadata document for the database at `db` (only its file name is used).
///
/// ```
/// use std::path::Path;
/// let m = ambtsreizen::output::datasette::metadata(Path::new("reizen.db"));
/// // No `units`: Datasette would show 0.86 tonnes as "860.0 mt" (pint scales to the prefix
/// // that fits); the column's description says tonnes instead.
/// assert!(m["databases"]["reizen"]["tables"]["trips"].get("units").is_none());
/// ```
pub fn metadata(db: &Path) -> Value {
    let mut trips_columns = trip_columns();
    for (name, description) in [
        ("trip_pk", "Row key; a trip is identified by report_id and trip_id"),
        ("report_id", "The report (edition) the trip comes from: reports.report_id"),
        ("trip_id", "Trip id: <year>-<nn>, nn counting from 01 in reading order"),
        ("position", "1-based reading order within the report"),
        ("title", "The header as printed"),
        ("date_text", "The date line as printed"),
        ("table_cells", "The five cost-table cells exactly as printed (JSON array): the source of the amounts"),
    ] {
        trips_columns.insert(name.to_string(), Value::from(description));
    }
    // Datasette's `units` are not used: it runs every value through pint's `to_compact`, which
    // shows 0.86 t as "860.0 mt". The amounts are plain numbers with their unit in the column
    // name (`_eur`, `_tonnes`) and in the descriptions.
    let amounts = "Amounts are in euros and CO₂ in tonnes, as numbers (they sort and sum as numbers); \
                   the printed text of the cost table is in trips.table_cells.";
    let mut databases = Map::new();
    databases.insert(
        database_name(db),
        json!({
            "description": "Start with trips_flat_current (or trips_current): one edition per year, so \
                            sums count each trip once. trips and trips_flat hold every edition loaded \
                            (an original and a corrected republication both), listed in reports.",
            "tables": {
                "trips_flat_current": {
                    "description": format!("Start here. One row per trip of the current edition of each year \
                        (reports.is_current), with the CSV columns: lists joined with '; '. Sums over this view \
                        count each trip once. {amounts}"),
                    "columns": Value::Object(trip_columns()),
                    "facets": ["report_year", "transport_modes", "countries"],
                    "sort_desc": "total_eur",
                },
                "trips_current": {
                    "description": format!("The trips of the current edition of each year, as in trips. {amounts}"),
                    "columns": trips_columns.clone(),
                    "facets": ["transport_modes"],
                },
                "trips_flat": {
                    "description": format!("One row per trip of every edition loaded, with the CSV columns: lists \
                        joined with '; '. With two editions of a year its trips are here twice: sum over \
                        trips_flat_current instead. {amounts}"),
                    "columns": Value::Object(trip_columns()),
                    "facets": ["report_year", "transport_modes", "countries"],
                    "sort_desc": "total_eur",
                },
                "trips": {
                    "description": format!("One row per trip of every edition loaded (see trips_current). {amounts}"),
                    "columns": trips_columns,
                    "facets": ["transport_modes"],
                },
                "reports": {
                    "description": "One row per PDF loaded (an edition of a year's report), identified by its SHA-256.",
                    "columns": {
                        "report_id": "Row key",
                        "sha256": "SHA-256 of the PDF: the identity of an edition",
                        "file": "File name of the PDF",
                        "title": "Title of the report",
                        "year": "Year the report covers",
                        "page_count": "Pages in the PDF",
                        "schema_version": "Version of the JSON record the rows were made from",
                        "loaded_at": "UTC time the report was written into this database",
                        "is_current": "1 for the edition of its year that counts: the one loaded last, unless loaded with --keep-current",
                    },
                },
                "trip_officials": {
                    "description": "The officials of each trip, in printed order.",
                    "columns": {
                        "trip_pk": "The trip: trips.trip_pk",
                        "position": "1-based, in printed order",
                        "official": "Role and name as in the officials column: 'wethouder Versnel', 'voormalig wethouder Karremans'",
                        "role": "burgemeester or wethouder",
                        "name": "Surname as printed",
                        "former": "1 for 'voormalig' (former)",
                        "person_id": "The person across roles and years: people.person_id",
                    },
                    "facets": ["official"],
                },
                "people": {
                    "description": "One row per person through the roles they held: 'wethouder Karremans' and \
                                    later 'voormalig wethouder Karremans' are one person. Found by name only: the \
                                    report prints surnames, so two people with the same surname are one row.",
                    "columns": {
                        "person_id": "Row key; trip_officials.person_id refers to it",
                        "name": "Surname as first loaded",
                        "name_key": "The name with case and spacing ignored: what makes one person",
                    },
                },
                "trip_countries": {
                    "description": "The countries of each trip (ISO 3166-1 alpha-2), in printed order.",
                    "columns": { "trip_pk": "The trip: trips.trip_pk", "position": "1-based", "country": "ISO 3166-1 alpha-2 code" },
                    "facets": ["country"],
                },
                "trip_places": {
                    "description": "The named places of each trip that are not countries, in printed order.",
                    "columns": { "trip_pk": "The trip: trips.trip_pk", "position": "1-based", "place": "As printed" },
                },
                "warnings": {
                    "description": "What looks wrong or unusual, per trip (trip_pk set) or about a whole report.",
                    "columns": {
                        "code": "Stable snake_case code; see the README's table of warning codes",
                        "message": "Explanation for people",
                        "page": "1-based page where to look",
                    },
                    "facets": ["code"],
                },
                "_meta": { "hidden": true },
            },
        }),
    );
    json!({
        "title": "Buitenlandse ambtsreizen van burgemeester en wethouders van Rotterdam",
        "description": format!(
            "Foreign official trips of the mayor and aldermen of Rotterdam, read from the municipality's \
             yearly report 'Buitenlandse ambtsreizen' by ambtsreizen {}. {amounts}",
            env!("CARGO_PKG_VERSION")
        ),
        "source": "Gemeente Rotterdam, 'Buitenlandse ambtsreizen' (yearly report of the college van B&W)",
        "source_url": "https://www.rotterdam.nl/",
        "databases": databases,
    })
}

/// Writes [`metadata`] for the database at `db` to [`metadata_path`]`(db)`.
pub fn write_metadata_beside(db: &Path) -> Result<PathBuf, OutputError> {
    let path = metadata_path(db);
    let mut text = serde_json::to_string_pretty(&metadata(db))
        .map_err(|source| OutputError::Json { path: Some(path.clone()), source })?;
    text.push('\n');
    std::fs::write(&path, text).map_err(|e| OutputError::io_at(&path, e))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::CSV_COLUMNS;

    #[test]
    fn every_csv_column_of_the_view_is_described() {
        let m = metadata(Path::new("x.db"));
        for view in ["trips_flat", "trips_flat_current"] {
            let columns = m["databases"]["x"]["tables"][view]["columns"].as_object().unwrap();
            let names: Vec<&str> = columns.keys().map(String::as_str).collect();
            assert_eq!(names, CSV_COLUMNS);
            assert!(columns.values().all(|d| d.as_str().is_some_and(|d| !d.is_empty())));
        }
    }

    #[test]
    fn no_units_that_datasette_would_rescale() {
        let m = metadata(Path::new("x.db"));
        for (name, table) in m["databases"]["x"]["tables"].as_object().unwrap() {
            assert!(table.get("units").is_none(), "{name} has units");
        }
        let tonnes = m["databases"]["x"]["tables"]["trips_flat"]["columns"]["co2_tonnes"].as_str().unwrap();
        assert!(tonnes.contains("tonnes"), "{tonnes}");
    }

    #[test]
    fn the_current_views_come_first() {
        let m = metadata(Path::new("x.db"));
        let tables: Vec<&str> =
            m["databases"]["x"]["tables"].as_object().unwrap().keys().map(String::as_str).take(2).collect();
        assert_eq!(tables, ["trips_flat_current", "trips_current"]);
    }

    #[test]
    fn every_column_of_the_tables_is_described() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(crate::output::sqlite::SCHEMA).unwrap();
        let m = metadata(Path::new("x.db"));
        conn.execute_batch(&crate::output::sqlite::views()).unwrap();
        for table in ["trips", "trips_current", "reports", "people", "trip_officials", "trip_countries", "trip_places"]
        {
            let mut stmt = conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')")).unwrap();
            let names: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
            let described = m["databases"]["x"]["tables"][table]["columns"].as_object().unwrap();
            for name in names {
                assert!(described.contains_key(&name), "{table}.{name} has no description");
            }
        }
    }
}
