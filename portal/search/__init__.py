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
* ``sync``       after-commit application, catch-up, rebuild-and-swap
* ``whoosh_backend``  the ``SearchBackend``; ``setup.init_search`` wires it
* ``cli``        ``flask search rebuild | status | seed-synonyms``
"""
