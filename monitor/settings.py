"""Application settings: ``settings.yaml`` in the data folder (optional; defaults apply).

```yaml
version: 1
analyst: Sanne            # recorded with every decision (default: the login name)
classifier:
  enabled: true           # false: poll and store only, classify nothing
  backend: embedding-head # or sequence-classification, zero-shot
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
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from monitor.config.reader import Problems, Reader, yaml_error
from monitor.errors import ConfigError
from monitor.models import CATEGORY_IDS

BACKENDS = ("embedding-head", "sequence-classification", "zero-shot")
SETTINGS_NAME = "settings.yaml"


@dataclass(frozen=True, kw_only=True)
class ClassifierSettings:
    enabled: bool = True
    backend: str = "embedding-head"
    model_dir: Path | None = None
    label_map: Mapping[str, str] = field(default_factory=dict)
    thresholds: Mapping[str, float] = field(default_factory=dict)
    retrain_after: int = 20
    int8: bool = False
    batch_size: int = 32


@dataclass(frozen=True, kw_only=True)
class Settings:
    path: Path | None = None
    analyst: str = ""
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
        model_dir=(base / Path(model_dir).expanduser()) if model_dir else None,
        label_map=label_map,
        thresholds=thresholds,
        retrain_after=reader.integer("retrain_after", 0, 10_000, 20),
        int8=reader.boolean("int8", False),
        batch_size=reader.integer("batch_size", 1, 512, 32),
    )


def load_settings(data_dir: Path) -> Settings:
    """Settings from ``data_dir/settings.yaml``; defaults when the file does not exist."""
    path = data_dir / SETTINGS_NAME
    if not path.exists():
        return Settings(path=path)
    try:
        document = YAML().load(path.read_text(encoding="utf-8"))
    except MarkedYAMLError as exc:
        raise yaml_error(path, exc) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the settings: {exc}") from exc
    if document is None:
        return Settings(path=path)
    problems = Problems(path)
    if not isinstance(document, Mapping):
        raise ConfigError(f"{path.name}:1: the settings must be a mapping")
    top = Reader(document, "", problems)
    top.check_unknown(("version", "analyst", "classifier"))
    settings = Settings(
        path=path,
        analyst=top.text("analyst") or "",
        classifier=_classifier(document.get("classifier"), problems, path.parent),
    )
    if problems.messages:
        messages = problems.messages
        more = f" (and {len(messages) - 1} more problems)" if len(messages) > 1 else ""
        raise ConfigError(messages[0] + more, messages)
    return settings
