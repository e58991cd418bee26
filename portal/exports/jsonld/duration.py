"""Time limits as ISO 8601 durations (the lexical form of ``xsd:duration``)."""
from __future__ import annotations

import math
from decimal import Decimal

# The units a time limit is stated in (the API's ``time_limit_unit``).
UNITS = ("working_day", "day", "hour", "month", "year")


def _number(value: float | int) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(f"a time limit is a number, not {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"a time limit is a finite number, not {value!r}")
    number = Decimal(str(value))
    if number < 0:
        raise ValueError(f"a time limit is never negative: {value!r}")
    return number


def _whole(number: Decimal) -> int:
    # Units with no exact smaller unit (a month has no fixed number of days, a working
    # day no fixed number of hours) round a fraction up: xsd:duration allows a fraction
    # only on seconds, and a limit must not read shorter than the law's. The exact number
    # travels beside the duration (portal:timeLimitValue).
    return math.ceil(number)


def _format(years=0, months=0, days=0, hours=0, minutes=0, seconds=Decimal(0)) -> str:
    date = "".join(f"{n}{u}" for n, u in ((years, "Y"), (months, "M"), (days, "D")) if n)
    secs = format(seconds.normalize(), "f") if seconds else ""
    time = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if n)
    if not date and not time:
        return "P0D"
    return "P" + date + ("T" + time if time else "")


def _from_seconds(total: Decimal, *, with_days: bool) -> str:
    whole = int(total)
    days, rest = divmod(whole, 86400) if with_days else (0, whole)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return _format(days=days, hours=hours, minutes=minutes, seconds=secs + (total - whole))


def iso_duration(value: float | int | None, unit: str | None) -> str | None:
    """``value`` ``unit`` as an ISO 8601 duration: (30, "day") → ``P30D``, (1, "hour") → ``PT1H``.

    A working day has no ISO unit: it is written as a day (``P20D``) and the unit is
    stated beside the duration by the caller. None when the value or unit is unknown;
    ValueError for a negative value or a unit outside ``UNITS``.
    """
    if value is None or unit is None:
        return None
    if unit not in UNITS:
        raise ValueError(f"unknown time-limit unit {unit!r}; expected one of {UNITS}")
    number = _number(value)
    if unit == "hour":
        return _from_seconds(number * 3600, with_days=False)
    if unit == "day":  # a calendar day is exactly 24 hours
        return _from_seconds(number * 86400, with_days=True)
    if unit == "year":  # a year is exactly 12 months
        years, months = divmod(_whole(number * 12), 12)
        return _format(years=years, months=months)
    if unit == "month":
        return _format(months=_whole(number))
    return _format(days=_whole(number))  # working_day
