"""Level colours readable by everyone: WCAG contrast of the badges and the chart colours."""
from __future__ import annotations

import re
from pathlib import Path

from portal.web.reports.charts import COLOURS

CSS = Path(__file__).resolve().parents[2] / "portal" / "static" / "css" / "portal.css"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_badge_text_is_readable_on_every_level_colour():
    css = CSS.read_text(encoding="utf-8")
    badges = dict(re.findall(r"\.badge-level-(\d) \{ background: (#[0-9a-f]{6}); \}", css))
    assert sorted(badges) == ["1", "2", "3", "4"]
    for level, colour in badges.items():
        assert contrast(colour, "#ffffff") >= 4.5, (level, colour)   # white bold text, AA


def test_chart_levels_stand_out_from_the_page_and_are_separated_from_each_other():
    # Each area/bar is at least 3:1 against white (WCAG 1.4.11), and neighbouring levels are
    # drawn with a white edge between them, so each level is told from the next by that edge.
    for level, colour in COLOURS.items():
        assert contrast(colour, "#ffffff") >= 3, (level, colour)
    assert len(set(COLOURS.values())) == 4
