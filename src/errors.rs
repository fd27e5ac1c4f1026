//! Exception classes of the Python package.

use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;

create_exception!(
    newsextract,
    LexiconError,
    PyValueError,
    "A dictionary file could not be read or parsed; `file` and `line` say where."
);

/// Converts a core error into the matching Python exception.
pub fn to_py(err: newsextract_core::Error) -> PyErr {
    if err.is_lexicon() {
        let e = LexiconError::new_err(err.to_string());
        Python::attach(|py| {
            let value = e.value(py);
            let _ = value.setattr("file", err.file());
            let _ = value.setattr("line", err.line());
        });
        e
    } else if err.is_io() {
        PyOSError::new_err(err.to_string())
    } else {
        PyValueError::new_err(err.to_string())
    }
}

/// A panic in the core, caught before it reaches Python: an ordinary exception, never a
/// `PanicException` that escapes `except Exception`.
pub fn internal(what: &str) -> PyErr {
    PyRuntimeError::new_err(format!(
        "newsextract internal error while {what}; please report it with the input"
    ))
}
