"""Procedure search: a small interface (``base``) with a Whoosh implementation.

Callers use :func:`portal.search.service.search` and
:func:`portal.search.service.suggest`; nothing outside this package imports
Whoosh.
"""
