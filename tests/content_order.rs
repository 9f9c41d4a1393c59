//! Reading order must come from geometry, not from the order the producer drew things in:
//! rewriting every page with its text objects reversed or shuffled gives the same records.

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream};

const PDF: &str = "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf";

/// Deterministic shuffle (xorshift), so a failure can be reproduced.
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        items.swap(i, (seed % (i as u64 + 1)) as usize);
    }
}

/// Text state operators whose values carry from one text object to the next.
const STATE_OPS: [&str; 6] = ["Tf", "TL", "Tc", "Tw", "Tz", "Ts"];

/// Cuts a page's operations into top-level text objects (made self-contained by
/// repeating the text state in force at their start) and everything else.
fn text_objects(ops: Vec<Operation>) -> (Vec<Operation>, Vec<Vec<Operation>>) {
    let mut rest = Vec::new();
    let mut objects = Vec::new();
    let mut state: Vec<Operation> = Vec::new();
    let mut current: Option<Vec<Operation>> = None;
    let mut depth = 0;
    for op in ops {
        if STATE_OPS.contains(&op.operator.as_str()) {
            state.retain(|o: &Operation| o.operator != op.operator);
            state.push(op.clone());
        }
        match op.operator.as_str() {
            "q" => depth += 1,
            "Q" => depth -= 1,
            _ => {}
        }
        match (op.operator.as_str(), current.as_mut()) {
            ("BT", None) if depth == 0 => {
                let mut obj = vec![op];
                obj.extend(state.iter().cloned());
                current = Some(obj);
            }
            ("ET", Some(obj)) => {
                obj.push(op);
                objects.extend(current.take());
            }
            (_, Some(obj)) => obj.push(op),
            (_, None) => rest.push(op),
        }
    }
    (rest, objects)
}

fn rewrite(order: impl Fn(&mut Vec<Vec<Operation>>, u32)) -> Vec<u8> {
    let mut doc = Document::load(PDF).expect("fixture loads");
    let pages = doc.get_pages();
    let mut moved = 0;
    for (number, id) in pages {
        let content = doc.get_page_content(id);
        let ops = Content::decode(&content).expect("content decodes").operations;
        let (rest, mut objects) = text_objects(ops);
        moved += objects.len();
        order(&mut objects, number);
        let mut all = rest;
        all.extend(objects.into_iter().flatten());
        let bytes = Content { operations: all }.encode().expect("encodes");
        let stream_id = doc.add_object(Object::Stream(Stream::new(lopdf::Dictionary::new(), bytes)));
        let page = doc.get_object_mut(id).and_then(Object::as_dict_mut).expect("page dict");
        page.set("Contents", Object::Reference(stream_id));
    }
    assert!(moved > 300, "the fixture should have many text objects, found {moved}");
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("saves");
    out
}

fn records(bytes: &[u8]) -> serde_json::Value {
    let report = ambtsreizen::extract_bytes(bytes, "x.pdf").expect("extracts");
    let mut v = serde_json::to_value(&report).expect("serializes");
    // The bytes differ, so the hash does too; everything else must be equal.
    v["source"]["sha256"] = serde_json::Value::Null;
    v
}

#[test]
fn reversed_text_objects_give_the_same_records() {
    let original = records(&std::fs::read(PDF).expect("fixture"));
    assert_eq!(original["trips"].as_array().map(Vec::len), Some(32));
    let reversed = records(&rewrite(|objs, _| objs.reverse()));
    assert_eq!(original, reversed);
}

#[test]
fn shuffled_text_objects_give_the_same_records() {
    let original = records(&std::fs::read(PDF).expect("fixture"));
    for seed in [1u64, 42, 2024] {
        let shuffled =
            records(&rewrite(|objs, page| shuffle(objs, seed.wrapping_mul(31).wrapping_add(u64::from(page)))));
        assert_eq!(original, shuffled, "seed {seed}");
    }
}
