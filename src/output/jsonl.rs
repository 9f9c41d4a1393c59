//! JSON Lines output: one trip per line, with `report_year` and `source_file` added.

use std::io::{BufWriter, Write};

use serde::Serialize;

use super::OutputError;
use crate::model::{Report, Trip};

/// A trip with the two report-level fields a line needs to stand on its own.
#[derive(Serialize)]
struct TripLine<'a> {
    report_year: i32,
    source_file: &'a str,
    #[serde(flatten)]
    trip: &'a Trip,
}

/// Writes one compact JSON object per trip of all `reports`, each followed by `\n`.
///
/// Each object is the contract's TRIP with `report_year` and `source_file` added in front,
/// so lines from several reports can be mixed and still be told apart.
///
/// ```
/// use ambtsreizen::output::jsonl::write_jsonl;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let mut out = Vec::new();
/// write_jsonl(&mut out, std::slice::from_ref(&report))?;
/// let first = String::from_utf8(out)?.lines().next().unwrap_or_default().to_string();
/// assert!(first.starts_with(r#"{"report_year":2024,"source_file":"buitenlandse-ambtsreizen-2024.pdf","id":"2024-01","#));
/// # Ok(())
/// # }
/// ```
pub fn write_jsonl<W: Write>(w: W, reports: &[Report]) -> Result<(), OutputError> {
    let mut w = BufWriter::new(w);
    for report in reports {
        write_report_lines(&mut w, report)?;
    }
    w.flush().map_err(OutputError::io)
}

/// Writes the lines of one report, for callers that write a batch report by report.
/// `w` should be buffered.
pub fn write_report_lines<W: Write>(mut w: W, report: &Report) -> Result<(), OutputError> {
    for trip in &report.trips {
        let line = TripLine { report_year: report.report.year, source_file: &report.source.file, trip };
        serde_json::to_writer(&mut w, &line).map_err(|source| OutputError::Json { path: None, source })?;
        w.write_all(b"\n").map_err(OutputError::io)?;
    }
    Ok(())
}
