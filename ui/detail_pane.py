"""The selected item: what the classifier saw and why, and what analysts decided.

Item HTML is shown with every outside resource blocked: :class:`SafeBrowser` loads no
image, style sheet or frame, from the network or the disk (``file:`` and relative paths
included), so a tracking pixel in a feed never reaches its server and a feed cannot show
a file of this computer. Only images written into the HTML itself (``data:``) are shown.
A link opens in the system browser only when it is clicked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import (
    QByteArray,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QImage,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from monitor.actors import Suggester
from monitor.classify.taxonomy import Taxonomy
from monitor.store import (
    Action,
    Actor,
    Changes,
    Decision,
    EvidenceState,
    Provenance,
    ReadStore,
    StoredItem,
)
from ui.actors_row import ActorsRow
from ui.decision_command import Verdict
from ui.detail_html import render
from ui.i18n import Retranslating
from ui.triage import Triage

OpenUrl = Callable[[QUrl], object]
SAFE_SCHEMES = ("http", "https")


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    return image


class SafeBrowser(QTextBrowser):
    """A text browser that fetches nothing: no images, style sheets or linked files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.blocked: list[str] = []  # what the last document asked for

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        name = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource and name.scheme() == "data":
            return None  # the document decodes the image from the address itself
        self.blocked.append(name.toString())
        # Never None: Qt would then read a file of that name from the disk itself, and it
        # does the same for an image that does not decode, hence a transparent pixel.
        if kind == QTextDocument.ResourceType.ImageResource:
            return _blank()
        return QByteArray()

    def setHtml(self, text: str) -> None:
        self.blocked = []
        super().setHtml(text)


class DetailPane(Retranslating, QWidget):
    """The item, with its category toggles and the buttons of the triage actions."""

    link_opened = Signal(str)

    def __init__(
        self,
        reader: ReadStore,
        taxonomy: Taxonomy,
        *,
        open_url: OpenUrl = QDesktopServices.openUrl,
        source_name: Callable[[str], str] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.taxonomy = taxonomy
        self.open_url = open_url
        self.source_name = source_name
        self.language = "en"
        self.thresholds: dict[str, float] = {}
        self.item: StoredItem | None = None
        self._shown: int | None = None
        self._duplicates: list[StoredItem] = []
        self._decisions: list[Decision] = []
        self._evidence: EvidenceState | None = None
        self._provenance: Provenance | None = None  # a partner's finding: where from
        self._partners: list[Provenance] = []  # ours: the partners who shared its story

        self.browser = SafeBrowser()
        self.browser.anchorClicked.connect(self._clicked)
        self.original = QToolButton()
        self.original.setCheckable(True)
        self.original.toggled.connect(lambda _: self._show())
        self.actions_row = QHBoxLayout()
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        # As many category buttons to a row as the pane's width allows (at most four), so
        # that long names (Dutch ones above all) never hold the pane wide.
        self.categories_grid = QGridLayout()
        self.categories_grid.setContentsMargins(0, 0, 0, 0)
        self.categories_grid.setSpacing(2)
        self.category_buttons: list[QToolButton] = []
        self._columns = 0
        self.triage: Triage | None = None  # where the actors are recorded (attach)
        self._suggester = Suggester()
        self._suggester_known: list[Actor] = []
        self.actors_row = ActorsRow()
        self.actors_row.chosen.connect(self._actors_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.actions_row)
        layout.addLayout(self.categories_grid)
        layout.addWidget(self.actors_row)
        layout.addWidget(self.browser, 1)
        self.retranslate()

    def add_actions(
        self,
        decisions: Sequence[QAction],
        categories: Sequence[QAction],
        severities: Sequence[QAction],
    ) -> None:
        """Buttons for the window's triage actions (they carry their shortcuts); the first
        (Confirm) opens the severities from its arrow."""
        for index, action in enumerate(decisions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if index == 0 and severities:
                menu = QMenu(button)
                menu.addActions(list(severities))
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            self.actions_row.addWidget(button)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.original)
        for action in categories:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.category_buttons.append(button)
        self.arrange()

    def arrange(self, *, again: bool = False) -> None:
        """Lay the category buttons out in as many columns as fit (1 to 4); ``again``
        after their texts changed."""
        if again:
            self._columns = 0
        if not self.category_buttons:
            return
        spacing = self.categories_grid.spacing()
        widest = max(b.sizeHint().width() for b in self.category_buttons) + spacing
        columns = max(1, min(4, (self.width() + spacing) // widest))
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.category_buttons:
            self.categories_grid.removeWidget(button)
        for number, button in enumerate(self.category_buttons):
            self.categories_grid.addWidget(button, number // columns, number % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def attach(self, triage: Triage, leave: Callable[[], object]) -> None:
        """Record the actors the analyst chooses through ``triage`` (undoable); ``leave``
        puts the focus back where triage goes on (the list) after Enter or Escape."""
        self.triage = triage
        self.actors_row.left.connect(leave)

    def edit_actors(self) -> None:
        """Put the cursor in the actors field (the window's Actors action)."""
        if self.item is not None:
            self.actors_row.focus()

    def _actors_chosen(self, item_id: int, actors: list[Actor]) -> None:
        if self.triage is not None:
            verdict = Verdict(action=Action.ACTORS, item_ids=(item_id,), actors=tuple(actors))
            self.triage.decide(verdict)

    def retranslate(self) -> None:
        self.actors_row.retranslate()
        self.original.setText(self.tr("Original HTML"))
        self.original.setToolTip(
            self.tr("The item as the feed sent it, with images and other outside content blocked")
        )
        self.browser.setPlaceholderText(self.tr("Select an item to read it here."))
        self._show()

    def set_language(self, language: str) -> None:
        self.language = language
        self._show()

    # -- showing -------------------------------------------------------------------------

    def show_item(self, item_id: int | None) -> None:
        """Read the item (and its duplicates and decisions) and show it."""
        self.item = self.reader.item(item_id) if item_id is not None else None
        self._duplicates = self.reader.duplicates_of(self.item.id) if self.item else []
        self._decisions = self.reader.decisions(self.item.id) if self.item else []
        self._evidence = (
            self.reader.evidence_states([self.item.id]).get(self.item.id) if self.item else None
        )
        ids = [self.item.id] if self.item else []
        self._provenance = self.reader.provenance(ids).get(ids[0]) if ids else None
        self._partners = self.reader.shared_by_partners(ids).get(ids[0], []) if ids else []
        self._show_actors()
        self._show()

    def _show_actors(self) -> None:
        """The item's actors, and suggestions from the item and the actors known."""
        item = self.item
        if item is None:
            self.actors_row.show_actors(None, [], [], [])
            return
        recorded = self.reader.actors_of([item.id]).get(item.id, [])
        known = self.reader.known_actors()
        if known != self._suggester_known:
            self._suggester, self._suggester_known = Suggester(known), known
        suggested = self._suggester.suggest(
            item, source_name=self.source_name(item.source), exclude=recorded
        )
        self.actors_row.show_actors(item.id, recorded, known, suggested)

    def refresh(self) -> None:
        self.show_item(self.item.id if self.item else None)

    def apply(self, changes: Changes) -> None:
        """Read the item shown again when a write changed it."""
        if self.item is not None and changes.touches(self.item.id):
            self.refresh()

    def _show(self) -> None:
        item = self.item
        if item is None:
            self.browser.clear()
            self._shown = None
            return
        same = item.id == self._shown
        scroll = self.browser.verticalScrollBar().value()
        if self.original.isChecked():
            missing = self.tr("The feed sent no HTML for this item.")
            html = item.html or f"<p>{escape(missing)}</p>"
        else:
            html = render(
                item,
                taxonomy=self.taxonomy,
                language=self.language,
                thresholds=self.thresholds,
                duplicates=self._duplicates,
                decisions=self._decisions,
                evidence=self._evidence,
                source_name=self.source_name,
                actors=self.actors_row.recorded,
                provenance=self._provenance,
                partners=self._partners,
                title_of=self._title_of,
            )
        self.browser.setHtml(html)
        self._shown = item.id
        if same:  # the same item again (a decision, a reclassification): keep the place
            self.browser.verticalScrollBar().setValue(scroll)

    def _title_of(self, item_id: int) -> str:
        found = self.reader.item(item_id)
        return found.title if found is not None else ""

    def _clicked(self, url: QUrl) -> None:
        """Only a web link leaves the app, and only now that it was clicked."""
        if url.scheme() in SAFE_SCHEMES:
            self.open_url(url)
            self.link_opened.emit(url.toString())

    def open_link(self) -> None:
        if self.item is not None and self.item.url:
            self._clicked(QUrl(self.item.url))
