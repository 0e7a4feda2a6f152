"""Settings › Privacy (the database's state and the switch), the conversion once the
session has closed, and the passphrase asked at start."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from desktop import Desktop
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from storedata import new_item, save

from monitor.config import Locations
from monitor.errors import PassphraseError
from monitor.store import Store, cipher, encrypt, encrypted, encryption
from ui.encryption_box import (
    Conversion,
    EncryptionBox,
    NewPassphrase,
    StartPrompt,
    convert_requested,
    request,
    take_request,
    unlock_at_start,
)

PASSPHRASE = "a long and secret passphrase"
WHEN = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(cipher.PASSPHRASE_ENV, raising=False)
    yield
    take_request()  # none left for the next test


@pytest.fixture
def locations(isolated_home: Path) -> Locations:
    found = Locations.resolve()
    found.ensure()
    store = Store.open(found.db_path)
    save(store, [new_item("nos", f"e{n}", f"Bericht {n}", WHEN) for n in range(12)], WHEN)
    store.close()
    return found


def answer_next(qtbot: QtBot, kind: type, respond: Callable[[object], None]) -> None:
    """Answer the modal dialog of ``kind`` that the next call opens."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, answer)  # not shown yet
            return
        respond(dialog)

    QTimer.singleShot(0, answer)


def test_the_settings_dialog_has_the_privacy_tab(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = desktop.window.settings_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    box = dialog.findChild(EncryptionBox)
    assert box is not None
    assert dialog.tabs.tabText(dialog.tabs.indexOf(box)) == "Privacy"
    assert box.state.text() == f"The database is not encrypted: {desktop.locations.db_path}"
    assert box.switch.text() == "Encrypt…" and not box.key_place.isVisibleTo(box)


def test_encrypting_asks_twice_then_converts_once_the_session_closed(
    qtbot: QtBot, locations: Locations
) -> None:
    box = EncryptionBox(locations)
    qtbot.addWidget(box)
    ended: list[bool] = []
    box.end_session = lambda: ended.append(True)
    seen: dict[str, object] = {}

    def type_twice(dialog: object) -> None:
        assert isinstance(dialog, NewPassphrase)
        seen["warning"] = " ".join(
            label.text() for label in dialog.findChildren(type(box.state)) if label.text()
        )
        dialog.first.setText("short")
        seen["short"] = (dialog.problem.text(), dialog.ok.isEnabled())
        dialog.first.setText(PASSPHRASE)
        dialog.second.setText(PASSPHRASE + "!")
        seen["differ"] = (dialog.problem.text(), dialog.ok.isEnabled())
        dialog.second.setText(PASSPHRASE)
        seen["same"] = dialog.ok.isEnabled()
        dialog.ok.click()

    answer_next(qtbot, NewPassphrase, type_twice)
    box.switch.click()
    assert "the data is lost for good: no one can recover it" in str(seen["warning"])
    assert seen["short"] == ("At least 8 characters.", False)
    assert seen["differ"] == ("The two passphrases differ.", False)
    assert seen["same"] is True and ended == [True]
    assert not encrypted(locations.db_path)  # nothing yet: the app still has it open

    assert convert_requested(locations)  # the session has closed: converted, then started
    assert encrypted(locations.db_path)
    assert not convert_requested(locations)  # once
    cipher.forget_key(locations.db_path)  # a new program
    box.refresh()
    assert box.state.text() == f"The database is encrypted: {locations.db_path}"
    assert box.switch.text() == "Decrypt…"
    assert "asked at every start" in box.key_place.text()


def test_decrypting_asks_the_passphrase_again(qtbot: QtBot, locations: Locations) -> None:
    encrypt(locations.db_path, PASSPHRASE)
    box = EncryptionBox(locations)
    qtbot.addWidget(box)
    ended: list[bool] = []
    box.end_session = lambda: ended.append(True)
    texts: list[str] = []

    def wrong(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("not the passphrase")
        answer_next(qtbot, QMessageBox, said)
        dialog.accept()

    def said(message: object) -> None:
        assert isinstance(message, QMessageBox)
        texts.append(message.text())
        answer_next(qtbot, QInputDialog, right)
        message.accept()

    def right(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(PASSPHRASE)
        dialog.accept()

    answer_next(qtbot, QInputDialog, wrong)
    box.switch.click()
    assert texts == ["That passphrase does not open the database."] and ended == [True]
    assert convert_requested(locations)
    assert not encrypted(locations.db_path)
    box.refresh()
    assert box.switch.text() == "Encrypt…"


def test_a_conversion_that_fails_leaves_the_database_and_says_why(
    qtbot: QtBot, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    monkeypatch.setattr(encryption, "WAIT_SECONDS", 0.2)
    still_open = sqlite3.connect(locations.db_path)  # a connection that did not close
    still_open.execute("SELECT count(*) FROM items").fetchone()
    request(Conversion(encrypt=True, passphrase=PASSPHRASE))
    shown: list[str] = []

    def read(message: object) -> None:
        assert isinstance(message, QMessageBox)
        shown.append(message.text())
        message.accept()

    answer_next(qtbot, QMessageBox, read)
    try:
        assert convert_requested(locations)  # the app starts again, unconverted
    finally:
        still_open.close()
    assert shown == [
        f"{locations.db_path} is open in another program (or in this one, still closing);"
        " close it, then try again"
    ]
    assert not encrypted(locations.db_path)


def test_a_team_database_has_nothing_to_switch(qtbot: QtBot, isolated_home: Path) -> None:
    team = Locations.resolve(database="postgresql://pm@127.0.0.1:1/pm")
    box = EncryptionBox(team)
    qtbot.addWidget(box)
    assert "PostgreSQL server" in box.state.text()
    assert not box.switch.isVisibleTo(box)
    assert unlock_at_start(team)  # nothing to ask


def test_the_start_asks_for_the_passphrase_until_it_opens_the_database(
    qtbot: QtBot, locations: Locations
) -> None:
    encrypt(locations.db_path, PASSPHRASE)
    cipher.forget_key(locations.db_path)  # a new program
    labels: list[str] = []

    def typed(text: str, then: Callable[[object], None] | None = None) -> Callable[[object], None]:
        def respond(dialog: object) -> None:
            assert isinstance(dialog, StartPrompt)
            labels.append(dialog.labelText())
            dialog.setTextValue(text)
            if then is not None:
                answer_next(qtbot, StartPrompt, then)
            dialog.accept()

        return respond

    answer_next(qtbot, StartPrompt, typed("not the passphrase", typed(PASSPHRASE)))
    assert unlock_at_start(locations)
    question = f"The database {locations.db_path} is encrypted. Its passphrase:"
    assert labels == [
        question,
        f"{locations.db_path}: the passphrase does not open this database\n\n{question}",
    ]
    Store.open(locations.db_path).close()  # opens without asking again

    cipher.forget_key(locations.db_path)
    answer_next(qtbot, StartPrompt, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert not unlock_at_start(locations)  # the analyst cancelled: the app does not start

    answer_next(qtbot, StartPrompt, typed("x", typed("y", typed("z"))))
    with pytest.raises(PassphraseError, match="3 tries"):
        unlock_at_start(locations)


def test_the_environment_opens_it_without_asking(
    qtbot: QtBot, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt(locations.db_path, PASSPHRASE)
    cipher.forget_key(locations.db_path)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    assert unlock_at_start(locations)  # no dialog: one would wait here for good
    assert cipher.known_key(locations.db_path) == PASSPHRASE
