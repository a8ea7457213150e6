//! Bytes in, as a file of any kind: the first byte picks the file name's extension, so the
//! fuzzer reaches the text, Markdown and HTML readers and every encoding detector.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| parallax_fuzz::ingest_input(data));
