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
/// suspended compound (`kennis-` / `en innovatie` → `kennis- en innovatie`). Dutch spelling
/// also writes the hyphen of a compound where two vowels would otherwise read as one sound
/// (`media-` / `aandacht`, `cruise-` / `industrie`; a hyphenation point never splits such a
/// pair), and a word of hyphenated parts keeps its hyphens (`stad-binnen-een-` /
/// `stad-model`).
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
            } else if before.is_some_and(char::is_lowercase)
                && next.is_some_and(char::is_lowercase)
                && !compound_hyphen(&out, next_word)
            {
                out.pop();
            }
        } else {
            out.push(' ');
        }
        out.push_str(&line);
    }
    out
}

/// Whether the hyphen ending `text` (its last word) before `next_word` is a compound's
/// own: at a clash of vowels that Dutch would read as one sound, or inside a chain of
/// hyphenated parts (another hyphen on both sides).
fn compound_hyphen(text: &str, next_word: &str) -> bool {
    let word = text.rsplit(' ').next().unwrap_or(text);
    let stem = &word[..word.len() - 1];
    let (Some(last), Some(first)) = (stem.chars().last(), next_word.chars().next()) else { return false };
    const ONE_SOUND: [&str; 15] =
        ["aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"];
    let clash = |a: char, b: char| ONE_SOUND.contains(&[a, b].iter().collect::<String>().as_str());
    let chain = stem.contains('-') && next_word.trim_end_matches(['-', ',', '.', ')']).contains('-');
    clash(last, first) || chain
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
        // A compound's hyphen where vowels clash, and in a chain of hyphenated parts.
        assert_eq!(join_lines(&["media-", "aandacht"]), "media-aandacht");
        assert_eq!(join_lines(&["diverse media-", "interviews"]), "diverse media-interviews");
        assert_eq!(join_lines(&["de cruise-", "industrie"]), "de cruise-industrie");
        assert_eq!(join_lines(&["(stad-binnen-een-", "stad-model)"]), "(stad-binnen-een-stad-model)");
        // A hyphenation point between vowels that do not clash, and a single hyphen.
        assert_eq!(join_lines(&["het ide-", "aal"]), "het ideaal");
        assert_eq!(join_lines(&["de mede-", "werkers"]), "de medewerkers");
    }
}
