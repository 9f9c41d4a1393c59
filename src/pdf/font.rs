//! Fonts as the glyph interpreter needs them: how to split a string into character codes,
//! what text each code stands for, and how wide each code is.
//!
//! Text mapping follows the order PDF readers use: the `/ToUnicode` CMap first (embedded
//! subsets often carry text outside ASCII only there; read by our tolerant [`cmap`]
//! reader), then the font's `/Encoding` (base encoding plus `/Differences`). lopdf supplies
//! the standard encoding tables and the glyph-name list; we ask it one code at a time so
//! that the two sources can be layered per code, which lopdf's `get_font_encoding` does not do.

use std::collections::HashMap;
use std::sync::Arc;

use lopdf::{Dictionary, Document, Object};

use super::afm;
use super::cjk;
use super::cmap;
use super::glyphlist;
use super::interp::normalize_glyph_text;
use super::objects::{number, resolve};

/// How codes are read from a string operand.
#[derive(Debug, Clone, PartialEq, Eq)]
enum CodeWidth {
    /// Simple fonts, and composite fonts whose CMap has every one-byte code and no other
    /// (Ghostscript's `OneByteIdentityH`): one byte per code.
    One,
    /// Composite (Type0) fonts with a two-byte CMap such as Identity-H.
    Two,
    /// Composite fonts with a `Uni…-UTF16` CMap: two bytes, or four for a surrogate pair.
    Utf16,
    /// Composite fonts whose embedded CMap has other codespace ranges: codes of 1 to 4
    /// bytes, matched range by range.
    Ranges(Arc<cmap::Codespace>),
}

/// Where text comes from for codes that neither `/ToUnicode` nor `/Encoding` map.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fallback {
    None,
    /// The code is the Unicode value (UCS-2 and UTF-16 CMaps).
    Unicode,
    /// The code is a CID of an Adobe character collection.
    Cid(cjk::Collection),
}

/// A font resolved for text extraction.
#[derive(Debug, Clone)]
pub struct Font {
    /// `/BaseFont` without the subset prefix (`AAAAAA+`).
    pub name: String,
    /// Whether the font looks bold (name or descriptor flags / weight).
    pub bold: bool,
    code_width: CodeWidth,
    /// Text per code, for codes that map to something (already normalised; shared with
    /// every glyph that shows it, so a glyph costs no allocation).
    text: CodeMap<Arc<str>>,
    /// Widths in glyph space (1/1000 text space units for all but Type3).
    widths: CodeMap<f64>,
    default_width: f64,
    /// Glyph-space to text-space scale (0.001 except for Type3 fonts).
    scale: f64,
    /// Published metrics of a standard 14 font that came without `/Widths`.
    afm: Option<&'static afm::Metrics>,
    fallback: Fallback,
}

/// Parsed ToUnicode maps by stream object, shared by the fonts of a document.
pub type CmapCache = HashMap<lopdf::ObjectId, Arc<Vec<(u32, Arc<str>)>>>;

/// Values per character code: a table for one-byte codes (looked up for every glyph,
/// so no hashing), a map for the rare two-byte ones.
#[derive(Debug, Clone)]
struct CodeMap<T> {
    low: Vec<Option<T>>,
    high: HashMap<u32, T>,
}

impl<T> CodeMap<T> {
    fn new() -> Self {
        CodeMap { low: std::iter::repeat_with(|| None).take(256).collect(), high: HashMap::new() }
    }

    fn insert(&mut self, code: u32, value: T) {
        match self.low.get_mut(code as usize) {
            Some(slot) => *slot = Some(value),
            None => {
                self.high.insert(code, value);
            }
        }
    }

    fn remove(&mut self, code: u32) {
        match self.low.get_mut(code as usize) {
            Some(slot) => *slot = None,
            None => {
                self.high.remove(&code);
            }
        }
    }

    fn get(&self, code: u32) -> Option<&T> {
        match self.low.get(code as usize) {
            Some(slot) => slot.as_ref(),
            None => self.high.get(&code),
        }
    }

    fn is_empty(&self) -> bool {
        self.high.is_empty() && self.low.iter().all(Option::is_none)
    }

    fn codes(&self) -> Vec<u32> {
        let low = self.low.iter().enumerate().filter(|(_, v)| v.is_some()).map(|(i, _)| i as u32);
        low.chain(self.high.keys().copied()).collect()
    }
}

/// One character code of a shown string.
#[derive(Debug, Clone)]
pub struct Code {
    /// Text it stands for (`None` when the font gives no mapping).
    pub text: Option<Arc<str>>,
    /// Advance in text space units per unit of font size (width × scale).
    pub advance: f64,
    /// Whether word spacing (`Tw`) applies: single-byte code 32.
    pub is_word_space: bool,
}

impl Font {
    /// A fallback for a font resource that is missing or unreadable: Latin-1 text,
    /// average width, so that text still comes out (positions approximate).
    pub fn fallback(name: &str) -> Font {
        let mut font = Font {
            name: name.to_string(),
            bold: false,
            code_width: CodeWidth::One,
            text: CodeMap::new(),
            widths: CodeMap::new(),
            default_width: 500.0,
            scale: 0.001,
            afm: None,
            fallback: Fallback::None,
        };
        for c in 32u32..=255 {
            if let Some(ch) = char::from_u32(c) {
                font.set_text(c, &ch.to_string());
            }
        }
        font
    }

    /// Maps a code to text, normalised for the later stages; nothing for empty text.
    fn set_text(&mut self, code: u32, text: &str) {
        let text = normalize_glyph_text(text);
        if !text.is_empty() {
            self.text.insert(code, Arc::from(text));
        }
    }

    /// Reads a font dictionary. Never fails: whatever cannot be read falls back to
    /// defaults, because losing a page's text over a broken width array would be worse
    /// than slightly wrong positions.
    #[cfg(test)]
    pub fn load(doc: &Document, dict: &Dictionary, inflate_limit: usize) -> Font {
        Font::load_cached(doc, dict, inflate_limit, &mut CmapCache::new())
    }

    /// [`Font::load`] with ToUnicode maps shared between fonts: many fonts of one file
    /// often point at the same map, which is then read once.
    pub fn load_cached(doc: &Document, dict: &Dictionary, inflate_limit: usize, cmaps: &mut CmapCache) -> Font {
        let subtype = name_of(dict.get(b"Subtype").ok());
        let base = name_of(dict.get(b"BaseFont").ok()).unwrap_or_default();
        let name = match base.split_once('+') {
            Some((prefix, rest)) if prefix.len() == 6 => rest.to_string(),
            _ => base.clone(),
        };
        let is_type0 = subtype.as_deref() == Some("Type0");
        let descendant = if is_type0 {
            dict.get(b"DescendantFonts")
                .ok()
                .and_then(|o| resolve(doc, o))
                .and_then(|o| o.as_array().ok())
                .and_then(|a| a.first())
                .and_then(|o| resolve(doc, o))
                .and_then(|o| o.as_dict().ok())
        } else {
            None
        };
        let descriptor = descendant
            .unwrap_or(dict)
            .get(b"FontDescriptor")
            .ok()
            .and_then(|o| resolve(doc, o))
            .and_then(|o| o.as_dict().ok());
        let bold = looks_bold(&name, descriptor);

        // Predefined CMaps whose codes are Unicode, and Adobe collections with a bundled
        // CID → Unicode table, give text where no /ToUnicode map does.
        // A Type0 font names a predefined CMap or embeds one as a stream.
        let embedded = if is_type0 { embedded_cmap(doc, dict, inflate_limit) } else { None };
        let cmap_name = match (&embedded, is_type0) {
            (Some(e), _) => e.uses.clone(),
            (None, true) => name_of(dict.get(b"Encoding").ok()),
            (None, false) => None,
        };
        let unicode_cmap = cmap_name.as_deref().and_then(cjk::UnicodeCmap::from_name);
        // Only with an Identity CMap are the codes the CIDs themselves.
        let identity = match &embedded {
            Some(e) => e.is_identity(),
            None => matches!(cmap_name.as_deref(), Some("Identity-H" | "Identity-V")),
        };
        let collection = descendant.and_then(|d| cid_collection(doc, d));
        let fallback = match (unicode_cmap, collection) {
            (Some(_), _) => Fallback::Unicode,
            (None, Some(c)) if identity => Fallback::Cid(c),
            _ => Fallback::None,
        };
        let code_width = match (is_type0, unicode_cmap, &embedded) {
            (false, _, _) => CodeWidth::One,
            (true, _, Some(e)) if !e.codespace.is_empty() => match e.codespace.uniform() {
                Some(1) => CodeWidth::One,
                Some(2) => CodeWidth::Two,
                _ => CodeWidth::Ranges(Arc::new(e.codespace.clone())),
            },
            (true, Some(cjk::UnicodeCmap::Utf16), _) => CodeWidth::Utf16,
            (true, _, _) => CodeWidth::Two,
        };
        let mut font = Font {
            name,
            bold,
            code_width,
            text: CodeMap::new(),
            widths: CodeMap::new(),
            default_width: if is_type0 { 1000.0 } else { 0.0 },
            scale: 0.001,
            afm: None,
            fallback,
        };

        if is_type0 {
            if let Some(d) = descendant {
                font.load_cid_widths(doc, d);
                match &embedded {
                    // /W is by CID: through the CMap, tables by CID become tables by code.
                    Some(e) if !identity => font.widths_by_code(e, collection),
                    Some(_) => {}
                    // These codes are Unicode values: without the CMap that maps them to
                    // CIDs, only the default width applies.
                    None if unicode_cmap.is_some() => font.widths = CodeMap::new(),
                    None => {}
                }
            }
        } else {
            font.load_simple_widths(doc, dict, descriptor, subtype.as_deref());
            font.load_simple_encoding(doc, dict, inflate_limit, subtype.as_deref() == Some("Type3"));
        }
        font.load_to_unicode(doc, dict, inflate_limit, cmaps);
        if is_type0 && font.text.is_empty() && font.fallback == Fallback::None {
            // Identity-H without a ToUnicode map: the best guess is that CIDs are
            // Unicode values (true for some producers); better than no text at all.
            font.identity_text_guess();
        }
        font
    }

    fn load_simple_widths(
        &mut self,
        doc: &Document,
        dict: &Dictionary,
        descriptor: Option<&Dictionary>,
        subtype: Option<&str>,
    ) {
        if subtype == Some("Type3") {
            if let Some(m) = dict.get(b"FontMatrix").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_array().ok())
            {
                if let Some(a) = m.first().and_then(number) {
                    if a.is_finite() && a != 0.0 {
                        self.scale = a.abs();
                    }
                }
            }
        }
        let missing = descriptor.and_then(|d| d.get(b"MissingWidth").ok()).and_then(number).unwrap_or(0.0);
        self.default_width = missing;
        let first = dict.get(b"FirstChar").ok().and_then(number).unwrap_or(0.0);
        let widths = dict.get(b"Widths").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_array().ok());
        match widths {
            Some(ws) if (0.0..=255.0).contains(&first) => {
                let first = first as u32;
                for (i, w) in ws.iter().enumerate().take(256) {
                    if let Some(w) = resolve(doc, w).and_then(number) {
                        self.widths.insert(first + i as u32, w);
                    }
                }
            }
            _ => {
                // The standard 14 fonts may omit /Widths: use their published metrics.
                if let Some(metrics) = afm::metrics_for(&self.name) {
                    self.default_width = metrics.default_width;
                    self.afm = Some(metrics);
                }
            }
        }
    }
}

impl Font {
    fn load_cid_widths(&mut self, doc: &Document, descendant: &Dictionary) {
        if let Some(dw) = descendant.get(b"DW").ok().and_then(number) {
            self.default_width = dw;
        }
        let Some(w) = descendant.get(b"W").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_array().ok()) else {
            return;
        };
        // Two forms share the array: `c [w1 w2 …]` and `c_first c_last w`. Ranges may
        // repeat over the same codes, so the work is bounded, not only the table.
        let mut budget: u32 = 1 << 20;
        let mut i = 0;
        while i < w.len() && budget > 0 {
            let Some(first) = resolve(doc, &w[i]).and_then(number) else {
                i += 1;
                continue;
            };
            let Some(next) = w.get(i + 1).and_then(|o| resolve(doc, o)) else {
                break;
            };
            if let Ok(list) = next.as_array() {
                for (k, item) in list.iter().enumerate().take(budget as usize) {
                    if let Some(width) = resolve(doc, item).and_then(number) {
                        self.insert_width(first, k as f64, width);
                    }
                }
                budget = budget.saturating_sub(list.len().min(u32::MAX as usize) as u32);
                i += 2;
            } else {
                let last = number(next).unwrap_or(first);
                let width = w.get(i + 2).and_then(|o| resolve(doc, o)).and_then(number);
                if let Some(width) = width {
                    // Bounded: a hostile range must not allocate millions of entries.
                    let span = ((last - first).clamp(0.0, 65_535.0) as u32).min(budget);
                    for k in 0..=span {
                        self.insert_width(first, f64::from(k), width);
                    }
                    budget = budget.saturating_sub(span + 1);
                }
                i += 3;
            }
        }
    }

    /// Rekeys the widths (read by CID) by code through an embedded CMap, and gives codes
    /// the text of their CID in an Adobe collection, where the font names one.
    fn widths_by_code(&mut self, cmap: &cmap::EncodingCmap, collection: Option<cjk::Collection>) {
        let by_cid = std::mem::replace(&mut self.widths, CodeMap::new());
        cmap.each_cid(|code, cid| {
            if let Some(w) = by_cid.get(cid) {
                self.widths.insert(code, *w);
            }
            if let Some(ch) = collection.and_then(|c| c.text(cid)) {
                self.set_text(code, ch.encode_utf8(&mut [0; 4]));
            }
        });
    }

    fn insert_width(&mut self, first: f64, offset: f64, width: f64) {
        let code = first + offset;
        if (0.0..=65_535.0).contains(&code) && width.is_finite() {
            self.widths.insert(code as u32, width);
        }
    }

    fn load_simple_encoding(&mut self, doc: &Document, dict: &Dictionary, inflate_limit: usize, is_type3: bool) {
        // The base encoding comes from lopdf's tables; /Differences are applied here, code
        // by code, because lopdf refuses the whole encoding over one glyph name outside
        // its list, and readers do not.
        let encoding = dict.get(b"Encoding").ok().and_then(|o| resolve(doc, o));
        let (base, differences) = match encoding {
            Some(Object::Name(n)) => (Some(n.as_slice()), None),
            Some(Object::Dictionary(d)) => (
                d.get(b"BaseEncoding").ok().and_then(|o| o.as_name().ok()),
                d.get(b"Differences").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_array().ok()),
            ),
            _ => (None, None),
        };
        let base = base.filter(|n| {
            matches!(*n, b"StandardEncoding" | b"WinAnsiEncoding" | b"MacRomanEncoding" | b"MacExpertEncoding")
        });
        match base {
            Some(name) => self.load_base_encoding(doc, name, inflate_limit),
            // A Type3 font has no built-in encoding: only its /Differences name glyphs.
            None if is_type3 => {}
            None if self.is_symbolic_standard() => self.load_symbolic_fallback(),
            // No encoding named: an embedded Type 1 program's own encoding (pdfTeX's OT1
            // fonts: `fi` at 12, `dieresis` at 127), else StandardEncoding for Type1; but
            // TrueType fonts made by office producers are in practice WinAnsi, which agrees
            // with Standard on ASCII letters and is right far more often for the rest.
            None => match type1_builtin_encoding(doc, dict, inflate_limit) {
                Some(BuiltinEncoding::Standard) => self.load_base_encoding(doc, b"StandardEncoding", inflate_limit),
                Some(BuiltinEncoding::Glyphs(glyphs)) => {
                    for (code, name) in glyphs {
                        if let Some(text) = glyph_text(name.as_bytes()) {
                            self.set_text(code, &text);
                        }
                    }
                }
                None => self.load_base_encoding(doc, b"WinAnsiEncoding", inflate_limit),
            },
        }
        if let Some(differences) = differences {
            self.apply_differences(doc, differences);
        }
    }

    fn load_base_encoding(&mut self, doc: &Document, name: &[u8], inflate_limit: usize) {
        let mut only_encoding = Dictionary::new();
        only_encoding.set("Type", Object::Name(b"Font".to_vec()));
        only_encoding.set("Encoding", Object::Name(name.to_vec()));
        let Ok(encoding) = only_encoding.get_font_encoding_with_limit(doc, inflate_limit) else {
            return;
        };
        for code in 0u32..=255 {
            if let Ok(text) = encoding.bytes_to_string(&[code as u8]) {
                if !text.is_empty() && text != "\u{FFFD}" {
                    self.set_text(code, &text);
                }
            }
        }
    }

    /// `[code /name /name … code /name …]`: each name sets the text of the next code; a
    /// name no rule can read leaves its code without text (the glyph is not the base
    /// encoding's any more).
    fn apply_differences(&mut self, doc: &Document, differences: &[Object]) {
        let mut code: Option<u32> = None;
        for item in differences.iter().take(4096) {
            match resolve(doc, item) {
                Some(Object::Integer(c)) => code = u32::try_from(*c).ok().filter(|c| *c <= 255),
                Some(Object::Name(name)) => {
                    let Some(c) = code else { continue };
                    match glyph_text(name) {
                        Some(text) => self.set_text(c, &text),
                        None => self.text.remove(c),
                    }
                    code = Some(c + 1).filter(|c| *c <= 255);
                }
                _ => {}
            }
        }
    }

    fn is_symbolic_standard(&self) -> bool {
        matches!(self.name.as_str(), "Symbol" | "ZapfDingbats")
    }

    fn load_symbolic_fallback(&mut self) {
        for code in 32u32..127 {
            if let Some(ch) = char::from_u32(code) {
                self.set_text(code, &ch.to_string());
            }
        }
    }

    fn load_to_unicode(&mut self, doc: &Document, dict: &Dictionary, inflate_limit: usize, cmaps: &mut CmapCache) {
        let Ok(entry) = dict.get(b"ToUnicode") else { return };
        let id = entry.as_reference().ok();
        let map = match id.and_then(|id| cmaps.get(&id)) {
            Some(map) => map.clone(),
            None => {
                // Named CMaps (e.g. /Identity-H) are not maps to Unicode: only a stream counts.
                let Some(stream) = resolve(doc, entry).and_then(|o| o.as_stream().ok()) else { return };
                let Ok(bytes) = super::filters::decode(stream, inflate_limit) else { return };
                // Normalised once here, so each font sharing the map only clones pointers.
                let map: Arc<Vec<(u32, Arc<str>)>> = Arc::new(
                    cmap::parse(&bytes)
                        .into_iter()
                        .filter_map(|(code, text)| {
                            let text = normalize_glyph_text(&text);
                            (!text.is_empty()).then(|| (code, Arc::from(text)))
                        })
                        .collect(),
                );
                if let Some(id) = id {
                    cmaps.insert(id, map.clone());
                }
                map
            }
        };
        // The map wins over the encoding, code by code, as in every reader.
        for (code, text) in map.iter() {
            let code = *code;
            let fits = match self.code_width {
                CodeWidth::One => code <= 0xFF,
                CodeWidth::Two => code <= 0xFFFF,
                CodeWidth::Utf16 => code <= 0x10_FFFF,
                CodeWidth::Ranges(_) => true,
            };
            if fits {
                self.text.insert(code, text.clone());
            }
        }
    }

    fn identity_text_guess(&mut self) {
        for code in self.widths.codes() {
            if let Some(ch) = char::from_u32(code).filter(|c| !c.is_control()) {
                self.set_text(code, &ch.to_string());
            }
        }
    }

    /// Splits a shown string into codes with their text and advance.
    #[cfg(test)]
    pub fn codes(&self, bytes: &[u8]) -> Vec<Code> {
        let mut out = Vec::with_capacity(bytes.len());
        self.each_code(bytes, |c| out.push(c));
        out
    }

    /// Calls `f` for each code of a shown string, in order (no allocation per string).
    pub fn each_code(&self, bytes: &[u8], mut f: impl FnMut(Code)) {
        let code = |code: u32, one_byte: bool| {
            let text = self.text.get(code).cloned().or_else(|| self.fallback_text(code));
            let width = self
                .widths
                .get(code)
                .copied()
                .or_else(|| self.afm.and_then(|m| text.as_deref().and_then(|t| m.width_of(t))))
                .unwrap_or(self.default_width);
            Code { advance: width * self.scale, is_word_space: one_byte && code == 32, text }
        };
        match &self.code_width {
            CodeWidth::One => bytes.iter().for_each(|&b| f(code(u32::from(b), true))),
            CodeWidth::Two => {
                for pair in bytes.chunks(2) {
                    let c = match pair {
                        [hi, lo] => (u32::from(*hi) << 8) | u32::from(*lo),
                        [lo] => u32::from(*lo),
                        _ => continue,
                    };
                    f(code(c, false));
                }
            }
            CodeWidth::Utf16 => {
                let mut i = 0;
                while i < bytes.len() {
                    let unit = |at: usize| bytes.get(at..at + 2).map(|p| u32::from(p[0]) << 8 | u32::from(p[1]));
                    let Some(first) = unit(i) else { break };
                    match unit(i + 2) {
                        Some(second) if (0xD800..0xDC00).contains(&first) && (0xDC00..0xE000).contains(&second) => {
                            f(code(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), false));
                            i += 4;
                        }
                        _ => {
                            f(code(first, false));
                            i += 2;
                        }
                    }
                }
            }
            CodeWidth::Ranges(space) => {
                let mut rest = bytes;
                while !rest.is_empty() {
                    let next = space.next_code(rest);
                    f(if next.valid {
                        code(next.code, next.len == 1)
                    } else {
                        // An invalid code shows .notdef: no text, the default width.
                        Code { text: None, advance: self.default_width * self.scale, is_word_space: false }
                    });
                    rest = rest.get(next.len..).unwrap_or_default();
                }
            }
        }
    }
}

impl Font {
    /// Text for a code that no table maps, from the font's predefined CMap or collection.
    fn fallback_text(&self, code: u32) -> Option<Arc<str>> {
        let ch = match self.fallback {
            Fallback::None => return None,
            Fallback::Unicode => char::from_u32(code)?,
            Fallback::Cid(collection) => collection.text(code)?,
        };
        let text = normalize_glyph_text(ch.encode_utf8(&mut [0; 4]));
        (!text.is_empty()).then(|| Arc::from(text))
    }
}

/// The encoding CMap a Type0 font embeds as its `/Encoding` stream; its `/UseCMap` entry
/// counts as a `usecmap` of the program.
fn embedded_cmap(doc: &Document, dict: &Dictionary, inflate_limit: usize) -> Option<cmap::EncodingCmap> {
    let stream = dict.get(b"Encoding").ok().and_then(|o| resolve(doc, o))?.as_stream().ok()?;
    let bytes = super::filters::decode(stream, inflate_limit).ok()?;
    let mut cmap = cmap::parse_encoding(&bytes);
    if cmap.uses.is_none() {
        cmap.uses = name_of(stream.dict.get(b"UseCMap").ok());
    }
    if cmap.codespace.is_empty() && matches!(cmap.uses.as_deref(), Some("Identity-H" | "Identity-V")) {
        cmap.codespace = cmap::Codespace::full(2);
    }
    Some(cmap)
}

/// The Adobe character collection of a CIDFont, from its `/CIDSystemInfo`.
fn cid_collection(doc: &Document, descendant: &Dictionary) -> Option<cjk::Collection> {
    let info = descendant.get(b"CIDSystemInfo").ok().and_then(|o| resolve(doc, o))?.as_dict().ok()?;
    let field = |key: &[u8]| info.get(key).ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_str().ok());
    cjk::Collection::from_system_info(field(b"Registry")?, field(b"Ordering")?)
}

/// The encoding a Type 1 font program carries itself.
#[derive(Debug, PartialEq)]
enum BuiltinEncoding {
    /// `/Encoding StandardEncoding def`.
    Standard,
    /// `/Encoding 256 array … dup 12 /fi put … readonly def`: each code's glyph name.
    Glyphs(Vec<(u32, String)>),
}

/// The built-in encoding of the font's embedded Type 1 program (`/FontFile`), read from
/// its clear-text part before `eexec`, as readers do for a Type 1 font without
/// `/Encoding`.
fn type1_builtin_encoding(doc: &Document, dict: &Dictionary, inflate_limit: usize) -> Option<BuiltinEncoding> {
    let descriptor = dict.get(b"FontDescriptor").ok().and_then(|o| resolve(doc, o))?.as_dict().ok()?;
    let program = descriptor.get(b"FontFile").ok().and_then(|o| resolve(doc, o))?.as_stream().ok()?;
    let bytes = super::filters::decode(program, inflate_limit).ok()?;
    parse_builtin_encoding(&bytes)
}

/// The `/Encoding` of a Type 1 program's clear text.
fn parse_builtin_encoding(program: &[u8]) -> Option<BuiltinEncoding> {
    let clear = &program[..find(program, b"eexec").unwrap_or(program.len())];
    let at = find(clear, b"/Encoding")?;
    let mut tokens = clear[at + b"/Encoding".len()..]
        .split(|b| b.is_ascii_whitespace())
        .filter(|t| !t.is_empty())
        .map(|t| String::from_utf8_lossy(t).into_owned());
    let first = tokens.next()?;
    if first == "StandardEncoding" {
        return Some(BuiltinEncoding::Standard);
    }
    let mut glyphs = Vec::new();
    let mut recent: Vec<String> = Vec::new();
    for token in tokens.take(4 * 256 + 64) {
        if token == "def" || token == "readonly" && !recent.is_empty() && glyphs.len() >= 256 {
            break;
        }
        if token == "put" {
            // `dup <code> /<name> put`
            if let [.., dup, code, name] = recent.as_slice() {
                if let (true, Ok(code), Some(name)) = (dup == "dup", code.parse::<u32>(), name.strip_prefix('/')) {
                    if code <= 255 {
                        glyphs.push((code, name.to_string()));
                    }
                }
            }
            recent.clear();
        } else {
            recent.push(token);
        }
    }
    (!glyphs.is_empty()).then_some(BuiltinEncoding::Glyphs(glyphs))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The text a glyph name stands for, by the Adobe Glyph List rules: the part before the
/// first `.` counts; `_` joins ligature components; each component is a name of the list,
/// `uniXXXX…` (one or more four-digit UTF-16 values outside the surrogates) or `uXXXX` to
/// `uXXXXXX`. `None` for `.notdef` and for names no rule reads.
pub(crate) fn glyph_text(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name.split('.').next().unwrap_or("");
    if base.is_empty() {
        return None;
    }
    let mut out = String::new();
    for component in base.split('_') {
        out.push_str(&component_text(component)?);
    }
    (!out.is_empty()).then_some(out)
}

fn component_text(name: &str) -> Option<String> {
    if let Ok(i) = glyphlist::GLYPHS.binary_search_by(|(n, _)| (*n).cmp(name)) {
        return Some(glyphlist::GLYPHS[i].1.to_string());
    }
    let hex = |s: &str| {
        (s.bytes().all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c)) && !s.is_empty())
            .then(|| u32::from_str_radix(s, 16).ok())
            .flatten()
    };
    let not_surrogate = |v: u32| !(0xD800..0xE000).contains(&v);
    if let Some(digits) = name.strip_prefix("uni") {
        if !digits.is_empty() && digits.len() % 4 == 0 {
            let mut out = String::new();
            for k in (0..digits.len()).step_by(4) {
                let v = hex(digits.get(k..k + 4)?)?;
                out.push(char::from_u32(v).filter(|_| not_surrogate(v))?);
            }
            return Some(out);
        }
    }
    if let Some(digits) = name.strip_prefix('u') {
        if (4..=6).contains(&digits.len()) {
            let v = hex(digits)?;
            return char::from_u32(v).filter(|_| not_surrogate(v)).map(String::from);
        }
    }
    None
}

fn name_of(obj: Option<&Object>) -> Option<String> {
    obj.and_then(|o| o.as_name().ok()).map(|n| String::from_utf8_lossy(n).into_owned())
}

fn looks_bold(name: &str, descriptor: Option<&Dictionary>) -> bool {
    let lower = name.to_ascii_lowercase();
    if ["bold", "black", "heavy", "semibold", "demi"].iter().any(|w| lower.contains(w)) {
        return true;
    }
    let Some(d) = descriptor else { return false };
    let weight = d.get(b"FontWeight").ok().and_then(number).unwrap_or(0.0);
    let flags = d.get(b"Flags").ok().and_then(number).unwrap_or(0.0) as i64;
    // Flag bit 19 is ForceBold.
    weight >= 600.0 || (flags & (1 << 18)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Dictionary, Stream};

    const CMAP: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <1234> <00E9> <0003> <0020> endbfchar
1 beginbfrange <2000> <2002> <0061> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    fn type0(doc: &mut Document, w: Vec<Object>) -> Dictionary {
        let to_unicode = doc.add_object(Stream::new(Dictionary::new(), CMAP.to_vec()));
        let mut cid = Dictionary::new();
        cid.set("Type", Object::Name(b"Font".to_vec()));
        cid.set("Subtype", Object::Name(b"CIDFontType2".to_vec()));
        cid.set("DW", Object::Integer(1000));
        cid.set("W", Object::Array(w));
        let cid_id = doc.add_object(Object::Dictionary(cid));
        let mut font = Dictionary::new();
        font.set("Type", Object::Name(b"Font".to_vec()));
        font.set("Subtype", Object::Name(b"Type0".to_vec()));
        font.set("BaseFont", Object::Name(b"ABCDEF+DejaVuSans-Bold".to_vec()));
        font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
        font.set("DescendantFonts", Object::Array(vec![Object::Reference(cid_id)]));
        font.set("ToUnicode", Object::Reference(to_unicode));
        font
    }

    #[test]
    fn two_byte_codes_map_through_to_unicode_even_far_beyond_the_low_range() {
        let mut doc = Document::with_version("1.5");
        let dict = type0(&mut doc, vec![]);
        let font = Font::load(&doc, &dict, 1 << 20);
        assert_eq!(font.name, "DejaVuSans-Bold");
        assert!(font.bold);
        let codes = font.codes(&[0x12, 0x34, 0x20, 0x01, 0x00, 0x03]);
        let text: Vec<&str> = codes.iter().map(|c| c.text.as_deref().unwrap_or("")).collect();
        assert_eq!(text, ["é", "b", " "]);
        // Two-byte codes never get word spacing, even code 0x0020-like ones.
        assert!(codes.iter().all(|c| !c.is_word_space));
        assert_eq!(codes[0].advance, 1.0);
    }

    #[test]
    fn cid_widths_in_both_forms() {
        let mut doc = Document::with_version("1.5");
        let w = vec![
            Object::Integer(1),
            Object::Array(vec![Object::Integer(500), Object::Real(600.0)]),
            Object::Integer(10),
            Object::Integer(20),
            Object::Integer(700),
        ];
        let dict = type0(&mut doc, w);
        let font = Font::load(&doc, &dict, 1 << 20);
        let adv = |code: u16| (font.codes(&code.to_be_bytes())[0].advance * 1000.0).round() / 1000.0;
        assert_eq!((adv(1), adv(2), adv(10), adv(15), adv(20), adv(21)), (0.5, 0.6, 0.7, 0.7, 0.7, 1.0));
    }

    #[test]
    fn a_type1_programs_own_encoding_is_read_from_its_clear_text() {
        let program = b"%!PS-AdobeFont-1.0: CMR10\n/FontName /CMR10 def\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 12 /fi put\ndup 127 /dieresis put\ndup 97 /a put\nreadonly def\ncurrentdict end\ncurrentfile eexec\n\x8f\x02dup 13 /fl put";
        assert_eq!(
            parse_builtin_encoding(program),
            Some(BuiltinEncoding::Glyphs(vec![(12, "fi".into()), (127, "dieresis".into()), (97, "a".into())]))
        );
        assert_eq!(parse_builtin_encoding(b"/Encoding StandardEncoding def eexec"), Some(BuiltinEncoding::Standard));
        assert_eq!(parse_builtin_encoding(b"/FontName /X def eexec /Encoding 256 array dup 1 /a put"), None);
        assert_eq!(glyph_text(b"dieresis").as_deref(), Some("\u{a8}"));
    }

    #[test]
    fn simple_font_layers_to_unicode_over_the_encoding() {
        let mut doc = Document::with_version("1.4");
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <07> <20AC> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end";
        let to_unicode = doc.add_object(Stream::new(Dictionary::new(), cmap.to_vec()));
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"Font".to_vec()));
        dict.set("Subtype", Object::Name(b"TrueType".to_vec()));
        dict.set("BaseFont", Object::Name(b"AAAAAA+LiberationSans".to_vec()));
        dict.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
        dict.set("ToUnicode", Object::Reference(to_unicode));
        dict.set("FirstChar", Object::Integer(7));
        dict.set("Widths", Object::Array(vec![Object::Integer(556)]));
        let font = Font::load(&doc, &dict, 1 << 20);
        let codes = font.codes(b"\x07A ");
        let text: Vec<&str> = codes.iter().map(|c| c.text.as_deref().unwrap_or("")).collect();
        // Code 7 only through the map; A and space through WinAnsi.
        assert_eq!(text, ["€", "A", " "]);
        assert_eq!(codes[0].advance, 0.556);
        assert!(codes[2].is_word_space);
        assert!(!font.bold);
    }

    #[test]
    fn standard_font_without_widths_uses_its_metrics() {
        let doc = Document::with_version("1.4");
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"Font".to_vec()));
        dict.set("Subtype", Object::Name(b"Type1".to_vec()));
        dict.set("BaseFont", Object::Name(b"Helvetica".to_vec()));
        let font = Font::load(&doc, &dict, 1 << 20);
        let codes = font.codes(b"Wi");
        let rounded = |a: f64| (a * 1000.0).round() / 1000.0;
        assert_eq!((rounded(codes[0].advance), rounded(codes[1].advance)), (0.944, 0.222));
    }

    /// A Type0 font whose `/Encoding` is the given CMap program, with the ToUnicode map of
    /// [`CMAP`] and `/W` by CID.
    fn type0_embedded(doc: &mut Document, encoding: &[u8], w: Vec<Object>) -> Dictionary {
        let mut font = type0(doc, w);
        let cmap = doc.add_object(Stream::new(Dictionary::new(), encoding.to_vec()));
        font.set("Encoding", Object::Reference(cmap));
        font
    }

    #[test]
    fn embedded_cmap_built_on_identity_h_keeps_two_byte_codes() {
        let mut doc = Document::with_version("1.5");
        let dict = type0_embedded(&mut doc, b"/Identity-H usecmap", vec![]);
        let font = Font::load(&doc, &dict, 1 << 20);
        let text: Vec<String> =
            font.codes(&[0x12, 0x34, 0x20, 0x01]).into_iter().filter_map(|c| c.text.map(|t| t.to_string())).collect();
        assert_eq!(text, ["é", "b"]);
    }

    #[test]
    fn embedded_cmap_maps_codes_to_cids_for_widths() {
        // Two-byte codes 2000-2002 are CIDs 7-9; /W gives CID 8 a width of 250.
        let mut doc = Document::with_version("1.5");
        let cmap = b"1 begincodespacerange <00> <1F> endcodespacerange
            1 begincodespacerange <2000> <2FFF> endcodespacerange
            1 begincidrange <2000> <2002> 7 endcidrange";
        let w = vec![Object::Integer(8), Object::Array(vec![Object::Integer(250)])];
        let dict = type0_embedded(&mut doc, cmap, w);
        let font = Font::load(&doc, &dict, 1 << 20);
        let codes = font.codes(&[0x20, 0x01, 0x05, 0x20, 0x02]);
        let text: Vec<&str> = codes.iter().map(|c| c.text.as_deref().unwrap_or("")).collect();
        // 05 is a one-byte code (no text, DW 1000), not the start of a two-byte one.
        assert_eq!(text, ["b", "", "c"]);
        let advances: Vec<f64> = codes.iter().map(|c| c.advance).collect();
        assert_eq!(advances, [0.25, 1.0, 1.0]);
    }

    proptest::proptest! {
        #[test]
        fn any_embedded_cmap_and_string_give_codes_without_panic(
            cmap in proptest::collection::vec(proptest::num::u8::ANY, 0..300),
            text in proptest::collection::vec(proptest::num::u8::ANY, 0..64),
        ) {
            let mut doc = Document::with_version("1.5");
            let mut program = b"2 begincodespacerange <00> <7F> <800000> <FFFFFF> endcodespacerange ".to_vec();
            program.extend_from_slice(&cmap);
            let dict = type0_embedded(&mut doc, &program, vec![]);
            let font = Font::load(&doc, &dict, 1 << 20);
            let codes = font.codes(&text);
            proptest::prop_assert!(codes.len() <= text.len());
            proptest::prop_assert!(text.is_empty() || !codes.is_empty());
        }
    }
}
