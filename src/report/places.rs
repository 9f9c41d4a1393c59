//! Places and countries in the destination text of a trip header.
//!
//! The report prints destinations the way a Dutch civil servant writes them:
//! `Kopenhagen, Denemarken`, `Rio de Janeiro en São Paulo, Brazilië`,
//! `diverse steden en regio’s, Polen en Roemenië`, `Miami, VS`. This module turns such a
//! text into named places and ISO 3166-1 alpha-2 country codes.
//!
//! Matching works on a normalised key (see `normalize`): lower case, diacritics folded
//! (é→e, ü→u, ø→o, ß→ss …), hyphens and punctuation read as spaces, apostrophes and
//! full stops dropped, and `St`/`Sint`/`Saint`/`Sankt` read as one word.
//!
//! The names are data, not code: `data/countries.tsv`, `data/places.tsv`,
//! `data/place_alternates.tsv`, `data/regions.tsv` and `data/place_words.tsv`, compiled in.
//! They hold names as people write them; they are parsed and normalised once, on first use.
//! CLDR's Dutch display names (ICU4X `displaynames`) were considered for the countries and
//! not taken: they give one or two names per code (`Verenigde Staten`, `VS`), while reports
//! also write `Amerika`, `Engeland` or English names, and the experimental crate with its
//! locale data would add much to a build for what one file already covers.
//!
//! The data cover every ISO 3166-1 country and territory (Dutch names as used by the
//! Dutch government and the Taalunie, common variants, abbreviations and English names)
//! and, for places, every capital plus the cities, ports and regions a Dutch city
//! government is likely to visit. A handful of place names (among them a few small
//! capitals such as Hamilton and Victoria) are deliberately given no country of their own
//! because they are common in more than one country (see `data/place_alternates.tsv`); the
//! destination's other names then decide.

use std::collections::HashMap;
use std::sync::OnceLock;

/// ISO 3166-1 alpha-2 code for a country name as written in Dutch reports (case-insensitive,
/// diacritics-tolerant, also common abbreviations and English names). `None` if not a country.
///
/// Besides the 249 ISO 3166-1 entries this knows Kosovo as `XK`, the user-assigned code
/// that the EU and most data sets use. The constituent countries of the United Kingdom
/// (`Engeland`, `Schotland`, `Wales`, `Noord-Ierland`) map to `GB`; `Holland` maps to `NL`;
/// `Amerika` to `US`; a bare `Korea` to `KR`. A bare `Congo` and `Georgia` (the US state or
/// the country) are ambiguous and give `None`.
///
/// ```text
/// assert_eq!(country_code("Bosnië en Herzegovina"), Some("BA"));
/// assert_eq!(country_code("VS"), Some("US"));
/// assert_eq!(country_code("Brussel"), None);
/// ```
#[must_use]
pub fn country_code(name: &str) -> Option<&'static str> {
    lookup_country(&normalize(name))
}

/// Country (alpha-2) of a city / place name as written in Dutch (exonyms like "Brussel",
/// "Kopenhagen", "Boekarest", "Parijs", "Londen", "München", "Straatsburg", "Ho Chi Minh Stad",
/// plus the native/English spellings). `None` if unknown.
///
/// City states answer with their own code (`Singapore` → `SG`, `Monaco` → `MC`,
/// `Hongkong` → `HK`). Names that are common places in more than one country and have no
/// overwhelmingly likely reading (`Bergen`, `Hamilton`, `Victoria`, `Córdoba` …) give
/// `None`; where one reading dominates, that one is given (`Santiago` → `CL`,
/// `Valencia` → `ES`, `San José` → `CR`, `Birmingham` → `GB`).
///
/// ```text
/// assert_eq!(place_country("Straatsburg"), Some("FR"));
/// assert_eq!(place_country("Ho Chi Minh-stad"), Some("VN"));
/// ```
#[must_use]
pub fn place_country(name: &str) -> Option<&'static str> {
    lookup_place(&normalize(name)).and_then(|entry| entry.primary)
}

/// The key under which the name files match a name (case, diacritics, apostrophes, full
/// stops and punctuation ignored), for other data keyed by the same names (the HTML
/// summary's place coordinates).
///
/// ```text
/// assert_eq!(matching_key("Ho Chi Minh-Stad"), matching_key("ho chi minh stad"));
/// ```
#[must_use]
pub fn matching_key(name: &str) -> String {
    normalize(name)
}

/// The destination text of a header, split into places and countries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Destination {
    /// Named places that are not countries, in printed order (as printed, trimmed).
    pub places: Vec<String>,
    /// Alpha-2 codes in printed order, no duplicates.
    pub countries: Vec<String>,
    /// Segments that were neither a known country, a known place, nor a generic phrase;
    /// they are still listed in `places` (as places), this list lets the caller warn.
    ///
    /// Two kinds of known-but-doubtful places are listed here too: an ambiguous place name
    /// (see [`place_country`]) whose country the rest of the destination does not settle,
    /// and a segment of which only a part is a known name (`MIPIM Cannes`, `Zuid-Duitsland`;
    /// its country is taken from that part).
    pub unknown: Vec<String>,
}

/// Splits the destination text of a header into named places and country codes.
///
/// Segments are separated by `,`, `;`, `:`, `/`, `&`, `+`, brackets, spaced dashes and the
/// words `en`, `and`, `in`, `via`, `o.a.`; a leading `aan`/`naar` is dropped. Before
/// splitting, runs of segments are tried as one name, longest first, so that
/// `Bosnië en Herzegovina`, `Trinidad en Tobago` or `Washington, D.C.` stay whole. Each
/// segment is then a country, a place, a region larger than a country (`Scandinavië`: a
/// place without country), a generic phrase (`diverse steden en gebieden`,
/// `meerdere regio’s` — dropped), a segment that is partly a known name, or unknown.
///
/// Countries are listed in printed order. A place adds its own country when the destination
/// names no country at all, or when its country is known and not among the named ones
/// (`Singapore en Ho Chi Minh Stad, Vietnam` → `SG`, `VN`); it adds it at the place's
/// position, so the list stays in printed order. A city state (`Singapore`, `Monaco`,
/// `Luxemburg`, `Hongkong` …) counts as its country and is not a place.
///
/// ```text
/// let d = split_destination("Rio de Janeiro en São Paulo, Brazilië");
/// assert_eq!(d.places, ["Rio de Janeiro", "São Paulo"]);
/// assert_eq!(d.countries, ["BR"]);
/// ```
#[must_use]
pub fn split_destination(destination: &str) -> Destination {
    let text = trim_destination(destination);
    let atoms = atoms(text);
    let mut segments = Vec::with_capacity(atoms.len());
    let mut i = 0;
    while i < atoms.len() {
        let (segment, next) = classify(text, &atoms, i);
        segments.push(segment);
        i = next;
    }
    resolve(segments)
}

/// How many adjacent atoms may together form one name. The longest names in the tables
/// (`Sint-Helena, Ascension en Tristan da Cunha`, `Bonaire, Sint Eustatius en Saba`) take
/// three; a test checks that no table entry needs more.
const MAX_JOIN: usize = 4;

/// One classified piece of the destination.
#[derive(Debug)]
enum Segment {
    /// A country or territory, also a city state.
    Country(&'static str),
    /// A place: known, or recognised by a known name inside it (`partial`).
    Place {
        /// As printed.
        text: String,
        /// The country it is in unless the destination says otherwise.
        primary: Option<&'static str>,
        /// Other countries it may be in; with no primary and no others it is a region
        /// larger than a country (`Scandinavië`).
        others: &'static [&'static str],
        /// Only part of the text was recognised (`MIPIM Cannes`): the caller should check.
        partial: bool,
    },
    /// `diverse steden`, `gebieden`, `omgeving` …: neither place nor country.
    Generic,
    /// Not in any table.
    Unknown(String),
}

/// What the tables know about one normalised place name.
#[derive(Debug, Default)]
struct PlaceEntry {
    /// The country the name means unless the context says otherwise; `None` for names
    /// that are too ambiguous to pick one.
    primary: Option<&'static str>,
    /// Other countries in which the name is a notable place; a destination that names one
    /// of them settles which place is meant.
    others: Vec<&'static str>,
}

impl PlaceEntry {
    /// Whether `code` is one of the countries this name may stand in.
    fn may_be_in(&self, code: &str) -> bool {
        self.primary == Some(code) || self.others.contains(&code)
    }
}

/// Turns the classified segments into the public result.
fn resolve(segments: Vec<Segment>) -> Destination {
    let named: Vec<&'static str> = segments
        .iter()
        .filter_map(|s| match s {
            Segment::Country(code) => Some(*code),
            _ => None,
        })
        .collect();
    // Primaries of unambiguous places: they settle ambiguous ones when no country is named
    // (`Atlanta, Georgia`).
    let implied: Vec<&'static str> = segments
        .iter()
        .filter_map(|s| match s {
            Segment::Place { primary, .. } => *primary,
            _ => None,
        })
        .collect();

    let mut out = Destination::default();
    let push_country = |countries: &mut Vec<String>, code: &str| {
        if !countries.iter().any(|c| c == code) {
            countries.push(code.to_string());
        }
    };
    for segment in segments {
        match segment {
            Segment::Country(code) => push_country(&mut out.countries, code),
            Segment::Place { text, primary, others, partial } => {
                let may_be_in = |c: &&str| primary == Some(*c) || others.contains(c);
                let mut settled = true;
                if named.iter().any(may_be_in) {
                    // The named country covers this place.
                } else if let Some(code) = primary {
                    push_country(&mut out.countries, code);
                } else if let Some(code) = others.iter().find(|c| implied.contains(c)) {
                    push_country(&mut out.countries, code);
                } else {
                    // A region larger than a country has no country to settle.
                    settled = others.is_empty();
                }
                if partial || !settled {
                    out.unknown.push(text.clone());
                }
                out.places.push(text);
            }
            Segment::Generic => {}
            Segment::Unknown(text) => {
                out.unknown.push(text.clone());
                out.places.push(text);
            }
        }
    }
    out
}

/// Classifies the segment that starts at atom `i`; returns it and the index of the next
/// unread atom.
fn classify(text: &str, atoms: &[(usize, usize)], i: usize) -> (Segment, usize) {
    let last = atoms.len().min(i + MAX_JOIN) - 1;
    // Longest run first, so that names containing a separator win over their parts.
    for end in (i..=last).rev() {
        let printed = text[atoms[i].0..atoms[end].1].trim();
        let key = normalize(printed);
        if let Some(code) = lookup_country(&key) {
            return (Segment::Country(code), end + 1);
        }
        if let Some(entry) = lookup_place(&key) {
            return (place_segment(printed, entry, false), end + 1);
        }
    }
    let printed = text[atoms[i].0..atoms[i].1].trim();
    let key = normalize(printed);
    if is_generic(&key) {
        return (Segment::Generic, i + 1);
    }
    (partial_match(printed, &key), i + 1)
}

/// A place segment for a table entry.
fn place_segment(printed: &str, entry: &'static PlaceEntry, partial: bool) -> Segment {
    Segment::Place { text: printed.to_string(), primary: entry.primary, others: &entry.others, partial }
}

/// An unknown atom that ends or starts with a known name is read through that name; the
/// longest known part wins, a trailing one before a leading one of the same length.
///
/// When the other words name nothing (`handelsmissie Vietnam`, `het noorden van Italië`,
/// `Brussel 2x`) the atom is that country or place. Otherwise (`MIPIM Cannes`,
/// `Zuid-Duitsland`, `München Expo Real`) it is a place in that name's country, flagged as
/// partial so that the caller can check it. An atom with no known part is unknown.
fn partial_match(printed: &str, key: &str) -> Segment {
    let words: Vec<&str> = key.split(' ').collect();
    for len in (1..words.len()).rev() {
        let rest_tail = &words[..words.len() - len];
        let rest_head = &words[len..];
        let tail = (words[words.len() - len..].join(" "), rest_tail);
        let head = (words[..len].join(" "), rest_head);
        for (part, rest) in [tail, head] {
            let partial = !rest.iter().all(|w| is_generic_word(w));
            if let Some(code) = lookup_country(&part) {
                if !partial {
                    return Segment::Country(code);
                }
                return Segment::Place { text: printed.to_string(), primary: Some(code), others: &[], partial };
            }
            if let Some(entry) = places().get(part.as_str()) {
                if entry.primary.is_some() || !entry.others.is_empty() {
                    return place_segment(printed, entry, partial);
                }
            }
        }
    }
    Segment::Unknown(printed.to_string())
}

/// Drops what may trail a destination: whitespace, commas, semicolons and a sentence's
/// full stop (but not the one of an abbreviation like `D.C.`).
fn trim_destination(destination: &str) -> &str {
    let text = destination.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';');
    if let Some(stripped) = text.strip_suffix('.') {
        let last_word = stripped.rsplit(char::is_whitespace).next().unwrap_or("");
        if last_word.chars().count() > 3 && !last_word.contains('.') {
            return stripped.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        }
    }
    text.trim()
}

/// Characters that always end a segment.
fn is_separator_char(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '/' | '&' | '+' | '|' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '„')
}

/// Whole words that separate segments (compared normalised: `En`, `o.a.` count too).
fn is_separator_word(word: &str) -> bool {
    if word.chars().all(|c| matches!(c, '-' | '–' | '—' | '‐' | '‑' | '‒')) {
        return true;
    }
    matches!(
        normalize(word).as_str(),
        "en" | "in" | "via" | "oa" | "waaronder" | "zoals" | "incl" | "inclusief" | "plus"
    )
}

/// Prepositions that may stand before a name (`Werkbezoek aan Antwerpen`) but also occur
/// inside names (`Capelle aan den IJssel`).
fn is_leading_filler(word: &str) -> bool {
    matches!(normalize(word).as_str(), "aan" | "naar" | "bij" | "rond" | "rondom")
}

/// Byte ranges of the atoms of `text`: maximal runs of words between separators.
fn atoms(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut word_start: Option<usize> = None;
    let ends = text.char_indices().chain(std::iter::once((text.len(), ' ')));
    for (idx, ch) in ends {
        let separator = is_separator_char(ch);
        if ch.is_whitespace() || separator {
            if let Some(start) = word_start.take() {
                let word = &text[start..idx];
                if is_separator_word(word) {
                    out.extend(current.take());
                } else if current.is_none() && is_leading_filler(word) {
                    // `aan Antwerpen`: the preposition is not part of the name, but inside a
                    // name it is (`Rostov aan de Don`), so it only goes at an atom's start.
                } else {
                    current = Some((current.map_or(start, |(a, _)| a), idx));
                }
            }
            if separator {
                out.extend(current.take());
            }
        } else if word_start.is_none() {
            word_start = Some(idx);
        }
    }
    out.extend(current);
    out
}

/// Whether a normalised atom is a generic phrase rather than a name.
fn is_generic(key: &str) -> bool {
    let mut words = key.split(' ').filter(|w| !w.is_empty()).peekable();
    match words.peek() {
        None => true,
        Some(first) if place_words().quantifiers.contains(first) => true,
        Some(_) => words.all(is_generic_word),
    }
}

/// Whether a normalised word names nothing: a generic word, a quantifier or a count
/// (`2`, `2x`, `3e`, `3de`).
fn is_generic_word(word: &str) -> bool {
    let count = word.trim_end_matches(['x', 'e', 'd']);
    place_words().generic.contains(&word)
        || place_words().quantifiers.contains(&word)
        || (!count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// The known country or place a name misread by OCR most likely is: the one name within
/// one misread letter (two in a name of nine letters or more), or the one name the printed
/// text is the first four letters or more of (`Belg` → `België`). Countries are tried
/// before places; `None` when no name, or more than one, is that close. Only ever a
/// suggestion for a warning, never a substitution.
///
/// ```
/// use ambtsreizen::report::places::suggest;
/// assert_eq!(suggest("Belg"), Some("België"));
/// assert_eq!(suggest("Brusel"), Some("Brussel"));
/// assert_eq!(suggest("Qwxyz"), None);
/// ```
pub fn suggest(name: &str) -> Option<&'static str> {
    let key = normalize(name);
    let letters = key.chars().count();
    if letters < 4 {
        return None;
    }
    let tolerance = if letters >= 9 { 2 } else { 1 };
    // The names close enough, one per country code (its first name, the Dutch one) for
    // countries, one per spelling for places.
    let near = |rows: &'static [(&'static str, &'static str)], by_code: bool| {
        let mut found: Vec<(&'static str, String)> = Vec::new();
        for (printed, code) in rows {
            let other = normalize(printed);
            let close = other != key
                && (super::lexicon::edit_distance(&key, &other) <= tolerance
                    || other.starts_with(&key) && !other[key.len()..].contains(' '));
            let id = if by_code { code.to_string() } else { other };
            if close && !found.iter().any(|(_, f)| *f == id) {
                found.push((printed, id));
            }
        }
        found
    };
    let known = |key: &str| lookup_country(key).is_some() || lookup_place(key).is_some();
    if known(&key) {
        return None;
    }
    match near(country_rows(), true).as_slice() {
        [(one, _)] => Some(one),
        [] => match near(place_rows(), false).as_slice() {
            [(one, _)] => Some(one),
            _ => None,
        },
        _ => None,
    }
}

/// The country map, keyed by normalised name.
fn countries() -> &'static HashMap<String, &'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity(country_rows().len());
        for (name, code) in country_rows() {
            // The first entry wins; a test checks there are no conflicting entries.
            map.entry(normalize(name)).or_insert(*code);
        }
        map
    })
}

/// The place map, keyed by normalised name.
fn places() -> &'static HashMap<String, PlaceEntry> {
    static MAP: OnceLock<HashMap<String, PlaceEntry>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<String, PlaceEntry> = HashMap::with_capacity(place_rows().len());
        for (name, code) in place_rows() {
            let entry = map.entry(normalize(name)).or_default();
            entry.primary.get_or_insert(*code);
        }
        for (name, code) in alternate_rows() {
            let entry = map.entry(normalize(name)).or_default();
            if !entry.may_be_in(code) {
                entry.others.push(*code);
            }
        }
        for name in region_rows() {
            // No country at all: a known place, but not one to derive a country from.
            map.entry(normalize(name)).or_default();
        }
        map
    })
}

/// Country code for a normalised key, also after dropping a leading article.
fn lookup_country(key: &str) -> Option<&'static str> {
    let map = countries();
    map.get(key).copied().or_else(|| {
        place_words().articles.iter().find_map(|a| key.strip_prefix(a.as_str())).and_then(|rest| map.get(rest).copied())
    })
}

/// Place entry for a normalised key, also after dropping a leading article or designator.
fn lookup_place(key: &str) -> Option<&'static PlaceEntry> {
    let map = places();
    if let Some(entry) = map.get(key) {
        return Some(entry);
    }
    let rest = place_words().articles.iter().find_map(|a| key.strip_prefix(a.as_str())).unwrap_or(key);
    if let Some(entry) = map.get(rest) {
        return Some(entry);
    }
    place_words().designators.iter().filter_map(|d| rest.strip_prefix(d.as_str())).find_map(|name| map.get(name))
}

/// The matching key of a name: lower case, diacritics folded, punctuation as spaces,
/// apostrophes and full stops dropped, `&`/`and` read as `en`, and `st`/`sint`/`sankt`
/// read as `saint`, words separated by single spaces.
fn normalize(text: &str) -> String {
    let mut folded = String::with_capacity(text.len() + 4);
    for ch in text.chars().flat_map(char::to_lowercase) {
        match ch {
            // Combining marks of decomposed text (e + U+0301).
            '\u{0300}'..='\u{036f}' => {}
            // Apostrophes (straight, curly, modifier) and full stops carry no meaning here:
            // `regio’s` = `regio's` = `regios`, `V.S.` = `VS`.
            '\'' | '’' | '‘' | '`' | '´' | 'ʼ' | '′' | '.' => {}
            '&' => folded.push_str(" en "),
            c if c.is_whitespace() || c.is_ascii_punctuation() => folded.push(' '),
            '‐' | '‑' | '‒' | '–' | '—' | '“' | '”' | '„' | '«' | '»' => {
                folded.push(' ');
            }
            c => match fold(c) {
                Some(s) => folded.push_str(s),
                None => folded.push(c),
            },
        }
    }
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(match word {
            "and" => "en",
            "st" | "sint" | "sankt" | "saint" => "saint",
            w => w,
        });
    }
    out
}

/// ASCII spelling of a lower-case letter with a diacritic (or a ligature); `None` for
/// letters that need no folding.
fn fold(c: char) -> Option<&'static str> {
    let s =
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ'
            | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ə' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ'
            | 'ệ' => "e",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'ĥ' | 'ħ' => "h",
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ỉ' | 'ị' => "i",
            'ĳ' => "ij",
            'ĵ' => "j",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ'
            | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
            'œ' => "oe",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ß' => "ss",
            'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
            'þ' => "th",
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ'
            | 'ự' => "u",
            'ŵ' => "w",
            'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            _ => return None,
        };
    Some(s)
}

// ---- Reference data -----------------------------------------------------------------
//
// The names live in `data/*.tsv` (see the README: "Adding a place"), compiled into the
// binary and parsed once. A row the parser cannot read is skipped here; the tests check
// that every row of every file is read, so a broken file fails the build's tests instead.

/// `data/countries.tsv`: code, name.
const COUNTRIES_TSV: &str = include_str!("../../data/countries.tsv");
/// `data/places.tsv`: code, name.
const PLACES_TSV: &str = include_str!("../../data/places.tsv");
/// `data/place_alternates.tsv`: name, code.
const PLACE_ALTERNATES_TSV: &str = include_str!("../../data/place_alternates.tsv");
/// `data/regions.tsv`: name.
const REGIONS_TSV: &str = include_str!("../../data/regions.tsv");
/// `data/place_words.tsv`: kind, word.
const PLACE_WORDS_TSV: &str = include_str!("../../data/place_words.tsv");

/// A tab-separated data file: its header's column names and its rows, blank lines and lines
/// starting with `#` left out. Cells are trimmed.
pub(crate) struct Tsv {
    /// Column names from the first row that is not a comment (checked by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) header: Vec<&'static str>,
    /// The other rows, with their 1-based line numbers, for messages.
    pub(crate) rows: Vec<(usize, Vec<&'static str>)>,
}

/// Reads a data file (see [`Tsv`]).
pub(crate) fn parse_tsv(text: &'static str) -> Tsv {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'));
    let header = lines.next().map(|(_, line)| line.split('\t').map(str::trim).collect()).unwrap_or_default();
    let rows = lines.map(|(n, line)| (n, line.split('\t').map(str::trim).collect())).collect();
    Tsv { header, rows }
}

/// The two-column rows of `text` as (column `a`, column `b`); other rows are skipped.
fn pairs(text: &'static str, name_first: bool) -> Vec<(&'static str, &'static str)> {
    parse_tsv(text)
        .rows
        .into_iter()
        .filter_map(|(_, cells)| match cells[..] {
            [a, b] if !a.is_empty() && !b.is_empty() => Some(if name_first { (a, b) } else { (b, a) }),
            _ => None,
        })
        .collect()
}

/// Country names: (name, code), in file order.
fn country_rows() -> &'static [(&'static str, &'static str)] {
    static ROWS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    ROWS.get_or_init(|| pairs(COUNTRIES_TSV, false))
}

/// Place names with their most likely country: (name, code), in file order.
fn place_rows() -> &'static [(&'static str, &'static str)] {
    static ROWS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    ROWS.get_or_init(|| pairs(PLACES_TSV, false))
}

/// Other countries an ambiguous place name may stand in: (name, code), in file order.
fn alternate_rows() -> &'static [(&'static str, &'static str)] {
    static ROWS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    ROWS.get_or_init(|| pairs(PLACE_ALTERNATES_TSV, true))
}

/// Regions larger than a country.
fn region_rows() -> &'static [&'static str] {
    static ROWS: OnceLock<Vec<&'static str>> = OnceLock::new();
    ROWS.get_or_init(|| {
        parse_tsv(REGIONS_TSV)
            .rows
            .into_iter()
            .filter_map(|(_, cells)| match cells[..] {
                [name] if !name.is_empty() => Some(name),
                _ => None,
            })
            .collect()
    })
}

/// The words of `data/place_words.tsv`, by kind. Articles and designators are kept with a
/// trailing space: they are matched as whole leading words of a normalised key.
struct PlaceWords {
    quantifiers: Vec<&'static str>,
    generic: Vec<&'static str>,
    articles: Vec<String>,
    designators: Vec<String>,
}

fn place_words() -> &'static PlaceWords {
    static WORDS: OnceLock<PlaceWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words =
            PlaceWords { quantifiers: Vec::new(), generic: Vec::new(), articles: Vec::new(), designators: Vec::new() };
        for (kind, word) in pairs(PLACE_WORDS_TSV, true) {
            match kind {
                "quantifier" => words.quantifiers.push(word),
                "generic" => words.generic.push(word),
                "article" => words.articles.push(format!("{word} ")),
                "designator" => words.designators.push(format!("{word} ")),
                _ => {}
            }
        }
        words
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// All 249 ISO 3166-1 alpha-2 codes (2024).
    const ISO_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
        BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
        DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
        HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
        KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY \
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
        NA NC NE NF NG NI NL NO NP NR NU NZ OM \
        PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW \
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
        TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
        VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    /// The codes this module may answer with: ISO 3166-1 plus Kosovo.
    fn valid_codes() -> HashSet<&'static str> {
        ISO_CODES.split_whitespace().chain(["XK"]).collect()
    }

    /// Asserts places and countries of one destination.
    #[track_caller]
    fn check(destination: &str, places: &[&str], countries: &[&str]) {
        let d = split_destination(destination);
        assert_eq!(d.places, places, "places of {destination:?}");
        assert_eq!(d.countries, countries, "countries of {destination:?}");
        assert!(d.unknown.is_empty(), "unknown in {destination:?}: {:?}", d.unknown);
    }

    // ---- The user contract's examples ----

    #[test]
    fn contract_examples() {
        check("Brussel", &["Brussel"], &["BE"]);
        check("Ecuador, Peru, Costa Rica en Colombia", &[], &["EC", "PE", "CR", "CO"]);
        check("Kopenhagen, Denemarken", &["Kopenhagen"], &["DK"]);
        check("Rio Grande, São Paulo en Fortaleza, Brazilië", &["Rio Grande", "São Paulo", "Fortaleza"], &["BR"]);
        check("Brussel en Gent, België", &["Brussel", "Gent"], &["BE"]);
        check("Miami, VS", &["Miami"], &["US"]);
        check("diverse steden en gebieden, Namibië en Zuid-Afrika", &[], &["NA", "ZA"]);
        check("Singapore en Ho Chi Minh Stad, Vietnam", &["Ho Chi Minh Stad"], &["SG", "VN"]);
        check("diverse steden en regio’s, Polen en Roemenië", &[], &["PL", "RO"]);
        check("Shenzhen & Guangzhou, China", &["Shenzhen", "Guangzhou"], &["CN"]);
        check("Rio de Janeiro en São Paulo, Brazilië", &["Rio de Janeiro", "São Paulo"], &["BR"]);
        check("Londen", &["Londen"], &["GB"]);
        check("New York", &["New York"], &["US"]);
        check("Sarajevo, Bosnië en Herzegovina", &["Sarajevo"], &["BA"]);
        check("Berlijn, Duitsland", &["Berlijn"], &["DE"]);
        check("Straatsburg, Frankrijk", &["Straatsburg"], &["FR"]);
        check("München, Duitsland", &["München"], &["DE"]);
        check("Boekarest, Roemenië", &["Boekarest"], &["RO"]);
        check("Ho Chi Minh Stad", &["Ho Chi Minh Stad"], &["VN"]);
        check("Hongkong", &[], &["HK"]);
    }

    // ---- Separators, generic phrases, trimming ----

    #[test]
    fn country_names_with_en_stay_whole() {
        check("Trinidad en Tobago", &[], &["TT"]);
        check("Antigua en Barbuda en Jamaica", &[], &["AG", "JM"]);
        check("Saint Kitts en Nevis, Barbados", &[], &["KN", "BB"]);
        check("Sint-Vincent en de Grenadines", &[], &["VC"]);
        check("São Tomé en Principe", &[], &["ST"]);
        check("Heard en McDonaldeilanden", &[], &["HM"]);
        check("Bosnië & Herzegovina en Servië", &[], &["BA", "RS"]);
        check("Turks- en Caicoseilanden", &[], &["TC"]);
        check("Bonaire, Sint Eustatius en Saba", &[], &["BQ"]);
        check("Mostar en Sarajevo, Bosnië-Herzegovina", &["Mostar", "Sarajevo"], &["BA"]);
    }

    #[test]
    fn generic_phrases_are_not_places() {
        for phrase in [
            "diverse steden en gebieden",
            "diverse steden en regio’s",
            "diverse steden en regio's",
            "diverse steden en regio‘s",
            "Diverse steden en regios",
            "verschillende steden",
            "meerdere regio's",
            "enkele havens",
            "div. steden",
            "een aantal provincies",
            "meerdere plaatsen en gebieden",
        ] {
            let d = split_destination(&format!("{phrase}, Polen"));
            assert_eq!(d.places, Vec::<String>::new(), "{phrase}");
            assert_eq!(d.countries, ["PL"], "{phrase}");
            assert!(d.unknown.is_empty(), "{phrase}");
        }
        check("diverse steden in Duitsland", &[], &["DE"]);
        check("Parijs en omgeving", &["Parijs"], &["FR"]);
    }

    #[test]
    fn separators() {
        check("Kiev/Kyiv, Oekraïne", &["Kiev", "Kyiv"], &["UA"]);
        check("Brussel; Antwerpen", &["Brussel", "Antwerpen"], &["BE"]);
        check("Kopenhagen (Denemarken)", &["Kopenhagen"], &["DK"]);
        check("Duitsland: Berlijn en Hamburg", &["Berlijn", "Hamburg"], &["DE"]);
        check("Shanghai – China", &["Shanghai"], &["CN"]);
        check("Boston EN New York, VS", &["Boston", "New York"], &["US"]);
        check("Washington, D.C., VS", &["Washington, D.C."], &["US"]);
        check("Guangzhou in China", &["Guangzhou"], &["CN"]);
    }

    #[test]
    fn trailing_punctuation_and_whitespace() {
        check("Brussel, ", &["Brussel"], &["BE"]);
        check("  Kopenhagen ,  Denemarken ,\n", &["Kopenhagen"], &["DK"]);
        check("Brussel en Gent, België.", &["Brussel", "Gent"], &["BE"]);
        check("Washington D.C.", &["Washington D.C."], &["US"]);
        assert_eq!(split_destination(""), Destination::default());
        assert_eq!(split_destination(" , "), Destination::default());
    }

    #[test]
    fn places_keep_printed_spelling_and_order() {
        check("Ho Chi Minh-stad en HANOI, Vietnam", &["Ho Chi Minh-stad", "HANOI"], &["VN"]);
        check("Mexico-Stad, Mexico", &["Mexico-Stad"], &["MX"]);
        check("Mexico Stad", &["Mexico Stad"], &["MX"]);
        check("Den Haag en Parijs", &["Den Haag", "Parijs"], &["NL", "FR"]);
    }

    #[test]
    fn place_in_other_country_than_named() {
        // Malmö is in Sweden, not Denmark: its country is added where it is printed.
        check("Kopenhagen en Malmö, Denemarken", &["Kopenhagen", "Malmö"], &["SE", "DK"]);
        // An unknown place adds nothing but is reported.
        let d = split_destination("Xyzstad en Gent, België");
        assert_eq!(d.places, ["Xyzstad", "Gent"]);
        assert_eq!(d.countries, ["BE"]);
        assert_eq!(d.unknown, ["Xyzstad"]);
    }

    #[test]
    fn city_states_are_countries() {
        check("Singapore", &[], &["SG"]);
        check("Monaco", &[], &["MC"]);
        check("Luxemburg", &[], &["LU"]);
        check("Vaticaanstad en Rome", &["Rome"], &["VA", "IT"]);
        check("Macau en Hongkong", &[], &["MO", "HK"]);
        check("Luxemburg-Stad", &["Luxemburg-Stad"], &["LU"]);
    }

    #[test]
    fn ambiguous_places_follow_the_destination() {
        check("Santiago", &["Santiago"], &["CL"]);
        check("Santiago, Spanje", &["Santiago"], &["ES"]);
        check("Valencia, Venezuela", &["Valencia"], &["VE"]);
        check("Bergen, Noorwegen", &["Bergen"], &["NO"]);
        check("Bergen en Brussel", &["Bergen", "Brussel"], &["BE"]);
        check("Atlanta, Georgia", &["Atlanta", "Georgia"], &["US"]);
        check("Tbilisi en Georgia", &["Tbilisi", "Georgia"], &["GE"]);
        let d = split_destination("Bergen");
        assert_eq!(d.places, ["Bergen"]);
        assert!(d.countries.is_empty());
        assert_eq!(d.unknown, ["Bergen"]);
    }

    #[test]
    fn designators_and_articles() {
        check("regio Shanghai", &["regio Shanghai"], &["CN"]);
        check("haven van Antwerpen", &["haven van Antwerpen"], &["BE"]);
        check("de Verenigde Staten", &[], &["US"]);
        check("het Verenigd Koninkrijk en Ierland", &[], &["GB", "IE"]);
        check("aan Antwerpen en Gent", &["Antwerpen", "Gent"], &["BE"]);
        check("Rostov aan de Don", &["Rostov aan de Don"], &["RU"]);
    }

    #[test]
    fn regions_are_places_without_country() {
        check("Scandinavië", &["Scandinavië"], &[]);
        check("Zuid-Amerika", &["Zuid-Amerika"], &[]);
        check("Midden-Oosten: Dubai en Doha", &["Midden-Oosten", "Dubai", "Doha"], &["AE", "QA"]);
        assert_eq!(place_country("Latijns-Amerika"), None);
    }

    #[test]
    fn partly_known_segments_give_a_country_and_a_warning() {
        let d = split_destination("MIPIM Cannes");
        assert_eq!(d.places, ["MIPIM Cannes"]);
        assert_eq!(d.countries, ["FR"]);
        assert_eq!(d.unknown, ["MIPIM Cannes"]);

        let d = split_destination("Zuid-Duitsland en Wenen");
        assert_eq!(d.places, ["Zuid-Duitsland", "Wenen"]);
        assert_eq!(d.countries, ["DE", "AT"]);
        assert_eq!(d.unknown, ["Zuid-Duitsland"]);

        let d = split_destination("Expo Real München, Duitsland");
        assert_eq!(d.places, ["Expo Real München"]);
        assert_eq!(d.countries, ["DE"]);
        assert_eq!(d.unknown, ["Expo Real München"]);

        check("handelsmissie Vietnam", &[], &["VN"]);
        check("het noorden van Italië", &[], &["IT"]);
        check("Brussel (2x) en Parijs", &["Brussel", "Parijs"], &["BE", "FR"]);

        let d = split_destination("Xyz Abc");
        assert_eq!(d.places, ["Xyz Abc"]);
        assert!(d.countries.is_empty());
        assert_eq!(d.unknown, ["Xyz Abc"]);
    }

    #[test]
    fn several_countries_with_their_places() {
        check("Parijs, Frankrijk en Brussel, België", &["Parijs", "Brussel"], &["FR", "BE"]);
        check("Bazel (Zwitserland) en Freiburg (Duitsland)", &["Bazel", "Freiburg"], &["CH", "DE"]);
        check("New York en Washington D.C., Verenigde Staten", &["New York", "Washington D.C."], &["US"]);
        check("Oslo en Bergen, Noorwegen", &["Oslo", "Bergen"], &["NO"]);
        check("Kaapstad, Johannesburg en Durban, Zuid-Afrika", &["Kaapstad", "Johannesburg", "Durban"], &["ZA"]);
        check("Casablanca, Rabat en Tanger, Marokko", &["Casablanca", "Rabat", "Tanger"], &["MA"]);
    }

    // ---- country_code ----

    #[test]
    fn eu_members_by_dutch_name() {
        let eu = [
            ("België", "BE"),
            ("Bulgarije", "BG"),
            ("Cyprus", "CY"),
            ("Denemarken", "DK"),
            ("Duitsland", "DE"),
            ("Estland", "EE"),
            ("Finland", "FI"),
            ("Frankrijk", "FR"),
            ("Griekenland", "GR"),
            ("Hongarije", "HU"),
            ("Ierland", "IE"),
            ("Italië", "IT"),
            ("Kroatië", "HR"),
            ("Letland", "LV"),
            ("Litouwen", "LT"),
            ("Luxemburg", "LU"),
            ("Malta", "MT"),
            ("Nederland", "NL"),
            ("Oostenrijk", "AT"),
            ("Polen", "PL"),
            ("Portugal", "PT"),
            ("Roemenië", "RO"),
            ("Slovenië", "SI"),
            ("Slowakije", "SK"),
            ("Spanje", "ES"),
            ("Tsjechië", "CZ"),
            ("Zweden", "SE"),
        ];
        assert_eq!(eu.len(), 27);
        for (name, code) in eu {
            assert_eq!(country_code(name), Some(code), "{name}");
            check(name, &[], &[code]);
        }
    }

    #[test]
    fn country_names_variants_and_abbreviations() {
        let cases = [
            ("Verenigde Staten", "US"),
            ("VS", "US"),
            ("V.S.", "US"),
            ("USA", "US"),
            ("United States", "US"),
            ("Verenigd Koninkrijk", "GB"),
            ("VK", "GB"),
            ("UK", "GB"),
            ("Groot-Brittannië", "GB"),
            ("Engeland", "GB"),
            ("Schotland", "GB"),
            ("Wales", "GB"),
            ("Noord-Ierland", "GB"),
            ("Holland", "NL"),
            ("Zuid-Korea", "KR"),
            ("Noord-Macedonië", "MK"),
            ("Ivoorkust", "CI"),
            ("Côte d’Ivoire", "CI"),
            ("Wit-Rusland", "BY"),
            ("Belarus", "BY"),
            ("Verenigde Arabische Emiraten", "AE"),
            ("VAE", "AE"),
            ("Kaapverdië", "CV"),
            ("Oost-Timor", "TL"),
            ("Democratische Republiek Congo", "CD"),
            ("DRC", "CD"),
            ("Saoedi-Arabië", "SA"),
            ("Marokko", "MA"),
            ("Suriname", "SR"),
            ("Curaçao", "CW"),
            ("Curacao", "CW"),
            ("Aruba", "AW"),
            ("Sint Maarten", "SX"),
            ("Turkije", "TR"),
            ("Türkiye", "TR"),
            ("Tsjechische Republiek", "CZ"),
            ("Germany", "DE"),
            ("Belgium", "BE"),
            ("BELGIË", "BE"),
            ("belgie", "BE"),
            ("Bosnie en Herzegovina", "BA"),
            ("Bosnië-Herzegovina", "BA"),
            ("Bahama’s", "BS"),
            ("Bahamas", "BS"),
            ("Sint-Maarten", "SX"),
            ("Saint-Martin", "MF"),
            ("Kosovo", "XK"),
            ("Vaticaanstad", "VA"),
            ("Zuid-Afrika", "ZA"),
            ("Zuid Afrika", "ZA"),
            ("Brits Territorium in de Indische Oceaan", "IO"),
        ];
        for (name, code) in cases {
            assert_eq!(country_code(name), Some(code), "{name}");
        }
        for name in ["Brussel", "Congo", "Georgia", "", "ZA", "Europa", "diverse steden"] {
            assert_eq!(country_code(name), None, "{name}");
        }
    }

    // ---- place_country ----

    #[test]
    fn places_by_dutch_exonym_and_native_name() {
        let cases = [
            ("Brussel", "BE"),
            ("Bruxelles", "BE"),
            ("Kopenhagen", "DK"),
            ("København", "DK"),
            ("Boekarest", "RO"),
            ("București", "RO"),
            ("Parijs", "FR"),
            ("Londen", "GB"),
            ("München", "DE"),
            ("Muenchen", "DE"),
            ("Munchen", "DE"),
            ("Straatsburg", "FR"),
            ("Ho Chi Minh Stad", "VN"),
            ("Ho Chi Minh-stad", "VN"),
            ("ho chi minhstad", "VN"),
            ("Saigon", "VN"),
            ("Antwerpen", "BE"),
            ("Luik", "BE"),
            ("Rijsel", "FR"),
            ("Aken", "DE"),
            ("Keulen", "DE"),
            ("Lissabon", "PT"),
            ("Warschau", "PL"),
            ("Krakau", "PL"),
            ("Praag", "CZ"),
            ("Wenen", "AT"),
            ("Boedapest", "HU"),
            ("Athene", "GR"),
            ("Milaan", "IT"),
            ("Napels", "IT"),
            ("Venetië", "IT"),
            ("Turijn", "IT"),
            ("Genua", "IT"),
            ("Duinkerke", "FR"),
            ("Genève", "CH"),
            ("Geneve", "CH"),
            ("Zürich", "CH"),
            ("Bazel", "CH"),
            ("Göteborg", "SE"),
            ("Moskou", "RU"),
            ("Sint-Petersburg", "RU"),
            ("St. Petersburg", "RU"),
            ("Kiev", "UA"),
            ("Kyiv", "UA"),
            ("Izmir", "TR"),
            ("Mexico-Stad", "MX"),
            ("Mexico Stad", "MX"),
            ("Bogotá", "CO"),
            ("Medellin", "CO"),
            ("Panama-Stad", "PA"),
            ("Buenos Aires", "AR"),
            ("Paramaribo", "SR"),
            ("Willemstad", "CW"),
            ("Oranjestad", "AW"),
            ("Peking", "CN"),
            ("Beijing", "CN"),
            ("Tokio", "JP"),
            ("Seoul", "KR"),
            ("Mumbai", "IN"),
            ("Bombay", "IN"),
            ("New Delhi", "IN"),
            ("Dubai", "AE"),
            ("Riyad", "SA"),
            ("Tel Aviv", "IL"),
            ("Beiroet", "LB"),
            ("Kaapstad", "ZA"),
            ("Walvisbaai", "NA"),
            ("Lüderitz", "NA"),
            ("Caïro", "EG"),
            ("Dar es Salaam", "TZ"),
            ("Sydney", "AU"),
            ("Auckland", "NZ"),
            ("Den Haag", "NL"),
            ("Singapore", "SG"),
            ("Hongkong", "HK"),
            ("Santiago", "CL"),
            ("San José", "CR"),
            ("Cartagena", "CO"),
            ("Texas", "US"),
            ("Vlaanderen", "BE"),
            ("Pristina", "XK"),
            ("Đà Nẵng", "VN"),
            ("Łódź", "PL"),
            ("Saint John's", "AG"),
            ("St John’s", "AG"),
        ];
        for (name, code) in cases {
            assert_eq!(place_country(name), Some(code), "{name}");
        }
        for name in ["Bergen", "Hamilton", "Victoria", "Georgia", "Duitsland", "Xyzstad", ""] {
            assert_eq!(place_country(name), None, "{name}");
        }
    }

    #[test]
    fn decomposed_diacritics_fold_too() {
        // "Göteborg" with o + U+0308 COMBINING DIAERESIS.
        assert_eq!(place_country("Go\u{308}teborg"), Some("SE"));
        assert_eq!(normalize("Ho Chi Minh‑Stad"), "ho chi minh stad");
        assert_eq!(normalize("Regio’s & St. Maarten"), "regios en saint maarten");
    }

    // ---- Table integrity ----

    #[test]
    fn data_files_parse_completely() {
        for (file, text, header, rows) in [
            ("countries.tsv", COUNTRIES_TSV, &["code", "name"][..], country_rows().len()),
            ("places.tsv", PLACES_TSV, &["code", "name"][..], place_rows().len()),
            ("place_alternates.tsv", PLACE_ALTERNATES_TSV, &["name", "code"][..], alternate_rows().len()),
            ("regions.tsv", REGIONS_TSV, &["name"][..], region_rows().len()),
        ] {
            let tsv = parse_tsv(text);
            assert_eq!(tsv.header, header, "data/{file}: header");
            for (line, cells) in &tsv.rows {
                assert_eq!(cells.len(), header.len(), "data/{file} line {line}: {cells:?}");
                assert!(cells.iter().all(|c| !c.is_empty()), "data/{file} line {line}: empty cell");
            }
            // Every row was taken: none skipped as unreadable.
            assert_eq!(rows, tsv.rows.len(), "data/{file}");
        }
        assert_eq!(country_rows().len(), 580);
        assert!(place_rows().len() > 2000);
        let words = parse_tsv(PLACE_WORDS_TSV);
        assert_eq!(words.header, ["kind", "word"]);
        for (line, cells) in &words.rows {
            assert!(
                matches!(cells[..], ["quantifier" | "generic" | "article" | "designator", w] if !w.is_empty()),
                "data/place_words.tsv line {line}: {cells:?}"
            );
        }
        let w = place_words();
        assert_eq!(w.quantifiers.len() + w.generic.len() + w.articles.len() + w.designators.len(), words.rows.len());
        assert!(w.articles.contains(&"de ".to_string()) && w.designators.contains(&"haven van ".to_string()));
    }

    #[test]
    fn every_iso_code_has_a_country_name() {
        let named: HashSet<&str> = country_rows().iter().map(|(_, c)| *c).collect();
        let iso: HashSet<&str> = ISO_CODES.split_whitespace().collect();
        assert_eq!(iso.len(), 249);
        let missing: Vec<_> = iso.difference(&named).collect();
        assert!(missing.is_empty(), "no name for {missing:?}");
    }

    #[test]
    fn tables_use_valid_codes_and_are_sorted_by_code() {
        let valid = valid_codes();
        for (table, what) in [(country_rows(), "COUNTRIES"), (place_rows(), "PLACES")] {
            for (name, code) in table {
                assert!(valid.contains(code), "{what}: {name} → {code}");
            }
            for pair in table.windows(2) {
                assert!(pair[0].1 <= pair[1].1, "{what} not sorted at {:?}", pair[1]);
            }
        }
        for (name, code) in alternate_rows() {
            assert!(valid.contains(code), "PLACE_ALTERNATES: {name} → {code}");
        }
        for pair in alternate_rows().windows(2) {
            let (a, b) = (normalize(pair[0].0), normalize(pair[1].0));
            assert!(a <= b, "PLACE_ALTERNATES not sorted at {:?}", pair[1]);
        }
    }

    #[test]
    fn no_name_means_two_things() {
        for (table, what) in [(country_rows(), "COUNTRIES"), (place_rows(), "PLACES")] {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for (name, code) in table {
                let key = normalize(name);
                assert!(!key.is_empty(), "{what}: empty key for {name}");
                // Variants that differ only in what `normalize` folds need no own entry.
                if let Some(other) = seen.insert(key.clone(), code) {
                    panic!("{what}: {key:?} listed twice ({other} and {code}, last as {name})");
                }
            }
        }
        // A place that is also a country name must be the same country (city states).
        for (name, code) in place_rows() {
            if let Some(country) = country_code(name) {
                assert_eq!(country, *code, "{name} is a place in {code}, a country {country}");
            }
        }
        // An alternate is never the primary itself.
        for (name, code) in alternate_rows() {
            assert_ne!(place_country(name), Some(*code), "{name}: {code} listed twice");
            assert_eq!(country_code(name), None, "{name} is a country name");
        }
        // A region is neither a country nor a place in one.
        let place_keys: HashSet<String> =
            place_rows().iter().chain(alternate_rows()).map(|(name, _)| normalize(name)).collect();
        let mut regions = HashSet::new();
        for name in region_rows() {
            let key = normalize(name);
            assert!(regions.insert(key.clone()), "REGIONS: {name} listed twice");
            assert_eq!(lookup_country(&key), None, "region {name} is a country name");
            assert!(!place_keys.contains(&key), "region {name} is a place name");
        }
        // No place name reads as a generic phrase.
        for (name, _) in place_rows().iter().chain(alternate_rows()) {
            assert!(!is_generic(&normalize(name)), "{name} reads as generic");
        }
    }

    #[test]
    fn every_country_name_splits_to_its_country() {
        for (name, code) in country_rows() {
            let d = split_destination(name);
            assert_eq!(d.countries, [*code], "{name}");
            assert!(d.places.is_empty(), "{name}: places {:?}", d.places);
            assert!(atoms(name).len() <= MAX_JOIN, "{name} has too many atoms");
        }
    }

    #[test]
    fn every_place_name_splits_to_its_place() {
        for (name, code) in place_rows() {
            let d = split_destination(name);
            assert!(atoms(name).len() <= MAX_JOIN, "{name} has too many atoms");
            assert_eq!(d.countries, [*code], "{name}");
            if country_code(name).is_some() {
                assert!(d.places.is_empty(), "{name}");
            } else {
                assert_eq!(d.places, [*name], "{name}");
            }
            assert!(d.unknown.is_empty(), "{name}");
        }
    }

    #[test]
    fn odd_input_does_not_panic_and_keeps_invariants() {
        let inputs = [
            "",
            ",,,",
            "en en en",
            "&/&/",
            "()",
            "(Brussel",
            "Brussel)",
            "’",
            "—",
            "Ééé, ‘’, «»",
            "🙂 en 🙂",
            "diverse",
            "Brussel,,,,Gent",
            "in",
            "de",
            ". . .",
            "a.",
            "Zürich.",
            "\u{308}",
            "İstanbul",
        ];
        for input in inputs {
            let d = split_destination(input);
            let unique: HashSet<_> = d.countries.iter().collect();
            assert_eq!(unique.len(), d.countries.len(), "{input:?}");
            for place in &d.places {
                assert!(input.contains(place.as_str()), "{input:?}: {place:?}");
                assert!(!place.is_empty() && place.trim() == place, "{input:?}");
            }
            for u in &d.unknown {
                assert!(d.places.contains(u), "{input:?}: {u:?}");
            }
        }
        check("İstanbul", &["İstanbul"], &["TR"]);
        check("Zürich.", &["Zürich"], &["CH"]);
    }
}
