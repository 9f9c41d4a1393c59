//! The decoders and repair paths of issue 12, reached through the public entry point. The
//! input's first two bytes choose how its rest is wrapped into a small PDF; the rest is the
//! page's content stream:
//!
//! - byte 0, bits 0–2: the filter chain of the content stream, under its full name or the
//!   abbreviation (`/AHx /A85 /LZW /Fl /RL`, LZW with `/EarlyChange 0` or 1, and a chain);
//! - byte 0, bit 3: the stream data is the input as it is (the decoders' error paths), else
//!   the input encoded with that chain (valid data, so the interpreter is reached);
//! - byte 0, bit 4: `/Length` is wrong; bit 5: `/Length` is missing (repair by `endstream`);
//! - byte 0, bit 6: junk bytes before `%PDF-`; bit 7: the xref offsets are wrong (rebuild);
//! - byte 1: the CMap of a non-embedded CJK font `/F4` (predefined CMaps), and whether the
//!   simple font `/F5` has no `/ToUnicode` and glyph names that only the Adobe Glyph List
//!   and the `uniXXXX`/`uXXXXX` rules read, or is a Type3 font.
//!
//! Same entry point and limits as `analyse`, no panic containment.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;

mod common;

#[derive(Clone, Copy)]
enum Filter {
    Hex,
    A85,
    Lzw { early_change: bool },
    Flate,
    RunLength,
}

/// The chains byte 0 chooses from, each with whether its names are abbreviated.
fn chain(choice: u8) -> (Vec<Filter>, bool) {
    use Filter::*;
    match choice & 7 {
        0 => (vec![Hex], true),
        1 => (vec![A85], true),
        2 => (vec![Lzw { early_change: true }], true),
        3 => (vec![Lzw { early_change: false }], false),
        4 => (vec![Flate], true),
        5 => (vec![RunLength], true),
        6 => (vec![A85, Flate], true),
        _ => (vec![Hex, RunLength, Lzw { early_change: true }], false),
    }
}

fn name(filter: Filter, abbreviated: bool) -> &'static str {
    match (filter, abbreviated) {
        (Filter::Hex, true) => "/AHx",
        (Filter::Hex, false) => "/ASCIIHexDecode",
        (Filter::A85, true) => "/A85",
        (Filter::A85, false) => "/ASCII85Decode",
        (Filter::Lzw { .. }, true) => "/LZW",
        (Filter::Lzw { .. }, false) => "/LZWDecode",
        (Filter::Flate, true) => "/Fl",
        (Filter::Flate, false) => "/FlateDecode",
        (Filter::RunLength, true) => "/RL",
        (Filter::RunLength, false) => "/RunLengthDecode",
    }
}

fn params(filter: Filter) -> &'static str {
    match filter {
        Filter::Lzw { early_change: false } => "<< /EarlyChange 0 >>",
        _ => "null",
    }
}

fn encode(filter: Filter, data: &[u8]) -> Vec<u8> {
    match filter {
        Filter::Hex => {
            let mut out: Vec<u8> = data.iter().flat_map(|b| format!("{b:02X}").into_bytes()).collect();
            out.push(b'>');
            out
        }
        Filter::A85 => {
            let mut out = Vec::new();
            for group in data.chunks(4) {
                let mut word = [0u8; 4];
                word[..group.len()].copy_from_slice(group);
                let mut n = u32::from_be_bytes(word);
                if group.len() == 4 && n == 0 {
                    out.push(b'z');
                    continue;
                }
                let mut digits = [0u8; 5];
                for d in digits.iter_mut().rev() {
                    *d = (n % 85) as u8 + b'!';
                    n /= 85;
                }
                out.extend_from_slice(&digits[..group.len() + 1]);
            }
            out.extend_from_slice(b"~>");
            out
        }
        Filter::Lzw { early_change } => {
            let mut encoder = if early_change {
                weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
            } else {
                weezl::encode::Encoder::new(weezl::BitOrder::Msb, 8)
            };
            encoder.encode(data).unwrap_or_default()
        }
        Filter::Flate => {
            let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            let _ = encoder.write_all(data);
            encoder.finish().unwrap_or_default()
        }
        Filter::RunLength => {
            let mut out = Vec::new();
            for run in data.chunks(128) {
                out.push((run.len() - 1) as u8);
                out.extend_from_slice(run);
            }
            out.push(128);
            out
        }
    }
}

const CJK_CMAPS: [&str; 4] = ["UniGB-UCS2-H", "UniJIS-UCS2-H", "90ms-RKSJ-H", "UniKS-UCS2-H"];
const CJK_ORDERINGS: [&str; 4] = ["GB1", "Japan1", "Japan1", "Korea1"];

fn pdf(data: &[u8]) -> Vec<u8> {
    let (flags, fonts, content) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        [a] => (*a, 0, &[][..]),
        [] => (0, 0, &[][..]),
    };
    let (filters, abbreviated) = chain(flags);
    let raw = flags & 8 != 0;
    let wrong_length = flags & 16 != 0;
    let no_length = flags & 32 != 0;
    let junk = flags & 64 != 0;
    let wrong_xref = flags & 128 != 0;

    let mut stream_data = content.to_vec();
    if !raw {
        // Encode the last filter first: the reader decodes in the order the array gives.
        for filter in filters.iter().rev() {
            stream_data = encode(*filter, &stream_data);
        }
    }
    let names: Vec<&str> = filters.iter().map(|f| name(*f, abbreviated)).collect();
    let parms: Vec<&str> = filters.iter().map(|f| params(*f)).collect();
    let length = if no_length {
        String::new()
    } else if wrong_length {
        format!("/Length {}", stream_data.len() / 2 + 3)
    } else {
        format!("/Length {}", stream_data.len())
    };

    let cjk = usize::from(fonts & 3);
    let simple_font = if fonts & 4 != 0 {
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] \
         /CharProcs << /a 9 0 R /uni00E9 9 0 R >> /Encoding << /Differences [65 /a /uni00E9 /u1F600 /g12 /Euro] >> \
         /FirstChar 65 /LastChar 69 /Widths [500 500 500 500 500] >>"
    } else {
        "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Custom \
         /Encoding << /Differences [65 /a /uni00E9 /u1F600 /g12 /Euro /afii10017 /eacute.sc /f_f_i /uni00450301] >> >>"
    };

    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents 4 0 R \
           /Resources << /Font << /F1 5 0 R /F4 6 0 R /F5 7 0 R >> >> >>"
            .to_vec(),
    ];
    let dict = format!("{length} /Filter [{}] /DecodeParms [{}]", names.join(" "), parms.join(" "));
    objects.push(common::stream(&dict, &stream_data));
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec());
    objects.push(
        format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /{} /DescendantFonts [8 0 R] >>",
            CJK_CMAPS[cjk]
        )
        .into_bytes(),
    );
    objects.push(simple_font.as_bytes().to_vec());
    objects.push(
        format!(
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light \
             /CIDSystemInfo << /Registry (Adobe) /Ordering ({}) /Supplement 2 >> /DW 1000 >>",
            CJK_ORDERINGS[cjk]
        )
        .into_bytes(),
    );
    objects.push(b"<< /Length 16 >>\nstream\n500 0 d0 0 0 m\nendstream".to_vec());

    let prefix: &[u8] = if junk { b"Content-Type: application/pdf\r\n\r\n" } else { b"" };
    common::write_pdf(&objects, None, prefix, if wrong_xref { 7 } else { 0 })
}

fuzz_target!(|data: &[u8]| {
    let options = common::options();
    let bytes = pdf(data);
    // To turn a finding into a regression PDF: FUZZ_CONTENT_DUMP=out.pdf TARGET_BINARY INPUT
    if let Some(path) = std::env::var_os("FUZZ_CONTENT_DUMP") {
        let _ = std::fs::write(path, &bytes);
    }
    let _ = ambtsreizen::analyse(&bytes, "fuzz.pdf", &options);
});
