//! CSV output: one row per trip, the contract's columns ([`CSV_COLUMNS`]), in two dialects.

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use csv::{QuoteStyle, Terminator, WriterBuilder};

use super::{flat_rows, DecimalSeparator, OutputError, CSV_COLUMNS};
use crate::model::Report;

/// The UTF-8 byte order mark; Excel only reads a CSV file as UTF-8 when it starts with one.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How the CSV is spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// `rfc4180`: comma, decimal point, UTF-8 without BOM, LF line ends. For scripts.
    #[default]
    Rfc4180,
    /// `excel-nl`: semicolon, decimal comma, UTF-8 with BOM, CRLF line ends. Opens correctly
    /// in Dutch Excel by double-click.
    ExcelNl,
}

impl Dialect {
    /// The name used on the command line: `rfc4180` or `excel-nl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Rfc4180 => "rfc4180",
            Dialect::ExcelNl => "excel-nl",
        }
    }

    /// The field delimiter.
    pub fn delimiter(self) -> u8 {
        match self {
            Dialect::Rfc4180 => b',',
            // Dutch Excel uses the comma as decimal separator, so its list separator is `;`.
            Dialect::ExcelNl => b';',
        }
    }

    /// The decimal separator of number cells.
    pub fn decimal_separator(self) -> DecimalSeparator {
        match self {
            Dialect::Rfc4180 => DecimalSeparator::Point,
            Dialect::ExcelNl => DecimalSeparator::Comma,
        }
    }

    /// The record terminator.
    pub fn line_end(self) -> &'static str {
        match self {
            Dialect::Rfc4180 => "\n",
            Dialect::ExcelNl => "\r\n",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A dialect name that is neither `rfc4180` nor `excel-nl`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown CSV dialect {0:?}; use rfc4180 or excel-nl")]
pub struct UnknownDialect(pub String);

impl FromStr for Dialect {
    type Err = UnknownDialect;

    /// ```
    /// use ambtsreizen::output::csv::Dialect;
    /// assert_eq!("excel-nl".parse::<Dialect>(), Ok(Dialect::ExcelNl));
    /// assert!("excel".parse::<Dialect>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "rfc4180" => Ok(Dialect::Rfc4180),
            "excel-nl" => Ok(Dialect::ExcelNl),
            other => Err(UnknownDialect(other.to_string())),
        }
    }
}

/// Writes a header row and one row per trip of all `reports`, in the given dialect.
///
/// Quoting is left to the `csv` crate: a cell is quoted when it holds the delimiter, a quote
/// or a line break (the description keeps its `\n\n` paragraph breaks inside quotes).
/// Empty cell for null. Numbers have no thousands separators, so spreadsheets read them as
/// numbers.
///
/// ```
/// use ambtsreizen::output::csv::{write_csv, Dialect};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let mut out = Vec::new();
/// write_csv(&mut out, std::slice::from_ref(&report), Dialect::ExcelNl)?;
/// assert!(out.starts_with(b"\xEF\xBB\xBFid;report_year;start_date;"));
/// # Ok(())
/// # }
/// ```
pub fn write_csv<W: Write>(w: W, reports: &[Report], dialect: Dialect) -> Result<(), OutputError> {
    let mut writer = CsvWriter::new(w, dialect)?;
    for report in reports {
        writer.write_report(report)?;
    }
    writer.finish()
}

/// Writes the CSV report by report, for batches that must not hold every report at once.
/// The header (and the BOM of `excel-nl`) is written on creation.
///
/// ```
/// use ambtsreizen::output::csv::{CsvWriter, Dialect};
/// let mut w = CsvWriter::new(Vec::new(), Dialect::Rfc4180)?;
/// w.finish()?;
/// # Ok::<(), ambtsreizen::output::OutputError>(())
/// ```
pub struct CsvWriter<W: Write> {
    writer: csv::Writer<W>,
    dialect: Dialect,
}

impl<W: Write> CsvWriter<W> {
    /// Starts the CSV on `w`: BOM when the dialect wants one, then the header row.
    pub fn new(mut w: W, dialect: Dialect) -> Result<Self, OutputError> {
        if dialect == Dialect::ExcelNl {
            w.write_all(UTF8_BOM).map_err(OutputError::io)?;
        }
        let terminator = match dialect {
            Dialect::Rfc4180 => Terminator::Any(b'\n'),
            Dialect::ExcelNl => Terminator::CRLF,
        };
        let mut writer = WriterBuilder::new()
            .delimiter(dialect.delimiter())
            .terminator(terminator)
            .quote_style(QuoteStyle::Necessary)
            .from_writer(w);
        writer.write_record(CSV_COLUMNS).map_err(csv_error)?;
        Ok(CsvWriter { writer, dialect })
    }

    /// Writes one row per trip of `report`.
    pub fn write_report(&mut self, report: &Report) -> Result<(), OutputError> {
        for row in flat_rows(report) {
            self.writer.write_record(row.cells(self.dialect.decimal_separator())).map_err(csv_error)?;
        }
        Ok(())
    }

    /// Flushes everything written.
    pub fn finish(mut self) -> Result<(), OutputError> {
        self.writer.flush().map_err(OutputError::io)
    }
}

fn csv_error(source: csv::Error) -> OutputError {
    OutputError::Csv { path: None, source }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialect_names_round_trip() {
        for d in [Dialect::Rfc4180, Dialect::ExcelNl] {
            assert_eq!(d.as_str().parse::<Dialect>(), Ok(d));
            assert_eq!(d.to_string(), d.as_str());
        }
        assert_eq!(Dialect::default(), Dialect::Rfc4180);
    }

    #[test]
    fn no_reports_gives_just_the_header() {
        let mut out = Vec::new();
        write_csv(&mut out, &[], Dialect::Rfc4180).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), CSV_COLUMNS.join(",") + "\n");
    }

    #[test]
    fn write_errors_are_reported() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk full"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let err = write_csv(Full, &[], Dialect::ExcelNl).unwrap_err();
        assert!(err.to_string().contains("disk full"), "{err}");
    }
}
