//! Every tolerance of the layout stage in one place, like pdfminer's `LAParams` or
//! pdfplumber's `TableSettings`.
//!
//! Lengths are in *em*: multiples of a font size. Line-level tolerances are relative to
//! the size of the glyphs or lines compared (a heading's word gap is wider than a
//! footnote's); page-level ones (gutters) to the page's body size, the size most
//! characters are set in.

/// Tolerances of the layout stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Glyphs on baselines closer than this (em of the larger glyph) share a line, so that
    /// sub- and superscripts (CO₂) join the line they sit on.
    pub baseline_tolerance: f64,
    /// Two copies of a glyph this close (em) are one glyph drawn twice (fake bold, shadow).
    pub duplicate_distance: f64,
    /// A gap wider than this (em) between glyphs starts a new word.
    pub word_gap: f64,
    /// A gap wider than this (em) between words starts a new line segment (table cells,
    /// columns with wide gutters).
    pub segment_gap: f64,
    /// Words closer than this (em) form one chunk: the obstacles of the gutter search. A
    /// gutter is never narrower, so nothing is lost by merging.
    pub chunk_gap: f64,
    /// A gutter (vertical whitespace between columns) is at least this wide (em of body).
    pub gutter_min_width: f64,
    /// … and at least this tall (em of body): taller than a cost table's row gaps, shorter
    /// than a body column of three lines beside a sidebar.
    pub gutter_min_height: f64,
    /// … and has text lines touching it on both sides, at least this many together.
    pub gutter_min_lines: usize,
    /// A vertical rule at least this long (em) in a gap is a gutter even if the gap is
    /// narrower than `gutter_min_width`.
    pub rule_gutter_min_length: f64,
    /// A gutter with at least this many lines on each side separates columns of text (a
    /// cost table's own column gaps have fewer).
    pub column_min_rows: usize,
    /// … or at least this many lines of prose on each side: chunks at least
    /// `prose_min_width` em wide (a table's cells are narrower).
    pub column_prose_rows: usize,
    /// A chunk this wide (em of body), of at least `prose_min_words` words, is prose, not
    /// a table cell or label.
    pub prose_min_width: f64,
    /// See `prose_min_width`.
    pub prose_min_words: usize,
    /// Words of one line of prose stand at most this many em apart (a justified line's
    /// widest space); a table's cells stand further apart.
    pub prose_max_gap: f64,
    /// … or up to this many em where the line's gaps are even (justified narrow columns).
    pub prose_even_gap: f64,
    /// Lines are cut at a column gutter (before tables and blocks are looked for) only
    /// where the page holds text side by side this many em apart on `column_min_rows`
    /// lines; narrower gutters are still found for the reading order.
    pub column_min_gap: f64,
    /// A column is a sidebar when it is at most this share as wide as the column beside it.
    pub sidebar_max_ratio: f64,
    /// Lines whose baselines are at most this many line sizes apart (and that overlap
    /// horizontally) can be one block.
    pub block_max_gap: f64,
    /// A gap wider than this many times the usual line pitch starts a new block (paragraph).
    pub paragraph_gap: f64,
    /// Share of the page height at top and bottom where running headers, footers and page
    /// numbers may stand.
    pub furniture_band: f64,
    /// Table label lines are short: more words than this is prose.
    pub table_label_max_words: usize,
    /// Label lines of one table follow each other within this many em.
    pub table_label_stack: f64,
    /// The data row starts at most this many em under the last label line.
    pub table_row_max_gap: f64,
    /// A wrapped cell's next line stands at most this many em under the previous one.
    pub table_wrap_gap: f64,
    /// Words of one cell are at most this many em apart.
    pub table_cell_gap: f64,
    /// A gap up to this many em is a plain word space, never a cell boundary.
    pub word_space: f64,
    /// Words of one label phrase are at most this many em apart: a wider gap on a label
    /// line separates the labels of neighbouring columns of a narrow table.
    pub label_phrase_gap: f64,
    /// A trip's purpose and date line stand at most this many header sizes under the top
    /// of its header (a header box may be mostly empty).
    pub head_block_lines: f64,
    /// Whether the text layer was made by OCR (the document warning `ocr_text`): set by
    /// the pipeline, not a tolerance. Only then are scanned rules stripped from table
    /// cells and words matched leniently (issue 19).
    pub ocr_text: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            baseline_tolerance: 0.45,
            duplicate_distance: 0.15,
            word_gap: 0.15,
            segment_gap: 2.0,
            chunk_gap: 0.6,
            gutter_min_width: 0.85,
            gutter_min_height: 3.5,
            gutter_min_lines: 4,
            rule_gutter_min_length: 3.0,
            column_min_rows: 7,
            column_prose_rows: 2,
            prose_min_width: 8.0,
            prose_min_words: 4,
            prose_max_gap: 1.2,
            prose_even_gap: 2.5,
            column_min_gap: 1.2,
            sidebar_max_ratio: 0.6,
            block_max_gap: 1.9,
            paragraph_gap: 1.45,
            furniture_band: 0.09,
            table_label_max_words: 8,
            table_label_stack: 3.0,
            table_row_max_gap: 4.0,
            table_wrap_gap: 1.6,
            table_cell_gap: 1.0,
            label_phrase_gap: 0.5,
            word_space: 0.3,
            head_block_lines: 14.0,
            ocr_text: false,
        }
    }
}
