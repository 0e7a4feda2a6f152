"""Application settings: ``settings.yaml`` in the data folder (optional; defaults apply).

```yaml
version: 1
analyst: Sanne            # recorded with every decision (default: the login name)
organisation: Stichting Voorbeeld   # named on the weekly brief
language: nl              # the desktop app's language: nl or en (default: the system's)
notifications: true       # a desktop notification for items above an alert threshold
alerts: {civic_space: 0.8}  # per category; categories without one never alert
keep_polling: true        # closing the window keeps polling in the background (default:
                          # asked at the first close where a tray or notifications exist)
backups: 7                # daily backups kept in backups/ (0: none)
classifier:
  enabled: true           # false: poll and store only, classify nothing
  backend: embedding-head # or sequence-classification, zero-shot
  encoder: multilingual-e5-small  # or all-minilm-l6-v2, or a model folder
  model_dir: null         # those two: a local Hugging Face model folder
  label_map: {}           # sequence-classification: model label → category id
  thresholds: {}          # per category, instead of the trained thresholds
  retrain_after: 20       # retrain after this many new decisions (0: never)
  int8: false             # quantised encoder: faster, slightly less exact
  batch_size: 32
```
"""

from __future__ import annotations

import getpass
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from monitor.config.feeds_file import atomic_write
from monitor.config.reader import Problems, Reader, parse_yaml
from monitor.errors import ConfigError
from monitor.models import CATEGORY_IDS

BACKENDS = ("embedding-head", "sequence-classification", "zero-shot")
# The installed sentence encoders; the first is the default (monitor.classify.encoder).
ENCODERS = ("multilingual-e5-small", "all-minilm-l6-v2")
SETTINGS_NAME = "settings.yaml"


@dataclass(frozen=True, kw_only=True)
class ClassifierSettings:
    enabled: bool = True
    backend: str = "embedding-head"
    encoder: str = ENCODERS[0]  # a name from ENCODERS, or a model folder
    model_dir: Path | None = None
    label_map: Mapping[str, str] = field(default_factory=dict)
    thresholds: Mapping[str, float] = field(default_factory=dict)
    retrain_after: int = 20
    int8: bool = False
    batch_size: int = 32


DEFAULT_ALERT = 0.85
LANGUAGES = ("nl", "en")


@dataclass(frozen=True, kw_only=True)
class Settings:
    path: Path | None = None
    analyst: str = ""
    organisation: str = ""
    language: str = ""  # "" follows the system
    notifications: bool = True
    alerts: Mapping[str, float] = field(
        default_factory=lambda: dict.fromkeys(CATEGORY_IDS, DEFAULT_ALERT)
    )
    backups: int = 7  # daily database backups kept (0: none)
    keep_polling: bool | None = None  # closing the window: None asks (once), then the answer
    classifier: ClassifierSettings = field(default_factory=ClassifierSettings)

    @property
    def analyst_name(self) -> str:
        if self.analyst:
            return self.analyst
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "analyst"


def _categories(reader: Reader, key: str, kind: type, check: Any) -> dict[str, Any]:
    value = reader.node.get(key)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        reader.error(key, "must map category ids to values")
        return {}
    result = {}
    nested = Reader(value, reader.field(key), reader.problems)
    for name, item in value.items():
        if check(name, item):
            result[str(name)] = kind(item) if kind is not str else str(item)
        else:
            nested.error(str(name), f"{name!r}: {item!r} is not valid here")
    return result


def _classifier(node: Any, problems: Problems, base: Path) -> ClassifierSettings:
    if node is None:
        return ClassifierSettings()
    if not isinstance(node, Mapping):
        problems.add(None, "classifier", "must be a mapping of settings")
        return ClassifierSettings()
    reader = Reader(node, "classifier", problems)
    reader.check_unknown(
        (
            "enabled",
            "backend",
            "encoder",
            "model_dir",
            "label_map",
            "thresholds",
            "retrain_after",
            "int8",
            "batch_size",
        )
    )
    backend = reader.text("backend") or "embedding-head"
    if backend not in BACKENDS:
        reader.error("backend", f"{backend!r} is not one of {', '.join(BACKENDS)}")
        backend = "embedding-head"
    encoder = reader.text("encoder") or ENCODERS[0]
    if encoder not in ENCODERS:
        folder = base / Path(encoder).expanduser()
        if not folder.is_dir():
            reader.error(
                "encoder", f"{encoder!r} is neither {' nor '.join(ENCODERS)} nor a model folder"
            )
        encoder = str(folder)
    model_dir = reader.text("model_dir")
    if backend != "embedding-head" and not model_dir:
        reader.error("model_dir", f"the {backend} backend needs a model folder")
    thresholds = _categories(
        reader,
        "thresholds",
        float,
        lambda name, value: (
            name in CATEGORY_IDS and isinstance(value, int | float) and 0 < value < 1
        ),
    )
    label_map = _categories(reader, "label_map", str, lambda name, value: value in CATEGORY_IDS)
    return ClassifierSettings(
        enabled=reader.boolean("enabled", True),
        backend=backend,
        encoder=encoder,
        model_dir=(base / Path(model_dir).expanduser()) if model_dir else None,
        label_map=label_map,
        thresholds=thresholds,
        retrain_after=reader.integer("retrain_after", 0, 10_000, 20),
        int8=reader.boolean("int8", False),
        batch_size=reader.integer("batch_size", 1, 512, 32),
    )


def load_settings(data_dir: Path) -> Settings:
    """Settings from ``data_dir/settings.yaml``; defaults when the file does not exist."""
    return load_settings_from(data_dir / SETTINGS_NAME)


def load_settings_from(path: Path) -> Settings:
    if not path.exists():
        return Settings(path=path)
    return parse_settings(_read(path), path)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the settings: {exc}") from exc


def parse_settings(text: str, path: Path) -> Settings:
    """Settings from the text of a settings file; problems name ``path``, line and field."""
    document = parse_yaml(text, path)
    if document is None:
        return Settings(path=path)
    problems = Problems(path)
    if not isinstance(document, Mapping):
        raise ConfigError(f"{path.name}:1: the settings must be a mapping")
    top = Reader(document, "", problems)
    top.check_unknown(
        (
            "version",
            "analyst",
            "organisation",
            "language",
            "notifications",
            "alerts",
            "backups",
            "keep_polling",
            "classifier",
        )
    )
    language = top.text("language") or ""
    if language and language not in LANGUAGES:
        top.error("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
        language = ""
    alerts = _categories(
        top,
        "alerts",
        float,
        lambda name, value: (
            name in CATEGORY_IDS and isinstance(value, int | float) and 0 < value <= 1
        ),
    )
    settings = Settings(
        path=path,
        analyst=top.text("analyst") or "",
        organisation=top.text("organisation") or "",
        language=language,
        notifications=top.boolean("notifications", True),
        alerts=alerts if document.get("alerts") is not None else Settings().alerts,
        backups=top.integer("backups", 0, 365, Settings.backups),
        keep_polling=None
        if document.get("keep_polling") is None
        else top.boolean("keep_polling", False),
        classifier=_classifier(document.get("classifier"), problems, path.parent),
    )
    if problems.messages:
        messages = problems.messages
        more = f" (and {len(messages) - 1} more problems)" if len(messages) > 1 else ""
        raise ConfigError(messages[0] + more, messages)
    return settings


def save_settings(data_dir: Path, changes: Mapping[tuple[str, ...], Any]) -> Settings:
    """Write ``changes`` (a key path such as ``("classifier", "thresholds")`` → value, ``None``
    to remove) into settings.yaml, keeping the user's comments; checked before it is saved."""
    path = data_dir / SETTINGS_NAME
    document = parse_yaml(_read(path), path) if path.exists() else None
    if not isinstance(document, dict):
        document = CommentedMap([("version", 1)])
    for keys, value in changes.items():
        node = document
        for key in keys[:-1]:
            if not isinstance(node.get(key), dict):
                node[key] = CommentedMap()
            node = node[key]
        if value is None:
            node.pop(keys[-1], None)
        else:
            node[keys[-1]] = dict(value) if isinstance(value, Mapping) else value
    buffer = io.StringIO()
    YAML().dump(document, buffer)
    checked = parse_settings(buffer.getvalue(), path)  # nothing invalid reaches the disk
    atomic_write(path, buffer.getvalue().encode("utf-8"))
    return checked
