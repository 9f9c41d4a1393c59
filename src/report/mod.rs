//! Stages 3–4: trip sections → fields → records.
//!
//! [`sections`] cuts the document into trips by geometry; the field parsers
//! ([`money`], [`dates`], [`places`], [`officials`], [`transport`]) read each part; this
//! module puts a [`Trip`] together and notes what could not be read.

pub mod costs;
pub mod dates;
pub mod lexicon;
pub mod money;
pub mod officials;
pub mod overview;
pub mod places;
pub mod sections;
pub mod text;
pub mod transport;

use std::collections::BTreeSet;

use crate::layout::{Document, LineId, Settings};
use crate::model::{bbox_union, Co2, Costs, Layout, Located, Provenance, ReportMeta, Transport, Trip, Warning};
use crate::validate::PrintedTotals;
use sections::{Section, Sections};

/// What the report stage makes of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// Title and year.
    pub meta: ReportMeta,
    /// Trips in reading order, fields filled, trip-level parse warnings attached.
    pub trips: Vec<Trip>,
    /// Document-level warnings (unassigned tables, unreadable pages).
    pub warnings: Vec<Warning>,
    /// The sections the trips were read from (for `inspect`).
    pub sections: Sections,
    /// The totals the document prints for all its trips (an overview table's `Totaal`
    /// row), to be checked against the trips' sums.
    pub totals: Option<PrintedTotals>,
}

/// The first year from 1950 to 2099 standing as a number of its own in `text` (what
/// `\b(19[5-9]\d|20\d\d)\b` finds).
fn find_year(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let digits = &b[i..i + 4];
        let year = matches!(digits, [b'1', b'9', b'5'..=b'9', _] | [b'2', b'0', _, _])
            && digits[2..].iter().all(u8::is_ascii_digit)
            && text[..i].chars().next_back().is_none_or(|c| !crate::scan::is_word_char(c))
            && text[i + 4..].chars().next().is_none_or(|c| !crate::scan::is_word_char(c));
        year.then(|| text[i..i + 4].parse().ok()).flatten()
    })
}

/// A trip header's destination and officials: the words between its first word and
/// `door`, and those after it (`Werkbezoek Gent door wethouder Buijt` → `Gent`, `wethouder
/// Buijt`); what `(?i)^\s*\S+\s+(.*?)\s*\bdoor\s+(.+?)\s*$` captures.
fn split_header(title: &str) -> Option<(&str, &str)> {
    let title = title.trim_start();
    let rest = title[title.find(char::is_whitespace)?..].trim_start();
    let mut from = 0;
    while let Some(at) = rest.as_bytes()[from..].windows(4).position(|w| w.eq_ignore_ascii_case(b"door")) {
        let p = from + at;
        let destination = rest[..p].trim_end();
        if destination.contains('\n') {
            return None;
        }
        let apart = rest[..p].chars().next_back().is_none_or(|c| !crate::scan::is_word_char(c));
        if let Some(officials) = apart.then(|| after_door(&rest[p + 4..])).flatten() {
            return Some((destination, officials));
        }
        from = p + 1;
    }
    None
}

/// The officials after `door`: white space, then the text up to the trailing white space,
/// on one line (`\s+(.+?)\s*$`).
fn after_door(after: &str) -> Option<&str> {
    let officials = after.trim_start();
    if officials.len() == after.len() {
        return None;
    }
    let officials = officials.trim_end();
    if !officials.is_empty() {
        return (!officials.contains('\n')).then_some(officials);
    }
    // Only white space: the pattern still takes one character of it, the last one on a
    // line after the first.
    let first = after.chars().next().map_or(0, char::len_utf8);
    after[first..]
        .char_indices()
        .rev()
        .find(|(_, c)| *c != '\n')
        .map(|(i, c)| &after[first + i..first + i + c.len_utf8()])
}

/// Builds the records from the layout of a document.
pub fn build(doc: &Document, info_title: Option<&str>, settings: &Settings) -> Built {
    let mut sections = sections::sections(doc, settings);
    let overview = overview::read(doc);
    // A "header" inside the overview table is a cell of it (a purpose opening with
    // `Werkbezoek`), not a trip of its own.
    // An overview header with no rows under it lists no trips: prose that names its
    // labels (`het doel, de datum, de kosten`) is no table to take lines out of trips.
    if let Some(o) = overview.as_ref().filter(|o| !o.rows.is_empty()) {
        sections.trips.retain(|s| !s.header.iter().any(|h| o.lines.contains(h)));
        // Nor is the table the body of the trip before it.
        for s in &mut sections.trips {
            s.body.retain(|r| !o.lines.contains(r));
        }
    }
    if sections.trips.is_empty() {
        // Why no trip was found, for `inspect`.
        sections.candidates = sections::header_candidates(doc, settings, sections::CANDIDATES);
    }
    let texts = |refs: &[LineId]| refs.iter().map(|r| doc.line(*r).text()).collect::<Vec<_>>();

    let mut title = text::join_lines(&texts(&sections.title));
    if title.is_empty() {
        title = info_title.unwrap_or_default().to_string();
    }
    let year = find_year(&title)
        .or_else(|| info_title.and_then(find_year))
        .or_else(|| most_common_year(&sections, doc))
        .or_else(|| overview.as_ref().and_then(overview_year));

    let mut warnings = Vec::new();
    for page in &doc.pages {
        for p in &page.problems {
            warnings.push(Warning::new("page_problem", format!("page {}: {p}", page.number), Some(page.number)));
        }
    }
    let in_overview = |r: &LineId| overview.as_ref().is_some_and(|o| o.lines.contains(r));
    for t in &sections.unassigned_tables {
        let table = doc.table(*t);
        // The layout stage may take an overview's header for a cost table.
        let lines = table.lines.iter().map(|&line| LineId { page: t.page, line });
        if lines.clone().any(|r| in_overview(&r)) {
            continue;
        }
        let cells = table.cell_texts();
        warnings.push(Warning::new(
            "unassigned_table",
            format!("a cost table ({}) could not be assigned to a trip", cells.join(" | ")),
            Some(table.page),
        ));
    }

    let caption = overview.as_ref().map(|o| caption(doc, o, &sections.unassigned_lines)).unwrap_or_default();
    let unassigned: Vec<LineId> =
        sections.unassigned_lines.iter().copied().filter(|r| !in_overview(r) && !caption.contains(r)).collect();
    // One warning per heading's run of text; a heading with no text under it (a chapter
    // holding trips: `2 Eerste kwartaal`) is the document's structure, not lost text.
    let mut groups: Vec<Vec<LineId>> = Vec::new();
    for r in unassigned {
        let heading = sections.headings.contains(&r);
        match groups.last_mut() {
            Some(g) if !heading && g.last().is_some_and(|l| l.page == r.page) => g.push(r),
            _ => groups.push(vec![r]),
        }
    }
    for group in groups.iter().filter(|g| !g.iter().all(|r| sections.headings.contains(r))) {
        let text = text::join_lines(&texts(group));
        let words: Vec<&str> = text.split_whitespace().take(12).collect();
        let page = group.first().map(|r| doc.page_number(r.page));
        warnings.push(Warning::new(
            "unassigned_text",
            format!("text between or after the trips could not be assigned to a trip: \"{} …\"", words.join(" ")),
            page,
        ));
    }

    // How the document itself writes its words, hyphenated or joined: read once.
    let words =
        text::Words::new(doc.text_lines().map(|(_, l)| l.text())).with_drawn_soft_hyphens(doc.drawn_soft_hyphens);
    let mut trips: Vec<Trip> = sections
        .trips
        .iter()
        .enumerate()
        .map(|(i, s)| trip(doc, s, &sections.cost_reads, i + 1, year, &words))
        .collect();
    let mut layout = Layout::Sections;
    let mut totals = None;
    if let Some(o) = overview.as_ref().filter(|o| !o.rows.is_empty()) {
        let rows = overview::trips(o, year);
        // Sections hold trips when they have cost tables of their own; a letter's sentence
        // opening like a header (`Werkbezoek Gent door wethouder …`) is no trip section.
        let own_table = |t: &crate::layout::TableId| {
            !doc.table(*t).lines.iter().any(|&line| in_overview(&LineId { page: t.page, line }))
        };
        let sections_hold_trips = sections.trips.iter().any(|s| s.tables.iter().any(own_table));
        if trips.is_empty() || !sections_hold_trips {
            // A table edition: the rows are the trips.
            layout = Layout::Table;
            trips = rows;
            totals = overview::printed_totals(o);
        } else if o.prints(overview::Field::Date) {
            // A mixed document: the trips are read once, from the sections; the overview
            // repeating them is a cross-check. (An undated table, such as totals per
            // official, lists no trips.)
            if let Some(found) = cross_check(&mut trips, &rows, o) {
                warnings.extend(found);
                // Its closing totals are the document's too.
                totals = overview::printed_totals(o);
            }
        }
    }
    Built { meta: ReportMeta { title, year: year.unwrap_or(0), layout }, trips, warnings, sections, totals }
}

/// The year most of an overview table's date cells name.
fn overview_year(o: &overview::Overview) -> Option<i32> {
    let years: Vec<i32> = overview::trips(o, None).iter().filter_map(|t| find_year(&t.date_text)).collect();
    years.iter().copied().max_by_key(|y| (years.iter().filter(|x| *x == y).count(), -*y))
}

/// Text standing right above an overview's header (its caption, `Overzicht van de reizen
/// in 2023`): one line after another, each at most a few lines above the one below.
fn caption(doc: &Document, o: &overview::Overview, candidates: &[LineId]) -> Vec<LineId> {
    let Some((page, top)) = o.top else { return Vec::new() };
    let mut above: Vec<LineId> =
        candidates.iter().copied().filter(|r| r.page == page && doc.line(*r).y > top).collect();
    above.sort_by(|a, b| doc.line(*a).y.total_cmp(&doc.line(*b).y));
    let mut out = Vec::new();
    let mut y = top;
    for r in above {
        let l = doc.line(r);
        if l.y - y > 4.0 * l.size {
            break;
        }
        y = l.y;
        out.push(r);
    }
    out
}

/// Trip warnings `overview_mismatch` for each figure an overview table prints otherwise
/// than the trip's own section, and for a trip the overview leaves out; a document
/// warning for an overview row that matches no trip. `None` when not one row is a trip of
/// the sections: then the table is no overview of them.
fn cross_check(trips: &mut [Trip], rows: &[Trip], o: &overview::Overview) -> Option<Vec<Warning>> {
    let compared = overview::compared_fields(o);
    let d = crate::diff::diff(trips, rows);
    if d.removed.len() == trips.len() {
        return None;
    }
    let page_of = |id: &str| rows.iter().find(|r| r.id == id).and_then(|r| r.pages.first().copied());
    let show = |v: &serde_json::Value| match v {
        serde_json::Value::Null => "nothing".to_string(),
        serde_json::Value::String(s) => format!("{s:?}"),
        v => v.to_string(),
    };
    for c in &d.changed {
        let Some(trip) = trips.iter_mut().find(|t| t.id == c.old_id) else { continue };
        for f in c.fields.iter().filter(|f| compared.contains(&f.field)) {
            trip.warnings.push(Warning::new(
                "overview_mismatch",
                format!(
                    "the overview table prints {} {} where the trip's own section has {}",
                    f.field,
                    show(&f.new),
                    show(&f.old)
                ),
                page_of(&c.new_id),
            ));
        }
    }
    for missing in &d.removed {
        if let Some(trip) = trips.iter_mut().find(|t| t.id == missing.id) {
            let page = o.rows.first().and_then(|r| r.pages.iter().next().copied());
            trip.warnings.push(Warning::new("overview_mismatch", "the trip is not in the overview table", page));
        }
    }
    Some(
        d.added
            .iter()
            .map(|row| {
                let cells: Vec<&str> = row.table_cells.iter().map(String::as_str).filter(|c| !c.is_empty()).collect();
                Warning::new(
                    "overview_mismatch",
                    format!("a row of the overview table ({}) matches no trip of the report", cells.join(" | ")),
                    row.pages.first().copied(),
                )
            })
            .collect(),
    )
}

/// Separators set between purpose and date on one line.
const INLINE_SEPARATORS: [&str; 5] = [" | ", " · ", " • ", " – ", " — "];

/// A purpose line that ends in its date after a separator, split in two.
///
/// ```
/// # use ambtsreizen::report::split_inline_date;
/// assert_eq!(split_inline_date("Bezoek aan de haven | 3 t/m 5 mei 2024"), Some(("Bezoek aan de haven", "3 t/m 5 mei 2024")));
/// assert_eq!(split_inline_date("Overleg over EU-beleid – stand van zaken"), None);
/// ```
pub fn split_inline_date(line: &str) -> Option<(&str, &str)> {
    INLINE_SEPARATORS.iter().filter_map(|sep| line.rsplit_once(sep)).find_map(|(purpose, date)| {
        (!purpose.trim().is_empty() && dates::is_date_line(date.trim())).then(|| (purpose.trim(), date.trim()))
    })
}

fn most_common_year(sections: &Sections, doc: &Document) -> Option<i32> {
    let mut years: Vec<i32> = sections
        .trips
        .iter()
        .filter_map(|s| {
            let date = text::join_lines(&s.date.iter().map(|r| doc.line(*r).text()).collect::<Vec<_>>());
            find_year(&date)
        })
        .collect();
    years.sort_unstable();
    let mut best = None;
    let mut best_n = 0;
    for y in &years {
        let n = years.iter().filter(|x| *x == y).count();
        if n > best_n {
            best = Some(*y);
            best_n = n;
        }
    }
    best
}

/// The places and countries of a destination; a part that is neither a known place nor a
/// known country is a warning (`unknown_place`).
fn destination_of(destination: &str, page: Option<u32>, warnings: &mut Vec<Warning>) -> places::Destination {
    destination_read(destination, false, page, warnings)
}

/// As [`destination_of`]; on OCR text (`ocr`), a part with a letter misread names the
/// known place it most likely is ([`places::suggest`]) in the warning, never in the record.
fn destination_read(
    destination: &str,
    ocr: bool,
    page: Option<u32>,
    warnings: &mut Vec<Warning>,
) -> places::Destination {
    let dest = places::split_destination(destination);
    for unknown in &dest.unknown {
        let suggestion = places::suggest(unknown)
            .filter(|_| ocr)
            .map(|s| format!(" (read by OCR: {s:?}? check it against the scan)"))
            .unwrap_or_default();
        warnings.push(Warning::new(
            "unknown_place",
            format!("{unknown:?} is neither a known country nor a known place; no country derived from it{suggestion}"),
            page,
        ));
    }
    dest
}

/// The officials a text names; text that names none readably is a warning
/// (`unreadable_officials`).
fn officials_of(text: &str, page: Option<u32>, warnings: &mut Vec<Warning>) -> Vec<crate::model::Official> {
    match officials::parse_officials(text) {
        Ok(o) => o,
        Err(e) if !text.is_empty() => {
            warnings.push(Warning::new("unreadable_officials", e.to_string(), page));
            Vec::new()
        }
        Err(_) => Vec::new(),
    }
}

/// First and last day of a printed date (its label dropped); one that does not read is a
/// warning (`unreadable_date`).
fn date_range_of(
    date_text: &str,
    year: Option<i32>,
    page: Option<u32>,
    warnings: &mut Vec<Warning>,
) -> (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) {
    date_range_read(date_text, year, false, page, warnings)
}

/// As [`date_range_of`]; on a text layer made by OCR (`ocr`), a date that reads only with
/// OCR leniency ([`dates::ocr_lenient_date`]) is read, with the warning `uncertain_value`.
fn date_range_read(
    date_text: &str,
    year: Option<i32>,
    ocr: bool,
    page: Option<u32>,
    warnings: &mut Vec<Warning>,
) -> (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) {
    let text = dates::without_label(date_text);
    let lenient = dates::ocr_lenient_date(text).filter(|_| ocr);
    if let (Err(_), Some(read)) = (dates::parse_date_range(text, year), &lenient) {
        if let Ok((a, b)) = dates::parse_date_range(read, year) {
            warnings.push(Warning::new(
                "uncertain_value",
                format!("the date {text:?} reads only with OCR leniency, as {read:?}: {a} to {b}; check it against the scan"),
                page,
            ));
            return (Some(a), Some(b));
        }
    }
    match dates::parse_date_range(text, year) {
        Ok((a, b)) => {
            if dates::lists_days_with_gaps(text, year) {
                warnings.push(Warning::new(
                    "date_list_with_gaps",
                    format!("the date {text:?} lists days that do not follow each other; start and end are its first and last day, and days counts every day between them"),
                    page,
                ));
            }
            (Some(a), Some(b))
        }
        Err(e) => {
            warnings.push(Warning::new("unreadable_date", e.to_string(), page));
            (None, None)
        }
    }
}

/// The means of transport a cell names; a word not recognised is a warning
/// (`unknown_transport`).
fn transport_of(text: String, page: Option<u32>, warnings: &mut Vec<Warning>) -> Transport {
    let (modes, unknown) = transport::parse_transport(&text);
    for word in unknown {
        warnings.push(Warning::new(
            "unknown_transport",
            format!("the means of transport {word:?} is not recognised; counted as 'other'"),
            page,
        ));
    }
    Transport { text, modes }
}

/// A number read from a cell (`parse`: an amount or tonnes); a cell that does not read as
/// one is a warning (`unparsed_cell`), its raw text staying in `table_cells`.
fn number_of(
    cell: &str,
    what: &str,
    parse: fn(&str) -> Result<Option<rust_decimal::Decimal>, money::NumberError>,
    page: Option<u32>,
    warnings: &mut Vec<Warning>,
) -> Option<rust_decimal::Decimal> {
    number_read(cell, what, parse, false, page, warnings)
}

/// As [`number_of`]. On a text layer made by OCR (`ocr`), a cell that reads only with OCR leniency
/// ([`money::ocr_lenient`]: `€o,-`, `€ 5.225,=`, a dash read as `=`) gives its value with
/// the warning `uncertain_value`, naming the field, the text and the value read.
fn number_read(
    cell: &str,
    what: &str,
    parse: fn(&str) -> Result<Option<rust_decimal::Decimal>, money::NumberError>,
    ocr: bool,
    page: Option<u32>,
    warnings: &mut Vec<Warning>,
) -> Option<rust_decimal::Decimal> {
    let lenient = || {
        let text = money::ocr_lenient(cell).filter(|_| ocr)?;
        let value = parse(&text).ok()?;
        Some((text, value))
    };
    let strict = parse(cell);
    if let (Err(_), Some((text, value))) = (&strict, lenient()) {
        let read = value.map_or("nothing".to_string(), money::format_nl);
        warnings.push(Warning::new(
            "uncertain_value",
            format!(
                "the {what} cell {cell:?} reads only with OCR leniency, as {text:?}: {read}; check it against the scan (the raw text is kept in table_cells)"
            ),
            page,
        ));
        return value;
    }
    match strict {
        Ok(v) => v,
        Err(_) => {
            warnings.push(Warning::new(
                "unparsed_cell",
                format!("the {what} cell {cell:?} could not be read as a number; the raw text is kept in table_cells"),
                page,
            ));
            None
        }
    }
}

fn trip(
    doc: &Document,
    s: &Section,
    reads: &[Vec<Option<costs::CostRead>>],
    index: usize,
    year: Option<i32>,
    words: &text::Words,
) -> Trip {
    let line = |r: &LineId| doc.line(*r);
    let texts = |refs: &[LineId]| refs.iter().map(|r| line(r).text()).collect::<Vec<_>>();
    let page_of = |r: &LineId| doc.page_number(r.page);
    let mut warnings = Vec::new();
    let first_page = page_of(&s.header[0]);

    // The title as printed, without a section number before it (`2.1 Werkbezoek …`).
    let title = lexicon::without_section_number(&text::join_lines_in(&texts(&s.header), words)).to_string();
    let (destination, officials_text) = match split_header(&title) {
        Some((destination, officials)) => (destination.trim_end_matches([',', ' ']).to_string(), officials.to_string()),
        None => {
            warnings.push(Warning::new(
                "unreadable_header",
                format!("the header {title:?} does not read as 'Werkbezoek <destination> door <officials>'"),
                Some(first_page),
            ));
            (String::new(), String::new())
        }
    };
    let dest = destination_read(&destination, doc.ocr, Some(first_page), &mut warnings);
    let officials = officials_of(&officials_text, Some(first_page), &mut warnings);

    let mut purpose =
        lexicon::without_label(&text::join_lines_in(&texts(&s.purpose), words), lexicon::purpose_labels()).to_string();
    // The date as printed, without its label (`Datum: 3 mei` → `3 mei`), as `purpose`.
    let mut date_text = dates::without_label(&text::join_lines(&texts(&s.date))).to_string();
    if date_text.is_empty() {
        // Purpose and date set on one line (`Kennisuitwisseling over havens | 13 t/m 14 maart`).
        if let Some((p, d)) = split_inline_date(&purpose) {
            (purpose, date_text) = (p.to_string(), d.to_string());
        }
    }
    let (start_date, end_date) = if date_text.is_empty() {
        warnings.push(Warning::new("missing_date", "no date line found under the header", Some(first_page)));
        (None, None)
    } else {
        date_range_read(&date_text, year, doc.ocr, s.date.first().map(page_of), &mut warnings)
    };
    let days = start_date.zip(end_date).map(|(a, b)| dates::days_inclusive(a, b));

    let costs = trip_costs(doc, s, reads, &mut warnings);
    let table = s.tables.first().map(|t| doc.table(*t));
    let table_page = table.map(|t| t.page);
    let cells: Vec<String> = match (&costs, table) {
        (Some(c), Some(t)) => {
            if !c.has_values() {
                warnings.push(Warning::new(
                    "empty_table",
                    "the cost table has labels but no data row could be found under them",
                    Some(t.page),
                ));
            }
            c.texts()
        }
        _ => {
            warnings.push(Warning::new("missing_table", "no cost table found for this trip", Some(first_page)));
            Vec::new()
        }
    };
    // A scanned table rule the OCR glued to a value (`|€0,-`) was taken out of its cell:
    // the value is read without it, the cell keeps the raw text, and the trip says so.
    let raw_cells: Vec<String> = costs.as_ref().map(|c| c.raw_texts()).unwrap_or_else(|| cells.clone());
    for (i, (raw, read)) in raw_cells.iter().zip(&cells).enumerate() {
        if raw != read {
            warnings.push(Warning::new(
                "uncertain_value",
                format!(
                    "the {} cell {raw:?} reads as {read:?} once a scanned table rule is taken out of it; check it against the scan (the raw text is kept in table_cells)",
                    COST_FIELDS.get(i).copied().unwrap_or("table")
                ),
                table_page,
            ));
        }
    }
    let cell = |i: usize| cells.get(i).map(String::as_str).unwrap_or("");
    let mut number =
        |i: usize, what: &str, parse: fn(&str) -> Result<Option<rust_decimal::Decimal>, money::NumberError>| {
            table?;
            number_read(cell(i), what, parse, doc.ocr, table_page, &mut warnings)
        };
    // A cost printed as none (`-`, `n.v.t.`) is 0, so that the total stays a sum.
    let travel = number(0, COST_FIELDS[0], money::parse_cost);
    let other = number(1, COST_FIELDS[1], money::parse_cost);
    let tonnes = number(3, COST_FIELDS[3], money::parse_tonnes);
    let compensation = number(4, COST_FIELDS[4], money::parse_amount);
    let total = match (travel, other) {
        (Some(a), Some(b)) => a.checked_add(b),
        _ => None,
    };
    let transport = transport_of(cell(2).to_string(), table_page, &mut warnings);

    let paragraphs = paragraphs(doc, &s.body);
    let description = paragraphs.iter().map(|p| text::join_lines_in(&texts(p), words)).collect::<Vec<_>>().join("\n\n");

    let mut pages: BTreeSet<u32> = BTreeSet::new();
    for r in s.header.iter().chain(&s.purpose).chain(&s.date).chain(&s.body) {
        pages.insert(page_of(r));
    }
    for t in &s.tables {
        pages.extend(doc.table(*t).pages());
    }

    let provenance = Provenance {
        header: located(doc, &s.header),
        purpose: located(doc, &s.purpose),
        date: located(doc, &s.date),
        body: paragraphs.iter().flat_map(|p| located(doc, p)).collect(),
        table: s.tables.iter().map(|t| doc.table(*t)).map(|t| Located { page: t.page, bbox: t.bbox }).collect(),
        table_cells: costs
            .as_ref()
            .map(|c| {
                c.cells
                    .iter()
                    .zip(c.pages)
                    .filter_map(|(cell, page)| cell.as_ref().and_then(|x| x.bbox).map(|bbox| Located { page, bbox }))
                    .collect()
            })
            .unwrap_or_default(),
    };

    Trip {
        id: format!("{}-{:02}", year.unwrap_or(0), index),
        title,
        destination,
        places: dest.places,
        countries: dest.countries,
        officials,
        purpose,
        date_text,
        start_date,
        end_date,
        days,
        costs: Costs { travel_and_accommodation: travel, other, total },
        transport,
        co2: Co2 { emissions_tonnes: tonnes, compensation_eur: compensation },
        table_cells: raw_cells,
        description,
        pages: pages.into_iter().collect(),
        warnings,
        provenance: Some(provenance),
    }
}

/// The five cost-table fields as messages name them, in `table_cells` order.
const COST_FIELDS: [&str; 5] =
    ["travel and accommodation", "other costs", "transport", "CO₂ emissions", "CO₂ compensation"];

/// The trip's cost table, read from its first table that names cost fields; a table
/// broken over a page or column fills in the fields the first lacks. Any other table is
/// a warning (`extra_table`), and a column or row whose label names no field is one too
/// (`unknown_column`), with its cells.
fn trip_costs(
    doc: &Document,
    s: &Section,
    reads: &[Vec<Option<costs::CostRead>>],
    warnings: &mut Vec<Warning>,
) -> Option<costs::CostRead> {
    let mut main: Option<costs::CostRead> = None;
    for id in &s.tables {
        let t = doc.table(*id);
        let read = reads.get(id.page).and_then(|p| p.get(id.table)).cloned().flatten();
        if let Some(r) = &read {
            for u in &r.unknown {
                let label = if u.label.is_empty() { "without a label".to_string() } else { format!("{:?}", u.label) };
                warnings.push(Warning::new(
                    "unknown_column",
                    format!(
                        "a column or row of the cost table {label} names no cost field; its cells: {}",
                        if u.cells.is_empty() { "none".to_string() } else { u.cells.join(" | ") }
                    ),
                    Some(t.page),
                ));
            }
        }
        let continues = match (&mut main, &read) {
            (Some(m), Some(r)) => m.fill_from(r),
            _ => false,
        };
        match (&main, read) {
            (None, Some(r)) => main = Some(r),
            _ if continues => {}
            _ => warnings.push(Warning::new(
                "extra_table",
                format!(
                    "a second cost table ({}) stands with this trip; only the first is used",
                    t.cell_texts().join(" | ")
                ),
                Some(t.page),
            )),
        }
    }
    main
}

/// Groups body lines into paragraphs: the layout stage's blocks, where lines of one block
/// are one paragraph. Where the body goes on in another column or on the next page, the
/// paragraph goes on too, unless the last line stopped short after a full stop.
pub fn paragraphs(doc: &Document, body: &[LineId]) -> Vec<Vec<LineId>> {
    let right = body.iter().map(|r| doc.line(*r).x1).fold(f64::NEG_INFINITY, f64::max);
    let mut out: Vec<Vec<LineId>> = Vec::new();
    let mut prev: Option<LineId> = None;
    for &r in body {
        let new_paragraph = match prev {
            None => true,
            Some(p) => {
                let (a, b) = (doc.line(p), doc.line(r));
                let same_block = p.page == r.page && doc.block_of(p) == doc.block_of(r);
                // Read on: the next line stands lower in the same column.
                let below = p.page == r.page && a.y > b.y && crate::layout::blocks::overlaps(a, b);
                if same_block {
                    false
                } else if below {
                    true
                } else {
                    // A column or page break: a full last line means the sentence runs on.
                    a.x1 < right - 3.0 * a.size && a.text().ends_with(['.', '!', '?', ':'])
                }
            }
        };
        if new_paragraph {
            out.push(Vec::new());
        }
        if let Some(last) = out.last_mut() {
            last.push(r);
        }
        prev = Some(r);
    }
    out
}

/// Bounding boxes of lines, one per page.
fn located(doc: &Document, refs: &[LineId]) -> Vec<Located> {
    let mut out: Vec<Located> = Vec::new();
    for r in refs {
        let b = doc.line(*r).bbox();
        let page = doc.page_number(r.page);
        match out.iter_mut().find(|x| x.page == page) {
            Some(x) => x.bbox = bbox_union(x.bbox, b),
            None => out.push(Located { page, bbox: b }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn years_and_headers() {
        assert_eq!(find_year("Buitenlandse ambtsreizen 2024"), Some(2024));
        assert_eq!(find_year("12024 1949 x2023 2023b 1987"), Some(1987));
        assert_eq!(split_header("Werkbezoek Gent door wethouder Buijt"), Some(("Gent", "wethouder Buijt")));
        assert_eq!(
            split_header(" Werkbezoek Doorn, Deurne DOOR burgemeester X "),
            Some(("Doorn, Deurne", "burgemeester X"))
        );
        assert_eq!(split_header("Werkbezoek Gent"), None);
    }

    proptest! {
        /// `find_year` and `split_header` do what the regular expressions they replaced did.
        #[test]
        fn matchers_agree_with_their_regular_expressions(
            parts in prop::collection::vec(prop::sample::select(vec![
                "Werkbezoek", "Gent", "door", "DOOR", "Door", "doorn", "x", "_", "é", " ", "  ", "\t", "\n", ",", "2024",
                "1949", "1950", "2099", "20", "19", "5", "-",
            ]), 0..9)
        ) {
            let text = parts.concat();
            let year = regex::Regex::new(r"\b(19[5-9]\d|20\d\d)\b").unwrap();
            prop_assert_eq!(find_year(&text), year.find(&text).and_then(|m| m.as_str().parse().ok()));
            let header = regex::Regex::new(r"(?i)^\s*\S+\s+(.*?)\s*\bdoor\s+(.+?)\s*$").unwrap();
            let want = header.captures(&text).map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str()));
            prop_assert_eq!(split_header(&text), want);
        }
    }
}
