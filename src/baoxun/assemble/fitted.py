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


def conclude(command: str, out: Path, features: Sequence[str], weights: Sequence[float], report: list[str],
             *, threshold: float, refit: str, saved=None) -> int:
    """The end of a ``fit``/``score`` command: on ``fit`` write the model file (its refit
    command, what it was fitted on — ``report[0]`` — and its held-out score — ``report[1]``)
    and call ``saved`` (a weights cache to clear); then print the report and the weights."""
    if command == "fit":
        save_weights(out, features, weights, model="logistic", threshold=threshold, refit=refit,
                     fitted_on=report[0], held_out=report[1])
        if saved is not None:
            saved()
    print("\n".join(report))
    print_weights(features, weights)
    return 0


def gold_pages(pages_dir, gold_dir):
    """``(page text, gold record)`` of every generated page ``*.txt`` that has its gold
    ``*.json``: the rows a ``fit`` command reads."""
    for page in sorted(Path(pages_dir).glob("*.txt")):
        gold_file = Path(gold_dir) / (page.stem + ".json")
        if gold_file.exists():
            yield page.read_text(encoding="utf-8"), json.loads(gold_file.read_text(encoding="utf-8"))
