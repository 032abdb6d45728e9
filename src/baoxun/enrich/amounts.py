"""Amounts (金额、百分比). Placeholder until the finder lands."""
from __future__ import annotations

from typing import Any


def find_amounts(text: str) -> list[dict[str, Any]]:
    return []
