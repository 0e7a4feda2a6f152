"""Desktop responsiveness on a database of a million items (built once by million.py).

    .venv/bin/python benchmarks/bench_ui.py [--items 1000000] [--repeat 15]

The real main window runs offscreen over the database; each action is timed from the
event that starts it until the table and the detail pane have been painted again, the
way an analyst would see it:

- ``first_rows_ms``: opening a queue (To review, All items, Escalated in turn) until its
  first rows and the first item are on screen;
- ``jump_to_end_ms``: Ctrl+End in the review queue, to its last item;
- ``category_filter_ms``: choosing a category in the filter bar;
- ``search_ms``: a full-text search (Enter in the search field), Dutch and English words;
- ``next_item_ms``: ``j``, the next item with its detail.

- ``select_all_ms``: Ctrl+A on the whole review queue (about 433,000 rows), until the
  window answers again (the categories the selection shares are read in the background);
- ``bulk_decide_ms``: then ``c``, confirming them all, until the window answers again
  (the decisions are written in the background, with progress). These two run in a fresh
  child process per repetition (at most five), which ends before that write commits, so
  the database stays as it was.

Each figure is the median over the repetitions, in milliseconds (target: ≤ 100 each).
``startup_ms`` is the median time from starting the program until its window is shown
(target: ≤ 2000), measured on the same database. The last line printed is one JSON object.

With ``--encrypted`` every figure is measured twice in one run, on the database and on an
encrypted copy of it (SQLCipher, made once by ``million.encrypted_copy`` as
``pushback-monitor encrypt`` makes it), and printed side by side with their ratio
(encrypted / plain); the JSON object then holds ``plain``, ``encrypted`` and ``ratio``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).parent))

import million  # noqa: E402
import postgresserver  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from monitor.classify.taxonomy import load_taxonomy  # noqa: E402
from monitor.config import FeedsFile, Locations  # noqa: E402
from monitor.models import CATEGORY_IDS  # noqa: E402
from monitor.store.cipher import PASSPHRASE_ENV  # noqa: E402
from ui.engine_host import EngineHost  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.navigator import Place  # noqa: E402
from ui.worker import drain  # noqa: E402

SEARCHES = ("abortus", "foreign agent", "ngo", "rechters", "gender", "soros", "ontwikkelingshulp")
STARTUP = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QTimer
from monitor.config import Locations
from ui.app import application, open_window
from ui.worker import drain
app = application()
host, window = open_window(Locations.resolve(data_dir=Path(sys.argv[1])), app)
shown = []
def show():
    shown.append(time.perf_counter())
QTimer.singleShot(0, show)  # fires in the first round of events after the window is shown
while not shown:  # no app.exec(): a quit that came early cannot leave it waiting for good
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
print(f"shown {(shown[0] - started) * 1000:.0f}", flush=True)
window.close()
host.close()
drain()
"""
STARTUP = STARTUP.replace("import QTimer", "import QEventLoop, QTimer")


def prepare(items: int, *, encrypted: bool = False) -> Locations:
    home = million.ENCRYPTED_HOME if encrypted else million.HOME
    plain = million.build(million.HOME / "pushback.db", items)
    if encrypted:
        million.encrypted_copy(plain, home)
    (home / "feeds.yaml").write_text("version: 1\nsources: []\n", encoding="utf-8")
    (home / "settings.yaml").write_text(
        "version: 1\nlanguage: en\nnotifications: false\nclassifier:\n  enabled: false\n",
        encoding="utf-8",
    )
    return Locations.resolve(data_dir=home)


def timed(window: MainWindow, action: Callable[[], object]) -> float:
    """Milliseconds from the action until the window has been painted again."""
    started = time.perf_counter()
    action()
    window.table.viewport().repaint()
    window.detail.browser.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def wait_loaded(app: QApplication, window: MainWindow) -> None:
    while not window.model.complete:
        app.processEvents()
        time.sleep(0.005)


def startup(home: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", STARTUP, str(home)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            timeout=300,
        )
        wall = (time.perf_counter() - started) * 1000
        inside = float(result.stdout.split()[-1])
        print(
            f"  start-up: {wall:.0f} ms wall, {inside:.0f} ms after the interpreter",
            file=sys.stderr,
        )
        times.append(wall)
    return statistics.median(times)


def answered(app: QApplication, action: Callable[[], object]) -> float:
    """Milliseconds from the action until the window has handled every event the action
    queued, painting what changed among them: when it answers the next key press."""
    started = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def bulk_in_this_process(home: Path) -> None:
    """Ctrl+A on the review queue, then ``c``: the window's answer times, printed. Ends
    the process at once afterwards, before the confirmations' transaction commits."""
    locations = Locations.resolve(data_dir=home)
    app = QApplication.instance() or QApplication(sys.argv)
    host = EngineHost(locations, FeedsFile.load(locations.feeds_path).config)
    window = MainWindow(host, load_taxonomy())
    window.resize(1360, 820)
    window.show()
    window.navigator.go(Place(queue="review"))
    wait_loaded(app, window)
    window.queue.select_row(0)
    app.processEvents()

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(window.table, key, modifier)

    select_all = answered(app, lambda: press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
    rows = window.model.rowCount()
    assert len(window.selected_ids()) == rows
    bulk_decide = answered(app, lambda: press(Qt.Key.Key_C))
    assert window.triage.pending == 1  # the write is under way, in the background
    print(json.dumps({"rows": rows, "select_all": select_all, "bulk_decide": bulk_decide}))
    sys.stdout.flush()
    os._exit(0)  # the writer's transaction is rolled back: the database is unchanged


def bulk(home: Path, repeat: int) -> dict[str, float]:
    """Each repetition in a fresh process: the window opens on the database as it was,
    with no earlier confirmation still being written."""
    times: dict[str, list[float]] = {"select_all": [], "bulk_decide": []}
    rows = 0
    for _ in range(repeat):
        ran = subprocess.run(
            [sys.executable, __file__, "--bulk", str(home)],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            timeout=900,
        )
        if ran.returncode:
            raise SystemExit(f"the bulk selection benchmark failed:\n{ran.stderr[-3000:]}")
        found = json.loads(ran.stdout.strip().splitlines()[-1])
        rows = found["rows"]
        for key, values in times.items():
            values.append(found[key])
    medians = {f"{k}_ms": round(statistics.median(v), 1) for k, v in times.items()}
    for name, value in medians.items():
        worst = max(times[name.removesuffix("_ms")])
        print(
            f"{name:22} median {value:7.1f}   worst {worst:7.1f}   ({rows} rows)", file=sys.stderr
        )
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="the same database on PostgreSQL (team mode): copied once to a server that"
        " PUSHBACK_MONITOR_TEST_POSTGRES names, else one started in benchmarks/.cache",
    )
    parser.add_argument(
        "--encrypted",
        action="store_true",
        help="also on an encrypted copy of the database, with the ratio of each figure",
    )
    parser.add_argument("--bulk", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bulk:
        bulk_in_this_process(args.bulk)
        return
    if args.encrypted:
        if args.postgres:
            raise SystemExit("--encrypted is for the SQLite file; not with --postgres")
        os.environ[PASSPHRASE_ENV] = million.PASSPHRASE  # for this process and its children
        side_by_side(run(args), run(args, encrypted=True))
        return
    if args.postgres:
        with postgresserver.server(million.POSTGRES) as admin:
            os.environ["PUSHBACK_MONITOR_DATABASE"] = million.to_postgres(
                million.build(million.HOME / "pushback.db", args.items), database(admin)
            )
            run(args)
        return
    run(args)


def database(admin: str) -> str:
    """The benchmark's database on the server (made when missing)."""
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = 'bench_ui'").fetchone():
            conn.execute("CREATE DATABASE bench_ui")
    return postgresserver.database_url(admin, "bench_ui")


def side_by_side(plain: dict[str, float], encrypted: dict[str, float]) -> None:
    """Each figure on the database and on its encrypted copy, and their ratio."""
    ratio = {k: round(encrypted[k] / plain[k], 2) if plain[k] else None for k in plain}
    print(f"{'':22} {'plain':>8} {'encrypted':>10} {'ratio':>7}", file=sys.stderr)
    for name, value in plain.items():
        print(
            f"{name:22} {value:8.1f} {encrypted[name]:10.1f} {ratio[name] or 0:7.2f}",
            file=sys.stderr,
        )
    print(json.dumps({"plain": plain, "encrypted": encrypted, "ratio": ratio}))


def run(args: argparse.Namespace, *, encrypted: bool = False) -> dict[str, float]:
    """The figures on the database (or its encrypted copy), printed; returned too."""
    locations = prepare(args.items, encrypted=encrypted)
    app = QApplication.instance() or QApplication(sys.argv)
    host = EngineHost(locations, FeedsFile.load(locations.feeds_path).config)
    window = MainWindow(host, load_taxonomy())
    window.resize(1360, 820)
    window.show()
    app.processEvents()
    results: dict[str, list[float]] = {
        k: [] for k in ("first_rows", "jump_to_end", "category_filter", "search", "next_item")
    }
    places = [Place(queue="review"), Place(queue="all"), Place(queue="escalated")]
    try:
        for n in range(args.repeat):
            results["first_rows"].append(
                timed(window, lambda n=n: window.navigator.go(places[n % len(places)]))
            )
            wait_loaded(app, window)
            window.navigator.go(Place(queue="review"))
            wait_loaded(app, window)
            results["jump_to_end"].append(
                timed(
                    window,
                    lambda: QTest.keyClick(
                        window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
                    ),
                )
            )
            assert window.table.currentIndex().row() == window.model.rowCount() - 1
            QTest.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
            results["next_item"].append(timed(window, lambda: QTest.keyClick(window.table, "j")))
            assert window.table.currentIndex().row() == 1
            category = CATEGORY_IDS[n % len(CATEGORY_IDS)]
            results["category_filter"].append(
                timed(window, lambda c=category: window.filters.set_category(c))
            )
            assert window.query().category == category
            window.filters.reset()
            search = window.filters.search
            search.setText(SEARCHES[n % len(SEARCHES)])
            results["search"].append(timed(window, search.returnPressed.emit))
            assert window.query().search == SEARCHES[n % len(SEARCHES)]
            window.filters.reset()
            wait_loaded(app, window)
        shown = window.model.rowCount()
    finally:
        window.close()
        host.close()
        drain()
    medians = {f"{k}_ms": round(statistics.median(v), 1) for k, v in results.items()}
    for name, value in medians.items():
        worst = max(results[name.removesuffix("_ms")])
        print(f"{name:22} median {value:7.1f}   worst {worst:7.1f}", file=sys.stderr)
    medians |= bulk(locations.data_dir, min(args.repeat, 5))
    medians["startup_ms"] = round(startup(locations.data_dir, 3))
    backend = "postgresql" if locations.database.postgres else "sqlite"
    if encrypted:
        backend = "sqlcipher"
    print(
        json.dumps(
            {"items": args.items, "database": backend, "review_queue_rows": shown, **medians}
        )
    )
    return medians


if __name__ == "__main__":
    main()
