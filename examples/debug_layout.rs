//! Prints the layout stage's gutters, blocks and reading order of one page (a debugging aid).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(page)) = (args.get(1), args.get(2).and_then(|p| p.parse::<usize>().ok())) else {
        eprintln!("usage: debug_layout FILE PAGE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).expect("readable");
    let a = ambtsreizen::analyse(&bytes, path, &ambtsreizen::Options::default()).expect("analyses");
    let p = &a.document.pages[page - 1];
    if args.get(3).is_some() {
        for l in &p.lines {
            let words: Vec<String> = l.words.iter().map(|w| format!("{}@{:.1}-{:.1}", w.text, w.x0, w.x1)).collect();
            println!("line y={:.1} size={:.1} bold={} {}", l.y, l.size, l.bold, words.join(" "));
        }
    }
    for g in &p.gutters {
        println!(
            "gutter x {:.1}-{:.1} y {:.1}-{:.1} ruled={} rows={} prose_rows={}",
            g.x0, g.x1, g.y0, g.y1, g.ruled, g.rows, g.prose_rows
        );
    }
    for g in &p.graphics {
        println!("graphic {:?} {:?}", g.kind, g.bbox.map(|v| v.round()));
    }
    for item in &p.order {
        match item {
            ambtsreizen::layout::Item::Block(b) => {
                let b = &p.blocks[*b];
                println!(
                    "block {:?} {:?} {}",
                    b.region,
                    b.bbox.map(|v| v.round()),
                    p.lines[b.lines[0]].text().chars().take(50).collect::<String>()
                );
            }
            ambtsreizen::layout::Item::Table(t) => println!("table {:?}", p.tables[*t].bbox.map(|v| v.round())),
        }
    }
}
