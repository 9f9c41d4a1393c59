//! The report's wording, in one place: what opens a trip header, which words name an
//! office, which name particles a wrapped header may end on, and the vocabulary of the
//! cost table's labels. The layout stage reaches it only through
//! [`crate::layout::Vocabulary`], so geometry stays language-free.

use crate::layout::{Label, Vocabulary};

/// Words that open a trip header (`Werkbezoek Brussel door …`).
pub const HEADER_WORDS: &[&str] = &["werkbezoek", "werkbezoeken", "dienstreis", "ambtsreis"];

/// Words naming an office, as they may stand in a header (singular and plural, former
/// and acting forms are handled by the officials parser).
pub const ROLE_WORDS: &[&str] =
    &["burgemeester", "burgemeesters", "wethouder", "wethouders", "loco-burgemeester", "loco-burgemeesters"];

/// Words that qualify an office (`voormalig wethouder …`).
pub const ROLE_QUALIFIERS: &[&str] = &["voormalig", "voormalige", "oud", "oud-", "ex", "ex-", "waarnemend"];

/// Surname particles: a header line ending on one goes on on the next (`De` / `Langen`).
pub const NAME_PARTICLES: &[&str] = &[
    "de", "den", "der", "van", "von", "ter", "ten", "te", "'t", "het", "la", "le", "du", "el", "al", "da", "dos", "di",
    "op", "in", "bin",
];

/// Words joining a list of names (`Kasmi en Buijt`).
pub const LIST_JOINERS: &[&str] = &["en", "&", ",", "en/of"];

/// Labels that may stand before a trip's purpose (`Doel: kennisuitwisseling`).
pub const PURPOSE_LABELS: &[&str] = &["doel", "doel van de reis", "reisdoel", "onderwerp", "aanleiding"];

/// The text after a label (`Doel: …` → `…`), or the whole text when it has none of them.
pub fn without_label<'a>(text: &'a str, labels: &[&str]) -> &'a str {
    let trimmed = text.trim_start();
    match trimmed.split_once(':') {
        Some((label, rest)) if labels.contains(&label.trim().to_lowercase().as_str()) => rest.trim(),
        _ => trimmed,
    }
}

/// Whether a line's text opens a trip header (by wording alone).
pub fn opens_header(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    let first = first.trim_end_matches(':');
    HEADER_WORDS.contains(&first) && text.split_whitespace().count() >= 2
}

/// Whether a text names an office anywhere.
pub fn names_a_role(text: &str) -> bool {
    let lower = text.to_lowercase();
    ROLE_WORDS.iter().any(|r| lower.contains(r))
}

/// Words that may stand in a cost table's label rows.
const TABLE_WORDS: &[&str] = &[
    "kosten",
    "bestuur",
    "bestuurder",
    "bestuurders",
    "reis",
    "reis-",
    "en",
    "verblijf",
    "verblijfkosten",
    "verblijfskosten",
    "reiskosten",
    "overige",
    "vervoersmiddel",
    "vervoermiddel",
    "vervoer",
    "vervoers",
    "middel",
    "alléén",
    "alleen",
    "voor",
    "vliegtuig",
    "vliegreizen",
    "co2",
    "co",
    "uitstoot",
    "in",
    "tonnen",
    "ton",
    "compensatie",
    "emissie",
    "€",
    "eur",
    "euro",
    "bedrag",
    "totaal",
];

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
    if let Some(w) = TABLE_WORDS.iter().find(|w| **w == token) {
        return Some(w);
    }
    let chars = token.chars().count();
    if chars >= 4 {
        let mut heads = TABLE_WORDS.iter().filter(|w| w.starts_with(token));
        if let (Some(w), None) = (heads.next(), heads.next()) {
            return Some(w);
        }
    }
    (chars <= 2 && token.chars().all(char::is_alphabetic)).then_some("")
}

/// Which cost-table column a label line names.
pub fn table_label(text: &str) -> Option<Label> {
    let words: Option<Vec<&str>> = tokens(text).iter().map(|t| table_word(t)).collect();
    let toks: Vec<&str> = words?.into_iter().filter(|w| !w.is_empty()).collect();
    if toks.is_empty() {
        return None;
    }
    let has = |w: &str| toks.contains(&w);
    let column = if has("overige") {
        Some(1)
    } else if has("reis") || has("verblijf") || has("reiskosten") || has("verblijfkosten") || has("verblijfskosten") {
        Some(0)
    } else if has("vervoersmiddel") || has("vervoermiddel") || has("vervoer") || has("vervoers") || has("middel") {
        Some(2)
    } else if has("compensatie") {
        Some(4)
    } else if has("uitstoot") || has("tonnen") || has("emissie") {
        Some(3)
    } else {
        None
    };
    match column {
        Some(c) => Some(Label::Column(c)),
        // A lone "en", "in" or "€" is not a label by itself.
        None if has("kosten") || has("vliegtuig") || has("bestuur") => Some(Label::Other),
        None => None,
    }
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

    fn may_be_furniture(&self, text: &str) -> bool {
        !opens_header(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_openers() {
        assert!(opens_header("Werkbezoek Brussel door burgemeester Aboutaleb"));
        assert!(opens_header("Dienstreis: Gent"));
        assert!(!opens_header("Werkbezoek"));
        assert!(!opens_header("Het werkbezoek aan Brussel"));
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
        assert_eq!(table_label("Kosten bestuur"), Some(Label::Other));
        assert_eq!(table_label("en"), None);
        assert_eq!(table_label("Onder reis- en verblijfskosten wordt verstaan"), None);
    }

    #[test]
    fn headers_are_never_furniture() {
        assert!(!DUTCH.may_be_furniture("Werkbezoek Gent door wethouder Buijt"));
        assert!(DUTCH.may_be_furniture("Buitenlandse ambtsreizen 2023"));
    }
}
