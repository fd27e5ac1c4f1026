"""The Jupyter view (`nx.render`): highlights, hover details, actor network, escaping; checked in headless Chromium."""

from __future__ import annotations

import html
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import newsextract as nx
import pytest
from newsextract.display import QUAD_COLORS, SPEAKER_COLORS
from nx_samples import KERRY, LAVROV, hand_article

SCRIPT = '<script>document.body.setAttribute("data-script","ran")</script>'
IMG = "<img src=x onerror=\"document.body.setAttribute('data-img','ran')\">"


def titles(fragment: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'title="([^"]*)"', fragment)]


def test_render_highlights_quotes_by_speaker_with_hover_details():
    text = LAVROV + " " + KERRY
    article = nx.extract(text)
    view = nx.render(text, article)
    fragment = view._repr_html_()
    assert fragment == view.html and "<script" not in fragment
    speakers = {q["speaker"] for q in article["quotes"] if q["speaker"]}
    assert len(speakers) >= 2
    # one background colour per speaker, in order of first quote
    used = [c for c in SPEAKER_COLORS if f"background:{c}" in fragment]
    assert len(used) == len(speakers)
    hover = titles(fragment)
    for speaker in speakers:
        assert any(t.startswith("quote (direct), speaker: " + speaker) for t in hover)
    assert any(t.startswith("actor: ") and "Kerry" in t for t in hover)
    assert 'class="nx-quote"' in fragment and "nx-mention" in fragment
    # the text survives, in order, once the markup is removed
    assert html.unescape(
        re.sub(r"<[^>]+>", "", fragment.split('class="nx-text"', 1)[1].split(">", 1)[1])
    ).startswith(text)
    assert "quotes" in repr(view)


def test_render_extracts_when_no_article_is_given():
    assert nx.render(LAVROV).html == nx.render(LAVROV, nx.extract(LAVROV)).html
    with pytest.raises(TypeError):
        nx.render(b"bytes")  # type: ignore[arg-type]


def test_render_events_and_network():
    article, text = hand_article()
    fragment = nx.render(text, article).html
    hover = titles(fragment)
    assert any("event 190 Use conventional military force: Russia (RUS) → Ukraine (UKR)" in t for t in hover)
    assert any(t.startswith("event NOT 036") for t in hover)
    assert f"outline:2px solid {QUAD_COLORS[4]}" in fragment
    svg = fragment[fragment.index("<svg") : fragment.index("</svg>")]
    assert svg.count('class="nx-node"') == 2
    assert svg.count('class="nx-edge"') == 1  # the second event has no target
    assert f'stroke="{QUAD_COLORS[4]}"' in svg
    assert "1 events without a known source and target are not drawn" in svg
    assert "<title>" in svg and "Russia" in svg
    assert "nx-network" not in nx.render(text, article, network=False).html


def test_render_escapes_everything_from_the_article():
    text = SCRIPT + " " + IMG + " " + LAVROV
    article = nx.extract(text)
    article["actors"].append(
        {
            "id": len(article["actors"]),
            "name": '"><script>alert(1)</script>',
            "type": "person",
            "country": None,
            "code": "<b>",
            "roles": [],
            "aliases": [],
            "mentions": [{"text": text[:8], "start": 0, "end": 8}],
        }
    )
    fragment = nx.render(text, article).html
    assert "<script" not in fragment and "<img" not in fragment and "<b>" not in fragment
    assert "&lt;script&gt;" in fragment and "&lt;img src=x onerror=" in fragment


def test_render_survives_bad_offsets_and_empty_text():
    article = {"quotes": [], "actors": [], "events": [], "places": []}
    assert "nx-text" in nx.render("", article).html
    bad, text = hand_article()
    bad["actors"][0]["mentions"].append({"text": "", "start": 500, "end": 900})
    bad["actors"][0]["mentions"].append({"text": "", "start": 5, "end": 2})
    assert "Russia" in nx.render(text, bad).html


# ------------------------------------------------------------------ in a real browser


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(
        "Chromium is not installed (Debian: apt-get install chromium); the browser checks are skipped"
    )


def run_chromium(tmp_path: Path, page: Path, *flags: str) -> str:
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=900,1000",
            *flags,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def decode_png(data: bytes) -> tuple[int, int, list[bytes], int]:
    """A minimal PNG decoder (8-bit RGB/RGBA, not interlaced): width, height, rows, bytes per pixel."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def test_screenshot_in_headless_chromium(tmp_path):
    text = LAVROV + " " + KERRY
    events_article, events_text = hand_article()
    page = tmp_path / "view.html"
    body = nx.render(text).html + nx.render(events_text, events_article).html
    page.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>', "utf-8"
    )
    shot = tmp_path / "view.png"
    run_chromium(tmp_path, page, f"--screenshot={shot}")
    width, height, rows, bpp = decode_png(shot.read_bytes())
    assert (width, height) == (900, 1000)
    pixels: dict[tuple[int, int, int], int] = {}
    for row in rows:
        for x in range(0, len(row), bpp):
            px = (row[x], row[x + 1], row[x + 2])
            pixels[px] = pixels.get(px, 0) + 1
    white = pixels.get((255, 255, 255), 0)
    assert white < width * height * 0.97, "the screenshot is blank"
    # the quote highlights of the first two speakers, and the red edge/box of a material-conflict event
    for color in (SPEAKER_COLORS[0], SPEAKER_COLORS[1], QUAD_COLORS[4]):
        assert pixels.get(rgb(color), 0) > 50, f"{color} is not on the screen"


def test_script_in_an_article_never_runs_in_chromium(tmp_path):
    text = SCRIPT + " " + IMG + " " + LAVROV
    page = tmp_path / "view.html"
    nx.render(text).save(str(page))
    dom = run_chromium(tmp_path, page, "--dump-dom")
    assert "Lavrov" in dom and "data-script" in dom and "data-img" in dom  # the text is there, as text
    assert 'data-script="ran"' not in dom and 'data-img="ran"' not in dom
    # the same markup unescaped does run: the check above can see it
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><body>{SCRIPT} {IMG}</body></html>", "utf-8")
    dom = run_chromium(tmp_path, control, "--dump-dom")
    assert 'data-script="ran"' in dom and 'data-img="ran"' in dom
