"""An HTML view of an article for Jupyter: highlighted quotes, actors and events, and an actor network.

>>> import newsextract as nx
>>> nx.render(text)                      # doctest: +SKIP
(a Jupyter cell shows the article with its quotes coloured by speaker)

Everything taken from the article (its text, names, codes, labels) is HTML-escaped: a ``<script>``
in an article is shown as text and never runs. The view uses inline styles and inline SVG only, no
JavaScript, so it also shows in trusted-less viewers (GitHub, nbviewer) and in exported HTML.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .types import Actor, Article, Event

if TYPE_CHECKING:  # pragma: no cover
    from ._core import DateLike, Lexicon

__all__ = ["QUAD_COLORS", "SPEAKER_COLORS", "Rendered", "render"]

#: Background colours of quotes, one per speaker (cycled); unattributed quotes are grey.
SPEAKER_COLORS = (
    "#fde68a",
    "#bfdbfe",
    "#bbf7d0",
    "#fbcfe8",
    "#ddd6fe",
    "#fed7aa",
    "#a5f3fc",
    "#d9f99d",
    "#fecaca",
    "#c7d2fe",
)
UNATTRIBUTED_COLOR = "#e5e7eb"

#: Colours of event triggers and network edges by CAMEO quad class.
QUAD_COLORS = {1: "#16a34a", 2: "#2563eb", 3: "#d97706", 4: "#dc2626"}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_OTHER_QUAD = "#6b7280"


def _e(value: Any) -> str:
    """HTML-escape anything (quotes too, so it is safe in attributes)."""
    return html.escape("" if value is None else str(value), quote=True)


class Rendered:
    """An article rendered as HTML; Jupyter shows it through ``_repr_html_``.

    Attributes:
        html: the HTML fragment (a ``<div>``, inline styles, inline SVG, no script).
    """

    def __init__(self, fragment: str, summary: str) -> None:
        self.html = fragment
        self._summary = summary

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<newsextract.Rendered: {self._summary}>"

    def document(self, title: str = "newsextract") -> str:
        """A complete standalone HTML document holding the view."""
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title></head><body>{self.html}</body></html>\n"
        )

    def save(self, path: str, title: str = "newsextract") -> None:
        """Write :meth:`document` to ``path`` (UTF-8)."""
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.document(title))


def _speaker_colors(article: Article) -> dict[Any, str]:
    """speaker key (actor id, or name when unresolved) -> colour, in order of first quote."""
    colors: dict[Any, str] = {}
    for q in sorted(article["quotes"], key=lambda q: q["start"]):
        key = _speaker_key(q)
        if key is not None and key not in colors:
            colors[key] = SPEAKER_COLORS[len(colors) % len(SPEAKER_COLORS)]
    return colors


def _speaker_key(q: Any) -> Any:
    if q.get("speaker_id") is not None:
        return ("id", q["speaker_id"])
    if q.get("speaker"):
        return ("name", q["speaker"])
    return None


def _actor_label(actor: Actor) -> str:
    details = [actor.get("type") or "", actor.get("code") or "", actor.get("country") or ""]
    details = [d for d in details if d]
    return f"actor: {actor['name']}" + (f" ({', '.join(details)})" if details else "")


def _actor_name(actors: Sequence[Actor], index: int | None) -> str:
    if index is None or not 0 <= index < len(actors):
        return "?"
    return actors[index]["name"]


def _event_label(event: Event, actors: Sequence[Actor]) -> str:
    quad = event.get("quad_class")
    negated = "NOT " if event.get("negated") else ""
    return (
        f"event {negated}{event['code']} {event.get('label') or ''}: "
        f"{_actor_name(actors, event.get('source'))} ({event.get('source_code') or '-'}) → "
        f"{_actor_name(actors, event.get('target'))} ({event.get('target_code') or '-'}); "
        f"quad class {quad} {QUAD_NAMES.get(quad, '')}, Goldstein {event.get('goldstein')}"
    )


def _text_html(text: str, article: Article, colors: dict[Any, str]) -> str:
    """The article text with one ``<span>`` per stretch covered by the same set of annotations."""
    n = len(text)
    # (start, end, kind, style, title)
    marks: list[tuple[int, int, str, str, str]] = []
    for q in article["quotes"]:
        key = _speaker_key(q)
        color = colors.get(key, UNATTRIBUTED_COLOR) if key is not None else UNATTRIBUTED_COLOR
        title = f"quote ({q.get('kind')}), speaker: {q.get('speaker') or 'unknown'}"
        if q.get("cue"):
            title += f"; cue: {q['cue']['text']}"  # type: ignore[index]
        marks.append((q["start"], q["end"], "nx-quote", f"background:{color}", title))
    for actor in article["actors"]:
        for m in actor["mentions"]:
            marks.append(
                (m["start"], m["end"], "nx-mention", "border-bottom:2px solid #374151", _actor_label(actor))
            )
    for place in article.get("places", []):
        for m in place["mentions"]:
            label = f"place: {place['name']}" + (f" ({place['country']})" if place.get("country") else "")
            marks.append((m["start"], m["end"], "nx-place", "border-bottom:2px dotted #0f766e", label))
    for event in article["events"]:
        t = event["trigger"]
        color = QUAD_COLORS.get(event.get("quad_class"), _OTHER_QUAD)  # type: ignore[arg-type]
        style = f"font-weight:bold;outline:2px solid {color};outline-offset:1px"
        marks.append((t["start"], t["end"], "nx-trigger", style, _event_label(event, article["actors"])))
    marks = [(max(0, s), min(n, e), k, st, ti) for s, e, k, st, ti in marks if 0 <= s < e and s < n]
    cuts = sorted({0, n, *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _e(text[a:b])
        active = [m for m in marks if m[0] <= a and m[1] >= b]
        if not active:
            out.append(piece)
            continue
        classes = " ".join(sorted({m[2] for m in active}))
        style = ";".join(m[3] for m in active)
        title = "\n".join(dict.fromkeys(m[4] for m in active))
        out.append(f'<span class="{classes}" style="{_e(style)}" title="{_e(title)}">{piece}</span>')
    return "".join(out)


def _legend(article: Article, colors: dict[Any, str]) -> str:
    chips = []
    names: dict[Any, str] = {}
    for q in article["quotes"]:
        key = _speaker_key(q)
        if key is not None and key not in names:
            names[key] = q.get("speaker") or _actor_name(article["actors"], q.get("speaker_id"))
    for key, color in colors.items():
        chips.append(
            f'<span style="background:{color};padding:1px 6px;margin-right:6px;border-radius:3px">'
            f"{_e(names.get(key, '?'))}</span>"
        )
    quads = "".join(
        f'<span style="color:{c};margin-right:8px">&#9644; {_e(QUAD_NAMES[q])}</span>'
        for q, c in QUAD_COLORS.items()
    )
    counts = (
        f"{len(article['quotes'])} quotes, {len(article['actors'])} actors, "
        f"{len(article['events'])} events, {len(article.get('places', []))} places"
    )
    return (
        '<div class="nx-legend" style="font-size:12px;margin-bottom:8px">'
        f"<div>{_e(counts)}</div><div>Speakers: {''.join(chips) or '(none)'}</div>"
        f"<div>Events: {quads}</div></div>"
    )


def _network_svg(article: Article, colors: dict[Any, str]) -> str:
    """Actors in events as nodes on a circle; events as arrows coloured by quad class."""
    actors = article["actors"]
    events = [
        e
        for e in article["events"]
        if e.get("source") is not None
        and e.get("target") is not None
        and 0 <= e["source"] < len(actors)  # type: ignore[operator]
        and 0 <= e["target"] < len(actors)  # type: ignore[operator]
    ]
    undrawn = len(article["events"]) - len(events)
    if not events:
        note = (
            f"{undrawn} events without a known source and target" if undrawn else "no events between actors"
        )
        return (
            f'<div class="nx-network" style="font-size:12px;color:#6b7280">Actor network: {_e(note)}.</div>'
        )
    nodes: list[int] = []
    for e in events:
        for i in (e["source"], e["target"]):
            if i not in nodes:
                nodes.append(i)  # type: ignore[arg-type]
    width, height = 520, 360
    cx, cy, radius, node_r = width / 2, height / 2, min(width, height) / 2 - 60, 22
    pos: dict[int, tuple[float, float]] = {}
    for k, i in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * k / len(nodes)
        pos[i] = (
            (cx + radius * math.cos(angle), cy + radius * math.sin(angle)) if len(nodes) > 1 else (cx, cy)
        )
    parts = [
        (
            f'<svg class="nx-network" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" style="font-family:sans-serif;font-size:11px">'
        ),
        "<title>Actor network</title><defs>",
    ]
    for q, c in [*QUAD_COLORS.items(), (0, _OTHER_QUAD)]:
        parts.append(
            f'<marker id="nx-arrow-{q}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{c}"/></marker>'
        )
    parts.append("</defs>")
    seen: dict[tuple[int, int], int] = {}
    for e in events:
        s, t = e["source"], e["target"]
        quad = e.get("quad_class") if e.get("quad_class") in QUAD_COLORS else 0
        color = QUAD_COLORS.get(quad, _OTHER_QUAD)  # type: ignore[arg-type]
        k = seen.get((s, t), 0)  # type: ignore[arg-type]
        seen[(s, t)] = k + 1  # type: ignore[index]
        x1, y1 = pos[s]  # type: ignore[index]
        x2, y2 = pos[t]  # type: ignore[index]
        title = f"<title>{_e(_event_label(e, actors))}</title>"
        dash = ' stroke-dasharray="4 3"' if e.get("negated") else ""
        if s == t:  # a loop above the node
            r = node_r + 8 + 6 * k
            d = (
                f"M{x1 - 6:.1f},{y1 - node_r:.1f} C{x1 - r:.1f},{y1 - 2 * r:.1f} {x1 + r:.1f},{y1 - 2 * r:.1f} "
                f"{x1 + 6:.1f},{y1 - node_r:.1f}"
            )
        else:
            dx, dy = x2 - x1, y2 - y1
            dist = math.hypot(dx, dy) or 1.0
            ux, uy = dx / dist, dy / dist
            sx, sy = x1 + ux * node_r, y1 + uy * node_r
            tx, ty = x2 - ux * (node_r + 2), y2 - uy * (node_r + 2)
            bend = 18 * (k + 1) * (1 if k % 2 == 0 else -1) if k or (t, s) in seen else 0
            mx, my = (sx + tx) / 2 - uy * bend, (sy + ty) / 2 + ux * bend
            d = f"M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {tx:.1f},{ty:.1f}"
        parts.append(
            f'<path class="nx-edge" d="{d}" fill="none" stroke="{color}" stroke-width="2.5"{dash} '
            f'marker-end="url(#nx-arrow-{quad})">{title}</path>'
        )
    speaker_color = {key[1]: c for key, c in colors.items() if key[0] == "id"}
    for i in nodes:
        x, y = pos[i]
        actor = actors[i]
        fill = speaker_color.get(i, "#f3f4f6")
        label = actor["name"] if len(actor["name"]) <= 28 else actor["name"][:27] + "…"
        parts.append(
            f'<g class="nx-node"><title>{_e(_actor_label(actor))}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{node_r}" fill="{fill}" stroke="#374151" stroke-width="1.5"/>'
            f'<text x="{x:.1f}" y="{y + node_r + 13:.1f}" text-anchor="middle">{_e(label)}</text>'
            f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="8">{_e(actor.get("code") or "")}</text>'
            "</g>"
        )
    if undrawn:
        parts.append(
            f'<text x="8" y="{height - 8}" fill="#6b7280">{undrawn} events without a known source and target '
            "are not drawn</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def render(
    text: str,
    article: Article | None = None,
    *,
    published: DateLike = None,
    lexicon: Lexicon | None = None,
    network: bool = True,
) -> Rendered:
    """Render an article as HTML for Jupyter (the returned object displays itself in a cell).

    Quotes are highlighted with one background colour per speaker, actor mentions are underlined,
    place mentions underlined with dots, and event triggers boxed in the colour of their quad class
    (green verbal cooperation, blue material cooperation, amber verbal conflict, red material
    conflict). Hovering shows the details: speaker and cue of a quote; name, type and CAMEO code of
    an actor; code, label, source and target of an event. Below, a small actor network: the actors
    of the events as nodes (filled with their speaker colour), the events as arrows from source to
    target coloured by quad class (dashed when negated).

    Args:
        text: the article text the ``article`` was extracted from.
        article: the dict ``extract(text)`` returned; extracted now when None.
        published: publication date, used only when ``article`` is None.
        lexicon: lexicon, used only when ``article`` is None.
        network: draw the actor network.

    Returns:
        a :class:`Rendered` (``.html`` is the fragment; ``.save(path)`` writes a standalone page).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if article is None:
        from ._core import extract

        article = extract(text, published=published, lexicon=lexicon)
    colors = _speaker_colors(article)
    fragment = (
        '<div class="newsextract" style="font-family:Georgia,serif;max-width:820px;color:#111827;'
        'background:#ffffff;padding:8px">'
        + _legend(article, colors)
        + '<div class="nx-text" style="white-space:pre-wrap;line-height:1.7;font-size:15px">'
        + _text_html(text, article, colors)
        + "</div>"
        + (_network_svg(article, colors) if network else "")
        + "</div>"
    )
    summary = (
        f"{len(article['quotes'])} quotes, {len(article['actors'])} actors, {len(article['events'])} events"
    )
    return Rendered(fragment, summary)
