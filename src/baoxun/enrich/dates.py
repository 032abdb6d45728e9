"""Dates (日期). Placeholder until the finder lands."""
from __future__ import annotations

from datetime import date
from typing import Any


def find_dates(text: str, *, issue: date | None = None, year: int | None = None) -> list[dict[str, Any]]:
    return []
