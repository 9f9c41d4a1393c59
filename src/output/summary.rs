//! Totals over reports: overall, and per person, official, transport mode, country and month.
//!
//! A person is one name through the roles they held: `wethouder Karremans` in 2022 and
//! `voormalig wethouder Karremans` in 2024 are one person ([`person_key`]). The PDF prints
//! surnames only, so two people with the same surname are one person here; nothing in the
//! report tells them apart.
//!
//! Sums are exact ([`Decimal`]). A trip counts once in the overall totals and once in every
//! group it belongs to: a trip by two officials counts for each official, a trip by plane and
//! train for both modes, a trip to two countries for both. So the rows of those three groupings
//! can add up to more than the overall totals; the month grouping (by start date) adds up
//! exactly.

use std::fmt::Write as _;

use comfy_table::{presets, CellAlignment, Table};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::model::{Report, Trip};

/// Key of the month group for trips without a start date.
pub const UNKNOWN_MONTH: &str = "unknown";

/// Sums over a set of trips.
///
/// Money and tonnes serialize as exact JSON numbers (`1239.54`), like the records do.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Totals {
    /// Number of trips.
    pub trips: u32,
    /// Sum of the trips' days (trips with unknown days add nothing).
    pub days: u32,
    /// Sum of travel and accommodation, euros.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub travel_and_accommodation_eur: Decimal,
    /// Sum of other costs, euros.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub other_costs_eur: Decimal,
    /// Sum of the trips' total costs, euros.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub total_eur: Decimal,
    /// Sum of CO₂ emissions, tonnes (trips without a figure add nothing).
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub co2_tonnes: Decimal,
    /// Sum of CO₂ compensation, euros.
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub co2_compensation_eur: Decimal,
    /// Trips with at least one cost figure unread: their known figures are in the sums, the
    /// unknown ones are not, so the sums are then lower bounds.
    pub trips_with_unknown_costs: u32,
    /// Trips whose number of days is unknown.
    pub trips_with_unknown_days: u32,
}

impl Totals {
    /// Adds one trip.
    pub fn add(&mut self, trip: &Trip) {
        self.trips += 1;
        match trip.days {
            Some(days) => self.days = self.days.saturating_add(days),
            None => self.trips_with_unknown_days += 1,
        }
        let costs = &trip.costs;
        if costs.travel_and_accommodation.is_none() || costs.other.is_none() || costs.total.is_none() {
            self.trips_with_unknown_costs += 1;
        }
        // Saturating: only absurd figures (beyond 7.9e28) could overflow, and a hostile
        // file must not be able to crash the summary.
        let add = |sum: &mut Decimal, value: Option<Decimal>| *sum = sum.saturating_add(value.unwrap_or_default());
        add(&mut self.travel_and_accommodation_eur, costs.travel_and_accommodation);
        add(&mut self.other_costs_eur, costs.other);
        add(&mut self.total_eur, costs.total);
        add(&mut self.co2_tonnes, trip.co2.emissions_tonnes);
        add(&mut self.co2_compensation_eur, trip.co2.compensation_eur);
    }
}

/// The totals of one group, e.g. all trips of `wethouder Achbar`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// What the group is: an official as printed in the CSV (`voormalig wethouder
    /// Karremans`), a transport mode (`plane`), an ISO country code (`FR`), or a month
    /// (`2024-06`, [`UNKNOWN_MONTH`] without a start date).
    pub key: String,
    /// The sums over the group's trips.
    #[serde(flatten)]
    pub totals: Totals,
}

/// The totals of one official in one year (the year of the report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearOfficial {
    /// Year the report covers.
    pub year: i32,
    /// The official as printed in the CSV (`wethouder Achbar`).
    pub official: String,
    /// The sums over the official's trips of that year.
    #[serde(flatten)]
    pub totals: Totals,
}

/// The totals of one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct YearTotals {
    /// Year the report covers.
    pub year: i32,
    /// The sums over that year's trips.
    #[serde(flatten)]
    pub totals: Totals,
}

/// One person through the roles they held (`wethouder` → `voormalig wethouder`,
/// `burgemeester`), with their totals over every year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The name as first printed (`Karremans`).
    pub name: String,
    /// The roles held, as printed without the name, by the first year held (then in the order
    /// first met): `["wethouder", "voormalig wethouder"]`.
    pub roles: Vec<String>,
    /// The years of the reports the person travelled in, ascending.
    pub years: Vec<i32>,
    /// The sums over the person's trips; a trip counts once however many roles it names them in.
    #[serde(flatten)]
    pub totals: Totals,
    /// The same sums per year, ascending.
    pub by_year: Vec<YearTotals>,
}

/// The key that makes one person of the officials printed with a name: the name with case
/// and spacing ignored (`Mohamed-Hoesein`, `mohamed-hoesein`). Two people with the same
/// surname get the same key: the report gives nothing else to tell them apart.
///
/// ```
/// use ambtsreizen::output::summary::person_key;
/// assert_eq!(person_key(" Karremans "), person_key("karremans"));
/// assert_ne!(person_key("Karremans"), person_key("Kasmi"));
/// ```
pub fn person_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The role of an official as printed, without the name: `voormalig wethouder`.
pub fn role_as_printed(official: &crate::model::Official) -> String {
    let full = official.to_string();
    full.strip_suffix(official.name.as_str()).unwrap_or(&full).trim().to_string()
}

/// A report the summary covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummarySource {
    /// File name of the PDF.
    pub file: String,
    /// Year the report covers.
    pub year: i32,
    /// Number of trips in it.
    pub trips: u32,
}

/// Totals over a set of reports, overall and grouped.
///
/// Groups per official, mode and country are sorted by total costs (highest first), then by
/// key; months chronologically.
///
/// ```
/// use ambtsreizen::output::summary::Summary;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let summary = Summary::from_reports(std::slice::from_ref(&report));
/// assert_eq!(summary.totals.trips, 32);
/// assert_eq!(summary.totals.total_eur.to_string(), "130001");
/// // Versnel and Buijt travelled together: the official rows count that trip twice.
/// let by_official: u32 = summary.by_official.iter().map(|g| g.totals.trips).sum();
/// assert_eq!(by_official, 33);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The reports summed over.
    pub reports: Vec<SummarySource>,
    /// Every trip once.
    pub totals: Totals,
    /// Per person across their roles and years; a trip by several people counts for each.
    pub per_person: Vec<Person>,
    /// Per official as printed (role and name); a trip by several officials counts for each.
    pub by_official: Vec<Group>,
    /// Per transport mode; a trip with several modes counts for each.
    pub by_transport_mode: Vec<Group>,
    /// Per country; a trip to several countries counts for each.
    pub by_country: Vec<Group>,
    /// Per month of the start date (`YYYY-MM`); every trip once.
    pub by_month: Vec<Group>,
    /// Per year of the report (`2024`); every trip once, so the rows add up to the totals.
    pub by_year: Vec<Group>,
    /// Per year and official; a trip by several officials counts for each.
    pub by_year_and_official: Vec<YearOfficial>,
}

impl Summary {
    /// Sums over all trips of `reports`; the same as [`Summary::from_reports`].
    pub fn new(reports: &[Report]) -> Summary {
        Summary::from_reports(reports)
    }

    /// Sums over all trips of `reports`.
    pub fn from_reports(reports: &[Report]) -> Summary {
        let mut totals = Totals::default();
        let mut by_official = Grouping::default();
        let mut by_mode = Grouping::default();
        let mut by_country = Grouping::default();
        let mut by_month = Grouping::default();
        let mut by_year = Grouping::default();
        let mut by_year_and_official: Vec<YearOfficial> = Vec::new();
        let mut people: Vec<PersonEntry> = Vec::new();
        for report in reports {
            let year = report.report.year;
            for trip in &report.trips {
                by_year.add([year.to_string()], trip);
                add_people(&mut people, year, trip);
                let mut done: Vec<String> = Vec::new();
                for official in trip.officials.iter().map(|o| o.to_string()) {
                    if done.contains(&official) {
                        continue;
                    }
                    match by_year_and_official.iter_mut().find(|g| g.year == year && g.official == official) {
                        Some(g) => g.totals.add(trip),
                        None => {
                            let mut totals = Totals::default();
                            totals.add(trip);
                            by_year_and_official.push(YearOfficial { year, official: official.clone(), totals });
                        }
                    }
                    done.push(official);
                }
            }
        }
        by_year_and_official.sort_by(|a, b| {
            a.year
                .cmp(&b.year)
                .then_with(|| b.totals.total_eur.cmp(&a.totals.total_eur))
                .then_with(|| a.official.cmp(&b.official))
        });
        for trip in reports.iter().flat_map(|r| &r.trips) {
            totals.add(trip);
            by_official.add(trip.officials.iter().map(|o| o.to_string()), trip);
            by_mode.add(trip.transport.modes.iter().map(|m| m.as_str().to_string()), trip);
            by_country.add(trip.countries.iter().cloned(), trip);
            let month =
                trip.start_date.map(|d| d.format("%Y-%m").to_string()).unwrap_or_else(|| UNKNOWN_MONTH.to_string());
            by_month.add([month], trip);
        }
        Summary {
            reports: reports
                .iter()
                .map(|r| SummarySource {
                    file: r.source.file.clone(),
                    year: r.report.year,
                    trips: u32::try_from(r.trips.len()).unwrap_or(u32::MAX),
                })
                .collect(),
            totals,
            per_person: finish_people(people),
            by_official: by_official.by_costs(),
            by_transport_mode: by_mode.by_costs(),
            by_country: by_country.by_costs(),
            by_month: by_month.by_key(),
            by_year: by_year.by_key(),
            by_year_and_official,
        }
    }
}

/// A person being summed: the key, the person, and the first year of each of their roles.
type PersonEntry = (String, Person, Vec<i32>);

/// Counts `trip` once for each person it names (in any role).
fn add_people(people: &mut Vec<PersonEntry>, year: i32, trip: &Trip) {
    let mut done: Vec<String> = Vec::new();
    for official in &trip.officials {
        let key = person_key(&official.name);
        if key.is_empty() {
            continue;
        }
        let role = role_as_printed(official);
        let i = match people.iter().position(|(k, _, _)| *k == key) {
            Some(i) => i,
            None => {
                let name = official.name.split_whitespace().collect::<Vec<_>>().join(" ");
                let person = Person { name, roles: vec![], years: vec![], totals: Totals::default(), by_year: vec![] };
                people.push((key.clone(), person, vec![]));
                people.len() - 1
            }
        };
        let (_, person, role_years) = &mut people[i];
        match person.roles.iter().position(|r| *r == role) {
            Some(j) => role_years[j] = role_years[j].min(year),
            None => {
                person.roles.push(role);
                role_years.push(year);
            }
        }
        if done.contains(&key) {
            continue;
        }
        done.push(key);
        person.totals.add(trip);
        if !person.years.contains(&year) {
            person.years.push(year);
        }
        match person.by_year.iter_mut().find(|y| y.year == year) {
            Some(y) => y.totals.add(trip),
            None => {
                let mut totals = Totals::default();
                totals.add(trip);
                person.by_year.push(YearTotals { year, totals });
            }
        }
    }
}

/// The people sorted by total costs (highest first), then by name; their years ascending.
fn finish_people(people: Vec<PersonEntry>) -> Vec<Person> {
    let mut people: Vec<Person> = people
        .into_iter()
        .map(|(_, mut person, role_years)| {
            let mut roles: Vec<(i32, String)> = role_years.into_iter().zip(person.roles).collect();
            // Stable: roles first held in the same year keep the order they were met in.
            roles.sort_by_key(|(year, _)| *year);
            person.roles = roles.into_iter().map(|(_, role)| role).collect();
            person
        })
        .collect();
    for person in &mut people {
        person.years.sort_unstable();
        person.by_year.sort_by_key(|y| y.year);
    }
    people.sort_by(|a, b| b.totals.total_eur.cmp(&a.totals.total_eur).then_with(|| a.name.cmp(&b.name)));
    people
}

/// Keeps one edition per year: of several reports of the same year, the one given last
/// (as in SQLite, where the one loaded last is current). Returns the kept reports in the
/// given order and, for each year with more than one, a line saying which was used.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let mut corrected = report.clone();
/// corrected.source.file = "herzien.pdf".into();
/// let (kept, notes) = ambtsreizen::output::summary::latest_per_year(vec![report, corrected]);
/// assert_eq!(kept.len(), 1);
/// assert_eq!(kept[0].source.file, "herzien.pdf");
/// assert_eq!(notes.len(), 1);
/// # Ok(())
/// # }
/// ```
pub fn latest_per_year(reports: Vec<Report>) -> (Vec<Report>, Vec<String>) {
    let mut notes = Vec::new();
    let mut kept: Vec<Report> = Vec::with_capacity(reports.len());
    let mut dropped: Vec<(i32, String)> = Vec::new();
    for report in reports {
        if let Some(i) = kept.iter().position(|k| k.report.year == report.report.year) {
            let old = kept.remove(i);
            dropped.push((old.report.year, old.source.file));
        }
        kept.push(report);
    }
    let mut years: Vec<i32> = dropped.iter().map(|(y, _)| *y).collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        let others: Vec<&str> = dropped.iter().filter(|(y, _)| *y == year).map(|(_, f)| f.as_str()).collect();
        if let Some(used) = kept.iter().find(|k| k.report.year == year) {
            notes.push(format!(
                "{year}: several editions given; summing {} (the last given), not {}",
                used.source.file,
                others.join(", ")
            ));
        }
    }
    (kept, notes)
}

/// Groups under construction, in first-seen order.
#[derive(Default)]
struct Grouping(Vec<Group>);

impl Grouping {
    fn add(&mut self, keys: impl IntoIterator<Item = String>, trip: &Trip) {
        let mut done: Vec<String> = Vec::new();
        for key in keys {
            // The same key twice in one trip (a country named twice) still counts once.
            if done.contains(&key) {
                continue;
            }
            match self.0.iter_mut().find(|g| g.key == key) {
                Some(group) => group.totals.add(trip),
                None => {
                    let mut totals = Totals::default();
                    totals.add(trip);
                    self.0.push(Group { key: key.clone(), totals });
                }
            }
            done.push(key);
        }
    }

    fn by_costs(mut self) -> Vec<Group> {
        self.0.sort_by(|a, b| b.totals.total_eur.cmp(&a.totals.total_eur).then_with(|| a.key.cmp(&b.key)));
        self.0
    }

    fn by_key(mut self) -> Vec<Group> {
        self.0.sort_by(|a, b| a.key.cmp(&b.key));
        self.0
    }
}

const COLUMNS: [&str; 7] = ["trips", "days", "travel+stay €", "other €", "total €", "CO₂ t", "compensation €"];

/// The cells of a table row: counts as integers, money and tonnes with two decimals each,
/// so that a column reads evenly (`24.60`, `6.00`, `0.00`). The JSON keeps the exact sums.
fn numbers(t: &Totals) -> [String; 7] {
    [
        t.trips.to_string(),
        t.days.to_string(),
        two_decimals(t.travel_and_accommodation_eur),
        two_decimals(t.other_costs_eur),
        two_decimals(t.total_eur),
        two_decimals(t.co2_tonnes),
        two_decimals(t.co2_compensation_eur),
    ]
}

/// `d` with exactly two decimals, halves rounded away from zero (`0.125` → `0.13`), as
/// people round by hand.
fn two_decimals(d: Decimal) -> String {
    let mut rounded = d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded.to_string()
}

/// A section of a rendered summary: title, key column header, rows, note.
type Section<'a> = (&'static str, &'static str, Vec<(String, &'a Totals)>, &'static str);

fn rows(groups: &[Group]) -> Vec<(String, &Totals)> {
    groups.iter().map(|g| (g.key.clone(), &g.totals)).collect()
}

/// A person's row key: the name and the roles held, `Karremans (wethouder, voormalig wethouder)`.
fn people_rows(people: &[Person]) -> Vec<(String, &Totals)> {
    people.iter().map(|p| (format!("{} ({})", p.name, p.roles.join(", ")), &p.totals)).collect()
}

fn sections(s: &Summary) -> Vec<Section<'_>> {
    let several = "A trip with several of these counts for each, so rows can add up to more \
                   than the totals.";
    let mut sections = vec![
        ("Totals", "", vec![("all trips".to_string(), &s.totals)], ""),
        ("Per person (across roles and years)", "person (roles)", people_rows(&s.per_person), several),
        ("Per official", "official", rows(&s.by_official), several),
        ("Per transport mode", "mode", rows(&s.by_transport_mode), several),
        ("Per country", "country", rows(&s.by_country), several),
        ("Per month (of the start date)", "month", rows(&s.by_month), ""),
    ];
    // Over several reports (years), the totals per year and per official per year.
    if s.reports.len() > 1 {
        sections.push(("Per year (of the report)", "year", rows(&s.by_year), ""));
        let per_official =
            s.by_year_and_official.iter().map(|g| (format!("{} {}", g.year, g.official), &g.totals)).collect();
        sections.push(("Per year and official", "year official", per_official, several));
    }
    sections
}

/// Notes about unknown figures, which make the sums lower bounds.
fn caveats(t: &Totals) -> Vec<String> {
    let mut notes = Vec::new();
    if t.trips_with_unknown_costs > 0 {
        notes.push(format!(
            "{} trip(s) have cost figures that could not be read; the sums leave them out.",
            t.trips_with_unknown_costs
        ));
    }
    if t.trips_with_unknown_days > 0 {
        notes
            .push(format!("{} trip(s) have no known dates; the day count leaves them out.", t.trips_with_unknown_days));
    }
    notes
}

/// The summary as text tables for a terminal (comfy-table), one per grouping.
///
/// ```
/// use ambtsreizen::output::summary::{render_table, Summary};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let text = render_table(&Summary::from_reports(std::slice::from_ref(&report)));
/// assert!(text.contains("wethouder Achbar"));
/// assert!(text.contains("130001.00"));
/// # Ok(())
/// # }
/// ```
pub fn render_table(summary: &Summary) -> String {
    let mut out = String::new();
    for (title, key_header, rows, note) in sections(summary) {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        let mut header = vec![key_header.to_string()];
        header.extend(COLUMNS.iter().map(|c| c.to_string()));
        table.set_header(header);
        for (key, totals) in rows {
            let mut row = vec![key];
            row.extend(numbers(totals));
            table.add_row(row);
        }
        for i in 1..=COLUMNS.len() {
            if let Some(column) = table.column_mut(i) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
        let _ = writeln!(out, "{title}");
        let _ = writeln!(out, "{table}");
        if !note.is_empty() {
            let _ = writeln!(out, "{note}");
        }
        out.push('\n');
    }
    for caveat in caveats(&summary.totals) {
        let _ = writeln!(out, "{caveat}");
    }
    out
}

/// The summary as Markdown: a `##` heading and a table per grouping.
///
/// ```
/// use ambtsreizen::output::summary::{render_markdown, Summary};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
/// let md = render_markdown(&Summary::from_reports(std::slice::from_ref(&report)));
/// assert!(md.contains("| all trips | 32 |"));
/// # Ok(())
/// # }
/// ```
pub fn render_markdown(summary: &Summary) -> String {
    let mut out = String::new();
    for (i, (title, key_header, rows, note)) in sections(summary).into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "## {title}\n");
        let _ = writeln!(out, "| {} | {} |", cell(key_header), COLUMNS.join(" | "));
        let _ = writeln!(out, "|---|{}", "---:|".repeat(COLUMNS.len()));
        for (key, totals) in rows {
            let _ = writeln!(out, "| {} | {} |", cell(&key), numbers(totals).join(" | "));
        }
        if !note.is_empty() {
            let _ = writeln!(out, "\n{note}");
        }
    }
    let caveats = caveats(&summary.totals);
    if !caveats.is_empty() {
        out.push('\n');
        for caveat in caveats {
            let _ = writeln!(out, "{caveat}");
        }
    }
    out
}

/// Escapes what would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use chrono::NaiveDate;

    fn trip(officials: &[&str], modes: &[TransportMode], total: Option<&str>) -> Trip {
        let total: Option<Decimal> = total.map(|t| t.parse().unwrap());
        Trip {
            id: "2024-01".into(),
            title: String::new(),
            destination: String::new(),
            places: vec![],
            countries: vec!["BE".into(), "BE".into()],
            officials: officials
                .iter()
                .map(|n| Official { role: Role::WETHOUDER, name: n.to_string(), former: false })
                .collect(),
            purpose: String::new(),
            date_text: String::new(),
            start_date: None,
            end_date: None,
            days: None,
            costs: Costs { travel_and_accommodation: total, other: Some(Decimal::ZERO), total },
            transport: Transport { text: String::new(), modes: modes.to_vec() },
            co2: Co2 { emissions_tonnes: None, compensation_eur: None },
            table_cells: vec![],
            description: String::new(),
            pages: vec![],
            warnings: vec![],
            provenance: None,
        }
    }

    fn report(trips: Vec<Trip>) -> Report {
        Report {
            schema_version: SCHEMA_VERSION,
            source: Source { file: "x.pdf".into(), sha256: "0".into(), page_count: 1 },
            report: ReportMeta { title: "t".into(), year: 2024, layout: Default::default() },
            trips,
            warnings: vec![],
        }
    }

    #[test]
    fn shared_trips_count_in_each_group_and_once_overall() {
        let r = report(vec![
            trip(&["A", "B"], &[TransportMode::Plane, TransportMode::Train], Some("10.50")),
            trip(&["A"], &[TransportMode::Plane], Some("1")),
        ]);
        let s = Summary::from_reports(&[r]);
        assert_eq!(s.totals.trips, 2);
        assert_eq!(s.totals.total_eur.to_string(), "11.50");
        let keys: Vec<(&str, u32, String)> =
            s.by_official.iter().map(|g| (g.key.as_str(), g.totals.trips, g.totals.total_eur.to_string())).collect();
        assert_eq!(keys, [("wethouder A", 2, "11.50".to_string()), ("wethouder B", 1, "10.50".to_string())]);
        assert_eq!(s.by_transport_mode[0].key, "plane");
        assert_eq!(s.by_transport_mode[0].totals.trips, 2);
        // A country named twice in one trip still counts that trip once.
        assert_eq!(s.by_country[0].totals.trips, 2);
        assert_eq!(s.by_month[0].key, UNKNOWN_MONTH);
        assert_eq!(s.totals.trips_with_unknown_days, 2);
    }

    #[test]
    fn one_person_through_roles_and_years() {
        let mut serving = trip(&["karremans ", "Kasmi"], &[], Some("100"));
        serving.start_date = NaiveDate::from_ymd_opt(2022, 3, 1);
        let mut former = trip(&["Karremans"], &[], Some("20.5"));
        former.officials[0].former = true;
        // Named twice in one trip (as wethouder and as voormalig wethouder): counted once.
        let mut twice = trip(&["Karremans", "Karremans"], &[], Some("1"));
        twice.officials[1].former = true;
        let mut r2022 = report(vec![serving]);
        r2022.report.year = 2022;
        // Given newest first: the roles still come in the order they were held.
        let s = Summary::from_reports(&[report(vec![former, twice]), r2022]);
        let k = &s.per_person[0];
        assert_eq!(k.name, "Karremans");
        assert_eq!(k.roles, ["wethouder", "voormalig wethouder"]);
        assert_eq!(k.years, [2022, 2024]);
        assert_eq!(k.totals.trips, 3);
        assert_eq!(k.totals.total_eur.to_string(), "121.5");
        let years: Vec<(i32, u32, String)> =
            k.by_year.iter().map(|y| (y.year, y.totals.trips, y.totals.total_eur.to_string())).collect();
        assert_eq!(years, [(2022, 1, "100".to_string()), (2024, 2, "21.5".to_string())]);
        assert_eq!(s.per_person[1].name, "Kasmi");
        assert_eq!(s.per_person.len(), 2);
        // As printed, the officials stay apart.
        assert_eq!(s.by_official.len(), 4);
        assert!(render_markdown(&s).contains("| Karremans (wethouder, voormalig wethouder) | 3 |"));
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["per_person"][0]["roles"][1], "voormalig wethouder");
        assert_eq!(json["per_person"][0]["total_eur"].to_string(), "121.5");
    }

    #[test]
    fn unknown_costs_are_counted_and_flagged() {
        let s = Summary::from_reports(&[report(vec![trip(&["A"], &[], None)])]);
        assert_eq!(s.totals.trips_with_unknown_costs, 1);
        assert_eq!(s.totals.total_eur, Decimal::ZERO);
        assert!(render_markdown(&s).contains("could not be read"));
        assert!(render_table(&s).contains("could not be read"));
    }

    #[test]
    fn table_cells_have_two_decimals() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(two_decimals(d("24.6")), "24.60");
        assert_eq!(two_decimals(d("6.00")), "6.00");
        assert_eq!(two_decimals(Decimal::ZERO), "0.00");
        assert_eq!(two_decimals(d("130001")), "130001.00");
        assert_eq!(two_decimals(d("0.125")), "0.13");
        assert_eq!(two_decimals(d("-0.125")), "-0.13");
        let t = Totals { trips: 3, days: 4, co2_tonnes: d("24.6"), total_eur: d("1239.5"), ..Totals::default() };
        assert_eq!(numbers(&t), ["3", "4", "0.00", "0.00", "1239.50", "24.60", "0.00"]);
    }

    #[test]
    fn markdown_escapes_pipes() {
        assert_eq!(cell("a|b"), "a\\|b");
    }
}
