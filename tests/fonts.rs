//! Font encodings from other typesetters and converters (fixtures/fonts, made by
//! fixtures/fonts/make.sh; the hand-made Type0 fonts are in fixtures/malformed): the text
//! each decodes to, word spaces included.

mod common;

use ambtsreizen::layout::{self, Settings};
use ambtsreizen::pdf::{Page, PdfDocument};
use ambtsreizen::report::lexicon::DUTCH;
use ambtsreizen::Limits;

fn pages(path: &str) -> Vec<Page> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc = PdfDocument::open(&bytes, &Limits::default()).unwrap_or_else(|e| panic!("{path}: {e}"));
    doc.pages().unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text lines of a PDF as the layout stage reads them, top to bottom.
fn lines(path: &str) -> Vec<String> {
    let document = layout::analyse(&pages(path), &DUTCH, &Settings::default());
    document.text_lines().map(|(_, l)| l.text.clone()).collect()
}

#[test]
fn pdftex_t1_fonts_without_to_unicode_read_through_their_glyph_names() {
    // pdfLaTeX, T1 Latin Modern (regular, bold, italic) and TS1 for the euro sign,
    // \pdfgentounicode=0: no ToUnicode, no space glyphs, ligatures ff fi fl ffi ffl.
    assert_eq!(
        lines("fixtures/fonts/pdftex-t1.pdf"),
        [
            "Werkbezoek Brussel door burgemeester Aboutaleb",
            "Het officiële gesprek over financiële efficiëntie en de afflux",
            "Kosten: € 1.250,00 voor vlucht en hotel; geïnformeerd, ruïne",
            "Definitief: Ëlla fijn, Zeeuws flink, stuff offline",
            "reële koffie, ijverig, één café",
        ]
    );
    // Every shown code decoded: nothing was left without text.
    assert!(pages("fixtures/fonts/pdftex-t1.pdf").iter().all(|p| p.undecoded == 0 && p.problems.is_empty()));
}

#[test]
fn type0_fonts_with_a_one_byte_cmap_as_ghostscript_writes_them() {
    let pages = pages("fixtures/malformed/font-type0-one-byte-cmap.pdf");
    let text: String = pages[0].glyphs.iter().map(|g| &*g.text).collect();
    assert_eq!(text, "Eén byte per code: één café, € 1.250,00abc");
    assert_eq!(pages[0].undecoded, 0);
    // Word spacing (2 Tw) applies to the one-byte code 32: the glyph after the first
    // space starts 2 pt further than the widths alone (DW 500 at 12 pt) would put it.
    let g = &pages[0].glyphs;
    assert!((g[4].x0 - g[3].x0 - (6.0 + 2.0)).abs() < 1e-6, "{} {}", g[3].x0, g[4].x0);
    // Widths by CID through the CMap's CID range (codes 41-43 are CIDs 100-102).
    let abc: Vec<f64> = g[g.len() - 3..].iter().map(|g| g.x0).collect();
    assert_eq!(abc, [72.0, 82.0, 84.5]);
}

#[test]
fn type0_fonts_split_codes_by_their_codespace_ranges() {
    let pages = pages("fixtures/malformed/font-type0-codespaces.pdf");
    let line = |font: u16| -> String { pages[0].glyphs.iter().filter(|g| g.font == font).map(|g| &*g.text).collect() };
    // Byte 85 starts no range: one invalid code, no text; the rest stays in step.
    assert_eq!(line(0), "Gemengd: één €  1 en 2 bytes");
    // 81 30 84 41 matches three bytes of the four-byte range: one invalid four-byte code.
    assert_eq!(line(1), "GB18030: 中文 € ï 1, 2 en 4 bytes");
    assert_eq!(line(2), "Drie bytes per code: öü");
    assert_eq!(pages[0].undecoded, 2);
    assert!(pages[0].problems.iter().any(|p| p.contains("Mixed")), "{:?}", pages[0].problems);
}

#[test]
fn negative_font_size_with_a_turned_matrix_is_upright_text() {
    let pages = pages("fixtures/malformed/font-negative-size.pdf");
    let g = &pages[0].glyphs;
    let text: String = g.iter().map(|g| &*g.text).collect();
    assert_eq!(text, "Negatieve korpsGewone regel");
    // Left to right from x 72 on the baseline 770, at 15 pt, like the ordinary line.
    assert_eq!((g[0].x0, g[0].y, g[0].size), (72.0, 770.0, 15.0));
    assert!(g[..15].windows(2).all(|w| w[1].x0 > w[0].x0 && w[1].x0 >= w[0].x1 - 1e-9));
    assert!((g[1].x0 - g[0].x1).abs() < 1e-9, "N then e, no gap");
    let ordinary = &g[15];
    assert_eq!((ordinary.x0, ordinary.size), (72.0, 15.0));
    assert_eq!(lines("fixtures/malformed/font-negative-size.pdf"), ["Negatieve korps", "Gewone regel"]);
}

#[test]
fn marked_content_actual_text_is_the_text_its_glyphs_stand_for() {
    // A typesetter's own line-end hyphen marked as a soft hyphen (Typst), and a span of
    // two glyphs standing for one ligature text; an unmarked hyphen stays a hyphen.
    let content = b"BT /F1 10 Tf 1 0 0 1 100 700 Tm (micro-) Tj ET\n\
BT /F1 10 Tf 1 0 0 1 100 680 Tm (vergun) Tj /Span << /ActualText (\xfe\xff\x00\xad) >> BDC (-) Tj EMC ET\n\
BT /F1 10 Tf 1 0 0 1 100 660 Tm /Span << /ActualText (fi) >> BDC (XY) Tj EMC (ne) Tj ET\n"
        .to_vec();
    let bytes = common::pdfgen::pdf_contents(&[content]);
    let doc = ambtsreizen::pdf::PdfDocument::open(&bytes, &ambtsreizen::Limits::default()).expect("opens");
    let page = &doc.pages().expect("pages")[0];
    let line = |y: f64| -> String {
        page.glyphs.iter().filter(|g| (g.y - y).abs() < 1.0).map(|g| g.text.as_ref()).collect::<String>()
    };
    assert_eq!(line(700.0), "micro-");
    assert_eq!(line(680.0), "vergun\u{AD}");
    assert_eq!(line(660.0), "fine");
}
