//! Writing [`Report`]s in the formats of the contract (`CONTRACT.md`): JSON, JSON Lines, CSV,
//! SQLite, a Frictionless Data Package, and summaries with totals (as text, JSON or one HTML page).
//!
//! The CSV row ([`FlatRow`]) is built here once and shared: the CSV writer prints it, the
//! SQLite writer stores its joined lists so that the `trips_flat` view shows the same text, and
//! the data package's `trips.csv` is the CSV writer's output.

pub mod csv;
pub mod datapackage;
pub mod datasette;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod sqlite;
pub mod summary;

use std::fmt::Display;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::model::Report;

/// The CSV columns of the contract, in order. The SQLite view `trips_flat` and the data
/// package's `trips.csv` have exactly these columns too.
///
/// ```
/// use ambtsreizen::output::CSV_COLUMNS;
/// assert_eq!(CSV_COLUMNS[0], "id");
/// assert_eq!(CSV_COLUMNS[20], "source_file");
/// ```
pub const CSV_COLUMNS: [&str; 21] = [
    "id",
    "report_year",
    "start_date",
    "end_date",
    "days",
    "officials",
    "destination",
    "places",
    "countries",
    "purpose",
    "travel_and_accommodation_eur",
    "other_costs_eur",
    "total_eur",
    "transport",
    "transport_modes",
    "co2_tonnes",
    "co2_compensation_eur",
    "pages",
    "warnings",
    "description",
    "source_file",
];

/// How lists are joined in a single cell: `wethouder Versnel; wethouder Buijt`, pages `4; 5`.
pub const LIST_SEPARATOR: &str = "; ";

/// Which character separates the integer and fractional part of a number in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalSeparator {
    /// `326.64` — RFC 4180 CSV, SQLite, the data package.
    Point,
    /// `326,64` — what Dutch Excel reads as a number.
    Comma,
}

/// One trip as one row of the contract's CSV columns ([`CSV_COLUMNS`]), typed.
///
/// Lists are already joined with [`LIST_SEPARATOR`]; numbers stay typed so that each output
/// can print them its own way (decimal point or comma, SQL `NULL`).
#[derive(Debug, Clone, PartialEq)]
pub struct FlatRow {
    /// `"2024-01"`.
    pub id: String,
    /// Year the report covers.
    pub report_year: i32,
    /// First day of the trip.
    pub start_date: Option<NaiveDate>,
    /// Last day of the trip.
    pub end_date: Option<NaiveDate>,
    /// Inclusive number of days.
    pub days: Option<u32>,
    /// `wethouder Versnel; wethouder Buijt`, `voormalig wethouder Karremans`.
    pub officials: String,
    /// Destination as printed.
    pub destination: String,
    /// Places joined: `Rio Grande; São Paulo; Fortaleza`.
    pub places: String,
    /// ISO country codes joined: `NA; ZA`.
    pub countries: String,
    /// Purpose of the trip.
    pub purpose: String,
    /// Travel and accommodation in euros.
    pub travel_and_accommodation_eur: Option<Decimal>,
    /// Other costs in euros.
    pub other_costs_eur: Option<Decimal>,
    /// Total costs in euros.
    pub total_eur: Option<Decimal>,
    /// Transport cell as printed.
    pub transport: String,
    /// Transport modes joined: `plane; train`.
    pub transport_modes: String,
    /// CO₂ emissions in tonnes.
    pub co2_tonnes: Option<Decimal>,
    /// CO₂ compensation in euros.
    pub co2_compensation_eur: Option<Decimal>,
    /// Pages joined: `4; 5`.
    pub pages: String,
    /// Codes of the trip's warnings joined: `co2_compensation_ratio`.
    pub warnings: String,
    /// Body text, paragraphs separated by `\n\n`.
    pub description: String,
    /// File name of the PDF.
    pub source_file: String,
}

impl FlatRow {
    /// The row's cells as text, in [`CSV_COLUMNS`] order; `None` becomes an empty cell.
    ///
    /// Numbers are printed exactly, without thousands separators (so that spreadsheet
    /// programs read them as numbers), with the given decimal separator.
    ///
    /// ```
    /// use ambtsreizen::output::{flat_rows, DecimalSeparator};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
    /// let rows = flat_rows(&report);
    /// let miami = rows.iter().find(|r| r.destination == "Miami, VS").expect("Miami");
    /// let cells = miami.cells(DecimalSeparator::Comma);
    /// assert_eq!(cells[15], "24,6");
    /// assert_eq!(cells[16], "344,64");
    /// assert_eq!(miami.cells(DecimalSeparator::Point)[16], "344.64");
    /// # Ok(())
    /// # }
    /// ```
    pub fn cells(&self, separator: DecimalSeparator) -> [String; 21] {
        let num = |d: &Option<Decimal>| d.map(|d| format_decimal(d, separator)).unwrap_or_default();
        let opt = |v: Option<String>| v.unwrap_or_default();
        [
            self.id.clone(),
            self.report_year.to_string(),
            opt(self.start_date.map(|d| d.to_string())),
            opt(self.end_date.map(|d| d.to_string())),
            opt(self.days.map(|d| d.to_string())),
            self.officials.clone(),
            self.destination.clone(),
            self.places.clone(),
            self.countries.clone(),
            self.purpose.clone(),
            num(&self.travel_and_accommodation_eur),
            num(&self.other_costs_eur),
            num(&self.total_eur),
            self.transport.clone(),
            self.transport_modes.clone(),
            num(&self.co2_tonnes),
            num(&self.co2_compensation_eur),
            self.pages.clone(),
            self.warnings.clone(),
            self.description.clone(),
            self.source_file.clone(),
        ]
    }
}

/// The flat rows of one report, one per trip, in reading order.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let rows = ambtsreizen::output::flat_rows(&report);
/// assert_eq!(rows.len(), report.trips.len());
/// let two = rows.iter().find(|r| r.officials.contains("Buijt")).expect("a trip by Buijt");
/// assert_eq!(two.officials, "wethouder Versnel; wethouder Buijt");
/// # Ok(())
/// # }
/// ```
pub fn flat_rows(report: &Report) -> Vec<FlatRow> {
    report
        .trips
        .iter()
        .map(|trip| FlatRow {
            id: trip.id.clone(),
            report_year: report.report.year,
            start_date: trip.start_date,
            end_date: trip.end_date,
            days: trip.days,
            officials: join_list(&trip.officials),
            destination: trip.destination.clone(),
            places: join_list(&trip.places),
            countries: join_list(&trip.countries),
            purpose: trip.purpose.clone(),
            travel_and_accommodation_eur: trip.costs.travel_and_accommodation,
            other_costs_eur: trip.costs.other,
            total_eur: trip.costs.total,
            transport: trip.transport.text.clone(),
            transport_modes: join_list(trip.transport.modes.iter().map(|m| m.as_str())),
            co2_tonnes: trip.co2.emissions_tonnes,
            co2_compensation_eur: trip.co2.compensation_eur,
            pages: join_list(&trip.pages),
            warnings: join_list(trip.warnings.iter().map(|w| &w.code)),
            description: trip.description.clone(),
            source_file: report.source.file.clone(),
        })
        .collect()
}

/// Joins items with [`LIST_SEPARATOR`]; an empty list gives an empty string.
///
/// ```
/// assert_eq!(ambtsreizen::output::join_list([4, 5]), "4; 5");
/// assert_eq!(ambtsreizen::output::join_list(Vec::<u32>::new()), "");
/// ```
pub fn join_list<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(LIST_SEPARATOR);
        }
        out.push_str(&item.to_string());
    }
    out
}

/// Prints a decimal exactly, keeping its scale (`111.70` stays `111.70`), with no thousands
/// separators.
///
/// ```
/// use ambtsreizen::output::{format_decimal, DecimalSeparator};
/// use rust_decimal::Decimal;
/// let d: Decimal = "326.64".parse().unwrap();
/// assert_eq!(format_decimal(d, DecimalSeparator::Comma), "326,64");
/// assert_eq!(format_decimal(Decimal::from(1770), DecimalSeparator::Comma), "1770");
/// ```
pub fn format_decimal(d: Decimal, separator: DecimalSeparator) -> String {
    // `Decimal`'s Display never uses exponents or grouping, so swapping the one point is exact.
    let text = d.to_string();
    match separator {
        DecimalSeparator::Point => text,
        DecimalSeparator::Comma => text.replace('.', ","),
    }
}

/// What went wrong while writing output, and where when a file is involved.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// Reading or writing a file or stream failed.
    #[error("{}{source}", at(.path))]
    Io {
        /// The file, when writing to one (not for stdout or an in-memory writer).
        path: Option<PathBuf>,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The CSV writer failed (usually an I/O error underneath).
    #[error("{}writing CSV failed: {source}", at(.path))]
    Csv {
        /// The file, when writing to one.
        path: Option<PathBuf>,
        /// The underlying error.
        source: ::csv::Error,
    },
    /// SQLite refused an operation.
    #[error("{}: SQLite: {source}", .path.display())]
    Sqlite {
        /// The database file being written.
        path: PathBuf,
        /// The underlying error.
        source: rusqlite::Error,
    },
    /// Serializing JSON failed (usually an I/O error underneath).
    #[error("{}writing JSON failed: {source}", at(.path))]
    Json {
        /// The file, when writing to one.
        path: Option<PathBuf>,
        /// The underlying error.
        source: serde_json::Error,
    },
    /// The existing SQLite file is not one this version can add to.
    #[error("{}: {message}", .path.display())]
    Database {
        /// The database file.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
    /// Two trips in one data package have the same `id`, which is its primary key.
    #[error("trip id {id} occurs in more than one report; a data package takes one report per year")]
    DuplicateTripId {
        /// The repeated id.
        id: String,
    },
}

impl OutputError {
    /// Whether the reader of stdout went away (`ambtsreizen extract … | head`): not an
    /// error worth reporting, the way command-line tools treat it.
    pub fn is_broken_pipe(&self) -> bool {
        let kind = match self {
            OutputError::Io { source, .. } => Some(source.kind()),
            OutputError::Csv { source, .. } => match source.kind() {
                ::csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            },
            OutputError::Json { source, .. } => source.io_error_kind(),
            _ => None,
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    }
}

/// `"<path>: "` or nothing, for error messages.
fn at(path: &Option<PathBuf>) -> String {
    path.as_ref().map(|p| format!("{}: ", p.display())).unwrap_or_default()
}

impl OutputError {
    /// An I/O error on a stream (no file name known here; the caller knows it).
    pub(crate) fn io(source: std::io::Error) -> Self {
        OutputError::Io { path: None, source }
    }

    /// An I/O error on a file.
    pub(crate) fn io_at(path: &Path, source: std::io::Error) -> Self {
        OutputError::Io { path: Some(path.to_path_buf()), source }
    }

    /// Attaches a file name to an error from a stream writer, when it has none yet.
    pub(crate) fn with_path(self, file: &Path) -> Self {
        let file = Some(file.to_path_buf());
        match self {
            OutputError::Io { path: None, source } => OutputError::Io { path: file, source },
            OutputError::Csv { path: None, source } => OutputError::Csv { path: file, source },
            OutputError::Json { path: None, source } => OutputError::Json { path: file, source },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_keeps_scale_and_sign() {
        let d: Decimal = "111.70".parse().unwrap();
        assert_eq!(format_decimal(d, DecimalSeparator::Point), "111.70");
        assert_eq!(format_decimal(d, DecimalSeparator::Comma), "111,70");
        let big: Decimal = "-12345678.5".parse().unwrap();
        assert_eq!(format_decimal(big, DecimalSeparator::Comma), "-12345678,5");
    }

    #[test]
    fn error_messages_name_the_file() {
        let e = OutputError::io(std::io::Error::other("disk full")).with_path(Path::new("x.csv"));
        assert_eq!(e.to_string(), "x.csv: disk full");
        let e = OutputError::io(std::io::Error::other("broken pipe"));
        assert_eq!(e.to_string(), "broken pipe");
    }
}
