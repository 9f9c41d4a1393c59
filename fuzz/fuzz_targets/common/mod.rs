//! What the fuzz targets share: their tightened limits, and the writer of the small PDFs
//! that the structure-aware targets wrap their input into.
#![allow(dead_code)] // each target uses what it needs

use std::time::Duration;

/// The options every target runs with: limits tightened so that they, not libFuzzer's
/// timeout, bound the work on a hostile input.
pub fn options() -> ambtsreizen::Options {
    ambtsreizen::Options {
        limits: ambtsreizen::Limits {
            max_time: Duration::from_secs(5),
            max_stream_bytes: 16 << 20,
            max_document_bytes: 64 << 20,
            ..Default::default()
        },
        provenance: true,
        ..Default::default()
    }
}

/// A PDF of `objects` (numbered from 1; object 1 is the catalog), with a cross-reference
/// table and a trailer naming `info` when given. `prefix` comes before `%PDF-`, and each
/// xref offset is moved by `offset_error` bytes (both for the repair paths).
pub fn write_pdf(objects: &[Vec<u8>], info: Option<usize>, prefix: &[u8], offset_error: usize) -> Vec<u8> {
    let mut out = prefix.to_vec();
    out.extend_from_slice(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len() + offset_error);
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    let info = info.map(|n| format!(" /Info {n} 0 R")).unwrap_or_default();
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

/// A stream object: its dictionary entries and data.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< {dict} >>\nstream\n").into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}
