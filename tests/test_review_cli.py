"""``review`` decides by the same actions as the app: each flag is one action, a severity
goes only with a finding, and the log reads back with the words it always had."""

from __future__ import annotations

from typing import Any

from uidata import STORIES, THRESHOLD, populate

from monitor.config import Locations


def _flagged() -> int:
    ids = populate(Locations.resolve().db_path)
    flagged = (max(s.scores.values(), default=0.0) >= THRESHOLD for s in STORIES)
    return next(i for i, f in zip(ids, flagged, strict=True) if f)


def test_each_flag_is_an_action_and_the_log_keeps_its_words(run_cli: Any) -> None:
    item_id = _flagged()
    confirmed = run_cli("review", str(item_id), "--confirm", "--severity", "high")
    assert confirmed.exit_code == 0
    assert f"item {item_id}: confirmed (categories: " in confirmed.output
    assert confirmed.output.rstrip().endswith("severity: high)")
    escalated = run_cli("review", str(item_id), "--escalate")
    assert f"item {item_id}: escalated" in escalated.output
    noted = run_cli("review", str(item_id), "--note", "ask the Kyiv office")
    assert f"item {item_id}: escalated" in noted.output  # a note leaves the status
    undone = run_cli("review", str(item_id), "--undo")
    assert f"item {item_id}: confirmed" in undone.output  # the escalation taken back
    rejected = run_cli("review", str(item_id), "--reject")
    assert f"item {item_id}: rejected (categories: none)" in rejected.output
    shown = run_cli("show", str(item_id)).output
    for step in (
        "confirm → confirmed",
        "escalate → escalated",
        "note → escalated",
        "undo → confirmed",
        "reject → rejected []",
    ):
        assert step in shown


def test_a_severity_goes_only_with_a_finding(run_cli: Any) -> None:
    item_id = _flagged()
    refused = run_cli("review", str(item_id), "--reject", "--severity", "high")
    assert refused.exit_code == 2
    assert "--severity goes with --confirm, --labels or --escalate" in refused.output
    relabelled = run_cli("review", str(item_id), "--labels", "civic_space", "--severity", "low")
    assert f"item {item_id}: confirmed (categories: civic_space, severity: low)" in (
        relabelled.output
    )
