"""Every action of the main window, declared once: its keys, text, tip, menu, group on
the shortcut sheet, and what it does (:class:`ui.action_spec.Spec`). The menus, the
shortcut sheet, the tooltips and retranslation are all built from :data:`ACTIONS`
(:mod:`ui.action_set`), so a new action is one entry here.

The category actions (keys 1–7) come from the taxonomy, at the place of the
``categories`` entry.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from monitor.store import Action
from ui.action_spec import CATEGORIES, QT_TRANSLATE_NOOP, Group, Menu, Spec
from ui.evidence_actions import check_evidence, export_evidence
from ui.sharing_actions import open_import, open_share, toggle_note_shared

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _confirm_as(severity: str, window: MainWindow) -> None:
    window.decide(Action.CONFIRM, severity)


ACTIONS: tuple[Spec, ...] = (
    Spec(
        id="sources",
        keys=("Ctrl+Shift+S",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Sources…"),
        menu=Menu.FILE,
        group=Group.WINDOWS,
        run=lambda w: w.dialogs.open_sources(),
    ),
    Spec(
        id="rules",
        keys=("Ctrl+Shift+L",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Rules…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Rules without code: words, scores and sources, and what to do"
        ),
        menu=Menu.FILE,
        group=Group.WINDOWS,
        run=lambda w: w.dialogs.open_rules(),
    ),
    Spec(
        id="brief",
        keys=("Ctrl+B",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Weekly brief…"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Preview and save the pushback brief of a week"),
        menu=Menu.FILE,
        group=Group.WINDOWS,
        run=lambda w: w.dialogs.open_brief(),
    ),
    Spec(
        id="share",
        keys=(),
        text=QT_TRANSLATE_NOOP("MainWindow", "Share findings…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "A signed bundle of confirmed findings for partner organisations"
        ),
        menu=Menu.FILE,
        group=Group.WINDOWS,
        run=open_share,
    ),
    Spec(
        id="import_findings",
        keys=(),
        text=QT_TRANSLATE_NOOP("MainWindow", "Import partners' findings…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Check a partner's signed bundle and add it to From partners"
        ),
        menu=Menu.FILE,
        group=Group.WINDOWS,
        run=open_import,
    ),
    Spec(
        id="settings",
        keys=("Ctrl+,",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Settings…"),
        menu=Menu.FILE,
        group=Group.WINDOWS,
        run=lambda w: w.dialogs.open_settings(),
    ),
    Spec(
        id="quit",
        keys=(QKeySequence.StandardKey.Quit,),
        text=QT_TRANSLATE_NOOP("MainWindow", "Quit"),
        menu=Menu.FILE,
        group=Group.WINDOWS,
        run=lambda w: w.background.quit(),  # also when closing only hides the window
        separated=True,
    ),
    Spec(
        id="undo",
        keys=(QKeySequence.StandardKey.Undo,),
        text=QT_TRANSLATE_NOOP("MainWindow", "Undo"),
        menu=Menu.EDIT,
        group=Group.TRIAGE,
        run=lambda w: w.decisions.undo(),
    ),
    Spec(
        id="redo",
        keys=("Ctrl+Shift+Z", "Ctrl+Y"),
        text=QT_TRANSLATE_NOOP("MainWindow", "Redo"),
        menu=Menu.EDIT,
        group=Group.TRIAGE,
        run=lambda w: w.decisions.redo(),
    ),
    Spec(
        id="select_all",
        keys=("Ctrl+A",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Select all"),
        menu=Menu.EDIT,
        group=Group.MOVING,
        run=lambda w: w.queue.select_all(),
        separated=True,
    ),
    Spec(
        id="search",
        keys=("/",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Search"),
        menu=Menu.EDIT,
        group=Group.MOVING,
        run=lambda w: w.focus_search(),
    ),
    Spec(
        id="confirm",
        keys=("C",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Confirm"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Confirm: this is pushback, in the categories shown"),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=lambda w: w.decide(Action.CONFIRM),
    ),
    Spec(
        id="reject",
        keys=("X",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Reject"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Reject: not pushback"),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=lambda w: w.decide(Action.REJECT),
    ),
    *(
        Spec(
            id=severity,
            keys=(key,),
            text=text,
            tip=tip,
            menu=Menu.TRIAGE,
            group=Group.TRIAGE,
            run=partial(_confirm_as, severity),
        )
        for severity, key, text, tip in (
            (
                "high",
                "H",
                QT_TRANSLATE_NOOP("MainWindow", "Confirm, severity high"),
                QT_TRANSLATE_NOOP(
                    "MainWindow", "Confirm and weigh as high severity: first in the brief"
                ),
            ),
            (
                "medium",
                "M",
                QT_TRANSLATE_NOOP("MainWindow", "Confirm, severity medium"),
                QT_TRANSLATE_NOOP("MainWindow", "Confirm and weigh as medium severity"),
            ),
            (
                "low",
                "L",
                QT_TRANSLATE_NOOP("MainWindow", "Confirm, severity low"),
                QT_TRANSLATE_NOOP("MainWindow", "Confirm and weigh as low severity"),
            ),
        )
    ),
    Spec(
        id="escalate",
        keys=("E",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Escalate"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Escalate for a closer look"),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=lambda w: w.decide(Action.ESCALATE),
    ),
    Spec(
        id="note",
        keys=("N",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Note…"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Write a note on the item"),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=lambda w: w.decisions.write_note(),
    ),
    Spec(
        id="share_note",
        keys=(),
        text=QT_TRANSLATE_NOOP("MainWindow", "Share the note with partners"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "Let the note go to partners in a shared bundle (notes are private by default); "
            "again: private",
        ),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=toggle_note_shared,
    ),
    Spec(
        id="export_evidence",
        keys=("Ctrl+Shift+E",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Export evidence…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Write the item's evidence as a WARC file with a manifest of hashes"
        ),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=export_evidence,
    ),
    Spec(
        id="actors",
        keys=("A",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Actors…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "Record who spreads or enacts the pushback: names with completion, and the "
            "suggestions from the item",
        ),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=lambda w: w.detail.edit_actors(),
    ),
    Spec(
        id=CATEGORIES,
        keys=(),
        text=QT_TRANSLATE_NOOP("MainWindow", "Add or remove the category %1 (%2)"),
        menu=Menu.TRIAGE,
        group=Group.TRIAGE,
        run=lambda w: None,  # one action per category: category_actions()
        checkable=True,
        separated=True,
    ),
    Spec(
        id="next",
        keys=("J",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Next item"),
        menu=Menu.TRIAGE,
        group=Group.MOVING,
        run=lambda w: w.queue.step(1),
        separated=True,
    ),
    Spec(
        id="previous",
        keys=("K",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Previous item"),
        menu=Menu.TRIAGE,
        group=Group.MOVING,
        run=lambda w: w.queue.step(-1),
    ),
    Spec(
        id="open",
        keys=("O",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Open in browser"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Open the item's link in the web browser"),
        menu=Menu.TRIAGE,
        group=Group.MOVING,
        run=lambda w: w.detail.open_link(),
    ),
    Spec(
        id="refresh",
        keys=("Ctrl+R",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Refresh the list"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Show new items and drop decided ones"),
        menu=Menu.TRIAGE,
        group=Group.MOVING,
        run=lambda w: w.refresh_queue(),
    ),
    Spec(
        id="uncertain",
        keys=("U",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Most uncertain first"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "Order the list by how near the scores are to their thresholds: "
            "the decisions that teach the classifier most come first",
        ),
        menu=Menu.TRIAGE,
        group=Group.MOVING,
        run=lambda w: w.toggle_uncertain(),
        checkable=True,
    ),
    Spec(
        id="poll",
        keys=("F5",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Poll now"),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Fetch every enabled source now"),
        menu=Menu.POLLING,
        group=Group.WINDOWS,
        run=lambda w: w.engine.poll_now(),
    ),
    Spec(
        id="pause",
        keys=("Ctrl+P",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Pause polling"),
        menu=Menu.POLLING,
        group=Group.WINDOWS,
        run=lambda w: w.engine.toggle_pause(),
        checkable=True,
    ),
    Spec(
        id="alerts",
        keys=("Ctrl+Shift+A",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Recent alerts…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "The new items above an alert threshold; choosing one shows it"
        ),
        menu=Menu.POLLING,
        group=Group.WINDOWS,
        run=lambda w: w.alerts_button.open_popup(),
        separated=True,
    ),
    Spec(
        id="rises",
        keys=("Ctrl+Shift+R",),
        text=QT_TRANSLATE_NOOP("MainWindow", "What is rising…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "Narrative spikes: categories well above their usual level, and their items",
        ),
        menu=Menu.POLLING,
        group=Group.WINDOWS,
        run=lambda w: w.dialogs.open_rises(),
    ),
    Spec(
        id="check_evidence",
        keys=(),
        text=QT_TRANSLATE_NOOP("MainWindow", "Re-check evidence now"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "Keep the evidence that waits and look again at every kept item's page",
        ),
        menu=Menu.POLLING,
        group=Group.WINDOWS,
        run=check_evidence,
    ),
    Spec(
        id="quality",
        keys=("Ctrl+Shift+Q",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Classifier report…"),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "How well the classifier does, per category and language"
        ),
        menu=Menu.HELP,
        group=Group.WINDOWS,
        run=lambda w: w.dialogs.open_quality(),
    ),
    Spec(
        id="shortcuts",
        keys=("?",),
        text=QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"),
        menu=Menu.HELP,
        group=Group.WINDOWS,
        run=lambda w: w.dialogs.show_shortcuts(),
    ),
)
