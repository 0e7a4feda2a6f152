"""The rules dialog: a rule made in the form, tried on the last days (a list to look
through, nothing changed), saved into rules.yaml with its comments kept, run over the
stored items (decided in the rule's name, shown as such); faults shown with their line
and field; a rule the form cannot show edited as YAML."""

from __future__ import annotations

from desktop import Desktop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor.rules import RulesFile, Subject, parse_rule, run_over_store
from monitor.store import Store
from ui.rules_dialog import RulesDialog


def rules_dialog(qtbot: QtBot, desktop: Desktop, alerted: list[int] | None = None) -> RulesDialog:
    w = desktop.window
    dialog = RulesDialog(
        desktop.locations.rules_path,
        w.taxonomy,
        "en",
        desktop.host.config,
        w.reads,
        desktop.host.write,
        w.changes,
        "Sanne",
        (alerted if alerted is not None else []).extend,
        w,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_rule_is_made_tried_saved_and_run(qtbot: QtBot, desktop: Desktop) -> None:
    rules_path = desktop.locations.rules_path
    rules_path.write_text("# kept by the team\nversion: 1\nrules: []\n", encoding="utf-8")
    alerted: list[int] = []
    dialog = rules_dialog(qtbot, desktop, alerted)
    form = dialog.form
    form.name.setText("Foreign agents")
    (row,) = form.rows
    row.values.setText("buitenlandse agent*, foreign agent*")
    form.escalate.setChecked(True)
    form.alert.setChecked(True)
    dialog.try_button.click()
    qtbot.waitUntil(lambda: dialog.matches.rowCount() == 1)
    assert "would have matched 1 item" in dialog.message.text()
    assert dialog.matches.item(0, 2).text() == "buitenlandse agenten, buitenlandse agent"
    assert "<i>Georgisch parlement neemt wet tegen <b>buitenlandse agenten</b> aan" in (
        dialog.excerpt.text()
    )
    assert "registreren als <b>buitenlandse agent</b>." in dialog.excerpt.text()
    agents = desktop.ids[1]
    assert desktop.decisions(agents) == []  # trying changed nothing
    assert not rules_path.read_text(encoding="utf-8").count("Foreign agents")

    dialog.save.click()
    assert dialog.message.text().startswith("Saved")
    text = rules_path.read_text(encoding="utf-8")
    assert text.startswith("# kept by the team\n")
    assert RulesFile.load(rules_path).rules.names == ["Foreign agents"]
    assert dialog.rules.currentItem().text() == "Foreign agents"

    dialog.run_button.click()
    qtbot.waitUntil(lambda: "newly matched" in dialog.message.text(), timeout=10_000)
    assert dialog.message.text() == "1 item newly matched · decisions: 1 · alerts: 1"
    assert alerted == [desktop.ids[1]]  # the run's alert goes to the window's list
    status, _categories, _note = desktop.stored(agents)
    assert status == "escalated"
    assert desktop.decisions(agents) == ["escalate"]
    desktop.window.detail.show_item(agents)
    qtbot.waitUntil(lambda: "rule “Foreign agents”" in desktop.window.detail.browser.toPlainText())


def test_faults_are_shown_and_nothing_is_saved(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = rules_dialog(qtbot, desktop)
    dialog.form.name.setText("Empty")
    dialog.save.click()  # no condition, nothing to do
    message = dialog.message.text()
    assert "rule “Empty” (rules[0]): a rule needs conditions" in message
    assert not desktop.locations.rules_path.exists()
    dialog.tabs.setCurrentIndex(1)
    dialog.yaml.setPlainText(
        "name: Bad\nwhen: [{score: {category: civic_space, at_least: 3}}]\nthen: {alert: true}\n"
    )
    dialog.try_button.click()
    assert "when[0].score.at_least: must be a score between 0 and 1" in dialog.message.text()
    assert dialog.message.styleSheet() == "color: #c62828"


def test_a_rule_the_form_cannot_show_is_edited_as_yaml(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.locations.rules_path.write_text(
        "rules:\n  - name: Nested\n    when:\n      - any: [{words: [Soros]}, {tag: ngo}]\n"
        "    then: {alert: true}\n",
        encoding="utf-8",
    )
    dialog = rules_dialog(qtbot, desktop)
    assert dialog.rules.currentItem().data(Qt.ItemDataRole.UserRole) == "Nested"
    assert not dialog.tabs.isTabEnabled(0) and dialog.tabs.currentIndex() == 1
    nested = parse_rule(dialog.yaml.toPlainText(), desktop.locations.rules_path)
    assert nested.matches(Subject(id=1, source="x", title="Soros", text=""))
    assert nested.matches(Subject(id=1, source="x", title="", text="", tags=("ngo",)))
    assert "edit it as YAML" in dialog.message.text()


def test_the_rule_follows_the_editor_from_yaml_to_the_form_and_back(
    qtbot: QtBot, desktop: Desktop
) -> None:
    desktop.locations.rules_path.write_text(
        "rules:\n  - name: One\n    when: [{words: [Soros]}]\n    then: {alert: true}\n"
        "  - name: Two\n    when: [{words: [a]}]\n"
        "    then: {add_category: [anti_aid, disinformation]}\n"
        "  - name: Three\n    when: [{author: ['Vries, Jan de']}]\n    then: {alert: true}\n",
        encoding="utf-8",
    )
    dialog = rules_dialog(qtbot, desktop)
    assert dialog.tabs.currentIndex() == 0 and dialog.form.name.text() == "One"
    dialog.tabs.setCurrentIndex(1)
    dialog.yaml.setPlainText(dialog.yaml.toPlainText().replace("Soros", "Gates"))
    dialog.tabs.setCurrentIndex(0)  # the YAML's edit is in the form
    assert dialog.form.rows[0].values.text() == "Gates"
    dialog.tabs.setCurrentIndex(1)
    dialog.yaml.setPlainText("name: One\nwhen: [{words: [Soros]}\n")
    dialog.tabs.setCurrentIndex(0)  # broken YAML: it stays, and says why
    assert dialog.tabs.currentIndex() == 1 and "Edit it as YAML" in dialog.message.text()
    assert dialog.yaml.toPlainText().startswith("name: One\nwhen: [{words: [Soros]}")

    # two categories to add, a value with a comma: the form would lose them
    for row, name in ((1, "Two"), (2, "Three")):
        dialog.rules.setCurrentRow(row)
        assert dialog.editing == name and not dialog.tabs.isTabEnabled(0)

    dialog.new.click()  # a new rule, then back to the one shown before
    assert dialog.editing is None and dialog.form.name.text() == ""
    dialog.rules.setCurrentRow(2)
    assert dialog.editing == "Three"


def _run_rules(desktop: Desktop, text: str) -> None:
    desktop.locations.rules_path.write_text(text, encoding="utf-8")
    store = Store.open(desktop.locations.database)
    try:
        rules = RulesFile.load(desktop.locations.rules_path).rules.rules
        run_over_store(store, rules, {s.id: s for s in desktop.host.config.sources})
    finally:
        store.close()


def test_rule_alerts_are_listed_and_notify_as_each_rule_and_source_chooses(
    qtbot: QtBot, desktop: Desktop
) -> None:
    _run_rules(
        desktop,
        "rules:\n  - name: Agents\n    when: [{words: [buitenlandse agent*]}]\n"
        "    then: {alert: true}\n"
        "  - name: Quiet\n    notify: false\n    when: [{words: [LGBT*]}]\n"
        "    then: {alert: true}\n",
    )
    alerts = desktop.window.alerts
    shown: list[tuple[str, str, int]] = []
    alerts.notified.connect(lambda *message: shown.append(message))
    alerts.configure(enabled=True, thresholds={})
    with qtbot.waitSignal(alerts.changed):
        alerts.check([desktop.ids[1]])
    ((title, body, item_id),) = shown
    assert title == "New item a rule alerts you to" and item_id == desktop.ids[1]
    assert "NOS Nieuws · rule “Agents”" in body
    with qtbot.waitSignal(alerts.changed):
        alerts.check([desktop.ids[2]])  # the quiet rule's alert: listed, no notification
    assert len(shown) == 1
    assert [seen.alert.rules for seen in alerts.recent] == [("Quiet",), ("Agents",)]

    # a source whose alerts notify nobody: its items above a threshold are listed only
    quiet = desktop.host.config.sources[0]
    assert quiet.id == "nos"
    alerts.quiet_sources = lambda: {"nos"}
    alerts.configure(enabled=True, thresholds={"anti_aid": 0.5})
    with qtbot.waitSignal(alerts.changed):
        alerts.check([desktop.ids[0]])
    assert len(shown) == 1 and alerts.recent[0].alert.item_id == desktop.ids[0]


def test_a_source_set_not_to_notify_is_saved_as_notify_false(
    qtbot: QtBot, desktop: Desktop
) -> None:
    from monitor.feeds_place import FeedsPlace
    from ui.source_form import SourceForm

    (nos,) = [s for s in desktop.host.config.sources if s.id == "nos"]
    form = SourceForm(desktop.host, FeedsPlace(desktop.locations), source=nos)
    qtbot.addWidget(form)
    assert form.notify.isChecked()
    form.notify.setChecked(False)
    assert form.values()["notify"] is False
    form.notify.setChecked(True)
    assert "notify" not in form.values()  # the default is not written out


def test_several_rule_alerts_make_one_notification_naming_the_rest(
    qtbot: QtBot, desktop: Desktop
) -> None:
    from monitor.store import Alert

    alerts = desktop.window.alerts
    shown: list[tuple[str, str, int]] = []
    alerts.notified.connect(lambda *message: shown.append(message))
    alerts.configure(enabled=True, thresholds={})
    alerts.add(
        [
            Alert(
                item_id=n,
                title=f"item {n}",
                source="nos",
                scores={},
                rules=("A",),
                rules_notify=True,
            )
            for n in (101, 102, 103)
        ]
    )
    ((title, body, item_id),) = shown
    assert title == "3 new items rules alert you to" and item_id == 101
    assert body.endswith("\nand 2 more")
