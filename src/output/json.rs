//! JSON output: one report gives one object, several give an array (`CONTRACT.md`).

use std::io::{BufWriter, Write};

use super::OutputError;
use crate::model::Report;

/// Writes the reports as pretty-printed JSON followed by a newline: one report as one object,
/// any other number of reports as an array.
///
/// Money and tonnes are exact JSON numbers: `326.64` prints `326.64` and `111.70` prints
/// `111.70` (never a binary float, never a string).
///
/// ```
/// use ambtsreizen::output::json::write_json;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let mut out = Vec::new();
/// write_json(&mut out, std::slice::from_ref(&report))?;
/// let text = String::from_utf8(out)?;
/// assert!(text.starts_with("{\n  \"schema_version\": 1,"));
/// assert!(text.contains("\"compensation_eur\": 326.64"));
/// # Ok(())
/// # }
/// ```
pub fn write_json<W: Write>(w: W, reports: &[Report]) -> Result<(), OutputError> {
    match reports {
        [one] => write_pretty(w, one),
        many => write_pretty(w, many),
    }
}

/// Like [`write_json`], but always an array, even for a single report.
///
/// For callers whose consumers must not see the shape change when one of several inputs
/// fails to extract.
pub fn write_json_array<W: Write>(w: W, reports: &[Report]) -> Result<(), OutputError> {
    write_pretty(w, reports)
}

fn write_pretty<W: Write, T: serde::Serialize + ?Sized>(w: W, value: &T) -> Result<(), OutputError> {
    // serde_json issues many small writes; buffer them in case `w` is raw stdout.
    let mut w = BufWriter::new(w);
    serde_json::to_writer_pretty(&mut w, value).map_err(|source| OutputError::Json { path: None, source })?;
    w.write_all(b"\n").map_err(OutputError::io)?;
    w.flush().map_err(OutputError::io)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Co2, Costs};
    use rust_decimal::Decimal;

    #[test]
    fn money_and_tonnes_are_exact_json_numbers() {
        // The contract's examples: not strings, not floats, scale kept.
        for text in ["326.64", "111.70", "1770", "0.07", "190.9"] {
            let d: Decimal = text.parse().unwrap();
            let costs = Costs { travel_and_accommodation: Some(d), other: None, total: Some(d) };
            assert_eq!(
                serde_json::to_string(&costs).unwrap(),
                format!(r#"{{"travel_and_accommodation":{text},"other":null,"total":{text}}}"#)
            );
            let co2 = Co2 { emissions_tonnes: Some(d), compensation_eur: Some(d) };
            assert_eq!(
                serde_json::to_string(&co2).unwrap(),
                format!(r#"{{"emissions_tonnes":{text},"compensation_eur":{text}}}"#)
            );
        }
    }

    #[test]
    fn empty_input_is_an_empty_array() {
        let mut out = Vec::new();
        write_json(&mut out, &[]).unwrap();
        assert_eq!(out, b"[]\n");
    }
}
