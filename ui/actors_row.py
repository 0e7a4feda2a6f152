"""The item's actors in the detail pane: a field of names, completed from the actors
recorded before and from the suggestions (:mod:`monitor.actors`), and the suggestions as
links that add one with a click. What is typed becomes actors as recorded before, as
suggested, or with a kind guessed from the name; recording is an undo step
(an ``actors`` decision of :mod:`ui.decision_command`)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from monitor.actors import Suggestion, Why, guess_kind
from monitor.store import Actor
from ui.detail_html import kind_name
from ui.keys import is_escape
from ui.style import GREY

SEPARATORS = re.compile(r"[,;]")
MAX_SUGGESTIONS = 8


class NamesCompleter(QCompleter):
    """Completes the name being typed after the last comma, keeping those before it."""

    def splitPath(self, path: str) -> list[str]:
        return [SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        field = self.widget()
        text = field.text() if isinstance(field, QLineEdit) else ""
        before = [part.strip() for part in SEPARATORS.split(text)[:-1] if part.strip()]
        return ", ".join([*before, chosen])


def names_in(text: str) -> list[str]:
    return [" ".join(part.split()) for part in SEPARATORS.split(text) if part.strip()]


class ActorsRow(QWidget):
    """The item's actors: a field of names (completed from the known actors and the
    suggestions), and the suggestions as links that add one with a click. Enter (or
    leaving the field) records the names; Escape puts back those recorded. Both go back
    to the list (:attr:`left`)."""

    chosen = Signal(int, object)  # item id, list[Actor]: the actors to record
    left = Signal()  # Enter or Escape: back to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id: int | None = None
        self.recorded: list[Actor] = []
        self.known: list[Actor] = []
        self.suggestions: list[Suggestion] = []
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.names = QStringListModel(self)
        completer = NamesCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        self.label.setBuddy(self.field)
        self.field.editingFinished.connect(self._finished)
        self.field.returnPressed.connect(self._entered)
        self.field.installEventFilter(self)
        self.offers = QLabel()
        self.offers.setWordWrap(True)
        self.offers.setTextFormat(Qt.TextFormat.RichText)
        self.offers.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.offers.linkActivated.connect(self._offer_taken)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label)
        top.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.offers)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Actors:"))
        # Short enough for the field at 1366 pixels in either language; the tooltip says more.
        self.field.setPlaceholderText(self.tr("Names, separated by commas"))
        self.field.setToolTip(
            self.tr(
                "Who spreads or enacts it: the people, organisations, accounts and offices "
                "behind the pushback, as the brief lists them, separated by commas; Enter "
                "records them, Escape puts back those recorded"
            )
        )
        self._show_offers()

    def show_actors(
        self,
        item_id: int | None,
        recorded: list[Actor],
        known: list[Actor],
        suggestions: list[Suggestion],
    ) -> None:
        same = item_id == self.item_id and self.field.hasFocus() and self.field.isModified()
        self.item_id, self.recorded, self.known = item_id, recorded, known
        self.suggestions = suggestions[:MAX_SUGGESTIONS]
        self.setEnabled(item_id is not None)
        if not same:  # never overwrite what the analyst is typing for this item
            self.field.setText(", ".join(a.name for a in recorded))
            self.field.setModified(False)
        offered = [s.actor.name for s in self.suggestions]
        self.names.setStringList(offered + [a.name for a in known if a.name not in offered])
        self._show_offers()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.deselect()
        self.field.end(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the field: the names recorded again, and back to the list."""
        if watched is self.field and is_escape(event) and not self._completing():
            self.revert()
            self.left.emit()
            return True
        return super().eventFilter(watched, event)

    def _completing(self) -> bool:
        completer = self.field.completer()
        popup = completer.popup() if completer else None
        return popup is not None and popup.isVisible()

    def _why(self, suggestion: Suggestion) -> str:
        reasons = {
            Why.ACCOUNT: self.tr("the account behind the post"),
            Why.KNOWN: self.tr("recorded on other findings"),
            Why.OFFICE_HOLDER: self.tr("named with an office"),
            Why.PARTY: self.tr("the party of an office holder"),
            Why.OFFICE: self.tr("an office named in the item"),
            Why.ORGANISATION: self.tr("an organisation named in the item"),
        }
        return f"{reasons[suggestion.why]}: “{suggestion.evidence}”"

    def _show_offers(self) -> None:
        if not self.suggestions:
            self.offers.hide()
            return
        links = " · ".join(
            f'<a href="{number}">{escape(s.actor.name)}</a>'
            f' <span style="color:{GREY}">({escape(kind_name(s.actor.kind))})</span>'
            for number, s in enumerate(self.suggestions)
        )
        heading = self.tr("Suggested:")
        self.offers.setText(f"{escape(heading)} {links}")
        self.offers.setToolTip(
            "\n".join(f"{s.actor.name}: {self._why(s)}" for s in self.suggestions)
        )
        self.offers.show()

    def _offer_taken(self, link: str) -> None:
        if self.item_id is None or not link.isdigit() or int(link) >= len(self.suggestions):
            return
        names = [*names_in(self.field.text()), self.suggestions[int(link)].actor.name]
        self.field.setText(", ".join(names))
        self._record()

    def _entered(self) -> None:
        self._record()
        self.left.emit()

    def _finished(self) -> None:
        if self.field.isModified():
            self._record()

    def _record(self) -> None:
        self.field.setModified(False)
        if self.item_id is None:
            return
        chosen = self.actors(names_in(self.field.text()))
        if [(a.name, a.kind) for a in chosen] != [(a.name, a.kind) for a in self.recorded]:
            self.chosen.emit(self.item_id, chosen)

    def actors(self, names: list[str]) -> list[Actor]:
        """Typed names as actors: as recorded (on the item, or before), as suggested, or
        with a kind guessed from the name."""
        by_key: dict[str, Actor] = {}
        for actor in [*self.known, *(s.actor for s in self.suggestions), *self.recorded]:
            by_key[actor.name.casefold()] = actor
        return [by_key.get(name.casefold(), Actor(name, guess_kind(name))) for name in names]

    def revert(self) -> None:
        self.field.setText(", ".join(a.name for a in self.recorded))
        self.field.setModified(False)
