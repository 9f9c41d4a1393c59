//! What the tool understood of each page: blocks with their kind, bounding box, reading
//! order and trip, as text and as an SVG picture (the `inspect` command).

use std::fmt::Write as _;
use std::path::Path;

use std::collections::HashMap;

use crate::layout::{DocItem, Document, Gutter, LineId, LineRole, Region, TableId};
use crate::model::{bbox_union, BBox, Warning};
use crate::report::sections::Sections;
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
    /// Whether it stands in a sidebar (read with the block beside it).
    pub sidebar: bool,
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
    /// The column gutters the layout stage found.
    pub gutters: Vec<Gutter>,
    /// The table grids standing on the page (rows a table continues with on the next page
    /// are drawn there).
    pub tables: Vec<TableGrid>,
    /// What OCR text shows (empty unless the text layer was made by OCR).
    pub ocr: OcrMarks,
}

/// A table's grid as the table stage found it, for drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct TableGrid {
    /// What the boundaries were found from: `full` (rules), `horizontal` (rules between
    /// slabs only) or `none` (alignment).
    pub ruling: &'static str,
    /// Each cell's slot box on this page, and whether it is in a header row.
    pub cells: Vec<(BBox, bool)>,
    /// The rules the grid was found from.
    pub rules: Vec<BBox>,
}

impl TableGrid {
    /// The part of a table standing on page `number`.
    fn of(t: &crate::layout::Table, number: u32) -> Option<TableGrid> {
        let mut cells = Vec::new();
        for c in &t.cells {
            let (Some(first), Some(last)) = (t.rows.get(c.row), t.rows.get(c.row + c.row_span - 1)) else { continue };
            let (Some(left), Some(right)) = (t.columns.get(c.col), t.columns.get(c.col + c.col_span - 1)) else {
                continue;
            };
            if first.page != number {
                continue;
            }
            let bottom = if last.page == number { last.y0 } else { first.y0 };
            cells.push(([left.x0, bottom, right.x1, first.y1], c.row < t.header_rows));
        }
        let ruling = match t.ruling {
            crate::layout::table::Ruling::Full => "full",
            crate::layout::table::Ruling::Horizontal => "horizontal",
            crate::layout::table::Ruling::None => "none",
        };
        let rules = if t.page == number { t.rules.clone() } else { Vec::new() };
        (!cells.is_empty()).then_some(TableGrid { ruling, cells, rules })
    }
}

/// What an OCR text layer shows on a page: its lines, the scanned rules taken out of
/// table cells, and the cells whose value reads only with OCR leniency.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OcrMarks {
    /// The boxes of the text lines (drawn in their own colour).
    pub lines: Vec<BBox>,
    /// Border glyphs taken out of cells as scanned rules (`|`, `[`).
    pub dropped: Vec<BBox>,
    /// Cells whose value carries `uncertain_value`.
    pub uncertain: Vec<BBox>,
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
    /// How many trips were found.
    pub trips: usize,
    /// When no trips were found: the lines nearest to a trip header, each with why it
    /// opens no trip (empty when trips were found).
    pub candidates: Vec<Candidate>,
}

/// A line near to opening a trip, and why it does not (shown when no trips are found).
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// 1-based page number.
    pub page: u32,
    /// The line's text, joined with the lines that go on in its style.
    pub text: String,
    /// Why it opens no trip.
    pub reason: String,
}

/// Inspects a PDF on disk.
pub fn inspect_path(path: &Path, options: &Options) -> Result<Inspection, Error> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::new(&shown, e))?;
    // Also when no trips are found: that is when the layout is most worth seeing.
    let analysis = crate::analyse_layout(&bytes, &shown, options)?;
    Ok(inspection(&analysis))
}

/// Builds the inspection of an analysed document: the layout stage's blocks and tables in
/// its own reading order, each labelled with what the report stage made of its lines, and
/// when there are no trips the lines nearest to a trip header.
pub fn inspection(a: &Analysis) -> Inspection {
    let doc: &Document = &a.document;
    let ids: Vec<String> = a.report.trips.iter().map(|t| t.id.clone()).collect();
    let s: &Sections = &a.sections;

    // What each line and table is, and to which trip it belongs.
    let mut kinds: HashMap<LineId, (BlockKind, Option<usize>)> = HashMap::new();
    let mut mark = |refs: &[LineId], kind: BlockKind, trip: Option<usize>| {
        for r in refs {
            kinds.insert(*r, (kind, trip));
        }
    };
    mark(&s.title, BlockKind::Title, None);
    mark(&s.intro, BlockKind::Intro, None);
    mark(&s.unassigned_lines, BlockKind::Unassigned, None);
    let mut tables: HashMap<TableId, Option<usize>> = HashMap::new();
    for (i, t) in s.trips.iter().enumerate() {
        mark(&t.header, BlockKind::Header, Some(i));
        mark(&t.purpose, BlockKind::Purpose, Some(i));
        mark(&t.date, BlockKind::Date, Some(i));
        mark(&t.body, BlockKind::Body, Some(i));
        for tr in &t.tables {
            tables.insert(*tr, Some(i));
        }
    }
    for tr in &s.unassigned_tables {
        tables.insert(*tr, None);
    }

    let mut pages: Vec<InspectPage> = doc
        .pages
        .iter()
        .map(|p| InspectPage {
            number: p.number,
            width: p.width,
            height: p.height,
            blocks: Vec::new(),
            words: p.lines.iter().flat_map(|l| l.words.iter().map(|w| (w.text.clone(), w.x0, w.y, w.size))).collect(),
            gutters: p.gutters.clone(),
            tables: Vec::new(),
            ocr: OcrMarks::default(),
        })
        .collect();
    for (i, p) in doc.pages.iter().enumerate() {
        for t in &p.tables {
            for (j, page) in pages.iter_mut().enumerate().skip(i).take(2) {
                if let Some(grid) = TableGrid::of(t, doc.pages[j].number) {
                    page.tables.push(grid);
                }
            }
        }
    }
    if doc.ocr {
        mark_ocr(a, &mut pages);
    }
    let trip_id = |t: Option<usize>| t.and_then(|i| ids.get(i)).cloned();
    let mut n = 0;
    for item in doc.reading_order() {
        match item {
            DocItem::Block(b) => {
                let sidebar = doc.block(b).region == Region::Side;
                // A layout block may hold lines of several roles (a date line on top of
                // the body): one inspect block per run of one role.
                let mut runs: Vec<(BlockKind, Option<usize>, Vec<LineId>)> = Vec::new();
                for l in doc.block_lines(b) {
                    let (kind, trip) = kinds.get(&l).copied().unwrap_or((BlockKind::Unassigned, None));
                    match runs.last_mut() {
                        Some((k, t, lines)) if *k == kind && *t == trip => lines.push(l),
                        _ => runs.push((kind, trip, vec![l])),
                    }
                }
                for (kind, trip, lines) in runs {
                    let Some(bbox) = lines.iter().map(|l| doc.line(*l).bbox()).reduce(bbox_union) else { continue };
                    let texts: Vec<&str> = lines.iter().map(|l| doc.line(*l).text()).collect();
                    n += 1;
                    pages[b.page].blocks.push(Block {
                        kind,
                        bbox,
                        trip: trip_id(trip),
                        order: Some(n),
                        text: crate::report::text::join_lines(&texts),
                        unassigned: kind == BlockKind::Unassigned,
                        sidebar,
                    });
                }
            }
            DocItem::Table(t) => {
                let table = doc.table(t);
                let trip = tables.get(&t).copied().flatten();
                let text = table.cell_texts().join(" | ");
                n += 1;
                pages[t.page].blocks.push(Block {
                    kind: BlockKind::Table,
                    bbox: table.bbox,
                    trip: trip_id(trip),
                    order: Some(n),
                    text: text.clone(),
                    unassigned: trip.is_none(),
                    sidebar: false,
                });
                if table.rows.iter().any(|r| r.page != table.page) {
                    // Rows stand on the next page: outline them there too.
                    let bbox = table
                        .cells
                        .iter()
                        .filter(|c| table.rows.get(c.row).is_some_and(|r| r.page != table.page))
                        .filter_map(|c| c.bbox)
                        .reduce(bbox_union);
                    if let (Some(bbox), Some(page)) = (bbox, pages.get_mut(t.page + 1)) {
                        page.blocks.push(Block {
                            kind: BlockKind::Table,
                            bbox,
                            trip: trip_id(trip),
                            order: None,
                            text,
                            unassigned: trip.is_none(),
                            sidebar: false,
                        });
                    }
                }
            }
        }
    }
    for (p, layout) in doc.pages.iter().enumerate() {
        for (line, role) in layout.lines.iter().zip(&layout.roles) {
            if *role == LineRole::Furniture {
                pages[p].blocks.push(Block {
                    kind: BlockKind::Furniture,
                    bbox: line.bbox(),
                    trip: None,
                    order: None,
                    text: line.text().to_string(),
                    unassigned: false,
                    sidebar: false,
                });
            }
        }
    }
    let candidates = if a.report.trips.is_empty() {
        s.candidates
            .iter()
            .map(|c| Candidate { page: doc.page_number(c.line.page), text: c.text.clone(), reason: c.reason.clone() })
            .collect()
    } else {
        Vec::new()
    };
    Inspection {
        file: a.report.source.file.clone(),
        pages,
        warnings: a.report.warnings.clone(),
        trips: a.report.trips.len(),
        candidates,
    }
}

/// Marks what the OCR text shows: every line, the rules taken out of cells, and the cells
/// whose value a trip's `uncertain_value` names (by the raw text the warning quotes).
fn mark_ocr(a: &Analysis, pages: &mut [InspectPage]) {
    let doc = &a.document;
    for (p, layout) in doc.pages.iter().enumerate() {
        pages[p].ocr.lines = layout.lines.iter().map(|l| l.bbox()).collect();
        for t in &layout.tables {
            pages[p].ocr.dropped.extend(t.cells.iter().flat_map(|c| c.dropped.iter().map(|d| d.bbox)));
        }
    }
    for (trip, section) in a.report.trips.iter().zip(&a.sections.trips) {
        for w in trip.warnings.iter().filter(|w| w.code == "uncertain_value") {
            for id in &section.tables {
                let table = doc.table(*id);
                let quoted = |c: &&crate::layout::Cell| {
                    !c.text.is_empty()
                        && w.message.contains(&format!("cell {:?}", crate::report::text::collapse(&c.text)))
                };
                for cell in table.cells.iter().filter(quoted) {
                    let page = table.rows.get(cell.row).map_or(table.page, |r| r.page);
                    if let (Some(bbox), Some(ip)) = (cell.bbox, pages.iter_mut().find(|ip| ip.number == page)) {
                        ip.ocr.uncertain.push(bbox);
                    }
                }
            }
        }
    }
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
        if self.trips == 0 && self.candidates.is_empty() {
            let _ = writeln!(out, "no trips found, and no line comes near a trip header ('Werkbezoek … door …')");
        } else if self.trips == 0 {
            let _ =
                writeln!(out, "no trips found: no line reads as a trip header ('Werkbezoek … door …'); the nearest:");
            for c in &self.candidates {
                let _ = writeln!(out, "  page {:>3}  {}\n            {}", c.page, first_words(&c.text, 12), c.reason);
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
    /// The table grids: each cell's slot (header cells tinted), and the rules the grid was
    /// found from drawn over them.
    fn draw_tables(&self, out: &mut String) {
        let y = |v: f64| self.height - v;
        for t in &self.tables {
            let _ = writeln!(out, r#"<g class="table-grid" data-ruling="{}">"#, t.ruling);
            for (b, header) in &t.cells {
                let _ = writeln!(
                    out,
                    r##"<rect class="table-cell" data-header="{header}" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="{}" fill-opacity="{}" stroke="#b15928" stroke-width="0.4" stroke-dasharray="1.5 1"/>"##,
                    b[0],
                    y(b[3]),
                    b[2] - b[0],
                    b[3] - b[1],
                    if *header { "#fdbf6f" } else { "#ffffff" },
                    if *header { "0.35" } else { "0" },
                );
            }
            for r in &t.rules {
                let _ = writeln!(
                    out,
                    r##"<rect class="table-rule" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="#1f78b4" fill-opacity="0.8"/>"##,
                    r[0],
                    y(r[3]),
                    (r[2] - r[0]).max(0.6),
                    (r[3] - r[1]).max(0.6)
                );
            }
            let _ = writeln!(out, "</g>");
        }
    }

    /// The page as an SVG: text at its positions, the column gutters shaded, each block
    /// outlined in its kind's colour (dashed in a sidebar) and labelled with its
    /// reading-order number and trip id, unassigned blocks in red, and numbered arrows
    /// from each block to the next in reading order.
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
        let _ = writeln!(
            out,
            r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#e7298a"/></marker></defs>"##
        );
        // Gutters: the whitespace the columns were cut at.
        for g in &self.gutters {
            let _ = writeln!(
                out,
                r##"<rect class="gutter" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="#1b9e77" fill-opacity="0.15" stroke="#1b9e77" stroke-dasharray="4 2" stroke-width="0.8"/>"##,
                g.x0,
                y(g.y1),
                g.x1 - g.x0,
                g.y1 - g.y0
            );
        }
        self.draw_tables(&mut out);
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
                r#"<g class="block" data-kind="{kind}"><rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="{colour}" fill-opacity="0.10" stroke="{colour}" stroke-width="{sw}"{dash}/><text x="{:.2}" y="{:.2}" font-size="6" fill="{colour}">{}</text></g>"#,
                x0 - 1.0,
                y(y1) - 1.0,
                (x1 - x0) + 2.0,
                (y1 - y0) + 2.0,
                x0,
                y(y1) - 2.5,
                escape(&label),
                kind = b.kind.as_str(),
                sw = if b.unassigned { 2.0 } else { 1.0 },
                dash = if b.sidebar { r#" stroke-dasharray="3 2""# } else { "" },
            );
        }
        self.draw_ocr(&mut out);
        // Reading order: numbered arrows from each block to the next.
        let mut ordered: Vec<&Block> = self.blocks.iter().filter(|b| b.order.is_some()).collect();
        ordered.sort_by_key(|b| b.order);
        let centre = |b: &Block| ((b.bbox[0] + b.bbox[2]) / 2.0, y((b.bbox[1] + b.bbox[3]) / 2.0));
        for pair in ordered.windows(2) {
            let (a, b) = (centre(pair[0]), centre(pair[1]));
            let _ = writeln!(
                out,
                r##"<line class="order" x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}" stroke="#e7298a" stroke-width="1" stroke-opacity="0.8" marker-end="url(#arrow)"/>"##,
                a.0, a.1, b.0, b.1
            );
        }
        for b in &ordered {
            let (cx, cy) = centre(b);
            let _ = writeln!(
                out,
                r##"<g class="order-number"><circle cx="{cx:.2}" cy="{cy:.2}" r="6" fill="#e7298a"/><text x="{cx:.2}" y="{:.2}" font-size="7" fill="#ffffff" text-anchor="middle">{}</text></g>"##,
                cy + 2.5,
                b.order.unwrap_or(0)
            );
        }
        let _ = writeln!(out, "</svg>");
        out
    }
}

impl InspectPage {
    /// OCR text in its own colour: each line outlined in teal, each rule taken out of a
    /// cell as a grey bar, each uncertain value boxed in orange.
    fn draw_ocr(&self, out: &mut String) {
        let y = |v: f64| self.height - v;
        let rect = |out: &mut String, class: &str, b: &BBox, style: &str| {
            let _ = writeln!(
                out,
                r#"<rect class="{class}" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" {style}/>"#,
                b[0],
                y(b[3]),
                b[2] - b[0],
                b[3] - b[1]
            );
        };
        for b in &self.ocr.lines {
            rect(out, "ocr-line", b, r##"fill="none" stroke="#17becf" stroke-width="0.5""##);
        }
        for b in &self.ocr.dropped {
            rect(out, "ocr-rule", b, r##"fill="#7f7f7f" fill-opacity="0.5" stroke="none""##);
        }
        for b in &self.ocr.uncertain {
            rect(
                out,
                "uncertain-value",
                b,
                r##"fill="#ff7f00" fill-opacity="0.25" stroke="#ff7f00" stroke-width="1.5""##,
            );
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
