"""Any str in, a valid result out: hypothesis over the Python API, and adversarial inputs.

Correctness only; the time these take is measured by bench/speed.py, not asserted here.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsextract as nx
from test_api import assert_valid

# NEWSEXTRACT_ADVERSARIAL=full runs the sizes (a million capitalised words, a 1 MB sentence);
# the default is smaller while the event coder is superlinear in clause length (bench/README.md).
FULL = os.environ.get("NEWSEXTRACT_ADVERSARIAL") == "full"

PIECES = [
    "said", "told", "according to", "he", "she", "they", "the minister", "officials", "Kerry",
    "John Kerry", "Sergei Lavrov", "Russia", "U.S.", "Mr.", "Syria’s", "rebels’", "’90s", "don't",
    "Foreign Minister", "United Nations", "Aleppo", "al-Assad", '"', "“", "”", "'", "‘", "’", "«",
    "»", "„", "``", "''", " ", " ", "\n", "\n\n", ".", ",", ":", "—", "(", ")", "\0", "\x01",
    "\u202e", "😀", "👩‍👩‍👧", "سوريا", "Лавров", "e\u0301", "\ufeff",
]

# Python strs that UTF-8 can encode (no lone surrogates): those raise UnicodeEncodeError by contract.
encodable = st.characters(blacklist_categories=("Cs",))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(alphabet=encodable, max_size=300))
def test_any_text(text):
    assert_valid(text, nx.extract(text))


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=150).map("".join))
def test_newsy_text(text):
    assert_valid(text, nx.extract(text))


@SETTINGS
@given(st.lists(st.one_of(st.from_regex(r"[A-Z][a-z]{0,6}\.?", fullmatch=True), st.sampled_from(["“", "”", '"', ".", "said"])), max_size=120).map(" ".join))
def test_capital_heavy_text(text):
    assert_valid(text, nx.extract(text))


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=50))
def test_only_documented_exceptions(text):
    # any str either extracts or (lone surrogates) raises UnicodeEncodeError; nothing else
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            nx.extract(text)
        except UnicodeEncodeError:
            return
        raise AssertionError("lone surrogates must raise UnicodeEncodeError")
    assert_valid(text, nx.extract(text))


def test_a_million_quotation_marks():
    for mark in ('"', "“", "'"):
        text = mark * 1_000_000
        assert_valid(text, nx.extract(text))


def test_a_million_capitalised_words():
    names = ["Kerry", "John", "Smith", "Sergei", "Lavrov", "United", "Nations", "met"]
    text = " ".join(names[i % len(names)] for i in range(1_000_000 if FULL else 3_000))
    assert_valid(text, nx.extract(text))


def test_a_megabyte_sentence_without_punctuation():
    words = ["the", "minister", "said", "he", "told", "that", "Kerry", "officials", "according", "to"]
    text = " ".join(words[(i * 7 + i // 13) % len(words)] for i in range(170_000 if FULL else 3_000))
    assert len(text) >= 1_000_000 or not FULL
    assert_valid(text, nx.extract(text))


def test_quotes_nested_a_thousand_deep():
    text = "Kerry said: " + "“‘«„" * 1000 + " the end " + "“»’”" * 1000 + " he said."
    assert_valid(text, nx.extract(text))


def test_mixed_scripts_controls_and_nuls():
    text = ("“Мы не уйдём,” said Sergei Lavrov\0 in دمشق.\u202e «Ja» sagte 東京の Kerry 😀.\r\n\x01\x7f“x\u0301”") * 3000
    assert_valid(text, nx.extract(text))
    text = "".join(chr(c) for c in range(0, 0x3000) if not 0xD800 <= c <= 0xDFFF) * 5
    assert_valid(text, nx.extract(text))
