import datetime
from typing import Iterable, Optional, Union

from .types import Article

__version__: str

DateLike = Union[str, datetime.date, None]

class LexiconError(ValueError):
    file: Optional[str]
    line: Optional[int]

class Lexicon:
    @staticmethod
    def default() -> Lexicon: ...
    def __len__(self) -> int: ...

def extract(text: str, /, *, published: DateLike = None, lexicon: Optional[Lexicon] = None) -> Article: ...
def extract_batch(
    texts: Iterable[str],
    /,
    *,
    published: Union[DateLike, Iterable[DateLike]] = None,
    threads: Optional[int] = None,
    lexicon: Optional[Lexicon] = None,
) -> list[Article]: ...
