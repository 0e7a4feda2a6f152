"""Draw the app icon at every size the platforms ask for, from resources/icons/*.svg.

    .venv/bin/python packaging/icons.py        # (make icons)

Writes packaging/linux/icons/hicolor/SIZExSIZE/apps/APP_ID.png (plus the SVG as scalable),
packaging/windows/pushback-monitor.ico and packaging/macos/pushback-monitor.icns.
Qt draws the SVG (the same renderer the app uses); Pillow writes ICO and ICNS.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "pushback-monitor.svg"
APP_ID = "io.github.pushback_monitor.PushbackMonitor"  # the .desktop and metainfo files' name
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def draw(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"{SVG}: not a valid SVG")
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in LINUX_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        draw(renderer, size).save(target, optimize=True)
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable / f"{APP_ID}.svg")
    largest = {size: draw(renderer, size) for size in sorted({*ICO_SIZES, *ICNS_SIZES})}
    largest[256].save(
        ROOT / "packaging" / "windows" / "pushback-monitor.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[largest[s] for s in ICO_SIZES],
    )
    largest[1024].save(
        ROOT / "packaging" / "macos" / "pushback-monitor.icns",
        append_images=[largest[s] for s in ICNS_SIZES if s != 1024],
    )
    print(f"icons written under {ROOT / 'packaging'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
