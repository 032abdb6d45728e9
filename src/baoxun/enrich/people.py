"""People and their posts (人名与职务). Placeholder until the finder lands."""
from __future__ import annotations

from typing import Any


def find_people(text: str) -> list[dict[str, Any]]:
    return []
