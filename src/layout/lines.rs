//! Glyphs → words → lines.
//!
//! A *line* here is one run of text on one baseline within one column: the cells of a
//! table row on the same baseline are separate lines, because the gap between them is far
//! wider than any word space. Spaces are inferred from gaps as well as from space glyphs,
//! since many producers draw no space glyphs at all.

use super::Settings;
use crate::pdf::{Glyph, Page};

/// A word: glyphs without a space between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The word's text.
    pub text: String,
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Baseline.
    pub y: f64,
    /// Largest font size in the word.
    pub size: f64,
}

/// A run of words on one baseline within one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// 1-based page number.
    pub page: u32,
    /// The words, left to right.
    pub words: Vec<Word>,
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Baseline of the main (largest) text.
    pub y: f64,
    /// Dominant font size (by characters).
    pub size: f64,
    /// Whether most characters are bold.
    pub bold: bool,
    /// Whether most characters are italic/oblique.
    pub italic: bool,
    /// The words joined with single spaces (kept: later stages read it many times).
    pub text: String,
}

impl Line {
    /// The words joined with single spaces.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A line from words (left to right) and its style; the text is derived.
    pub fn new(page: u32, words: Vec<Word>, size: f64, bold: bool, italic: bool) -> Line {
        let x0 = words.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min);
        let x1 = words.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max);
        let y = words.iter().max_by(|a, b| a.size.total_cmp(&b.size)).map_or(0.0, |w| w.y);
        let text = words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        Line { page, words, x0, x1, y, size, bold, italic, text }
    }

    /// Top of the line's box (ascender estimate).
    pub fn top(&self) -> f64 {
        self.y + 0.8 * self.size
    }

    /// Bottom of the line's box (descender estimate).
    pub fn bottom(&self) -> f64 {
        self.y - 0.25 * self.size
    }

    /// Bounding box `[x0, y0, x1, y1]`.
    pub fn bbox(&self) -> [f64; 4] {
        [self.x0, self.bottom(), self.x1, self.top()]
    }

    /// The style key used to tell headers, purpose lines and body text apart.
    pub fn style(&self) -> Style {
        Style { size_half_points: (self.size * 2.0).round() as i32, bold: self.bold, italic: self.italic }
    }
}

/// Font size (to half a point), weight and slant: what distinguishes text roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Style {
    /// Font size × 2, rounded.
    pub size_half_points: i32,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
}

impl Style {
    /// Font size in points.
    pub fn size(&self) -> f64 {
        f64::from(self.size_half_points) / 2.0
    }
}

/// A run of glyphs on one baseline with no gap wider than [`Settings::chunk_gap`]: the
/// obstacles of the gutter search.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chunk {
    /// Bounding box `[x0, y0, x1, y1]`.
    pub bbox: [f64; 4],
    /// Baseline.
    pub y: f64,
    /// Words in it.
    pub words: usize,
}

/// The size most characters of the page are set in (its body text), or 10 pt for a page
/// without text.
pub fn body_size(page: &Page) -> f64 {
    let mut sizes: Vec<(i64, usize)> = Vec::new();
    for g in &page.glyphs {
        let key = (g.size * 2.0).round() as i64;
        match sizes.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => sizes.push((key, 1)),
        }
    }
    sizes.iter().max_by_key(|(k, n)| (*n, *k)).map_or(10.0, |(k, _)| (*k as f64 / 2.0).max(1.0))
}

/// The page's skew as a slope (`tan` of the angle, counter-clockwise positive) estimated
/// from its baselines, or 0 when its text runs level.
///
/// A scan's OCR layer follows the tilt of the paper: each word, or each line, sits on a
/// baseline of its own slope, so lines of a skewed page cannot be told apart by height
/// alone. As Tesseract and pdfminer do, the skew is read from the text itself: the slope
/// between neighbouring glyphs of one run (content order, same size, one advance apart),
/// the median over the page. Only a page where many runs are tilted, all alike, has a skew;
/// born-digital text runs level (its few rotated labels are too few to count), so its
/// pages are never touched.
pub fn page_skew(page: &Page) -> f64 {
    let mut pairs = 0usize;
    let mut tilted: Vec<f64> = Vec::new();
    for pair in page.glyphs.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if (a.size - b.size).abs() > 0.05 * a.size || a.text.trim().is_empty() || b.text.trim().is_empty() {
            continue;
        }
        let dx = b.x0 - a.x0;
        let dy = b.y - a.y;
        // Neighbours in one run: the next glyph a letter's advance to the right, on (nearly)
        // the same baseline; a sub- or superscript jumps by more than a tenth of the advance.
        if dx < 0.1 * a.size || dx > 2.0 * a.size || dy.abs() > 0.1 * dx {
            continue;
        }
        pairs += 1;
        let slope = dy / dx;
        if slope.abs() > MIN_SKEW / 4.0 {
            tilted.push(slope);
        }
        // Two hundred runs nearly all level: a level page (born-digital text), whatever
        // the rest holds. Saves reading every glyph of every page.
        if pairs >= 200 && tilted.len() * 10 < pairs {
            return 0.0;
        }
    }
    if pairs < MIN_SKEW_PAIRS || tilted.len() * 4 < pairs {
        return 0.0;
    }
    tilted.sort_by(f64::total_cmp);
    let median = tilted[tilted.len() / 2];
    if median.abs() < MIN_SKEW || median.abs() > MAX_SKEW {
        0.0
    } else {
        median
    }
}

/// A slope below this (0.06°) is the rounding of a producer's coordinates, not a skew.
const MIN_SKEW: f64 = 0.001;
/// A slope above this (5°) is text set at an angle on purpose, not a tilted scan.
const MAX_SKEW: f64 = 0.09;
/// Neighbouring glyph pairs a page needs before its skew is estimated.
const MIN_SKEW_PAIRS: usize = 40;

/// The font sizes of a document's OCR layers, each with the size it is read as.
///
/// An OCR layer's sizes are the recogniser's estimates, whole points from each line's
/// height (Tesseract gives a line with descenders a point more than its neighbour), so
/// the lines of one heading or one paragraph differ in size by a point, and a style test
/// would part them. On pages whose text is mostly invisible (an OCR layer; born-digital
/// text is drawn), a size within a point of a more common one is read as that one, over
/// the whole document so that a heading style is the same on every page. Empty when the
/// document has no OCR layer.
pub fn ocr_sizes(pages: &[Page]) -> Vec<(f64, f64)> {
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for page in pages.iter().filter(|p| is_ocr_text(p)) {
        for g in &page.glyphs {
            let key = (g.size * 2.0).round() / 2.0;
            match counts.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n += 1,
                None => counts.push((key, 1)),
            }
        }
    }
    // The most common sizes first: each is a size of its own unless a point from one before.
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.total_cmp(&b.0)));
    let mut representatives: Vec<f64> = Vec::new();
    let mut out = Vec::new();
    for (size, _) in counts {
        let near = representatives.iter().copied().find(|r| (r - size).abs() <= OCR_SIZE_NOISE);
        let to = near.unwrap_or_else(|| {
            representatives.push(size);
            size
        });
        out.push((size, to));
    }
    out
}

/// How far (points) an OCR layer's estimate of a line's size strays from the size printed.
const OCR_SIZE_NOISE: f64 = 1.0;

/// Whether most of a page's text is drawn invisibly: a text layer made by OCR.
fn is_ocr_text(page: &Page) -> bool {
    !page.glyphs.is_empty() && page.invisible_glyphs * 2 > page.glyphs.len()
}

/// The page as layout reads it. An image under most of the page is its background (a
/// scan under its OCR layer, a tinted paper) and is left out: it is no obstacle between
/// columns, the text stands on it. When the text is skewed ([`page_skew`]) every glyph and
/// graphic is turned level about the page's centre, so that the words of one printed line
/// share a baseline again (the slope turned is returned, 0 when none). On an OCR layer the
/// sizes are read as [`ocr_sizes`] says. A page that needs none of this is returned as it
/// is (no copy).
pub fn level_page<'p>(page: &'p Page, ocr_sizes: &[(f64, f64)]) -> (std::borrow::Cow<'p, Page>, f64) {
    let area = page.width * page.height;
    let background = |g: &crate::pdf::Graphic| {
        g.kind == crate::pdf::GraphicKind::Image
            && (g.bbox[2] - g.bbox[0]) * (g.bbox[3] - g.bbox[1]) >= BACKGROUND_SHARE * area
    };
    let slope = page_skew(page);
    let resize = !ocr_sizes.is_empty() && is_ocr_text(page);
    if slope == 0.0 && !resize && !page.graphics.iter().any(background) {
        return (std::borrow::Cow::Borrowed(page), 0.0);
    }
    let mut level = page.clone();
    level.graphics.retain(|g| !background(g));
    if resize {
        for g in &mut level.glyphs {
            let key = (g.size * 2.0).round() / 2.0;
            if let Some(&(_, to)) = ocr_sizes.iter().find(|(k, _)| *k == key) {
                g.size = to;
            }
        }
    }
    if slope == 0.0 {
        return (std::borrow::Cow::Owned(level), 0.0);
    }
    let angle = -slope.atan();
    let (sin, cos) = angle.sin_cos();
    let (cx, cy) = (page.width / 2.0, page.height / 2.0);
    let turn = |x: f64, y: f64| (cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos);
    for g in &mut level.glyphs {
        let (x0, y) = turn(g.x0, g.y);
        let (x1, _) = turn(g.x1, g.y);
        (g.x0, g.x1, g.y) = (x0.min(x1), x0.max(x1), y);
    }
    for gr in &mut level.graphics {
        let [x0, y0, x1, y1] = gr.bbox;
        let corners = [turn(x0, y0), turn(x1, y0), turn(x0, y1), turn(x1, y1)];
        let min = |v: [f64; 4]| v.into_iter().fold(f64::INFINITY, f64::min);
        let max = |v: [f64; 4]| v.into_iter().fold(f64::NEG_INFINITY, f64::max);
        gr.bbox = [
            min(corners.map(|c| c.0)),
            min(corners.map(|c| c.1)),
            max(corners.map(|c| c.0)),
            max(corners.map(|c| c.1)),
        ];
    }
    (std::borrow::Cow::Owned(level), slope)
}

/// On a levelled page, the words of a line share its baseline: what is left between
/// their heights is the rounding of the OCR's boxes and of the turn (hundredths of a
/// point), which must not decide their order. A word standing off by more (a sub- or
/// superscript) keeps its own.
///
/// So do lines side by side on one printed row (the cells of a table row): a run of lines
/// next to each other in reading order whose baselines differ by that rounding gets the
/// first one's baseline and is put left to right, as on a page that was never turned.
pub fn share_baselines(lines: &mut [Line]) {
    let mut start = 0;
    while start < lines.len() {
        let (y, reach) = (lines[start].y, 0.1 * lines[start].size);
        let mut end = start + 1;
        while end < lines.len()
            && (lines[end].y - y).abs() <= reach
            && lines[start..end].iter().all(|l| l.x1 <= lines[end].x0 || lines[end].x1 <= l.x0)
        {
            end += 1;
        }
        for line in &mut lines[start..end] {
            line.y = y;
        }
        lines[start..end].sort_by(|a, b| a.x0.total_cmp(&b.x0));
        start = end;
    }
    for line in lines {
        let (y, reach) = (line.y, 0.1 * line.size);
        for w in &mut line.words {
            if (w.y - y).abs() <= reach {
                w.y = y;
            }
        }
    }
}

/// An image covering at least this share of the page is its background.
const BACKGROUND_SHARE: f64 = 0.8;

/// Glyphs grouped by baseline, top to bottom, each group left to right. Glyphs in
/// different columns (on either side of a gutter) never share a group, so that lines
/// of neighbouring columns on slightly different baselines are not chained together.
fn baseline_clusters<'g>(page: &'g Page, gutters: &[super::Gutter], settings: &Settings) -> Vec<Vec<&'g Glyph>> {
    let column = |g: &Glyph| gutters.iter().filter(|gu| g.y >= gu.y0 && g.y <= gu.y1 && gu.x1 <= g.x0 + 0.5).count();
    let mut order: Vec<(usize, &Glyph)> = dedupe(&page.glyphs, settings).into_iter().map(|g| (0, g)).collect();
    if gutters.is_empty() {
        order.sort_by(|(_, a), (_, b)| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    } else {
        for (c, g) in &mut order {
            *c = column(g);
        }
        order.sort_by(|(ca, a), (cb, b)| ca.cmp(cb).then(b.y.total_cmp(&a.y)).then(a.x0.total_cmp(&b.x0)));
    }

    // Baseline clusters: sub- and superscripts (CO₂) join the line they sit on.
    let mut clusters: Vec<Vec<&Glyph>> = Vec::new();
    let mut anchor: Option<(usize, f64, f64)> = None;
    for (col, g) in order {
        match anchor {
            Some((c, y, size)) if c == col && (y - g.y).abs() <= baseline_reach(size, g.size, settings) => {
                if let Some(c) = clusters.last_mut() {
                    c.push(g);
                }
                if g.size > size {
                    anchor = Some((col, g.y, g.size));
                }
            }
            _ => {
                clusters.push(vec![g]);
                anchor = Some((col, g.y, g.size));
            }
        }
    }
    for c in &mut clusters {
        c.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    clusters
}

/// How far apart two baselines may be and still be one line: a sub- or superscript, much
/// smaller than the text it sits on, may stand further off.
fn baseline_reach(a: f64, b: f64, settings: &Settings) -> f64 {
    let (small, large) = if a < b { (a, b) } else { (b, a) };
    let scale = if small < 0.85 * large { 1.4 } else { 1.0 };
    scale * settings.baseline_tolerance * large
}

/// The page's chunks: glyph runs without a gutter-wide gap.
pub fn chunks(page: &Page, settings: &Settings) -> Vec<Chunk> {
    chunks_of(&baseline_clusters(page, &[], settings), settings)
}

/// The chunks of baseline clusters.
fn chunks_of(clusters: &[Vec<&Glyph>], settings: &Settings) -> Vec<Chunk> {
    let mut out = Vec::new();
    for cluster in clusters {
        let mut current: Option<Chunk> = None;
        let mut space = false;
        for g in cluster.iter() {
            if is_space(g) {
                space = true;
                continue;
            }
            let b = [g.x0, g.y - 0.25 * g.size, g.x1.max(g.x0), g.y + 0.8 * g.size];
            match current.as_mut() {
                Some(c) if g.x0 - c.bbox[2] <= settings.chunk_gap * g.size.max(1.0) => {
                    if space || g.x0 - c.bbox[2] > settings.word_gap * g.size.max(1.0) {
                        c.words += 1;
                    }
                    c.bbox = crate::model::bbox_union(c.bbox, b);
                }
                _ => {
                    out.extend(current.take());
                    current = Some(Chunk { bbox: b, y: g.y, words: 1 });
                }
            }
            space = false;
        }
        out.extend(current);
    }
    out
}

/// A line's chunks: its words merged where they stand closer than a gutter.
pub fn line_chunks(line: &Line, settings: &Settings) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    for w in &line.words {
        let b = [w.x0, w.y - 0.25 * w.size, w.x1, w.y + 0.8 * w.size];
        match out.last_mut() {
            Some(c) if w.x0 - c.bbox[2] <= settings.chunk_gap * w.size.max(1.0) => {
                c.bbox = crate::model::bbox_union(c.bbox, b);
                c.words += 1;
            }
            _ => out.push(Chunk { bbox: b, y: line.y, words: 1 }),
        }
    }
    out
}

/// Builds the lines of a page, top to bottom, then left to right. A line never crosses a
/// gutter, and is cut where words stand wider apart than [`Settings::segment_gap`].
pub fn lines(page: &Page, gutters: &[super::Gutter], settings: &Settings) -> Vec<Line> {
    lines_of(page, baseline_clusters(page, gutters, settings), settings)
}

/// A page's glyphs grouped by baseline once, for both the gutter search and the lines.
pub struct Prepared<'g> {
    clusters: Vec<Vec<&'g Glyph>>,
    /// The chunks: the obstacles of the gutter search.
    pub chunks: Vec<Chunk>,
}

/// Groups a page's glyphs by baseline and finds their chunks.
pub fn prepare<'g>(page: &'g Page, settings: &Settings) -> Prepared<'g> {
    let clusters = baseline_clusters(page, &[], settings);
    let chunks = chunks_of(&clusters, settings);
    Prepared { clusters, chunks }
}

/// [`lines`] from prepared clusters: grouped again only where gutters part them.
pub fn lines_prepared(
    page: &Page,
    prepared: Prepared<'_>,
    gutters: &[super::Gutter],
    settings: &Settings,
) -> Vec<Line> {
    let clusters = if gutters.is_empty() { prepared.clusters } else { baseline_clusters(page, gutters, settings) };
    lines_of(page, clusters, settings)
}

fn lines_of(page: &Page, clusters: Vec<Vec<&Glyph>>, settings: &Settings) -> Vec<Line> {
    // Slant is a property of the font: decide it once per font, not per glyph.
    let italic: Vec<bool> = page
        .fonts
        .iter()
        .map(|f| {
            let f = f.to_ascii_lowercase();
            f.contains("italic") || f.contains("oblique")
        })
        .collect();
    let mut out = Vec::new();
    for (k, cluster) in clusters.iter().enumerate() {
        let neighbours = [k.checked_sub(1).and_then(|j| clusters.get(j)), clusters.get(k + 1)];
        for segment in split_columns(cluster, &neighbours, settings) {
            if let Some(line) = make_line(page.number, segment, &italic, settings) {
                out.push(line);
            }
        }
    }
    out.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    out
}

/// Drops glyphs drawn twice at the same spot (fake bold, shadows) and blank non-space glyphs.
fn dedupe<'g>(glyphs: &'g [Glyph], settings: &Settings) -> Vec<&'g Glyph> {
    let mut out: Vec<&Glyph> = Vec::with_capacity(glyphs.len());
    for g in glyphs {
        if &*g.text != " " && g.text.trim().is_empty() {
            continue;
        }
        let duplicate = out
            .iter()
            .rev()
            .take(8)
            // Cheap position tests first: text is compared only for glyphs at the same spot.
            .any(|o| {
                (o.y - g.y).abs() < 0.5
                    && (o.x0 - g.x0).abs() < settings.duplicate_distance * g.size.max(1.0)
                    && o.text == g.text
            });
        if !duplicate {
            out.push(g);
        }
    }
    out
}

/// After [`dedupe`], the only blank glyphs left are single spaces.
fn is_space(g: &Glyph) -> bool {
    g.text.as_bytes() == b" "
}

/// Cuts a baseline cluster (of one column) into lines at a gap wider than
/// [`Settings::segment_gap`] that is also much wider than the cluster's usual word space,
/// and that the text on the baselines above and below does not bridge ([`bridged`]).
/// The second test keeps a justified line of a narrow column whole, however far apart its
/// words are stretched, while a table row (words close, cells far apart) is cut; the third
/// keeps a justified line of two or three words whole (a heading in a narrow column:
/// `voormalig` … `wethouder`), where there is no usual word space to compare with.
fn split_columns<'g>(
    cluster: &[&'g Glyph],
    neighbours: &[Option<&Vec<&Glyph>>],
    settings: &Settings,
) -> Vec<Vec<&'g Glyph>> {
    let mut spaces: Vec<f64> = Vec::new();
    let mut right = f64::NEG_INFINITY;
    for &g in cluster.iter().filter(|g| !is_space(g)) {
        let gap = g.x0 - right;
        if right.is_finite() && gap > settings.word_gap * g.size.max(1.0) {
            spaces.push(gap);
        }
        right = right.max(g.x1);
    }
    spaces.sort_by(f64::total_cmp);
    // One gap alone says nothing about the usual space: then only its width counts.
    let usual_space = if spaces.len() >= 2 { spaces[spaces.len() / 4] } else { 0.0 };

    let mut out: Vec<Vec<&Glyph>> = Vec::new();
    let mut right = f64::NEG_INFINITY;
    for &g in cluster {
        let blank = is_space(g);
        let gap = g.x0 - right;
        let wide = || {
            gap > settings.segment_gap * g.size
                && gap > 2.0 * usual_space
                && !bridged((right, g.x0), g, neighbours, settings)
        };
        if !blank && (out.is_empty() || wide()) {
            out.push(Vec::new());
        }
        if let Some(seg) = out.last_mut() {
            seg.push(g);
        }
        if !blank {
            right = right.max(g.x1);
        }
    }
    out
}

/// How far (in sizes) a neighbouring baseline may stand to bridge a gap: a paragraph's
/// line spacing, not the space above a heading or a table.
const BRIDGE_LEADING: f64 = 1.6;

/// Whether the text on a neighbouring baseline bridges the gap (`x0`, `x1`) before glyph
/// `g`: a run of text of about `g`'s size (no gap in it wider than a segment gap) spans the
/// whole gap on the line above or below, and neither of them has a gap of its own there.
/// That is a justified line's stretched space, not a gutter or a gap between table cells,
/// which stay white down the lines (Breuel's whitespace: a column gap is tall).
fn bridged(gap: (f64, f64), g: &Glyph, neighbours: &[Option<&Vec<&Glyph>>], settings: &Settings) -> bool {
    let (x0, x1) = gap;
    let mut bridge = false;
    for line in neighbours.iter().flatten() {
        let mut ink = line.iter().filter(|n| !is_space(n)).peekable();
        if ink.peek().is_none_or(|n| (n.y - g.y).abs() > BRIDGE_LEADING * g.size.max(n.size)) {
            continue;
        }
        // The neighbour's runs of text: (left, right, largest size).
        let mut runs: Vec<(f64, f64, f64)> = Vec::new();
        for n in ink {
            match runs.last_mut() {
                Some(r) if n.x0 - r.1 <= settings.segment_gap * n.size => {
                    r.1 = r.1.max(n.x1);
                    r.2 = r.2.max(n.size);
                }
                _ => runs.push((n.x0, n.x1, n.size)),
            }
        }
        if runs.windows(2).any(|w| w[0].1 < x1 && w[1].0 > x0) {
            return false;
        }
        bridge |= runs.iter().any(|r| r.0 <= x0 && r.1 >= x1 && (r.2 - g.size).abs() <= 0.15 * g.size);
    }
    bridge
}

/// Spacing accents, as a font without accented letters draws them over a letter (TeX's OT1
/// fonts: `Brazili` `e` `¨`), and the combining marks they stand for.
const SPACING_ACCENTS: [(char, char); 15] = [
    ('¨', '\u{308}'),
    ('˜', '\u{303}'),
    ('~', '\u{303}'),
    ('´', '\u{301}'),
    ('`', '\u{300}'),
    ('ˆ', '\u{302}'),
    ('^', '\u{302}'),
    ('¸', '\u{327}'),
    ('ˇ', '\u{30C}'),
    ('¯', '\u{304}'),
    ('˘', '\u{306}'),
    ('˙', '\u{307}'),
    ('˚', '\u{30A}'),
    ('˝', '\u{30B}'),
    ('˛', '\u{328}'),
];

/// Each glyph's text, with a spacing accent drawn over a letter composed into it (`e` and
/// `¨` standing over each other read `ë`, the way poppler combines such diacritics); the
/// accent's own text is then empty (no entries at all: a line without accents). A letter's
/// accent overlaps it by at least half the accent's width; an accent beside a letter (a
/// quote, a tilde in a URL) stays itself.
fn compose_accents(glyphs: &[&Glyph]) -> Vec<Option<String>> {
    if !glyphs.iter().any(|g| combining_mark(g).is_some()) {
        return Vec::new();
    }
    let mut texts: Vec<Option<String>> = vec![None; glyphs.len()];
    for (i, g) in glyphs.iter().enumerate() {
        let Some(mark) = combining_mark(g) else { continue };
        let width = (g.x1 - g.x0).max(0.01);
        let overlap = |j: usize| {
            let b = glyphs[j];
            let base = texts[j].as_deref().unwrap_or(&b.text);
            let letter = base.chars().last().is_some_and(char::is_alphabetic) && !is_space(b);
            let o = g.x1.min(b.x1) - g.x0.max(b.x0);
            (letter && o >= 0.5 * width).then_some(o)
        };
        let neighbours = [i.checked_sub(1), Some(i + 1).filter(|&j| j < glyphs.len())];
        let Some(j) = neighbours
            .into_iter()
            .flatten()
            .filter_map(|j| overlap(j).map(|o| (j, o)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(j, _)| j)
        else {
            continue;
        };
        let base = texts[j].take().unwrap_or_else(|| glyphs[j].text.to_string());
        let Some(last) = base.chars().last() else { continue };
        // A dotless i or j carries the accent where the dot would be.
        let letter = match last {
            'ı' if mark != '\u{327}' && mark != '\u{328}' => 'i',
            'ȷ' => 'j',
            c => c,
        };
        match unicode_normalization::char::compose(letter, mark) {
            Some(composed) => {
                let mut text: String = base.chars().take(base.chars().count() - 1).collect();
                text.push(composed);
                texts[j] = Some(text);
                texts[i] = Some(String::new());
            }
            None => texts[j] = Some(base),
        }
    }
    texts
}

/// The combining mark a glyph that is one spacing accent stands for.
fn combining_mark(g: &Glyph) -> Option<char> {
    let mut chars = g.text.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return None };
    // Most glyphs are ASCII letters and digits: no table lookup for them (ˆ and ˇ are
    // letters to Unicode).
    if c.is_ascii_alphanumeric() {
        return None;
    }
    SPACING_ACCENTS.iter().find(|(a, _)| *a == c).map(|&(_, mark)| mark)
}

fn make_line(page: u32, glyphs: Vec<&Glyph>, italic_fonts: &[bool], settings: &Settings) -> Option<Line> {
    let mut words: Vec<Word> = Vec::new();
    let mut current: Option<Word> = None;
    let mut right = f64::NEG_INFINITY;
    let (mut chars, mut bold_chars, mut italic_chars) = (0usize, 0usize, 0usize);
    let mut sizes: Vec<(f64, usize)> = Vec::new();
    let mut composed = compose_accents(&glyphs).into_iter();
    for g in glyphs {
        let composed = composed.next().flatten();
        if composed.as_deref() == Some("") {
            continue;
        }
        let text: &str = composed.as_deref().unwrap_or(&g.text);
        if is_space(g) {
            if let Some(w) = current.take() {
                words.push(w);
            }
            continue;
        }
        let n = text.chars().count();
        chars += n;
        if g.bold {
            bold_chars += n;
        }
        if italic_fonts.get(g.font as usize).copied().unwrap_or(false) {
            italic_chars += n;
        }
        match sizes.iter_mut().find(|(s, _)| (s - g.size).abs() < 0.25) {
            Some((_, count)) => *count += n,
            None => sizes.push((g.size, n)),
        }
        let gap = g.x0 - right;
        let em = g.size.max(1.0);
        match current.as_mut() {
            Some(w) if gap <= settings.word_gap * em => {
                w.text.push_str(text);
                w.x1 = w.x1.max(g.x1);
                if g.size > w.size {
                    w.size = g.size;
                    w.y = g.y;
                }
            }
            _ => {
                if let Some(w) = current.take() {
                    words.push(w);
                }
                current = Some(Word { text: text.to_string(), x0: g.x0, x1: g.x1, y: g.y, size: g.size });
            }
        }
        right = right.max(g.x1);
    }
    if let Some(w) = current.take() {
        words.push(w);
    }
    if words.is_empty() {
        return None;
    }
    // A soft hyphen (U+00AD) is drawn only where it breaks a line: one drawn inside a line
    // is a plain hyphen (a producer may map its one hyphen glyph to U+00AD).
    let last = words.len() - 1;
    for (i, w) in words.iter_mut().enumerate() {
        if w.text.contains('\u{AD}') {
            let breaks_here = i == last && w.text.ends_with('\u{AD}');
            let drawn = w.text.strip_suffix('\u{AD}').filter(|_| breaks_here).unwrap_or(&w.text);
            let mut text = drawn.replace('\u{AD}', "-");
            if breaks_here {
                text.push('\u{AD}');
            }
            w.text = text;
        }
    }
    let size = sizes.iter().max_by_key(|(_, n)| *n).map(|(s, _)| *s).unwrap_or(0.0);
    Some(Line::new(page, words, size, bold_chars * 2 > chars, italic_chars * 2 > chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(text: &str, x0: f64, y: f64, size: f64) -> Glyph {
        let width = 0.5 * size * text.chars().count() as f64;
        Glyph { text: text.into(), x0, x1: x0 + width, y, size, font: 0, bold: false }
    }

    fn page(glyphs: Vec<Glyph>) -> Page {
        Page {
            number: 1,
            width: 595.0,
            height: 842.0,
            glyphs,
            fonts: vec!["F".into()],
            problems: vec![],
            graphics: vec![],
            undecoded: 0,
            invisible_glyphs: 0,
        }
    }

    #[test]
    fn spaces_come_from_gaps_when_there_are_no_space_glyphs() {
        // "Werk" "bezoek" touch; "Brussel" stands one space-width further.
        let p = page(vec![
            glyph("Werk", 10.0, 700.0, 10.0),
            glyph("bezoek", 30.0, 700.0, 10.0),
            glyph("Brussel", 63.0, 700.0, 10.0),
        ]);
        let ls = lines(&p, &[], &Settings::default());
        assert_eq!(ls.len(), 1);
        assert_eq!(ls[0].text(), "Werkbezoek Brussel");
    }

    /// TeX's OT1 fonts draw an accent as a glyph of its own over the letter: `e` `¨` is
    /// `ë`, a dotless `ı` under `¨` is `ï`, `˜` over `a` is `ã`; a quote beside a word
    /// stays a quote.
    #[test]
    fn accents_drawn_over_letters_are_composed() {
        let gs = vec![
            glyph("Brazili", 10.0, 700.0, 10.0),
            glyph("e", 45.0, 700.0, 10.0),
            glyph("¨", 45.0, 700.0, 10.0),
            glyph("ge", 60.0, 700.0, 10.0),
            glyph("¨", 70.2, 700.0, 10.0),
            glyph("ı", 70.0, 700.0, 10.0),
            glyph("ntegreerd", 75.0, 700.0, 10.0),
            glyph("S", 130.0, 700.0, 10.0),
            glyph("˜", 135.0, 700.0, 10.0),
            glyph("a", 135.0, 700.0, 10.0),
            glyph("o", 140.0, 700.0, 10.0),
            glyph("`", 160.0, 700.0, 10.0),
            glyph("x", 165.0, 700.0, 10.0),
        ];
        let ls = lines(&page(gs), &[], &Settings::default());
        let texts: Vec<&str> = ls.iter().map(Line::text).collect();
        assert_eq!(texts, ["Brazilië geïntegreerd São `x"]);
    }

    /// A justified heading in a narrow column: `voormalig` … `wethouder` stand 2.6 em apart
    /// on their line, but the line above runs across that gap; a table row's gap stays
    /// white on the row below, and is cut.
    #[test]
    fn a_gap_the_line_above_bridges_is_a_stretched_space_not_a_cut() {
        let heading =
            |y: f64, words: &[(&str, f64)]| words.iter().map(|(w, x)| glyph(w, *x, y, 14.4)).collect::<Vec<_>>();
        let mut gs = heading(478.0, &[("gen,", 106.9), ("Denemarken", 152.6), ("door", 255.6)]);
        gs.extend(heading(460.0, &[("voormalig", 106.9), ("wethouder", 213.9)]));
        gs.extend(heading(442.0, &[("Karremans", 106.9)]));
        // Two table rows whose cells stand as far apart: nothing bridges them.
        gs.extend([glyph("Vervoer", 106.9, 300.0, 14.4), glyph("Trein", 213.9, 300.0, 14.4)]);
        gs.extend([glyph("Overige", 106.9, 282.0, 14.4), glyph("45", 213.9, 282.0, 14.4)]);
        let ls = lines(&page(gs), &[], &Settings::default());
        let texts: Vec<&str> = ls.iter().map(Line::text).collect();
        assert_eq!(
            texts,
            ["gen, Denemarken door", "voormalig wethouder", "Karremans", "Vervoer", "Trein", "Overige", "45"]
        );
    }

    #[test]
    fn wide_gaps_split_table_cells_and_content_order_does_not_matter() {
        let mut gs = vec![
            glyph("€ 385,-", 58.0, 465.0, 8.5),
            glyph("Dienstauto", 242.0, 465.0, 8.5),
            glyph("Body", 53.0, 600.0, 9.0),
        ];
        gs.reverse();
        let ls = lines(&page(gs), &[], &Settings::default());
        let texts: Vec<&str> = ls.iter().map(Line::text).collect();
        assert_eq!(texts, ["Body", "€ 385,-", "Dienstauto"]);
    }

    #[test]
    fn subscripts_stay_on_their_line() {
        let p = page(vec![
            glyph("CO", 346.0, 482.5, 7.5),
            glyph("2", 353.5, 481.0, 5.4),
            glyph("-uitstoot", 356.2, 482.5, 7.5),
        ]);
        let ls = lines(&p, &[], &Settings::default());
        assert_eq!(ls.len(), 1);
        assert_eq!(ls[0].text(), "CO2-uitstoot");
        assert_eq!(ls[0].y, 482.5);
    }

    /// A page of three body lines as an OCR layer over a scan tilted by `slope`: each
    /// line's glyphs climb along it, so a line's ends stand further apart in height than
    /// two neighbouring lines.
    fn tilted_page(slope: f64) -> Page {
        let mut gs = Vec::new();
        let texts = [
            "Op 24 januari 2024 nam burgemeester Aboutaleb deel aan een bijeenkomst over Europees beleid",
            "Tevens was hij aanwezig bij het officiele diner op 23 januari en sprak hij met de ministers",
            "De bijeenkomst markeerde een belangrijke stap in de richting van een intensievere samenwerking",
        ];
        for (row, text) in texts.iter().enumerate() {
            let (x_start, y_start) = (60.0, 700.0 - 14.0 * row as f64);
            let mut x = x_start;
            for word in text.split(' ') {
                for c in word.chars() {
                    gs.push(glyph(&c.to_string(), x, y_start + slope * (x - x_start), 10.0));
                    x += 5.0;
                }
                x += 3.0;
            }
        }
        page(gs)
    }

    #[test]
    fn a_tilted_ocr_layer_reads_as_level_lines() {
        let p = tilted_page(-0.012);
        assert!((page_skew(&p) + 0.012).abs() < 1e-9, "{}", page_skew(&p));
        let (level, slope) = level_page(&p, &[]);
        assert_eq!(slope, page_skew(&p));
        let mut ls = lines(&level, &[], &Settings::default());
        share_baselines(&mut ls);
        assert!(ls.iter().all(|l| l.words.iter().all(|w| w.y == l.y)));
        let texts: Vec<&str> = ls.iter().map(|l| l.text()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("Op 24 januari") && texts[0].ends_with("Europees beleid"), "{texts:?}");
        assert!(texts[2].starts_with("De bijeenkomst") && texts[2].ends_with("samenwerking"), "{texts:?}");
        // Unlevelled, the tilted lines are read in pieces.
        assert!(lines(&p, &[], &Settings::default()).len() > 3);
    }

    #[test]
    fn level_text_is_left_as_it_is() {
        let p = tilted_page(0.0);
        assert_eq!(page_skew(&p), 0.0);
        assert!(matches!(level_page(&p, &[]), (std::borrow::Cow::Borrowed(_), 0.0)));
        // Too steep to be a tilted scan: text set at an angle on purpose.
        assert_eq!(page_skew(&tilted_page(0.2)), 0.0);
    }

    #[test]
    fn ocr_sizes_a_point_apart_are_one_size() {
        let mut gs = Vec::new();
        for (size, n) in [(8.0, 50), (9.0, 20), (11.0, 12), (12.0, 10), (20.0, 5)] {
            gs.extend((0..n).map(|i| glyph("a", f64::from(i) * 6.0, 700.0 - size * 10.0, size)));
        }
        let mut ocr = page(gs);
        let drawn = ocr.clone();
        ocr.invisible_glyphs = ocr.glyphs.len();
        let sizes = ocr_sizes(std::slice::from_ref(&ocr));
        let read_as = |s: f64| sizes.iter().find(|(k, _)| *k == s).map(|(_, to)| *to);
        assert_eq!([8.0, 9.0, 11.0, 12.0, 20.0].map(read_as), [8.0, 8.0, 11.0, 11.0, 20.0].map(Some));
        let (level, _) = level_page(&ocr, &sizes);
        assert!(level.glyphs.iter().all(|g| [8.0, 11.0, 20.0].contains(&g.size)));
        // Drawn text keeps its sizes: it has no OCR layer.
        assert!(ocr_sizes(std::slice::from_ref(&drawn)).is_empty());
        assert!(matches!(level_page(&drawn, &sizes), (std::borrow::Cow::Borrowed(_), 0.0)));
    }

    #[test]
    fn a_page_sized_image_is_background_not_an_obstacle() {
        let mut p = tilted_page(0.0);
        let photo = crate::pdf::Graphic { kind: crate::pdf::GraphicKind::Image, bbox: [60.0, 100.0, 300.0, 300.0] };
        let scan = crate::pdf::Graphic { kind: crate::pdf::GraphicKind::Image, bbox: [0.0, 0.0, 595.0, 842.0] };
        p.graphics = vec![photo, scan];
        assert_eq!(level_page(&p, &[]).0.graphics, vec![photo]);
    }

    proptest::proptest! {
        /// Whatever order a producer draws glyphs in, the lines come out the same.
        #[test]
        fn lines_do_not_depend_on_drawing_order(seed in 0u64..u64::MAX) {
            let mut gs = Vec::new();
            for (row, text) in ["Werkbezoek Brussel door", "burgemeester Aboutaleb", "23 t/m 24 januari 2024"].iter().enumerate() {
                let mut x = 50.0;
                for word in text.split(' ') {
                    for c in word.chars() {
                        gs.push(glyph(&c.to_string(), x, 700.0 - 15.0 * row as f64, 10.0));
                        x += 5.0;
                    }
                    x += 3.0;
                }
            }
            let expected: Vec<String> = lines(&page(gs.clone()), &[], &Settings::default()).iter().map(|l| l.text().to_string()).collect();
            let mut state = seed | 1;
            for i in (1..gs.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                gs.swap(i, (state % (i as u64 + 1)) as usize);
            }
            let got: Vec<String> = lines(&page(gs), &[], &Settings::default()).iter().map(|l| l.text().to_string()).collect();
            proptest::prop_assert_eq!(&got, &expected);
            proptest::prop_assert_eq!(got[0].as_str(), "Werkbezoek Brussel door");
        }
    }
}
