"""Decisions the database could not take yet survive quitting: they are kept in the
data folder's waiting-decisions.json, the next start sends them, each under the id it
had, so that one whose commit went through just as the connection broke is recorded
once. A file that cannot be read is set aside, never deleted, and the analyst is told."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from desktop import Desktop
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from monitor.classify.taxonomy import load_taxonomy
from monitor.errors import StoreUnavailable
from monitor.store import Action, Actor, ActorKind
from ui import waiting_file
from ui.decision_command import Verdict
from ui.main_window import MainWindow
from ui.triage import Triage

UNREACHABLE = StoreUnavailable("postgresql://db/team: the server cannot be reached", "unreachable")


def _refused(work: Any) -> Future[object]:
    future: Future[object] = Future()
    future.set_exception(UNREACHABLE)
    return future


def _lost_answer(write: Callable[[Any], Future[object]]) -> Callable[[Any], Future[object]]:
    """A write that commits, but whose answer is lost: the connection broke just then."""

    def write_then_lose(work: Any) -> Future[object]:
        write(work).result()
        return _refused(work)

    return write_then_lose


def _journal(desktop: Desktop) -> Path:
    return desktop.locations.data_dir / waiting_file.NAME


def _waiting(qtbot: QtBot, triage: Triage) -> None:
    with qtbot.waitSignal(triage.waiting, check_params_cb=lambda count, why: count > 0):
        pass


def _kept_and_stopped(qtbot: QtBot, triage: Triage, desktop: Desktop) -> dict[str, Any]:
    """The first app stops: what it kept."""
    qtbot.waitUntil(_journal(desktop).exists)
    assert triage.keep()
    triage.write = lambda work: Future()  # gone: it never answers again
    triage.retry_now()
    return json.loads(_journal(desktop).read_text(encoding="utf-8"))


def _next_start(qtbot: QtBot, desktop: Desktop) -> Triage:
    triage = Triage(desktop.host.write, "Sanne", journal=_journal(desktop))
    triage.resume()
    qtbot.waitUntil(lambda: triage.pending == 0, timeout=10_000)
    return triage


def test_a_decision_the_server_did_not_take_is_sent_at_the_next_start(
    qtbot: QtBot, desktop: Desktop
) -> None:
    item = desktop.ids[0]
    first = Triage(_refused, "Sanne", journal=_journal(desktop))
    first.decide(Verdict(action=Action.CONFIRM, item_ids=(item,), severity="high"))
    _waiting(qtbot, first)
    kept = _kept_and_stopped(qtbot, first, desktop)
    assert kept["format"] == 1 and len(kept["steps"]) == 1
    (command,) = kept["commands"]
    assert command["analyst"] == "Sanne" and command["verdict"]["item_ids"] == [item]
    assert desktop.decisions(item) == []

    _next_start(qtbot, desktop)
    assert desktop.decisions(item) == ["confirm"]
    assert desktop.stored(item)[0] == "confirmed"
    assert not _journal(desktop).exists()  # all sent: nothing kept


def test_a_decision_whose_answer_was_lost_is_recorded_once(qtbot: QtBot, desktop: Desktop) -> None:
    item = desktop.ids[1]
    first = Triage(_lost_answer(desktop.host.write), "Sanne", journal=_journal(desktop))
    first.decide(Verdict(action=Action.REJECT, item_ids=(item,)))
    _waiting(qtbot, first)
    assert desktop.decisions(item) == ["reject"]  # it went through, unknown to the app
    _kept_and_stopped(qtbot, first, desktop)

    conflicts: list[object] = []
    second = Triage(desktop.host.write, "Sanne", journal=_journal(desktop))
    second.conflict.connect(lambda *args: conflicts.append(args))
    second.resume()
    qtbot.waitUntil(lambda: second.pending == 0, timeout=10_000)
    assert desktop.decisions(item) == ["reject"] and conflicts == []
    assert not _journal(desktop).exists()


def test_a_decision_and_its_undo_both_waiting_are_sent_in_order(
    qtbot: QtBot, desktop: Desktop
) -> None:
    item = desktop.ids[2]
    first = Triage(_refused, "Sanne", journal=_journal(desktop))
    first.decide(Verdict(action=Action.ESCALATE, item_ids=(item,)))
    _waiting(qtbot, first)
    first.stack.undo()
    kept = _kept_and_stopped(qtbot, first, desktop)
    assert [s["undoing"] for s in kept["steps"]] == [False, True]
    assert len(kept["commands"]) == 1  # one decision, done and taken back

    second = _next_start(qtbot, desktop)
    assert desktop.decisions(item) == ["escalate", "undo"]  # the undo expected the escalate
    assert desktop.stored(item)[0] == "pending"
    assert second.stack.count() == 0  # the history starts afresh


def test_actors_and_notes_are_kept_too(qtbot: QtBot, desktop: Desktop) -> None:
    item = desktop.ids[0]
    first = Triage(_refused, "Sanne", journal=_journal(desktop))
    actors = (Actor("Ordo Iuris", ActorKind.ORGANISATION),)
    first.decide(Verdict(action=Action.ACTORS, item_ids=(item,), actors=actors))
    _waiting(qtbot, first)
    first.decide(Verdict(action=Action.NOTE, item_ids=(item,), note="Zie ook Kamervragen"))
    _kept_and_stopped(qtbot, first, desktop)

    _next_start(qtbot, desktop)
    assert desktop.decisions(item) == ["actors", "note"]
    assert desktop.stored(item)[2] == "Zie ook Kamervragen"


def test_an_unreadable_file_is_set_aside_and_named(qtbot: QtBot, desktop: Desktop) -> None:
    journal = _journal(desktop)
    journal.write_text('{"format": 1, "commands": [\n  {"key": ', encoding="utf-8")
    said: list[str] = []
    triage = Triage(desktop.host.write, "Sanne", journal=journal)
    triage.failed.connect(said.append)
    triage.resume()
    (aside,) = journal.parent.glob(f"{waiting_file.NAME}.unreadable-*")
    assert not journal.exists()
    assert aside.read_text(encoding="utf-8").endswith('"key": ')  # nothing lost
    (message,) = said
    assert message.startswith("The decisions kept last time cannot be read: line 2")
    assert str(aside) in message


def test_a_field_at_fault_is_named(qtbot: QtBot, desktop: Desktop) -> None:
    journal = _journal(desktop)
    first = Triage(_refused, "Sanne", journal=journal)
    first.decide(Verdict(action=Action.CONFIRM, item_ids=(desktop.ids[0],)))
    _waiting(qtbot, first)
    kept = _kept_and_stopped(qtbot, first, desktop)
    kept["commands"][0]["verdict"]["action"] = "approve"
    journal.write_text(json.dumps(kept), encoding="utf-8")
    said: list[str] = []
    triage = Triage(desktop.host.write, "Sanne", journal=journal)
    triage.failed.connect(said.append)
    triage.resume()
    assert triage.pending == 0
    assert said and "commands[0].verdict.action: 'approve' is not known" in said[0]


def test_the_window_quits_without_asking_and_the_next_one_sends_them(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    item = window.current_id()
    assert item is not None
    write = window.triage.write
    window.triage.write = _refused
    desktop.key(qtbot, "c")
    qtbot.waitUntil(window.unsaved.isVisible)
    assert "also when you quit" in window.unsaved.toolTip()
    assert window.decisions.may_quit()  # no question: they are kept
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert _journal(desktop).exists()

    after = MainWindow(desktop.host, load_taxonomy(), languages=desktop.languages)
    qtbot.addWidget(after)
    qtbot.waitUntil(lambda: after.triage.pending == 0, timeout=10_000)
    assert desktop.decisions(item) == ["confirm"]
    # the first window, back, sends the same write: it is not recorded twice
    window.triage.write = write
    window.triage.retry_now()
    desktop.settled(qtbot)
    assert desktop.decisions(item) == ["confirm"]
    assert not _journal(desktop).exists()
    after.close()


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("severity", "urgent", "commands[0].verdict.severity: 'urgent' is not known"),
        ("action", "undo", "commands[0].verdict.action: 'undo' is not a decision"),
    ],
)
def test_a_value_no_decision_has_is_named_and_set_aside(
    qtbot: QtBot, desktop: Desktop, field: str, value: str, said: str
) -> None:
    journal = _journal(desktop)
    first = Triage(_refused, "Sanne", journal=journal)
    first.decide(Verdict(action=Action.CONFIRM, item_ids=(desktop.ids[0],), severity="high"))
    _waiting(qtbot, first)
    kept = _kept_and_stopped(qtbot, first, desktop)
    kept["commands"][0]["verdict"][field] = value
    journal.write_text(json.dumps(kept), encoding="utf-8")
    messages: list[str] = []
    triage = Triage(desktop.host.write, "Sanne", journal=journal)
    triage.failed.connect(messages.append)
    triage.resume()  # no crash: told, and the file kept aside
    assert triage.pending == 0 and not journal.exists()
    assert messages and said in messages[0]
    assert desktop.decisions(desktop.ids[0]) == []


def test_decisions_kept_for_another_database_are_not_sent_to_this_one(
    qtbot: QtBot, desktop: Desktop
) -> None:
    journal = _journal(desktop)
    team = "postgresql://sanne@db.example.org/pushback"
    first = Triage(_refused, "Sanne", journal=journal, database=team)
    first.decide(Verdict(action=Action.REJECT, item_ids=(desktop.ids[0],)))
    _waiting(qtbot, first)
    _kept_and_stopped(qtbot, first, desktop)
    messages: list[str] = []
    here = str(desktop.locations.database)
    triage = Triage(desktop.host.write, "Sanne", journal=journal, database=here)
    triage.failed.connect(messages.append)
    triage.resume()
    assert triage.pending == 0 and desktop.decisions(desktop.ids[0]) == []
    assert messages and f"kept for '{team}', not for '{here}'" in messages[0]
    (aside,) = journal.parent.glob(f"{waiting_file.NAME}.unreadable-*")
    assert team in aside.read_text(encoding="utf-8")  # kept for when that server is back
