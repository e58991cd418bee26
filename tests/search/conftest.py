"""Search fixtures: a fresh index directory per test, real Whoosh, real database."""
from __future__ import annotations

import pytest
from sqlalchemy import delete

from portal.extensions import db
from portal.search.base import SearchQuery
from portal.search.models import SynonymGroup
from portal.search.service import EXTENSION_KEY
from portal.search.whoosh_backend import WhooshSearchBackend


@pytest.fixture()
def backend(app_ctx, tmp_path):
    """The app's search backend, on an index of its own for this test."""
    # Tests state the synonyms they rely on (the migration's seed is emptied
    # after the first test anyway).
    db.session.execute(delete(SynonymGroup))
    db.session.commit()
    previous = app_ctx.extensions[EXTENSION_KEY]
    fresh = WhooshSearchBackend(str(tmp_path / "index"))
    app_ctx.extensions[EXTENSION_KEY] = fresh
    yield fresh
    fresh.store.close_thread_searcher()
    app_ctx.extensions[EXTENSION_KEY] = previous


def codes(result) -> list[str]:
    return [hit.code for hit in result.hits]


def find(text: str, **kw):
    """Search through the service entry point, as pages and the API do."""
    from portal.search import service
    return service.search(SearchQuery(text=text, **kw))


def commit() -> None:
    db.session.commit()
