//! What changed between two editions of a report: trips added, removed and changed.
//!
//! Trips are paired on what they are (start date, destination, officials), never on their
//! ids: an id shifts for every trip after an inserted one. A pair is compared on what the
//! trip is (dates, places, officials, purpose, costs, transport, CO₂, description), never
//! on where it stands (pages, provenance, file), so two designs of the same data are the
//! same and a corrected amount shows as one changed field.
//!
//! ```
//! # let report = ambtsreizen::extract_path("fixtures/2024/buitenlandse-ambtsreizen-2024.pdf")?;
//! let diff = ambtsreizen::diff::diff(&report.trips, &report.trips);
//! assert!(diff.is_empty());
//! # Ok::<(), ambtsreizen::Error>(())
//! ```

use std::collections::BTreeSet;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use crate::model::Trip;

/// A start date at most this many days off still counts as close when pairing trips
/// whose key did not match exactly: a corrected date is usually a slip of days, while
/// the same destination and officials a year later are another trip.
const CLOSE_DAYS: i64 = 31;

/// The differences between an old and a new edition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// Trips only in the new edition, in its reading order.
    pub added: Vec<Trip>,
    /// Trips only in the old edition, in its reading order.
    pub removed: Vec<Trip>,
    /// Paired trips whose fields differ, in the new edition's reading order.
    pub changed: Vec<Changed>,
}

impl Diff {
    /// True when the editions hold the same trips with the same values.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A trip in both editions whose values differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    /// The trip's id in the old edition.
    pub old_id: String,
    /// The trip's id in the new edition.
    pub new_id: String,
    /// The new edition's title (or the old one's, or destination and officials, when the
    /// edition prints none, as an overview table does not).
    pub title: String,
    /// The fields that differ, in the order of [`FIELDS`].
    pub fields: Vec<FieldChange>,
}

/// One field's old and new value, as they stand in the JSON record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field's path in the JSON record (`costs.total`, `co2.emissions_tonnes`).
    pub field: &'static str,
    /// Value in the old edition.
    pub old: Value,
    /// Value in the new edition.
    pub new: Value,
}

/// The compared fields, by their path in the JSON record, in output order.
pub const FIELDS: &[&str] = &[
    "start_date",
    "end_date",
    "date_text",
    "destination",
    "places",
    "countries",
    "officials",
    "purpose",
    "costs.travel_and_accommodation",
    "costs.other",
    "costs.total",
    "transport.text",
    "transport.modes",
    "co2.emissions_tonnes",
    "co2.compensation_eur",
    "description",
];

/// Compares the trips of an old and a new edition.
pub fn diff(old: &[Trip], new: &[Trip]) -> Diff {
    let pairs = pair(old, new);
    let mut paired_old = vec![false; old.len()];
    let mut paired_new: Vec<Option<usize>> = vec![None; new.len()];
    for &(o, n) in &pairs {
        paired_old[o] = true;
        paired_new[n] = Some(o);
    }
    let changed = paired_new
        .iter()
        .enumerate()
        .filter_map(|(n, o)| o.map(|o| (&old[o], &new[n])))
        .filter_map(|(o, n)| {
            let fields = compare(o, n);
            (!fields.is_empty()).then(|| Changed {
                old_id: o.id.clone(),
                new_id: n.id.clone(),
                title: title_of(n, o),
                fields,
            })
        })
        .collect();
    Diff {
        added: new.iter().zip(&paired_new).filter(|(_, p)| p.is_none()).map(|(t, _)| t.clone()).collect(),
        removed: old.iter().zip(&paired_old).filter(|(_, p)| !**p).map(|(t, _)| t.clone()).collect(),
        changed,
    }
}

/// Pairs old and new trips: equal keys first (in reading order, so repeated keys pair
/// up in turn), then the best partial matches among the rest.
fn pair(old: &[Trip], new: &[Trip]) -> Vec<(usize, usize)> {
    let old_keys: Vec<Key> = old.iter().map(Key::of).collect();
    let new_keys: Vec<Key> = new.iter().map(Key::of).collect();
    let mut old_free = vec![true; old.len()];
    let mut new_free = vec![true; new.len()];
    let mut pairs = Vec::new();
    for (n, nk) in new_keys.iter().enumerate() {
        if let Some(o) = (0..old.len()).find(|&o| old_free[o] && old_keys[o] == *nk) {
            old_free[o] = false;
            new_free[n] = false;
            pairs.push((o, n));
        }
    }
    // Best partial matches first; ties go to reading order, so the result is stable.
    let mut candidates: Vec<(u32, usize, usize)> = Vec::new();
    for (o, ok) in old_keys.iter().enumerate().filter(|(o, _)| old_free[*o]) {
        for (n, nk) in new_keys.iter().enumerate().filter(|(n, _)| new_free[*n]) {
            if let Some(score) = partial_score(ok, nk, &old[o], &new[n]) {
                candidates.push((score, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)).then(a.1.cmp(&b.1)));
    for (_, o, n) in candidates {
        if old_free[o] && new_free[n] {
            old_free[o] = false;
            new_free[n] = false;
            pairs.push((o, n));
        }
    }
    pairs
}

/// What a trip is, for pairing: start date, destination and officials, normalised so that
/// spacing, case and the order of the officials do not matter.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    start: Option<NaiveDate>,
    destination: String,
    officials: BTreeSet<String>,
}

impl Key {
    fn of(trip: &Trip) -> Key {
        Key {
            start: trip.start_date,
            destination: normalise(&trip.destination),
            officials: trip.officials.iter().map(|o| normalise(&o.to_string())).collect(),
        }
    }
}

/// How well two trips with different keys match, or `None` when they are not the same
/// trip: the start dates must be close (within [`CLOSE_DAYS`], or unknown on one side)
/// and the destination or the officials must agree (or nearly: a shared country or place,
/// a shared official). A trip to the same place by the same official a year later is
/// another trip, not a corrected one.
fn partial_score(ok: &Key, nk: &Key, o: &Trip, n: &Trip) -> Option<u32> {
    let date = match (ok.start, nk.start) {
        (Some(a), Some(b)) if a == b => 4,
        (Some(a), Some(b)) if (a - b).num_days().abs() <= CLOSE_DAYS => 2,
        (Some(_), Some(_)) => 0,
        (None, None) if o.date_text == n.date_text => 4,
        _ => 1,
    };
    let destination = if ok.destination == nk.destination {
        4
    } else if o.countries.iter().any(|c| n.countries.contains(c)) || o.places.iter().any(|p| n.places.contains(p)) {
        2
    } else {
        0
    };
    let officials = if ok.officials == nk.officials {
        4
    } else if ok.officials.intersection(&nk.officials).next().is_some() {
        2
    } else {
        0
    };
    if date == 0 || (destination == 0 && officials == 0) {
        return None;
    }
    // Same figures make a pair likelier among several candidates.
    let same = |a: bool| u32::from(a);
    let extra = same(o.end_date == n.end_date)
        + same(o.costs.total.is_some() && o.costs.total == n.costs.total)
        + same(o.co2 == n.co2)
        + same(normalise(&o.purpose) == normalise(&n.purpose));
    Some((date + destination + officials) * 10 + extra)
}

/// Lower case with whitespace collapsed.
fn normalise(s: &str) -> String {
    collapse(s).to_lowercase()
}

/// Whitespace collapsed to single spaces: two designs wrap and space the same text
/// differently.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The differing fields of a paired trip.
fn compare(old: &Trip, new: &Trip) -> Vec<FieldChange> {
    FIELDS
        .iter()
        .filter_map(|&field| {
            let (a, b) = (value(old, field), value(new, field));
            // The printed date line only matters when neither edition's dates could be
            // read; otherwise `7 mei` and `07-05` are the same date.
            let undated = old.start_date.is_none() && new.start_date.is_none();
            if field == "date_text" && !undated {
                return None;
            }
            (!same(&a, &b)).then_some(FieldChange { field, old: a, new: b })
        })
        .collect()
}

/// Equality of two field values: numbers by value (`7040` equals `7040.00`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            match (Decimal::from_str(&x.to_string()), Decimal::from_str(&y.to_string())) {
                (Ok(x), Ok(y)) => x == y,
                _ => x == y,
            }
        }
        _ => a == b,
    }
}

/// A field's value as it stands in the JSON record (texts whitespace-collapsed).
fn value(trip: &Trip, field: &str) -> Value {
    let text = |s: &str| Value::String(collapse(s));
    let list = |v: Vec<String>| Value::Array(v.into_iter().map(Value::String).collect());
    let date = |d: Option<NaiveDate>| d.map(|d| Value::String(d.to_string())).unwrap_or(Value::Null);
    match field {
        "start_date" => date(trip.start_date),
        "end_date" => date(trip.end_date),
        "date_text" => text(&trip.date_text),
        "destination" => text(&trip.destination),
        "places" => list(trip.places.clone()),
        "countries" => list(trip.countries.clone()),
        "officials" => list(trip.officials.iter().map(ToString::to_string).collect()),
        "purpose" => text(&trip.purpose),
        "costs.travel_and_accommodation" => number(trip.costs.travel_and_accommodation),
        "costs.other" => number(trip.costs.other),
        "costs.total" => number(trip.costs.total),
        "transport.text" => text(&trip.transport.text),
        "transport.modes" => list(trip.transport.modes.iter().map(|m| m.as_str().to_string()).collect()),
        "co2.emissions_tonnes" => number(trip.co2.emissions_tonnes),
        "co2.compensation_eur" => number(trip.co2.compensation_eur),
        "description" => text(&trip.description),
        _ => Value::Null,
    }
}

/// An exact JSON number with the printed precision (`326.64`, `111.70`), as in the records.
fn number(d: Option<Decimal>) -> Value {
    d.and_then(|d| serde_json::Number::from_str(&d.to_string()).ok()).map(Value::Number).unwrap_or(Value::Null)
}

fn title_of(new: &Trip, old: &Trip) -> String {
    [new, old].iter().map(|t| t.title.trim()).find(|t| !t.is_empty()).map(str::to_string).unwrap_or_else(|| {
        let officials: Vec<String> = new.officials.iter().map(ToString::to_string).collect();
        format!("{} ({})", new.destination, officials.join(", "))
    })
}

/// The differences as text for people: a summary line, then the changed trips with
/// `old → new` per field, the added and the removed trips.
pub fn render_table(diff: &Diff, old_name: &str, new_name: &str) -> String {
    let mut out = format!(
        "{old_name} → {new_name}: {}\n",
        if diff.is_empty() {
            "no differences".to_string()
        } else {
            format!("{} changed, {} added, {} removed", diff.changed.len(), diff.added.len(), diff.removed.len())
        }
    );
    for c in &diff.changed {
        let ids = if c.old_id == c.new_id { c.new_id.clone() } else { format!("{} → {}", c.old_id, c.new_id) };
        out.push_str(&format!("\nchanged  {ids}  {}\n", c.title));
        for f in &c.fields {
            let (old, new) = if f.field == "description" {
                excerpts(&show(&f.old), &show(&f.new))
            } else {
                (show(&f.old), show(&f.new))
            };
            out.push_str(&format!("  {}: {old} → {new}\n", f.field));
        }
    }
    for (label, trips) in [("added", &diff.added), ("removed", &diff.removed)] {
        for t in trips {
            let date = t.start_date.map(|d| d.to_string()).unwrap_or_else(|| t.date_text.clone());
            let total = t.costs.total.map(|d| format!("€ {d}")).unwrap_or_else(|| "€ ?".to_string());
            let title = title_of(t, t);
            out.push_str(&format!("\n{label:<8} {}  {title}  ({date}, {total})\n", t.id));
        }
    }
    out
}

/// A value as people read it: text without quotes, lists joined with `; `, null as `-`.
fn show(v: &Value) -> String {
    match v {
        Value::Null => "-".to_string(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(show).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// Around the first difference of two long texts: a long description would bury the
/// change in the table, so only its neighbourhood is shown (JSON keeps the whole text).
fn excerpts(old: &str, new: &str) -> (String, String) {
    const CONTEXT: usize = 30;
    let (a, b): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let common_end = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let cut = |v: &[char]| {
        let from = start.saturating_sub(CONTEXT);
        let to = v.len().saturating_sub(common_end).max(start).saturating_add(CONTEXT).min(v.len());
        let mut s: String = v[from..to].iter().collect();
        if from > 0 {
            s.insert(0, '…');
        }
        if to < v.len() {
            s.push('…');
        }
        s
    };
    (cut(&a), cut(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Co2, Costs, Official, Role, Transport, TransportMode};

    fn d(s: &str) -> Option<Decimal> {
        Some(Decimal::from_str(s).expect("decimal"))
    }

    fn trip(id: &str, day: u32, destination: &str, official: &str) -> Trip {
        Trip {
            id: id.into(),
            title: format!("Werkbezoek {destination} door wethouder {official}"),
            destination: destination.into(),
            places: vec![destination.into()],
            countries: vec!["BE".into()],
            officials: vec![Official { role: Role::WETHOUDER, name: official.into(), former: false }],
            purpose: "Overleg".into(),
            date_text: format!("{day} mei 2023"),
            start_date: NaiveDate::from_ymd_opt(2023, 5, day),
            end_date: NaiveDate::from_ymd_opt(2023, 5, day),
            days: Some(1),
            costs: Costs { travel_and_accommodation: d("100"), other: d("0"), total: d("100") },
            transport: Transport { text: "Trein".into(), modes: vec![TransportMode::Train] },
            co2: Co2 { emissions_tonnes: None, compensation_eur: None },
            table_cells: vec!["€ 100,-".into()],
            description: "Een  bezoek.\n\nTweede alinea.".into(),
            pages: vec![2],
            warnings: vec![],
            provenance: None,
        }
    }

    fn fields(c: &Changed) -> Vec<(&str, String, String)> {
        c.fields.iter().map(|f| (f.field, f.old.to_string(), f.new.to_string())).collect()
    }

    #[test]
    fn the_same_trips_differ_in_nothing_even_with_other_pages_ids_and_spacing() {
        let old = vec![trip("2023-01", 3, "Brussel", "Kasmi"), trip("2023-02", 9, "Antwerpen", "Buijt")];
        let mut new = old.clone();
        new[0].pages = vec![5, 6];
        new[0].id = "2023-07".into();
        new[0].table_cells = vec!["€ 100,00".into()];
        new[0].description = "Een bezoek.\nTweede   alinea.".into();
        new[0].costs.total = d("100.00");
        new[1].warnings.push(crate::model::Warning::new("x", "y", None));
        let diff = diff(&old, &new);
        assert!(diff.is_empty(), "{diff:?}");
    }

    #[test]
    fn a_corrected_amount_is_one_changed_field_with_both_values() {
        let old = vec![trip("2023-01", 3, "Brussel", "Kasmi")];
        let mut new = old.clone();
        new[0].costs.travel_and_accommodation = d("150.50");
        new[0].costs.total = d("150.50");
        let diff = diff(&old, &new);
        assert!(diff.added.is_empty() && diff.removed.is_empty());
        assert_eq!(diff.changed.len(), 1);
        assert_eq!(
            fields(&diff.changed[0]),
            [
                ("costs.travel_and_accommodation", "100".into(), "150.50".into()),
                ("costs.total", "100".into(), "150.50".into()),
            ]
        );
    }

    #[test]
    fn a_corrected_date_still_pairs_the_trip() {
        let old = vec![trip("2023-01", 3, "Brussel", "Kasmi"), trip("2023-02", 20, "Brussel", "Buijt")];
        let mut new = old.clone();
        new[0].start_date = NaiveDate::from_ymd_opt(2023, 5, 4);
        let diff = diff(&old, &new);
        assert!(diff.added.is_empty() && diff.removed.is_empty(), "{diff:?}");
        assert_eq!(diff.changed.len(), 1);
        assert_eq!(diff.changed[0].old_id, "2023-01");
        assert_eq!(fields(&diff.changed[0]), [("start_date", "\"2023-05-03\"".into(), "\"2023-05-04\"".into())]);
    }

    #[test]
    fn an_inserted_trip_is_added_and_shifts_no_pairs() {
        let old = vec![trip("2023-01", 3, "Brussel", "Kasmi"), trip("2023-02", 9, "Antwerpen", "Buijt")];
        let mut new = vec![old[0].clone(), trip("2023-02", 5, "Gent", "Bonte"), old[1].clone()];
        new[2].id = "2023-03".into();
        let diff = diff(&old, &new);
        assert!(diff.changed.is_empty() && diff.removed.is_empty(), "{diff:?}");
        assert_eq!(diff.added.iter().map(|t| t.destination.as_str()).collect::<Vec<_>>(), ["Gent"]);
        let back = super::diff(&new, &old);
        assert!(back.changed.is_empty() && back.added.is_empty());
        assert_eq!(back.removed.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["2023-02"]);
    }

    #[test]
    fn a_trip_a_year_later_or_elsewhere_by_others_is_not_a_pair() {
        let old = vec![trip("2023-01", 3, "Brussel", "Kasmi")];
        let mut later = trip("2024-01", 3, "Brussel", "Kasmi");
        later.start_date = NaiveDate::from_ymd_opt(2024, 5, 3);
        later.end_date = later.start_date;
        let mut other = trip("2023-02", 3, "Gent", "Bonte");
        other.countries = vec!["NL".into()];
        let diff = diff(&old, &[later, other]);
        assert!(diff.changed.is_empty(), "{diff:?}");
        assert_eq!((diff.added.len(), diff.removed.len()), (2, 1));
    }

    #[test]
    fn a_date_read_in_only_one_edition_still_pairs_on_destination_and_officials() {
        let old = trip("2023-01", 3, "Brussel", "Kasmi");
        let mut new = old.clone();
        new.start_date = None;
        new.end_date = None;
        new.date_text = "3 mei 2O23".into();
        let got = diff(&[old], &[new]);
        assert!(got.added.is_empty() && got.removed.is_empty(), "{got:?}");
        let names: Vec<&str> = got.changed[0].fields.iter().map(|f| f.field).collect();
        assert_eq!(names, ["start_date", "end_date"]);
    }

    #[test]
    fn repeated_keys_pair_in_reading_order_and_the_closest_partial_wins() {
        let a = trip("2023-01", 3, "Brussel", "Kasmi");
        let mut b = a.clone();
        b.id = "2023-02".into();
        b.costs.total = d("200");
        let old = vec![a.clone(), b.clone()];
        assert!(diff(&old, &old).is_empty());
        // The new edition corrects the second one's destination: it pairs with the
        // candidate whose figures agree.
        let mut nb = b.clone();
        nb.destination = "Brussel-Zuid".into();
        let got = diff(&old, &[a, nb]);
        assert_eq!(got.changed.len(), 1);
        assert_eq!(got.changed[0].old_id, "2023-02");
        assert_eq!(got.changed[0].fields[0].field, "destination");
    }

    #[test]
    fn the_date_line_counts_only_when_no_dates_were_read() {
        let old = trip("2023-01", 3, "Brussel", "Kasmi");
        let mut new = old.clone();
        new.date_text = "03-05-2023".into();
        assert!(diff(std::slice::from_ref(&old), &[new.clone()]).is_empty());
        let (mut o, mut n) = (old, new);
        for t in [&mut o, &mut n] {
            t.start_date = None;
            t.end_date = None;
        }
        n.date_text = "3 mei 2O23".into();
        let got = diff(&[o], &[n]);
        assert_eq!(fields(&got.changed[0])[0].0, "date_text");
    }

    #[test]
    fn json_shape_and_table_text() {
        let old = vec![trip("2023-01", 3, "Brussel", "Kasmi"), trip("2023-02", 9, "Antwerpen", "Buijt")];
        let mut new = vec![old[0].clone()];
        new[0].co2.emissions_tonnes = d("0.10");
        let diff = diff(&old, &new);
        let json = serde_json::to_value(&diff).expect("serialises");
        let field = &json["changed"][0]["fields"][0];
        assert_eq!((field["field"].as_str(), field["old"].is_null()), (Some("co2.emissions_tonnes"), true));
        assert_eq!(json["changed"][0]["fields"][0]["new"].to_string(), "0.10");
        assert_eq!(json["removed"][0]["id"], "2023-02");
        assert_eq!(json["added"], serde_json::json!([]));
        let text = render_table(&diff, "a.pdf", "b.pdf");
        assert!(text.starts_with("a.pdf → b.pdf: 1 changed, 0 added, 1 removed\n"), "{text}");
        assert!(
            text.contains(
                "\nchanged  2023-01  Werkbezoek Brussel door wethouder Kasmi\n  co2.emissions_tonnes: - → 0.10\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("\nremoved  2023-02  Werkbezoek Antwerpen door wethouder Buijt  (2023-05-09, € 100)\n"),
            "{text}"
        );
        assert_eq!(render_table(&super::diff(&old, &old), "a", "a"), "a → a: no differences\n");
    }

    #[test]
    fn long_descriptions_show_only_the_neighbourhood_of_the_change() {
        let old = format!("{}Delft{}", "a".repeat(100), "b".repeat(100));
        let new = format!("{}Gouda{}", "a".repeat(100), "b".repeat(100));
        let (o, n) = excerpts(&old, &new);
        assert_eq!(o, format!("…{}Delft{}…", "a".repeat(30), "b".repeat(30)));
        assert_eq!(n, format!("…{}Gouda{}…", "a".repeat(30), "b".repeat(30)));
        assert_eq!(excerpts("kort", "korter"), ("kort".to_string(), "korter".to_string()));
    }

    #[test]
    fn a_trip_without_title_is_named_by_destination_and_officials() {
        let mut t = trip("2023-01", 3, "Brussel", "Kasmi");
        t.title = String::new();
        assert_eq!(title_of(&t, &t), "Brussel (wethouder Kasmi)");
    }
}
