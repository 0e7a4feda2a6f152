"""The interface language: Dutch or English, switched while the app runs.

Our strings are written in English and translated through Qt's translation files
(``resources/translations/pushback_nl.ts``, compiled to ``.qm``; the English file only
adds plural forms). Qt's own strings (standard buttons, file and message dialogs) come
from Qt's catalogue ``qtbase_<language>.qm``: in the packaged app beside ours (the spec
copies it there), in a checkout or a wheel in PySide6's own translations folder. The
engine's messages come from its gettext catalog (``monitor.i18n``). Switching installs
the new translators; Qt then sends every widget a ``LanguageChange`` event and each one
sets its texts again (:class:`Retranslating`).

Numbers shown in the interface are written the language's way through :func:`decimal`
(``0,60`` in Dutch): :meth:`Languages.apply` sets the default ``QLocale`` it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from monitor.bundled import bundled_path
from monitor.errors import MonitorError
from monitor.i18n import use_language
from monitor.settings import LANGUAGES

TRANSLATIONS = "resources/translations"
# Qt's own texts that its Dutch catalogue leaves out (labels of the file dialog), so ours
# translates them, under Qt's context: Qt asks every installed translator.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object  # a plain mixin: the Qt class comes after it


class Retranslating(_Widget):
    """A widget that sets its texts again when the interface language changes: listed
    before its Qt class (``class Dialog(Retranslating, QDialog)``), it calls
    :meth:`retranslate` on every ``LanguageChange``."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the widget's texts in the interface language."""
        raise NotImplementedError


def system_language() -> str:
    """``nl`` for a Dutch (or Flemish) desktop, else ``en``."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def decimal(value: float, places: int = 2) -> str:
    """``value`` with ``places`` decimals in the interface language: ``0,60`` or ``0.60``."""
    return QLocale().toString(float(value), "f", places)


def qt_folders() -> list[str]:
    """Where Qt's own catalogues may be: ours (the packaged app), then PySide6's."""
    return [ours for ours in (_folder(),) if ours] + [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ]


class Languages:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.current = ""
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> str:
        """Show the interface in ``language`` (``""``: the system's); returns the one used."""
        chosen = language if language in LANGUAGES else system_language()
        if chosen == self.current:
            return chosen
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(self.app)
        if ours.load(f"pushback_{chosen}", _folder()):
            self._installed.append(ours)
        # qtbase, not the qt_<language> collection: that one names modules the app does
        # not ship (Qt Multimedia...), and fails to load without them.
        qt = QTranslator(self.app)
        if any(qt.load(f"qtbase_{chosen}", folder) for folder in qt_folders()):
            self._installed.append(qt)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.Dutch if chosen == "nl" else QLocale.Language.English)
        )
        use_language(chosen)  # the engine's messages (errors of sources, fetches) too
        self.current = chosen
        return chosen


def _folder() -> str:
    try:
        return str(bundled_path(TRANSLATIONS))
    except MonitorError:
        return ""  # an installation without translations shows English
