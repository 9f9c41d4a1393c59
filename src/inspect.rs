//! What the tool understood of each page: blocks with their kind, bounding box, reading
//! order and trip, as text and as an SVG picture (the `inspect` command).

use std::fmt::Write as _;
use std::path::Path;

use crate::layout::{LineRole, PageLayout};
use crate::model::{bbox_union, BBox, Warning};
use crate::report::sections::{LineRef, Sections};
use crate::{Analysis, Error, Options};

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// The report's title.
    Title,
    /// Text before the first trip.
    Intro,
    /// A trip header.
    Header,
    /// A trip's purpose line(s).
    Purpose,
    /// A trip's date line.
    Date,
    /// A body paragraph (or the part of one on this page).
    Body,
    /// A cost table.
    Table,
    /// Running header, footer or page number.
    Furniture,
    /// Text that belongs to no trip (drawn in red; also a document warning).
    Unassigned,
}

impl BlockKind {
    /// Lower-case name, as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Intro => "intro",
            BlockKind::Header => "header",
            BlockKind::Purpose => "purpose",
            BlockKind::Date => "date",
            BlockKind::Body => "body",
            BlockKind::Table => "table",
            BlockKind::Furniture => "furniture",
            BlockKind::Unassigned => "unassigned",
        }
    }

    fn colour(self) -> &'static str {
        match self {
            BlockKind::Title => "#6a3d9a",
            BlockKind::Intro => "#999999",
            BlockKind::Header => "#1f78b4",
            BlockKind::Purpose => "#33a02c",
            BlockKind::Date => "#ff7f00",
            BlockKind::Body => "#a6cee3",
            BlockKind::Table => "#b15928",
            BlockKind::Furniture => "#cab2d6",
            BlockKind::Unassigned => "#e31a1c",
        }
    }
}

/// A block on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Kind.
    pub kind: BlockKind,
    /// Bounding box in PDF points, origin bottom-left.
    pub bbox: BBox,
    /// Id of the trip it was assigned to.
    pub trip: Option<String>,
    /// Position in the document's reading order (1-based; furniture has none).
    pub order: Option<usize>,
    /// The block's text (first words are shown in listings).
    pub text: String,
    /// Whether it should belong to a trip but does not (drawn in red).
    pub unassigned: bool,
}

/// A page with its blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct InspectPage {
    /// 1-based page number.
    pub number: u32,
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// Blocks in reading order, furniture last.
    pub blocks: Vec<Block>,
    /// Each text line's words with positions, for drawing.
    pub words: Vec<(String, f64, f64, f64)>,
}

/// The layout of a whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    /// Input file name.
    pub file: String,
    /// Pages.
    pub pages: Vec<InspectPage>,
    /// Document-level warnings.
    pub warnings: Vec<Warning>,
}

/// Inspects a PDF on disk.
pub fn inspect_path(path: &Path, options: &Options) -> Result<Inspection, Error> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::new(&shown, e))?;
    let analysis = crate::analyse(&bytes, &shown, options)?;
    Ok(inspection(&analysis))
}

/// Builds the inspection of an analysed document.
pub fn inspection(a: &Analysis) -> Inspection {
    let mut pages: Vec<InspectPage> = a
        .layouts
        .iter()
        .map(|p| InspectPage {
            number: p.number,
            width: p.width,
            height: p.height,
            blocks: Vec::new(),
            words: p.lines.iter().flat_map(|l| l.words.iter().map(|w| (w.text.clone(), w.x0, w.y, w.size))).collect(),
        })
        .collect();
    let ids: Vec<String> = a.report.trips.iter().map(|t| t.id.clone()).collect();
    let s: &Sections = &a.sections;
    add(&mut pages, &a.layouts, BlockKind::Title, &s.title, None);
    add(&mut pages, &a.layouts, BlockKind::Intro, &s.intro, None);
    for (i, t) in s.trips.iter().enumerate() {
        let id = ids.get(i);
        add(&mut pages, &a.layouts, BlockKind::Header, &t.header, id);
        add(&mut pages, &a.layouts, BlockKind::Purpose, &t.purpose, id);
        add(&mut pages, &a.layouts, BlockKind::Date, &t.date.into_iter().collect::<Vec<_>>(), id);
        for paragraph in paragraphs_of(&a.layouts, &t.body) {
            add(&mut pages, &a.layouts, BlockKind::Body, &paragraph, id);
        }
        for tr in &t.tables {
            let table = &a.layouts[tr.page].tables[tr.table];
            let text = table.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | ");
            if table.row_page != table.page {
                // The data row stands on the next page: outline it there too.
                let row_page = (table.row_page as usize).saturating_sub(1);
                let bbox = table.cells.iter().filter_map(|c| c.bbox).reduce(bbox_union);
                if let (Some(bbox), Some(page)) = (bbox, pages.get_mut(row_page)) {
                    page.blocks.push(Block {
                        kind: BlockKind::Table,
                        bbox,
                        trip: id.cloned(),
                        order: None,
                        text: text.clone(),
                        unassigned: false,
                    });
                }
            }
            pages[tr.page].blocks.push(Block {
                kind: BlockKind::Table,
                bbox: table.bbox,
                trip: id.cloned(),
                order: None,
                text,
                unassigned: false,
            });
        }
    }
    for group in split_by_page(&s.unassigned_lines) {
        add(&mut pages, &a.layouts, BlockKind::Unassigned, &group, None);
        if let Some(b) = pages[group[0].page].blocks.last_mut() {
            b.unassigned = true;
        }
    }
    for tr in &s.unassigned_tables {
        let table = &a.layouts[tr.page].tables[tr.table];
        let text = table.cells.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | ");
        pages[tr.page].blocks.push(Block {
            kind: BlockKind::Table,
            bbox: table.bbox,
            trip: None,
            order: None,
            text,
            unassigned: true,
        });
    }
    for (p, layout) in a.layouts.iter().enumerate() {
        for (line, role) in layout.lines.iter().zip(&layout.roles) {
            if *role == LineRole::Furniture {
                pages[p].blocks.push(Block {
                    kind: BlockKind::Furniture,
                    bbox: line.bbox(),
                    trip: None,
                    order: None,
                    text: line.text().to_string(),
                    unassigned: false,
                });
            }
        }
    }
    // Reading order: the order the stream met them in, i.e. page by page, top to bottom.
    let mut n = 0;
    for page in &mut pages {
        page.blocks.sort_by(|x, y| {
            (x.kind == BlockKind::Furniture)
                .cmp(&(y.kind == BlockKind::Furniture))
                .then(((y.bbox[3] * 2.0).round()).total_cmp(&(x.bbox[3] * 2.0).round()))
                .then(x.bbox[0].total_cmp(&y.bbox[0]))
        });
        for b in page.blocks.iter_mut().filter(|b| b.kind != BlockKind::Furniture) {
            n += 1;
            b.order = Some(n);
        }
    }
    Inspection { file: a.report.source.file.clone(), pages, warnings: a.report.warnings.clone() }
}

/// Adds one block per page for a group of lines.
fn add(pages: &mut [InspectPage], layouts: &[PageLayout], kind: BlockKind, refs: &[LineRef], trip: Option<&String>) {
    for group in split_by_page(refs) {
        let Some(first) = group.first() else { continue };
        let layout = &layouts[first.page];
        let bbox = group.iter().map(|r| layout.lines[r.line].bbox()).reduce(bbox_union);
        let text =
            crate::report::text::join_lines(&group.iter().map(|r| layout.lines[r.line].text()).collect::<Vec<_>>());
        if let Some(bbox) = bbox {
            pages[first.page].blocks.push(Block {
                kind,
                bbox,
                trip: trip.cloned(),
                order: None,
                text,
                unassigned: false,
            });
        }
    }
}

fn split_by_page(refs: &[LineRef]) -> Vec<Vec<LineRef>> {
    crate::report::sections::contiguous(refs)
}

/// Body paragraphs as the report stage cut them, split at page breaks.
fn paragraphs_of(layouts: &[PageLayout], body: &[LineRef]) -> Vec<Vec<LineRef>> {
    crate::report::paragraphs(layouts, body).into_iter().flat_map(|p| split_by_page(&p)).collect()
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut s = words.iter().take(n).copied().collect::<Vec<_>>().join(" ");
    if words.len() > n {
        s.push_str(" …");
    }
    s
}

impl Inspection {
    /// A listing of the blocks per page (all pages, or one).
    pub fn render_text(&self, only: Option<u32>) -> String {
        let mut out = String::new();
        for page in self.pages.iter().filter(|p| only.is_none_or(|n| n == p.number)) {
            let _ = writeln!(out, "page {} ({:.0} × {:.0} pt)", page.number, page.width, page.height);
            for b in &page.blocks {
                let order = b.order.map(|o| o.to_string()).unwrap_or_else(|| "-".into());
                let trip = match (&b.trip, b.unassigned) {
                    (_, true) => "UNASSIGNED".to_string(),
                    (Some(t), _) => t.clone(),
                    (None, _) => "-".to_string(),
                };
                let _ = writeln!(
                    out,
                    "  {order:>4}  {:<9} {:<10} [{:6.1} {:6.1} {:6.1} {:6.1}]  {}",
                    b.kind.as_str(),
                    trip,
                    b.bbox[0],
                    b.bbox[1],
                    b.bbox[2],
                    b.bbox[3],
                    first_words(&b.text, 8)
                );
            }
        }
        if only.is_none() || !self.warnings.is_empty() {
            let _ = writeln!(out, "document warnings: {}", self.warnings.len());
            for w in &self.warnings {
                let _ = writeln!(out, "  [{}] {}", w.code, w.message);
            }
        }
        out
    }
}

impl InspectPage {
    /// The page as an SVG: text at its positions, each block outlined in its kind's colour
    /// and labelled with its reading-order number and trip id; unassigned blocks in red.
    pub fn to_svg(&self) -> String {
        let (w, h) = (self.width, self.height);
        let y = |v: f64| h - v;
        let mut out = String::new();
        let _ = writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.2} {h:.2}" font-family="Helvetica, Arial, sans-serif">"#
        );
        let _ = writeln!(out, r##"<rect x="0" y="0" width="{w:.2}" height="{h:.2}" fill="#ffffff"/>"##);
        let _ = writeln!(out, r##"<g fill="#333333">"##);
        for (text, x, base, size) in &self.words {
            let _ =
                writeln!(out, r#"<text x="{x:.2}" y="{:.2}" font-size="{size:.2}">{}</text>"#, y(*base), escape(text));
        }
        let _ = writeln!(out, "</g>");
        for b in &self.blocks {
            let colour = if b.unassigned { "#e31a1c" } else { b.kind.colour() };
            let [x0, y0, x1, y1] = b.bbox;
            let label = match (&b.order, &b.trip, b.unassigned) {
                (_, _, true) => format!("{} UNASSIGNED", b.kind.as_str()),
                (Some(o), Some(t), _) => format!("{o} {} {t}", b.kind.as_str()),
                (Some(o), None, _) => format!("{o} {}", b.kind.as_str()),
                (None, _, _) => b.kind.as_str().to_string(),
            };
            let _ = writeln!(
                out,
                r#"<g class="block" data-kind="{kind}"><rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="{colour}" fill-opacity="0.10" stroke="{colour}" stroke-width="{sw}"/><text x="{:.2}" y="{:.2}" font-size="6" fill="{colour}">{}</text></g>"#,
                x0 - 1.0,
                y(y1) - 1.0,
                (x1 - x0) + 2.0,
                (y1 - y0) + 2.0,
                x0,
                y(y1) - 2.5,
                escape(&label),
                kind = b.kind.as_str(),
                sw = if b.unassigned { 2.0 } else { 1.0 },
            );
        }
        let _ = writeln!(out, "</svg>");
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
