"""A model folder inside the data folder is recorded relative to it: a copied data folder
uses its own copy of the model, also when an earlier version recorded it absolute."""

from __future__ import annotations

import shutil
from pathlib import Path

from monitor.store import Store
from monitor.store.classifications import ModelRecord, register_model


def record(path: Path | str, version: str = "head-1") -> ModelRecord:
    return ModelRecord(
        version=version,
        created="2026-11-30T10:00:00+00:00",
        backend="embedding-head",
        path=str(path),
        encoder="e5",
        metrics={},
        trained_on={},
    )


def data_folder(root: Path) -> Path:
    (root / "models" / "head-1").mkdir(parents=True)
    (root / "models" / "head-1" / "model.json").write_text("{}")
    return root


def test_a_copied_data_folder_uses_its_own_model(tmp_path: Path) -> None:
    old = data_folder(tmp_path / "old")
    store = Store.open(old / "pushback.db")
    store.register_model(record(old / "models" / "head-1"))
    assert store._conn.execute("SELECT path FROM models").fetchone() == ("models/head-1",)
    store.close()

    new = tmp_path / "new"
    shutil.copytree(old, new)
    copied = Store.open(new / "pushback.db")
    try:
        active = copied.active_model()
        assert active is not None and Path(active.path) == new / "models" / "head-1"
        assert [Path(m.path) for m in copied.models()] == [new / "models" / "head-1"]
    finally:
        copied.close()


def test_absolute_records_of_earlier_versions_still_read(tmp_path: Path) -> None:
    old = data_folder(tmp_path / "old")
    elsewhere = tmp_path / "shared" / "head-2"
    store = Store.open(old / "pushback.db")
    register_model(store._conn, record(elsewhere, "head-2"))  # as an earlier version did
    register_model(store._conn, record(old / "models" / "head-1"))
    store._conn.commit()
    store.close()

    new = tmp_path / "new"
    shutil.copytree(old, new)
    copied = Store.open(new / "pushback.db")
    try:
        paths = {m.version: Path(m.path) for m in copied.models()}
        assert paths == {"head-1": new / "models" / "head-1", "head-2": elsewhere}
    finally:
        copied.close()
    same = Store.open(old / "pushback.db")
    try:
        assert {Path(m.path) for m in same.models()} == {old / "models" / "head-1", elsewhere}
    finally:
        same.close()
