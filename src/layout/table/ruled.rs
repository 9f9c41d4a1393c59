//! Tables found from their rules.
//!
//! **Lattice** (pdfplumber's `TableFinder`, Camelot's lattice, Tabula's spreadsheet
//! algorithm, on vector rules rather than a rendered image): drawn rules and the sides of
//! boxes become edges; parallel edges close together are snapped to one (a double
//! border, a cell border drawn twice), collinear pieces are joined over small gaps, and
//! the crossings of horizontal and vertical edges are the corners. A cell is the smallest
//! rectangle whose four corners are linked by edges; cells sharing corners form a table.
//! A cell without an inner border spans the slots it covers.
//!
//! **Slabs** (booktabs, rules under the header only): horizontal rules of about one
//! width, stacked, cut the table into slabs without closing any cell. Columns are then
//! the corridors of white space that run through every line between the outer rules;
//! rows are bands of lines inside a slab, a new one at each line that fills at least
//! half the columns (a record line), so a wrapped cell stays one cell.
//!
//! All tolerances are in em of the page's body size.

use super::cells::{self, CellLine};
use super::{BBox, Cell, Column, Row, Ruling, Table};
use crate::layout::{Line, Settings, Word};
use crate::pdf::{Graphic, GraphicKind};

/// Parallel edges this close (em) are one edge.
const SNAP: f64 = 0.3;
/// Collinear pieces this far apart (em) are one edge; crossings this near count.
const JOIN: f64 = 0.3;
/// Shorter edges are no evidence (em).
const MIN_EDGE: f64 = 0.5;
/// Most crossings a page's lattice considers (a hatched chart may have thousands).
const MAX_POINTS: usize = 4000;
/// A corridor between columns is at least this wide (em of the table's text): wider than a
/// word space, as it runs through every line of the table.
const MIN_CORRIDOR: f64 = 0.45;
/// Horizontal rules of one stack end within this many em of each other.
const STACK_ALIGN: f64 = 1.0;
/// Rules of one stack are at most this many em apart.
const STACK_GAP: f64 = 16.0;

/// A horizontal or vertical edge: at `at` (y for horizontal, x for vertical), from
/// `from` to `to` along it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Edge {
    at: f64,
    from: f64,
    to: f64,
}

/// The page's edges: horizontal and vertical, snapped and joined.
fn edges(graphics: &[Graphic], em: f64) -> (Vec<Edge>, Vec<Edge>) {
    let (mut h, mut v) = (Vec::new(), Vec::new());
    for g in graphics {
        let [x0, y0, x1, y1] = g.bbox;
        match g.kind {
            GraphicKind::Rule if x1 - x0 >= y1 - y0 => h.push(Edge { at: (y0 + y1) / 2.0, from: x0, to: x1 }),
            GraphicKind::Rule => v.push(Edge { at: (x0 + x1) / 2.0, from: y0, to: y1 }),
            GraphicKind::Rect { .. } => {
                h.push(Edge { at: y0, from: x0, to: x1 });
                h.push(Edge { at: y1, from: x0, to: x1 });
                v.push(Edge { at: x0, from: y0, to: y1 });
                v.push(Edge { at: x1, from: y0, to: y1 });
            }
            GraphicKind::Image => {}
        }
    }
    (snap_and_join(h, em), snap_and_join(v, em))
}

/// Snaps parallel edges within [`SNAP`] em to their mean (a cluster never spreads wider
/// than twice that), then joins collinear pieces over gaps up to [`JOIN`] em.
fn snap_and_join(mut edges: Vec<Edge>, em: f64) -> Vec<Edge> {
    edges.retain(|e| e.to - e.from >= MIN_EDGE * em && e.at.is_finite());
    edges.sort_by(|a, b| a.at.total_cmp(&b.at));
    let mut start = 0;
    while start < edges.len() {
        let mut end = start + 1;
        while end < edges.len()
            && edges[end].at - edges[end - 1].at <= SNAP * em
            && edges[end].at - edges[start].at <= 2.0 * SNAP * em
        {
            end += 1;
        }
        let mean = edges[start..end].iter().map(|e| e.at).sum::<f64>() / (end - start) as f64;
        edges[start..end].iter_mut().for_each(|e| e.at = mean);
        start = end;
    }
    edges.sort_by(|a, b| a.at.total_cmp(&b.at).then(a.from.total_cmp(&b.from)));
    let mut out: Vec<Edge> = Vec::new();
    for e in edges {
        match out.last_mut() {
            Some(last) if last.at == e.at && e.from <= last.to + JOIN * em => last.to = last.to.max(e.to),
            _ => out.push(e),
        }
    }
    out
}

/// A crossing of horizontal edge `h` and vertical edge `v`.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
    h: usize,
    v: usize,
}

/// Finds the page's ruled tables (grids of at least two cells that hold text).
pub fn lattice(lines: &[Line], graphics: &[Graphic], em: f64, settings: &Settings) -> Vec<Table> {
    let (h, v) = edges(graphics, em);
    if h.len() < 2 || v.len() < 2 {
        return Vec::new();
    }
    let tol = JOIN * em;
    let mut points = Vec::new();
    for (hi, he) in h.iter().enumerate() {
        for (vi, ve) in v.iter().enumerate() {
            if ve.at >= he.from - tol && ve.at <= he.to + tol && he.at >= ve.from - tol && he.at <= ve.to + tol {
                points.push(Point { x: ve.at, y: he.at, h: hi, v: vi });
            }
        }
        if points.len() > MAX_POINTS {
            return Vec::new();
        }
    }
    // Crossings by edge pair, and each edge's crossings in order: below along a vertical
    // edge, rightwards along a horizontal one.
    let by_pair: std::collections::HashMap<(usize, usize), usize> =
        points.iter().enumerate().map(|(i, p)| ((p.h, p.v), i)).collect();
    let mut along_v: Vec<Vec<usize>> = vec![Vec::new(); v.len()];
    let mut along_h: Vec<Vec<usize>> = vec![Vec::new(); h.len()];
    for (i, p) in points.iter().enumerate() {
        along_v[p.v].push(i);
        along_h[p.h].push(i);
    }
    along_v.iter_mut().for_each(|l| l.sort_by(|&a, &b| points[b].y.total_cmp(&points[a].y)));
    along_h.iter_mut().for_each(|l| l.sort_by(|&a, &b| points[a].x.total_cmp(&points[b].x)));
    // The smallest cell below and right of each corner (pdfplumber's `points_to_cells`).
    let mut boxes: Vec<(BBox, [usize; 4])> = Vec::new();
    for (pi, p) in points.iter().enumerate() {
        let below = along_v[p.v].iter().copied().filter(|&q| points[q].y < p.y);
        'found: for bi in below {
            let b = &points[bi];
            for &ri in along_h[p.h].iter().filter(|&&q| points[q].x > p.x) {
                let r = &points[ri];
                if let Some(&ci) = by_pair.get(&(b.h, r.v)) {
                    boxes.push(([p.x, b.y, r.x, p.y], [pi, bi, ri, ci]));
                    break 'found;
                }
            }
        }
    }
    // Cells sharing a corner are one table (union-find over the corners).
    let mut parent: Vec<usize> = (0..boxes.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut owner: Vec<Option<usize>> = vec![None; points.len()];
    for (bi, (_, corners)) in boxes.iter().enumerate() {
        for &c in corners {
            match owner[c] {
                Some(o) => {
                    let (a, b) = (root(&mut parent, o), root(&mut parent, bi));
                    parent[a] = b;
                }
                None => owner[c] = Some(bi),
            }
        }
    }
    let mut groups: Vec<Vec<BBox>> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; boxes.len()];
    for (bi, (bbox, _)) in boxes.iter().enumerate() {
        let r = root(&mut parent, bi);
        let g = match group_of[r] {
            Some(g) => g,
            None => {
                groups.push(Vec::new());
                group_of[r] = Some(groups.len() - 1);
                groups.len() - 1
            }
        };
        groups[g].push(*bbox);
    }
    let rules: Vec<BBox> = graphics.iter().filter(|g| g.kind != GraphicKind::Image).map(|g| g.bbox).collect();
    groups
        .into_iter()
        .filter(|g| g.len() >= 2)
        .filter_map(|cells| grid_from_boxes(lines, &cells, &rules, em, settings))
        .collect()
}

/// Sorted distinct values, those within `tol` of each other merged.
fn distinct(mut values: Vec<f64>, tol: f64) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    let mut out: Vec<f64> = Vec::new();
    for v in values {
        if out.last().is_none_or(|l| v - l > tol) {
            out.push(v);
        }
    }
    out
}

fn index_of(values: &[f64], v: f64, tol: f64) -> Option<usize> {
    values.iter().position(|x| (x - v).abs() <= tol)
}

/// The middle of a word's main text, where it is placed in a cell.
fn centre(w: &Word) -> (f64, f64) {
    ((w.x0 + w.x1) / 2.0, w.y + 0.3 * w.size)
}

fn inside(b: &BBox, (x, y): (f64, f64)) -> bool {
    x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]
}

/// A table from its cells' boxes: the grid, spans, and the words in each cell.
fn grid_from_boxes(lines: &[Line], boxes: &[BBox], rules: &[BBox], em: f64, settings: &Settings) -> Option<Table> {
    let tol = 0.5 * JOIN * em;
    let xs = distinct(boxes.iter().flat_map(|b| [b[0], b[2]]).collect(), tol);
    let mut ys = distinct(boxes.iter().flat_map(|b| [b[1], b[3]]).collect(), tol);
    ys.reverse();
    if xs.len() < 2 || ys.len() < 2 {
        return None;
    }
    let page = lines.first()?.page;
    let bbox = [xs[0], ys[ys.len() - 1], xs[xs.len() - 1], ys[0]];
    let mut table_cells: Vec<(BBox, Vec<&Word>)> = Vec::new();
    let mut slots: Vec<(usize, usize, usize, usize)> = Vec::new();
    for b in boxes {
        let (Some(c0), Some(c1), Some(r0), Some(r1)) =
            (index_of(&xs, b[0], tol), index_of(&xs, b[2], tol), index_of(&ys, b[3], tol), index_of(&ys, b[1], tol))
        else {
            continue;
        };
        if c1 <= c0 || r1 <= r0 || slots.iter().any(|s| s.0 == r0 && s.1 == c0) {
            continue;
        }
        slots.push((r0, c0, r1 - r0, c1 - c0));
        table_cells.push((*b, Vec::new()));
    }
    let mut taken = Vec::new();
    for (m, l) in lines.iter().enumerate() {
        if !l.words.iter().any(|w| inside(&bbox, centre(w))) {
            continue;
        }
        taken.push(m);
        for w in &l.words {
            let c = centre(w);
            // Ink in no cell (a cell whose border is missing) goes to the nearest one.
            let best = table_cells
                .iter()
                .enumerate()
                .map(|(i, (b, _))| {
                    let dx = (b[0] - c.0).max(c.0 - b[2]).max(0.0);
                    let dy = (b[1] - c.1).max(c.1 - b[3]).max(0.0);
                    (i, dx + dy)
                })
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((i, _)) = best {
                table_cells[i].1.push(w);
            }
        }
    }
    if table_cells.iter().filter(|(_, w)| !w.is_empty()).count() < 2 {
        return None;
    }
    // The column's smallest left padding: the inner width of its cells is the box less
    // that padding on both sides.
    let mut padding = vec![f64::INFINITY; xs.len()];
    for ((b, words), s) in table_cells.iter().zip(&slots) {
        if let Some(x0) = words.iter().map(|w| w.x0).reduce(f64::min) {
            padding[s.1] = padding[s.1].min((x0 - b[0]).max(0.0));
        }
    }
    let mut cells = Vec::new();
    for ((b, words), &(row, col, row_span, col_span)) in table_cells.iter().zip(&slots) {
        let mut lines = cells::lines_of(words, settings);
        let pad = if padding[col].is_finite() { padding[col] } else { 0.0 };
        cells::classify_breaks(&mut lines, (b[2] - b[0]) - 2.0 * pad, true);
        cells.push(make_cell(row, col, row_span, col_span, lines));
    }
    cells.sort_by(|a, b| a.row.cmp(&b.row).then(a.col.cmp(&b.col)));
    let rows: Vec<Row> = ys.windows(2).map(|p| Row { page, y0: p[1], y1: p[0] }).collect();
    let columns: Vec<Column> = xs.windows(2).map(|p| Column { x0: p[0], x1: p[1] }).collect();
    let inner_rules = rules
        .iter()
        .filter(|r| r[0] >= bbox[0] - tol && r[2] <= bbox[2] + tol && r[1] >= bbox[1] - tol && r[3] <= bbox[3] + tol)
        .copied()
        .collect();
    Some(Table {
        page,
        bbox,
        ruling: Ruling::Full,
        header_rows: 1,
        columns,
        rows,
        cells,
        lines: taken,
        next_page_lines: Vec::new(),
        rules: inner_rules,
    })
}

/// A cell from its lines.
pub(super) fn make_cell(row: usize, col: usize, row_span: usize, col_span: usize, lines: Vec<CellLine>) -> Cell {
    let bbox = lines.iter().map(|l| l.bbox).reduce(crate::model::bbox_union);
    let text = cells::join(&lines);
    Cell { row, col, row_span, col_span, bbox, lines, text, dropped: Vec::new() }
}

/// Finds tables between horizontal rules only (booktabs; a rule under the header).
pub fn slabs(lines: &[Line], graphics: &[Graphic], em: f64, settings: &Settings) -> Vec<Table> {
    // Only pages without vertical edges between the rules: a grid is the lattice's.
    let mut rules: Vec<BBox> = graphics.iter().filter(|g| g.is_horizontal_rule()).map(|g| g.bbox).collect();
    if rules.len() < 2 {
        return Vec::new();
    }
    rules.sort_by(|a, b| b[1].total_cmp(&a[1]));
    let verticals: Vec<BBox> = graphics
        .iter()
        .filter(|g| g.is_vertical_rule() || matches!(g.kind, GraphicKind::Rect { .. }))
        .map(|g| g.bbox)
        .collect();
    let mut used = vec![false; rules.len()];
    let mut out = Vec::new();
    for i in 0..rules.len() {
        if used[i] {
            continue;
        }
        // A stack: rules of about the same extent, each close under the one before.
        let mut stack = vec![i];
        for j in i + 1..rules.len() {
            let (last, r) = (rules[*stack.last().unwrap_or(&i)], rules[j]);
            if (r[0] - rules[i][0]).abs() <= STACK_ALIGN * em
                && (r[2] - rules[i][2]).abs() <= STACK_ALIGN * em
                && last[1] - r[3] <= STACK_GAP * em
                && last[1] - r[3] > 0.5 * em
            {
                stack.push(j);
            } else if last[1] - r[3] > STACK_GAP * em {
                break;
            }
        }
        if stack.len() < 2 {
            continue;
        }
        let top = rules[stack[0]];
        let bottom = rules[*stack.last().unwrap_or(&i)];
        let region = [top[0].min(bottom[0]), bottom[1], top[2].max(bottom[2]), top[3]];
        let boxed =
            verticals.iter().any(|v| v[0] < region[2] && v[2] > region[0] && v[1] < region[3] && v[3] > region[1]);
        if boxed {
            continue;
        }
        let cuts: Vec<f64> = stack.iter().map(|&k| (rules[k][1] + rules[k][3]) / 2.0).collect();
        if let Some(t) = grid_from_text(lines, region, &cuts, em, settings) {
            stack.iter().for_each(|&k| used[k] = true);
            let mut t = t;
            t.rules = stack.iter().map(|&k| rules[k]).collect();
            out.push(t);
        }
    }
    out
}

/// A grid from the text inside a region cut into slabs at `cuts` (rule heights, top to
/// bottom, the outer ones included): columns from the corridors of white space through
/// every line, rows from record lines inside each slab. The first slab is the header
/// when the region has three cuts or more (a rule under the header).
fn grid_from_text(lines: &[Line], region: BBox, cuts: &[f64], em: f64, settings: &Settings) -> Option<Table> {
    let slack = 0.3 * em;
    let inside_x = |w: &Word| {
        let c = (w.x0 + w.x1) / 2.0;
        c >= region[0] - slack && c <= region[2] + slack
    };
    let taken: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.y > region[1] && l.y < region[3] && l.words.iter().all(inside_x))
        .map(|(m, _)| m)
        .collect();
    if taken.len() < 2 {
        return None;
    }
    let words: Vec<&Word> = taken.iter().flat_map(|&m| lines[m].words.iter()).collect();
    // The table's own em: its text is often set smaller than the page's body.
    let mut sizes: Vec<f64> = words.iter().map(|w| w.size).collect();
    sizes.sort_by(f64::total_cmp);
    let em = sizes[sizes.len() / 2].clamp(0.5 * em, em);
    // Corridors: x-intervals no word covers, at least MIN_CORRIDOR em wide.
    let mut spans: Vec<(f64, f64)> = words.iter().map(|w| (w.x0, w.x1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut bounds = vec![region[0].min(spans[0].0)];
    let mut reach = spans[0].1;
    for &(a, b) in &spans[1..] {
        if a - reach >= MIN_CORRIDOR * em {
            bounds.push((a + reach) / 2.0);
        }
        reach = reach.max(b);
    }
    bounds.push(region[2].max(reach));
    if bounds.len() < 3 {
        return None;
    }
    let columns: Vec<Column> = bounds.windows(2).map(|p| Column { x0: p[0], x1: p[1] }).collect();
    let column_of = |w: &Word| {
        let c = (w.x0 + w.x1) / 2.0;
        columns.iter().position(|k| c < k.x1).unwrap_or(columns.len() - 1)
    };
    // Baselines, top to bottom, each with the columns it has ink in.
    let mut baselines: Vec<(f64, Vec<&Word>)> = Vec::new();
    let mut sorted = words.clone();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y));
    for w in sorted {
        match baselines.last_mut() {
            Some((y, ws)) if (*y - w.y).abs() <= settings.baseline_tolerance * w.size.max(1.0) => ws.push(w),
            _ => baselines.push((w.y, vec![w])),
        }
    }
    let slab_of = |y: f64| cuts.iter().filter(|&&c| c > y).count();
    let page = lines[taken[0]].page;
    let mut rows: Vec<(usize, Vec<&Word>, f64)> = Vec::new(); // (slab, words, top baseline)
    for (y, ws) in baselines {
        let slab = slab_of(y);
        let filled = {
            let mut cols: Vec<usize> = ws.iter().map(|w| column_of(w)).collect();
            cols.sort_unstable();
            cols.dedup();
            cols.len()
        };
        let record = 2 * filled >= columns.len();
        let header_slab = cuts.len() >= 3 && slab == 1;
        match rows.last_mut() {
            Some((s, row, _)) if *s == slab && (header_slab || !record) => row.extend(ws),
            _ => rows.push((slab, ws, y)),
        }
    }
    let header_rows = if cuts.len() >= 3 { rows.iter().filter(|r| r.0 == 1).count() } else { 0 };
    let mut cells = Vec::new();
    let mut table_rows = Vec::new();
    for (ri, (_, ws, _)) in rows.iter().enumerate() {
        let y1 = ws.iter().map(|w| w.y + 0.8 * w.size).fold(f64::NEG_INFINITY, f64::max);
        let y0 = ws.iter().map(|w| w.y - 0.25 * w.size).fold(f64::INFINITY, f64::min);
        table_rows.push(Row { page, y0, y1 });
        for ci in 0..columns.len() {
            let in_cell: Vec<&Word> = ws.iter().copied().filter(|w| column_of(w) == ci).collect();
            let mut cell_lines = cells::lines_of(&in_cell, settings);
            // Without rules, a column is as wide as its widest line: a break in the widest
            // line itself cannot be told from a wrap.
            let widest = words.iter().filter(|w| column_of(w) == ci).map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max)
                - words.iter().filter(|w| column_of(w) == ci).map(|w| w.x0).fold(f64::INFINITY, f64::min);
            let own = cell_lines.iter().map(|l| l.bbox[2] - l.bbox[0]).fold(0.0, f64::max);
            cells::classify_breaks(&mut cell_lines, widest, own + 0.1 * em < widest);
            cells.push(make_cell(ri, ci, 1, 1, cell_lines));
        }
    }
    // The outer rules bound it vertically; its columns (which reach past the rules where
    // the text does) horizontally.
    let bbox = [bounds[0], region[1], bounds[bounds.len() - 1], region[3]];
    Some(Table {
        page,
        bbox,
        ruling: Ruling::Horizontal,
        columns,
        rows: table_rows,
        cells,
        header_rows,
        lines: taken,
        next_page_lines: Vec::new(),
        rules: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(x0: f64, y0: f64, x1: f64, y1: f64) -> Graphic {
        Graphic { kind: GraphicKind::Rule, bbox: [x0, y0, x1, y1] }
    }

    fn line_at(words: &[(&str, f64)], y: f64) -> Line {
        let words = words
            .iter()
            .map(|(t, x)| Word { text: (*t).into(), x0: *x, x1: x + 5.0 * t.chars().count() as f64, y, size: 10.0 })
            .collect();
        Line::new(1, words, 10.0, false, false)
    }

    #[test]
    fn a_bordered_grid_gives_its_cells_and_their_text() {
        // Two rows, three columns, every border drawn.
        let mut g = Vec::new();
        for y in [100.0, 120.0, 140.0] {
            g.push(rule(0.0, y, 150.0, y + 0.5));
        }
        for x in [0.0, 50.0, 100.0, 150.0] {
            g.push(rule(x, 100.0, x + 0.5, 140.0));
        }
        let lines = vec![
            line_at(&[("Reis", 2.0), ("Overig", 52.0), ("Vervoer", 102.0)], 126.0),
            line_at(&[("€", 2.0), ("5,-", 10.0), ("€", 52.0), ("0,-", 60.0), ("Trein", 102.0)], 106.0),
        ];
        let tables = lattice(&lines, &g, 10.0, &Settings::default());
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!((t.rows.len(), t.columns.len()), (2, 3));
        assert_eq!(t.text(0, 2), "Vervoer");
        assert_eq!(t.text(1, 0), "€ 5,-");
        assert_eq!(t.lines, [0, 1]);
    }

    #[test]
    fn a_cell_without_an_inner_border_spans_the_slots_it_covers() {
        // Header row: one cell over the first two columns.
        let mut g =
            vec![rule(0.0, 100.0, 150.0, 100.5), rule(0.0, 120.0, 150.0, 120.5), rule(0.0, 140.0, 150.0, 140.5)];
        g.push(rule(0.0, 100.0, 0.5, 140.0));
        g.push(rule(50.0, 100.0, 50.5, 120.0));
        g.push(rule(100.0, 100.0, 100.5, 140.0));
        g.push(rule(150.0, 100.0, 150.5, 140.0));
        let lines = vec![
            line_at(&[("Kosten", 30.0), ("CO2", 110.0)], 126.0),
            line_at(&[("1", 2.0), ("2", 52.0), ("3", 102.0)], 106.0),
        ];
        let t = &lattice(&lines, &g, 10.0, &Settings::default())[0];
        let kosten = t.cell(0, 1).expect("spanning cell");
        assert_eq!((kosten.col, kosten.col_span, kosten.text.as_str()), (0, 2, "Kosten"));
        assert_eq!(t.text(1, 1), "2");
    }

    #[test]
    fn booktabs_rules_cut_slabs_and_corridors_make_the_columns() {
        let g = vec![rule(0.0, 150.0, 200.0, 150.4), rule(0.0, 118.0, 200.0, 118.3), rule(0.0, 90.0, 200.0, 90.4)];
        let lines = vec![
            line_at(&[("Reis-", 0.0), ("CO2-", 110.0)], 140.0),
            line_at(&[("kosten", 0.0), ("uitstoot", 110.0)], 130.0),
            line_at(&[("(in", 110.0)], 121.0),
            line_at(&[("€", 0.0), ("385,-", 8.0), ("Vliegtuig", 50.0), ("0,18", 110.0)], 105.0),
            line_at(&[("&", 50.0)], 95.0),
        ];
        let t = &slabs(&lines, &g, 10.0, &Settings::default())[0];
        assert_eq!(t.ruling, Ruling::Horizontal);
        assert_eq!((t.header_rows, t.rows.len(), t.columns.len()), (1, 2, 3));
        assert_eq!(t.text(0, 2), "CO2-uitstoot (in");
        assert_eq!(t.text(1, 1), "Vliegtuig &");
        assert_eq!(t.text(1, 0), "€ 385,-");
    }
}
