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
    // The `cm` operators in force, per saved-state depth: a text object drawn inside
    // nested `q … Q` groups takes its transformation along when it moves.
    let mut transforms: Vec<Vec<Operation>> = vec![Vec::new()];
    let mut current: Option<Vec<Operation>> = None;
    for op in ops {
        if STATE_OPS.contains(&op.operator.as_str()) {
            state.retain(|o: &Operation| o.operator != op.operator);
            state.push(op.clone());
        }
        match (op.operator.as_str(), current.as_mut()) {
            ("BT", None) => {
                let mut obj = vec![Operation::new("q", vec![])];
                obj.extend(transforms.iter().flatten().cloned());
                obj.extend(state.iter().cloned());
                obj.push(op);
                current = Some(obj);
            }
            ("ET", Some(obj)) => {
                obj.push(op);
                obj.push(Operation::new("Q", vec![]));
                objects.extend(current.take());
            }
            (_, Some(obj)) => obj.push(op),
            (name, None) => {
                match name {
                    "q" => transforms.push(Vec::new()),
                    "Q" if transforms.len() > 1 => {
                        transforms.pop();
                    }
                    "cm" => {
                        if let Some(t) = transforms.last_mut() {
                            t.push(op.clone());
                        }
                    }
                    _ => {}
                }
                rest.push(op);
            }
        }
    }
    (rest, objects)
}

fn rewrite(order: impl Fn(&mut Vec<Vec<Operation>>, u32)) -> Vec<u8> {
    rewrite_file(PDF, 300, order)
}

/// The file with each page's text objects (and saved-state groups) put in another order.
fn rewrite_file(path: &str, at_least: usize, order: impl Fn(&mut Vec<Vec<Operation>>, u32)) -> Vec<u8> {
    let mut doc = Document::load(path).expect("fixture loads");
    let pages = doc.get_pages();
    let mut moved = 0;
    for (number, id) in pages {
        let content = doc.get_page_content(id);
        let ops = Content::decode(&content).expect("content decodes").operations;
        let (rest, mut objects) = text_objects(ops);
        moved += objects.len();
        order(&mut objects, number);
        // The rest runs inside a saved state of its own, so that the moved objects (each
        // carrying its own transformation) start from the page's initial state.
        let open = rest.iter().filter(|o| o.operator == "q").count();
        let closed = rest.iter().filter(|o| o.operator == "Q").count();
        let mut all = vec![Operation::new("q", vec![])];
        all.extend(rest);
        all.extend((0..=open.saturating_sub(closed)).map(|_| Operation::new("Q", vec![])));
        all.extend(objects.into_iter().flatten());
        let bytes = Content { operations: all }.encode().expect("encodes");
        let stream_id = doc.add_object(Object::Stream(Stream::new(lopdf::Dictionary::new(), bytes)));
        let page = doc.get_object_mut(id).and_then(Object::as_dict_mut).expect("page dict");
        page.set("Contents", Object::Reference(stream_id));
    }
    assert!(moved > at_least, "{path} should have many text objects, found {moved}");
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

/// The same holds for every other page design and every table fixture: columns,
/// sidebars and tables are found from positions, whatever order the producer drew them in.
#[test]
fn every_layout_design_reads_the_same_in_any_drawing_order() {
    let mut dirs: Vec<std::path::PathBuf> = ["fixtures/layouts", "fixtures/tables"]
        .iter()
        .flat_map(|root| std::fs::read_dir(root).unwrap_or_else(|e| panic!("{root}: {e}")))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("report.pdf").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 6 + 5, "{dirs:?}");
    for dir in dirs {
        let path = dir.join("report.pdf").display().to_string();
        let original = records(&std::fs::read(&path).expect("fixture"));
        let reversed = records(&rewrite_file(&path, 10, |objs, _| objs.reverse()));
        assert_eq!(original, reversed, "{path} reversed");
        let shuffled = records(&rewrite_file(&path, 10, |objs, page| shuffle(objs, 7 + u64::from(page))));
        assert_eq!(original, shuffled, "{path} shuffled");
    }
}
