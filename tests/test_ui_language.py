"""The interface speaks one language at a time: Qt's own texts (buttons, file dialogs)
too, counted texts in their real plural forms, numbers written the language's way."""

from __future__ import annotations

from desktop import Desktop
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from monitor.models import Outcome, SourceReport
from monitor.store import Action, Actor, ActorKind
from ui.decision_command import Verdict
from ui.i18n import decimal, qt_folders


def reports(failed: int, total: int, new: int = 0) -> list[SourceReport]:
    return [
        SourceReport(
            source=f"s{n}",
            outcome=Outcome.ERROR if n < failed else Outcome.OK,
            message="HTTP 500" if n < failed else "",
            new=new if n == total - 1 else 0,
        )
        for n in range(total)
    ]


def dutch(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.languages.apply("nl")
    qtbot.waitUntil(lambda: desktop.window.action("poll").text() == "Nu ophalen")


def test_counted_texts_have_their_plural_forms(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    summary = window.engine.round_summary
    decided = window.triage.describe
    one = Verdict(action=Action.REJECT, item_ids=(desktop.ids[0],))
    three = Verdict(action=Action.REJECT, item_ids=tuple(desktop.ids[:3]))

    assert summary(reports(0, 1, new=1)) == "Poll finished: 1 new item · 1 source polled"
    assert summary(reports(0, 2, new=4)) == "Poll finished: 4 new items · 2 sources polled"
    assert summary(reports(1, 1)) == "Poll finished: 1 of 1 source failed · 0 new items"
    assert decided(one) == "Reject" and decided(three) == "Reject (3 items)"
    assert window.queue_title.text().endswith(f"{window.model.rowCount()} items")

    dutch(qtbot, desktop)
    assert summary(reports(0, 1, new=1)) == "Ophalen klaar: 1 nieuw bericht · 1 bron opgehaald"
    assert (
        summary(reports(0, 2, new=4)) == "Ophalen klaar: 4 nieuwe berichten · 2 bronnen opgehaald"
    )
    assert (
        summary(reports(9, 9, new=1)) == "Ophalen klaar: 9 van 9 bronnen mislukt · 1 nieuw bericht"
    )
    assert decided(one) == "Afwijzen" and decided(three) == "Afwijzen (3 berichten)"
    assert window.queue_title.text().endswith(f"{window.model.rowCount()} berichten")
    window.status.set_failing({"guardian": "HTTP 500"})
    assert window.status.failures.text() == "⚠ 1 bron mislukt"


def test_the_undo_texts_are_dutch_whatever_language_the_step_was_taken_in(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    assert window.action("undo").text() == "Undo" and window.action("redo").text() == "Redo"
    window.decisions.save_note([desktop.ids[0]], "Volgen.")
    desktop.settled(qtbot)
    assert window.action("undo").text() == "Undo Note"

    dutch(qtbot, desktop)
    assert window.action("undo").text() == "Ongedaan maken: Notitie"
    assert window.action("redo").text() == "Opnieuw uitvoeren"  # nothing to redo
    window.action("undo").trigger()
    desktop.settled(qtbot)
    assert window.action("redo").text() == "Opnieuw: Notitie"
    assert window.action("undo").text() == "Ongedaan maken"


def test_relabel_and_actors_steps_are_named_again_in_the_new_language(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    window.select_row(0)
    with qtbot.waitSignal(window.queue.categories):
        desktop.key(qtbot, "2")  # Anti-LGBTQI on or off the item: a relabel step
    desktop.settled(qtbot)
    relabel = window.action("undo").text()
    assert relabel in ("Undo Add Anti-LGBTQI", "Undo Remove Anti-LGBTQI")
    actors = (Actor("Ordo Iuris", ActorKind.ORGANISATION),)
    window.triage.decide(Verdict(action=Action.ACTORS, item_ids=(desktop.ids[0],), actors=actors))
    desktop.settled(qtbot)
    assert window.action("undo").text() == "Undo Actors"

    dutch(qtbot, desktop)
    assert window.action("undo").text() == "Ongedaan maken: Actoren"
    added = relabel.endswith("Add Anti-LGBTQI")
    assert window.triage.stack.text(0) == f"Anti-lhbtiq+ {'toevoegen' if added else 'weghalen'}"


def test_qts_own_texts_follow_the_language(qtbot: QtBot, desktop: Desktop) -> None:
    assert qt_folders()  # ours first (the packaged app), then PySide6's
    desktop.languages.apply("nl")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {
        "Opslaan",
        "Annuleren",
        "Sluiten",
    }
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    dialog = QFileDialog(desktop.window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.setNameFilter(QFileDialog.tr("All Files (*)"))
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Zoeken in:", "Bestandsnaam:", "Bestandstype:"} <= labels  # two of them ours
    assert dialog.nameFilters() == ["Alle bestanden (*)"]

    desktop.languages.apply("en")  # and back, at run time
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: save.text().replace("&", "") == "Save")


def test_numbers_are_written_the_languages_way(desktop: Desktop) -> None:
    window = desktop.window
    assert decimal(0.6) == "0.60"
    assert window.model.index(0, 0).data() == "0.93"  # the score column
    desktop.languages.apply("nl")
    assert decimal(0.6) == "0,60"
    assert window.model.index(0, 0).data() == "0,93"
    window.detail.refresh()
    assert "0,93 / 0,50" in window.detail.browser.toPlainText()
