//! The share-link decoder on anything a link's fragment can carry, and the round trip of
//! arbitrary article text through a link.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| parallax_fuzz::share_input(data));
