"""One family of errors. Adapters (CLI, web) turn them into one line or a JSON error."""
from __future__ import annotations


class BaoxunError(Exception):
    """Base of every error baoxun raises on purpose; the message names the bad value."""


class InputError(BaoxunError):
    """An input file that cannot be read as a page: binary, empty, undecodable, missing."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
