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
