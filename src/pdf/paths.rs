//! Vector graphics as layout evidence: rules (thin lines), rectangles and images.
//!
//! The layout stage reads drawn rules as firm column and row boundaries, filled boxes
//! as containers (sidebars, pull quotes) and images as obstacles that text does not
//! flow through. Only bounding boxes in page space are kept: no curves, colours beyond
//! "is it white", or clipping.

use super::matrix::Matrix;

/// What a drawn shape is, as far as layout cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphicKind {
    /// A thin straight line (stroked, or a filled hairline rectangle): horizontal when
    /// its box is wider than tall, vertical otherwise.
    Rule,
    /// A rectangle or other closed shape: filled (a coloured box behind text) and/or
    /// stroked (a frame).
    Rect {
        /// Painted with a non-white fill.
        filled: bool,
        /// Its outline is drawn.
        stroked: bool,
    },
    /// A raster image (a photo, a logo).
    Image,
}

/// A shape on the page with its bounding box `[x0, y0, x1, y1]` in page space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Graphic {
    /// The kind of shape.
    pub kind: GraphicKind,
    /// Bounding box in points, origin bottom-left.
    pub bbox: [f64; 4],
}

impl Graphic {
    /// Whether this is a horizontal rule.
    pub fn is_horizontal_rule(&self) -> bool {
        self.kind == GraphicKind::Rule && self.bbox[2] - self.bbox[0] >= self.bbox[3] - self.bbox[1]
    }

    /// Whether this is a vertical rule.
    pub fn is_vertical_rule(&self) -> bool {
        self.kind == GraphicKind::Rule && !self.is_horizontal_rule()
    }
}

/// Most shapes a page keeps: a page of hatching or a chart may draw millions, and layout
/// needs only the first few hundred boxes and rules.
const MAX_GRAPHICS: usize = 20_000;
/// A box at most this thick (points) is a rule.
const RULE_THICKNESS: f64 = 2.0;
/// Shorter shapes are dots, bullets or underline fragments: no layout evidence.
const MIN_LENGTH: f64 = 2.0;

/// The path under construction and the shapes painted so far.
#[derive(Debug, Default)]
pub struct PathBuilder {
    /// Subpaths in page space, each a list of points.
    subpaths: Vec<Vec<(f64, f64)>>,
    /// Shapes painted on the page.
    pub graphics: Vec<Graphic>,
    /// Whether the current non-stroking colour is white (a white fill hides nothing).
    pub white_fill: bool,
}

impl PathBuilder {
    /// `m`: starts a subpath.
    pub fn move_to(&mut self, ctm: &Matrix, x: f64, y: f64) {
        if self.subpaths.len() < 4096 {
            self.subpaths.push(vec![ctm.apply(x, y)]);
        }
    }

    /// `l`, and the end point of `c`, `v`, `y` (curves only widen a box a little).
    pub fn line_to(&mut self, ctm: &Matrix, x: f64, y: f64) {
        match self.subpaths.last_mut() {
            Some(path) if path.len() < 4096 => path.push(ctm.apply(x, y)),
            Some(_) => {}
            None => self.move_to(ctm, x, y),
        }
    }

    /// `re`: a closed rectangle subpath.
    pub fn rect(&mut self, ctm: &Matrix, x: f64, y: f64, w: f64, h: f64) {
        if self.subpaths.len() < 4096 {
            self.subpaths.push(vec![
                ctm.apply(x, y),
                ctm.apply(x + w, y),
                ctm.apply(x + w, y + h),
                ctm.apply(x, y + h),
            ]);
        }
    }

    /// A painting operator (`S`, `f`, `B`, …, `n`): turns the path into shapes and clears it.
    pub fn paint(&mut self, stroke: bool, fill: bool) {
        let subpaths = std::mem::take(&mut self.subpaths);
        if !stroke && !fill {
            return;
        }
        let fill = fill && !self.white_fill;
        for path in subpaths {
            if self.graphics.len() >= MAX_GRAPHICS {
                return;
            }
            let Some(bbox) = bbox(&path) else { continue };
            let (w, h) = (bbox[2] - bbox[0], bbox[3] - bbox[1]);
            if w.max(h) < MIN_LENGTH {
                continue;
            }
            let thin = w.min(h) <= RULE_THICKNESS;
            if thin && (stroke || fill) {
                self.graphics.push(Graphic { kind: GraphicKind::Rule, bbox });
            } else if path.len() == 2 {
                // A stroked diagonal line: not layout evidence.
                continue;
            } else if fill || stroke {
                self.graphics.push(Graphic { kind: GraphicKind::Rect { filled: fill, stroked: stroke }, bbox });
            }
        }
    }

    /// An image painted with the current transformation (the unit square).
    pub fn image(&mut self, ctm: &Matrix) {
        if self.graphics.len() >= MAX_GRAPHICS {
            return;
        }
        let corners = [ctm.apply(0.0, 0.0), ctm.apply(1.0, 0.0), ctm.apply(1.0, 1.0), ctm.apply(0.0, 1.0)];
        if let Some(bbox) = bbox(&corners) {
            if bbox[2] - bbox[0] >= MIN_LENGTH && bbox[3] - bbox[1] >= MIN_LENGTH {
                self.graphics.push(Graphic { kind: GraphicKind::Image, bbox });
            }
        }
    }
}

fn bbox(points: &[(f64, f64)]) -> Option<[f64; 4]> {
    let mut b = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
    for &(x, y) in points {
        if !x.is_finite() || !y.is_finite() {
            return None;
        }
        b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
    }
    (b[0] <= b[2]).then_some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thin_shapes_are_rules_boxes_are_rects_and_white_fills_hide_nothing() {
        let id = Matrix::IDENTITY;
        let mut p = PathBuilder::default();
        p.move_to(&id, 10.0, 100.0);
        p.line_to(&id, 200.0, 100.0);
        p.paint(true, false);
        p.rect(&id, 300.0, 50.0, 0.5, 120.0);
        p.paint(false, true);
        p.rect(&id, 20.0, 20.0, 100.0, 60.0);
        p.paint(false, true);
        p.white_fill = true;
        p.rect(&id, 20.0, 20.0, 100.0, 60.0);
        p.paint(false, true);
        p.rect(&id, 0.0, 0.0, 1.0, 1.0);
        p.paint(true, false);
        let kinds: Vec<GraphicKind> = p.graphics.iter().map(|g| g.kind).collect();
        assert_eq!(kinds, [GraphicKind::Rule, GraphicKind::Rule, GraphicKind::Rect { filled: true, stroked: false }]);
        assert!(p.graphics[0].is_horizontal_rule());
        assert!(p.graphics[1].is_vertical_rule());
        assert_eq!(p.graphics[2].bbox, [20.0, 20.0, 120.0, 80.0]);
    }

    #[test]
    fn images_take_the_box_of_the_transformed_unit_square() {
        let mut p = PathBuilder::default();
        p.image(&Matrix([200.0, 0.0, 0.0, 100.0, 50.0, 400.0]));
        assert_eq!(p.graphics, [Graphic { kind: GraphicKind::Image, bbox: [50.0, 400.0, 250.0, 500.0] }]);
    }
}
