//! Joining printed lines back into running text.

/// Collapses runs of whitespace to single spaces and trims.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Joins lines with single spaces, undoing line-end hyphenation.
///
/// A hyphen at a line end between two lowercase letters was put there by the typesetter
/// (`aanvul-` / `lende` → `aanvullende`). Before a capital it is part of the word
/// (`Mohamed-` / `Hoesein` → `Mohamed-Hoesein`), and before a conjunction it is a
/// suspended compound (`kennis-` / `en innovatie` → `kennis- en innovatie`).
///
/// ```
/// use ambtsreizen::report::text::join_lines;
/// assert_eq!(join_lines(&["drie aanvul-", "lende agenda's"]), "drie aanvullende agenda's");
/// assert_eq!(join_lines(&["wethouder Mohamed-", "Hoesein"]), "wethouder Mohamed-Hoesein");
/// ```
pub fn join_lines<S: AsRef<str>>(lines: &[S]) -> String {
    let mut out = String::new();
    for line in lines {
        let line = collapse(line.as_ref());
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(&line);
            continue;
        }
        if out.ends_with('-') {
            let before = out.chars().rev().nth(1);
            let next_word = line.split(' ').next().unwrap_or("");
            let next = line.chars().next();
            let suspended = matches!(next_word, "en" | "of" | "tot" | "en/of");
            if suspended {
                out.push(' ');
            } else if before.is_some_and(char::is_lowercase) && next.is_some_and(char::is_lowercase) {
                out.pop();
            }
        } else {
            out.push(' ');
        }
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenation() {
        assert_eq!(join_lines(&["directeur-ge-", "neraal en"]), "directeur-generaal en");
        assert_eq!(join_lines(&["voor EU-", "beleid"]), "voor EU-beleid");
        assert_eq!(join_lines(&["kennis-", "en innovatieagenda"]), "kennis- en innovatieagenda");
        assert_eq!(join_lines(&["netwerklunches en -", "diners"]), "netwerklunches en -diners");
        assert_eq!(join_lines(&["een  zin ", "  verder"]), "een zin verder");
        assert_eq!(join_lines(&["CO2-", "uitstoot"]), "CO2-uitstoot");
    }
}
