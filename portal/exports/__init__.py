"""Open-data exports of the public catalogue, streamed: CSV, XLSX, JSON lines, JSON-LD.

Each writer is a generator over :func:`portal.catalogue.queries.iter_public_procedures`
(fetched in batches), so the catalogue is never built whole in memory.
"""
from .writers import FORMATS, ExportFormat  # noqa: F401
