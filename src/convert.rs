//! Core structs to Python dicts (offsets are already code points).

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList};
use pyo3::{intern, IntoPyObjectExt};

use newsextract_core::{Actor, Article, Event, Place, Quote, Span};

fn span<'py>(py: Python<'py>, s: &Span) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "text"), &s.text)?;
    d.set_item(intern!(py, "start"), s.start)?;
    d.set_item(intern!(py, "end"), s.end)?;
    Ok(d)
}

fn opt_span<'py>(py: Python<'py>, s: &Option<Span>) -> PyResult<Bound<'py, PyAny>> {
    match s {
        Some(s) => Ok(span(py, s)?.into_any()),
        None => Ok(py.None().into_bound(py)),
    }
}

fn spans<'py>(py: Python<'py>, list: &[Span]) -> PyResult<Bound<'py, PyList>> {
    let items = list
        .iter()
        .map(|s| span(py, s))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

fn quote<'py>(py: Python<'py>, q: &Quote) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "id"), q.id)?;
    d.set_item(intern!(py, "text"), &q.text)?;
    d.set_item(intern!(py, "start"), q.start)?;
    d.set_item(intern!(py, "end"), q.end)?;
    d.set_item(intern!(py, "kind"), q.kind.as_str())?;
    d.set_item(intern!(py, "utterance"), q.utterance)?;
    d.set_item(intern!(py, "speaker"), &q.speaker)?;
    d.set_item(intern!(py, "speaker_id"), q.speaker_id)?;
    d.set_item(
        intern!(py, "speaker_mention"),
        opt_span(py, &q.speaker_mention)?,
    )?;
    d.set_item(intern!(py, "cue"), opt_span(py, &q.cue)?)?;
    Ok(d)
}

fn actor<'py>(py: Python<'py>, a: &Actor) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "id"), a.id)?;
    d.set_item(intern!(py, "name"), &a.name)?;
    d.set_item(intern!(py, "type"), a.kind.as_str())?;
    d.set_item(intern!(py, "country"), &a.country)?;
    d.set_item(intern!(py, "code"), &a.code)?;
    d.set_item(intern!(py, "roles"), PyList::new(py, &a.roles)?)?;
    d.set_item(intern!(py, "aliases"), PyList::new(py, &a.aliases)?)?;
    d.set_item(intern!(py, "mentions"), spans(py, &a.mentions)?)?;
    Ok(d)
}

fn event<'py>(py: Python<'py>, e: &Event) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "id"), e.id)?;
    d.set_item(intern!(py, "code"), &e.code)?;
    d.set_item(intern!(py, "root"), &e.root)?;
    d.set_item(intern!(py, "label"), &e.label)?;
    d.set_item(intern!(py, "quad_class"), e.quad_class)?;
    d.set_item(intern!(py, "goldstein"), f64::from(e.goldstein))?;
    d.set_item(intern!(py, "source"), e.source)?;
    d.set_item(intern!(py, "target"), e.target)?;
    d.set_item(intern!(py, "source_code"), &e.source_code)?;
    d.set_item(intern!(py, "target_code"), &e.target_code)?;
    d.set_item(intern!(py, "trigger"), span(py, &e.trigger)?)?;
    d.set_item(intern!(py, "sentence"), span(py, &e.sentence)?)?;
    d.set_item(intern!(py, "date"), &e.date)?;
    d.set_item(intern!(py, "location"), &e.location)?;
    d.set_item(intern!(py, "negated"), e.negated)?;
    Ok(d)
}

fn place<'py>(py: Python<'py>, p: &Place) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "name"), &p.name)?;
    d.set_item(intern!(py, "country"), &p.country)?;
    d.set_item(intern!(py, "mentions"), spans(py, &p.mentions)?)?;
    Ok(d)
}

fn list<'py, T>(
    py: Python<'py>,
    items: &[T],
    f: fn(Python<'py>, &T) -> PyResult<Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyList>> {
    let items = items
        .iter()
        .map(|x| f(py, x))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// `{"quotes": [...], "actors": [...], "events": [...], "places": [...]}`
pub fn article(py: Python<'_>, a: &Article) -> PyResult<Py<PyAny>> {
    gc_paused(py, || {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "quotes"), list(py, &a.quotes, quote)?)?;
        d.set_item(intern!(py, "actors"), list(py, &a.actors, actor)?)?;
        d.set_item(intern!(py, "events"), list(py, &a.events, event)?)?;
        d.set_item(intern!(py, "places"), list(py, &a.places, place)?)?;
        d.into_py_any(py)
    })
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
