"""Draws the guide library's own diagrams (simple SVG: rect, circle, line, polygon, text, one linear
gradient) as ReportLab vector drawings, so the printed booklet shows them without an SVG library.

Only the shapes our diagrams use are understood; an unknown element is skipped, never executed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from partage_desktop.pdf.fonts import SANS, SANS_BOLD, register_fonts

_NS = "{http://www.w3.org/2000/svg}"
# what svg_drawing understands; the test suite checks the bundled diagrams use nothing else
SUPPORTED = {"svg", "title", "desc", "defs", "linearGradient", "stop", "rect", "circle", "line", "polygon", "text"}


def _num(value: str | None, default: float = 0.0) -> float:
    if not value:
        return default
    m = re.match(r"-?\d+(\.\d+)?", value.strip())
    return float(m.group()) if m else default


def _points(value: str) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", value)]


def svg_drawing(path: Path, width: float) -> Any:
    """A ``reportlab.graphics.shapes.Drawing`` of the SVG file, scaled to ``width`` points."""
    from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
    from reportlab.lib.colors import HexColor, linearlyInterpolatedColor

    register_fonts()
    root = ET.parse(path).getroot()
    view = _points(root.get("viewBox", "")) or [0, 0, _num(root.get("width"), 100), _num(root.get("height"), 100)]
    vw, vh = view[2], view[3]
    scale = width / vw
    gradients: dict[str, tuple[Any, Any]] = {}
    for grad in root.iter(f"{_NS}linearGradient"):
        stops = [HexColor(s.get("stop-color", "#000000")) for s in grad.iter(f"{_NS}stop")]
        if len(stops) >= 2:
            gradients[grad.get("id", "")] = (stops[0], stops[-1])

    group = Group()

    def color(value: str | None) -> Any:
        if not value or value == "none":
            return None
        if value.startswith("url(#"):
            ends = gradients.get(value[5:-1])
            return linearlyInterpolatedColor(ends[0], ends[1], 0, 1, 0.6) if ends else None
        return HexColor(value)

    for el in root.iter():
        tag = el.tag.replace(_NS, "")
        if tag == "rect":
            group.add(Rect(_num(el.get("x")), vh - _num(el.get("y")) - _num(el.get("height")),
                           _num(el.get("width")), _num(el.get("height")),
                           rx=_num(el.get("rx")), ry=_num(el.get("ry")),
                           fillColor=color(el.get("fill")), strokeColor=None))
        elif tag == "circle":
            stroke = color(el.get("stroke"))
            group.add(Circle(_num(el.get("cx")), vh - _num(el.get("cy")), _num(el.get("r")),
                             fillColor=color(el.get("fill")), strokeColor=stroke,
                             strokeWidth=_num(el.get("stroke-width"), 1) if stroke is not None else 0))
        elif tag == "line":
            group.add(Line(_num(el.get("x1")), vh - _num(el.get("y1")), _num(el.get("x2")), vh - _num(el.get("y2")),
                           strokeColor=color(el.get("stroke")), strokeWidth=_num(el.get("stroke-width"), 1)))
        elif tag == "polygon":
            pts = _points(el.get("points", ""))
            flipped = [v if i % 2 == 0 else vh - v for i, v in enumerate(pts)]
            fill = el.get("fill", "")
            if fill.startswith("url(#") and fill[5:-1] in gradients:
                _gradient_polygon(group, flipped, gradients[fill[5:-1]])
            else:
                group.add(Polygon(flipped, fillColor=color(fill), strokeColor=None))
        elif tag == "text" and el.text:
            anchor = {"middle": "middle", "end": "end"}.get(el.get("text-anchor", ""), "start")
            font = SANS_BOLD if el.get("font-weight") == "bold" else SANS
            group.add(String(_num(el.get("x")), vh - _num(el.get("y")), el.text.strip(), fontName=font,
                             fontSize=_num(el.get("font-size"), 12), fillColor=color(el.get("fill", "#000000")),
                             textAnchor=anchor))
    group.scale(scale, scale)
    drawing = Drawing(width, vh * scale)
    # the renderer starts from Helvetica unless told otherwise, which would leave it unembedded
    drawing.initialFontName = SANS
    drawing.add(group)
    return drawing


def _gradient_polygon(group: Any, pts: list[float], ends: tuple[Any, Any], strips: int = 48) -> None:
    """A horizontal gradient: the polygon clipped into vertical strips of interpolated colour."""
    from reportlab.graphics.shapes import Polygon
    from reportlab.lib.colors import linearlyInterpolatedColor

    xs = pts[0::2]
    lo, hi = min(xs), max(xs)
    poly = list(zip(pts[0::2], pts[1::2], strict=True))
    for k in range(strips):
        a = lo + (hi - lo) * k / strips
        b = lo + (hi - lo) * (k + 1) / strips
        clipped = _clip(_clip(poly, a, keep_right=True), b, keep_right=False)
        if len(clipped) >= 3:
            fill = linearlyInterpolatedColor(ends[0], ends[1], 0, 1, (k + 0.5) / strips)
            group.add(Polygon([v for p in clipped for v in p], fillColor=fill, strokeColor=fill, strokeWidth=0.6))


def _clip(poly: list[tuple[float, float]], x: float, keep_right: bool) -> list[tuple[float, float]]:
    """Sutherland–Hodgman against one vertical line."""
    def inside(p: tuple[float, float]) -> bool:
        return p[0] >= x if keep_right else p[0] <= x

    out: list[tuple[float, float]] = []
    for i, cur in enumerate(poly):
        prev = poly[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(_cross(prev, cur, x))
            out.append(cur)
        elif inside(prev):
            out.append(_cross(prev, cur, x))
    return out


def _cross(p: tuple[float, float], q: tuple[float, float], x: float) -> tuple[float, float]:
    t = (x - p[0]) / (q[0] - p[0])
    return x, p[1] + t * (q[1] - p[1])
