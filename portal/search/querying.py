"""Whoosh queries built from analysed words (the query parser never sees user text).

A query is a list of *units*: a word, or a synonym group matched in the text
(all its phrases become alternatives). Three nested plans, cheapest first:

* ``title``    every unit in the name                       (national-scale speed)
* ``anywhere`` every unit in name, field/agency or body text
* ``some``     any unit, more units matched ranking higher

Each is ANDMAYBE'd with bonuses: adjacent-word pairs in the name, exact
diacritics (only on words the user typed with marks), whole name, name start.
"""
from __future__ import annotations

from dataclasses import dataclass

from whoosh.query import (
    And, AndMaybe, ConstantScoreQuery, DisjunctionMax, NullQuery, Or, Query, Term,
)

from .analysis import Word
from .synonyms import SynonymIndex

# Field weights: the name far above field/agency, above steps and dossier.
W_TITLE = 6.0
W_META = 1.5
W_BODY = 1.0
# Bonuses
W_BIGRAM = 3.0
W_EXACT = 2.0
W_WHOLE_NAME = 100.0
W_NAME_START = 30.0
W_ALL_IN_NAME = 100.0
W_SYNONYM = 0.8     # an alternative the user did not type counts slightly less
W_SYNONYM_WORD = 3.0
MAX_VARIANTS = 24

# Words citizens add around what they want ("xin giấy phép", "làm giấy khai
# sinh"): matched when present, never required. Compared as typed (with marks)
# so "lâm" (forestry) is not "làm".
FILLER = frozenset({"xin", "làm", "lam", "muốn", "cần", "thủ", "tục", "thu", "tuc",
                    "cách", "hướng", "dẫn", "như", "thế", "nào", "ở", "đâu", "mẫu", "cho",
                    # who it is for and when ("cưới vợ người nước ngoài", "sửa
                    # tên trên giấy khai sinh", "thuế TNCN khi bán đất"): the
                    # names say "có yếu tố nước ngoài", "trong", "đối với"
                    "vợ", "chồng", "trên", "khi",
                    # whose it is ("… cho người lao động của công ty")
                    "của"})
# "làm hộ chiếu", "xin giấy phép": what the official name calls "Cấp …" (a
# bonus, like every filler word: never required)
ISSUE_VERBS = {"lam": (("cap",), ("cap", "moi")), "xin": (("cap",), ("cap", "moi"))}
# Without marks only the unambiguous ones ("can" may be "căn", "dan" "dân", "the" "thẻ").
FILLER_FOLDED_ONLY = frozenset({"xin", "lam", "cach", "muon", "cho", "qua"})


@dataclass(frozen=True)
class Unit:
    """A word or a synonym group; ``alternatives[0]`` is what the user typed."""
    alternatives: tuple[tuple[str, ...], ...]   # folded words of each alternative
    typed: tuple[Word, ...]
    optional: bool = False


# Where the request is made ("UBND xã chứng thực chữ ký", "di chúc ở ủy ban
# xã"): the procedure's name says so only for variants ("… người dịch … của
# Ủy ban nhân dân cấp xã"), so it ranks and is never required.
WHERE = frozenset({("ubnd",), ("uy", "ban")})

# Phrases around the request itself: "thủ tục …", "… cho con", "… của tôi".
FILLER_PHRASES = (("thu", "tuc"), ("cho", "con"), ("cho", "be"), ("cho", "toi"),
                  ("cua", "toi"), ("huong", "dan"), ("nhu", "the", "nao"), ("o", "dau"),
                  # why the citizen needs it again ("làm lại bằng lái bị mất"):
                  # names rarely say it, the procedure is the re-issue
                  ("bi", "mat"), ("bi", "hong"), ("bi", "rach"), ("bi", "chay"))
# ... and the paper lost or damaged is re-issued: "… bị mất" also favours "cấp lại"
REISSUE = {w: (("cap", "lai"),) for w in ("mat", "hong", "rach", "chay")}


# Long questions ("bố tôi mới mất thì làm giấy khai tử ở đâu", "… cần giấy tờ
# gì"): the question itself carries no weight, only what it is about. Dropped
# only from requests of LONG_QUESTION words or more (in a short one "mới" may
# be "cấp mới", "có" part of a name); compared with marks when typed with them.
LONG_QUESTION = 5
LONG_REQUEST = 3    # units: from here a request no name holds is answered by its phrase
QUESTION_WORDS = frozenset({
    "thì", "là", "gì", "nào", "sao", "bao", "nhiêu", "lâu", "đâu", "ở", "có", "được",
    "không", "tôi", "mình", "em", "của", "với", "khi", "bị", "đã", "mới", "rồi", "phải",
    "muốn", "cần", "ạ", "nhé", "ơi", "vậy", "những", "các", "nếu", "mà", "hay", "và",
    "để", "gồm", "giúp", "hỏi", "thế", "như", "đi", "nay", "bây", "giờ", "nữa", "ra",
    "vào", "lên", "thủ", "tục", "nộp", "ai", "chỗ", "nơi",
    "xin", "làm", "cho", "cách", "hướng", "dẫn", "mẫu", "đơn", "online", "trực", "tuyến",
    "bằng", "qua", "mạng", "nhanh", "nhất", "bố", "mẹ", "vợ", "chồng", "anh", "chị",
    "nhà", "con", "cháu", "ông", "bà"})
# Without marks only those no official name uses as a word of its own.
QUESTION_FOLDED = frozenset({"gi", "nao", "nhieu", "duoc", "khong", "toi", "minh", "roi", "con",
                             "nhe", "vay", "oi", "nhung", "neu", "giup", "hoi", "xin",
                             "lam", "cach", "muon", "cho", "qua", "nhat"})
# ... except where the word is part of a phrase the request is about:
# "giấy tờ xe", "hồ sơ gốc", "nhà ở", "mẫu con dấu" are matched as synonym
# phrases first (``make_units`` tries them before dropping anything).


QUESTION_PHRASES = (("giay", "to", "gi"), ("ho", "so", "gi"), ("ho", "so", "gom"),
                    ("can", "giay", "to"), ("can", "ho", "so"), ("nop", "ho", "so"),
                    ("lam", "ho", "so"), ("giay", "to"), ("ho", "so"),
                    ("bao", "nhieu", "tien"), ("mat", "bao", "lau"), ("the", "nao"),
                    ("lam", "sao"), ("o", "dau"))


def _question_phrase(folded: list[str], i: int) -> int:
    for phrase in QUESTION_PHRASES:
        if tuple(folded[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


# What makes a long request a question rather than an official name typed
# out ("Cấp giấy phép xây dựng mới đối với …" keeps its "mới", "đối", "với").
ASKING = frozenset({"thì", "gì", "nào", "sao", "đâu", "bao", "không", "muốn", "cần", "tôi",
                    "mình", "em", "ạ", "nhé", "ơi", "vậy", "giúp", "hỏi", "nếu", "phải"})
ASKING_FOLDED = frozenset({"gi", "nao", "toi", "minh", "khong", "muon", "nhe", "vay"})


def is_question(words: list[Word]) -> bool:
    """A long request put as a question ("… thì làm thế nào", "… cần giấy tờ gì")."""
    return len(words) >= LONG_QUESTION and any(map(_asks, words))


def _asks(word: Word) -> bool:
    return word.exact in ASKING if word.marked else word.folded in ASKING_FOLDED


def _question_word(word: Word) -> bool:
    if word.marked:
        return word.exact in QUESTION_WORDS
    return word.folded in QUESTION_FOLDED


def _filler_phrase(folded: list[str], i: int) -> int:
    for phrase in FILLER_PHRASES:
        if tuple(folded[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def make_units(words: list[Word], synonyms: SynonymIndex,
               question: bool | None = None) -> list[Unit]:
    """Group the words into units (longest synonym match first); in a long
    question (``question``, by default LONG_QUESTION words or more) the
    question's own words are left out."""
    if question is None:
        question = is_question(words)
    units: list[Unit] = []
    i = 0
    folded = [w.folded for w in words]
    # typed with marks: most words that carry one have it
    marked = sum(w.marked for w in words) * 2 >= len(words)
    index, synonyms = synonyms, synonyms.segment(folded)
    while i < len(words):
        skip = _question_phrase(folded, i) if question else 0
        # the longer reading wins: "cần hồ sơ gì" is the question, not "căn hộ"
        # (while "giấy tờ xe" is the paper, not "giấy tờ" asked about)
        if skip and synonyms.match(folded, i)[0] < skip:
            i += skip
            continue
        skip = _filler_phrase(folded, i)
        if skip and synonyms.match(folded, i)[0] <= skip:   # "bị mất việc" is a phrase
            units.extend(Unit(((folded[j],),) + (REISSUE.get(folded[j], ())
                                                 if folded[i] == "bi" and j > i else ()),
                              (words[j],), optional=True)
                         for j in range(i, i + skip))
            i += skip
            continue
        length, phrases = synonyms.match(folded, i)
        if length and not index.written_as_typed(tuple(words[i:i + length]), marked):
            length = 0          # "lớn" is not "lợn", "để lại" not "đẻ", "sơ do" not "sổ đỏ"
        if question and length <= 1 and _question_word(words[i]):
            i += 1      # "để" is not "đẻ" (a one-word synonym matched folded)
            continue
        if length:
            typed = tuple(folded[i:i + length])
            alts = (typed,) + tuple(p for p in phrases if p != typed)
            units.append(Unit(alts, tuple(words[i:i + length]),
                              optional=typed[:1] in WHERE or typed[:2] in WHERE))
            i += length
            continue
        filler = _is_filler(words[i])
        alts = ((folded[i],),) + (ISSUE_VERBS.get(folded[i], ()) if filler else ()) \
            + _number_forms(folded[i])
        units.append(Unit(alts, (words[i],), optional=filler))
        i += 1
    if question and all(u.optional for u in units):
        # nothing but question words ("làm thế nào để nộp hồ sơ"): keep them all
        return make_units(words, index, question=False)
    if all(u.optional for u in units):
        units = [Unit(u.alternatives, u.typed) for u in units]
    return units


def focus(searcher, units: list[Unit], docs) -> list[Unit] | None:
    """A long request that no name holds in full, answered by its strongest
    phrase: the units with only that phrase required, the others ranking (so
    the answer does not depend on every word matching, and a rare word that
    happens to sit in one name does not narrow the answer to it). The
    strongest phrase is one some name holds: one the user typed as a unit (a
    lexicon phrase, "khai tử") before two adjacent words ("thất nghiệp"),
    never a lone word ("giấy", "mới"); the longest, then the rarest. When
    every unit is a phrase, the first typed.
    ``docs(query)`` is the set of documents a query matches. None when the
    request is short or no name holds any of its phrases.

    Long is LONG_REQUEST units or more, or two units one of which is a phrase
    ("đăng ký thường trú cho vợ" typed without marks: no name holds "vo", and
    the body text of other names that hold both would come before the name
    that is the answer).

    A request that is not a question ("đăng ký khai tử cho ông nội") is
    focused the same way: requiring its other words too, wherever some names
    holding the phrase held them, narrowed it to the names holding them by
    accident (an e-invoice name holds "đăng ký", "khai", "tử" and "nội").
    The words rank instead, and a name holding them all still comes first."""
    required = [n for n, u in enumerate(units) if not u.optional]
    phrases = [n for n in required if len(units[n].typed) > 1]
    if len(required) < LONG_REQUEST and not (len(required) == 2 and phrases):
        return None
    # (kind, -words, names holding it, units): a phrase the user typed as one
    # unit (kind 0) before two adjacent words (kind 1: "mất giấy" may be rare
    # by accident); within a kind the longer ("làm sổ đỏ lần đầu" names the
    # procedure, "đất ở" what it is about), then the rarer
    best = None
    if len(required) >= 2 and len(phrases) == len(required):
        # phrases and nothing else: the first names the procedure, the
        # others what or whom it is for ("sao y bản chính | hộ khẩu", "giải
        # thể | doanh nghiệp tư nhân", "quyết toán thuế TNCN | người lao
        # động"); the rarer is as often that object as the procedure
        required = required[:1]
    for n in required:
        if len(units[n].typed) > 1:
            found = docs(title_unit(units[n]))
            if found and (best is None or (0, -len(units[n].typed), len(found)) < best[:3]):
                best = (0, -len(units[n].typed), len(found), {n})
    for a, b in zip(required, required[1:]):
        if b != a + 1 or len(units[a].typed) > 1 or len(units[b].typed) > 1:
            continue
        pair = (units[a].alternatives[0][-1], units[b].alternatives[0][0])
        found = docs(Term("t_bi", f"{pair[0]} {pair[1]}"))
        if found and (best is None or (1, -2, len(found)) < best[:3]):
            best = (1, -2, len(found), {a, b})
    if best is None:
        return None
    keep = best[3]
    # words the phrase's own alternatives hold ("xã hội" after "sổ bảo hiểm" ~
    # "bảo hiểm xã hội") would rank its other readings twice: left out
    covered = {w for n in keep for alt in units[n].alternatives for w in alt}
    return [u if n in keep else Unit(u.alternatives, u.typed, optional=True)
            for n, u in enumerate(units)
            if n in keep or u.optional or not set(u.alternatives[0]) <= covered]


def _number_forms(word: str) -> tuple[tuple[str, ...], ...]:
    """A number's other written form: names say "mức độ 02", "loại 1"; people
    type either ("mức độ 2", "loại 01")."""
    if not word.isdecimal() or len(word) > 3:
        return ()
    bare = word.lstrip("0") or "0"
    forms = {bare, bare.zfill(2)} - {word}
    return tuple((f,) for f in sorted(forms))


def _is_filler(word: Word) -> bool:
    if word.marked:
        return word.exact in FILLER
    return word.folded in FILLER_FOLDED_ONLY


def _all(field: str, words: tuple[str, ...], boost: float = 1.0) -> Query:
    if len(words) == 1:
        return Term(field, words[0], boost=boost)
    return And([Term(field, w) for w in words], boost=boost)


def _in_name(words: tuple[str, ...], boost: float) -> Query:
    """A phrase in the name: all its words, each of them side by side with
    another word of it ("hộ khẩu" is not "hồ sơ … nhập khẩu", "bằng lái" not
    "cấp lại … bằng xe"). A word may come between two pairs, so "đăng ký kết
    hôn" still finds "Đăng ký lại kết hôn"; but one pair is not enough: "đóng
    công ty" is not "quỹ đóng, … công ty". Scored as its words (the pairs only
    filter)."""
    q = _all("t_fold", words, boost)
    if len(words) < 2:
        return q
    pairs = [Term("t_bi", f"{a} {b}") for a, b in zip(words, words[1:])]
    # word i sits in pair i-1 or pair i
    each = list(dict.fromkeys([pairs[0], *(Or([pairs[i - 1], pairs[i]])
                                           for i in range(1, len(pairs))), pairs[-1]]))
    adjacent = ConstantScoreQuery(each[0] if len(each) == 1 else And(each), 0.0)
    return And(list(q.subqueries) + [adjacent], boost=boost)


def _alternatives(unit: Unit, make) -> Query:
    subs = [make(alt, 1.0 if n == 0 else W_SYNONYM)
            for n, alt in enumerate(unit.alternatives)]
    return subs[0] if len(subs) == 1 else DisjunctionMax(subs)


def title_unit(unit: Unit) -> Query:
    return _alternatives(unit, lambda alt, b: _in_name(alt, W_TITLE * b))


def anywhere_unit(unit: Unit) -> Query:
    return _alternatives(unit, lambda alt, b: Or([
        _in_name(alt, W_TITLE * b), _all("m_fold", alt, W_META * b),
        _all("b_fold", alt, W_BODY * b)]))


def bonuses(units: list[Unit], key: str) -> list[Query]:
    """Optional clauses that order the matches."""
    out: list[Query] = []
    literal = [w for u in units for w in u.typed]
    for a, b in zip(literal, literal[1:]):
        out.append(Term("t_bi", f"{a.folded} {b.folded}", boost=W_BIGRAM))
    for unit in units:
        for alt in unit.alternatives[1:]:
            for a, b in zip(alt, alt[1:]):
                out.append(Term("t_bi", f"{a} {b}", boost=W_BIGRAM * W_SYNONYM))
    out.extend(Term("t_exact", w.exact, boost=W_EXACT) for w in literal if w.marked)
    # the words of a matched synonym phrase still tell names apart ("xây nhà")
    out.extend(Term("t_fold", w.folded, boost=W_SYNONYM_WORD)
               for u in units if len(u.alternatives) > 1 for w in u.typed)
    # the request said with synonyms may be a procedure's whole name, or its
    # opening ("làm giấy khai sinh" -> "Đăng ký khai sinh")
    for variant in _variants([u for u in units if not u.optional]):
        if variant != key and " " in variant:
            out.append(Term("t_key", variant, boost=W_WHOLE_NAME * W_SYNONYM))
            out.append(Term("t_head", variant, boost=W_NAME_START * W_SYNONYM))
    if key:
        out.append(Term("t_key", key, boost=W_WHOLE_NAME))
        if " " in key:
            out.append(Term("t_head", key, boost=W_NAME_START))
    return out


def _variants(units: list[Unit], limit: int = MAX_VARIANTS) -> list[str]:
    """The words of the request with each synonym group replaced by its phrases."""
    variants = [""]
    for unit in units:
        variants = [f"{v} {' '.join(alt)}".strip() for v in variants
                    for alt in unit.alternatives][:limit]
    return variants


def build(units: list[Unit], plan: str, key: str) -> tuple[Query, Query]:
    """(what must match, the scored query) of one plan: ``title``, ``anywhere``, ``some``."""
    if not units:
        return NullQuery, NullQuery
    make = title_unit if plan == "title" else anywhere_unit
    required = [make(u) for u in units if not u.optional]
    optional = [make(u) for u in units if u.optional]
    extra = bonuses(units, key)
    if plan != "title":
        # whatever else matches, a name holding every word comes first
        in_name = [title_unit(u) for u in units if not u.optional]
        extra.append(ConstantScoreQuery(in_name[0] if len(in_name) == 1 else And(in_name),
                                        W_ALL_IN_NAME))
    if plan == "some":
        # filler ("xin", "làm" ~ "cấp") only ranks: alone it would match half the names
        core: Query = Or(required or optional, scale=0.9)
    else:
        core = required[0] if len(required) == 1 else And(required)
    if required:
        extra += optional
    extra = list(dict.fromkeys(extra))      # the same pair may come from two phrases
    return core, (AndMaybe(core, Or(extra)) if extra else core)
