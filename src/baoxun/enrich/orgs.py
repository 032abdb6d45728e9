"""Organisations (机构). Placeholder until the finder lands."""
from __future__ import annotations

from typing import Any


def find_organizations(text: str) -> list[dict[str, Any]]:
    return []
