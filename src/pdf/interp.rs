//! The content-stream interpreter: runs the text and graphics-state operators of a page
//! and emits every shown glyph with its position in page space.
//!
//! Only what text placement needs is modelled (ISO 32000-1 §9.4): the CTM stack, the text
//! state (`Tc Tw Tz TL Tf Ts`), the text and line matrices, the four show operators and
//! form XObjects. Paths and images are kept only as boxes and rules for the layout stage
//! ([`super::paths`]); colours (beyond a white fill) and clipping are ignored.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use lopdf::content::Operation;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::font::Font;
use super::matrix::Matrix;
use super::objects::{number, resolve};
use super::paths::PathBuilder;
use super::{Glyph, Limits, PdfError};

/// Fonts parsed once per document, keyed by the font dictionary's address or object id.
#[derive(Default)]
pub struct FontCache {
    fonts: HashMap<FontKey, Arc<Font>>,
    cmaps: super::font::CmapCache,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum FontKey {
    Object(ObjectId),
    Inline(usize),
    /// A name the resources lack: one stand-in per name, however often it is selected.
    Missing(u64),
}

#[derive(Clone)]
struct GraphicsState {
    ctm: Matrix,
    char_spacing: f64,
    word_spacing: f64,
    horizontal_scale: f64,
    leading: f64,
    font: Option<Arc<Font>>,
    font_size: f64,
    rise: f64,
    /// `Tr`: 3 (neither fill nor stroke) and 7 (clip only) show nothing, as OCR layers do.
    render_mode: i64,
}

impl Default for GraphicsState {
    fn default() -> Self {
        GraphicsState {
            ctm: Matrix::IDENTITY,
            char_spacing: 0.0,
            word_spacing: 0.0,
            horizontal_scale: 1.0,
            leading: 0.0,
            font: None,
            font_size: 0.0,
            rise: 0.0,
            render_mode: 0,
        }
    }
}

/// Interprets the content of one page.
pub struct Interpreter<'a> {
    doc: &'a Document,
    limits: &'a Limits,
    cache: &'a mut FontCache,
    /// Bytes inflated so far for this page (counted against the document budget by the caller).
    pub inflated: usize,
    gs: GraphicsState,
    stack: Vec<GraphicsState>,
    tm: Matrix,
    tlm: Matrix,
    /// Forms being run, to stop a form that draws itself.
    form_stack: Vec<ObjectId>,
    /// The glyphs shown, in content order.
    pub glyphs: Vec<Glyph>,
    /// How many of them are invisible (text render mode 3 or 7).
    pub invisible_glyphs: usize,
    /// Names of the fonts used, indexed by `Glyph::font`.
    pub font_names: Vec<String>,
    /// Problems met that did not stop the page.
    pub problems: Vec<String>,
    /// Paths under construction and the shapes painted so far.
    pub paths: PathBuilder,
    ops_run: usize,
    glyph_limit_hit: bool,
    /// Fonts (by index) whose undecodable text has been noted on this page.
    undecoded_fonts: Vec<u16>,
    /// Codes shown that decode to no text.
    pub undecoded: usize,
    /// Marked-content spans open (`BMC`/`BDC` … `EMC`), innermost last: the `/ActualText`
    /// of each, if it has one.
    marked: Vec<Option<std::sync::Arc<str>>>,
    /// Whether the innermost span with an `/ActualText` has given its text to a glyph.
    actual_given: bool,
    /// When the document's time is up: one page may hold enough work (hundreds of fonts,
    /// millions of operators) to overrun it on its own.
    deadline: Instant,
    out_of_time: bool,
}

impl<'a> Interpreter<'a> {
    /// An interpreter for a page with the given base transform (page rotation / offset).
    pub fn new(
        doc: &'a Document,
        limits: &'a Limits,
        cache: &'a mut FontCache,
        base: Matrix,
        deadline: Instant,
    ) -> Self {
        Interpreter {
            doc,
            limits,
            deadline,
            out_of_time: false,
            cache,
            inflated: 0,
            gs: GraphicsState { ctm: base, ..GraphicsState::default() },
            stack: Vec::new(),
            tm: Matrix::IDENTITY,
            tlm: Matrix::IDENTITY,
            form_stack: Vec::new(),
            glyphs: Vec::new(),
            invisible_glyphs: 0,
            font_names: Vec::new(),
            problems: Vec::new(),
            paths: PathBuilder::default(),
            ops_run: 0,
            glyph_limit_hit: false,
            undecoded_fonts: Vec::new(),
            undecoded: 0,
            marked: Vec::new(),
            actual_given: false,
        }
    }

    /// Runs a content stream with the given resources.
    pub fn run(&mut self, content: &[u8], resources: &[&'a Dictionary]) -> Result<(), PdfError> {
        let mut ops = super::content::operations(content);
        let result = self.run_operations(&mut ops, resources);
        if ops.skipped > 0 {
            self.note("content stream has syntax errors; the unreadable parts were skipped");
        }
        result
    }

    fn run_operations(
        &mut self,
        ops: &mut super::content::Operations<'_>,
        resources: &[&'a Dictionary],
    ) -> Result<(), PdfError> {
        for op in ops {
            self.ops_run += 1;
            if self.out_of_time || (self.ops_run.is_multiple_of(256) && Instant::now() > self.deadline) {
                return Err(self.time_limit());
            }
            if self.glyph_limit_hit {
                return Err(PdfError::page_glyphs_limit(self.limits));
            }
            if self.ops_run > self.limits.max_operators_per_page {
                return Err(PdfError::operators_limit(self.limits.max_operators_per_page));
            }
            self.op(&op, resources)?;
        }
        Ok(())
    }

    fn op(&mut self, op: &Operation, resources: &[&'a Dictionary]) -> Result<(), PdfError> {
        let args = &op.operands;
        let n = |i: usize| args.get(i).and_then(number);
        match op.operator.as_str() {
            // Unbalanced q's beyond any sane depth are ignored rather than stacked.
            "q" if self.stack.len() < 256 => self.stack.push(self.gs.clone()),
            "Q" => {
                if let Some(gs) = self.stack.pop() {
                    self.gs = gs;
                }
            }
            "cm" => {
                if let Some(m) = matrix_from(args) {
                    let ctm = m.then(&self.gs.ctm);
                    if ctm.is_finite() {
                        self.gs.ctm = ctm;
                    }
                }
            }
            "BT" => {
                self.tm = Matrix::IDENTITY;
                self.tlm = Matrix::IDENTITY;
            }
            // Marked content: a span's `/ActualText` is the text its glyphs stand for (a
            // typesetter's own hyphen marked as a soft hyphen, a ligature, a glyph of
            // several letters). Unbalanced nesting beyond any sane depth is ignored.
            "BMC" | "BDC" if self.marked.len() < 64 => {
                let actual = match args.get(1) {
                    Some(Object::Dictionary(props)) => props.get(b"ActualText").ok().and_then(|o| match o {
                        Object::String(bytes, _) => {
                            lopdf::decode_text_string(&Object::String(bytes.clone(), lopdf::StringFormat::Literal)).ok()
                        }
                        _ => None,
                    }),
                    _ => None,
                };
                if actual.is_some() {
                    self.actual_given = false;
                }
                self.marked.push(actual.map(std::sync::Arc::from));
            }
            "EMC" => {
                self.marked.pop();
            }
            "Tc" => self.gs.char_spacing = n(0).unwrap_or(0.0),
            "Tw" => self.gs.word_spacing = n(0).unwrap_or(0.0),
            "Tz" => self.gs.horizontal_scale = n(0).unwrap_or(100.0) / 100.0,
            "TL" => self.gs.leading = n(0).unwrap_or(0.0),
            "Ts" => self.gs.rise = n(0).unwrap_or(0.0),
            "Tr" => self.gs.render_mode = n(0).map_or(0, |m| m as i64),
            "Tf" => {
                self.gs.font_size = n(1).unwrap_or(0.0);
                if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                    self.gs.font = Some(self.font(name, resources));
                }
            }
            "Td" => self.move_line(n(0).unwrap_or(0.0), n(1).unwrap_or(0.0)),
            "TD" => {
                let ty = n(1).unwrap_or(0.0);
                self.gs.leading = -ty;
                self.move_line(n(0).unwrap_or(0.0), ty);
            }
            "Tm" => {
                if let Some(m) = matrix_from(args) {
                    if m.is_finite() {
                        self.tm = m;
                        self.tlm = m;
                    }
                }
            }
            "T*" => self.move_line(0.0, -self.gs.leading),
            "Tj" => {
                if let Some(Object::String(bytes, _)) = args.first() {
                    self.show(bytes);
                }
            }
            "'" => {
                self.move_line(0.0, -self.gs.leading);
                if let Some(Object::String(bytes, _)) = args.first() {
                    self.show(bytes);
                }
            }
            "\"" => {
                self.gs.word_spacing = n(0).unwrap_or(0.0);
                self.gs.char_spacing = n(1).unwrap_or(0.0);
                self.move_line(0.0, -self.gs.leading);
                if let Some(Object::String(bytes, _)) = args.get(2) {
                    self.show(bytes);
                }
            }
            "TJ" => {
                if let Some(Object::Array(items)) = args.first() {
                    for item in items {
                        match item {
                            Object::String(bytes, _) => self.show(bytes),
                            other => {
                                if let Some(adj) = number(other) {
                                    let tx = -adj / 1000.0 * self.gs.font_size * self.gs.horizontal_scale;
                                    self.advance(tx);
                                }
                            }
                        }
                    }
                }
            }
            "Do" => {
                if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                    self.form(name, resources)?;
                }
            }
            // Paths: kept as boxes and rules, layout evidence only.
            "m" => self.paths.move_to(&self.gs.ctm, n(0).unwrap_or(0.0), n(1).unwrap_or(0.0)),
            "l" => self.paths.line_to(&self.gs.ctm, n(0).unwrap_or(0.0), n(1).unwrap_or(0.0)),
            "c" => self.paths.line_to(&self.gs.ctm, n(4).unwrap_or(0.0), n(5).unwrap_or(0.0)),
            "v" | "y" => self.paths.line_to(&self.gs.ctm, n(2).unwrap_or(0.0), n(3).unwrap_or(0.0)),
            "re" => self.paths.rect(
                &self.gs.ctm,
                n(0).unwrap_or(0.0),
                n(1).unwrap_or(0.0),
                n(2).unwrap_or(0.0),
                n(3).unwrap_or(0.0),
            ),
            "S" | "s" => self.paths.paint(true, false),
            "f" | "F" | "f*" => self.paths.paint(false, true),
            "B" | "B*" | "b" | "b*" => self.paths.paint(true, true),
            "n" => self.paths.paint(false, false),
            "g" => self.paths.white_fill = n(0).is_some_and(|v| v >= 0.99),
            "rg" => self.paths.white_fill = (0..3).all(|i| n(i).is_some_and(|v| v >= 0.99)),
            "k" => self.paths.white_fill = (0..4).all(|i| n(i).is_some_and(|v| v <= 0.01)),
            "sc" | "scn" if args.len() == 1 || args.len() == 3 => {
                self.paths.white_fill = (0..args.len()).all(|i| n(i).is_some_and(|v| v >= 0.99))
            }
            _ => {}
        }
        Ok(())
    }

    fn time_limit(&self) -> PdfError {
        PdfError::time_limit(self.limits.max_time)
    }

    /// Records a problem once per page: a broken stream may repeat the same fault
    /// millions of times, and each copy would cost memory.
    fn note(&mut self, problem: impl Into<String>) {
        let problem = problem.into();
        if self.problems.len() < 32 && !self.problems.contains(&problem) {
            self.problems.push(problem);
        }
    }

    fn move_line(&mut self, tx: f64, ty: f64) {
        let m = Matrix::translate(tx, ty).then(&self.tlm);
        if m.is_finite() {
            self.tlm = m;
            self.tm = m;
        }
    }

    fn advance(&mut self, tx: f64) {
        let m = Matrix::translate(tx, 0.0).then(&self.tm);
        if m.is_finite() {
            self.tm = m;
        }
    }

    fn show(&mut self, bytes: &[u8]) {
        if self.glyphs.len() >= self.limits.max_glyphs_per_page {
            self.glyph_limit_hit = true;
            return;
        }
        let Some(font) = self.gs.font.clone() else {
            self.note("text shown before a font was selected");
            return;
        };
        // A string with more codes than glyphs may still be shown on the page would only
        // cost time: cut it (four bytes per code at most) and report the limit.
        let room = self.limits.max_glyphs_per_page.saturating_sub(self.glyphs.len()).saturating_add(1);
        let bytes = match bytes.get(..room.saturating_mul(4)) {
            Some(cut) if cut.len() < bytes.len() => {
                self.glyph_limit_hit = true;
                cut
            }
            _ => bytes,
        };
        let font_index = self.font_index(&font.name);
        let (size, th, rise) = (self.gs.font_size, self.gs.horizontal_scale, self.gs.rise);
        let mut undecoded = false;
        let invisible = matches!(self.gs.render_mode, 3 | 7);
        font.each_code(bytes, |code| {
            // Text space to page space for this glyph; the glyph's box runs from its origin
            // to its own width (character spacing is the gap after it, part of no word).
            let m = self.tm.then(&self.gs.ctm);
            let glyph_width = code.advance * size * th;
            let (x0, y) = m.apply(0.0, rise);
            let (x1, _) = m.apply(glyph_width, rise);
            // A negative size mirrors the glyphs; producers pair it with a mirroring
            // matrix so that the text stands upright. The glyph is as large either way.
            let effective = size.abs() * m.y_scale();
            if self.glyphs.len() >= self.limits.max_glyphs_per_page {
                // One string may hold millions of codes: stop collecting, report after.
                self.glyph_limit_hit = true;
            } else if let Some(text) = code.text {
                // Inside a span with an `/ActualText`, its first glyph stands for the whole
                // text and the others for nothing.
                let text = match self.marked.iter().rev().find_map(Option::as_ref) {
                    Some(_) if self.actual_given => None,
                    Some(actual) => {
                        self.actual_given = true;
                        (!actual.is_empty()).then(|| actual.clone())
                    }
                    None => Some(text),
                };
                if let Some(text) =
                    text.filter(|_| x0.is_finite() && y.is_finite() && x1.is_finite() && effective > 0.0)
                {
                    self.glyphs.push(Glyph {
                        text,
                        x0: x0.min(x1),
                        x1: x0.max(x1),
                        y,
                        size: effective,
                        font: font_index,
                        bold: font.bold,
                    });
                    self.invisible_glyphs += usize::from(invisible);
                }
            } else {
                undecoded = true;
                self.undecoded += 1;
            }
            let mut tx = (code.advance * size + self.gs.char_spacing) * th;
            if code.is_word_space {
                tx += self.gs.word_spacing * th;
            }
            self.advance(tx);
        });
        if undecoded && !self.undecoded_fonts.contains(&font_index) {
            // Once per font and page: the note is formatted and compared only then.
            self.undecoded_fonts.push(font_index);
            self.note(super::undecoded_problem(&font.name));
        }
    }

    fn font_index(&mut self, name: &str) -> u16 {
        if let Some(i) = self.font_names.iter().position(|n| n == name) {
            return i as u16;
        }
        self.font_names.push(name.to_string());
        (self.font_names.len() - 1).min(u16::MAX as usize) as u16
    }

    fn font(&mut self, name: &[u8], resources: &[&'a Dictionary]) -> Arc<Font> {
        let doc = self.doc;
        for res in resources {
            let Some(fonts) = res.get(b"Font").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok()) else {
                continue;
            };
            let Ok(entry) = fonts.get(name) else { continue };
            let (key, dict) = match entry {
                Object::Reference(id) => match resolve(doc, entry).and_then(|o| o.as_dict().ok()) {
                    Some(d) => (FontKey::Object(*id), d),
                    None => continue,
                },
                Object::Dictionary(d) => (FontKey::Inline(d as *const Dictionary as usize), d),
                _ => continue,
            };
            if let Some(font) = self.cache.fonts.get(&key) {
                return font.clone();
            }
            if Instant::now() > self.deadline {
                // Out of time: read no more fonts; the next operator ends the page.
                self.out_of_time = true;
                break;
            }
            let font = Arc::new(Font::load_cached(doc, dict, self.limits.max_stream_bytes, &mut self.cache.cmaps));
            self.cache.fonts.insert(key, font.clone());
            return font;
        }
        self.note(format!(
            "font /{} is not in the page resources; its text is read as Latin-1",
            String::from_utf8_lossy(name)
        ));
        let key = FontKey::Missing({
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            name.hash(&mut h);
            h.finish()
        });
        self.cache.fonts.entry(key).or_insert_with(|| Arc::new(Font::fallback(&String::from_utf8_lossy(name)))).clone()
    }

    fn form(&mut self, name: &[u8], resources: &[&'a Dictionary]) -> Result<(), PdfError> {
        let doc = self.doc;
        let Some((id, stream)) = resources.iter().find_map(|res| {
            let xobjects = res.get(b"XObject").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok())?;
            let id = xobjects.get(name).ok()?.as_reference().ok()?;
            let stream = doc.get_object(id).ok()?.as_stream().ok()?;
            Some((id, stream))
        }) else {
            return Ok(());
        };
        // Images are the common case and carry no text: skip them before inflating anything.
        if stream.dict.get(b"Subtype").and_then(|o| o.as_name()).ok() != Some(b"Form".as_slice()) {
            if stream.dict.get(b"Subtype").and_then(|o| o.as_name()).ok() == Some(b"Image".as_slice()) {
                self.paths.image(&self.gs.ctm);
            }
            return Ok(());
        }
        if self.form_stack.contains(&id) || self.form_stack.len() >= self.limits.max_form_depth {
            self.note("a form XObject nests too deep or draws itself; skipped");
            return Ok(());
        }
        let budget = self.limits.max_stream_bytes;
        let content = match super::filters::decode(stream, budget) {
            Ok(c) => c,
            Err(super::filters::DecodeError::Limit) => return Err(PdfError::stream_limit(budget)),
            Err(super::filters::DecodeError::Failed) => {
                self.note("a form XObject could not be decompressed; skipped");
                return Ok(());
            }
        };
        self.inflated += content.len();
        let form_resources: Option<&'a Dictionary> =
            stream.dict.get(b"Resources").ok().and_then(|o| resolve(doc, o)).and_then(|o| o.as_dict().ok());
        let mut chain: Vec<&'a Dictionary> = Vec::with_capacity(resources.len() + 1);
        chain.extend(form_resources);
        chain.extend_from_slice(resources);

        let saved = (self.gs.clone(), self.stack.len(), self.tm, self.tlm);
        if let Some(m) = stream.dict.get(b"Matrix").ok().and_then(|o| o.as_array().ok()).and_then(|a| matrix_from(a)) {
            let ctm = m.then(&self.gs.ctm);
            if ctm.is_finite() {
                self.gs.ctm = ctm;
            }
        }
        self.form_stack.push(id);
        let result = self.run(&content, &chain);
        self.form_stack.pop();
        self.gs = saved.0;
        self.stack.truncate(saved.1);
        self.tm = saved.2;
        self.tlm = saved.3;
        result
    }
}

fn matrix_from(args: &[Object]) -> Option<Matrix> {
    if args.len() < 6 {
        return None;
    }
    let mut m = [0.0; 6];
    for (slot, arg) in m.iter_mut().zip(args) {
        *slot = number(arg)?;
    }
    Some(Matrix(m))
}

/// Maps presentation forms to the text they stand for, so that later stages see words,
/// not typography: ligatures (`ﬁ` → `fi`), no-break and thin spaces. A soft hyphen
/// (U+00AD) is kept: it tells the typesetter's line-end hyphen from a word's own.
pub(super) fn normalize_glyph_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{2002}' | '\u{2003}' => out.push(' '),
            // A soft hyphen stays one: the report stage removes it where it breaks a line.
            '\u{00AD}' => out.push(c),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize_glyph_text;

    #[test]
    fn ligatures_and_spaces_become_plain_text() {
        assert_eq!(normalize_glyph_text("\u{FB01}"), "fi");
        assert_eq!(normalize_glyph_text("\u{FB03}"), "ffi");
        assert_eq!(normalize_glyph_text("a\u{00A0}b"), "a b");
        assert_eq!(normalize_glyph_text("\u{00AD}"), "\u{00AD}");
        assert_eq!(normalize_glyph_text("\u{0007}"), "");
    }
}
