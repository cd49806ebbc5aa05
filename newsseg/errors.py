"""The library's exceptions. Each message is one line that says what is wrong and what to do about it."""

from __future__ import annotations


class NewssegError(Exception):
    """Base class: anything newsseg refuses to process, with a remedy in the message."""


class DecodeError(NewssegError):
    """The bytes of a page cannot be read as text in any encoding without loss."""


class NotTextError(NewssegError):
    """The input is a PDF, an image or another binary file, not extracted text."""
