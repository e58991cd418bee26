"""Server-rendered SVG charts (matplotlib, object API only: no pyplot state).

Text stays text in the SVG (``svg.fonttype = none``) so it can be read,
searched and translated; every chart has the same numbers in a table beside
it on the page. Agency and field names are data: matplotlib escapes them in
the SVG, and mathtext parsing is off so a ``$`` in a name is just a ``$``.

Drawing is the slowest part of a statistics page (0.05–0.1 s a chart with
fixed margins, against tens of milliseconds for the figures), and a chart is a pure function
of its numbers, title and language: each process keeps the last few charts it
drew and draws again only when those change (after a level change, say).
"""
from __future__ import annotations

import hashlib
import io
import re
import threading
from collections import OrderedDict
from typing import Callable

import matplotlib
from flask_babel import format_decimal, get_locale, gettext as _
from markupsafe import Markup
from matplotlib.figure import Figure

from matplotlib.ticker import FuncFormatter, MaxNLocator

from ...levels.stats import LEVELS, LevelMix, SeriesPoint
from ..formatting import percent

# The level badges' colours: each has at least 3:1 contrast against white (WCAG 1.4.11), and
# neighbouring areas and bars are separated by a white edge, so every level stands out from the
# ones beside it (a pale sequential palette left level 4 a sliver and level 1 near the background).
COLOURS = {1: "#505a5f", 2: "#1d70b8", 3: "#00703c", 4: "#4c2c92"}
EDGE = {"edgecolor": "#ffffff", "linewidth": 0.8}
_SETTINGS = {"svg.fonttype": "none", "svg.hashsalt": "portal", "text.parse_math": False,
             "font.family": "sans-serif", "font.size": 9}


def _configure() -> None:
    # Constant values only, so setting them from several threads is harmless;
    # the Agg backend is chosen so no GUI toolkit is ever touched.
    matplotlib.use("Agg", force=False)
    for key, value in _SETTINGS.items():
        if matplotlib.rcParams[key] != value:
            matplotlib.rcParams[key] = value


CACHE_SIZE = 64
_cache: OrderedDict[tuple, Markup] = OrderedDict()
_cache_lock = threading.Lock()


def _cached(key: tuple, draw: Callable[[], Markup]) -> Markup:
    """``draw()``, or the chart drawn last time for the same key and language."""
    key = (*key, str(get_locale()))
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    svg = draw()   # outside the lock: two threads may draw the same chart once each
    with _cache_lock:
        _cache[key] = svg
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return svg


def _mix_key(mix: LevelMix) -> tuple:
    return tuple(mix.counts[lv] for lv in LEVELS)


NAME_CHARS = 40        # longer names are cut in charts (the table beside has them whole)


def _frame(fig: Figure, left: float, bottom: float = 0.5, top: float = 0.35,
           right: float = 0.2) -> None:
    """Margins in inches. Set here rather than measured by ``bbox_inches="tight"``,
    which draws every chart twice to measure it: that second drawing was half of
    a statistics page's time."""
    width, height = fig.get_size_inches()
    fig.subplots_adjust(left=left / width, right=1 - right / width,
                        bottom=bottom / height, top=1 - top / height)


def _name_margin(names: list[str]) -> float:
    """Inches for the longest name at 9 pt (about 0.066 in a character, DejaVu Sans)."""
    return min(3.0, 0.3 + 0.066 * max((len(n) for n in names), default=0))


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1].rstrip() + "…"


def _svg(fig: Figure, title: str) -> Markup:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Title": title, "Date": None})
    text = buf.getvalue()
    # Inline in HTML: drop the XML prolog and doctype; the SVG itself is
    # produced by matplotlib, which escapes every label it draws.
    svg = _own_ids(_without_inline_css(text[text.index("<svg"):]))
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{_esc(title)}" ', 1))


_ID = re.compile(r'\bid="([^"]+)"')


def _own_ids(svg: str) -> str:
    """Prefix every id (and every reference to one) with a tag of this chart: matplotlib
    numbers them alike in each figure ("figure_1", "axes_1"), and a page with two charts
    had every id twice, so a reference could resolve into the other chart."""
    prefix = "c" + hashlib.sha1(svg.encode("utf-8")).hexdigest()[:8] + "-"
    ids = set(_ID.findall(svg))
    if not ids:
        return svg
    refs = re.compile(r'(\bid="|#)(' + "|".join(map(re.escape, sorted(ids, key=len, reverse=True)))
                      + r')(?=[")])')
    return refs.sub(lambda m: m.group(1) + prefix + m.group(2), svg)


_STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')
_STYLE_ELEMENT = re.compile(r'<style[^>]*>\s*\*\s*\{([^}]*)\}\s*</style>')


def _attributes(declarations: str) -> str:
    """``fill: #fff; stroke: none`` as `` fill="#fff" stroke="none"``."""
    pairs = (d.split(":", 1) for d in declarations.split(";") if ":" in d)
    return "".join(f' {name.strip()}="{value.strip()}"' for name, value in pairs)


def _without_inline_css(svg: str) -> str:
    """matplotlib's CSS as SVG presentation attributes.

    The Content-Security-Policy (``style-src 'self'``) makes browsers ignore
    style attributes and <style> elements in the page, which turned every chart
    into a black box; presentation attributes are markup, not CSS, so they apply.
    matplotlib writes longhand properties only, each also a presentation attribute.
    """
    inherited = ""
    match = _STYLE_ELEMENT.search(svg)
    if match:   # "* { … }": inherited properties, so the root element can carry them
        inherited = _attributes(match.group(1))
        svg = svg[:match.start()] + svg[match.end():]
    svg = _STYLE_ATTR.sub(lambda m: _attributes(m.group(1)), svg)
    return svg.replace("<svg ", f"<svg{inherited} ", 1)


def _esc(text: str) -> str:
    return str(Markup.escape(text))


# Axis numbers in the page's language (``1.500`` / ``1,500``), read at drawing time.
_NUMBER_TICKS = FuncFormatter(lambda value, _pos: format_decimal(value))


def level_label(level: int) -> str:
    return _("Mức %(n)s", n=level)


def mix_chart(points: list[SeriesPoint], title: str) -> Markup | None:
    """Stacked areas: procedures at each level at every period end."""
    if not points:
        return None
    key = ("mix", title, tuple((p.period_end, _mix_key(p.mix)) for p in points))
    return _cached(key, lambda: _draw_mix(points, title))


def _draw_mix(points: list[SeriesPoint], title: str) -> Markup:
    _configure()
    fig = Figure(figsize=(7.5, 3.2))
    ax = fig.add_subplot()
    xs = [p.period_end for p in points]
    ax.stackplot(xs, *[[p.mix.counts[lv] for p in points] for lv in LEVELS],
                 labels=[level_label(lv) for lv in LEVELS],
                 colors=[COLOURS[lv] for lv in LEVELS], step="post" if len(xs) < 3 else None,
                 **EDGE)
    ax.yaxis.set_major_formatter(_NUMBER_TICKS)
    ax.set_title(title)
    ax.set_ylabel(_("Số thủ tục"))
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.margins(x=0)
    fig.autofmt_xdate()
    _frame(fig, left=0.85, bottom=0.75)
    return _svg(fig, title)


def mix_bars(mix: LevelMix, title: str) -> Markup | None:
    """One bar per level for today's mix: what a series of one or two points draws as an
    empty line on a stretched date axis."""
    if not mix.total:
        return None
    return _cached(("bars", title, _mix_key(mix)), lambda: _draw_bars(mix, title))


def _draw_bars(mix: LevelMix, title: str) -> Markup:
    _configure()
    fig = Figure(figsize=(7.5, 3.0))
    ax = fig.add_subplot()
    counts = [mix.counts[lv] for lv in LEVELS]
    ax.bar(range(len(LEVELS)), counts, color=[COLOURS[lv] for lv in LEVELS], **EDGE)
    ax.set_xticks(range(len(LEVELS)), [level_label(lv) for lv in LEVELS])
    ax.set_ylim(0, max(counts) * 1.15)
    for x, n in enumerate(counts):
        ax.text(x, n, format_decimal(n), ha="center", va="bottom", fontsize=8)
    ax.yaxis.set_major_formatter(_NUMBER_TICKS)
    ax.set_ylabel(_("Số thủ tục"))
    ax.set_title(title)
    _frame(fig, left=0.85)
    return _svg(fig, title)


RANKED_BARS = 15      # more bars no longer read as a ranking; the table beneath has them all
RANKED_NAME_CHARS = 38   # a name on its own line above its bar, at the phone's width


def ranking_chart(groups: list[LevelMix], title: str, limit: int = RANKED_BARS) -> Markup | None:
    """The first groups of the ranking (already ordered by share at levels 3–4, then
    size), each a bar of its procedures by level with its rank, name, count and share.

    Counts, not shares, make the bars: with the national catalogue every agency
    is at 100 %, and equal bars said nothing; the share is written beside each."""
    shown = [(rank, g) for rank, g in enumerate(groups, 1) if g.total][:limit]
    if not shown:
        return None
    key = ("ranking", title, len(groups),
           tuple((rank, str(g.label or g.key), _mix_key(g)) for rank, g in shown))
    return _cached(key, lambda: _draw_ranking(shown, len(groups), title))


def _ranked_name(rank: int, group: LevelMix) -> str:
    name = str(group.label or group.key)
    if len(name) > RANKED_NAME_CHARS:
        name = name[:RANKED_NAME_CHARS - 1].rstrip() + "…"
    return f"{rank}. {name}"


def _draw_ranking(shown: list[tuple[int, LevelMix]], total_groups: int, title: str) -> Markup:
    """Narrow (4.2 in) so that, scaled down to a 390 px phone, the text stays legible;
    each name stands on its own line above its bar instead of eating a left margin."""
    _configure()
    fig = Figure(figsize=(4.2, 1.6 + 0.6 * len(shown)))
    ax = fig.add_subplot()
    ys = range(len(shown))
    left = [0] * len(shown)
    for lv in LEVELS:
        counts = [g.counts[lv] for _, g in shown]
        ax.barh(ys, counts, left=left, height=0.42, color=COLOURS[lv], label=level_label(lv),
                **EDGE)
        left = [a + b for a, b in zip(left, counts)]
    widest = max(left)
    for y, (rank, g) in zip(ys, shown):
        ax.text(0, y - 0.28, _ranked_name(rank, g), va="bottom", ha="left", fontsize=11)
        ax.text(g.total + widest * 0.02, y, _("%(n)s · %(p)s mức 3–4", n=format_decimal(
            g.total), p=percent(g.share(3, 4))), va="center", ha="left", fontsize=10)
    ax.set_yticks([])
    ax.set_ylim(len(shown) - 0.6, -0.85)
    ax.set_xlim(0, widest * 1.75)   # room for the count beside the longest bar
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # whole procedures
    ax.xaxis.set_major_formatter(_NUMBER_TICKS)
    ax.set_xlabel(_("Số thủ tục theo mức độ"), fontsize=10)
    ax.tick_params(labelsize=10)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    if total_groups > len(shown):
        title = _("%(title)s: %(n)s đầu tiên trong %(total)s", title=title,
                  n=len(shown), total=total_groups)
    ax.set_title(title, loc="left", wrap=True, pad=30, fontsize=11)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=4, fontsize=10,
              frameon=False, borderaxespad=0.2, handlelength=1.2)
    _frame(fig, left=0.15, bottom=0.55, top=1.0, right=0.15)
    return _svg(fig, title)


def targets_chart(rows: list, title: str) -> Markup | None:
    """Bars of each target's current value with the target value marked."""
    if not rows:
        return None
    key = ("targets", title, tuple((r.name, r.progress.current, float(r.progress.target.value))
                                   for r in rows))
    return _cached(key, lambda: _draw_targets(rows, title))


def _draw_targets(rows: list, title: str) -> Markup:
    _configure()
    fig = Figure(figsize=(7.5, 1.0 + 0.4 * len(rows)))
    ax = fig.add_subplot()
    names = [_short(r.name) for r in rows][::-1]
    ys = range(len(names))
    ax.barh(ys, [r.progress.current for r in rows][::-1], color=COLOURS[4],
            label=_("Hiện tại"))
    ax.scatter([float(r.progress.target.value) for r in rows][::-1], ys, marker="|", s=300,
               color="#d0342c", label=_("Mục tiêu"), zorder=3)
    ax.set_yticks(ys, names)
    ax.set_ylim(-0.6, len(names) - 0.4)
    ax.set_xlim(0, 105)
    ax.xaxis.set_major_formatter(_NUMBER_TICKS)
    ax.set_xlabel("%")
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    _frame(fig, left=_name_margin(names))
    return _svg(fig, title)
