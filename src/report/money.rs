//! Euro amounts and CO₂ tonnes from the cost table, read as exact [`Decimal`]s.
//!
//! The report prints numbers the Dutch way: a dot or a space groups thousands and a comma
//! starts the decimals (`€ 12.345,67`, `€ 1 250,00` with a thin or no-break space). Whole
//! euros are often written with a dash where the cents would be (`€ 385,-`). Cells that do
//! not apply print a dash or `n.v.t.`: a CO₂ figure is then `None` (no flight, the figure
//! does not apply), while a cost is 0 ([`parse_cost`]: no cost was made).
//!
//! Reading is strict on purpose: a cell that could mean two different numbers is an error
//! that keeps the raw text, never a guess, because journalists add these figures up.
//!
//! Rules, in the order they are applied:
//!
//! 1. All Unicode white space (U+00A0 no-break, U+2009 thin, U+202F narrow no-break,
//!    U+2007 figure space, …) counts as a space; zero-width characters are dropped; the
//!    cell is trimmed.
//! 2. `-`, `–`, `—`, `n.v.t.`, `n.v.t`, `nvt` (any case) and the empty cell are "not
//!    applicable": `Ok(None)`. For a cost ([`parse_cost`]) they, and `€ -`, mean no cost:
//!    `Ok(Some(0))`; only the empty cell stays `Ok(None)` there, since it prints nothing.
//! 3. Amounts may start with `€` or `EUR`, or end in `euro` or `EUR` (any case). Tonnes may
//!    not carry a currency, but may end in a unit: `t`, `ton`, `tonne`, `tonnen` (tonnes) or
//!    `kg`, `kilo`, `kilogram` (converted exactly: `430 kg` is `0.43`, the conversion adding
//!    no trailing zeros beyond the printed precision), the unit optionally followed by
//!    `CO2`/`CO₂` (`430 kg CO₂`).
//! 4. A trailing `,-` / `.-` (also with `–`, `—`, `=` and spaces around, e.g. `1.770, -`)
//!    means "no cents": the number before it must be a whole number.
//! 5. A comma is the decimal separator; at most one is allowed.
//! 6. A dot or a space followed by groups of exactly three digits is a thousands separator
//!    (`1.234.567`, `1 234 567`), one kind of separator in one number; the first group must
//!    be 1–3 digits and not start with `0`.
//! 7. **Interpretation:** a single dot followed by one or two digits and nothing else
//!    (`24.6`, `0.18`) is read as an English decimal point, because a Dutch thousands group
//!    always has three digits, so the English reading is the only one possible.
//! 8. Amounts have at most two decimals: `€ 1,770` is rejected because it could be a
//!    mistyped `1.770` (thousands) as easily as `1,77`. Tonnes may have any number.
//! 9. Anything else (letters, a space that groups no thousands as in `€ 385 0`, two commas,
//!    a minus sign, a number missing altogether as in `€ -` or `€ ,-`) is a
//!    [`NumberError`].
//!
//! `€ -` is rejected as a CO₂ compensation rather than read as "not applicable":
//! spreadsheet accounting formats print **zero** that way, so it could mean either `0` or
//! `n.v.t.`. For a cost both mean that nothing was spent, so there it is 0.

use rust_decimal::Decimal;

use crate::scan;

/// Why a cell could not be read as a number.
///
/// ```
/// use ambtsreizen::report::money::parse_amount;
///
/// let err = parse_amount("€ 12,34,56").unwrap_err();
/// assert_eq!(err.text, "€ 12,34,56");
/// assert_eq!(err.to_string(), "cannot read \"€ 12,34,56\" as a euro amount");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read {text:?} as {what}")]
pub struct NumberError {
    /// The cell exactly as it was given.
    pub text: String,
    /// What the cell should have held, e.g. `"a euro amount"`.
    pub what: &'static str,
}

/// Reads a euro amount cell.
///
/// `Ok(None)` for cells that do not apply (`-`, `–`, `—`, `n.v.t.`, `nvt`, empty).
/// The scale as printed is kept, so `€ 111,70` gives a decimal that prints as `111.70`.
/// See the [module documentation](self) for the exact rules.
///
/// ```
/// use ambtsreizen::report::money::parse_amount;
/// use rust_decimal::Decimal;
///
/// assert_eq!(parse_amount("€ 1.770, -").unwrap(), Some(Decimal::from(1770)));
/// assert_eq!(parse_amount("€ 111,70").unwrap().unwrap().to_string(), "111.70");
/// assert_eq!(parse_amount("n.v.t.").unwrap(), None);
/// assert!(parse_amount("€ twaalf").is_err());
/// ```
pub fn parse_amount(cell: &str) -> Result<Option<Decimal>, NumberError> {
    parse_number(cell, Kind::Amount)
}

/// Reads a cost cell (travel and accommodation, other costs, a total): an amount, where a
/// cost printed as none (`-`, `n.v.t.`, `nvt`, `€ -`) is 0, so that a trip's total stays
/// the sum of its costs. The empty cell prints nothing and stays `Ok(None)`.
///
/// ```
/// use ambtsreizen::report::money::parse_cost;
/// use rust_decimal::Decimal;
///
/// assert_eq!(parse_cost("-").unwrap(), Some(Decimal::ZERO));
/// assert_eq!(parse_cost("n.v.t.").unwrap(), Some(Decimal::ZERO));
/// assert_eq!(parse_cost("€ 0,00").unwrap().unwrap().to_string(), "0.00");
/// assert_eq!(parse_cost("€ 1\u{2009}250,00").unwrap().unwrap().to_string(), "1250.00");
/// assert_eq!(parse_cost("").unwrap(), None);
/// ```
pub fn parse_cost(cell: &str) -> Result<Option<Decimal>, NumberError> {
    let text = normalise(cell);
    if text.is_empty() {
        return Ok(None);
    }
    let bare = without_currency(&text);
    if is_not_applicable(&text) || (bare.len() < text.len() && matches!(bare, "-" | "–" | "—")) {
        return Ok(Some(Decimal::ZERO));
    }
    parse_number(cell, Kind::Amount)
}

/// Reads a CO₂ tonnes cell (no currency; an optional unit: `t`, `ton`, `tonnen`, or `kg`,
/// which is converted to tonnes exactly).
///
/// Same "not applicable" markers as [`parse_amount`]; any number of decimals is allowed.
///
/// ```
/// use ambtsreizen::report::money::parse_tonnes;
///
/// assert_eq!(parse_tonnes("24,6").unwrap().unwrap().to_string(), "24.6");
/// assert_eq!(parse_tonnes("1.234,5").unwrap().unwrap().to_string(), "1234.5");
/// assert_eq!(parse_tonnes("-").unwrap(), None);
/// assert_eq!(parse_tonnes("430 kg").unwrap().unwrap().to_string(), "0.43");
/// assert_eq!(parse_tonnes("6.120 kg").unwrap().unwrap().to_string(), "6.12");
/// assert_eq!(parse_tonnes("0,62 ton").unwrap().unwrap().to_string(), "0.62");
/// assert!(parse_tonnes("€ 2,45").is_err());
/// ```
pub fn parse_tonnes(cell: &str) -> Result<Option<Decimal>, NumberError> {
    parse_number(cell, Kind::Tonnes)
}

/// Formats a number the Dutch way, for printing: dots group thousands, a comma starts the
/// decimals, and the decimals are kept exactly as stored (no rounding, no padding).
///
/// ```
/// use ambtsreizen::report::money::format_nl;
/// use rust_decimal::Decimal;
///
/// assert_eq!(format_nl(Decimal::from(1770)), "1.770");
/// assert_eq!(format_nl(Decimal::new(32664, 2)), "326,64");
/// assert_eq!(format_nl(Decimal::new(-123456789, 2)), "-1.234.567,89");
/// ```
pub fn format_nl(value: Decimal) -> String {
    // `Decimal`'s Display is plain positional notation with the stored scale, so
    // regrouping its text is exact.
    let plain = value.to_string();
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(plain.len() + int.len() / 3 + 1);
    out.push_str(sign);
    let len = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push('.');
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// Which column a cell comes from; the rules differ slightly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Amount,
    Tonnes,
}

impl Kind {
    fn what(self) -> &'static str {
        match self {
            Kind::Amount => "a euro amount",
            Kind::Tonnes => "a number of tonnes",
        }
    }

    /// Money has cents; a third decimal means the separators were probably mixed up.
    fn max_decimals(self) -> usize {
        match self {
            Kind::Amount => 2,
            Kind::Tonnes => usize::MAX,
        }
    }
}

/// `text` without a leading currency marker (`€` or `EUR`, any case) and the spaces after
/// it; the regular expression `(?i)^(?:€|eur)\s*` removed.
fn without_currency(text: &str) -> &str {
    scan::strip_prefix_folded(text, "€")
        .or_else(|| scan::strip_prefix_folded(text, "eur"))
        .map_or(text, str::trim_start)
}

/// `text` without a trailing currency word (`1.250 euro`, `1.250 EUR`) and the spaces
/// before it; `(?i)\s*(?:euro|eur|€)$` removed.
fn without_currency_after(text: &str) -> &str {
    ["euro", "eur", "€"].iter().find_map(|w| scan::strip_suffix_folded(text, w)).map_or(text, str::trim_end)
}

/// A tonnes cell's number and unit (`430 kg CO₂` → `430`, `kg`), the unit in any case and
/// optionally followed by a full stop and `CO2`/`CO₂`; as the regular expression
/// `(?i)^(.*?)\s*(kilogram|kilo|kg|tonnen|tonne|ton|t)\.?(?:\s*co[2₂])?$` captures them.
fn split_unit(text: &str) -> Option<(&str, &str)> {
    let rest = ["co2", "co₂"].iter().find_map(|w| scan::strip_suffix_folded(text, w)).map_or(text, str::trim_end);
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    // No unit is the end of another, so at most one fits.
    let number = UNITS.iter().find_map(|(u, _)| scan::strip_suffix_folded(rest, u))?;
    let unit = &rest[number.len()..];
    let number = number.trim_end();
    (!number.contains('\n')).then_some((number, unit))
}

/// Units a tonnes cell may print, and the power of ten that makes them tonnes.
const UNITS: [(&str, u32); 7] =
    [("t", 0), ("ton", 0), ("tonne", 0), ("tonnen", 0), ("kg", 3), ("kilo", 3), ("kilogram", 3)];

/// The number before a "no cents" suffix (`,-`, `.-`, `, -`, `,–`, `,=`, `,--`), if the
/// text ends in one; what `^(.*?) ?[.,] ?[-–—=]{1,2}$` captures.
fn before_no_cents(text: &str) -> Option<&str> {
    let mut rest = text;
    for _ in 0..2 {
        match rest.strip_suffix(['-', '–', '—', '=']) {
            Some(r) => rest = r,
            None if rest.len() == text.len() => return None,
            None => break,
        }
    }
    let rest = rest.strip_suffix(' ').unwrap_or(rest);
    let rest = rest.strip_suffix(['.', ','])?;
    let rest = rest.strip_suffix(' ').unwrap_or(rest);
    (!rest.contains('\n')).then_some(rest)
}

/// Whether `text` is a whole number with dots or spaces grouping thousands, one kind in one
/// number (`^[1-9][0-9]{0,2}(?:(?:\.[0-9]{3})+|(?: [0-9]{3})+)$`). The first group may not
/// start with `0`, so that `0.075` is not silently read as 75.
fn is_grouped(text: &str) -> bool {
    let lead = scan::digits_len(text);
    let rest = &text.as_bytes()[lead..];
    let Some(&sep) = rest.first() else { return false };
    (1..=3).contains(&lead)
        && !text.starts_with('0')
        && (sep == b'.' || sep == b' ')
        && rest.len().is_multiple_of(4)
        && rest.chunks(4).all(|g| g[0] == sep && g[1..].iter().all(u8::is_ascii_digit))
}

fn parse_number(cell: &str, kind: Kind) -> Result<Option<Decimal>, NumberError> {
    let err = || NumberError { text: cell.to_string(), what: kind.what() };
    let text = normalise(cell);
    if is_not_applicable(&text) {
        return Ok(None);
    }
    // Tonnes are printed in this power of ten below a tonne (`kg`: 3).
    let mut shift = 0;
    let body = match kind {
        Kind::Amount => {
            let before = without_currency(&text);
            // One currency marker, before or after the number.
            if before.len() == text.len() {
                without_currency_after(before)
            } else {
                before
            }
        }
        Kind::Tonnes => match split_unit(&text) {
            Some((number, unit)) => {
                let unit = unit.to_lowercase();
                shift = UNITS.iter().find(|(u, _)| *u == unit).map_or(0, |(_, s)| *s);
                number
            }
            None => &text,
        },
    };
    let (body, no_cents) = match before_no_cents(body) {
        Some(number) => (number, true),
        None => (body, false),
    };
    let (int, frac) = split_number(body, no_cents).ok_or_else(err)?;
    if frac.len() > kind.max_decimals() {
        return Err(err());
    }
    let plain = if frac.is_empty() { int } else { format!("{int}.{frac}") };
    // `from_str_exact` errors instead of rounding when there are too many digits.
    let value = Decimal::from_str_exact(&plain).map_err(|_| err())?;
    in_tonnes(value, shift).map(Some).ok_or_else(err)
}

/// A value printed in a unit `shift` powers of ten below a tonne, in tonnes, exactly: the
/// decimal point moves, and the zeros the move adds at the end are dropped again
/// (`430` kg is `0.43`, `430,5` kg `0.4305`), never the printed ones (`1,20` t stays `1.20`).
fn in_tonnes(value: Decimal, shift: u32) -> Option<Decimal> {
    if shift == 0 {
        return Some(value);
    }
    let printed = value.scale();
    let mut mantissa = value.mantissa();
    let mut scale = printed.checked_add(shift)?;
    while scale > printed && mantissa % 10 == 0 {
        mantissa /= 10;
        scale -= 1;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

/// Splits the number into its integer digits (thousands dots removed) and its decimal
/// digits (possibly empty); `None` when the text is not a number of the accepted forms.
fn split_number(body: &str, no_cents: bool) -> Option<(String, String)> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let whole = |s: &str| -> Option<String> {
        if digits(s) {
            Some(s.to_string())
        } else if is_grouped(s) {
            Some(s.replace(['.', ' '], ""))
        } else {
            None
        }
    };
    if let Some((int, frac)) = body.split_once(',') {
        // `1,50,-` has cents and says it has none: contradictory.
        if no_cents || !digits(frac) {
            return None;
        }
        return Some((whole(int)?, frac.to_string()));
    }
    if let Some(int) = whole(body) {
        return Some((int, String::new()));
    }
    // English decimal point: one dot, one or two digits after it (see module docs).
    let (int, frac) = body.split_once('.')?;
    if no_cents || !digits(int) || !digits(frac) || frac.len() > 2 {
        return None;
    }
    Some((int.to_string(), frac.to_string()))
}

/// White space of any kind becomes one plain space; invisible characters that PDF text
/// extraction sometimes leaves behind are dropped.
fn normalise(cell: &str) -> String {
    let visible = cell.chars().filter(|c| !matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'));
    let mut out = String::with_capacity(cell.len());
    let mut pending_space = false;
    for c in visible {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

fn is_not_applicable(text: &str) -> bool {
    matches!(text, "" | "-" | "–" | "—")
        || ["n.v.t.", "n.v.t", "nvt"].iter().any(|marker| text.eq_ignore_ascii_case(marker))
}

/// A cell as it reads with OCR leniency, when that differs from the cell: the misreadings
/// Tesseract makes in figures undone, each a guess to be checked against the scan, never
/// a silent fix (the caller marks the value `uncertain_value`).
///
/// - a dash cell read as `=`, `<`, `ee` or `_` is a dash;
/// - `O`/`o` is `0` and `l`/`I` is `1` beside a figure, a `€` or a decimal mark;
/// - `,=`, `,—`, `,–` and `,_` are `,-`, and a dash right after a figure (`€0-`, its
///   comma lost) is `,-`.
///
/// ```
/// use ambtsreizen::report::money::{ocr_lenient, parse_amount};
/// assert_eq!(ocr_lenient("€o,-").as_deref(), Some("€0,-"));
/// assert_eq!(ocr_lenient("€ 5.225,=").as_deref(), Some("€ 5.225,-"));
/// assert_eq!(ocr_lenient("€0-").as_deref(), Some("€0,-"));
/// assert_eq!(ocr_lenient("l2,5").as_deref(), Some("12,5"));
/// assert_eq!(ocr_lenient("=").as_deref(), Some("-"));
/// assert_eq!(ocr_lenient("€ 385,-"), None);
/// assert_eq!(ocr_lenient("Ls"), None);
/// // A missing space is no misreading: the value reads as it is.
/// assert_eq!(parse_amount("€0,-").ok().flatten(), Some(0.into()));
/// ```
pub fn ocr_lenient(cell: &str) -> Option<String> {
    let text = normalise(cell);
    if matches!(text.as_str(), "=" | "<" | "ee" | "_" | "==" | "-=" | "=-") {
        return Some("-".into());
    }
    let chars: Vec<char> = text.chars().collect();
    let figure_like = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || matches!(c, '€' | ',' | '.'));
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let beside = figure_like(i.checked_sub(1).and_then(|j| chars.get(j))) || figure_like(chars.get(i + 1));
        let c = match c {
            'O' | 'o' if beside => '0',
            'l' | 'I' if beside => '1',
            c => c,
        };
        out.push(c);
    }
    for misread in [",=", ",—", ",–", ",_"] {
        out = out.replace(misread, ",-");
    }
    let mut tail = out.chars().rev();
    if let (Some('-'), Some(d)) = (tail.next(), tail.next()) {
        if d.is_ascii_digit() {
            out.insert(out.len() - 1, ',');
        }
    }
    (out != text).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Parses an amount and returns its exact text, so that scale is checked too.
    fn amount(cell: &str) -> String {
        match parse_amount(cell) {
            Ok(Some(value)) => value.to_string(),
            other => panic!("{cell:?} gave {other:?}"),
        }
    }

    fn tonnes(cell: &str) -> String {
        match parse_tonnes(cell) {
            Ok(Some(value)) => value.to_string(),
            other => panic!("{cell:?} gave {other:?}"),
        }
    }

    #[test]
    fn whole_euros_with_dash() {
        assert_eq!(amount("€ 385,-"), "385");
        assert_eq!(amount("€ 1.770, -"), "1770");
        assert_eq!(amount("€7.040,-"), "7040");
        assert_eq!(amount("€ 22.360,-"), "22360");
        assert_eq!(amount("€ 0,-"), "0");
        assert_eq!(amount("€ 1.100,–"), "1100");
        assert_eq!(amount("€ 1.100,—"), "1100");
        assert_eq!(amount("€ 1.100,="), "1100");
        assert_eq!(amount("€ 1.100,--"), "1100");
    }

    #[test]
    fn dot_dash_is_no_cents() {
        assert_eq!(amount("€ 0.-"), "0");
        assert_eq!(amount("€ 235.-"), "235");
        assert_eq!(amount("€ 1.100.–"), "1100");
    }

    #[test]
    fn plain_whole_numbers() {
        assert_eq!(amount("€ 0"), "0");
        assert_eq!(amount("EUR 500"), "500");
        assert_eq!(amount("eur500"), "500");
        assert_eq!(amount("155"), "155");
    }

    #[test]
    fn decimal_comma_keeps_scale() {
        assert_eq!(amount("344,64"), "344.64");
        assert_eq!(amount("€326,64"), "326.64");
        assert_eq!(amount("€ 111,70"), "111.70");
        assert_eq!(amount("€ 2,90"), "2.90");
        assert_eq!(amount("€ 12.345,67"), "12345.67");
        assert_eq!(amount("€ 1.234.567,89"), "1234567.89");
        assert_eq!(amount("€ 500,00"), "500.00");
        assert_eq!(amount("€ 1,5"), "1.5");
    }

    #[test]
    fn non_breaking_and_odd_spaces() {
        assert_eq!(amount("€\u{00A0}385,-"), "385");
        assert_eq!(amount("\u{202F}€\u{202F}1.770,\u{00A0}-\u{00A0}"), "1770");
        assert_eq!(amount("€ 326,64\u{200B}"), "326.64");
        assert_eq!(amount("  € 2,45\n"), "2.45");
    }

    #[test]
    fn not_applicable_markers() {
        for cell in ["-", "–", "—", "n.v.t.", "N.v.t.", "nvt", "NVT", "n.v.t", "", "   ", " - "] {
            assert_eq!(parse_amount(cell), Ok(None), "amount {cell:?}");
            assert_eq!(parse_tonnes(cell), Ok(None), "tonnes {cell:?}");
        }
    }

    #[test]
    fn english_decimal_point_is_read_as_such() {
        assert_eq!(amount("€ 24.6"), "24.6");
        assert_eq!(amount("0.18"), "0.18");
        assert_eq!(tonnes("24.6"), "24.6");
        assert_eq!(tonnes("0.18"), "0.18");
    }

    #[test]
    fn dot_with_three_digits_is_thousands() {
        assert_eq!(amount("€ 1.234"), "1234");
        assert_eq!(tonnes("1.234"), "1234");
    }

    #[test]
    fn tonnes_forms() {
        assert_eq!(tonnes("23,32"), "23.32");
        assert_eq!(tonnes("24,6"), "24.6");
        assert_eq!(tonnes("190,9"), "190.9");
        assert_eq!(tonnes("0,8"), "0.8");
        assert_eq!(tonnes("0,07"), "0.07");
        assert_eq!(tonnes("1.234,5"), "1234.5");
        assert_eq!(tonnes("12"), "12");
        assert_eq!(tonnes("0,075"), "0.075");
        assert_eq!(tonnes("23,32 t"), "23.32");
        assert_eq!(tonnes("23,32 ton"), "23.32");
    }

    fn rejected(result: Result<Option<Decimal>, NumberError>, cell: &str) {
        match result {
            Err(e) => assert_eq!(e.text, cell, "raw text kept"),
            Ok(v) => panic!("{cell:?} should be rejected, gave {v:?}"),
        }
    }

    #[test]
    fn rejects_what_is_not_one_number() {
        for cell in [
            "€ twaalf",
            "12a",
            "€ 12,34,56",
            "€",
            "€ -",
            "€ ,-",
            "€ ,50",
            "€ 385,",
            "€ 1,50,-",
            "€ 1,770",
            "€ 385 0",
            "€ 1 77",
            "€ 1.234 567",
            "€ 1 234.567",
            "€ 01 234",
            "-385",
            "€ -385",
            "€ 1.23.456",
            "€ 0.075",
            "€ 1.2345",
            "€ 12.3456,7",
            "€ 1,234.56",
            "€ 1.234.5",
            "€ 0.5.-",
            "€€ 5",
            "$ 5",
            "€ ٣",
            "1e3",
        ] {
            rejected(parse_amount(cell), cell);
        }
    }

    #[test]
    fn tonnes_reject_currency_and_garbage() {
        for cell in ["€ 2,45", "EUR 3", "2,4,5", "abc", "0.075", "kg", "2,45 mg", "2,45 kg kg", "t 2,45"] {
            rejected(parse_tonnes(cell), cell);
        }
    }

    #[test]
    fn any_unicode_space_groups_thousands() {
        for space in [' ', '\u{00A0}', '\u{2009}', '\u{202F}', '\u{2007}', '\u{2008}', '\u{205F}', '\u{3000}'] {
            assert_eq!(amount(&format!("€ 1{space}250,00")), "1250.00", "{space:?}");
            assert_eq!(amount(&format!("€{space}1{space}234{space}567,-")), "1234567", "{space:?}");
            assert_eq!(tonnes(&format!("6{space}120 kg")), "6.12", "{space:?}");
        }
        assert_eq!(amount("1 250 euro"), "1250");
        assert_eq!(amount("1.250 EUR"), "1250");
    }

    #[test]
    fn units_in_a_tonnes_cell() {
        assert_eq!(tonnes("430 kg"), "0.43");
        assert_eq!(tonnes("430 KG"), "0.43");
        assert_eq!(tonnes("430kg"), "0.43");
        assert_eq!(tonnes("430,5 kg"), "0.4305");
        assert_eq!(tonnes("1.000 kg"), "1");
        assert_eq!(tonnes("0 kg"), "0");
        assert_eq!(tonnes("2,45 kg"), "0.00245");
        assert_eq!(tonnes("6.120 kilogram"), "6.12");
        assert_eq!(tonnes("0,62 ton"), "0.62");
        assert_eq!(tonnes("1,20 ton"), "1.20");
        assert_eq!(tonnes("0,74 t"), "0.74");
        assert_eq!(tonnes("0,74t"), "0.74");
        assert_eq!(tonnes("3 tonnen"), "3");
        assert_eq!(tonnes("3 tonne"), "3");
        assert_eq!(tonnes("3 t."), "3");
        assert_eq!(tonnes("430 kg CO₂"), "0.43");
        assert_eq!(tonnes("0,43 ton CO2"), "0.43");
    }

    #[test]
    fn a_cost_printed_as_none_is_zero() {
        for cell in ["-", "–", "—", "n.v.t.", "N.V.T.", "nvt", " - ", "€ -", "EUR –"] {
            assert_eq!(parse_cost(cell), Ok(Some(Decimal::ZERO)), "{cell:?}");
        }
        for (cell, want) in [("0", "0"), ("€ 0,00", "0.00"), ("€ 0,-", "0"), ("€ 1\u{2009}250,00", "1250.00")] {
            assert_eq!(parse_cost(cell).map(|v| v.map(|v| v.to_string())), Ok(Some(want.to_string())), "{cell:?}");
        }
        assert_eq!(parse_cost(""), Ok(None));
        assert_eq!(parse_cost("  "), Ok(None));
        rejected(parse_cost("€ twaalf"), "€ twaalf");
        rejected(parse_cost("€ ,-"), "€ ,-");
        // The CO₂ compensation is no cost: `-` there means the figure does not apply.
        assert_eq!(parse_amount("-"), Ok(None));
        rejected(parse_amount("€ -"), "€ -");
    }

    #[test]
    fn error_names_what_was_expected() {
        assert_eq!(parse_tonnes("x"), Err(NumberError { text: "x".into(), what: "a number of tonnes" }));
    }

    #[test]
    fn too_many_digits_is_an_error_not_a_rounding() {
        let cell = "€ 1234567890123456789012345678901234567890";
        rejected(parse_amount(cell), cell);
        let cell = "0,1234567890123456789012345678901234567890";
        rejected(parse_tonnes(cell), cell);
    }

    #[test]
    fn format_nl_examples() {
        assert_eq!(format_nl(Decimal::from(1770)), "1.770");
        assert_eq!(format_nl(Decimal::new(32664, 2)), "326,64");
        assert_eq!(format_nl(Decimal::new(11170, 2)), "111,70");
        assert_eq!(format_nl(Decimal::ZERO), "0");
        assert_eq!(format_nl(Decimal::from(999)), "999");
        assert_eq!(format_nl(Decimal::from(1000)), "1.000");
        assert_eq!(format_nl(Decimal::from(109206)), "109.206");
        assert_eq!(format_nl(Decimal::new(123456789, 2)), "1.234.567,89");
        assert_eq!(format_nl(Decimal::from(-1770)), "-1.770");
        assert_eq!(format_nl(Decimal::new(27819, 2)), "278,19");
    }

    /// A non-negative decimal with 0–2 decimals, up to the full `u64` mantissa.
    fn money() -> impl Strategy<Value = Decimal> {
        (any::<u64>(), 0u32..=2).prop_filter_map("fits a Decimal", |(m, scale)| {
            Decimal::try_from_i128_with_scale(i128::from(m), scale).ok()
        })
    }

    proptest! {
        #[test]
        fn format_then_parse_round_trips(value in money()) {
            let printed = format!("€ {}", format_nl(value));
            let parsed = parse_amount(&printed);
            prop_assert_eq!(parsed.clone(), Ok(Some(value)));
            // Same scale too, not just the same value.
            prop_assert_eq!(parsed.ok().flatten().map(|v| v.to_string()), Some(value.to_string()));
        }

        #[test]
        fn tonnes_round_trip(value in money()) {
            prop_assert_eq!(parse_tonnes(&format_nl(value)), Ok(Some(value)));
        }

        #[test]
        fn whole_euros_with_dash_round_trip(m in any::<u64>()) {
            let value = Decimal::from(m);
            prop_assert_eq!(parse_amount(&format!("€ {},-", format_nl(value))), Ok(Some(value)));
        }

        #[test]
        fn never_panics_on_anything(cell in any::<String>()) {
            let _ = parse_amount(&cell);
            let _ = parse_tonnes(&cell);
            let _ = parse_cost(&cell);
        }

        /// Every amount printed in every supported style reads back exactly, scale too.
        #[test]
        fn every_amount_style_reads_back(
            value in money(),
            group in prop::sample::select(vec![".", " ", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{2007}", ""]),
            currency in prop::sample::select(vec!["€ ", "€", "EUR ", "eur", "€\u{00A0}", "", "after"]),
            no_cents in prop::sample::select(vec![",-", ",—", ",–", ", -", ".-", ",="]),
        ) {
            let digits = format_nl(value);
            let printed = match group {
                "." => digits,
                g => {
                    let (int, frac) = digits.split_once(',').map_or((digits.as_str(), None), |(i, f)| (i, Some(f)));
                    let int = int.replace('.', g);
                    frac.map_or(int.clone(), |f| format!("{int},{f}"))
                }
            };
            let whole = value.scale() == 0;
            let mut forms = vec![printed.clone()];
            if whole {
                forms.push(format!("{printed}{no_cents}"));
            }
            for form in forms {
                let cell = match currency {
                    "after" => format!("{form} euro"),
                    c => format!("{c}{form}"),
                };
                let parsed = parse_amount(&cell);
                prop_assert_eq!(parsed.clone().ok().flatten().map(|v| v.to_string()), Some(value.to_string()), "{:?}", cell);
                prop_assert_eq!(parse_cost(&cell), parsed, "{:?}", cell);
            }
        }

        /// Tonnes printed with a unit read back in tonnes, exactly.
        #[test]
        fn every_unit_reads_back(value in money()) {
            let printed = format_nl(value);
            for unit in ["", " t", " ton", " tonnen", "t"] {
                let cell = format!("{printed}{unit}");
                prop_assert_eq!(parse_tonnes(&cell).ok().flatten().map(|v| v.to_string()), Some(value.to_string()), "{:?}", cell);
            }
            // The same mass in kilograms: the digits of the tonnes times a thousand.
            if let Some(kg) = value.checked_mul(Decimal::from(1000)) {
                let cell = format!("{} kg", format_nl(kg.normalize()));
                let back = parse_tonnes(&cell);
                prop_assert_eq!(back.clone().ok().flatten(), Some(value), "{:?}", cell);
                // No binary float anywhere: the value is the exact quotient.
                prop_assert_eq!(back.ok().flatten().map(|t| t * Decimal::from(1000)), Some(kg));
            }
        }

        #[test]
        fn never_panics_on_number_like_text(cell in "[0-9.,€ \u{00A0}\\-–=nvtEUR]{0,24}") {
            if let Err(e) = parse_amount(&cell) {
                prop_assert_eq!(e.text, cell.clone());
            }
            let _ = parse_tonnes(&cell);
        }
    }

    /// Text made of what money cells hold, and of what the matchers' patterns look at.
    fn cell_like() -> impl Strategy<Value = String> {
        let pieces = vec![
            "0",
            "1",
            "5",
            "12",
            "385",
            "1.770",
            "1 250",
            ",",
            ".",
            " ",
            "  ",
            "-",
            "–",
            "—",
            "=",
            "€",
            "EUR",
            "eur",
            "Euro",
            "t",
            "T",
            "ton",
            "tonne",
            "tonnen",
            "kg",
            "KG",
            "\u{212A}g",
            "kilo",
            "kilogram",
            "co2",
            "CO₂",
            "\n",
            "a",
            "é",
            "0.075",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..7).prop_map(|v| v.concat())
    }

    fn group<'a>(c: &regex::Captures<'a>, i: usize) -> &'a str {
        c.get(i).map_or("", |m| m.as_str())
    }

    proptest! {
        /// Each hand-written matcher does what the regular expression it replaced did.
        #[test]
        fn matchers_agree_with_their_regular_expressions(text in cell_like()) {
            let currency = regex::Regex::new(r"(?i)^(?:€|eur)\s*").unwrap();
            prop_assert_eq!(without_currency(&text), &*currency.replace(&text, ""));
            let after = regex::Regex::new(r"(?i)\s*(?:euro|eur|€)$").unwrap();
            prop_assert_eq!(without_currency_after(&text), &*after.replace(&text, ""));
            let unit = regex::Regex::new(r"(?i)^(.*?)\s*(kilogram|kilo|kg|tonnen|tonne|ton|t)\.?(?:\s*co[2₂])?$").unwrap();
            prop_assert_eq!(split_unit(&text), unit.captures(&text).map(|c| (group(&c, 1), group(&c, 2))));
            let no_cents = regex::Regex::new(r"^(.*?) ?[.,] ?[-–—=]{1,2}$").unwrap();
            prop_assert_eq!(before_no_cents(&text), no_cents.captures(&text).map(|c| group(&c, 1)));
            let grouped = regex::Regex::new(r"^[1-9][0-9]{0,2}(?:(?:\.[0-9]{3})+|(?: [0-9]{3})+)$").unwrap();
            prop_assert_eq!(is_grouped(&text), grouped.is_match(&text));
        }
    }
}
