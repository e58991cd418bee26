"""Translations are complete, template text is marked, Babel formats for the locale."""
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po
from flask_babel import force_locale
from jinja2 import Environment

from portal.i18n import BABEL_CFG, ROOT, TRANSLATIONS, compile_catalogues
from portal.web.formatting import long_date, money, number

TEMPLATES = ROOT / "portal" / "templates"
# Names that read the same in every language (formats, standards, language endonyms).
NOT_TRANSLATED = {"CSV", "XLSX", "JSON Lines", "JSON-LD", "OpenAPI (JSON)"}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """A fresh extraction of every marked string in the code and templates."""
    pot = tmp_path_factory.mktemp("i18n") / "messages.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", str(BABEL_CFG), "-o", str(pot),
                                "-k", "_l", str(ROOT)])
    return pot


def _load(path: Path):
    with path.open("rb") as fh:
        return read_po(fh)


def test_english_translates_every_message(extracted):
    english = _load(TRANSLATIONS / "en" / "LC_MESSAGES" / "messages.po")
    missing, fuzzy = [], []
    for msg in _load(extracted):
        if not msg.id:
            continue
        entry = english.get(msg.id)
        strings = [] if entry is None else (
            list(entry.string) if isinstance(entry.string, tuple) else [entry.string])
        if entry is None or not all(strings):
            missing.append(msg.id)
        elif entry.fuzzy:
            fuzzy.append(msg.id)
    assert not missing, ("English lacks translations; run `flask --app portal i18n update` and "
                         f"translate: {missing}")
    assert not fuzzy, f"fuzzy English entries: {fuzzy}"


def test_vietnamese_catalogue_has_every_message(extracted):
    vietnamese = _load(TRANSLATIONS / "vi" / "LC_MESSAGES" / "messages.po")
    absent = [m.id for m in _load(extracted) if m.id and vietnamese.get(m.id) is None]
    assert not absent, f"run `flask --app portal i18n update`: {absent}"


class _TextFinder(HTMLParser):
    """Collects text nodes and user-facing attributes of template HTML."""
    ATTRS = {"alt", "title", "placeholder", "aria-label"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "code"):
            self.skip += 1
        self.texts.extend(v for k, v in attrs if k in self.ATTRS and v)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "code"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.texts.append(data)


def _unmarked(source: str) -> list[str]:
    """Text with letters written straight into a template (outside {{ }} and {% trans %})."""
    env = Environment(extensions=["jinja2.ext.i18n"])
    html, in_trans, last_name = [], False, None
    for _, kind, value in env.lex(source):
        if kind == "name" and last_name is None:
            last_name = value
            in_trans = value == "trans" or (in_trans and value != "endtrans")
        if kind in ("block_begin", "variable_begin"):
            last_name = None
        if kind == "data" and not in_trans:
            html.append(value)
        elif kind in ("variable_end", "block_end"):
            html.append("\x00")  # an expression stands here
    finder = _TextFinder()
    finder.feed("".join(html))
    out = []
    for text in finder.texts:
        for piece in text.split("\x00"):
            piece = piece.strip()
            if re.search(r"[^\W\d_]", piece) and piece not in NOT_TRANSLATED:
                out.append(piece)
    return out


def test_template_text_is_marked_for_translation():
    found = {str(p.relative_to(TEMPLATES)): _unmarked(p.read_text("utf-8"))
             for p in sorted(TEMPLATES.rglob("*.html"))}
    assert not {k: v for k, v in found.items() if v}


def test_the_unmarked_text_check_can_fail():
    assert _unmarked("<p>Xin chào {{ name }}</p>") == ["Xin chào"]
    assert _unmarked('<a aria-label="Đóng">{{ _("x") }}</a>') == ["Đóng"]
    assert _unmarked("<p>{{ _('Xin chào') }} {% trans %}Chào{% endtrans %} 12 –</p>") == []


@pytest.mark.parametrize("lang,amount,day,n", [
    ("vi", "1.234.000\xa0₫", "25 tháng 11, 2026", "1.234,5"),
    ("en", "₫1,234,000", "25 November 2026", "1,234.5"),
])
def test_babel_formats_for_the_locale(app_ctx, lang, amount, day, n):
    with app_ctx.test_request_context("/"), force_locale(lang):
        assert money(1234000) == amount
        assert long_date(dt.date(2026, 11, 25)) == day
        assert number(1234.5) == n


def test_catalogues_compile_when_stale(tmp_path):
    src = TRANSLATIONS / "en" / "LC_MESSAGES" / "messages.po"
    target = tmp_path / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    (target / "messages.po").write_bytes(src.read_bytes())
    assert compile_catalogues(tmp_path) == [target / "messages.mo"]
    assert compile_catalogues(tmp_path) == []  # fresh: nothing to do


def test_i18n_cli_compiles(runner):
    result = runner.invoke(args=["i18n", "compile"])
    assert result.exit_code == 0 and "Compiled 2 catalogue(s)." in result.output


def test_static_files_are_fingerprinted_and_cached_long(client):
    html = client.get("/").get_data(as_text=True)
    url = re.search(r'href="(/static/css/portal\.css\?v=[0-9a-f]{12})"', html).group(1)
    resp = client.get(url)
    assert resp.status_code == 200 and "max-age=31536000" in resp.headers["Cache-Control"]
    resp.close()
    stale = client.get("/static/css/portal.css?v=000000000000")
    assert "max-age=300" in stale.headers["Cache-Control"]
    stale.close()
