//! Font encodings from other typesetters and converters (fixtures/fonts, made by
//! fixtures/fonts/make.sh; the hand-made Type0 fonts are in fixtures/malformed): the text
//! each decodes to, word spaces included.

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
    // Every shown code decoded: no font was reported undecodable.
    assert!(pages("fixtures/fonts/pdftex-t1.pdf").iter().all(|p| p.problems.is_empty()));
}
