"""Generate the app icon files from ``resources/icons/partage.svg`` at build time.

Qt renders the SVG at each size (PNG), Pillow assembles the Windows ``.ico`` and macOS ``.icns``.
``python packaging/icons.py OUT_DIR`` writes ``partage.png`` (256 px), ``partage-<n>.png``,
``partage.ico`` and ``partage.icns`` into OUT_DIR.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "partage.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render_pngs(out_dir: Path, svg: Path = SVG) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"invalid SVG icon: {svg}")
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"partage-{size}.png"
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        pngs[size] = path
    return pngs


def generate(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write every icon file; returns {"png", "ico", "icns"} → path."""
    from PIL import Image

    pngs = render_pngs(out_dir, svg)
    png = out_dir / "partage.png"
    png.write_bytes(pngs[256].read_bytes())
    largest = Image.open(pngs[1024])
    ico = out_dir / "partage.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    icns = out_dir / "partage.icns"
    largest.save(icns, format="ICNS")
    return {"png": png, "ico": ico, "icns": icns}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for kind, path in generate(target).items():
        print(f"{kind}: {path}")
