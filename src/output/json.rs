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

/// Writes reports one at a time as a pretty-printed JSON array, byte for byte what
/// [`write_json_array`] gives for all of them at once, so that a batch of any size never has
/// to hold more than one report.
///
/// ```
/// use ambtsreizen::output::json::{write_json_array, JsonArrayWriter};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let mut streamed = JsonArrayWriter::new(Vec::new());
/// streamed.push(&report)?;
/// streamed.push(&report)?;
/// let mut at_once = Vec::new();
/// write_json_array(&mut at_once, &[report.clone(), report])?;
/// assert_eq!(streamed.finish()?, at_once);
/// # Ok(())
/// # }
/// ```
pub struct JsonArrayWriter<W: Write> {
    w: BufWriter<W>,
    count: usize,
}

impl<W: Write> JsonArrayWriter<W> {
    /// Starts an array on `w`; nothing is written until the first report or [`finish`](Self::finish).
    pub fn new(w: W) -> Self {
        JsonArrayWriter { w: BufWriter::new(w), count: 0 }
    }

    /// Writes one more element.
    pub fn push(&mut self, report: &Report) -> Result<(), OutputError> {
        let text = serde_json::to_string_pretty(report).map_err(|source| OutputError::Json { path: None, source })?;
        let opening: &[u8] = if self.count == 0 { b"[\n  " } else { b",\n  " };
        self.w.write_all(opening).map_err(OutputError::io)?;
        // Pretty JSON has no raw line breaks inside strings, so indenting every line break
        // nests the object one level, as serde_json does for an array's elements.
        let mut lines = text.split('\n');
        if let Some(first) = lines.next() {
            self.w.write_all(first.as_bytes()).map_err(OutputError::io)?;
        }
        for line in lines {
            self.w.write_all(b"\n  ").map_err(OutputError::io)?;
            self.w.write_all(line.as_bytes()).map_err(OutputError::io)?;
        }
        self.count += 1;
        Ok(())
    }

    /// Closes the array and flushes; gives back the writer.
    pub fn finish(mut self) -> Result<W, OutputError> {
        let closing: &[u8] = if self.count == 0 { b"[]\n" } else { b"\n]\n" };
        self.w.write_all(closing).map_err(OutputError::io)?;
        self.w.into_inner().map_err(|e| OutputError::io(e.into_error()))
    }
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
    fn streamed_array_is_what_serde_json_writes() {
        let report = |file: &str| Report {
            schema_version: crate::model::SCHEMA_VERSION,
            source: crate::model::Source { file: file.into(), sha256: "ab".into(), page_count: 2 },
            report: crate::model::ReportMeta { title: "t \"q\"\nx".into(), year: 2024, layout: Default::default() },
            trips: vec![],
            warnings: vec![],
        };
        let reports = [report("a.pdf"), report("b.pdf"), report("c.pdf")];
        for n in 0..=3 {
            let mut w = JsonArrayWriter::new(Vec::new());
            for r in &reports[..n] {
                w.push(r).unwrap();
            }
            let mut want = Vec::new();
            write_json_array(&mut want, &reports[..n]).unwrap();
            assert_eq!(String::from_utf8(w.finish().unwrap()).unwrap(), String::from_utf8(want).unwrap(), "{n}");
        }
    }

    #[test]
    fn empty_input_is_an_empty_array() {
        let mut out = Vec::new();
        write_json(&mut out, &[]).unwrap();
        assert_eq!(out, b"[]\n");
    }
}
