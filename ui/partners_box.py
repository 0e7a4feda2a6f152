"""Settings › Partners: the organisation's signing key and the partners' keys it trusts,
each with its fingerprint, as ``keys list`` shows them (monitor/sharing/keys.py). A key
is trusted only after its fingerprint is shown and the analyst says it was checked."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor.errors import MonitorError
from monitor.sharing.keys import Keys, read_public_key, spaced
from ui.style import RED


class PartnersBox(QWidget):
    def __init__(self, data_dir: Path, organisation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = Keys(data_dir)
        self.data_dir = data_dir
        self.own = QLabel()
        self.own.setWordWrap(True)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit(organisation)
        self.name.setPlaceholderText(self.tr("The organisation's name, as partners see it"))
        self.make = QPushButton(self.tr("Make our key"))
        self.export = QPushButton(self.tr("Export our public key…"))
        self.partners = QTreeWidget()
        self.partners.setHeaderLabels(
            [self.tr("Partner"), self.tr("Fingerprint"), self.tr("Trusted since")]
        )
        self.partners.setRootIsDecorated(False)
        self.partners.setColumnWidth(0, 180)
        self.partners.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.trust = QPushButton(self.tr("Trust a partner's key…"))
        self.forget = QPushButton(self.tr("Forget"))
        self.public = QPushButton(self.tr("Names that stay named…"))
        self.public.setToolTip(
            self.tr("Public figures and organisations that pseudonymised exports keep named")
        )
        self.public.clicked.connect(self.edit_public_names)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.make.clicked.connect(self.make_key)
        self.export.clicked.connect(self.export_key)
        self.trust.clicked.connect(self.choose_key)
        self.forget.clicked.connect(self.forget_partner)

        mine = QHBoxLayout()
        mine.addWidget(self.name, 1)
        mine.addWidget(self.make)
        mine.addWidget(self.export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust)
        buttons.addWidget(self.forget)
        buttons.addStretch()
        buttons.addWidget(self.public)
        form = QFormLayout()
        form.addRow(self.tr("Our key"), self.own)
        form.addRow("", mine)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Check each partner's fingerprint with them by phone or in person before "
                "you trust their key: only bundles signed by a trusted key are imported."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.partners, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.show_keys()

    def _fault(self, error: BaseException | str) -> None:
        self.problem.setText(f'<span style="color:{RED}">{escape(str(error))}</span>')

    def show_keys(self) -> None:
        self.problem.clear()
        try:
            own, partners = self.keys.own(), self.keys.partners()
        except MonitorError as exc:
            self._fault(exc)
            return
        if own is None:
            self.own.setText(self.tr("None yet: make one to share findings."))
        else:
            name, print_ = escape(own.organisation), spaced(own.fingerprint)
            self.own.setText(f"<b>{name}</b><br><tt>{print_}</tt>")
        self.name.setVisible(own is None)
        self.make.setVisible(own is None)
        self.export.setEnabled(own is not None)
        self.partners.clear()
        for partner in partners:
            row = QTreeWidgetItem(
                [partner.organisation, spaced(partner.fingerprint), (partner.added or "")[:10]]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, partner.fingerprint)
            self.partners.addTopLevelItem(row)
        self.forget.setEnabled(bool(partners))

    def make_key(self) -> None:
        try:
            self.keys.init(self.name.text())
        except MonitorError as exc:
            self._fault(exc)
            return
        self.show_keys()

    def export_key(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export our public key"),
            str(Path(folder or Path.home()) / "pushback-monitor-key.pub"),
            self.tr("Public keys (*.pub)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            self.keys.export(path)
        except MonitorError as exc:
            self._fault(exc)

    def choose_key(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Trust a partner's key"), str(Path.home()), self.tr("Public keys (*.pub)")
        )
        if path:
            self.ask_trust(Path(path))

    def ask_trust(self, path: Path) -> QMessageBox | None:
        """Show the key's fingerprint and ask whether it was checked with the partner."""
        try:
            key = read_public_key(path)
        except MonitorError as exc:
            self._fault(exc)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Trust a partner's key"),
            self.tr(
                "%1 sent this key. Its fingerprint:\n\n%2\n\nHave you checked it with them by "
                "phone or in person? Only then trust it."
            )
            .replace("%1", key.organisation)
            .replace("%2", spaced(key.fingerprint)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Checked: trust it"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._name_and_trust(path, key.organisation))
        box.open()  # window-modal, without a loop of its own
        return box

    def _name_and_trust(self, path: Path, said: str) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Trust a partner's key"), self.tr("The partner's name here:"), text=said
        )
        if ok:
            self.trust_as(path, name)

    def trust_as(self, path: Path, name: str) -> None:
        try:
            self.keys.trust(path, name)
        except MonitorError as exc:
            self._fault(exc)
            return
        self.show_keys()

    def forget_partner(self) -> None:
        row = self.partners.currentItem()
        if row is None:
            self._fault(self.tr("Choose the partner to forget first."))
            return
        try:
            self.keys.forget(str(row.data(0, Qt.ItemDataRole.UserRole)))
        except MonitorError as exc:
            self._fault(exc)
            return
        self.show_keys()

    def edit_public_names(self) -> None:
        from ui.public_names_dialog import PublicNamesDialog  # noqa: PLC0415 - rarely

        dialog = PublicNamesDialog(self.data_dir, self)
        dialog.exec()
        dialog.deleteLater()
