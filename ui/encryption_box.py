"""Settings › Privacy: whether the database is encrypted, and the switch; the passphrase
asked at start; the conversion itself.

Nothing may have the database open while it is converted, and the app has it open in
many places (the window, the read pool, the writer, the model thread). So the switch
only asks (a new passphrase twice, or the passphrase for decrypting) and quits the
session; once the window, the engine and the background work are closed, the app
converts the file in the background, with a dialog that says so, and opens again
(:func:`convert_requested`, called by ``ui.app.main``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor import passphrase as passphrases
from monitor.config import Locations
from monitor.errors import MonitorError
from monitor.store import check_new_passphrase, decrypt, encrypt, encrypted
from ui.i18n import Retranslating
from ui.style import RED
from ui.worker import on_done, run_in_thread


@dataclass(frozen=True)
class Conversion:
    """What the analyst asked for: encrypt (with ``remember``: the passphrase kept in
    the system keyring) or decrypt, with the passphrase."""

    encrypt: bool
    passphrase: str
    remember: bool = False


_requested: list[Conversion] = []  # asked in this session; done once it has closed


def request(conversion: Conversion) -> None:
    """Convert the database once this session has ended."""
    _requested[:] = [conversion]


def take_request() -> Conversion | None:
    """The conversion asked for in the session that ended, if any (asked once)."""
    return _requested.pop() if _requested else None


class EncryptionBox(Retranslating, QWidget):
    """The Privacy tab: the database's state, and the button that switches it."""

    def __init__(self, locations: Locations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locations = locations
        self.database = locations.db_path
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_place = QLabel()
        self.key_place.setWordWrap(True)
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.switch = QPushButton()
        self.switch.clicked.connect(self._switch)
        self.end_session: Callable[[], None] = QCoreApplication.quit  # tests look instead
        layout = QVBoxLayout(self)
        for widget in (self.state, self.key_place, self.scope):
            layout.addWidget(widget)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.refresh()

    @property
    def team(self) -> bool:
        return self.locations.database.postgres

    def is_encrypted(self) -> bool:
        return not self.team and encrypted(self.database)

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Say what the database is now."""
        self.scope.setText(
            self.tr(
                "Encryption covers the database file and its backups. It does not cover "
                "feeds.yaml, the settings, the evidence files (WARC) in the data folder, "
                "or the briefs and exports you save."
            )
        )
        self.switch.setVisible(not self.team)
        self.key_place.setVisible(self.is_encrypted())
        if self.team:
            self.state.setText(
                self.tr(
                    "This is a team database on a PostgreSQL server: its server keeps the "
                    "data. Encryption here is for a database file on this computer."
                )
            )
            return
        if self.is_encrypted():
            self.state.setText(
                self.tr("The database is encrypted: %1").replace("%1", str(self.database))
            )
            self.key_place.setText(
                self.tr("The passphrase is kept in the system keyring.")
                if passphrases.kept(self.database) is not None
                else self.tr(
                    "The passphrase is asked at every start (or given by "
                    "PUSHBACK_MONITOR_PASSPHRASE)."
                )
            )
            self.switch.setText(self.tr("Decrypt…"))
        else:
            self.state.setText(
                self.tr("The database is not encrypted: %1").replace("%1", str(self.database))
            )
            self.switch.setText(self.tr("Encrypt…"))

    def _switch(self) -> None:
        if self.is_encrypted():
            given = self.ask_decrypt()
            if given is not None:
                request(Conversion(encrypt=False, passphrase=given))
                self.end_session()
            return
        dialog = NewPassphrase(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            request(
                Conversion(
                    encrypt=True, passphrase=dialog.first.text(), remember=dialog.remember_it()
                )
            )
            self.end_session()

    def ask_decrypt(self) -> str | None:
        """The passphrase, asked again (whoever sits at an open app must know it to
        decrypt); None when the analyst cancels."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Decrypt the database"))
        dialog.setLabelText(
            self.tr(
                "Anyone who can read the database file can then read its data. Pushback "
                "Monitor closes the window, decrypts the database and opens again."
            )
            + "\n\n"
            + self.tr("Passphrase")
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Decrypt and restart"))
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if passphrases.opens(self.database, dialog.textValue()):
                return dialog.textValue()
            QMessageBox.warning(
                self, "Pushback Monitor", self.tr("That passphrase does not open the database.")
            )
        return None


class NewPassphrase(QDialog):
    """A new passphrase, typed twice, after the warning that nobody can recover it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypt the database"))
        warning = QLabel(
            self.tr(
                "If you lose the passphrase, the data is lost for good: no one can recover "
                "it, not even the makers of Pushback Monitor."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.remember = QCheckBox(
            self.tr("Keep the passphrase in the system keyring (then it is not asked at start)")
        )
        self.keyring = passphrases.keyring_available()
        self.remember.setEnabled(self.keyring)
        if not self.keyring:
            self.remember.setToolTip(
                self.tr(
                    "No system keyring works on this computer: the passphrase is asked at "
                    "every start."
                )
            )
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {RED};")
        after = QLabel(
            self.tr("Pushback Monitor closes the window, encrypts the database and opens again.")
        )
        after.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Encrypt and restart"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(after)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._check()

    def remember_it(self) -> bool:
        return self.keyring and self.remember.isChecked()

    def _check(self) -> None:
        """OK only for a passphrase long enough, typed the same twice."""
        text = self.first.text()
        problem = ""
        try:
            check_new_passphrase(text)
        except MonitorError:
            problem = self.tr("At least 8 characters.") if text else ""
        if not problem and self.second.text() and self.second.text() != text:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        self.ok.setEnabled(not problem and bool(text) and self.second.text() == text)


class Converting(QDialog):
    """The database being encrypted or decrypted off the GUI thread; closes itself when
    that is done (:attr:`error`: what went wrong, if it did)."""

    def __init__(self, database: Path, conversion: Conversion) -> None:
        super().__init__()
        self.setWindowTitle("Pushback Monitor")
        self.error: BaseException | None = None
        self.kept = True  # the passphrase is where the analyst wanted it
        text = (
            self.tr("Encrypting the database…")
            if conversion.encrypt
            else self.tr("Decrypting the database…")
        )
        busy = QProgressBar()
        busy.setRange(0, 0)  # as long as it takes: SQLCipher copies in one pass
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text))
        layout.addWidget(QLabel(str(database)))
        layout.addWidget(busy)
        self.setMinimumWidth(420)

        def work() -> bool:
            if not conversion.encrypt:
                decrypt(database, conversion.passphrase)
                passphrases.forget(database)
                return True
            encrypt(database, conversion.passphrase)
            if conversion.remember:
                return passphrases.remember(database, conversion.passphrase)
            passphrases.forget(database)
            return True

        on_done(run_in_thread(work), self._done, self._failed, parent=self)

    def _done(self, kept: bool) -> None:
        self.kept = kept
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.reject()

    def reject(self) -> None:
        if self.error is None:
            return  # not stopped half-way (Escape, the close button): it ends by itself
        super().reject()

    def tell(self) -> None:
        """Once it has ended: what went wrong, or that the passphrase was not kept."""
        if self.error is not None:
            QMessageBox.warning(None, "Pushback Monitor", str(self.error))
        elif not self.kept:
            QMessageBox.information(
                None,
                "Pushback Monitor",
                self.tr(
                    "No system keyring works on this computer, so the passphrase is not "
                    "kept: it is asked at every start."
                ),
            )


def convert_requested(locations: Locations) -> bool:
    """Do the conversion asked for in the session that has just ended (the database is
    closed now): True when there was one, and the app starts again."""
    conversion = take_request()
    if conversion is None:
        return False
    dialog = Converting(locations.db_path, conversion)
    dialog.exec()
    dialog.tell()
    return True


class StartPrompt(QInputDialog):
    """The passphrase of an encrypted database, asked before the store opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pushback Monitor")
        self.setTextEchoMode(QLineEdit.EchoMode.Password)
        self.setOkButtonText(self.tr("Open"))

    def ask(self, file: Path, problem: str | None) -> str | None:
        """The passphrase typed; None when the analyst cancels. ``problem``: what was
        wrong with the last one."""
        question = self.tr("The database %1 is encrypted. Its passphrase:").replace("%1", str(file))
        self.setLabelText(f"{problem}\n\n{question}" if problem else question)
        self.setTextValue("")
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.textValue()


def unlock_at_start(locations: Locations) -> bool:
    """Before the store opens: the passphrase of an encrypted database, from the
    environment, the keyring, else asked (again after a wrong one). False when the
    analyst cancels; a :class:`~monitor.errors.MonitorError` after three wrong ones."""
    if locations.database.postgres or not encrypted(locations.db_path):
        return True
    return passphrases.unlock(
        locations.db_path, lambda file, problem: StartPrompt().ask(file, problem)
    )
