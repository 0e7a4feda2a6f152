"""The docs' screenshots: the main window and every dialog, in English and Dutch.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py

(``make screenshots`` does exactly this.) Writes ``docs/screenshots/<name>-<en|nl>.png``
for each picture in :data:`tools.screenshot_tour.PICTURES`; ``--language nl`` makes one
language only, ``--out`` writes elsewhere.

Each language runs in a process of its own, on a copy of the demo data folder whose
settings.yaml says ``language:``, so the app starts in that language as it does for an
analyst. The demo folder is built by tools/demo.py when missing, or again when it is
more than two hours old (its sources come due after three). Nothing the tool does (a
test fetch of a local feed, a brief written, a refused decision) reaches the demo folder,
and the file dialogs open in a home folder of its own, so no picture shows this
computer's files.

The window fills the 1366×768 screen, waits for the classifier and selects the strongest
item in the review queue; then the tool opens every dialog the way the analyst does (an
action, a button) and captures it from inside its own event loop. Qt's widget-based file
dialog stands in for the desktop's, so it is shown in the app's language. Xvfb has no
window manager, so the tool draws each dialog's title in a bar above it. The tour is
tools/screenshot_tour.py, the waits and modal dialogs tools/qt_driving.py, the pictures
tools/camera.py; this module sets up each language's process and runs them.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402

from monitor.config import Locations  # noqa: E402
from monitor.settings import save_settings  # noqa: E402
from tools import demo  # noqa: E402
from tools.camera import Camera  # noqa: E402
from tools.screenshot_tour import PICTURES, Tour  # noqa: E402
from ui.app import end_process, start  # noqa: E402

DEMO = ROOT / "benchmarks" / ".cache" / "demo"
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "nl")
FEED = ROOT / "tests" / "fixtures" / "feeds" / "nos.xml"  # the source form's Test fetches it
# The demo's sources come due three hours after it is built; later, the app would poll
# their placeholder addresses and every picture would show them failing.
DEMO_FRESH_FOR = 2 * 3600  # seconds


@contextmanager
def feed_server(folder: Path) -> Iterator[str]:
    """A local web server for ``folder``: the source form's Test fetches from it."""
    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


# -- one language, in a process of its own ----------------------------------------------------


def neutral_home(scratch: Path) -> Path:
    """A home folder of its own in ``scratch`` (with Documents, and Qt's settings such as
    the file dialog's history), so that no picture shows this computer's files or user;
    the caches stay where they are (the converted model is there). Returns the Documents
    folder, also the working folder (where the OPML dialogs open)."""
    os.environ.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))
    home = scratch / "analyst"
    documents = home / "Documents"
    config = home / ".config"
    documents.mkdir(parents=True)
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(config))
    os.chdir(documents)
    return documents


def demo_folder(*, fresh: bool) -> None:
    """Build the demo folder when it is missing (``fresh``: or when its polls come due)."""
    database = DEMO / "pushback.db"
    if not database.exists() or (fresh and time.time() - database.stat().st_mtime > DEMO_FRESH_FOR):
        demo.build(DEMO)


def one_language(language: str, out: Path) -> int:
    demo_folder(fresh=False)
    scratch = Path(tempfile.mkdtemp(prefix="pushback-screenshots-"))
    try:
        documents = neutral_home(scratch)
        data = Path.home() / ".local" / "share" / "pushback-monitor"  # where the app keeps it
        shutil.copytree(DEMO, data)
        save_settings(data, {("language",): language})
        # The widget-based file dialogs, whatever the desktop: in the app's language.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        camera = Camera(out, language, PICTURES)
        with feed_server(FEED.parent) as feeds:
            session = start(Locations.resolve(data_dir=data))
            tour = Tour(session, camera, documents, f"{feeds}/{FEED.name}")

            def run() -> None:
                try:
                    tour.run()
                except Exception:  # noqa: BLE001 - said, and the app ends with an error
                    traceback.print_exc()
                    session.app.exit(1)
                    return
                session.app.quit()

            QTimer.singleShot(0, run)
            code = session.run()
        missing = sorted(set(PICTURES) - {p.name.rsplit("-", 1)[0] for p in camera.written})
        if missing:
            print(f"{language}: not captured: {', '.join(missing)}", file=sys.stderr)
        return code
    finally:
        os.chdir(ROOT)
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=LANGUAGES, help="only this language")
    parser.add_argument("--out", type=Path, default=OUT, help="where the pictures go")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if args.language:
        sys.stdout.flush()
        end_process(one_language(args.language, out))  # the app's own way out
    demo_folder(fresh=True)  # once, before the languages' processes copy it
    failed = 0
    for language in LANGUAGES:
        done = subprocess.run(
            [sys.executable, __file__, "--language", language, "--out", str(out)], check=False
        )
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
