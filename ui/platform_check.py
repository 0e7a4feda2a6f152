"""Before Qt starts on Linux: can the system libraries of its X11 platform plugin load?

Qt's xcb plugin (PySide6's ``plugins/platforms/libqxcb.so`` and ``lib/libQt6XcbQpa.so.6``)
links against the X11 libraries below, several of which a fresh or minimal system lacks
(Qt 6.5 added ``libxcb-cursor``). Without one, Qt ends the process with "Could not load
the Qt platform plugin xcb" and does not say which. This check names the missing
libraries and the command that installs them on this distribution (``/etc/os-release``).

It imports nothing of Qt, so it can run before Qt loads: ``make run`` runs it as
``python -m ui.platform_check``, and the app before it creates its ``QApplication``.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

OS_RELEASE = (Path("/etc/os-release"), Path("/usr/lib/os-release"))


class Installer(StrEnum):
    """A distribution family's package manager; the value is its install command."""

    APT = "sudo apt-get install"
    DNF = "sudo dnf install"
    PACMAN = "sudo pacman -S --needed"
    ZYPPER = "sudo zypper install"


@dataclass(frozen=True)
class Library:
    """A shared library by its soname, and the package holding it in each family."""

    soname: str
    apt: str  # Debian, Ubuntu
    dnf: str  # Fedora, RHEL
    pacman: str  # Arch
    zypper: str  # openSUSE

    def package(self, installer: Installer) -> str:
        return str(getattr(self, installer.name.lower()))


# The system libraries that libqxcb.so and libQt6XcbQpa.so.6 need (their ELF NEEDED
# entries, PySide6 6.11), and those of libQt6Gui that a desktop may lack; the C and C++
# runtime are left out (Python itself needs them).
LIBRARIES = (
    Library(
        "libxcb-cursor.so.0",
        "libxcb-cursor0",
        "xcb-util-cursor",
        "xcb-util-cursor",
        "libxcb-cursor0",
    ),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "xcb-util-wm", "libxcb-icccm4"),
    Library(
        "libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "xcb-util-image", "libxcb-image0"
    ),
    Library(
        "libxcb-keysyms.so.1",
        "libxcb-keysyms1",
        "xcb-util-keysyms",
        "xcb-util-keysyms",
        "libxcb-keysyms1",
    ),
    Library(
        "libxcb-render-util.so.0",
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
        "libxcb-render-util0",
    ),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util", "xcb-util", "libxcb-util1"),
    Library(
        "libxkbcommon-x11.so.0",
        "libxkbcommon-x11-0",
        "libxkbcommon-x11",
        "libxkbcommon-x11",
        "libxkbcommon-x11-0",
    ),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", "libxkbcommon", "libxkbcommon0"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "libxcb", "libxcb-randr0"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb", "libxcb", "libxcb-render0"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "libxcb", "libxcb-shape0"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb", "libxcb", "libxcb-shm0"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb", "libxcb", "libxcb-sync1"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", "libxcb", "libxcb-xfixes0"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "libxcb", "libxcb-xkb1"),
    Library("libxcb.so.1", "libxcb1", "libxcb", "libxcb", "libxcb1"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "libx11", "libX11-xcb1"),
    Library("libX11.so.6", "libx11-6", "libX11", "libx11", "libX11-6"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx", "libglvnd", "libGL1"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl", "libglvnd", "libEGL1"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig", "fontconfig", "libfontconfig1"),
    Library("libfreetype.so.6", "libfreetype6", "freetype", "freetype2", "libfreetype6"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2", "glib2", "libglib-2_0-0"),
    Library("libgthread-2.0.so.0", "libglib2.0-0", "glib2", "glib2", "libgthread-2_0-0"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", "dbus", "libdbus-1-3"),
)

# os-release ids (ID, then each of ID_LIKE) and their family
_FAMILIES = {
    "debian": Installer.APT,
    "ubuntu": Installer.APT,
    "fedora": Installer.DNF,
    "rhel": Installer.DNF,
    "centos": Installer.DNF,
    "arch": Installer.PACMAN,
    "suse": Installer.ZYPPER,
    "opensuse": Installer.ZYPPER,
}


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt would open its window through the xcb plugin here: on Linux, as
    ``QT_QPA_PLATFORM`` says (a list tried in order), else on an X11 display unless the
    session is Wayland."""
    if not platform.startswith("linux"):
        return False
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        for entry in chosen.split(";"):
            name = entry.split(":", 1)[0].strip()
            if name == "xcb":
                return True
            if name.startswith("wayland") and not wayland:
                continue  # Qt falls through to the next one
            if name:
                return False
        return False
    if wayland and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def loads(soname: str) -> bool:
    """Whether the dynamic loader finds and loads ``soname`` (with what it needs)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(
    libraries: Iterable[Library] = LIBRARIES, loadable: Callable[[str], bool] = loads
) -> list[Library]:
    return [library for library in libraries if not loadable(library.soname)]


def read_os_release(paths: Sequence[Path] = OS_RELEASE) -> dict[str, str]:
    """The first os-release file's fields (empty when there is none)."""
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        fields = {}
        for line in text.splitlines():
            key, sep, value = line.partition("=")
            if sep and not key.lstrip().startswith("#"):
                fields[key.strip()] = value.strip().strip("\"'")
        return fields
    return {}


def installer_for(os_release: Mapping[str, str]) -> Installer | None:
    """The package manager of the distribution, by its ID and then its ID_LIKE."""
    ids = [os_release.get("ID", ""), *os_release.get("ID_LIKE", "").split()]
    for distribution in (name.lower() for name in ids if name):
        family = _FAMILIES.get(distribution)
        if family is None and distribution.startswith("opensuse"):
            family = Installer.ZYPPER
        if family is not None:
            return family
    return None


def install_command(installer: Installer, libraries: Iterable[Library]) -> str:
    packages = dict.fromkeys(library.package(installer) for library in libraries)
    return f"{installer.value} {' '.join(packages)}"


def report(libraries: Sequence[Library], os_release: Mapping[str, str]) -> str:
    """What to tell the user when ``libraries`` are missing (plain text, before Qt)."""
    names = ", ".join(library.soname for library in libraries)
    lines = [
        "error: the window cannot open: Qt's X11 platform plugin (xcb) needs system "
        f"libraries that are missing: {names}.",
    ]
    installer = installer_for(os_release)
    name = os_release.get("PRETTY_NAME") or os_release.get("NAME") or "this system"
    if installer is not None:
        lines += [f"Install them ({name}) with:", f"  {install_command(installer, libraries)}"]
    else:
        lines.append("Install the packages that provide them, for example:")
        lines += [f"  {install_command(family, libraries)}" for family in Installer]
    lines.append("The commands (pushback-monitor --help) work without them.")
    return "\n".join(lines)


def check(
    environ: Mapping[str, str] = os.environ,
    *,
    platform: str = sys.platform,
    loadable: Callable[[str], bool] = loads,
    os_release: Sequence[Path] = OS_RELEASE,
) -> str | None:
    """The message to print when Qt would use xcb and cannot load its libraries; else None."""
    if not uses_xcb(environ, platform):
        return None
    absent = missing(LIBRARIES, loadable)
    return report(absent, read_os_release(os_release)) if absent else None


def main() -> int:
    problem = check()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
