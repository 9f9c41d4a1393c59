//! The `ambtsreizen` command line: clap glue over the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

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
    /// Totals per official, transport mode, country and month.
    #[command(after_help = "Examples:
  ambtsreizen summary report-2024.pdf
  ambtsreizen summary -f markdown *.pdf > totalen.md")]
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
}

#[derive(Args)]
struct SummaryArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = SummaryFormat::Table)]
    format: SummaryFormat,
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
    for r in results {
        match r {
            Ok(report) => reports.push(report),
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
    let (reports, failed) = read_all(&args.inputs, &args.limits.options(args.provenance));
    if reports.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let shown = |p: &Option<PathBuf>| p.as_deref().map(Path::display).map(|d| d.to_string()).unwrap_or("stdout".into());
    let target = shown(&args.output);
    let fail = |e: &dyn std::fmt::Display| format!("{target}: {e}");
    // A reader that stops early (`| head`) is not an error.
    let quiet_on_broken_pipe = |r: Result<(), ambtsreizen::output::OutputError>| match r {
        Err(e) if e.is_broken_pipe() => Ok(()),
        other => other,
    };
    match args.format {
        ExtractFormat::Json => {
            let mut w = sink(&args.output)?;
            quiet_on_broken_pipe(ambtsreizen::output::json::write_json(&mut w, &reports)).map_err(|e| fail(&e))?;
            flush(&mut w).map_err(|e| fail(&e))?;
        }
        ExtractFormat::Jsonl => {
            let mut w = sink(&args.output)?;
            quiet_on_broken_pipe(ambtsreizen::output::jsonl::write_jsonl(&mut w, &reports)).map_err(|e| fail(&e))?;
            flush(&mut w).map_err(|e| fail(&e))?;
        }
        ExtractFormat::Csv => {
            let mut w = sink(&args.output)?;
            let dialect = match args.dialect {
                Dialect::Rfc4180 => ambtsreizen::output::csv::Dialect::Rfc4180,
                Dialect::ExcelNl => ambtsreizen::output::csv::Dialect::ExcelNl,
            };
            quiet_on_broken_pipe(ambtsreizen::output::csv::write_csv(&mut w, &reports, dialect))
                .map_err(|e| fail(&e))?;
            flush(&mut w).map_err(|e| fail(&e))?;
        }
        ExtractFormat::Sqlite => {
            let path = args.output.as_deref().unwrap_or(Path::new("ambtsreizen.db"));
            // The output error names the file itself.
            ambtsreizen::output::sqlite::write_sqlite(path, &reports).map_err(|e| e.to_string())?;
        }
        ExtractFormat::Datapackage => {
            let dir = args.output.as_deref().unwrap_or(Path::new("datapackage"));
            ambtsreizen::output::datapackage::write_datapackage(dir, &reports).map_err(|e| e.to_string())?;
        }
    }
    Ok(exit_for(failed))
}

fn summary(args: SummaryArgs) -> Result<ExitCode, String> {
    let (reports, failed) = read_all(&args.inputs, &args.limits.options(false));
    if reports.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let summary = ambtsreizen::output::summary::Summary::new(&reports);
    let text = match args.format {
        SummaryFormat::Table => ambtsreizen::output::summary::render_table(&summary),
        SummaryFormat::Markdown => ambtsreizen::output::summary::render_markdown(&summary),
        SummaryFormat::Json => serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())? + "\n",
    };
    print!("{text}");
    Ok(exit_for(failed))
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
