//! Small helpers over lopdf objects that never fail loudly: PDFs in the wild put the
//! wrong types in the wrong places, and a missing value is better than a lost page.

use lopdf::{Document, Object};

/// Follows references (a bounded number of hops, so cycles end).
pub fn resolve<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..32 {
        match obj {
            Object::Reference(id) => obj = doc.get_object(*id).ok()?,
            other => return Some(other),
        }
    }
    None
}

/// A number operand or value (integer or real), finite only.
pub fn number(obj: &Object) -> Option<f64> {
    let v = match obj {
        Object::Integer(i) => *i as f64,
        Object::Real(r) => f64::from(*r),
        _ => return None,
    };
    v.is_finite().then_some(v)
}
