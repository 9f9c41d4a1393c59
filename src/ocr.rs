//! Optional OCR for scans without a text layer (`--ocr`): the input is run through a
//! locally installed `ocrmypdf` (or `pdftoppm` and `tesseract`) into a temporary file,
//! which is then read like any other PDF. Nothing is ever downloaded: without the
//! programs, the caller keeps its usual message (run OCR first).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The OCR program found on this machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// `ocrmypdf` (Tesseract underneath): keeps the scan and lays the text over it.
    Ocrmypdf,
    /// `tesseract` itself, fed page images rasterised by `pdftoppm`.
    Tesseract,
}

impl Tool {
    /// The program's name, as the user would install it.
    pub fn name(self) -> &'static str {
        match self {
            Tool::Ocrmypdf => "ocrmypdf",
            Tool::Tesseract => "tesseract",
        }
    }
}

/// Whether a program runs here (`PROGRAM --version` succeeds).
fn runs(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The OCR program to use: `ocrmypdf`, else `tesseract` when `pdftoppm` is there to
/// rasterise the pages for it; `None` when neither can run.
pub fn available() -> Option<Tool> {
    if runs("ocrmypdf") {
        Some(Tool::Ocrmypdf)
    } else if runs("tesseract") && Command::new("pdftoppm").arg("-v").stderr(Stdio::null()).status().is_ok() {
        Some(Tool::Tesseract)
    } else {
        None
    }
}

/// Whether Tesseract has the Dutch model (`tesseract-ocr-nld`); without it, its default
/// (English) is used, which reads most figures and names but misses Dutch letters.
fn has_dutch() -> bool {
    Command::new("tesseract")
        .arg("--list-langs")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "nld"))
}

/// A directory of our own under the system's temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path = std::env::temp_dir().join(format!("ambtsreizen-ocr-{}-{n}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(TempDir(path)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 10_000 => continue,
                Err(e) => return Err(e),
            }
        }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Best effort: a leftover in the temporary directory is no reason to fail the run.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs OCR over a PDF's bytes with `tool` and returns the bytes of the PDF with a text
/// layer; the error says what failed, in a sentence for people.
pub fn ocr_pdf(bytes: &[u8], tool: Tool) -> Result<Vec<u8>, String> {
    let dir = TempDir::new().map_err(|e| format!("cannot make a temporary directory: {e}"))?;
    let input = dir.0.join("scan.pdf");
    let output = dir.0.join("ocr.pdf");
    std::fs::write(&input, bytes).map_err(|e| format!("cannot write a temporary file: {e}"))?;
    let dutch = has_dutch();
    match tool {
        Tool::Ocrmypdf => {
            let mut cmd = Command::new("ocrmypdf");
            if dutch {
                cmd.args(["-l", "nld"]);
            }
            // --force-ocr: text in undecodable fonts is replaced by what OCR reads.
            cmd.args(["--deskew", "--force-ocr", "--output-type", "pdf", "--optimize", "0", "--quiet"]);
            run(cmd.arg(&input).arg(&output), "ocrmypdf")?;
        }
        Tool::Tesseract => {
            run(
                Command::new("pdftoppm").args(["-r", "300", "-gray", "-png"]).arg(&input).arg(dir.0.join("page")),
                "pdftoppm",
            )?;
            let mut images: Vec<PathBuf> = std::fs::read_dir(&dir.0)
                .map_err(|e| format!("cannot list the page images: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "png"))
                .collect();
            images.sort();
            let list = dir.0.join("pages.txt");
            let names: Vec<String> = images.iter().map(|p| p.display().to_string()).collect();
            std::fs::write(&list, names.join("\n") + "\n")
                .map_err(|e| format!("cannot write a temporary file: {e}"))?;
            let mut cmd = Command::new("tesseract");
            cmd.arg(&list).arg(dir.0.join("ocr"));
            if dutch {
                cmd.args(["-l", "nld"]);
            }
            run(cmd.arg("pdf"), "tesseract")?;
        }
    }
    std::fs::read(&output).map_err(|e| format!("{} wrote no output ({e})", tool.name()))
}

/// Runs a command to its end; a failure becomes a sentence with the program's last words.
fn run(cmd: &mut Command, name: &str) -> Result<(), String> {
    let out = cmd.stdin(Stdio::null()).output().map_err(|e| format!("cannot run {name}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no message");
    Err(format!("{name} failed ({}): {}", out.status, last.trim()))
}
