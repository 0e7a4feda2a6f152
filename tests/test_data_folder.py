"""The data folder is its owner's alone on POSIX: 0700, its files 0600, also when an
earlier version made it readable by all; a brief saved elsewhere keeps the umask."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from monitor.settings import save_settings
from monitor.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return path.lstat().st_mode & 0o777


def umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_new_data_folder_is_private(run_cli: Any, isolated_home: Path) -> None:
    result = run_cli("items")
    assert result.exit_code == 0, result.output
    assert mode(isolated_home) == 0o700
    assert mode(isolated_home / "feeds.yaml") == 0o600  # the first-run copy
    assert mode(isolated_home / "pushback.db") == 0o600
    save_settings(isolated_home, {("analyst",): "Sanne"})
    assert mode(isolated_home / "settings.yaml") == 0o600
    store = Store.open(isolated_home / "pushback.db")  # -wal and -shm exist while it is open
    try:
        for name in ("pushback.db-wal", "pushback.db-shm"):
            assert mode(isolated_home / name) == 0o600, name
    finally:
        store.close()


def test_an_old_readable_data_folder_is_tightened_on_start(
    run_cli: Any, isolated_home: Path, tmp_path: Path
) -> None:
    loose = [
        isolated_home / "pushback.db",
        isolated_home / "settings.yaml",
        isolated_home / "feeds.yaml",
        isolated_home / "models" / "head-1" / "head.npz",
        isolated_home / "backups" / "pushback-2026-11-30.db",
    ]
    for path in loose:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o755)
    Store.open(isolated_home / "pushback.db").close()  # as an earlier version made it
    (isolated_home / "feeds.yaml").write_text("version: 1\nsources: []\n")
    (isolated_home / "settings.yaml").write_text("analyst: Sanne\n")
    for path in loose[3:]:
        path.write_bytes(b"x")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not ours")
    (isolated_home / "link").symlink_to(outside)
    for path in [isolated_home, *loose, *(p.parent for p in loose[3:])]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    assert run_cli("items").exit_code == 0
    assert mode(isolated_home) == 0o700
    for path in loose:
        assert mode(path) == 0o600, path
        assert mode(path.parent) == 0o700, path.parent
    assert mode(outside) == 0o644  # a link is not followed


def test_a_saved_brief_keeps_the_usual_permissions(
    run_cli: Any, isolated_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shared" / "brief.md"
    result = run_cli("brief", "--week", "2026-W48", "--format", "md", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert mode(out) == 0o666 & ~umask()
    assert mode(isolated_home) == 0o700
