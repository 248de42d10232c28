"""A small SVG rasteriser for icon glyphs (Ionicons): WeChat's tab bar takes PNG files only.

Covers what icon sets draw with: `path` (every command, arcs included), `circle`, `ellipse`, `rect`
(rounded), `line`, `polyline`, `polygon`; fill with the non-zero rule; strokes with round joins and caps
(Ionicons' outline style). Everything becomes polygons, filled by one anti-aliased scanline pass.
No dependency on a native library, so every machine converts the same bytes.
"""

from __future__ import annotations

import math
import re
from xml.etree import ElementTree

Point = tuple[float, float]
Polygon = list[Point]

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_SUBSAMPLES = 4  # scanlines per pixel row
_CURVE_STEPS = 12
_ROUND_STEPS = 16


class SvgError(ValueError):
    """The SVG is not something this rasteriser reads."""


def rasterize(svg: str, size: int, padding: float = 0.0) -> list[list[float]]:
    """Coverage (0..1) of each pixel of a ``size``×``size`` image of the SVG, scaled to fit inside ``padding``."""
    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError as e:
        raise SvgError(str(e)) from None
    try:
        return _rasterize(root, size, padding)
    except (ValueError, ZeroDivisionError, IndexError) as e:
        raise SvgError(str(e)) from None


def _rasterize(root: ElementTree.Element, size: int, padding: float) -> list[list[float]]:
    box = [float(v) for v in _NUMBER.findall(root.get("viewBox") or "0 0 512 512")]
    if len(box) != 4 or box[2] <= 0 or box[3] <= 0:
        raise SvgError("viewBox needed")
    scale = (size - 2 * padding) / max(box[2], box[3])
    dx = padding + ((size - 2 * padding) - box[2] * scale) / 2 - box[0] * scale
    dy = padding + ((size - 2 * padding) - box[3] * scale) / 2 - box[1] * scale
    groups: list[tuple[list[Polygon], bool]] = []  # (polygons, even-odd rule), each filled on its own
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag not in _SHAPES:
            continue
        matrix = _transform(el.get("transform") or "")
        outlines = [([_apply(matrix, pt) for pt in outline], closed) for outline, closed in _SHAPES[tag](el)]
        if _paint(el, "fill", "currentColor") != "none":
            groups.append(([p for p, _closed in outlines if len(p) > 2], _paint(el, "fill-rule", "") == "evenodd"))
        if _paint(el, "stroke", "none") != "none":
            half = float(_paint(el, "stroke-width", "1") or 1) / 2 * math.sqrt(abs(matrix[0] * matrix[3] -
                                                                                  matrix[1] * matrix[2]))
            groups.append(([piece for outline, closed in outlines for piece in _stroke(outline, closed, half)],
                           False))
    placement = (scale, 0.0, 0.0, scale, dx, dy)
    return _fill([([[_apply(placement, pt) for pt in p] for p in polys], evenodd) for polys, evenodd in groups],
                 size)


Matrix = tuple[float, float, float, float, float, float]  # SVG's (a, b, c, d, e, f)
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _apply(m: Matrix, pt: Point) -> Point:
    return m[0] * pt[0] + m[2] * pt[1] + m[4], m[1] * pt[0] + m[3] * pt[1] + m[5]


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    return (m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3],
            m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5])


def _transform(text: str) -> Matrix:
    """An SVG transform list (matrix, translate, scale, rotate, skewX, skewY) as one matrix."""
    m = _IDENTITY
    for name, raw in re.findall(r"(\w+)\s*\(([^)]*)\)", text):
        v = [float(x) for x in _NUMBER.findall(raw)]
        if name == "matrix" and len(v) == 6:
            step: Matrix = (v[0], v[1], v[2], v[3], v[4], v[5])
        elif name == "translate" and v:
            step = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale" and v:
            step = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate" and v:
            a = math.radians(v[0])
            cx, cy = (v[1], v[2]) if len(v) == 3 else (0.0, 0.0)
            step = _multiply(_multiply((1, 0, 0, 1, cx, cy), (math.cos(a), math.sin(a), -math.sin(a),
                                                              math.cos(a), 0, 0)), (1, 0, 0, 1, -cx, -cy))
        elif name in ("skewX", "skewY") and v:
            t = math.tan(math.radians(v[0]))
            step = (1, 0, t, 1, 0, 0) if name == "skewX" else (1, t, 0, 1, 0, 0)
        else:
            raise SvgError(f"transform {name}({raw}) not understood")
        m = _multiply(m, step)
    return m


def _paint(el: ElementTree.Element, name: str, default: str) -> str:
    style = dict(part.split(":", 1) for part in (el.get("style") or "").split(";") if ":" in part)
    return (style.get(name) or el.get(name) or default).strip()


# ---- shapes → outlines (polyline, closed?) ------------------------------------------------------------


def _num(el: ElementTree.Element, name: str) -> float:
    return float(el.get(name) or 0)


def _circle(el: ElementTree.Element) -> list[tuple[Polygon, bool]]:
    r = _num(el, "r")
    return [(_ellipse_points(_num(el, "cx"), _num(el, "cy"), r, r), True)]


def _ellipse(el: ElementTree.Element) -> list[tuple[Polygon, bool]]:
    return [(_ellipse_points(_num(el, "cx"), _num(el, "cy"), _num(el, "rx"), _num(el, "ry")), True)]


def _ellipse_points(cx: float, cy: float, rx: float, ry: float, steps: int = 48) -> Polygon:
    return [(cx + rx * math.cos(2 * math.pi * i / steps), cy + ry * math.sin(2 * math.pi * i / steps))
            for i in range(steps)]


def _rect(el: ElementTree.Element) -> list[tuple[Polygon, bool]]:
    x, y, w, h = _num(el, "x"), _num(el, "y"), _num(el, "width"), _num(el, "height")
    rx = _num(el, "rx") or _num(el, "ry")
    ry = _num(el, "ry") or rx
    rx, ry = min(rx, w / 2), min(ry, h / 2)
    if not rx:
        return [([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], True)]
    corners = ((x + w - rx, y + ry, -90), (x + w - rx, y + h - ry, 0), (x + rx, y + h - ry, 90), (x + rx, y + ry, 180))
    points = [(cx + rx * math.cos(math.radians(a + 90 * i / 8)), cy + ry * math.sin(math.radians(a + 90 * i / 8)))
              for cx, cy, a in corners for i in range(9)]
    return [(points, True)]


def _line(el: ElementTree.Element) -> list[tuple[Polygon, bool]]:
    return [([(_num(el, "x1"), _num(el, "y1")), (_num(el, "x2"), _num(el, "y2"))], False)]


def _points(el: ElementTree.Element, closed: bool) -> list[tuple[Polygon, bool]]:
    values = [float(v) for v in _NUMBER.findall(el.get("points") or "")]
    return [(list(zip(values[0::2], values[1::2], strict=False)), closed)]


def _path(el: ElementTree.Element) -> list[tuple[Polygon, bool]]:
    return _path_outlines(el.get("d") or "")


_SHAPES = {"path": _path, "circle": _circle, "ellipse": _ellipse, "rect": _rect, "line": _line,
           "polyline": lambda el: _points(el, False), "polygon": lambda el: _points(el, True)}

_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class _PathData:
    """A cursor over path data: commands, numbers, and arc flags (which may be packed: ``a1 1 0 00-1-1``)."""

    def __init__(self, d: str):
        self.d, self.pos = d, 0

    def _skip(self) -> None:
        while self.pos < len(self.d) and (self.d[self.pos].isspace() or self.d[self.pos] == ","):
            self.pos += 1

    def command(self) -> str | None:
        self._skip()
        if self.pos < len(self.d) and self.d[self.pos].isalpha():
            self.pos += 1
            return self.d[self.pos - 1]
        return None

    def more(self) -> bool:
        self._skip()
        return self.pos < len(self.d)

    def number(self) -> float:
        self._skip()
        m = _NUMBER.match(self.d, self.pos)
        if m is None:
            raise SvgError(f"number expected at {self.pos} in path data")
        self.pos = m.end()
        return float(m.group(0))

    def flag(self) -> bool:
        self._skip()
        if self.pos >= len(self.d) or self.d[self.pos] not in "01":
            raise SvgError(f"arc flag expected at {self.pos} in path data")
        self.pos += 1
        return self.d[self.pos - 1] == "1"

    def args(self, command: str) -> list[float]:
        if command == "A":
            return [self.number(), self.number(), self.number(), float(self.flag()), float(self.flag()),
                    self.number(), self.number()]
        return [self.number() for _ in range(_ARITY[command])]


def _path_outlines(d: str) -> list[tuple[Polygon, bool]]:
    """SVG path data → flattened subpaths."""
    data = _PathData(d)
    out: list[tuple[Polygon, bool]] = []
    current: Polygon = []
    x = y = sx = sy = 0.0
    last_ctrl: Point | None = None
    last_cmd = ""
    cmd = ""
    while data.more():
        cmd = data.command() or cmd
        if not cmd:
            raise SvgError("path data must start with a command")
        if cmd in "Zz":
            if current:
                out.append((current, True))
            current, x, y, last_ctrl, last_cmd = [], sx, sy, None, "Z"
            continue
        if cmd.upper() not in _ARITY:
            raise SvgError(f"unknown path command {cmd}")
        args = data.args(cmd.upper())
        upper, rel = cmd.upper(), cmd.islower()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if upper == "M":
            if current:
                out.append((current, False))
            x, y = args[0] + ox, args[1] + oy
            sx, sy, current = x, y, [(x, y)]
            cmd = "l" if rel else "L"  # further pairs are line-tos
            last_ctrl = None
        elif upper in "LHV":
            if upper == "L":
                x, y = args[0] + ox, args[1] + oy
            elif upper == "H":
                x = args[0] + (x if rel else 0)
            else:
                y = args[0] + (y if rel else 0)
            current.append((x, y))
            last_ctrl = None
        elif upper in "CS":
            if upper == "C":
                c1 = (args[0] + ox, args[1] + oy)
                c2, end = (args[2] + ox, args[3] + oy), (args[4] + ox, args[5] + oy)
            else:
                c1 = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_cmd in "CS" and last_ctrl else (x, y)
                c2, end = (args[0] + ox, args[1] + oy), (args[2] + ox, args[3] + oy)
            current += _cubic((x, y), c1, c2, end)
            last_ctrl, (x, y) = c2, end
        elif upper in "QT":
            if upper == "Q":
                c, end = (args[0] + ox, args[1] + oy), (args[2] + ox, args[3] + oy)
            else:
                c = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_cmd in "QT" and last_ctrl else (x, y)
                end = (args[0] + ox, args[1] + oy)
            current += _cubic((x, y), ((x + 2 * c[0]) / 3, (y + 2 * c[1]) / 3),
                              ((end[0] + 2 * c[0]) / 3, (end[1] + 2 * c[1]) / 3), end)
            last_ctrl, (x, y) = c, end
        else:  # A
            end = (args[5] + ox, args[6] + oy)
            current += _arc((x, y), args[0], args[1], args[2], args[3] != 0, args[4] != 0, end)
            x, y = end
            last_ctrl = None
        last_cmd = upper
    if current:
        out.append((current, False))
    return out


def _cubic(p0: Point, p1: Point, p2: Point, p3: Point) -> Polygon:
    pts = []
    for k in range(1, _CURVE_STEPS + 1):
        t = k / _CURVE_STEPS
        u = 1 - t
        pts.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                    u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return pts


def _arc(p0: Point, rx: float, ry: float, angle: float, large: bool, sweep: bool, p1: Point) -> Polygon:
    """SVG's endpoint arc → points (the center parametrisation of the SVG spec, appendix B.2.4)."""
    if rx == 0 or ry == 0 or p0 == p1:
        return [p1]
    rx, ry = abs(rx), abs(ry)
    phi = math.radians(angle)
    cos, sin = math.cos(phi), math.sin(phi)
    dx, dy = (p0[0] - p1[0]) / 2, (p0[1] - p1[1]) / 2
    x1, y1 = cos * dx + sin * dy, -sin * dx + cos * dy
    scale = (x1 / rx) ** 2 + (y1 / ry) ** 2
    if scale > 1:
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
    coef = math.sqrt(max(0.0, num / (rx * rx * y1 * y1 + ry * ry * x1 * x1)))
    if large == sweep:
        coef = -coef
    cx1, cy1 = coef * rx * y1 / ry, -coef * ry * x1 / rx
    cx = cos * cx1 - sin * cy1 + (p0[0] + p1[0]) / 2
    cy = sin * cx1 + cos * cy1 + (p0[1] + p1[1]) / 2
    start = math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx)
    end = math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx)
    delta = end - start
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    steps = max(4, int(abs(delta) / (math.pi / 16)))
    pts = []
    for k in range(1, steps + 1):
        t = start + delta * k / steps
        ex, ey = rx * math.cos(t), ry * math.sin(t)
        pts.append((cos * ex - sin * ey + cx, sin * ex + cos * ey + cy))
    return pts


# ---- strokes → polygons ----------------------------------------------------------------------------


def _stroke(outline: Polygon, closed: bool, half: float) -> list[Polygon]:
    """A round-joined, round-capped stroke as the union of one quad per segment and one disc per vertex."""
    pts = outline + [outline[0]] if closed else outline
    pieces: list[Polygon] = []
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            continue
        nx, ny = -(y1 - y0) / length * half, (x1 - x0) / length * half
        pieces.append(_ccw([(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)]))
    pieces += [_ellipse_points(x, y, half, half, _ROUND_STEPS) for x, y in pts]
    return pieces


def _ccw(polygon: Polygon) -> Polygon:
    """Every stroke piece wound the same way, so the non-zero rule fills their union."""
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True))
    return polygon if area > 0 else polygon[::-1]


# ---- scanline fill ---------------------------------------------------------------------------------


def _fill(groups: list[tuple[list[Polygon], bool]], size: int) -> list[list[float]]:
    """Coverage per pixel, summed over the groups (each non-zero or even-odd): _SUBSAMPLES scanlines per
    row, exact horizontal span overlap."""
    cover = [[0.0] * size for _ in range(size)]
    weight = 1 / _SUBSAMPLES
    for polygons, evenodd in groups:
        edges = [(x0, y0, x1, y1, 1 if y1 > y0 else -1) for poly in polygons
                 for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1], strict=True) if y0 != y1]
        for row in range(size * _SUBSAMPLES):
            y = (row + 0.5) / _SUBSAMPLES
            crossings = sorted((x0 + (y - y0) * (x1 - x0) / (y1 - y0), d) for x0, y0, x1, y1, d in edges
                               if min(y0, y1) <= y < max(y0, y1))
            line = cover[row // _SUBSAMPLES]
            winding = 0
            for (xa, da), (xb, _db) in zip(crossings, crossings[1:], strict=False):
                winding += 1 if evenodd else da
                if winding % 2 if evenodd else winding:
                    _span(line, max(0.0, xa), min(float(size), xb), weight)
    return [[min(1.0, v) for v in row] for row in cover]


def _span(line: list[float], a: float, b: float, weight: float) -> None:
    if b <= a:
        return
    first, last = int(a), min(int(b), len(line) - 1)
    if first == last:
        line[first] += (b - a) * weight
        return
    line[first] += (first + 1 - a) * weight
    for px in range(first + 1, last):
        line[px] += weight
    if last < len(line):
        line[last] += (b - last) * weight
