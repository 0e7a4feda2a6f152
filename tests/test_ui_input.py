"""The app's answers to what a feed or an analyst gives it: item HTML never shows a file
of this computer, a search without words says so, a model folder in the data folder is
saved relative to it and chosen from there, the data folder is shown whole, and the
classifier's methods by their names."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from monitor.classify.taxonomy import load_taxonomy
from monitor.config import Locations
from monitor.settings import BACKENDS, load_settings
from ui.detail_pane import SafeBrowser
from ui.filter_bar import FilterBar
from ui.settings_dialog import SettingsDialog


def image(width: int, height: int) -> QImage:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    return picture


def shown_height(qtbot: QtBot, html: str) -> float:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 900)
    browser.setHtml(html)
    browser.grab()  # paint it, as a screen would
    return float(browser.document().size().height())


@pytest.mark.parametrize("form", ["absolute", "relative", "file"])
def test_item_html_never_shows_a_local_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    secret = tmp_path / "secret.png"
    assert image(300, 600).save(str(secret))
    monkeypatch.chdir(tmp_path)
    src = {"absolute": str(secret), "relative": "secret.png", "file": secret.as_uri()}[form]
    assert shown_height(qtbot, f'<p>x</p><img src="{src}">') < 100


def test_an_image_written_into_the_html_is_shown(qtbot: QtBot) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image(40, 300).save(buffer, "PNG")
    src = "data:image/png;base64," + base64.b64encode(bytes(data)).decode()
    assert shown_height(qtbot, f'<img src="{src}">') >= 300


def test_a_search_without_words_says_so(qtbot: QtBot) -> None:
    bar = FilterBar(load_taxonomy())
    qtbot.addWidget(bar)
    bar.show()
    for text, told in (('"', True), ("*", True), ("gender*", False), ("", False), ("- «", True)):
        bar.search.setText(text)
        assert bar.no_words.isVisible() == told, text
    assert bar.no_words.text() == "Nothing to search for: type a word"


def test_a_model_folder_in_the_data_folder_is_saved_relative(
    qtbot: QtBot, isolated_home: Path, tmp_path: Path
) -> None:
    locations = Locations.resolve()
    locations.ensure()
    dialog = SettingsDialog(locations, load_taxonomy(), "en")
    qtbot.addWidget(dialog)
    inside = locations.data_dir / "models" / "nli"
    dialog.model_dir.setText(str(inside))
    assert dialog.changes()[("classifier", "model_dir")] == "models/nli"
    dialog.model_dir.setText(str(tmp_path / "shared"))
    assert dialog.changes()[("classifier", "model_dir")] == str(tmp_path / "shared")
    (isolated_home / "settings.yaml").write_text(
        "classifier:\n  backend: zero-shot\n  model_dir: models/nli\n"
    )
    assert load_settings(isolated_home).classifier.model_dir == inside


def settings_in(qtbot: QtBot, locations: Locations) -> SettingsDialog:
    locations.ensure()
    dialog = SettingsDialog(locations, load_taxonomy(), "en")
    qtbot.addWidget(dialog)
    return dialog


def test_the_model_folder_is_chosen_from_the_data_folder(
    qtbot: QtBot, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the working folder is not where models are
    locations = Locations.resolve()
    dialog = settings_in(qtbot, locations)
    assert Path(dialog.folder_dialog().directory().absolutePath()) == locations.data_dir
    (locations.data_dir / "models" / "nli").mkdir(parents=True)
    dialog.model_dir.setText("models/nli")  # as settings.yaml may give it
    assert Path(dialog.folder_dialog().directory().absolutePath()) == locations.models_dir / "nli"


def test_a_long_data_folder_is_shown_whole_and_can_be_copied(qtbot: QtBot, tmp_path: Path) -> None:
    deep = tmp_path / "Stichting_Mensenrechten_en_Ontwikkeling" / ".local" / "share" / "pushback"
    locations = Locations.resolve(data_dir=deep)
    dialog = settings_in(qtbot, locations)
    dialog.resize(520, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.data_dir
    assert shown.text() == str(deep) and shown.toolTip() == str(deep)
    widest = max(shown.fontMetrics().horizontalAdvance(part) for part in deep.parts)
    assert widest > shown.width()  # a folder name that must break inside
    assert shown.mapTo(dialog, shown.rect().topRight()).x() < dialog.width()
    assert shown.height() >= shown.heightForWidth(shown.width()) > 2 * shown.fontMetrics().height()
    dialog.copy_data.click()
    assert QGuiApplication.clipboard().text() == str(deep)


def test_the_classifier_methods_are_named_not_given_as_ids(
    qtbot: QtBot, isolated_home: Path
) -> None:
    dialog = settings_in(qtbot, Locations.resolve())
    names = [dialog.backend.itemText(i) for i in range(dialog.backend.count())]
    assert names == [
        "Trained here on the labelled examples",
        "A classification model of your own",
        "Zero-shot: without training",
    ]
    assert [dialog.backend.itemData(i) for i in range(dialog.backend.count())] == list(BACKENDS)
    assert dialog.changes()[("classifier", "backend")] == "embedding-head"
