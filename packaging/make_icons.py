"""Render the application icon files from the SVG design in ``resources/icons/``.

``python packaging/make_icons.py`` writes, next to the SVGs:

- ``stay-planner-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (the
  16 px one from the hand-hinted ``stay-planner-small.svg``, the rest from
  ``stay-planner.svg``);
- ``stay-planner.ico`` (Windows; PNG-compressed entries 16 … 256, which
  Windows Vista and later read);
- ``stay-planner.icns`` (macOS; PNG entries 16 … 1024, with the @2x ones).

The PNGs are rendered with ``rsvg-convert`` (package librsvg2-bin) when it is
on the PATH, otherwise with Qt's own SVG renderer (QtSvg, part of
PySide6-Essentials). The .ico and .icns containers are written here in plain
Python, so no imaging library is needed. The generated files are committed;
run this again only after changing an SVG.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel size.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def _source(size: int, icons: Path) -> Path:
    small = icons / "stay-planner-small.svg"
    return small if size <= 16 and small.exists() else icons / "stay-planner.svg"


def _render_rsvg(svg: Path, size: int) -> bytes:
    out = subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), "--format", "png",
         str(svg)], check=True, capture_output=True)
    return out.stdout


def _render_qt(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def render(size: int, icons: Path = ICONS) -> bytes:
    """PNG bytes of the icon at ``size`` × ``size`` pixels."""
    svg = _source(size, icons)
    if shutil.which("rsvg-convert"):
        return _render_rsvg(svg, size)
    return _render_qt(svg, size)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNG images (size → PNG bytes)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements for every size in ``ICNS_TYPES``."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS,
                        help="folder for the generated files (default: resources/icons)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {s: render(s) for s in wanted}
    for s in PNG_SIZES:
        (args.out / f"stay-planner-{s}.png").write_bytes(pngs[s])
    # Write the containers through a temporary file, so a failure leaves no half file.
    for name, data in (("stay-planner.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       ("stay-planner.icns", icns_bytes(pngs))):
        with tempfile.NamedTemporaryFile(dir=args.out, delete=False) as tmp:
            tmp.write(data)
        Path(tmp.name).chmod(0o644)
        Path(tmp.name).replace(args.out / name)
    renderer = "rsvg-convert" if shutil.which("rsvg-convert") else "QtSvg"
    print(f"wrote {len(PNG_SIZES)} PNGs, stay-planner.ico and stay-planner.icns "
          f"to {args.out} (rendered with {renderer})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
