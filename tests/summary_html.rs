//! `summary` over several editions: one person across roles and years (`per_person`), and the
//! HTML page, which must be one file that needs nothing from elsewhere.

use std::process::Command;

use serde_json::Value;

const PDF_2024: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";
const PDF_2022: &str = "fixtures/editions/overview-chromium-2022/report.pdf";
const CORRECTED_2024: &str = "fixtures/editions/corrected-2024.pdf";

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ambtsreizen")).args(args).output().expect("run ambtsreizen")
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ambtsreizen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    dir
}

#[test]
fn per_person_joins_roles_and_years() {
    // Karremans: wethouder in 2022 (Oslo, Lyon), voormalig wethouder in 2024 (Kopenhagen,
    // Singapore and Ho Chi Minh Stad). Given newest first, the roles still read in order.
    let o = run(&["summary", "-f", "json", PDF_2024, PDF_2022]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let json: Value = serde_json::from_slice(&o.stdout).expect("json");
    let people = json["per_person"].as_array().expect("per_person");
    let k = people.iter().find(|p| p["name"] == "Karremans").expect("Karremans");
    assert_eq!(k["roles"], serde_json::json!(["wethouder", "voormalig wethouder"]));
    assert_eq!(k["years"], serde_json::json!([2022, 2024]));
    assert_eq!(k["trips"], 4);
    assert_eq!(k["days"], 22);
    assert_eq!(k["total_eur"].to_string(), "21445");
    assert_eq!(k["travel_and_accommodation_eur"].to_string(), "17575");
    assert_eq!(k["co2_tonnes"].to_string(), "12.84");
    assert_eq!(k["co2_compensation_eur"].to_string(), "99.67");
    let by_year: Vec<(i64, i64, String)> = k["by_year"]
        .as_array()
        .expect("by_year")
        .iter()
        .map(|y| (y["year"].as_i64().unwrap(), y["trips"].as_i64().unwrap(), y["total_eur"].to_string()))
        .collect();
    assert_eq!(by_year, [(2022, 2, "9545".to_string()), (2024, 2, "11900".to_string())]);
    // As printed they stay two officials.
    let officials: Vec<&str> =
        json["by_official"].as_array().unwrap().iter().filter_map(|g| g["key"].as_str()).collect();
    assert!(officials.contains(&"wethouder Karremans") && officials.contains(&"voormalig wethouder Karremans"));
    // Every trip once per person: the people's trips add up to the officials' rows.
    let sum = |groups: &Value| groups.as_array().unwrap().iter().map(|g| g["trips"].as_u64().unwrap()).sum::<u64>();
    assert_eq!(sum(&json["per_person"]), sum(&json["by_official"]));
    // Aboutaleb, burgemeester in both years, is one person with one role.
    let a = people.iter().find(|p| p["name"] == "Aboutaleb").expect("Aboutaleb");
    assert_eq!(a["roles"], serde_json::json!(["burgemeester"]));

    // The table and Markdown have the section too.
    let o = run(&["summary", "-f", "markdown", PDF_2024, PDF_2022]);
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(md.contains("## Per person (across roles and years)"), "{md}");
    assert!(
        md.contains(
            "| Karremans (wethouder, voormalig wethouder) | 4 | 22 | 17575.00 | 3870.00 | 21445.00 | 12.84 | 99.67 |"
        ),
        "{md}"
    );
    let o = run(&["summary", PDF_2024, PDF_2022]);
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(table.contains("Karremans (wethouder, voormalig wethouder)"), "{table}");
}

/// Everything in `html` that would load something: none may point outside the file.
fn external_references(html: &str) -> Vec<String> {
    let lower = html.to_lowercase();
    let mut found = Vec::new();
    for needle in ["http://", "https://", "//cdn", " src=", "<link", "@import", "url(", "<iframe", "<img", "<object"] {
        if let Some(i) = lower.find(needle) {
            found.push(html[i.saturating_sub(40)..(i + 40).min(html.len())].to_string());
        }
    }
    found
}

#[test]
fn html_is_one_self_contained_file() {
    let dir = scratch("html");
    let page = dir.join("verslag.html");
    let o = run(&["summary", "-f", "html", "-o", page.to_str().unwrap(), PDF_2024, CORRECTED_2024]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    // The corrected edition is summed, the original's warnings still listed.
    assert!(String::from_utf8_lossy(&o.stderr).contains("several editions"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "one file");
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(external_references(&html).is_empty(), "{:?}", external_references(&html));
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert!(html.contains("<html lang=\"nl\">"));
    // The corrected figure: 2024-03's travel went from 22 360 to 22 460, so 130 101 in all.
    assert!(html.contains(r#"<span class="value" id="fig-2024-total_eur">€ 130.101</span>"#), "headline");
    // Charts with titles and a table beside each; the map with every country.
    for id in ["chart-costs", "chart-co2", "chart-modes", "map"] {
        assert!(html.contains(&format!("<svg id=\"{id}\"")), "{id}");
        assert!(html.contains(&format!("<title id=\"{id}-title\">")), "{id} title");
    }
    assert_eq!(html.matches("<caption>Gegevens</caption>").count(), 4);
    assert!(html.matches("class=\"country\"").count() > 170);
    // Singapore is too small for the 1:110m map: said, not dropped.
    assert!(html.contains("Te klein voor de kaart: Singapore (1)"), "not on map");
    // A dot per place whose location is known; the others named, not dropped.
    assert!(html.contains("<title>Brussel: 5 reizen</title></circle>"), "dot for Brussel");
    assert!(html.contains("<p id=\"placed\">Plaatsen: Brussel (5), "), "placed list");
    assert!(html.contains("Plaatsen zonder stip (onbekende of meerduidige ligging): Antwerpen (1), Miami (1)"));
    // Trips link to their page in the PDF, relative to the page.
    assert!(html.contains("corrected-2024.pdf#page=7\">p. 7</a>"), "page link");
    assert!(!html.contains("buitenlandse-ambtsreizen-2024.pdf#page=7\">p. 7</a>"), "only the summed edition's trips");
    assert_eq!(html.matches("<tr class=\"warn\" id=\"trip-").count() + html.matches("<tr id=\"trip-").count(), 32);
    // Both editions' warnings are listed, each with its page.
    let warnings = html.split("id=\"warnings\"").nth(1).expect("warnings table");
    assert!(warnings.contains("buitenlandse-ambtsreizen-2024.pdf (2024)"));
    assert!(warnings.contains("corrected-2024.pdf (2024)"));
    // People across roles.
    assert!(html.contains("<td>Karremans</td><td>voormalig wethouder</td>"));

    // English labels on request.
    let o = run(&["summary", "-f", "html", "--lang", "en", PDF_2024]);
    assert_eq!(o.status.code(), Some(0));
    let en = String::from_utf8_lossy(&o.stdout);
    assert!(en.contains("<html lang=\"en\">") && en.contains("€130,001") && en.contains("All trips"));
    // --lang is only for the page.
    let o = run(&["summary", "--lang", "en", PDF_2024]);
    assert_eq!(o.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn html_tells_editions_with_one_file_name_apart() {
    let dir = scratch("html-names");
    let page = dir.join("verslag.html");
    let mixed = "fixtures/editions/mixed-libreoffice-2023/report.pdf";
    let o = run(&["summary", "-f", "html", "-o", page.to_str().unwrap(), PDF_2022, mixed]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(&page).expect("page");
    // Both are `report.pdf`: the list shows their paths, each link to its own file.
    for pdf in [PDF_2022, mixed] {
        let abs = std::fs::canonicalize(pdf).expect("fixture");
        let tail = abs.to_string_lossy().rsplit_once("/fixtures/").map(|(_, t)| format!("fixtures/{t}")).unwrap();
        let link = html
            .lines()
            .find(|l| l.starts_with("<li><a href=") && l.contains(&tail))
            .unwrap_or_else(|| panic!("{tail}"));
        assert!(link.contains(&format!("{tail}</a>")), "{link}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
