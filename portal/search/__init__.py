"""Procedure search: a small interface (``base``) with a Whoosh implementation.

Callers use :func:`portal.search.service.search` and
:func:`portal.search.service.suggest`; nothing outside this package imports
Whoosh. Modules:

* ``analysis``   Vietnamese analyzer (NFC first; exact, folded, bigram forms)
* ``documents``  the one mapping from a Procedure to its search document
* ``index``      schema, live-directory pointer, per-thread searchers, writers
* ``querying``   queries built from analysed words and synonym groups
* ``docsets``, ``scoring``  matching sets and BM25F over the candidates only
* ``spelling``   typo fallback and "did you mean"
* ``facets``, ``highlight``
* ``synonyms``   synonym-group services and the per-process cache
* ``changelog``  session events writing ``search_change`` in the same transaction
* ``position``   where an index stands in the change log; the gap-free rule
* ``sync``       after-commit application, bounded catch-up, rebuild-and-swap
* ``follower``   the background thread (one working per index folder) that builds and follows
* ``whoosh_backend``  the ``SearchBackend``; ``setup.init_search`` wires it
* ``cli``        ``flask search rebuild | status | seed-synonyms``
* ``sqlbackend`` answers while a node has no usable index yet
"""
