"""Dates as every view shows them: one format, local time, on screen and on the sheet alike.

Day.month.year is how dates are written in Kazakhstan, in Kazakh and Russian documents alike
(and it reads unambiguously in English too); the store keeps UTC ISO times.
"""

from __future__ import annotations

from datetime import datetime

DAY_FORMAT = "%d.%m.%Y"
DATE_FORMAT = f"{DAY_FORMAT} %H:%M"


def local_time(iso: str | None) -> str:
    """A stored UTC time as local date and time ("30.11.2026 14:05"); "" for none."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime(DATE_FORMAT)
    except ValueError:
        return iso


def now() -> str:
    return datetime.now().astimezone().strftime(DATE_FORMAT)


def day(iso_day: str | None) -> str:
    """A day kept as YYYY-MM-DD (a referral's step, a decision) as every view shows it: 30.11.2026."""
    if not iso_day:
        return ""
    try:
        return datetime.strptime(iso_day[:10], "%Y-%m-%d").strftime(DAY_FORMAT)
    except ValueError:
        return iso_day
