//! Variant reports made with other producers (reportlab, hand-written PDF, LibreOffice,
//! Chromium, qpdf post-processing), each checked field by field against its expected records.

mod common;

use std::path::Path;

fn check(name: &str) {
    let diffs = common::diff_report(&Path::new("fixtures/variants").join(name));
    assert!(diffs.is_empty(), "{name}: {} differences:\n{}", diffs.len(), diffs.join("\n"));
}

macro_rules! variant {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            check($name);
        }
    };
}

variant!(reportlab_without_space_glyphs, "reportlab-nospace-2019");
variant!(incremental_update, "incremental-update-2019");
variant!(handwritten_tj_kerning_and_differences, "rawpdf-tj-kerning-2020");
variant!(chromium_type0_encrypted_aes256, "chromium-aes256-2020");
variant!(reportlab_content_order_and_spilled_table, "reportlab-stream-order-2021");
variant!(libreoffice_running_headers_and_page_flow, "libreoffice-fodt-2022");
variant!(reportlab_encrypted_rc4, "reportlab-rc4-2022");
variant!(reportlab_editors_conventions, "reportlab-editors-2022");
variant!(chromium_ligatures_and_loose_table, "chromium-ligatures-2023");
variant!(libreoffice_object_streams, "libreoffice-objstm-2023");

#[test]
fn ghostscript_pdfa_type0_fonts_with_one_byte_cmaps() {
    // The 2024 report converted to PDF/A-2b by Ghostscript (fixtures/variants/src/
    // gen_ghostscript.py): the same records as the original, field for field.
    let diffs = common::diff_report_against(
        Path::new("fixtures/variants/ghostscript-pdfa-2024/report.pdf"),
        Path::new("fixtures/2024/golden.json"),
    );
    assert!(diffs.is_empty(), "{} differences:\n{}", diffs.len(), diffs.join("\n"));
}
