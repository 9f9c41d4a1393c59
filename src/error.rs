//! The library's error type: what went wrong with which input, in one line a user can act on.

use crate::pdf::PdfError;

/// Why an input could not be turned into records.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {kind}")]
pub struct Error {
    /// The input as the user named it.
    pub file: String,
    /// What went wrong.
    pub kind: ErrorKind,
}

/// The kinds of failure, each with a message that says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    /// The PDF layer refused the file.
    #[error("{0}")]
    Pdf(#[from] PdfError),
    /// The PDF has no text at all.
    #[error("the PDF has no text layer (scanned pages?); run OCR first, e.g. `ocrmypdf in.pdf out.pdf`")]
    NoText,
    /// Text is shown, but in fonts whose characters cannot be decoded.
    #[error("text in fonts that cannot be decoded (font {0}: no /ToUnicode map, no known encoding); only OCR can read it, e.g. `ocrmypdf --force-ocr in.pdf out.pdf`")]
    Undecodable(String),
    /// `--ocr` was asked for and an OCR program is installed, but it failed or read nothing.
    #[error("the PDF has no text layer, and OCR (--ocr) gave none: {0}; is it a scan of text? (try `ocrmypdf -l nld in.pdf out.pdf` yourself)")]
    Ocr(String),
    /// Text, but nothing that reads as a trip.
    #[error("no trips found: no 'Werkbezoek … door …' headers; is this a 'Buitenlandse ambtsreizen' report?")]
    NoTrips,
    /// A dependency panicked on this input; contained.
    #[error("internal error while reading this PDF ({0}); please report it with the file")]
    Panic(String),
}

impl Error {
    /// An error for a file.
    pub fn new(file: impl Into<String>, kind: impl Into<ErrorKind>) -> Error {
        Error { file: file.into(), kind: kind.into() }
    }
}
