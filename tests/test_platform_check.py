"""The check before Qt starts: which X11 libraries are missing, and how to install them
on the distribution that /etc/os-release names."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui import platform_check
from ui.platform_check import LIBRARIES, Installer, check, install_command, uses_xcb

X11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}
ROOT = Path(__file__).parent.parent

OS_RELEASES = {
    "debian": 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
    "ubuntu": 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 24.04.1 LTS"\n',
    "mint": 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n',
    "fedora": 'NAME="Fedora Linux"\nID=fedora\nPRETTY_NAME="Fedora Linux 41"\n',
    "rocky": 'NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n',
    "arch": 'NAME="Arch Linux"\nID=arch\n',
    "manjaro": 'NAME="Manjaro Linux"\nID=manjaro\nID_LIKE=arch\n',
    "tumbleweed": 'NAME="openSUSE Tumbleweed"\nID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n',
    "leap": 'NAME="openSUSE Leap"\nID="opensuse-leap"\nID_LIKE="suse opensuse"\n',
}


def os_release(tmp_path: Path, name: str) -> list[Path]:
    path = tmp_path / "os-release"
    path.write_text(OS_RELEASES[name], encoding="utf-8")
    return [path]


def without(*sonames: str) -> object:
    return lambda soname: soname not in sonames


@pytest.mark.parametrize(
    ("distribution", "command"),
    [
        ("debian", "sudo apt-get install libxcb-cursor0 libxcb-icccm4"),
        ("ubuntu", "sudo apt-get install libxcb-cursor0 libxcb-icccm4"),
        ("mint", "sudo apt-get install libxcb-cursor0 libxcb-icccm4"),
        ("fedora", "sudo dnf install xcb-util-cursor xcb-util-wm"),
        ("rocky", "sudo dnf install xcb-util-cursor xcb-util-wm"),
        ("arch", "sudo pacman -S --needed xcb-util-cursor xcb-util-wm"),
        ("manjaro", "sudo pacman -S --needed xcb-util-cursor xcb-util-wm"),
        ("tumbleweed", "sudo zypper install libxcb-cursor0 libxcb-icccm4"),
        ("leap", "sudo zypper install libxcb-cursor0 libxcb-icccm4"),
    ],
)
def test_missing_libraries_are_named_with_the_distributions_install_command(
    tmp_path: Path, distribution: str, command: str
) -> None:
    message = check(
        X11,
        platform="linux",
        loadable=without("libxcb-cursor.so.0", "libxcb-icccm.so.4"),  # type: ignore[arg-type]
        os_release=os_release(tmp_path, distribution),
    )
    assert message is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in message
    assert f"\n  {command}\n" in message
    assert message.count("sudo ") == 1


def test_nothing_is_said_when_every_library_loads(tmp_path: Path) -> None:
    assert check(X11, platform="linux", loadable=lambda _: True) is None


def test_an_unknown_distribution_gets_every_family_s_command(tmp_path: Path) -> None:
    path = tmp_path / "os-release"
    path.write_text("ID=someos\n", encoding="utf-8")
    message = check(
        X11,
        platform="linux",
        loadable=without("libxcb-cursor.so.0"),  # type: ignore[arg-type]
        os_release=[tmp_path / "absent", path],
    )
    assert message is not None
    for family in Installer:
        assert family.value in message
    assert "sudo dnf install xcb-util-cursor\n" in message


def test_libraries_of_one_package_name_it_once() -> None:
    libraries = [lib for lib in LIBRARIES if lib.soname in {"libxcb-randr.so.0", "libxcb-shm.so.0"}]
    assert install_command(Installer.DNF, libraries) == "sudo dnf install libxcb"
    assert (
        install_command(Installer.APT, libraries)
        == "sudo apt-get install libxcb-randr0 libxcb-shm0"
    )


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        (X11, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
        (
            {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
            "linux",
            False,
        ),
        ({}, "linux", False),  # no display at all: the app says so itself
        (X11, "darwin", False),
        (X11, "win32", False),
    ],
)
def test_the_check_applies_only_where_qt_would_use_xcb(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert uses_xcb(environ, platform) is expected


def test_offscreen_is_never_stopped_by_missing_x11_libraries() -> None:
    message = check({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, loadable=lambda _: False)
    assert message is None


def test_loading_is_asked_of_the_dynamic_loader() -> None:
    assert platform_check.loads("libc.so.6") if sys.platform.startswith("linux") else True
    assert not platform_check.loads("libpushback-no-such-library.so.7")


def _needed(library: Path) -> set[str]:
    output = subprocess.run(
        ["objdump", "-p", str(library)], capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[1] for line in output.splitlines() if line.strip().startswith("NEEDED")}


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("objdump") is None,
    reason="reads the Linux plugin's ELF dependencies with objdump",
)
def test_the_list_covers_what_pyside6_s_xcb_plugin_links_against() -> None:
    import PySide6  # only its folder is read

    qt = Path(PySide6.__file__).parent / "Qt"
    needed = _needed(qt / "plugins" / "platforms" / "libqxcb.so")
    needed |= _needed(qt / "lib" / "libQt6XcbQpa.so.6")
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    system = {name for name in needed if not name.startswith("libQt6")} - runtime
    assert system <= {library.soname for library in LIBRARIES}


def test_it_runs_before_qt_without_loading_it() -> None:
    code = (
        "import sys, ui.platform_check as c; sys.exit(3 if 'PySide6' in sys.modules else c.main())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_make_run_checks_before_it_starts_the_app() -> None:
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nrun:", 1)[1]
    lines = [line.strip() for line in recipe.split("\n\n", 1)[0].splitlines()[1:]]
    assert lines[0].endswith("python -m ui.platform_check")
    assert lines[1].endswith("pushback-monitor")


def test_the_readme_s_apt_command_is_the_whole_list() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("sudo apt-get install ", 1)[1].split("```", 1)[0]
    listed = " ".join(block.replace("\\", " ").split())
    assert f"sudo apt-get install {listed}" == install_command(Installer.APT, LIBRARIES)
