"""External links of the catalogue (online submission, legal basis, source) and their checks."""
