r"""The shape of the main window's actions: :class:`Spec` (id, keys, text, tip, menu,
shortcut-sheet group, what it does), the menus and the sheet's groups. The table of
every action is :data:`ui.actions.ACTIONS`; :mod:`ui.action_set` makes the ``QAction``\ s.

Texts are Qt source strings of the ``MainWindow`` context, marked for ``make
translations`` with ``QT_TRANSLATE_NOOP`` and translated when the language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from ui.main_window import MainWindow

CONTEXT = "MainWindow"
Key = str | QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated when shown."""
    return text


class Menu(StrEnum):
    FILE = QT_TRANSLATE_NOOP("MainWindow", "&File")
    EDIT = QT_TRANSLATE_NOOP("MainWindow", "&Edit")
    TRIAGE = QT_TRANSLATE_NOOP("MainWindow", "&Triage")
    POLLING = QT_TRANSLATE_NOOP("MainWindow", "&Polling")
    HELP = QT_TRANSLATE_NOOP("MainWindow", "&Help")


class Group(StrEnum):
    """The headings of the shortcut sheet."""

    TRIAGE = QT_TRANSLATE_NOOP("MainWindow", "Triage")
    MOVING = QT_TRANSLATE_NOOP("MainWindow", "Moving around")
    WINDOWS = QT_TRANSLATE_NOOP("MainWindow", "Polling and windows")


@dataclass(frozen=True, kw_only=True)
class Spec:
    id: str
    keys: tuple[Key, ...]
    text: str
    tip: str = ""  # without one, the text is the tooltip
    menu: Menu
    group: Group
    run: Callable[[MainWindow], object]
    checkable: bool = False
    separated: bool = False  # a separator before it in its menu


CATEGORIES = "categories"  # where the taxonomy's category actions go


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
