//! The "Vervoer" cell of the cost table, read as [`TransportMode`]s.
//!
//! The cell is split into parts on `&`, `/`, `,`, `+` and the words `en` and `of` (any
//! case). Each part, lower-cased with white space collapsed and a trailing dot dropped, is
//! looked up in a fixed word list, whole or as a compound of listed words (below). Parts
//! not understood become [`TransportMode::Other`] and are handed back as printed, so that
//! the caller can warn about them instead of silently counting a new means of transport as
//! something it is not.
//!
//! | mode | words |
//! |---|---|
//! | [`Plane`](TransportMode::Plane) | vliegtuig(en), vlucht(en), vliegreis; airlines: KLM, Transavia, Lufthansa, easyJet, Air France, Brussels Airlines |
//! | [`Train`](TransportMode::Train) | trein(en), Thalys, Eurostar, ICE, TGV, Intercity |
//! | [`OfficialCar`](TransportMode::OfficialCar) | dienstauto, dienstwagen |
//! | [`Car`](TransportMode::Car) | auto, personenauto, eigen auto, huurauto, taxi |
//! | [`Bus`](TransportMode::Bus) | bus, touringcar |
//! | [`Boat`](TransportMode::Boat) | boot, veerboot, ferry, schip, watertaxi |
//!
//! Parts that are only a dash, or `n.v.t.`/`nvt`, say "none" and are skipped.
//!
//! **Compounds.** Dutch writes a means of transport inside longer words, so a word that is
//! not listed is read by three rules, each from the listed words:
//!
//! 1. a hyphenated word: the parts that are understood must name one mode (`KLM-vlucht`,
//!    `Thalys-trein`); two modes (`trein-bus`) are not understood;
//! 2. a listed word followed by a *tail* that does not change the means (`treinreis`,
//!    `busreis`, `dienstauto's`, `taxi's`);
//! 3. a word ending in a listed word of at least four letters, the head of the compound
//!    (`nachttrein`, `hogesnelheidstrein`, `lijnvlucht`, `deelauto`). Shorter words (`bus`,
//!    `ice`, `tgv`) are heads only after a hyphen, since they end too many other words
//!    (`airbus`, `service`). A compound whose head misleads is listed itself
//!    (`watertaxi`: boat).
//!
//! The words are data: `data/transport.tsv` (mode, word), compiled in and read once; the
//! table above lists them as they stand there.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::TransportMode;
use crate::report::places::parse_tsv;

/// `data/transport.tsv`: mode, word.
const TRANSPORT_TSV: &str = include_str!("../../data/transport.tsv");

/// What a word of the transport cell means: a mode, that there was none, or a tail that
/// may follow a mode inside a compound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Mode(TransportMode),
    None,
    Tail,
}

/// The shortest listed word that counts as the head of a compound without a hyphen.
const MIN_HEAD_CHARS: usize = 4;

/// A mode name of the data file: the JSON names of [`TransportMode`], or `none`.
fn meaning(name: &str) -> Option<Meaning> {
    let mode = match name {
        "none" => return Some(Meaning::None),
        "tail" => return Some(Meaning::Tail),
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
    if let Some(mode) = mode_of(plain).or_else(|| compound_mode(plain)) {
        return Some(mode);
    }
    let mut found = plain.split(' ').filter_map(|w| mode_of(w).or_else(|| compound_mode(w)));
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

/// The mode of one word (lower case, no spaces) that is a compound of listed words; see
/// the [module documentation](self) for the three rules.
fn compound_mode(word: &str) -> Option<TransportMode> {
    if word.contains(' ') {
        return None;
    }
    if word.contains('-') {
        let mut modes =
            word.split('-').filter(|p| !p.is_empty()).filter_map(|p| mode_of(p).or_else(|| compound_mode(p)));
        let first = modes.next()?;
        return modes.all(|m| m == first).then_some(first);
    }
    // Longest tail first, so that the reading does not depend on the map's order.
    let mut tails: Vec<&str> = vocabulary().iter().filter(|(_, m)| **m == Meaning::Tail).map(|(w, _)| *w).collect();
    tails.sort_by_key(|t| (std::cmp::Reverse(t.len()), *t));
    for tail in tails {
        if let Some(stem) = word.strip_suffix(tail).filter(|s| s.chars().count() >= 3) {
            if let Some(mode) = mode_of(stem).or_else(|| head_mode(stem)) {
                return Some(mode);
            }
        }
    }
    head_mode(word)
}

/// The mode of the longest listed word of at least [`MIN_HEAD_CHARS`] letters that ends
/// `word` after at least two letters of its own (`nachttrein`: `trein`).
fn head_mode(word: &str) -> Option<TransportMode> {
    vocabulary()
        .iter()
        .filter_map(|(w, m)| match m {
            Meaning::Mode(mode) => Some((*w, *mode)),
            _ => None,
        })
        .filter(|(w, _)| w.chars().count() >= MIN_HEAD_CHARS && !w.contains(' '))
        .filter(|(w, _)| {
            word.strip_suffix(w).is_some_and(|rest| rest.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        })
        .max_by_key(|(w, _)| (w.len(), *w))
        .map(|(_, mode)| mode)
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
            // A tail alone is no means of transport.
            if mode == "tail" {
                assert_eq!(parse_transport(word).0, [Other], "tail {word:?}");
            }
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
        assert_eq!(parse_transport("Airbus"), (vec![Other], vec!["Airbus".to_string()]));
        assert_eq!(parse_transport("Trein-bus"), (vec![Other], vec!["Trein-bus".to_string()]));
        assert_eq!(parse_transport("Reis"), (vec![Other], vec!["Reis".to_string()]));
        assert_eq!(parse_transport("Autonoom"), (vec![Other], vec!["Autonoom".to_string()]));
    }

    #[test]
    fn compounds_of_listed_words() {
        for (word, mode) in [
            ("KLM-vlucht", Plane),
            ("KLM", Plane),
            ("Transavia-vlucht", Plane),
            ("Lijnvlucht", Plane),
            ("retourvluchten", Plane),
            ("Vliegtuigreis", Plane),
            ("Treinreis", Train),
            ("treinreizen", Train),
            ("Nachttrein", Train),
            ("Hogesnelheidstrein", Train),
            ("Thalys-trein", Train),
            ("ICE-trein", Train),
            ("Dienstauto's", OfficialCar),
            ("dienstauto’s", OfficialCar),
            ("dienstautorit", OfficialCar),
            ("Deelauto", Car),
            ("taxi's", Car),
            ("Busreis", Bus),
            ("Pendel-bus", Bus),
            ("Watertaxi", Boat),
            ("Cruiseschip", Boat),
            ("per KLM-vlucht", Plane),
        ] {
            assert_eq!(modes(word), [mode], "{word}");
        }
        assert_eq!(modes("KLM-vlucht en taxi"), [Plane, Car]);
        assert_eq!(modes("Treinreis/dienstauto's"), [Train, OfficialCar]);
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
