"""The sources dialog (add with Test, edit, enable, remove, OPML), the settings dialog, and
the interface language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import FEEDS
from desktop import Desktop
from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from monitor.bundled import bundled_path
from monitor.classify.onnx import ONNX_INT8_FILE
from monitor.classify.taxonomy import load_taxonomy
from monitor.config import FeedsFile
from monitor.feeds_place import FeedsPlace
from monitor.models import CATEGORY_IDS
from monitor.settings import load_settings
from monitor.store import Store
from ui.settings_dialog import SettingsDialog
from ui.shortcuts_dialog import ShortcutsDialog
from ui.source_form import SourceForm
from ui.sources_dialog import SourcesDialog
from ui.sources_model import COLUMNS


def sources_dialog(qtbot: QtBot, desktop: Desktop) -> SourcesDialog:
    dialog = SourcesDialog(
        desktop.host, FeedsPlace(desktop.locations), desktop.window.reads, desktop.window
    )
    qtbot.addWidget(dialog)
    return dialog


def feeds_text(desktop: Desktop) -> str:
    return desktop.locations.feeds_path.read_text(encoding="utf-8")


# -- sources -----------------------------------------------------------------------------


def test_the_sources_table_shows_health_and_full_errors(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.window.action("poll").trigger()
    qtbot.waitUntil(desktop.window.action("poll").isEnabled, timeout=20_000)
    dialog = sources_dialog(qtbot, desktop)
    model = dialog.model
    qtbot.waitUntil(lambda: model.index(1, COLUMNS.index("health")).data() == "failing")
    assert [model.index(r, COLUMNS.index("name")).data() for r in range(2)] == [
        "NOS Nieuws",
        "The Guardian",
    ]
    assert model.index(0, COLUMNS.index("health")).data() == "working"
    assert model.index(0, COLUMNS.index("last_success")).data()
    assert model.index(0, COLUMNS.index("interval")).data() == "30m"
    assert model.index(0, COLUMNS.index("enabled")).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert "500" in model.index(1, COLUMNS.index("last_error")).data()
    dialog.table.selectRow(1)
    details = dialog.details.toPlainText()  # the whole error, readable without hovering
    assert "Last error (" in details and "1 failure in a row" in details
    assert "/down.xml" in details


def test_adding_a_source_tests_it_first_and_keeps_comments(qtbot: QtBot, desktop: Desktop) -> None:
    page = desktop.server.file("/hrw.atom", FEEDS / "hrw.atom")
    form = SourceForm(desktop.host, FeedsPlace(desktop.locations))
    qtbot.addWidget(form)
    form.address.setText(page)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Press Test first" in form.outcome.text()  # nothing saved blind
    form.test_button.click()
    qtbot.waitUntil(lambda: form.items.topLevelItemCount() > 0, timeout=10_000)
    assert form.outcome.text().endswith("items found.")
    assert form.kind.currentData() == "rss"
    assert form.fields["url"].text() == page
    assert not desktop.server.seen("/pixel.gif")
    form.fields["id"].setText("hrw")
    form.fields["language"].setText("en")
    form.fields["interval"].setText("2h")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert form.result() == form.DialogCode.Accepted
    text = feeds_text(desktop)
    assert "# Our sources, reviewed every quarter." in text
    assert "# Known to fail: the server answers 500." in text
    source = FeedsFile.load(desktop.locations.feeds_path).config.source("hrw")
    assert source.url == page and source.language == "en"
    assert source.name == "Human Rights Watch News"  # the feed's own title


def test_a_failing_test_names_the_address(qtbot: QtBot, desktop: Desktop) -> None:
    missing = desktop.server.url("/gone.xml")
    form = SourceForm(desktop.host, FeedsPlace(desktop.locations))
    qtbot.addWidget(form)
    form.fields["url"].setText(missing)
    form.test_button.click()
    qtbot.waitUntil(lambda: form.outcome.text().startswith("The test failed"), timeout=10_000)
    assert missing in form.outcome.text()
    form.fields["interval"].setText("soon")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "interval" in form.outcome.text()  # the field at fault, and the form stays open
    assert form.result() != form.DialogCode.Accepted
    assert "gone.xml" not in feeds_text(desktop)


def test_editing_disabling_and_removing_sources(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = sources_dialog(qtbot, desktop)
    nos = dialog.model.sources[0]
    form = SourceForm(desktop.host, FeedsPlace(desktop.locations), nos)
    qtbot.addWidget(form)
    assert form.fields["id"].isReadOnly()
    form.fields["name"].setText("NOS Binnenland")
    form.fields["tags"].setText("news, nl")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    config = FeedsFile.load(desktop.locations.feeds_path).config
    assert config.source("nos").name == "NOS Binnenland"
    assert config.source("nos").tags == ("news", "nl")
    dialog.reload()
    index = dialog.model.index(1, COLUMNS.index("enabled"))
    dialog.table.clicked.emit(index)  # the check box in the "On" column
    assert FeedsFile.load(desktop.locations.feeds_path).config.source("guardian").enabled is False
    qtbot.waitUntil(lambda: not desktop.host.engine.config.source("guardian").enabled)
    dialog.remove([dialog.model.sources[1]])
    assert [s.id for s in dialog.model.sources] == ["nos"]
    assert "# Our sources, reviewed every quarter." in feeds_text(desktop)


def test_opml_round_trip(qtbot: QtBot, desktop: Desktop, tmp_path: Path) -> None:
    dialog = sources_dialog(qtbot, desktop)
    exported = tmp_path / "sources.opml"
    dialog.export_opml(exported)
    assert "2 sources written" in dialog.notice.text()
    outlines = ET.parse(exported).getroot().iter("outline")
    assert {o.get("text") for o in outlines} == {"NOS Nieuws", "The Guardian"}
    dialog.remove(list(dialog.model.sources))
    assert dialog.model.sources == []
    dialog.import_opml(exported)
    assert "2 sources added" in dialog.notice.text()
    config = FeedsFile.load(desktop.locations.feeds_path).config
    assert {(s.id, s.name, s.language) for s in config.sources} == {
        ("nos", "NOS Nieuws", "nl"),
        ("guardian", "The Guardian", "en"),
    }
    dialog.import_opml(exported)  # again: nothing doubles
    assert "0 sources added" in dialog.notice.text() and "2 already present" in (
        dialog.notice.text()
    )


def test_a_broken_opml_file_is_named(qtbot: QtBot, desktop: Desktop, tmp_path: Path) -> None:
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline", encoding="utf-8")
    dialog = sources_dialog(qtbot, desktop)
    dialog.import_opml(broken)
    assert "broken.opml:1" in dialog.notice.text()
    assert len(dialog.model.sources) == 2


# -- settings ----------------------------------------------------------------------------


def settings_dialog(qtbot: QtBot, desktop: Desktop) -> SettingsDialog:
    dialog = desktop.window.settings_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_settings_are_saved_and_applied(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = settings_dialog(qtbot, desktop)
    assert dialog.data_dir.text() == str(desktop.locations.data_dir)
    assert dialog.analyst.text() == "Sanne"
    assert not dialog.enabled.isChecked()  # as settings.yaml says
    dialog.thresholds["civic_space"].setValue(0.6)
    dialog.alerts["anti_aid"].setValue(0.0)  # never alert for this one
    dialog.interval.setText("45m")
    dialog.organisation.setText("Wereldvrouwen Utrecht")
    with qtbot.waitSignal(dialog.applied):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settings = load_settings(desktop.locations.data_dir)
    assert settings.classifier.thresholds == {"civic_space": 0.6}
    assert "anti_aid" not in settings.alerts and settings.alerts["civic_space"] == 0.85
    assert settings.analyst == "Sanne" and not settings.classifier.enabled
    assert "interval: 45m" in feeds_text(desktop)
    assert "# Our sources, reviewed every quarter." in feeds_text(desktop)
    assert desktop.window.detail.thresholds["civic_space"] == 0.6
    assert desktop.window.alerts.thresholds.get("anti_aid") is None
    assert settings.organisation == "Wereldvrouwen Utrecht"
    assert desktop.window.brief_dialog().request().organisation == "Wereldvrouwen Utrecht"


def test_int8_is_offered_where_the_encoder_folder_has_it(
    qtbot: QtBot, desktop: Desktop, tmp_path: Path
) -> None:
    dialog = settings_dialog(qtbot, desktop)
    assert dialog.encoder.currentData() == "multilingual-e5-small"
    assert dialog.int8.isEnabled()  # the default encoder, with its int8 ONNX model
    (tmp_path / "model.onnx").write_bytes(b"")
    (desktop.locations.data_dir / "settings.yaml").write_text(
        f"classifier:\n  encoder: {tmp_path}\n", encoding="utf-8"
    )
    dialog = settings_dialog(qtbot, desktop)
    assert dialog.encoder.currentData() == str(tmp_path)  # an encoder folder of one's own
    assert not dialog.int8.isEnabled() and ONNX_INT8_FILE in dialog.int8.toolTip()
    (tmp_path / ONNX_INT8_FILE).write_bytes(b"")
    dialog.encoder.setCurrentIndex(dialog.encoder.findData("all-minilm-l6-v2"))
    dialog.encoder.setCurrentIndex(dialog.encoder.findData(str(tmp_path)))
    assert dialog.int8.isEnabled()
    assert dialog.changes()[("classifier", "encoder")] == str(tmp_path)


def test_a_bad_setting_is_shown_and_nothing_is_written(qtbot: QtBot, desktop: Desktop) -> None:
    before = feeds_text(desktop)
    dialog = settings_dialog(qtbot, desktop)
    dialog.timeout.setText("a while")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "timeout" in dialog.problem.text()
    assert feeds_text(desktop) == before
    assert load_settings(desktop.locations.data_dir).language == ""


# -- the interface language --------------------------------------------------------------


def dutch_only() -> set[str]:
    """English source texts whose Dutch translation differs (a sign of a missed string)."""
    path = bundled_path("resources/translations/pushback_nl.ts")
    found = set()
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if source not in forms and "%" not in source:
            found.add(source)
    return found


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets: list[QObject] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QWidget) and widget.isWindow():
            texts.add(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox) and widget.objectName() != "language-choice":
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QWidget):
            texts.add(widget.toolTip())
            for action in widget.actions():
                texts.update({action.text(), action.toolTip(), action.iconText()})
    return {t.replace("&", "") for t in texts if t}


def test_switching_to_dutch_translates_every_visible_string(qtbot: QtBot, desktop: Desktop) -> None:
    english = dutch_only()
    window = desktop.window
    assert english & visible_texts(window)  # the check can fail: English is showing now
    desktop.languages.apply("nl")
    qtbot.waitUntil(lambda: window.action("poll").text() == "Nu ophalen")
    left = english & visible_texts(window)
    for dialog in (
        SourcesDialog(desktop.host, FeedsPlace(desktop.locations), window.reads, window),
        SettingsDialog(desktop.locations, load_taxonomy(), "nl", window),
        SourceForm(desktop.host, FeedsPlace(desktop.locations)),
        ShortcutsDialog([("Triage", window.category_actions)], window),
    ):
        qtbot.addWidget(dialog)
        left |= english & visible_texts(dialog)
    assert left == set()
    assert window.model.headerData(2, Qt.Orientation.Horizontal) == "Titel"
    assert window.navigator.queue_name("review") == "Te beoordelen"
    assert "Tekst" in window.detail.browser.toPlainText()
    desktop.languages.apply("en")
    qtbot.waitUntil(lambda: window.action("poll").text() == "Poll now")
    assert "Text" in window.detail.browser.toPlainText()


def test_the_language_setting_switches_the_window(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = settings_dialog(qtbot, desktop)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: desktop.window.action("confirm").text() == "Bevestigen")
    assert desktop.window.language == "nl"
    assert desktop.window.model.index(0, 1).data() == "Anti-ontwikkelingshulp"
    assert load_settings(desktop.locations.data_dir).language == "nl"


def test_new_thresholds_reflag_the_stored_items(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    dialog = settings_dialog(qtbot, desktop)
    dialog.thresholds["civic_space"].setValue(0.9)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.status.classifier_state[0] == "off")
    # The classifier comes back with the new thresholds (as the host announces them: no
    # model in this test).
    desktop.host.thresholds_changed.emit({**dict.fromkeys(CATEGORY_IDS, 0.5), "civic_space": 0.9})
    desktop.host.classifier_ready.emit(True)
    qtbot.waitUntil(
        lambda: "New thresholds applied: 2 items" in window.statusBar().currentMessage()
    )
    window.action("refresh").trigger()
    shown = [window.model.item_id(r) for r in range(window.model.rowCount())]
    assert desktop.ids[1] not in shown  # civic space 0.88 is below 0.9 now
    assert desktop.ids[6] in shown  # still flagged for disinformation


# -- the weekly brief --------------------------------------------------------------------


def test_the_brief_dialog_previews_and_saves(
    qtbot: QtBot, desktop: Desktop, tmp_path: Path
) -> None:
    import docx

    from ui.brief_dialog import BriefDialog

    store = Store.open(desktop.locations.db_path)
    store.record_decision(desktop.ids[0], "confirm", severity="high", note="Volgen.")
    store.close()
    dialog = desktop.window.brief_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, BriefDialog)
    dialog.period.setCurrentIndex(dialog.period.findData("dates"))  # the fixture's days
    dialog.last.setDate(QDate.currentDate())
    dialog.first.setDate(QDate.currentDate().addDays(-2))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: "Pushback brief" in dialog.preview.toPlainText(), timeout=20_000)
    assert "Kabinet wil half miljard" in dialog.preview.toPlainText()
    assert set(dialog.preview.images) == {"chart:daily", "chart:sources"}
    assert not [url for url in dialog.preview.blocked if url.startswith("http")]
    target = tmp_path / "brief.docx"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: dialog.saved == target, timeout=20_000)
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Pushback brief"  # a range, not a week
    assert "Saved:" in dialog.outcome.text()


def test_the_brief_dialog_names_a_bad_period(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = desktop.window.brief_dialog()
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(dialog.period.findData("dates"))
    dialog.first.setDate(dialog.last.date().addDays(3))
    qtbot.waitUntil(lambda: "before it begins" in dialog.outcome.text(), timeout=5_000)


def test_the_brief_report_and_shortcut_sheet_are_laid_out_to_be_read(
    qtbot: QtBot, desktop: Desktop
) -> None:
    from ui.geometry import MARGIN
    from ui.quality_dialog import QualityDialog

    window = desktop.window
    # The brief: no empty line over the preview; Close (and Escape), as every dialog has.
    brief = window.brief_dialog()
    qtbot.addWidget(brief)
    brief.show()
    qtbot.waitUntil(lambda: bool(brief.preview.toPlainText()), timeout=20_000)
    assert brief.outcome.text() == "" and not brief.outcome.isVisible()
    assert brief.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    with qtbot.waitSignal(brief.rejected):
        qtbot.keyClick(brief, Qt.Key.Key_Escape)
    # The shortcut sheet: keys as typed, no number twice, every group in view on a screen.
    sheet = ShortcutsDialog(window.action_set.sheet(), window)
    qtbot.addWidget(sheet)
    rows = {
        table.item(row, 0).text(): table.item(row, 1).text()
        for table in sheet.tables
        for row in range(table.rowCount())
        if table.item(row, 1) is not None
    }
    assert (rows["1"], rows["c"], rows["x"], rows["Ctrl+Z"]) == (
        "Anti-gender",
        "Confirm",
        "Reject",
        "Undo",
    )
    assert sheet.sizeHint().height() <= sheet.screen().availableGeometry().height() - MARGIN
    for table in sheet.tables:
        assert (
            table.height()
            >= table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
        )
    # The classifier report: each set named once over its measures, no room left under them.
    report = QualityDialog(window.reads, window.taxonomy, "en", window)
    qtbot.addWidget(report)
    table = report.table

    def headers() -> list[str]:
        return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]

    assert headers() == 2 * ["Precision", "Recall", "F1", "Items"]
    assert [group for group, _, _ in report.header.groups] == ["Development set", "Your decisions"]
    rows_height = report.header.sizeHint().height() + table.verticalHeader().length()
    assert table.height() == rows_height + 2 * table.frameWidth()
    desktop.languages.apply("nl")
    qtbot.waitUntil(lambda: headers()[1] == "Gevonden")
    assert headers()[:4] == ["Precisie", "Gevonden", "F1", "Berichten"]
    assert "Gevonden: " in report.note.text() and "de recall" not in report.note.text()
    desktop.languages.apply("en")
