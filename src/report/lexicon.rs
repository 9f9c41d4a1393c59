//! The report's wording, in one place: what opens a trip header, which words name an
//! office, which name particles a wrapped header may end on, and the vocabulary of the
//! cost table's labels. The layout stage reaches it only through
//! [`crate::layout::Vocabulary`], so geometry stays language-free.

use std::sync::OnceLock;

use crate::scan;

use crate::layout::{CellLine, Label, RecordLabel, Vocabulary};

/// `data/lexicon.tsv`: kind, word, column.
const LEXICON_TSV: &str = include_str!("../../data/lexicon.tsv");

/// The words of `data/lexicon.tsv`, by kind, in file order.
struct Lexicon {
    header: Vec<&'static str>,
    role: Vec<&'static str>,
    /// The singular of each plural role word.
    singular: Vec<(&'static str, &'static str)>,
    qualifier: Vec<&'static str>,
    particle: Vec<&'static str>,
    joiner: Vec<&'static str>,
    purpose: Vec<&'static str>,
    date: Vec<&'static str>,
    /// Table words with the column they name (`Some(Label)`) or none (`None`).
    table: Vec<(&'static str, Option<Label>)>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut l = Lexicon {
            header: Vec::new(),
            role: Vec::new(),
            singular: Vec::new(),
            qualifier: Vec::new(),
            particle: Vec::new(),
            joiner: Vec::new(),
            purpose: Vec::new(),
            date: Vec::new(),
            table: Vec::new(),
        };
        // Rows that cannot be read are skipped here; a test checks that there are none.
        for (_, cells) in super::places::parse_tsv(LEXICON_TSV).rows {
            let (Some(kind), Some(word)) = (cells.first(), cells.get(1)) else { continue };
            match *kind {
                "header" => l.header.push(word),
                "role" => {
                    l.role.push(word);
                    if let Some(one) = cells.get(2).filter(|c| !c.is_empty()) {
                        l.singular.push((word, one));
                    }
                }
                "qualifier" => l.qualifier.push(word),
                "particle" => l.particle.push(word),
                "joiner" => l.joiner.push(word),
                "purpose" => l.purpose.push(word),
                "date" => l.date.push(word),
                "table" => {
                    let label = match cells.get(2).copied().unwrap_or("-") {
                        "other" => Some(Label::Other),
                        c => c.parse::<usize>().ok().filter(|c| *c < crate::layout::table::COLUMNS).map(Label::Column),
                    };
                    l.table.push((word, label));
                }
                _ => {}
            }
        }
        l
    })
}

/// Words that open a trip header (`Werkbezoek Brussel door …`).
pub fn header_words() -> &'static [&'static str] {
    &lexicon().header
}

/// Words naming an office, as they may stand in a header.
pub fn role_words() -> &'static [&'static str] {
    &lexicon().role
}

/// The office a word names, in its singular, as printed: a role word of the lexicon
/// (`wethouders` → `wethouder`) or a compound ending in one (`locoburgemeester`,
/// `loco-burgemeesters` → `loco-burgemeester`). `word` is in lower case.
///
/// ```
/// use ambtsreizen::report::lexicon::office;
///
/// assert_eq!(office("wethouders").as_deref(), Some("wethouder"));
/// assert_eq!(office("locoburgemeester").as_deref(), Some("locoburgemeester"));
/// assert_eq!(office("plaatsvervangend-burgemeesters").as_deref(), Some("plaatsvervangend-burgemeester"));
/// assert_eq!(office("jansen"), None);
/// ```
pub fn office(word: &str) -> Option<String> {
    let l = lexicon();
    let singular =
        |w: &str| -> String { l.singular.iter().find(|(p, _)| *p == w).map_or(w, |(_, one)| *one).to_string() };
    if l.role.contains(&word) {
        return Some(singular(word));
    }
    // The head of a Dutch compound comes last: the longest role word ending this one,
    // after at least two letters of its own.
    let (head, stem) = l
        .role
        .iter()
        .filter_map(|r| word.strip_suffix(r).map(|stem| (*r, stem)))
        .filter(|(_, stem)| stem.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|(_, stem)| stem.chars().all(|c| c.is_alphabetic() || c == '-'))
        .max_by_key(|(r, _)| r.len())?;
    Some(format!("{stem}{}", singular(head)))
}

/// Words that qualify an office (`voormalig wethouder …`).
pub fn role_qualifiers() -> &'static [&'static str] {
    &lexicon().qualifier
}

/// Surname particles: a header line ending on one goes on on the next (`De` / `Langen`).
pub fn name_particles() -> &'static [&'static str] {
    &lexicon().particle
}

/// Words joining a list of names (`Kasmi en Buijt`).
pub fn list_joiners() -> &'static [&'static str] {
    &lexicon().joiner
}

/// Labels that may stand before a trip's purpose (`Doel: kennisuitwisseling`).
pub fn purpose_labels() -> &'static [&'static str] {
    &lexicon().purpose
}

/// Labels that may stand before a date line (`Datum: 3 mei 2023`).
pub fn date_labels() -> &'static [&'static str] {
    &lexicon().date
}

/// The text after a label (`Doel: …` → `…`), or the whole text when it has none of them.
pub fn without_label<'a>(text: &'a str, labels: &[&str]) -> &'a str {
    let trimmed = text.trim_start();
    labelled(trimmed, labels).unwrap_or(trimmed)
}

/// Whether a text opens with one of the labels (`Doel:`, `Datum:`).
pub fn has_label(text: &str, labels: &[&str]) -> bool {
    labelled(text, labels).is_some()
}

/// The text after one of the labels, when it opens with one.
fn labelled<'a>(text: &'a str, labels: &[&str]) -> Option<&'a str> {
    let (label, rest) = text.split_once(':')?;
    labels.contains(&label.trim().to_lowercase().as_str()).then(|| rest.trim())
}

/// A section number standing before a heading's words (`1`, `2.1`, `3.`, `II.`, `A.`,
/// `a)`, `§ 4`), and the text after it; `None` when the text opens with none.
///
/// ```
/// use ambtsreizen::report::lexicon::section_number;
/// assert_eq!(section_number("2.1 Werkbezoek Gent door wethouder Buijt"), Some(("2.1", "Werkbezoek Gent door wethouder Buijt")));
/// assert_eq!(section_number("§ 4 Bijlage"), Some(("§ 4", "Bijlage")));
/// assert_eq!(section_number("Werkbezoek Gent door wethouder Buijt"), None);
/// ```
pub fn section_number(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start();
    let len = match text.strip_prefix('§') {
        // `§`, spaces allowed, then a dotted number (`§ 4`, `§4.2.`).
        Some(after) => {
            let digits = after.trim_start();
            let len = dotted_number_len(digits);
            (len > 0).then(|| text.len() - digits.len() + len)?
        }
        None => {
            let token = &text[..text.find(char::is_whitespace)?];
            is_section_token(token).then_some(token.len())?
        }
    };
    let (number, rest) = text.split_at(len);
    // The title after it: after white space, from a visible character, on one line.
    let title = rest.trim_start();
    (rest.len() > title.len() && !title.is_empty() && !title.contains('\n')).then_some((number, title))
}

/// Whether a whole token is a section number without `§`: `2`, `2.1`, `3.`, `(3)`, `3)`,
/// `II.`, `A.`, `a)`, `(a)`.
fn is_section_token(token: &str) -> bool {
    let dotted = dotted_number_len(token);
    let bare = token.strip_prefix('(').unwrap_or(token);
    let roman = token.trim_end_matches(['.', ')']);
    let mut letters = token.chars();
    let letter = match (letters.next(), letters.next(), letters.next(), letters.next()) {
        (Some(c), Some('.' | ')'), None, _) => c.is_ascii_alphabetic(),
        (Some('('), Some(c), Some(')'), None) => c.is_ascii_alphabetic(),
        _ => false,
    };
    (dotted > 0 && dotted == token.len())
        || (scan::digits_len(bare) > 0 && &bare[scan::digits_len(bare)..] == ")")
        || (!roman.is_empty() && roman.chars().all(|c| "IVXLCDM".contains(c)) && token.len() - roman.len() <= 1)
        || letter
}

/// The length of a dotted section number at the start of `text` (`2`, `2.1`, `3.`): digits,
/// groups of a dot and digits, and a closing dot; 0 when `text` opens with no digit.
fn dotted_number_len(text: &str) -> usize {
    let mut len = scan::digits_len(text);
    if len == 0 {
        return 0;
    }
    while text[len..].starts_with('.') {
        let more = scan::digits_len(&text[len + 1..]);
        len += 1 + more;
        if more == 0 {
            break;
        }
    }
    len
}

/// A heading's text without the section number before it (`2.1 Werkbezoek …` →
/// `Werkbezoek …`).
pub fn without_section_number(text: &str) -> &str {
    section_number(text).map_or(text.trim_start(), |(_, rest)| rest)
}

/// Whether a line's text opens a trip header (by wording alone; a section number before
/// it is no part of the wording).
pub fn opens_header(text: &str) -> bool {
    let text = without_section_number(text);
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let first = first.trim_end_matches(':');
    header_words().contains(&first) && text.split_whitespace().count() >= 2
}

/// Whether a word opens a trip header: a header word of the lexicon, or on OCR text
/// (`ocr`) one with one letter misread ([`edit_distance`]: `Werkbezoekk`, `Werkbez0ek`).
pub fn is_header_word(word: &str, ocr: bool) -> bool {
    let word = word.trim_end_matches(':');
    header_words().contains(&word)
        || ocr && word.chars().count() >= 6 && header_words().iter().any(|h| edit_distance(word, h) <= 1)
}

/// As [`opens_header`]; on OCR text (`ocr`), the opening word may have a letter misread.
///
/// ```
/// use ambtsreizen::report::lexicon::opens_header_with;
/// assert!(opens_header_with("Werkbezoekk Brussel door burgemeester Aboutaleb", true));
/// assert!(!opens_header_with("Werkbezoekk Brussel door burgemeester Aboutaleb", false));
/// assert!(!opens_header_with("Werkzaamheden in Brussel", true));
/// ```
pub fn opens_header_with(text: &str, ocr: bool) -> bool {
    if !ocr {
        return opens_header(text);
    }
    let text = without_section_number(text);
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    is_header_word(&first, true) && text.split_whitespace().count() >= 2
}

/// Whether a text names an office anywhere.
pub fn names_a_role(text: &str) -> bool {
    let lower = text.to_lowercase();
    role_words().iter().any(|r| lower.contains(r))
}

fn tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['₂', '²'], "2")
        .split(|c: char| c.is_whitespace() || c == '-' || c == '(' || c == ')' || c == ':' || c == '/' || c == '*')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// A label token as the table word it stands for. A narrow cell may break a long label
/// inside a word (`CO2-uitstoo` / `t`): the head of a table word stands for that word,
/// and a tail of one or two letters is a fragment that names nothing by itself.
fn table_word(token: &str) -> Option<&'static str> {
    let table = &lexicon().table;
    if let Some((w, _)) = table.iter().find(|(w, _)| *w == token) {
        return Some(w);
    }
    let chars = token.chars().count();
    if chars >= 4 {
        let mut heads = table.iter().filter(|(w, _)| w.starts_with(token));
        if let (Some((w, _)), None) = (heads.next(), heads.next()) {
            return Some(w);
        }
    }
    (chars <= 2 && token.chars().all(char::is_alphabetic)).then_some("")
}

/// Edit distance (Levenshtein: letters inserted, deleted or replaced) between two words.
///
/// ```
/// use ambtsreizen::report::lexicon::edit_distance;
/// assert_eq!(edit_distance("werkbezoekk", "werkbezoek"), 1);
/// assert_eq!(edit_distance("co7", "co2"), 1);
/// assert_eq!(edit_distance("belg", "belgië"), 2);
/// ```
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// The letters an OCR'd word may have wrong and still be a word of the lexicon: one in
/// a short word (3 to 8 letters), two in a longer one. Words of one or two letters must
/// be exact.
fn ocr_tolerance(word: &str) -> usize {
    match word.chars().count() {
        0..=2 => 0,
        3..=8 => 1,
        _ => 2,
    }
}

/// The one word of `words` an OCR'd token stands for, within [`ocr_tolerance`]: the
/// closest, when no other is as close. A token of fewer than three letters never matches.
fn closest<'w>(token: &str, words: impl Iterator<Item = &'w str>) -> Option<&'w str> {
    if token.chars().count() < 3 {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for w in words {
        let d = edit_distance(token, w);
        if d > ocr_tolerance(w) || d > ocr_tolerance(token).max(1) {
            continue;
        }
        match best {
            Some((b, _)) if d > b => {}
            Some((b, _)) if d == b => tie = true,
            _ => {
                best = Some((d, w));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, w)| w)
}

/// A label token read by OCR as the table word it stands for: as [`table_word`], else
/// with the marks OCR strews in a word taken out (`CO‚`, `'COz`), else the one table word
/// within an OCR misreading of it (`úitstoot`, `ervoersmiddel`, `CO7`).
fn table_word_ocr(token: &str) -> Option<&'static str> {
    if let Some(w) = table_word(token) {
        return Some(w);
    }
    let bare: String = token.chars().filter(|c| c.is_alphanumeric() || *c == '€').collect();
    if bare.is_empty() {
        // Marks alone (`|`, `,`): a rule or speck, naming nothing.
        return Some("");
    }
    table_word(&bare).or_else(|| closest(&bare, lexicon().table.iter().map(|(w, _)| *w)))
}

/// Which cost-table column a label line names.
///
/// Tables repeat their labels on every page of a report, and each table is read more than
/// once (found, assigned, interpreted): answers are remembered per thread, a bounded number.
pub fn table_label(text: &str) -> Option<Label> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static SEEN: RefCell<HashMap<String, Option<Label>>> = RefCell::new(HashMap::new());
    }
    if let Some(known) = SEEN.with(|m| m.borrow().get(text).copied()) {
        return known;
    }
    let label = table_label_uncached(text);
    SEEN.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= 4096 {
            m.clear();
        }
        m.insert(text.to_string(), label);
    });
    label
}

fn table_label_uncached(text: &str) -> Option<Label> {
    table_label_by(text, table_word)
}
/// As [`table_label`], for text read by OCR: a label word with a misread letter or a
/// stray mark still names its column (`CO7-compensatie`, `CO‚-úitstoot`).
///
/// ```
/// use ambtsreizen::report::lexicon::{table_label, table_label_ocr};
/// use ambtsreizen::layout::Label;
/// assert_eq!(table_label("CO7-compensatie"), None);
/// assert_eq!(table_label_ocr("CO7-compensatie"), Some(Label::Column(4)));
/// assert_eq!(table_label_ocr("ve ervoersmiddel"), Some(Label::Column(2)));
/// assert_eq!(table_label_ocr("Vandaar"), None);
/// ```
pub fn table_label_ocr(text: &str) -> Option<Label> {
    table_label_by(text, table_word_ocr)
}

fn table_label_by(text: &str, table_word: fn(&str) -> Option<&'static str>) -> Option<Label> {
    let words: Option<Vec<&str>> = tokens(text).iter().map(|t| table_word(t)).collect();
    let toks: Vec<&str> = words?.into_iter().filter(|w| !w.is_empty()).collect();
    if toks.is_empty() {
        return None;
    }
    // The column of the first table word (in the file's order) the label holds.
    let table = &lexicon().table;
    let column = table.iter().find(|(w, l)| matches!(l, Some(Label::Column(_))) && toks.contains(w));
    if let Some((_, label)) = column {
        return *label;
    }
    // A lone "en", "in" or "CO2-" is not a label by itself, only a part of one.
    let other = table.iter().find(|(w, l)| *l == Some(Label::Other) && toks.contains(w));
    Some(other.and_then(|(_, l)| *l).unwrap_or(Label::Part))
}

/// The wording of the Dutch reports.
#[derive(Debug, Clone, Copy, Default)]
pub struct Dutch;

/// The one instance.
pub static DUTCH: Dutch = Dutch;

impl Vocabulary for Dutch {
    fn table_label(&self, text: &str) -> Option<Label> {
        table_label(text)
    }

    fn accept_table(&self, table: &crate::layout::Table) -> bool {
        super::costs::is_cost_table(table)
    }

    fn table_label_ocr(&self, text: &str) -> Option<Label> {
        table_label_ocr(text)
    }

    fn accept_table_ocr(&self, table: &crate::layout::Table) -> bool {
        super::costs::is_cost_table_with(table, true)
    }

    fn may_be_furniture(&self, text: &str) -> bool {
        !opens_header(text)
    }

    fn record_label(&self, phrase: &str) -> RecordLabel {
        super::overview::record_label(phrase)
    }

    fn record_column(&self, lines: &[CellLine]) -> RecordLabel {
        super::overview::record_column(lines)
    }

    fn figure_complete(&self, key: u8, text: &str) -> bool {
        super::overview::figure_complete_key(key, text)
    }

    fn is_total(&self, lines: &[&str]) -> bool {
        super::overview::is_total_cell(lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_file_reads_whole() {
        let rows = super::super::places::parse_tsv(LEXICON_TSV).rows;
        let kinds = ["header", "role", "qualifier", "particle", "joiner", "purpose", "date", "table"];
        for (n, cells) in &rows {
            assert!(cells.len() >= 2 && kinds.contains(&cells[0]) && !cells[1].is_empty(), "row {n}: {cells:?}");
        }
        let l = lexicon();
        for (plural, one) in &l.singular {
            assert!(l.role.contains(one), "the singular {one:?} of {plural:?} is a role word itself");
        }
        let read = l.header.len()
            + l.role.len()
            + l.qualifier.len()
            + l.particle.len()
            + l.joiner.len()
            + l.purpose.len()
            + l.date.len()
            + l.table.len();
        assert_eq!(read, rows.len());
        assert!(header_words().contains(&"werkbezoek"));
        // Every table word's column is a known one.
        for (n, cells) in rows.iter().filter(|(_, c)| c[0] == "table") {
            let column = cells.get(2).copied().unwrap_or("");
            assert!(["0", "1", "2", "3", "4", "other", "-"].contains(&column), "row {n}: {cells:?}");
        }
    }

    #[test]
    fn header_openers() {
        assert!(opens_header("Werkbezoek Brussel door burgemeester Aboutaleb"));
        assert!(opens_header("Dienstreis: Gent"));
        assert!(!opens_header("Werkbezoek"));
        assert!(!opens_header("Het werkbezoek aan Brussel"));
        // A section number is no part of the wording.
        for numbered in ["1", "2.1", "3.", "II.", "XXXII.", "A.", "a)", "(4)", "§ 4", "§4.1"] {
            let text = format!("{numbered} Werkbezoek Brussel door burgemeester Aboutaleb");
            assert!(opens_header(&text), "{text}");
            assert_eq!(section_number(&text).map(|(n, _)| n), Some(numbered));
            assert_eq!(without_section_number(&text), "Werkbezoek Brussel door burgemeester Aboutaleb");
        }
        assert!(!opens_header("2 Eerste kwartaal"));
        assert_eq!(section_number("2 Eerste kwartaal"), Some(("2", "Eerste kwartaal")));
        assert_eq!(section_number("Bijlage"), None);
        assert_eq!(section_number("2024"), None);
        assert_eq!(without_section_number("Dienstreis: Gent"), "Dienstreis: Gent");
    }

    #[test]
    fn table_labels_name_their_column() {
        assert_eq!(table_label("Reis en verblijf"), Some(Label::Column(0)));
        assert_eq!(table_label("verblijf"), Some(Label::Column(0)));
        assert_eq!(table_label("Overige kosten"), Some(Label::Column(1)));
        assert_eq!(table_label("Vervoers-"), Some(Label::Column(2)));
        assert_eq!(table_label("CO₂-uitstoot (in tonnen)"), Some(Label::Column(3)));
        assert_eq!(table_label("CO2-compensatie"), Some(Label::Column(4)));
        // A label broken inside a word by a narrow cell.
        assert_eq!(table_label("CO2-uitstoo"), Some(Label::Column(3)));
        assert_eq!(table_label("t (in tonnen)"), Some(Label::Column(3)));
        assert_eq!(table_label("t"), None);
        assert_eq!(table_label("CO2-"), Some(Label::Part));
        assert_eq!(table_label("Kosten bestuur"), Some(Label::Other));
        assert_eq!(table_label("en"), Some(Label::Part));
        assert_eq!(table_label("Vandaar"), None);
        assert_eq!(table_label("Onder reis- en verblijfskosten wordt verstaan"), None);
    }

    #[test]
    fn headers_are_never_furniture() {
        assert!(!DUTCH.may_be_furniture("Werkbezoek Gent door wethouder Buijt"));
        assert!(DUTCH.may_be_furniture("Buitenlandse ambtsreizen 2023"));
    }

    proptest::proptest! {
        /// `section_number` does what the regular expression it replaced did.
        #[test]
        fn section_numbers_agree_with_their_regular_expression(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "§", "1", "2", "12", ".", ")", "(", "I", "V", "X", "M", "II", "a", "B", "z", " ", "  ", "\t", "\n",
                "Werkbezoek", "Bijlage", "é", "-",
            ]), 0..8)
        ) {
            let text = parts.concat();
            let re = regex::Regex::new(
                r"^\s*(§\s*\d+(?:\.\d+)*\.?|\d+(?:\.\d+)*\.?|\(?\d+\)|[IVXLCDM]+[.)]?|[A-Za-z][.)]|\([a-zA-Z]\))\s+(\S.*)$",
            ).unwrap();
            let want = re.captures(&text).map(|c| (c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str()));
            proptest::prop_assert_eq!(section_number(&text), want);
        }
    }
}
