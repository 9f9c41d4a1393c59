//! Stage 3: lines and tables in reading order → trip sections.
//!
//! The whole document is read as one stream, page after page, each page top to bottom.
//! A trip starts at its header (a heading-style line starting with `Werkbezoek`); the
//! lines right under it are its purpose and date line; everything after that until the
//! next header is its body, across page breaks. So a table or text standing above the
//! first header of a page belongs to the last trip of the previous page, whatever order
//! the producer drew things in.

use std::collections::HashMap;

use crate::layout::{Item, Line, LineRole, PageLayout, Style};

use super::dates::is_labelled_date_line as is_date_line;

/// A line of the document: page index (0-based into the layouts) and line index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LineRef {
    /// Index into the page layouts.
    pub page: usize,
    /// Index into that page's lines.
    pub line: usize,
}

/// A table of the document: page index and table index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TableRef {
    /// Index into the page layouts.
    pub page: usize,
    /// Index into that page's tables.
    pub table: usize,
}

/// The parts of one trip.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// Header lines.
    pub header: Vec<LineRef>,
    /// Purpose lines.
    pub purpose: Vec<LineRef>,
    /// The date line.
    pub date: Option<LineRef>,
    /// Body lines in reading order.
    pub body: Vec<LineRef>,
    /// Cost tables (normally one).
    pub tables: Vec<TableRef>,
}

/// The document cut into its parts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sections {
    /// The report title's lines (largest text before the first trip).
    pub title: Vec<LineRef>,
    /// Text before the first trip (intro), title excluded.
    pub intro: Vec<LineRef>,
    /// Trips in reading order.
    pub trips: Vec<Section>,
    /// Tables that could not be given to a trip.
    pub unassigned_tables: Vec<TableRef>,
    /// Text after the trips that belongs to none of them (e.g. a closing overview).
    pub unassigned_lines: Vec<LineRef>,
}

/// How far below the header's first line (in header font sizes) its purpose and date
/// line may stand.
const HEAD_BLOCK_LINES: f64 = 14.0;

/// Words that open a trip header.
const HEADER_WORDS: &[&str] = &["werkbezoek", "werkbezoeken", "dienstreis", "ambtsreis"];

/// Whether a line's text opens a trip header (by wording alone).
pub fn opens_header(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let first = first.trim_end_matches(':');
    HEADER_WORDS.contains(&first) && text.split_whitespace().count() >= 2
}

/// The style most characters are set in: the body text.
pub fn body_style(layouts: &[PageLayout]) -> Option<Style> {
    let mut counts: HashMap<Style, usize> = HashMap::new();
    for page in layouts {
        for (line, role) in page.lines.iter().zip(&page.roles) {
            if *role == LineRole::Text {
                *counts.entry(line.style()).or_default() += line.text().chars().count();
            }
        }
    }
    counts.into_iter().max_by_key(|(style, n)| (*n, *style)).map(|(s, _)| s)
}

struct Stream<'a> {
    layouts: &'a [PageLayout],
    items: Vec<(usize, Item)>,
}

impl<'a> Stream<'a> {
    fn line(&self, r: LineRef) -> &'a Line {
        &self.layouts[r.page].lines[r.line]
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Header,
    Head,
    Body,
    /// After a trip's table, a heading that opens no trip (a closing overview, notes):
    /// nothing here belongs to a trip until the next header.
    Trailing,
}

/// Cuts the document into title, intro and trip sections.
pub fn sections(layouts: &[PageLayout]) -> Sections {
    let body = body_style(layouts);
    let stream = Stream {
        layouts,
        items: layouts
            .iter()
            .enumerate()
            .flat_map(|(p, page)| page.reading_order().into_iter().map(move |item| (p, item)))
            .collect(),
    };
    let is_heading = |l: &Line| match body {
        Some(b) => l.style().size_half_points > b.size_half_points || (l.bold && !b.bold),
        None => true,
    };

    // Purpose lines may open with "Werkbezoek" too; real headers share one style, the
    // most common among heading-styled lines that open like a header.
    let header_style = {
        let mut counts: HashMap<Style, usize> = HashMap::new();
        for (p, item) in &stream.items {
            if let Item::Line(l) = item {
                let line = stream.line(LineRef { page: *p, line: *l });
                if is_heading(line) && opens_header(line.text()) {
                    *counts.entry(line.style()).or_default() += 1;
                }
            }
        }
        counts.into_iter().max_by_key(|(style, n)| (*n, *style)).map(|(s, _)| s)
    };

    let mut out = Sections::default();
    let mut phase = Phase::Body;
    let mut idx = 0;
    while idx < stream.items.len() {
        let (page, item) = stream.items[idx];
        idx += 1;
        let r = match item {
            Item::Table(table) => {
                let t = TableRef { page, table };
                let has_row = |r: &TableRef| stream.layouts[r.page].tables[r.table].has_row();
                // A label-only fragment (a header row repeated before a page break) gives
                // way to the complete table that follows it.
                if let Some(last) = out.trips.last_mut() {
                    if last.tables.len() == 1 && !has_row(&last.tables[0]) && has_row(&t) {
                        last.tables.clear();
                    } else if !last.tables.is_empty() && !has_row(&t) {
                        continue;
                    }
                }
                let n = out.trips.len();
                // A second table after a trip that has one most likely belongs to the trip
                // before it, if that one has none (a table spilled past the next header).
                let previous_lacks_one = n >= 2 && out.trips[n - 2].tables.is_empty();
                match out.trips.last_mut() {
                    Some(_) if phase == Phase::Trailing => out.unassigned_tables.push(t),
                    Some(last) if last.tables.is_empty() => last.tables.push(t),
                    Some(_) if previous_lacks_one => out.trips[n - 2].tables.push(t),
                    Some(last) => last.tables.push(t),
                    None => out.unassigned_tables.push(t),
                }
                if !out.trips.is_empty() && phase != Phase::Trailing {
                    phase = Phase::Body;
                }
                continue;
            }
            Item::Line(line) => LineRef { page, line },
        };
        let line = stream.line(r);
        let text = line.text();
        let header_styled = header_style.is_some_and(|h| line.style() == h) && is_heading(line);
        if opens_header(text) && (header_styled || looks_like_full_header(text)) {
            let mut section = Section { header: vec![r], ..Section::default() };
            // Some layouts print the date line just above the header.
            if let Some(prev) = out.trips.last_mut() {
                if let Some(&above) = prev.body.last() {
                    let l = stream.line(above);
                    if above.page == r.page && is_date_line(l.text()) && l.y > line.y && l.y - line.y <= 3.0 * line.size
                    {
                        prev.body.pop();
                        section.date = Some(above);
                    }
                }
            }
            out.trips.push(section);
            phase = Phase::Header;
            continue;
        }
        let Some(trip) = out.trips.last_mut() else {
            out.intro.push(r);
            continue;
        };
        if phase == Phase::Trailing {
            out.unassigned_lines.push(r);
            continue;
        }
        if phase == Phase::Body && !trip.tables.is_empty() && is_heading(line) && !is_date_line(text) {
            phase = Phase::Trailing;
            out.unassigned_lines.push(r);
            continue;
        }
        if phase == Phase::Header {
            let last = stream.line(*trip.header.last().unwrap_or(&r));
            let first = stream.line(trip.header[0]);
            let so_far: Vec<&str> = trip.header.iter().map(|h| stream.line(*h).text()).collect();
            let open = !header_complete(&super::text::join_lines(&so_far)) || continues_a_list(text);
            if r.page == trip.header[0].page && line.style() == first.style() && follows(last, line) && open {
                trip.header.push(r);
                continue;
            }
            phase = Phase::Head;
        }
        if phase == Phase::Head {
            // Purpose and date stand in the header's block: same page, same column, within
            // a few header lines' height of its top (a header box may be mostly empty).
            let top = stream.line(trip.header[0]);
            let near =
                r.page == trip.header[0].page && top.y - line.y <= HEAD_BLOCK_LINES * top.size && overlaps(top, line);
            if near && trip.date.is_none() && is_date_line(text) {
                trip.date = Some(r);
                continue;
            }
            let not_body = body.is_none_or(|b| line.style() != b);
            let date_follows = trip.date.is_none() && date_within(&stream, idx, r.page, 3);
            if near && trip.purpose.len() < 4 && (not_body || date_follows) {
                trip.purpose.push(r);
                continue;
            }
            phase = Phase::Body;
        }
        trip.body.push(r);
    }

    split_title(&stream, &mut out);
    out
}

/// Splits line references into runs on one page each.
pub fn contiguous(refs: &[LineRef]) -> Vec<Vec<LineRef>> {
    let mut out: Vec<Vec<LineRef>> = Vec::new();
    for r in refs {
        match out.last_mut() {
            Some(g) if g.last().is_some_and(|l| l.page == r.page) => g.push(*r),
            _ => out.push(vec![*r]),
        }
    }
    out
}

/// Whether a header already names its officials completely (`… door wethouder Kasmi`),
/// so that a next line in the same style is the purpose, not more header.
fn header_complete(text: &str) -> bool {
    let lower = text.to_lowercase();
    let Some(at) = lower.rfind(" door ") else { return false };
    let rest = text[at + 6..].trim();
    let open_end = rest.ends_with([',', '&', '-']) || {
        let last = rest.rsplit(' ').next().unwrap_or("").to_lowercase();
        // A role without its name, or a surname particle without the rest (`De` / `Langen`).
        [
            "en",
            "burgemeester",
            "wethouder",
            "wethouders",
            "voormalig",
            "voormalige",
            "loco-burgemeester",
            "de",
            "den",
            "der",
            "van",
            "von",
            "ter",
            "ten",
            "te",
            "'t",
            "het",
            "la",
            "le",
            "du",
            "el",
            "al",
            "da",
            "dos",
            "di",
            "op",
            "in",
            "bin",
        ]
        .contains(&last.as_str())
    };
    !open_end && super::officials::parse_officials(rest).is_ok()
}

/// Whether a line goes on with a list of names (`en wethouder Buijt`, `& Simons`).
fn continues_a_list(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    matches!(first, "en" | "&" | "," | "en/of")
}

/// A header set in body style can still be recognised by its complete wording.
fn looks_like_full_header(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains(" door ") && ["burgemeester", "wethouder"].iter().any(|r| lower.contains(r)) && text.len() < 160
}

/// Whether `next` directly continues `prev` in a block (tight leading, overlapping columns).
fn follows(prev: &Line, next: &Line) -> bool {
    let gap = prev.y - next.y;
    gap > 0.0 && gap <= 1.9 * prev.size.max(next.size) && overlaps(prev, next)
}

fn overlaps(a: &Line, b: &Line) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1
}

/// Whether a date line comes within the next `n` text lines on the same page.
fn date_within(stream: &Stream<'_>, from: usize, page: usize, n: usize) -> bool {
    stream.items[from..]
        .iter()
        .take_while(|(p, _)| *p == page)
        .filter_map(|(p, item)| match item {
            Item::Line(l) => Some(LineRef { page: *p, line: *l }),
            Item::Table(_) => None,
        })
        .take(n)
        .any(|r| is_date_line(stream.line(r).text()))
}

/// Takes the report title out of the intro: the largest text before the first trip.
fn split_title(stream: &Stream<'_>, out: &mut Sections) {
    let Some(first_page) = out.intro.first().map(|r| r.page) else { return };
    let on_first: Vec<LineRef> = out.intro.iter().copied().filter(|r| r.page == first_page).collect();
    let Some(max) = on_first.iter().map(|&r| stream.line(r).size).max_by(f64::total_cmp) else { return };
    let mut title: Vec<LineRef> = Vec::new();
    for r in on_first {
        let l = stream.line(r);
        if (l.size - max).abs() < 0.5 && title.last().is_none_or(|&p| follows(stream.line(p), l)) {
            title.push(r);
        }
    }
    out.intro.retain(|r| !title.contains(r));
    out.title = title;
}
