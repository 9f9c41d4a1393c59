//! A tiny PDF writer for layout tests: lines of text at given positions in Helvetica
//! (regular or bold, standard-14 fonts without /Widths, so the AFM metrics are used too).

/// One line of text: x, baseline y, font size, bold, text (ASCII/WinAnsi).
pub struct TextLine<'a>(pub f64, pub f64, pub f64, pub bool, pub &'a str);

/// A PDF with one page per slice of lines, A4.
pub fn pdf(pages: &[&[TextLine<'_>]]) -> Vec<u8> {
    let pages: Vec<(&[TextLine<'_>], &[Rule])> = pages.iter().map(|p| (*p, &[][..])).collect();
    pdf_with_rules(&pages)
}

/// A rule drawn as a filled rectangle `[x0, y0, x1, y1]` (how most producers draw
/// table borders).
pub struct Rule(pub f64, pub f64, pub f64, pub f64);

/// A PDF with one page per pair of text lines and rules, A4.
pub fn pdf_with_rules(pages: &[(&[TextLine<'_>], &[Rule])]) -> Vec<u8> {
    let mut contents = Vec::new();
    for (lines, rules) in pages {
        contents.push(page_content(lines, rules));
    }
    pdf_contents(&contents)
}

/// A PDF with one page per content stream, A4, with Helvetica as `/F1` and Helvetica-Bold
/// as `/F2`.
pub fn pdf_contents(contents: &[Vec<u8>]) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = Vec::new();
    // 1 catalog, 2 pages, 3 F1, 4 F2, then per page: page, content.
    let kids: Vec<String> = (0..contents.len()).map(|i| format!("{} 0 R", 5 + 2 * i)).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), contents.len()).into_bytes());
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec());
    objects.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_vec());
    for (i, content) in contents.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>",
                6 + 2 * i
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend(content.iter().copied());
        stream.extend(b"\nendstream");
        objects.push(stream);
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).bytes());
        out.extend(o);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for off in offsets {
        out.extend(format!("{off:010} 00000 n \n").bytes());
    }
    out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).bytes());
    out
}

/// The content stream of a page: rules as filled rectangles, then the text lines.
fn page_content(lines: &[TextLine<'_>], rules: &[Rule]) -> Vec<u8> {
    let mut content = Vec::new();
    for Rule(x0, y0, x1, y1) in rules.iter() {
        content.extend(format!("{x0} {y0} {} {} re f\n", x1 - x0, y1 - y0).bytes());
    }
    for TextLine(x, y, size, bold, text) in lines.iter() {
        let font = if *bold { "F2" } else { "F1" };
        let mut escaped = Vec::new();
        for c in text.chars() {
            let b = match c {
                '€' => 0x80,
                'é' => 0xE9,
                'ë' => 0xEB,
                c => c as u32 as u8,
            };
            if matches!(b, b'(' | b')' | b'\\') {
                escaped.push(b'\\');
            }
            escaped.push(b);
        }
        content.extend(format!("BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm (").bytes());
        content.extend(escaped);
        content.extend(b") Tj ET\n");
    }
    content
}

/// The label rows and one data row of a cost table, top at `y`.
pub fn table(y: f64, cells: [&'static str; 5]) -> Vec<TextLine<'static>> {
    let xs = [58.0, 150.0, 242.0, 346.0, 458.0];
    let mut v = vec![
        TextLine(58.0, y, 7.5, true, "Kosten bestuur"),
        TextLine(346.0, y, 7.5, true, "Alleen voor vliegtuig"),
        TextLine(242.0, y - 7.5, 7.5, true, "Vervoersmiddel"),
        TextLine(58.0, y - 15.0, 7.5, true, "Reis en verblijf"),
        TextLine(150.0, y - 15.0, 7.5, true, "Overige kosten"),
        TextLine(346.0, y - 15.0, 7.5, true, "CO2-uitstoot (in tonnen)"),
        TextLine(458.0, y - 15.0, 7.5, true, "CO2-compensatie"),
    ];
    for (x, c) in xs.iter().zip(cells) {
        v.push(TextLine(*x, y - 32.0, 8.5, false, c));
    }
    v
}
