//! The "Vervoer" cell of the cost table, read as [`TransportMode`]s.
//!
//! The cell is split into parts on `&`, `/`, `,`, `+` and the words `en` and `of` (any
//! case). Each part, lower-cased with white space collapsed and a trailing dot dropped, is
//! looked up in a fixed word list. Parts not on the list become [`TransportMode::Other`]
//! and are handed back as printed, so that the caller can warn about them instead of
//! silently counting a new means of transport as something it is not.
//!
//! | mode | words |
//! |---|---|
//! | [`Plane`](TransportMode::Plane) | vliegtuig(en), vlucht(en), vliegreis |
//! | [`Train`](TransportMode::Train) | trein(en), Thalys, Eurostar, ICE, TGV, Intercity |
//! | [`OfficialCar`](TransportMode::OfficialCar) | dienstauto, dienstwagen |
//! | [`Car`](TransportMode::Car) | auto, personenauto, eigen auto, huurauto, taxi |
//! | [`Bus`](TransportMode::Bus) | bus, touringcar |
//! | [`Boat`](TransportMode::Boat) | boot, veerboot, ferry, schip |
//!
//! Parts that are only a dash, or `n.v.t.`/`nvt`, say "none" and are skipped.
//!
//! The words are data: `data/transport.tsv` (mode, word), compiled in and read once; the
//! table above lists them as they stand there.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::TransportMode;
use crate::report::places::parse_tsv;

/// `data/transport.tsv`: mode, word.
const TRANSPORT_TSV: &str = include_str!("../../data/transport.tsv");

/// What a word of the transport cell means: a mode, or that there was none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Mode(TransportMode),
    None,
}

/// A mode name of the data file: the JSON names of [`TransportMode`], or `none`.
fn meaning(name: &str) -> Option<Meaning> {
    let mode = match name {
        "none" => return Some(Meaning::None),
        "plane" => TransportMode::Plane,
        "train" => TransportMode::Train,
        "official_car" => TransportMode::OfficialCar,
        "car" => TransportMode::Car,
        "bus" => TransportMode::Bus,
        "boat" => TransportMode::Boat,
        _ => return None,
    };
    Some(Meaning::Mode(mode))
}

/// The words of `data/transport.tsv`. Rows that cannot be read are skipped here; a test
/// checks that there are none.
fn vocabulary() -> &'static HashMap<&'static str, Meaning> {
    static WORDS: OnceLock<HashMap<&'static str, Meaning>> = OnceLock::new();
    WORDS.get_or_init(|| {
        parse_tsv(TRANSPORT_TSV)
            .rows
            .into_iter()
            .filter_map(|(_, cells)| match cells[..] {
                [mode, word] if !word.is_empty() => meaning(mode).map(|m| (word, m)),
                _ => None,
            })
            .collect()
    })
}

/// Reads a transport cell: the recognised modes in printed order without duplicates, and
/// the parts that were not recognised, as printed (white space collapsed).
///
/// ```
/// use ambtsreizen::model::TransportMode;
/// use ambtsreizen::report::transport::parse_transport;
///
/// assert_eq!(
///     parse_transport("Trein en dienstauto"),
///     (vec![TransportMode::Train, TransportMode::OfficialCar], vec![])
/// );
/// assert_eq!(
///     parse_transport("Fiets"),
///     (vec![TransportMode::Other], vec!["Fiets".to_string()])
/// );
/// assert_eq!(parse_transport("-"), (vec![], vec![]));
/// ```
pub fn parse_transport(text: &str) -> (Vec<TransportMode>, Vec<String>) {
    let mut modes = Vec::new();
    let mut unknown = Vec::new();
    for part in parts(text) {
        let key = part.to_lowercase();
        let key = key.strip_suffix('.').unwrap_or(&key);
        if is_none_marker(key) {
            continue;
        }
        let mode = match mode_of(key).or_else(|| mode_of_remarked(key)) {
            Some(mode) => mode,
            None => {
                unknown.push(part);
                TransportMode::Other
            }
        };
        if !modes.contains(&mode) {
            modes.push(mode);
        }
    }
    (modes, unknown)
}

/// Splits on the punctuation separators, then on the words `en` and `of`; each part has
/// its white space collapsed to single spaces. Empty parts are dropped.
fn parts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in text.split(['&', '/', ',', '+']) {
        let mut words: Vec<&str> = Vec::new();
        // `split_whitespace` also splits on U+00A0 and U+202F, which PDFs often contain.
        for word in piece.split_whitespace() {
            if word.eq_ignore_ascii_case("en") || word.eq_ignore_ascii_case("of") {
                flush(&mut words, &mut out);
            } else {
                words.push(word);
            }
        }
        flush(&mut words, &mut out);
    }
    out
}

fn flush(words: &mut Vec<&str>, out: &mut Vec<String>) {
    if !words.is_empty() {
        out.push(words.join(" "));
        words.clear();
    }
}

fn is_none_marker(key: &str) -> bool {
    vocabulary().get(key) == Some(&Meaning::None)
}

/// The mode of a part that carries a remark or footnote mark: `Trein (Eurostar)`,
/// `Auto (eigen)`, `Vliegtuig*`, `per trein`. The remark is dropped; failing that, a part
/// in which exactly one word is a means of transport counts as that one.
fn mode_of_remarked(key: &str) -> Option<TransportMode> {
    let mut plain = String::with_capacity(key.len());
    let mut depth = 0usize;
    for c in key.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '*' | '¹' | '²' | '³' | '⁴' | '†' => {}
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let plain = plain.trim_end_matches(['.', ':', ';']);
    if let Some(mode) = mode_of(plain) {
        return Some(mode);
    }
    let mut found = plain.split(' ').filter_map(mode_of);
    match (found.next(), found.next()) {
        (Some(mode), None) => Some(mode),
        _ => None,
    }
}

/// The mode of a listed word; `key` is lower case with single spaces.
fn mode_of(key: &str) -> Option<TransportMode> {
    match vocabulary().get(key) {
        Some(Meaning::Mode(mode)) => Some(*mode),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TransportMode::*;

    #[test]
    fn the_data_file_parses_and_no_word_has_two_meanings() {
        let tsv = parse_tsv(TRANSPORT_TSV);
        assert_eq!(tsv.header, ["mode", "word"]);
        for (line, cells) in &tsv.rows {
            assert_eq!(cells.len(), 2, "data/transport.tsv line {line}: {cells:?}");
            let (mode, word) = (cells[0], cells[1]);
            assert!(meaning(mode).is_some(), "data/transport.tsv line {line}: unknown mode {mode:?}");
            assert_eq!(word, word.to_lowercase(), "data/transport.tsv line {line}: not lower case");
            assert_eq!(word, word.split_whitespace().collect::<Vec<_>>().join(" "), "line {line}: spacing");
        }
        // No word with two meanings.
        let mut seen = HashMap::new();
        for (line, cells) in &tsv.rows {
            if let Some(earlier) = seen.insert(cells[1], (line, cells[0])) {
                panic!("data/transport.tsv: {:?} on lines {} and {line}", cells[1], earlier.0);
            }
        }
        assert_eq!(vocabulary().len(), tsv.rows.len());
    }

    #[test]
    fn remarks_and_footnote_marks_are_not_new_modes() {
        assert_eq!(parse_transport("Trein (Eurostar)"), (vec![Train], vec![]));
        assert_eq!(parse_transport("Auto (eigen)"), (vec![Car], vec![]));
        assert_eq!(parse_transport("Vliegtuig*"), (vec![Plane], vec![]));
        assert_eq!(parse_transport("per trein"), (vec![Train], vec![]));
        assert_eq!(parse_transport("Vliegtuig (retour) en trein"), (vec![Plane, Train], vec![]));
        assert_eq!(parse_transport("Fiets (OV-fiets)"), (vec![Other], vec!["Fiets (OV-fiets)".to_string()]));
    }

    fn modes(text: &str) -> Vec<TransportMode> {
        let (modes, unknown) = parse_transport(text);
        assert!(unknown.is_empty(), "{text:?} left {unknown:?}");
        modes
    }

    #[test]
    fn single_modes() {
        assert_eq!(modes("Vliegtuig"), [Plane]);
        assert_eq!(modes("Trein"), [Train]);
        assert_eq!(modes("Dienstauto"), [OfficialCar]);
        assert_eq!(modes("Auto"), [Car]);
        assert_eq!(modes("Bus"), [Bus]);
        assert_eq!(modes("Boot"), [Boat]);
    }

    #[test]
    fn every_listed_word() {
        for (word, mode) in [
            ("vliegtuig", Plane),
            ("vlucht", Plane),
            ("vliegreis", Plane),
            ("trein", Train),
            ("Thalys", Train),
            ("Eurostar", Train),
            ("ICE", Train),
            ("TGV", Train),
            ("Intercity", Train),
            ("dienstauto", OfficialCar),
            ("Dienstwagen", OfficialCar),
            ("auto", Car),
            ("personenauto", Car),
            ("eigen auto", Car),
            ("Eigen  auto", Car),
            ("huurauto", Car),
            ("Taxi", Car),
            ("bus", Bus),
            ("touringcar", Bus),
            ("boot", Boat),
            ("veerboot", Boat),
            ("ferry", Boat),
            ("schip", Boat),
        ] {
            assert_eq!(modes(word), [mode], "{word}");
        }
    }

    #[test]
    fn combinations_keep_printed_order() {
        assert_eq!(modes("Trein en dienstauto"), [Train, OfficialCar]);
        assert_eq!(modes("Vliegtuig & trein"), [Plane, Train]);
        assert_eq!(modes("Trein/vliegtuig"), [Train, Plane]);
        assert_eq!(modes("Vliegtuig en trein"), [Plane, Train]);
        assert_eq!(modes("Vliegtuig, trein en taxi"), [Plane, Train, Car]);
        assert_eq!(modes("trein + bus"), [Train, Bus]);
        assert_eq!(modes("Trein of vliegtuig"), [Train, Plane]);
        assert_eq!(modes("Trein EN Dienstauto"), [Train, OfficialCar]);
        assert_eq!(modes("Vliegtuig,\u{00A0}trein"), [Plane, Train]);
    }

    #[test]
    fn duplicates_are_dropped() {
        assert_eq!(modes("Trein en Thalys"), [Train]);
        assert_eq!(modes("Vliegtuig/trein/vliegtuig"), [Plane, Train]);
        assert_eq!(modes("Taxi en huurauto"), [Car]);
    }

    #[test]
    fn unknown_words_are_other_and_reported() {
        assert_eq!(parse_transport("Fiets"), (vec![Other], vec!["Fiets".to_string()]));
        assert_eq!(
            parse_transport("Trein, fiets en step"),
            (vec![Train, Other], vec!["fiets".to_string(), "step".to_string()])
        );
        assert_eq!(parse_transport("Hogesnelheidstrein"), (vec![Other], vec!["Hogesnelheidstrein".to_string()]));
    }

    #[test]
    fn empty_and_dash() {
        for text in ["", " ", "-", "–", "—", "n.v.t.", "NVT", " & ", "-/-"] {
            assert_eq!(parse_transport(text), (vec![], vec![]), "{text:?}");
        }
    }

    #[test]
    fn en_and_of_only_split_as_whole_words() {
        // "Dienstauto" contains no separator; "en" inside a word must not split it.
        assert_eq!(parse_transport("Trein en Trenitalia"), (vec![Train, Other], vec!["Trenitalia".to_string()]));
        assert_eq!(modes("Vliegtuig en"), [Plane]);
    }
}
