"""One rule as a form: its name, its conditions (one row each: what to look at and the
values), all or any of them, and what it does. The form writes the rule as rules.yaml
does (:meth:`RuleForm.text`), so the file checks it; a rule with nested conditions, which
the form cannot show, is edited as YAML."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ruamel.yaml import YAML

from monitor.classify.taxonomy import Taxonomy
from monitor.rules import PRIORITIES, Match, Rule
from monitor.rules.model import Group, OneOf, Score, Words

translate = QCoreApplication.translate
KINDS = ("words", "score", "source", "tag", "language", "country", "author", "account")


def kind_names() -> dict[str, str]:
    return {
        "words": translate("RuleForm", "Words or phrases"),
        "score": translate("RuleForm", "Score of a category at least"),
        "source": translate("RuleForm", "Source (id)"),
        "tag": translate("RuleForm", "Source tag"),
        "language": translate("RuleForm", "Language"),
        "country": translate("RuleForm", "Country"),
        "author": translate("RuleForm", "Author"),
        "account": translate("RuleForm", "Account"),
    }


def fits_form(rule: Rule) -> bool:
    """Whether the form can show the rule as it is: no conditions inside conditions, one
    category to add at most, and no value with a comma in it (the form separates values
    with commas)."""
    conditions = rule.when.conditions
    values = [
        value
        for c in conditions
        if isinstance(c, Words | OneOf)
        for value in (c.terms if isinstance(c, Words) else c.values)
    ]
    return (
        not rule.when.negated
        and not any(isinstance(c, Group) for c in conditions)
        and len(rule.then.add_categories) <= 1
        and not any("," in value for value in values)
    )


class ConditionRow(QWidget):
    """What to look at, and the values (comma-separated), or a category and a score."""

    def __init__(self, taxonomy: Taxonomy, language: str) -> None:
        super().__init__()
        self.kind = QComboBox()
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind)
        self.values = QLineEdit()
        self.category = QComboBox()
        for category in taxonomy.categories:
            self.category.addItem(category.name.get(language, category.id), category.id)
        self.score = QDoubleSpinBox()
        self.score.setRange(0.0, 1.0)
        self.score.setSingleStep(0.05)
        self.score.setDecimals(2)
        self.score.setValue(0.7)
        self.remove = QPushButton("×")
        self.remove.setFixedWidth(32)
        self.remove.setToolTip(translate("RuleForm", "Remove this condition"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.values, self.category, self.score, self.remove):
            row.addWidget(widget)
        row.setStretch(1, 1)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        scored = self.kind.currentData() == "score"
        self.values.setVisible(not scored)
        self.category.setVisible(scored)
        self.score.setVisible(scored)
        examples = {
            "words": "Soros, open society*, #genderideologie",
            "source": "nos-algemeen, masto-genderideologie",
            "tag": "news, ngo",
            "language": "nl, en",
            "country": "NL, HU",
            "author": "Jan de Vries, @someone.bsky.social",
            "account": "@someone@mastodon.social",
        }
        example = examples.get(self.kind.currentData(), "")
        self.values.setPlaceholderText(
            translate("RuleForm", "for example: %1").replace("%1", example)
        )

    def show_condition(self, condition: Words | Score | OneOf) -> None:
        if isinstance(condition, Score):
            self.kind.setCurrentIndex(KINDS.index("score"))
            self.category.setCurrentIndex(max(self.category.findData(condition.category), 0))
            self.score.setValue(condition.at_least)
            return
        kind = "words" if isinstance(condition, Words) else condition.name.value
        self.kind.setCurrentIndex(KINDS.index(kind))
        terms = condition.terms if isinstance(condition, Words) else condition.values
        self.values.setText(", ".join(terms))

    def entry(self) -> dict[str, Any] | None:
        """The condition as rules.yaml writes it; None when its values are empty."""
        kind = self.kind.currentData()
        if kind == "score":
            return {
                "score": {
                    "category": self.category.currentData(),
                    "at_least": round(self.score.value(), 2),
                }
            }
        values = [v.strip() for v in self.values.text().split(",") if v.strip()]
        return {kind: values} if values else None


class RuleForm(QWidget):
    """A rule's fields; :meth:`text` is the rule in YAML."""

    def __init__(self, taxonomy: Taxonomy, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.language = language
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.match = QComboBox()
        self.match.addItem(translate("RuleForm", "all of these conditions"), Match.ALL.value)
        self.match.addItem(translate("RuleForm", "any of these conditions"), Match.ANY.value)
        self.rows: list[ConditionRow] = []
        self.conditions = QVBoxLayout()
        self.add_condition = QPushButton(translate("RuleForm", "Add a condition"))
        self.add_condition.clicked.connect(self._add_empty)
        self.add_category = QCheckBox(translate("RuleForm", "Add the category"))
        self.category = QComboBox()
        for category in taxonomy.categories:
            self.category.addItem(category.name.get(language, category.id), category.id)
        self.escalate = QCheckBox(translate("RuleForm", "Escalate"))
        self.alert = QCheckBox(translate("RuleForm", "Raise an alert"))
        self.set_priority = QCheckBox(translate("RuleForm", "Set the priority"))
        self.priority = QComboBox()
        names = {
            "high": translate("RuleForm", "high"),
            "medium": translate("RuleForm", "medium"),
            "low": translate("RuleForm", "low"),
        }
        for priority in PRIORITIES:
            self.priority.addItem(names[priority], priority)
        self.not_relevant = QCheckBox(translate("RuleForm", "Mark not relevant"))
        self.notify = QCheckBox(translate("RuleForm", "Its alerts show a desktop notification"))
        self.notify.setChecked(True)
        self.enabled = QCheckBox(translate("RuleForm", "Switched on"))
        self.enabled.setChecked(True)
        self._layout()
        self.add_row()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("RuleForm", "Name"), self.name)
        form.addRow(translate("RuleForm", "Description"), self.description)
        form.addRow(translate("RuleForm", "Match items with"), self.match)
        box = QVBoxLayout()
        box.addLayout(self.conditions)
        box.addWidget(self.add_condition, alignment=Qt.AlignmentFlag.AlignLeft)
        form.addRow(translate("RuleForm", "Conditions"), box)
        actions = QGridLayout()
        actions.addWidget(self.add_category, 0, 0)
        actions.addWidget(self.category, 0, 1)
        actions.addWidget(self.set_priority, 1, 0)
        actions.addWidget(self.priority, 1, 1)
        actions.addWidget(self.escalate, 2, 0)
        actions.addWidget(self.alert, 3, 0)
        actions.addWidget(self.not_relevant, 4, 0)
        actions.setColumnStretch(2, 1)
        form.addRow(translate("RuleForm", "Then"), actions)
        form.addRow("", self.notify)
        form.addRow("", self.enabled)
        note = QLabel(
            translate(
                "RuleForm",
                "Words match whole words in any case; a * at the end matches any ending "
                "(ideolog* finds ideologie and ideologies). Separate values with commas.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("rule-hint")
        form.addRow("", note)
        QVBoxLayout(self).addLayout(form)

    def _add_empty(self) -> None:
        self.add_row().values.setFocus()

    def add_row(self) -> ConditionRow:
        row = ConditionRow(self.taxonomy, self.language)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        self.rows.append(row)
        self.conditions.addWidget(row)
        return row

    def _remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def clear(self) -> None:
        for row in list(self.rows):
            self._remove_row(row)
        self.name.clear()
        self.description.clear()
        self.match.setCurrentIndex(0)
        for box in (
            self.add_category,
            self.escalate,
            self.alert,
            self.set_priority,
            self.not_relevant,
        ):
            box.setChecked(False)
        self.notify.setChecked(True)
        self.enabled.setChecked(True)

    def show_rule(self, rule: Rule) -> None:
        """Fill the form with ``rule`` (one that :func:`fits_form`)."""
        self.clear()
        self.name.setText(rule.name)
        self.description.setText(rule.description)
        self.match.setCurrentIndex(0 if rule.when.match is Match.ALL else 1)
        for condition in rule.when.conditions:
            if not isinstance(condition, Group):
                self.add_row().show_condition(condition)
        then = rule.then
        if then.add_categories:
            self.add_category.setChecked(True)
            self.category.setCurrentIndex(max(self.category.findData(then.add_categories[0]), 0))
        self.set_priority.setChecked(then.priority is not None)
        if then.priority:
            self.priority.setCurrentIndex(PRIORITIES.index(then.priority))
        self.escalate.setChecked(then.escalate)
        self.alert.setChecked(then.alert)
        self.not_relevant.setChecked(then.not_relevant)
        self.notify.setChecked(rule.notify)
        self.enabled.setChecked(rule.enabled)

    def entry(self) -> dict[str, Any]:
        then: dict[str, Any] = {}
        if self.add_category.isChecked():
            then["add_category"] = self.category.currentData()
        if self.set_priority.isChecked():
            then["priority"] = self.priority.currentData()
        for key, box in (
            ("escalate", self.escalate),
            ("alert", self.alert),
            ("not_relevant", self.not_relevant),
        ):
            if box.isChecked():
                then[key] = True
        entry: dict[str, Any] = {"name": self.name.text().strip()}
        if self.description.text().strip():
            entry["description"] = self.description.text().strip()
        if self.match.currentData() == Match.ANY.value:
            entry["match"] = "any"
        conditions = [found for row in self.rows if (found := row.entry()) is not None]
        if conditions:
            entry["when"] = conditions
        entry["then"] = then
        if not self.notify.isChecked():
            entry["notify"] = False
        if not self.enabled.isChecked():
            entry["enabled"] = False
        return entry

    def text(self) -> str:
        """The rule in YAML, as rules.yaml holds it."""
        yaml = YAML()
        yaml.default_flow_style = None  # short lists on one line: [Soros, open society*]
        buffer = io.StringIO()
        yaml.dump(self.entry(), buffer)
        return buffer.getvalue()
