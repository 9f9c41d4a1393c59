//! Date lines such as `23 t/m 24 januari 2024`, read as inclusive [`NaiveDate`] ranges.
//!
//! Accepted shapes (case-insensitive, any white space, an optional weekday before any day,
//! optionally followed by a comma):
//!
//! * one day: `24 januari 2024`, `maandag 3 mei 2023`
//! * a range: `23 t/m 24 januari 2024`, `3 tot en met 5 mei 2023`, `3-5 mei 2023`,
//!   `3 – 5 mei 2023`, `27 januari t/m 3 februari 2024`,
//!   `30 december 2023 t/m 2 januari 2024`
//! * a list, read as its first to its last day: `12 en 13 oktober 2023`,
//!   `12, 13 en 14 oktober 2023`. A list with gaps (`12 en 14 oktober`) still gives 12–14:
//!   the return type is a range, so the gap cannot be expressed.
//!
//! Months may be written in full or abbreviated, with or without a dot (`jan.`, `feb`,
//! `sept.`, `okt.`, `mrt`).
//!
//! Missing parts are taken from the right, as Dutch writes them: in `27 januari t/m
//! 3 februari 2024` the start takes its year from the end. When the start is in December, the
//! next day in January and the start has no year of its own (`30 december t/m 2 januari
//! 2024`), the trip crosses New Year and the start is in the year before; any other start
//! month after the end month (`3 juni t/m 5 mei 2023`) is an error, not a trip of eleven
//! months. If no year is printed at all, `default_year` is used for the last day; a line
//! that would then need to cross New Year is rejected, because the report year could be
//! either the start's or the end's.
//!
//! **Interpretation:** weekdays are accepted and ignored, not checked against the date
//! (`maandag 3 mei 2023` reads as 3 May 2023 although that was a Wednesday), because the
//! day number is what the report's totals are based on.
//!
//! Everything else is rejected: other words, numeric dates (`3-5-2023`), a range whose
//! start is after its end, a list not in increasing order, impossible dates (`31 februari`).

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// Why a date line could not be read. Keeps the text as it was given.
///
/// ```
/// use ambtsreizen::report::dates::parse_date_range;
///
/// let err = parse_date_range("31 februari 2024", None).unwrap_err();
/// assert_eq!(err.text, "31 februari 2024");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read {text:?} as a date or date range")]
pub struct DateError {
    /// The line exactly as it was given.
    pub text: String,
}

/// Reads a printed date line as an inclusive `(first day, last day)` range.
///
/// `default_year` is used when the line prints no year; without it such a line is an
/// error. See the [module documentation](self) for the accepted shapes.
///
/// ```
/// use ambtsreizen::report::dates::parse_date_range;
/// use chrono::NaiveDate;
///
/// let (start, end) = parse_date_range("30 september t/m 2 oktober 2024", None).unwrap();
/// assert_eq!(start, NaiveDate::from_ymd_opt(2024, 9, 30).unwrap());
/// assert_eq!(end, NaiveDate::from_ymd_opt(2024, 10, 2).unwrap());
///
/// let (start, end) = parse_date_range("ma 3 mei", Some(2023)).unwrap();
/// assert_eq!((start, end), (NaiveDate::from_ymd_opt(2023, 5, 3).unwrap(), start));
///
/// assert!(parse_date_range("3 mei", None).is_err());
/// ```
pub fn parse_date_range(text: &str, default_year: Option<i32>) -> Result<(NaiveDate, NaiveDate), DateError> {
    let err = || DateError { text: text.to_string() };
    let line = structure(text).ok_or_else(err)?;
    let dates = resolve(&line.points, default_year).ok_or_else(err)?;
    let ordered = match line.shape {
        Shape::Single => true,
        Shape::Range => dates.windows(2).all(|w| w[0] <= w[1]),
        // A list names distinct days, so they must strictly increase.
        Shape::List => dates.windows(2).all(|w| w[0] < w[1]),
    };
    match (dates.first(), dates.last()) {
        (Some(&first), Some(&last)) if ordered => Ok((first, last)),
        _ => Err(err()),
    }
}

/// Whether a line reads as a date line: only date words, in one of the accepted shapes.
///
/// This checks the shape, not the calendar: `31 februari 2024` and a line without a year
/// are date lines (so that a caller can report them as unreadable dates rather than miss
/// them), while `Werkbezoek Brussel` is not.
///
/// ```
/// use ambtsreizen::report::dates::is_date_line;
///
/// assert!(is_date_line("23 t/m 24 januari 2024"));
/// assert!(is_date_line("31 februari 2024"));
/// assert!(!is_date_line("Werkbezoek Brussel door wethouder Zeegers"));
/// assert!(!is_date_line("Reis- en verblijfkosten € 385,-"));
/// ```
pub fn is_date_line(text: &str) -> bool {
    structure(text).is_some()
}

/// Inclusive number of days from `start` to `end`: the same day gives 1.
///
/// An `end` before `start` gives 0 (there is no such trip) rather than panicking or
/// wrapping around.
///
/// ```
/// use ambtsreizen::report::dates::days_inclusive;
/// use chrono::NaiveDate;
///
/// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
/// assert_eq!(days_inclusive(d(1, 27), d(2, 3)), 8);
/// assert_eq!(days_inclusive(d(1, 24), d(1, 24)), 1);
/// assert_eq!(days_inclusive(d(1, 24), d(1, 23)), 0);
/// ```
pub fn days_inclusive(start: NaiveDate, end: NaiveDate) -> u32 {
    let between = end.signed_duration_since(start).num_days();
    if between < 0 {
        0
    } else {
        // The whole chrono range is about 190 million days, so this always fits.
        u32::try_from(between + 1).unwrap_or(u32::MAX)
    }
}

/// A word of a date line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Day(u32),
    Month(u32),
    Year(i32),
    Weekday,
    /// `t/m`, `tot en met`, `-`, `–`, `—`.
    Through,
    Comma,
    And,
}

/// A day as printed, with what the line left out still missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Point {
    day: u32,
    month: Option<u32>,
    year: Option<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Single,
    Range,
    List,
}

#[derive(Debug)]
struct Line {
    points: Vec<Point>,
    shape: Shape,
}

/// `t/m` in any spacing (`t / m`, `3t/m5`) and `tot en met` written out.
static THROUGH: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"t\s*/\s*m\.?|\btot\s+en\s+met\b"));

/// Splits a line into date words; `None` as soon as one word is not a date word.
fn tokenize(text: &str) -> Option<Vec<Token>> {
    let mut spaced = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            // Separators that may stand against the numbers (`3-5 mei`, `12,13`).
            '-' | '–' | '—' | ',' => {
                spaced.push(' ');
                spaced.push(c);
                spaced.push(' ');
            }
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            c if c.is_whitespace() => spaced.push(' '),
            c => spaced.extend(c.to_lowercase()),
        }
    }
    let spaced = THROUGH.replace_all(&spaced, " t/m ");
    // A trailing full stop ends the sentence; it is not part of the date.
    let spaced = spaced.trim_end().trim_end_matches('.');
    spaced.split_whitespace().map(word_token).collect()
}

fn word_token(word: &str) -> Option<Token> {
    match word {
        "t/m" | "-" | "–" | "—" => return Some(Token::Through),
        "," => return Some(Token::Comma),
        "en" => return Some(Token::And),
        _ => {}
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return match word.len() {
            1 | 2 => word.parse().ok().map(Token::Day),
            4 => word.parse().ok().map(Token::Year),
            _ => None,
        };
    }
    // Abbreviations may end in a dot (`jan.`, `ma.`).
    let bare = word.strip_suffix('.').unwrap_or(word);
    if let Some(month) = month_number(bare) {
        return Some(Token::Month(month));
    }
    is_weekday(bare).then_some(Token::Weekday)
}

fn month_number(word: &str) -> Option<u32> {
    let month = match word {
        "januari" | "jan" => 1,
        "februari" | "feb" | "febr" => 2,
        "maart" | "mrt" | "maa" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "augustus" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(month)
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "maandag"
            | "ma"
            | "dinsdag"
            | "di"
            | "woensdag"
            | "wo"
            | "donderdag"
            | "do"
            | "vrijdag"
            | "vr"
            | "zaterdag"
            | "za"
            | "zondag"
            | "zo"
    )
}

/// The days of a line and how they are joined, without any calendar check.
fn structure(text: &str) -> Option<Line> {
    let tokens = tokenize(text)?;
    let mut points = Vec::new();
    let mut separators = Vec::new();
    let mut rest = tokens.as_slice();
    loop {
        // [weekday [,]] day [month [year]]
        if let [Token::Weekday, after @ ..] = rest {
            rest = after;
            if let [Token::Comma, after @ ..] = rest {
                rest = after;
            }
        }
        let [Token::Day(day), after @ ..] = rest else {
            return None;
        };
        rest = after;
        let mut point = Point { day: *day, month: None, year: None };
        if let [Token::Month(month), after @ ..] = rest {
            point.month = Some(*month);
            rest = after;
            if let [Token::Year(year), after @ ..] = rest {
                point.year = Some(*year);
                rest = after;
            }
        }
        points.push(point);
        match rest {
            [] => break,
            [separator @ (Token::Through | Token::Comma | Token::And), after @ ..] => {
                separators.push(*separator);
                rest = after;
            }
            _ => return None,
        }
    }
    let shape = match separators.as_slice() {
        [] => Shape::Single,
        [Token::Through] => Shape::Range,
        [commas @ .., Token::And] if commas.iter().all(|t| *t == Token::Comma) => Shape::List,
        _ => return None,
    };
    let last = points.last()?;
    // The last day must name its month; a year printed earlier must be printed last too,
    // otherwise `3 mei 2023 t/m 5 juni` would silently take the default year.
    if last.month.is_none() || (last.year.is_none() && points.iter().any(|p| p.year.is_some())) {
        return None;
    }
    Some(Line { points, shape })
}

/// Fills in missing months and years from the right and makes calendar dates.
fn resolve(points: &[Point], default_year: Option<i32>) -> Option<Vec<NaiveDate>> {
    let mut dates: Vec<NaiveDate> = Vec::with_capacity(points.len());
    let mut year_is_default = false;
    for point in points.iter().rev() {
        let date = match (dates.last(), point.month, point.year) {
            (_, Some(month), Some(year)) => NaiveDate::from_ymd_opt(year, month, point.day)?,
            (None, Some(month), None) => {
                year_is_default = true;
                NaiveDate::from_ymd_opt(default_year?, month, point.day)?
            }
            (Some(next), Some(month), None) => {
                // December before January means the line crosses New Year. Any other
                // later month (`3 juni t/m 5 mei`) is far more likely a typo than a trip
                // of most of a year, so it keeps the year and fails the order check.
                let year = if month == 12 && next.month() == 1 {
                    if year_is_default {
                        return None;
                    }
                    next.year().checked_sub(1)?
                } else {
                    next.year()
                };
                NaiveDate::from_ymd_opt(year, month, point.day)?
            }
            (Some(next), None, _) => NaiveDate::from_ymd_opt(next.year(), next.month(), point.day)?,
            // `structure` guarantees the last day has a month.
            (None, None, _) => return None,
        };
        dates.push(date);
    }
    dates.reverse();
    Some(dates)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn range(text: &str) -> (NaiveDate, NaiveDate) {
        match parse_date_range(text, None) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn single_day() {
        assert_eq!(range("24 januari 2024"), (d(2024, 1, 24), d(2024, 1, 24)));
        assert_eq!(range("19 april 2024"), (d(2024, 4, 19), d(2024, 4, 19)));
    }

    #[test]
    fn range_within_a_month() {
        assert_eq!(range("23 t/m 24 januari 2024"), (d(2024, 1, 23), d(2024, 1, 24)));
        assert_eq!(range("3 t/m 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
        assert_eq!(range("1 t/m 7 juli 2024 "), (d(2024, 7, 1), d(2024, 7, 7)));
        assert_eq!(range("3 t / m 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
        assert_eq!(range("3t/m5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
    }

    #[test]
    fn tot_en_met_written_out() {
        assert_eq!(range("3 tot en met 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
        assert_eq!(range("3 Tot En Met 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
    }

    #[test]
    fn dash_ranges() {
        assert_eq!(range("3-5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
        assert_eq!(range("3 – 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
        assert_eq!(range("3 — 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
        assert_eq!(range("3 - 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
    }

    #[test]
    fn range_across_months() {
        assert_eq!(range("27 januari t/m 3 februari 2024"), (d(2024, 1, 27), d(2024, 2, 3)));
        assert_eq!(range("30 september t/m 2 oktober 2024"), (d(2024, 9, 30), d(2024, 10, 2)));
        assert_eq!(range("31 mei t/m 9 juni 2024"), (d(2024, 5, 31), d(2024, 6, 9)));
    }

    #[test]
    fn range_across_years() {
        assert_eq!(range("30 december 2023 t/m 2 januari 2024"), (d(2023, 12, 30), d(2024, 1, 2)));
        // The start has no year of its own: it is the year before the end's.
        assert_eq!(range("30 december t/m 2 januari 2024"), (d(2023, 12, 30), d(2024, 1, 2)));
    }

    #[test]
    fn year_crossing_with_only_a_default_year_is_ambiguous() {
        assert!(parse_date_range("30 december t/m 2 januari", Some(2024)).is_err());
        assert!(is_date_line("30 december t/m 2 januari"));
    }

    #[test]
    fn lists_give_first_and_last() {
        assert_eq!(range("12 en 13 oktober 2023"), (d(2023, 10, 12), d(2023, 10, 13)));
        assert_eq!(range("12, 13 en 14 oktober 2023"), (d(2023, 10, 12), d(2023, 10, 14)));
        assert_eq!(range("12,13 en 14 oktober 2023"), (d(2023, 10, 12), d(2023, 10, 14)));
        assert_eq!(range("30 september en 1 oktober 2023"), (d(2023, 9, 30), d(2023, 10, 1)));
        // A gap cannot be expressed in a range; documented.
        assert_eq!(range("12 en 14 oktober 2023"), (d(2023, 10, 12), d(2023, 10, 14)));
    }

    #[test]
    fn abbreviated_and_capitalised_months() {
        assert_eq!(range("3 jan. 2024"), (d(2024, 1, 3), d(2024, 1, 3)));
        assert_eq!(range("3 feb 2024"), (d(2024, 2, 3), d(2024, 2, 3)));
        assert_eq!(range("3 mrt. 2024"), (d(2024, 3, 3), d(2024, 3, 3)));
        assert_eq!(range("3 t/m 5 sept. 2024"), (d(2024, 9, 3), d(2024, 9, 5)));
        assert_eq!(range("3 sep 2024"), (d(2024, 9, 3), d(2024, 9, 3)));
        assert_eq!(range("30 sept. t/m 2 okt. 2024"), (d(2024, 9, 30), d(2024, 10, 2)));
        assert_eq!(range("1 nov 2024"), (d(2024, 11, 1), d(2024, 11, 1)));
        assert_eq!(range("1 dec. 2024"), (d(2024, 12, 1), d(2024, 12, 1)));
        assert_eq!(range("24 Januari 2024"), (d(2024, 1, 24), d(2024, 1, 24)));
        assert_eq!(range("24 JANUARI 2024"), (d(2024, 1, 24), d(2024, 1, 24)));
        assert_eq!(range("5 Aug 2024"), (d(2024, 8, 5), d(2024, 8, 5)));
    }

    #[test]
    fn weekday_prefix_is_accepted_and_not_checked() {
        assert_eq!(range("maandag 3 mei 2023"), (d(2023, 5, 3), d(2023, 5, 3)));
        assert_eq!(range("Woensdag 3 mei 2023"), (d(2023, 5, 3), d(2023, 5, 3)));
        assert_eq!(range("woensdag, 3 mei 2023"), (d(2023, 5, 3), d(2023, 5, 3)));
        assert_eq!(range("wo. 3 t/m vr. 5 mei 2023"), (d(2023, 5, 3), d(2023, 5, 5)));
        assert_eq!(parse_date_range("ma 3 mei", Some(2023)), Ok((d(2023, 5, 3), d(2023, 5, 3))));
    }

    #[test]
    fn missing_year_uses_default_or_fails() {
        assert_eq!(parse_date_range("23 t/m 24 januari", Some(2024)), Ok((d(2024, 1, 23), d(2024, 1, 24))));
        assert_eq!(parse_date_range("27 januari t/m 3 februari", Some(2024)), Ok((d(2024, 1, 27), d(2024, 2, 3))));
        assert_eq!(parse_date_range("3 mei", None), Err(DateError { text: "3 mei".into() }));
        // A printed year wins over the default.
        assert_eq!(parse_date_range("3 mei 2023", Some(2024)), Ok((d(2023, 5, 3), d(2023, 5, 3))));
    }

    #[test]
    fn odd_spacing() {
        assert_eq!(range("\u{00A0}23\u{00A0}t/m\u{202F}24  januari\t2024\n"), (d(2024, 1, 23), d(2024, 1, 24)));
        assert_eq!(range("24 januari 2024."), (d(2024, 1, 24), d(2024, 1, 24)));
    }

    #[test]
    fn invalid_calendar_dates_are_errors() {
        for text in ["31 februari 2024", "29 februari 2023", "31 april 2024", "0 mei 2024", "32 mei 2024"] {
            assert_eq!(parse_date_range(text, None), Err(DateError { text: text.into() }), "{text}");
        }
        assert_eq!(range("29 februari 2024"), (d(2024, 2, 29), d(2024, 2, 29)));
    }

    #[test]
    fn start_after_end_is_an_error() {
        assert!(parse_date_range("5 t/m 3 mei 2023", None).is_err());
        assert!(parse_date_range("3 juni t/m 5 mei 2023", Some(2023)).is_err());
        assert!(parse_date_range("3 november t/m 5 januari 2024", None).is_err());
        assert!(parse_date_range("2 januari 2024 t/m 30 december 2023", None).is_err());
        assert!(parse_date_range("13 en 12 oktober 2023", None).is_err());
        assert!(parse_date_range("12 en 12 oktober 2023", None).is_err());
        // The same day as start and end is a one-day range.
        assert_eq!(range("3 t/m 3 mei 2023"), (d(2023, 5, 3), d(2023, 5, 3)));
    }

    #[test]
    fn not_date_lines() {
        for text in [
            "",
            "Werkbezoek Brussel door wethouder Zeegers",
            "Reis- en verblijfkosten",
            "3-5-2023",
            "mei 2023",
            "3 2023",
            "3 t/m",
            "3 tot 5 mei 2023",
            "3 t/m 5 en 7 mei 2023",
            "3, 4 mei 2023",
            "3 t/m 5 t/m 7 mei 2023",
            "3 mei 2023 t/m 5 juni",
            "123 mei 2023",
            "3 mei 23",
            "Datum: 3 mei 2023",
            "3 mei 2023 (onder voorbehoud)",
        ] {
            assert!(!is_date_line(text), "{text:?}");
            assert!(parse_date_range(text, Some(2023)).is_err(), "{text:?}");
        }
    }

    #[test]
    fn date_lines() {
        for text in
            ["24 januari 2024", "23 t/m 24 januari 2024", "12, 13 en 14 oktober 2023", "ma 3 mei", "31 februari 2024"]
        {
            assert!(is_date_line(text), "{text:?}");
        }
    }

    #[test]
    fn days_inclusive_counts_both_ends() {
        assert_eq!(days_inclusive(d(2024, 1, 23), d(2024, 1, 24)), 2);
        assert_eq!(days_inclusive(d(2024, 1, 24), d(2024, 1, 24)), 1);
        assert_eq!(days_inclusive(d(2023, 12, 30), d(2024, 1, 2)), 4);
        assert_eq!(days_inclusive(d(2024, 2, 28), d(2024, 3, 1)), 3);
        assert_eq!(days_inclusive(d(2024, 1, 24), d(2024, 1, 23)), 0);
        assert_eq!(days_inclusive(NaiveDate::MAX, NaiveDate::MIN), 0);
        assert!(days_inclusive(NaiveDate::MIN, NaiveDate::MAX) > 100_000_000);
    }

    #[test]
    fn never_panics_on_extremes() {
        assert!(parse_date_range("1 januari 9999", None).is_ok());
        assert!(parse_date_range("1 januari", Some(i32::MAX)).is_err());
        assert!(parse_date_range("31 december t/m 1 januari 0000", None).is_ok());
        assert!(parse_date_range("99 mei 2024", None).is_err());
    }
}

/// The date part of a date line that may carry a label (`Datum: 3 mei 2023`,
/// `Periode: 3 t/m 5 mei`); the line itself is kept as printed elsewhere.
pub fn without_label(text: &str) -> &str {
    super::lexicon::without_label(text, super::lexicon::date_labels())
}

/// [`is_date_line`] for a line that may carry a label.
pub fn is_labelled_date_line(text: &str) -> bool {
    is_date_line(without_label(text))
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn labels_before_the_date() {
        assert_eq!(without_label("Datum: 3 mei 2023"), "3 mei 2023");
        assert_eq!(without_label("Periode : 3 t/m 5 mei 2023"), "3 t/m 5 mei 2023");
        assert_eq!(without_label("Doel: kennis"), "Doel: kennis");
        assert!(is_labelled_date_line("Datum: 12 en 13 oktober 2023"));
        assert!(!is_labelled_date_line("Doel: 12 en 13 oktober 2023"));
    }
}
