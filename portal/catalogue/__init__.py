"""The catalogue: procedures, agencies and fields (lĩnh vực)."""
