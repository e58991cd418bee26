"""A procedure as a CPSV-AP 3.2.0 ``PublicService`` (EU Core Public Service Vocabulary)."""
from __future__ import annotations

from .context import CONTEXT
from .duration import UNITS, iso_duration
from .service import public_service

__all__ = ["CONTEXT", "UNITS", "iso_duration", "public_service"]
