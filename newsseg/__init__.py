"""newsseg: split OCR'd or pdftotext'd Chinese newspaper pages into clean, structured articles.

    >>> import newsseg
    >>> page = newsseg.split(text)          # -> newsseg.Page, with .articles and .residue
    >>> newsseg.clean(text)                 # -> the repaired page as text

The stages live in their own modules and are composed in ``newsseg.pipeline``.
"""

from __future__ import annotations

from .config import Config
from .errors import DecodeError, NewssegError, NotTextError
from .model import Article, Dateline, Headline, Page, Residue
from .pipeline import clean, split

__all__ = [
    "Article",
    "Config",
    "Dateline",
    "DecodeError",
    "Headline",
    "NewssegError",
    "NotTextError",
    "Page",
    "Residue",
    "clean",
    "split",
]
__version__ = "0.1.0"
