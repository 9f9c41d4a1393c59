//! What users run: `extract_bytes[_with]` contains panics with `catch_unwind`, so it must
//! never panic or abort. A panic escaping it, a stack overflow, an OOM or a hang is a crash
//! here. Same tightened limits as the `analyse` target (`extract_bytes` is
//! `extract_bytes_with` with default limits, which would let one input run for 60 s).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let options = common::options();
    // An error (including a contained panic, `ErrorKind::Panic`) is a fine answer.
    let _ = ambtsreizen::extract_bytes_with(data, "fuzz.pdf", &options);
});
