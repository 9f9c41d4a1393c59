//! Date lines such as `23 t/m 24 januari 2024`, read as inclusive [`NaiveDate`] ranges.
//!
//! Accepted shapes (case-insensitive, any white space, an optional weekday before any day,
//! optionally followed by a comma):
//!
//! * one day: `24 januari 2024`, `maandag 3 mei 2023`
//! * a range: `23 t/m 24 januari 2024`, `3 tot en met 5 mei 2023`, `3-5 mei 2023`,
//!   `3 – 5 mei 2023`, `27 januari t/m 3 februari 2024`,
//!   `30 december 2023 t/m 2 januari 2024`
//! * a range opened by `van`: `van 2 tot en met 5 mei 2022`, `van 4 t/m 6 april 2022`,
//!   `van 20 juni tot en met 1 juli 2022` (a `van` without `t/m` or `tot en met` is no
//!   date line: `van 2 tot 5 mei` may or may not include the 5th)
//! * a list, read as its first to its last day: `12 en 13 oktober 2023`,
//!   `12, 13 en 14 oktober 2023`, `12 & 13 oktober 2023`, and days joined by slashes: `5/6 juli 2022`,
//!   `31 augustus/1 september 2022`. A list with gaps (`12 en 14 oktober`) still gives
//!   12–14: the return type is a range, so the gap cannot be expressed.
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
//! Everything else is rejected: other words, numeric dates (`3-5-2023`, `5/6/2022`), a range whose
//! start is after its end, a list not in increasing order, impossible dates (`31 februari`).

use chrono::{Datelike, NaiveDate};

use crate::scan;

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

/// Whether a date line lists days that are not consecutive (`12 en 14 oktober 2023`): its
/// range runs from the first to the last day, which then counts days not listed, so the
/// caller should say so. `false` for a line that does not read.
///
/// ```
/// use ambtsreizen::report::dates::lists_days_with_gaps;
///
/// assert!(lists_days_with_gaps("12 en 14 oktober 2023", None));
/// assert!(!lists_days_with_gaps("12 en 13 oktober 2023", None));
/// assert!(!lists_days_with_gaps("31 augustus/1 september 2023", None));
/// assert!(!lists_days_with_gaps("12 t/m 14 oktober 2023", None));
/// ```
pub fn lists_days_with_gaps(text: &str, default_year: Option<i32>) -> bool {
    let Some(line) = structure(text) else { return false };
    if line.shape != Shape::List {
        return false;
    }
    resolve(&line.points, default_year)
        .is_some_and(|dates| dates.windows(2).any(|w| w[0].succ_opt().is_some_and(|next| next < w[1])))
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
    // Every date has a day number: most lines have none, and are ruled out before any
    // tokenizing.
    text.bytes().any(|b| b.is_ascii_digit()) && structure(text).is_some()
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
    /// `/` between days (`5/6 juli`): a list like `en`.
    Slash,
    /// `van` opening a range.
    From,
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

/// `text` with each `t/m` standing apart: `t/m` in any spacing (`t / m`, `3t/m5`), also as
/// `t.m.` or `tm`, and `tot en met` written out, become ` t/m `. The `t` and `m` stand
/// apart from other letters, so that `okt/ma 8 nov` is a month and a weekday.
///
/// This is what replacing every match of
/// `(^|[^\p{L}])t\s*[/.]?\s*m\.?($|[^\p{L}])|\btot\s+en\s+met\b` by `${1} t/m ${2}` does.
fn mark_through(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let (mut copied, mut at) = (0, 0);
    while at < text.len() {
        if let Some((end, before, after)) = through_at(text, at) {
            out.push_str(&text[copied..at]);
            out.push_str(before);
            out.push_str(" t/m ");
            out.push_str(after);
            (copied, at) = (end, end);
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// A `t/m` match starting at byte `at`: where it ends, and the characters before and after
/// it that it takes along (a non-letter each, or nothing at the ends of the text).
fn through_at(text: &str, at: usize) -> Option<(usize, &str, &str)> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    let short = if at == 0 { through_short(text, 0).map(|(end, after)| (end, "", after)) } else { None };
    let short = short.or_else(|| {
        (!first.is_alphabetic())
            .then(|| through_short(text, at + first.len_utf8()))
            .flatten()
            .map(|(end, after)| (end, &rest[..first.len_utf8()], after))
    });
    short.or_else(|| {
        let apart = text[..at].chars().next_back().is_none_or(|c| !scan::is_word_char(c));
        let words = apart.then(|| rest.strip_prefix("tot")).flatten();
        let words = words.and_then(|r| Some(r.trim_start()).filter(|t| t.len() < r.len()));
        let words = words.and_then(|r| r.strip_prefix("en"));
        let words = words.and_then(|r| Some(r.trim_start()).filter(|t| t.len() < r.len()));
        let after = words.and_then(|r| r.strip_prefix("met"))?;
        after.chars().next().is_none_or(|c| !scan::is_word_char(c)).then_some((text.len() - after.len(), "", ""))
    })
}

/// The short form `t/m` (`t / m`, `t.m.`, `tm`) from its `t` at byte `at`: where the match
/// ends, and the non-letter after it that the match takes along.
fn through_short(text: &str, at: usize) -> Option<(usize, &str)> {
    let rest = text[at..].strip_prefix('t')?.trim_start();
    let rest = rest.strip_prefix(['/', '.']).unwrap_or(rest).trim_start();
    let rest = rest.strip_prefix('m')?;
    let end = text.len() - rest.len();
    // A full stop after the `m` is taken when a non-letter or the end follows it.
    let next = |from: usize| -> Option<(usize, &str)> {
        match text[from..].chars().next() {
            None => Some((from, "")),
            Some(c) if !c.is_alphabetic() => Some((from + c.len_utf8(), &text[from..from + c.len_utf8()])),
            Some(_) => None,
        }
    };
    match rest.strip_prefix('.') {
        Some(_) => next(end + 1).or_else(|| next(end)),
        None => next(end),
    }
}

/// Splits a line into date words; `None` as soon as one word is not a date word.
fn tokenize(text: &str) -> Option<Vec<Token>> {
    let mut spaced = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            // Separators that may stand against the numbers (`3-5 mei`, `12,13`, `5/6`).
            // A spaced `t / m` is put together again below.
            '-' | '–' | '—' | ',' | '/' | '&' => {
                spaced.push(' ');
                spaced.push(c);
                spaced.push(' ');
            }
            // Division and fraction slashes, as some fonts map `/`.
            '\u{2215}' | '\u{2044}' => spaced.push_str(" / "),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            c if c.is_whitespace() => spaced.push(' '),
            c => spaced.extend(c.to_lowercase()),
        }
    }
    let spaced = mark_through(&spaced);
    // A trailing full stop ends the sentence; it is not part of the date.
    let spaced = spaced.trim_end().trim_end_matches('.');
    spaced.split_whitespace().map(word_token).collect()
}

fn word_token(word: &str) -> Option<Token> {
    match word {
        "t/m" | "-" | "–" | "—" => return Some(Token::Through),
        "," => return Some(Token::Comma),
        "en" | "&" => return Some(Token::And),
        "/" => return Some(Token::Slash),
        "van" => return Some(Token::From),
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
    // `van … t/m …`: the opening word only, and only before a range (checked below).
    let opened = matches!(rest.first(), Some(Token::From));
    if opened {
        rest = &rest[1..];
    }
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
            [separator @ (Token::Through | Token::Comma | Token::And | Token::Slash), after @ ..] => {
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
        slashes if slashes.iter().all(|t| *t == Token::Slash) => Shape::List,
        _ => return None,
    };
    if opened && shape != Shape::Range {
        return None;
    }
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

/// A date line as it reads with OCR leniency, when that differs from the line: the range
/// word misread (`Um`, `Vm`, `tm`, `t/rn` for `t/m`), and a year cut short by the scan
/// (`21 maart 2`) left out, so that the report's year fills it in. Each is a guess to be
/// checked against the scan: the caller marks what it reads `uncertain_value`.
///
/// ```
/// use ambtsreizen::report::dates::ocr_lenient_date;
/// assert_eq!(ocr_lenient_date("23 Um 24 januari").as_deref(), Some("23 t/m 24 januari"));
/// assert_eq!(ocr_lenient_date("20 t/m 21 maart 2").as_deref(), Some("20 t/m 21 maart"));
/// assert_eq!(ocr_lenient_date("3 t/m 5 mei 2023"), None);
/// assert_eq!(ocr_lenient_date("Um zeggen"), None);
/// ```
pub fn ocr_lenient_date(text: &str) -> Option<String> {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    for i in 1..words.len() {
        let between_days = |w: &String| w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty();
        let misread =
            matches!(words[i].as_str(), "Um" | "um" | "Vm" | "vm" | "tm" | "t/rn" | "t/in" | "tIm" | "t/n" | "Um.");
        if misread && between_days(&words[i - 1]) && words.get(i + 1).is_some_and(between_days) {
            words[i] = "t/m".into();
        }
    }
    // A year cut short: one to three figures after a month name, ending the line.
    if words.len() >= 2 {
        let last = &words[words.len() - 1];
        let short_year = (1..=3).contains(&last.len()) && last.chars().all(|c| c.is_ascii_digit());
        if short_year && matches!(word_token(&words[words.len() - 2].to_lowercase()), Some(Token::Month(_))) {
            words.pop();
        }
    }
    let out = words.join(" ");
    (out != text.split_whitespace().collect::<Vec<_>>().join(" ") && is_date_line(&out)).then_some(out)
}

/// Whether a line is a date line (its label dropped), or, on OCR text (`ocr`), reads as
/// one with [`ocr_lenient_date`].
pub fn is_labelled_date_line_with(text: &str, ocr: bool) -> bool {
    is_labelled_date_line(text) || ocr && ocr_lenient_date(without_label(text)).is_some()
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

#[cfg(test)]
mod round_trip {
    //! Every date written in every supported style reads back as itself.

    use super::*;
    use proptest::prelude::*;

    const MONTHS: [[&str; 3]; 12] = [
        ["januari", "jan.", "jan"],
        ["februari", "feb.", "febr."],
        ["maart", "mrt.", "mrt"],
        ["april", "apr.", "apr"],
        ["mei", "mei", "Mei"],
        ["juni", "jun.", "jun"],
        ["juli", "jul.", "jul"],
        ["augustus", "aug.", "aug"],
        ["september", "sept.", "sep"],
        ["oktober", "okt.", "okt"],
        ["november", "nov.", "nov"],
        ["december", "dec.", "dec"],
    ];
    const WEEKDAYS: [[&str; 2]; 7] = [
        ["maandag", "ma"],
        ["dinsdag", "di"],
        ["woensdag", "wo"],
        ["donderdag", "do"],
        ["vrijdag", "vr"],
        ["zaterdag", "za"],
        ["zondag", "zo"],
    ];

    /// How one day is printed: month spelling, whether a weekday goes before it.
    #[derive(Debug, Clone, Copy)]
    struct Spelling {
        month: usize,
        weekday: Option<usize>,
    }

    fn spelling() -> impl Strategy<Value = Spelling> {
        (0usize..3, prop::option::of(0usize..2)).prop_map(|(month, weekday)| Spelling { month, weekday })
    }

    fn month(d: NaiveDate, s: Spelling) -> &'static str {
        MONTHS[d.month0() as usize][s.month]
    }

    fn day(d: NaiveDate, s: Spelling) -> String {
        match s.weekday {
            Some(w) => format!("{} {}", WEEKDAYS[d.weekday().num_days_from_monday() as usize][w], d.day()),
            None => d.day().to_string(),
        }
    }

    /// Every supported way to print the range `start`–`end`.
    fn printed(start: NaiveDate, end: NaiveDate, s: Spelling) -> Vec<String> {
        let (y, ys) = (end.year(), start.year());
        let (a, b) = (day(start, s), day(end, s));
        let (ma, mb) = (month(start, s), month(end, s));
        let mut out = Vec::new();
        if start == end {
            out.push(format!("{a} {mb} {y}"));
            out.push(format!("{a} {mb} {y}."));
            return out;
        }
        for through in ["t/m", "tot en met", "t / m", "t.m.", "-", "–", " - "] {
            if start.year() == end.year() && start.month() == end.month() {
                out.push(format!("{a} {through} {b} {mb} {y}"));
            }
            if start.year() == end.year() {
                out.push(format!("{a} {ma} {through} {b} {mb} {y}"));
            }
            out.push(format!("{a} {ma} {ys} {through} {b} {mb} {y}"));
        }
        for through in ["t/m", "tot en met"] {
            if start.year() == end.year() && start.month() == end.month() {
                out.push(format!("van {a} {through} {b} {mb} {y}"));
            }
            if start.year() == end.year() {
                out.push(format!("van {a} {ma} {through} {b} {mb} {y}"));
            }
            out.push(format!("van {a} {ma} {ys} {through} {b} {mb} {y}"));
        }
        // Lists of two days, in one month or across two.
        for and in [" en ", "/", " / ", " & "] {
            if start.year() == end.year() && start.month() == end.month() {
                out.push(format!("{a}{and}{b} {mb} {y}"));
            } else if start.year() == end.year() {
                out.push(format!("{a} {ma}{and}{b} {mb} {y}"));
            }
        }
        // Crossing New Year with the year printed once: only December to January.
        if start.year() + 1 == end.year() && start.month() == 12 && end.month() == 1 {
            out.push(format!("{a} {ma} t/m {b} {mb} {y}"));
            out.push(format!("van {a} {ma} tot en met {b} {mb} {y}"));
        }
        out
    }

    proptest! {
        #[test]
        fn every_style_reads_back(offset in 0i64..40_000, length in 0i64..45, s in spelling()) {
            let Some(start) = NaiveDate::from_ymd_opt(1990, 1, 1).and_then(|d| d.checked_add_signed(chrono::Duration::days(offset))) else {
                return Ok(());
            };
            let Some(end) = start.checked_add_signed(chrono::Duration::days(length)) else { return Ok(()) };
            for text in printed(start, end, s) {
                prop_assert_eq!(parse_date_range(&text, None), Ok((start, end)), "{:?}", text);
                prop_assert!(is_date_line(&text), "{:?}", text);
                // A default year never overrides a printed one.
                prop_assert_eq!(parse_date_range(&text, Some(1900)), Ok((start, end)), "{:?}", text);
            }
        }

        #[test]
        fn never_panics(text in "[0-9a-z /,.\\-–]{0,40}") {
            let _ = parse_date_range(&text, Some(2022));
        }
    }

    #[test]
    fn editors_forms() {
        let d = |m, day| NaiveDate::from_ymd_opt(2022, m, day).expect("valid");
        for (text, start, end) in [
            ("van 2 tot en met 5 mei 2022", d(5, 2), d(5, 5)),
            ("van 2 t/m 5 mei 2022", d(5, 2), d(5, 5)),
            ("Van 20 juni tot en met 1 juli 2022", d(6, 20), d(7, 1)),
            ("van maandag 3 t/m woensdag 5 oktober 2022", d(10, 3), d(10, 5)),
            ("5/6 juli 2022", d(7, 5), d(7, 6)),
            ("5 / 6 juli 2022", d(7, 5), d(7, 6)),
            ("4/5/6 juli 2022", d(7, 4), d(7, 6)),
            ("31 augustus/1 september 2022", d(8, 31), d(9, 1)),
            ("ma 18 okt/ma 8 nov 2022", d(10, 18), d(11, 8)),
            ("18 okt t/m 8 nov 2022", d(10, 18), d(11, 8)),
            ("18 okt.t/m 8 nov 2022", d(10, 18), d(11, 8)),
            ("2 t.m. 5 mei 2022", d(5, 2), d(5, 5)),
            ("2 tm 5 mei 2022", d(5, 2), d(5, 5)),
            ("2 t∕m 5 mei 2022", d(5, 2), d(5, 5)),
            ("5⁄6 juli 2022", d(7, 5), d(7, 6)),
            ("2 en 3 mei 2022", d(5, 2), d(5, 3)),
            ("2 & 3 mei 2022", d(5, 2), d(5, 3)),
            ("2&3 mei 2022", d(5, 2), d(5, 3)),
            ("28 februari-1 maart 2022", d(2, 28), d(3, 1)),
            ("23-24 januari 2022", d(1, 23), d(1, 24)),
        ] {
            assert_eq!(parse_date_range(text, None), Ok((start, end)), "{text}");
        }
        assert_eq!(
            parse_date_range("van 30 december 2022 tot en met 2 januari 2023", None),
            Ok((d(12, 30), NaiveDate::from_ymd_opt(2023, 1, 2).expect("valid")))
        );
    }

    #[test]
    fn editors_forms_that_stay_unread() {
        for text in [
            "van 2 tot 5 mei 2022",
            "van 2 mei 2022",
            "van 2 en 3 mei 2022",
            "5/6/2022",
            "5/6 2022",
            "6/5 juli 2022",
            "5/6 en 7 juli 2022",
            "2 mei van 2022",
            "van van 2 t/m 5 mei 2022",
        ] {
            assert!(parse_date_range(text, Some(2022)).is_err(), "{text}");
        }
    }

    proptest! {
        /// `mark_through` does what replacing with the regular expression it replaced did.
        #[test]
        fn through_agrees_with_its_regular_expression(
            parts in prop::collection::vec(prop::sample::select(vec![
                "t", "m", "tm", "t/m", "t.m.", "tot", "en", "met", " ", "  ", "/", ".", "3", "okt", "ma", "é", "_", "-",
                "\n", "x",
            ]), 0..10)
        ) {
            let text = parts.concat();
            let re = regex::Regex::new(r"(^|[^\p{L}])t\s*[/.]?\s*m\.?($|[^\p{L}])|\btot\s+en\s+met\b").unwrap();
            prop_assert_eq!(mark_through(&text), re.replace_all(&text, "${1} t/m ${2}").into_owned());
        }
    }
}
