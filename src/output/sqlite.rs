//! SQLite output: one database that keeps every year, ready for Datasette.
//!
//! Layout ([`SCHEMA`]): `reports` ← `trips` ← `trip_officials`, `trip_countries`,
//! `trip_places`; `people` ← `trip_officials.person_id` (one person through the roles they
//! held, by name); `warnings` belong to a report and, unless they are about the whole
//! document, to a trip. All child rows go with their parent (`ON DELETE CASCADE`), which is
//! how a report given again (same SHA-256) replaces the old one instead of doubling it.
//! The view `trips_flat` has exactly the CSV columns.
//!
//! Money and tonnes are numbers (NUMERIC columns: INTEGER when whole, REAL otherwise), so
//! that `ORDER BY total_eur DESC`, Datasette's sorting and facets and `sum()` work as a reader
//! expects; the exact printed text stays in `trips.table_cells`. A REAL holds every amount of
//! up to 15 significant digits exactly as printed when read back with that many digits.
//!
//! The layout has a version ([`DB_SCHEMA_VERSION`], in `_meta` and in `PRAGMA user_version`).
//! A file of an older version is migrated when it is written to (version 1 kept amounts as
//! TEXT; version 2 had no `people`; rows are converted, nothing is dropped); a newer one is
//! refused.
//!
//! Writing is atomic: the new database is built in a temporary file next to the target
//! (starting from a copy of the existing one) and renamed over it only when complete, so a
//! failed run leaves the old file as it was. A run that was killed leaves its temporary file
//! behind; the next write to the same file removes such files whose process is gone.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::SystemTime;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OpenFlags, Transaction};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{flat_rows, OutputError};
use crate::model::Report;

/// Version of the table layout, kept in `_meta` under `db_schema_version` and as `PRAGMA
/// user_version`. Older files are migrated when written to; newer ones are refused.
///
/// - 1: amounts and tonnes as decimal TEXT.
/// - 2: amounts and tonnes as numbers (NUMERIC: INTEGER when whole, REAL otherwise);
///   `reports.is_current` and the views `trips_current`, `trips_flat_current`.
/// - 3: `people` and `trip_officials.person_id`.
pub const DB_SCHEMA_VERSION: u32 = 3;

/// How amounts are stored, as written into `_meta` under `amounts` for people reading the file.
pub const AMOUNTS_NOTE: &str = "Money (columns ending in _eur) and co2_tonnes are numbers in euros and tonnes: \
INTEGER when whole (1770), REAL otherwise (326.64); NULL where the report prints none. They sort and sum as \
numbers; sums of REALs can be off by floating-point rounding in the last cent, so round(sum(x), 2) them or \
use `ambtsreizen summary` for exact totals. The cost-table cells exactly as printed are in trips.table_cells.";

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
    loaded_at TEXT NOT NULL,          -- UTC time this report was written into this file
    -- 1 for the edition of its year that counts (the one loaded last, unless loaded with
    -- --keep-current); the *_current views hold only these.
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1))
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
    -- Money (euros) and tonnes are numbers: INTEGER when whole (1770), REAL otherwise
    -- (326.64); NULL where the report prints none. As printed: table_cells.
    travel_and_accommodation_eur NUMERIC,
    other_costs_eur NUMERIC,
    total_eur NUMERIC,
    transport TEXT NOT NULL,          -- the transport cell as printed
    transport_modes TEXT NOT NULL,    -- joined with '; ': 'plane; train'
    co2_tonnes NUMERIC,
    co2_compensation_eur NUMERIC,
    table_cells TEXT NOT NULL,        -- JSON array of the five cost-table cells as printed
    pages TEXT NOT NULL,              -- joined with '; ': '4; 5'
    description TEXT NOT NULL,        -- paragraphs separated by a blank line
    UNIQUE (report_id, trip_id),
    UNIQUE (report_id, position)
);
CREATE TABLE IF NOT EXISTS people (
    -- One person through the roles they held: 'wethouder Karremans' and later 'voormalig
    -- wethouder Karremans' are one row. Found by name only (the report prints surnames), so
    -- two people with the same surname are one row too.
    person_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,               -- as first loaded: 'Karremans'
    name_key TEXT NOT NULL UNIQUE     -- the name with case and spacing ignored: 'karremans'
);
CREATE TABLE IF NOT EXISTS trip_officials (
    trip_pk INTEGER NOT NULL REFERENCES trips(trip_pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- 1-based, in printed order
    official TEXT NOT NULL,           -- 'wethouder Versnel', 'voormalig wethouder Karremans'
    role TEXT NOT NULL,               -- 'burgemeester' or 'wethouder'
    name TEXT NOT NULL,
    former INTEGER NOT NULL CHECK (former IN (0, 1)),
    person_id INTEGER REFERENCES people(person_id),  -- the person, across roles and years
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
"#;

/// Indexes on columns a migration adds, made after the migrations (a file being migrated
/// does not have the columns yet when [`SCHEMA`] runs).
const LATE_INDEXES: &str = "CREATE INDEX IF NOT EXISTS trip_officials_person ON trip_officials(person_id);";

/// The columns of `trips_flat` (exactly the CSV columns), selected from `trips t JOIN
/// reports r`; shared by `trips_flat` and `trips_flat_current`.
const FLAT_SELECT: &str = r#"
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
FROM trips t JOIN reports r ON r.report_id = t.report_id"#;

/// The views, dropped and made again on every write so that a file written by an older
/// version gets the current ones: `trips_flat` (every edition), and `trips_current` and
/// `trips_flat_current` (one edition per year, the current one: sums over them count each
/// trip once).
pub fn views() -> String {
    format!(
        "DROP VIEW IF EXISTS trips_flat;
CREATE VIEW trips_flat AS {FLAT_SELECT}
ORDER BY r.year, r.report_id, t.position;
DROP VIEW IF EXISTS trips_flat_current;
CREATE VIEW trips_flat_current AS {FLAT_SELECT}
WHERE r.is_current = 1
ORDER BY r.year, t.position;
DROP VIEW IF EXISTS trips_current;
CREATE VIEW trips_current AS
SELECT t.* FROM trips t JOIN reports r ON r.report_id = t.report_id
WHERE r.is_current = 1
ORDER BY r.year, t.position;
"
    )
}

/// Adds the reports to the SQLite database at `path`, creating it if needed.
///
/// Each report becomes the current edition of its year (`reports.is_current`), so of two
/// editions of a year the one written last counts in `trips_current` and
/// `trips_flat_current`; see [`SqliteWriter::set_keep_current`] for the other way.
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
    let mut writer = SqliteWriter::open(path)?;
    for report in reports {
        writer.add(report)?;
    }
    writer.finish()
}

/// Adds reports to a database one at a time, for batches that must not hold every report:
/// [`write_sqlite`] with the reports given one by one. Nothing reaches `path` until
/// [`finish`](Self::finish); dropping the writer without finishing leaves `path` as it was
/// and removes the temporary file.
///
/// ```
/// use ambtsreizen::output::sqlite::SqliteWriter;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let dir = std::env::temp_dir().join(format!("ambtsreizen-doc-w-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let mut writer = SqliteWriter::open(&dir.join("reizen.db"))?;
/// writer.add(&report)?;
/// writer.finish()?;
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok(())
/// # }
/// ```
pub struct SqliteWriter {
    // Declared before `temp`: the connection closes before the temporary file is removed.
    conn: Connection,
    temp: TempFile,
    target: PathBuf,
    shown: PathBuf,
    loaded_at: String,
    keep_current: bool,
}

impl SqliteWriter {
    /// Prepares the work copy of `path` (or a new database), with its layout brought up to
    /// date, and starts the transaction the reports go into.
    pub fn open(path: &Path) -> Result<Self, OutputError> {
        // Replace the file a symlink points to, not the symlink itself.
        let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        remove_stale_temp_files(&target);
        let temp = TempFile::next_to(&target)?;
        if target.exists() {
            copy_database(&target, temp.path(), path)?;
        }
        let conn = prepare(temp.path(), path)?;
        let loaded_at = DateTime::<Utc>::from(SystemTime::now()).to_rfc3339_opts(SecondsFormat::Secs, true);
        Ok(SqliteWriter { conn, temp, target, shown: path.to_path_buf(), loaded_at, keep_current: false })
    }

    /// With `true`, a report added does not take over from the current edition of its year
    /// (for loading an older edition into an archive); it becomes current only when its year
    /// has none. By default the report added last is the current one of its year.
    pub fn set_keep_current(&mut self, keep: bool) {
        self.keep_current = keep;
    }

    /// Adds one report, replacing a stored one with the same SHA-256.
    pub fn add(&mut self, report: &Report) -> Result<(), OutputError> {
        insert_report(&self.conn, report, &self.loaded_at, !self.keep_current).map_err(|source| self.sqlite_err(source))
    }

    /// Commits and puts the database in place of the target file.
    pub fn finish(self) -> Result<(), OutputError> {
        let SqliteWriter { conn, temp, target, shown, .. } = self;
        let sqlite_err = |source| OutputError::Sqlite { path: shown.clone(), source };
        // A person whose every trip went with a replaced report is no one's any more.
        conn.execute_batch(
            "DELETE FROM people WHERE person_id NOT IN
                 (SELECT person_id FROM trip_officials WHERE person_id IS NOT NULL)",
        )
        .map_err(sqlite_err)?;
        conn.execute_batch("COMMIT").map_err(sqlite_err)?;
        conn.close().map_err(|(_, e)| sqlite_err(e))?;
        // The new file would otherwise get default permissions, e.g. losing group write
        // access a team relies on.
        if let Ok(meta) = std::fs::metadata(&target) {
            std::fs::set_permissions(temp.path(), meta.permissions())
                .map_err(|e| OutputError::io_at(temp.path(), e))?;
        }
        std::fs::rename(temp.path(), &target).map_err(|e| OutputError::io_at(&shown, e))?;
        temp.keep();
        Ok(())
    }

    fn sqlite_err(&self, source: rusqlite::Error) -> OutputError {
        OutputError::Sqlite { path: self.shown.clone(), source }
    }
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

/// Opens (or creates) the database at `db`, brings its layout up to date and begins the
/// transaction the reports go into. `target` is the user's file name, for messages.
fn prepare(db: &Path, target: &Path) -> Result<Connection, OutputError> {
    let sqlite_err = |source| OutputError::Sqlite { path: target.to_path_buf(), source };
    let mut conn = Connection::open(db).map_err(sqlite_err)?;

    // Layout first, with foreign keys off: a migration rebuilds `trips`, and with them on,
    // dropping the old table would cascade into its children. (The bundled SQLite turns
    // them on by default, so they are turned off here, outside any transaction.)
    conn.pragma_update(None, "foreign_keys", false).map_err(sqlite_err)?;
    let tx = conn.transaction().map_err(sqlite_err)?;
    match stored_version(&tx, target)? {
        None => {}
        Some(1) => {
            migrate_from_v1(&tx).map_err(sqlite_err)?;
            migrate_from_v2(&tx).map_err(sqlite_err)?;
        }
        Some(2) => migrate_from_v2(&tx).map_err(sqlite_err)?,
        Some(DB_SCHEMA_VERSION) => {}
        Some(v) => {
            return Err(OutputError::Database {
                path: target.to_path_buf(),
                message: format!(
                    "has table layout version {v}, newer than the version {DB_SCHEMA_VERSION} this \
                     ambtsreizen writes; use a newer ambtsreizen or write to a new file"
                ),
            })
        }
    }
    tx.execute_batch(SCHEMA).map_err(sqlite_err)?;
    tx.execute_batch(LATE_INDEXES).map_err(sqlite_err)?;
    tx.execute_batch(&views()).map_err(sqlite_err)?;
    tx.pragma_update(None, "user_version", DB_SCHEMA_VERSION).map_err(sqlite_err)?;
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
    tx.commit().map_err(sqlite_err)?;

    // Cascading deletes, which replacing a report relies on, only happen with this on.
    conn.pragma_update(None, "foreign_keys", true).map_err(sqlite_err)?;
    conn.execute_batch("BEGIN").map_err(sqlite_err)?;
    Ok(conn)
}

/// The layout version of an existing ambtsreizen database, `None` for a new (empty) one.
/// Refuses files this version would corrupt: another tool's `reports` table, or a `_meta`
/// without a version.
fn stored_version(tx: &Transaction<'_>, target: &Path) -> Result<Option<u32>, OutputError> {
    let sqlite_err = |source| OutputError::Sqlite { path: target.to_path_buf(), source };
    let refuse = |message: &str| OutputError::Database { path: target.to_path_buf(), message: message.to_string() };
    let table_exists = |name: &str| -> Result<bool, OutputError> {
        tx.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", [name], |row| {
            row.get::<_, i64>(0)
        })
        .map(|n| n > 0)
        .map_err(sqlite_err)
    };
    if !table_exists("_meta")? {
        if table_exists("reports")? {
            return Err(refuse("has a `reports` table but was not made by ambtsreizen; write to another file"));
        }
        return Ok(None);
    }
    let version: Option<String> = tx
        .query_row("SELECT value FROM _meta WHERE key = 'db_schema_version'", [], |row| row.get(0))
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            other => Err(other),
        })
        .map_err(sqlite_err)?;
    match version {
        Some(v) => v
            .trim()
            .parse::<u32>()
            .map(Some)
            .map_err(|_| refuse(&format!("has an unreadable table layout version {v:?}; write to a new file"))),
        None => Err(refuse("has a _meta table without db_schema_version; write to a new file")),
    }
}

/// Version 1 → 2: amounts and tonnes from decimal TEXT to numbers, and `reports.is_current`
/// (the edition loaded last per year). SQLite cannot change a
/// column's type, so `trips` is rebuilt: its rows copied aside, the table made again from
/// [`SCHEMA`] and filled from the copy. The NUMERIC affinity turns `'1770'` into the
/// INTEGER 1770 and `'326.64'` into the REAL 326.64, exactly as a fresh write would store them.
/// Runs with foreign keys off, inside the caller's transaction (on the temporary copy), so a
/// failure leaves the user's file as it was.
fn migrate_from_v1(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    // The old rows go aside into a temporary copy, not a renamed table: renaming `trips`
    // would rewrite or break what refers to it by name.
    tx.execute_batch(
        "DROP VIEW IF EXISTS trips_flat;
         CREATE TEMP TABLE trips_v1 AS SELECT * FROM main.trips;
         DROP TABLE main.trips;",
    )?;
    tx.execute_batch(SCHEMA)?;
    let columns = "trip_pk, report_id, trip_id, position, title, destination, purpose, date_text, \
                   start_date, end_date, days, travel_and_accommodation_eur, other_costs_eur, total_eur, \
                   transport, transport_modes, co2_tonnes, co2_compensation_eur, table_cells, pages, description";
    tx.execute_batch(&format!(
        "INSERT INTO main.trips ({columns}) SELECT {columns} FROM temp.trips_v1;
         DROP TABLE temp.trips_v1;"
    ))?;
    // Editions: the one loaded last per year becomes current.
    tx.execute_batch(
        "ALTER TABLE reports ADD COLUMN is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1));
         UPDATE reports SET is_current = (report_id = (SELECT r2.report_id FROM reports r2
             WHERE r2.year = reports.year ORDER BY r2.loaded_at DESC, r2.report_id DESC LIMIT 1));",
    )?;
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| row.get(0))?;
    if broken > 0 {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
            Some(format!("migrating from layout version 1 left {broken} rows without their parent")),
        ));
    }
    Ok(())
}

/// Version 2 → 3: the `people` table and `trip_officials.person_id`, filled for every
/// official already stored. Runs inside the caller's transaction, on the temporary copy.
fn migrate_from_v2(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(SCHEMA)?;
    let has_column: i64 =
        tx.query_row("SELECT count(*) FROM pragma_table_info('trip_officials') WHERE name = 'person_id'", [], |row| {
            row.get(0)
        })?;
    if has_column == 0 {
        tx.execute_batch("ALTER TABLE trip_officials ADD COLUMN person_id INTEGER REFERENCES people(person_id);")?;
    }
    let rows: Vec<(i64, i64, String)> = {
        let mut stmt = tx.prepare(
            "SELECT trip_pk, position, name FROM trip_officials WHERE person_id IS NULL ORDER BY trip_pk, position",
        )?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (trip_pk, position, name) in rows {
        let person_id = person_id(tx, &name)?;
        tx.execute(
            "UPDATE trip_officials SET person_id = ?1 WHERE trip_pk = ?2 AND position = ?3",
            params![person_id, trip_pk, position],
        )?;
    }
    Ok(())
}

/// The `people` row for the official named `name`, made when there is none; `None` for an
/// empty name.
fn person_id(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    let key = super::summary::person_key(name);
    if key.is_empty() {
        return Ok(None);
    }
    let shown = name.split_whitespace().collect::<Vec<_>>().join(" ");
    conn.prepare_cached("INSERT INTO people (name, name_key) VALUES (?1, ?2) ON CONFLICT (name_key) DO NOTHING")?
        .execute(params![shown, key])?;
    conn.prepare_cached("SELECT person_id FROM people WHERE name_key = ?1")?
        .query_row([key], |row| row.get(0))
        .map(Some)
}

/// An amount or tonnage as SQLite stores it: INTEGER when whole, REAL otherwise.
fn number(d: Decimal) -> Value {
    if d.fract().is_zero() {
        if let Some(n) = d.trunc().to_i64() {
            return Value::Integer(n);
        }
    }
    // `to_f64` rounds to the nearest double, the same value SQLite gives the decimal text.
    match d.to_f64() {
        Some(f) => Value::Real(f),
        None => Value::Text(d.to_string()),
    }
}

fn insert_report(tx: &Connection, report: &Report, loaded_at: &str, make_current: bool) -> rusqlite::Result<()> {
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
    if make_current {
        tx.execute(
            "UPDATE reports SET is_current = (report_id = ?1) WHERE year = ?2",
            params![report_id, report.report.year],
        )?;
    } else {
        tx.execute(
            "UPDATE reports SET is_current = 1 WHERE report_id = ?1
             AND NOT EXISTS (SELECT 1 FROM reports WHERE year = ?2 AND is_current = 1)",
            params![report_id, report.report.year],
        )?;
    }

    let mut insert_trip = tx.prepare_cached(
        "INSERT INTO trips (report_id, trip_id, position, title, destination, purpose,
             date_text, start_date, end_date, days, travel_and_accommodation_eur,
             other_costs_eur, total_eur, transport, transport_modes, co2_tonnes,
             co2_compensation_eur, table_cells, pages, description)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19, ?20)",
    )?;
    let mut insert_official = tx.prepare_cached(
        "INSERT INTO trip_officials (trip_pk, position, official, role, name, former, person_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
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

    let decimal = |d: Option<Decimal>| d.map(number).unwrap_or(Value::Null);
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
                person_id(tx, &official.name)?,
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

/// Removes the temporary files a killed run writing `target` left beside it
/// (`.NAME.<pid>-<time>-<n>.tmp` and its `-journal`), when the process that made them is gone.
/// Best effort: a file that cannot be removed is left.
fn remove_stale_temp_files(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else { return };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&prefix) else { continue };
        let Some(stem) = rest.strip_suffix(".tmp").or_else(|| rest.strip_suffix(".tmp-journal")) else { continue };
        // <pid>-<nanos>-<n>, all digits: nothing else is taken for ours.
        let parts: Vec<&str> = stem.split('-').collect();
        if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            continue;
        }
        let Ok(pid) = parts[0].parse::<u32>() else { continue };
        if process_is_gone(pid, &entry.path()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the process `pid` that made the temporary file `path` has ended. Where `/proc`
/// shows processes (Linux), by its entry there; elsewhere a file untouched for a day is taken
/// to be left over.
fn process_is_gone(pid: u32, path: &Path) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return !proc.join(pid.to_string()).exists();
    }
    let age = std::fs::metadata(path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_some_and(|a| a > std::time::Duration::from_secs(24 * 60 * 60))
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
        conn.execute_batch(&views()).unwrap();
        assert_eq!(view_columns(&conn).unwrap(), CSV_COLUMNS);
    }

    #[test]
    fn schema_can_be_applied_twice() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn.execute_batch(&views()).unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn.execute_batch(&views()).unwrap();
    }

    #[test]
    fn amounts_are_integer_when_whole_and_real_otherwise() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(number(d("1770")), Value::Integer(1770));
        assert_eq!(number(d("6.00")), Value::Integer(6));
        assert_eq!(number(d("-3")), Value::Integer(-3));
        assert_eq!(number(d("326.64")), Value::Real(326.64));
        assert_eq!(number(d("111.70")), Value::Real(111.7));
        assert_eq!(number(d("0.07")), Value::Real(0.07));
    }

    #[test]
    fn stale_temp_files_of_ended_processes_are_removed() {
        let dir = std::env::temp_dir().join(format!("ambtsreizen-stale-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // No process has a pid this large (Linux caps them at 2^22).
        let dead = ".reizen.db.4294967290-123-0.tmp";
        let dead_journal = ".reizen.db.4294967290-123-0.tmp-journal";
        let ours = format!(".reizen.db.{}-5-1.tmp", std::process::id());
        let other_db = ".ander.db.4294967290-123-0.tmp";
        let not_ours = ".reizen.db.notes.tmp";
        for name in [dead, dead_journal, ours.as_str(), other_db, not_ours, "reizen.db"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        remove_stale_temp_files(&dir.join("reizen.db"));
        let mut left: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        left.sort();
        let mut want = vec![other_db.to_string(), ours.clone(), not_ours.to_string(), "reizen.db".to_string()];
        want.sort();
        if Path::new("/proc/self").exists() {
            assert_eq!(left, want);
        }
        std::fs::remove_dir_all(&dir).unwrap();
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
