//! Bytes → records, the whole pipeline with NO panic containment: a panic in our code or
//! in lopdf is a crash here. Limits are tightened so that they, not the fuzzer's timeout,
//! bound the work on a hostile input.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = ambtsreizen::Options {
        limits: ambtsreizen::Limits {
            max_time: Duration::from_secs(5),
            max_stream_bytes: 16 << 20,
            max_document_bytes: 64 << 20,
            ..Default::default()
        },
        provenance: true,
        ..Default::default()
    };
    let _ = ambtsreizen::analyse(data, "fuzz.pdf", &options);
});
