"""The rules dialog: the rules of rules.yaml, one edited at a time, tried before it is
saved (what it would have matched in the last 30 days, as a list to look through), saved
with the file's comments kept, and run over the stored items on demand.

A rule is edited in a form (:mod:`ui.rule_form`) or, for what the form cannot show
(conditions inside conditions), as YAML; either way rules.yaml checks it before it is
saved, and its faults are shown with the line and field at fault.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor.classify.taxonomy import Taxonomy
from monitor.config import FeedsConfig
from monitor.errors import ConfigError, MonitorError
from monitor.rules import DryMatch, Rule, RulesFile, dry_run, parse_rule, run_over_store
from monitor.store import Changes, RuleOutcome, Store
from ui.changes import ChangeHub
from ui.geometry import resize_within_screen
from ui.rule_form import RuleForm, fits_form
from ui.style import RED
from ui.text_table import fill_text_rows
from ui.worker import QueryOp, Reads, Write, WriteOp

DAYS = 30  # a rule is tried on the items of the last days


def emphasised(text: str, words: Sequence[str]) -> str:
    """``text`` as HTML with ``words`` in bold (the longest first, each once)."""
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    parts, last = [], 0
    for found in pattern.finditer(text):
        parts += [escape(text[last : found.start()]), f"<b>{escape(found.group(0))}</b>"]
        last = found.end()
    return "".join([*parts, escape(text[last:])])


class RulesDialog(QDialog):
    def __init__(
        self,
        path: Path,
        taxonomy: Taxonomy,
        language: str,
        config: FeedsConfig,
        reads: Reads,
        write: Write,
        changes: ChangeHub,
        analyst: str,
        alert: Callable[[Sequence[int]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rules-dialog")
        self.path = path
        self.sources = {s.id: s for s in config.sources}
        self.reads = reads
        self.write = write
        self.hub = changes
        self.analyst = analyst
        self.alert = alert  # the alerts a run raised go to the window's list
        self.editing: str | None = None  # the saved rule being edited (None: a new one)
        self.setWindowTitle(self.tr("Rules"))
        resize_within_screen(self, 1180, 720)
        self.rules = QListWidget()
        self.rules.setObjectName("rules-list")
        self.rules.currentItemChanged.connect(self._chosen)
        self.new = QPushButton(self.tr("New rule"))
        self.new.clicked.connect(self._new_rule)
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.clicked.connect(self._delete)
        self.form = RuleForm(taxonomy, language)
        self.yaml = QPlainTextEdit()
        self.yaml.setObjectName("rule-yaml")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Form"))
        self.tabs.addTab(self.yaml, self.tr("YAML"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.try_button = QPushButton(self.tr("Try it on the last %n day(s)", "", DAYS))
        self.try_button.clicked.connect(self._try)
        self.save = QPushButton(self.tr("Save"))
        self.save.clicked.connect(self._save)
        self.run_button = QPushButton(self.tr("Run on stored items"))
        self.run_button.setToolTip(
            self.tr(
                "Run the saved rule over every stored item now (new items get it by themselves)"
            )
        )
        self.run_button.clicked.connect(self._run)
        self.matches = QTableWidget(0, 4)
        self.matches.setObjectName("rule-matches")
        self.matches.setHorizontalHeaderLabels(
            [self.tr("Published"), self.tr("Source"), self.tr("Words"), self.tr("Title")]
        )
        self.matches.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.matches.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matches.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.matches.verticalHeader().hide()
        self.matches.currentCellChanged.connect(self._match_chosen)
        self.excerpt = QLabel()
        self.excerpt.setWordWrap(True)
        self.found: list[DryMatch] = []
        self._layout()
        self._reload()

    def _layout(self) -> None:
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.rules)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new)
        buttons.addWidget(self.delete)
        side.addLayout(buttons)
        right = QWidget()
        main = QVBoxLayout(right)
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.tabs, 3)
        row = QHBoxLayout()
        for button in (self.try_button, self.save, self.run_button):
            row.addWidget(button)
        row.addStretch(1)
        main.addLayout(row)
        main.addWidget(self.message)
        main.addWidget(self.matches, 2)
        main.addWidget(self.excerpt)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 920])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(close)

    # -- the list of rules ---------------------------------------------------------------

    def _file(self) -> RulesFile | None:
        try:
            return RulesFile.load(self.path)
        except ConfigError as exc:
            self._say(str(exc), RED)
            return None

    def _reload(self, choose: str | None = None) -> None:
        rules_file = self._file()
        self.rules.blockSignals(True)
        self.rules.clear()
        for rule in rules_file.rules.rules if rules_file else ():
            text = rule.name if rule.enabled else self.tr("%1 (off)").replace("%1", rule.name)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, rule.name)
            self.rules.addItem(entry)
        self.rules.blockSignals(False)
        names = [
            self.rules.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.rules.count())
        ]
        if choose in names:
            self.rules.setCurrentRow(names.index(choose))
        elif names:
            self.rules.setCurrentRow(0)
        else:
            self._new_rule()
        if rules_file is None:
            self._say(
                self.tr("rules.yaml cannot be read; fix it first:") + " " + self.message.text(), RED
            )

    def _chosen(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        name = entry.data(Qt.ItemDataRole.UserRole)
        rules_file = self._file()
        rule = rules_file.rules.named(name) if rules_file else None
        if rules_file is None or rule is None:
            return
        self.editing = rule.name
        self.yaml.setPlainText(rules_file.text_of(rule.name))
        if fits_form(rule):
            self._show_tab(0)
            self.form.show_rule(rule)
            self._say("")
        else:
            self._show_tab(1, form=False)
            self._say(self.tr("This rule has conditions inside conditions: edit it as YAML."))
        self._show_matches([])

    def _new_rule(self) -> None:
        self.editing = None
        self.rules.setCurrentRow(-1)  # so that choosing the rule shown before works
        self._show_tab(0)
        self.form.clear()
        self.form.add_row()
        self.form.name.setFocus()
        self._say(self.tr("A new rule: give it a name, its conditions and what it does."))
        self._show_matches([])

    def _show_tab(self, index: int, *, form: bool = True) -> None:
        """The form (0) or the YAML (1), without carrying the rule from one to the other
        (the caller fills it); ``form``: whether the form can be chosen."""
        self.tabs.blockSignals(True)
        self.tabs.setTabEnabled(0, form)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        """The rule follows the editor: the form's rule into the YAML, and the YAML's
        edits back into the form (when they fit it; otherwise the YAML stays)."""
        if index == 1 and self.tabs.isTabEnabled(0):
            self.yaml.setPlainText(self.form.text())
            return
        if index != 0:
            return
        try:
            rule = parse_rule(self.yaml.toPlainText(), self.path)
        except ConfigError as exc:
            fault = str(exc)
        else:
            if fits_form(rule):
                self.form.show_rule(rule)
                return
            fault = self.tr("This rule does not fit the form.")
        self._show_tab(1)
        self._say(self.tr("Edit it as YAML: %1").replace("%1", fault), RED)

    # -- the rule being edited -----------------------------------------------------------

    def _text(self) -> str:
        return self.yaml.toPlainText() if self.tabs.currentIndex() == 1 else self.form.text()

    def _draft(self) -> Rule | None:
        """The rule as edited, checked as rules.yaml would check it; None (and the fault
        shown) when it is not valid."""
        try:
            return parse_rule(self._text(), self.path)
        except ConfigError as exc:
            self._say(str(exc), RED)
            return None

    def _try(self) -> None:
        rule = self._draft()
        if rule is None:
            return
        self._say(self.tr("Trying the rule…"))
        self.try_button.setEnabled(False)
        sources = self.sources
        QueryOp(self.reads, self, lambda store: dry_run(store, rule, sources, days=DAYS)).success(
            self._tried
        ).failure(self._failed).run()

    def _tried(self, found: list[DryMatch]) -> None:
        self.try_button.setEnabled(True)
        self._say(
            self.tr(
                "It would have matched %n item(s) of the last %1 days; nothing was changed.",
                "",
                len(found),
            ).replace("%1", str(DAYS))
        )
        self._show_matches(found)

    def _failed(self, error: BaseException) -> None:
        self.try_button.setEnabled(True)
        self.run_button.setEnabled(True)
        self._say(str(error), RED)

    def _show_matches(self, found: list[DryMatch]) -> None:
        self.found = found
        sources = self.sources
        cells = [
            [
                match.published.astimezone().strftime("%Y-%m-%d %H:%M"),
                sources[match.source].name if match.source in sources else match.source,
                ", ".join(match.words),
                match.title,
            ]
            for match in found
        ]
        fill_text_rows(self.matches, cells, stretch=3)
        self.excerpt.setText("")
        if found:
            self.matches.selectRow(0)

    def _match_chosen(self, row: int, *_: int) -> None:
        if 0 <= row < len(self.found):
            match = self.found[row]
            title = f"<i>{emphasised(match.title, match.words)}</i>"
            same = match.excerpt.rstrip("…").strip() == match.title.rstrip("…").strip()
            body = (
                "" if same or not match.excerpt else f"<br>{emphasised(match.excerpt, match.words)}"
            )
            self.excerpt.setText(title + body)

    def _save(self) -> None:
        rule = self._draft()
        rules_file = self._file() if rule is not None else None
        if rule is None or rules_file is None:
            return
        try:
            saved = rules_file.put(self._text(), replacing=self.editing)
            rules_file.save()
        except MonitorError as exc:
            self._say(str(exc), RED)
            return
        self._reload(choose=saved.name)
        self._say(self.tr("Saved: the rule runs on every new item from now on."))

    def _delete(self) -> None:
        if self.editing is None:
            self._new_rule()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the rule"),
            self.tr("Delete the rule “%1”? What it decided stays in the items' history.").replace(
                "%1", self.editing
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        rules_file = self._file()
        if rules_file is None:
            return
        try:
            rules_file.remove(self.editing)
            rules_file.save()
        except MonitorError as exc:
            self._say(str(exc), RED)
            return
        self._reload()

    def _run(self) -> None:
        rules_file = self._file()
        rule = rules_file.rules.named(self.editing) if rules_file and self.editing else None
        if rule is None:
            self._say(self.tr("Save the rule first: only a saved rule runs on stored items."), RED)
            return
        self.run_button.setEnabled(False)
        self._say(self.tr("Running the rule over the stored items…"))
        sources, analyst = self.sources, self.analyst
        outcome: list[RuleOutcome] = []

        def work(store: Store) -> Changes:
            outcome.append(run_over_store(store, [rule], sources, analyst=analyst)[rule.name])
            return Changes.of_items(d.item_id for d in outcome[0].decided)

        WriteOp(self.write, self.hub, self, work).success(lambda _: self._ran(outcome[0])).failure(
            self._failed
        ).run()

    def _ran(self, outcome: RuleOutcome) -> None:
        self.run_button.setEnabled(True)
        self._say(
            self.tr(
                "%n item(s) newly matched · decisions: %1 · alerts: %2",
                "",
                outcome.matched,
            )
            .replace("%1", str(len(outcome.decided)))
            .replace("%2", str(len(outcome.alerts)))
        )
        self.alert(outcome.alerts)

    def _say(self, text: str, color: str = "") -> None:
        self.message.setStyleSheet(f"color: {color}" if color else "")
        self.message.setText(text)
