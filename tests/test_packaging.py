"""The packaging files agree with each other and with the app: one application id
everywhere, a metainfo release for the current version, icons of the sizes their folders
say, shell scripts that parse. (Building the app is `make package`; running it is
packaging/smoke.sh.)"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from ruamel.yaml import YAML

from monitor import __version__
from ui.app import APP_ID

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_application_id_everywhere() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID and entry["Exec"] == "pushback-monitor"
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    manifest = YAML(typ="safe").load(LINUX / "flatpak" / f"{APP_ID}.yml")
    assert manifest["id"] == APP_ID and manifest["command"] == "pushback-monitor"
    for script in ("packaging/icons.py", "packaging/build.py", "packaging/linux/install.sh"):
        assert APP_ID in (ROOT / script).read_text(encoding="utf-8"), script


def test_metainfo_has_a_release_for_this_version_in_both_languages() -> None:
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    versions = [r.get("version") for r in metainfo.iter("release")]
    assert versions[0] == __version__  # newest first
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {s.get(lang) for s in metainfo.iter("summary")} == {None, "nl"}
    entry = desktop_entry()
    assert entry["Comment[nl]"] and entry["GenericName[nl]"]


def test_icons_have_the_sizes_their_folders_say() -> None:
    hicolor = LINUX / "icons" / "hicolor"
    sizes = []
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        folder = png.parent.parent.name
        with Image.open(png) as image:
            assert f"{image.width}x{image.height}" == folder, png
            assert image.mode == "RGBA"
        sizes.append(image.width)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256, 512]
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources/icons/pushback-monitor.svg").read_bytes()
    with Image.open(ROOT / "packaging/windows/pushback-monitor.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / "packaging/macos/pushback-monitor.icns") as icns:
        assert icns.size == (1024, 1024)


@pytest.mark.parametrize("script", ["packaging/smoke.sh", "packaging/linux/install.sh"])
def test_shell_scripts_parse_and_can_run(script: str) -> None:
    path = ROOT / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    subprocess.run(["sh", "-n", str(path)], check=True)


def test_the_installer_script_names_this_version_and_the_app_folder() -> None:
    iss = (ROOT / "packaging/windows/pushback-monitor.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert r'SourceDir "..\..\dist\pushback-monitor"' in iss
    assert "UninstallDisplayIcon={app}\\pushback-monitor.exe" in iss


def test_install_sh_installs_and_removes_for_a_user(tmp_path: Path) -> None:
    """With a stand-in for the built program: the menu entry points at the installed
    copy, the command is linked, and --remove takes everything away but the data."""
    unpacked = tmp_path / "pushback-monitor-0.1.0-linux-x86_64"
    program = unpacked / "pushback-monitor" / "pushback-monitor"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(0o755)
    share = unpacked / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    (share / "applications" / f"{APP_ID}.desktop").write_bytes(
        (LINUX / f"{APP_ID}.desktop").read_bytes()
    )
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_bytes(
        (LINUX / f"{APP_ID}.metainfo.xml").read_bytes()
    )
    shutil.copytree(LINUX / "icons", share / "icons")
    script = unpacked / "install.sh"
    shutil.copy(LINUX / "install.sh", script)
    home = tmp_path / "home"
    data = home / ".local" / "share" / "pushback-monitor"
    data.mkdir(parents=True)
    (data / "pushback.db").write_text("analysts' work")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}

    subprocess.run(["sh", str(script), "--user"], check=True, env=env, capture_output=True)
    installed = home / ".local" / "lib" / "pushback-monitor" / "pushback-monitor"
    entry = home / ".local/share/applications" / f"{APP_ID}.desktop"
    assert f"Exec={installed}" in entry.read_text()
    command = home / ".local" / "bin" / "pushback-monitor"
    ran = subprocess.run([str(command)], check=True, capture_output=True, text=True)
    assert ran.stdout == "stand-in\n"
    assert (home / ".local/share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").exists()

    subprocess.run(["sh", str(script), "--user"], check=True, env=env, capture_output=True)
    assert installed.exists()  # an update replaces the copy

    subprocess.run(
        ["sh", str(script), "--user", "--remove"], check=True, env=env, capture_output=True
    )
    assert not installed.parent.exists() and not command.exists() and not entry.exists()
    assert not list((home / ".local/share/icons").rglob(f"{APP_ID}.*"))
    assert (data / "pushback.db").read_text() == "analysts' work"
