"""Places (地名). Placeholder until the finder lands."""
from __future__ import annotations

from typing import Any


def find_places(text: str, *, place: str | None = None) -> list[dict[str, Any]]:
    return []
