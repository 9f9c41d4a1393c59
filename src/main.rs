//! The `ambtsreizen` command line: clap glue over the library.

use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use ambtsreizen::output::OutputError;
use ambtsreizen::{Error, Limits, Options, Report};

/// Exact, checked records from Rotterdam's report "Buitenlandse ambtsreizen" (PDF).
#[derive(Parser)]
#[command(name = "ambtsreizen", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the trips as JSON, JSON Lines, CSV, SQLite or a Data Package.
    #[command(after_help = "Examples:
  ambtsreizen extract report-2024.pdf > 2024.json
  ambtsreizen extract -f csv --dialect excel-nl -o reizen.csv *.pdf
  ambtsreizen extract -f sqlite -o ambtsreizen.db 2019.pdf 2020.pdf 2024.pdf")]
    Extract(ExtractArgs),
    /// Totals per person, official, transport mode, country and month; or one HTML page.
    #[command(after_help = "Examples:
  ambtsreizen summary report-2024.pdf
  ambtsreizen summary -f markdown *.pdf > totalen.md
  ambtsreizen summary -f html -o verslag.html *.pdf   # one page: figures, charts, map, trips")]
    Summary(SummaryArgs),
    /// Validation report: what looks wrong in the data; exit 1 when anything is flagged.
    #[command(after_help = "Example:
  ambtsreizen check report-2024.pdf || echo 'see the findings above'")]
    Check(CheckArgs),
    /// Show the layout as the tool sees it: blocks, reading order, trip assignment.
    #[command(after_help = "Examples:
  ambtsreizen inspect report-2024.pdf --page 7
  ambtsreizen inspect report-2024.pdf --svg pages/   # one SVG per page")]
    Inspect(InspectArgs),
    /// Print the JSON Schema of the `extract -f json` output.
    #[command(after_help = "Example:
  ambtsreizen schema > ambtsreizen.schema.json")]
    Schema,
    /// What changed between two editions: trips added, removed and changed; exit 1 when any.
    #[command(after_help = "Examples:
  ambtsreizen diff 2024.pdf 2024-gewijzigd.pdf
  ambtsreizen diff -f json 2024.pdf 2024-gewijzigd.pdf > wijzigingen.json")]
    Diff(DiffArgs),
}

#[derive(Args)]
struct LimitArgs {
    /// Refuse a stream that inflates to more than this many MiB.
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    max_stream_mib: usize,
    /// Refuse a document whose streams inflate to more than this many MiB in total.
    #[arg(long, default_value_t = 256, value_name = "MIB")]
    max_document_mib: usize,
    /// Refuse a document with more pages than this.
    #[arg(long, default_value_t = 2000, value_name = "N")]
    max_pages: usize,
    /// Refuse a page with more content-stream operators than this.
    #[arg(long, default_value_t = 2_000_000, value_name = "N")]
    max_operators: usize,
    /// Refuse a document that shows more glyphs than this (per page: a tenth of it).
    #[arg(long, default_value_t = 3_000_000, value_name = "N")]
    max_glyphs: usize,
    /// Give up on a document after this many seconds.
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    max_seconds: u64,
    /// A scan without a text layer: run the installed ocrmypdf (or tesseract) over it into
    /// a temporary file and read that. Nothing is downloaded.
    #[arg(long)]
    ocr: bool,
}

impl LimitArgs {
    fn options(&self, provenance: bool) -> Options {
        Options {
            limits: Limits {
                max_stream_bytes: self.max_stream_mib.saturating_mul(1 << 20),
                max_document_bytes: self.max_document_mib.saturating_mul(1 << 20),
                max_pages: self.max_pages,
                max_time: Duration::from_secs(self.max_seconds),
                max_operators_per_page: self.max_operators,
                max_glyphs_per_document: self.max_glyphs,
                max_glyphs_per_page: (self.max_glyphs / 10).max(1),
                ..Limits::default()
            },
            provenance,
            ocr: self.ocr,
            ..Options::default()
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExtractFormat {
    Json,
    Jsonl,
    Csv,
    Sqlite,
    Datapackage,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Dialect {
    /// Comma, decimal point, UTF-8, LF.
    Rfc4180,
    /// Semicolon, decimal comma, UTF-8 with BOM, CRLF: opens in Dutch Excel by double-click.
    ExcelNl,
}

#[derive(Args)]
struct ExtractArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ExtractFormat::Json)]
    format: ExtractFormat,
    /// Write here instead of stdout (required for sqlite and datapackage).
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// CSV dialect.
    #[arg(long, value_enum, default_value_t = Dialect::Rfc4180)]
    dialect: Dialect,
    /// Add the page and bounding box of every part of each trip.
    #[arg(long)]
    provenance: bool,
    /// With -f json: always an array, even for one input (for scripts).
    #[arg(long)]
    array: bool,
    /// With -f datapackage: the licence of the data, as an SPDX or Open Definition id
    /// (e.g. CC0-1.0, CC-BY-4.0); left out of the descriptor when not given.
    #[arg(long, value_name = "ID")]
    license: Option<String>,
    /// With -f sqlite: do not write the Datasette metadata file (DB.metadata.json) beside the database.
    #[arg(long)]
    no_metadata: bool,
    /// With -f sqlite: the reports given do not replace the current edition of their year
    /// (e.g. when archiving an older edition); by default the one loaded last is current.
    #[arg(long)]
    keep_current: bool,
    #[command(flatten)]
    limits: LimitArgs,
    /// Report PDFs.
    #[arg(required = true, value_name = "PDF")]
    inputs: Vec<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum SummaryFormat {
    Table,
    Json,
    Markdown,
    /// One self-contained page: figures per year, charts, a map, the trips, every warning.
    Html,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum PageLang {
    /// Dutch.
    Nl,
    /// English.
    En,
}

#[derive(Args)]
struct SummaryArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = SummaryFormat::Table)]
    format: SummaryFormat,
    /// Write here instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// With -f html: the language of the page.
    #[arg(long, value_enum, default_value_t = PageLang::Nl)]
    lang: PageLang,
    #[command(flatten)]
    limits: LimitArgs,
    /// Report PDFs.
    #[arg(required = true, value_name = "PDF")]
    inputs: Vec<PathBuf>,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    limits: LimitArgs,
    /// Report PDFs.
    #[arg(required = true, value_name = "PDF")]
    inputs: Vec<PathBuf>,
}

#[derive(Args)]
struct InspectArgs {
    /// Only this page (1-based).
    #[arg(long, value_name = "N")]
    page: Option<u32>,
    /// Write one SVG per page into this directory.
    #[arg(long, value_name = "DIR")]
    svg: Option<PathBuf>,
    #[command(flatten)]
    limits: LimitArgs,
    /// Report PDF.
    #[arg(value_name = "PDF")]
    input: PathBuf,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum DiffFormat {
    Table,
    Json,
}

#[derive(Args)]
struct DiffArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = DiffFormat::Table)]
    format: DiffFormat,
    #[command(flatten)]
    limits: LimitArgs,
    /// The earlier edition.
    #[arg(value_name = "OLD.pdf")]
    old: PathBuf,
    /// The later edition.
    #[arg(value_name = "NEW.pdf")]
    new: PathBuf,
}

/// The CLI allocates many small strings and vectors (glyphs, words, lines, cells): mimalloc
/// serves them in a fraction of glibc malloc's time (`scripts/bench.sh`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Summary(args) => summary(args),
        Command::Check(args) => check(args),
        Command::Inspect(args) => inspect(args),
        Command::Schema => schema(),
        Command::Diff(args) => diff(args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Reads all inputs in parallel, reporting failures on stderr; results in input order.
fn read_all(inputs: &[PathBuf], options: &Options) -> (Vec<Report>, bool) {
    let (read, failed) = read_all_from(inputs, options);
    (read.into_iter().map(|(_, report)| report).collect(), failed)
}

/// [`read_all`], each report with the input it was read from.
fn read_all_from<'a>(inputs: &'a [PathBuf], options: &Options) -> (Vec<(&'a Path, Report)>, bool) {
    let bar = progress(inputs.len());
    let read = |p: &PathBuf| {
        let r = ambtsreizen::extract_path_with(p, options);
        if let Some(b) = &bar {
            b.inc(1);
        }
        r
    };
    // One file needs no thread pool: starting one costs more than it saves.
    let results: Vec<Result<Report, Error>> =
        if inputs.len() == 1 { inputs.iter().map(read).collect() } else { inputs.par_iter().map(read).collect() };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut reports = Vec::new();
    let mut failed = false;
    for (input, r) in inputs.iter().zip(results) {
        match r {
            Ok(report) => reports.push((input.as_path(), report)),
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    (reports, failed)
}

fn progress(n: usize) -> Option<indicatif::ProgressBar> {
    if n < 2 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(n as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} PDFs {elapsed}") {
        bar.set_style(style);
    }
    Some(bar)
}

fn exit_for(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Flushes the output; a reader that went away is not an error, a full disk is.
fn flush(w: &mut dyn Write) -> std::io::Result<()> {
    match w.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Stdout or a file, as `-o` says.
fn sink(output: &Option<PathBuf>) -> Result<Box<dyn Write>, String> {
    match output {
        Some(path) => std::fs::File::create(path)
            .map(|f| Box::new(std::io::BufWriter::new(f)) as Box<dyn Write>)
            .map_err(|e| format!("{}: cannot create the output file: {e}", path.display())),
        None => Ok(Box::new(std::io::BufWriter::new(std::io::stdout().lock()))),
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode, String> {
    let needs_path = matches!(args.format, ExtractFormat::Sqlite | ExtractFormat::Datapackage);
    if needs_path && args.output.is_none() {
        return Err("-o PATH is required for sqlite and datapackage output".into());
    }
    if args.array && args.format != ExtractFormat::Json {
        return Err("--array only applies to -f json".into());
    }
    if args.license.is_some() && args.format != ExtractFormat::Datapackage {
        return Err("--license only applies to -f datapackage".into());
    }
    if args.no_metadata && args.format != ExtractFormat::Sqlite {
        return Err("--no-metadata only applies to -f sqlite".into());
    }
    if args.keep_current && args.format != ExtractFormat::Sqlite {
        return Err("--keep-current only applies to -f sqlite".into());
    }
    if let Some(id) = &args.license {
        if id.trim().is_empty() || id.chars().any(char::is_whitespace) {
            return Err(format!("--license {id:?}: give a licence id without spaces, e.g. CC0-1.0 or CC-BY-4.0"));
        }
    }
    let options = args.limits.options(args.provenance);
    if args.format == ExtractFormat::Datapackage {
        // The package's primary key needs every trip id first; a package is one archive's
        // worth of reports, not a stream.
        let (reports, failed) = read_all(&args.inputs, &options);
        if reports.is_empty() {
            return Ok(ExitCode::from(2));
        }
        let dir = args.output.as_deref().unwrap_or(Path::new("datapackage"));
        ambtsreizen::output::datapackage::write_datapackage_with(dir, &reports, args.license.as_deref())
            .map_err(|e| e.to_string())?;
        return Ok(exit_for(failed));
    }
    let as_array = args.array || args.inputs.len() > 1;
    let target = args.output.as_deref().map(|p| p.display().to_string()).unwrap_or_else(|| "stdout".into());
    let mut out: Option<Output> = None;
    let mut failed = false;
    let stopped = stream_all(&args.inputs, &options, |result| {
        let report = match result {
            Ok(report) => report,
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
                return ControlFlow::Continue(());
            }
        };
        // Opened at the first usable report: when none can be read, nothing is written.
        let written = match &mut out {
            Some(o) => o.add(&report, &target),
            None => Output::open(&args, as_array, &target).and_then(|mut o| {
                let r = o.add(&report, &target);
                out = Some(o);
                r
            }),
        };
        match written {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => ControlFlow::Break(e),
        }
    });
    if let Some(message) = stopped {
        // A reader that stops early (`| head`) is not an error.
        return if message.is_empty() { Ok(exit_for(failed)) } else { Err(message) };
    }
    match out {
        Some(o) => {
            let finished = o.finish(&target);
            match finished {
                Ok(()) => Ok(exit_for(failed)),
                Err(message) if message.is_empty() => Ok(exit_for(failed)),
                Err(message) => Err(message),
            }
        }
        None => Ok(ExitCode::from(2)),
    }
}

/// How many finished reports may wait for an earlier, slower one per thread: enough to keep
/// every thread busy past a slow file, few enough that memory stays flat for any batch.
const REORDER_WINDOW_PER_THREAD: usize = 4;

/// Reads the inputs in parallel and hands each result to `sink` in input order, as soon as
/// all before it have been handed on; at most a small window of results is held. Returns
/// the message `sink` stopped with, if it did.
fn stream_all<S>(inputs: &[PathBuf], options: &Options, mut sink: S) -> Option<String>
where
    S: FnMut(Result<Report, Error>) -> ControlFlow<String>,
{
    let bar = progress(inputs.len());
    // One input is read on this thread: no pool of workers is started for it.
    let threads = if inputs.len() > 1 { rayon::current_num_threads() } else { 1 };
    let read = |p: &PathBuf| {
        let r = ambtsreizen::extract_path_with(p, options);
        if let Some(b) = &bar {
            b.inc(1);
        }
        r
    };
    let stopped = ambtsreizen::batch::for_each_ordered(
        inputs,
        threads,
        threads * REORDER_WINDOW_PER_THREAD,
        read,
        |_, result| sink(result),
    );
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    stopped
}

/// An output being written report by report. Errors are messages for the user; an empty
/// message means the reader of stdout went away, which is not an error.
enum Output {
    Json(Box<dyn Write>),
    JsonArray(ambtsreizen::output::json::JsonArrayWriter<Box<dyn Write>>),
    Jsonl(std::io::BufWriter<Box<dyn Write>>),
    Csv(ambtsreizen::output::csv::CsvWriter<Box<dyn Write>>),
    Sqlite { writer: ambtsreizen::output::sqlite::SqliteWriter, path: PathBuf, metadata: bool },
}

impl Output {
    fn open(args: &ExtractArgs, as_array: bool, target: &str) -> Result<Output, String> {
        Ok(match args.format {
            ExtractFormat::Json if as_array => {
                Output::JsonArray(ambtsreizen::output::json::JsonArrayWriter::new(sink(&args.output)?))
            }
            ExtractFormat::Json => Output::Json(sink(&args.output)?),
            ExtractFormat::Jsonl => Output::Jsonl(std::io::BufWriter::new(sink(&args.output)?)),
            ExtractFormat::Csv => {
                let dialect = match args.dialect {
                    Dialect::Rfc4180 => ambtsreizen::output::csv::Dialect::Rfc4180,
                    Dialect::ExcelNl => ambtsreizen::output::csv::Dialect::ExcelNl,
                };
                let w = sink(&args.output)?;
                Output::Csv(ambtsreizen::output::csv::CsvWriter::new(w, dialect).map_err(|e| message(target, e))?)
            }
            ExtractFormat::Sqlite | ExtractFormat::Datapackage => {
                let path = args.output.clone().unwrap_or_else(|| PathBuf::from("ambtsreizen.db"));
                // The output error names the file itself.
                let mut writer = ambtsreizen::output::sqlite::SqliteWriter::open(&path).map_err(|e| e.to_string())?;
                writer.set_keep_current(args.keep_current);
                Output::Sqlite { writer, path, metadata: !args.no_metadata }
            }
        })
    }

    fn add(&mut self, report: &Report, target: &str) -> Result<(), String> {
        match self {
            Output::Json(w) => {
                // One input: one object (several inputs always take the array).
                ambtsreizen::output::json::write_json(w, std::slice::from_ref(report)).map_err(|e| message(target, e))
            }
            Output::JsonArray(w) => w.push(report).map_err(|e| message(target, e)),
            Output::Jsonl(w) => {
                ambtsreizen::output::jsonl::write_report_lines(w, report).map_err(|e| message(target, e))
            }
            Output::Csv(w) => w.write_report(report).map_err(|e| message(target, e)),
            Output::Sqlite { writer, .. } => writer.add(report).map_err(|e| e.to_string()),
        }
    }

    fn finish(self, target: &str) -> Result<(), String> {
        match self {
            Output::Json(mut w) => {
                flush(&mut w).map_err(|e| message(target, OutputError::Io { path: None, source: e }))
            }
            Output::JsonArray(w) => {
                let mut w = w.finish().map_err(|e| message(target, e))?;
                flush(&mut w).map_err(|e| message(target, OutputError::Io { path: None, source: e }))
            }
            Output::Jsonl(mut w) => {
                flush(&mut w).map_err(|e| message(target, OutputError::Io { path: None, source: e }))
            }
            Output::Csv(w) => w.finish().map_err(|e| message(target, e)),
            Output::Sqlite { writer, path, metadata } => {
                writer.finish().map_err(|e| e.to_string())?;
                if metadata {
                    ambtsreizen::output::datasette::write_metadata_beside(&path).map_err(|e| e.to_string())?;
                }
                Ok(())
            }
        }
    }
}

/// The user's message for a failed write; empty for a reader that went away.
fn message(target: &str, e: OutputError) -> String {
    if e.is_broken_pipe() {
        String::new()
    } else {
        format!("{target}: {e}")
    }
}

fn summary(args: SummaryArgs) -> Result<ExitCode, String> {
    if args.lang != PageLang::Nl && args.format != SummaryFormat::Html {
        return Err("--lang only applies to -f html".into());
    }
    let (read, failed) = read_all_from(&args.inputs, &args.limits.options(false));
    if read.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let links = if args.format == SummaryFormat::Html { pdf_links(&read, args.output.as_deref()) } else { Vec::new() };
    let reports: Vec<Report> = read.into_iter().map(|(_, report)| report).collect();
    // The page lists the warnings of every edition given, also of those not summed.
    let editions = if args.format == SummaryFormat::Html { reports.clone() } else { Vec::new() };
    // Two editions of one year would count its trips twice.
    let (reports, notes) = ambtsreizen::output::summary::latest_per_year(reports);
    for note in notes {
        eprintln!("note: {note}");
    }
    let summary = ambtsreizen::output::summary::Summary::new(&reports);
    let text = match args.format {
        SummaryFormat::Table => ambtsreizen::output::summary::render_table(&summary),
        SummaryFormat::Markdown => ambtsreizen::output::summary::render_markdown(&summary),
        SummaryFormat::Json => serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())? + "\n",
        SummaryFormat::Html => {
            let lang = match args.lang {
                PageLang::Nl => ambtsreizen::output::html::Lang::Nl,
                PageLang::En => ambtsreizen::output::html::Lang::En,
            };
            ambtsreizen::output::html::render_html(&summary, &reports, &editions, &links, lang)
        }
    };
    let target = args.output.as_deref().map(|p| p.display().to_string()).unwrap_or_else(|| "stdout".into());
    let mut out = sink(&args.output)?;
    let written = out.write_all(text.as_bytes()).and_then(|()| flush(&mut out));
    // A reader that stops early (`| head`) is not an error.
    if let Some(e) = written.err().filter(|e| e.kind() != std::io::ErrorKind::BrokenPipe) {
        return Err(format!("{target}: {e}"));
    }
    Ok(exit_for(failed))
}

/// For the HTML page: each edition's PDF as a link relative to where the page is written
/// (the current directory for stdout), by the edition's SHA-256.
fn pdf_links(read: &[(&Path, Report)], output: Option<&Path>) -> Vec<(String, String)> {
    let page_dir = output
        .and_then(|o| o.parent())
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let Ok(page_dir) = std::fs::canonicalize(&page_dir) else { return Vec::new() };
    read.iter()
        .filter_map(|(input, report)| {
            let pdf = std::fs::canonicalize(input).ok()?;
            Some((report.source.sha256.clone(), ambtsreizen::output::html::relative_href(&page_dir, &pdf)))
        })
        .collect()
}

fn check(args: CheckArgs) -> Result<ExitCode, String> {
    let (reports, failed) = read_all(&args.inputs, &args.limits.options(false));
    let mut flagged = false;
    let mut out = String::new();
    for report in &reports {
        let findings = ambtsreizen::validate::findings(report);
        flagged |= !findings.is_empty();
        out.push_str(&ambtsreizen::validate::render_findings(report, &findings));
    }
    print!("{out}");
    Ok(if failed {
        ExitCode::from(2)
    } else if flagged {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn inspect(args: InspectArgs) -> Result<ExitCode, String> {
    let options = args.limits.options(true);
    let inspection = ambtsreizen::inspect::inspect_path(&args.input, &options).map_err(|e| e.to_string())?;
    if let Some(page) = args.page {
        if page == 0 || page as usize > inspection.pages.len() {
            return Err(format!(
                "{}: there is no page {page}; the document has {} pages",
                args.input.display(),
                inspection.pages.len()
            ));
        }
    }
    print!("{}", inspection.render_text(args.page));
    if let Some(dir) = &args.svg {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create the directory: {e}", dir.display()))?;
        for page in inspection.pages.iter().filter(|p| args.page.is_none_or(|n| n == p.number)) {
            let path = dir.join(format!("page-{:02}.svg", page.number));
            std::fs::write(&path, page.to_svg()).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn schema() -> Result<ExitCode, String> {
    let schema = ambtsreizen::json_schema();
    println!("{}", serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?);
    Ok(ExitCode::SUCCESS)
}

fn diff(args: DiffArgs) -> Result<ExitCode, String> {
    let options = args.limits.options(false);
    let (old, new) = rayon::join(
        || ambtsreizen::extract_path_with(&args.old, &options),
        || ambtsreizen::extract_path_with(&args.new, &options),
    );
    // Both are reported when both are unusable; there is nothing to compare then.
    let (old, new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => return Err(e.to_string()),
        (Err(a), Err(b)) => {
            eprintln!("error: {a}");
            return Err(b.to_string());
        }
    };
    let diff = ambtsreizen::diff::diff(&old.trips, &new.trips);
    let text = match args.format {
        DiffFormat::Table => ambtsreizen::diff::render_table(&diff, &old.source.file, &new.source.file),
        DiffFormat::Json => serde_json::to_string_pretty(&diff).map_err(|e| e.to_string())? + "\n",
    };
    // A reader that stops early (`| head`) is not an error.
    let mut out = std::io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| flush(&mut out));
    if let Some(e) = written.err().filter(|e| e.kind() != std::io::ErrorKind::BrokenPipe) {
        return Err(format!("stdout: {e}"));
    }
    Ok(if diff.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
