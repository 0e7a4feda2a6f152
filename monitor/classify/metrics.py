"""Precision, recall and F1 per category, and macro/micro F1, for multi-label predictions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class CategoryScore:
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int = 0  # how many examples the model put in the category


@dataclass(frozen=True, kw_only=True)
class Report:
    """``macro_f1`` averages the categories that occur in the data or were predicted; a
    category absent from both has no defined F1 and is left out (and reported as such).
    ``groups`` holds the same figures per language and per source, when known."""

    categories: dict[str, CategoryScore]
    macro_f1: float
    micro_f1: float
    items: int
    seconds: float = 0.0
    groups: dict[str, dict[str, Report]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        result = self._figures()
        for kind, reports in self.groups.items():
            result[kind] = {name: report._figures() for name, report in reports.items()}
        return result

    def _figures(self) -> dict[str, Any]:
        return {
            "categories": {
                name: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                    "predicted": s.predicted,
                }
                for name, s in self.categories.items()
            },
            "macro_f1": round(self.macro_f1, 4),
            "micro_f1": round(self.micro_f1, 4),
            "items": self.items,
            "seconds": round(self.seconds, 3),
        }


def _ratio(numerator: float, denominator: float) -> float:
    return float(numerator / denominator) if denominator else 0.0


def evaluate(
    truth: Matrix, predicted: Matrix, categories: Sequence[str], seconds: float = 0.0
) -> Report:
    truth, predicted = np.asarray(truth, bool), np.asarray(predicted, bool)
    scores: dict[str, CategoryScore] = {}
    counted = []
    for index, name in enumerate(categories):
        t, p = truth[:, index], predicted[:, index]
        hits = int(np.sum(t & p))
        precision, recall = _ratio(hits, p.sum()), _ratio(hits, t.sum())
        f1 = _ratio(2 * precision * recall, precision + recall)
        scores[name] = CategoryScore(precision, recall, f1, int(t.sum()), int(p.sum()))
        if t.any() or p.any():
            counted.append(f1)
    hits = int(np.sum(truth & predicted))
    micro_p, micro_r = _ratio(hits, predicted.sum()), _ratio(hits, truth.sum())
    return Report(
        categories=scores,
        macro_f1=float(np.mean(counted)) if counted else 0.0,
        micro_f1=_ratio(2 * micro_p * micro_r, micro_p + micro_r),
        items=int(truth.shape[0]),
        seconds=seconds,
    )


GROUPS = {"by_language": "language", "by_source": "source"}


def evaluate_groups(
    truth: Matrix,
    predicted: Matrix,
    categories: Sequence[str],
    groups: Mapping[str, Sequence[str | None]],
    seconds: float = 0.0,
) -> Report:
    """The whole report, and one per value of each grouping (``by_language``: the
    examples' languages…) that the data has; examples without a value are left out."""
    report = evaluate(truth, predicted, categories, seconds)
    breakdown: dict[str, dict[str, Report]] = {}
    for kind, values in groups.items():
        names = sorted({value for value in values if value})
        if not names:
            continue
        column = np.array([value or "" for value in values])
        breakdown[kind] = {
            name: evaluate(truth[column == name], predicted[column == name], categories)
            for name in names
        }
    return Report(
        categories=report.categories,
        macro_f1=report.macro_f1,
        micro_f1=report.micro_f1,
        items=report.items,
        seconds=seconds,
        groups=breakdown,
    )


def report_from_json(data: dict[str, Any]) -> Report:
    return Report(
        categories={name: CategoryScore(**score) for name, score in data["categories"].items()},
        macro_f1=data["macro_f1"],
        micro_f1=data["micro_f1"],
        items=data["items"],
        seconds=data.get("seconds", 0.0),
        groups={
            kind: {name: report_from_json(part) for name, part in data[kind].items()}
            for kind in GROUPS
            if isinstance(data.get(kind), dict)
        },
    )


def format_report(report: Report) -> str:
    """The table for all examples, then one per language and per source."""
    sections = [_table(report)]
    for kind, reports in report.groups.items():
        for name, part in reports.items():
            table = _table(part, counted_only=True)
            sections.append(f"{GROUPS.get(kind, kind)} {name}: {part.items} items\n{table}")
    return "\n\n".join(sections)


def _table(report: Report, *, counted_only: bool = False) -> str:
    """One row per category; ``counted_only``: only those the macro-F1 counts."""
    lines = [f"{'category':16} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}"]
    for name, score in report.categories.items():
        if counted_only and not score.support and not score.predicted:
            continue
        lines.append(
            f"{name:16} {score.precision:9.3f} {score.recall:7.3f} {score.f1:6.3f} "
            f"{score.support:8d}"
        )
    summary = f"\nmacro F1 {report.macro_f1:.3f}   micro F1 {report.micro_f1:.3f}   "
    summary += f"{report.items} items" + (f"   {report.seconds:.1f} s" if report.seconds else "")
    lines.append(summary)
    return "\n".join(lines)
