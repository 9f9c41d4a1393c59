//! A tolerant reader of `/ToUnicode` CMaps (ISO 32000-1 §9.10.3).
//!
//! Producers write these small PostScript-like programs in many slightly different ways
//! (line breaks anywhere, missing preambles, arrays in ranges); a strict parser that
//! rejects one loses every accented letter of a subset font. This reader only looks for
//! the `bfchar` and `bfrange` sections and skips anything it does not understand.

use std::collections::HashMap;

/// Entries kept at most, so that a hostile range cannot allocate without bound.
const MAX_ENTRIES: usize = 1 << 17;
/// Range steps taken at most: ranges repeated over the same codes do not grow the map
/// but would still cost time without bound.
const MAX_STEPS: usize = 1 << 17;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Open,
    Close,
    Word(String),
}

fn tokens(bytes: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'%' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if bytes.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let start = i + 1;
                let end = bytes[start..].iter().position(|&c| c == b'>').map_or(bytes.len(), |p| start + p);
                let digits: Vec<u8> = bytes[start..end].iter().copied().filter(u8::is_ascii_hexdigit).collect();
                let mut hex = Vec::with_capacity(digits.len() / 2 + 1);
                for pair in digits.chunks(2) {
                    let hi = hex_value(pair[0]);
                    let lo = pair.get(1).map_or(0, |&c| hex_value(c));
                    hex.push(hi << 4 | lo);
                }
                out.push(Token::Hex(hex));
                i = end + 1;
            }
            b'[' => {
                out.push(Token::Open);
                i += 1;
            }
            b']' => {
                out.push(Token::Close);
                i += 1;
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !b"<>[]%".contains(&bytes[i]) {
                    i += 1;
                }
                if i == start {
                    i += 1;
                } else {
                    out.push(Token::Word(String::from_utf8_lossy(&bytes[start..i]).into_owned()));
                }
            }
        }
    }
    out
}

fn hex_value(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

fn code_of(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some(bytes.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b)))
}

/// UTF-16BE destination bytes to text; lone surrogates are dropped.
fn utf16(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes.chunks(2).map(|p| u16::from(p[0]) << 8 | u16::from(*p.get(1).unwrap_or(&0))).collect();
    char::decode_utf16(units).filter_map(Result::ok).collect()
}

/// The last UTF-16 unit of `dst` increased by `offset` (how `bfrange` destinations count).
fn shifted(dst: &[u8], offset: u32) -> String {
    let mut bytes = dst.to_vec();
    if bytes.len() < 2 {
        bytes.insert(0, 0);
    }
    let n = bytes.len();
    let last = u32::from(bytes[n - 2]) << 8 | u32::from(bytes[n - 1]);
    let value = last.wrapping_add(offset) & 0xFFFF;
    bytes[n - 2] = (value >> 8) as u8;
    bytes[n - 1] = value as u8;
    utf16(&bytes)
}

/// Reads a ToUnicode CMap into code → text. Unreadable parts are skipped.
pub fn parse(bytes: &[u8]) -> HashMap<u32, String> {
    let toks = tokens(bytes);
    let mut map = HashMap::new();
    let mut steps = 0usize;
    let mut i = 0;
    while i < toks.len() && map.len() < MAX_ENTRIES && steps < MAX_STEPS {
        match &toks[i] {
            Token::Word(w) if w == "beginbfchar" => {
                i += 1;
                while i + 1 < toks.len() && toks[i] != Token::Word("endbfchar".into()) {
                    if let (Token::Hex(src), Token::Hex(dst)) = (&toks[i], &toks[i + 1]) {
                        if let Some(code) = code_of(src) {
                            map.insert(code, utf16(dst));
                        }
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
            }
            Token::Word(w) if w == "beginbfrange" => {
                i += 1;
                while i + 2 < toks.len() && toks[i] != Token::Word("endbfrange".into()) {
                    let (Token::Hex(lo), Token::Hex(hi)) = (&toks[i], &toks[i + 1]) else {
                        i += 1;
                        continue;
                    };
                    let (Some(lo), Some(hi)) = (code_of(lo), code_of(hi)) else {
                        i += 2;
                        continue;
                    };
                    let span = hi.saturating_sub(lo).min(0xFFFF);
                    match &toks[i + 2] {
                        Token::Hex(dst) => {
                            for k in 0..=span {
                                steps += 1;
                                if map.len() >= MAX_ENTRIES || steps >= MAX_STEPS {
                                    break;
                                }
                                map.insert(lo + k, shifted(dst, k));
                            }
                            i += 3;
                        }
                        Token::Open => {
                            let mut j = i + 3;
                            let mut k = 0;
                            while j < toks.len() && toks[j] != Token::Close {
                                if let Token::Hex(dst) = &toks[j] {
                                    if k <= span {
                                        map.insert(lo + k, utf16(dst));
                                    }
                                    k += 1;
                                }
                                j += 1;
                            }
                            i = j + 1;
                        }
                        _ => i += 3,
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    map.retain(|_, text| !text.is_empty());
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bfchar_bfrange_and_arrays() {
        let cmap = b"/CIDInit /ProcSet findresource begin
            begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
            3 beginbfchar <1234> <00E9> <0003><0020> <0010> <00660069> endbfchar
            2 beginbfrange <2000> <2002> <0061>
            <3000> <3001> [<20AC> <D83DDE00>] endbfrange endcmap";
        let m = parse(cmap);
        assert_eq!(m.get(&0x1234).map(String::as_str), Some("é"));
        assert_eq!(m.get(&0x0003).map(String::as_str), Some(" "));
        assert_eq!(m.get(&0x0010).map(String::as_str), Some("fi"), "ligatures map to several characters");
        assert_eq!(m.get(&0x2002).map(String::as_str), Some("c"));
        assert_eq!(m.get(&0x3000).map(String::as_str), Some("€"));
        assert_eq!(m.get(&0x3001).map(String::as_str), Some("😀"), "surrogate pairs");
        assert_eq!(m.len(), 8);
    }

    #[test]
    fn one_byte_maps_without_preamble_and_with_odd_spacing() {
        let m = parse(b"beginbfchar\n<07><20AC>\n<41> <0041> endbfchar");
        assert_eq!(m.get(&7).map(String::as_str), Some("€"));
        assert_eq!(m.get(&0x41).map(String::as_str), Some("A"));
    }

    #[test]
    fn garbage_and_hostile_ranges_are_bounded() {
        assert!(parse(b"\x00\xff garbage <<>> [ ] beginbfrange <00> endbfrange").is_empty());
        let m = parse(b"beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assert!(m.len() <= 0x10000);
        // The same full range a thousand times: bounded work, not a hang.
        let many = "<0000> <FFFF> <0041>\n".repeat(1000);
        let started = std::time::Instant::now();
        let m = parse(format!("beginbfrange {many} endbfrange").as_bytes());
        assert!(m.len() <= 0x10000);
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn every_bfchar_entry_is_read_back(entries in proptest::collection::btree_map(0u32..0xFFFF, 0x20u32..0xD7FF, 1..40)) {
            let mut cmap = String::from("begincmap beginbfchar\n");
            for (code, unicode) in &entries {
                cmap.push_str(&format!("<{code:04X}> <{unicode:04X}>\n"));
            }
            cmap.push_str("endbfchar endcmap");
            let m = parse(cmap.as_bytes());
            for (code, unicode) in &entries {
                let want = char::from_u32(*unicode).map(String::from);
                proptest::prop_assert_eq!(m.get(code).cloned(), want);
            }
        }
    }
}
