//! Affine transforms as PDF writes them: `[a b c d e f]`, row vectors, `p' = p × M`.

/// A 2-D affine matrix `[a b c d e f]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Matrix(pub [f64; 6]);

impl Matrix {
    /// The identity transform.
    pub const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// A translation.
    pub fn translate(tx: f64, ty: f64) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }

    /// `self × other`: apply `self` first, then `other`.
    pub fn then(&self, other: &Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    /// Transforms a point.
    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (x * a + y * c + e, x * b + y * d + f)
    }

    /// Length of the transformed unit y vector: the effective font size factor.
    pub fn y_scale(&self) -> f64 {
        let [_, _, c, d, _, _] = self.0;
        (c * c + d * d).sqrt()
    }

    /// Whether all entries are finite (hostile files send `1e308`).
    pub fn is_finite(&self) -> bool {
        self.0.iter().all(|v| v.is_finite())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_in_pdf_order() {
        let scale = Matrix([2.0, 0.0, 0.0, 2.0, 0.0, 0.0]);
        let moved = Matrix::translate(10.0, 5.0);
        // Scale first, then translate.
        assert_eq!(scale.then(&moved).apply(1.0, 1.0), (12.0, 7.0));
        // Translate first, then scale.
        assert_eq!(moved.then(&scale).apply(1.0, 1.0), (22.0, 12.0));
    }
}
