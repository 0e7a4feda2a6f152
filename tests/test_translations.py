"""The Qt translation files are complete and match the code (run `make translations`
after changing a string in ui/, then translate what is new)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
    return translation.get("type") == "unfinished" or not all(forms)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as `make translations` would leave them now, in a scratch folder."""
    scratch = tmp_path_factory.mktemp("translations")
    for name in ("pushback_nl.ts", "pushback_en.ts"):
        shutil.copy(FOLDER / name, scratch / name)
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-no-obsolete",
            *sources,
            "-ts",
            str(scratch / "pushback_nl.ts"),
            str(scratch / "pushback_en.ts"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return scratch


def test_every_string_of_the_code_is_in_the_translation_files(refreshed: Path) -> None:
    for name in ("pushback_nl.ts", "pushback_en.ts"):
        assert set(messages(refreshed / name)) == set(messages(FOLDER / name)), name


def test_dutch_is_complete() -> None:
    missing = [
        source
        for key, message in messages(FOLDER / "pushback_nl.ts").items()
        if unfinished(message)
        for source in [key[1]]
    ]
    assert missing == []


def test_english_plurals_are_written_out() -> None:
    plural = {
        key: m
        for key, m in messages(FOLDER / "pushback_en.ts").items()
        if m.get("numerus") == "yes"
    }
    assert plural
    assert [key for key, message in plural.items() if unfinished(message)] == []


def test_the_compiled_files_match_the_sources(tmp_path: Path) -> None:
    for language in ("nl", "en"):
        source = tmp_path / f"pushback_{language}.ts"
        shutil.copy(FOLDER / source.name, source)
        subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), str(source)], check=True, capture_output=True
        )
        compiled = source.with_suffix(".qm").read_bytes()
        assert compiled == (FOLDER / f"pushback_{language}.qm").read_bytes(), language


def test_counted_texts_are_plural_in_both_languages() -> None:
    """A source text with "(s)" is a counted one: written `self.tr(text, "", n)`, so that
    pyside6-lupdate marks it plural, and shown in real forms ("1 item", "2 berichten"),
    never as "item(s)"."""
    for name in ("pushback_nl.ts", "pushback_en.ts"):
        found = messages(FOLDER / name)
        counted = {key: m for key, m in found.items() if "(s)" in key[1]}
        assert counted, name
        assert [key for key, m in counted.items() if m.get("numerus") != "yes"] == [], name
        for key, message in counted.items():
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 2 and not any("(s)" in form for form in forms), (name, key)
