"""The Whoosh implementation of ``SearchBackend``."""
from __future__ import annotations

import logging
import re

from whoosh.query import And, DisjunctionMax, Or, Prefix, Term

from .analysis import Word, normalise, words
from .base import MAX_PER_PAGE, MAX_QUERY_CHARS, SearchHit, SearchQuery, SearchResult
from .docsets import matching, term_docs
from .scoring import RERANK_DEPTH, Scorer, asked_phrases, rerank
from .documents import code_base, name_key
from .facets import apply_filters, facet_values
from .highlight import mark_words, phrases_of, snippet
from .index import IndexBusy, IndexStore, procedure_filter
from .querying import Unit, build, focus, make_units, title_unit
from ..vntext import has_diacritics
from .spelling import display_form, doc_frequency, fix_typos
from .codes import code_in_query, codes_of_number
from .synonyms import EMPTY, SynonymCache
from .follower import Follower
from .sqlbackend import SqlSearchBackend
from .sync import IndexSync

log = logging.getLogger(__name__)

PLANS = ("title", "phrase", "anywhere", "some")
# how well each plan's matches hold the request (see _plan)
# (a long question answered by its phrase is weaker than every word found,
# stronger than some words: a spelling-corrected reading joins it, not replaces it)
PLAN_RANK = {"title": 2, "anywhere": 1, "phrase": 0.5, "some": 0}
MIN_HITS = 1        # no name holds every word: look in the body too
FEW_HITS = 3        # fewer than this for 3+ words: names missing one word join in
MAX_NEAR = 200      # ... unless that is most of the catalogue
MAX_SCORED = 20_000
W_CORRECTED = 0.9   # a spelling-corrected reading ranks just below what was typed


def cap(text: str | None) -> tuple[str, bool]:
    """The query text cut to MAX_QUERY_CHARS (at a space when possible)."""
    text = normalise(text or "").strip()
    if len(text) <= MAX_QUERY_CHARS:
        return text, False
    cut = text[:MAX_QUERY_CHARS]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut), True


def _unknown_word(searcher, ws: list[Word]) -> bool:
    reader = searcher.reader()
    return any(all(reader.doc_frequency(field, w.folded) == 0
                   for field in ("t_fold", "m_fold", "b_fold")) for w in ws)


def _in_some_name(searcher, units: list[Unit]) -> list[Unit]:
    """The units with only the alternatives some name could hold (each word
    pair of the phrase is a pair of some name; a lone word, a word of some
    name), and the one typed. Typed as the official wording, a common phrase
    stands for some 90 everyday ones ("đăng ký thường trú"), most of which no
    name says: building their queries cost more than the rest of the search."""
    reader = searcher.reader()
    out = []
    for unit in units:
        kept = unit.alternatives[:1] + tuple(
            alt for alt in unit.alternatives[1:]
            if (doc_frequency(reader, "t_fold", alt[0]) if len(alt) == 1 else
                all(doc_frequency(reader, "t_bi", f"{a} {b}") for a, b in zip(alt, alt[1:]))))
        out.append(unit if len(kept) == len(unit.alternatives) else
                   Unit(kept, unit.typed, unit.optional))
    return out


def _names_with_pairs(searcher, ws: list[Word], limit: int = 3) -> list[str]:
    """A few names holding the query's adjacent word pairs."""
    names: list[str] = []
    for a, b in zip(ws, ws[1:]):
        docs = term_docs(searcher, "t_bi", f"{a.folded} {b.folded}")
        if docs:
            names.append(searcher.stored_fields(min(docs))["name"])
        if len(names) >= limit:
            break
    return names


class WhooshSearchBackend:
    """Search over the Whoosh index that ``IndexSync`` keeps in step with the database."""

    def __init__(self, index_dir: str, catch_up_seconds: float = 0.0, *, app=None,
                 follow: bool = False, request_slice: int = 200, interval: float = 0.25,
                 build_procs: int = 1):
        self.store = IndexStore(index_dir)
        self.catch_up_seconds = catch_up_seconds
        self.sync = IndexSync(self.store, build_procs=build_procs)
        self.synonyms = SynonymCache()
        # Without a follower (tests, one-off scripts) the caller does all the work, as
        # a single process must; with one, a request does at most ``request_slice``.
        self.follower = Follower(app, self.sync, interval) if follow and app else None
        self.request_slice = request_slice if self.follower else None
        self.fallback = SqlSearchBackend()

    def start_follower(self) -> None:
        """Start this process's follower thread (no-op without one, or when running)."""
        if self.follower is not None:
            self.follower.start()

    # -- SearchBackend -----------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        """Relevance-ordered procedures for ``query``; never raises on odd input."""
        text, truncated = cap(query.text)
        page = max(1, int(query.page or 1))
        per_page = min(max(1, int(query.per_page or 10)), MAX_PER_PAGE)
        if not self._ready():
            return self.fallback.search(query)
        try:
            return self._search(query, text, truncated, page, per_page)
        except Exception:
            log.exception("search failed for %r", text)
            return SearchResult([], 0, page, per_page, {}, truncated=truncated)

    def suggest(self, prefix: str, limit: int = 8) -> list[str]:
        """Names completing ``prefix`` (folded); names that start with it first."""
        text, _ = cap(prefix)
        if len(text) < 2 or not words(text):
            return []
        if not self._ready():
            return self.fallback.suggest(prefix, limit)
        try:
            return self._suggest(text, max(1, min(limit, 20)), (prefix or "").endswith(" "))
        except Exception:
            log.exception("suggest failed for %r", text)
            return []

    # -- search ------------------------------------------------------------
    def _ready(self) -> bool:
        """Catch up within the request's slice; whether the index can answer."""
        try:
            usable = self.sync.ensure_current(patient=False, max_age=self.catch_up_seconds,
                                              limit=self.request_slice)
        except IndexBusy:   # another process is writing, most likely these very changes
            log.info("search index busy: answering from it as it stands")
            usable = self.store.usable()
        except Exception:   # a stale answer beats no answer; the log keeps the changes
            log.exception("search index catch-up failed")
            usable = self.store.usable()
        # after the request's own look: the follower does the rest in the background
        self.start_follower()
        if not usable:
            log.info("no usable search index yet: answering from SQL")
        return usable

    def _search(self, query, text, truncated, page, per_page) -> SearchResult:
        searcher = self.store.searcher()
        code = code_in_query(text)
        typed = [code] if code else codes_of_number(text)
        if typed:
            result = self._by_code(searcher, typed, query, page, per_page)
            if result is not None:
                result.truncated = truncated
                return result
        ws = words(text)
        suggestion = None
        if not ws:
            q, units = procedure_filter(), []
            docs = set(searcher.docs_for_query(q))
        else:
            units = _in_some_name(searcher, make_units(ws, self._synonyms()))
            rank, q, docs = self._plan(searcher, units, name_key(text), widen=not truncated)
            fixed = self._fixed(searcher, ws, units, rank)
            if fixed is not None:
                f_words, f_units, f_q, f_docs, replace = fixed
                # "trú", not "trụ": spell the fixed word as the best name found does
                names = _names_with_pairs(searcher, f_words)
                # unchanged words keep their marks, or their lack of them where the
                # query has marks elsewhere ("qua", not "quả"); no guessed marks
                typed = {id(w) for w in ws}
                marked = has_diacritics(text)
                suggestion = " ".join(
                    w.exact if id(w) in typed and marked else
                    display_form(searcher, w, names, id(w) not in typed) for w in f_words)
                if replace:
                    units, q, docs = f_units, f_q, f_docs
                else:
                    # what was typed still counts; the likely meaning joins it
                    units, docs = units + f_units, set(docs) | set(f_docs)
                    q = DisjunctionMax([q, DisjunctionMax([f_q], boost=W_CORRECTED)])
        result = self._page(searcher, q, docs, units, query, page, per_page, sort=not ws)
        result.suggestion, result.truncated = suggestion, truncated
        return result

    def _synonyms(self):
        try:
            return self.synonyms.current()
        except Exception:
            log.exception("synonyms unavailable")
            return EMPTY

    def _plan(self, searcher, units: list[Unit], key: str, plans=PLANS, widen=True):
        """(rank, query, docs): rank 2 = every word in some name, 1 = somewhere in some
        record, 0 = only some words, -1 = nothing. With few name matches the body
        is searched too (name matches still rank first). ``widen``: a request
        (nearly) nothing holds may take in its phrase's names; not a spelling
        guess, nor a pasted text cut at MAX_QUERY_CHARS."""
        rank = -1
        q, docs = None, set()
        for plan in plans:
            if plan == "phrase":
                # a long request no name holds in full: its strongest phrase
                # in the name, before its words scattered over body text
                focused = focus(searcher, units, lambda query: matching(searcher, query))
                if focused is None:
                    continue
                core, q = build(focused, "title", key)
            else:
                core, q = build(units, plan, key)
            docs = set(matching(searcher, core))
            if docs and rank < 0:
                rank = PLAN_RANK[plan]
            if len(docs) >= MIN_HITS or (plan == "anywhere" and docs):
                break
        required = [u for u in units if not u.optional]
        if (len(required) >= 3 or len(required) == 2 and max(len(u.typed) for u in required) >= 3) \
                and len(docs) < FEW_HITS and plan not in ("some", "phrase"):
            # a long request that (nearly) nothing holds in full: the names
            # holding all of it but one word (one the official name puts
            # differently) join in, and all are ranked by how much of it they
            # hold, names far above body text. (Not when the body holds it
            # all: then the dropped word is too often the request's point.)
            near = self._all_but_one(searcher, units)
            if len(near | set(docs)) < FEW_HITS and widen and not (
                    key and set(docs) & matching(searcher, Term("t_key", key))):
                # still (nearly) nothing, and not a name typed as written: the
                # names holding its strongest phrase
                focused = focus(searcher, units, lambda query: matching(searcher, query))
                if focused is not None:
                    near = near | set(matching(searcher, build(focused, "title", key)[0]))
            if near - set(docs):
                _, q = build(units, "some", key)
                docs = set(docs) | near
                rank = max(rank, 0)
        return rank, q, docs

    @staticmethod
    def _all_but_one(searcher, units: list[Unit]) -> set[int]:
        """Names holding every unit but the least informative one (the one most
        names hold: "cấp", "đăng ký", never the request's rare word). Two words
        side by side that names hold side by side ("công ty") are one unit here:
        the official name may say it otherwise ("doanh nghiệp"). What is left
        must be at least twice what is dropped ("giấy phép" of "giấy phép xây
        dựng" is not the request)."""
        sets, i = [], 0
        while i < len(units):
            unit = units[i]
            if unit.optional:
                i += 1
                continue
            after = units[i + 1] if i + 1 < len(units) else None
            if after is not None and not after.optional and len(unit.typed) == 1 \
                    and len(after.typed) == 1:
                pair = matching(searcher, Term(
                    "t_bi", f"{unit.alternatives[0][0]} {after.alternatives[0][0]}"))
                if pair:
                    sets.append((pair, 2))
                    i += 2
                    continue
            sets.append((matching(searcher, title_unit(unit)), len(unit.typed)))
            i += 1
        sets.sort(key=lambda found: len(found[0]))
        dropped = sets[-1][1]
        if sum(size for _, size in sets) - dropped < 2 * dropped:
            return set()
        sets = [found for found, _ in sets]
        docs = set(sets[0])
        for other in sets[1:-1]:
            docs &= other
            if not docs:
                break
        return docs if len(docs) <= MAX_NEAR else set()

    def _fixed(self, searcher, ws: list[Word], units: list[Unit], rank: int):
        """(words, units, query, docs, replace) of the query with its slips fixed
        (``spelling.fix_typos``), when that finds names; else None. ``replace``:
        the query as typed found nothing worth keeping (a word no record holds,
        or only some of its words matched)."""
        protected, pos = set(), 0
        for unit in units:
            if unit.optional or len(unit.alternatives) > 1:
                protected.update(range(pos, pos + len(unit.typed)))
            pos += len(unit.typed)
        f_words = fix_typos(searcher, ws, protected)
        if f_words is None:
            return None
        f_units = _in_some_name(searcher, make_units(f_words, self._synonyms()))
        f_rank, f_q, f_docs = self._plan(searcher, f_units, name_key(
            " ".join(w.folded for w in f_words)), widen=False)
        if not f_docs or f_rank < rank:
            return None
        replace = rank < PLAN_RANK["phrase"] or _unknown_word(searcher, ws)
        return f_words, f_units, f_q, f_docs, replace

    def _page(self, searcher, q, docs, units, query, page, per_page, sort) -> SearchResult:
        allowed, counts = apply_filters(searcher, docs, query.filters)
        hits: list[SearchHit] = []
        if allowed:
            terms = {w for u in units for alt in u.alternatives for w in alt}
            start = (page - 1) * per_page
            if sort:
                results = searcher.search(q, limit=page * per_page, filter=allowed,
                                          sortedby="t_key")
                shown = [(0.0, hit.docnum) for hit in results[start:start + per_page]]
            else:
                pool = self._score_pool(searcher, allowed, units)
                ranked = Scorer(searcher, pool).top(q, max(page * per_page, RERANK_DEPTH))
                ranked = rerank(searcher, ranked[:RERANK_DEPTH], terms, asked_phrases(units)) \
                    + ranked[RERANK_DEPTH:]
                shown = [(-neg, doc) for neg, doc in ranked[start:start + per_page]]
            marks = phrases_of(units)     # not ``terms``: filler ranks but is not marked
            hits = [self._hit(searcher.stored_fields(doc), marks, score)
                    for score, doc in shown]
        return SearchResult(hits, len(allowed), page, per_page, facet_values(counts, searcher))

    @staticmethod
    def _score_pool(searcher, allowed: set[int], units: list[Unit]) -> set[int]:
        """The documents worth scoring: all of them, unless a vague query matched
        a large part of a national catalogue; then those with a word in the name."""
        if len(allowed) <= MAX_SCORED or not units:
            return allowed
        in_name = allowed & matching(searcher, Or([title_unit(u) for u in units]))
        return in_name or allowed

    @staticmethod
    def _hit(fields: dict, marks, score: float) -> SearchHit:
        name = fields["name"]
        return SearchHit(code=fields["code"], name=name, level=int(fields.get("level") or 1),
                         name_html=mark_words(name, marks),
                         snippet_html=snippet(fields.get("summary") or "", marks),
                         score=float(score))

    def _by_code(self, searcher, codes: list[str], query, page, per_page
                 ) -> SearchResult | None:
        """The procedures of the codes the request may be (one typed, or the
        nine a six-digit number may be), the first way of reading them that
        finds any; ``exact_code`` when that is one code."""
        for field, values in (("code", codes), ("code", [c.upper() for c in codes]),
                              ("code_base", [code_base(c) for c in codes])):
            q = Or([Term(field, value) for value in values])
            docs = set(searcher.docs_for_query(q))
            if docs:
                result = self._page(searcher, q, docs, [], query, page, per_page, sort=True)
                found = {code_base(searcher.stored_fields(doc)["code"]) for doc in docs}
                if len(codes) == 1 or len(found) == 1:
                    result.exact_code = searcher.stored_fields(min(docs))["code"]
                return result
        return None

    # -- suggest -----------------------------------------------------------
    def _suggest(self, text: str, limit: int, last_complete: bool) -> list[str]:
        searcher = self.store.searcher()
        reader = searcher.reader()
        key = " ".join(w.folded for w in words(text))
        names: list[str] = []
        seen: set[str] = set()

        def add(name: str) -> None:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                names.append(name)

        for n, term in enumerate(reader.expand_prefix("t_key", key)):
            if len(names) >= limit or n > limit * 20:
                break
            docnum = searcher.document_number(t_key=term.decode() if isinstance(term, bytes)
                                              else term)
            if docnum is not None:
                add(searcher.stored_fields(docnum)["name"])
        if len(names) < limit:
            folded = key.split()
            done = folded if last_complete else folded[:-1]
            parts = [Term("t_fold", w) for w in done]
            if not last_complete:
                parts.append(Prefix("t_fold", folded[-1]))
            q = And(parts) if len(parts) > 1 else parts[0]
            found = [hit["name"] for hit in searcher.search(q, limit=limit * 5)]
            # the typed words in a row inside the name ("… giấy phép xây …") first
            phrase = " " + key
            found.sort(key=lambda name: phrase not in " " + name_key(name))
            for name in found:
                add(name)
        return names[:limit]
