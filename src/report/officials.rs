//! The travelling officials named in a trip header, after `door `.
//!
//! The text is a list of names joined by `,`, `en` or `&`. A role phrase
//! (`burgemeester`, `wethouder(s)`, `locoburgemeester`, optionally preceded by
//! `voormalig(e)`) sets the role and the "former" flag for the names that follow it, until
//! the next role phrase:
//!
//! * `voormalig wethouder A en wethouder B`: A is former, B is not;
//! * `voormalig wethouders A en B`: both are former.
//!
//! Role words are matched in any case (`Burgemeester Schouten`); names are kept exactly as
//! printed, with particles, hyphens and diacritics (`van der Berg`, `Mohamed-Hoesein`).
//! Trailing punctuation is dropped.
//!
//! Role phrases: the offices are the role words of the lexicon (`data/lexicon.tsv`) and
//! compounds ending in one; the [`Role`] is the office as printed, in lower case and in
//! its singular, never rewritten into another office:
//!
//! | printed | role | former |
//! |---|---|---|
//! | `burgemeester` | `burgemeester` | no |
//! | `wethouder`, `wethouders` | `wethouder` | no |
//! | `locoburgemeester`, `loco-burgemeesters` | `locoburgemeester`, `loco-burgemeester` | no |
//! | `waarnemend burgemeester` | `waarnemend burgemeester` | no |
//! | `voormalig(e) …`, `oud-…`, `ex-…` | as above | yes |
//!
//! **Interpretation:** a `locoburgemeester` is an alderman standing in for the mayor. The
//! report names the office held on this trip, and the reader keeps it as printed rather
//! than decide whether it counts as alderman or mayor: a user who wants the person finds
//! them by name.
//!
//! Rejected: text that names nobody (`de burgemeester`, `het college`), a name before any
//! role (`Aboutaleb`), a role without a name, two role phrases without a separator, empty
//! list items (`A, , B`), and name words with digits or other symbols.

use crate::model::{Official, Role};
use crate::report::lexicon;

/// Why the officials could not be read. Keeps the text as it was given.
///
/// ```
/// use ambtsreizen::report::officials::parse_officials;
///
/// let err = parse_officials("het college").unwrap_err();
/// assert_eq!(err.text, "het college");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read officials from {text:?}")]
pub struct OfficialsError {
    /// The text exactly as it was given.
    pub text: String,
}

/// Reads the officials part of a header, i.e. the text after `door `, in printed order.
/// See the [module documentation](self) for the rules.
///
/// ```
/// use ambtsreizen::model::{Official, Role};
/// use ambtsreizen::report::officials::parse_officials;
///
/// let officials = parse_officials("voormalig wethouder Karremans en burgemeester Aboutaleb").unwrap();
/// assert_eq!(
///     officials,
///     vec![
///         Official { role: Role::WETHOUDER, name: "Karremans".into(), former: true },
///         Official { role: Role::BURGEMEESTER, name: "Aboutaleb".into(), former: false },
///     ]
/// );
/// let loco = parse_officials("locoburgemeester Simons").unwrap();
/// assert_eq!(loco[0].role.as_str(), "locoburgemeester");
/// assert!(parse_officials("de burgemeester").is_err());
/// ```
pub fn parse_officials(text: &str) -> Result<Vec<Official>, OfficialsError> {
    read(text).ok_or_else(|| OfficialsError { text: text.to_string() })
}

/// A word of the officials text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Word(&'a str),
    Comma,
    And,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c));
    let mut tokens = Vec::new();
    for word in trimmed.split_whitespace() {
        // Commas may stick to the name before them (`Kasmi, Buijt`) or after them.
        let mut rest = word;
        while let Some(at) = rest.find([',', '&']) {
            if at > 0 {
                tokens.push(Token::Word(&rest[..at]));
            }
            tokens.push(if rest[at..].starts_with(',') { Token::Comma } else { Token::And });
            rest = &rest[at + 1..];
        }
        if rest.eq_ignore_ascii_case("en") {
            tokens.push(Token::And);
        } else if !rest.is_empty() {
            tokens.push(Token::Word(rest));
        }
    }
    tokens
}

fn read(text: &str) -> Option<Vec<Official>> {
    let tokens = tokenize(text);
    let mut officials = Vec::new();
    let mut current: Option<(Role, bool)> = None;
    let mut i = 0;
    loop {
        if let Some((role, former, next)) = role_phrase(&tokens, i) {
            current = Some((role, former));
            i = next;
        }
        // A name before any role phrase has no role: reject rather than guess.
        let (role, former) = current.clone()?;
        let start = i;
        while let Some(Token::Word(word)) = tokens.get(i) {
            // A role word inside a name means a separator is missing (or the text is not
            // a list of officials at all).
            if starts_role_phrase(word) || !is_name_word(word) {
                return None;
            }
            i += 1;
        }
        let name = tokens[start..i]
            .iter()
            .filter_map(|t| match t {
                Token::Word(w) => Some(*w),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty() {
            return None;
        }
        officials.push(Official { role, name, former });
        // Separator: `,`, `en`, `&`, or `, en`; then another item must follow.
        match tokens.get(i) {
            None => return Some(officials),
            Some(Token::Comma) => {
                i += 1;
                if tokens.get(i) == Some(&Token::And) {
                    i += 1;
                }
            }
            Some(Token::And) => i += 1,
            Some(Token::Word(_)) => return None,
        }
        if i >= tokens.len() {
            return None;
        }
    }
}

/// `[de|het] [voormalig(e)|oud-|ex-] [waarnemend(e)] role`, returning the role, whether it
/// is former, and the index after the phrase.
fn role_phrase(tokens: &[Token<'_>], start: usize) -> Option<(Role, bool, usize)> {
    let word = |i: usize| match tokens.get(i) {
        Some(Token::Word(w)) => Some(w.to_lowercase()),
        _ => None,
    };
    let mut i = start;
    let mut former = false;
    // An article only counts when a role follows, so that `de Jong` stays a name.
    if matches!(word(i).as_deref(), Some("de" | "het")) {
        i += 1;
    }
    if matches!(word(i).as_deref(), Some("voormalig" | "voormalige" | "oud-" | "ex-")) {
        former = true;
        i += 1;
    }
    // `waarnemend` is part of the office as printed (an acting mayor).
    let acting = word(i).filter(|w| matches!(w.as_str(), "waarnemend" | "waarnemende"));
    if acting.is_some() {
        i += 1;
    }
    let mut role_word = word(i)?;
    for prefix in ["oud-", "ex-"] {
        if let Some(rest) = role_word.strip_prefix(prefix) {
            former = true;
            role_word = rest.to_string();
        }
    }
    let office = role_of(&role_word)?;
    let role = match acting {
        Some(acting) => Role::new(format!("{acting} {}", office.as_str())),
        None => office,
    };
    Some((role, former, i + 1))
}

/// The office a word names (see [`lexicon::office`]).
fn role_of(word: &str) -> Option<Role> {
    match lexicon::office(word)?.as_str() {
        "burgemeester" => Some(Role::BURGEMEESTER),
        "wethouder" => Some(Role::WETHOUDER),
        other => Some(Role::new(other)),
    }
}

/// Whether a word inside a name would start a role phrase.
fn starts_role_phrase(word: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = lower.strip_prefix("oud-").or_else(|| lower.strip_prefix("ex-")).unwrap_or(&lower);
    role_of(bare).is_some()
        || matches!(lower.as_str(), "voormalig" | "voormalige" | "oud-" | "ex-" | "waarnemend" | "waarnemende")
}

/// Letters, with hyphens, apostrophes and dots (initials) inside; at least one letter.
fn is_name_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(role: Role, name: &str, former: bool) -> Official {
        Official { role, name: name.to_string(), former }
    }

    fn ok(text: &str) -> Vec<Official> {
        match parse_officials(text) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        }
    }

    const B: Role = Role::BURGEMEESTER;
    const W: Role = Role::WETHOUDER;

    #[test]
    fn single_officials() {
        assert_eq!(ok("burgemeester Aboutaleb"), [o(B, "Aboutaleb", false)]);
        assert_eq!(ok("wethouder Zeegers"), [o(W, "Zeegers", false)]);
        assert_eq!(ok("Burgemeester Schouten"), [o(B, "Schouten", false)]);
        assert_eq!(ok("WETHOUDER Simons"), [o(W, "Simons", false)]);
    }

    #[test]
    fn former_officials() {
        assert_eq!(ok("voormalig wethouder Karremans"), [o(W, "Karremans", true)]);
        assert_eq!(ok("voormalig burgemeester Aboutaleb"), [o(B, "Aboutaleb", true)]);
        assert_eq!(ok("voormalig wethouder Mohamed-Hoesein"), [o(W, "Mohamed-Hoesein", true)]);
        assert_eq!(ok("Voormalige wethouder Kasmi"), [o(W, "Kasmi", true)]);
        assert_eq!(ok("oud-wethouder Kasmi"), [o(W, "Kasmi", true)]);
        assert_eq!(ok("Oud-burgemeester Aboutaleb"), [o(B, "Aboutaleb", true)]);
        assert_eq!(ok("oud- wethouder Kasmi"), [o(W, "Kasmi", true)]);
        assert_eq!(ok("ex-wethouder Kasmi"), [o(W, "Kasmi", true)]);
    }

    #[test]
    fn several_of_one_role() {
        assert_eq!(ok("wethouders Versnel en Buijt"), [o(W, "Versnel", false), o(W, "Buijt", false)]);
        assert_eq!(
            ok("wethouders Kasmi, Buijt en Simons"),
            [o(W, "Kasmi", false), o(W, "Buijt", false), o(W, "Simons", false)]
        );
        assert_eq!(
            ok("wethouders Kasmi,Buijt & Simons"),
            [o(W, "Kasmi", false), o(W, "Buijt", false), o(W, "Simons", false)]
        );
        assert_eq!(
            ok("wethouders Kasmi, Buijt, en Simons"),
            [o(W, "Kasmi", false), o(W, "Buijt", false), o(W, "Simons", false)]
        );
    }

    #[test]
    fn mixed_roles() {
        assert_eq!(ok("burgemeester Aboutaleb en wethouder Kasmi"), [o(B, "Aboutaleb", false), o(W, "Kasmi", false)]);
        assert_eq!(
            ok("burgemeester Aboutaleb, wethouder Kasmi en wethouder Buijt"),
            [o(B, "Aboutaleb", false), o(W, "Kasmi", false), o(W, "Buijt", false)]
        );
    }

    #[test]
    fn former_applies_to_its_own_role_phrase() {
        assert_eq!(
            ok("voormalig wethouder Karremans en wethouder Buijt"),
            [o(W, "Karremans", true), o(W, "Buijt", false)]
        );
        assert_eq!(ok("voormalig wethouders Karremans en Kasmi"), [o(W, "Karremans", true), o(W, "Kasmi", true)]);
        assert_eq!(
            ok("wethouder Buijt en voormalig wethouder Karremans"),
            [o(W, "Buijt", false), o(W, "Karremans", true)]
        );
        assert_eq!(
            ok("voormalig burgemeester Aboutaleb en wethouders Kasmi en Buijt"),
            [o(B, "Aboutaleb", true), o(W, "Kasmi", false), o(W, "Buijt", false)]
        );
    }

    #[test]
    fn names_keep_particles_hyphens_and_diacritics() {
        assert_eq!(ok("wethouder De Jong"), [o(W, "De Jong", false)]);
        assert_eq!(ok("wethouder van der Berg"), [o(W, "van der Berg", false)]);
        assert_eq!(ok("wethouder de Jong"), [o(W, "de Jong", false)]);
        assert_eq!(ok("wethouder Çelik"), [o(W, "Çelik", false)]);
        assert_eq!(ok("wethouder El Kasmi-Öztürk"), [o(W, "El Kasmi-Öztürk", false)]);
        assert_eq!(ok("wethouder D’Agostino"), [o(W, "D’Agostino", false)]);
        assert_eq!(ok("wethouders van der Berg en De Jong"), [o(W, "van der Berg", false), o(W, "De Jong", false)]);
    }

    #[test]
    fn trailing_punctuation_and_spacing() {
        assert_eq!(ok("burgemeester Aboutaleb."), [o(B, "Aboutaleb", false)]);
        assert_eq!(ok("burgemeester Aboutaleb, "), [o(B, "Aboutaleb", false)]);
        assert_eq!(ok("  burgemeester\u{00A0}Aboutaleb;"), [o(B, "Aboutaleb", false)]);
        assert_eq!(ok("wethouders  Versnel\nen Buijt:"), [o(W, "Versnel", false), o(W, "Buijt", false)]);
    }

    #[test]
    fn roles_as_printed() {
        let r = |s: &str| Role::new(s);
        assert_eq!(ok("loco-burgemeester Kasmi"), [o(r("loco-burgemeester"), "Kasmi", false)]);
        assert_eq!(ok("Loco-burgemeester Kasmi"), [o(r("loco-burgemeester"), "Kasmi", false)]);
        assert_eq!(ok("locoburgemeester Simons"), [o(r("locoburgemeester"), "Simons", false)]);
        assert_eq!(ok("Locoburgemeester Simons"), [o(r("locoburgemeester"), "Simons", false)]);
        assert_eq!(ok("voormalig loco-burgemeester Kasmi"), [o(r("loco-burgemeester"), "Kasmi", true)]);
        assert_eq!(ok("oud-locoburgemeester Kasmi"), [o(r("locoburgemeester"), "Kasmi", true)]);
        assert_eq!(ok("waarnemend burgemeester Schouten"), [o(r("waarnemend burgemeester"), "Schouten", false)]);
        assert_eq!(
            ok("locoburgemeesters Kasmi en Simons"),
            [o(r("locoburgemeester"), "Kasmi", false), o(r("locoburgemeester"), "Simons", false)]
        );
        assert_eq!(
            ok("locoburgemeester Simons en wethouder Kasmi"),
            [o(r("locoburgemeester"), "Simons", false), o(W, "Kasmi", false)]
        );
        // A compound office inside a name means a separator is missing.
        assert!(parse_officials("wethouder Kasmi locoburgemeester Simons").is_err());
    }

    #[test]
    fn article_before_a_role_is_skipped() {
        assert_eq!(ok("de burgemeester Aboutaleb"), [o(B, "Aboutaleb", false)]);
    }

    #[test]
    fn rejects_what_names_nobody_or_is_malformed() {
        for text in [
            "",
            "de burgemeester",
            "het college",
            "Het College van B en W",
            "burgemeester",
            "voormalig wethouder",
            "Aboutaleb",
            "wethouders Versnel en",
            "wethouders Versnel, , Buijt",
            "burgemeester Aboutaleb wethouder Kasmi",
            "burgemeester Aboutaleb en de burgemeester",
            "wethouder Kasmi (GroenLinks)",
            "wethouder K4smi",
            "gemeentesecretaris Jansen",
            "wethouders Versnel en en Buijt",
        ] {
            assert_eq!(parse_officials(text), Err(OfficialsError { text: text.into() }), "{text:?}");
        }
    }
}
