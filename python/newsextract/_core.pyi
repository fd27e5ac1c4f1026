import datetime
import os
from typing import Iterable, Literal, Optional, TypedDict, Union, final

from .types import Article

__all__ = ["__version__", "conformance", "extract", "extract_batch", "Lexicon", "LexiconError"]

__version__: str

_DateLike = Union[str, datetime.date, None]
_Paths = Optional[Iterable[Union[str, os.PathLike[str]]]]

class _Skipped(TypedDict):
    reason: str
    count: int
    file: Optional[str]
    line: Optional[int]

class _LoadReport(TypedDict):
    verbs: int
    patterns: int
    synsets: int
    actors: int
    actor_phrases: int
    agents: int
    discards: int
    skipped: list[_Skipped]

class _Failure(TypedDict):
    id: str
    expected: str
    got: str

class _SuiteReport(TypedDict):
    records: int
    exact: int
    events_expected: int
    events_matched: int
    events_extra: int
    failures: list[_Failure]
    by_category: dict[str, int]

class LexiconError(ValueError):
    file: Optional[str]
    line: Optional[int]

@final
class Lexicon:
    @staticmethod
    def default() -> Lexicon: ...
    @staticmethod
    def from_files(
        *,
        actors: _Paths = None,
        agents: _Paths = None,
        verbs: _Paths = None,
        discards: _Paths = None,
        options: _Paths = None,
        defaults: bool = True,
    ) -> Lexicon: ...
    def report(self) -> _LoadReport: ...
    def __len__(self) -> int: ...

def extract(text: str, /, *, published: _DateLike = None, lexicon: Optional[Lexicon] = None) -> Article: ...
def extract_batch(
    texts: Iterable[str],
    /,
    *,
    published: Union[_DateLike, Iterable[_DateLike]] = None,
    threads: Optional[int] = None,
    lexicon: Optional[Lexicon] = None,
) -> list[Article]: ...
def conformance(
    suite: Literal["tabari", "petrarch"], path: Union[str, os.PathLike[str]], /
) -> _SuiteReport: ...
