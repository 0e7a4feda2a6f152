"""Reading and writing feeds.yaml, keeping the user's comments, order and layout."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from monitor.config.reader import parse_yaml, read_text, round_trip_yaml
from monitor.config.schema import ADDRESS_FIELDS, KINDS, FeedsConfig, SourceConfig
from monitor.config.validate import validate
from monitor.errors import ConfigError
from monitor.files import replacing
from monitor.i18n import _

# Written in this order when the app adds a source, so entries look alike.
_FIELD_ORDER = (
    "id",
    "name",
    "kind",
    *ADDRESS_FIELDS,  # in the order the kinds declare them
    "language",
    "country",
    "tags",
    "interval",
    "timeout",
    "enabled",
    "notify",
    "headers",
    "proxy",
    "proxy_keyring",
    "notes",
)


def _parse(text: str, path: Path) -> Any:
    return parse_yaml(text, path, round_trip_yaml())


def _write_failed(path: Path, exc: OSError) -> ConfigError:
    message = _("{path}: cannot write the file: {reason}")
    return ConfigError(message.format(path=path, reason=exc.strerror or exc))


def atomic_write(path: Path, data: bytes, *, private: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash or a full disk never leaves half a
    file (:func:`monitor.files.replacing`: ``private`` as there)."""
    with replacing(path, private=private, failed=_write_failed) as handle:
        handle.write(data)


# How a team's feeds.yaml, kept in its database, is named in messages.
TEAM_FEEDS = Path("feeds.yaml (team database)")


class FeedsFile:
    """One feeds.yaml on disk (or in a team's database): its round-trip document and the
    validated configuration."""

    def __init__(
        self,
        path: Path,
        document: CommentedMap,
        config: FeedsConfig,
        save: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self._document = document
        self.config = config
        self._save = save  # where an edit goes when not to the file at path

    @classmethod
    def load(cls, path: Path) -> FeedsFile:
        text = read_text(path)
        if text is None:
            raise ConfigError(_("{path}: feeds file not found").format(path=path))
        return cls.from_text(text, path)

    @classmethod
    def from_text(
        cls, text: str, path: Path, save: Callable[[str], None] | None = None
    ) -> FeedsFile:
        """A feeds.yaml kept elsewhere than in a file (a team's database, which ``save``
        writes an edit to); ``path`` names it in messages."""
        document = _parse(text, path)
        if document is None:
            document = CommentedMap([("version", 1), ("sources", CommentedSeq())])
        return cls(path, document, validate(document, path), save)

    def _sources_node(self) -> CommentedSeq:
        sources = self._document.get("sources")
        if sources is None:
            sources = CommentedSeq()
            self._document["sources"] = sources
        assert isinstance(sources, CommentedSeq)
        return sources

    def _index(self, source_id: str) -> int:
        for index, node in enumerate(self._sources_node()):
            if isinstance(node, Mapping) and node.get("id") == source_id:
                return index
        raise ConfigError(
            _("{file}: no source with id {id}").format(file=self.path.name, id=repr(source_id))
        )

    def _revalidate(self) -> None:
        # Validate the edited document before anything touches the disk.
        self.config = validate(self._document, self.path)

    def add(self, fields: Mapping[str, Any]) -> SourceConfig:
        """Append a source (validated with the whole file) and return it."""
        kind = KINDS.get(str(fields.get("kind")))
        implied = kind.defaults if kind else {}
        ordered = CommentedMap()
        for key in _FIELD_ORDER:
            value = fields.get(key)
            if value is None or implied.get(key) == value:
                continue
            if isinstance(value, list | tuple):
                seq = CommentedSeq(value)
                seq.fa.set_flow_style()
                value = seq
            ordered[key] = value
        for key, value in fields.items():  # fields we do not know still reach validation
            if key not in ordered and value is not None and key not in _FIELD_ORDER:
                ordered[key] = value
        sources = self._sources_node()
        sources.append(ordered)
        try:
            self._revalidate()
        except ConfigError:
            sources.pop()
            raise
        return self.config.source(str(fields["id"]))

    def update(self, source_id: str, changes: Mapping[str, Any]) -> SourceConfig:
        """Change fields of one source in place (``None`` removes a field)."""
        node = self._sources_node()[self._index(source_id)]
        self._change(node, changes)
        return self.config.source(str(node["id"]))

    def update_defaults(self, changes: Mapping[str, Any]) -> None:
        """Change the polling defaults (``None`` removes one, so the built-in value holds)."""
        node = self._document.get("defaults")
        if not isinstance(node, CommentedMap):
            node = CommentedMap()
            self._document.insert(1, "defaults", node)
        self._change(node, changes)

    def _change(self, node: CommentedMap, changes: Mapping[str, Any]) -> None:
        before = dict(node)
        for key, value in changes.items():
            if value is None:
                node.pop(key, None)
            else:
                node[key] = value
        try:
            self._revalidate()
        except ConfigError:
            node.clear()
            node.update(before)
            raise

    def remove(self, source_id: str) -> None:
        sources = self._sources_node()
        del sources[self._index(source_id)]
        self._revalidate()

    def dumps(self) -> str:
        buffer = io.StringIO()
        round_trip_yaml().dump(self._document, buffer)
        return buffer.getvalue()

    def save(self) -> None:
        if self._save is not None:
            self._save(self.dumps())
            return
        atomic_write(self.path, self.dumps().encode("utf-8"))


def load_feeds(path: Path) -> FeedsConfig:
    return FeedsFile.load(path).config
