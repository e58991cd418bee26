"""Factory functions for test data."""
from __future__ import annotations

import itertools

from portal.catalogue.models import Agency, Field, Procedure, Status
from portal.extensions import db
from portal.vntext import merge_key

_codes = itertools.count(1)


def make_agency(name: str = "Sở Tư pháp") -> Agency:
    agency = Agency(name=name, key=merge_key(name))
    db.session.add(agency)
    db.session.flush()
    return agency


def make_field(name: str = "Hộ tịch") -> Field:
    field = Field(name=name, key=merge_key(name))
    db.session.add(field)
    db.session.flush()
    return field


def make_procedure(name: str = "Đăng ký khai sinh", code: str | None = None, *,
                   level: int = 1, status: Status = Status.PUBLISHED, **kw) -> Procedure:
    proc = Procedure(code=code or f"9.{next(_codes):06d}", name=name, level=level,
                     status=status, **kw)
    db.session.add(proc)
    db.session.flush()
    return proc
