"""The search contract shared by the backend and its callers (pages and API)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

# Filters and facets: the same five names in the API, the pages and the backend.
FACETS = ("agency", "field", "level", "tier", "applicant")
MAX_QUERY_CHARS = 200
MAX_PER_PAGE = 100


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    # facet name -> accepted values (agency and field by id as str, level "1".."4",
    # tier and applicant by their enum values); values of one facet are OR-ed,
    # facets are AND-ed.
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    page: int = 1
    per_page: int = 10


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SearchHit:
    code: str
    name: str
    level: int
    name_html: str      # the name, escaped, with <mark> around matched fragments
    snippet_html: str   # a short escaped snippet with <mark>s, may be empty
    score: float


@dataclass
class SearchResult:
    hits: list[SearchHit]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None      # "did you mean", already NFC
    truncated: bool = False            # the query was cut to MAX_QUERY_CHARS
    exact_code: str | None = None      # the query was a procedure code that exists


class SearchBackend(Protocol):
    def search(self, query: SearchQuery) -> SearchResult: ...
    def suggest(self, prefix: str, limit: int = 8) -> list[str]: ...
