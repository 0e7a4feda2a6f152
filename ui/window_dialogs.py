"""The dialogs the main window opens (sources, brief, settings, quality, shortcuts), each
imported only when first asked for, and what the window does once one closes: a changed
feeds.yaml goes to the schedule, changed settings to every view and the classifier."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from monitor.errors import MonitorError
from monitor.settings import Settings
from ui.worker import on_done

if TYPE_CHECKING:
    from monitor.spikes.narratives import NarrativeSpike
    from ui.brief_dialog import BriefDialog
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog


class WindowDialogs(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_sources(self) -> None:
        from ui.sources_dialog import SourcesDialog  # noqa: PLC0415 - opened rarely

        w = self.window
        SourcesDialog(w.host, w.feeds, w.reads, w).exec()
        w.engine.sources_reloaded()

    def open_rules(self) -> None:
        from ui.rules_dialog import RulesDialog  # noqa: PLC0415 - opened rarely

        w = self.window
        RulesDialog(
            w.locations.rules_path,
            w.taxonomy,
            w.language,
            w.host.config,
            w.reads,
            w.host.write,
            w.changes,
            w.settings.analyst_name,
            w.alerts.check,
            w,
        ).exec()

    def open_rises(self, chosen: NarrativeSpike | None = None) -> None:
        from ui.alerts import show_item  # noqa: PLC0415 - the window's, once it is built
        from ui.rises_dialog import RisesDialog  # noqa: PLC0415 - opened rarely

        w = self.window
        dialog = RisesDialog(
            w.reads,
            {s.id: s for s in w.host.config.sources},
            w.names.category,
            w.names.source,
            lambda item_id: show_item(w, item_id),
            chosen,
            w,
        )
        dialog.exec()
        dialog.deleteLater()

    def brief(self) -> BriefDialog:
        from ui.brief_dialog import BriefDialog  # noqa: PLC0415 - opened rarely

        w = self.window
        sources = {s.id: s for s in w.host.config.sources}
        return BriefDialog(
            w.reads,
            w.taxonomy,
            w.settings,
            w.names.sources,
            w,
            sources=sources,
            data_dir=w.locations.data_dir,
        )

    def open_brief(self) -> None:
        self.brief().exec()

    def open_quality(self) -> None:
        from ui.quality_dialog import QualityDialog  # noqa: PLC0415 - opened rarely

        w = self.window
        QualityDialog(w.reads, w.taxonomy, w.language, w).exec()

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415 - opened rarely

        ShortcutsDialog(self.window.action_set.sheet(), self.window).exec()

    # -- settings --------------------------------------------------------------------------

    def settings(self) -> SettingsDialog | None:
        """The settings dialog, wired to the window; ``None`` (and a message) when the
        files it edits cannot be read."""
        from ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - opened rarely

        w = self.window
        try:
            dialog = SettingsDialog(w.locations, w.taxonomy, w.language, w)
        except MonitorError as exc:
            w.statusBar().showMessage(str(exc), 30_000)
            return None
        dialog.applied.connect(self._settings_saved)
        return dialog

    def open_settings(self) -> None:
        dialog = self.settings()
        if dialog is not None:
            dialog.exec()

    def _settings_saved(self, settings: Settings) -> None:
        w = self.window
        classifier_changed = settings.classifier != w.settings.classifier
        w.engine.reflag |= settings.classifier.thresholds != w.settings.classifier.thresholds
        w.apply_settings(settings)
        if classifier_changed:  # a failure is shown (the worker's default), never lost
            on_done(w.host.start_classifier(), lambda _: None, parent=w)
        w.engine.feeds_changed()
