//! Bytes → records, the whole pipeline with NO panic containment: a panic in our code or
//! in lopdf is a crash here. Limits are tightened so that they, not the fuzzer's timeout,
//! bound the work on a hostile input.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let options = common::options();
    let _ = ambtsreizen::analyse(data, "fuzz.pdf", &options);
});
