//! Layout situations other years' reports may show, built as small PDFs in the test.

mod common;

use common::pdfgen::{pdf, table, TextLine};

fn extract(bytes: &[u8]) -> ambtsreizen::Report {
    ambtsreizen::extract_bytes(bytes, "test.pdf").expect("extracts")
}

fn title_page() -> Vec<TextLine<'static>> {
    vec![
        TextLine(53.0, 780.0, 20.0, true, "Buitenlandse ambtsreizen in 2023"),
        TextLine(53.0, 740.0, 9.0, false, "In dit overzicht vindt u de buitenlandse ambtsreizen van het college."),
    ]
}

fn trip(top: f64, header: &'static str, date: &'static str, cells: [&'static str; 5]) -> Vec<TextLine<'static>> {
    let mut v = vec![
        TextLine(53.0, top, 12.5, true, header),
        TextLine(53.0, top - 18.0, 10.0, false, "Kennisuitwisseling over havens"),
        TextLine(53.0, top - 34.0, 9.0, false, date),
        TextLine(53.0, top - 52.0, 9.0, false, "De wethouder sprak met de havenautoriteit over walstroom en"),
        TextLine(53.0, top - 64.0, 9.0, false, "duurzame scheepvaart in beide steden."),
    ];
    v.extend(table(top - 90.0, cells));
    v
}

#[test]
fn a_closing_overview_after_the_last_trip_is_reported_not_swallowed() {
    let p1 = title_page();
    let mut p2 = trip(
        780.0,
        "Werkbezoek Hamburg door wethouder Kasmi",
        "3 t/m 5 mei 2023",
        ["€ 820,-", "€ 0,-", "Trein", "-", "-"],
    );
    p2.push(TextLine(53.0, 560.0, 12.5, true, "Totaaloverzicht 2023"));
    p2.push(TextLine(53.0, 540.0, 9.0, false, "Alle reizen samen kostten dit jaar meer dan voorgaande jaren."));
    p2.extend(table(520.0, ["€ 820,-", "€ 0,-", "Trein", "-", "-"]));
    let report = extract(&pdf(&[&p1, &p2]));
    assert_eq!(report.trips.len(), 1);
    let t = &report.trips[0];
    assert_eq!(
        t.description,
        "De wethouder sprak met de havenautoriteit over walstroom en duurzame scheepvaart in beide steden."
    );
    assert_eq!(t.table_cells, ["€ 820,-", "€ 0,-", "Trein", "-", "-"]);
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    let codes: Vec<&str> = report.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["unassigned_table", "unassigned_text"], "{:?}", report.warnings);
    assert!(report.warnings[1].message.contains("Totaaloverzicht 2023"));
    assert_eq!(report.warnings[1].page, Some(2));
}

#[test]
fn a_table_before_any_trip_is_a_document_warning() {
    let mut p1 = title_page();
    p1.extend(table(600.0, ["€ 1,-", "€ 2,-", "Bus", "-", "-"]));
    let p2 = trip(
        780.0,
        "Werkbezoek Gent door wethouder Buijt",
        "12 en 13 oktober 2023",
        ["€ 300,-", "€ 0,-", "Bus", "-", "-"],
    );
    let report = extract(&pdf(&[&p1, &p2]));
    assert_eq!(report.trips.len(), 1);
    assert_eq!(report.trips[0].table_cells[0], "€ 300,-");
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(report.warnings[0].code, "unassigned_table");
    assert!(report.warnings[0].message.contains("€ 1,-"), "{}", report.warnings[0].message);
}

#[test]
fn a_date_printed_above_the_header_still_belongs_to_its_trip() {
    let p1 = title_page();
    let mut p2 = trip(
        780.0,
        "Werkbezoek Gent door wethouder Buijt",
        "12 en 13 oktober 2023",
        ["€ 300,-", "€ 0,-", "Bus", "-", "-"],
    );
    p2.push(TextLine(53.0, 600.0, 9.0, false, "3 t/m 5 mei 2023"));
    p2.push(TextLine(53.0, 585.0, 12.5, true, "Werkbezoek Lissabon, Portugal door burgemeester Aboutaleb"));
    p2.push(TextLine(53.0, 567.0, 10.0, false, "Deelname aan de oceaanconferentie"));
    p2.push(TextLine(53.0, 545.0, 9.0, false, "De burgemeester sprak over havens en klimaat."));
    p2.extend(table(520.0, ["€ 1.234,56", "€ 0,-", "Vliegtuig", "0,5", "€ 7,00"]));
    let report = extract(&pdf(&[&p1, &p2]));
    assert_eq!(report.trips.len(), 2);
    let first = &report.trips[0];
    assert_eq!(
        first.description,
        "De wethouder sprak met de havenautoriteit over walstroom en duurzame scheepvaart in beide steden."
    );
    let t = &report.trips[1];
    assert_eq!(t.date_text, "3 t/m 5 mei 2023");
    assert_eq!(t.start_date.map(|d| d.to_string()).as_deref(), Some("2023-05-03"));
    assert_eq!(t.days, Some(3));
    assert_eq!(t.countries, ["PT"]);
    assert_eq!(t.purpose, "Deelname aan de oceaanconferentie");
    assert_eq!(t.costs.travel_and_accommodation.map(|d| d.to_string()).as_deref(), Some("1234.56"));
}

#[test]
fn a_body_and_table_flowing_onto_the_next_page_stay_with_their_trip() {
    let p1 = title_page();
    let p2 = vec![
        TextLine(53.0, 780.0, 12.5, true, "Werkbezoek Londen door wethouders Kasmi en Buijt"),
        TextLine(53.0, 762.0, 10.0, false, "Bezoek aan de London International Shipping Week"),
        TextLine(53.0, 746.0, 9.0, false, "11 t/m 13 september 2023"),
        TextLine(
            53.0,
            100.0,
            9.0,
            false,
            "De wethouders bezochten de haven van Londen en spraken met de havenmeester over",
        ),
    ];
    let mut p3 = vec![TextLine(53.0, 800.0, 9.0, false, "de energietransitie in de scheepvaart.")];
    p3.extend(table(770.0, ["€ 1.500,-", "€ 200,-", "Trein", "n.v.t.", "n.v.t."]));
    p3.extend(trip(
        600.0,
        "Werkbezoek Gent door wethouder Buijt",
        "12 en 13 oktober 2023",
        ["€ 300,-", "€ 0,-", "Auto", "-", "-"],
    ));
    let report = extract(&pdf(&[&p1, &p2, &p3]));
    assert_eq!(report.trips.len(), 2);
    let t = &report.trips[0];
    assert_eq!(t.pages, [2, 3]);
    assert_eq!(
        t.description,
        "De wethouders bezochten de haven van Londen en spraken met de havenmeester over de energietransitie in de scheepvaart."
    );
    assert_eq!(t.officials.len(), 2);
    assert_eq!(t.countries, ["GB"]);
    assert_eq!(t.costs.total.map(|d| d.to_string()).as_deref(), Some("1700"));
    assert_eq!(t.co2.emissions_tonnes, None);
    assert_eq!(report.trips[1].transport.modes, [ambtsreizen::model::TransportMode::Car]);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

/// Header, purpose, date and one body line of a trip at the top of a page, no table.
fn gent_head() -> Vec<TextLine<'static>> {
    vec![
        TextLine(53.0, 780.0, 12.5, true, "Werkbezoek Gent door wethouder Buijt"),
        TextLine(53.0, 762.0, 10.0, false, "Kennisuitwisseling over havens"),
        TextLine(53.0, 746.0, 9.0, false, "12 en 13 oktober 2023"),
        TextLine(53.0, 720.0, 9.0, false, "De wethouder sprak met de havenautoriteit."),
    ]
}

fn labels_only(y: f64) -> Vec<TextLine<'static>> {
    table(y, ["", "", "", "", ""]).into_iter().filter(|l| !l.4.is_empty()).take(7).collect()
}

#[test]
fn a_data_row_pushed_to_the_next_page_joins_its_labels() {
    let p1 = title_page();
    let mut p2 = gent_head();
    p2.extend(labels_only(80.0));
    let mut p3: Vec<TextLine> = table(815.0, ["€ 300,-", "€ 0,-", "Bus", "-", "-"]).into_iter().skip(7).collect();
    p3.extend(trip(
        700.0,
        "Werkbezoek Londen door wethouder Kasmi",
        "3 t/m 5 mei 2023",
        ["€ 820,-", "€ 0,-", "Trein", "-", "-"],
    ));
    let report = extract(&pdf(&[&p1, &p2, &p3]));
    assert_eq!(report.trips.len(), 2);
    let t = &report.trips[0];
    assert_eq!(t.table_cells, ["€ 300,-", "€ 0,-", "Bus", "-", "-"]);
    assert_eq!(t.pages, [2, 3]);
    assert_eq!(t.description, "De wethouder sprak met de havenautoriteit.");
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    assert_eq!(report.trips[1].table_cells[0], "€ 820,-");
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

#[test]
fn a_header_row_repeated_after_a_page_break_gives_way_to_the_full_table() {
    let p1 = title_page();
    let mut p2 = gent_head();
    p2.extend(labels_only(80.0));
    let p3 = table(800.0, ["€ 300,-", "€ 0,-", "Bus", "-", "-"]);
    let report = extract(&pdf(&[&p1, &p2, &p3]));
    assert_eq!(report.trips.len(), 1);
    let t = &report.trips[0];
    assert_eq!(t.table_cells, ["€ 300,-", "€ 0,-", "Bus", "-", "-"]);
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

#[test]
fn labels_without_any_data_row_are_flagged() {
    let p1 = title_page();
    let mut p2 = gent_head();
    p2.extend(labels_only(600.0));
    let report = extract(&pdf(&[&p1, &p2]));
    let codes: Vec<&str> = report.trips[0].warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["empty_table"]);
    assert_eq!(report.trips[0].costs.total, None);
}

#[test]
fn a_purpose_in_the_header_style_is_not_part_of_the_header() {
    let p1 = title_page();
    let p2 = vec![
        TextLine(53.0, 780.0, 11.0, true, "Werkbezoek Kopenhagen, Denemarken door"),
        TextLine(53.0, 766.0, 11.0, true, "wethouders Kasmi en"),
        TextLine(53.0, 752.0, 11.0, true, "Buijt"),
        TextLine(53.0, 738.0, 11.0, true, "Kennisuitwisseling over fietsbeleid"),
        TextLine(53.0, 722.0, 9.0, false, "12 en 13 oktober 2023"),
        TextLine(53.0, 700.0, 9.0, false, "De wethouders bezochten de stad."),
    ];
    let mut p2 = p2;
    p2.extend(table(680.0, ["€ 300,-", "€ 0,-", "Trein", "-", "-"]));
    let report = extract(&pdf(&[&p1, &p2]));
    let t = &report.trips[0];
    assert_eq!(t.title, "Werkbezoek Kopenhagen, Denemarken door wethouders Kasmi en Buijt");
    assert_eq!(t.purpose, "Kennisuitwisseling over fietsbeleid");
    assert_eq!(t.officials.len(), 2);
}

/// A trip in a column `x` wide 230 pt: a header wrapped over two lines, purpose, date,
/// three body lines and a narrow cost table whose labels wrap, top at `top`.
fn column_trip(x: f64, top: f64, header: [&'static str; 2], cells: [&'static str; 5]) -> Vec<TextLine<'static>> {
    let mut v = vec![
        TextLine(x, top, 12.0, true, header[0]),
        TextLine(x, top - 14.0, 12.0, true, header[1]),
        TextLine(x, top - 32.0, 9.0, false, "Kennisuitwisseling over havens"),
        TextLine(x, top - 46.0, 9.0, false, "3 t/m 5 mei 2023"),
        TextLine(x, top - 66.0, 9.0, false, "De wethouder sprak met de havens over"),
        TextLine(x, top - 77.0, 9.0, false, "walstroom voor zeeschepen en over de"),
        TextLine(x, top - 88.0, 9.0, false, "samenwerking tussen beide steden."),
    ];
    let t = top - 110.0;
    let xs = [x, x + 42.0, x + 84.0, x + 136.0, x + 180.0];
    v.extend([
        TextLine(xs[0], t, 6.5, true, "Kosten bestuur"),
        TextLine(xs[2], t, 6.5, true, "Vervoersmiddel"),
        TextLine(xs[3], t, 6.5, true, "Alleen voor vliegtuig"),
        TextLine(xs[0], t - 8.0, 6.5, true, "Reis en"),
        TextLine(xs[1], t - 8.0, 6.5, true, "Overige"),
        TextLine(xs[3], t - 8.0, 6.5, true, "CO2-"),
        TextLine(xs[4], t - 8.0, 6.5, true, "CO2-"),
        TextLine(xs[0], t - 16.0, 6.5, true, "verblijf"),
        TextLine(xs[1], t - 16.0, 6.5, true, "kosten"),
        TextLine(xs[3], t - 16.0, 6.5, true, "uitstoot"),
        TextLine(xs[4], t - 16.0, 6.5, true, "compensatie"),
    ]);
    for (cx, c) in xs.iter().zip(cells) {
        v.push(TextLine(*cx, t - 30.0, 7.5, false, c));
    }
    v
}

#[test]
fn trips_side_by_side_in_two_columns_each_keep_their_wrapped_header_and_table() {
    let p1 = title_page();
    let mut p2 = column_trip(
        53.0,
        800.0,
        ["Werkbezoek Gent, België door", "wethouder Achbar"],
        ["€ 300,-", "€ 0,-", "Trein", "-", "-"],
    );
    p2.extend(column_trip(
        310.0,
        800.0,
        ["Werkbezoek Hamburg, Duitsland door", "wethouder Kasmi"],
        ["€ 820,-", "€ 45,-", "Vliegtuig", "0,31", "€ 4,34"],
    ));
    // The next page starts the same way: the second header lines stand at the height
    // where the first page's did, as a running header would.
    let mut p3 = column_trip(
        53.0,
        800.0,
        ["Werkbezoek Luik, België door", "wethouder Achbar"],
        ["€ 150,-", "€ 0,-", "Dienstauto", "-", "-"],
    );
    p3.extend(column_trip(
        310.0,
        800.0,
        ["Werkbezoek Bremen, Duitsland door", "wethouder Kasmi"],
        ["€ 640,-", "€ 0,-", "Trein", "-", "-"],
    ));
    let report = extract(&pdf(&[&p1, &p2, &p3]));
    let got: Vec<(&str, &str, Vec<String>)> = report
        .trips
        .iter()
        .map(|t| {
            let official = t.officials.first().map_or("", |o| o.name.as_str());
            (t.destination.as_str(), official, t.table_cells.clone())
        })
        .collect();
    let cells = |c: [&str; 5]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        got,
        [
            ("Gent, België", "Achbar", cells(["€ 300,-", "€ 0,-", "Trein", "-", "-"])),
            ("Hamburg, Duitsland", "Kasmi", cells(["€ 820,-", "€ 45,-", "Vliegtuig", "0,31", "€ 4,34"])),
            ("Luik, België", "Achbar", cells(["€ 150,-", "€ 0,-", "Dienstauto", "-", "-"])),
            ("Bremen, Duitsland", "Kasmi", cells(["€ 640,-", "€ 0,-", "Trein", "-", "-"])),
        ]
    );
    assert_eq!(
        report.trips[1].description,
        "De wethouder sprak met de havens over walstroom voor zeeschepen en over de samenwerking tussen beide steden."
    );
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

/// Two columns whose baselines stand 4 pt apart (a heading's space shifts one column off
/// the other's grid), so close that each pair is grouped as one line: still two columns.
/// Without the gutter, the large heading in the left column would take the two right
/// lines level with it into its own line.
#[test]
fn columns_whose_baselines_are_a_little_apart_are_still_two_columns() {
    let p1 = title_page();
    let body = |x: f64, top: f64, n: usize, text: &'static str| {
        (0..n).map(move |k| TextLine(x, top - 12.0 * k as f64, 10.0, false, text)).collect::<Vec<_>>()
    };
    let mut p2 = vec![
        TextLine(53.0, 800.0, 14.4, true, "Werkbezoek Gent, België door"),
        TextLine(53.0, 782.0, 14.4, true, "wethouder Achbar"),
        TextLine(53.0, 764.0, 10.0, false, "Kennisuitwisseling over havens"),
        TextLine(53.0, 752.0, 10.0, false, "3 t/m 5 mei 2023"),
    ];
    p2.extend(body(53.0, 740.0, 8, "De wethouder sprak met de havens over de haven."));
    p2.extend(column_table(53.0, 630.0, ["€ 300,-", "€ 0,-", "Trein", "-", "-"]));
    p2.extend([
        TextLine(53.0, 560.0, 14.4, true, "Werkbezoek Hamburg door"),
        TextLine(53.0, 542.0, 14.4, true, "wethouder Kasmi"),
        TextLine(53.0, 524.0, 10.0, false, "Kennisuitwisseling over walstroom"),
        TextLine(53.0, 512.0, 10.0, false, "8 t/m 9 mei 2023"),
    ]);
    p2.extend(body(53.0, 500.0, 20, "Zij bezocht de haven en sprak over walstroom."));
    p2.extend(body(310.0, 796.0, 30, "Hamburg en Rotterdam werken samen aan walstroom."));
    p2.extend(column_table(310.0, 420.0, ["€ 820,-", "€ 45,-", "Vliegtuig", "0,31", "€ 4,34"]));
    let report = extract(&pdf(&[&p1, &p2]));
    let got: Vec<(&str, Vec<String>)> =
        report.trips.iter().map(|t| (t.destination.as_str(), t.table_cells.clone())).collect();
    let cells = |c: [&str; 5]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        got,
        [
            ("Gent, België", cells(["€ 300,-", "€ 0,-", "Trein", "-", "-"])),
            ("Hamburg", cells(["€ 820,-", "€ 45,-", "Vliegtuig", "0,31", "€ 4,34"])),
        ]
    );
    let description = &report.trips[1].description;
    assert_eq!(description.matches("Hamburg en Rotterdam werken samen aan walstroom.").count(), 30, "{description}");
    assert_eq!(description.matches("Zij bezocht de haven en sprak over walstroom.").count(), 20, "{description}");
}

/// The narrow cost table of [`column_trip`], its labels wrapped, top at `top`.
fn column_table(x: f64, top: f64, cells: [&'static str; 5]) -> Vec<TextLine<'static>> {
    column_trip(x, top + 110.0, ["", ""], cells).split_off(7)
}

/// A Word layout with a left sidebar (purpose, then date) beside the body: the date may
/// stand lower in the sidebar, or go on at the top of the next page's sidebar, where its
/// one line makes no column gutter. Either way it is the trip's date, not body text.
#[test]
fn a_sidebar_date_belongs_to_the_trip_it_stands_beside_on_any_page() {
    let body = "De wethouder sprak met de havenautoriteit over walstroom en duurzame";
    for date_on_next_page in [false, true] {
        let mut p1 = vec![
            TextLine(53.0, 780.0, 20.0, true, "Buitenlandse ambtsreizen in 2024"),
            TextLine(53.0, 740.0, 9.0, false, "In dit overzicht vindt u de buitenlandse ambtsreizen van het college."),
            TextLine(190.0, 700.0, 12.5, true, "Werkbezoek Gent door wethouder Buijt"),
            TextLine(53.0, 680.0, 9.0, true, "Kennisuitwisseling"),
            TextLine(53.0, 669.0, 9.0, true, "over havens en"),
            TextLine(53.0, 658.0, 9.0, true, "walstroom"),
        ];
        p1.extend((0..40).map(|i| TextLine(190.0, 680.0 - 15.0 * f64::from(i), 9.0, false, body)));
        let mut p2 = Vec::new();
        if date_on_next_page {
            p2.push(TextLine(53.0, 780.0, 9.0, true, "3 t/m 5 mei 2024"));
        } else {
            p1.push(TextLine(53.0, 560.0, 9.0, true, "3 t/m 5 mei 2024"));
        }
        p2.extend((0..8).map(|i| TextLine(190.0, 780.0 - 15.0 * f64::from(i), 9.0, false, body)));
        p2.extend(table(640.0, ["€ 820,-", "€ 0,-", "Trein", "-", "-"]));
        let report = extract(&pdf(&[&p1, &p2]));
        assert_eq!(report.trips.len(), 1);
        let t = &report.trips[0];
        assert_eq!(t.purpose, "Kennisuitwisseling over havens en walstroom", "{date_on_next_page}");
        assert_eq!(t.date_text, "3 t/m 5 mei 2024", "{date_on_next_page}");
        assert!(!t.description.contains("mei"), "{date_on_next_page}: {}", t.description);
        assert_eq!(t.description.matches("De wethouder").count(), 48);
        assert!(t.warnings.is_empty(), "{date_on_next_page}: {:?}", t.warnings);
        assert_eq!(t.pages, [1, 2]);
    }
}

/// A header that ends its page: the purpose and the date open the next page, and are
/// still the trip's purpose and date (not the start of its description).
#[test]
fn a_header_ending_a_page_keeps_the_purpose_and_date_that_open_the_next() {
    let p1 = title_page();
    let mut p2 = trip(
        780.0,
        "Werkbezoek Gent door wethouder Achbar",
        "3 t/m 5 mei 2023",
        ["€ 300,-", "€ 0,-", "Trein", "-", "-"],
    );
    p2.push(TextLine(53.0, 80.0, 12.5, true, "Werkbezoek Parijs door wethouder Achbar"));
    let mut p3 = vec![
        TextLine(53.0, 780.0, 10.0, false, "Paralympische Spelen voor toegankelijkheid"),
        TextLine(53.0, 764.0, 9.0, false, "6 t/m 7 september 2023"),
        TextLine(53.0, 746.0, 9.0, false, "De wethouder bezocht de Paralympische Spelen in Parijs."),
    ];
    p3.extend(table(720.0, ["€ 895,-", "€ 0,-", "Trein", "-", "-"]));
    let report = extract(&pdf(&[&p1, &p2, &p3]));
    let t = &report.trips[1];
    assert_eq!(t.purpose, "Paralympische Spelen voor toegankelijkheid");
    assert_eq!(t.date_text, "6 t/m 7 september 2023");
    assert_eq!(t.description, "De wethouder bezocht de Paralympische Spelen in Parijs.");
    assert_eq!(t.pages, [2, 3]);
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
}

/// A header still open at the end of a column (`… door wethouder`) goes on at the top of
/// the next one (`Simons`): the name is the header's, not the purpose.
#[test]
fn a_header_broken_over_columns_goes_on_at_the_top_of_the_next() {
    let p1 = title_page();
    let body = |x: f64, top: f64, n: usize| {
        (0..n)
            .map(move |k| {
                TextLine(x, top - 12.0 * k as f64, 9.0, false, "De wethouder sprak met de havens en de stad.")
            })
            .collect::<Vec<_>>()
    };
    let mut p2 = column_trip(
        53.0,
        800.0,
        ["Werkbezoek Gent, België door", "wethouder Achbar"],
        ["€ 300,-", "€ 0,-", "Trein", "-", "-"],
    );
    p2.extend(body(53.0, 640.0, 40));
    p2.extend([
        TextLine(53.0, 110.0, 12.0, true, "Werkbezoek Hamburg door"),
        TextLine(53.0, 96.0, 12.0, true, "wethouder"),
        TextLine(310.0, 800.0, 12.0, true, "Kasmi"),
        TextLine(310.0, 782.0, 9.0, false, "Kennisuitwisseling over havens"),
        TextLine(310.0, 768.0, 9.0, false, "3 t/m 5 mei 2023"),
    ]);
    p2.extend(body(310.0, 750.0, 40));
    p2.extend(column_table(310.0, 250.0, ["€ 820,-", "€ 45,-", "Vliegtuig", "0,31", "€ 4,34"]));
    let report = extract(&pdf(&[&p1, &p2]));
    let t = &report.trips[1];
    assert_eq!(t.title, "Werkbezoek Hamburg door wethouder Kasmi");
    assert_eq!(t.purpose, "Kennisuitwisseling over havens");
    assert_eq!(t.date_text, "3 t/m 5 mei 2023");
    assert_eq!(t.officials.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["Kasmi"]);
}
