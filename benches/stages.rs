//! Per-stage benchmarks on the 2024 fixture (22 pages).
//!
//! ```text
//! cargo bench --bench stages                 # all stages
//! cargo bench --bench stages -- layout       # only benchmarks whose name contains "layout"
//! ```
//!
//! Stages, each measured on its own with the previous stage's output prepared outside the
//! timed loop:
//!
//! | benchmark            | what is timed                                                |
//! | -------------------- | ------------------------------------------------------------ |
//! | `stages/open`        | `pdf::PdfDocument::open` (lopdf parse, inflate, page tree)   |
//! | `stages/glyphs`      | `doc.pages()` (content streams → positioned glyphs)          |
//! | `stages/layout`      | `layout::analyse(&pages, &DUTCH, &settings)`                                    |
//! | `stages/tables`      | `layout::table::find_tables` on every page's lines and rules (part of `layout`) |
//! | `stages/records`     | `report::build(&layouts, None, &settings)` + `validate::validate`       |
//! | `stages/build`       | `report::build` alone                                        |
//! | `stages/validate`    | `validate::validate` alone (on a fresh clone of the trips)   |
//! | `end_to_end/pipeline`| open + glyphs + layout + build + validate in sequence        |
//! | `end_to_end/extract` | `extract_bytes` (all of the above plus SHA-256 and wrapping) |
//! | `end_to_end/json`    | `output::json::write_json` of the extracted report           |
//!
//! Measurement time is kept short (20 samples, 3 s each) so that the whole run takes about
//! a minute on the 2-core development machine; pass `--measurement-time`/`--sample-size`
//! after `--` for tighter numbers.

use std::hint::black_box;
use std::time::Duration;

use ambtsreizen::pdf::PdfDocument;
use ambtsreizen::report::lexicon::DUTCH;
use ambtsreizen::{layout, output, report, validate, Limits};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/2024/buitenlandse-ambtsreizen-2024.pdf");

fn fixture() -> Vec<u8> {
    std::fs::read(FIXTURE).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"))
}

fn stages(c: &mut Criterion) {
    let settings = layout::Settings::default();
    let bytes = fixture();
    let limits = Limits::default();

    // Every stage's input, made once, outside the timed loops.
    let doc = PdfDocument::open(&bytes, &limits).expect("fixture opens");
    let pages = doc.pages().expect("fixture pages read");
    let layouts = layout::analyse(&pages, &DUTCH, &settings);
    let built = report::build(&layouts, None, &settings);
    assert!(!built.trips.is_empty(), "the fixture gives trips");
    let year = built.meta.year;

    let mut g = c.benchmark_group("stages");
    g.sample_size(20).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));

    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("open", |b| b.iter(|| PdfDocument::open(black_box(&bytes), &limits).expect("opens")));

    g.throughput(Throughput::Elements(doc.page_count() as u64));
    g.bench_function("glyphs", |b| b.iter(|| black_box(&doc).pages().expect("pages")));
    g.bench_function("layout", |b| b.iter(|| layout::analyse(black_box(&pages), &DUTCH, &settings)));
    g.bench_function("tables", |b| {
        b.iter(|| {
            layouts
                .pages
                .iter()
                .map(|p| {
                    let found = layout::table::find_tables(
                        black_box(&p.lines),
                        &p.graphics,
                        &p.gutters,
                        p.body_size,
                        &DUTCH,
                        &settings,
                    );
                    found.0.len() + found.1.len()
                })
                .sum::<usize>()
        })
    });

    g.throughput(Throughput::Elements(built.trips.len() as u64));
    g.bench_function("records", |b| {
        b.iter(|| {
            let built = report::build(black_box(&layouts), None, &settings);
            let mut trips = built.trips;
            validate::validate(&mut trips, built.meta.year);
            trips
        })
    });
    g.bench_function("build", |b| b.iter(|| report::build(black_box(&layouts), None, &settings)));
    g.bench_function("validate", |b| {
        b.iter_batched_ref(
            || built.trips.clone(),
            |trips| validate::validate(black_box(trips), year),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

fn end_to_end(c: &mut Criterion) {
    let settings = layout::Settings::default();
    let bytes = fixture();
    let report = ambtsreizen::extract_bytes(&bytes, "x.pdf").expect("fixture extracts");

    let mut g = c.benchmark_group("end_to_end");
    g.sample_size(20).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));

    g.throughput(Throughput::Bytes(bytes.len() as u64));
    // The stages back to back, without extract_bytes' wrapping (panic containment, SHA-256
    // of the input, the Report around the trips): the difference to `extract` is that cost.
    g.bench_function("pipeline", |b| {
        b.iter(|| {
            let doc = PdfDocument::open(black_box(&bytes), &Limits::default()).expect("opens");
            let pages = doc.pages().expect("pages");
            let layouts = layout::analyse(&pages, &DUTCH, &settings);
            let built = report::build(&layouts, doc.info_title().as_deref(), &settings);
            let mut trips = built.trips;
            validate::validate(&mut trips, built.meta.year);
            trips
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| ambtsreizen::extract_bytes(black_box(&bytes), "x.pdf").expect("extracts"))
    });

    let mut probe = Vec::new();
    output::json::write_json(&mut probe, std::slice::from_ref(&report)).expect("serialises");
    g.throughput(Throughput::Bytes(probe.len() as u64));
    g.bench_function("json", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(probe.len());
            output::json::write_json(&mut out, std::slice::from_ref(black_box(&report))).expect("serialises");
            out
        })
    });
    g.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
