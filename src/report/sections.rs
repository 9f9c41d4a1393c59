//! Stage 3: lines and tables in reading order → trip sections.
//!
//! The whole document is read as one stream in the layout stage's reading order: page
//! after page, each page column by column. A trip starts at its header (a heading-style
//! line opening like `Werkbezoek … door …`, wrapped over as many lines as it takes); its
//! purpose and date line are found by role: right under the header, in a sidebar beside
//! the body, just above the header, or behind a label (`Doel:`, `Datum:`). Everything
//! else until the next header is its body, across columns and page breaks. So a table
//! or text standing at the top of a column or page belongs to the trip the previous
//! column or page ended with, whatever order the producer drew things in.

use std::collections::HashMap;

use crate::layout::{DocItem, Document, Line, LineId, LineRole, Region, Settings, Style, TableId};

use super::lexicon;

/// The parts of one trip.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Section {
    /// Header lines.
    pub header: Vec<LineId>,
    /// Purpose lines.
    pub purpose: Vec<LineId>,
    /// The date line (lines, where a narrow column wraps it).
    pub date: Vec<LineId>,
    /// Body lines in reading order.
    pub body: Vec<LineId>,
    /// Cost tables (normally one).
    pub tables: Vec<TableId>,
}

/// The document cut into its parts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sections {
    /// The report title's lines (largest text before the first trip).
    pub title: Vec<LineId>,
    /// Text before the first trip (intro), title excluded.
    pub intro: Vec<LineId>,
    /// Trips in reading order.
    pub trips: Vec<Section>,
    /// Tables that could not be given to a trip.
    pub unassigned_tables: Vec<TableId>,
    /// Text between or after the trips that belongs to none of them (a closing overview,
    /// a chapter's heading and text).
    pub unassigned_lines: Vec<LineId>,
    /// Those of the unassigned lines that are headings opening no trip (`2 Eerste
    /// kwartaal`, `Bijlage`): the document's structure, which ends the trip before them.
    pub headings: Vec<LineId>,
    /// When no trip was found: the lines nearest to a trip header, with why each opens
    /// none (see [`header_candidates`]).
    pub candidates: Vec<Candidate>,
    /// Each table of the document read as a cost table, by page and table index: read
    /// once, here, for the sections and the trips' fields.
    pub cost_reads: Vec<Vec<Option<super::costs::CostRead>>>,
}

/// How many lines near to a trip header are kept when no trip is found.
pub const CANDIDATES: usize = 8;

use lexicon::opens_header;

/// The style most characters are set in: the body text.
pub fn body_style(doc: &Document) -> Option<Style> {
    let mut counts: HashMap<Style, usize> = HashMap::new();
    for (_, line) in doc.text_lines() {
        *counts.entry(line.style()).or_default() += line.text().chars().count();
    }
    counts.into_iter().max_by_key(|(style, n)| (*n, *style)).map(|(s, _)| s)
}

/// One entry of the document's reading order: a text line (with the region of its block)
/// or a table.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Entry {
    Line(LineId, Region),
    Table(TableId),
}

struct Stream<'a> {
    doc: &'a Document,
    items: Vec<Entry>,
}

impl<'a> Stream<'a> {
    fn line(&self, r: LineId) -> &'a Line {
        self.doc.line(r)
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

/// The document as one stream in reading order.
fn stream(doc: &Document) -> Stream<'_> {
    let mut items = Vec::new();
    for item in doc.reading_order() {
        match item {
            DocItem::Block(b) => {
                let region = doc.block(b).region;
                items.extend(doc.block_lines(b).map(|l| Entry::Line(l, region)));
            }
            DocItem::Table(t) => items.push(Entry::Table(t)),
        }
    }
    Stream { doc, items }
}

/// Whether a line is set as a heading: larger than the body text, or bold where it is not.
fn heading_styled(body: Option<Style>, l: &Line) -> bool {
    match body {
        Some(b) => l.style().size_half_points > b.size_half_points || (l.bold && !b.bold),
        None => true,
    }
}

/// The style of the trip headers: purpose lines may open with "Werkbezoek" too; real
/// headers share one style, the most common among heading-styled lines that open like a
/// header.
fn header_style(stream: &Stream<'_>, body: Option<Style>, settings: &Settings) -> Option<Style> {
    let mut counts: HashMap<Style, usize> = HashMap::new();
    for (i, item) in stream.items.iter().enumerate() {
        if let Entry::Line(l, _) = item {
            let line = stream.line(*l);
            if heading_styled(body, line) && opens_header(&heading_text(stream, i, settings)) {
                *counts.entry(line.style()).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by_key(|(style, n)| (*n, *style)).map(|(s, _)| s)
}

/// A line that comes near to opening a trip, and why it does not.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The line.
    pub line: LineId,
    /// Its text, joined with the lines that go on in its style.
    pub text: String,
    /// Why it opens no trip.
    pub reason: String,
}

/// The lines nearest to a trip header, nearest first (at most `n`), each with why it
/// opens no trip: what `inspect` shows when no trips are found. Nearness counts what a
/// header has: a heading's style, a header word first (after any section number), ` door
/// `, and a role.
pub fn header_candidates(doc: &Document, settings: &Settings, n: usize) -> Vec<Candidate> {
    let stream = stream(doc);
    let body = body_style(doc);
    let header = header_style(&stream, body, settings);
    let is_header_styled = |l: &Line| header.is_some_and(|h| l.style() == h) && heading_styled(body, l);
    let mut scored: Vec<(usize, usize, Candidate)> = Vec::new();
    for (i, item) in stream.items.iter().enumerate() {
        let Entry::Line(r, _) = item else { continue };
        let line = stream.line(*r);
        let text = joined_heading(&stream, i, settings);
        let styled = heading_styled(body, line);
        let opens = opens_header(&text);
        let lower = text.to_lowercase();
        let score = 2 * usize::from(styled)
            + 3 * usize::from(opens)
            + 2 * usize::from(lower.contains(" door "))
            + 2 * usize::from(lexicon::names_a_role(&text));
        if score < 3 || scored.iter().any(|(_, _, c)| c.text == text) {
            continue;
        }
        let first = lexicon::without_section_number(&text).split_whitespace().next().unwrap_or("").to_string();
        let reason = if !opens {
            format!("opens with {first:?}, not a header word ({})", lexicon::header_words().join(", "))
        } else if !is_header_styled(line) && !looks_like_full_header(line.text()) {
            "opens like a header, but is set in the body's style and is not a whole 'Werkbezoek … door <role> <name>' line".to_string()
        } else {
            "reads as a header, but stands inside an overview table (a cell of it, not a trip)".to_string()
        };
        scored.push((score, i, Candidate { line: *r, text, reason }));
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(n).map(|(_, _, c)| c).collect()
}

/// Cuts the document into title, intro and trip sections.
pub fn sections(doc: &Document, settings: &Settings) -> Sections {
    let body = body_style(doc);
    let stream = stream(doc);
    let is_heading = |l: &Line| heading_styled(body, l);
    let header_style = header_style(&stream, body, settings);
    // On OCR text a date line with a misread range word still is one (issue 19).
    let is_date_line = |t: &str| super::dates::is_labelled_date_line_with(t, doc.ocr);
    let opens_header = |t: &str| lexicon::opens_header_with(t, doc.ocr);

    // Whether each table prints values, not only labels (a vertical table's values stand
    // beside its labels, in no row of their own): read once per table.
    let cost_reads: Vec<Vec<Option<super::costs::CostRead>>> =
        doc.pages.iter().map(|p| p.tables.iter().map(|t| super::costs::read_with(t, doc.ocr)).collect()).collect();
    let has_values: Vec<Vec<bool>> = cost_reads
        .iter()
        .map(|p| p.iter().map(|r| r.as_ref().is_some_and(super::costs::CostRead::has_values)).collect())
        .collect();
    let mut out = Sections { cost_reads, ..Sections::default() };
    let mut phase = Phase::Body;
    let mut idx = 0;
    // The sidebar lines met in a row, most recent last.
    let mut side_run: Vec<LineId> = Vec::new();
    while idx < stream.items.len() {
        let item = stream.items[idx];
        idx += 1;
        if !matches!(item, Entry::Line(_, Region::Side)) {
            side_run.clear();
        }
        let (r, region) = match item {
            Entry::Table(t) => {
                // Whether a table prints values, not only labels (a vertical table's values
                // stand beside its labels, in no row of their own).
                let has_row = |r: &TableId| has_values[r.page][r.table];
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
            Entry::Line(r, region) => (r, region),
        };
        let line = stream.line(r);
        let text = line.text();
        let header_styled = header_style.is_some_and(|h| line.style() == h) && is_heading(line);
        let heading = heading_text(&stream, idx - 1, settings);
        // OCR guesses sizes from line heights: a header's lines may differ, or match the body.
        let ocr_header = || doc.ocr && looks_like_full_header(&ocr_heading(&stream, idx - 1, settings));
        if opens_header(&heading) && (header_styled || looks_like_full_header(text) || ocr_header()) {
            let mut section = Section { header: vec![r], ..Section::default() };
            // A section number set apart from its words (a hanging heading, whose number
            // stands in a column of its own) is the header's first part.
            if let Some(Entry::Line(number, _)) = idx.checked_sub(2).and_then(|i| stream.items.get(i)) {
                if is_number_of(stream.line(*number), *number, line, r) {
                    forget(&mut out, *number);
                    section.header.insert(0, *number);
                }
            }
            // Some layouts print the date line just above the header.
            if let Some(prev) = out.trips.last_mut() {
                if let Some(&above) = prev.body.last() {
                    let l = stream.line(above);
                    if above.page == r.page && is_date_line(l.text()) && l.y > line.y && l.y - line.y <= 3.0 * line.size
                    {
                        prev.body.pop();
                        section.date = vec![above];
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
            if is_heading(line) && !is_date_line(text) {
                out.headings.push(r);
            }
            out.unassigned_lines.push(r);
            continue;
        }
        // A sidebar beside the body holds the trip's purpose and date: by role, not by
        // position in the stream.
        // A sidebar's date is the trip's, even when the sidebar is read after the trip's
        // table (it stands beside the table's top).
        if region == Region::Side && trip.date.is_empty() && is_date_line(text) {
            trip.date = vec![r];
            continue;
        }
        // A date wrapped in a narrow sidebar before any purpose or after it (`20 t/m 22` /
        // `november 2024`): neither line is a date alone, the two together are.
        if region == Region::Side && trip.date.is_empty() && trip.tables.is_empty() && !is_date_line(text) {
            if let Some(&Entry::Line(next, Region::Side)) = stream.items.get(idx) {
                let n = stream.line(next);
                let joined = super::text::join_lines(&[text, n.text()]);
                if next.page == r.page && follows(line, n, settings) && is_date_line(&joined) {
                    trip.date = vec![r, next];
                    idx += 1;
                    continue;
                }
            }
        }
        if region == Region::Side && trip.tables.is_empty() {
            // A date wrapped in a narrow sidebar (`27 januari t/m 3 februari` / `2024`).
            if let Some(&last) = trip.date.last() {
                let so_far: Vec<&str> = trip.date.iter().map(|d| stream.line(*d).text()).collect();
                let joined = format!("{} {text}", super::text::join_lines(&so_far));
                if follows(stream.line(last), line, settings) && is_date_line(&joined) {
                    trip.date.push(r);
                    continue;
                }
            }
            if trip.date.is_empty() && is_date_line(text) {
                trip.date = vec![r];
                continue;
            }
            // The purpose goes on over the sidebar's next lines, until its date line.
            let goes_on = trip.purpose.last().is_some_and(|p| side_run.contains(p));
            if trip.purpose.len() < 4 && !is_date_line(text) && (trip.purpose.is_empty() || goes_on) {
                trip.purpose.push(r);
                side_run.push(r);
                if phase == Phase::Header {
                    phase = Phase::Head;
                }
                continue;
            }
        }
        // A date standing alone beside the body, on any page of the trip: a sidebar broken
        // over a page goes on there with its date, one line that makes no gutter.
        if phase != Phase::Header
            && trip.date.is_empty()
            && trip.tables.is_empty()
            && is_date_line(text)
            && stands_beside_text(doc, r)
        {
            trip.date = vec![r];
            continue;
        }
        if phase != Phase::Header && trip.tables.is_empty() {
            if trip.date.is_empty() && lexicon::has_label(text, lexicon::date_labels()) && is_date_line(text) {
                trip.date = vec![r];
                continue;
            }
            if trip.purpose.is_empty() && lexicon::has_label(text, lexicon::purpose_labels()) {
                trip.purpose.push(r);
                continue;
            }
        }
        // A heading that opens no trip ends the trip's body: after its table, or before it
        // when numbered like a section at least as large as the trips' headers.
        // Its title holds no figures: a line numbered like `29 Um 30 januari` is a date
        // the OCR misread, not a section.
        let numbered_section = lexicon::section_number(text)
            .is_some_and(|(_, title)| !title.contains(|c: char| c.is_ascii_digit()))
            && header_style.is_some_and(|h| line.style().size_half_points >= h.size_half_points);
        if phase == Phase::Body
            && (!trip.tables.is_empty() || numbered_section)
            && is_heading(line)
            && !is_date_line(text)
        {
            phase = Phase::Trailing;
            out.headings.push(r);
            out.unassigned_lines.push(r);
            continue;
        }
        if phase == Phase::Header {
            let last = stream.line(*trip.header.last().unwrap_or(&r));
            let first = stream.line(trip.header[0]);
            let so_far: Vec<&str> = trip.header.iter().map(|h| stream.line(*h).text()).collect();
            // A line broken inside a word (`Abou-` / `taleb`) goes on, whatever it reads as.
            let broken = last.text().ends_with(['-', '\u{AD}']);
            let open = !header_complete(&super::text::join_lines(&so_far)) || continues_a_list(text) || broken;
            let styled = line.style() == first.style() || doc.ocr;
            // A header still open at the end of its column or page goes on at the top of
            // the next (`… door wethouder` / `<name>`), in its style.
            let next_column = r.page != trip.header[0].page || !overlaps(last, line);
            let goes_on = follows(last, line, settings) && r.page == trip.header[0].page || next_column;
            if styled && open && goes_on {
                trip.header.push(r);
                continue;
            }
            phase = Phase::Head;
        }
        if phase == Phase::Head {
            // Purpose and date stand in the header's block: same page, same column, within
            // a few header lines' height of its top (a header box may be mostly empty).
            let top = stream.line(trip.header[0]);
            // The head block may go on at the top of the next column or page, where the
            // header (and purpose) ended the one before: the date line read next is the
            // trip's, wherever it stands, and so is a purpose that opens the next page or
            // column, with the lines under it.
            let next_column = r.page != top_page(trip) || !overlaps(top, line);
            let (anchor, anchor_page) = match trip.purpose.first() {
                Some(p) if p.page != trip.header[0].page || !overlaps(top, stream.line(*p)) => {
                    (stream.line(*p), p.page)
                }
                _ => (top, trip.header[0].page),
            };
            let near = (r.page == anchor_page
                && anchor.y - line.y <= settings.head_block_lines * anchor.size
                && overlaps(anchor, line))
                || (next_column && trip.purpose.is_empty() && trip.body.is_empty());
            if (near || next_column) && trip.date.is_empty() && is_date_line(text) {
                trip.date = vec![r];
                continue;
            }
            let not_body = body.is_none_or(|b| line.style() != b);
            let date_follows = trip.date.is_empty() && date_within(&stream, idx, r.page, 3);
            if near && trip.purpose.len() < 4 && (not_body || date_follows) {
                trip.purpose.push(r);
                continue;
            }
            phase = Phase::Body;
        }
        trip.body.push(r);
    }

    split_title(&stream, &mut out, settings);
    out
}

/// The text of a heading that starts at stream entry `at`: the line and the lines under
/// it in the same style that follow it closely, joined (a header wrapped in a narrow
/// column may hold one word a line). At most four lines: a header is never longer.
fn heading_text(stream: &Stream<'_>, at: usize, settings: &Settings) -> String {
    let Some(Entry::Line(first, _)) = stream.items.get(at) else { return String::new() };
    // Only a line opening with a header word can open a header: skip the joining for the
    // many that do not.
    let opener = lexicon::without_section_number(stream.line(*first).text())
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if !lexicon::is_header_word(&opener, stream.doc.ocr) {
        return String::new();
    }
    joined_heading(stream, at, settings)
}

/// On OCR text: the line at stream entry `at` and the lines that follow it closely,
/// whatever their style, joined, until the header names its officials (at most four lines:
/// a heading in a narrow column wraps `… door burge-` / `meester <name>`).
fn ocr_heading(stream: &Stream<'_>, at: usize, settings: &Settings) -> String {
    let Some(Entry::Line(first, _)) = stream.items.get(at) else { return String::new() };
    let mut lines = vec![stream.line(*first)];
    let mut text = lines[0].text().to_string();
    for item in stream.items.iter().skip(at + 1).take(3) {
        let Entry::Line(r, _) = item else { break };
        let next = stream.line(*r);
        if header_complete(&text) || !follows(lines[lines.len() - 1], next, settings) {
            break;
        }
        lines.push(next);
        text = super::text::join_lines(&lines.iter().map(|l| l.text()).collect::<Vec<_>>());
    }
    text
}

/// The line at stream entry `at` and the lines under it that go on in its style (at most
/// four in all), joined.
fn joined_heading(stream: &Stream<'_>, at: usize, settings: &Settings) -> String {
    let Some(Entry::Line(first, _)) = stream.items.get(at) else { return String::new() };
    let mut lines = vec![stream.line(*first)];
    for item in stream.items.iter().skip(at + 1).take(3) {
        let Entry::Line(r, _) = item else { break };
        let (prev, next) = (lines[lines.len() - 1], stream.line(*r));
        if next.style() != prev.style() || !follows(prev, next, settings) {
            break;
        }
        lines.push(next);
    }
    super::text::join_lines(&lines.iter().map(|l| l.text()).collect::<Vec<_>>())
}

/// Whether `number` is a bare section number (`XI.`, `2.1`) standing level with the first
/// line of a heading, to its left.
fn is_number_of(number: &Line, at: LineId, heading: &Line, heading_at: LineId) -> bool {
    let text = number.text().trim();
    let bare = lexicon::section_number(&format!("{text} x")).is_some_and(|(n, _)| n == text);
    bare && at.page == heading_at.page
        && (number.y - heading.y).abs() <= 0.3 * heading.size
        && number.x1 <= heading.x0
        && number.style() == heading.style()
}

/// Whether a line is a block of its own set level with other text that it does not touch
/// (a sidebar's line beside the body).
fn stands_beside_text(doc: &Document, r: LineId) -> bool {
    let alone = doc.block_of(r).is_some_and(|b| doc.block_lines(b).count() == 1);
    let l = doc.line(r);
    let page = &doc.pages[r.page];
    alone
        && page.lines.iter().zip(&page.roles).any(|(o, role)| {
            *role == LineRole::Text
                && (o.y - l.y).abs() < 0.5 * l.size.max(o.size)
                && (o.x0 > l.x1 + l.size || o.x1 < l.x0 - l.size)
        })
}

/// The page (index) the trip's header starts on.
fn top_page(trip: &Section) -> usize {
    trip.header.first().map_or(0, |h| h.page)
}

/// Takes a line back from wherever the stream put it so far.
fn forget(out: &mut Sections, r: LineId) {
    for list in [&mut out.intro, &mut out.unassigned_lines, &mut out.headings] {
        list.retain(|l| *l != r);
    }
    if let Some(trip) = out.trips.last_mut() {
        for list in [&mut trip.body, &mut trip.purpose, &mut trip.date] {
            list.retain(|l| *l != r);
        }
    }
}

/// Splits line references into runs on one page each.
pub fn contiguous(refs: &[LineId]) -> Vec<Vec<LineId>> {
    let mut out: Vec<Vec<LineId>> = Vec::new();
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
    let open_end = rest.ends_with([',', '&', '-', '\u{AD}']) || {
        let last = rest.rsplit(' ').next().unwrap_or("").to_lowercase();
        // A role without its name, or a surname particle without the rest (`De` / `Langen`).
        lexicon::list_joiners().contains(&last.as_str())
            || lexicon::role_words().contains(&last.as_str())
            || lexicon::role_qualifiers().contains(&last.as_str())
            || lexicon::name_particles().contains(&last.as_str())
    };
    !open_end && super::officials::parse_officials(rest).is_ok()
}

/// Whether a line goes on with a list of names (`en wethouder Buijt`, `& Simons`).
fn continues_a_list(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    lexicon::list_joiners().contains(&first)
}

/// A header set in body style can still be recognised by its complete wording.
fn looks_like_full_header(text: &str) -> bool {
    text.to_lowercase().contains(" door ") && lexicon::names_a_role(text) && text.len() < 160
}

use crate::layout::blocks::{follows, overlaps};

/// Whether a date line comes within the next `n` text lines on the same page.
fn date_within(stream: &Stream<'_>, from: usize, page: usize, n: usize) -> bool {
    stream.items[from..]
        .iter()
        .filter_map(|item| match item {
            Entry::Line(l, _) => Some(*l),
            Entry::Table(_) => None,
        })
        .take_while(|l| l.page == page)
        .take(n)
        .any(|r| super::dates::is_labelled_date_line_with(stream.line(r).text(), stream.doc.ocr))
}

/// Takes the report title out of the intro: the largest text before the first trip.
fn split_title(stream: &Stream<'_>, out: &mut Sections, settings: &Settings) {
    let Some(first_page) = out.intro.first().map(|r| r.page) else { return };
    let on_first: Vec<LineId> = out.intro.iter().copied().filter(|r| r.page == first_page).collect();
    let Some(max) = on_first.iter().map(|&r| stream.line(r).size).max_by(f64::total_cmp) else { return };
    let mut title: Vec<LineId> = Vec::new();
    for r in on_first {
        let l = stream.line(r);
        if (l.size - max).abs() < 0.5 && title.last().is_none_or(|&p| follows(stream.line(p), l, settings)) {
            title.push(r);
        }
    }
    out.intro.retain(|r| !title.contains(r));
    out.title = title;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::{Glyph, Page};
    use crate::report::lexicon::DUTCH;

    /// A page of OCR text: each word a glyph, all of one size (OCR guesses sizes from
    /// line heights, so a heading does not stand out by its size).
    fn ocr_page(lines: &[(f64, f64, &str)]) -> Page {
        let mut glyphs = Vec::new();
        for &(x, y, text) in lines {
            let mut x0 = x;
            for word in text.split(' ') {
                let x1 = x0 + 5.0 * word.chars().count() as f64;
                glyphs.push(Glyph { text: word.into(), x0, x1, y, size: 10.0, font: 0, bold: false });
                x0 = x1 + 3.0;
            }
        }
        Page {
            number: 1,
            width: 595.0,
            height: 842.0,
            glyphs,
            fonts: vec!["GlyphLessFont".into()],
            problems: vec![],
            graphics: vec![],
            undecoded: 0,
            invisible_glyphs: 0,
        }
    }

    /// A heading wrapped over three lines of a narrow column (`… door burge-` /
    /// `meester Aboutaleb`) in OCR text opens a trip: its lines are joined until it names
    /// its officials.
    #[test]
    fn an_ocr_heading_wrapped_over_three_lines_opens_a_trip() {
        let page = ocr_page(&[
            (60.0, 760.0, "Buitenlandse ambtsreizen in 2024"),
            (60.0, 720.0, "6 Werkbezoek Brussel en"),
            (85.0, 706.0, "Gent, België door burge-"),
            (85.0, 692.0, "meester Aboutaleb"),
            (60.0, 672.0, "Vertegenwoordiging Rotterdam in EFUS"),
            (60.0, 658.0, "20 t/m 21 maart 2024"),
            (60.0, 640.0, "Op 20 maart 2024 was de burgemeester spreker op de conferentie."),
        ]);
        let settings = Settings { ocr_text: true, ..Settings::default() };
        let doc = crate::layout::analyse(&[page], &DUTCH, &settings);
        let found = sections(&doc, &settings);
        assert_eq!(found.trips.len(), 1, "{found:?}");
        let header: Vec<&str> = found.trips[0].header.iter().map(|r| doc.line(*r).text()).collect();
        assert_eq!(header, ["6 Werkbezoek Brussel en", "Gent, België door burge-", "meester Aboutaleb"]);
    }
}
