"""What is rising, in the app: a narrative spike announced once in the alerts list (and
as a notification), the dialog listing the rises with their items, and an item opened
from it shown in the window, deciding nothing."""

from __future__ import annotations

from desktop import Desktop
from pytestqt.qtbot import QtBot
from spikedata import fill

from monitor.store import Alert, Store
from ui.rises_dialog import RisesDialog


def _rise(desktop: Desktop) -> list[int]:
    store = Store.open(desktop.locations.database)
    try:
        return fill(store)
    finally:
        store.close()


def test_a_rise_is_announced_once_and_opens_the_dialog(qtbot: QtBot, desktop: Desktop) -> None:
    rise = _rise(desktop)
    alerts = desktop.window.alerts
    shown: list[tuple[str, str, int]] = []
    alerts.notified.connect(lambda *message: shown.append(message))
    alerts.configure(enabled=True, thresholds={})
    with qtbot.waitSignal(alerts.changed):
        alerts.check_rises()
    ((title, body, item_id),) = shown
    assert title == "1 narrative rising"
    assert body == "Anti-gender rising: 16 items (usually 2.0)"
    assert item_id == max(rise)  # the latest of its items
    (seen,) = [s for s in alerts.recent if s.rise is not None]
    assert seen.rise is not None and set(rise) < set(seen.rise.items)

    alerts.add_rises([seen.rise])  # the same rise again: nothing new (it is remembered)
    assert len(shown) == 1 and len([s for s in alerts.recent if s.rise is not None]) == 1
    assert "announced_rises" in (desktop.locations.data_dir / "window.ini").read_text()
    # an item's own alert is not taken for the rise it is the latest item of
    alerts.add([Alert(item_id=max(rise), title="blog", source="blog", scores={"x": 0.9})])
    assert [s.rise is None for s in alerts.recent][:2] == [True, False]

    opened: list[object] = []
    alerts.open_rise.disconnect()
    alerts.open_rise.connect(opened.append)
    popup = desktop.window.alerts_button.popup
    desktop.window.alerts_button.open_popup()
    row = popup.list.item(1)  # under the item's alert
    assert row.text().startswith("Anti-gender rising: 16 items")
    popup._chosen(row)
    assert opened == [seen.rise]


def test_the_dialog_lists_the_rises_and_opens_an_item(qtbot: QtBot, desktop: Desktop) -> None:
    rise = _rise(desktop)
    w = desktop.window
    shown: list[int] = []
    dialog = RisesDialog(
        w.reads,
        {s.id: s for s in desktop.host.config.sources},
        w.names.category,
        w.names.source,
        shown.append,
        None,
        w,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.rises.rowCount() == 1)
    assert dialog.message.text() == "1 rise."
    cells = [dialog.rises.item(0, c).text() for c in range(6)]
    assert cells[1:5] == ["Anti-gender", "everywhere", "16", "2.0"]
    qtbot.waitUntil(lambda: dialog.items.rowCount() == 16)
    assert dialog.items.item(0, 2).text() == "blog anti_gender 13"  # the latest first
    dialog._open(0)
    assert shown == [max(rise)] and not dialog.isVisible()
    assert all(desktop.decisions(i) == [] for i in rise)  # opening decides nothing
