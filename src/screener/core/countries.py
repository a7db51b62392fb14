"""Country names in the interview language (Babel's CLDR data, offline)."""

from __future__ import annotations

from functools import cache

from babel import Locale

from screener.core.collation import sort_key
from screener.core.instrument.model import STATELESS
from screener.core.messages import message


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def is_country(code: str) -> bool:
    return len(code) == 2 and code.isupper() and code in _territories("en")


def country_name(code: str, language: str) -> str:
    if code == STATELESS:
        return message("country.stateless", language)
    return _territories(language).get(code, code)


def countries(language: str) -> list[tuple[str, str]]:
    """(code, name) for every real country, sorted by name in that language."""
    names = _territories(language)
    codes = [
        c
        for c in _territories("en")
        if len(c) == 2 and c.isalpha() and c not in ("ZZ", "EU", "UN", "EZ", "QO", "XA", "XB", "XK")
    ]
    return sorted(((c, names.get(c, c)) for c in codes), key=lambda pair: sort_key(pair[1], language))
