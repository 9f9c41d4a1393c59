//! Overview-table editions made up here, unlike the fixtures' producers: columns in
//! another order with other labels and some missing, amounts right-aligned under a label
//! they start left of, the table going on on the next page without its header, bare page
//! numbers, a row whose date cannot be read, and a closing `Totaal` row.

mod common;

use ambtsreizen::model::Layout;
use common::pdfgen::{pdf, TextLine};

const SIZE: f64 = 9.0;

/// Helvetica's width of the characters these tables print (AFM, per 1000).
fn width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '.' | ',' => 278.0,
            '-' => 333.0,
            _ => 556.0,
        })
        .sum::<f64>()
        * SIZE
        / 1000.0
}

/// An amount right-aligned against `right`.
fn right(text: &'static str, right: f64, y: f64) -> TextLine<'static> {
    TextLine(right - width(text), y, SIZE, false, text)
}

fn cell(x: f64, y: f64, text: &'static str) -> TextLine<'static> {
    TextLine(x, y, SIZE, false, text)
}

/// Columns: Datum 50, Wie 140, Bestemming 230, Vervoer 330, Totaal (amounts right-aligned
/// at 462, the label at 430) and CO2-uitstoot (ton) at 490.
fn table(total: &'static str) -> Vec<u8> {
    let mut first = vec![
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        cell(50.0, 750.0, "Geachte raad, hierbij het overzicht van de reizen van het college in het afgelopen jaar."),
        TextLine(50.0, 700.0, SIZE, true, "Datum"),
        TextLine(140.0, 700.0, SIZE, true, "Wie"),
        TextLine(230.0, 700.0, SIZE, true, "Bestemming"),
        TextLine(330.0, 700.0, SIZE, true, "Vervoer"),
        TextLine(430.0, 700.0, SIZE, true, "Totaal"),
        TextLine(490.0, 700.0, SIZE, true, "CO2-uitstoot"),
        TextLine(490.0, 689.0, SIZE, true, "(ton)"),
    ];
    first.extend([
        cell(50.0, 670.0, "3 t/m 5 maart"),
        cell(140.0, 670.0, "wethouder"),
        cell(230.0, 670.0, "Gent, België"),
        cell(330.0, 670.0, "Trein"),
        right("€ 640,-", 462.0, 670.0),
        cell(490.0, 670.0, "-"),
        cell(50.0, 659.0, "2023"),
        cell(140.0, 659.0, "Kasmi"),
        cell(50.0, 635.0, "10 t/m 12 april"),
        cell(140.0, 635.0, "burgemeester"),
        cell(230.0, 635.0, "Oslo,"),
        cell(330.0, 635.0, "Vliegtuig"),
        right("€ 12.345,-", 462.0, 635.0),
        cell(490.0, 635.0, "1,24"),
        cell(50.0, 624.0, "2023"),
        cell(140.0, 624.0, "Aboutaleb"),
        cell(230.0, 624.0, "Noorwegen"),
        cell(297.0, 40.0, "1"),
    ]);
    let second = vec![
        cell(50.0, 800.0, "31 mei 2023"),
        cell(140.0, 800.0, "wethouder"),
        cell(230.0, 800.0, "Parijs, Frankrijk"),
        cell(330.0, 800.0, "Trein"),
        right("€ 980,-", 462.0, 800.0),
        cell(490.0, 800.0, "-"),
        cell(140.0, 789.0, "Buijt"),
        cell(50.0, 765.0, "32 juni 2023"),
        cell(140.0, 765.0, "wethouder Kasmi"),
        cell(230.0, 765.0, "Antwerpen"),
        cell(330.0, 765.0, "Dienstauto"),
        right("€ 0,-", 462.0, 765.0),
        cell(490.0, 765.0, "-"),
        TextLine(50.0, 740.0, SIZE, true, "Totaal"),
        right(total, 462.0, 740.0),
        cell(490.0, 740.0, "1,24"),
        cell(297.0, 40.0, "2"),
    ];
    pdf(&[&first, &second])
}

fn extract(bytes: &[u8]) -> ambtsreizen::model::Report {
    ambtsreizen::extract_bytes(bytes, "overview.pdf").expect("extracts")
}

#[test]
fn a_table_with_other_columns_reads_field_by_field() {
    let report = extract(&table("€ 13.965,-"));
    assert_eq!(report.report.layout, Layout::Table);
    assert_eq!(report.report.year, 2023);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let cells: Vec<Vec<&str>> =
        report.trips.iter().map(|t| t.table_cells.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        cells,
        [
            vec!["3 t/m 5 maart 2023", "wethouder Kasmi", "Gent, België", "Trein", "€ 640,-", "-"],
            vec![
                "10 t/m 12 april 2023",
                "burgemeester Aboutaleb",
                "Oslo, Noorwegen",
                "Vliegtuig",
                "€ 12.345,-",
                "1,24"
            ],
            vec!["31 mei 2023", "wethouder Buijt", "Parijs, Frankrijk", "Trein", "€ 980,-", "-"],
            vec!["32 juni 2023", "wethouder Kasmi", "Antwerpen", "Dienstauto", "€ 0,-", "-"],
        ]
    );
    let oslo = &report.trips[1];
    assert_eq!(oslo.id, "2023-02");
    assert_eq!((oslo.title.as_str(), oslo.description.as_str(), oslo.purpose.as_str()), ("", "", ""));
    assert_eq!(oslo.countries, ["NO"]);
    assert_eq!(oslo.places, ["Oslo"]);
    assert_eq!(oslo.officials.iter().map(ToString::to_string).collect::<Vec<_>>(), ["burgemeester Aboutaleb"]);
    assert_eq!(oslo.start_date.map(|d| d.to_string()).as_deref(), Some("2023-04-10"));
    assert_eq!(oslo.days, Some(3));
    // Printed: the total and the tonnes; not printed: the two cost columns and compensation.
    assert_eq!(oslo.costs.total.map(|d| d.to_string()).as_deref(), Some("12345"));
    assert_eq!(oslo.costs.travel_and_accommodation, None);
    assert_eq!(oslo.costs.other, None);
    assert_eq!(oslo.co2.emissions_tonnes.map(|d| d.to_string()).as_deref(), Some("1.24"));
    assert_eq!(oslo.co2.compensation_eur, None);
    assert_eq!(report.trips.iter().map(|t| t.pages.clone()).collect::<Vec<_>>(), [[1], [1], [2], [2]]);
    assert!(report.trips[..3].iter().all(|t| t.warnings.is_empty()), "{:?}", report.trips);
}

#[test]
fn a_row_that_cannot_be_read_is_kept_with_a_warning() {
    let report = extract(&table("€ 13.965,-"));
    let odd = &report.trips[3];
    assert_eq!(odd.date_text, "32 juni 2023");
    assert_eq!(odd.start_date, None);
    assert_eq!(odd.warnings.iter().map(|w| w.code.as_str()).collect::<Vec<_>>(), ["unreadable_date"]);
    assert_eq!(odd.warnings[0].page, Some(2));
    // Its country still follows from the place.
    assert_eq!(odd.countries, ["BE"]);
}

#[test]
fn a_total_row_that_does_not_add_up_is_a_document_warning() {
    let report = extract(&table("€ 13.865,-"));
    assert_eq!(report.trips.len(), 4, "the Totaal row is no trip");
    let codes: Vec<(&str, Option<u32>)> = report.warnings.iter().map(|w| (w.code.as_str(), w.page)).collect();
    assert_eq!(codes, [("totals_mismatch", Some(2))]);
    assert_eq!(
        report.warnings[0].message,
        "the printed total of total costs (€ 13865) differs from the sum of the trips (€ 13965): a trip's figure or the total is wrong in the source"
    );
}

#[test]
fn a_header_without_rows_is_no_report_and_no_panic() {
    let lines = [
        TextLine(50.0, 700.0, SIZE, true, "Datum"),
        TextLine(140.0, 700.0, SIZE, true, "Wie"),
        TextLine(230.0, 700.0, SIZE, true, "Bestemming"),
        TextLine(430.0, 700.0, SIZE, true, "Totaal"),
    ];
    let err = ambtsreizen::extract_bytes(&pdf(&[&lines]), "empty.pdf").expect_err("no trips");
    let message = err.to_string();
    assert!(message.contains("no trips found"), "{message}");
    assert_eq!(message.lines().count(), 1);
}

#[test]
fn a_row_printing_no_figures_is_a_row_and_a_closing_greeting_is_not() {
    let lines = [
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        TextLine(50.0, 700.0, SIZE, true, "Periode"),
        TextLine(140.0, 700.0, SIZE, true, "Collegelid"),
        TextLine(230.0, 700.0, SIZE, true, "Bestemming"),
        TextLine(330.0, 700.0, SIZE, true, "Overige kosten"),
        cell(50.0, 680.0, "3 maart 2023"),
        cell(140.0, 680.0, "wethouder"),
        cell(230.0, 680.0, "Gent, België"),
        cell(330.0, 680.0, "€ 40,-"),
        cell(140.0, 669.0, "Kasmi"),
        // Costs not (yet) known: the cell is left blank.
        cell(50.0, 645.0, "4 april 2023"),
        cell(140.0, 645.0, "wethouder"),
        cell(230.0, 645.0, "Lyon, Frankrijk"),
        cell(140.0, 634.0, "Buijt"),
        cell(50.0, 610.0, "12 mei 2023"),
        cell(140.0, 610.0, "burgemeester"),
        cell(230.0, 610.0, "Keulen"),
        cell(330.0, 610.0, "€ 0,-"),
        cell(140.0, 599.0, "Aboutaleb"),
        cell(50.0, 570.0, "Met vriendelijke groet,"),
    ];
    let report = extract(&pdf(&[&lines]));
    assert_eq!(report.report.layout, Layout::Table);
    let rows: Vec<(&str, String, Option<String>)> = report
        .trips
        .iter()
        .map(|t| {
            let officials = t.officials.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
            (t.date_text.as_str(), officials, t.costs.other.map(|d| d.to_string()))
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("3 maart 2023", "wethouder Kasmi".to_string(), Some("40".to_string())),
            ("4 april 2023", "wethouder Buijt".to_string(), None),
            ("12 mei 2023", "burgemeester Aboutaleb".to_string(), Some("0".to_string())),
        ]
    );
    assert!(report.trips.iter().all(|t| t.warnings.is_empty()), "{:?}", report.trips);
    assert_eq!(report.trips[2].countries, ["DE"]);
}

#[test]
fn a_column_the_vocabulary_does_not_know_is_kept_as_printed() {
    let lines = [
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        TextLine(50.0, 700.0, SIZE, true, "Datum"),
        TextLine(140.0, 700.0, SIZE, true, "Bestuurder"),
        TextLine(230.0, 700.0, SIZE, true, "Land"),
        TextLine(330.0, 700.0, SIZE, true, "Opmerkingen"),
        TextLine(450.0, 700.0, SIZE, true, "Reiskosten"),
        cell(50.0, 680.0, "3 maart 2023"),
        cell(140.0, 680.0, "wethouder Kasmi"),
        cell(230.0, 680.0, "Gent, België"),
        cell(330.0, 680.0, "op uitnodiging"),
        cell(450.0, 680.0, "€ 40,-"),
    ];
    let report = extract(&pdf(&[&lines]));
    assert_eq!(report.trips.len(), 1);
    let t = &report.trips[0];
    assert_eq!(t.table_cells, ["3 maart 2023", "wethouder Kasmi", "Gent, België", "op uitnodiging", "€ 40,-"]);
    assert_eq!(t.costs.travel_and_accommodation.map(|d| d.to_string()).as_deref(), Some("40"));
    assert_eq!((t.costs.other, t.costs.total), (None, None));
    assert_eq!(t.purpose, "");
}

#[test]
fn cells_centred_in_their_rows_stay_in_their_rows() {
    let mut lines = vec![
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        TextLine(50.0, 700.0, SIZE, true, "Datum"),
        TextLine(130.0, 700.0, SIZE, true, "Wie"),
        TextLine(230.0, 700.0, SIZE, true, "Plaats"),
        TextLine(300.0, 700.0, SIZE, true, "Doel"),
        TextLine(450.0, 700.0, SIZE, true, "Reis- en verblijfkosten"),
    ];
    // Each row: a three-line purpose, the other cells on its middle line.
    for (top, date, who, place, purpose, amount) in [
        (680.0, "3 maart 2023", "wethouder Kasmi", "Gent", ["Overleg over", "de haven en", "de binnenvaart"], "€ 40,-"),
        // No more space between the rows than between lines.
        (647.0, "4 april 2023", "wethouder Buijt", "Lyon", ["Conferentie", "over wonen in", "grote steden"], "€ 75,-"),
    ] {
        for (k, text) in purpose.iter().enumerate() {
            lines.push(cell(300.0, top - 11.0 * k as f64, text));
        }
        for (x, text) in [(50.0, date), (130.0, who), (230.0, place), (450.0, amount)] {
            lines.push(cell(x, top - 11.0, text));
        }
    }
    let report = extract(&pdf(&[&lines]));
    let got: Vec<(&str, &str, &str)> =
        report.trips.iter().map(|t| (t.date_text.as_str(), t.destination.as_str(), t.purpose.as_str())).collect();
    assert_eq!(
        got,
        [
            ("3 maart 2023", "Gent", "Overleg over de haven en de binnenvaart"),
            ("4 april 2023", "Lyon", "Conferentie over wonen in grote steden"),
        ]
    );
    assert_eq!(report.trips[1].countries, ["FR"]);
}

/// A section: header, purpose, date, body and the five-column cost table.
fn section(top: f64, header: &'static str, date: &'static str, cells: [&'static str; 5]) -> Vec<TextLine<'static>> {
    let mut v = vec![
        TextLine(53.0, top, 12.5, true, header),
        TextLine(53.0, top - 18.0, 10.0, false, "Kennisuitwisseling over havens"),
        TextLine(53.0, top - 34.0, 9.0, false, date),
        TextLine(53.0, top - 52.0, 9.0, false, "De wethouder sprak met de havenautoriteit over walstroom."),
    ];
    v.extend(common::pdfgen::table(top - 80.0, cells));
    v
}

#[test]
fn a_mixed_document_reads_its_trips_once_and_cross_checks_them() {
    let mut p1 = vec![TextLine(53.0, 800.0, 20.0, true, "Buitenlandse ambtsreizen in 2023")];
    p1.extend(section(
        760.0,
        "Werkbezoek Gent, België door wethouder Kasmi",
        "3 t/m 5 mei 2023",
        ["€ 820,-", "€ 0,-", "Trein", "-", "-"],
    ));
    p1.extend(section(
        600.0,
        "Werkbezoek Lyon, Frankrijk door wethouder Buijt",
        "12 juni 2023",
        ["€ 1.250,-", "€ 95,-", "Vliegtuig", "0,40", "€ 5,60"],
    ));
    let mut p2 = vec![
        TextLine(53.0, 800.0, 12.5, true, "Overzicht van de reizen in 2023"),
        TextLine(53.0, 770.0, SIZE, true, "Periode"),
        TextLine(150.0, 770.0, SIZE, true, "Bestuurder"),
        TextLine(250.0, 770.0, SIZE, true, "Bestemming"),
        TextLine(350.0, 770.0, SIZE, true, "Reis- en"),
        TextLine(350.0, 759.0, SIZE, true, "verblijfkosten"),
        TextLine(450.0, 770.0, SIZE, true, "Overige kosten"),
    ];
    for (y, cells) in [
        (740.0, ["3 t/m 5 mei 2023", "wethouder Kasmi", "Gent, België", "€ 820,-", "€ 0,-"]),
        // Other costs printed otherwise than in the trip's own table.
        (725.0, ["12 juni 2023", "wethouder Buijt", "Lyon, Frankrijk", "€ 1.250,-", "€ 59,-"]),
        // A trip the sections do not have.
        (710.0, ["1 juli 2023", "wethouder Kasmi", "Bonn, Duitsland", "€ 300,-", "€ 0,-"]),
        // Its totals, checked against the sections' trips: travel counts Bonn too.
        (695.0, ["Totaal", "", "", "€ 2.370,-", "€ 95,-"]),
    ] {
        for (x, text) in [50.0, 150.0, 250.0, 350.0, 450.0].into_iter().zip(cells) {
            p2.push(cell(x, y, text));
        }
    }
    let report = extract(&pdf(&[&p1, &p2]));
    assert_eq!(report.report.layout, Layout::Sections);
    assert_eq!(
        report.trips.iter().map(|t| t.destination.as_str()).collect::<Vec<_>>(),
        ["Gent, België", "Lyon, Frankrijk"],
        "the trips come from the sections, once"
    );
    assert!(report.trips[0].warnings.is_empty(), "{:?}", report.trips[0].warnings);
    let lyon: Vec<(&str, &str, Option<u32>)> =
        report.trips[1].warnings.iter().map(|w| (w.code.as_str(), w.message.as_str(), w.page)).collect();
    assert_eq!(
        lyon,
        [(
            "overview_mismatch",
            "the overview table prints costs.other 59 where the trip's own section has 95",
            Some(2)
        )]
    );
    // The values stay those of the trip's own table.
    assert_eq!(report.trips[1].costs.other.map(|d| d.to_string()).as_deref(), Some("95"));
    let doc: Vec<(&str, Option<u32>)> = report.warnings.iter().map(|w| (w.code.as_str(), w.page)).collect();
    assert_eq!(doc, [("overview_mismatch", Some(2)), ("totals_mismatch", Some(2))], "{:?}", report.warnings);
    assert!(report.warnings[0].message.contains("1 juli 2023 | wethouder Kasmi | Bonn, Duitsland"));
    assert!(report.warnings[1].message.contains("travel and accommodation (€ 2370)"), "{}", report.warnings[1].message);
}

#[test]
fn an_amount_wrapped_in_a_narrow_column_is_one_figure_not_two_rows() {
    let lines = [
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        TextLine(50.0, 700.0, SIZE, true, "Datum"),
        TextLine(140.0, 700.0, SIZE, true, "Wie"),
        TextLine(230.0, 700.0, SIZE, true, "Land"),
        TextLine(330.0, 700.0, SIZE, true, "Totaal"),
        cell(50.0, 680.0, "3 maart 2023"),
        cell(140.0, 680.0, "wethouder"),
        cell(230.0, 680.0, "Japan"),
        cell(330.0, 680.0, "€"),
        cell(140.0, 669.0, "Kasmi"),
        cell(330.0, 669.0, "11.110,-"),
        cell(50.0, 658.0, "4 april 2023"),
        cell(140.0, 658.0, "wethouder Buijt"),
        cell(230.0, 658.0, "België"),
        cell(330.0, 658.0, "€ 75,-"),
    ];
    let report = extract(&pdf(&[&lines]));
    let got: Vec<(&str, Option<String>)> =
        report.trips.iter().map(|t| (t.date_text.as_str(), t.costs.total.map(|d| d.to_string()))).collect();
    assert_eq!(got, [("3 maart 2023", Some("11110".to_string())), ("4 april 2023", Some("75".to_string()))]);
    assert_eq!(report.trips[0].table_cells[3], "€ 11.110,-");
}

#[test]
fn labels_hyphenated_in_narrow_columns_still_name_their_columns() {
    let lines = [
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        TextLine(50.0, 700.0, SIZE, true, "Periode"),
        TextLine(140.0, 700.0, SIZE, true, "Wie"),
        TextLine(230.0, 700.0, SIZE, true, "Bestemming"),
        TextLine(330.0, 700.0, SIZE, true, "Vervoers-"),
        TextLine(330.0, 689.0, SIZE, true, "middel"),
        TextLine(400.0, 700.0, SIZE, true, "CO2-compen-"),
        TextLine(400.0, 689.0, SIZE, true, "satie"),
        cell(50.0, 670.0, "3 maart 2023"),
        cell(140.0, 670.0, "wethouder Kasmi"),
        cell(230.0, 670.0, "Bergen, Noorwegen"),
        cell(330.0, 670.0, "Vliegtuig"),
        cell(400.0, 670.0, "€ 3,50"),
    ];
    let report = extract(&pdf(&[&lines]));
    assert_eq!(report.trips.len(), 1);
    let t = &report.trips[0];
    assert_eq!(t.transport.text, "Vliegtuig");
    assert_eq!(t.co2.compensation_eur.map(|d| d.to_string()).as_deref(), Some("3.50"));
    assert_eq!(t.countries, ["NO"]);
}

#[test]
fn a_letter_sentence_opening_like_a_header_does_not_make_a_section_edition() {
    let mut lines = vec![
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        cell(50.0, 750.0, "Werkbezoek Gent door wethouder Kasmi staat ook in de tabel hieronder."),
        TextLine(50.0, 700.0, SIZE, true, "Datum"),
        TextLine(140.0, 700.0, SIZE, true, "Wie"),
        TextLine(230.0, 700.0, SIZE, true, "Bestemming"),
        TextLine(330.0, 700.0, SIZE, true, "Overige kosten"),
    ];
    for (y, cells) in [
        (680.0, ["3 maart 2023", "wethouder Kasmi", "Gent, België", "€ 40,-"]),
        (665.0, ["4 april 2023", "wethouder Buijt", "Lyon, Frankrijk", "€ 75,-"]),
    ] {
        for (x, text) in [50.0, 140.0, 230.0, 330.0].into_iter().zip(cells) {
            lines.push(cell(x, y, text));
        }
    }
    let report = extract(&pdf(&[&lines]));
    assert_eq!(report.report.layout, Layout::Table);
    assert_eq!(
        report.trips.iter().map(|t| t.destination.as_str()).collect::<Vec<_>>(),
        ["Gent, België", "Lyon, Frankrijk"]
    );
}

/// Another year's editors: a date listing days with a gap, days joined by a slash, and a
/// cost printed as none in a row and in the closing total.
#[test]
fn editors_conventions_in_a_table_edition() {
    let rows = vec![
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        TextLine(50.0, 700.0, SIZE, true, "Datum"),
        TextLine(140.0, 700.0, SIZE, true, "Wie"),
        TextLine(230.0, 700.0, SIZE, true, "Bestemming"),
        TextLine(330.0, 700.0, SIZE, true, "Vervoer"),
        TextLine(430.0, 700.0, SIZE, true, "Totaal"),
        cell(50.0, 670.0, "12 en 14 oktober"),
        cell(140.0, 670.0, "wethouder"),
        cell(230.0, 670.0, "Gent, België"),
        cell(330.0, 670.0, "Treinreis"),
        right("€ 640,-", 462.0, 670.0),
        cell(50.0, 659.0, "2023"),
        cell(140.0, 659.0, "Kasmi"),
        cell(50.0, 635.0, "5/6 juli 2023"),
        cell(140.0, 635.0, "locoburgemeester"),
        cell(230.0, 635.0, "Antwerpen"),
        cell(330.0, 635.0, "Dienstauto's"),
        right("-", 462.0, 635.0),
        cell(140.0, 624.0, "Buijt"),
        TextLine(50.0, 600.0, SIZE, true, "Totaal"),
        right("€ 640,-", 462.0, 600.0),
    ];
    let report = extract(&pdf(&[&rows]));
    assert_eq!(report.report.layout, Layout::Table);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let [gent, antwerp] = report.trips.as_slice() else { panic!("two trips: {:?}", report.trips) };
    assert_eq!(gent.date_text, "12 en 14 oktober 2023");
    assert_eq!(gent.days, Some(3));
    let codes: Vec<&str> = gent.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["date_list_with_gaps"], "{:?} {:?}", gent.table_cells, gent.warnings);
    assert_eq!(gent.transport.modes, [ambtsreizen::model::TransportMode::Train]);
    assert_eq!(antwerp.start_date.map(|d| d.to_string()).as_deref(), Some("2023-07-05"));
    assert_eq!(antwerp.end_date.map(|d| d.to_string()).as_deref(), Some("2023-07-06"));
    assert_eq!(antwerp.costs.total, Some(rust_decimal::Decimal::ZERO));
    assert_eq!(antwerp.officials.iter().map(ToString::to_string).collect::<Vec<_>>(), ["locoburgemeester Buijt"]);
    assert!(antwerp.warnings.is_empty(), "{:?}", antwerp.warnings);
}

/// A header repeated at the top of every page stands at the same height each time, so its
/// first line is taken for a running header; its second line (`(ton)`) is then no row.
#[test]
fn a_header_repeated_at_the_top_of_each_page_is_a_header_there_too() {
    let header = |y: f64| {
        vec![
            TextLine(50.0, y, SIZE, true, "Datum"),
            TextLine(140.0, y, SIZE, true, "Wie"),
            TextLine(230.0, y, SIZE, true, "Bestemming"),
            TextLine(330.0, y, SIZE, true, "Vervoer"),
            TextLine(430.0, y, SIZE, true, "Totaal"),
            TextLine(490.0, y, SIZE, true, "CO2-uitstoot"),
            TextLine(490.0, y - 14.0, SIZE, true, "(ton)"),
        ]
    };
    let row = |y: f64, date: &'static str, who: &'static str, to: &'static str, total: &'static str| {
        vec![
            cell(50.0, y, date),
            cell(140.0, y, who),
            cell(230.0, y, to),
            cell(330.0, y, "Trein"),
            right(total, 462.0, y),
            cell(490.0, y, "-"),
        ]
    };
    let mut first = vec![
        TextLine(50.0, 780.0, 16.0, true, "Buitenlandse ambtsreizen 2023"),
        cell(50.0, 750.0, "Geachte raad, hierbij het overzicht van de reizen van het college in het afgelopen jaar."),
    ];
    first.extend(header(700.0));
    first.extend(row(670.0, "3 maart 2023", "wethouder Kasmi", "Gent", "€ 640,-"));
    first.push(cell(297.0, 40.0, "1"));
    let mut second = header(772.0);
    second.extend(row(740.0, "4 april 2023", "wethouder Buijt", "Parijs", "€ 980,-"));
    second.push(cell(297.0, 40.0, "2"));
    let mut third = header(772.0);
    third.extend(row(740.0, "5 mei 2023", "wethouder Kasmi", "Antwerpen", "€ 120,-"));
    third.push(cell(297.0, 40.0, "3"));
    let report = extract(&pdf(&[&first, &second, &third]));
    let cells: Vec<Vec<&str>> =
        report.trips.iter().map(|t| t.table_cells.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        cells,
        [
            vec!["3 maart 2023", "wethouder Kasmi", "Gent", "Trein", "€ 640,-", "-"],
            vec!["4 april 2023", "wethouder Buijt", "Parijs", "Trein", "€ 980,-", "-"],
            vec!["5 mei 2023", "wethouder Kasmi", "Antwerpen", "Trein", "€ 120,-", "-"],
        ]
    );
    assert!(report.trips.iter().all(|t| t.warnings.is_empty()), "{:?}", report.trips);
}
