"""BM25F scores for the candidate documents only, computed with set operations.

Whoosh's matchers score by walking every posting of every clause in pure
Python (``xe``, ``cấp``, ``giấy`` are in thousands of names at national
scale). The candidates are already known (``docsets``), so each clause is
scored over ``candidates ∩ postings`` instead: the intersection runs in C and
Python only touches documents that can be shown.

Names and body text are indexed with each word once (tf = 1), so BM25F
reduces to idf x field-length norm x boost.
"""
from __future__ import annotations

import heapq
from array import array
import re

from whoosh.query import And, AndMaybe, ConstantScoreQuery, DisjunctionMax, NullQuery, Or, Term

from .docsets import matching, term_docs

K1 = 1.2
# How much of a name the request covers, for the best few: among names that
# all hold the request, the one that says little else is the general
# procedure ("Đăng ký việc nuôi con nuôi trong nước" before "Đăng ký lại
# việc …"). Remarks in brackets ("(thực hiện tại cấp tỉnh)", "(áp dụng cho
# cả trường hợp …)") do not make a name less about its subject.
# A name that lists several procedures ("Đăng ký thành lập hợp tác xã, liên
# hiệp hợp tác xã; đăng ký chuyển đổi tổ hợp tác …", "Khai quyết toán thuế/
# Hoàn thuế …") is as much about each of them as a short name: its cover is
# that of its best-covered part (parts split at ";" and "/").
W_COVER = 80.0
RERANK_DEPTH = 30
_REMARK = re.compile(r"\([^()]*\)")
_PARTS = re.compile(r"[;/]")
FIELD_B = {"t_fold": 0.1, "t_exact": 0.1, "t_bi": 0.1, "m_fold": 0.75, "b_fold": 0.75}


class Scorer:
    """Scores query trees over a fixed candidate set."""

    def __init__(self, searcher, candidates: set[int]):
        self.searcher = searcher
        self.candidates = candidates
        self.reader = searcher.reader()

    def top(self, q, n: int) -> list[tuple[float, int]]:
        """The ``n`` best (score, docnum), best first (ties: lower docnum first)."""
        scores = self.scores(q)
        for doc in self.candidates:
            scores.setdefault(doc, 0.0)
        return heapq.nsmallest(n, ((-s, d) for d, s in scores.items()))

    def scores(self, q) -> dict[int, float]:
        if isinstance(q, Term):
            return self._term(q)
        if isinstance(q, And):
            parts = [self.scores(sub) for sub in q.subqueries]
            if not parts:
                return {}
            keys = set(parts[0]).intersection(*parts[1:])
            boost = q.boost
            if len(parts) == 2:     # most: no generator per document (same float as sum())
                first, second = parts
                return {d: boost * (first[d] + second[d]) for d in keys}
            # many parts (a request of many words): one pass per part, added in
            # the same order as sum() would, instead of a generator per document
            total = {d: parts[0][d] + parts[1][d] for d in keys}
            for part in parts[2:]:
                total = {d: t + part[d] for d, t in total.items()}
            return total if boost == 1.0 else {d: boost * t for d, t in total.items()}
        if isinstance(q, (Or, DisjunctionMax)):
            out: dict[int, float] = {}
            for sub in q.subqueries:
                scores = self.scores(sub)
                if not out:
                    out = dict(scores)
                elif isinstance(q, DisjunctionMax):
                    for d, s in scores.items():
                        old = out.get(d)
                        out[d] = s if old is None else max(old, s)
                else:
                    for d, s in scores.items():
                        old = out.get(d)
                        out[d] = s if old is None else old + s
            return _scaled(out, q.boost)
        if isinstance(q, AndMaybe):
            base = self.scores(q.a)
            extra = self.scores(q.b)
            return _scaled({d: s + extra.get(d, 0.0) for d, s in base.items()},
                           getattr(q, "boost", 1.0))
        if isinstance(q, ConstantScoreQuery):
            return {d: q.score for d in self.candidates.intersection(
                matching(self.searcher, q.child))}
        if q is NullQuery:
            return {}
        raise TypeError(f"cannot score {q!r}")

    def _term(self, q: Term) -> dict[int, float]:
        docs = self.candidates.intersection(term_docs(self.searcher, q.fieldname, q.text))
        if not docs:
            return {}
        weight = q.boost * self.searcher.idf(q.fieldname, q.text)
        b = FIELD_B.get(q.fieldname)
        if b is None:            # ID/keyword fields: presence only
            return dict.fromkeys(docs, weight)
        norms, filled = _norms(self.searcher, q.fieldname, b)
        missing = docs - filled  # in C: most documents were scored before
        if missing:
            for d in missing:
                norms[d] = _norm(self.searcher, q.fieldname, b, d)
            filled |= missing
        return {d: weight * norms[d] for d in docs}


def _norms(searcher, field: str, b: float) -> tuple[array, set[int]]:
    """Per-document BM25 length factors of ``field`` and the documents whose
    factor is filled in, filled as documents are scored and kept with the
    searcher (asking Whoosh for a field length costs ~10 µs; a broad query
    scores tens of thousands)."""
    cache = getattr(searcher, "_portal_norms", None)
    if cache is None:
        cache = searcher._portal_norms = {}
    found = cache.get(field)
    if found is None:
        found = cache[field] = (array("d", [-1.0]) * searcher.reader().doc_count_all(), set())
    return found


def _norm(searcher, field: str, b: float, doc: int) -> float:
    # tf is 1 (each word indexed once), so BM25: (K1 + 1) / (1 + K1 * norm)
    avg = searcher.avg_field_length(field) or 1.0
    length = searcher.reader().doc_field_length(doc, field, 1)
    return (K1 + 1) / (1 + K1 * (1 - b + b * length / avg))


def _scaled(scores: dict[int, float], boost: float) -> dict[int, float]:
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}


# -- The generality prior ----------------------------------------------------
# Most people who search are ordinary citizens or small businesses dealing with
# their commune or province. Among names that answer a request about equally
# well, the general procedure comes before its niche variants ("thành lập công
# ty" -> the ordinary company registration, not "… công ty luật nước ngoài" or
# a securities company). The prior only re-orders the best few (RERANK_DEPTH):
# it never brings in a name the request did not find. Signals, each in [-1, 1]:
#
# * subject: the name (outside brackets) names a specialised subject the
#   request did not ask for (securities, foreign law firms, credit
#   institutions, aircraft…): -1 per subject, at most -2. Asked for, no cost.
#   (No subject holds another: "có yếu tố nước ngoài" counts once, as "nước ngoài".)
# * action: the name opens (first four words) with an action that varies the
#   plain procedure (reporting a loss, restoring, re-issuing, exchanging,
#   withdrawing, extending, re-registering, deleting, ending, suspending) and
#   the request did not ask for it (nor a synonym of it: "làm lại", "bị mất"
#   ask for "cấp lại"): -1, counted with the subjects. "hộ chiếu phổ thông"
#   is "Cấp hộ chiếu …", not "Trình báo mất hộ chiếu …"; "đổi GPLX ô tô"
#   is "Đổi giấy phép lái xe", not "Cấp lại Giấy phép đào tạo lái xe ô tô".
#   Edits ("điều chỉnh", "chuyển đổi") are not in the list: people ask for
#   them in too many other words ("sửa thông tin" is "Điều chỉnh thông tin").
# * tier: carried out at the commune or province (where people go): +0.5;
#   at a ministry only: -0.5.
# * applicant: open to citizens or businesses: +0.5; only to organisations
#   or foreigners: 0.
#
# (How many names share a stem is already in the coverage term: the shortest
# name holding the request covers most of itself.) The weight is measured, not
# guessed: ``bench/search_quality.py --sweep-prior`` on the public and extra sets
# (2026-12-07, S@3 / MRR@10 public | extra): 0 -> .975/.934 | 1.00/.956,
# 12 -> .975/.922 | 1.00/.956, 24 -> .975/.917 | 1.00/.956, 48 -> 1.00/.938 |
# 1.00/.960, 96 -> 1.00/.921 | 1.00/.960. The blind sets played no part.
# Swept again with the name cover by parts and lexicon round three
# (2026-12-07, public | extra | bench/queries-dev.tsv): 0 -> .975/.940 |
# 1.00/.956 | -, 12 -> - | - | .937/.885, 24 -> 1.00/.946 | 1.00/.956 |
# .937/.882, 48 -> 1.00/.958 | 1.00/.956 | .943/.887, 72 -> - | - | .937/.882,
# 96 -> 1.00/.929 | 1.00/.960 | .931/.878: 48 stays.
W_PRIOR = 48.0
SPECIALISED = tuple(tuple(p.split()) for p in (
    "chung khoan", "quy dau tu", "quy mo", "chung chi quy", "dai chung", "niem yet",
    "trai phieu", "co phieu", "to chuc tin dung", "ngan hang", "vi mo", "tai bao hiem",
    "doanh nghiep bao hiem", "moi gioi bao hiem", "cong ty luat",
    "to chuc hanh nghe luat su", "nuoc ngoai", "bien gioi",
    "luu dong", "tau bay", "tau bien", "hang khong", "dau khi", "dau tho", "vu khi",
    "vat lieu no", "quan su", "quoc phong", "cong an nhan dan", "buc xa", "hat nhan",
    "khoang san", "ngoai hoi", "kho bac", "trung uong", "doanh nghiep nha nuoc",
    "von nha nuoc", "100 phan tram von", "chi nhanh", "van phong dai dien", "lien hiep",
    "sap nhap", "hop nhat", "chia tach", "bi tach", "bi chia", "xa hoi nghe nghiep",
    "nha thau", "thi diem", "doanh nghiep xa hoi", "tap su", "dang kiem vien",
))
# measured on the tuning sets (2026-12-07, S@3 / MRR@10; the held-out dev-4
# aggregates only): without -> with this list: public 1.00/.96 both, extra
# 1.00/.96 both, dev .97/.91 -> .97/.92, dev-2 .90/.79 -> .90/.80, dev-3
# .80/.75 -> .82/.76, dev-4 .82/.74 both; with "điều chỉnh" and "chuyển đổi"
# too, dev fell to .96
VARIANT_ACTIONS = tuple(tuple(p.split()) for p in (
    "trinh bao mat", "khoi phuc", "cap lai", "cap doi", "thu hoi", "gia han",
    "dang ky lai", "xoa dang ky", "cham dut", "tam ngung",
))
_TIER_GOOD = {"xa", "tinh", "huyen"}
_APPLICANT_GOOD = {"cong_dan", "doanh_nghiep"}


def _doc_facts(searcher, doc: int) -> tuple[list[frozenset[str]], tuple[str, ...], float]:
    """(core words of each part of the name, specialised subjects and variant
    actions, tier + applicant part of the prior) of a document, kept with the
    searcher: the same names come back in the best few of one request after
    another, and stored fields cost a disk read."""
    cache = getattr(searcher, "_portal_facts", None)
    if cache is None:
        cache = searcher._portal_facts = {}
    facts = cache.get(doc)
    if facts is None:
        fields = searcher.stored_fields(doc)
        name = fields.get("name") or ""
        words = name_words(name)
        parts = [frozenset(name_words(part)) for part in _PARTS.split(_REMARK.sub(" ", name))]
        text = f" {' '.join(words)} "
        subjects = tuple(f" {' '.join(p)} " for p in SPECIALISED if f" {' '.join(p)} " in text)
        opening = f" {' '.join(words[:4])} "
        subjects += tuple(f" {' '.join(p)} " for p in VARIANT_ACTIONS
                          if f" {' '.join(p)} " in opening)
        tiers = set(filter(None, (fields.get("tier") or "").split(",")))
        prior = 0.5 if tiers & _TIER_GOOD else -0.5 if tiers == {"bo"} else 0.0
        if set((fields.get("applicant") or "").split(",")) & _APPLICANT_GOOD:
            prior += 0.5
        facts = cache[doc] = ([p for p in parts if p] or [frozenset(words)], subjects, prior)
    return facts


def generality(subjects: tuple[str, ...], prior: float, asked: str) -> float:
    """The prior of one document (see above) for a request whose phrases
    (folded, synonyms included, `` | `` between them) are ``asked``."""
    # as a phrase: "pháp luật công ty" does not ask for a "công ty luật"
    return prior - min(sum(1 for phrase in subjects if phrase not in asked), 2)


def name_words(name: str) -> list[str]:
    """The folded words of a name outside brackets, in order, without "Thủ tục"."""
    from .documents import name_key
    return name_key(_REMARK.sub(" ", name)).split() or name_key(name).split()


def asked_phrases(units) -> str:
    """The request's words in order and each unit's alternatives, folded, as
    `` a b | c d | … ``: what ``generality`` looks subjects up in."""
    typed = " ".join(w.folded for u in units for w in u.typed)
    alternatives = (" ".join(alt) for u in units for alt in u.alternatives)
    return f" {' | '.join([typed, *alternatives])} "


def rerank(searcher, ranked: list[tuple[float, int]], terms: set[str], asked: str = ""
           ) -> list[tuple[float, int]]:
    """``ranked`` (-score, doc) re-ordered after adding, to each of the best few,
    W_COVER x the share of its name's core words the request covers (``terms``,
    folded, synonyms included) and W_PRIOR x its generality prior (``asked``:
    see ``asked_phrases``)."""
    out = []
    for neg, doc in ranked:
        parts, subjects, prior = _doc_facts(searcher, doc)
        cover = max((len(core & terms) / len(core) for core in parts if core), default=0.0)
        out.append((neg - W_COVER * cover - W_PRIOR * generality(subjects, prior, asked), doc))
    out.sort()
    return out
