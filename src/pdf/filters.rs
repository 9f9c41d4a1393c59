//! Stream decoding with the filter names readers accept.
//!
//! lopdf decodes Flate, LZW (through `weezl`, with `/EarlyChange`), ASCII85, ASCIIHex and
//! RunLength, each bounded by an output limit, but only under their full names. Producers
//! also write the abbreviations of inline images (`/AHx /A85 /LZW /Fl /RL`) in streams, and
//! a `/Crypt` filter with the `/Identity` crypt filter changes nothing. Here the chain is
//! rewritten to full names and lopdf's bounded decoders do the work.

use lopdf::{Dictionary, Object, Stream};

/// Why a stream could not be decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// It would inflate past the limit given.
    Limit,
    /// A filter that text extraction does not read (images: DCT, JPX, CCITT, JBIG2), or
    /// broken data.
    Failed,
}

/// The full name of a filter, for its abbreviation (ISO 32000-1, table 94) or itself.
fn full_name(name: &[u8]) -> &[u8] {
    match name {
        b"AHx" => b"ASCIIHexDecode",
        b"A85" => b"ASCII85Decode",
        b"LZW" => b"LZWDecode",
        b"Fl" => b"FlateDecode",
        b"RL" => b"RunLengthDecode",
        b"CCF" => b"CCITTFaxDecode",
        b"DCT" => b"DCTDecode",
        other => other,
    }
}

/// The stream's filter names, in decoding order; `None` when `/Filter` is not a name or
/// an array of names.
fn filter_names(dict: &Dictionary) -> Option<Vec<&[u8]>> {
    match dict.get(b"Filter").ok()? {
        Object::Name(n) => Some(vec![n.as_slice()]),
        Object::Array(items) => items.iter().map(|o| o.as_name().ok()).collect(),
        _ => None,
    }
}

/// The decoded content of `stream`, at most `limit` bytes per filter stage.
pub fn decode(stream: &Stream, limit: usize) -> Result<Vec<u8>, DecodeError> {
    if stream.dict.get(b"Filter").is_err() {
        return if stream.content.len() > limit { Err(DecodeError::Limit) } else { Ok(stream.content.clone()) };
    }
    let Some(names) = filter_names(&stream.dict) else { return Err(DecodeError::Failed) };
    let params = stream.dict.get(b"DecodeParms").ok();
    let rewritten = names.iter().any(|n| full_name(n) != *n || *n == b"Crypt");
    if !rewritten {
        // The common case: lopdf reads the stream as it is, no copy.
        return lopdf_decode(stream, limit);
    }
    // Rewrite the chain: full names, and `/Crypt` stages (Identity, or already decrypted
    // by lopdf) dropped together with their parameters.
    let mut filters = Vec::new();
    let mut parms = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if *name == b"Crypt" {
            continue;
        }
        filters.push(Object::Name(full_name(name).to_vec()));
        parms.push(match params {
            Some(Object::Array(a)) => a.get(i).cloned().unwrap_or(Object::Null),
            Some(other) => other.clone(),
            None => Object::Null,
        });
    }
    let mut dict = Dictionary::new();
    if !filters.is_empty() {
        dict.set("Filter", Object::Array(filters));
        if params.is_some() {
            dict.set("DecodeParms", Object::Array(parms));
        }
    }
    let copy = Stream::new(dict, stream.content.clone());
    lopdf_decode(&copy, limit)
}

fn lopdf_decode(stream: &Stream, limit: usize) -> Result<Vec<u8>, DecodeError> {
    match stream.decompressed_content_with_limit(limit) {
        Ok(data) => Ok(data),
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => Err(DecodeError::Limit),
        Err(_) => Err(DecodeError::Failed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn decoded(filter: Object, parms: Option<Object>, data: &[u8]) -> Result<Vec<u8>, DecodeError> {
        let mut dict = dictionary! { "Filter" => filter };
        if let Some(p) = parms {
            dict.set("DecodeParms", p);
        }
        decode(&Stream::new(dict, data.to_vec()), 1 << 20)
    }

    fn name(n: &str) -> Object {
        Object::Name(n.as_bytes().to_vec())
    }

    #[test]
    fn abbreviated_names_decode_like_full_ones() {
        assert_eq!(decoded(name("AHx"), None, b"48 65 6c6c6F>").as_deref(), Ok(&b"Hello"[..]));
        assert_eq!(decoded(name("A85"), None, b"87cURDZ~>").as_deref(), Ok(&b"Hello"[..]));
        // RunLength: a literal run of 2, then 'l' three times, then EOD.
        assert_eq!(decoded(name("RL"), None, b"\x01He\xfel\x00o\x80").as_deref(), Ok(&b"Helllo"[..]));
        // LZW: clear, 'A' 'B', EOD in 9-bit codes.
        let lzw = [0x80, 0x10, 0x48, 0x50, 0x10];
        assert_eq!(decoded(name("LZW"), None, &lzw).as_deref(), Ok(&b"AB"[..]));
        let chain = Object::Array(vec![name("AHx"), name("Crypt"), name("RL")]);
        assert_eq!(decoded(chain, None, b"0141 42 80>").as_deref(), Ok(&b"AB"[..]));
    }

    #[test]
    fn limits_and_unknown_filters_are_errors_not_panics() {
        let data = [0x81u8, b'x'].repeat(10_000); // 128 bytes of x per pair
        let bomb = Stream::new(dictionary! { "Filter" => "RL" }, data);
        assert_eq!(decode(&bomb, 1000), Err(DecodeError::Limit));
        assert_eq!(decoded(name("DCT"), None, b"\xff\xd8"), Err(DecodeError::Failed));
        assert_eq!(decoded(Object::Integer(3), None, b""), Err(DecodeError::Failed));
    }
}
