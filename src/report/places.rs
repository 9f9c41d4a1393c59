//! Places and countries in the destination text of a trip header.
//!
//! The report prints destinations the way a Dutch civil servant writes them:
//! `Kopenhagen, Denemarken`, `Rio de Janeiro en São Paulo, Brazilië`,
//! `diverse steden en regio’s, Polen en Roemenië`, `Miami, VS`. This module turns such a
//! text into named places and ISO 3166-1 alpha-2 country codes.
//!
//! Matching works on a normalised key (see `normalize`): lower case, diacritics folded
//! (é→e, ü→u, ø→o, ß→ss …), hyphens and punctuation read as spaces, apostrophes and
//! full stops dropped, and `St`/`Sint`/`Saint`/`Sankt` read as one word. The tables below
//! hold names as people write them; they are normalised once, on first use.
//!
//! The data cover every ISO 3166-1 country and territory (Dutch names as used by the
//! Dutch government and the Taalunie, common variants, abbreviations and English names)
//! and, for places, every capital plus the cities, ports and regions a Dutch city
//! government is likely to visit. A handful of place names (among them a few small
//! capitals such as Hamilton and Victoria) are deliberately given no country of their own
//! because they are common in more than one country (see `PLACE_ALTERNATES`); the
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

/// Words that start a generic phrase: `diverse steden`, `een aantal regio's`.
const QUANTIFIERS: &[&str] = &[
    "diverse",
    "divers",
    "div",
    "verschillende",
    "versch",
    "meerdere",
    "enkele",
    "een",
    "andere",
    "overige",
    "vele",
    "talrijke",
    "allerlei",
    "omliggende",
    "nabijgelegen",
    "several",
    "various",
    "multiple",
    "some",
    "other",
    "many",
];

/// Words a generic phrase consists of: `gebieden` in `diverse steden en gebieden` is an
/// atom on its own. Also words that may stand around a name without naming anything
/// themselves (`handelsmissie Vietnam`, `Brussel (2 dagen)`).
const GENERIC_WORDS: &[&str] = &[
    "aan",
    "aantal",
    "andere",
    "area",
    "areas",
    "bestemming",
    "bestemmingen",
    "bezoek",
    "bij",
    "binnenland",
    "binnenstad",
    "centrum",
    "cities",
    "city",
    "countries",
    "dag",
    "dagen",
    "de",
    "deelstaat",
    "deelstaten",
    "delegatie",
    "dorp",
    "dorpen",
    "economische",
    "eiland",
    "eilanden",
    "eo",
    "gebied",
    "gebieden",
    "gemeente",
    "gemeenten",
    "gemeentes",
    "handels",
    "handelsmissie",
    "handelsreis",
    "haven",
    "havens",
    "havenstad",
    "havensteden",
    "het",
    "keer",
    "land",
    "landen",
    "locatie",
    "locaties",
    "maal",
    "missie",
    "mission",
    "naar",
    "noorden",
    "omgeving",
    "omstreken",
    "oosten",
    "plaats",
    "plaatsen",
    "places",
    "ports",
    "provincie",
    "provincies",
    "regio",
    "region",
    "regions",
    "regios",
    "reis",
    "stad",
    "staten",
    "steden",
    "streek",
    "streken",
    "studiereis",
    "the",
    "towns",
    "trade",
    "trip",
    "van",
    "visit",
    "werkbezoek",
    "westen",
    "x",
    "zuiden",
];

/// Whether a normalised atom is a generic phrase rather than a name.
fn is_generic(key: &str) -> bool {
    let mut words = key.split(' ').filter(|w| !w.is_empty()).peekable();
    match words.peek() {
        None => true,
        Some(first) if QUANTIFIERS.contains(first) => true,
        Some(_) => words.all(is_generic_word),
    }
}

/// Whether a normalised word names nothing: a generic word, a quantifier or a count
/// (`2`, `2x`, `3e`, `3de`).
fn is_generic_word(word: &str) -> bool {
    let count = word.trim_end_matches(['x', 'e', 'd']);
    GENERIC_WORDS.contains(&word)
        || QUANTIFIERS.contains(&word)
        || (!count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// Leading articles that may stand before a name: `de VS`, `het Verenigd Koninkrijk`.
const ARTICLES: &[&str] = &["de ", "het ", "the ", "t "];

/// Leading words that say what kind of place follows: `regio Shanghai`, `haven van
/// Antwerpen`, `Groot-Londen`. Only tried when the whole name is unknown.
const DESIGNATORS: &[&str] = &[
    "stad ",
    "city of ",
    "regio ",
    "metropoolregio ",
    "provincie ",
    "deelstaat ",
    "staat ",
    "state of ",
    "gemeente ",
    "haven van ",
    "haven ",
    "port of ",
    "groot ",
    "greater ",
    "eiland ",
    "omgeving ",
];

/// The country map, keyed by normalised name.
fn countries() -> &'static HashMap<String, &'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity(COUNTRIES.len());
        for (name, code) in COUNTRIES {
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
        let mut map: HashMap<String, PlaceEntry> = HashMap::with_capacity(PLACES.len());
        for (name, code) in PLACES {
            let entry = map.entry(normalize(name)).or_default();
            entry.primary.get_or_insert(*code);
        }
        for (name, code) in PLACE_ALTERNATES {
            let entry = map.entry(normalize(name)).or_default();
            if !entry.may_be_in(code) {
                entry.others.push(*code);
            }
        }
        for name in REGIONS {
            // No country at all: a known place, but not one to derive a country from.
            map.entry(normalize(name)).or_default();
        }
        map
    })
}

/// Country code for a normalised key, also after dropping a leading article.
fn lookup_country(key: &str) -> Option<&'static str> {
    let map = countries();
    map.get(key)
        .copied()
        .or_else(|| ARTICLES.iter().find_map(|a| key.strip_prefix(a)).and_then(|rest| map.get(rest).copied()))
}

/// Place entry for a normalised key, also after dropping a leading article or designator.
fn lookup_place(key: &str) -> Option<&'static PlaceEntry> {
    let map = places();
    if let Some(entry) = map.get(key) {
        return Some(entry);
    }
    let rest = ARTICLES.iter().find_map(|a| key.strip_prefix(a)).unwrap_or(key);
    if let Some(entry) = map.get(rest) {
        return Some(entry);
    }
    DESIGNATORS.iter().filter_map(|d| rest.strip_prefix(d)).find_map(|name| map.get(name))
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

/// Country and territory names → ISO 3166-1 alpha-2, sorted by code.
///
/// Per code: the Dutch name (Taalunie / Dutch government list) first, then Dutch variants,
/// abbreviations, English and some native names. Spelling variants that differ only in
/// case, diacritics, hyphens, apostrophes or full stops need no entry of their own.
/// Kosovo is listed as `XK` (user-assigned, not ISO, but what the EU uses).
#[rustfmt::skip]
static COUNTRIES: &[(&str, &str)] = &[
    ("Andorra", "AD"), ("Vorstendom Andorra", "AD"),
    ("Verenigde Arabische Emiraten", "AE"), ("VAE", "AE"), ("UAE", "AE"), ("Emiraten", "AE"),
    ("United Arab Emirates", "AE"), ("Arabische Emiraten", "AE"),
    ("Afghanistan", "AF"),
    ("Antigua en Barbuda", "AG"), ("Antigua", "AG"),
    ("Anguilla", "AI"),
    ("Albanië", "AL"), ("Albania", "AL"), ("Shqipëria", "AL"),
    ("Armenië", "AM"), ("Armenia", "AM"),
    ("Angola", "AO"),
    ("Antarctica", "AQ"), ("Antarctis", "AQ"), ("Zuidpool", "AQ"),
    ("Argentinië", "AR"), ("Argentina", "AR"),
    ("Amerikaans-Samoa", "AS"), ("American Samoa", "AS"),
    ("Oostenrijk", "AT"), ("Austria", "AT"), ("Österreich", "AT"),
    ("Australië", "AU"), ("Australia", "AU"),
    ("Aruba", "AW"),
    ("Åland", "AX"), ("Ålandeilanden", "AX"), ("Åland Islands", "AX"),
    ("Azerbeidzjan", "AZ"), ("Azerbeidjan", "AZ"), ("Azerbaijan", "AZ"), ("Azerbaidzjan", "AZ"),
    ("Bosnië en Herzegovina", "BA"), ("Bosnië-Herzegovina", "BA"), ("Bosnië", "BA"),
    ("Bosnia and Herzegovina", "BA"), ("Bosnia-Herzegovina", "BA"), ("Bosnia", "BA"),
    ("Bosnië en Hercegovina", "BA"),
    ("Barbados", "BB"),
    ("Bangladesh", "BD"),
    ("België", "BE"), ("Belgium", "BE"), ("Belgique", "BE"), ("Belgien", "BE"),
    ("Koninkrijk België", "BE"),
    ("Burkina Faso", "BF"),
    ("Bulgarije", "BG"), ("Bulgaria", "BG"),
    ("Bahrein", "BH"), ("Bahrain", "BH"),
    ("Burundi", "BI"),
    ("Benin", "BJ"),
    ("Saint-Barthélemy", "BL"), ("Sint-Bartholomeus", "BL"), ("Saint Barths", "BL"),
    ("Bermuda", "BM"), ("Bermuda-eilanden", "BM"),
    ("Brunei", "BN"), ("Brunei Darussalam", "BN"),
    ("Bolivia", "BO"), ("Bolivië", "BO"),
    ("Caribisch Nederland", "BQ"), ("Bonaire, Sint Eustatius en Saba", "BQ"), ("BES-eilanden", "BQ"),
    ("Bonaire", "BQ"), ("Sint Eustatius", "BQ"), ("Statia", "BQ"), ("Saba", "BQ"),
    ("Caribbean Netherlands", "BQ"), ("Bonaire, Saba en Sint Eustatius", "BQ"),
    ("Brazilië", "BR"), ("Brazil", "BR"), ("Brasil", "BR"),
    ("Bahama's", "BS"), ("Bahama-eilanden", "BS"), ("The Bahamas", "BS"),
    ("Bhutan", "BT"),
    ("Bouveteiland", "BV"), ("Bouvet Island", "BV"),
    ("Botswana", "BW"),
    ("Belarus", "BY"), ("Wit-Rusland", "BY"),
    ("Belize", "BZ"),
    ("Canada", "CA"),
    ("Cocoseilanden", "CC"), ("Cocos (Keeling) Islands", "CC"), ("Cocos Islands", "CC"),
    ("Cocos- en Keelingeilanden", "CC"),
    ("Democratische Republiek Congo", "CD"), ("DR Congo", "CD"), ("DRC", "CD"),
    ("Congo-Kinshasa", "CD"), ("Democratic Republic of the Congo", "CD"), ("DR Kongo", "CD"),
    ("Democratische Republiek Kongo", "CD"), ("Congo, Democratische Republiek", "CD"),
    ("Centraal-Afrikaanse Republiek", "CF"), ("Central African Republic", "CF"),
    ("Republiek Congo", "CG"), ("Congo-Brazzaville", "CG"), ("Republic of the Congo", "CG"),
    ("Congo, Republiek", "CG"),
    ("Zwitserland", "CH"), ("Switzerland", "CH"), ("Schweiz", "CH"), ("Suisse", "CH"),
    ("Svizzera", "CH"),
    ("Ivoorkust", "CI"), ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"),
    ("Cookeilanden", "CK"), ("Cook Islands", "CK"),
    ("Chili", "CL"), ("Chile", "CL"),
    ("Kameroen", "CM"), ("Cameroon", "CM"), ("Cameroun", "CM"),
    ("China", "CN"), ("Volksrepubliek China", "CN"), ("VR China", "CN"),
    ("People's Republic of China", "CN"),
    ("Colombia", "CO"), ("Colombië", "CO"),
    ("Costa Rica", "CR"),
    ("Cuba", "CU"),
    ("Kaapverdië", "CV"), ("Kaapverdische Eilanden", "CV"), ("Cabo Verde", "CV"),
    ("Cape Verde", "CV"),
    ("Curaçao", "CW"),
    ("Christmaseiland", "CX"), ("Christmas Island", "CX"),
    ("Cyprus", "CY"),
    ("Tsjechië", "CZ"), ("Tsjechische Republiek", "CZ"), ("Czech Republic", "CZ"),
    ("Czechia", "CZ"), ("Česko", "CZ"),
    ("Duitsland", "DE"), ("Germany", "DE"), ("Deutschland", "DE"),
    ("Bondsrepubliek Duitsland", "DE"),
    ("Djibouti", "DJ"), ("Djiboeti", "DJ"),
    ("Denemarken", "DK"), ("Denmark", "DK"), ("Danmark", "DK"),
    ("Dominica", "DM"),
    ("Dominicaanse Republiek", "DO"), ("Dominican Republic", "DO"),
    ("Algerije", "DZ"), ("Algeria", "DZ"), ("Algérie", "DZ"),
    ("Ecuador", "EC"),
    ("Estland", "EE"), ("Estonia", "EE"), ("Eesti", "EE"),
    ("Egypte", "EG"), ("Egypt", "EG"),
    ("Westelijke Sahara", "EH"), ("Western Sahara", "EH"),
    ("Eritrea", "ER"),
    ("Spanje", "ES"), ("Spain", "ES"), ("España", "ES"),
    ("Ethiopië", "ET"), ("Ethiopia", "ET"),
    ("Finland", "FI"), ("Suomi", "FI"),
    ("Fiji", "FJ"), ("Fidji", "FJ"), ("Fiji-eilanden", "FJ"),
    ("Falklandeilanden", "FK"), ("Falkland Islands", "FK"), ("Falklands", "FK"),
    ("Micronesia", "FM"), ("Micronesië", "FM"), ("Federale Staten van Micronesia", "FM"),
    ("Faeröer", "FO"), ("Faröer", "FO"), ("Faeröereilanden", "FO"), ("Faroe Islands", "FO"),
    ("Frankrijk", "FR"), ("France", "FR"),
    ("Gabon", "GA"),
    ("Verenigd Koninkrijk", "GB"), ("VK", "GB"), ("UK", "GB"), ("GB", "GB"),
    ("United Kingdom", "GB"), ("Groot-Brittannië", "GB"), ("Great Britain", "GB"),
    ("Brittannië", "GB"), ("Britain", "GB"), ("Engeland", "GB"), ("England", "GB"),
    ("Schotland", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Noord-Ierland", "GB"),
    ("Northern Ireland", "GB"), ("Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland", "GB"),
    ("Grenada", "GD"),
    ("Georgië", "GE"),
    ("Frans-Guyana", "GF"), ("French Guiana", "GF"), ("Guyane", "GF"),
    ("Guernsey", "GG"),
    ("Ghana", "GH"),
    ("Gibraltar", "GI"),
    ("Groenland", "GL"), ("Greenland", "GL"), ("Kalaallit Nunaat", "GL"),
    ("Gambia", "GM"), ("The Gambia", "GM"),
    ("Guinee", "GN"), ("Guinea", "GN"), ("Guinee-Conakry", "GN"),
    ("Guadeloupe", "GP"),
    ("Equatoriaal-Guinea", "GQ"), ("Equatoriaal-Guinee", "GQ"), ("Equatorial Guinea", "GQ"),
    ("Griekenland", "GR"), ("Greece", "GR"), ("Hellas", "GR"),
    ("Zuid-Georgia en de Zuidelijke Sandwicheilanden", "GS"),
    ("South Georgia and the South Sandwich Islands", "GS"),
    ("Zuid-Georgië en de Zuidelijke Sandwicheilanden", "GS"),
    ("Guatemala", "GT"),
    ("Guam", "GU"),
    ("Guinee-Bissau", "GW"), ("Guinea-Bissau", "GW"),
    ("Guyana", "GY"),
    ("Hongkong", "HK"), ("Hong Kong", "HK"), ("Hong Kong SAR", "HK"),
    ("Heard en McDonaldeilanden", "HM"), ("Heard Island and McDonald Islands", "HM"),
    ("Honduras", "HN"),
    ("Kroatië", "HR"), ("Croatia", "HR"), ("Hrvatska", "HR"),
    ("Haïti", "HT"),
    ("Hongarije", "HU"), ("Hungary", "HU"), ("Magyarország", "HU"),
    ("Indonesië", "ID"), ("Indonesia", "ID"),
    ("Ierland", "IE"), ("Ireland", "IE"), ("Republiek Ierland", "IE"), ("Éire", "IE"),
    ("Israël", "IL"),
    ("Man", "IM"), ("Isle of Man", "IM"), ("Eiland Man", "IM"),
    ("India", "IN"),
    ("Brits Indische Oceaanterritorium", "IO"), ("Brits Territorium in de Indische Oceaan", "IO"),
    ("British Indian Ocean Territory", "IO"), ("Chagosarchipel", "IO"),
    ("Irak", "IQ"), ("Iraq", "IQ"),
    ("Iran", "IR"),
    ("IJsland", "IS"), ("Iceland", "IS"), ("Ísland", "IS"),
    ("Italië", "IT"), ("Italy", "IT"), ("Italia", "IT"),
    ("Jersey", "JE"),
    ("Jamaica", "JM"),
    ("Jordanië", "JO"), ("Jordan", "JO"),
    ("Japan", "JP"),
    ("Kenia", "KE"), ("Kenya", "KE"),
    ("Kirgizië", "KG"), ("Kirgizstan", "KG"), ("Kirgistan", "KG"), ("Kyrgyzstan", "KG"),
    ("Cambodja", "KH"), ("Cambodia", "KH"),
    ("Kiribati", "KI"),
    ("Comoren", "KM"), ("Comoros", "KM"), ("Komoren", "KM"),
    ("Saint Kitts en Nevis", "KN"), ("Saint Kitts", "KN"), ("Saint Christopher en Nevis", "KN"),
    ("Noord-Korea", "KP"), ("North Korea", "KP"), ("Democratische Volksrepubliek Korea", "KP"),
    ("Zuid-Korea", "KR"), ("South Korea", "KR"), ("Republiek Korea", "KR"),
    ("Republic of Korea", "KR"), ("Korea", "KR"),
    ("Koeweit", "KW"), ("Kuwait", "KW"), ("Koeweijt", "KW"),
    ("Kaaimaneilanden", "KY"), ("Caymaneilanden", "KY"), ("Cayman Islands", "KY"),
    ("Kazachstan", "KZ"), ("Kazakhstan", "KZ"),
    ("Laos", "LA"), ("Lao PDR", "LA"),
    ("Libanon", "LB"), ("Lebanon", "LB"),
    ("Saint Lucia", "LC"),
    ("Liechtenstein", "LI"),
    ("Sri Lanka", "LK"),
    ("Liberia", "LR"),
    ("Lesotho", "LS"),
    ("Litouwen", "LT"), ("Lithuania", "LT"), ("Lietuva", "LT"),
    ("Luxemburg", "LU"), ("Luxembourg", "LU"), ("Groothertogdom Luxemburg", "LU"),
    ("Lëtzebuerg", "LU"),
    ("Letland", "LV"), ("Latvia", "LV"), ("Latvija", "LV"),
    ("Libië", "LY"), ("Libya", "LY"),
    ("Marokko", "MA"), ("Morocco", "MA"), ("Maroc", "MA"),
    ("Monaco", "MC"), ("Vorstendom Monaco", "MC"),
    ("Moldavië", "MD"), ("Moldova", "MD"), ("Republiek Moldavië", "MD"),
    ("Montenegro", "ME"), ("Crna Gora", "ME"),
    ("Saint-Martin", "MF"), ("Sint-Maarten (Franse deel)", "MF"), ("Sint-Maarten (Frans deel)", "MF"),
    ("Madagaskar", "MG"), ("Madagascar", "MG"),
    ("Marshalleilanden", "MH"), ("Marshall Islands", "MH"),
    ("Noord-Macedonië", "MK"), ("North Macedonia", "MK"), ("Macedonië", "MK"),
    ("Macedonia", "MK"), ("Republiek Noord-Macedonië", "MK"),
    ("Mali", "ML"),
    ("Myanmar", "MM"), ("Birma", "MM"), ("Burma", "MM"), ("Myanmar (Birma)", "MM"),
    ("Mongolië", "MN"), ("Mongolia", "MN"),
    ("Macau", "MO"), ("Macao", "MO"),
    ("Noordelijke Marianen", "MP"), ("Northern Mariana Islands", "MP"),
    ("Martinique", "MQ"),
    ("Mauritanië", "MR"), ("Mauritania", "MR"),
    ("Montserrat", "MS"),
    ("Malta", "MT"),
    ("Mauritius", "MU"),
    ("Maldiven", "MV"), ("Malediven", "MV"), ("Maldives", "MV"),
    ("Malawi", "MW"),
    ("Mexico", "MX"),
    ("Maleisië", "MY"), ("Malaysia", "MY"),
    ("Mozambique", "MZ"), ("Moçambique", "MZ"),
    ("Namibië", "NA"), ("Namibia", "NA"),
    ("Nieuw-Caledonië", "NC"), ("New Caledonia", "NC"), ("Nouvelle-Calédonie", "NC"),
    ("Niger", "NE"),
    ("Norfolkeiland", "NF"), ("Norfolk Island", "NF"),
    ("Nigeria", "NG"),
    ("Nicaragua", "NI"),
    ("Nederland", "NL"), ("Holland", "NL"), ("Netherlands", "NL"),
    ("Koninkrijk der Nederlanden", "NL"), ("Nederlanden", "NL"),
    ("Noorwegen", "NO"), ("Norway", "NO"), ("Norge", "NO"),
    ("Nepal", "NP"),
    ("Nauru", "NR"),
    ("Niue", "NU"),
    ("Nieuw-Zeeland", "NZ"), ("New Zealand", "NZ"), ("Aotearoa", "NZ"),
    ("Oman", "OM"),
    ("Panama", "PA"),
    ("Peru", "PE"),
    ("Frans-Polynesië", "PF"), ("French Polynesia", "PF"),
    ("Papoea-Nieuw-Guinea", "PG"), ("Papua-Nieuw-Guinea", "PG"), ("Papua New Guinea", "PG"),
    ("Filipijnen", "PH"), ("Filippijnen", "PH"), ("Philippines", "PH"),
    ("Pakistan", "PK"),
    ("Polen", "PL"), ("Poland", "PL"), ("Polska", "PL"),
    ("Saint-Pierre en Miquelon", "PM"),
    ("Pitcairneilanden", "PN"), ("Pitcairn", "PN"), ("Pitcairn Islands", "PN"),
    ("Puerto Rico", "PR"),
    ("Palestina", "PS"), ("Palestijnse Gebieden", "PS"), ("Palestijnse Autoriteit", "PS"),
    ("Palestine", "PS"), ("State of Palestine", "PS"), ("Staat Palestina", "PS"),
    ("Westelijke Jordaanoever", "PS"), ("Westbank", "PS"), ("West Bank", "PS"),
    ("Gazastrook", "PS"), ("Palestijnse Territoria", "PS"),
    ("Portugal", "PT"),
    ("Palau", "PW"),
    ("Paraguay", "PY"),
    ("Qatar", "QA"), ("Katar", "QA"),
    ("Réunion", "RE"), ("La Réunion", "RE"),
    ("Roemenië", "RO"), ("Romania", "RO"),
    ("Servië", "RS"), ("Serbia", "RS"), ("Srbija", "RS"),
    ("Rusland", "RU"), ("Russische Federatie", "RU"), ("Russia", "RU"),
    ("Russian Federation", "RU"),
    ("Rwanda", "RW"),
    ("Saoedi-Arabië", "SA"), ("Saudi-Arabië", "SA"), ("Saudi Arabia", "SA"), ("KSA", "SA"),
    ("Salomonseilanden", "SB"), ("Solomon Islands", "SB"),
    ("Seychellen", "SC"), ("Seychelles", "SC"),
    ("Soedan", "SD"), ("Sudan", "SD"),
    ("Zweden", "SE"), ("Sweden", "SE"), ("Sverige", "SE"),
    ("Singapore", "SG"), ("Singapur", "SG"),
    ("Sint-Helena, Ascension en Tristan da Cunha", "SH"), ("Sint-Helena", "SH"),
    ("Tristan da Cunha", "SH"),
    ("Slovenië", "SI"), ("Slovenia", "SI"), ("Slovenija", "SI"),
    ("Spitsbergen en Jan Mayen", "SJ"), ("Svalbard en Jan Mayen", "SJ"), ("Spitsbergen", "SJ"),
    ("Svalbard", "SJ"),
    ("Slowakije", "SK"), ("Slovakia", "SK"), ("Slowaakse Republiek", "SK"), ("Slovensko", "SK"),
    ("Sierra Leone", "SL"),
    ("San Marino", "SM"),
    ("Senegal", "SN"),
    ("Somalië", "SO"), ("Somalia", "SO"),
    ("Suriname", "SR"), ("Surinam", "SR"), ("Republiek Suriname", "SR"),
    ("Zuid-Soedan", "SS"), ("South Sudan", "SS"),
    ("Sao Tomé en Principe", "ST"),
    ("El Salvador", "SV"),
    ("Sint Maarten", "SX"), ("Sint Maarten (Nederlandse deel)", "SX"),
    ("Syrië", "SY"), ("Syria", "SY"),
    ("Eswatini", "SZ"), ("Swaziland", "SZ"),
    ("Turks- en Caicoseilanden", "TC"), ("Turks and Caicos Islands", "TC"),
    ("Turks en Caicos", "TC"),
    ("Tsjaad", "TD"), ("Chad", "TD"),
    ("Franse Zuidelijke en Antarctische Gebieden", "TF"), ("French Southern Territories", "TF"),
    ("Franse Zuidelijke Gebieden", "TF"),
    ("Togo", "TG"),
    ("Thailand", "TH"),
    ("Tadzjikistan", "TJ"), ("Tajikistan", "TJ"),
    ("Tokelau", "TK"),
    ("Oost-Timor", "TL"), ("Timor-Leste", "TL"), ("East Timor", "TL"),
    ("Turkmenistan", "TM"),
    ("Tunesië", "TN"), ("Tunisia", "TN"), ("Tunisie", "TN"),
    ("Tonga", "TO"),
    ("Turkije", "TR"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("Trinidad en Tobago", "TT"),
    ("Tuvalu", "TV"),
    ("Taiwan", "TW"),
    ("Tanzania", "TZ"), ("Tanzania, Verenigde Republiek", "TZ"),
    ("Oekraïne", "UA"), ("Ukraine", "UA"), ("Ukraina", "UA"),
    ("Oeganda", "UG"), ("Uganda", "UG"),
    ("Kleine afgelegen eilanden van de Verenigde Staten", "UM"),
    ("United States Minor Outlying Islands", "UM"),
    ("Verenigde Staten", "US"), ("Verenigde Staten van Amerika", "US"), ("VS", "US"),
    ("VSA", "US"), ("USA", "US"), ("US", "US"), ("United States", "US"),
    ("United States of America", "US"), ("Amerika", "US"),
    ("Uruguay", "UY"),
    ("Oezbekistan", "UZ"), ("Uzbekistan", "UZ"),
    ("Vaticaanstad", "VA"), ("Vaticaan", "VA"), ("Heilige Stoel", "VA"), ("Holy See", "VA"),
    ("Vatican City", "VA"), ("Vatican", "VA"), ("Vaticaanstaat", "VA"),
    ("Saint Vincent en de Grenadines", "VC"), ("Saint Vincent and the Grenadines", "VC"),
    ("Saint Vincent", "VC"),
    ("Venezuela", "VE"),
    ("Britse Maagdeneilanden", "VG"), ("British Virgin Islands", "VG"),
    ("Amerikaanse Maagdeneilanden", "VI"), ("US Virgin Islands", "VI"),
    ("United States Virgin Islands", "VI"),
    ("Vietnam", "VN"), ("Viet Nam", "VN"),
    ("Vanuatu", "VU"),
    ("Wallis en Futuna", "WF"),
    ("Samoa", "WS"), ("West-Samoa", "WS"),
    ("Kosovo", "XK"),
    ("Jemen", "YE"), ("Yemen", "YE"),
    ("Mayotte", "YT"),
    ("Zuid-Afrika", "ZA"), ("South Africa", "ZA"), ("Republiek Zuid-Afrika", "ZA"),
    ("Zambia", "ZM"),
    ("Zimbabwe", "ZW"),
];

/// Place names → the country they are in, sorted by code.
///
/// Every capital (Dutch exonym and native/English name), plus cities, ports, islands and
/// regions a Dutch city government is likely to visit. A name that is a notable place in
/// more than one country is listed here under its overwhelmingly likely country, with the
/// others in [`PLACE_ALTERNATES`]; one with no clear favourite is listed only there.
/// City states are listed here as well (they are also in [`COUNTRIES`], which wins in
/// [`split_destination`]).
#[rustfmt::skip]
static PLACES: &[(&str, &str)] = &[
    // Andorra
    ("Andorra la Vella", "AD"),
    // Verenigde Arabische Emiraten
    ("Abu Dhabi", "AE"), ("Aboe Dhabi", "AE"), ("Dubai", "AE"), ("Doebai", "AE"),
    ("Sharjah", "AE"), ("Jebel Ali", "AE"), ("Ajman", "AE"), ("Ras al-Khaimah", "AE"),
    ("Fujairah", "AE"), ("Masdar", "AE"), ("Masdar City", "AE"),
    // Afghanistan
    ("Kabul", "AF"), ("Kaboel", "AF"), ("Kandahar", "AF"), ("Herat", "AF"),
    ("Mazar-i-Sharif", "AF"),
    // Antigua en Barbuda; Anguilla
    ("Saint John's", "AG"), ("The Valley", "AI"),
    // Albanië
    ("Tirana", "AL"), ("Tiranë", "AL"), ("Durrës", "AL"), ("Vlorë", "AL"),
    // Armenië
    ("Jerevan", "AM"), ("Yerevan", "AM"), ("Erevan", "AM"),
    // Angola
    ("Luanda", "AO"), ("Lobito", "AO"),
    // Argentinië
    ("Buenos Aires", "AR"), ("Rosario", "AR"), ("Mendoza", "AR"), ("Bahía Blanca", "AR"),
    ("La Plata", "AR"), ("Mar del Plata", "AR"), ("Ushuaia", "AR"),
    // Amerikaans-Samoa
    ("Pago Pago", "AS"),
    // Oostenrijk
    ("Wenen", "AT"), ("Wien", "AT"), ("Vienna", "AT"), ("Salzburg", "AT"), ("Graz", "AT"),
    ("Linz", "AT"), ("Innsbruck", "AT"), ("Klagenfurt", "AT"), ("Bregenz", "AT"),
    ("Tirol", "AT"), ("Vorarlberg", "AT"),
    // Australië
    ("Canberra", "AU"), ("Sydney", "AU"), ("Melbourne", "AU"), ("Brisbane", "AU"),
    ("Perth", "AU"), ("Adelaide", "AU"), ("Darwin", "AU"), ("Hobart", "AU"),
    ("Gold Coast", "AU"), ("Fremantle", "AU"), ("Tasmanië", "AU"), ("Tasmania", "AU"),
    ("Queensland", "AU"), ("Nieuw-Zuid-Wales", "AU"), ("New South Wales", "AU"),
    // Aruba
    ("Oranjestad", "AW"), ("San Nicolaas", "AW"),
    // Åland
    ("Mariehamn", "AX"),
    // Azerbeidzjan
    ("Bakoe", "AZ"), ("Baku", "AZ"),
    // Bosnië en Herzegovina
    ("Sarajevo", "BA"), ("Mostar", "BA"), ("Banja Luka", "BA"), ("Tuzla", "BA"),
    ("Srebrenica", "BA"),
    // Barbados
    ("Bridgetown", "BB"),
    // Bangladesh
    ("Dhaka", "BD"), ("Dacca", "BD"), ("Chittagong", "BD"), ("Chattogram", "BD"),
    // België
    ("Brussel", "BE"), ("Bruxelles", "BE"), ("Brussels", "BE"),
    ("Antwerpen", "BE"), ("Anvers", "BE"), ("Antwerp", "BE"), ("Gent", "BE"), ("Gand", "BE"),
    ("Ghent", "BE"), ("Luik", "BE"), ("Liège", "BE"), ("Brugge", "BE"), ("Bruges", "BE"),
    ("Zeebrugge", "BE"), ("Oostende", "BE"), ("Ostende", "BE"), ("Ostend", "BE"),
    ("Mechelen", "BE"), ("Malines", "BE"), ("Leuven", "BE"), ("Louvain", "BE"),
    ("Namen", "BE"), ("Namur", "BE"), ("Charleroi", "BE"), ("Hasselt", "BE"),
    ("Kortrijk", "BE"), ("Courtrai", "BE"), ("Genk", "BE"), ("Aalst", "BE"), ("Ieper", "BE"),
    ("Ypres", "BE"), ("Doornik", "BE"), ("Tournai", "BE"), ("Mons", "BE"), ("Waterloo", "BE"),
    ("Knokke", "BE"), ("Knokke-Heist", "BE"), ("De Panne", "BE"), ("Sint-Niklaas", "BE"),
    ("Beveren", "BE"), ("Lier", "BE"), ("Turnhout", "BE"), ("Eupen", "BE"), ("Arlon", "BE"),
    ("Aarlen", "BE"), ("Vilvoorde", "BE"), ("Zaventem", "BE"), ("Louvain-la-Neuve", "BE"),
    ("Ottignies-Louvain-la-Neuve", "BE"), ("Wavre", "BE"), ("Waver", "BE"), ("Seraing", "BE"),
    ("Vlaanderen", "BE"), ("Flanders", "BE"), ("Wallonië", "BE"),
    ("Wallonia", "BE"), ("Brussels Hoofdstedelijk Gewest", "BE"), ("Antwerpen-Brugge", "BE"),
    // Burkina Faso
    ("Ouagadougou", "BF"), ("Bobo-Dioulasso", "BF"),
    // Bulgarije
    ("Sofia", "BG"), ("Sofija", "BG"), ("Varna", "BG"), ("Boergas", "BG"), ("Burgas", "BG"),
    ("Plovdiv", "BG"),
    // Bahrein
    ("Manama", "BH"),
    // Burundi
    ("Gitega", "BI"), ("Bujumbura", "BI"), ("Boedjoemboera", "BI"),
    // Benin
    ("Porto-Novo", "BJ"), ("Cotonou", "BJ"),
    // Saint-Barthélemy; Bermuda
    ("Gustavia", "BL"),
    // Brunei
    ("Bandar Seri Begawan", "BN"),
    // Bolivia
    ("La Paz", "BO"), ("Sucre", "BO"), ("Santa Cruz de la Sierra", "BO"), ("Cochabamba", "BO"),
    // Caribisch Nederland
    ("Kralendijk", "BQ"), ("The Bottom", "BQ"),
    // Brazilië
    ("Brasília", "BR"), ("São Paulo", "BR"), ("Rio de Janeiro", "BR"),
    ("Rio", "BR"), ("Santos", "BR"), ("Salvador", "BR"), ("Salvador da Bahia", "BR"),
    ("Recife", "BR"), ("Fortaleza", "BR"), ("Belo Horizonte", "BR"), ("Porto Alegre", "BR"),
    ("Curitiba", "BR"), ("Manaus", "BR"), ("Belém", "BR"), ("Rio Grande", "BR"),
    ("Itajaí", "BR"), ("Paranaguá", "BR"), ("Vitória", "BR"), ("Florianópolis", "BR"),
    ("Suape", "BR"), ("Pecém", "BR"), ("São Luís", "BR"), ("Natal", "BR"), ("Campinas", "BR"),
    ("Goiânia", "BR"), ("Açu", "BR"), ("Porto do Açu", "BR"), ("Rio Grande do Sul", "BR"),
    ("Santa Catarina", "BR"), ("Bahia", "BR"), ("Pernambuco", "BR"), ("Ceará", "BR"),
    ("Amazonas", "BR"), ("Minas Gerais", "BR"), ("Paraná", "BR"), ("Espírito Santo", "BR"),
    // Bahama's
    ("Nassau", "BS"),
    // Bhutan
    ("Thimphu", "BT"),
    // Botswana
    ("Gaborone", "BW"), ("Francistown", "BW"),
    // Belarus
    ("Minsk", "BY"), ("Homel", "BY"), ("Gomel", "BY"),
    // Belize
    ("Belmopan", "BZ"), ("Belize City", "BZ"),
    // Canada
    ("Ottawa", "CA"), ("Toronto", "CA"), ("Montreal", "CA"), ("Vancouver", "CA"),
    ("Calgary", "CA"), ("Edmonton", "CA"), ("Quebec", "CA"), ("Québec City", "CA"),
    ("Quebec-stad", "CA"), ("Winnipeg", "CA"), ("Halifax", "CA"), ("Prince Rupert", "CA"),
    ("Saint John", "CA"), ("Mississauga", "CA"), ("Kitchener", "CA"),
    ("Saskatoon", "CA"), ("Regina", "CA"), ("Charlottetown", "CA"),
    ("Fredericton", "CA"), ("Whitehorse", "CA"), ("Yellowknife", "CA"), ("Iqaluit", "CA"),
    ("Ontario", "CA"), ("Brits-Columbia", "CA"), ("British Columbia", "CA"), ("Alberta", "CA"),
    ("Nova Scotia", "CA"), ("Nieuw-Schotland", "CA"), ("Manitoba", "CA"),
    ("Saskatchewan", "CA"), ("New Brunswick", "CA"), ("Newfoundland", "CA"),
    ("Newfoundland en Labrador", "CA"), ("Prince Edward Island", "CA"), ("Yukon", "CA"),
    ("Nunavut", "CA"),
    // Cocoseilanden
    ("West Island", "CC"),
    // Democratische Republiek Congo
    ("Kinshasa", "CD"), ("Lubumbashi", "CD"), ("Goma", "CD"), ("Matadi", "CD"),
    ("Kisangani", "CD"), ("Bukavu", "CD"),
    // Centraal-Afrikaanse Republiek
    ("Bangui", "CF"),
    // Republiek Congo
    ("Brazzaville", "CG"), ("Pointe-Noire", "CG"),
    // Zwitserland
    ("Bern", "CH"), ("Berne", "CH"), ("Genève", "CH"), ("Geneva", "CH"), ("Genf", "CH"),
    ("Zürich", "CH"), ("Zuerich", "CH"), ("Bazel", "CH"), ("Basel", "CH"),
    ("Bâle", "CH"), ("Lausanne", "CH"), ("Luzern", "CH"), ("Lucerne", "CH"), ("Lugano", "CH"),
    ("Davos", "CH"), ("Sankt Gallen", "CH"), ("Winterthur", "CH"), ("Zug", "CH"),
    ("Neuchâtel", "CH"), ("Montreux", "CH"),
    // Ivoorkust
    ("Yamoussoukro", "CI"), ("Abidjan", "CI"), ("San-Pédro", "CI"),
    // Cookeilanden
    ("Avarua", "CK"),
    // Chili
    ("Santiago", "CL"), ("Santiago de Chile", "CL"), ("Valparaíso", "CL"),
    ("Antofagasta", "CL"), ("Viña del Mar", "CL"), ("Punta Arenas", "CL"),
    // Kameroen
    ("Yaoundé", "CM"), ("Jaoende", "CM"), ("Douala", "CM"), ("Kribi", "CM"),
    // China
    ("Peking", "CN"), ("Beijing", "CN"), ("Shanghai", "CN"), ("Sjanghai", "CN"),
    ("Shenzhen", "CN"), ("Guangzhou", "CN"), ("Kanton", "CN"), ("Canton", "CN"),
    ("Tianjin", "CN"), ("Chongqing", "CN"), ("Chengdu", "CN"), ("Wuhan", "CN"),
    ("Hangzhou", "CN"), ("Nanjing", "CN"), ("Nanking", "CN"), ("Xiamen", "CN"),
    ("Ningbo", "CN"), ("Qingdao", "CN"), ("Tsingtao", "CN"), ("Dalian", "CN"),
    ("Suzhou", "CN"), ("Xi'an", "CN"), ("Shenyang", "CN"), ("Harbin", "CN"),
    ("Kunming", "CN"), ("Zhuhai", "CN"), ("Dongguan", "CN"), ("Foshan", "CN"),
    ("Fuzhou", "CN"), ("Jinan", "CN"), ("Changsha", "CN"), ("Zhengzhou", "CN"),
    ("Hefei", "CN"), ("Nanning", "CN"), ("Lianyungang", "CN"), ("Yantai", "CN"),
    ("Weihai", "CN"), ("Taicang", "CN"), ("Zhoushan", "CN"), ("Ningbo-Zhoushan", "CN"),
    ("Ürümqi", "CN"), ("Lhasa", "CN"), ("Guilin", "CN"), ("Wuxi", "CN"), ("Shantou", "CN"),
    ("Qinhuangdao", "CN"), ("Tangshan", "CN"), ("Rizhao", "CN"), ("Nantong", "CN"),
    ("Tibet", "CN"), ("Binnen-Mongolië", "CN"), ("Guangdong", "CN"), ("Jiangsu", "CN"),
    ("Zhejiang", "CN"), ("Shandong", "CN"), ("Fujian", "CN"), ("Sichuan", "CN"),
    ("Hainan", "CN"), ("Yunnan", "CN"), ("Hubei", "CN"), ("Liaoning", "CN"),
    ("Parelrivierdelta", "CN"), ("Pearl River Delta", "CN"), ("Greater Bay Area", "CN"),
    // Colombia
    ("Bogotá", "CO"), ("Medellín", "CO"), ("Cartagena", "CO"), ("Cartagena de Indias", "CO"),
    ("Cali", "CO"), ("Barranquilla", "CO"), ("Buenaventura", "CO"), ("Santa Marta", "CO"),
    ("Bucaramanga", "CO"),
    // Costa Rica
    ("San José", "CR"), ("Puerto Limón", "CR"), ("Limón", "CR"), ("Moín", "CR"),
    // Cuba
    ("Havana", "CU"), ("Havanna", "CU"), ("La Habana", "CU"), ("Santiago de Cuba", "CU"),
    ("Mariel", "CU"), ("Varadero", "CU"),
    // Kaapverdië
    ("Praia", "CV"), ("Mindelo", "CV"),
    // Curaçao
    ("Willemstad", "CW"),
    // Christmaseiland
    ("Flying Fish Cove", "CX"),
    // Cyprus
    ("Nicosia", "CY"), ("Lefkosia", "CY"), ("Limassol", "CY"), ("Larnaca", "CY"),
    ("Paphos", "CY"), ("Famagusta", "CY"),
    // Tsjechië
    ("Praag", "CZ"), ("Praha", "CZ"), ("Prague", "CZ"), ("Brno", "CZ"), ("Brünn", "CZ"),
    ("Ostrava", "CZ"), ("Pilsen", "CZ"), ("Plzeň", "CZ"), ("Olomouc", "CZ"),
    // Duitsland
    ("Berlijn", "DE"), ("Berlin", "DE"), ("Hamburg", "DE"), ("München", "DE"),
    ("Muenchen", "DE"), ("Munich", "DE"), ("Keulen", "DE"), ("Köln", "DE"), ("Koeln", "DE"),
    ("Cologne", "DE"), ("Frankfurt", "DE"), ("Frankfurt am Main", "DE"),
    ("Frankfurt an der Oder", "DE"), ("Düsseldorf", "DE"),
    ("Duesseldorf", "DE"), ("Duisburg", "DE"), ("Dortmund", "DE"), ("Essen", "DE"),
    ("Bremen", "DE"), ("Bremerhaven", "DE"), ("Hannover", "DE"), ("Hanover", "DE"),
    ("Leipzig", "DE"), ("Dresden", "DE"), ("Stuttgart", "DE"), ("Neurenberg", "DE"),
    ("Nürnberg", "DE"), ("Nuremberg", "DE"), ("Aken", "DE"), ("Aachen", "DE"),
    ("Munster", "DE"), ("Trier", "DE"),
    ("Bonn", "DE"), ("Mainz", "DE"), ("Mainz am Rhein", "DE"), ("Wiesbaden", "DE"),
    ("Kiel", "DE"), ("Lübeck", "DE"), ("Rostock", "DE"), ("Wilhelmshaven", "DE"),
    ("Emden", "DE"), ("Osnabrück", "DE"), ("Bielefeld", "DE"), ("Bochum", "DE"),
    ("Gelsenkirchen", "DE"), ("Oberhausen", "DE"), ("Krefeld", "DE"),
    ("Mönchengladbach", "DE"), ("Wuppertal", "DE"), ("Karlsruhe", "DE"), ("Mannheim", "DE"),
    ("Heidelberg", "DE"), ("Freiburg", "DE"), ("Freiburg im Breisgau", "DE"),
    ("Potsdam", "DE"), ("Maagdenburg", "DE"), ("Magdeburg", "DE"), ("Erfurt", "DE"),
    ("Kassel", "DE"), ("Augsburg", "DE"), ("Regensburg", "DE"), ("Würzburg", "DE"),
    ("Ulm", "DE"), ("Kleef", "DE"), ("Kleve", "DE"), ("Emmerik", "DE"), ("Emmerich", "DE"),
    ("Emmerich am Rhein", "DE"), ("Wesel", "DE"), ("Ludwigshafen", "DE"),
    ("Saarbrücken", "DE"), ("Braunschweig", "DE"), ("Brunswijk", "DE"), ("Göttingen", "DE"),
    ("Jena", "DE"), ("Chemnitz", "DE"), ("Flensburg", "DE"), ("Cuxhaven", "DE"),
    ("Brunsbüttel", "DE"), ("Neuss", "DE"), ("Leverkusen", "DE"), ("Gütersloh", "DE"),
    ("Paderborn", "DE"), ("Hamm", "DE"), ("Herne", "DE"), ("Hagen", "DE"), ("Siegen", "DE"),
    ("Koblenz", "DE"), ("Coblenz", "DE"), ("Schwerin", "DE"), ("Wolfsburg", "DE"),
    ("Ingolstadt", "DE"), ("Darmstadt", "DE"), ("Offenbach", "DE"), ("Bamberg", "DE"),
    ("Bayreuth", "DE"), ("Passau", "DE"), ("Stralsund", "DE"), ("Wismar", "DE"),
    ("Greifswald", "DE"), ("Garmisch-Partenkirchen", "DE"), ("Gronau", "DE"),
    ("Nordhorn", "DE"), ("Borken", "DE"), ("Bocholt", "DE"), ("Goch", "DE"),
    ("Ruhrgebied", "DE"), ("Ruhr", "DE"), ("Ruhrgebiet", "DE"), ("Beieren", "DE"),
    ("Bayern", "DE"), ("Bavaria", "DE"), ("Noordrijn-Westfalen", "DE"), ("NRW", "DE"),
    ("Nordrhein-Westfalen", "DE"), ("North Rhine-Westphalia", "DE"), ("Nedersaksen", "DE"),
    ("Niedersachsen", "DE"), ("Baden-Württemberg", "DE"), ("Hessen", "DE"), ("Saksen", "DE"),
    ("Sachsen", "DE"), ("Saksen-Anhalt", "DE"), ("Thüringen", "DE"), ("Sleeswijk-Holstein", "DE"),
    ("Schleswig-Holstein", "DE"), ("Rijnland-Palts", "DE"), ("Rheinland-Pfalz", "DE"),
    ("Brandenburg", "DE"), ("Mecklenburg-Voor-Pommeren", "DE"), ("Saarland", "DE"),
    ("Westfalen", "DE"),
    // Djibouti (ook stad)
    ("Djibouti", "DJ"), ("Djibouti-stad", "DJ"),
    // Denemarken
    ("Kopenhagen", "DK"), ("København", "DK"), ("Copenhagen", "DK"), ("Aarhus", "DK"),
    ("Århus", "DK"), ("Aalborg", "DK"), ("Ålborg", "DK"), ("Odense", "DK"), ("Esbjerg", "DK"),
    ("Fredericia", "DK"), ("Helsingør", "DK"), ("Elsinore", "DK"), ("Roskilde", "DK"),
    ("Vejle", "DK"), ("Kolding", "DK"), ("Billund", "DK"), ("Jutland", "DK"), ("Jylland", "DK"),
    // Dominica; Dominicaanse Republiek
    ("Roseau", "DM"), ("Santo Domingo", "DO"), ("Punta Cana", "DO"), ("Puerto Plata", "DO"),
    // Algerije
    ("Algiers", "DZ"), ("Alger", "DZ"), ("Oran", "DZ"), ("Annaba", "DZ"),
    // Ecuador
    ("Quito", "EC"), ("Guayaquil", "EC"), ("Manta", "EC"), ("Galápagos", "EC"),
    ("Galápagoseilanden", "EC"),
    // Estland
    ("Tallinn", "EE"), ("Tallin", "EE"), ("Tartu", "EE"), ("Pärnu", "EE"),
    // Egypte
    ("Caïro", "EG"), ("Kaïro", "EG"), ("Alexandrië", "EG"),
    ("Alexandria", "EG"), ("Port Said", "EG"), ("Suez", "EG"), ("Ismailia", "EG"),
    ("Sharm el-Sheikh", "EG"), ("Luxor", "EG"), ("Aswan", "EG"),
    ("Assoean", "EG"), ("Gizeh", "EG"), ("Giza", "EG"), ("Hurghada", "EG"),
    ("Ain Sokhna", "EG"), ("Damietta", "EG"),
    // Westelijke Sahara
    ("El Aaiún", "EH"), ("Laâyoune", "EH"),
    // Eritrea
    ("Asmara", "ER"), ("Massawa", "ER"),
    // Spanje
    ("Madrid", "ES"), ("Barcelona", "ES"), ("Sevilla", "ES"), ("Seville", "ES"),
    ("Valencia", "ES"), ("Bilbao", "ES"), ("Málaga", "ES"), ("Zaragoza", "ES"),
    ("Saragossa", "ES"), ("Algeciras", "ES"), ("Tarragona", "ES"), ("Palma", "ES"),
    ("Palma de Mallorca", "ES"), ("Las Palmas", "ES"), ("Las Palmas de Gran Canaria", "ES"),
    ("Santa Cruz de Tenerife", "ES"), ("Alicante", "ES"), ("Granada", "ES"), ("Cádiz", "ES"),
    ("Huelva", "ES"), ("Vigo", "ES"), ("A Coruña", "ES"), ("La Coruña", "ES"),
    ("Gijón", "ES"), ("Santander", "ES"), ("San Sebastián", "ES"), ("Donostia", "ES"),
    ("Santiago de Compostela", "ES"), ("Salamanca", "ES"), ("Toledo", "ES"),
    ("Murcia", "ES"), ("Valladolid", "ES"), ("Pamplona", "ES"), ("Castellón", "ES"),
    ("Castellón de la Plana", "ES"), ("Almería", "ES"), ("Marbella", "ES"), ("Benidorm", "ES"),
    ("Girona", "ES"), ("Gerona", "ES"), ("Vitoria-Gasteiz", "ES"), ("Oviedo", "ES"),
    ("Ferrol", "ES"), ("Ceuta", "ES"), ("Melilla", "ES"),
    ("Mallorca", "ES"), ("Majorca", "ES"), ("Ibiza", "ES"), ("Menorca", "ES"),
    ("Tenerife", "ES"), ("Gran Canaria", "ES"), ("Lanzarote", "ES"), ("Fuerteventura", "ES"),
    ("Canarische Eilanden", "ES"), ("Canary Islands", "ES"), ("Balearen", "ES"),
    ("Catalonië", "ES"), ("Catalunya", "ES"), ("Catalonia", "ES"), ("Baskenland", "ES"),
    ("Basque Country", "ES"), ("País Vasco", "ES"), ("Euskadi", "ES"), ("Andalusië", "ES"),
    ("Andalucía", "ES"), ("Galicië", "ES"), ("Galicia", "ES"), ("Asturië", "ES"),
    ("Asturias", "ES"),
    // Ethiopië
    ("Addis Abeba", "ET"), ("Addis Ababa", "ET"), ("Dire Dawa", "ET"),
    // Finland
    ("Helsinki", "FI"), ("Helsingfors", "FI"), ("Turku", "FI"), ("Åbo", "FI"),
    ("Tampere", "FI"), ("Espoo", "FI"), ("Oulu", "FI"), ("Kotka", "FI"), ("Vantaa", "FI"),
    ("Lahti", "FI"), ("Rovaniemi", "FI"),
    // Fiji; Falklandeilanden; Micronesia; Faeröer
    ("Suva", "FJ"), ("Port Stanley", "FK"), ("Palikir", "FM"), ("Tórshavn", "FO"),
    // Frankrijk
    ("Parijs", "FR"), ("Paris", "FR"), ("Straatsburg", "FR"), ("Strasbourg", "FR"),
    ("Straßburg", "FR"), ("Marseille", "FR"), ("Marseilles", "FR"), ("Lyon", "FR"),
    ("Lyons", "FR"), ("Rijsel", "FR"), ("Lille", "FR"), ("Nantes", "FR"), ("Bordeaux", "FR"),
    ("Duinkerke", "FR"), ("Duinkerken", "FR"), ("Dunkerque", "FR"), ("Dunkirk", "FR"),
    ("Calais", "FR"), ("Le Havre", "FR"), ("Rouen", "FR"), ("Nice", "FR"), ("Nizza", "FR"),
    ("Toulouse", "FR"), ("Montpellier", "FR"), ("Cannes", "FR"), ("Grenoble", "FR"),
    ("Rennes", "FR"), ("Reims", "FR"), ("Nancy", "FR"), ("Metz", "FR"), ("Le Mans", "FR"),
    ("Brest", "FR"), ("Cherbourg", "FR"), ("Saint-Nazaire", "FR"), ("Atrecht", "FR"),
    ("Arras", "FR"), ("Kamerijk", "FR"), ("Cambrai", "FR"), ("Valenciennes", "FR"),
    ("Amiens", "FR"), ("Orléans", "FR"), ("Tours", "FR"), ("Dijon", "FR"), ("Avignon", "FR"),
    ("Toulon", "FR"), ("Versailles", "FR"), ("Boulogne-sur-Mer", "FR"), ("Fos-sur-Mer", "FR"),
    ("La Rochelle", "FR"), ("Ajaccio", "FR"), ("Bastia", "FR"), ("Mulhouse", "FR"),
    ("Colmar", "FR"), ("Clermont-Ferrand", "FR"), ("Limoges", "FR"), ("Poitiers", "FR"),
    ("Caen", "FR"), ("Saint-Étienne", "FR"), ("Aix-en-Provence", "FR"), ("Sète", "FR"),
    ("Roubaix", "FR"), ("Tourcoing", "FR"), ("Gravelines", "FR"),
    ("Lorient", "FR"), ("Saint-Malo", "FR"), ("Biarritz", "FR"), ("Bayonne", "FR"),
    ("Pau", "FR"), ("Perpignan", "FR"), ("Nîmes", "FR"), ("Annecy", "FR"),
    ("Chamonix", "FR"), ("Sophia Antipolis", "FR"), ("La Défense", "FR"),
    ("Corsica", "FR"), ("Corse", "FR"), ("Bretagne", "FR"), ("Normandië", "FR"),
    ("Normandy", "FR"), ("Provence", "FR"), ("Elzas", "FR"),
    ("Alsace", "FR"), ("Île-de-France", "FR"), ("Hauts-de-France", "FR"),
    ("Nord-Pas-de-Calais", "FR"), ("Côte d'Azur", "FR"), ("Bourgondië", "FR"),
    ("Lotharingen", "FR"), ("Picardië", "FR"), ("Occitanie", "FR"), ("Frans-Vlaanderen", "FR"),
    // Gabon
    ("Libreville", "GA"), ("Port-Gentil", "GA"),
    // Verenigd Koninkrijk
    ("Londen", "GB"), ("London", "GB"), ("Edinburgh", "GB"), ("Manchester", "GB"),
    ("Liverpool", "GB"), ("Birmingham", "GB"), ("Glasgow", "GB"), ("Leeds", "GB"),
    ("Sheffield", "GB"), ("Bristol", "GB"), ("Newcastle", "GB"), ("Newcastle upon Tyne", "GB"),
    ("Cardiff", "GB"), ("Belfast", "GB"), ("Aberdeen", "GB"), ("Southampton", "GB"),
    ("Felixstowe", "GB"), ("Dover", "GB"), ("Hull", "GB"), ("Kingston upon Hull", "GB"),
    ("Immingham", "GB"), ("Harwich", "GB"), ("Portsmouth", "GB"), ("Plymouth", "GB"),
    ("Oxford", "GB"), ("Cambridge", "GB"), ("Nottingham", "GB"), ("Leicester", "GB"),
    ("Coventry", "GB"), ("Brighton", "GB"), ("York", "GB"), ("Tilbury", "GB"),
    ("Teesside", "GB"), ("Middlesbrough", "GB"), ("Sunderland", "GB"), ("Dundee", "GB"),
    ("Inverness", "GB"), ("Grimsby", "GB"), ("Ipswich", "GB"), ("Norwich", "GB"),
    ("Reading", "GB"), ("Milton Keynes", "GB"), ("Swansea", "GB"), ("Londonderry", "GB"),
    ("Derry", "GB"), ("Gateshead", "GB"), ("Salford", "GB"), ("Bath", "GB"),
    ("Canterbury", "GB"), ("Killingholme", "GB"), ("Purfleet", "GB"), ("London Gateway", "GB"),
    ("Heathrow", "GB"), ("Stratford-upon-Avon", "GB"), ("Greenwich", "GB"),
    ("Westminster", "GB"), ("Cornwall", "GB"), ("Yorkshire", "GB"), ("Kent", "GB"),
    ("Lancashire", "GB"), ("Humber", "GB"), ("Merseyside", "GB"), ("Greater London", "GB"),
    ("Greater Manchester", "GB"), ("Schotse Hooglanden", "GB"),
    // Grenada; Georgië
    ("Saint George's", "GD"), ("Tbilisi", "GE"), ("Tiflis", "GE"), ("Batoemi", "GE"),
    ("Batumi", "GE"), ("Poti", "GE"), ("Koetaisi", "GE"), ("Kutaisi", "GE"),
    // Frans-Guyana; Guernsey
    ("Cayenne", "GF"), ("Kourou", "GF"), ("Saint Peter Port", "GG"),
    // Ghana
    ("Accra", "GH"), ("Tema", "GH"), ("Kumasi", "GH"), ("Takoradi", "GH"),
    ("Sekondi-Takoradi", "GH"),
    // Gibraltar (ook stad); Groenland; Gambia; Guinee; Guadeloupe; Equatoriaal-Guinea
    ("Gibraltar", "GI"), ("Nuuk", "GL"), ("Godthåb", "GL"), ("Banjul", "GM"),
    ("Conakry", "GN"), ("Basse-Terre", "GP"), ("Pointe-à-Pitre", "GP"), ("Malabo", "GQ"),
    ("Bata", "GQ"),
    // Griekenland
    ("Athene", "GR"), ("Athens", "GR"), ("Athina", "GR"), ("Thessaloniki", "GR"),
    ("Saloniki", "GR"), ("Piraeus", "GR"),
    ("Heraklion", "GR"), ("Iraklion", "GR"), ("Patras", "GR"), ("Kreta", "GR"), ("Crete", "GR"),
    ("Rhodos", "GR"), ("Rhodes", "GR"), ("Korfoe", "GR"), ("Corfu", "GR"), ("Lesbos", "GR"),
    ("Volos", "GR"), ("Kavala", "GR"), ("Mykonos", "GR"), ("Santorini", "GR"),
    // Zuid-Georgia; Guatemala
    ("King Edward Point", "GS"), ("Grytviken", "GS"), ("Guatemala-Stad", "GT"),
    ("Guatemala City", "GT"), ("Ciudad de Guatemala", "GT"), ("Puerto Quetzal", "GT"),
    ("Antigua Guatemala", "GT"),
    // Guam; Guinee-Bissau; Guyana
    ("Hagåtña", "GU"), ("Agana", "GU"), ("Bissau", "GW"), ("Georgetown", "GY"),
    // Hongkong (stadstaat)
    ("Hongkong", "HK"), ("Hong Kong", "HK"), ("Kowloon", "HK"), ("Victoria Harbour", "HK"),
    // Honduras
    ("Tegucigalpa", "HN"), ("San Pedro Sula", "HN"), ("Puerto Cortés", "HN"),
    // Kroatië
    ("Zagreb", "HR"), ("Rijeka", "HR"), ("Split", "HR"), ("Dubrovnik", "HR"), ("Zadar", "HR"),
    ("Pula", "HR"), ("Osijek", "HR"), ("Ploče", "HR"), ("Istrië", "HR"), ("Dalmatië", "HR"),
    // Haïti
    ("Port-au-Prince", "HT"), ("Cap-Haïtien", "HT"),
    // Hongarije
    ("Boedapest", "HU"), ("Budapest", "HU"), ("Debrecen", "HU"), ("Szeged", "HU"),
    ("Győr", "HU"), ("Pécs", "HU"),
    // Indonesië
    ("Jakarta", "ID"), ("Djakarta", "ID"), ("Batavia", "ID"), ("Soerabaja", "ID"),
    ("Surabaya", "ID"), ("Bandung", "ID"), ("Bandoeng", "ID"), ("Medan", "ID"),
    ("Semarang", "ID"), ("Bali", "ID"), ("Denpasar", "ID"), ("Makassar", "ID"),
    ("Yogyakarta", "ID"), ("Jogjakarta", "ID"), ("Djokjakarta", "ID"), ("Java", "ID"),
    ("Sumatra", "ID"), ("Sumatera", "ID"), ("Kalimantan", "ID"),
    ("Sulawesi", "ID"), ("Celebes", "ID"), ("Lombok", "ID"), ("Nusantara", "ID"),
    ("Tanjung Priok", "ID"), ("Batam", "ID"), ("Palembang", "ID"), ("Balikpapan", "ID"),
    ("Padang", "ID"), ("Malang", "ID"), ("Surakarta", "ID"), ("Bogor", "ID"),
    // Ierland
    ("Dublin", "IE"), ("Cork", "IE"), ("Galway", "IE"), ("Limerick", "IE"), ("Waterford", "IE"),
    ("Shannon", "IE"), ("Rosslare", "IE"), ("Dún Laoghaire", "IE"), ("Kilkenny", "IE"),
    // Israël
    ("Jeruzalem", "IL"), ("Jerusalem", "IL"), ("Tel Aviv", "IL"), ("Tel Aviv-Jaffa", "IL"),
    ("Tel Aviv-Yafo", "IL"), ("Jaffa", "IL"), ("Haifa", "IL"), ("Ashdod", "IL"), ("Eilat", "IL"),
    ("Beersheba", "IL"), ("Be'er Sheva", "IL"), ("Nazareth", "IL"), ("Netanya", "IL"),
    ("Herzliya", "IL"), ("Rehovot", "IL"), ("Tiberias", "IL"), ("Akko", "IL"),
    // India
    ("New Delhi", "IN"), ("Nieuw-Delhi", "IN"), ("Delhi", "IN"), ("Mumbai", "IN"),
    ("Bombay", "IN"), ("Kolkata", "IN"), ("Calcutta", "IN"),
    ("Chennai", "IN"), ("Madras", "IN"), ("Bangalore", "IN"), ("Bengaluru", "IN"),
    ("Hyderabad", "IN"), ("Ahmedabad", "IN"), ("Pune", "IN"), ("Surat", "IN"), ("Jaipur", "IN"),
    ("Kochi", "IN"), ("Cochin", "IN"), ("Goa", "IN"), ("Visakhapatnam", "IN"), ("Mundra", "IN"),
    ("Kandla", "IN"), ("Agra", "IN"), ("Lucknow", "IN"), ("Nagpur", "IN"), ("Kanpur", "IN"),
    ("Varanasi", "IN"), ("Benares", "IN"), ("Amritsar", "IN"), ("Chandigarh", "IN"),
    ("Navi Mumbai", "IN"), ("Nhava Sheva", "IN"), ("Gurgaon", "IN"), ("Gurugram", "IN"),
    ("Noida", "IN"), ("Gujarat", "IN"), ("Kerala", "IN"), ("Maharashtra", "IN"),
    ("Tamil Nadu", "IN"), ("Karnataka", "IN"), ("Rajasthan", "IN"),
    // Brits Indische Oceaanterritorium
    ("Diego Garcia", "IO"),
    // Irak
    ("Bagdad", "IQ"), ("Baghdad", "IQ"), ("Basra", "IQ"), ("Erbil", "IQ"), ("Mosul", "IQ"),
    ("Mosoel", "IQ"),
    // Iran
    ("Teheran", "IR"), ("Tehran", "IR"), ("Isfahan", "IR"), ("Shiraz", "IR"),
    ("Bandar Abbas", "IR"), ("Tabriz", "IR"), ("Mashhad", "IR"),
    // IJsland
    ("Reykjavik", "IS"), ("Akureyri", "IS"),
    // Italië
    ("Rome", "IT"), ("Roma", "IT"), ("Rom", "IT"), ("Milaan", "IT"), ("Milano", "IT"),
    ("Milan", "IT"), ("Napels", "IT"), ("Napoli", "IT"), ("Naples", "IT"), ("Venetië", "IT"),
    ("Venezia", "IT"), ("Venice", "IT"), ("Florence", "IT"), ("Firenze", "IT"),
    ("Turijn", "IT"), ("Torino", "IT"), ("Turin", "IT"), ("Genua", "IT"), ("Genova", "IT"),
    ("Genoa", "IT"), ("Bologna", "IT"), ("Palermo", "IT"), ("Triëst", "IT"), ("Trieste", "IT"),
    ("Verona", "IT"), ("Padua", "IT"), ("Padova", "IT"), ("Pisa", "IT"), ("Livorno", "IT"),
    ("Bari", "IT"), ("Catania", "IT"), ("Cagliari", "IT"), ("La Spezia", "IT"),
    ("Gioia Tauro", "IT"), ("Ravenna", "IT"), ("Ancona", "IT"), ("Brindisi", "IT"),
    ("Taranto", "IT"), ("Salerno", "IT"), ("Siena", "IT"), ("Bergamo", "IT"), ("Brescia", "IT"),
    ("Como", "IT"), ("Perugia", "IT"), ("Modena", "IT"), ("Parma", "IT"), ("Messina", "IT"),
    ("Reggio Calabria", "IT"), ("Lecce", "IT"), ("Savona", "IT"), ("Bolzano", "IT"),
    ("Bozen", "IT"), ("Trento", "IT"), ("Udine", "IT"), ("Assisi", "IT"), ("Lampedusa", "IT"),
    ("Sicilië", "IT"), ("Sicilia", "IT"), ("Sicily", "IT"), ("Sardinië", "IT"),
    ("Sardegna", "IT"), ("Sardinia", "IT"), ("Lombardije", "IT"), ("Lombardia", "IT"),
    ("Lombardy", "IT"), ("Toscane", "IT"), ("Toscana", "IT"), ("Tuscany", "IT"),
    ("Piëmont", "IT"), ("Piemonte", "IT"), ("Emilia-Romagna", "IT"), ("Veneto", "IT"),
    ("Ligurië", "IT"), ("Apulië", "IT"), ("Puglia", "IT"), ("Zuid-Tirol", "IT"),
    // Jersey; Jamaica
    ("Saint Helier", "JE"), ("Kingston", "JM"), ("Montego Bay", "JM"),
    // Jordanië
    ("Amman", "JO"), ("Aqaba", "JO"), ("Akaba", "JO"), ("Petra", "JO"), ("Zarqa", "JO"),
    // Japan
    ("Tokio", "JP"), ("Tokyo", "JP"), ("Osaka", "JP"), ("Kyoto", "JP"), ("Yokohama", "JP"),
    ("Kobe", "JP"), ("Nagoya", "JP"), ("Fukuoka", "JP"), ("Sapporo", "JP"),
    ("Hiroshima", "JP"), ("Nagasaki", "JP"), ("Sendai", "JP"), ("Kitakyushu", "JP"),
    ("Kawasaki", "JP"), ("Chiba", "JP"), ("Nara", "JP"), ("Okinawa", "JP"), ("Naha", "JP"),
    ("Hokkaido", "JP"), ("Kyushu", "JP"), ("Dejima", "JP"), ("Hirado", "JP"),
    ("Fukushima", "JP"), ("Niigata", "JP"), ("Shizuoka", "JP"), ("Kanazawa", "JP"),
    // Kenia
    ("Nairobi", "KE"), ("Mombasa", "KE"), ("Kisumu", "KE"), ("Nakuru", "KE"),
    // Kirgizië
    ("Bisjkek", "KG"), ("Bishkek", "KG"),
    // Cambodja
    ("Phnom Penh", "KH"), ("Siem Reap", "KH"), ("Sihanoukville", "KH"),
    // Kiribati; Comoren; Saint Kitts en Nevis
    ("Tarawa", "KI"), ("South Tarawa", "KI"), ("Zuid-Tarawa", "KI"), ("Moroni", "KM"),
    ("Basseterre", "KN"), ("Nevis", "KN"),
    // Noord-Korea
    ("Pyongyang", "KP"), ("Pjongjang", "KP"),
    // Zuid-Korea
    ("Seoul", "KR"), ("Busan", "KR"), ("Pusan", "KR"), ("Incheon", "KR"), ("Inchon", "KR"),
    ("Daegu", "KR"), ("Daejeon", "KR"), ("Gwangju", "KR"), ("Ulsan", "KR"),
    ("Changwon", "KR"), ("Jeju", "KR"), ("Sejong", "KR"), ("Suwon", "KR"), ("Pohang", "KR"),
    ("Gwangyang", "KR"), ("Songdo", "KR"),
    // Koeweit
    ("Koeweit-Stad", "KW"), ("Kuwait City", "KW"),
    // Kaaimaneilanden
    ("George Town", "KY"),
    // Kazachstan
    ("Astana", "KZ"), ("Nur-Sultan", "KZ"), ("Almaty", "KZ"), ("Alma-Ata", "KZ"),
    ("Aktau", "KZ"), ("Shymkent", "KZ"),
    // Laos
    ("Vientiane", "LA"), ("Luang Prabang", "LA"),
    // Libanon
    ("Beiroet", "LB"), ("Beirut", "LB"), ("Beyrouth", "LB"), ("Tyrus", "LB"), ("Sidon", "LB"),
    ("Byblos", "LB"),
    // Saint Lucia; Liechtenstein
    ("Castries", "LC"), ("Vaduz", "LI"),
    // Sri Lanka
    ("Colombo", "LK"), ("Sri Jayewardenepura Kotte", "LK"), ("Kotte", "LK"), ("Kandy", "LK"),
    ("Galle", "LK"), ("Hambantota", "LK"),
    // Liberia; Lesotho
    ("Monrovia", "LR"), ("Maseru", "LS"),
    // Litouwen
    ("Vilnius", "LT"), ("Wilna", "LT"), ("Kaunas", "LT"), ("Klaipėda", "LT"), ("Memel", "LT"),
    // Luxemburg (ook stad)
    ("Luxemburg", "LU"), ("Luxembourg", "LU"), ("Luxemburg-Stad", "LU"),
    ("Luxembourg City", "LU"), ("Luxembourg-Ville", "LU"), ("Esch-sur-Alzette", "LU"),
    ("Schengen", "LU"),
    // Letland
    ("Riga", "LV"), ("Liepāja", "LV"), ("Ventspils", "LV"), ("Daugavpils", "LV"),
    ("Jūrmala", "LV"),
    // Libië
    ("Tripoli", "LY"), ("Tripolis", "LY"), ("Benghazi", "LY"), ("Misrata", "LY"),
    // Marokko
    ("Rabat", "MA"), ("Casablanca", "MA"), ("Tanger", "MA"), ("Tangier", "MA"),
    ("Tanger Med", "MA"), ("Marrakesh", "MA"), ("Marrakech", "MA"),
    ("Marrakesj", "MA"), ("Fez", "MA"), ("Fès", "MA"), ("Agadir", "MA"), ("Meknes", "MA"),
    ("Nador", "MA"), ("Oujda", "MA"), ("Tetouan", "MA"),
    ("Al Hoceima", "MA"), ("Kenitra", "MA"), ("Essaouira", "MA"),
    ("Chefchaouen", "MA"), ("Rif", "MA"), ("Rifgebergte", "MA"), ("Tanger-Tetouan", "MA"),
    // Monaco (stadstaat)
    ("Monaco", "MC"), ("Monte Carlo", "MC"),
    // Moldavië
    ("Chisinau", "MD"), ("Kisjinev", "MD"), ("Kishinev", "MD"),
    // Montenegro
    ("Podgorica", "ME"), ("Kotor", "ME"), ("Budva", "ME"),
    // Saint-Martin; Madagaskar; Marshalleilanden
    ("Marigot", "MF"), ("Antananarivo", "MG"), ("Toamasina", "MG"), ("Tamatave", "MG"),
    ("Majuro", "MH"),
    // Noord-Macedonië
    ("Skopje", "MK"), ("Ohrid", "MK"), ("Bitola", "MK"),
    // Mali
    ("Bamako", "ML"), ("Timboektoe", "ML"), ("Timbuktu", "ML"),
    // Myanmar
    ("Naypyidaw", "MM"), ("Naypyitaw", "MM"), ("Nay Pyi Taw", "MM"), ("Yangon", "MM"),
    ("Rangoon", "MM"), ("Rangoen", "MM"), ("Mandalay", "MM"),
    // Mongolië
    ("Ulaanbaatar", "MN"), ("Ulan Bator", "MN"), ("Oelaanbaatar", "MN"), ("Oelan Bator", "MN"),
    // Macau (stadstaat)
    ("Macau", "MO"), ("Macao", "MO"),
    // Noordelijke Marianen; Martinique; Mauritanië; Montserrat
    ("Saipan", "MP"), ("Fort-de-France", "MQ"), ("Nouakchott", "MR"), ("Nouadhibou", "MR"),
    ("Brades", "MS"),
    // Malta
    ("Valletta", "MT"), ("La Valletta", "MT"), ("Marsaxlokk", "MT"), ("Sliema", "MT"),
    ("Gozo", "MT"), ("Mdina", "MT"),
    // Mauritius; Maldiven; Malawi
    ("Port Louis", "MU"), ("Malé", "MV"), ("Lilongwe", "MW"), ("Blantyre", "MW"),
    // Mexico
    ("Mexico-Stad", "MX"), ("Mexicostad", "MX"), ("Mexico City", "MX"),
    ("Ciudad de México", "MX"), ("Guadalajara", "MX"), ("Monterrey", "MX"), ("Veracruz", "MX"),
    ("Manzanillo", "MX"), ("Tijuana", "MX"), ("Cancún", "MX"), ("Puebla", "MX"),
    ("Lázaro Cárdenas", "MX"), ("Oaxaca", "MX"), ("Querétaro", "MX"), ("Acapulco", "MX"),
    ("Ciudad Juárez", "MX"), ("Altamira", "MX"), ("Yucatán", "MX"), ("Baja California", "MX"),
    // Maleisië
    ("Kuala Lumpur", "MY"), ("Penang", "MY"), ("Pinang", "MY"), ("Johor Bahru", "MY"),
    ("Johor", "MY"), ("Port Klang", "MY"), ("Klang", "MY"), ("Putrajaya", "MY"),
    ("Malakka", "MY"), ("Melaka", "MY"), ("Malacca", "MY"), ("Kuching", "MY"),
    ("Kota Kinabalu", "MY"), ("Tanjung Pelepas", "MY"), ("Ipoh", "MY"), ("Sabah", "MY"),
    ("Sarawak", "MY"),
    // Mozambique
    ("Maputo", "MZ"), ("Beira", "MZ"), ("Nacala", "MZ"),
    // Namibië
    ("Windhoek", "NA"), ("Walvisbaai", "NA"), ("Walvis Bay", "NA"), ("Lüderitz", "NA"),
    ("Swakopmund", "NA"), ("Oshakati", "NA"),
    // Nieuw-Caledonië; Niger; Norfolkeiland
    ("Nouméa", "NC"), ("Niamey", "NE"), ("Agadez", "NE"),
    // Nigeria
    ("Abuja", "NG"), ("Lagos", "NG"), ("Port Harcourt", "NG"), ("Kano", "NG"), ("Ibadan", "NG"),
    ("Onne", "NG"), ("Calabar", "NG"),
    // Nicaragua
    ("Managua", "NI"), ("Corinto", "NI"),
    // Nederland
    ("Rotterdam", "NL"), ("Amsterdam", "NL"), ("Den Haag", "NL"), ("'s-Gravenhage", "NL"),
    ("The Hague", "NL"), ("Utrecht", "NL"), ("Eindhoven", "NL"), ("Groningen", "NL"),
    ("Maastricht", "NL"), ("Vlissingen", "NL"), ("Delft", "NL"), ("Schiedam", "NL"),
    ("Dordrecht", "NL"), ("Leiden", "NL"), ("Haarlem", "NL"), ("Arnhem", "NL"),
    ("Nijmegen", "NL"), ("Tilburg", "NL"), ("Breda", "NL"), ("'s-Hertogenbosch", "NL"),
    ("Den Bosch", "NL"), ("Zwolle", "NL"), ("Almere", "NL"), ("Lelystad", "NL"),
    ("Enschede", "NL"), ("Middelburg", "NL"), ("Terneuzen", "NL"), ("Moerdijk", "NL"),
    ("Vlaardingen", "NL"), ("Maassluis", "NL"), ("Hoek van Holland", "NL"), ("Venlo", "NL"),
    ("Zaandam", "NL"), ("IJmuiden", "NL"), ("Den Helder", "NL"), ("Leeuwarden", "NL"),
    ("Assen", "NL"), ("Apeldoorn", "NL"), ("Amersfoort", "NL"), ("Zoetermeer", "NL"),
    ("Gouda", "NL"), ("Capelle aan den IJssel", "NL"), ("Barendrecht", "NL"),
    ("Spijkenisse", "NL"), ("Nissewaard", "NL"), ("Ridderkerk", "NL"), ("Schiphol", "NL"),
    ("Maasvlakte", "NL"), ("Europoort", "NL"), ("Wageningen", "NL"), ("Westland", "NL"),
    ("Zeeland", "NL"), ("Zuid-Holland", "NL"), ("Noord-Holland", "NL"), ("Limburg", "NL"),
    ("Noord-Brabant", "NL"), ("Gelderland", "NL"), ("Friesland", "NL"), ("Drenthe", "NL"),
    ("Overijssel", "NL"), ("Flevoland", "NL"), ("Randstad", "NL"),
    // Noorwegen
    ("Oslo", "NO"), ("Stavanger", "NO"), ("Trondheim", "NO"), ("Tromsø", "NO"),
    ("Kristiansand", "NO"), ("Drammen", "NO"), ("Haugesund", "NO"), ("Ålesund", "NO"),
    ("Bodø", "NO"), ("Narvik", "NO"), ("Hammerfest", "NO"), ("Kirkenes", "NO"),
    ("Lofoten", "NO"),
    // Nepal; Nauru; Niue
    ("Kathmandu", "NP"), ("Kathmandoe", "NP"), ("Pokhara", "NP"), ("Yaren", "NR"),
    ("Alofi", "NU"),
    // Nieuw-Zeeland
    ("Wellington", "NZ"), ("Auckland", "NZ"), ("Christchurch", "NZ"), ("Tauranga", "NZ"),
    ("Dunedin", "NZ"), ("Queenstown", "NZ"), ("Rotorua", "NZ"), ("Napier", "NZ"),
    // Oman
    ("Muscat", "OM"), ("Masqat", "OM"), ("Maskat", "OM"), ("Salalah", "OM"), ("Sohar", "OM"),
    ("Duqm", "OM"), ("Nizwa", "OM"),
    // Panama
    ("Panama-Stad", "PA"), ("Panama City", "PA"), ("Ciudad de Panamá", "PA"),
    ("Colón", "PA"), ("Balboa", "PA"), ("Panamakanaal", "PA"), ("Panama Canal", "PA"),
    // Peru
    ("Lima", "PE"), ("Callao", "PE"), ("Cusco", "PE"), ("Cuzco", "PE"), ("Arequipa", "PE"),
    ("Trujillo", "PE"), ("Machu Picchu", "PE"), ("Paita", "PE"), ("Chancay", "PE"),
    // Frans-Polynesië
    ("Papeete", "PF"), ("Tahiti", "PF"), ("Bora Bora", "PF"),
    // Papoea-Nieuw-Guinea
    ("Port Moresby", "PG"), ("Lae", "PG"),
    // Filipijnen
    ("Manilla", "PH"), ("Manila", "PH"), ("Cebu", "PH"), ("Cebu City", "PH"), ("Davao", "PH"),
    ("Quezon City", "PH"), ("Makati", "PH"), ("Subic Bay", "PH"), ("Batangas", "PH"),
    ("Mindanao", "PH"), ("Luzon", "PH"),
    // Pakistan
    ("Islamabad", "PK"), ("Karachi", "PK"), ("Lahore", "PK"), ("Faisalabad", "PK"),
    ("Peshawar", "PK"), ("Rawalpindi", "PK"), ("Gwadar", "PK"), ("Multan", "PK"),
    // Polen
    ("Warschau", "PL"), ("Warszawa", "PL"), ("Warsaw", "PL"), ("Krakau", "PL"),
    ("Kraków", "PL"), ("Cracow", "PL"), ("Gdańsk", "PL"), ("Danzig", "PL"), ("Gdynia", "PL"),
    ("Szczecin", "PL"), ("Stettin", "PL"), ("Poznań", "PL"), ("Posen", "PL"),
    ("Wrocław", "PL"), ("Breslau", "PL"), ("Łódź", "PL"), ("Katowice", "PL"),
    ("Kattowitz", "PL"), ("Lublin", "PL"), ("Bydgoszcz", "PL"), ("Toruń", "PL"),
    ("Białystok", "PL"), ("Rzeszów", "PL"), ("Świnoujście", "PL"), ("Sopot", "PL"),
    ("Oświęcim", "PL"), ("Auschwitz", "PL"), ("Silezië", "PL"), ("Pommeren", "PL"),
    ("Mazovië", "PL"), ("Klein-Polen", "PL"),
    // Saint-Pierre en Miquelon; Pitcairneilanden
    ("Adamstown", "PN"),
    // Puerto Rico
    ("San Juan", "PR"), ("Ponce", "PR"),
    // Palestina
    ("Ramallah", "PS"), ("Gaza", "PS"), ("Gaza-Stad", "PS"), ("Bethlehem", "PS"),
    ("Betlehem", "PS"), ("Hebron", "PS"), ("Nablus", "PS"), ("Jericho", "PS"),
    ("Jenin", "PS"), ("Oost-Jeruzalem", "PS"), ("East Jerusalem", "PS"),
    // Portugal
    ("Lissabon", "PT"), ("Lisboa", "PT"), ("Lisbon", "PT"), ("Porto", "PT"), ("Oporto", "PT"),
    ("Sines", "PT"), ("Faro", "PT"), ("Coimbra", "PT"), ("Braga", "PT"), ("Setúbal", "PT"),
    ("Funchal", "PT"), ("Madeira", "PT"), ("Azoren", "PT"), ("Açores", "PT"), ("Azores", "PT"),
    ("Leixões", "PT"), ("Aveiro", "PT"), ("Algarve", "PT"), ("Cascais", "PT"),
    ("Ponta Delgada", "PT"), ("Guimarães", "PT"), ("Évora", "PT"),
    // Palau; Paraguay
    ("Ngerulmud", "PW"), ("Koror", "PW"), ("Asunción", "PY"), ("Ciudad del Este", "PY"),
    // Qatar
    ("Doha", "QA"), ("Lusail", "QA"), ("Al Wakrah", "QA"), ("Ras Laffan", "QA"),
    // Roemenië
    ("Boekarest", "RO"), ("București", "RO"), ("Bucharest", "RO"),
    ("Constanța", "RO"), ("Constanza", "RO"), ("Cluj-Napoca", "RO"), ("Cluj", "RO"),
    ("Timișoara", "RO"), ("Temesvar", "RO"), ("Iași", "RO"), ("Brașov", "RO"),
    ("Sibiu", "RO"), ("Galați", "RO"), ("Oradea", "RO"), ("Craiova", "RO"),
    ("Transsylvanië", "RO"), ("Transylvania", "RO"), ("Zevenburgen", "RO"),
    ("Walachije", "RO"),
    // Servië
    ("Belgrado", "RS"), ("Beograd", "RS"), ("Belgrade", "RS"), ("Novi Sad", "RS"),
    ("Niš", "RS"), ("Vojvodina", "RS"),
    // Rusland
    ("Moskou", "RU"), ("Moskva", "RU"), ("Moscow", "RU"), ("Sint-Petersburg", "RU"),
    ("Sankt-Peterburg", "RU"), ("Leningrad", "RU"), ("Petersburg", "RU"),
    ("Kaliningrad", "RU"), ("Koningsbergen", "RU"), ("Novosibirsk", "RU"),
    ("Jekaterinenburg", "RU"), ("Yekaterinburg", "RU"), ("Vladivostok", "RU"),
    ("Wladiwostok", "RU"), ("Moermansk", "RU"), ("Murmansk", "RU"), ("Kazan", "RU"),
    ("Sotsji", "RU"), ("Sochi", "RU"), ("Novorossiejsk", "RU"), ("Novorossiysk", "RU"),
    ("Ust-Luga", "RU"), ("Nizjni Novgorod", "RU"), ("Nizhny Novgorod", "RU"), ("Samara", "RU"),
    ("Rostov aan de Don", "RU"), ("Rostov-on-Don", "RU"), ("Volgograd", "RU"),
    ("Archangelsk", "RU"), ("Irkoetsk", "RU"), ("Irkutsk", "RU"), ("Siberië", "RU"),
    ("Siberia", "RU"),
    // Rwanda
    ("Kigali", "RW"),
    // Saoedi-Arabië
    ("Riyad", "SA"), ("Riyadh", "SA"), ("Riaad", "SA"), ("Djedda", "SA"), ("Jeddah", "SA"),
    ("Jiddah", "SA"), ("Mekka", "SA"), ("Mecca", "SA"), ("Medina", "SA"), ("Dammam", "SA"),
    ("NEOM", "SA"), ("Al-Khobar", "SA"), ("Khobar", "SA"), ("Jubail", "SA"), ("Al-Ula", "SA"),
    ("AlUla", "SA"), ("King Abdullah Economic City", "SA"), ("Yanbu", "SA"),
    // Salomonseilanden; Soedan
    ("Honiara", "SB"), ("Mahé", "SC"),
    ("Khartoem", "SD"), ("Khartoum", "SD"), ("Port Sudan", "SD"),
    ("Port Soedan", "SD"), ("Omdurman", "SD"),
    // Zweden
    ("Stockholm", "SE"), ("Göteborg", "SE"), ("Gotenburg", "SE"), ("Gothenburg", "SE"),
    ("Malmö", "SE"), ("Uppsala", "SE"), ("Helsingborg", "SE"), ("Lund", "SE"),
    ("Trelleborg", "SE"), ("Norrköping", "SE"), ("Linköping", "SE"), ("Västerås", "SE"),
    ("Örebro", "SE"), ("Umeå", "SE"), ("Luleå", "SE"), ("Kiruna", "SE"), ("Karlskrona", "SE"),
    ("Visby", "SE"), ("Gotland", "SE"), ("Skåne", "SE"), ("Öresund", "SE"),
    // Singapore (stadstaat)
    ("Singapore", "SG"), ("Singapur", "SG"), ("Jurong", "SG"),
    // Slovenië
    ("Ljubljana", "SI"), ("Laibach", "SI"), ("Koper", "SI"), ("Maribor", "SI"), ("Bled", "SI"),
    // Spitsbergen
    ("Longyearbyen", "SJ"),
    // Slowakije
    ("Bratislava", "SK"), ("Presburg", "SK"), ("Košice", "SK"),
    ("Žilina", "SK"),
    // Sierra Leone
    ("Freetown", "SL"),
    // San Marino (ook stad)
    ("San Marino", "SM"), ("Città di San Marino", "SM"),
    // Senegal
    ("Dakar", "SN"), ("Thiès", "SN"), ("Touba", "SN"),
    // Somalië
    ("Mogadishu", "SO"), ("Mogadisjoe", "SO"), ("Hargeisa", "SO"), ("Berbera", "SO"),
    ("Somaliland", "SO"), ("Puntland", "SO"),
    // Suriname
    ("Paramaribo", "SR"), ("Nieuw-Nickerie", "SR"), ("Albina", "SR"), ("Moengo", "SR"),
    ("Lelydorp", "SR"),
    // Zuid-Soedan
    ("Juba", "SS"), ("Djoeba", "SS"),
    // Sao Tomé en Principe
    ("São Tomé", "ST"),
    // El Salvador
    ("San Salvador", "SV"), ("Acajutla", "SV"),
    // Sint Maarten
    ("Philipsburg", "SX"),
    // Syrië
    ("Damascus", "SY"), ("Damaskus", "SY"), ("Aleppo", "SY"), ("Latakia", "SY"),
    ("Homs", "SY"), ("Tartus", "SY"),
    // Eswatini
    ("Mbabane", "SZ"), ("Lobamba", "SZ"), ("Manzini", "SZ"),
    // Turks- en Caicoseilanden; Tsjaad; Franse Zuidelijke Gebieden
    ("Cockburn Town", "TC"), ("N'Djamena", "TD"),
    ("Port-aux-Français", "TF"),
    // Togo
    ("Lomé", "TG"),
    // Thailand
    ("Bangkok", "TH"), ("Chiang Mai", "TH"), ("Phuket", "TH"), ("Pattaya", "TH"),
    ("Laem Chabang", "TH"), ("Ayutthaya", "TH"), ("Krabi", "TH"), ("Koh Samui", "TH"),
    // Tadzjikistan; Tokelau; Oost-Timor; Turkmenistan
    ("Doesjanbe", "TJ"), ("Dushanbe", "TJ"), ("Nukunonu", "TK"), ("Dili", "TL"),
    ("Asjchabad", "TM"), ("Ashgabat", "TM"), ("Turkmenbashi", "TM"),
    // Tunesië
    ("Tunis", "TN"), ("Sfax", "TN"), ("Sousse", "TN"), ("Bizerte", "TN"), ("Djerba", "TN"),
    ("Kairouan", "TN"), ("Rades", "TN"), ("Monastir", "TN"),
    ("Hammamet", "TN"),
    // Tonga
    ("Nuku'alofa", "TO"),
    // Turkije
    ("Istanbul", "TR"), ("Istanboel", "TR"), ("Constantinopel", "TR"),
    ("Ankara", "TR"), ("Izmir", "TR"), ("Smyrna", "TR"), ("Antalya", "TR"), ("Bursa", "TR"),
    ("Mersin", "TR"), ("Adana", "TR"), ("Gaziantep", "TR"), ("Trabzon", "TR"),
    ("Konya", "TR"), ("Kayseri", "TR"), ("Eskişehir", "TR"), ("Diyarbakır", "TR"),
    ("Kocaeli", "TR"), ("İzmit", "TR"), ("Bodrum", "TR"), ("Alanya", "TR"), ("Samsun", "TR"),
    ("Hatay", "TR"), ("Antakya", "TR"), ("Kahramanmaraş", "TR"), ("Malatya", "TR"),
    ("Ambarlı", "TR"), ("Cappadocië", "TR"), ("Anatolië", "TR"), ("Anatolia", "TR"),
    ("Afyon", "TR"), ("Afyonkarahisar", "TR"), ("Denizli", "TR"), ("Kars", "TR"),
    ("Edirne", "TR"), ("Çanakkale", "TR"), ("Sivas", "TR"),
    // Trinidad en Tobago
    ("Port of Spain", "TT"), ("Point Lisas", "TT"), ("Trinidad", "TT"), ("Tobago", "TT"),
    // Tuvalu
    ("Funafuti", "TV"),
    // Taiwan
    ("Taipei", "TW"), ("Taipeh", "TW"), ("Kaohsiung", "TW"), ("Taichung", "TW"),
    ("Hsinchu", "TW"), ("Tainan", "TW"), ("Keelung", "TW"),
    // Tanzania
    ("Dodoma", "TZ"), ("Dar es Salaam", "TZ"), ("Zanzibar", "TZ"), ("Arusha", "TZ"),
    ("Mwanza", "TZ"), ("Tanga", "TZ"), ("Kilimanjaro", "TZ"),
    // Oekraïne
    ("Kiev", "UA"), ("Kyiv", "UA"), ("Kiew", "UA"), ("Kyjiv", "UA"), ("Odessa", "UA"),
    ("Odesa", "UA"), ("Lviv", "UA"), ("Lemberg", "UA"), ("Lvov", "UA"), ("Lwów", "UA"),
    ("Charkiv", "UA"), ("Kharkiv", "UA"), ("Charkov", "UA"), ("Kharkov", "UA"), ("Dnipro", "UA"),
    ("Dnjepr", "UA"), ("Marioepol", "UA"), ("Mariupol", "UA"), ("Mykolaiv", "UA"),
    ("Mykolajiv", "UA"), ("Zaporizja", "UA"), ("Zaporizhzhia", "UA"), ("Cherson", "UA"),
    ("Kherson", "UA"), ("Izmail", "UA"), ("Tsjernihiv", "UA"), ("Chernihiv", "UA"),
    ("Boetsja", "UA"), ("Bucha", "UA"), ("Irpin", "UA"), ("Oezjhorod", "UA"),
    ("Uzhhorod", "UA"), ("Vinnytsja", "UA"), ("Vinnytsia", "UA"), ("Poltava", "UA"),
    ("Tsjernivtsi", "UA"), ("Chernivtsi", "UA"), ("Donetsk", "UA"), ("Loehansk", "UA"),
    ("Luhansk", "UA"), ("Krim", "UA"), ("Crimea", "UA"), ("Sebastopol", "UA"),
    ("Donbas", "UA"), ("Donbass", "UA"),
    // Oeganda
    ("Kampala", "UG"), ("Entebbe", "UG"), ("Jinja", "UG"),
    // Verenigde Staten
    ("Washington", "US"), ("Washington D.C.", "US"),
    ("New York", "US"), ("New York City", "US"), ("NYC", "US"),
    ("Nieuw-Amsterdam", "US"), ("Miami", "US"), ("Houston", "US"), ("Los Angeles", "US"),
    ("San Francisco", "US"), ("Boston", "US"), ("Chicago", "US"), ("Seattle", "US"),
    ("Philadelphia", "US"), ("Baltimore", "US"), ("New Orleans", "US"), ("Atlanta", "US"),
    ("Dallas", "US"), ("Austin", "US"), ("Denver", "US"), ("Detroit", "US"),
    ("Pittsburgh", "US"), ("Cleveland", "US"), ("Minneapolis", "US"), ("Las Vegas", "US"),
    ("San Diego", "US"), ("Phoenix", "US"), ("Portland", "US"), ("Savannah", "US"),
    ("Charleston", "US"), ("Norfolk", "US"), ("Long Beach", "US"), ("Oakland", "US"),
    ("Tampa", "US"), ("Orlando", "US"), ("Jacksonville", "US"), ("Nashville", "US"),
    ("Salt Lake City", "US"), ("Honolulu", "US"), ("Anchorage", "US"), ("Sacramento", "US"),
    ("San Antonio", "US"), ("Indianapolis", "US"), ("Columbus", "US"), ("Cincinnati", "US"),
    ("Saint Louis", "US"), ("Kansas City", "US"), ("Milwaukee", "US"), ("Buffalo", "US"),
    ("Albany", "US"), ("Newark", "US"), ("Jersey City", "US"), ("Brooklyn", "US"),
    ("Manhattan", "US"), ("Bronx", "US"), ("Queens", "US"), ("Silicon Valley", "US"),
    ("Palo Alto", "US"), ("Princeton", "US"), ("New Haven", "US"), ("Hartford", "US"),
    ("Providence", "US"), ("Raleigh", "US"), ("Charlotte", "US"), ("Memphis", "US"),
    ("Louisville", "US"), ("Richmond", "US"), ("Corpus Christi", "US"), ("Galveston", "US"),
    ("Baton Rouge", "US"), ("Fort Lauderdale", "US"), ("Port Everglades", "US"),
    ("Grand Rapids", "US"), ("Albuquerque", "US"),
    ("El Paso", "US"), ("Tucson", "US"), ("Fort Worth", "US"), ("Oklahoma City", "US"),
    ("Omaha", "US"), ("Des Moines", "US"), ("Madison", "US"), ("Ann Arbor", "US"),
    ("Berkeley", "US"), ("Stanford", "US"), ("Mountain View", "US"), ("Cupertino", "US"),
    ("Santa Monica", "US"), ("Hollywood", "US"), ("Key West", "US"), ("Wilmington", "US"),
    ("Annapolis", "US"), ("Baltimore-Washington", "US"), ("Niagara Falls", "US"),
    ("Texas", "US"), ("Californië", "US"), ("California", "US"), ("Florida", "US"),
    ("New Jersey", "US"), ("Louisiana", "US"), ("Massachusetts", "US"),
    ("Pennsylvania", "US"), ("Pennsylvanië", "US"), ("Illinois", "US"), ("Michigan", "US"),
    ("Ohio", "US"), ("Virginia", "US"), ("Maryland", "US"), ("Hawaï", "US"), ("Hawaii", "US"),
    ("Alaska", "US"), ("Colorado", "US"), ("Arizona", "US"), ("Nevada", "US"),
    ("Oregon", "US"), ("North Carolina", "US"), ("Noord-Carolina", "US"),
    ("South Carolina", "US"), ("Zuid-Carolina", "US"), ("Tennessee", "US"),
    ("Minnesota", "US"), ("Wisconsin", "US"), ("Utah", "US"), ("New Mexico", "US"),
    ("Indiana", "US"), ("Kentucky", "US"), ("Alabama", "US"), ("Mississippi", "US"),
    ("Missouri", "US"), ("Iowa", "US"), ("Kansas", "US"), ("Nebraska", "US"),
    ("Oklahoma", "US"), ("Arkansas", "US"), ("Connecticut", "US"), ("Rhode Island", "US"),
    ("Vermont", "US"), ("New Hampshire", "US"), ("Maine", "US"), ("Delaware", "US"),
    ("West Virginia", "US"), ("North Dakota", "US"),
    ("Noord-Dakota", "US"), ("South Dakota", "US"), ("Zuid-Dakota", "US"), ("Montana", "US"),
    ("Wyoming", "US"), ("Idaho", "US"), ("Washington State", "US"), ("New York State", "US"),
    ("Staat New York", "US"),
    // Uruguay
    ("Montevideo", "UY"), ("Punta del Este", "UY"),
    // Oezbekistan
    ("Tasjkent", "UZ"), ("Tashkent", "UZ"), ("Samarkand", "UZ"), ("Buchara", "UZ"),
    ("Bukhara", "UZ"),
    // Vaticaanstad (stadstaat)
    ("Vaticaanstad", "VA"), ("Vatican City", "VA"),
    // Saint Vincent en de Grenadines
    ("Kingstown", "VC"),
    // Venezuela
    ("Caracas", "VE"), ("Maracaibo", "VE"), ("Puerto Cabello", "VE"), ("La Guaira", "VE"),
    ("Barquisimeto", "VE"), ("Ciudad Guayana", "VE"),
    // Britse en Amerikaanse Maagdeneilanden
    ("Road Town", "VG"), ("Tortola", "VG"), ("Charlotte Amalie", "VI"), ("Saint Thomas", "VI"),
    ("Saint Croix", "VI"),
    // Vietnam
    ("Hanoi", "VN"), ("Hà Nội", "VN"), ("Ho Chi Minh Stad", "VN"), ("Ho Chi Minhstad", "VN"),
    ("Ho Chi Minh City", "VN"), ("Ho Chi Minh", "VN"),
    ("Thành phố Hồ Chí Minh", "VN"), ("Saigon", "VN"), ("Sài Gòn", "VN"), ("HCMC", "VN"),
    ("Haiphong", "VN"), ("Hai Phong", "VN"), ("Da Nang", "VN"),
    ("Danang", "VN"), ("Hue", "VN"), ("Can Tho", "VN"),
    ("Mekongdelta", "VN"), ("Mekong Delta", "VN"), ("Hoi An", "VN"),
    ("Nha Trang", "VN"), ("Halong", "VN"), ("Ha Long", "VN"), ("Vung Tau", "VN"),
    ("Cai Mep", "VN"), ("Binh Duong", "VN"), ("Dong Nai", "VN"), ("Quang Ninh", "VN"),
    // Vanuatu; Wallis en Futuna; Samoa
    ("Port Vila", "VU"), ("Mata-Utu", "WF"), ("Apia", "WS"),
    // Kosovo
    ("Pristina", "XK"), ("Prishtina", "XK"), ("Prizren", "XK"),
    // Jemen; Mayotte
    ("Sanaa", "YE"), ("Aden", "YE"), ("Hodeida", "YE"), ("Mamoudzou", "YT"),
    // Zuid-Afrika
    ("Pretoria", "ZA"), ("Tshwane", "ZA"), ("Kaapstad", "ZA"), ("Cape Town", "ZA"),
    ("Johannesburg", "ZA"), ("Durban", "ZA"), ("Port Elizabeth", "ZA"), ("Gqeberha", "ZA"),
    ("Oost-Londen", "ZA"), ("East London", "ZA"), ("Bloemfontein", "ZA"),
    ("Richardsbaai", "ZA"), ("Richards Bay", "ZA"), ("Saldanha", "ZA"), ("Saldanhabaai", "ZA"),
    ("Saldanha Bay", "ZA"), ("Soweto", "ZA"), ("Stellenbosch", "ZA"), ("Paarl", "ZA"),
    ("Pietermaritzburg", "ZA"), ("Polokwane", "ZA"), ("Kimberley", "ZA"), ("Mbombela", "ZA"),
    ("Nelspruit", "ZA"), ("Ngqura", "ZA"), ("Coega", "ZA"), ("Sandton", "ZA"),
    ("Mosselbaai", "ZA"), ("Mossel Bay", "ZA"), ("Knysna", "ZA"), ("Gauteng", "ZA"),
    ("West-Kaap", "ZA"), ("Western Cape", "ZA"), ("Oost-Kaap", "ZA"), ("Eastern Cape", "ZA"),
    ("KwaZulu-Natal", "ZA"), ("Vrijstaat", "ZA"), ("Free State", "ZA"), ("Limpopo", "ZA"),
    ("Mpumalanga", "ZA"), ("Noord-Kaap", "ZA"), ("Northern Cape", "ZA"), ("Kaapse Wijnlanden", "ZA"),
    // Zambia
    ("Lusaka", "ZM"), ("Ndola", "ZM"), ("Livingstone", "ZM"),
    // Zimbabwe
    ("Harare", "ZW"), ("Bulawayo", "ZW"), ("Victoria Falls", "ZW"),
];

/// Other countries a place name may stand in, sorted by name.
///
/// A name listed here **and** in [`PLACES`] has a primary country that is used unless the
/// destination names one of these instead (`Santiago, Spanje` is Santiago de Compostela,
/// not Chile). A name listed only here is too ambiguous to pick a country on its own
/// (`Bergen` is in Norway and, as the Dutch name of Mons, in Belgium): the destination's
/// named countries, or the countries of its other places (`Atlanta, Georgia`), decide;
/// otherwise the place is reported as unknown.
#[rustfmt::skip]
static PLACE_ALTERNATES: &[(&str, &str)] = &[
    ("Alexandria", "US"),
    ("Bergen", "BE"), ("Bergen", "NO"),
    ("Birmingham", "US"),
    ("Borneo", "BN"), ("Borneo", "ID"), ("Borneo", "MY"),
    ("Brest", "BY"),
    ("Cambridge", "US"),
    ("Cartagena", "ES"),
    ("Córdoba", "AR"), ("Córdoba", "ES"),
    ("Cuenca", "EC"), ("Cuenca", "ES"),
    ("Freeport", "BS"), ("Freeport", "US"),
    ("Freiburg", "CH"),
    ("George Town", "MY"),
    ("Georgia", "GE"), ("Georgia", "US"),
    ("Granada", "NI"),
    ("Guadalajara", "ES"),
    ("Halifax", "GB"),
    ("Halle", "BE"), ("Halle", "DE"),
    ("Hamilton", "BM"), ("Hamilton", "CA"), ("Hamilton", "GB"), ("Hamilton", "NZ"),
    ("Hyderabad", "PK"),
    ("Jamestown", "SH"), ("Jamestown", "US"),
    ("Kingston", "CA"), ("Kingston", "NF"),
    ("La Paz", "MX"),
    ("Lagos", "PT"),
    ("Lapland", "FI"), ("Lapland", "NO"), ("Lapland", "SE"),
    ("León", "ES"), ("León", "MX"), ("León", "NI"),
    ("Limburg", "BE"),
    ("London", "CA"),
    ("Manzanillo", "PA"),
    ("Mérida", "ES"), ("Mérida", "MX"), ("Mérida", "VE"),
    ("Newcastle", "AU"),
    ("Norfolk", "GB"),
    ("Oranjestad", "BQ"),
    ("Patagonië", "AR"), ("Patagonië", "CL"),
    ("Perth", "GB"),
    ("Plymouth", "MS"), ("Plymouth", "US"),
    ("Portsmouth", "US"),
    ("Punjab", "IN"), ("Punjab", "PK"),
    ("Richmond", "GB"),
    ("Saint-Denis", "FR"), ("Saint-Denis", "RE"),
    ("Saint-Louis", "SN"),
    ("Saint-Pierre", "PM"), ("Saint-Pierre", "RE"),
    ("Salamanca", "MX"),
    ("San Antonio", "CL"),
    ("San José", "US"),
    ("Santa Cruz", "BO"), ("Santa Cruz", "ES"), ("Santa Cruz", "US"),
    ("Santiago", "CU"), ("Santiago", "DO"), ("Santiago", "ES"),
    ("Toledo", "US"),
    ("Tripoli", "LB"),
    ("Valencia", "VE"),
    ("Victoria", "AU"), ("Victoria", "CA"), ("Victoria", "SC"),
    ("Waterloo", "CA"), ("Waterloo", "GB"),
    ("York", "US"),
];

/// Regions larger than one country (Dutch name, then English where it differs). They are places (named, printed) but give no
/// country; listing them keeps `Zuid-Amerika` from being read as `Amerika` (the US) and
/// keeps them out of [`Destination::unknown`].
#[rustfmt::skip]
static REGIONS: &[&str] = &[
    "Afrika", "Africa", "Azië", "Asia", "Balkan", "Baltische staten", "Baltic states",
    "Benelux", "Caraïben", "Caribbean", "Caribisch gebied", "Centraal-Afrika", "Centraal-Amerika",
    "Centraal-Azië", "Centraal-Europa", "Europa", "Europe", "Europese Unie", "EU", "Golfregio",
    "Golfstaten", "Hoorn van Afrika", "Kaukasus", "Latijns-Amerika", "Latin America", "Levant",
    "Maghreb", "Midden-Amerika", "Midden-Europa", "Midden-Oosten", "Middle East", "Nabije Oosten",
    "Noord-Afrika", "North Africa", "Noord-Amerika", "North America", "Noord-Europa", "Oceanië",
    "Oceania", "Oost-Afrika", "East Africa", "Oost-Azië", "East Asia", "Oost-Europa",
    "Eastern Europe", "Sahel", "Scandinavië", "Scandinavia", "Sub-Sahara Afrika",
    "Subsaharaans Afrika", "Verre Oosten", "Far East", "West-Afrika", "West Africa",
    "West-Europa", "Western Europe", "Zuid-Amerika", "South America", "Zuid-Azië", "South Asia",
    "Zuid-Europa", "Southern Europe", "Zuidelijk Afrika", "Southern Africa", "Zuidoost-Azië",
    "Southeast Asia", "Zuidoost-Europa", "Arctis", "Arctic", "Noordpool", "Alpen", "Alps",
    "Middellandse Zee", "Mediterranean", "Oostzee", "Baltic Sea", "Noordzee", "North Sea",
];

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
    fn every_iso_code_has_a_country_name() {
        let named: HashSet<&str> = COUNTRIES.iter().map(|(_, c)| *c).collect();
        let iso: HashSet<&str> = ISO_CODES.split_whitespace().collect();
        assert_eq!(iso.len(), 249);
        let missing: Vec<_> = iso.difference(&named).collect();
        assert!(missing.is_empty(), "no name for {missing:?}");
    }

    #[test]
    fn tables_use_valid_codes_and_are_sorted_by_code() {
        let valid = valid_codes();
        for (table, what) in [(COUNTRIES, "COUNTRIES"), (PLACES, "PLACES")] {
            for (name, code) in table {
                assert!(valid.contains(code), "{what}: {name} → {code}");
            }
            for pair in table.windows(2) {
                assert!(pair[0].1 <= pair[1].1, "{what} not sorted at {:?}", pair[1]);
            }
        }
        for (name, code) in PLACE_ALTERNATES {
            assert!(valid.contains(code), "PLACE_ALTERNATES: {name} → {code}");
        }
        for pair in PLACE_ALTERNATES.windows(2) {
            let (a, b) = (normalize(pair[0].0), normalize(pair[1].0));
            assert!(a <= b, "PLACE_ALTERNATES not sorted at {:?}", pair[1]);
        }
    }

    #[test]
    fn no_name_means_two_things() {
        for (table, what) in [(COUNTRIES, "COUNTRIES"), (PLACES, "PLACES")] {
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
        for (name, code) in PLACES {
            if let Some(country) = country_code(name) {
                assert_eq!(country, *code, "{name} is a place in {code}, a country {country}");
            }
        }
        // An alternate is never the primary itself.
        for (name, code) in PLACE_ALTERNATES {
            assert_ne!(place_country(name), Some(*code), "{name}: {code} listed twice");
            assert_eq!(country_code(name), None, "{name} is a country name");
        }
        // A region is neither a country nor a place in one.
        let place_keys: HashSet<String> =
            PLACES.iter().chain(PLACE_ALTERNATES).map(|(name, _)| normalize(name)).collect();
        let mut regions = HashSet::new();
        for name in REGIONS {
            let key = normalize(name);
            assert!(regions.insert(key.clone()), "REGIONS: {name} listed twice");
            assert_eq!(lookup_country(&key), None, "region {name} is a country name");
            assert!(!place_keys.contains(&key), "region {name} is a place name");
        }
        // No place name reads as a generic phrase.
        for (name, _) in PLACES.iter().chain(PLACE_ALTERNATES) {
            assert!(!is_generic(&normalize(name)), "{name} reads as generic");
        }
    }

    #[test]
    fn every_country_name_splits_to_its_country() {
        for (name, code) in COUNTRIES {
            let d = split_destination(name);
            assert_eq!(d.countries, [*code], "{name}");
            assert!(d.places.is_empty(), "{name}: places {:?}", d.places);
            assert!(atoms(name).len() <= MAX_JOIN, "{name} has too many atoms");
        }
    }

    #[test]
    fn every_place_name_splits_to_its_place() {
        for (name, code) in PLACES {
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
