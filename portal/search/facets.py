"""Facet counts and filters over a set of matching documents.

Per searcher, the facet values of every document are read once from the
index columns; counting is then a loop over the matching document numbers.
Each facet is counted with the filters of the OTHER facets applied, so a
citizen who picked one agency still sees how many results the others have.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain

from flask import has_request_context
from flask_babel import gettext
from sqlalchemy import select

from ..catalogue.models import Agency, Applicant, Field, Tier
from ..extensions import db
from .base import FACETS, FacetValue
from .segments import leaves

MULTI = {"agency", "tier", "applicant"}


def _(msgid: str, **kw) -> str:
    # The locale is chosen per request; commands and benchmarks get the msgid (Vietnamese).
    return gettext(msgid, **kw) if has_request_context() else (msgid % kw if kw else msgid)
MAX_VALUES = 30


def _segment_values(reader, name: str) -> list[tuple[str, ...]]:
    """One segment's values of a facet, by segment-local document number."""
    if not reader.has_column(name):     # e.g. a segment holding only the checkpoint
        return [()] * reader.doc_count_all()
    return [tuple(v for v in (raw or "").split(",") if v)
            if name in MULTI else ((raw,) if raw else ())
            for raw in reader.column_reader(name)]


def facet_arrays(searcher) -> dict[str, list[tuple[str, ...]]]:
    """docnum -> values, per facet (per segment cached for good, joined per searcher)."""
    cached = getattr(searcher, "_portal_facets", None)
    if cached is None:
        cached = {name: [] for name in FACETS}
        for reader, _offset, cache in leaves(searcher):
            for name in FACETS:
                values = cache.get(("facet", name))
                if values is None:
                    values = cache[("facet", name)] = _segment_values(reader, name)
                cached[name].extend(values)
        searcher._portal_facets = cached
    return cached


def apply_filters(searcher, docs, filters: dict[str, tuple[str, ...]]
                  ) -> tuple[set[int], dict[str, Counter]]:
    """(documents passing every filter, per-facet counts with the other filters applied)."""
    arrays = facet_arrays(searcher)
    wanted = {name: set(values) for name, values in filters.items()
              if name in FACETS and values}
    if not wanted:
        # the common case, and a broad query matches much of a national catalogue:
        # one C-level pass per facet (documents in the same order, so the same
        # first-seen order breaks ties in ``most_common``)
        return set(docs), {name: Counter(chain.from_iterable(map(arrays[name].__getitem__,
                                                                   docs)))
                           for name in FACETS}
    counts = {name: Counter() for name in FACETS}
    passing: set[int] = set()
    for doc in docs:
        failed = [name for name, values in wanted.items()
                  if not values.intersection(arrays[name][doc])]
        if not failed:
            passing.add(doc)
        if len(failed) > 1:
            continue
        for name in FACETS:
            if not failed or failed[0] == name:
                counts[name].update(arrays[name][doc])
    return passing, counts


def _names(name: str, values: list[str], cache: dict | None) -> dict[str, str]:
    """Agency or field names by id; ``cache`` (one per searcher) spares the query.

    A renamed agency or field re-indexes its procedures (see changelog), which
    gives a new searcher, so names cached with the old one are never shown after.
    """
    cache = {} if cache is None else cache.setdefault(name, {})
    missing = [int(v) for v in values if v.isdecimal() and v not in cache]
    if missing:
        model = Agency if name == "agency" else Field
        cache.update(dict.fromkeys(map(str, missing)))     # an id with no row: asked once
        cache.update({str(i): label for i, label in db.session.execute(
            select(model.id, model.name).where(model.id.in_(missing)))})
    return {v: cache[v] for v in values if cache.get(v) is not None}


def _labels(name: str, values: list[str], cache: dict | None = None) -> dict[str, str]:
    if name in ("agency", "field"):
        return _names(name, values, cache)
    if name == "level":
        return {"1": _("Mức độ 1"), "2": _("Mức độ 2"), "3": _("Mức độ 3"),
                "4": _("Mức độ 4")}
    if name == "tier":
        names = {Tier.CENTRAL: _("Cấp bộ"), Tier.PROVINCE: _("Cấp tỉnh"),
                 Tier.DISTRICT: _("Cấp huyện"), Tier.COMMUNE: _("Cấp xã"),
                 Tier.OTHER: _("Cơ quan khác")}
    else:
        names = {Applicant.CITIZEN: _("Công dân Việt Nam"),
                 Applicant.FOREIGNER: _("Người nước ngoài"),
                 Applicant.BUSINESS: _("Doanh nghiệp"), Applicant.ORGANISATION: _("Tổ chức"),
                 Applicant.OTHER: _("Đối tượng khác")}
    return {member.value: label for member, label in names.items()}


def facet_values(counts: dict[str, Counter], searcher=None) -> dict[str, list[FacetValue]]:
    """Counts turned into labelled values, most frequent first (names cached on ``searcher``)."""
    cache = None
    if searcher is not None:
        cache = getattr(searcher, "_portal_labels", None)
        if cache is None:
            cache = searcher._portal_labels = {}
    out: dict[str, list[FacetValue]] = {}
    for name in FACETS:
        top = counts[name].most_common(MAX_VALUES)
        labels = _labels(name, [v for v, _ in top], cache) if top else {}
        out[name] = [FacetValue(v, labels.get(v, v), n) for v, n in top]
    return out
