"""The command line in a process of its own, on a test's data folder, and the number of
items its database holds while it runs (read-only, so never in its way)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import IO


def start(
    data_dir: Path, feeds: Path, command: str, *, stdout: int | IO[bytes] | None
) -> subprocess.Popen[bytes]:
    """``pushback-monitor COMMAND`` on ``data_dir`` (its settings.yaml as the test left it)."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "monitor",
            "--data-dir",
            str(data_dir),
            "--feeds",
            str(feeds),
            command,
        ],
        stdout=stdout,
        stderr=subprocess.PIPE,
    )


def without_classifier(data_dir: Path) -> Path:
    """A new data folder whose settings switch the classifier off; its database's path."""
    data_dir.mkdir(parents=True)
    (data_dir / "settings.yaml").write_text("classifier:\n  enabled: false\n")
    return data_dir / "pushback.db"


def item_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
