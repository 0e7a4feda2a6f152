"""Below the sources dialog's table: the current source in full (the lines the dialog
writes of it) and, when its health suggests something (:class:`~monitor.health.Offer`),
that suggestion said and a button that does it, shown only to those who may change
sources. The words are the sources dialog's (translation context ``SourcesDialog``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from monitor.health import Offer, SourceHealth
from monitor.urls import redact

translate = QCoreApplication.translate


class SourceDetails(QWidget):
    def __init__(self, take_offer: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("source-details")
        self.offer_button = QPushButton()
        self.offer_button.hide()
        self.offer_button.clicked.connect(take_offer)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text, 1)
        column.addWidget(self.offer_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_none(self) -> None:
        self.text.setPlainText(
            translate(
                "SourcesDialog", "Select a source to see its address and its last error in full."
            )
        )

    def show_source(self, lines: list[str], found: SourceHealth, *, may_change: bool) -> None:
        """``lines`` about the source, then what its health suggests."""
        self.offer_button.setVisible(found.offer is not None and may_change)
        self.text.setPlainText("\n".join(lines + self._offer(found)))

    def _offer(self, found: SourceHealth) -> list[str]:
        if found.offer is Offer.UPDATE_ADDRESS and found.moved_to:
            self.offer_button.setText(translate("SourcesDialog", "Use the new address"))
            said = translate("SourcesDialog", "Its address now sends polls for good to %1.")
            return [said.replace("%1", redact(found.moved_to))]
        if found.offer is Offer.SWITCH_OFF:
            self.offer_button.setText(translate("SourcesDialog", "Switch it off"))
            return [translate("SourcesDialog", "Its server says it is gone for good (410).")]
        return []
