"""Build the desktop app with PyInstaller and report what it weighs.

    .venv/bin/python packaging/build.py           # (make package)

Writes dist/pushback-monitor/ (the app folder: run dist/pushback-monitor/pushback-monitor)
and, on Linux, dist/pushback-monitor-VERSION-linux-ARCH.tar.gz: the folder, the
.desktop entry, the AppStream metainfo, the icons and install.sh. Prints the build time,
the folder's size, the archive's size and the largest parts; the last line is one JSON
object (also saved as dist/package-report.json). Nothing is downloaded: PyInstaller
takes Python, Qt, ONNX Runtime and the model from the virtual environment (the spec
exports the model to ONNX with the environment's torch).
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor import __version__  # noqa: E402

APP_ID = "io.github.pushback_monitor.PushbackMonitor"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
FOLDER = DIST / "pushback-monitor"


def size_of(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path) -> list[tuple[str, int]]:
    """The twelve largest parts of the app folder, largest first."""
    inside = folder / "_internal"
    parts = [(p.name, size_of(p)) for p in inside.iterdir()]
    parts.append((folder.name + " (program and Python modules)", size_of(folder / folder.name)))
    return sorted(parts, key=lambda part: -part[1])[:12]


def strip_symbols(folder: Path) -> int:
    """Drop the symbol table of libpython (the dynamic symbols stay, so it loads and runs
    the same). Other libraries are left as they are: stripping the wheels' patched ones
    (numpy's OpenBLAS) breaks them. Returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        print("note: no strip (binutils) here; libpython keeps its symbol table")
        return 0
    inside = folder / "_internal"
    saved = 0
    for library in sorted(inside.glob("libpython3*.so*")):
        if library.is_symlink():
            continue
        before = library.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(library)], check=True)
        saved += before - library.stat().st_size
    return saved


def linux_archive() -> Path:
    """The app folder with what install.sh puts in the application menu, as .tar.gz."""
    name = f"pushback-monitor-{__version__}-linux-{platform.machine()}"
    stage = DIST / name
    shutil.rmtree(stage, ignore_errors=True)
    linux = ROOT / "packaging" / "linux"
    share = stage / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(linux / "icons", share / "icons")
    shutil.copy(linux / "install.sh", stage)
    shutil.copytree(FOLDER, stage / "pushback-monitor", symlinks=True)
    archive = DIST / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name)
    shutil.rmtree(stage)
    return archive


def main() -> int:
    import PyInstaller.__main__  # noqa: PLC0415 - only here, in the packaging extra

    started = time.monotonic()
    PyInstaller.__main__.run(
        [
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
            str(ROOT / "packaging" / "pushback-monitor.spec"),
        ]
    )
    stripped = strip_symbols(FOLDER) if sys.platform.startswith("linux") else 0
    built = time.monotonic() - started
    report: dict[str, object] = {
        "version": __version__,
        "platform": f"{sys.platform}-{platform.machine()}",
        "build_seconds": round(built),
        "folder_mb": round(size_of(FOLDER) / 2**20),
        "stripped_mb": round(stripped / 2**20),
    }
    if sys.platform.startswith("linux"):
        archive = linux_archive()
        report["archive"] = archive.name
        report["archive_mb"] = round(archive.stat().st_size / 2**20)
        report["total_seconds"] = round(time.monotonic() - started)
    parts = largest_parts(FOLDER)
    print(f"\nbuilt {FOLDER} in {built:.0f} s: {report['folder_mb']} MB")
    for name, size in parts:
        print(f"  {size / 2**20:8.1f} MB  {name}")
    if "archive" in report:
        print(f"archive {DIST / str(report['archive'])}: {report['archive_mb']} MB")
    report["largest_mb"] = {n: round(s / 2**20, 1) for n, s in parts[:6]}
    line = json.dumps(report)
    (DIST / "package-report.json").write_text(line + "\n", encoding="utf-8")
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
