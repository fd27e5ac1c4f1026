//! Core structs to Python dicts (offsets are already code points).
//!
//! A news article of 4.6 kB becomes some 650 Python objects (135 dicts, 70 lists, 245 `str`, 280
//! `int`); making, filling and freeing them is what `nx.extract` adds to the core's time. So:
//! - a short string is made once per article and shared by every place that holds it (an actor's
//!   name, aliases and mention texts, country and CAMEO codes, cues): two strings in three of an
//!   article repeat one before them; the closed sets (quote kinds, actor types) are interned once;
//! - a span's text is `text[start:end]` of the caller's `str` itself, cut from it (code units
//!   copied, no UTF-8 decoding);
//! - the dicts of more than five keys (quotes, actors, events) are copies of a template holding
//!   their keys in order and None, so that a dict is allocated once at its size (one filled key
//!   by key grows at the sixth), and the None values are not set again.

use std::cell::RefCell;

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::{intern, IntoPyObject, IntoPyObjectExt};
use rustc_hash::FxHashMap;

use newsextract_core::{Actor, ActorType, Article, Event, Place, Quote, QuoteKind, Span};

const QUOTE_KEYS: &[&str] = &[
    "id",
    "text",
    "start",
    "end",
    "kind",
    "utterance",
    "speaker",
    "speaker_id",
    "speaker_mention",
    "cue",
];
const ACTOR_KEYS: &[&str] = &[
    "id", "name", "type", "country", "code", "roles", "aliases", "mentions",
];
const EVENT_KEYS: &[&str] = &[
    "id",
    "code",
    "root",
    "label",
    "quad_class",
    "goldstein",
    "source",
    "target",
    "source_code",
    "target_code",
    "trigger",
    "sentence",
    "date",
    "location",
    "negated",
];

/// A dict per shape of more than five keys: its keys (interned) in order, every value None.
struct Templates {
    quote: Py<PyDict>,
    actor: Py<PyDict>,
    event: Py<PyDict>,
}

static TEMPLATES: PyOnceLock<Templates> = PyOnceLock::new();

fn template(py: Python<'_>, keys: &[&str]) -> PyResult<Py<PyDict>> {
    let d = PyDict::new(py);
    for k in keys {
        d.set_item(PyString::intern(py, k), py.None())?;
    }
    Ok(d.unbind())
}

fn templates(py: Python<'_>) -> PyResult<&'static Templates> {
    TEMPLATES.get_or_try_init(py, || {
        Ok(Templates {
            quote: template(py, QUOTE_KEYS)?,
            actor: template(py, ACTOR_KEYS)?,
            event: template(py, EVENT_KEYS)?,
        })
    })
}

/// Strings up to this many bytes are shared within an article (names, codes, mentions, cues);
/// longer ones (quotes, sentences) seldom repeat.
const SHARED_MAX: usize = 64;

/// Builds the dicts of one article.
struct Builder<'a, 'py> {
    py: Python<'py>,
    /// The article's text as the caller gave it.
    text: &'a Bound<'py, PyString>,
    templates: &'static Templates,
    /// The article's short strings made so far, by content.
    strs: RefCell<FxHashMap<&'a str, Bound<'py, PyString>>>,
}

impl<'a, 'py> Builder<'a, 'py> {
    /// `s` as a `str`, the same object as the article's other strings of this content.
    fn str(&self, s: &'a str) -> Bound<'py, PyString> {
        if s.len() > SHARED_MAX {
            return PyString::new(self.py, s);
        }
        self.strs
            .borrow_mut()
            .entry(s)
            .or_insert_with(|| PyString::new(self.py, s))
            .clone()
    }

    /// The text `s` of a span at `start..end`: shared as `str` does, else cut from the text.
    fn span_text(&self, s: &'a str, start: usize, end: usize) -> PyResult<Bound<'py, PyString>> {
        if s.len() > SHARED_MAX {
            return self.substring(s, start, end);
        }
        if let Some(x) = self.strs.borrow().get(s) {
            return Ok(x.clone());
        }
        let x = self.substring(s, start, end)?;
        self.strs.borrow_mut().insert(s, x.clone());
        Ok(x)
    }

    /// `text[start:end]` of the caller's `str`, which is `s` (the core's spans are the text at
    /// their code-point offsets).
    fn substring(&self, s: &str, start: usize, end: usize) -> PyResult<Bound<'py, PyString>> {
        // SAFETY: `self.text` is a live `str` and the GIL is held; `PyUnicode_Substring` (stable
        // ABI) returns a new reference, or NULL with an exception set, which
        // `from_owned_ptr_or_err` turns into the error. The offsets are within the text.
        let sub = unsafe {
            Bound::from_owned_ptr_or_err(
                self.py,
                ffi::PyUnicode_Substring(
                    self.text.as_ptr(),
                    start as ffi::Py_ssize_t,
                    end as ffi::Py_ssize_t,
                ),
            )?
        }
        .cast_into::<PyString>()?;
        debug_assert_eq!(sub.to_cow().ok().as_deref(), Some(s));
        let _ = s;
        Ok(sub)
    }

    /// A new dict: a copy of `template` (values set by the caller, None where it sets none).
    fn dict(&self, template: &Py<PyDict>) -> PyResult<Bound<'py, PyDict>> {
        template.bind(self.py).copy()
    }

    /// Sets `key` of a dict copied from a template, unless `value` is None (as there).
    fn put_opt<V: IntoPyObject<'py>>(
        d: &Bound<'py, PyDict>,
        key: &Bound<'py, PyString>,
        value: Option<V>,
    ) -> PyResult<()> {
        match value {
            Some(v) => d.set_item(key, v),
            None => Ok(()),
        }
    }

    fn span(&self, s: &'a Span) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let d = PyDict::new(py);
        d.set_item(
            intern!(py, "text"),
            self.span_text(&s.text, s.start, s.end)?,
        )?;
        d.set_item(intern!(py, "start"), s.start)?;
        d.set_item(intern!(py, "end"), s.end)?;
        Ok(d)
    }

    fn spans(&self, list: &'a [Span]) -> PyResult<Bound<'py, PyList>> {
        let items = list
            .iter()
            .map(|s| self.span(s))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(self.py, items)
    }

    /// `names`: the actors' names, by actor id (a speaker is one of them).
    fn quote(&self, q: &'a Quote, names: &[Bound<'py, PyString>]) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let d = self.dict(&self.templates.quote)?;
        let kind = match q.kind {
            QuoteKind::Direct => intern!(py, "direct"),
            QuoteKind::Indirect => intern!(py, "indirect"),
            QuoteKind::Mixed => intern!(py, "mixed"),
        };
        d.set_item(intern!(py, "id"), q.id)?;
        d.set_item(
            intern!(py, "text"),
            self.span_text(&q.text, q.start, q.end)?,
        )?;
        d.set_item(intern!(py, "start"), q.start)?;
        d.set_item(intern!(py, "end"), q.end)?;
        d.set_item(intern!(py, "kind"), kind)?;
        d.set_item(intern!(py, "utterance"), q.utterance)?;
        // (the core's speaker is the name of the actor `speaker_id`)
        let speaker = match (&q.speaker, q.speaker_id.and_then(|i| names.get(i))) {
            (Some(s), Some(name)) => {
                debug_assert_eq!(name.to_cow().ok().as_deref(), Some(s.as_str()));
                Some(name.clone())
            }
            (speaker, _) => speaker.as_deref().map(|s| self.str(s)),
        };
        Self::put_opt(&d, intern!(py, "speaker"), speaker)?;
        Self::put_opt(&d, intern!(py, "speaker_id"), q.speaker_id)?;
        let mention = q.speaker_mention.as_ref().map(|s| self.span(s));
        Self::put_opt(&d, intern!(py, "speaker_mention"), mention.transpose()?)?;
        let cue = q.cue.as_ref().map(|s| self.span(s));
        Self::put_opt(&d, intern!(py, "cue"), cue.transpose()?)?;
        debug_assert_eq!(d.len(), QUOTE_KEYS.len());
        Ok(d)
    }

    fn actor(&self, a: &'a Actor, name: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let d = self.dict(&self.templates.actor)?;
        let kind = match a.kind {
            ActorType::Person => intern!(py, "person"),
            ActorType::Organization => intern!(py, "organization"),
            ActorType::Country => intern!(py, "country"),
            ActorType::Group => intern!(py, "group"),
        };
        d.set_item(intern!(py, "id"), a.id)?;
        d.set_item(intern!(py, "name"), name)?;
        d.set_item(intern!(py, "type"), kind)?;
        let country = a.country.as_deref().map(|s| self.str(s));
        Self::put_opt(&d, intern!(py, "country"), country)?;
        Self::put_opt(
            &d,
            intern!(py, "code"),
            a.code.as_deref().map(|s| self.str(s)),
        )?;
        let roles = a.roles.iter().map(|s| self.str(s)).collect::<Vec<_>>();
        d.set_item(intern!(py, "roles"), PyList::new(py, roles)?)?;
        let aliases = a.aliases.iter().map(|s| self.str(s)).collect::<Vec<_>>();
        d.set_item(intern!(py, "aliases"), PyList::new(py, aliases)?)?;
        d.set_item(intern!(py, "mentions"), self.spans(&a.mentions)?)?;
        debug_assert_eq!(d.len(), ACTOR_KEYS.len());
        Ok(d)
    }

    fn event(&self, e: &'a Event) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let d = self.dict(&self.templates.event)?;
        let opt_str = |s: &'a Option<String>| s.as_deref().map(|s| self.str(s));
        d.set_item(intern!(py, "id"), e.id)?;
        d.set_item(intern!(py, "code"), self.str(&e.code))?;
        d.set_item(intern!(py, "root"), self.str(&e.root))?;
        d.set_item(intern!(py, "label"), self.str(&e.label))?;
        d.set_item(intern!(py, "quad_class"), e.quad_class)?;
        d.set_item(intern!(py, "goldstein"), f64::from(e.goldstein))?;
        Self::put_opt(&d, intern!(py, "source"), e.source)?;
        Self::put_opt(&d, intern!(py, "target"), e.target)?;
        Self::put_opt(&d, intern!(py, "source_code"), opt_str(&e.source_code))?;
        Self::put_opt(&d, intern!(py, "target_code"), opt_str(&e.target_code))?;
        d.set_item(intern!(py, "trigger"), self.span(&e.trigger)?)?;
        d.set_item(intern!(py, "sentence"), self.span(&e.sentence)?)?;
        Self::put_opt(&d, intern!(py, "date"), opt_str(&e.date))?;
        Self::put_opt(&d, intern!(py, "location"), opt_str(&e.location))?;
        d.set_item(intern!(py, "negated"), e.negated)?;
        debug_assert_eq!(d.len(), EVENT_KEYS.len());
        Ok(d)
    }

    fn place(&self, p: &'a Place) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let d = PyDict::new(py);
        d.set_item(intern!(py, "name"), self.str(&p.name))?;
        d.set_item(
            intern!(py, "country"),
            p.country.as_deref().map(|s| self.str(s)),
        )?;
        d.set_item(intern!(py, "mentions"), self.spans(&p.mentions)?)?;
        Ok(d)
    }

    fn article(&self, a: &'a Article) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        // the actors first: the quotes' speakers are their names
        let names = a
            .actors
            .iter()
            .map(|x| self.str(&x.name))
            .collect::<Vec<_>>();
        let actors = a
            .actors
            .iter()
            .zip(&names)
            .map(|(x, name)| self.actor(x, name))
            .collect::<PyResult<Vec<_>>>()?;
        let quotes = a
            .quotes
            .iter()
            .map(|q| self.quote(q, &names))
            .collect::<PyResult<Vec<_>>>()?;
        let events = a
            .events
            .iter()
            .map(|e| self.event(e))
            .collect::<PyResult<Vec<_>>>()?;
        let places = a
            .places
            .iter()
            .map(|p| self.place(p))
            .collect::<PyResult<Vec<_>>>()?;
        let d = PyDict::new(py);
        d.set_item(intern!(py, "quotes"), PyList::new(py, quotes)?)?;
        d.set_item(intern!(py, "actors"), PyList::new(py, actors)?)?;
        d.set_item(intern!(py, "events"), PyList::new(py, events)?)?;
        d.set_item(intern!(py, "places"), PyList::new(py, places)?)?;
        Ok(d)
    }
}

/// `{"quotes": [...], "actors": [...], "events": [...], "places": [...]}` of `a`, extracted
/// from `text` (the caller's `str`: the spans' strings are cut from it).
pub fn article(py: Python<'_>, text: &Bound<'_, PyString>, a: &Article) -> PyResult<Py<PyAny>> {
    let b = Builder {
        py,
        text,
        templates: templates(py)?,
        strs: RefCell::new(FxHashMap::default()),
    };
    gc_paused(py, || b.article(a)?.into_py_any(py))
}

/// The `gc` module's `isenabled`, `disable` and `enable`.
static GC: PyOnceLock<[Py<PyAny>; 3]> = PyOnceLock::new();

/// Runs `build` with Python's cyclic garbage collector paused. An article's dicts and lists hold
/// no cycles, so collections while they are built (hundreds of containers per article) only walk
/// them in vain: about a sixth of `nx.extract`'s time on news when the results are kept. The
/// collector runs as usual afterwards; it stays off if the caller had turned it off.
fn gc_paused<T>(py: Python<'_>, build: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let gc = GC.get_or_try_init(py, || -> PyResult<_> {
        let m = py.import("gc")?;
        Ok([
            m.getattr("isenabled")?.unbind(),
            m.getattr("disable")?.unbind(),
            m.getattr("enable")?.unbind(),
        ])
    })?;
    if !gc[0].bind(py).call0()?.is_truthy()? {
        return build();
    }
    gc[1].bind(py).call0()?;
    let built = build();
    gc[2].bind(py).call0()?;
    built
}
