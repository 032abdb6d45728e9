"""Weights of the fitted layout models as package data (``data/models/*.json``): the one
place the ``fit`` commands of :mod:`.subheads` and :mod:`.dates` write them and print them."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence


def save_weights(out: Path, features: Sequence[str], weights: Sequence[float], **meta: Any) -> None:
    """Write a model file: its kind and other ``meta`` (refit command, what it was fitted
    on, its held-out score), the feature names and one weight each."""
    out.parent.mkdir(parents=True, exist_ok=True)
    data = {"model": meta.pop("model"), "features": list(features), "weights": list(weights), **meta}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def print_weights(features: Sequence[str], weights: Sequence[float]) -> None:
    for name, v in zip(features, weights):
        print(f"  {name:20s} {v:+.3f}")
