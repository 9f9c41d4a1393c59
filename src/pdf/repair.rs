//! Opening damaged and oddly made files the way PDF readers do (poppler, pdf.js, qpdf).
//!
//! Each repair here is one that a reader makes silently; we make it too, and the caller
//! adds the `repaired_file` warning so the user knows to look twice:
//! - junk before `%PDF-`, or no header line at all (the objects follow);
//! - a cross-reference entry that points at the wrong object: the table is rebuilt by
//!   scanning for objects (lopdf does this itself when the table as a whole is unusable);
//! - a page tree with nodes that lack `/Type` (lopdf takes an intermediate node for a
//!   page), or no usable tree at all: pages are then found by scanning the objects;
//! - encryption that needs no password after all: an `/Encrypt` entry that names nothing,
//!   Identity crypt filters for strings and streams (only attachments are encrypted), or a
//!   malformed `/ID` that readers take as empty.
//!
//! A wrong stream `/Length` needs nothing here: lopdf looks for `endstream` itself.

use std::borrow::Cow;
use std::collections::HashSet;

use lopdf::xref::XrefEntry;
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use super::objects::resolve;
use super::PdfError;

/// How far into the file the header may be: poppler accepts 1 KiB of junk before it.
const HEADER_WINDOW: usize = 1024;
/// How far into a file without a header we look for the first object.
const OBJECT_WINDOW: usize = 64 * 1024;

/// The bytes to parse: as given when the header is at the start or after at most 1 KiB of
/// junk (lopdf skips it and counts offsets from `%PDF-`); with a header put in front when
/// there is none but objects follow. `true` when the file was not well-formed.
pub fn header(bytes: &[u8]) -> Result<(Cow<'_, [u8]>, bool), PdfError> {
    let head = &bytes[..bytes.len().min(HEADER_WINDOW)];
    match head.windows(5).position(|w| w == b"%PDF-") {
        Some(0) => Ok((Cow::Borrowed(bytes), false)),
        Some(_) => Ok((Cow::Borrowed(bytes), true)),
        None if has_indirect_object(&bytes[..bytes.len().min(OBJECT_WINDOW)]) => {
            let mut patched = b"%PDF-1.7\n".to_vec();
            patched.extend_from_slice(bytes);
            Ok((Cow::Owned(patched), true))
        }
        None => Err(PdfError::NotPdf),
    }
}

/// Whether `N G obj` occurs, with `N` and `G` numbers: the mark of a PDF body.
fn has_indirect_object(bytes: &[u8]) -> bool {
    let mut from = 0;
    while let Some(at) = bytes[from..].windows(4).position(|w| w == b" obj" || w == b"\nobj") {
        let end = from + at;
        let before = &bytes[end.saturating_sub(24)..end];
        let text = String::from_utf8_lossy(before);
        let mut words = text.split_ascii_whitespace().rev();
        let gen_ok = words.next().is_some_and(|g| !g.is_empty() && g.bytes().all(|c| c.is_ascii_digit()));
        let num_ok = words.next().is_some_and(|n| {
            let n = n.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
            !n.is_empty()
        });
        if gen_ok && num_ok {
            return true;
        }
        from = end + 4;
    }
    false
}

/// Whether the cross-reference table names objects in use that did not load: an entry
/// that points at the wrong place.
pub fn has_missing_objects(doc: &Document) -> bool {
    doc.reference_table.entries.iter().any(|(&num, entry)| match entry {
        XrefEntry::Normal { generation, .. } => !doc.objects.contains_key(&(num, *generation)),
        _ => false,
    })
}

/// Fills in the data of streams whose `/Length` is missing or names no number: lopdf
/// leaves them empty; readers take the bytes up to `endstream`. `true` when any was.
pub fn stream_data_without_length(doc: &mut Document, bytes: &[u8], limit: usize) -> bool {
    // lopdf counts positions from `%PDF-` (the junk before it skipped).
    let base = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    let buffer = &bytes[base..];
    let mut repaired = false;
    for obj in doc.objects.values_mut() {
        let Object::Stream(stream) = obj else { continue };
        let Some(start) = stream.start_position.filter(|_| stream.content.is_empty()) else { continue };
        let Some(data) = buffer.get(start..) else { continue };
        let window = &data[..data.len().min(limit.saturating_add(16))];
        let Some(end) = window.windows(9).position(|w| w == b"endstream") else { continue };
        let mut content = &data[..end];
        if let Some(rest) = content.strip_suffix(b"\r\n").or_else(|| content.strip_suffix(b"\n")) {
            content = rest;
        } else if let Some(rest) = content.strip_suffix(b"\r") {
            content = rest;
        }
        stream.set_content(content.to_vec());
        stream.start_position = None;
        repaired = true;
    }
    repaired
}

/// Opens a file whose encryption lopdf could not set up with the empty password, when a
/// reader would still read it; `None` when a user password is really needed.
pub fn open_encrypted(bytes: &[u8], load: impl Fn(&[u8]) -> Option<Document>) -> Option<Document> {
    // A malformed /ID: readers take it as empty.
    if let Some(patched) = empty_id(bytes) {
        if let Some(doc) = load(&patched) {
            if !doc.is_encrypted() || doc.encryption_state.is_some() {
                return Some(doc);
            }
        }
    }
    // Read the file as if it were not encrypted, then check that nothing page text needs
    // is: no usable encryption dictionary, or Identity crypt filters for streams and strings.
    let doc = load(&without_encrypt(bytes))?;
    let entry = doc.trailer.get(NEUTERED).ok()?;
    let Some(dict) = resolve(&doc, entry).and_then(|o| o.as_dict().ok()) else {
        return Some(doc);
    };
    needs_no_password(dict).then_some(doc)
}

/// The trailer key `/Encrypt` renamed in place (same length, so no offset moves).
const NEUTERED: &[u8] = b"NoCrypt";

fn without_encrypt(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut from = 0;
    while let Some(at) = out[from..].windows(8).position(|w| w == b"/Encrypt") {
        let at = from + at;
        let next = out.get(at + 8).copied().unwrap_or(b' ');
        if !next.is_ascii_alphanumeric() {
            out[at + 1..at + 8].copy_from_slice(NEUTERED);
        }
        from = at + 8;
    }
    out
}

/// Whether an encryption dictionary leaves page content and strings in the clear.
fn needs_no_password(dict: &Dictionary) -> bool {
    if dict.get(b"Filter").ok().and_then(|f| f.as_name().ok()).is_none() {
        // Not an encryption dictionary at all.
        return true;
    }
    let v = dict.get(b"V").ok().and_then(|v| v.as_i64().ok()).unwrap_or(0);
    // Before V4 everything is encrypted with the one key.
    if v < 4 {
        return false;
    }
    // StmF and StrF default to Identity (ISO 32000-1, table 20).
    let identity = |key: &[u8]| dict.get(key).ok().and_then(|o| o.as_name().ok()).is_none_or(|n| n == b"Identity");
    identity(b"StmF") && identity(b"StrF")
}

/// The bytes with a malformed trailer `/ID` (not an array of strings) replaced, in place,
/// by `[()]` and spaces; `None` when there is nothing to replace.
fn empty_id(bytes: &[u8]) -> Option<Vec<u8>> {
    let trailer = bytes.windows(7).rposition(|w| w == b"trailer").unwrap_or(0);
    let key = trailer + bytes[trailer..].windows(3).position(|w| w == b"/ID")?;
    let mut start = key + 3;
    while bytes.get(start).is_some_and(|c| c.is_ascii_whitespace()) {
        start += 1;
    }
    // The value's extent: a string, a hex string, or a reference/number run.
    let end = match bytes.get(start)? {
        b'[' => return None, // an array: lopdf reads it (or fails for a reason of its own)
        b'(' => start + bytes[start..].iter().position(|&c| c == b')')? + 1,
        b'<' => start + bytes[start..].iter().position(|&c| c == b'>')? + 1,
        _ => start + bytes[start..].iter().position(|&c| c == b'/' || c == b'>')?,
    };
    if end - start < 4 {
        return None;
    }
    let mut out = bytes.to_vec();
    out[start..end].fill(b' ');
    out[start..start + 4].copy_from_slice(b"[()]");
    Some(out)
}

/// The pages in order, as readers find them: a node with `/Kids` is an intermediate node
/// whatever its `/Type`; any other dictionary reached is a page. When the tree gives no
/// page at all, every `/Type /Page` object counts, in object order. The flag says the tree
/// was not well-formed. A cycle ends the walk at the repeated node.
pub fn page_ids(doc: &Document, max_pages: usize) -> Result<(Vec<ObjectId>, bool), PdfError> {
    let mut pages = Vec::new();
    let mut seen = HashSet::new();
    let mut odd = false;
    let root = doc.catalog().ok().and_then(|c| c.get(b"Pages").ok());
    // Depth-first with an explicit stack of (node, depth).
    let mut stack: Vec<(&Object, usize)> = root.into_iter().map(|r| (r, 0)).collect();
    while let Some((node, depth)) = stack.pop() {
        let id = node.as_reference().ok();
        if let Some(id) = id {
            if !seen.insert(id) {
                odd = true;
                continue;
            }
        }
        let Some(dict) = resolve(doc, node).and_then(|o| o.as_dict().ok()) else {
            // A dangling kid: keep it as a page, so that the page count and numbers match
            // the document and the page says what is missing.
            if let Some(id) = id {
                push_page(&mut pages, id, max_pages)?;
            }
            continue;
        };
        let ty = dict.get(b"Type").ok().and_then(|t| t.as_name().ok());
        let kids = dict.get(b"Kids").ok().and_then(|k| resolve(doc, k)).and_then(|k| k.as_array().ok());
        match (ty, kids) {
            (Some(b"Page"), _) | (_, None) => {
                if ty != Some(b"Page".as_slice()) {
                    odd = true;
                }
                match id {
                    Some(id) => push_page(&mut pages, id, max_pages)?,
                    None => odd = true, // a page written inline has no id to read it by
                }
            }
            (_, Some(kids)) => {
                if ty != Some(b"Pages".as_slice()) {
                    odd = true;
                }
                if depth < 256 {
                    stack.extend(kids.iter().rev().map(|k| (k, depth + 1)));
                }
            }
        }
    }
    if pages.is_empty() {
        for (id, obj) in &doc.objects {
            let is_page = obj.as_dict().ok().and_then(|d| d.get(b"Type").ok()).and_then(|t| t.as_name().ok())
                == Some(b"Page".as_slice());
            if is_page {
                odd = true;
                push_page(&mut pages, *id, max_pages)?;
            }
        }
    }
    Ok((pages, odd))
}

fn push_page(pages: &mut Vec<ObjectId>, id: ObjectId, max_pages: usize) -> Result<(), PdfError> {
    if pages.len() >= max_pages {
        return Err(PdfError::pages_limit(max_pages));
    }
    pages.push(id);
    Ok(())
}

/// Why lopdf refused the file, in our words (its own messages name its internals).
pub fn damage(error: &lopdf::Error) -> &'static str {
    use lopdf::Error as E;
    match error {
        E::Parse(_) | E::Syntax(_) | E::IndirectObject { .. } | E::InvalidOffset(_) => "its structure cannot be parsed",
        E::Xref(_) | E::MissingXrefEntry => "no usable trailer or cross-reference table",
        E::RecursionLimit | E::ReferenceLimit | E::ReferenceCycle(_) => "its objects nest or refer too deep",
        E::ObjectNotFound(_) | E::DictKey(_) => "its catalog or page tree is missing",
        E::Decompress(_) | E::InvalidStream(_) => "a stream it needs cannot be decoded",
        E::IO(_) => "it cannot be read",
        _ => "its structure is unreadable",
    }
}

/// Loads with lopdf, then, when that fails, rebuilds the cross-reference data from the
/// objects found by scanning (a file cut short loses its table and trailer).
pub fn load(bytes: &[u8], options: &LoadOptions) -> Result<Document, lopdf::Error> {
    Document::load_mem_with_options(bytes, options.clone()).or_else(|first| rebuild(bytes, options).ok_or(first))
}

/// Rebuilds a document whose cross-reference data is wrong or gone: scan the objects and
/// take the catalog as the root; with no trailer left, append one naming the catalog.
pub fn rebuild(bytes: &[u8], options: &LoadOptions) -> Option<Document> {
    let options = LoadOptions { force_reconstruct: true, ..options.clone() };
    if let Ok(doc) = Document::load_mem_with_options(bytes, options.clone()) {
        if doc.catalog().is_ok() {
            return Some(doc);
        }
    }
    let catalog = find_catalog(bytes)?;
    let mut patched = bytes.to_vec();
    patched.extend_from_slice(format!("\ntrailer\n<< /Root {catalog} 0 R >>\n%%EOF\n").as_bytes());
    let doc = Document::load_mem_with_options(&patched, options).ok()?;
    doc.catalog().is_ok().then_some(doc)
}

/// Object number of the first `/Type /Catalog` object in the raw bytes.
fn find_catalog(bytes: &[u8]) -> Option<u32> {
    let find = |pattern: &[u8]| bytes.windows(pattern.len()).position(|w| w == pattern);
    let at = find(b"/Type /Catalog").or_else(|| find(b"/Type/Catalog"))?;
    // Walk back to the nearest "N G obj".
    let head = &bytes[..at];
    let obj = head.windows(3).rposition(|w| w == b"obj")?;
    let before = String::from_utf8_lossy(&head[obj.saturating_sub(24)..obj]).into_owned();
    let mut numbers = before.split_whitespace().rev().skip(1);
    numbers.next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_junk_and_missing_headers() {
        assert!(matches!(header(b"%PDF-1.4\n1 0 obj"), Ok((Cow::Borrowed(_), false))));
        assert!(matches!(header(b"junk\r\n%PDF-1.4\n"), Ok((Cow::Borrowed(_), true))));
        let (patched, repaired) = header(b"garbage\n1 0 obj << >> endobj").expect("objects follow");
        assert!(repaired && patched.starts_with(b"%PDF-1.7\n"));
        assert_eq!(header(b"\x89PNG\r\n\x1a\n not a pdf").err(), Some(PdfError::NotPdf));
        let mut far = vec![b'x'; 2000];
        far.extend_from_slice(b"%PDF-1.4\n");
        assert_eq!(header(&far).err(), Some(PdfError::NotPdf), "a header past 1 KiB and no objects");
    }

    #[test]
    fn encrypt_is_renamed_in_place_and_only_as_a_key() {
        let out = without_encrypt(b"<< /Encrypt 5 0 R /EncryptMetadata false >>");
        assert_eq!(out, b"<< /NoCrypt 5 0 R /EncryptMetadata false >>".to_vec());
    }

    #[test]
    fn identity_crypt_filters_need_no_password() {
        let mut d = Dictionary::new();
        d.set("Filter", Object::Name(b"Standard".to_vec()));
        d.set("V", 4);
        d.set("StmF", Object::Name(b"Identity".to_vec()));
        d.set("EFF", Object::Name(b"StdCF".to_vec()));
        assert!(needs_no_password(&d), "StrF absent means Identity");
        d.set("StrF", Object::Name(b"StdCF".to_vec()));
        assert!(!needs_no_password(&d));
        d.set("V", 2);
        d.remove(b"StrF");
        assert!(!needs_no_password(&d), "V2 encrypts everything");
    }

    #[test]
    fn malformed_ids_become_empty_arrays_of_the_same_length() {
        let src = b"trailer\n<< /Root 1 0 R /ID (kapot) >>";
        let out = empty_id(src).expect("patched");
        assert_eq!(out.len(), src.len());
        assert_eq!(out, b"trailer\n<< /Root 1 0 R /ID [()]    >>".to_vec());
        assert_eq!(empty_id(b"trailer << /ID [<01><01>] >>"), None);
    }
}
