"""Learning from use: synonym groups proposed from the search log.

Two kinds of evidence, both anonymous (query texts, procedure codes, the
position a result was opened at, and a random per-visit token):

* reformulation: a search with nothing opened, followed in the same visit
  (within REFORM_WINDOW) by another whose result was opened: what the citizen
  typed first meant what they typed next ("sổ hồng" -> "giấy chứng nhận
  quyền sử dụng đất");
* co-click: different queries from which the same procedure was opened.

The words both queries share are taken off ("làm sổ hồng" / "làm giấy chứng
nhận …" propose "sổ hồng" ~ "giấy chứng nhận …"). Administrators accept or
reject each proposal on the synonyms page; an accepted one is an ordinary
synonym group, used by the next search without a rebuild.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from sqlalchemy import select

from ..dbtypes import utcnow
from ..errors import NotFound, ValidationError
from ..extensions import db
from ..search.analysis import folded_key
from .models import ProposalDecision, SearchLog, SearchWeeklyPair

REFORM_WINDOW = dt.timedelta(minutes=10)
MIN_EVIDENCE = 2        # one citizen's detour is an anecdote
MAX_WORDS = 8           # longer than that is a sentence, not a name for something
MAX_PROPOSALS = 30


@dataclass
class Proposal:
    kind: str                       # "reform" or "coclick"
    phrases: list[str]              # the preferred (the one that found it) first
    count: int = 0                  # reformulations, or opens from both queries
    examples: list[str] = field(default_factory=list)
    code: str = ""                  # co-clicks: the procedure both led to
    positions: list[int] = field(default_factory=list)

    @property
    def key(self) -> str:
        return proposal_key(self.phrases)


def proposal_key(phrases: list[str]) -> str:
    """The folded phrases, sorted: the same pair proposed twice has one key."""
    return "|".join(sorted(folded_key(p) for p in phrases))[:450]


def log_pairs(where) -> list[tuple[str, dt.datetime, str, str, int | None]]:
    """(kind, when, query, target, position) of the raw log entries matching
    ``where``: ``open`` pairs (target: the code) and ``reform`` pairs (target:
    the query that followed)."""
    rows = db.session.execute(
        select(SearchLog.visit, SearchLog.searched_at, SearchLog.query,
               SearchLog.opened_code, SearchLog.opened_position)
        .where(where).order_by(SearchLog.visit, SearchLog.searched_at, SearchLog.id)).all()
    out = []
    for n, (visit, when, query, code, position) in enumerate(rows):
        if code:
            out.append(("open", when, query, code, position))
        if n == 0 or code is None or visit is None:
            continue
        before = rows[n - 1]
        if (before.visit == visit and before.opened_code is None and before.query != query
                and _age(before.searched_at, when) <= REFORM_WINDOW):
            out.append(("reform", before.searched_at, before.query, query, position))
    return out


def _age(earlier: dt.datetime, later: dt.datetime) -> dt.timedelta:
    # SQLite returns naive datetimes (UTC digits)
    strip = (lambda d: d.replace(tzinfo=None) if d.tzinfo else d)
    return strip(later) - strip(earlier)


def _pair_counts() -> tuple[dict, dict]:
    """(reformulations {(query, next): [count, positions]}, opens {code: {query: count}})
    from the raw log and the weekly pairs alike."""
    reforms: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    opens: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for kind, _, query, target, position in log_pairs(SearchLog.id.is_not(None)):
        if kind == "reform":
            reforms[(query, target)][0] += 1
            reforms[(query, target)][1] += position or 0
        else:
            opens[target][query] += 1
    for row in db.session.scalars(select(SearchWeeklyPair)):
        if row.kind == "reform":
            reforms[(row.query, row.target)][0] += row.count
        else:
            opens[row.target][row.query] += row.count
    return reforms, opens


def _difference(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` without the words they share at either end."""
    wa, wb = a.split(), b.split()
    fa, fb = [folded_key(w) for w in wa], [folded_key(w) for w in wb]
    start = 0
    while start < min(len(fa), len(fb)) - 1 and fa[start] == fb[start]:
        start += 1
    end = 0
    while end < min(len(fa), len(fb)) - start - 1 and fa[-1 - end] == fb[-1 - end]:
        end += 1
    return " ".join(wa[start:len(wa) - end]), " ".join(wb[start:len(wb) - end])


def _usable(phrases: list[str], known, decided: set[str]) -> bool:
    a, b = phrases
    fa, fb = folded_key(a), folded_key(b)
    if not fa or not fb or fa == fb or len(a) > 100 or len(b) > 100:
        return False
    if max(len(fa.split()), len(fb.split())) > MAX_WORDS:
        return False
    if set(fa.split()) & set(fb.split()):
        return False    # "thẻ" ~ "cấp thẻ": a longer request, not another word
    if proposal_key(phrases) in decided:
        return False
    # already one group: nothing to learn
    return tuple(fb.split()) not in known.by_phrase.get(tuple(fa.split()), set())


def synonym_proposals(limit: int = MAX_PROPOSALS) -> list[Proposal]:
    """Proposed synonym groups with their evidence, the best supported first."""
    from ..search.synonyms import SynonymIndex, list_synonym_groups
    known = SynonymIndex([g.phrases for g in list_synonym_groups()])
    decided = set(db.session.scalars(select(ProposalDecision.key)))
    reforms, opens = _pair_counts()
    found: dict[str, Proposal] = {}
    for (first, then), (count, positions) in reforms.items():
        old, new = _difference(first, then)
        proposal = Proposal("reform", [new, old])
        if not _usable(proposal.phrases, known, decided):
            continue
        proposal = found.setdefault(proposal.key, proposal)
        proposal.count += count
        proposal.examples.append(f"{first} → {then} ({count})")
    for code, queries in opens.items():
        for (qa, na), (qb, nb) in combinations(sorted(queries.items(), key=lambda x: -x[1]), 2):
            a, b = _difference(qa, qb)
            proposal = Proposal("coclick", [a, b], code=code)
            if not _usable(proposal.phrases, known, decided) or proposal.key in found:
                continue
            proposal.count = na + nb
            proposal.examples = [f"{qa} ({na})", f"{qb} ({nb})"]
            found[proposal.key] = proposal
    ranked = [p for p in found.values() if p.count >= MIN_EVIDENCE]
    ranked.sort(key=lambda p: (-p.count, p.kind, p.key))
    return ranked[:limit]


def accept_proposal(key: str):
    """Turn the proposal ``key`` into a synonym group (effective at once)."""
    from ..search.synonyms import add_synonym_group
    proposal = next((p for p in synonym_proposals(limit=10_000) if p.key == key), None)
    if proposal is None:
        raise NotFound("no such proposal")
    kind = "reformulations" if proposal.kind == "reform" else f"co-clicks on {proposal.code}"
    group = add_synonym_group(proposal.phrases, f"search log: {proposal.count} {kind}; "
                              + "; ".join(proposal.examples[:3]))
    _decide(key, True)
    return group


def reject_proposal(key: str) -> None:
    """Never propose ``key`` again."""
    if not key or len(key) > 450:
        raise ValidationError("not a proposal", "key")
    _decide(key, False)


def _decide(key: str, accepted: bool) -> None:
    row = db.session.get(ProposalDecision, key)
    if row is None:
        db.session.add(ProposalDecision(key=key, accepted=accepted, decided_at=utcnow()))
    else:
        row.accepted, row.decided_at = accepted, utcnow()
    db.session.flush()
