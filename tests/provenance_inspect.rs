//! Provenance points at the right spot, `inspect` pictures are well-formed, and the JSON
//! output validates against the published JSON Schema.

use ambtsreizen::inspect::{inspection, BlockKind};
use ambtsreizen::pdf::{Limits, PdfDocument};
use ambtsreizen::Options;

const PDF: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";

fn with_provenance() -> Options {
    Options { provenance: true, ..Options::default() }
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_table_cell_bbox_holds_the_glyphs_of_its_printed_value() {
    let bytes = std::fs::read(PDF).expect("fixture");
    let report = ambtsreizen::extract_bytes_with(&bytes, "x.pdf", &with_provenance()).expect("extract");
    // Glyphs straight from the PDF stage, independent of the layout stage that made the boxes.
    let pages = PdfDocument::open(&bytes, &Limits::default()).and_then(|d| d.pages()).expect("pages");
    let mut checked = 0;
    for trip in &report.trips {
        let prov = trip.provenance.as_ref().expect("provenance requested");
        // Empty cells have no box; every printed cell has one.
        let printed: Vec<&String> = trip.table_cells.iter().filter(|c| !c.is_empty()).collect();
        assert_eq!(prov.table_cells.len(), printed.len(), "{}", trip.id);
        for (cell, loc) in printed.iter().zip(&prov.table_cells) {
            let page = &pages[loc.page as usize - 1];
            let [x0, y0, x1, y1] = loc.bbox;
            let inside: String = page
                .glyphs
                .iter()
                .filter(|g| {
                    let cx = (g.x0 + g.x1) / 2.0;
                    cx >= x0 && cx <= x1 && g.y >= y0 && g.y <= y1
                })
                .map(|g| &*g.text)
                .collect();
            assert_eq!(squeeze(&inside), squeeze(cell), "{} cell box {:?} on page {}", trip.id, loc.bbox, loc.page);
            checked += 1;
        }
        assert_eq!(prov.header.first().map(|l| l.page), trip.pages.first().copied(), "{}", trip.id);
        assert!(!prov.body.is_empty() && !prov.date.is_empty() && prov.table.len() == 1, "{}", trip.id);
    }
    assert!(checked >= 32 * 4, "checked {checked} cells");
}

#[test]
fn page_7_shows_the_spilled_miami_table_above_the_mechelen_trip() {
    let bytes = std::fs::read(PDF).expect("fixture");
    let analysis = ambtsreizen::analyse(&bytes, "x.pdf", &with_provenance()).expect("analyse");
    let miami = analysis.report.trips.iter().find(|t| t.destination == "Miami, VS").expect("Miami trip");
    let mechelen = analysis.report.trips.iter().find(|t| t.destination.starts_with("Mechelen")).expect("Mechelen trip");
    let insp = inspection(&analysis);
    let page = &insp.pages[6];
    let blocks: Vec<(BlockKind, Option<&str>)> = page.blocks.iter().map(|b| (b.kind, b.trip.as_deref())).collect();
    assert_eq!(blocks[0], (BlockKind::Table, Some(miami.id.as_str())), "{blocks:?}");
    assert_eq!(blocks[1], (BlockKind::Header, Some(mechelen.id.as_str())), "{blocks:?}");
    assert!(page.blocks[0].bbox[1] > page.blocks[1].bbox[3], "the Miami table stands above the Mechelen header");

    let svg = page.to_svg();
    let doc = roxmltree::Document::parse(&svg).expect("SVG is well-formed XML");
    let outlines: Vec<roxmltree::Node> =
        doc.descendants().filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("block")).collect();
    assert_eq!(outlines.len(), page.blocks.len(), "one outline per block");
    assert!(outlines.iter().all(|g| g.children().any(|c| c.has_tag_name("rect"))));
    let first_label = outlines[0].children().find(|c| c.has_tag_name("text")).and_then(|t| t.text()).unwrap_or("");
    assert!(first_label.contains(&miami.id) && first_label.contains("table"), "{first_label}");
    let root = doc.root_element();
    assert_eq!(root.attribute("width"), Some("595"));
    assert_eq!(root.attribute("height"), Some("842"));
}

#[test]
fn every_page_svg_is_well_formed_with_one_outline_per_block() {
    let bytes = std::fs::read("fixtures/variants/libreoffice-fodt-2022/report.pdf").expect("fixture");
    let analysis = ambtsreizen::analyse(&bytes, "x.pdf", &with_provenance()).expect("analyse");
    let insp = inspection(&analysis);
    let mut furniture = 0;
    for page in &insp.pages {
        let svg = page.to_svg();
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("page {}: {e}", page.number));
        let n = doc.descendants().filter(|n| n.attribute("class") == Some("block")).count();
        assert_eq!(n, page.blocks.len(), "page {}", page.number);
        furniture += page.blocks.iter().filter(|b| b.kind == BlockKind::Furniture).count();
    }
    // Running header and "Pagina N van M" footer on each of the four pages.
    assert_eq!(furniture, 8);
}

#[test]
fn json_output_validates_against_the_schema() {
    let schema = ambtsreizen::json_schema();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for options in [Options::default(), with_provenance()] {
        let report = ambtsreizen::extract_path_with(PDF, &options).expect("extract");
        let mut out = Vec::new();
        ambtsreizen::output::json::write_json(&mut out, std::slice::from_ref(&report)).expect("json");
        let value: serde_json::Value = serde_json::from_slice(&out).expect("parses");
        let errors: Vec<String> =
            validator.iter_errors(&value).map(|e| format!("{e} at {}", e.instance_path)).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    // The schema is strict enough to catch a wrong type.
    let mut broken = serde_json::to_value(ambtsreizen::extract_path(PDF).expect("extract")).expect("value");
    broken["trips"][0]["costs"]["total"] = serde_json::json!("385");
    assert!(!validator.is_valid(&broken), "a string amount must not validate");
}

#[test]
fn inspect_svg_draws_the_table_grid_its_header_and_the_rules_it_used() {
    // Bordered Word tables: a ruled grid of a label row over a data row, five columns.
    let bytes = std::fs::read("fixtures/tables/libreoffice-wordcells-2024/report.pdf").expect("fixture");
    let analysis = ambtsreizen::analyse(&bytes, "x.pdf", &with_provenance()).expect("analyse");
    let insp = inspection(&analysis);
    let page = &insp.pages[1];
    let svg = page.to_svg();
    let doc = roxmltree::Document::parse(&svg).expect("SVG is well-formed XML");
    let grids: Vec<roxmltree::Node> =
        doc.descendants().filter(|n| n.attribute("class") == Some("table-grid")).collect();
    assert!(!grids.is_empty(), "no table grid drawn on page 2");
    let grid = grids[0];
    assert_eq!(grid.attribute("data-ruling"), Some("full"));
    let cells: Vec<roxmltree::Node> =
        grid.descendants().filter(|n| n.attribute("class") == Some("table-cell")).collect();
    assert_eq!(cells.len(), 10, "two rows of five cells");
    let header = cells.iter().filter(|c| c.attribute("data-header") == Some("true")).count();
    assert_eq!(header, 5, "the label row is the header");
    let rules = grid.descendants().filter(|n| n.attribute("class") == Some("table-rule")).count();
    assert!(rules >= 6, "the rules the cells were found from: {rules}");
    // An unruled table, found from its aligned labels, is drawn without rules.
    let bytes = std::fs::read("fixtures/variants/reportlab-stream-order-2021/report.pdf").expect("fixture");
    let analysis = ambtsreizen::analyse(&bytes, "x.pdf", &with_provenance()).expect("analyse");
    let svg = inspection(&analysis).pages[1].to_svg();
    let doc = roxmltree::Document::parse(&svg).expect("SVG is well-formed XML");
    let ruling: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("table-grid"))
        .filter_map(|n| n.attribute("data-ruling"))
        .collect();
    assert!(!ruling.is_empty() && ruling.iter().all(|r| *r == "none"), "{ruling:?}");
}
