"""Packaging: the Linux desktop files, the icons, the PyInstaller spec and the built program.

The fast tests check the files in ``packaging/`` and ``resources/icons/``
(with the freedesktop validators when they are installed). The slow one
builds the one-folder program with PyInstaller into a temporary folder and
runs its ``--version`` and ``check`` on the demo itinerary.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
SPEC = PACKAGING / "stay-planner.spec"
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"
APP_ID = "io.github.stayplanner.StayPlanner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _run(*cmd: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                          timeout=timeout, check=False)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# ---- the .desktop file --------------------------------------------------------


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (desktop-file-utils)")
def test_desktop_file_validates() -> None:
    res = _run("desktop-file-validate", DESKTOP)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "error" not in (res.stdout + res.stderr).lower()


def test_desktop_file_opens_itineraries_with_the_program() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "stay-planner"
    assert entry["Exec"].split()[1:] == ["%f"]
    assert entry["Icon"] == APP_ID
    assert "application/x-stayplan" in entry["MimeType"].split(";")


# ---- AppStream metainfo -------------------------------------------------------


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (appstream)")
def test_metainfo_validates() -> None:
    res = _run("appstreamcli", "validate", "--no-net", METAINFO)
    assert res.returncode == 0, res.stdout + res.stderr


def test_metainfo_describes_the_release_and_the_program() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating") is not None
    provides = root.find("provides")
    assert provides is not None
    assert provides.findtext("binary") == "stay-planner"
    assert provides.findtext("mediatype") == "application/x-stayplan"
    releases = root.findall("releases/release")
    assert releases, "no release notes"
    first = releases[0]
    assert (first.get("version"), first.get("date")) == ("0.1.0", "2026-11-24")
    assert first.find("description") is not None
    images = [i.text or "" for i in root.iter("image")]
    assert images
    assert all(url.startswith("https://") for url in images)
    assert sum(s.get("type") == "default" for s in root.iter("screenshot")) == 1


# ---- shared-mime-info ---------------------------------------------------------


def test_mime_xml_declares_stayplan_files() -> None:
    root = ET.parse(MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    types = {t.get("type"): t for t in root.findall(f"{MIME_NS}mime-type")}
    assert set(types) == {"application/x-stayplan"}
    globs = [g.get("pattern") for g in types["application/x-stayplan"].iter(f"{MIME_NS}glob")]
    assert globs == ["*.stayplan"]


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database is not installed (shared-mime-info)")
def test_mime_database_accepts_the_entry(tmp_path: Path) -> None:
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / f"{APP_ID}.xml")
    res = _run("update-mime-database", tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "application/x-stayplan:*.stayplan" in (tmp_path / "globs2").read_text()


# ---- icons ----------------------------------------------------------------------


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_exist_in_every_size() -> None:
    ET.parse(ICONS / "stay-planner.svg")
    for size in PNG_SIZES:
        assert _png_size((ICONS / f"stay-planner-{size}.png").read_bytes()) == (size, size)


def test_windows_and_macos_icon_files_hold_several_sizes() -> None:
    ico = (ICONS / "stay-planner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (ICONS / "stay-planner.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, pos = set(), 8
    while pos < len(icns):
        kinds.add(icns[pos:pos + 4])
        pos += struct.unpack(">I", icns[pos + 4:pos + 8])[0]
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


# ---- install.sh -----------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_script_installs_and_uninstalls(tmp_path: Path) -> None:
    env = {**os.environ, "PREFIX": str(tmp_path / "prefix"), "DIST": str(tmp_path / "none")}
    share = tmp_path / "prefix" / "share"
    res = subprocess.run(["sh", str(LINUX / "install.sh")], env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    assert res.returncode == 0, res.stdout + res.stderr
    installed = [
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "mime" / "packages" / f"{APP_ID}.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png"
          for s in PNG_SIZES),
    ]
    assert [p for p in installed if not p.is_file()] == []
    res = subprocess.run(["sh", str(LINUX / "install.sh"), "--uninstall"], env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert res.returncode == 0, res.stdout + res.stderr
    assert [p for p in installed if p.exists()] == []


# ---- the PyInstaller spec ---------------------------------------------------------


def test_spec_is_python_that_bundles_the_resources_folder() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = {c.func.id: c for c in ast.walk(tree)
             if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= set(calls)
    datas = next(k.value for k in calls["Analysis"].keywords if k.arg == "datas")
    targets = [t.elts[1].value for t in ast.walk(datas)
               if isinstance(t, ast.Tuple) and len(t.elts) == 2
               and isinstance(t.elts[1], ast.Constant)]
    assert targets == ["resources"]
    collect = calls["COLLECT"]
    assert any(k.arg == "name" and isinstance(k.value, ast.Constant)
               and k.value.value == "stay-planner" for k in collect.keywords)
    text = SPEC.read_text(encoding="utf-8")
    assert "stay-planner.ico" in text and "stay-planner.icns" in text
    assert "CFBundleDocumentTypes" in text and '"stayplan"' in text


# ---- the built program (slow) -------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                    reason="PyInstaller is not installed (pip install pyinstaller)")
def test_built_program_answers_version_and_check(tmp_path: Path) -> None:
    build = _run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--distpath", tmp_path / "dist", "--workpath", tmp_path / "build", SPEC,
                 timeout=1200)
    assert build.returncode == 0, build.stderr[-4000:]
    exe = tmp_path / "dist" / "stay-planner" / "stay-planner"
    if sys.platform == "win32":
        exe = exe.with_name("stay-planner-cli.exe")

    version = _run(exe, "--version")
    assert version.returncode == 0, version.stderr
    first, data = version.stdout.strip().splitlines()
    assert first == f"stay-planner {_project_version()}"
    assert data.startswith("rule data 2026c, last checked ")  # the bundled rules were found

    check = _run(exe, "check", DEMO)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "BREACH 2023-07-30" in check.stdout
    assert check.stdout.rstrip().endswith("NOT COMPLIANT")
    assert check.stderr == ""

    # The window (Qt, its plugins, planner.ui) starts and keeps running.
    gui = exe.with_name("stay-planner.exe") if sys.platform == "win32" else exe
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([str(gui), str(DEMO)], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:
        try:
            _, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        else:
            pytest.fail(f"the window exited at once with status {proc.returncode}: {err}")


def _project_version() -> str:
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])
