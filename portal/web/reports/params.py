"""Query-string parameters of the statistics pages and API, checked once.

Each parser raises :class:`portal.errors.ValidationError` naming the
parameter; pages and the API turn it into a 400.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...catalogue.models import Applicant, Tier
from ...errors import ValidationError
from ...levels.stats import GROUPINGS, INTERVALS, Filters


def parse_date(args, name: str, default: dt.date | None = None) -> dt.date | None:
    """``args[name]`` as YYYY-MM-DD, ``default`` when absent or empty."""
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(f"{name}: expected a date as YYYY-MM-DD", name) from None
    if len(raw) != 10 or day.year < 1990:
        raise ValidationError(f"{name}: expected a date as YYYY-MM-DD after 1990", name)
    return day


def parse_choice(args, name: str, choices: tuple[str, ...], default: str | None) -> str | None:
    """``args[name]`` if it is one of ``choices``."""
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    if raw not in choices:
        raise ValidationError(f"{name}: expected one of {', '.join(choices)}", name)
    return raw


@dataclass(frozen=True)
class StatsParams:
    start: dt.date | None
    end: dt.date               # the as-of date
    interval: str
    filters: Filters


def parse_stats_params(args, today: dt.date | None = None, default_interval: str = "year",
                       end_name: str = "to") -> StatsParams:
    """Date range (from, ``end_name``), interval, tier and applicant filters."""
    today = today or dt.date.today()
    start = parse_date(args, "from")
    end = parse_date(args, end_name, today)
    if end > today:
        raise ValidationError(f"{end_name}: the date cannot be in the future", end_name)
    if start is not None and start > end:
        raise ValidationError(f"from: must not be after {end_name}", "from")
    tier = parse_choice(args, "tier", tuple(t.value for t in Tier), None)
    applicant = parse_choice(args, "applicant", tuple(a.value for a in Applicant), None)
    return StatsParams(
        start=start, end=end,
        interval=parse_choice(args, "interval", INTERVALS, default_interval),
        filters=Filters(tier=Tier(tier) if tier else None,
                        applicant=Applicant(applicant) if applicant else None))


def parse_group_by(args, default: str | None = None) -> str | None:
    """The ``group_by`` parameter: agency, field, tier or applicant."""
    return parse_choice(args, "group_by", GROUPINGS, default)
