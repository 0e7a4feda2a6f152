"""Take the README's screenshot: the app on the demo data, on a real (virtual) screen.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshot.py docs/screenshot.png

(``make screenshot`` does exactly this.) The demo folder is built first when it is
missing; the window waits for the classifier, selects the strongest item in the review
queue, and the screen is captured.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from monitor.config import Locations  # noqa: E402
from tools import demo  # noqa: E402
from ui.app import start  # noqa: E402

DEMO = ROOT / "benchmarks" / ".cache" / "demo"
SETTLE_MS = 1500


def main(target: Path) -> int:
    locations = Locations.resolve(data_dir=DEMO)
    if not locations.db_path.exists():
        demo.build(DEMO)
    session = start(locations)
    app, window = session.app, session.window
    window.resize(1400, 860)
    window.move(20, 20)

    def capture() -> None:
        screen = QGuiApplication.primaryScreen()
        frame = window.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        target.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(target)):
            print(f"error: cannot write {target}", file=sys.stderr)
            app.exit(1)
            return
        print(f"wrote {target} ({picture.width()}×{picture.height()})")
        app.quit()

    def ready(loaded: bool) -> None:
        if not loaded:
            print("error: the classifier did not load; see the status bar", file=sys.stderr)
        header = window.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the highest scores first
        window.select_row(0)
        QTimer.singleShot(SETTLE_MS, capture)

    session.host.classifier_ready.connect(ready)
    return session.run()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png"))
