"""newsextract: quotes, actors and CAMEO events from news text.

>>> import newsextract as nx
>>> article = nx.extract("“We will not leave,” Foreign Minister Sergei Lavrov said.")
>>> article["quotes"][0]["speaker"]
'Sergei Lavrov'
"""

from ._core import Lexicon, LexiconError, __version__, extract, extract_batch
from .types import Actor, Article, Event, Place, Quote, Span

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Lexicon",
    "LexiconError",
    "Place",
    "Quote",
    "Span",
    "__version__",
    "extract",
    "extract_batch",
]
