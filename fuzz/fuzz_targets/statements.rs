//! The statement engine on UTF-8 text (quote marks, cues, names, dates in any order): the
//! analysis keeps its invariants. Use `fuzz/statements.dict` to reach the cues quickly.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| parallax_fuzz::statements_input(data));
