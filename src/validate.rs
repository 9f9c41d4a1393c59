//! Findings about the data itself: what looks wrong or unusual, with stable codes.
//!
//! Values are never changed here: a suspicious number stays as printed and gets a
//! warning, so that a journalist can check the source rather than trust a silent fix.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::model::{TransportMode, Trip, Warning};

/// Compensation per tonne this many times off the report's median is flagged.
const RATIO_FACTOR: i64 = 4;

/// Range of plausible compensation prices (€ per tonne) when a report has too few
/// flights for a median of its own.
const PLAUSIBLE_EUR_PER_TONNE: (i64, i64) = (5, 100);

/// A report needs this many trips with both CO₂ figures before its own median price is
/// a yardstick; with fewer, one odd figure would be its own reference.
const MIN_FLIGHTS_FOR_MEDIAN: usize = 3;

/// Adds validation warnings to the trips of one report.
pub fn validate(trips: &mut [Trip], year: i32) {
    let ratios: Vec<Decimal> = trips.iter().filter_map(ratio).collect();
    let median = median(&ratios);
    let mut seen: HashMap<String, String> = HashMap::new();
    for trip in trips.iter_mut() {
        let page = trip.pages.last().copied();
        let mut found: Vec<Warning> = Vec::new();
        let flight = trip.transport.modes.contains(&TransportMode::Plane);
        let has_co2 = trip.co2.emissions_tonnes.is_some() || trip.co2.compensation_eur.is_some();
        if flight && !has_co2 {
            found.push(Warning::new(
                "flight_without_co2",
                "the trip was by plane but the table gives no CO₂ figures",
                page,
            ));
        }
        if !flight && has_co2 && !trip.transport.modes.is_empty() {
            found.push(Warning::new(
                "co2_without_flight",
                format!("the table gives CO₂ figures but the transport ({:?}) includes no flight", trip.transport.text),
                page,
            ));
        }
        if let Some(r) = ratio(trip) {
            let off = match median {
                Some(m) if ratios.len() >= MIN_FLIGHTS_FOR_MEDIAN => {
                    // Checked: hostile figures may not fit a Decimal once multiplied.
                    let factor = Decimal::from(RATIO_FACTOR);
                    r.checked_mul(factor).is_some_and(|x| x < m) || m.checked_mul(factor).is_some_and(|x| r > x)
                }
                _ => r < Decimal::from(PLAUSIBLE_EUR_PER_TONNE.0) || r > Decimal::from(PLAUSIBLE_EUR_PER_TONNE.1),
            };
            if off {
                // Name what the figure was judged against: the median only when there
                // were enough flights to judge by it.
                let reference = match median {
                    Some(m) if ratios.len() >= MIN_FLIGHTS_FOR_MEDIAN => {
                        format!("the report's median of € {} per tonne", m.round_dp(2))
                    }
                    _ => format!(
                        "a plausible price of € {}–{} per tonne",
                        PLAUSIBLE_EUR_PER_TONNE.0, PLAUSIBLE_EUR_PER_TONNE.1
                    ),
                };
                found.push(Warning::new(
                    "co2_compensation_ratio",
                    format!(
                        "CO₂ compensation of € {} for {} tonnes is € {} per tonne, far from {reference}; one of the two figures is likely wrong in the source",
                        trip.co2.compensation_eur.unwrap_or_default(),
                        trip.co2.emissions_tonnes.unwrap_or_default(),
                        r.round_dp(2),
                    ),
                    page,
                ));
            }
        }
        if let (Some(start), Some(end)) = (trip.start_date, trip.end_date) {
            use chrono::Datelike;
            if end < start {
                found.push(Warning::new(
                    "date_end_before_start",
                    format!("the trip ends ({end}) before it starts ({start})"),
                    page,
                ));
            }
            if year != 0 && (start.year() != year || end.year() != year) {
                found.push(Warning::new(
                    "date_outside_report_year",
                    format!("the dates {start} – {end} fall (partly) outside the report year {year}"),
                    page,
                ));
            }
        }
        let key = format!("{}|{}|{}", trip.title, trip.date_text, trip.table_cells.join("|"));
        if let Some(first) = seen.get(&key) {
            found.push(Warning::new("duplicate_trip", format!("the same trip as {first} is listed again"), page));
        } else {
            seen.insert(key, trip.id.clone());
        }
        trip.warnings.extend(found);
    }
}

fn ratio(trip: &Trip) -> Option<Decimal> {
    let t = trip.co2.emissions_tonnes?;
    let c = trip.co2.compensation_eur?;
    // checked: a hostile file can print numbers whose quotient does not fit a Decimal.
    if t > Decimal::ZERO && c > Decimal::ZERO {
        c.checked_div(t)
    } else {
        None
    }
}

fn median(values: &[Decimal]) -> Option<Decimal> {
    let mut v = values.to_vec();
    v.sort();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        // a + (b - a) / 2: the plain sum of two huge figures may not fit a Decimal.
        _ => {
            let (a, b) = (v[n / 2 - 1], v[n / 2]);
            Some(b.checked_sub(a).and_then(|d| a.checked_add(d / Decimal::TWO)).unwrap_or(a))
        }
    }
}

/// Totals a document prints for all its trips: the closing `Totaal` row of an overview
/// table, or totals printed in a section edition. A figure the document does not print is
/// `None` and is not checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrintedTotals {
    /// Travel and accommodation (`Reis- en verblijfkosten`).
    pub travel_and_accommodation: Option<Decimal>,
    /// Other costs (`Overige kosten`).
    pub other: Option<Decimal>,
    /// All costs (`Totaal`).
    pub total: Option<Decimal>,
    /// CO₂ emissions in tonnes.
    pub co2_tonnes: Option<Decimal>,
    /// CO₂ compensation in euros.
    pub co2_compensation: Option<Decimal>,
    /// 1-based page where the totals stand.
    pub page: Option<u32>,
}

/// Document warnings `totals_mismatch`: one for each printed total that differs from the
/// sum of the trips' figures.
///
/// The sum is compared at the printed precision (a total printed as `€ 109.206` matches
/// trips that add up to € 109.205,67), since reports round their totals. A trip without
/// the figure (`-`, `n.v.t.`, or unreadable) adds nothing; the message counts such trips,
/// because an unreadable cell is then the likelier cause than a wrong total.
pub fn totals_mismatch(trips: &[Trip], printed: &PrintedTotals) -> Vec<Warning> {
    type Figure = fn(&Trip) -> Option<Decimal>;
    let total: Figure = |t| {
        t.costs.total.or_else(|| {
            t.costs
                .travel_and_accommodation
                .or(t.costs.other)
                .map(|_| t.costs.travel_and_accommodation.unwrap_or_default() + t.costs.other.unwrap_or_default())
        })
    };
    let checks: [(&str, Option<Decimal>, Figure, &str); 5] = [
        ("travel and accommodation", printed.travel_and_accommodation, |t| t.costs.travel_and_accommodation, "€ "),
        ("other costs", printed.other, |t| t.costs.other, "€ "),
        ("total costs", printed.total, total, "€ "),
        ("CO₂ emissions", printed.co2_tonnes, |t| t.co2.emissions_tonnes, ""),
        ("CO₂ compensation", printed.co2_compensation, |t| t.co2.compensation_eur, "€ "),
    ];
    let mut warnings = Vec::new();
    for (what, printed_value, figure, euro) in checks {
        let Some(printed_value) = printed_value else { continue };
        // Checked: hostile figures may not add up within a Decimal; then the sum is
        // unknown and nothing can be said.
        let Some(sum) = trips.iter().filter_map(figure).try_fold(Decimal::ZERO, |a, b| a.checked_add(b)) else {
            continue;
        };
        let rounded =
            sum.round_dp_with_strategy(printed_value.scale(), rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        if rounded == printed_value {
            continue;
        }
        let unit = if euro.is_empty() { " tonnes" } else { "" };
        let missing = trips.iter().filter(|t| figure(t).is_none()).count();
        let note = match missing {
            0 => String::new(),
            1 => " (1 trip has no figure)".to_string(),
            n => format!(" ({n} trips have no figure)"),
        };
        warnings.push(Warning::new(
            "totals_mismatch",
            format!(
                "the printed total of {what} ({euro}{printed_value}{unit}) differs from the sum of the trips ({euro}{sum}{unit}){note}: a trip's figure or the total is wrong in the source"
            ),
            printed.page,
        ));
    }
    warnings
}

/// A finding for the `check` report: a warning and the trip it concerns (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The trip's id, or `None` for a document-level finding.
    pub trip: Option<String>,
    /// The trip's title (empty for document-level findings).
    pub title: String,
    /// What was found.
    pub warning: Warning,
}

/// All findings of a report: document-level first, then per trip in reading order.
pub fn findings(report: &crate::model::Report) -> Vec<Finding> {
    let doc = report.warnings.iter().map(|w| Finding { trip: None, title: String::new(), warning: w.clone() });
    let trips = report.trips.iter().flat_map(|t| {
        t.warnings.iter().map(|w| Finding { trip: Some(t.id.clone()), title: t.title.clone(), warning: w.clone() })
    });
    doc.chain(trips).collect()
}

/// The findings as text for people: one block per report, one line per finding.
pub fn render_findings(report: &crate::model::Report, findings: &[Finding]) -> String {
    let mut out = format!(
        "{} ({} trips): {}\n",
        report.source.file,
        report.trips.len(),
        match findings.len() {
            0 => "no findings".to_string(),
            1 => "1 finding".to_string(),
            n => format!("{n} findings"),
        }
    );
    for f in findings {
        let page = f.warning.page.map(|p| format!("p. {p}")).unwrap_or_else(|| "-".into());
        let who = match &f.trip {
            Some(id) => format!("{id} {}", f.title),
            None => "document".to_string(),
        };
        out.push_str(&format!("  [{}] {page:>6}  {who}\n      {}\n", f.warning.code, f.warning.message));
    }
    // The figures read leniently from OCR text, once more as a list to check against the scan.
    let uncertain: Vec<&Finding> = findings.iter().filter(|f| f.warning.code == "uncertain_value").collect();
    if !uncertain.is_empty() {
        out.push_str(&format!(
            "  {} value{} read only with OCR leniency; check against the scan:\n",
            uncertain.len(),
            if uncertain.len() == 1 { "" } else { "s" }
        ));
        for f in uncertain {
            let page = f.warning.page.map(|p| format!("p. {p}")).unwrap_or_else(|| "-".into());
            out.push_str(&format!(
                "    {page:>6}  {}  {}\n",
                f.trip.as_deref().unwrap_or("document"),
                f.warning.message
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Co2, Costs, Transport, Trip};
    use chrono::NaiveDate;
    use std::str::FromStr;

    fn d(s: &str) -> Option<Decimal> {
        Some(Decimal::from_str(s).expect("decimal"))
    }

    fn trip(id: &str, modes: Vec<TransportMode>, tonnes: Option<Decimal>, eur: Option<Decimal>) -> Trip {
        Trip {
            id: id.into(),
            title: format!("Werkbezoek {id} door wethouder X"),
            destination: id.into(),
            places: vec![],
            countries: vec![],
            officials: vec![],
            purpose: String::new(),
            date_text: "3 mei 2023".into(),
            start_date: NaiveDate::from_ymd_opt(2023, 5, 3),
            end_date: NaiveDate::from_ymd_opt(2023, 5, 3),
            days: Some(1),
            costs: Costs { travel_and_accommodation: d("100"), other: d("0"), total: d("100") },
            transport: Transport { text: String::new(), modes },
            co2: Co2 { emissions_tonnes: tonnes, compensation_eur: eur },
            table_cells: vec![id.into()],
            description: String::new(),
            pages: vec![2],
            warnings: vec![],
            provenance: None,
        }
    }

    fn codes(t: &Trip) -> Vec<&str> {
        t.warnings.iter().map(|w| w.code.as_str()).collect()
    }

    #[test]
    fn compensation_far_from_the_median_is_flagged_values_untouched() {
        let plane = || vec![TransportMode::Plane];
        let mut trips = vec![
            trip("a", plane(), d("1.00"), d("14.00")),
            trip("b", plane(), d("2.00"), d("28.00")),
            trip("c", plane(), d("3.00"), d("42.00")),
            trip("d", plane(), d("190.9"), d("5.98")),
        ];
        validate(&mut trips, 2023);
        assert_eq!(trips.iter().map(|t| codes(t).len()).collect::<Vec<_>>(), [0, 0, 0, 1]);
        assert_eq!(codes(&trips[3]), ["co2_compensation_ratio"]);
        assert_eq!(trips[3].co2.emissions_tonnes, d("190.9"));
    }

    #[test]
    fn few_flights_are_judged_against_a_plausible_price() {
        let mut trips = vec![trip("a", vec![TransportMode::Plane], d("1.0"), d("14.00"))];
        validate(&mut trips, 2023);
        assert!(trips[0].warnings.is_empty());
        let mut trips = vec![trip("a", vec![TransportMode::Plane], d("1.0"), d("400.00"))];
        validate(&mut trips, 2023);
        assert_eq!(codes(&trips[0]), ["co2_compensation_ratio"]);
    }

    #[test]
    fn flight_and_co2_must_go_together() {
        let mut trips = vec![
            trip("a", vec![TransportMode::Plane], None, None),
            trip("b", vec![TransportMode::Train], d("0.1"), d("1.40")),
            trip("c", vec![TransportMode::Train], None, None),
        ];
        validate(&mut trips, 2023);
        assert_eq!(codes(&trips[0]), ["flight_without_co2"]);
        assert_eq!(codes(&trips[1]), ["co2_without_flight"]);
        assert!(codes(&trips[2]).is_empty());
    }

    #[test]
    fn dates_outside_the_year_or_reversed() {
        let mut t = trip("a", vec![TransportMode::Train], None, None);
        t.start_date = NaiveDate::from_ymd_opt(2023, 12, 30);
        t.end_date = NaiveDate::from_ymd_opt(2024, 1, 2);
        let mut r = trip("b", vec![TransportMode::Train], None, None);
        r.start_date = NaiveDate::from_ymd_opt(2023, 5, 5);
        r.end_date = NaiveDate::from_ymd_opt(2023, 5, 3);
        let mut trips = vec![t, r];
        validate(&mut trips, 2023);
        assert_eq!(codes(&trips[0]), ["date_outside_report_year"]);
        assert_eq!(codes(&trips[1]), ["date_end_before_start"]);
    }

    #[test]
    fn the_same_trip_twice_is_flagged_once() {
        let mut trips =
            vec![trip("a", vec![TransportMode::Train], None, None), trip("a", vec![TransportMode::Train], None, None)];
        trips[1].id = "2023-02".into();
        validate(&mut trips, 2023);
        assert!(trips[0].warnings.is_empty());
        assert_eq!(codes(&trips[1]), ["duplicate_trip"]);
        assert!(trips[1].warnings[0].message.contains("as a"), "{}", trips[1].warnings[0].message);
    }
}

#[cfg(test)]
mod rule_tests {
    //! One test per boundary of each rule, so that a changed comparison or connective fails.

    use super::*;
    use crate::model::{Co2, Costs, Report, ReportMeta, Source, Transport, Trip};
    use chrono::NaiveDate;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("decimal")
    }

    fn trip(modes: Vec<TransportMode>, tonnes: Option<&str>, eur: Option<&str>) -> Trip {
        // Distinct cells per figure, so that trips in one test are not duplicates.
        let cells = vec![format!("{modes:?} {tonnes:?} {eur:?}")];
        Trip {
            id: "2023-01".into(),
            title: "Werkbezoek Gent door wethouder X".into(),
            destination: "Gent".into(),
            places: vec![],
            countries: vec![],
            officials: vec![],
            purpose: String::new(),
            date_text: "3 mei 2023".into(),
            start_date: NaiveDate::from_ymd_opt(2023, 5, 3),
            end_date: NaiveDate::from_ymd_opt(2023, 5, 3),
            days: Some(1),
            costs: Costs { travel_and_accommodation: Some(d("100")), other: Some(d("0")), total: Some(d("100")) },
            transport: Transport { text: "x".into(), modes },
            co2: Co2 { emissions_tonnes: tonnes.map(d), compensation_eur: eur.map(d) },
            table_cells: cells,
            description: String::new(),
            pages: vec![4],
            warnings: vec![],
            provenance: None,
        }
    }

    fn flights(ratios: &[(&str, &str)]) -> Vec<Trip> {
        ratios
            .iter()
            .enumerate()
            .map(|(i, (t, e))| {
                let mut f = trip(vec![TransportMode::Plane], Some(t), Some(e));
                f.id = format!("2023-{:02}", i + 1);
                f.table_cells = vec![i.to_string()];
                f
            })
            .collect()
    }

    fn codes(trips: &[Trip]) -> Vec<Vec<&str>> {
        trips.iter().map(|t| t.warnings.iter().map(|w| w.code.as_str()).collect()).collect()
    }

    fn run(mut trips: Vec<Trip>, year: i32) -> Vec<Trip> {
        validate(&mut trips, year);
        trips
    }

    #[test]
    fn one_co2_figure_is_enough_to_count_as_co2() {
        let got = run(
            vec![
                trip(vec![TransportMode::Plane], Some("1.0"), None),
                trip(vec![TransportMode::Plane], None, Some("14.00")),
                trip(vec![TransportMode::Train], Some("1.0"), None),
                trip(vec![TransportMode::Train], None, Some("14.00")),
            ],
            2023,
        );
        let want: Vec<Vec<&str>> = vec![vec![], vec![], vec!["co2_without_flight"], vec!["co2_without_flight"]];
        assert_eq!(codes(&got), want);
    }

    #[test]
    fn co2_without_any_recognised_transport_is_not_flagged() {
        let got = run(vec![trip(vec![], Some("1.0"), Some("14.00"))], 2023);
        assert_eq!(codes(&got), [Vec::<&str>::new()]);
        let got = run(vec![trip(vec![TransportMode::Other], Some("1.0"), Some("14.00"))], 2023);
        assert_eq!(codes(&got), [vec!["co2_without_flight"]]);
    }

    #[test]
    fn three_flights_are_judged_by_their_median_not_the_fixed_range() {
        // € 1 per tonne everywhere: far outside € 5–100, but in line with the median.
        let got = run(flights(&[("1", "1"), ("2", "2"), ("3", "3")]), 2023);
        assert!(codes(&got).iter().all(Vec::is_empty), "{:?}", codes(&got));
        let got = run(flights(&[("1", "1"), ("2", "2"), ("3", "3"), ("4", "4")]), 2023);
        assert!(codes(&got).iter().all(Vec::is_empty), "{:?}", codes(&got));
    }

    #[test]
    fn two_flights_are_judged_by_the_fixed_range_and_the_message_says_so() {
        let got = run(flights(&[("1", "1"), ("2", "2")]), 2023);
        assert_eq!(codes(&got), [vec!["co2_compensation_ratio"], vec!["co2_compensation_ratio"]]);
        assert_eq!(
            got[0].warnings[0].message,
            "CO₂ compensation of € 1 for 1 tonnes is € 1 per tonne, far from a plausible price of € 5–100 per tonne; one of the two figures is likely wrong in the source"
        );
        assert_eq!(got[0].warnings[0].page, Some(4));
    }

    #[test]
    fn the_median_message_names_the_median() {
        let got = run(flights(&[("1", "14"), ("1", "14"), ("1", "14"), ("1", "100")]), 2023);
        assert_eq!(codes(&got)[3], ["co2_compensation_ratio"]);
        assert!(
            got[3].warnings[0].message.contains("far from the report's median of € 14 per tonne;"),
            "{}",
            got[3].warnings[0].message
        );
    }

    #[test]
    fn exactly_three_flights_are_judged_by_their_median_and_the_message_says_so() {
        // € 100 per tonne is inside € 5–100, but more than 4× the median of € 14.
        let got = run(flights(&[("1", "14"), ("1", "14"), ("1", "100")]), 2023);
        assert_eq!(codes(&got), [vec![], vec![], vec!["co2_compensation_ratio"]]);
        assert!(
            got[2].warnings[0].message.contains("far from the report's median of € 14 per tonne;"),
            "{}",
            got[2].warnings[0].message
        );
    }

    #[test]
    fn tonnes_without_compensation_or_compensation_without_tonnes_give_no_ratio() {
        assert_eq!(ratio(&trip(vec![TransportMode::Plane], Some("1.0"), None)), None);
        assert_eq!(ratio(&trip(vec![TransportMode::Plane], None, Some("14.00"))), None);
        // And no ratio warning, even with fewer than three flights and far outside € 5–100.
        let got = run(vec![trip(vec![TransportMode::Plane], Some("0.01"), None)], 2023);
        assert_eq!(codes(&got), [Vec::<&str>::new()]);
    }

    #[test]
    fn the_fixed_range_includes_its_ends() {
        for (eur, flagged) in [("4.99", true), ("5", false), ("100", false), ("100.01", true)] {
            let got = run(flights(&[("1", eur)]), 2023);
            assert_eq!(!got[0].warnings.is_empty(), flagged, "€ {eur} per tonne");
        }
    }

    #[test]
    fn exactly_four_times_the_median_either_way_is_not_flagged() {
        // median 20: 5 and 80 are exactly 4× off and pass; 4.99 and 80.01 do not.
        for (eur, flagged) in [("5", false), ("4.99", true), ("80", false), ("80.01", true)] {
            let got = run(flights(&[("1", "20"), ("1", "20"), ("1", "20"), ("1", "20"), ("1", eur)]), 2023);
            let want: Vec<&str> = if flagged { vec!["co2_compensation_ratio"] } else { vec![] };
            assert_eq!(codes(&got)[4], want, "€ {eur} per tonne");
        }
    }

    #[test]
    fn zero_tonnes_or_zero_euros_give_no_ratio() {
        // Zero euros would be € 0 per tonne (below € 5): not judged, as no price was paid.
        let got = run(flights(&[("1", "0")]), 2023);
        assert_eq!(codes(&got), [Vec::<&str>::new()]);
        let got = run(flights(&[("0", "14")]), 2023);
        assert_eq!(codes(&got), [Vec::<&str>::new()]);
        // Nor do they count towards the median: with them, three flights at € 1 would be
        // judged by their median and pass.
        let got = run(flights(&[("1", "1"), ("2", "2"), ("0", "3"), ("3", "0")]), 2023);
        assert_eq!(codes(&got)[0], ["co2_compensation_ratio"]);
        assert_eq!(ratio(&flights(&[("2", "3")])[0]), Some(d("1.5")));
        assert_eq!(ratio(&flights(&[("-2", "3")])[0]), None);
        assert_eq!(ratio(&flights(&[("2", "-3")])[0]), None);
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[d("3"), d("1"), d("2")]), Some(d("2")));
        assert_eq!(median(&[d("4"), d("1"), d("2"), d("10")]), Some(d("3")));
        assert_eq!(median(&[d("7")]), Some(d("7")));
    }

    #[test]
    fn a_one_day_trip_does_not_end_before_it_starts() {
        let got = run(vec![trip(vec![TransportMode::Train], None, None)], 2023);
        assert_eq!(codes(&got), [Vec::<&str>::new()]);
        let mut later = trip(vec![TransportMode::Train], None, None);
        later.end_date = NaiveDate::from_ymd_opt(2023, 5, 4);
        assert_eq!(codes(&run(vec![later], 2023)), [Vec::<&str>::new()]);
    }

    #[test]
    fn the_report_year_is_checked_only_when_known_and_on_both_ends() {
        let t = || trip(vec![TransportMode::Train], None, None);
        assert_eq!(codes(&run(vec![t()], 0)), [Vec::<&str>::new()]);
        assert_eq!(codes(&run(vec![t()], 2024)), [vec!["date_outside_report_year"]]);
        let mut starts_before = t();
        starts_before.start_date = NaiveDate::from_ymd_opt(2022, 12, 30);
        assert_eq!(codes(&run(vec![starts_before], 2023)), [vec!["date_outside_report_year"]]);
    }

    fn report(trips: Vec<Trip>, warnings: Vec<Warning>) -> Report {
        Report {
            schema_version: 1,
            source: Source { file: "r.pdf".into(), sha256: String::new(), page_count: 3 },
            report: ReportMeta { title: String::new(), year: 2023, layout: Default::default() },
            trips,
            warnings,
        }
    }

    #[test]
    fn findings_list_document_warnings_first_then_trips() {
        let mut t = trip(vec![TransportMode::Train], None, None);
        t.warnings.push(Warning::new("missing_date", "no date", Some(4)));
        let r = report(vec![t], vec![Warning::new("page_problem", "page 2 broken", Some(2))]);
        let f = findings(&r);
        assert_eq!(
            f.iter().map(|f| (f.trip.clone(), f.warning.code.as_str())).collect::<Vec<_>>(),
            [(None, "page_problem"), (Some("2023-01".to_string()), "missing_date")]
        );
        assert_eq!(f[1].title, "Werkbezoek Gent door wethouder X");
        assert_eq!(
            render_findings(&r, &f),
            "r.pdf (1 trips): 2 findings\n  [page_problem]   p. 2  document\n      page 2 broken\n  [missing_date]   p. 4  2023-01 Werkbezoek Gent door wethouder X\n      no date\n"
        );
        assert_eq!(render_findings(&r, &f[..1]).lines().next(), Some("r.pdf (1 trips): 1 finding"));
        assert_eq!(render_findings(&r, &[]), "r.pdf (1 trips): no findings\n");
        let unpaged = Finding { trip: None, title: String::new(), warning: Warning::new("x", "y", None) };
        assert!(render_findings(&r, &[unpaged]).contains("  [x]      -  document\n"));
        // Values read with OCR leniency are listed once more, to check against the scan.
        let uncertain = Finding {
            trip: Some("2023-01".into()),
            title: "Werkbezoek Gent".into(),
            warning: Warning::new("uncertain_value", "the other costs cell \"€o,-\" reads …", Some(4)),
        };
        let text = render_findings(&r, &[uncertain]);
        assert!(text.contains("  1 value read only with OCR leniency; check against the scan:\n"), "{text}");
        assert!(text.ends_with("      p. 4  2023-01  the other costs cell \"€o,-\" reads …\n"), "{text}");
    }

    fn costed(travel: Option<&str>, other: Option<&str>, tonnes: Option<&str>, eur: Option<&str>) -> Trip {
        let mut t = trip(vec![TransportMode::Plane], tonnes, eur);
        t.costs.travel_and_accommodation = travel.map(d);
        t.costs.other = other.map(d);
        t.costs.total = match (t.costs.travel_and_accommodation, t.costs.other) {
            (Some(a), Some(b)) => Some(a + b),
            _ => None,
        };
        t
    }

    fn mismatch_messages(trips: &[Trip], printed: &PrintedTotals) -> Vec<String> {
        let w = totals_mismatch(trips, printed);
        assert!(w.iter().all(|w| w.code == "totals_mismatch" && w.page == printed.page), "{w:?}");
        w.into_iter().map(|w| w.message).collect()
    }

    #[test]
    fn printed_totals_that_add_up_give_no_warning() {
        let trips = [
            costed(Some("1250"), Some("1115"), Some("0.8"), Some("11.48")),
            costed(Some("7040"), Some("0"), Some("2.46"), Some("37.12")),
            costed(Some("385"), Some("0"), None, None),
        ];
        let printed = PrintedTotals {
            travel_and_accommodation: Some(d("8675")),
            other: Some(d("1115")),
            total: Some(d("9790")),
            co2_tonnes: Some(d("3.26")),
            co2_compensation: Some(d("48.60")),
            page: Some(9),
        };
        assert!(mismatch_messages(&trips, &printed).is_empty());
        assert!(mismatch_messages(&trips, &PrintedTotals::default()).is_empty());
    }

    #[test]
    fn each_differing_total_is_one_warning_with_both_figures() {
        let trips = [
            costed(Some("1250"), Some("1115"), Some("0.8"), Some("11.48")),
            costed(Some("7040"), Some("0"), Some("2.46"), Some("37.12")),
        ];
        let printed = PrintedTotals {
            travel_and_accommodation: Some(d("8390")),
            other: Some(d("1115")),
            total: Some(d("9405")),
            co2_tonnes: Some(d("3.36")),
            co2_compensation: Some(d("48.50")),
            page: Some(9),
        };
        let tail = ": a trip's figure or the total is wrong in the source";
        assert_eq!(
            mismatch_messages(&trips, &printed),
            [
                format!("the printed total of travel and accommodation (€ 8390) differs from the sum of the trips (€ 8290){tail}"),
                format!("the printed total of CO₂ emissions (3.36 tonnes) differs from the sum of the trips (3.26 tonnes){tail}"),
                format!("the printed total of CO₂ compensation (€ 48.50) differs from the sum of the trips (€ 48.60){tail}"),
            ]
        );
        let printed = PrintedTotals { other: Some(d("1116")), total: Some(d("9406")), ..PrintedTotals::default() };
        assert_eq!(
            mismatch_messages(&trips, &printed),
            [
                format!("the printed total of other costs (€ 1116) differs from the sum of the trips (€ 1115){tail}"),
                format!("the printed total of total costs (€ 9406) differs from the sum of the trips (€ 9405){tail}"),
            ]
        );
    }

    #[test]
    fn totals_are_compared_at_the_printed_precision() {
        let trips = [
            costed(Some("100.40"), Some("0"), Some("0.804"), Some("1.5")),
            costed(Some("100.20"), Some("0"), None, None),
        ];
        // 200.60 printed as 201, 0.804 t as 0.8, € 1.5 as € 2 (half away from zero).
        let printed = PrintedTotals {
            travel_and_accommodation: Some(d("201")),
            total: Some(d("201")),
            co2_tonnes: Some(d("0.8")),
            co2_compensation: Some(d("2")),
            ..PrintedTotals::default()
        };
        assert!(mismatch_messages(&trips, &printed).is_empty());
        let printed = PrintedTotals {
            travel_and_accommodation: Some(d("200")),
            co2_tonnes: Some(d("0.81")),
            ..PrintedTotals::default()
        };
        assert_eq!(mismatch_messages(&trips, &printed).len(), 2);
    }

    #[test]
    fn trips_without_a_figure_add_nothing_and_are_counted_in_the_message() {
        let trips = [
            costed(Some("100"), Some("5"), None, None),
            costed(None, Some("7"), None, None),
            costed(None, None, None, None),
        ];
        // Total: 105 + 7 (the other costs of the trip without travel costs) + nothing.
        let printed = PrintedTotals {
            total: Some(d("112")),
            travel_and_accommodation: Some(d("300")),
            ..PrintedTotals::default()
        };
        assert_eq!(
            mismatch_messages(&trips, &printed),
            ["the printed total of travel and accommodation (€ 300) differs from the sum of the trips (€ 100) (2 trips have no figure): a trip's figure or the total is wrong in the source"]
        );
        let printed = PrintedTotals { travel_and_accommodation: Some(d("300")), ..PrintedTotals::default() };
        assert!(mismatch_messages(&trips[..2], &printed)[0].contains("(€ 100) (1 trip has no figure):"));
    }

    #[test]
    fn totals_beyond_a_decimal_are_not_judged() {
        let trips = [
            costed(Some("79228162514264337593543950335"), Some("0"), None, None),
            costed(Some("1"), Some("0"), None, None),
        ];
        let printed = PrintedTotals { travel_and_accommodation: Some(d("1")), ..PrintedTotals::default() };
        assert!(mismatch_messages(&trips, &printed).is_empty());
    }
}

#[cfg(test)]
mod overflow_tests {
    use super::*;

    #[test]
    fn absurd_figures_do_not_overflow() {
        let huge = Decimal::MAX;
        let tiny = Decimal::new(1, 28);
        assert_eq!(median(&[huge, huge]), Some(huge));
        assert_eq!(median(&[Decimal::ONE, Decimal::TWO]), Some(Decimal::new(15, 1)));
        assert!(median(&[]).is_none());
        let trip = |t: Decimal, c: Decimal| {
            let mut t0 = tests_support::trip();
            t0.co2.emissions_tonnes = Some(t);
            t0.co2.compensation_eur = Some(c);
            t0
        };
        let mut trips = vec![trip(tiny, huge), trip(huge, tiny), trip(Decimal::ONE, huge), trip(huge, huge)];
        validate(&mut trips, 2024);
        // No panic, and the absurd ones are flagged.
        assert!(trips[1].warnings.iter().any(|w| w.code == "co2_compensation_ratio"), "{:?}", trips[1].warnings);
    }

    mod tests_support {
        use crate::model::{Co2, Costs, Transport, TransportMode, Trip};

        pub fn trip() -> Trip {
            Trip {
                id: "x".into(),
                title: String::new(),
                destination: String::new(),
                places: vec![],
                countries: vec![],
                officials: vec![],
                purpose: String::new(),
                date_text: String::new(),
                start_date: None,
                end_date: None,
                days: None,
                costs: Costs { travel_and_accommodation: None, other: None, total: None },
                transport: Transport { text: "Vliegtuig".into(), modes: vec![TransportMode::Plane] },
                co2: Co2 { emissions_tonnes: None, compensation_eur: None },
                table_cells: vec![],
                description: String::new(),
                pages: vec![1],
                warnings: vec![],
                provenance: None,
            }
        }
    }
}
