"""The icon rasteriser: shapes, path commands, fill rules, strokes and transforms → pixel coverage."""

import pytest

from bridge.svgraster import SvgError, rasterize

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>'


def cover(body: str, size: int = 10) -> list[list[float]]:
    return rasterize(SVG.format(body), size)


def at(grid, x, y) -> float:
    return round(grid[y][x], 2)


@pytest.mark.parametrize(("body", "inside", "outside"), [
    ('<rect width="10" height="10"/>', [(0, 0), (9, 9)], []),
    ('<rect x="2" y="2" width="6" height="6" rx="3"/>', [(5, 5)], [(2, 2), (0, 5)]),
    ('<circle cx="5" cy="5" r="4"/>', [(5, 5), (2, 5)], [(0, 0), (9, 9)]),
    ('<ellipse cx="5" cy="5" rx="5" ry="2"/>', [(1, 5)], [(5, 1)]),
    ('<path d="M0 0h10v5H0z"/>', [(5, 2)], [(5, 7)]),
    ('<path d="M0,0 L10,0 10,10 z"/>', [(8, 2)], [(2, 8)]),  # implicit line-tos after L
    ('<path d="m0 0 10 0 0 10-10 0z"/>', [(5, 5)], []),  # implicit relative line-tos after m
    ('<path d="M5 0a5 5 0 105 5H5z"/>', [(3, 7)], [(9, 1)]),  # packed arc flags: 3/4 of a disc
    ('<path d="M0 10C0 0 10 0 10 10z"/>', [(5, 6)], [(1, 1)]),
    ('<path d="M0 10Q5 -5 10 10z"/>', [(5, 6)], [(1, 1)]),
    ('<polygon points="0,0 10,0 0,10"/>', [(2, 2)], [(8, 8)]),
    ('<path d="M0 0h10v10H0zM3 3h4v4H3z" fill-rule="evenodd"/>', [(1, 1)], [(5, 5)]),
    ('<path d="M0 0h10v10H0zM3 3h4v4H3z"/>', [(1, 1), (5, 5)], []),  # non-zero: same direction fills
    ('<path fill="none" stroke="currentColor" stroke-width="2" d="M0 5h10"/>', [(5, 5), (5, 4)], [(5, 1)]),
    ('<line x1="5" y1="0" x2="5" y2="10" stroke="#000" stroke-width="2"/>', [(4, 5), (5, 5)], [(1, 5)]),
    ('<rect width="10" height="4" transform="translate(0 6)"/>', [(5, 8)], [(5, 2)]),
    ('<rect x="4" y="0" width="2" height="10" transform="rotate(90 5 5)"/>', [(1, 5)], [(5, 1)]),
    ('<rect width="10" height="10" fill="none"/>', [], [(5, 5)]),
])
def test_coverage(body, inside, outside):
    grid = cover(body)
    for x, y in inside:
        assert at(grid, x, y) > 0.9, (x, y)
    for x, y in outside:
        assert at(grid, x, y) < 0.1, (x, y)


def test_edges_are_anti_aliased():
    grid = cover('<rect width="5.5" height="10"/>')
    assert at(grid, 5, 5) == 0.5 and at(grid, 4, 5) == 1 and at(grid, 6, 5) == 0


def test_fits_the_view_box_inside_the_padding():
    grid = rasterize(SVG.format('<rect width="10" height="10"/>'), 20, padding=5)
    assert at(grid, 4, 10) == 0 and at(grid, 5, 10) == 1 and at(grid, 14, 10) == 1 and at(grid, 15, 10) == 0


@pytest.mark.parametrize("svg", [
    "<svg", SVG.format('<path d="M0 0 L"/>'), SVG.format('<path d="10 10"/>'), SVG.format('<path d="M0 0a1 1 0 2"/>'),
    SVG.format('<rect width="1" height="1" transform="spin(3)"/>'), '<svg viewBox="0 0 0 0"></svg>',
])
def test_bad_svg_is_an_svg_error(svg):
    with pytest.raises(SvgError):
        rasterize(svg, 10)
