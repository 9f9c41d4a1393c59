//! Joining printed lines back into running text.

use std::collections::HashSet;

/// Collapses runs of whitespace to single spaces and trims.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Joins lines with single spaces, undoing line-end hyphenation by Dutch rules alone (no
/// evidence from the document: see [`join_lines_in`]).
///
/// A soft hyphen (U+00AD) at a line end is always the typesetter's. A hyphen at a line
/// end between two lowercase letters was put there by the typesetter (`aanvul-` /
/// `lende` → `aanvullende`). Beside a capital or a digit it is part of the word
/// (`Mohamed-` / `Hoesein` → `Mohamed-Hoesein`, `EU-` / `beleid`), and before a
/// conjunction it is a suspended compound (`kennis-` / `en innovatie` → `kennis- en
/// innovatie`). Dutch spelling also writes the hyphen of a compound where two vowels would
/// otherwise read as one sound (`media-` / `aandacht`, `cruise-` / `industrie`; a
/// hyphenation point never splits such a pair), and a word of hyphenated parts keeps its
/// hyphens (`stad-binnen-een-` / `stad-model`).
///
/// ```
/// use ambtsreizen::report::text::join_lines;
/// assert_eq!(join_lines(&["drie aanvul-", "lende agenda's"]), "drie aanvullende agenda's");
/// assert_eq!(join_lines(&["wethouder Mohamed-", "Hoesein"]), "wethouder Mohamed-Hoesein");
/// assert_eq!(join_lines(&["staats\u{AD}", "secretaris"]), "staatssecretaris");
/// ```
pub fn join_lines<S: AsRef<str>>(lines: &[S]) -> String {
    join_lines_in(lines, &Words::default())
}

/// The words a document prints inside its lines (not broken at a line end), lowercased:
/// the document's own evidence of how it writes a word, hyphenated or joined.
#[derive(Debug, Clone, Default)]
pub struct Words {
    words: HashSet<String>,
    /// Whether the document marks its typesetter's own breaks as soft hyphens (U+00AD at
    /// a line end, as Typst's `/ActualText` does): then a plain `-` at a line end is
    /// printed on purpose.
    marks_breaks: bool,
    /// Whether the document draws its hyphens as U+00AD (see
    /// [`crate::layout::Document::drawn_soft_hyphens`]): one at a line end is then read as
    /// a `-` is.
    drawn_soft: bool,
}

impl Words {
    /// Indexes every word of the lines, except a word broken at its line's end.
    pub fn new<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> Words {
        let mut words = HashSet::new();
        let mut marks_breaks = false;
        for line in lines {
            let line = line.as_ref();
            marks_breaks |= line.trim_end().ends_with(SOFT_HYPHEN);
            let mut tokens = line.split_whitespace().peekable();
            while let Some(token) = tokens.next() {
                let last = tokens.peek().is_none();
                if last && token.ends_with(['-', SOFT_HYPHEN]) {
                    continue;
                }
                let word = bare(token);
                if !word.is_empty() {
                    words.insert(word.replace(SOFT_HYPHEN, "").to_lowercase());
                }
            }
        }
        Words { words, marks_breaks, drawn_soft: false }
    }

    /// The same words, for a document that draws its hyphens as U+00AD: a soft hyphen at
    /// a line end is then a drawn hyphen, read by the rules of `-`.
    pub fn with_drawn_soft_hyphens(mut self, drawn: bool) -> Words {
        self.drawn_soft = drawn;
        self.marks_breaks &= !drawn;
        self
    }

    fn prints(&self, word: &str) -> bool {
        self.words.contains(&word.to_lowercase())
    }
}

const SOFT_HYPHEN: char = '\u{AD}';

/// A token without the punctuation around it (`(EU-beleid),` → `EU-beleid`).
fn bare(token: &str) -> &str {
    token.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-' || c == SOFT_HYPHEN))
}

/// Joins lines with single spaces, undoing line-end hyphenation, with the document's own
/// evidence first: a soft hyphen (U+00AD) is always removed; a `-` at a line end is kept
/// where the document prints the hyphenated word elsewhere (`minister-president`) and
/// removed where it prints the joined word (`staatssecretaris`); otherwise the rules of
/// [`join_lines`] decide.
///
/// ```
/// use ambtsreizen::report::text::{join_lines_in, Words};
/// let words = Words::new(["de minister-president sprak", "met co-creatie"]);
/// assert_eq!(join_lines_in(&["de minister-", "president"], &words), "de minister-president");
/// assert_eq!(join_lines_in(&["over co-", "creatie"], &words), "over co-creatie");
/// ```
pub fn join_lines_in<S: AsRef<str>>(lines: &[S], words: &Words) -> String {
    let mut out = String::new();
    for line in lines {
        let mut line = collapse(line.as_ref());
        // A soft hyphen inside a line marks a break not taken: invisible.
        let soft = line.ends_with(SOFT_HYPHEN);
        line.retain(|c| c != SOFT_HYPHEN);
        if soft {
            line.push(if words.drawn_soft { '-' } else { SOFT_HYPHEN });
        }
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(&line);
        } else if out.ends_with(SOFT_HYPHEN) {
            out.pop();
            out.push_str(&line);
        } else if out.ends_with('-') {
            if !keeps_hyphen(&out, &line, words) {
                out.pop();
            } else if starts_suspended(&line) {
                out.push(' ');
            }
            out.push_str(&line);
        } else {
            out.push(' ');
            out.push_str(&line);
        }
    }
    if out.ends_with(SOFT_HYPHEN) {
        out.pop();
    }
    out
}

/// Whether a line opens with a conjunction after a suspended compound (`kennis-` / `en
/// innovatie`).
fn starts_suspended(line: &str) -> bool {
    matches!(line.split(' ').next().unwrap_or(""), "en" | "of" | "tot" | "en/of")
}

/// Whether the hyphen ending `text` is the word's own, before the next line `line`.
fn keeps_hyphen(text: &str, line: &str, words: &Words) -> bool {
    if starts_suspended(line) {
        return true;
    }
    let stem = bare(text.rsplit(' ').next().unwrap_or(text)).trim_end_matches('-');
    let next = bare(line.split(' ').next().unwrap_or(""));
    // The document's own evidence: the hyphenated form printed elsewhere, or the joined one.
    if !stem.is_empty() && !next.is_empty() {
        if words.prints(&format!("{stem}-{next}")) {
            return true;
        }
        if words.prints(&format!("{stem}{next}")) {
            return false;
        }
    }
    if words.marks_breaks {
        return true;
    }
    let before = text.chars().rev().nth(1);
    let after = line.chars().next();
    // A capital, a digit or an acronym on either side: `EU-` / `beleid`, `CO2-` /
    // `uitstoot`, `Zuid-` / `Afrika`, `-` / `diners` after a space.
    let own = |c: Option<char>| c.is_none_or(|c| !c.is_lowercase());
    let acronym = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    if own(before) || own(after) || acronym(stem) || acronym(next) {
        return true;
    }
    compound_hyphen(text, line.split(' ').next().unwrap_or(""))
}

/// Whether the hyphen ending `text` (its last word) before `next_word` is a compound's
/// own: at a clash of vowels that Dutch would read as one sound, or inside a chain of
/// hyphenated parts (another hyphen on both sides, or a word group of three or more parts
/// after it).
fn compound_hyphen(text: &str, next_word: &str) -> bool {
    let word = text.rsplit(' ').next().unwrap_or(text);
    let stem = &word[..word.len() - 1];
    let (Some(last), Some(first)) = (stem.chars().last(), next_word.chars().next()) else { return false };
    const ONE_SOUND: [&str; 15] =
        ["aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"];
    let clash = |a: char, b: char| ONE_SOUND.contains(&[a, b].iter().collect::<String>().as_str());
    // A hyphen on one side alone says little: `directeur-ge-` / `neraal`, and
    // `Hardinx-` / `veld-Giessendam` where a producer draws its own break as `-`.
    let rest = next_word.trim_end_matches(['-', ',', '.', ')']);
    let chain = stem.contains('-') && rest.contains('-');
    // But three or more lower-case parts after the break are a word group (`stad-` /
    // `binnen-een-stad-model`), whose parts Dutch joins with hyphens throughout.
    let parts = rest.split('-');
    let group =
        parts.clone().count() >= 3 && parts.into_iter().all(|p| !p.is_empty() && p.chars().all(char::is_lowercase));
    clash(last, first) || chain || group
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_the_document_marks_its_own_breaks_a_plain_hyphen_is_printed() {
        // Typst marks its breaks as soft hyphens: `micro-` / `parken` is then a real one.
        let marked = Words::new(["de vergun\u{AD}", "ning voor", "de micro-", "parken"]);
        assert_eq!(join_lines_in(&["de micro-", "parken"], &marked), "de micro-parken");
        assert_eq!(join_lines_in(&["de vergun\u{AD}", "ning"], &marked), "de vergunning");
        let unmarked = Words::new(["de micro-", "parken"]);
        assert_eq!(join_lines_in(&["de micro-", "parken"], &unmarked), "de microparken");
    }

    #[test]
    fn hyphenation() {
        assert_eq!(join_lines(&["directeur-ge-", "neraal en"]), "directeur-generaal en");
        assert_eq!(join_lines(&["voor EU-", "beleid"]), "voor EU-beleid");
        assert_eq!(join_lines(&["kennis-", "en innovatieagenda"]), "kennis- en innovatieagenda");
        assert_eq!(join_lines(&["netwerklunches en -", "diners"]), "netwerklunches en -diners");
        assert_eq!(join_lines(&["een  zin ", "  verder"]), "een zin verder");
        assert_eq!(join_lines(&["CO2-", "uitstoot"]), "CO2-uitstoot");
        // A compound's hyphen where vowels clash, and in a chain of hyphenated parts.
        assert_eq!(join_lines(&["media-", "aandacht"]), "media-aandacht");
        assert_eq!(join_lines(&["diverse media-", "interviews"]), "diverse media-interviews");
        assert_eq!(join_lines(&["de cruise-", "industrie"]), "de cruise-industrie");
        assert_eq!(join_lines(&["(stad-binnen-een-", "stad-model)"]), "(stad-binnen-een-stad-model)");
        assert_eq!(join_lines(&["(stad-", "binnen-een-stad-model)"]), "(stad-binnen-een-stad-model)");
        // A name of two parts broken inside its first part, and a word group of two parts.
        assert_eq!(join_lines(&["Hardinx-", "veld-Giessendam"]), "Hardinxveld-Giessendam");
        assert_eq!(join_lines(&["kli-", "maat-akkoord"]), "klimaat-akkoord");
        // A hyphenation point between vowels that do not clash, and a single hyphen.
        assert_eq!(join_lines(&["het ide-", "aal"]), "het ideaal");
        assert_eq!(join_lines(&["de mede-", "werkers"]), "de medewerkers");
        // A capital, a digit or an acronym on either side.
        assert_eq!(join_lines(&["Zuid-", "Afrika"]), "Zuid-Afrika");
        assert_eq!(join_lines(&["de 5-", "daagse"]), "de 5-daagse");
    }

    #[test]
    fn soft_hyphens_drawn_inside_words_too_are_hyphens() {
        let words = Words::new(["in Zuid-Afrika", "en"]).with_drawn_soft_hyphens(true);
        assert_eq!(join_lines_in(&["naar Zuid\u{AD}", "Afrika"], &words), "naar Zuid-Afrika");
        assert_eq!(join_lines_in(&["een vergun\u{AD}", "ning"], &words), "een vergunning");
    }

    #[test]
    fn soft_hyphens_are_always_the_typesetters() {
        assert_eq!(join_lines(&["EU\u{AD}", "beleid"]), "EUbeleid");
        assert_eq!(join_lines(&["media\u{AD}", "aandacht"]), "mediaaandacht");
        assert_eq!(join_lines(&["een on\u{AD}zichtbaar", "punt"]), "een onzichtbaar punt");
    }

    #[test]
    fn the_documents_own_words_decide_first() {
        let words = Words::new([
            "de minister-president en de collega-organisaties,",
            "politiek-bestuurlijke steun; co-creatie",
            "een staatssecretaris (directeur-generaal)",
            "aan het eind van een regel het woord zuid-",
        ]);
        let join = |a: &str, b: &str| join_lines_in(&[a, b], &words);
        assert_eq!(join("de minister-", "president"), "de minister-president");
        assert_eq!(join("met collega-", "organisaties"), "met collega-organisaties");
        assert_eq!(join("politiek-", "bestuurlijke"), "politiek-bestuurlijke");
        assert_eq!(join("door co-", "creatie."), "door co-creatie.");
        assert_eq!(join("directeur-", "generaal"), "directeur-generaal");
        assert_eq!(join("staats-", "secretaris"), "staatssecretaris");
        // A word broken at a line end is no evidence; Dutch rules decide.
        assert_eq!(join("ide-", "aal"), "ideaal");
        // Without evidence, a hyphen between lowercase letters is the typesetter's.
        assert_eq!(join_lines(&["door co-", "creatie"]), "door cocreatie");
    }
}
