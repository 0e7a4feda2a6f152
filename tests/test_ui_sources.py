"""The sources dialog and the source form as the analyst reads them, in English and Dutch:
columns as wide as their headers, kinds by their titles, a long name in full, examples
that read as examples, the preview only once there is one, the remove question in the
language's plural forms; every column sorting, and what a source's health suggests
(a new address, switching it off) offered and taken."""

from __future__ import annotations

from desktop import Desktop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor.config import FeedsFile
from monitor.feeds_place import FeedsPlace
from ui.source_form import SourceForm
from ui.sources_dialog import SourcesDialog
from ui.sources_model import COLUMNS

LONG_NAME = "Example · Mastodon #genderideologie"


def sources_dialog(qtbot: QtBot, desktop: Desktop) -> SourcesDialog:
    dialog = SourcesDialog(
        desktop.host, FeedsPlace(desktop.locations), desktop.window.reads, desktop.window
    )
    qtbot.addWidget(dialog)
    return dialog


def column(dialog: SourcesDialog, name: str, row: int = 0) -> str:
    return str(dialog.model.index(row, COLUMNS.index(name)).data())


def test_every_column_fits_its_header_in_either_language(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = sources_dialog(qtbot, desktop)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    fixed = [i for i, name in enumerate(COLUMNS) if name not in ("name", "last_error")]

    def fits() -> bool:
        return all(header.sectionSize(i) >= header.sectionSizeHint(i) for i in fixed)

    qtbot.waitUntil(fits)
    desktop.languages.apply("nl")
    items = COLUMNS.index("items_per_day")
    qtbot.waitUntil(lambda: dialog.model.headerData(items, Qt.Orientation.Horizontal) == "Per dag")
    qtbot.waitUntil(fits)  # a header was once cut to "richten (7 dage" at a fixed 100 px


def test_kinds_are_shown_by_their_titles(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = sources_dialog(qtbot, desktop)
    assert column(dialog, "kind") == "Web feed (RSS/Atom/JSON)"  # not "rss"
    dialog.table.selectRow(0)
    assert " · Web feed (RSS/Atom/JSON) · " in dialog.details.toPlainText()
    desktop.languages.apply("nl")
    qtbot.waitUntil(lambda: column(dialog, "kind") == "Webfeed (RSS/Atom/JSON)")
    form = SourceForm(desktop.host, FeedsPlace(desktop.locations))
    qtbot.addWidget(form)
    assert [form.kind.itemText(i) for i in range(form.kind.count())] == [
        "Webfeed (RSS/Atom/JSON)",
        "Mastodon",
        "Bluesky",
        "Telegram",
    ]


def test_a_long_name_takes_the_room_and_is_whole_in_its_tooltip(
    qtbot: QtBot, desktop: Desktop
) -> None:
    feeds_file = FeedsFile.load(desktop.locations.feeds_path)
    feeds_file.update("guardian", {"name": LONG_NAME})
    feeds_file.save()
    dialog = sources_dialog(qtbot, desktop)
    dialog.show()
    dialog.resize(1318, 600)  # as on a 1366 × 768 screen
    qtbot.waitExposed(dialog)
    name = COLUMNS.index("name")
    assert column(dialog, "name", 1) == LONG_NAME
    tooltip = dialog.model.index(1, name).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[0] == LONG_NAME and tooltip.endswith("/down.xml")
    needed = dialog.table.fontMetrics().horizontalAdvance(LONG_NAME) + 12
    qtbot.waitUntil(lambda: dialog.table.columnWidth(name) >= needed)


def test_the_remove_question_counts_and_names_the_sources(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = sources_dialog(qtbot, desktop)
    nos, guardian = dialog.model.sources
    assert dialog.remove_question([guardian]) == (
        "Remove source",
        "Remove this source from feeds.yaml? Its stored items are kept.\n\nThe Guardian",
    )
    assert dialog.remove_question([nos, guardian]) == (
        "Remove sources",
        "Remove these 2 sources from feeds.yaml? Their stored items are kept.\n\n"
        "• NOS Nieuws\n• The Guardian",
    )
    desktop.languages.apply("nl")
    assert dialog.remove_question([guardian]) == (
        "Bron verwijderen",
        "Deze bron uit feeds.yaml verwijderen? Haar opgeslagen berichten blijven bewaard.\n\n"
        "The Guardian",
    )
    assert dialog.remove_question([nos, guardian])[0] == "Bronnen verwijderen"
    assert dialog.remove_question([nos, guardian])[1].startswith(
        "Deze 2 bronnen uit feeds.yaml verwijderen? Hun opgeslagen berichten blijven bewaard."
    )


def test_the_form_gives_examples_as_examples_in_dutch(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.languages.apply("nl")
    form = SourceForm(desktop.host, FeedsPlace(desktop.locations))
    qtbot.addWidget(form)
    placeholders = {n: form.fields[n].placeholderText() for n in ("language", "country", "tags")}
    assert placeholders == {
        "language": "bijv. nl",
        "country": "bijv. NL",
        "tags": "nieuws, politiek",
    }


def test_the_preview_shows_once_a_test_found_items_and_the_language_is_taken(
    qtbot: QtBot, desktop: Desktop
) -> None:
    edit = SourceForm(desktop.host, FeedsPlace(desktop.locations), desktop.host.config.sources[0])
    qtbot.addWidget(edit)
    assert edit.items.isHidden() and edit.outcome.isHidden()  # no empty box before Test
    form = SourceForm(desktop.host, FeedsPlace(desktop.locations))
    qtbot.addWidget(form)
    form.show()
    assert form.items.isHidden()
    form.fields["url"].setText(desktop.server.url("/nos.xml"))
    form.test_button.click()
    qtbot.waitUntil(form.items.isVisible, timeout=10_000)
    assert form.items.topLevelItemCount() > 0
    assert form.fields["language"].text() == "nl"  # the feed's <language>, left empty here


def _moved_and_gone(qtbot: QtBot, desktop: Desktop) -> str:
    """Two more sources, polled: one whose address redirects for good, one that is gone."""
    from conftest import FEEDS
    from feedserver import Reply

    server = desktop.server
    new_home = server.file("/feeds/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    moved = server.add("/hrw.xml", Reply(301, b"", headers={"Location": new_home}))
    gone = server.add("/closed.xml", Reply(410, b"gone"))
    feeds_file = FeedsFile.load(desktop.locations.feeds_path)
    feeds_file.add({"id": "hrw", "kind": "rss", "url": moved, "name": "Human Rights Watch"})
    feeds_file.add({"id": "closed", "kind": "rss", "url": gone, "name": "Closed blog"})
    feeds_file.save()
    desktop.host.reload(feeds_file.config).result(timeout=10)
    desktop.host.poll_now(["hrw", "closed"]).result(timeout=30)
    return new_home


def _choose(qtbot: QtBot, dialog: SourcesDialog, source_id: str) -> None:
    ids = [s.id for s in dialog.model.sources]
    dialog.table.selectRow(ids.index(source_id))


def test_a_move_and_a_gone_server_are_offered_and_taken(qtbot: QtBot, desktop: Desktop) -> None:
    new_home = _moved_and_gone(qtbot, desktop)
    dialog = sources_dialog(qtbot, desktop)
    dialog.show()
    qtbot.waitUntil(lambda: "closed" in dialog.model.healths)

    _choose(qtbot, dialog, "hrw")
    assert f"sends polls for good to {new_home}" in dialog.details.toPlainText()
    assert dialog.offer_button.isVisibleTo(dialog)
    assert dialog.offer_button.text() == "Use the new address"
    dialog.offer_button.click()
    assert FeedsFile.load(desktop.locations.feeds_path).config.source("hrw").url == new_home

    qtbot.waitUntil(lambda: "closed" in dialog.model.healths)
    _choose(qtbot, dialog, "closed")
    assert "gone for good (410)" in dialog.details.toPlainText()
    assert dialog.offer_button.text() == "Switch it off"
    dialog.offer_button.click()
    assert not FeedsFile.load(desktop.locations.feeds_path).config.source("closed").enabled
    qtbot.waitUntil(lambda: dialog.model.health(dialog.model.sources[-1]).value == "off")

    _choose(qtbot, dialog, "nos")
    assert not dialog.offer_button.isVisibleTo(dialog)  # nothing to suggest


def test_every_column_sorts_what_needs_attention_first(qtbot: QtBot, desktop: Desktop) -> None:
    _moved_and_gone(qtbot, desktop)
    dialog = sources_dialog(qtbot, desktop)
    qtbot.waitUntil(lambda: "closed" in dialog.model.healths)
    assert [s.id for s in dialog.model.sources] == ["nos", "guardian", "hrw", "closed"]
    dialog.table.sortByColumn(COLUMNS.index("health"), Qt.SortOrder.AscendingOrder)
    first = dialog.model.sources[0]
    assert dialog.model.health(first).value == "failing"  # the gone one, or the one down
    dialog.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    names = [dialog.model.name(s) for s in dialog.model.sources]
    assert names == sorted(names, key=str.casefold, reverse=True)
    dialog.table.sortByColumn(COLUMNS.index("streak"), Qt.SortOrder.DescendingOrder)
    streaks = [dialog.model.found(s).failures for s in dialog.model.sources]
    assert streaks == sorted(streaks, reverse=True) and streaks[0] >= 1
    dialog.reload_health()  # read again: the order stays
    qtbot.wait(200)
    assert [dialog.model.found(s).failures for s in dialog.model.sources] == streaks


def test_reading_the_health_again_keeps_the_sources_chosen(qtbot: QtBot, desktop: Desktop) -> None:
    _moved_and_gone(qtbot, desktop)
    dialog = sources_dialog(qtbot, desktop)
    qtbot.waitUntil(lambda: "closed" in dialog.model.healths)
    for sort in (None, COLUMNS.index("streak")):
        if sort is not None:
            dialog.table.sortByColumn(sort, Qt.SortOrder.DescendingOrder)
        dialog.table.selectAll()
        chosen = {s.id for s in dialog.selected()}
        assert len(chosen) == 4
        with qtbot.waitSignal(
            dialog.model.dataChanged if sort is None else dialog.model.modelReset
        ):
            dialog.reload_health()  # as after every poll
        assert {s.id for s in dialog.selected()} == chosen
