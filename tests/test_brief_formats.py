"""The brief's format follows the file's name: on the command line (``-o brief.pdf`` is a
PDF; a name and a --format that disagree are refused) and in the app's save dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from briefdata import NAMES, build
from pytestqt.qtbot import QtBot

from monitor import brief as briefs
from monitor.classify.taxonomy import load_taxonomy
from monitor.settings import Settings

PDF = b"%PDF"


def test_file_names_give_formats() -> None:
    assert briefs.format_of("week.PDF") == "pdf"
    assert briefs.format_of(Path("a/b.htm")) == "html"
    assert briefs.format_of("notes.markdown") == "md"
    assert briefs.format_of("brief") is None
    assert briefs.format_of("brief.txt") is None
    assert briefs.with_suffix("brief", "pdf") == "brief.pdf"
    assert briefs.with_suffix("brief.v2", "md") == "brief.v2.md"
    assert briefs.with_suffix("brief.HTM", "html") == "brief.HTM"
    assert set(briefs.formats.SUFFIXES) == set(briefs.FORMATS)


@pytest.fixture
def home(isolated_home: Path) -> Path:
    isolated_home.mkdir(parents=True, exist_ok=True)
    build(isolated_home / "pushback.db")
    return isolated_home


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("guess.pdf", b"%PDF"),
        ("guess.docx", b"PK"),
        ("guess.html", b"<!DOCTYPE html>"),
        ("guess.htm", b"<!DOCTYPE html>"),
        ("guess.md", b"# "),
        ("guess.json", b"{"),
    ],
)
def test_the_extension_gives_the_format(
    run_cli: Any, home: Path, tmp_path: Path, name: str, starts: bytes
) -> None:
    out = tmp_path / name
    result = run_cli("brief", "--week", "2026-W48", "--lang", "en", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(starts)


def test_a_name_and_a_format_that_disagree_are_refused(
    run_cli: Any, home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "brief.pdf"
    result = run_cli("brief", "--week", "2026-W48", "--format", "docx", "-o", str(out))
    assert result.exit_code == 2
    assert str(out) in result.output
    assert "pdf" in result.output and "docx" in result.output
    assert not out.exists()
    agreeing = run_cli("brief", "--week", "2026-W48", "--format", "pdf", "-o", str(out))
    assert agreeing.exit_code == 0 and out.read_bytes().startswith(PDF)


def test_a_name_without_a_known_extension_needs_a_format(
    run_cli: Any, home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "brief.txt"
    refused = run_cli("brief", "--week", "2026-W48", "-o", str(out))
    assert refused.exit_code == 2
    assert str(out) in refused.output and ".docx" in refused.output
    assert not out.exists()
    # Asked for explicitly, any name will do.
    asked = run_cli("brief", "--week", "2026-W48", "--format", "md", "-o", str(out))
    assert asked.exit_code == 0 and out.read_text().startswith("# ")


def test_without_a_file_or_format_the_brief_is_word(
    run_cli: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("brief", "--week", "2026-W48", "--lang", "en")
    assert result.exit_code == 0, result.output
    written = tmp_path / "pushback-brief-2026-W48-en.docx"
    assert docx.Document(str(written)).paragraphs[0].text == "Weekly pushback brief"


# -- the app's save dialog ---------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[Any]:
    from ui.brief_dialog import BriefDialog
    from ui.worker import Reads, drain

    db = tmp_path / "b.db"
    build(db)
    reads = Reads(db)
    shown = BriefDialog(
        reads, load_taxonomy(), Settings(language="en"), NAMES, today=date(2026, 12, 2)
    )
    qtbot.addWidget(shown)
    yield shown
    drain()
    reads.close()


def test_the_save_dialog_offers_the_chosen_format(dialog: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    files = dialog.file_dialog()
    assert isinstance(files, QFileDialog)
    assert files.selectedNameFilter() == "PDF (*.pdf)"
    assert "Word (*.docx)" in files.nameFilters()
    assert files.defaultSuffix() == "pdf"
    assert files.selectedFiles()[0].endswith("pushback-brief-2026-W48-en.pdf")
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    files = dialog.file_dialog()
    assert files.selectedNameFilter() == "Word (*.docx)"
    assert files.selectedFiles()[0].endswith("pushback-brief-2026-W48-en.docx")


def test_a_name_typed_with_another_extension_switches_the_format(
    qtbot: QtBot, dialog: Any, tmp_path: Path
) -> None:
    assert dialog.format.currentData() == "docx"
    target = tmp_path / "brief.pdf"
    dialog.save_as(target)
    qtbot.waitUntil(lambda: dialog.saved == target, timeout=20_000)
    assert target.read_bytes().startswith(PDF)  # never a Word file named .pdf
    assert dialog.format.currentData() == "pdf"


def test_a_name_without_an_extension_gets_the_formats(
    qtbot: QtBot, dialog: Any, tmp_path: Path
) -> None:
    dialog.save_as(tmp_path / "brief", "md")  # the Markdown filter was selected
    target = tmp_path / "brief.md"
    qtbot.waitUntil(lambda: dialog.saved == target, timeout=20_000)
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert dialog.format.currentData() == "md"
    dialog.save_as(tmp_path / "brief.v2")  # no filter given: the box's format
    qtbot.waitUntil(lambda: dialog.saved == tmp_path / "brief.v2.md", timeout=20_000)
