"""Languages: choosing the locale, compiling the catalogues, extracting messages.

The language is the user's explicit choice (``?lang=`` for one page, or the
cookie set by the language switcher), else the browser's Accept-Language, else
Vietnamese. Message ids are Vietnamese; ``translations/en`` translates them.
"""
from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import tempfile
from pathlib import Path

from flask import current_app, has_request_context, request, session

def package_folder(name: str, beside: str) -> Path:
    """Where the top-level folder ``beside`` (``migrations``, ``translations``) lives: inside
    the installed package as ``portal.<beside>`` (setup.py maps it there, for a wheel and
    for an editable install alike), else beside the package in a source tree."""
    spec = importlib.util.find_spec(name)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(__file__).resolve().parents[1] / beside


ROOT = Path(__file__).resolve().parents[1]   # the source tree (message extraction only)
TRANSLATIONS = package_folder("portal.translations", "translations")
BABEL_CFG = ROOT / "babel.cfg"
POT = TRANSLATIONS / "messages.pot"

log = logging.getLogger(__name__)


def select_locale() -> str:
    """The locale for this request (see the module docstring)."""
    if not has_request_context():  # CLI commands and services run outside a request
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    locales = current_app.config["PORTAL_LOCALES"]
    for chosen in (request.args.get("lang"), request.cookies.get("lang"), session.get("lang")):
        if chosen in locales:
            return chosen
    # By quality, on the primary subtag: "vi-VN, en;q=0.5" is Vietnamese (werkzeug's
    # best_match would take the exact "en" first).
    for value, _quality in request.accept_languages:
        primary = value.split("-")[0].split("_")[0].lower()
        if primary in locales:
            return primary
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def catalogues(directory: Path = TRANSLATIONS) -> list[Path]:
    """Every ``messages.po`` under ``directory``."""
    return sorted(directory.glob("*/LC_MESSAGES/messages.po"))


def compiled_folder(instance_path: str) -> Path:
    """Where the compiled ``.mo`` files live: the instance folder, never the source tree
    or the installed package (which may be read-only)."""
    return Path(instance_path) / "translations"


def compile_catalogues(directory: Path = TRANSLATIONS, force: bool = False,
                       target: Path | None = None) -> list[Path]:
    """Compile each ``.po`` under ``directory`` whose ``.mo`` under ``target`` (default:
    beside it) is missing or older; return the files written."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in catalogues(directory):
        mo = po.with_suffix(".mo") if target is None else \
            target / po.relative_to(directory).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=po.parent.parent.name)
        # Write beside, then rename: another process starting at the same time never
        # reads a half-written file.
        fd, tmp = tempfile.mkstemp(dir=mo.parent, suffix=".mo.tmp")
        with os.fdopen(fd, "wb") as out:
            write_mo(out, catalog, use_fuzzy=False)
        os.replace(tmp, mo)
        written.append(mo)
    return written


def ensure_compiled(instance_path: str) -> Path:
    """Compile stale catalogues into the instance folder at start-up; return that folder.
    A read-only instance folder keeps what it has."""
    target = compiled_folder(instance_path)
    try:
        compile_catalogues(target=target)
    except OSError as exc:
        log.warning("could not compile the message catalogues: %s", exc)
    return target


def update_catalogues() -> None:
    """Extract every marked string into messages.pot and merge it into each catalogue."""
    from babel.messages.frontend import CommandLineInterface

    cli = CommandLineInterface()
    # From the project root, so that source locations in the catalogues are relative paths.
    with contextlib.chdir(ROOT):
        cli.run(["pybabel", "-q", "extract", "-F", "babel.cfg", "-o", str(POT), "--sort-by-file",
                 "--no-wrap", "-k", "_l", "--project", "portal", "."])
    cli.run(["pybabel", "-q", "update", "-i", str(POT), "-d", str(TRANSLATIONS),
             "--no-fuzzy-matching", "--ignore-obsolete", "--no-wrap"])
