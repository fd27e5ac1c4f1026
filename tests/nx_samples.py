"""Sentences and hand-built articles shared by the tests of frames, formats, display and the CLI."""

from __future__ import annotations

LAVROV = (
    "“Those armed groups who refuse to leave will be considered terrorists,” Russian Foreign Minister "
    "Sergei Lavrov said on Monday. “We will treat them as such,” he added."
)
KERRY = (
    "Secretary of State John Kerry met diplomats in Geneva. “We are still talking,” Kerry said. "
    "“It is still possible that we could achieve an understanding.”"
)
NOTHING = "The weather in Geneva was mild on Tuesday."


def hand_article() -> dict:
    """An article with events, built by hand with the fixed schema (does not depend on the event coder)."""
    text = "Russia attacked Ukraine. Ukraine did not meet Russia."
    return {
        "quotes": [],
        "actors": [
            {
                "id": 0,
                "name": "Russia",
                "type": "country",
                "country": "RUS",
                "code": "RUS",
                "roles": [],
                "aliases": [],
                "mentions": [{"text": "Russia", "start": 0, "end": 6}],
            },
            {
                "id": 1,
                "name": "Ukraine",
                "type": "country",
                "country": "UKR",
                "code": "UKR",
                "roles": ["state", "x"],
                "aliases": ["Kyiv"],
                "mentions": [
                    {"text": "Ukraine", "start": 16, "end": 23},
                    {"text": "Ukraine", "start": 25, "end": 32},
                ],
            },
        ],
        "events": [
            {
                "id": 0,
                "code": "190",
                "root": "19",
                "label": "Use conventional military force",
                "quad_class": 4,
                "goldstein": -10.0,
                "source": 0,
                "target": 1,
                "source_code": "RUS",
                "target_code": "UKR",
                "trigger": {"text": "attacked", "start": 7, "end": 15},
                "sentence": {"text": "Russia attacked Ukraine.", "start": 0, "end": 24},
                "date": "2022-02-24",
                "location": None,
                "negated": False,
            },
            {
                "id": 1,
                "code": "036",
                "root": "03",
                "label": "Express intent to meet or negotiate",
                "quad_class": 1,
                "goldstein": 4.0,
                "source": 1,
                "target": None,
                "source_code": "UKR",
                "target_code": None,
                "trigger": {"text": "meet", "start": 41, "end": 45},
                "sentence": {"text": "Ukraine did not meet Russia.", "start": 25, "end": 53},
                "date": None,
                "location": "Kyiv",
                "negated": True,
            },
        ],
        "places": [],
    }, text
