"""The list of public figures and organisations that pseudonymised exports keep named
(``public-names.txt`` in the data folder; monitor/sharing/pseudonyms.py), edited as text:
one name or handle a line, ``#`` for comments. A list with a fault is not saved."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from monitor.config import atomic_write
from monitor.errors import MonitorError
from monitor.sharing.pseudonyms import PUBLIC_NAMES, parse_public_names
from ui.style import RED


class PublicNamesDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = data_dir / PUBLIC_NAMES
        self.setWindowTitle(self.tr("Names that stay named"))
        self.resize(520, 480)
        hint = QLabel(
            self.tr(
                "Public figures, organisations and their handles that pseudonymised exports "
                "keep named, one a line (# starts a comment). Organisations and offices "
                "recorded as actors always stay named."
            )
        )
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        try:
            self.editor.setPlainText(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.editor.setPlaceholderText("Viktor Orbán\n@ordoiuris\n# …")
        except (OSError, UnicodeDecodeError) as exc:
            self.editor.setPlainText("")
            self.editor.setEnabled(False)
            hint.setText(f'<span style="color:{RED}">{escape(f"{self.path}: {exc}")}</span>')
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        text = self.editor.toPlainText()
        try:
            parse_public_names(text, self.path)
            atomic_write(self.path, text.encode("utf-8"), private=False)
        except MonitorError as exc:
            self.problem.setText(f'<span style="color:{RED}">{escape(str(exc))}</span>')
            return
        self.accept()
