"""The shapes of the dicts that `extract` returns, for users and type checkers."""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict


class Span(TypedDict):
    """A piece of the article: ``article_text[start:end] == text``."""

    text: str
    start: int
    end: int


class Quote(TypedDict):
    id: int
    text: str
    start: int
    end: int
    kind: Literal["direct", "indirect", "mixed"]
    utterance: int
    speaker: Optional[str]
    speaker_id: Optional[int]
    speaker_mention: Optional[Span]
    cue: Optional[Span]


class Actor(TypedDict):
    id: int
    name: str
    type: Literal["person", "organization", "country", "group"]
    country: Optional[str]
    code: Optional[str]
    roles: List[str]
    aliases: List[str]
    mentions: List[Span]


class Event(TypedDict):
    id: int
    code: str
    root: str
    label: str
    quad_class: int
    goldstein: float
    source: Optional[int]
    target: Optional[int]
    source_code: Optional[str]
    target_code: Optional[str]
    trigger: Span
    sentence: Span
    date: Optional[str]
    location: Optional[str]
    negated: bool


class Place(TypedDict):
    name: str
    country: Optional[str]
    mentions: List[Span]


class Article(TypedDict):
    quotes: List[Quote]
    actors: List[Actor]
    events: List[Event]
    places: List[Place]
