//! Stage 1: PDF bytes → positioned glyphs per page.
//!
//! Nothing above this module knows what a PDF operator is. lopdf parses the object model
//! (xref repair, object streams, decryption with the empty user password); our own small
//! interpreter ([`interp`]) places the glyphs, because exact positions are what the later
//! stages read the report's structure from.

mod afm;
mod cjk;
mod cmap;
mod content;
mod filters;
mod font;
mod glyphlist;
mod interp;
mod matrix;
mod objects;
mod paths;
mod repair;

pub use paths::{Graphic, GraphicKind};

use std::time::{Duration, Instant};

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use interp::{FontCache, Interpreter};
use matrix::Matrix;
use objects::{number, resolve};

/// One shown glyph (or ligature) in page space: points, origin bottom-left of the page
/// as displayed (rotation and media box offset already applied).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// The text the glyph stands for (one character, or several for a ligature); shared
    /// with the font's code table.
    pub text: std::sync::Arc<str>,
    /// Left edge.
    pub x0: f64,
    /// Right edge (left edge plus the glyph's width).
    pub x1: f64,
    /// Baseline.
    pub y: f64,
    /// Effective font size in points.
    pub size: f64,
    /// Index into [`Page::fonts`].
    pub font: u16,
    /// Whether the font is bold.
    pub bold: bool,
}

/// The glyphs of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// 1-based page number.
    pub number: u32,
    /// Width in points (as displayed).
    pub width: f64,
    /// Height in points (as displayed).
    pub height: f64,
    /// Glyphs in content-stream order.
    pub glyphs: Vec<Glyph>,
    /// Font names used on the page.
    pub fonts: Vec<String>,
    /// Problems that did not stop the page (a broken font, a syntax error mid-stream).
    pub problems: Vec<String>,
    /// Rules, boxes and images drawn on the page (layout evidence), in content order.
    pub graphics: Vec<Graphic>,
    /// Character codes shown on the page that decode to no text (their fonts are named
    /// in [`Page::problems`]).
    pub undecoded: usize,
    /// How many of `glyphs` are drawn invisibly (text render mode 3 or 7): the text layer
    /// OCR lays over a scan.
    pub invisible_glyphs: usize,
}

impl Page {
    /// Whether the page reads as a scan with an OCR text layer: most of its text is
    /// invisible and an image covers most of the page.
    pub fn is_ocr_layer(&self) -> bool {
        let text = self.glyphs.len();
        let area = (self.width * self.height).max(1.0);
        let page_image = self
            .graphics
            .iter()
            .any(|g| g.kind == GraphicKind::Image && (g.bbox[2] - g.bbox[0]) * (g.bbox[3] - g.bbox[1]) >= 0.8 * area);
        text > 0 && self.invisible_glyphs * 2 > text && page_image
    }
}

/// How a page problem about undecodable text starts and ends, around the font's name.
const UNDECODED: (&str, &str) =
    ("text in font ", " cannot be decoded (no /ToUnicode map, no known encoding); that text is missing");

fn undecoded_problem(font: &str) -> String {
    format!("{}{font}{}", UNDECODED.0, UNDECODED.1)
}

/// The fonts whose shown text could not be decoded, over all pages, each once.
pub fn undecodable_fonts(pages: &[Page]) -> Vec<String> {
    let mut fonts: Vec<String> = Vec::new();
    for problem in pages.iter().flat_map(|p| &p.problems) {
        if let Some(font) = problem.strip_prefix(UNDECODED.0).and_then(|r| r.strip_suffix(UNDECODED.1)) {
            if !fonts.iter().any(|f| f == font) {
                fonts.push(font.to_string());
            }
        }
    }
    fonts
}

/// Hard limits that keep a hostile PDF from taking the machine down.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Bytes any one stream may inflate to.
    pub max_stream_bytes: usize,
    /// Bytes all content streams of the document may inflate to together.
    pub max_document_bytes: usize,
    /// Pages read at most.
    pub max_pages: usize,
    /// How deep form XObjects may nest.
    pub max_form_depth: usize,
    /// Operators run per page at most.
    pub max_operators_per_page: usize,
    /// Glyphs shown per page at most (a dense A4 page has some ten thousand).
    pub max_glyphs_per_page: usize,
    /// Glyphs shown in the whole document at most (bounds memory: ~60 bytes each).
    pub max_glyphs_per_document: usize,
    /// Wall time per document.
    pub max_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_stream_bytes: 64 << 20,
            max_document_bytes: 256 << 20,
            max_pages: 2_000,
            max_form_depth: 8,
            max_operators_per_page: 2_000_000,
            max_glyphs_per_page: 300_000,
            max_glyphs_per_document: 3_000_000,
            max_time: Duration::from_secs(60),
        }
    }
}

/// What can go wrong in this stage.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PdfError {
    /// The bytes are not a PDF at all.
    #[error("not a PDF file (no %PDF header)")]
    NotPdf,
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// The file could not be read even with repair; the reason is in our own words.
    #[error("the PDF is damaged or truncated and could not be repaired ({0}); get a complete copy of the file")]
    Damaged(&'static str),
    /// A user password is needed.
    #[error("the PDF is password-protected; remove the password (e.g. `qpdf --decrypt --password=… in.pdf out.pdf`) and try again")]
    Encrypted,
    /// A limit was hit.
    #[error("limit exceeded: {limit} (`{option} {value}`); raise it with `{option}` if the file is trusted")]
    Limit {
        /// Which limit.
        limit: &'static str,
        /// The command-line option that sets it.
        option: &'static str,
        /// Its value, in the option's unit.
        value: String,
    },
}

impl PdfError {
    fn limit(limit: &'static str, option: &'static str, value: impl ToString) -> PdfError {
        PdfError::Limit { limit, option, value: value.to_string() }
    }

    /// The inflate limit per stream was hit.
    pub(crate) fn stream_limit(bytes: usize) -> PdfError {
        PdfError::limit("inflated bytes per stream", "--max-stream-mib", mib(bytes))
    }

    fn document_limit(bytes: usize) -> PdfError {
        PdfError::limit("inflated bytes per document", "--max-document-mib", mib(bytes))
    }

    fn pages_limit(pages: usize) -> PdfError {
        PdfError::limit("pages", "--max-pages", pages)
    }

    pub(crate) fn time_limit(limit: Duration) -> PdfError {
        PdfError::limit("time per document", "--max-seconds", limit.as_secs())
    }

    pub(crate) fn operators_limit(operators: usize) -> PdfError {
        PdfError::limit("operators per page", "--max-operators", operators)
    }

    /// The per-page glyph limit is a tenth of the per-document one, which is what the
    /// option sets.
    pub(crate) fn page_glyphs_limit(limits: &Limits) -> PdfError {
        PdfError::limit(
            "glyphs per page (a tenth of the limit per document)",
            "--max-glyphs",
            limits.max_glyphs_per_document,
        )
    }

    fn document_glyphs_limit(glyphs: usize) -> PdfError {
        PdfError::limit("glyphs per document", "--max-glyphs", glyphs)
    }
}

/// Bytes as MiB, the unit of the options: whole when whole, else to three decimals.
fn mib(bytes: usize) -> String {
    if bytes.is_multiple_of(1 << 20) {
        (bytes >> 20).to_string()
    } else {
        let v = format!("{:.3}", bytes as f64 / f64::from(1u32 << 20));
        v.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// An opened PDF, ready to give up its pages.
pub struct PdfDocument {
    doc: Document,
    page_ids: Vec<ObjectId>,
    limits: Limits,
    repaired: bool,
}

impl PdfDocument {
    /// Parses the bytes. Encrypted files open when the user password is empty, as in
    /// every PDF reader.
    pub fn open(bytes: &[u8], limits: &Limits) -> Result<PdfDocument, PdfError> {
        if bytes.is_empty() {
            return Err(PdfError::Empty);
        }
        let (bytes, mut repaired) = repair::header(bytes)?;
        let options = LoadOptions { max_decompressed_size: Some(limits.max_stream_bytes), ..LoadOptions::default() };
        let try_load = |b: &[u8]| repair::load(b, &options).ok();
        let mut repaired_encryption = false;
        let mut doc = match repair::load(&bytes, &options) {
            Ok(doc) => doc,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
                return Err(PdfError::stream_limit(limits.max_stream_bytes));
            }
            Err(lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_)) => {
                repaired_encryption = true;
                repair::open_encrypted(&bytes, try_load).ok_or(PdfError::Encrypted)?
            }
            Err(other) => return Err(PdfError::Damaged(repair::damage(&other))),
        };
        if doc.is_encrypted() && doc.encryption_state.is_none() {
            // No user password opened it: read it anyway when readers would.
            repaired_encryption = true;
            doc = repair::open_encrypted(&bytes, try_load).ok_or(PdfError::Encrypted)?;
        }
        // (Not for encrypted files: lopdf drops their encryption dictionary, and a rebuild
        // from the original bytes would undo the repairs above.)
        let encrypted = doc.encryption_state.is_some() || repaired_encryption;
        if !encrypted && doc.xref_recovery.is_none() && repair::has_missing_objects(&doc) {
            // An entry points at the wrong place: scan for the objects, as readers do.
            if let Some(rebuilt) = repair::rebuild(&bytes, &options) {
                if rebuilt.objects.len() > doc.objects.len() {
                    doc = rebuilt;
                }
            }
        }
        repaired |= repair::stream_data_without_length(&mut doc, &bytes, limits.max_stream_bytes);
        let (page_ids, odd_tree) = repair::page_ids(&doc, limits.max_pages)?;
        repaired |= repaired_encryption || odd_tree || doc.xref_recovery.is_some();
        Ok(PdfDocument { doc, page_ids, limits: limits.clone(), repaired })
    }

    /// Number of pages.
    pub fn page_count(&self) -> usize {
        self.page_ids.len()
    }

    /// Whether the cross-reference data had to be rebuilt (a damaged or truncated file):
    /// the records may then be incomplete.
    pub fn was_repaired(&self) -> bool {
        self.repaired
    }

    /// The document's `/Info /Title`, if any.
    pub fn info_title(&self) -> Option<String> {
        let info = self.doc.trailer.get(b"Info").ok().and_then(|o| resolve(&self.doc, o))?;
        let title = info.as_dict().ok()?.get(b"Title").ok().and_then(|o| resolve(&self.doc, o))?;
        let bytes = title.as_str().ok()?;
        let text = lopdf::decode_text_string(&Object::String(bytes.to_vec(), lopdf::StringFormat::Literal)).ok()?;
        let text = text.trim().to_string();
        (!text.is_empty()).then_some(text)
    }

    /// The OCR program named as the document's producer, if any: `/Info` `/Producer` and
    /// `/Creator`, or the XMP metadata (`ocrmypdf`, `Tesseract`, `ABBYY` …), as written there.
    pub fn ocr_producer(&self) -> Option<String> {
        let doc = &self.doc;
        let info = doc.trailer.get(b"Info").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok());
        let info_text = |key: &[u8]| {
            let bytes = info?.get(key).ok().and_then(|o| resolve(doc, o))?.as_str().ok()?;
            lopdf::decode_text_string(&Object::String(bytes.to_vec(), lopdf::StringFormat::Literal)).ok()
        };
        let found = [b"Producer".as_slice(), b"Creator".as_slice()]
            .into_iter()
            .filter_map(info_text)
            .find_map(|t| ocr_name(&t));
        found.or_else(|| {
            let catalog = doc.trailer.get(b"Root").ok().and_then(|o| resolve(doc, o))?.as_dict().ok()?;
            let stream = catalog.get(b"Metadata").ok().and_then(|o| resolve(doc, o))?.as_stream().ok()?;
            let xmp = filters::decode(stream, self.limits.max_stream_bytes.min(1 << 20)).ok()?;
            ocr_name(&String::from_utf8_lossy(&xmp))
        })
    }

    /// Reads the glyphs of every page. A page that fails on its own (a broken content
    /// stream) comes back as an empty page with a problem noted; a limit ends the document.
    pub fn pages(&self) -> Result<Vec<Page>, PdfError> {
        let started = Instant::now();
        let mut cache = FontCache::default();
        let mut inflated = 0usize;
        let mut glyphs = 0usize;
        read_contained(self.page_ids.len(), |number| {
            if started.elapsed() > self.limits.max_time {
                return Err(PdfError::time_limit(self.limits.max_time));
            }
            let id = self.page_ids[number as usize - 1];
            let page = self.page(number, id, &mut cache, &mut inflated, started + self.limits.max_time)?;
            glyphs += page.glyphs.len();
            if glyphs > self.limits.max_glyphs_per_document {
                return Err(PdfError::document_glyphs_limit(self.limits.max_glyphs_per_document));
            }
            Ok(page)
        })
    }

    fn page(
        &self,
        page_number: u32,
        id: ObjectId,
        cache: &mut FontCache,
        inflated: &mut usize,
        deadline: Instant,
    ) -> Result<Page, PdfError> {
        let doc = &self.doc;
        let page_dict = doc.get_dictionary(id).ok();
        let media = page_dict
            .and_then(|d| inherited(doc, d, b"CropBox").or_else(|| inherited(doc, d, b"MediaBox")))
            .and_then(|o| rect(doc, o))
            .unwrap_or([0.0, 0.0, 595.0, 842.0]);
        let rotate = page_dict
            .and_then(|d| inherited(doc, d, b"Rotate"))
            .and_then(number)
            .map(|r| (r as i64).rem_euclid(360))
            .unwrap_or(0);
        let (w, h) = (media[2] - media[0], media[3] - media[1]);
        let shift = Matrix::translate(-media[0], -media[1]);
        let (base, width, height) = match rotate {
            90 => (shift.then(&Matrix([0.0, -1.0, 1.0, 0.0, 0.0, w])), h, w),
            180 => (shift.then(&Matrix([-1.0, 0.0, 0.0, -1.0, w, h])), w, h),
            270 => (shift.then(&Matrix([0.0, 1.0, -1.0, 0.0, h, 0.0])), h, w),
            _ => (shift, w, h),
        };

        let resources = page_dict.map(|d| page_resources(doc, d)).unwrap_or_default();
        let mut problems = Vec::new();
        if page_dict.is_none() {
            problems.push(format!(
                "the page object {} {} R is missing (damaged or truncated file?); the page is empty",
                id.0, id.1
            ));
        }
        let mut content = Vec::new();
        for stream_id in doc.get_page_contents(id) {
            let Some(stream) = doc.get_object(stream_id).ok().and_then(|o| o.as_stream().ok()) else {
                problems.push(format!(
                    "content stream {} {} R is missing (damaged or truncated file?); text on this page may be missing",
                    stream_id.0, stream_id.1
                ));
                continue;
            };
            let remaining = self.limits.max_document_bytes.saturating_sub(*inflated);
            let budget = self.limits.max_stream_bytes.min(remaining);
            let before = content.len();
            match filters::decode(stream, budget) {
                Ok(data) => content.extend_from_slice(&data),
                Err(filters::DecodeError::Limit) => {
                    return Err(if budget < self.limits.max_stream_bytes {
                        PdfError::document_limit(self.limits.max_document_bytes)
                    } else {
                        PdfError::stream_limit(self.limits.max_stream_bytes)
                    });
                }
                Err(filters::DecodeError::Failed) => {
                    problems.push("a content stream could not be decompressed; its text is missing".to_string())
                }
            }
            *inflated += content.len() - before;
            content.push(b'\n');
        }

        let mut interp = Interpreter::new(doc, &self.limits, cache, base, deadline);
        interp.run(&content, &resources)?;
        *inflated += interp.inflated;
        if *inflated > self.limits.max_document_bytes {
            return Err(PdfError::document_limit(self.limits.max_document_bytes));
        }
        problems.append(&mut interp.problems);
        Ok(Page {
            number: page_number,
            width,
            height,
            glyphs: interp.glyphs,
            invisible_glyphs: interp.invisible_glyphs,
            fonts: interp.font_names,
            problems,
            graphics: interp.paths.graphics,
            undecoded: interp.undecoded,
        })
    }
}

/// The OCR programs whose name in a producer field says the text layer is theirs.
const OCR_PRODUCERS: [&str; 6] = ["ocrmypdf", "tesseract", "abbyy", "finereader", "omnipage", "readiris"];

/// The first OCR program named in a producer text, as it is spelled there.
fn ocr_name(text: &str) -> Option<String> {
    // ASCII lower-casing keeps every byte offset, so the match cuts the original text.
    let lower = text.to_ascii_lowercase();
    OCR_PRODUCERS.iter().find_map(|name| {
        let at = lower.find(name)?;
        Some(text.get(at..at + name.len()).unwrap_or(name).to_string())
    })
}

/// Reads pages 1..=count with `read`; a panic while reading one page (inside a
/// dependency, on hostile input) costs that page only: it comes back empty, with the
/// problem noted, and the rest of the document is still read.
fn read_contained(count: usize, mut read: impl FnMut(u32) -> Result<Page, PdfError>) -> Result<Vec<Page>, PdfError> {
    let mut pages = Vec::with_capacity(count);
    for number in 1..=count as u32 {
        let page = match crate::contain::silent_catch_unwind(|| read(number)) {
            Ok(page) => page?,
            Err(panic) => Page {
                number,
                width: 595.0,
                height: 842.0,
                glyphs: Vec::new(),
                fonts: Vec::new(),
                problems: vec![format!("the page could not be read (internal error: {panic}); its text is missing")],
                graphics: Vec::new(),
                undecoded: 0,
                invisible_glyphs: 0,
            },
        };
        pages.push(page);
    }
    Ok(pages)
}

/// A page attribute, looked up the page tree as the spec allows (bounded, cycle-safe).
fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..64 {
        if let Ok(v) = node.get(key) {
            return resolve(doc, v);
        }
        node = node.get(b"Parent").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok())?;
    }
    None
}

fn page_resources<'a>(doc: &'a Document, page: &'a Dictionary) -> Vec<&'a Dictionary> {
    inherited(doc, page, b"Resources").and_then(|o| o.as_dict().ok()).into_iter().collect()
}

fn rect(doc: &Document, obj: &Object) -> Option<[f64; 4]> {
    let a = obj.as_array().ok()?;
    if a.len() != 4 {
        return None;
    }
    let mut v = [0.0; 4];
    for (slot, o) in v.iter_mut().zip(a) {
        *slot = resolve(doc, o).and_then(number)?;
    }
    let r = [v[0].min(v[2]), v[1].min(v[3]), v[0].max(v[2]), v[1].max(v[3])];
    (r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blank(number: u32) -> Page {
        Page {
            number,
            width: 595.0,
            height: 842.0,
            glyphs: Vec::new(),
            fonts: Vec::new(),
            problems: Vec::new(),
            graphics: Vec::new(),
            undecoded: 0,
            invisible_glyphs: 0,
        }
    }

    #[test]
    fn a_panic_on_one_page_costs_only_that_page() {
        let pages = read_contained(3, |n| if n == 2 { panic!("boom in a dependency") } else { Ok(blank(n)) })
            .expect("the document is still read");
        assert_eq!(pages.len(), 3);
        assert!(pages[0].problems.is_empty() && pages[2].problems.is_empty());
        assert_eq!(pages[1].number, 2);
        assert!(pages[1].problems[0].contains("boom in a dependency"), "{:?}", pages[1].problems);
    }

    #[test]
    fn a_limit_on_one_page_ends_the_document() {
        let result = read_contained(3, |n| if n == 2 { Err(PdfError::pages_limit(1)) } else { Ok(blank(n)) });
        assert_eq!(result, Err(PdfError::pages_limit(1)));
    }

    #[test]
    fn empty_and_non_pdf_input_are_refused_up_front() {
        assert_eq!(PdfDocument::open(b"", &Limits::default()).err(), Some(PdfError::Empty));
        assert_eq!(PdfDocument::open(b"hello world", &Limits::default()).err(), Some(PdfError::NotPdf));
        assert_eq!(mib(64 << 20), "64");
        assert_eq!(mib(1 << 19), "0.5");
    }
}

#[cfg(test)]
mod interpreter_tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    /// A one-page PDF whose page draws a form XObject (moved by its /Matrix) that shows
    /// text; the page is rotated by `rotate` degrees.
    fn form_pdf(page_content: &str, form_content: &str, rotate: i64) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        });
        let form = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 500.into(), 500.into()],
                "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 100.into(), 50.into()],
                "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            },
            form_content.as_bytes().to_vec(),
        ));
        let content = doc.add_object(Stream::new(dictionary! {}, page_content.as_bytes().to_vec()));
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => content, "Rotate" => rotate,
            "MediaBox" => vec![0.into(), 0.into(), 600.into(), 800.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Fm0" => form } },
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("saves");
        out
    }

    fn glyphs(bytes: &[u8]) -> Page {
        let doc = PdfDocument::open(bytes, &Limits::default()).expect("opens");
        doc.pages().expect("pages").remove(0)
    }

    #[test]
    fn text_inside_a_form_xobject_is_placed_through_its_matrix() {
        let page = glyphs(&form_pdf("q 2 0 0 2 0 0 cm /Fm0 Do Q", "BT /F1 10 Tf 10 20 Td (Hallo) Tj ET", 0));
        let text: String = page.glyphs.iter().map(|g| &*g.text).collect();
        assert_eq!(text, "Hallo");
        let h = &page.glyphs[0];
        // (10, 20) in the form, moved by (100, 50), then scaled by 2 on the page.
        assert_eq!((h.x0.round(), h.y.round(), h.size.round()), (220.0, 140.0, 20.0));
        // Helvetica "H" is 722/1000 em wide at 20 pt.
        assert!((h.x1 - h.x0 - 14.44).abs() < 0.01, "{}", h.x1 - h.x0);
    }

    #[test]
    fn a_form_that_draws_itself_ends() {
        let page = glyphs(&form_pdf("/Fm0 Do", "BT /F1 10 Tf (x) Tj ET /Fm0 Do", 0));
        assert_eq!(page.glyphs.len(), 1, "drawn once, the recursion refused");
    }

    #[test]
    fn rotated_pages_are_read_upright() {
        let page = glyphs(&form_pdf("/Fm0 Do", "BT /F1 10 Tf 0 0 Td (A) Tj ET", 90));
        assert_eq!((page.width, page.height), (800.0, 600.0));
        let a = &page.glyphs[0];
        // Point (100, 50) of the unrotated page shows at (50, 600 - 100) when turned 90°.
        assert_eq!((a.x0.round(), a.y.round()), (50.0, 500.0));
    }

    #[test]
    fn tj_kerning_and_word_spacing_move_the_pen() {
        let page = glyphs(&form_pdf("/Fm0 Do", "BT /F1 10 Tf 5 Tw [(a) -1000 (b)] TJ ( c) Tj ET", 0));
        let xs: Vec<(String, f64)> =
            page.glyphs.iter().map(|g| (g.text.to_string(), (g.x0 * 100.0).round() / 100.0)).collect();
        // a at 100; b after a's 5.56 advance plus 10 of kerning; space gets Tw 5 more.
        assert_eq!(xs[0], ("a".to_string(), 100.0));
        assert_eq!(xs[1], ("b".to_string(), 115.56));
        assert_eq!(xs[3], ("c".to_string(), 115.56 + 5.56 + 2.78 + 5.0));
    }
}
