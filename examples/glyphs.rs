//! Prints the glyph runs of one page: `cargo run --example glyphs -- FILE.pdf PAGE`.
use ambtsreizen::pdf::{Limits, PdfDocument};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(args.get(1).ok_or("usage: glyphs FILE.pdf [PAGE]")?)?;
    let want: Option<u32> = args.get(2).and_then(|p| p.parse().ok());
    let doc = PdfDocument::open(&bytes, &Limits::default())?;
    for page in doc.pages()? {
        if want.is_some_and(|w| w != page.number) {
            continue;
        }
        println!("== page {} ({} x {}) problems: {:?}", page.number, page.width, page.height, page.problems);
        let mut run = String::new();
        let mut last: Option<&ambtsreizen::pdf::Glyph> = None;
        for g in &page.glyphs {
            if let Some(l) = last {
                if (l.y - g.y).abs() > 0.5 || g.x0 < l.x0 {
                    println!(
                        "{:7.2} {:7.2} {:5.2} {}{} {}",
                        l.x1,
                        l.y,
                        l.size,
                        if l.bold { "B " } else { "" },
                        page.fonts[l.font as usize],
                        run
                    );
                    run.clear();
                }
            }
            if run.is_empty() {
                run.push_str(&format!("@{:.2}: ", g.x0));
            }
            run.push_str(&g.text);
            last = Some(g);
        }
        if let Some(l) = last {
            println!("{:7.2} {:7.2} {:5.2} {} {}", l.x1, l.y, l.size, page.fonts[l.font as usize], run);
        }
    }
    Ok(())
}
