"""Whole-catalogue backup: export to JSON lines and restore into an empty database."""
