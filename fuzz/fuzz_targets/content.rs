//! Structure-aware companion of `analyse`: the input is the page content (operators and
//! text), wrapped into a fixed, valid PDF with the fonts the report fixtures use, so the
//! fuzzer spends its time in the content-stream interpreter, layout and report parsing
//! instead of being stopped by lopdf's object syntax or broken Flate data. When the input
//! holds a `%%CMAP` line, what precedes it replaces the `/ToUnicode` CMap of font `/F3`;
//! the rest is split into pages at each `%%PAGE` line (at most 16 pages). Same entry point
//! and limits as `analyse`, no panic containment.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

const PAGE_SEPARATOR: &[u8] = b"%%PAGE\n";
const CMAP_SEPARATOR: &[u8] = b"%%CMAP\n";

const TO_UNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar <0001> <0041> <0002> <00E9> <0003> <0020> endbfchar
2 beginbfrange <0010> <0019> <0030> <0020> <0022> [<0062> <0063> <FB01>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn pdf(data: &[u8]) -> Vec<u8> {
    let (to_unicode, mut rest) = match find(data, CMAP_SEPARATOR) {
        Some(at) => (&data[..at], &data[at + CMAP_SEPARATOR.len()..]),
        None => (TO_UNICODE, data),
    };
    let mut pages: Vec<&[u8]> = Vec::new();
    while let Some(at) = find(rest, PAGE_SEPARATOR) {
        if pages.len() == 15 {
            break;
        }
        pages.push(&rest[..at]);
        rest = &rest[at + PAGE_SEPARATOR.len()..];
    }
    pages.push(rest);

    // Objects 1..=9 are fixed; each page then takes two (page, content).
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let first_page = 10;
    let kids: Vec<String> = (0..pages.len()).map(|i| format!("{} 0 R", first_page + 2 * i)).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), pages.len()).into_bytes());
    objects.push(
        b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /Euro /eacute /edieresis /idieresis /odieresis /udieresis] >>"
            .to_vec(),
    );
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 3 0 R >>".to_vec());
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 3 0 R >>".to_vec());
    objects.push(b"<< /Title (Buitenlandse ambtsreizen in 2020) /Producer (fuzz) >>".to_vec());
    objects.push(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+DejaVuSans /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 9 0 R >>"
            .to_vec(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+DejaVuSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 /W [1 [722 556 278] 16 25 556] >>"
            .to_vec(),
    );
    objects.push(common::stream(&format!("/Length {}", to_unicode.len()), to_unicode));
    for (i, content) in pages.iter().enumerate() {
        let content_id = first_page + 2 * i + 1;
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Contents {content_id} 0 R \
                 /Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 7 0 R >> >> >>"
            )
            .into_bytes(),
        );
        objects.push(common::stream(&format!("/Length {}", content.len()), content));
    }

    common::write_pdf(&objects, Some(6), b"", 0)
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
