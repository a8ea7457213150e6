//! Errors a user can cause: a file that is not an article. Each error names the input it is
//! about and says what to do, so the page can show it next to that file and go on with the
//! others.

use std::fmt;

/// The result type of fallible core operations.
pub type Result<T> = std::result::Result<T, Error>;

/// Why an input could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input has no bytes, or only whitespace.
    Empty,
    /// The input is larger than the limit (in bytes).
    TooLarge {
        /// The input's size in bytes.
        size: u64,
        /// The largest size accepted.
        limit: u64,
    },
    /// The input is a binary file (an image, a PDF, an archive...), not text.
    Binary {
        /// What kind of binary file it looks like, when known ("a PDF document").
        what: Option<&'static str>,
    },
    /// The input is an HTML page in which no text could be found.
    NoText,
}

/// An input that could not be read, with the name of that input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    file: String,
}

impl Error {
    /// Creates an error about the input named `file`.
    pub fn new(kind: ErrorKind, file: impl Into<String>) -> Self {
        Error { kind, file: file.into() }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The name of the input the error is about.
    pub fn file(&self) -> &str {
        &self.file
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        match &self.kind {
            ErrorKind::Empty => write!(f, "{file}: the file is empty, so there is nothing to read"),
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                "{file}: the file is too large ({:.1} MB; the limit is {:.0} MB per article). \
                 Save just the article's text and try again",
                *size as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            ErrorKind::Binary { what } => write!(
                f,
                "{file}: this is {} not an article. Parallax reads plain text (.txt), \
                 Markdown (.md) and saved web pages (.html)",
                what.map(|w| format!("{w},")).unwrap_or_else(|| "a binary file,".into())
            ),
            ErrorKind::NoText => write!(
                f,
                "{file}: no article text was found in this web page. Try saving the page \
                 as text, or paste the article"
            ),
        }
    }
}

impl std::error::Error for Error {}
