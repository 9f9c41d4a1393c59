//! Small pieces for the hand-written matchers of the few fixed text patterns the tool
//! needs (a year, a page number, a section number, `t/m`, a currency or unit beside a
//! number).
//!
//! These patterns were regular expressions. Compiling the ten of them took about 1.3 ms,
//! near a tenth of a whole `extract` run (`scripts/bench.sh`), so each is now a few lines of
//! plain code. Every matcher keeps its regular expression as its specification: a
//! property test in its module checks that both agree on generated text.

/// Whether `c` equals the lower-case ASCII letter `ascii` when case is ignored the way
/// Unicode's simple case folding does (so also `K` KELVIN SIGN for `k`, `ſ` LONG S for `s`).
pub(crate) fn eq_folded(c: char, ascii: char) -> bool {
    c.to_ascii_lowercase() == ascii || (ascii == 'k' && c == '\u{212A}') || (ascii == 's' && c == '\u{017F}')
}

/// `text` without `word` at its start, case ignored for ASCII letters in `word`.
pub(crate) fn strip_prefix_folded<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if !(c == w || eq_folded(c, w)) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &text[i..]))
}

/// `text` without `word` at its end, case ignored for ASCII letters in `word`.
pub(crate) fn strip_suffix_folded<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let mut chars = text.char_indices().rev();
    let mut start = text.len();
    for w in word.chars().rev() {
        let (i, c) = chars.next()?;
        if !(c == w || eq_folded(c, w)) {
            return None;
        }
        start = i;
    }
    Some(&text[..start])
}

/// A word character as regular expressions' `\w` and `\b` see it: a letter, a digit, a
/// combining mark or `_`.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The length in bytes of the run of ASCII digits at the start of `text`.
pub(crate) fn digits_len(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_prefixes_and_suffixes() {
        assert_eq!(strip_prefix_folded("EUR 5", "eur"), Some(" 5"));
        assert_eq!(strip_prefix_folded("€5", "€"), Some("5"));
        assert_eq!(strip_prefix_folded("eu", "eur"), None);
        assert_eq!(strip_suffix_folded("430 \u{212A}g", "kg"), Some("430 "));
        assert_eq!(strip_suffix_folded("5 Euro", "euro"), Some("5 "));
        assert_eq!(strip_suffix_folded("ro", "euro"), None);
        assert_eq!(digits_len("2024a"), 4);
        assert!(is_word_char('é') && is_word_char('_') && !is_word_char('-'));
    }
}
