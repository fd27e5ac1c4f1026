//! The core's one error type: opaque, with accessors for what a caller may need.

use std::fmt;

/// An error from loading a dictionary or reading options.
///
/// Dictionary errors name the file and the line (1-based) where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    file: Option<String>,
    line: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ErrorKind {
    Lexicon,
    Io,
    Date,
}

impl Error {
    pub(crate) fn lexicon(file: &str, line: usize, message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Lexicon,
            message: message.into(),
            file: Some(file.to_string()),
            line: Some(line),
        }
    }

    pub fn io(file: &str, err: &std::io::Error) -> Self {
        Error {
            kind: ErrorKind::Io,
            message: err.to_string(),
            file: Some(file.to_string()),
            line: None,
        }
    }

    pub(crate) fn date(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Date,
            message: message.into(),
            file: None,
            line: None,
        }
    }

    /// The dictionary file the error is in, where there is one.
    pub fn file(&self) -> Option<&str> {
        self.file.as_deref()
    }

    /// The 1-based line of `file()` the error is on, where there is one.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What went wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// A dictionary could not be parsed.
    pub fn is_lexicon(&self) -> bool {
        self.kind == ErrorKind::Lexicon
    }

    /// A file could not be read.
    pub fn is_io(&self) -> bool {
        self.kind == ErrorKind::Io
    }

    /// A date could not be parsed.
    pub fn is_date(&self) -> bool {
        self.kind == ErrorKind::Date
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => write!(f, "{file}:{line}: {}", self.message),
            (Some(file), None) => write!(f, "{file}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}
