"""What a reader sees on a page, measured in the browser: split words, sideways scrolling, numbers.

A word is "split inside" when the characters of one word land on more than one line. A code or a
URL may break only after its dots, slashes and hyphens, so those pieces count as words of their own.
"""
from __future__ import annotations

import re

# Runs in the page; returns the problems it found as strings.
_CHECK_JS = r"""
() => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth)
    problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
  const seen = new Set();
  for (const el of document.querySelectorAll("[id]")) {
    if (seen.has(el.id)) problems.push(`id used twice: "${el.id}"`);
    seen.add(el.id);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  // Pieces: runs of non-space ending at a break opportunity we allow (after . / - or ?&=).
  const piece = /[^\s.\/\-?&=_–—]*[.\/\-?&=_–—]?/gu;
  // Visually hidden text (a stacked table's header row, clipped to 1 px) is for screen readers.
  const clipped = (el) => {
    for (let e = el; e; e = e.parentElement)
      if (getComputedStyle(e).overflow === "hidden" && e.getBoundingClientRect().width <= 1)
        return true;
    return false;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, svg, [hidden]") || clipped(parent)) continue;
    const style = getComputedStyle(parent);
    if (style.display === "none" || style.visibility === "hidden") continue;
    const text = node.data;
    for (const m of text.matchAll(piece)) {
      const word = m[0];
      if (word.length < 2 || !/\p{L}|\p{N}/u.test(word)) continue;
      range.setStart(node, m.index);
      range.setEnd(node, m.index + word.length);
      const rects = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0);
      if (rects.length < 2) continue;
      const tops = new Set(rects.map(r => Math.round(r.top)));
      // A line box's rects share a top; a second top means a line break inside the piece.
      const sorted = [...tops].sort((a, b) => a - b);
      if (sorted[sorted.length - 1] - sorted[0] > rects[0].height / 2)
        problems.push(`word split across lines: "${word}" in <${parent.tagName.toLowerCase()}>`);
    }
  }
  return problems;
}
"""

# Numbers in the other language's format (thousands and decimal separators, percent sign).
_NUMBER_CELLS_JS = r"""
() => [...document.querySelectorAll(".num, [data-number]")].map(e => e.textContent.trim())
       .filter(t => t.length)
"""
_VI_NUMBER = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?(\u00a0%)?$")
_EN_NUMBER = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?%?$")
_EN_PERCENT_IN_VI = re.compile(r"\d\.\d+\s?%|\d%")
_VI_PERCENT_IN_EN = re.compile(r"\d,\d+\s?%|\d\s%")


def layout_problems(page) -> list[str]:
    """Split words, sideways scrolling and repeated ids on the page as it is rendered now."""
    return page.evaluate(_CHECK_JS)


# The page's own words, without the official record's text (procedure names, which link to
# their page or through a search result, snippets, and text blocks of class "text"): "100%
# vốn điều lệ" in a name is the source's spelling, kept as written, not a number the portal
# formatted.
_OWN_TEXT_JS = """() => {
  const main = document.querySelector('main').cloneNode(true);
  main.querySelectorAll('a[href*="/thu-tuc/"], a[href^="/s/"], .text, .snippet')
    .forEach(e => e.remove());
  return main.innerText;
}"""


def number_problems(page, lang: str) -> list[str]:
    """Numbers in cells marked as numbers, and percentages anywhere, written the other way."""
    pattern = _VI_NUMBER if lang == "vi" else _EN_NUMBER
    wrong_percent = _EN_PERCENT_IN_VI if lang == "vi" else _VI_PERCENT_IN_EN
    problems = [f"number not in {lang} format: {text!r}"
                for text in page.evaluate(_NUMBER_CELLS_JS)
                if re.fullmatch(r"[\d.,\s\u00a0%-]+", text) and not pattern.match(text)]
    body = page.evaluate(_OWN_TEXT_JS)
    problems += [f"percentage not in {lang} format: {m.group(0)!r}"
                 for m in wrong_percent.finditer(body)]
    return problems
