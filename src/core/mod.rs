//! The pure analysis core.
//!
//! Data flows one way: bytes are [`ingest`]ed into an [`Article`] (decoded text, metadata,
//! and regions such as a headline or trailing boilerplate, marked but never deleted); the
//! [`analyze`] function turns a set of articles into an [`Analysis`] (statements with
//! speaker, cue and time); [`export`] turns an analysis into the documented JSON schema
//! (code point offsets) that the CLI prints and the web app downloads.
//!
//! Spans inside the core are byte offsets into the article's `text`, end exclusive
//! (`&text[start..end]`); only [`export`] converts them, once, to code points.

#![deny(missing_docs)]

mod analysis;
mod article;
mod ascii;
pub mod claims;
pub mod copied;
pub mod corrections;
mod date;
mod decode;
pub mod differences;
mod entities;
mod error;
pub mod export;
pub mod formats;
mod html;
mod layout;
mod names;
mod reported;
mod segment;
pub mod share;
mod statements;
pub mod stories;
pub mod timeline;
mod timex;
mod when;

pub use analysis::{Analysis, analyze, analyze_each, analyze_with, compare};
pub use article::{Article, DateSource, Format, Region, RegionKind, ingest};
pub use date::parse_date;
pub use decode::{Decoded, MAX_FILE_BYTES, decode};
pub use entities::{Entity, EntityKind, Role};
pub use error::{Error, ErrorKind, Result};
pub use segment::{Sentence, sentences};
pub use statements::{Span, Speaker, Statement, StatementKind, StatementTime, TimeSource, find_statements};
pub use timex::{Timex, TimexType, find_timexes};
pub use when::period_start;
