//! The page's parts, one component per file.

mod article_card;
mod compare;
mod drop_zone;
mod error_list;
mod source;
mod timeline;

pub use article_card::{ArticleCard, Correction};
pub use compare::CompareView;
pub use drop_zone::DropZone;
pub use error_list::ErrorList;
pub use source::{Focus, SourcePanel};
pub use timeline::TimelineView;

use crate::core::StatementKind;

/// A statement's kind as the page names it.
pub(crate) fn kind_label(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Direct => "quote",
        StatementKind::Partial => "partial quote",
        StatementKind::Indirect => "reported",
    }
}

/// `s` cut to at most `max` characters at a word boundary, with "…" when cut.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}…", cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a))
}
