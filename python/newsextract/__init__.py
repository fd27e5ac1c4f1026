"""newsextract: quotes, actors and CAMEO events from news text.

>>> import newsextract as nx
>>> article = nx.extract("“We will not leave,” Foreign Minister Sergei Lavrov said.")
>>> article["quotes"][0]["speaker"]
'Sergei Lavrov'
"""

from . import formats
from ._batch import extract_batch
from ._core import Lexicon, LexiconError, __version__, extract
from .display import Rendered, render
from .frames import extract_frames, to_frames
from .types import Actor, Article, Event, Place, Quote, Span

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Lexicon",
    "LexiconError",
    "Place",
    "Quote",
    "Rendered",
    "Span",
    "__version__",
    "extract",
    "extract_batch",
    "extract_frames",
    "formats",
    "render",
    "to_frames",
]
