//! ambtsreizen: exact, checked records from Rotterdam's yearly report
//! *Buitenlandse ambtsreizen* (foreign official trips of the mayor and aldermen).
//!
//! The work is a pipeline of stages, each a module with typed data between them:
//!
//! ```text
//! PDF bytes ──pdf──▶ glyphs per page ──layout──▶ lines, tables, reading order
//!           ──report::sections──▶ trip sections ──report──▶ fields ──validate──▶ Report
//! ```
//!
//! ```no_run
//! let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
//! for trip in &report.trips {
//!     println!("{} {} {:?}", trip.id, trip.destination, trip.costs.total);
//! }
//! # Ok::<(), ambtsreizen::Error>(())
//! ```

// Input-derived data must never panic the library: failures become errors or warnings.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![warn(missing_docs)]

pub mod batch;
mod contain;
pub mod diff;
pub mod error;
pub mod inspect;
pub mod layout;
pub mod model;
pub mod ocr;
pub mod output;
pub mod pdf;
pub mod report;
mod scan;
pub mod validate;

use std::path::Path;

use sha2::{Digest, Sha256};

pub use error::{Error, ErrorKind};
pub use model::{Report, Trip, Warning, SCHEMA_VERSION};
pub use pdf::Limits;

/// Options for an extraction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Resource limits.
    pub limits: Limits,
    /// Keep per-field provenance (page and bounding box) in the records.
    pub provenance: bool,
    /// Tolerances of the layout stage.
    pub layout: layout::Settings,
    /// When the PDF has no usable text layer, run a locally installed `ocrmypdf` (or
    /// `tesseract`) over it and read the result ([`ocr`]); nothing is downloaded, and
    /// without either program the error stays what it is.
    pub ocr: bool,
}

/// Extracts the records of a report PDF on disk, with default options.
pub fn extract_path(path: impl AsRef<Path>) -> Result<Report, Error> {
    extract_path_with(path, &Options::default())
}

/// Extracts the records of a report PDF on disk.
pub fn extract_path_with(path: impl AsRef<Path>, options: &Options) -> Result<Report, Error> {
    let path = path.as_ref();
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::new(&shown, e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| shown.clone());
    extract_bytes_with(&bytes, &name, options).map_err(|mut e| {
        e.file = shown;
        e
    })
}

/// Extracts the records of a report from its bytes; `file_name` goes into `source.file`.
pub fn extract_bytes(bytes: &[u8], file_name: &str) -> Result<Report, Error> {
    extract_bytes_with(bytes, file_name, &Options::default())
}

/// Extracts the records of a report from its bytes, with options.
pub fn extract_bytes_with(bytes: &[u8], file_name: &str, options: &Options) -> Result<Report, Error> {
    // Dependencies parse hostile input; a panic in one must become an error for this
    // file, never a crash of the batch. The hook is silenced so nothing reaches stderr.
    let result = contain::silent_catch_unwind(|| extract_inner(bytes, file_name, options));
    match result {
        Ok(r) => r,
        Err(msg) => Err(Error::new(file_name, ErrorKind::Panic(msg))),
    }
}

fn extract_inner(bytes: &[u8], file_name: &str, options: &Options) -> Result<Report, Error> {
    analyse(bytes, file_name, options).map(|a| a.report)
}

/// Every stage's output for one document, for `inspect` and tests of the stages.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The document after the layout stage.
    pub document: layout::Document,
    /// The document cut into title, intro and trips.
    pub sections: report::sections::Sections,
    /// The records.
    pub report: Report,
}

/// Runs the whole pipeline and keeps every stage's output.
pub fn analyse(bytes: &[u8], file_name: &str, options: &Options) -> Result<Analysis, Error> {
    let analysis = analyse_layout(bytes, file_name, options)?;
    if analysis.report.trips.is_empty() {
        return Err(Error::new(file_name, ErrorKind::NoTrips));
    }
    Ok(analysis)
}

/// Runs the whole pipeline and keeps every stage's output, also when no trips are found
/// (for `inspect`, which shows the layout exactly then). Fails only where there is no
/// layout to show: an unreadable file, or no text (with `--ocr`, after OCR too).
pub fn analyse_layout(bytes: &[u8], file_name: &str, options: &Options) -> Result<Analysis, Error> {
    let result = analyse_text_layer(bytes, file_name, options);
    let Err(error) = &result else { return result };
    if !options.ocr || !matches!(error.kind, ErrorKind::NoText | ErrorKind::Undecodable(_)) {
        return result;
    }
    let Some(tool) = ocr::available() else { return result };
    let scanned = ocr::ocr_pdf(bytes, tool).map_err(|m| Error::new(file_name, ErrorKind::Ocr(m)))?;
    let mut analysis = analyse_text_layer(&scanned, file_name, options).map_err(|e| match e.kind {
        ErrorKind::NoText => {
            Error::new(file_name, ErrorKind::Ocr(format!("{} found no text on any page", tool.name())))
        }
        _ => e,
    })?;
    // The records are of the user's file, whatever was read to get them.
    analysis.report.source.sha256 = hex(&Sha256::digest(bytes));
    let note = format!("; the file had no text layer and was read through {} (--ocr)", tool.name());
    match analysis.report.warnings.iter_mut().find(|w| w.code == "ocr_text") {
        Some(w) => w.message.push_str(&note),
        None => analysis
            .report
            .warnings
            .insert(0, Warning::new("ocr_text", format!("the text was read by OCR{note}"), None)),
    }
    Ok(analysis)
}

/// The pipeline over the PDF's own text layer.
fn analyse_text_layer(bytes: &[u8], file_name: &str, options: &Options) -> Result<Analysis, Error> {
    let fail = |kind: ErrorKind| Error::new(file_name, kind);
    let doc = pdf::PdfDocument::open(bytes, &options.limits).map_err(|e| fail(e.into()))?;
    let pages = doc.pages().map_err(|e| fail(e.into()))?;
    if pages.iter().all(|p| p.glyphs.iter().all(|g| g.text.trim().is_empty())) {
        let fonts = pdf::undecodable_fonts(&pages);
        return Err(fail(if fonts.is_empty() { ErrorKind::NoText } else { ErrorKind::Undecodable(fonts.join(", ")) }));
    }
    // Whether the text is OCR decides how leniently the layout and report stages read.
    let ocr = ocr_warning(&pages, doc.ocr_producer());
    let settings = layout::Settings { ocr_text: options.layout.ocr_text || ocr.is_some(), ..options.layout.clone() };
    let document = layout::analyse(&pages, &report::lexicon::DUTCH, &settings);
    let built = report::build(&document, doc.info_title().as_deref(), &settings);
    if built.trips.is_empty() {
        // When most of a page is in fonts that cannot be decoded, that is why no trip was
        // found: say so, naming the fonts, rather than blame the content. (No trips for
        // another reason is `analyse`'s to say; `inspect` shows the layout then.)
        let fonts = pdf::undecodable_fonts(&pages);
        let mostly_undecoded = pages.iter().any(|p| p.undecoded > p.glyphs.len());
        if mostly_undecoded && !fonts.is_empty() {
            return Err(fail(ErrorKind::Undecodable(fonts.join(", "))));
        }
    }
    let mut warnings = built.warnings;
    if doc.was_repaired() {
        warnings.insert(
            0,
            Warning::new(
                "repaired_file",
                "the file is damaged or truncated and was repaired; trips or parts of them may be missing",
                None,
            ),
        );
    }
    if let Some(warning) = ocr {
        warnings.insert(0, warning);
    }
    let mut trips = built.trips;
    validate::validate(&mut trips, built.meta.year);
    if let Some(printed) = &built.totals {
        warnings.extend(validate::totals_mismatch(&trips, printed));
    }
    if !options.provenance {
        for t in &mut trips {
            t.provenance = None;
        }
    }
    let report = Report {
        schema_version: SCHEMA_VERSION,
        source: model::Source {
            file: file_name.to_string(),
            sha256: hex(&Sha256::digest(bytes)),
            page_count: doc.page_count() as u32,
        },
        report: built.meta,
        trips,
        warnings,
    };
    Ok(Analysis { document, sections: built.sections, report })
}

/// The document warning `ocr_text` when the text layer was made by OCR: invisible text over
/// a page-sized image (a scan with its OCR layer), or an OCR program named as producer.
/// Said once for the document; positions are still what the text is read by.
fn ocr_warning(pages: &[pdf::Page], producer: Option<String>) -> Option<Warning> {
    let scanned: Vec<u32> = pages.iter().filter(|p| p.is_ocr_layer()).map(|p| p.number).collect();
    let mut evidence = Vec::new();
    if !scanned.is_empty() {
        let which = if scanned.len() == pages.len() {
            "every page".to_string()
        } else {
            format!("page{} {}", if scanned.len() == 1 { "" } else { "s" }, page_list(&scanned))
        };
        evidence.push(format!("invisible text over a scanned image on {which}"));
    }
    if let Some(name) = producer {
        evidence.push(format!("made by {name}"));
    }
    if evidence.is_empty() {
        return None;
    }
    Some(Warning::new(
        "ocr_text",
        format!(
            "the text layer was made by OCR ({}): letters and figures may have been misread; check the values against the scan",
            evidence.join(", ")
        ),
        scanned.first().copied(),
    ))
}

/// Page numbers as ranges: `1–3, 5`.
fn page_list(pages: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < pages.len() {
        let mut j = i;
        while j + 1 < pages.len() && pages[j + 1] == pages[j] + 1 {
            j += 1;
        }
        parts.push(if j > i { format!("{}–{}", pages[i], pages[j]) } else { pages[i].to_string() });
        i = j + 1;
    }
    parts.join(", ")
}

/// The JSON Schema of the `extract -f json` output (one report object).
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).unwrap_or(serde_json::Value::Null)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
