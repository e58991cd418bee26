"""The one place a request's work is committed (DESIGN.md principle 3): services flush, the
edge commits once. Views write ``with committing(...) as done:`` around the service calls
instead of repeating try / rollback / commit."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from flask import flash

from ..errors import DomainError
from ..extensions import db


class Outcome:
    """What a ``committing`` block came to: true when committed; ``error`` is the domain
    error that rolled it back."""

    def __init__(self) -> None:
        self.error: DomainError | None = None

    def __bool__(self) -> bool:
        return self.error is None


@contextlib.contextmanager
def committing(*expected: type[DomainError], show: bool = False) -> Iterator[Outcome]:
    """Commit what the block did when it ends. On one of ``expected`` (the domain errors the
    view answers itself) roll back and keep the error in ``outcome.error``; with ``show``,
    also flash its message. Any other exception rolls back and propagates: nothing a failed
    request did is committed."""
    outcome = Outcome()
    try:
        yield outcome
    except expected as exc:
        db.session.rollback()
        outcome.error = exc
        if show:
            flash(str(exc), "error")
    except BaseException:
        db.session.rollback()
        raise
    else:
        db.session.commit()
