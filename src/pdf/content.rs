//! A tolerant content-stream tokenizer (ISO 32000-1 §7.8.2): bytes → operations.
//!
//! lopdf's content parser stops at the first thing it does not understand, and so loses
//! the rest of the page. Readers do not: an operator inside a `TJ` array is ignored (as
//! pdf.js and poppler do), an unbalanced `]` or `>>` and bytes that are no token are
//! skipped, and reading goes on. Inline images (`BI … ID … EI`) are skipped whole, whatever
//! their filter. Nesting is kept on a heap stack, never the call stack, so a hostile stream
//! cannot overflow it.

use lopdf::content::Operation;
use lopdf::{Dictionary, Object, StringFormat};

/// Operands kept at most before an operator: more is garbage, and dropping it bounds memory.
const MAX_OPERANDS: usize = 1 << 12;
/// Open arrays and dictionaries at most; deeper content is garbage and skipped.
const MAX_DEPTH: usize = 64;

/// The operations of a content stream, in order; see the module documentation.
pub struct Operations<'a> {
    bytes: &'a [u8],
    pos: usize,
    operands: Vec<Object>,
    /// Open arrays (`true`) and dictionaries (`false`) with their items so far.
    open: Vec<(bool, Vec<Object>)>,
    /// How many unreadable tokens or misplaced operators were skipped.
    pub skipped: usize,
}

/// Reads `bytes` as a content stream.
pub fn operations(bytes: &[u8]) -> Operations<'_> {
    Operations { bytes, pos: 0, operands: Vec::new(), open: Vec::new(), skipped: 0 }
}

fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

fn is_regular(b: u8) -> bool {
    !is_whitespace(b) && !is_delimiter(b)
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

impl Iterator for Operations<'_> {
    type Item = Operation;

    fn next(&mut self) -> Option<Operation> {
        let bytes = self.bytes;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            match b {
                _ if is_whitespace(b) => self.pos += 1,
                b'%' => {
                    while self.pos < bytes.len() && !matches!(bytes[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'(' => {
                    let s = self.literal_string();
                    self.push(Object::String(s, StringFormat::Literal));
                }
                b'<' if bytes.get(self.pos + 1) == Some(&b'<') => {
                    self.pos += 2;
                    self.open_container(false);
                }
                b'<' => {
                    let s = self.hex_string();
                    self.push(Object::String(s, StringFormat::Hexadecimal));
                }
                b'>' if bytes.get(self.pos + 1) == Some(&b'>') => {
                    self.pos += 2;
                    self.close_container(false);
                }
                b'[' => {
                    self.pos += 1;
                    self.open_container(true);
                }
                b']' => {
                    self.pos += 1;
                    self.close_container(true);
                }
                b'/' => {
                    let name = self.name();
                    self.push(Object::Name(name));
                }
                b')' | b'>' | b'{' | b'}' => {
                    self.pos += 1;
                    self.skipped += 1;
                }
                _ => {
                    let start = self.pos;
                    while self.pos < bytes.len() && is_regular(bytes[self.pos]) {
                        self.pos += 1;
                    }
                    let word = &bytes[start..self.pos];
                    if let Some(op) = self.word(word) {
                        return Some(op);
                    }
                }
            }
        }
        None
    }
}

impl Operations<'_> {
    /// A regular-character token: a number, `true`/`false`/`null`, or an operator.
    fn word(&mut self, word: &[u8]) -> Option<Operation> {
        match word {
            b"true" => self.push(Object::Boolean(true)),
            b"false" => self.push(Object::Boolean(false)),
            b"null" => self.push(Object::Null),
            [b'0'..=b'9' | b'+' | b'-' | b'.', ..] => match number(word) {
                Some(n) => self.push(n),
                None => self.skipped += 1,
            },
            _ if !self.open.is_empty() => {
                // An operator inside an array or dictionary: readers ignore it.
                self.skipped += 1;
            }
            b"BI" => {
                self.skip_inline_image();
                self.operands.clear();
            }
            _ => {
                let operator = String::from_utf8_lossy(word).into_owned();
                let operands = std::mem::take(&mut self.operands);
                return Some(Operation { operator, operands });
            }
        }
        None
    }

    fn push(&mut self, obj: Object) {
        if let Some((_, items)) = self.open.last_mut() {
            if items.len() < MAX_OPERANDS {
                items.push(obj);
            } else {
                self.skipped += 1;
            }
        } else {
            if self.operands.len() >= MAX_OPERANDS {
                self.operands.clear();
                self.skipped += 1;
            }
            self.operands.push(obj);
        }
    }

    fn open_container(&mut self, array: bool) {
        if self.open.len() >= MAX_DEPTH {
            self.skipped += 1;
            return;
        }
        self.open.push((array, Vec::new()));
    }

    fn close_container(&mut self, array: bool) {
        match self.open.last() {
            Some((kind, _)) if *kind == array => {}
            _ => {
                // Unbalanced: nothing to close.
                self.skipped += 1;
                return;
            }
        }
        let Some((_, items)) = self.open.pop() else { return };
        let obj = if array {
            Object::Array(items)
        } else {
            let mut dict = Dictionary::new();
            let mut items = items.into_iter();
            while let Some(key) = items.next() {
                let Some(value) = items.next() else { break };
                if let Object::Name(key) = key {
                    dict.set(key, value);
                }
            }
            Object::Dictionary(dict)
        };
        self.push(obj);
    }

    /// `(…)` with nesting and escapes; an unterminated string runs to the end.
    fn literal_string(&mut self) -> Vec<u8> {
        let bytes = self.bytes;
        let mut out = Vec::new();
        let mut depth = 0usize;
        self.pos += 1;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' if depth == 0 => return out,
                b')' => {
                    depth -= 1;
                    out.push(b);
                }
                b'\\' => {
                    let Some(&e) = bytes.get(self.pos) else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if bytes.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match bytes.get(self.pos) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xFF) as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(b),
            }
        }
        out
    }

    /// `<…>`: hex digits, whitespace and junk ignored, an odd last digit padded with 0.
    fn hex_string(&mut self) -> Vec<u8> {
        let bytes = self.bytes;
        self.pos += 1;
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            self.pos += 1;
            if b == b'>' {
                break;
            }
            if let Some(v) = hex_value(b) {
                match high.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => high = Some(v),
                }
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    fn name(&mut self) -> Vec<u8> {
        let bytes = self.bytes;
        self.pos += 1;
        let mut out = Vec::new();
        while self.pos < bytes.len() && is_regular(bytes[self.pos]) {
            let b = bytes[self.pos];
            self.pos += 1;
            if b == b'#' {
                if let (Some(h), Some(l)) = (
                    bytes.get(self.pos).and_then(|&c| hex_value(c)),
                    bytes.get(self.pos + 1).and_then(|&c| hex_value(c)),
                ) {
                    out.push(h << 4 | l);
                    self.pos += 2;
                    continue;
                }
            }
            out.push(b);
        }
        out
    }

    /// Skips `BI <dict> ID <data> EI`: the data ends at `EI` between white space (or at the
    /// end of the stream), whatever filter it was written with.
    fn skip_inline_image(&mut self) {
        let bytes = self.bytes;
        // The dictionary: tokens up to the `ID` keyword.
        let rest = &bytes[self.pos..];
        let Some(id) = find_keyword(rest, b"ID") else {
            self.pos = bytes.len();
            return;
        };
        // One white-space byte follows ID; the data starts after it.
        let data_start = self.pos + id + 3;
        let data = bytes.get(data_start..).unwrap_or(&[]);
        let end = data
            .windows(2)
            .enumerate()
            .position(|(i, w)| {
                w == b"EI"
                    && (i == 0 || is_whitespace(data[i - 1]))
                    && data.get(i + 2).is_none_or(|&c| is_whitespace(c) || is_delimiter(c))
            })
            .map_or(data.len(), |i| i + 2);
        self.pos = (data_start + end).min(bytes.len());
    }
}

/// Position of `word` as a whole token (between white space or delimiters) in `bytes`.
fn find_keyword(bytes: &[u8], word: &[u8]) -> Option<usize> {
    bytes.windows(word.len()).enumerate().position(|(i, w)| {
        w == word && (i == 0 || !is_regular(bytes[i - 1])) && bytes.get(i + word.len()).is_none_or(|&c| !is_regular(c))
    })
}

/// A PDF number token; `None` for anything malformed or not finite (`--5`, `1.2.3`, `1e308`).
fn number(word: &[u8]) -> Option<Object> {
    // The common case, a short unsigned integer, without going through str parsing.
    if word.len() <= 18 && word.iter().all(u8::is_ascii_digit) {
        return Some(Object::Integer(word.iter().fold(0i64, |acc, &d| acc * 10 + i64::from(d - b'0'))));
    }
    let s = std::str::from_utf8(word).ok()?;
    if !s.contains('.') {
        if let Ok(i) = s.parse::<i64>() {
            return Some(Object::Integer(i));
        }
    }
    // PDF reals have no exponent; a plain decimal only.
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty() || !body.bytes().all(|c| c.is_ascii_digit() || c == b'.') || body.matches('.').count() > 1 {
        return None;
    }
    if body == "." {
        return None;
    }
    let v: f64 = s.parse().ok()?;
    let r = v as f32;
    r.is_finite().then_some(Object::Real(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(s: &[u8]) -> Vec<(String, Vec<Object>)> {
        operations(s).map(|o| (o.operator, o.operands)).collect()
    }

    #[test]
    fn operators_with_operands_of_every_kind() {
        let got = ops(b"BT /F1 12 Tf 1 0 0 1 72.5 -.5 Tm (a\\(b\\)\\101) Tj <48 69 7> Tj [(x) -250 (y)] TJ ET");
        assert_eq!(got[0].0, "BT");
        assert_eq!(got[1], ("Tf".to_string(), vec![Object::Name(b"F1".to_vec()), Object::Integer(12)]));
        assert_eq!(got[2].1[4], Object::Real(72.5));
        assert_eq!(got[2].1[5], Object::Real(-0.5));
        assert_eq!(got[3].1, vec![Object::String(b"a(b)A".to_vec(), StringFormat::Literal)]);
        assert_eq!(got[4].1, vec![Object::String(b"Hip".to_vec(), StringFormat::Hexadecimal)]);
        let Object::Array(items) = &got[5].1[0] else { panic!("array expected: {:?}", got[5]) };
        assert_eq!(items.len(), 3);
        assert_eq!(got[6].0, "ET");
    }

    #[test]
    fn operators_inside_a_tj_array_are_ignored() {
        let got = ops(b"[ (Op) -250 Tc (en) Tf ] TJ (na) Tj");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "TJ");
        let Object::Array(items) = &got[0].1[0] else { panic!("array expected") };
        assert_eq!(items.len(), 3, "(Op) -250 (en)");
        assert_eq!(got[1].0, "Tj");
    }

    #[test]
    fn inline_images_are_skipped_whatever_the_data() {
        let got = ops(b"BI /W 2 /H 1 /F /AHx ID\n00ff>\nEI (na) Tj BI /W 1 /H 1 /F /Fl ID \x00EI\xff EI\n Q");
        let names: Vec<&str> = got.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["Tj", "Q"]);
    }

    #[test]
    fn junk_is_skipped_and_reading_goes_on() {
        let got = ops(b"] >> } ) --5 1.2.3 1e308 <<  /A 1 >> BDC (x) Tj [ (unterminated");
        let names: Vec<&str> = got.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["BDC", "Tj"]);
        assert!(matches!(got[0].1[0], Object::Dictionary(_)));
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let mut s = vec![b'['; 100_000];
        s.extend_from_slice(b" (x) Tj");
        let mut it = operations(&s);
        while it.next().is_some() {}
        assert!(it.skipped > 0);
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
            for _ in operations(&bytes) {}
        }
    }
}
