//! SQLite output: one database that keeps every year, ready for Datasette.
//!
//! Layout ([`SCHEMA`]): `reports` ← `trips` ← `trip_officials`, `trip_countries`,
//! `trip_places`; `warnings` belong to a report and, unless they are about the whole
//! document, to a trip. All child rows go with their parent (`ON DELETE CASCADE`), which is
//! how a report given again (same SHA-256) replaces the old one instead of doubling it.
//! The view `trips_flat` has exactly the CSV columns.
//!
//! Money and tonnes are stored as exact decimal TEXT (`'326.64'`, `'1770'`); see [`SCHEMA`].
//!
//! Writing is atomic: the new database is built in a temporary file next to the target
//! (starting from a copy of the existing one) and renamed over it only when complete, so a
//! failed run leaves the old file as it was.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::SystemTime;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OpenFlags, Transaction};

use super::{flat_rows, OutputError};
use crate::model::Report;

/// Version of the table layout, kept in `_meta` under `db_schema_version`. A file with another
/// version is refused rather than half-migrated.
pub const DB_SCHEMA_VERSION: u32 = 1;

/// How amounts are stored, as written into `_meta` under `amounts` for people reading the file.
pub const AMOUNTS_NOTE: &str = "Money (columns ending in _eur) and co2_tonnes are exact decimal numbers stored as \
TEXT with a decimal point and no thousands separators, e.g. '326.64' or '1770'; NULL where the report prints \
none. SQL's sum() reads them as numbers (floating point where there are cents); sort them numerically with \
ORDER BY CAST(x AS REAL); `ambtsreizen summary` gives exact totals.";

/// The tables. SQLite keeps these statements, comments included, in `sqlite_master`, so the
/// documentation travels with the file.
pub const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS _meta (
    -- Facts about this file: db_schema_version, amounts (how money is stored), generator.
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
    report_id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,      -- hex SHA-256 of the PDF: the identity of a report
    file TEXT NOT NULL,               -- file name of the PDF
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    page_count INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,  -- of the JSON record the rows were made from
    loaded_at TEXT NOT NULL           -- UTC time this report was written into this file
);
CREATE TABLE IF NOT EXISTS trips (
    -- Surrogate key: trip ids like '2024-01' repeat when two versions of a year's report
    -- are kept, so a trip is (report_id, trip_id).
    trip_pk INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    trip_id TEXT NOT NULL,            -- '2024-01': the id column of the CSV
    position INTEGER NOT NULL,        -- 1-based reading order within the report
    title TEXT NOT NULL,
    destination TEXT NOT NULL,
    purpose TEXT NOT NULL,
    date_text TEXT NOT NULL,          -- the date line as printed
    start_date TEXT,                  -- ISO 8601 date
    end_date TEXT,                    -- ISO 8601 date
    days INTEGER,                     -- inclusive
    -- Money and tonnes: exact decimals as TEXT with a decimal point, e.g. '326.64', '1770';
    -- NULL where the report prints none. sum() reads them as numbers; ORDER BY CAST(x AS REAL).
    travel_and_accommodation_eur TEXT,
    other_costs_eur TEXT,
    total_eur TEXT,
    transport TEXT NOT NULL,          -- the transport cell as printed
    transport_modes TEXT NOT NULL,    -- joined with '; ': 'plane; train'
    co2_tonnes TEXT,
    co2_compensation_eur TEXT,
    table_cells TEXT NOT NULL,        -- JSON array of the five cost-table cells as printed
    pages TEXT NOT NULL,              -- joined with '; ': '4; 5'
    description TEXT NOT NULL,        -- paragraphs separated by a blank line
    UNIQUE (report_id, trip_id),
    UNIQUE (report_id, position)
);
CREATE TABLE IF NOT EXISTS trip_officials (
    trip_pk INTEGER NOT NULL REFERENCES trips(trip_pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- 1-based, in printed order
    official TEXT NOT NULL,           -- 'wethouder Versnel', 'voormalig wethouder Karremans'
    role TEXT NOT NULL,               -- 'burgemeester' or 'wethouder'
    name TEXT NOT NULL,
    former INTEGER NOT NULL CHECK (former IN (0, 1)),
    PRIMARY KEY (trip_pk, position)
);
CREATE INDEX IF NOT EXISTS trip_officials_official ON trip_officials(official);
CREATE TABLE IF NOT EXISTS trip_countries (
    trip_pk INTEGER NOT NULL REFERENCES trips(trip_pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- 1-based, in printed order
    country TEXT NOT NULL,            -- ISO 3166-1 alpha-2
    PRIMARY KEY (trip_pk, position)
);
CREATE INDEX IF NOT EXISTS trip_countries_country ON trip_countries(country);
CREATE TABLE IF NOT EXISTS trip_places (
    trip_pk INTEGER NOT NULL REFERENCES trips(trip_pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- 1-based, in printed order
    place TEXT NOT NULL,
    PRIMARY KEY (trip_pk, position)
);
CREATE TABLE IF NOT EXISTS warnings (
    warning_id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    trip_pk INTEGER REFERENCES trips(trip_pk) ON DELETE CASCADE,  -- NULL: about the document
    position INTEGER NOT NULL,        -- 1-based order within the report or the trip
    code TEXT NOT NULL,               -- stable snake_case identifier
    message TEXT NOT NULL,
    page INTEGER                      -- 1-based page where to look
);
CREATE INDEX IF NOT EXISTS warnings_report ON warnings(report_id);
CREATE INDEX IF NOT EXISTS warnings_trip ON warnings(trip_pk);
CREATE VIEW IF NOT EXISTS trips_flat AS
-- Exactly the CSV columns. Lists are joined in printed order: the ORDER BY sits in a
-- subquery (rather than inside group_concat) so that SQLite versions before 3.44, as found
-- under many Datasette installs, can still read this view.
SELECT
    t.trip_id AS id,
    r.year AS report_year,
    t.start_date AS start_date,
    t.end_date AS end_date,
    t.days AS days,
    coalesce((SELECT group_concat(official, '; ') FROM
        (SELECT official FROM trip_officials o WHERE o.trip_pk = t.trip_pk ORDER BY position)),
        '') AS officials,
    t.destination AS destination,
    coalesce((SELECT group_concat(place, '; ') FROM
        (SELECT place FROM trip_places p WHERE p.trip_pk = t.trip_pk ORDER BY position)),
        '') AS places,
    coalesce((SELECT group_concat(country, '; ') FROM
        (SELECT country FROM trip_countries c WHERE c.trip_pk = t.trip_pk ORDER BY position)),
        '') AS countries,
    t.purpose AS purpose,
    t.travel_and_accommodation_eur AS travel_and_accommodation_eur,
    t.other_costs_eur AS other_costs_eur,
    t.total_eur AS total_eur,
    t.transport AS transport,
    t.transport_modes AS transport_modes,
    t.co2_tonnes AS co2_tonnes,
    t.co2_compensation_eur AS co2_compensation_eur,
    t.pages AS pages,
    coalesce((SELECT group_concat(code, '; ') FROM
        (SELECT code FROM warnings w WHERE w.trip_pk = t.trip_pk ORDER BY position)),
        '') AS warnings,
    t.description AS description,
    r.file AS source_file
FROM trips t JOIN reports r ON r.report_id = t.report_id
ORDER BY r.year, r.report_id, t.position;
"#;

/// Adds the reports to the SQLite database at `path`, creating it if needed.
///
/// A report whose SHA-256 is already in the file replaces the stored one (with all its
/// trips, officials, countries, places and warnings); others are added. Nothing is ever
/// duplicated, so writing the same reports twice leaves the same rows.
///
/// The file is replaced atomically: the work happens in a temporary file in the same
/// directory (a consistent copy of the existing database, made with `VACUUM INTO` so that
/// WAL contents are included), renamed over `path` only when everything succeeded. A failed
/// run leaves `path` untouched and removes the temporary file. Two runs writing the same
/// file at the same time are not coordinated: the later rename wins.
///
/// ```
/// use ambtsreizen::output::sqlite::write_sqlite;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let dir = std::env::temp_dir().join(format!("ambtsreizen-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let db = dir.join("reizen.db");
/// write_sqlite(&db, std::slice::from_ref(&report))?;
/// write_sqlite(&db, std::slice::from_ref(&report))?; // replaced, not doubled
/// let conn = rusqlite::Connection::open(&db)?;
/// let n: i64 = conn.query_row("SELECT count(*) FROM trips_flat", [], |r| r.get(0))?;
/// assert_eq!(n as usize, report.trips.len());
/// # drop(conn);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok(())
/// # }
/// ```
pub fn write_sqlite(path: &Path, reports: &[Report]) -> Result<(), OutputError> {
    // Replace the file a symlink points to, not the symlink itself.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let temp = TempFile::next_to(&target)?;
    if target.exists() {
        copy_database(&target, temp.path(), path)?;
    }
    fill(temp.path(), path, reports)?;
    // The new file would otherwise get default permissions, e.g. losing group write access
    // a team relies on.
    if let Ok(meta) = std::fs::metadata(&target) {
        std::fs::set_permissions(temp.path(), meta.permissions()).map_err(|e| OutputError::io_at(temp.path(), e))?;
    }
    std::fs::rename(temp.path(), &target).map_err(|e| OutputError::io_at(path, e))?;
    temp.keep();
    Ok(())
}

/// Copies the database at `from` into the not yet existing file `to`; `shown` is the user's
/// name for `from`, for messages.
fn copy_database(from: &Path, to: &Path, shown: &Path) -> Result<(), OutputError> {
    let sqlite_err = |source| OutputError::Sqlite { path: shown.to_path_buf(), source };
    let target = to.to_str().ok_or_else(|| OutputError::Database {
        path: to.to_path_buf(),
        message: "the directory's path is not valid UTF-8, which SQLite needs".to_string(),
    })?;
    let source = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(sqlite_err)?;
    // A plain file copy would miss changes still in a `-wal` file and could catch another
    // writer mid-transaction; VACUUM INTO reads a consistent snapshot.
    source.execute("VACUUM INTO ?1", [target]).map_err(sqlite_err)?;
    source.close().map_err(|(_, e)| sqlite_err(e))
}

/// Opens (or creates) the database at `db`, brings in the reports and closes it again.
/// `target` is the user's file name, for messages.
fn fill(db: &Path, target: &Path, reports: &[Report]) -> Result<(), OutputError> {
    let sqlite_err = |source| OutputError::Sqlite { path: target.to_path_buf(), source };
    let mut conn = Connection::open(db).map_err(sqlite_err)?;
    // Cascading deletes, which replacing a report relies on, only happen with this on.
    conn.pragma_update(None, "foreign_keys", true).map_err(sqlite_err)?;
    let tx = conn.transaction().map_err(sqlite_err)?;
    check_layout(&tx, target)?;
    tx.execute_batch(SCHEMA).map_err(sqlite_err)?;
    let meta = [
        ("db_schema_version", DB_SCHEMA_VERSION.to_string()),
        ("amounts", AMOUNTS_NOTE.to_string()),
        ("generator", format!("ambtsreizen {}", env!("CARGO_PKG_VERSION"))),
    ];
    for (key, value) in meta {
        tx.execute(
            "INSERT INTO _meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )
        .map_err(sqlite_err)?;
    }
    let loaded_at = DateTime::<Utc>::from(SystemTime::now()).to_rfc3339_opts(SecondsFormat::Secs, true);
    for report in reports {
        insert_report(&tx, report, &loaded_at).map_err(sqlite_err)?;
    }
    tx.commit().map_err(sqlite_err)?;
    conn.close().map_err(|(_, e)| sqlite_err(e))
}

/// Refuses files this version would corrupt: another tool's `reports` table, or a layout
/// version other than ours.
fn check_layout(tx: &Transaction<'_>, target: &Path) -> Result<(), OutputError> {
    let sqlite_err = |source| OutputError::Sqlite { path: target.to_path_buf(), source };
    let refuse = |message: String| OutputError::Database { path: target.to_path_buf(), message };
    let table_exists = |name: &str| -> Result<bool, OutputError> {
        tx.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", [name], |row| {
            row.get::<_, i64>(0)
        })
        .map(|n| n > 0)
        .map_err(sqlite_err)
    };
    if !table_exists("_meta")? {
        if table_exists("reports")? {
            return Err(refuse(
                "has a `reports` table but was not made by ambtsreizen; write to another file".to_string(),
            ));
        }
        return Ok(());
    }
    let version: Option<String> = tx
        .query_row("SELECT value FROM _meta WHERE key = 'db_schema_version'", [], |row| row.get(0))
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            other => Err(other),
        })
        .map_err(sqlite_err)?;
    match version {
        Some(v) if v == DB_SCHEMA_VERSION.to_string() => Ok(()),
        Some(v) => Err(refuse(format!(
            "has table layout version {v}, this ambtsreizen writes version \
             {DB_SCHEMA_VERSION}; write to a new file"
        ))),
        None => Err(refuse("has a _meta table without db_schema_version; write to a new file".to_string())),
    }
}

fn insert_report(tx: &Transaction<'_>, report: &Report, loaded_at: &str) -> rusqlite::Result<()> {
    // Cascades to trips, their children and the report's warnings.
    tx.execute("DELETE FROM reports WHERE sha256 = ?1", [&report.source.sha256])?;
    tx.execute(
        "INSERT INTO reports (sha256, file, title, year, page_count, schema_version, loaded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            report.source.sha256,
            report.source.file,
            report.report.title,
            report.report.year,
            report.source.page_count,
            report.schema_version,
            loaded_at,
        ],
    )?;
    let report_id = tx.last_insert_rowid();

    let mut insert_trip = tx.prepare_cached(
        "INSERT INTO trips (report_id, trip_id, position, title, destination, purpose,
             date_text, start_date, end_date, days, travel_and_accommodation_eur,
             other_costs_eur, total_eur, transport, transport_modes, co2_tonnes,
             co2_compensation_eur, table_cells, pages, description)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19, ?20)",
    )?;
    let mut insert_official = tx.prepare_cached(
        "INSERT INTO trip_officials (trip_pk, position, official, role, name, former)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut insert_country =
        tx.prepare_cached("INSERT INTO trip_countries (trip_pk, position, country) VALUES (?1, ?2, ?3)")?;
    let mut insert_place =
        tx.prepare_cached("INSERT INTO trip_places (trip_pk, position, place) VALUES (?1, ?2, ?3)")?;
    let mut insert_warning = tx.prepare_cached(
        "INSERT INTO warnings (report_id, trip_pk, position, code, message, page)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;

    for (position, warning) in (1u32..).zip(&report.warnings) {
        insert_warning.execute(params![
            report_id,
            None::<i64>,
            position,
            warning.code,
            warning.message,
            warning.page,
        ])?;
    }

    let decimal = |d: Option<rust_decimal::Decimal>| d.map(|d| d.to_string());
    for ((position, trip), row) in (1u32..).zip(&report.trips).zip(flat_rows(report)) {
        let table_cells = serde_json::to_string(&trip.table_cells)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        insert_trip.execute(params![
            report_id,
            trip.id,
            position,
            trip.title,
            trip.destination,
            trip.purpose,
            trip.date_text,
            trip.start_date.map(|d| d.to_string()),
            trip.end_date.map(|d| d.to_string()),
            trip.days,
            decimal(row.travel_and_accommodation_eur),
            decimal(row.other_costs_eur),
            decimal(row.total_eur),
            row.transport,
            row.transport_modes,
            decimal(row.co2_tonnes),
            decimal(row.co2_compensation_eur),
            table_cells,
            row.pages,
            trip.description,
        ])?;
        let trip_pk = tx.last_insert_rowid();
        for (position, official) in (1u32..).zip(&trip.officials) {
            insert_official.execute(params![
                trip_pk,
                position,
                official.to_string(),
                official.role.as_str(),
                official.name,
                official.former,
            ])?;
        }
        for (position, country) in (1u32..).zip(&trip.countries) {
            insert_country.execute(params![trip_pk, position, country])?;
        }
        for (position, place) in (1u32..).zip(&trip.places) {
            insert_place.execute(params![trip_pk, position, place])?;
        }
        for (position, warning) in (1u32..).zip(&trip.warnings) {
            insert_warning.execute(params![
                report_id,
                trip_pk,
                position,
                warning.code,
                warning.message,
                warning.page,
            ])?;
        }
    }
    Ok(())
}

/// A temporary file next to the target, removed on drop unless kept.
struct TempFile {
    path: PathBuf,
    keep: bool,
}

impl TempFile {
    /// A fresh, not yet existing name in `target`'s directory, so that the final rename
    /// stays on one file system (and is therefore atomic).
    fn next_to(target: &Path) -> Result<Self, OutputError> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = target.file_name().ok_or_else(|| OutputError::Database {
            path: target.to_path_buf(),
            message: "is not a file name".to_string(),
        })?;
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(".{}-{nanos}-{n}.tmp", std::process::id()));
        Ok(TempFile { path: dir.join(temp_name), keep: false })
    }

    fn path(&self) -> &Path {
        &self.path
    }

    fn keep(mut self) {
        self.keep = true;
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if self.keep {
            return;
        }
        // Best effort: the file may never have been created. SQLite removes its journal on
        // rollback, but a crash inside SQLite could leave one.
        let _ = std::fs::remove_file(&self.path);
        let mut journal = self.path.clone().into_os_string();
        journal.push("-journal");
        let _ = std::fs::remove_file(journal);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::CSV_COLUMNS;

    fn view_columns(conn: &Connection) -> rusqlite::Result<Vec<String>> {
        let mut stmt = conn.prepare("SELECT name FROM pragma_table_info('trips_flat')")?;
        let names = stmt.query_map([], |row| row.get(0))?;
        names.collect()
    }

    #[test]
    fn view_has_exactly_the_csv_columns() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        assert_eq!(view_columns(&conn).unwrap(), CSV_COLUMNS);
    }

    #[test]
    fn schema_can_be_applied_twice() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn.execute_batch(SCHEMA).unwrap();
    }

    #[test]
    fn temp_file_is_in_the_target_directory() {
        let t = TempFile::next_to(Path::new("/some/dir/reizen.db")).unwrap();
        assert_eq!(t.path().parent(), Some(Path::new("/some/dir")));
        let name = t.path().file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(".reizen.db.") && name.ends_with(".tmp"), "{name}");
        let t = TempFile::next_to(Path::new("reizen.db")).unwrap();
        assert_eq!(t.path().parent(), Some(Path::new(".")));
    }
}
