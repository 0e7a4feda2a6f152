r"""The main window's ``QAction``\ s, made from :data:`ui.actions.ACTIONS` (and the
taxonomy's categories): the menus, the shortcut sheet and retranslation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from monitor.classify.taxonomy import Taxonomy
from ui.action_spec import CATEGORIES, Group, Key, Menu, Spec, translated
from ui.actions import ACTIONS

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_BY_ID = {spec.id: spec for spec in ACTIONS}


class Actions:
    """The window's actions, made from :data:`ACTIONS` (and the taxonomy's categories);
    they work wherever the focus is in the window."""

    def __init__(self, window: MainWindow, taxonomy: Taxonomy) -> None:
        self.window = window
        self.by_id: dict[str, QAction] = {}
        for spec in ACTIONS:
            if spec.id != CATEGORIES:
                self.by_id[spec.id] = self._make(spec, spec.keys, partial(spec.run, window))
        categories = _BY_ID[CATEGORIES]
        self.categories: list[QAction] = []
        for number, category in enumerate(taxonomy.categories, start=1):
            toggle = partial(window.toggle_category, category.id)
            action = self._make(categories, (str(number),), toggle)
            action.setData(category.id)
            self.categories.append(action)

    def _make(self, spec: Spec, keys: Sequence[Key], run: Callable[[], object]) -> QAction:
        action = QAction(self.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(spec.checkable)
        action.triggered.connect(lambda *_: run())
        self.window.addAction(action)
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self.by_id[action_id]

    def of(self, spec: Spec) -> list[QAction]:
        return self.categories if spec.id == CATEGORIES else [self.by_id[spec.id]]

    def build_menus(self, bar: QMenuBar) -> None:
        menus = {menu: bar.addMenu("") for menu in Menu}
        for spec in ACTIONS:
            if spec.separated:
                menus[spec.menu].addSeparator()
            menus[spec.menu].addActions(self.of(spec))
        self.menus = menus

    def sheet(self) -> list[tuple[str, list[QAction]]]:
        """The shortcut sheet: each group's actions, in the table's order."""
        return [
            (
                translated(group),
                [a for spec in ACTIONS if spec.group == group for a in self.of(spec)],
            )
            for group in Group
        ]

    def retranslate(self, category_name: Callable[[str], str]) -> None:
        for spec in ACTIONS:
            if spec.id == CATEGORIES:
                continue
            action = self.by_id[spec.id]
            text = translated(spec.text)
            action.setText(text)
            keys = action.shortcut().toString()
            action.setToolTip(f"{translated(spec.tip) if spec.tip else text} ({keys})")
        tip = translated(_BY_ID[CATEGORIES].text)
        for action in self.categories:
            name, keys = category_name(action.data()), action.shortcut().toString()
            action.setText(f"{keys} {name}")
            action.setToolTip(tip.replace("%1", name).replace("%2", keys))
        for menu, shown in self.menus.items():
            shown.setTitle(translated(menu))
