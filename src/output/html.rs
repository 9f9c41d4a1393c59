//! The summary as one self-contained HTML page (`summary -f html`): headline figures per year,
//! charts, a world map of destinations, the people across their roles, every trip with a link
//! to its page in the PDF, and every warning of every edition.
//!
//! The page needs nothing from elsewhere: no network, no fonts, no scripts but one small
//! inline script that sorts the tables. Charts and the map are inline SVG drawn here, with
//! real text, a title, and a table of the same figures beside each (for screen readers and
//! for copying). The map's outlines are Natural Earth's (public domain), projected once by
//! `scripts/make-world-map.py` into `data/world-110m.tsv`.

use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::summary::{Summary, Totals};
use crate::model::{Report, TransportMode, Trip};

/// The language of the page's labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dutch (the default): `Reizen`, `€ 1.234,50`.
    #[default]
    Nl,
    /// English: `Trips`, `€1,234.50`.
    En,
}

/// Where the page links each edition's PDF, by the edition's SHA-256: a path relative to the
/// page (see [`relative_href`]). An edition without an entry is linked by its file name.
pub type PdfLinks = [(String, String)];

const WORLD_TSV: &str = include_str!("../../data/world-110m.tsv");
const COUNTRIES_TSV: &str = include_str!("../../data/countries.tsv");
const PLACE_COORDINATES_TSV: &str = include_str!("../../data/place-coordinates.tsv");
/// The map's picture size, as `scripts/make-world-map.py` projects it.
const MAP_WIDTH: f64 = 1000.0;
const MAP_HEIGHT: f64 = 451.0;

/// Colours of the series: Okabe–Ito's colour-blind safe set first, then darker and lighter
/// variants; they repeat only after twenty people.
const PALETTE: [&str; 20] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#004D7A", "#8F6400",
    "#006B4E", "#8C4A70", "#9AD0F0", "#F5C76B", "#7FD1B9", "#E8B5D3", "#8A3A00", "#B0A200", "#777777", "#2B2B8F",
];
/// Map shades from few trips to many.
const SHADES: [&str; 5] = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

struct Labels {
    lang: &'static str,
    title: &'static str,
    made_by: &'static str,
    sources: &'static str,
    current_note: &'static str,
    not_counted: &'static str,
    headline: &'static str,
    all_years: &'static str,
    trips: &'static str,
    days: &'static str,
    total: &'static str,
    co2: &'static str,
    compensation: &'static str,
    change_from: &'static str,
    charts: &'static str,
    costs_per_person: &'static str,
    co2_per_month: &'static str,
    trips_per_mode: &'static str,
    month: &'static str,
    person: &'static str,
    mode: &'static str,
    map: &'static str,
    map_title: &'static str,
    map_note: &'static str,
    not_on_map: &'static str,
    no_dot: &'static str,
    places: &'static str,
    country: &'static str,
    people: &'static str,
    people_note: &'static str,
    roles: &'static str,
    years: &'static str,
    all_trips: &'static str,
    sort_note: &'static str,
    trip: &'static str,
    start: &'static str,
    end: &'static str,
    officials: &'static str,
    destination: &'static str,
    transport: &'static str,
    warnings: &'static str,
    source: &'static str,
    page: &'static str,
    all_warnings: &'static str,
    no_warnings: &'static str,
    edition: &'static str,
    document: &'static str,
    code: &'static str,
    message: &'static str,
    several: &'static str,
    unknown_costs: &'static str,
    not_printed: &'static str,
    data_table: &'static str,
}

const NL: Labels = Labels {
    lang: "nl",
    title: "Buitenlandse ambtsreizen",
    made_by: "Gemaakt door ambtsreizen",
    sources: "Bronnen",
    current_note: "telt mee",
    not_counted: "niet opgeteld: een latere editie van hetzelfde jaar telt",
    headline: "Kerncijfers per jaar",
    all_years: "Alle jaren",
    trips: "Reizen",
    days: "Dagen",
    total: "Kosten",
    co2: "CO₂-uitstoot",
    compensation: "CO₂-compensatie",
    change_from: "t.o.v.",
    charts: "Grafieken",
    costs_per_person: "Kosten per persoon per jaar",
    co2_per_month: "CO₂-uitstoot en compensatie per maand",
    trips_per_mode: "Reizen per vervoermiddel",
    month: "Maand",
    person: "Persoon",
    mode: "Vervoer",
    map: "Bestemmingen",
    map_title: "Landen van bestemming",
    map_note: "Landen gekleurd naar het aantal reizen erheen; een stip per plaats.",
    not_on_map: "Te klein voor de kaart",
    no_dot: "Plaatsen zonder stip (onbekende of meerduidige ligging)",
    places: "Plaatsen",
    country: "Land",
    people: "Personen",
    people_note: "Eén persoon door alle functies heen (wethouder, voormalig wethouder, burgemeester). \
                  Het rapport noemt alleen achternamen: twee mensen met dezelfde achternaam zijn hier één persoon.",
    roles: "Functies",
    years: "Jaren",
    all_trips: "Alle reizen",
    sort_note: "Klik op een kolomkop om te sorteren. Reizen met een waarschuwing zijn gemarkeerd; \
                de bron opent de pagina in de PDF.",
    trip: "Reis",
    start: "Begin",
    end: "Einde",
    officials: "Bestuurders",
    destination: "Bestemming",
    transport: "Vervoer",
    warnings: "Waarschuwingen",
    source: "Bron",
    page: "p.",
    all_warnings: "Alle waarschuwingen",
    no_warnings: "Geen waarschuwingen.",
    edition: "Editie",
    document: "document",
    code: "Code",
    message: "Toelichting",
    several: "Een reis met meerdere personen telt voor ieder van hen.",
    unknown_costs: "reis/reizen met onleesbare bedragen: de sommen laten die bedragen weg.",
    not_printed: "geen enkele reis van dit jaar heeft dit cijfer in de editie",
    data_table: "Gegevens",
};

const EN: Labels = Labels {
    lang: "en",
    title: "Foreign official trips",
    made_by: "Made by ambtsreizen",
    sources: "Sources",
    current_note: "counted",
    not_counted: "not summed: a later edition of the same year counts",
    headline: "Headline figures per year",
    all_years: "All years",
    trips: "Trips",
    days: "Days",
    total: "Costs",
    co2: "CO₂ emissions",
    compensation: "CO₂ compensation",
    change_from: "vs.",
    charts: "Charts",
    costs_per_person: "Costs per person per year",
    co2_per_month: "CO₂ emissions and compensation per month",
    trips_per_mode: "Trips by means of transport",
    month: "Month",
    person: "Person",
    mode: "Transport",
    map: "Destinations",
    map_title: "Destination countries",
    map_note: "Countries shaded by the number of trips there; a dot per place.",
    not_on_map: "Too small for the map",
    no_dot: "Places without a dot (location unknown or ambiguous)",
    places: "Places",
    country: "Country",
    people: "People",
    people_note: "One person through all their roles (alderman, former alderman, mayor). The report prints \
                  surnames only: two people with the same surname are one person here.",
    roles: "Roles",
    years: "Years",
    all_trips: "All trips",
    sort_note: "Click a column header to sort. Trips with a warning are highlighted; the source opens the \
                page in the PDF.",
    trip: "Trip",
    start: "Start",
    end: "End",
    officials: "Officials",
    destination: "Destination",
    transport: "Transport",
    warnings: "Warnings",
    source: "Source",
    page: "p.",
    all_warnings: "All warnings",
    no_warnings: "No warnings.",
    edition: "Edition",
    document: "document",
    code: "Code",
    message: "Message",
    several: "A trip by several people counts for each of them.",
    unknown_costs: "trip(s) with unreadable amounts: the sums leave those amounts out.",
    not_printed: "no trip of this year has this figure in the edition",
    data_table: "Data",
};

impl Lang {
    fn labels(self) -> &'static Labels {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

const STYLE: &str = r#"
:root { --ink: #1a1a1a; --muted: #555; --line: #ccc; --warn: #fff3cd; --warn-edge: #c58a00; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif;
       color: var(--ink); margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; line-height: 1.4; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--ink); }
.muted, figcaption p { color: var(--muted); }
.years { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1rem; }
.year { border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.9rem; }
.year h3 { margin: 0 0 0.4rem; }
.year dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.15rem 0.8rem; }
.year dt { color: var(--muted); } .year dd { margin: 0; text-align: right; }
.value { font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
.delta { display: block; font-size: 0.8em; color: var(--muted); white-space: nowrap; }
td.nowrap { white-space: nowrap; }
figure { margin: 1.5rem 0; } figcaption { font-weight: 600; font-size: 1.1rem; margin-bottom: 0.4rem; }
figcaption p { font-weight: normal; font-size: 0.9rem; margin: 0.2rem 0; }
.pair { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.pair > svg { flex: 1 1 560px; max-width: 100%; height: auto; }
.pair > .data { flex: 0 1 340px; max-height: 420px; overflow: auto; font-size: 0.85rem; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: 0.2rem 0.45rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort=ascending] button::after { content: " ▲"; } th[aria-sort=descending] button::after { content: " ▼"; }
.wide { overflow-x: auto; } .wide table { width: 100%; font-size: 0.9rem; }
tr.warn td { background: var(--warn); } tr.warn td:first-child { box-shadow: inset 4px 0 var(--warn-edge); }
code { font-size: 0.9em; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.85rem; margin: 0.3rem 0; padding: 0; list-style: none; }
.legend span { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em; border: 1px solid #0003; }
svg text { font-family: inherit; }
.country { stroke: #fff; stroke-width: 0.4; } .country:hover { stroke: #000; stroke-width: 1; }
"#;

const SCRIPT: &str = r#"
(function () {
  function key(cell) {
    var v = cell.getAttribute('data-sort');
    if (v === null) { v = cell.textContent.trim(); }
    if (v !== '' && /^-?[0-9]+(\.[0-9]+)?$/.test(v)) { return parseFloat(v); }
    return v.toLowerCase();
  }
  function compare(x, y) {
    if (typeof x !== typeof y) { return typeof x === 'number' ? -1 : 1; }
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var c = compare(key(a.cells[column]), key(b.cells[column]));
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
"#;

/// The page for `summary` (computed over `reports`, one edition per year), with every
/// warning of `editions` (all editions given, the summed ones included). PDFs are linked as
/// `links` says.
///
/// ```
/// use ambtsreizen::output::html::{render_html, Lang};
/// use ambtsreizen::output::summary::Summary;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let reports = std::slice::from_ref(&report);
/// let page = render_html(&Summary::from_reports(reports), reports, reports, &[], Lang::Nl);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains(r#"<span class="value" id="fig-2024-total_eur">€ 130.001</span>"#));
/// assert!(page.contains("buitenlandse-ambtsreizen-2024.pdf#page=7"));
/// # Ok(())
/// # }
/// ```
pub fn render_html(summary: &Summary, reports: &[Report], editions: &[Report], links: &PdfLinks, lang: Lang) -> String {
    let l = lang.labels();
    let mut out = String::with_capacity(256 * 1024);
    let years: Vec<String> = summary.by_year.iter().map(|g| g.key.clone()).collect();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        l.lang,
        l.title,
        esc(&years.join(", "))
    );
    let _ = writeln!(out, "<header>\n<h1>{} {}</h1>", l.title, esc(&years.join(", ")));
    let _ = writeln!(out, "<p class=\"muted\">{} {}.</p>", l.made_by, env!("CARGO_PKG_VERSION"));
    sources(&mut out, reports, editions, links, l);
    out.push_str("</header>\n<main>\n");
    headline(&mut out, summary, reports, lang);
    let _ = writeln!(out, "<h2 id=\"grafieken\">{}</h2>", l.charts);
    costs_per_person_chart(&mut out, summary, lang);
    co2_per_month_chart(&mut out, summary, lang);
    modes_chart(&mut out, summary, lang);
    map(&mut out, summary, reports, lang);
    people(&mut out, summary, lang);
    trips_table(&mut out, reports, links, lang);
    warnings(&mut out, editions, links, lang);
    let _ = write!(out, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

/// The list of editions read, each linked, saying which were summed.
fn sources(out: &mut String, reports: &[Report], editions: &[Report], links: &PdfLinks, l: &Labels) {
    let _ = writeln!(out, "<p>{}:</p>\n<ul class=\"sources\">", l.sources);
    for e in editions {
        let counted = reports.iter().any(|r| r.source.sha256 == e.source.sha256 && r.source.file == e.source.file);
        let note = if counted { l.current_note } else { l.not_counted };
        let href = pdf_href(e, links);
        // Editions with one file name (`report.pdf` in several folders) are told apart by path.
        let shared = editions.iter().filter(|o| o.source.file == e.source.file).count() > 1;
        let _ = writeln!(
            out,
            "<li><a href=\"{}\">{}</a> ({}, {} {}; {note})</li>",
            esc(&href),
            esc(if shared { &href } else { &e.source.file }),
            e.report.year,
            e.trips.len(),
            l.trips.to_lowercase(),
        );
    }
    out.push_str("</ul>\n");
}

/// One card per year: trips, days, costs, CO₂, compensation, with the change from the year before.
fn headline(out: &mut String, summary: &Summary, reports: &[Report], lang: Lang) {
    let l = lang.labels();
    let _ = writeln!(out, "<h2 id=\"kerncijfers\">{}</h2>\n<div class=\"years\">", l.headline);
    let mut previous: Option<(&str, &Totals, Printed)> = None;
    for g in &summary.by_year {
        let printed = printed(reports.iter().filter(|r| r.report.year.to_string() == g.key));
        card(out, &g.key, &g.key, (&g.totals, printed), previous, lang);
        previous = Some((&g.key, &g.totals, printed));
    }
    if summary.by_year.len() > 1 {
        card(out, "all", l.all_years, (&summary.totals, printed(reports.iter())), None, lang);
    }
    out.push_str("</div>\n");
    if summary.totals.trips_with_unknown_costs > 0 {
        let _ = writeln!(out, "<p class=\"muted\">{} {}</p>", summary.totals.trips_with_unknown_costs, l.unknown_costs);
    }
}

/// Which of the CO₂ figures any trip of some editions prints: an edition without the
/// columns (older overview tables) has no CO₂ figure at all, which is not a sum of zero.
#[derive(Clone, Copy)]
struct Printed {
    co2: bool,
    compensation: bool,
}

fn printed<'a>(reports: impl Iterator<Item = &'a Report>) -> Printed {
    let mut p = Printed { co2: false, compensation: false };
    for trip in reports.flat_map(|r| &r.trips) {
        p.co2 |= trip.co2.emissions_tonnes.is_some();
        p.compensation |= trip.co2.compensation_eur.is_some();
    }
    p
}

fn card(
    out: &mut String,
    id: &str,
    title: &str,
    (t, printed): (&Totals, Printed),
    previous: Option<(&str, &Totals, Printed)>,
    lang: Lang,
) {
    let l = lang.labels();
    let shown = |key: &str, p: Printed| match key {
        "co2_tonnes" => p.co2,
        "co2_compensation_eur" => p.compensation,
        _ => true,
    };
    let _ = writeln!(out, "<section class=\"year\" aria-label=\"{}\">\n<h3>{}</h3>\n<dl>", esc(title), esc(title));
    let figures: [(&str, &str, Decimal, Decimal, Kind); 5] = [
        ("trips", l.trips, t.trips.into(), previous.map(|p| p.1.trips.into()).unwrap_or_default(), Kind::Count),
        ("days", l.days, t.days.into(), previous.map(|p| p.1.days.into()).unwrap_or_default(), Kind::Count),
        ("total_eur", l.total, t.total_eur, previous.map(|p| p.1.total_eur).unwrap_or_default(), Kind::Euro),
        ("co2_tonnes", l.co2, t.co2_tonnes, previous.map(|p| p.1.co2_tonnes).unwrap_or_default(), Kind::Tonnes),
        (
            "co2_compensation_eur",
            l.compensation,
            t.co2_compensation_eur,
            previous.map(|p| p.1.co2_compensation_eur).unwrap_or_default(),
            Kind::Euro,
        ),
    ];
    for (key, label, value, before, kind) in figures {
        if !shown(key, printed) {
            let _ = writeln!(
                out,
                "<dt>{label}</dt><dd><span class=\"value\" id=\"fig-{}-{key}\" title=\"{}\">—</span></dd>",
                esc(id),
                l.not_printed
            );
            continue;
        }
        let _ = write!(
            out,
            "<dt>{label}</dt><dd><span class=\"value\" id=\"fig-{}-{key}\">{}</span>",
            esc(id),
            kind.format(value, lang)
        );
        if let Some((year, _, _)) = previous.filter(|p| shown(key, p.2)) {
            let change = value - before;
            let sign = if change > Decimal::ZERO {
                "+"
            } else if change < Decimal::ZERO {
                "−"
            } else {
                "±"
            };
            let percent = if before.is_zero() {
                String::new()
            } else {
                let p = (change.abs() * Decimal::from(100) / before.abs())
                    .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
                format!(" ({sign}{p} %)")
            };
            let _ = write!(
                out,
                "<span class=\"delta\">{sign}{}{percent} {} {}</span>",
                kind.format(change.abs(), lang),
                l.change_from,
                esc(year)
            );
        }
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n</section>\n");
}

#[derive(Clone, Copy)]
enum Kind {
    Count,
    Euro,
    Tonnes,
}

impl Kind {
    fn format(self, d: Decimal, lang: Lang) -> String {
        match self {
            Kind::Count => number(d, 0, lang),
            Kind::Euro => euro(d, lang),
            Kind::Tonnes => tonnes(d, lang),
        }
    }
}

/// `d` rounded to `decimals`, with the language's thousands and decimal separators.
fn number(d: Decimal, decimals: u32, lang: Lang) -> String {
    let (thousands, point) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut r = d.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(decimals);
    let text = r.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    let sign = if r.is_sign_negative() && !r.is_zero() { "−" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// Euros: whole when whole (`€ 130.001`), else with cents (`€ 326,64`).
fn euro(d: Decimal, lang: Lang) -> String {
    let decimals = if d.round_dp(2).fract().is_zero() { 0 } else { 2 };
    match lang {
        Lang::Nl => format!("€ {}", number(d, decimals, lang)),
        Lang::En => format!("€{}", number(d, decimals, lang)),
    }
}

/// Tonnes with two decimals: `23,32 t`.
fn tonnes(d: Decimal, lang: Lang) -> String {
    format!("{} t", number(d, 2, lang))
}

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A round step for about `n` ticks up to `max`: 1, 2 or 5 times a power of ten.
fn tick_step(max: f64, n: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let raw = max / n;
    let power = 10f64.powf(raw.log10().floor());
    let m = raw / power;
    let nice = if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// An axis label for a tick value: grouped thousands, no decimals unless the step has them.
fn tick_label(v: f64, step: f64, lang: Lang) -> String {
    let decimals = if step >= 1.0 { 0 } else { (-step.log10().floor()) as u32 };
    let d = Decimal::from_f64_retain(v).unwrap_or_default();
    number(d, decimals, lang)
}

/// Opens an SVG chart: the element, its title and description (for screen readers).
fn svg_open(out: &mut String, id: &str, width: f64, height: f64, title: &str, desc: &str) {
    let _ = writeln!(
        out,
        "<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n<title id=\"{id}-title\">{}</title>\n\
         <desc id=\"{id}-desc\">{}</desc>",
        esc(title),
        esc(desc)
    );
}

/// Horizontal grid lines and labels of a value axis from 0 to `max` at the left (or right).
/// The plotting area of a chart, in its SVG units.
#[derive(Clone, Copy)]
struct Area {
    x0: f64,
    x1: f64,
    top: f64,
    bottom: f64,
}

fn value_axis(out: &mut String, max: f64, area: Area, right: bool, lang: Lang) -> f64 {
    let Area { x0, x1, top, bottom } = area;
    let step = tick_step(max, 5.0);
    let top_value = (max / step).ceil().max(1.0) * step;
    let mut v = 0.0;
    while v <= top_value + step / 2.0 {
        let y = bottom - (bottom - top) * v / top_value;
        if !right {
            let _ = writeln!(out, "<line x1=\"{x0}\" x2=\"{x1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>");
        }
        let (x, anchor) = if right { (x1 + 6.0, "start") } else { (x0 - 6.0, "end") };
        let _ = writeln!(
            out,
            "<text x=\"{x}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"{anchor}\" fill=\"#444\">{}</text>",
            y + 4.0,
            tick_label(v, step, lang)
        );
        v += step;
    }
    top_value
}

/// A legend as a list of coloured swatches.
fn legend(out: &mut String, items: &[(String, &str)]) {
    out.push_str("<ul class=\"legend\">");
    for (label, colour) in items {
        let _ = write!(out, "<li><span style=\"background:{colour}\"></span>{}</li>", esc(label));
    }
    out.push_str("</ul>\n");
}

/// Stacked bars: per year, the costs of each person.
fn costs_per_person_chart(out: &mut String, summary: &Summary, lang: Lang) {
    let l = lang.labels();
    let years: Vec<i32> = summary.by_year.iter().filter_map(|g| g.key.parse().ok()).collect();
    let people = &summary.per_person;
    let colour = |i: usize| PALETTE[i % PALETTE.len()];
    let _ =
        writeln!(out, "<figure id=\"fig-costs\">\n<figcaption>{}<p>{}</p></figcaption>", l.costs_per_person, l.several);
    let items: Vec<(String, &str)> = people.iter().enumerate().map(|(i, p)| (p.name.clone(), colour(i))).collect();
    legend(out, &items);
    out.push_str("<div class=\"pair\">\n");
    let (width, height, left, right, top, bottom) = (640.0, 360.0, 80.0, 20.0, 15.0, 325.0);
    let stack = |y: i32| -> Decimal {
        people
            .iter()
            .filter_map(|p| p.by_year.iter().find(|b| b.year == y))
            .fold(Decimal::ZERO, |s, b| s.saturating_add(b.totals.total_eur))
    };
    let max = years.iter().map(|y| f(stack(*y))).fold(0.0, f64::max);
    svg_open(out, "chart-costs", width, height, l.costs_per_person, l.several);
    let top_value = value_axis(out, max, Area { x0: left, x1: width - right, top, bottom }, false, lang);
    let n = years.len().max(1) as f64;
    let slot = (width - left - right) / n;
    let bar = (slot * 0.6).min(90.0);
    for (i, year) in years.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut y = bottom;
        for (j, person) in people.iter().enumerate() {
            let Some(b) = person.by_year.iter().find(|b| b.year == *year) else { continue };
            let h = (bottom - top) * f(b.totals.total_eur) / top_value;
            if h <= 0.0 {
                continue;
            }
            y -= h;
            let _ = writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{}\"><title>{} {year}: {}</title></rect>",
                colour(j),
                esc(&person.name),
                euro(b.totals.total_eur, lang)
            );
        }
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\">{year}</text>",
            x + bar / 2.0,
            bottom + 18.0
        );
    }
    let _ =
        writeln!(out, "<line x1=\"{left}\" x2=\"{}\" y1=\"{bottom}\" y2=\"{bottom}\" stroke=\"#333\"/>", width - right);
    out.push_str("</svg>\n");
    // The data: a row per person, a column per year.
    let _ =
        write!(out, "<div class=\"data\"><table><caption>{}</caption><thead><tr><th>{}</th>", l.data_table, l.person);
    for y in &years {
        let _ = write!(out, "<th class=\"num\">{y}</th>");
    }
    out.push_str("</tr></thead><tbody>\n");
    for p in people {
        let _ = write!(out, "<tr><td>{}</td>", esc(&p.name));
        for y in &years {
            let v = p.by_year.iter().find(|b| b.year == *y).map(|b| euro(b.totals.total_eur, lang)).unwrap_or_default();
            let _ = write!(out, "<td class=\"num\">{v}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n</div>\n</figure>\n");
}

/// Bars of CO₂ tonnes per month, with the compensation in euros as a line on its own axis.
fn co2_per_month_chart(out: &mut String, summary: &Summary, lang: Lang) {
    let l = lang.labels();
    let months = continuous_months(summary);
    let _ = writeln!(out, "<figure id=\"fig-co2\">\n<figcaption>{}</figcaption>", l.co2_per_month);
    legend(out, &[(format!("{} (t)", l.co2), PALETTE[2]), (format!("{} (€)", l.compensation), PALETTE[5])]);
    out.push_str("<div class=\"pair\">\n");
    let (width, height, left, right, top, bottom) = (640.0, 360.0, 60.0, 70.0, 30.0, 300.0);
    svg_open(out, "chart-co2", width, height, l.co2_per_month, &format!("{}; {}", l.co2, l.compensation));
    let max_t = months.iter().map(|g| f(g.totals.co2_tonnes)).fold(0.0, f64::max);
    let max_e = months.iter().map(|g| f(g.totals.co2_compensation_eur)).fold(0.0, f64::max);
    let top_t = value_axis(out, max_t, Area { x0: left, x1: width - right, top, bottom }, false, lang);
    let top_e = value_axis(out, max_e, Area { x0: left, x1: width - right, top, bottom }, true, lang);
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"12\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">t</text>\
         <text x=\"{}\" y=\"12\" font-size=\"11\" fill=\"#444\">€</text>",
        left - 6.0,
        width - right + 6.0,
    );
    let n = months.len().max(1) as f64;
    let slot = (width - left - right) / n;
    let bar = (slot * 0.7).min(40.0);
    let mut line = String::new();
    for (i, g) in months.iter().enumerate() {
        let cx = left + slot * (i as f64 + 0.5);
        let h = (bottom - top) * f(g.totals.co2_tonnes) / top_t;
        let _ = writeln!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{}\"><title>{}: {}</title></rect>",
            cx - bar / 2.0,
            bottom - h,
            PALETTE[2],
            esc(&g.key),
            tonnes(g.totals.co2_tonnes, lang)
        );
        let ey = bottom - (bottom - top) * f(g.totals.co2_compensation_eur) / top_e;
        let _ = write!(line, "{}{cx:.1} {ey:.1}", if i == 0 { "M" } else { "L" });
        let _ = writeln!(
            out,
            "<circle cx=\"{cx:.1}\" cy=\"{ey:.1}\" r=\"3\" fill=\"{}\"><title>{}: {}</title></circle>",
            PALETTE[5],
            esc(&g.key),
            euro(g.totals.co2_compensation_eur, lang)
        );
        // Every month labelled when few; else only January and the first.
        if months.len() <= 24 || g.key.ends_with("-01") || i == 0 {
            let _ = writeln!(
                out,
                "<text transform=\"translate({cx:.1} {}) rotate(-45)\" font-size=\"11\" text-anchor=\"end\">{}</text>",
                bottom + 12.0,
                esc(&g.key)
            );
        }
    }
    if !line.is_empty() {
        let _ = writeln!(out, "<path d=\"{line}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>", PALETTE[5]);
    }
    let _ =
        writeln!(out, "<line x1=\"{left}\" x2=\"{}\" y1=\"{bottom}\" y2=\"{bottom}\" stroke=\"#333\"/>", width - right);
    out.push_str("</svg>\n");
    let _ = writeln!(
        out,
        "<div class=\"data\"><table><caption>{}</caption><thead><tr><th>{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th></tr></thead><tbody>",
        l.data_table, l.month, l.co2, l.compensation
    );
    for g in &summary.by_month {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&g.key),
            tonnes(g.totals.co2_tonnes, lang),
            euro(g.totals.co2_compensation_eur, lang)
        );
    }
    out.push_str("</tbody></table></div>\n</div>\n</figure>\n");
}

/// The months of the chart: every month of each report's year (empty groups for months
/// without a trip, so the axis is time within a year) and any other month with a trip; a
/// year without a report is left out rather than shown as a year without trips.
fn continuous_months(summary: &Summary) -> Vec<super::summary::Group> {
    let mut months: Vec<super::summary::Group> =
        summary.by_month.iter().filter(|g| g.key != super::summary::UNKNOWN_MONTH).cloned().collect();
    for year in summary.by_year.iter().filter_map(|g| g.key.parse::<i32>().ok()) {
        for month in 1..=12 {
            let key = format!("{year:04}-{month:02}");
            if !months.iter().any(|g| g.key == key) {
                months.push(super::summary::Group { key, totals: Totals::default() });
            }
        }
    }
    months.sort_by(|a, b| a.key.cmp(&b.key));
    months
}

/// The name of a transport mode.
fn mode_name(key: &str, lang: Lang) -> String {
    let modes = [
        TransportMode::Plane,
        TransportMode::Train,
        TransportMode::OfficialCar,
        TransportMode::Car,
        TransportMode::Bus,
        TransportMode::Boat,
        TransportMode::Other,
    ];
    let Some(mode) = modes.into_iter().find(|m| m.as_str() == key) else { return key.to_string() };
    let (nl, en) = match mode {
        TransportMode::Plane => ("Vliegtuig", "Plane"),
        TransportMode::Train => ("Trein", "Train"),
        TransportMode::OfficialCar => ("Dienstauto", "Official car"),
        TransportMode::Car => ("Auto", "Car"),
        TransportMode::Bus => ("Bus", "Bus"),
        TransportMode::Boat => ("Boot", "Boat"),
        TransportMode::Other => ("Overig", "Other"),
    };
    match lang {
        Lang::Nl => nl.to_string(),
        Lang::En => en.to_string(),
    }
}

/// Horizontal bars: trips per means of transport.
fn modes_chart(out: &mut String, summary: &Summary, lang: Lang) {
    let l = lang.labels();
    let mut modes: Vec<_> = summary.by_transport_mode.iter().collect();
    modes.sort_by(|a, b| b.totals.trips.cmp(&a.totals.trips).then_with(|| a.key.cmp(&b.key)));
    let note = match lang {
        Lang::Nl => "Een reis met vliegtuig en trein telt bij beide.",
        Lang::En => "A trip by plane and train counts for both.",
    };
    let _ = writeln!(
        out,
        "<figure id=\"fig-modes\">\n<figcaption>{}<p>{note}</p></figcaption>\n<div class=\"pair\">",
        l.trips_per_mode
    );
    let row = 30.0;
    let (width, left, right, top) = (640.0, 110.0, 60.0, 10.0);
    let height = top * 2.0 + row * modes.len().max(1) as f64;
    svg_open(out, "chart-modes", width, height, l.trips_per_mode, note);
    let max = modes.iter().map(|g| g.totals.trips).max().unwrap_or(0).max(1) as f64;
    for (i, g) in modes.iter().enumerate() {
        let y = top + row * i as f64;
        let w = (width - left - right) * g.totals.trips as f64 / max;
        let name = mode_name(&g.key, lang);
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{}</text>\
             <rect x=\"{left}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}: {}</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\">{}</text>",
            left - 8.0,
            y + row * 0.62,
            esc(&name),
            y + row * 0.15,
            row * 0.7,
            PALETTE[0],
            esc(&name),
            g.totals.trips,
            left + w + 6.0,
            y + row * 0.62,
            g.totals.trips
        );
    }
    out.push_str("</svg>\n");
    let _ = writeln!(
        out,
        "<div class=\"data\"><table><caption>{}</caption><thead><tr><th>{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th></tr></thead><tbody>",
        l.data_table, l.mode, l.trips, l.total
    );
    for g in &modes {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&mode_name(&g.key, lang)),
            g.totals.trips,
            euro(g.totals.total_eur, lang)
        );
    }
    out.push_str("</tbody></table></div>\n</div>\n</figure>\n");
}

/// The map's shapes: (alpha-2 code, Natural Earth name, SVG path data).
fn world() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    WORLD_TSV.lines().filter(|l| !l.starts_with('#')).skip(1).filter_map(|line| {
        let mut cells = line.split('\t');
        Some((cells.next()?, cells.next()?, cells.next()?))
    })
}

/// A country's name: the Dutch one of `data/countries.tsv`, the map's English one, or the code.
fn country_name(code: &str, lang: Lang) -> String {
    if lang == Lang::Nl {
        let dutch = COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .find(|(c, _)| *c == code)
            .map(|(_, name)| name.to_string());
        if let Some(name) = dutch {
            return name;
        }
    }
    world().find(|(c, _, _)| *c == code).map(|(_, name, _)| name.to_string()).unwrap_or_else(|| code.to_string())
}

/// The world map: countries shaded by the number of trips there, and a table beside it.
/// A place trips went to, with where it lies if known.
struct Place {
    name: String,
    trips: u32,
    lat: f64,
    lon: f64,
}

/// The places of the trips, each with its number of trips: those whose location
/// `data/place-coordinates.tsv` knows (in one of the trip's countries), and the others, each
/// by most trips then name.
fn places_of(reports: &[Report]) -> (Vec<Place>, Vec<Place>) {
    let coordinates: Vec<(&str, String, f64, f64)> = PLACE_COORDINATES_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.split('\t');
            let code = cells.next()?;
            let name = cells.next()?;
            let lat = cells.next()?.parse().ok()?;
            let lon = cells.next()?.parse().ok()?;
            Some((code, crate::report::places::matching_key(name), lat, lon))
        })
        .collect();
    let mut placed: Vec<(String, Place)> = Vec::new();
    let mut unplaced: Vec<(String, Place)> = Vec::new();
    for trip in reports.iter().flat_map(|r| &r.trips) {
        let mut done: Vec<String> = Vec::new();
        for name in &trip.places {
            let key = crate::report::places::matching_key(name);
            if done.contains(&key) {
                continue;
            }
            done.push(key.clone());
            let at = coordinates.iter().find(|(code, k, _, _)| *k == key && trip.countries.iter().any(|c| c == code));
            let list = if at.is_some() { &mut placed } else { &mut unplaced };
            match list.iter_mut().find(|(k, _)| *k == key) {
                Some((_, p)) => p.trips += 1,
                None => {
                    let (lat, lon) = at.map(|(_, _, lat, lon)| (*lat, *lon)).unwrap_or_default();
                    list.push((key, Place { name: name.clone(), trips: 1, lat, lon }));
                }
            }
        }
    }
    let order = |mut v: Vec<(String, Place)>| {
        v.sort_by(|a, b| b.1.trips.cmp(&a.1.trips).then_with(|| a.1.name.cmp(&b.1.name)));
        v.into_iter().map(|(_, p)| p).collect::<Vec<_>>()
    };
    (order(placed), order(unplaced))
}

/// Natural Earth projection (Šavrič et al. 2011) into the map's picture, exactly as
/// `scripts/make-world-map.py` projects the outlines.
fn project(lon: f64, lat: f64) -> (f64, f64) {
    fn natural_earth(lon: f64, lat: f64) -> (f64, f64) {
        let (lam, phi) = (lon.to_radians(), lat.to_radians());
        let p2 = phi * phi;
        let p4 = p2 * p2;
        let x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
        let y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
        (x, y)
    }
    let xmax = natural_earth(180.0, 0.0).0;
    let ytop = natural_earth(0.0, 90.0).1;
    let k = MAP_WIDTH / (2.0 * xmax);
    let (x, y) = natural_earth(lon, lat);
    ((x + xmax) * k, (ytop - y) * k)
}

fn map(out: &mut String, summary: &Summary, reports: &[Report], lang: Lang) {
    let l = lang.labels();
    let _ = writeln!(out, "<h2 id=\"kaart\">{}</h2>", l.map);
    let _ = writeln!(out, "<figure id=\"fig-map\">\n<figcaption>{}<p>{}</p></figcaption>", l.map_title, l.map_note);
    let max = summary.by_country.iter().map(|g| g.totals.trips).max().unwrap_or(0).max(1);
    let shade = |trips: u32| -> &'static str {
        if trips == 0 {
            return "#e4e4e4";
        }
        // Classes by share of the largest count, so one trip always shows.
        let i = ((trips as f64 / max as f64) * SHADES.len() as f64).ceil() as usize;
        SHADES[i.clamp(1, SHADES.len()) - 1]
    };
    let classes: Vec<(String, &str)> = (1..=SHADES.len())
        .map(|i| {
            let from = (max as f64 * (i - 1) as f64 / SHADES.len() as f64).floor() as u32 + 1;
            let to = (max as f64 * i as f64 / SHADES.len() as f64).floor() as u32;
            (if from >= to { format!("{to}") } else { format!("{from}–{to}") }, SHADES[i - 1])
        })
        .filter(|(label, _)| label != "0")
        .collect();
    let mut seen: Vec<String> = Vec::new();
    let classes: Vec<(String, &str)> = classes
        .into_iter()
        .filter(|(label, _)| {
            !seen.contains(label) && {
                seen.push(label.clone());
                true
            }
        })
        .collect();
    let mut items = vec![("0".to_string(), "#e4e4e4")];
    items.extend(classes);
    let _ = write!(out, "<p class=\"muted\">{}:</p>", l.trips);
    legend(out, &items);
    out.push_str("<div class=\"pair\">\n");
    svg_open(out, "map", MAP_WIDTH, MAP_HEIGHT, l.map_title, l.map_note);
    let _ = writeln!(out, "<rect width=\"{MAP_WIDTH}\" height=\"{MAP_HEIGHT}\" fill=\"#f4f8fb\"/>");
    for (code, name, path) in world() {
        let group = summary.by_country.iter().find(|g| !code.is_empty() && g.key == code);
        let trips = group.map(|g| g.totals.trips).unwrap_or(0);
        let label = if code.is_empty() { name.to_string() } else { country_name(code, lang) };
        let title = match group {
            Some(g) => {
                format!("{label}: {} {}, {}", g.totals.trips, l.trips.to_lowercase(), euro(g.totals.total_eur, lang))
            }
            None => label,
        };
        let _ = writeln!(
            out,
            "<path class=\"country\" data-code=\"{code}\" d=\"{path}\" fill=\"{}\"><title>{}</title></path>",
            shade(trips),
            esc(&title)
        );
    }
    let (placed, unplaced) = places_of(reports);
    for p in &placed {
        let (x, y) = project(p.lon, p.lat);
        let _ = writeln!(
            out,
            "<circle class=\"place\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"#d62728\" stroke=\"#fff\" \
             stroke-width=\"0.8\"><title>{}: {} {}</title></circle>",
            2.5 + (p.trips as f64).sqrt(),
            esc(&p.name),
            p.trips,
            l.trips.to_lowercase()
        );
    }
    out.push_str("</svg>\n");
    let _ = writeln!(
        out,
        "<div class=\"data\"><table><caption>{}</caption><thead><tr><th>{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th></tr></thead><tbody>",
        l.data_table, l.country, l.trips, l.total
    );
    for g in &summary.by_country {
        let _ = writeln!(
            out,
            "<tr><td>{} <code>{}</code></td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&country_name(&g.key, lang)),
            esc(&g.key),
            g.totals.trips,
            euro(g.totals.total_eur, lang)
        );
    }
    out.push_str("</tbody></table></div>\n</div>\n");
    // Countries with trips that the 1:110m map has no shape for (Singapore, Malta, …).
    let missing: Vec<String> = summary
        .by_country
        .iter()
        .filter(|g| !world().any(|(c, _, _)| c == g.key))
        .map(|g| format!("{} ({})", country_name(&g.key, lang), g.totals.trips))
        .collect();
    if !missing.is_empty() {
        let _ = writeln!(out, "<p id=\"not-on-map\">{}: {}.</p>", l.not_on_map, esc(&missing.join(", ")));
    }
    let dots: Vec<String> = placed.iter().map(|p| format!("{} ({})", p.name, p.trips)).collect();
    if !dots.is_empty() {
        let _ = writeln!(out, "<p id=\"placed\">{}: {}.</p>", l.places, esc(&dots.join(", ")));
    }
    let none: Vec<String> = unplaced.iter().map(|p| format!("{} ({})", p.name, p.trips)).collect();
    if !none.is_empty() {
        let _ = writeln!(out, "<p id=\"no-dot\">{}: {}.</p>", l.no_dot, esc(&none.join(", ")));
    }
    out.push_str(
        "<p class=\"muted\">Natural Earth (public domain), world-atlas 2.0.2; GeoNames (CC BY 4.0); tz database, \
         CLDR.</p>\n</figure>\n",
    );
}

/// The per-person table.
fn people(out: &mut String, summary: &Summary, lang: Lang) {
    let l = lang.labels();
    let _ = writeln!(out, "<h2 id=\"personen\">{}</h2>\n<p>{}</p>", l.people, l.people_note);
    let _ = writeln!(
        out,
        "<div class=\"wide\"><table id=\"people\" class=\"sortable\"><thead><tr>{}</tr></thead><tbody>",
        headers(&[
            (l.person, false),
            (l.roles, false),
            (l.years, false),
            (l.trips, true),
            (l.days, true),
            (l.total, true),
            (l.co2, true),
            (l.compensation, true)
        ])
    );
    for p in &summary.per_person {
        let years: Vec<String> = p.years.iter().map(i32::to_string).collect();
        let t = &p.totals;
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td>{}{}{}{}{}</tr>",
            esc(&p.name),
            esc(&p.roles.join(", ")),
            years.join(", "),
            num_cell(t.trips.into(), Kind::Count, lang),
            num_cell(t.days.into(), Kind::Count, lang),
            num_cell(t.total_eur, Kind::Euro, lang),
            num_cell(t.co2_tonnes, Kind::Tonnes, lang),
            num_cell(t.co2_compensation_eur, Kind::Euro, lang),
        );
    }
    out.push_str("</tbody></table></div>\n");
}

/// Header cells, sortable by a button each; `true` for a numeric column.
fn headers(columns: &[(&str, bool)]) -> String {
    columns
        .iter()
        .map(|(label, numeric)| {
            let class = if *numeric { " class=\"num\"" } else { "" };
            format!("<th scope=\"col\"{class}><button type=\"button\">{}</button></th>", esc(label))
        })
        .collect()
}

/// A numeric cell that sorts by its exact value.
fn num_cell(d: Decimal, kind: Kind, lang: Lang) -> String {
    format!("<td class=\"num\" data-sort=\"{}\">{}</td>", d.normalize(), kind.format(d, lang))
}

fn opt_cell(d: Option<Decimal>, kind: Kind, lang: Lang) -> String {
    match d {
        Some(d) => num_cell(d, kind, lang),
        None => "<td class=\"num\" data-sort=\"\"></td>".to_string(),
    }
}

/// The link to an edition's PDF.
fn pdf_href(report: &Report, links: &PdfLinks) -> String {
    links
        .iter()
        .find(|(sha, _)| *sha == report.source.sha256)
        .map(|(_, href)| href.clone())
        .unwrap_or_else(|| encode_path(&report.source.file))
}

fn date_text(d: Option<chrono::NaiveDate>, lang: Lang) -> String {
    match (d, lang) {
        (Some(d), Lang::Nl) => d.format("%d-%m-%Y").to_string(),
        (Some(d), Lang::En) => d.format("%Y-%m-%d").to_string(),
        (None, _) => String::new(),
    }
}

/// Every trip of the summed editions, sortable, warnings highlighted, linked to its page.
fn trips_table(out: &mut String, reports: &[Report], links: &PdfLinks, lang: Lang) {
    let l = lang.labels();
    let _ = writeln!(out, "<h2 id=\"reizen\">{}</h2>\n<p>{}</p>", l.all_trips, l.sort_note);
    let _ = writeln!(
        out,
        "<div class=\"wide\"><table id=\"trips\" class=\"sortable\"><thead><tr>{}</tr></thead><tbody>",
        headers(&[
            (l.trip, false),
            (l.start, false),
            (l.end, false),
            (l.days, true),
            (l.officials, false),
            (l.destination, false),
            (l.transport, false),
            (l.total, true),
            (l.co2, true),
            (l.compensation, true),
            (l.warnings, false),
            (l.source, false)
        ])
    );
    for report in reports {
        let href = pdf_href(report, links);
        for trip in &report.trips {
            trip_row(out, trip, &href, lang);
        }
    }
    out.push_str("</tbody></table></div>\n");
}

fn trip_row(out: &mut String, trip: &Trip, href: &str, lang: Lang) {
    let l = lang.labels();
    let class = if trip.warnings.is_empty() { "" } else { " class=\"warn\"" };
    let officials: Vec<String> = trip.officials.iter().map(|o| o.to_string()).collect();
    let warnings: Vec<String> =
        trip.warnings.iter().map(|w| format!("<code title=\"{}\">{}</code>", esc(&w.message), esc(&w.code))).collect();
    let source = match trip.pages.first() {
        Some(page) => format!("<a href=\"{}#page={page}\">{} {page}</a>", esc(href), l.page),
        None => format!("<a href=\"{}\">PDF</a>", esc(href)),
    };
    let _ = writeln!(
        out,
        "<tr{class} id=\"trip-{}\"><td class=\"nowrap\">{}</td><td class=\"nowrap\" data-sort=\"{}\">{}</td>\
         <td class=\"nowrap\" data-sort=\"{}\">{}</td>{}<td>{}</td>\
         <td>{}</td><td>{}</td>{}{}{}<td>{}</td><td>{source}</td></tr>",
        esc(&trip.id),
        esc(&trip.id),
        trip.start_date.map(|d| d.to_string()).unwrap_or_default(),
        date_text(trip.start_date, lang),
        trip.end_date.map(|d| d.to_string()).unwrap_or_default(),
        date_text(trip.end_date, lang),
        opt_cell(trip.days.map(Decimal::from), Kind::Count, lang),
        esc(&officials.join("; ")),
        esc(&trip.destination),
        esc(&trip.transport.text),
        opt_cell(trip.costs.total, Kind::Euro, lang),
        opt_cell(trip.co2.emissions_tonnes, Kind::Tonnes, lang),
        opt_cell(trip.co2.compensation_eur, Kind::Euro, lang),
        warnings.join(" "),
    );
}

/// Every warning of every edition given, with its page.
fn warnings(out: &mut String, editions: &[Report], links: &PdfLinks, lang: Lang) {
    let l = lang.labels();
    let _ = writeln!(out, "<h2 id=\"waarschuwingen\">{}</h2>", l.all_warnings);
    let total: usize =
        editions.iter().map(|r| r.warnings.len() + r.trips.iter().map(|t| t.warnings.len()).sum::<usize>()).sum();
    if total == 0 {
        let _ = writeln!(out, "<p>{}</p>", l.no_warnings);
        return;
    }
    let _ = writeln!(
        out,
        "<div class=\"wide\"><table id=\"warnings\" class=\"sortable\"><thead><tr>{}</tr></thead><tbody>",
        headers(&[(l.edition, false), (l.trip, false), (l.code, false), (l.message, false), (l.page, true)])
    );
    for report in editions {
        let href = pdf_href(report, links);
        let edition = format!("{} ({})", report.source.file, report.report.year);
        let all = report
            .warnings
            .iter()
            .map(|w| (l.document.to_string(), w))
            .chain(report.trips.iter().flat_map(|t| t.warnings.iter().map(move |w| (t.id.clone(), w))));
        for (trip, w) in all {
            let page = match w.page {
                Some(p) => {
                    format!("<td class=\"num\" data-sort=\"{p}\"><a href=\"{}#page={p}\">{p}</a></td>", esc(&href))
                }
                None => "<td class=\"num\" data-sort=\"\"></td>".to_string(),
            };
            let _ = writeln!(
                out,
                "<tr class=\"warn\"><td>{}</td><td>{}</td><td><code>{}</code></td><td>{}</td>{page}</tr>",
                esc(&edition),
                esc(&trip),
                esc(&w.code),
                esc(&w.message)
            );
        }
    }
    out.push_str("</tbody></table></div>\n");
}

/// Percent-encodes a path for an `href`: everything but unreserved characters and `/`.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A link from a page in directory `from_dir` to the file `to`: relative when both are on one
/// tree (`../pdf/2024.pdf`), percent-encoded. Both should be absolute (canonical) paths; when
/// they have nothing in common the link is the absolute path as a `file:` address.
///
/// ```
/// use std::path::Path;
/// use ambtsreizen::output::html::relative_href;
/// assert_eq!(relative_href(Path::new("/a/out"), Path::new("/a/pdf/2024 v2.pdf")), "../pdf/2024%20v2.pdf");
/// assert_eq!(relative_href(Path::new("/a"), Path::new("/a/r.pdf")), "r.pdf");
/// ```
pub fn relative_href(from_dir: &std::path::Path, to: &std::path::Path) -> String {
    let from: Vec<_> = from_dir.components().collect();
    let target: Vec<_> = to.components().collect();
    let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return format!("file://{}", encode_path(&to.to_string_lossy()));
    }
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(target[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    encode_path(&parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn numbers_in_dutch_and_english() {
        assert_eq!(euro(d("130001"), Lang::Nl), "€ 130.001");
        assert_eq!(euro(d("326.64"), Lang::Nl), "€ 326,64");
        assert_eq!(euro(d("1239.5"), Lang::En), "€1,239.50");
        assert_eq!(euro(d("6.00"), Lang::Nl), "€ 6");
        assert_eq!(tonnes(d("0.86"), Lang::Nl), "0,86 t");
        assert_eq!(tonnes(d("1234.567"), Lang::En), "1,234.57 t");
        assert_eq!(number(d("-1000"), 0, Lang::Nl), "−1.000");
        assert_eq!(number(d("999"), 0, Lang::Nl), "999");
    }

    #[test]
    fn places_are_projected_as_the_outlines() {
        // Rotterdam lies inside the Netherlands' outline box; the map's corners hold.
        let (x, y) = project(4.48, 51.92);
        let nl = world().find(|(c, _, _)| *c == "NL").map(|(_, _, p)| p).unwrap();
        let start: Vec<f64> =
            nl[1..].split(['l', 'z']).next().unwrap().split(' ').map(|n| n.parse().unwrap()).collect();
        assert!((x - start[0]).abs() < 15.0 && (y - start[1]).abs() < 15.0, "{x} {y} {start:?}");
        assert!((project(-180.0, 0.0).0).abs() < 1e-9);
        assert!((project(180.0, 0.0).0 - MAP_WIDTH).abs() < 1e-9);
        assert!(project(0.0, -60.0).1 <= MAP_HEIGHT + 0.5);
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(tick_step(130_001.0, 5.0), 50_000.0);
        assert_eq!(tick_step(23.32, 5.0), 5.0);
        assert_eq!(tick_step(0.0, 5.0), 1.0);
    }

    #[test]
    fn escaping_and_links() {
        assert_eq!(esc("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(encode_path("a b/ç#.pdf"), "a%20b/%C3%A7%23.pdf");
        assert_eq!(relative_href(std::path::Path::new("/x/y"), std::path::Path::new("/x/y/z.pdf")), "z.pdf");
    }

    #[test]
    fn the_map_has_the_countries_and_dutch_names() {
        let shapes: Vec<_> = world().collect();
        assert!(shapes.len() > 170, "{}", shapes.len());
        assert!(shapes.iter().any(|(c, name, path)| *c == "NL" && *name == "Netherlands" && path.starts_with('M')));
        assert_eq!(country_name("BE", Lang::Nl), "België");
        assert_eq!(country_name("BE", Lang::En), "Belgium");
        assert_eq!(country_name("SG", Lang::En), "SG");
    }
}
