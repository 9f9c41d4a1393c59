//! Prints the tables the layout stage finds on each page: grid, spans, header rows, cells;
//! then the document's record table (an overview, a row per trip over pages), if any.
//! `cargo run --example dump_tables -- report.pdf [page]`

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: dump_tables PDF [PAGE]");
        std::process::exit(2);
    };
    let page: Option<u32> = args.get(2).and_then(|p| p.parse().ok());
    let options = ambtsreizen::Options::default();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {path}: {e}");
            std::process::exit(2);
        }
    };
    let analysis = match ambtsreizen::analyse(&bytes, path, &options) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    for p in &analysis.document.pages {
        if page.is_some_and(|n| n != p.number) {
            continue;
        }
        for t in &p.tables {
            println!(
                "page {} table {:?} ruling {:?}: {} rows x {} cols, header {}",
                p.number,
                t.bbox.map(|v| v.round()),
                t.ruling,
                t.rows.len(),
                t.columns.len(),
                t.header_rows
            );
            for c in &t.cells {
                println!("  [{},{} span {}x{}] {:?}", c.row, c.col, c.row_span, c.col_span, c.text);
            }
        }
    }
    if let Some(o) = &analysis.document.overview {
        let t = &o.table;
        println!(
            "record table from page {}: {} rows x {} cols, header {}, totals row {}",
            t.page,
            t.rows.len(),
            t.columns.len(),
            t.header_rows,
            o.total
        );
        for c in t.cells.iter().filter(|c| page.is_none_or(|n| t.rows[c.row].page == n)) {
            let goes_on = if o.continues.get(c.row).copied().unwrap_or(false) { " (goes on)" } else { "" };
            println!("  p{} [{},{}]{goes_on} {:?}", t.rows[c.row].page, c.row, c.col, c.text);
        }
    }
}
