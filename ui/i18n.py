"""The interface language: Dutch or English, switched while the app runs.

Our strings are written in English and translated through Qt's translation files
(``resources/translations/pushback_nl.ts``, compiled to ``.qm``; the English file only
adds plural forms). Qt's own strings (standard buttons, file dialogs) come from Qt's
catalogue; the engine's messages from its gettext catalog (``monitor.i18n``). Switching
installs the new translators; Qt then sends every widget a
``LanguageChange`` event and each one sets its texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from monitor.bundled import bundled_path
from monitor.errors import MonitorError
from monitor.i18n import use_language
from monitor.settings import LANGUAGES

TRANSLATIONS = "resources/translations"


def system_language() -> str:
    """``nl`` for a Dutch (or Flemish) desktop, else ``en``."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


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
        if ours.load(f"pushback_{chosen}", str(self._folder())):
            self._installed.append(ours)
        qt = QTranslator(self.app)
        if qt.load(f"qt_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.Dutch if chosen == "nl" else QLocale.Language.English)
        )
        use_language(chosen)  # the engine's messages (errors of sources, fetches) too
        self.current = chosen
        return chosen

    @staticmethod
    def _folder() -> str:
        try:
            return str(bundled_path(TRANSLATIONS))
        except MonitorError:
            return ""  # an installation without translations shows English
