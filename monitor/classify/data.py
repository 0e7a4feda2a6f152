"""Labelled examples in JSONL, one object per line:
``{"text": "…", "labels": ["anti_lgbtqi"], "lang": "nl"}``. ``labels`` may be empty (not
relevant), ``lang`` is optional, and ``title`` and ``summary`` may stand instead of
``text`` (they are joined); ``source`` (optional) names where the example comes from, for
figures per dataset. Every fault names the file, the line and the field."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from monitor.bundled import bundled_path
from monitor.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    labels: tuple[str, ...]
    lang: str | None = None
    origin: str = ""  # "seed:train", "decision:<item id>", or the file it came from
    source: str | None = None  # the dataset, from the file's "source" field


def join_text(title: str | None, body: str | None) -> str:
    """Title and text as the classifier reads them."""
    title, body = (title or "").strip(), (body or "").strip()
    if title and body and not body.startswith(title):
        return f"{title}\n\n{body}"
    return body or title


def read_examples(path: Path, categories: Sequence[str]) -> list[Example]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path.name}: not UTF-8 text ({exc.reason})") from exc
    examples, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not a JSON object ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{where}: must be a JSON object")
            continue
        text = record.get("text")
        if text is None:
            text = join_text(record.get("title"), record.get("summary"))
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: text: needs a non-empty 'text' (or 'title'/'summary')")
            continue
        labels = record.get("labels")
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            problems.append(f"{where}: labels: must be a list of category ids, e.g. []")
            continue
        unknown = [x for x in labels if x not in categories]
        if unknown:
            problems.append(
                f"{where}: labels: unknown category {unknown[0]!r}; expected one "
                f"of {', '.join(categories)}"
            )
            continue
        lang = record.get("lang")
        if lang is not None and not isinstance(lang, str):
            problems.append(f"{where}: lang: must be a language code like nl")
            continue
        source = record.get("source")  # any scalar names a dataset; anything else is ignored
        source = str(source) if isinstance(source, str | int | float) else None
        examples.append(
            Example(
                text.strip(), tuple(dict.fromkeys(labels)), lang, origin=path.name, source=source
            )
        )
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise ConfigError(problems[0] + more, problems)
    return examples


def seed_examples(categories: Sequence[str], part: str) -> list[Example]:
    """The shipped seed examples: ``part`` is ``"train"`` or ``"dev"`` (never trained on)."""
    path = bundled_path(f"resources/seed/{part}.jsonl")
    return [
        Example(e.text, e.labels, e.lang, origin=f"seed:{part}", source="seed")
        for e in read_examples(path, categories)
    ]
