"""Adding or editing one source: the fields of its kind, and "Test", which fetches it
once in the background and shows the items it yields before anything is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor import discover, lang
from monitor.config import SourceConfig, format_duration
from monitor.errors import MonitorError
from monitor.feeds_place import FeedsPlace
from monitor.source_check import Preview
from monitor.sources import ADDRESS_FIELDS, FIELDS, KINDS, SourceDraft
from ui.engine_host import EngineHost
from ui.i18n import Retranslating
from ui.sources_model import kind_title
from ui.style import RED
from ui.worker import on_done

PREVIEW_ROWS = 20


class SourceForm(Retranslating, QDialog):
    """``SourceForm(host, feeds)`` adds a source; with ``source`` it edits that one.

    On Save the edit is applied to feeds.yaml as it is now (on disk, or the team's in its
    database), validated against the whole file and written, keeping the file's comments;
    a problem is shown in the form, which stays open.
    """

    def __init__(
        self,
        host: EngineHost,
        feeds: FeedsPlace,
        source: SourceConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.feeds = feeds
        self.defaults = host.config.defaults
        self.source = source
        self.saved: SourceConfig | None = None
        self.preview: Preview | None = None
        self.setMinimumWidth(620)
        self._make_fields()
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.items = QTreeWidget()  # the preview: shown once a test has found items
        self.items.setRootIsDecorated(False)
        self.items.setColumnCount(3)
        self.items.setMinimumHeight(160)
        self.items.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self._form())
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.outcome)
        layout.addWidget(self.items, 1)
        layout.addStretch(0)  # the room the preview takes once shown
        layout.addWidget(self.buttons)
        if source is not None:
            self._fill(source)
        self._kind_chosen()
        self.retranslate()

    def _make_fields(self) -> None:
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://www.example.org/…")
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_title(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.fields: dict[str, QLineEdit] = {}
        for name in ("id", "name", *ADDRESS_FIELDS, "language", "country", "tags", "interval"):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(FIELDS[name].placeholder if name in FIELDS else "")
            self.fields[name] = edit
        self.fields["interval"].setPlaceholderText(format_duration(self.defaults.interval))
        self.enabled = QCheckBox()
        self.enabled.setChecked(True)
        self.notify = QCheckBox()
        self.notify.setChecked(True)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = []
        if self.source is None:
            rows.append(("address", self.address))
        rows += [
            ("kind", self.kind),
            *((n, self.fields[n]) for n in ADDRESS_FIELDS),
            *(
                (n, self.fields[n])
                for n in ("id", "name", "language", "country", "tags", "interval")
            ),
            ("enabled", self.enabled),
            ("notify", self.notify),
        ]
        for name, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            form.addRow(label, widget)
        return form

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add a source")
            if self.source is None
            else self.tr("Edit source %1").replace("%1", self.source.id)
        )
        kind_labels = self._kind_labels()
        texts = {
            "address": self.tr("Address"),
            "kind": self.tr("Kind"),
            **{n: kind_labels.get(f.label, f.label) for n, f in FIELDS.items()},
            "id": self.tr("Id"),
            "name": self.tr("Name"),
            "language": self.tr("Language"),
            "country": self.tr("Country"),
            "tags": self.tr("Tags"),
            "interval": self.tr("Poll every"),
            "enabled": self.tr("Enabled"),
            "notify": self.tr("Notify of its alerts"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_title(self.kind.itemData(index)))
        # examples, worded as such: a bare "nl" in grey reads as filled in
        self.fields["language"].setPlaceholderText(self.tr("e.g. nl"))
        self.fields["country"].setPlaceholderText(self.tr("e.g. NL"))
        self.fields["tags"].setPlaceholderText(self.tr("news, politics"))
        self.hint.setText(
            self.tr(
                "Paste any address and press Test to find the source behind it, or choose "
                "the kind and fill in its fields."
            )
            if self.source is None
            else self.tr("Test fetches the source as it is filled in here.")
        )
        self.address.setToolTip(
            self.tr(
                "Any address: a feed, a web page that links to its feed, a YouTube channel, a "
                "subreddit, a Telegram channel, a Bluesky profile, a Mastodon hashtag or account. "
                "Test finds the source it stands for."
            )
        )
        self.fields["id"].setToolTip(
            self.tr(
                "Stable and unique; items refer to it. Left empty, one is made from the address."
            )
        )
        self.fields["name"].setToolTip(self.tr("Left empty, the feed's own title is used."))
        self.fields["interval"].setToolTip(self.tr("For example 90s, 15m or 2h"))
        self.test_button.setText(self.tr("Test"))
        self.test_button.setToolTip(
            self.tr("Fetch the source once and show what it yields; nothing is stored")
        )
        self.items.setHeaderLabels([self.tr("Published"), self.tr("Language"), self.tr("Title")])

    def _kind_labels(self) -> dict[str, str]:
        """The labels the kinds give their fields, translated. Qt's translation tools find
        a text only where it is written out, so they are written out here; a label with
        no translation yet is shown as the kind gives it."""
        return {
            "Feed address": self.tr("Feed address"),
            "Mastodon server": self.tr("Mastodon server"),
            "Hashtag": self.tr("Hashtag"),
            "Account": self.tr("Account"),
            "Bluesky account": self.tr("Bluesky account"),
            "Search words": self.tr("Search words"),
            "Bluesky server": self.tr("Bluesky server"),
            "Telegram channel": self.tr("Telegram channel"),
            "Telegram server": self.tr("Telegram server"),
        }

    # -- the fields ----------------------------------------------------------------------

    def _fill(self, source: SourceConfig) -> None:
        self.kind.setCurrentIndex(self.kind.findData(source.kind))
        for name in KINDS[source.kind].field_names:
            self.fields[name].setText(getattr(source, name) or "")
        self.fields["id"].setText(source.id)
        self.fields["id"].setReadOnly(True)  # items refer to it
        self.fields["name"].setText(source.name if source.name != source.id else "")
        self.fields["language"].setText(source.language or "")
        self.fields["country"].setText(source.country or "")
        self.fields["tags"].setText(", ".join(source.tags))
        if source.interval != self.defaults.interval:
            self.fields["interval"].setText(format_duration(source.interval))
        self.enabled.setChecked(source.enabled)
        self.notify.setChecked(source.notify)

    def _kind_chosen(self) -> None:
        used = KINDS[self.kind.currentData()].field_names
        for name in ADDRESS_FIELDS:
            visible = name in used
            self.fields[name].setVisible(visible)
            self.labels[name].setVisible(visible)

    def _text(self, name: str) -> str | None:
        return self.fields[name].text().strip() or None

    def draft(self) -> SourceDraft:
        """The form as a source to try (id and name play no part in that)."""
        kind = KINDS[self.kind.currentData()]
        address = {name: text for name in kind.field_names if (text := self._text(name))}
        return SourceDraft(
            kind=kind.name,
            address_fields=address,
            tags=tuple(t.strip() for t in self.fields["tags"].text().split(",") if t.strip()),
            language=self._text("language"),
            country=self._text("country"),
            interval=self._text("interval"),
            enabled=self.enabled.isChecked(),
        )

    def values(self) -> dict[str, Any]:
        """The form as feeds.yaml fields (empty fields left out)."""
        found: dict[str, Any] = dict(self.draft())
        found.update({name: text for name in ("id", "name") if (text := self._text(name))})
        if not self.notify.isChecked():
            found["notify"] = False  # written only when it differs from the default
        return found

    def _address_only(self) -> bool:
        """Only the address is filled in: Test (and Save) first find out what it is."""
        return bool(self.address.text().strip()) and not self.draft().address_fields

    # -- Test ----------------------------------------------------------------------------

    def _say(self, text: str, color: str = "") -> None:
        """What the last Test or Save came to, under the Test button (red: it failed)."""
        self.outcome.setStyleSheet(f"color: {color};" if color else "")
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    def test(self) -> None:
        self.test_button.setEnabled(False)
        self._say(self.tr("Fetching…"))
        self.items.clear()
        self.items.hide()
        address = self.address.text().strip() if self._address_only() else None
        on_done(
            self.host.try_source(self.draft(), address),
            self._tested,
            self._test_failed,
            parent=self,
        )

    def _tested(self, preview: Preview) -> None:
        self.test_button.setEnabled(True)
        self.preview = preview
        source = preview.source
        if self._address_only():  # show what the address turned out to be
            self.kind.setCurrentIndex(self.kind.findData(source.kind))
            kind = KINDS[source.kind]
            for name in kind.field_names:
                value = getattr(source, name)
                if value and value != kind.defaults.get(name):
                    self.fields[name].setText(value)
            if source.tags and not self.fields["tags"].text():
                self.fields["tags"].setText(", ".join(source.tags))
        if self.source is None:
            self._take_feed_details(preview)
        lines = [self.tr("%n item(s) found.", "", len(preview.items))]
        lines += [self.tr("Warning: %1").replace("%1", w) for w in preview.warnings]
        self._say("\n".join(lines), "#8a5a00" if preview.warnings else "")
        self._show_items(preview)

    def _take_feed_details(self, preview: Preview) -> None:
        """A new source's empty name and language fields take what the feed says of
        itself: its title (in grey, saved unless a name is typed) and its language."""
        title = (preview.batch.feed_title or "").strip()
        if title and not self.fields["name"].text():
            self.fields["name"].setPlaceholderText(title)
        language = lang.normalise_tag(preview.batch.feed_language)
        if language and not self.fields["language"].text().strip():
            self.fields["language"].setText(language)

    def _show_items(self, preview: Preview) -> None:
        for item in preview.items[:PREVIEW_ROWS]:
            when = item.published.astimezone().strftime("%Y-%m-%d %H:%M")
            QTreeWidgetItem(
                self.items,
                [
                    ("≈ " if item.published_estimated else "") + when,
                    item.language or "",
                    item.title,
                ],
            )
        self.items.resizeColumnToContents(0)
        self.items.setVisible(bool(preview.items))
        if self.items.isVisible() and self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.preview = None
        self._say(self.tr("The test failed: %1").replace("%1", str(error)), RED)

    # -- Save ----------------------------------------------------------------------------

    def save(self) -> None:
        if self._address_only():
            self._say(self.tr("Press Test first to find the source at this address."), RED)
            return
        fields = self.values()
        try:
            feeds_file = self.feeds.load()
            if self.source is None:
                taken = {s.id for s in feeds_file.config.sources}
                fields.setdefault("id", discover.suggest_id(fields, taken))
                title = self.fields["name"].placeholderText()
                if "name" not in fields and self.preview is not None and title:
                    fields["name"] = title
                self.saved = feeds_file.add(fields)
            else:
                changes = dict.fromkeys(
                    (
                        *ADDRESS_FIELDS,
                        "name",
                        "language",
                        "country",
                        "tags",
                        "interval",
                        "enabled",
                        "notify",
                    )
                )
                changes.update({k: v for k, v in fields.items() if k != "id"})
                self.saved = feeds_file.update(self.source.id, changes)
            feeds_file.save()
        except MonitorError as exc:  # a fault of the file, or of the team's database
            self._say(str(exc), RED)
            return
        self.accept()
