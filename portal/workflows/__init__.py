"""Staff work that spans several domains: editing a procedure (with its level history,
form rule and audit entry), upkeep of its page (forms, reports, freshness) and the
staff's scoped lists. One floor above the domains it combines (see tests/test_layers.py)."""
