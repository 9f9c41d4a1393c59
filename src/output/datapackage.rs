//! Frictionless Data Package (v1) output: `datapackage.json`, `trips.csv` and
//! `trip_officials.csv` in one directory, with typed Table Schemas, so that tools such as
//! `frictionless validate` can check the data and load it with the right types.

use std::collections::{BTreeSet, HashSet};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use serde_json::{json, Value};

use super::csv::{write_csv, Dialect};
use super::OutputError;
use crate::model::Report;

/// Name of the descriptor file.
pub const DESCRIPTOR: &str = "datapackage.json";
/// Name of the trips resource file (the CSV columns, rfc4180 dialect).
pub const TRIPS_CSV: &str = "trips.csv";
/// Name of the officials resource file (one row per official per trip).
pub const TRIP_OFFICIALS_CSV: &str = "trip_officials.csv";

/// Table Schema type and description of each CSV column, in
/// [`CSV_COLUMNS`](super::CSV_COLUMNS) order.
pub(crate) const TRIP_FIELDS: [(&str, &str, &str); 21] = [
    ("id", "string", "Trip id: <year>-<nn>, nn counting from 01 in reading order"),
    ("report_year", "integer", "Year the report covers"),
    ("start_date", "date", "First day of the trip"),
    ("end_date", "date", "Last day of the trip"),
    ("days", "integer", "Number of days, first and last included"),
    ("officials", "string", "Travelling officials, joined with '; '"),
    ("destination", "string", "Destination as printed in the title"),
    ("places", "string", "Named places that are not countries, joined with '; '"),
    ("countries", "string", "ISO 3166-1 alpha-2 codes, joined with '; '"),
    ("purpose", "string", "Purpose of the trip"),
    ("travel_and_accommodation_eur", "number", "Travel and accommodation (Reis en verblijf), euros"),
    ("other_costs_eur", "number", "Other costs (Overige kosten), euros"),
    ("total_eur", "number", "Travel and accommodation plus other costs, euros"),
    ("transport", "string", "Means of transport as printed"),
    (
        "transport_modes",
        "string",
        "Recognised modes (plane, train, official_car, car, bus, boat, other), joined with '; '",
    ),
    ("co2_tonnes", "number", "CO2 emissions in tonnes; empty where the report prints none"),
    ("co2_compensation_eur", "number", "CO2 compensation paid, euros; empty where the report prints none"),
    ("pages", "string", "1-based pages of the PDF on which the trip stands, joined with '; '"),
    ("warnings", "string", "Codes of what looks wrong or unusual, joined with '; '"),
    ("description", "string", "Body text; paragraphs separated by a blank line"),
    ("source_file", "string", "File name of the PDF report"),
];

/// Writes the data package for `reports` into `dir` (created if missing).
///
/// `trips.csv` has the primary key `id`, so the package takes one report per year: trips
/// with the same id from two reports are refused with [`OutputError::DuplicateTripId`]
/// rather than written into a package that would fail validation (and double-count).
///
/// ```
/// use ambtsreizen::output::datapackage::write_datapackage;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let dir = std::env::temp_dir().join(format!("ambtsreizen-dp-doc-{}", std::process::id()));
/// write_datapackage(&dir, std::slice::from_ref(&report))?;
/// let descriptor: serde_json::Value =
///     serde_json::from_str(&std::fs::read_to_string(dir.join("datapackage.json"))?)?;
/// assert_eq!(descriptor["resources"][0]["path"], "trips.csv");
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok(())
/// # }
/// ```
pub fn write_datapackage(dir: &Path, reports: &[Report]) -> Result<(), OutputError> {
    write_datapackage_with(dir, reports, None)
}

/// Like [`write_datapackage`], naming the data's licence in the descriptor (`licenses`) when
/// one is given, as an SPDX or Open Definition id such as `CC0-1.0` or `CC-BY-4.0`. Without
/// one the descriptor has no `licenses` at all: the municipality states none, and inventing
/// one would mislead.
pub fn write_datapackage_with(dir: &Path, reports: &[Report], license: Option<&str>) -> Result<(), OutputError> {
    let mut seen = HashSet::new();
    for trip in reports.iter().flat_map(|r| &r.trips) {
        if !seen.insert(trip.id.as_str()) {
            return Err(OutputError::DuplicateTripId { id: trip.id.clone() });
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| OutputError::io_at(dir, e))?;

    let trips_path = dir.join(TRIPS_CSV);
    let file = File::create(&trips_path).map_err(|e| OutputError::io_at(&trips_path, e))?;
    write_csv(file, reports, Dialect::Rfc4180).map_err(|e| e.with_path(&trips_path))?;

    let officials_path = dir.join(TRIP_OFFICIALS_CSV);
    write_trip_officials(&officials_path, reports).map_err(|e| e.with_path(&officials_path))?;

    // The descriptor last: a directory with a descriptor has all its data files.
    let descriptor_path = dir.join(DESCRIPTOR);
    let file = File::create(&descriptor_path).map_err(|e| OutputError::io_at(&descriptor_path, e))?;
    let mut w = BufWriter::new(file);
    serde_json::to_writer_pretty(&mut w, &descriptor_with(reports, license))
        .map_err(|source| OutputError::Json { path: Some(descriptor_path.clone()), source })?;
    w.write_all(b"\n").and_then(|()| w.flush()).map_err(|e| OutputError::io_at(&descriptor_path, e))
}

fn write_trip_officials(path: &Path, reports: &[Report]) -> Result<(), OutputError> {
    let file = File::create(path).map_err(|e| OutputError::io_at(path, e))?;
    let csv_err = |source| OutputError::Csv { path: Some(path.to_path_buf()), source };
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(file);
    w.write_record(["trip_id", "position", "official", "role", "name", "former"]).map_err(csv_err)?;
    for trip in reports.iter().flat_map(|r| &r.trips) {
        for (position, official) in (1u32..).zip(&trip.officials) {
            w.write_record([
                trip.id.as_str(),
                &position.to_string(),
                &official.to_string(),
                official.role.as_str(),
                &official.name,
                if official.former { "true" } else { "false" },
            ])
            .map_err(csv_err)?;
        }
    }
    w.flush().map_err(|e| OutputError::io_at(path, e))
}

/// The `datapackage.json` descriptor for `reports`.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let d = ambtsreizen::output::datapackage::descriptor(std::slice::from_ref(&report));
/// assert_eq!(d["resources"][0]["schema"]["primaryKey"][0], "id");
/// assert_eq!(d["resources"][0]["schema"]["missingValues"][0], "");
/// # Ok(())
/// # }
/// ```
pub fn descriptor(reports: &[Report]) -> Value {
    descriptor_with(reports, None)
}

/// The descriptor with the data's licence, when given (see [`write_datapackage_with`]).
///
/// ```
/// let d = ambtsreizen::output::datapackage::descriptor_with(&[], Some("CC0-1.0"));
/// assert_eq!(d["licenses"][0]["name"], "CC0-1.0");
/// assert!(ambtsreizen::output::datapackage::descriptor_with(&[], None).get("licenses").is_none());
/// ```
pub fn descriptor_with(reports: &[Report], license: Option<&str>) -> Value {
    let years: BTreeSet<i32> = reports.iter().map(|r| r.report.year).collect();
    let years = years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
    let title = match years.as_str() {
        "" => "Buitenlandse ambtsreizen van burgemeester en wethouders van Rotterdam".to_string(),
        years => format!("Buitenlandse ambtsreizen van burgemeester en wethouders van Rotterdam ({years})"),
    };
    let trip_fields: Vec<Value> = TRIP_FIELDS
        .iter()
        .map(|(name, kind, description)| {
            let mut field = json!({ "name": name, "type": kind, "description": description });
            if matches!(*name, "id" | "report_year" | "source_file") {
                field["constraints"] = json!({ "required": true });
            }
            field
        })
        .collect();
    let sources: Vec<Value> = reports
        .iter()
        .map(|r| {
            json!({
                "title": r.report.title,
                "path": r.source.file,
                "sha256": r.source.sha256,
            })
        })
        .collect();
    let mut descriptor = json!({
        "profile": "tabular-data-package",
        "name": "rotterdam-buitenlandse-ambtsreizen",
        "title": title,
        "description": "Foreign official trips of the mayor and aldermen of Rotterdam, \
            extracted from the municipality's yearly report 'Buitenlandse ambtsreizen' by ambtsreizen.",
        "sources": sources,
        "resources": [
            {
                "name": "trips",
                "path": TRIPS_CSV,
                "profile": "tabular-data-resource",
                "title": "Trips",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\n", "quoteChar": "\"", "doubleQuote": true, "header": true },
                "schema": {
                    "fields": trip_fields,
                    "primaryKey": ["id"],
                    "missingValues": [""],
                },
            },
            {
                "name": "trip_officials",
                "path": TRIP_OFFICIALS_CSV,
                "profile": "tabular-data-resource",
                "title": "Officials per trip",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\n", "quoteChar": "\"", "doubleQuote": true, "header": true },
                "schema": {
                    "fields": [
                        { "name": "trip_id", "type": "string", "description": "id of the trip in trips.csv", "constraints": { "required": true } },
                        { "name": "position", "type": "integer", "description": "1-based, in printed order", "constraints": { "required": true, "minimum": 1 } },
                        { "name": "official", "type": "string", "description": "As in the officials column: 'wethouder Versnel', 'voormalig wethouder Karremans'" },
                        { "name": "role", "type": "string", "constraints": { "enum": ["burgemeester", "wethouder"] } },
                        { "name": "name", "type": "string", "description": "Surname as printed" },
                        { "name": "former", "type": "boolean", "description": "true for 'voormalig' (former)", "trueValues": ["true"], "falseValues": ["false"] },
                    ],
                    "primaryKey": ["trip_id", "position"],
                    "foreignKeys": [
                        { "fields": ["trip_id"], "reference": { "resource": "trips", "fields": ["id"] } },
                    ],
                    "missingValues": [""],
                },
            },
        ],
    });
    if let (Some(license), Some(fields)) = (license, descriptor.as_object_mut()) {
        fields.insert("licenses".to_string(), json!([{ "name": license }]));
    }
    descriptor
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::CSV_COLUMNS;

    #[test]
    fn trip_fields_follow_the_csv_columns() {
        let names: Vec<&str> = TRIP_FIELDS.iter().map(|(name, _, _)| *name).collect();
        assert_eq!(names, CSV_COLUMNS);
    }

    #[test]
    fn numeric_columns_are_typed_as_numbers() {
        let numbers: Vec<&str> =
            TRIP_FIELDS.iter().filter(|(_, kind, _)| *kind == "number").map(|(name, _, _)| *name).collect();
        assert_eq!(
            numbers,
            ["travel_and_accommodation_eur", "other_costs_eur", "total_eur", "co2_tonnes", "co2_compensation_eur"]
        );
    }
}
