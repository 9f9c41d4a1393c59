//! Tolerant readers of CMaps: `/ToUnicode` maps (ISO 32000-1 §9.10.3) and the encoding
//! CMaps of composite fonts (§9.7.5: how a string splits into codes, and each code's CID).
//!
//! Producers write these small PostScript-like programs in many slightly different ways
//! (line breaks anywhere, missing preambles, arrays in ranges); a strict parser that
//! rejects one loses every accented letter of a subset font. These readers only look for
//! the sections they need (`codespacerange`, `bfchar`/`bfrange`, `cidchar`/`cidrange`,
//! `usecmap`) and skip anything they do not understand.

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

/// One codespace range: codes of `len` bytes whose every byte lies between the bounds'
/// bytes at the same position (§9.7.6.2: `<8140> <9FFC>` allows 81…9F then 40…FC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CodespaceRange {
    len: usize,
    lo: [u8; 4],
    hi: [u8; 4],
}

impl CodespaceRange {
    /// Whether the first `k` bytes of `bytes` lie in the first `k` byte ranges.
    fn matches_prefix(&self, bytes: &[u8], k: usize) -> bool {
        k <= self.len
            && bytes.len() >= k
            && bytes[..k].iter().zip(&self.lo).zip(&self.hi).all(|((b, lo), hi)| (*lo..=*hi).contains(b))
    }
}

/// The codespace of an encoding CMap: how a shown string splits into codes of 1 to 4 bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Codespace {
    ranges: Vec<CodespaceRange>,
}

/// One code read from a string by [`Codespace::next_code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextCode {
    /// The code's bytes as a big-endian number.
    pub code: u32,
    /// Bytes it took (at least 1 for a non-empty string).
    pub len: usize,
    /// Whether the bytes lie in a codespace range; an invalid code shows `.notdef`.
    pub valid: bool,
}

impl Codespace {
    /// Every code of `len` bytes (Identity-H is `Codespace::full(2)`).
    pub fn full(len: usize) -> Codespace {
        let len = len.clamp(1, 4);
        Codespace { ranges: vec![CodespaceRange { len, lo: [0; 4], hi: [0xFF; 4] }] }
    }

    /// Whether no range was read.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// `Some(n)` when the codespace is every code of `n` bytes and nothing else, so that a
    /// string splits into fixed-size codes without any range test.
    pub fn uniform(&self) -> Option<usize> {
        let n = self.ranges.first()?.len;
        let covers = |r: &CodespaceRange| r.lo[..n].iter().all(|&b| b == 0) && r.hi[..n].iter().all(|&b| b == 0xFF);
        (self.ranges.iter().all(|r| r.len == n) && self.ranges.iter().any(covers)).then_some(n)
    }

    fn push(&mut self, lo: &[u8], hi: &[u8]) {
        if lo.is_empty() || lo.len() != hi.len() || lo.len() > 4 || self.ranges.len() >= MAX_RANGES {
            return;
        }
        let mut range = CodespaceRange { len: lo.len(), lo: [0; 4], hi: [0; 4] };
        range.lo[..lo.len()].copy_from_slice(lo);
        range.hi[..hi.len()].copy_from_slice(hi);
        self.ranges.push(range);
    }

    /// The code at the start of `bytes`, read as §9.7.6.2 says: one byte, then two, up
    /// to four, until the bytes read lie in a range of that length. Bytes that match no
    /// range are an invalid code, as long as "the best partially matching codespace range"
    /// (ISO 32000-2 §9.7.6.3): the range whose leading bytes match the most bytes, the
    /// shortest of those on a tie; when not even the first byte matches, the shortest
    /// range of the codespace. The code never runs past the end of the string.
    pub fn next_code(&self, bytes: &[u8]) -> NextCode {
        let avail = bytes.len().min(4);
        let value = |n: usize| bytes[..n].iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b));
        for n in 1..=avail {
            if self.ranges.iter().any(|r| r.len == n && r.matches_prefix(bytes, n)) {
                return NextCode { code: value(n), len: n, valid: true };
            }
        }
        let partial = (1..=avail)
            .rev()
            .find_map(|k| self.ranges.iter().filter(|r| r.matches_prefix(bytes, k)).map(|r| r.len).min());
        let shortest = self.ranges.iter().map(|r| r.len).min().unwrap_or(1);
        let len = partial.unwrap_or(shortest).clamp(1, avail.max(1));
        NextCode { code: value(len.min(avail)), len, valid: false }
    }
}

/// An encoding CMap (`/Encoding` stream of a Type0 font): its codespace, the CIDs of its
/// codes, and the predefined CMap it builds on (`usecmap`), if any.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EncodingCmap {
    /// How strings split into codes.
    pub codespace: Codespace,
    /// `(first code, last code, CID of the first)`, in the order given; a later entry wins.
    pub cids: Vec<(u32, u32, u32)>,
    /// The name given to `usecmap` (without the slash).
    pub uses: Option<String>,
}

impl EncodingCmap {
    /// Whether every mapped code is its own CID (as in Identity-H and Ghostscript's
    /// one-byte `OneByteIdentityH`), so that tables by CID serve as tables by code.
    pub fn is_identity(&self) -> bool {
        self.cids.iter().all(|&(lo, _, cid)| lo == cid)
    }

    /// Calls `f(code, cid)` for each mapped code, a bounded number of times.
    pub fn each_cid(&self, mut f: impl FnMut(u32, u32)) {
        let mut steps = 0usize;
        for &(lo, hi, cid) in &self.cids {
            for k in 0..=hi.saturating_sub(lo) {
                if steps >= MAX_STEPS {
                    return;
                }
                steps += 1;
                f(lo + k, cid.saturating_add(k));
            }
        }
    }
}

/// Codespace ranges kept at most.
const MAX_RANGES: usize = 256;

/// Reads an encoding CMap. Unreadable parts are skipped.
pub fn parse_encoding(bytes: &[u8]) -> EncodingCmap {
    let toks = tokens(bytes);
    let mut out = EncodingCmap::default();
    let hex = |t: &Token| match t {
        Token::Hex(h) => Some(h.clone()),
        _ => None,
    };
    let int = |t: &Token| match t {
        Token::Word(w) => w.parse::<u32>().ok(),
        _ => None,
    };
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Token::Word(w) if w == "begincodespacerange" => {
                i += 1;
                while i + 1 < toks.len() && toks[i] != Token::Word("endcodespacerange".into()) {
                    match (hex(&toks[i]), hex(&toks[i + 1])) {
                        (Some(lo), Some(hi)) => {
                            out.codespace.push(&lo, &hi);
                            i += 2;
                        }
                        _ => i += 1,
                    }
                }
            }
            Token::Word(w) if w == "begincidrange" => {
                i += 1;
                while i + 2 < toks.len() && toks[i] != Token::Word("endcidrange".into()) {
                    let lo = hex(&toks[i]).and_then(|h| code_of(&h));
                    let hi = hex(&toks[i + 1]).and_then(|h| code_of(&h));
                    match (lo, hi, int(&toks[i + 2])) {
                        (Some(lo), Some(hi), Some(cid)) if lo <= hi => {
                            if out.cids.len() < MAX_RANGES * 64 {
                                out.cids.push((lo, hi, cid));
                            }
                            i += 3;
                        }
                        _ => i += 1,
                    }
                }
            }
            Token::Word(w) if w == "begincidchar" => {
                i += 1;
                while i + 1 < toks.len() && toks[i] != Token::Word("endcidchar".into()) {
                    match (hex(&toks[i]).and_then(|h| code_of(&h)), int(&toks[i + 1])) {
                        (Some(code), Some(cid)) => {
                            if out.cids.len() < MAX_RANGES * 64 {
                                out.cids.push((code, code, cid));
                            }
                            i += 2;
                        }
                        _ => i += 1,
                    }
                }
            }
            Token::Word(w) if w == "usecmap" => {
                if let Some(Token::Word(name)) = i.checked_sub(1).and_then(|p| toks.get(p)) {
                    out.uses = name.strip_prefix('/').map(str::to_string);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(space: &Codespace, bytes: &[u8]) -> Vec<(u32, usize, bool)> {
        let mut out = Vec::new();
        let mut rest = bytes;
        while !rest.is_empty() {
            let c = space.next_code(rest);
            out.push((c.code, c.len, c.valid));
            rest = &rest[c.len.min(rest.len())..];
        }
        out
    }

    #[test]
    fn encoding_cmap_with_mixed_codespace() {
        // Shift-JIS-like, as in the example of §9.7.6.2: one-byte 00…80 and A0…DE, two-byte
        // 8140…9FFC and E040…FCFC, byte by byte.
        let m = parse_encoding(
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
            4 begincodespacerange <00> <80> <8140> <9ffc> <a0> <de> <e040> <fcfc> endcodespacerange
            1 begincidrange <20> <7e> 1 endcidrange 1 begincidchar <8140> 633 endcidchar
            endcmap CMapName currentdict /CMap defineresource pop end end",
        );
        assert_eq!(m.cids, vec![(0x20, 0x7E, 1), (0x8140, 0x8140, 633)]);
        assert!(!m.is_identity());
        assert_eq!(m.codespace.uniform(), None);
        let s = &m.codespace;
        assert_eq!(
            split(s, b"A\x81\x40B\xa1"),
            vec![(0x41, 1, true), (0x8140, 2, true), (0x42, 1, true), (0xA1, 1, true)]
        );
        // 81 then 3F: the first byte starts a two-byte range, the second is outside it:
        // one invalid two-byte code. DF starts no range: one byte, the shortest length.
        assert_eq!(
            split(s, b"\x81\x3fA\xdfB"),
            vec![(0x813F, 2, false), (0x41, 1, true), (0xDF, 1, false), (0x42, 1, true)]
        );
        // A two-byte code cut by the end of the string.
        assert_eq!(split(s, b"A\x81"), vec![(0x41, 1, true), (0x81, 1, false)]);
    }

    #[test]
    fn uniform_codespaces_and_usecmap() {
        let m = parse_encoding(b"/Identity-H usecmap 1 begincodespacerange <00> <FF> endcodespacerange");
        assert_eq!(m.uses.as_deref(), Some("Identity-H"));
        assert_eq!(m.codespace.uniform(), Some(1));
        assert_eq!(Codespace::full(2).uniform(), Some(2));
        let three = parse_encoding(b"begincodespacerange <000000> <FFFFFF> endcodespacerange");
        assert_eq!(three.codespace.uniform(), Some(3));
        assert_eq!(split(&three.codespace, b"\x01\x02\x03\x04"), vec![(0x010203, 3, true), (4, 1, false)]);
        assert!(parse_encoding(b"garbage <00> begincodespacerange <00> endcodespacerange").codespace.is_empty());
    }

    #[test]
    fn four_byte_codes_after_shorter_ones() {
        // GB 18030-like: one byte 00…80, two bytes 8140…FEFE, four bytes 81308130…FE39FE39.
        let m =
            parse_encoding(b"3 begincodespacerange <00> <80> <8140> <fefe> <81308130> <fe39fe39> endcodespacerange");
        assert_eq!(
            split(&m.codespace, b"a\x81\x30\x81\x30\xb0\xa1"),
            vec![(0x61, 1, true), (0x8130_8130, 4, true), (0xB0A1, 2, true)]
        );
    }

    proptest::proptest! {
        #[test]
        fn splitting_never_panics_and_always_advances(
            cmap in proptest::collection::vec(proptest::num::u8::ANY, 0..200),
            text in proptest::collection::vec(proptest::num::u8::ANY, 0..64),
        ) {
            let mut head = b"begincodespacerange <00> <7f> <8000> <ffff> ".to_vec();
            head.extend_from_slice(&cmap);
            let m = parse_encoding(&head);
            let mut rest = &text[..];
            while !rest.is_empty() {
                let c = m.codespace.next_code(rest);
                proptest::prop_assert!(c.len >= 1 && c.len <= rest.len());
                rest = &rest[c.len..];
            }
        }
    }

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
