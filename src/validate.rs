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
                Some(m) if ratios.len() >= 3 => {
                    // Checked: hostile figures may not fit a Decimal once multiplied.
                    let factor = Decimal::from(RATIO_FACTOR);
                    r.checked_mul(factor).is_some_and(|x| x < m) || m.checked_mul(factor).is_some_and(|x| r > x)
                }
                _ => r < Decimal::from(PLAUSIBLE_EUR_PER_TONNE.0) || r > Decimal::from(PLAUSIBLE_EUR_PER_TONNE.1),
            };
            if off {
                let reference =
                    median.map(|m| format!("the report's median of € {} per tonne", m.round_dp(2))).unwrap_or_default();
                found.push(Warning::new(
                    "co2_compensation_ratio",
                    format!(
                        "CO₂ compensation of € {} for {} tonnes is € {} per tonne, far from {}; one of the two figures is likely wrong in the source",
                        trip.co2.compensation_eur.unwrap_or_default(),
                        trip.co2.emissions_tonnes.unwrap_or_default(),
                        r.round_dp(2),
                        if reference.is_empty() { "a plausible price".to_string() } else { reference }
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
