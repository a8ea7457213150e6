//! Parallax reads one news story across many articles: it finds who said what and when in
//! each article, and lines the articles up against each other.
//!
//! The crate has two halves:
//! - [`core`]: the pure analysis library. It takes bytes and user-given facts (file names,
//!   dates) and returns plain data. It uses no web APIs, no clock and no randomness, so the
//!   same input gives the same analysis in the CLI, in the browser and in tests.
//! - `ui` (wasm32 only): the Yew web app, a thin shell that turns user actions into core
//!   calls and the core's data into a page.
//!
//! The native command-line tool `parallax` (in `src/bin/parallax.rs`) is a second shell over
//! the same core.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
