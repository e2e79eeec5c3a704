"""Charts drawn on the server as inline SVG: nothing to download, nothing to run, and every label escaped.

Colours come from CSS classes (the CSP forbids inline styles); geometry from SVG attributes."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 1100, 260  # viewBox units ~ CSS pixels at the usual width, so text keeps its size
HALF_WIDTH = 540
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 44, 16, 14, 28


def _nice_max(value: float) -> float:
    """The axis top: 1, 2 or 5 times a power of ten, just above the data."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _svg(width: int, height: int, title: str, body: str) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'preserveAspectRatio="xMidYMid meet"><title>{escape(title)}</title>{body}</svg>'
    )


def _intervals(top: float) -> int:
    """Gridline intervals that land on whole numbers: 50 -> 5 (every 10), 20 -> 4, 2 -> 2, 1 -> 1."""
    return next(n for n in (5, 4, 2, 1) if top % n == 0)


def _gridlines(top: float, plot_w: float, plot_h: float) -> list[str]:
    parts = []
    count = _intervals(top)
    for i in range(count + 1):
        y = PAD_TOP + plot_h * i / count
        value = top * (count - i) / count
        parts.append(f'<line class="grid" x1="{PAD_LEFT}" x2="{PAD_LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{PAD_LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>')
    return parts


def area_chart(points: Sequence[tuple[str, float]], *, title: str, x_labels: Sequence[tuple[int, str]]) -> Markup:
    """A line with a filled area under it; x_labels are (index, text) ticks along the bottom."""
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    top = _nice_max(max((v for _, v in points), default=0))
    step = plot_w / max(len(points) - 1, 1)
    coords = [(PAD_LEFT + i * step, PAD_TOP + plot_h * (1 - v / top)) for i, (_, v) in enumerate(points)]
    parts = _gridlines(top, plot_w, plot_h)
    if coords:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        base = PAD_TOP + plot_h
        parts.append(f'<polygon class="area" points="{coords[0][0]:.1f},{base} {line} {coords[-1][0]:.1f},{base}"/>')
        parts.append(f'<polyline class="line" points="{line}"/>')
        last_x, last_y = coords[-1]
        parts.append(f'<circle class="dot" cx="{last_x:.1f}" cy="{last_y:.1f}" r="4"/>')
    for index, text in x_labels:
        x = PAD_LEFT + index * step
        parts.append(f'<text class="axis" x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle">{escape(text)}</text>')
    return _svg(WIDTH, HEIGHT, title, "".join(parts))


def column_chart(items: Sequence[tuple[str, float]], *, title: str) -> Markup:
    """Vertical bars with their value on top, e.g. a histogram of waiting times."""
    width, height = HALF_WIDTH, HEIGHT
    plot_w, plot_h = width - PAD_LEFT - PAD_RIGHT, height - PAD_TOP - PAD_BOTTOM
    top = _nice_max(max((v for _, v in items), default=0))
    slot = plot_w / max(len(items), 1)
    parts = _gridlines(top, plot_w, plot_h)
    for i, (name, value) in enumerate(items):
        bar_h = plot_h * value / top
        x, y = PAD_LEFT + i * slot + slot * 0.2, PAD_TOP + plot_h - bar_h
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.6:.1f}" height="{bar_h:.1f}" '
                     f'rx="3"><title>{escape(name)}: {value:g}</title></rect>')
        parts.append(f'<text class="axis" x="{x + slot * 0.3:.1f}" y="{height - 8}" '
                     f'text-anchor="middle">{escape(name)}</text>')
        if value:
            parts.append(f'<text class="value" x="{x + slot * 0.3:.1f}" y="{y - 5:.1f}" '
                         f'text-anchor="middle">{value:g}</text>')
    return _svg(width, height, title, "".join(parts))


def stacked_bars(rows: Sequence[tuple[str, Sequence[float]]], *, title: str, series: Sequence[str]) -> Markup:
    """Horizontal bars, one per row, each split into series (classes s0, s1, ...), with a legend."""
    label_w, row_h, width = 110, 32, HALF_WIDTH
    height = PAD_TOP + row_h * max(len(rows), 1) + 30
    plot_w = width - label_w - PAD_RIGHT - 30
    top = max((sum(values) for _, values in rows), default=0) or 1
    parts = []
    for i, (name, values) in enumerate(rows):
        y, x = PAD_TOP + i * row_h, float(label_w)
        parts.append(f'<text class="label" x="{label_w - 10}" y="{y + 15}" text-anchor="end">{escape(name)}</text>')
        for j, value in enumerate(values):
            w = plot_w * value / top
            if w > 0:
                parts.append(f'<rect class="s{j}" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="18" rx="2">'
                             f'<title>{escape(name)}, {escape(series[j])}: {value:g}</title></rect>')
            x += w
        parts.append(f'<text class="value" x="{x + 6:.1f}" y="{y + 16}">{sum(values):g}</text>')
    legend_y, legend_x = height - 12, float(label_w)
    for j, name in enumerate(series):
        parts.append(f'<rect class="s{j}" x="{legend_x:.1f}" y="{legend_y - 9}" width="10" height="10" rx="2"/>')
        parts.append(f'<text class="axis" x="{legend_x + 14:.1f}" y="{legend_y}">{escape(name)}</text>')
        legend_x += 14 + 7 * len(name) + 20
    return _svg(width, height, title, "".join(parts))
