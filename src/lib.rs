//! Python bindings of newsextract: `extract`, `extract_batch` and `Lexicon`, over the pure-Rust
//! core `newsextract-core`. Heavy work runs with the interpreter detached; dicts are built after.

mod allocator;
mod convert;
mod errors;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use newsextract_core::events::DictSources;
use newsextract_core::lexicon::LexiconBuilder;
use newsextract_core::{Article, Date, Extractor, Options};

use errors::LexiconError;

/// The extension's Rust allocations go to mimalloc: an article makes many short-lived ones (its
/// token tables, the result structs and their strings), on which glibc's malloc spent about a
/// seventh of the extraction's time. `local_dynamic_tls`: the module is loaded with `dlopen`.
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;

/// A compiled lexicon: the actors, places, roles and (later) verb patterns extraction uses.
///
/// `Lexicon.default()` is the embedded lexicon that `extract` uses when none is given.
#[pyclass(name = "Lexicon", module = "newsextract", frozen)]
struct PyLexicon {
    inner: Arc<newsextract_core::Lexicon>,
}

#[pymethods]
impl PyLexicon {
    /// The embedded default lexicon (built once, shared).
    #[staticmethod]
    fn default() -> Self {
        PyLexicon {
            inner: newsextract_core::Lexicon::default_shared(),
        }
    }

    /// A lexicon with dictionary files in the TABARI / PETRARCH-1 / Phoenix formats.
    ///
    /// Args:
    ///     actors: actor files (primary phrase, ``+`` synonyms, date-restricted codes such as
    ///         ``[USAGOV >090120]``); their actors are also found by the actors pass, with the
    ///         code in force on the article's ``published`` date.
    ///     agents: agent files (``[~GOV]`` / ``[NGO~]`` composition).
    ///     verbs: verb files (patterns); they replace the embedded verb patterns.
    ///     discards: discard phrase files.
    ///     options: TABARI ``.options`` files.
    ///     defaults: start from the embedded default lexicon (True) or from nothing.
    ///
    /// Each argument is a list of paths (str or ``os.PathLike``). Files are read as UTF-8, or as
    /// Latin-1 where they are not valid UTF-8. Lines the readers recognise but cannot use (for
    /// example an actor name with a stray ``*``) are skipped and counted: see ``report()``.
    ///
    /// Raises:
    ///     LexiconError: a malformed entry; ``file`` and ``line`` (1-based) say where.
    ///     OSError: a file cannot be read.
    ///     TypeError: an argument is not a list of paths.
    #[staticmethod]
    #[pyo3(signature = (*, actors = None, agents = None, verbs = None, discards = None, options = None, defaults = true))]
    #[allow(clippy::too_many_arguments)]
    fn from_files(
        py: Python<'_>,
        actors: Option<&Bound<'_, PyAny>>,
        agents: Option<&Bound<'_, PyAny>>,
        verbs: Option<&Bound<'_, PyAny>>,
        discards: Option<&Bound<'_, PyAny>>,
        options: Option<&Bound<'_, PyAny>>,
        defaults: bool,
    ) -> PyResult<Self> {
        let actors = paths_arg(actors, "actors")?;
        let agents = paths_arg(agents, "agents")?;
        let verbs = paths_arg(verbs, "verbs")?;
        let discards = paths_arg(discards, "discards")?;
        let options = paths_arg(options, "options")?;
        let load = || {
            let sources = DictSources::from_paths(&verbs, &actors, &agents, &discards, &options)?;
            let mut b = if defaults {
                newsextract_core::Lexicon::builder_with_defaults()?
            } else {
                LexiconBuilder::default()
            };
            b.add_dictionary_files(sources)?;
            b.build()
        };
        let lexicon = py
            .detach(|| catch_unwind(AssertUnwindSafe(load)))
            .map_err(|_| errors::internal("loading dictionaries"))?
            .map_err(errors::to_py)?;
        Ok(PyLexicon {
            inner: Arc::new(lexicon),
        })
    }

    /// What the event dictionary holds and what the readers skipped.
    ///
    /// Returns:
    ///     ``{"verbs", "patterns", "synsets", "actors", "actor_phrases", "agents", "discards"}``
    ///     counts, and ``"skipped"``: one ``{"reason", "count", "file", "line"}`` per kind of
    ///     skipped line, with the place of the first one (``file`` and ``line`` None where a
    ///     line has no single place).
    fn report<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let r = self.inner.events().report();
        let d = PyDict::new(py);
        d.set_item("verbs", r.verbs)?;
        d.set_item("patterns", r.patterns)?;
        d.set_item("synsets", r.synsets)?;
        d.set_item("actors", r.actors)?;
        d.set_item("actor_phrases", r.actor_phrases)?;
        d.set_item("agents", r.agents)?;
        d.set_item("discards", r.discards)?;
        let skipped = PyList::empty(py);
        for (reason, count) in &r.skipped.entries {
            let first = r.skipped.first.iter().find(|(r, _, _)| r == reason);
            let e = PyDict::new(py);
            e.set_item("reason", reason)?;
            e.set_item("count", count)?;
            e.set_item("file", first.map(|f| f.1.as_str()))?;
            e.set_item("line", first.map(|f| f.2))?;
            skipped.append(e)?;
        }
        d.set_item("skipped", skipped)?;
        Ok(d)
    }

    /// Number of entries (actors, places and roles).
    fn __len__(&self) -> usize {
        self.inner.entries().len()
    }

    fn __repr__(&self) -> String {
        format!(
            "<newsextract.Lexicon with {} entries>",
            self.inner.entries().len()
        )
    }
}

/// A list of paths (str or os.PathLike); None is the empty list.
fn paths_arg(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<PathBuf>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    let not_list = || PyTypeError::new_err(format!("{what} must be a list of paths"));
    if value.is_instance_of::<PyString>() || value.is_instance_of::<pyo3::types::PyBytes>() {
        return Err(not_list());
    }
    if value.hasattr("__fspath__")? {
        return Err(not_list());
    }
    let mut out = Vec::new();
    for item in value.try_iter().map_err(|_| not_list())? {
        let item = item?;
        out.push(item.extract::<PathBuf>().map_err(|_| {
            PyTypeError::new_err(format!(
                "{what} must be a list of paths (str or os.PathLike)"
            ))
        })?);
    }
    Ok(out)
}

/// Codes a validation suite of the field with its own dictionaries and options.
///
/// Args:
///     suite: ``"tabari"`` (a TABARI ``.project`` file: its verbs, actors, agents, options and
///         texts, up to the record ``FINAL-01``) or ``"petrarch"`` (PETRARCH's XML unit-test
///         records: the dictionaries its ``<Environment>`` names, ``<Config>`` options honoured).
///     path: the project or records file.
///
/// Returns:
///     ``{"records", "exact", "events_expected", "events_matched", "events_extra"}`` counts,
///     ``"failures"``: ``[{"id", "expected", "got"}]`` (events as ``SOURCE/TARGET/CODE``
///     separated by blanks) and ``"by_category"``: ``{category: failures}``.
///
/// Raises:
///     ValueError: an unknown suite. LexiconError, OSError: as ``Lexicon.from_files``.
#[pyfunction]
#[pyo3(signature = (suite, path, /))]
fn conformance<'py>(py: Python<'py>, suite: &str, path: PathBuf) -> PyResult<Bound<'py, PyDict>> {
    use newsextract_core::events::conformance::{run_petrarch, run_tabari};
    let run = match suite {
        "tabari" => run_tabari,
        "petrarch" => run_petrarch,
        _ => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "suite must be 'tabari' or 'petrarch', not {suite:?}"
            )))
        }
    };
    let r = py
        .detach(|| catch_unwind(AssertUnwindSafe(|| run(&path))))
        .map_err(|_| errors::internal("coding a validation suite"))?
        .map_err(errors::to_py)?;
    let d = PyDict::new(py);
    d.set_item("records", r.records)?;
    d.set_item("exact", r.exact)?;
    d.set_item("events_expected", r.events_expected)?;
    d.set_item("events_matched", r.events_matched)?;
    d.set_item("events_extra", r.events_extra)?;
    let failures = PyList::empty(py);
    for (id, expected, got) in &r.failures {
        let f = PyDict::new(py);
        f.set_item("id", id)?;
        f.set_item("expected", expected)?;
        f.set_item("got", got)?;
        failures.append(f)?;
    }
    d.set_item("failures", failures)?;
    let cats = PyDict::new(py);
    for (c, n) in r.by_category() {
        cats.set_item(c, n)?;
    }
    d.set_item("by_category", cats)?;
    Ok(d)
}

fn extractor(lexicon: Option<&Bound<'_, PyLexicon>>) -> Extractor {
    match lexicon {
        Some(l) => Extractor::new(Arc::clone(&l.get().inner)),
        None => Extractor::default(),
    }
}

/// `published` as a date: None, an ISO date string, or a `datetime.date` / `datetime.datetime`.
fn published_date(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let iso: String = if let Ok(s) = value.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else {
        let date_type = value.py().import("datetime")?.getattr("date")?;
        if !value.is_instance(&date_type)? {
            let name = value.get_type().name()?;
            return Err(PyTypeError::new_err(format!(
                "published must be an ISO date string or a datetime.date, not {name}"
            )));
        }
        value.call_method0("isoformat")?.extract()?
    };
    Date::parse(&iso).map(Some).map_err(errors::to_py)
}

/// `value` as a `str`, or a TypeError naming it `what`.
fn str_arg<'a, 'py>(
    value: &'a Bound<'py, PyAny>,
    what: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    match value.cast::<PyString>() {
        Ok(s) => Ok(s),
        Err(_) => {
            let name = value.get_type().name()?;
            Err(PyTypeError::new_err(format!(
                "{what} must be str, not {name}"
            )))
        }
    }
}

fn run_one(extractor: &Extractor, text: &str, options: &Options) -> Option<Article> {
    catch_unwind(AssertUnwindSafe(|| extractor.extract(text, options))).ok()
}

/// Extract quotes, actors, events and places from one news article.
///
/// Args:
///     text: the article's text.
///     published: its publication date (ISO string or `datetime.date`), used for relative dates
///         ("Monday") and for actor codes that depend on the date (who was president when).
///     lexicon: a `Lexicon`; the embedded default when None.
///
/// Returns:
///     ``{"quotes": [...], "actors": [...], "events": [...], "places": [...]}``. Every offset is a
///     Python ``str`` index: ``text[q["start"]:q["end"]] == q["text"]``.
///
///     A quote: ``id, text, start, end, kind ("direct" | "indirect" | "mixed"), utterance (segments
///     of one utterance share it), speaker (canonical actor name), speaker_id (index into actors),
///     speaker_mention {text, start, end} | None, cue {text, start, end} | None``.
///
///     An actor: ``id, name, type ("person" | "organization" | "country" | "group"), country (ISO
///     alpha-3), code (CAMEO actor code), roles, aliases, mentions [{text, start, end}]``.
///
///     An event: ``id, code, root, label, quad_class, goldstein, source, target, source_code,
///     target_code, trigger, sentence, date, location, negated``. A place: ``name, country,
///     mentions``.
///
/// Raises:
///     TypeError: ``text`` is not a str, or ``published`` is not a str or date.
///     UnicodeEncodeError: ``text`` holds lone surrogates.
///     ValueError: ``published`` is not an ISO date.
#[pyfunction]
#[pyo3(signature = (text, /, *, published = None, lexicon = None))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    lexicon: Option<&Bound<'_, PyLexicon>>,
) -> PyResult<Py<PyAny>> {
    let text = str_arg(text, "text")?;
    let utf8 = text.to_cow()?;
    let options = Options {
        published: published_date(published)?,
    };
    let extractor = extractor(lexicon);
    let text_ref: &str = &utf8;
    let article = py
        .detach(|| run_one(&extractor, text_ref, &options))
        .ok_or_else(|| errors::internal("extracting an article"))?;
    convert::article(py, text, &article)
}

/// Texts are read from the iterable this many per worker thread at a time.
const CHUNK_PER_THREAD: usize = 32;

/// Extracts every text of `batch` on `threads` threads, in order.
fn run_batch(
    extractor: &Extractor,
    batch: &[(String, Options)],
    threads: usize,
) -> Vec<Option<Article>> {
    let next = AtomicUsize::new(0);
    let threads = threads.min(batch.len()).max(1);
    let mut results: Vec<Option<Article>> = Vec::with_capacity(batch.len());
    results.resize_with(batch.len(), || None);
    if threads == 1 {
        for (slot, (text, options)) in results.iter_mut().zip(batch) {
            *slot = run_one(extractor, text, options);
        }
        return results;
    }
    let parts: Vec<Vec<(usize, Option<Article>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((text, options)) = batch.get(i) else {
                            break;
                        };
                        done.push((i, run_one(extractor, text, options)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for (i, article) in parts.into_iter().flatten() {
        results[i] = article;
    }
    results
}

/// Extract many articles on all cores, in order.
///
/// Args:
///     texts: an iterable of str (a list, or a generator over a large file: it is read in chunks).
///     published: one date for all texts, or an iterable of dates (or None) parallel to `texts`.
///     threads: worker threads; all cores when None.
///     lexicon: a `Lexicon`; the embedded default when None.
///
/// Returns:
///     a list with one dict per text, as `extract` returns.
///
/// Raises:
///     TypeError: `texts` is a str or not iterable, an item is not a str, or `published` has the
///         wrong type.
///     ValueError: a `published` value is not an ISO date, or `published` is shorter than `texts`.
#[pyfunction]
#[pyo3(signature = (texts, /, *, published = None, threads = None, lexicon = None))]
fn extract_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    threads: Option<usize>,
    lexicon: Option<&Bound<'_, PyLexicon>>,
) -> PyResult<Py<PyList>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "extract_batch takes an iterable of str; use extract() for one text",
        ));
    }
    let threads = match threads {
        Some(0) => {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "threads must be at least 1",
            ))
        }
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    // one date for every text, or one per text
    let single_date = match published {
        None => Some(None),
        Some(p) if p.is_none() || p.is_instance_of::<PyString>() => Some(published_date(Some(p))?),
        Some(p) => {
            let date_type = py.import("datetime")?.getattr("date")?;
            if p.is_instance(&date_type)? {
                Some(published_date(Some(p))?)
            } else {
                None
            }
        }
    };
    let mut dates = match (&single_date, published) {
        (None, Some(p)) => Some(p.try_iter().map_err(|_| {
            PyTypeError::new_err("published must be a date, a str, or an iterable of them")
        })?),
        _ => None,
    };
    let extractor = extractor(lexicon);
    let out = PyList::empty(py);
    let mut iter = texts
        .try_iter()
        .map_err(|_| PyTypeError::new_err("texts must be an iterable of str"))?;
    let chunk = threads * CHUNK_PER_THREAD;
    let mut index = 0usize;
    // A chunk is extracted on worker threads while the dicts of the previous one are built here
    // (building dicts needs the interpreter, extraction does not) and the next one is read. The
    // previous chunk's workers are joined before the next chunk's start, so that no more than
    // `threads` threads extract at any time.
    let mut pending: Option<std::thread::JoinHandle<Vec<Option<Article>>>> = None;
    // the texts of the pending chunk, as given: the spans' strings are cut from them
    let mut pending_texts: Vec<Bound<'_, PyString>> = Vec::new();
    loop {
        let mut batch: Vec<(String, Options)> = Vec::with_capacity(chunk);
        let mut texts: Vec<Bound<'_, PyString>> = Vec::with_capacity(chunk);
        for item in iter.by_ref().take(chunk) {
            let item = item?;
            let text = str_arg(&item, &format!("texts[{index}]"))?;
            // the workers outlive the borrow of the str's UTF-8: a copy of it
            let utf8 = text.to_cow()?.into_owned();
            texts.push(text.clone());
            let date = match (&single_date, dates.as_mut()) {
                (Some(d), _) => *d,
                (None, Some(it)) => match it.next() {
                    Some(d) => published_date(Some(&d?))?,
                    None => {
                        return Err(pyo3::exceptions::PyValueError::new_err(format!(
                            "published has fewer items than texts ({index})"
                        )))
                    }
                },
                (None, None) => None,
            };
            batch.push((utf8, Options { published: date }));
            index += 1;
        }
        let finished = match pending.take() {
            Some(previous) => Some(
                py.detach(|| previous.join())
                    .map_err(|_| errors::internal("extracting a batch"))?,
            ),
            None => None,
        };
        pending = (!batch.is_empty()).then(|| {
            let worker = extractor.clone();
            std::thread::spawn(move || run_batch(&worker, &batch, threads))
        });
        let finished_texts = std::mem::replace(&mut pending_texts, texts);
        for (article, text) in finished.into_iter().flatten().zip(&finished_texts) {
            let article = article.ok_or_else(|| errors::internal("extracting a batch"))?;
            out.append(convert::article(py, text, &article)?)?;
        }
        if pending.is_none() {
            break;
        }
    }
    Ok(out.unbind())
}

/// newsextract: quotes, actors and CAMEO events from news text.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(conformance, m)?)?;
    m.add_class::<PyLexicon>()?;
    m.add("LexiconError", m.py().get_type::<LexiconError>())?;
    Ok(())
}
