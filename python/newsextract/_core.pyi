import datetime
from typing import Iterable, Optional, Union, final

from .types import Article

__all__ = ["__version__", "extract", "extract_batch", "Lexicon", "LexiconError"]

__version__: str

_DateLike = Union[str, datetime.date, None]

class LexiconError(ValueError):
    file: Optional[str]
    line: Optional[int]

@final
class Lexicon:
    @staticmethod
    def default() -> Lexicon: ...
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
