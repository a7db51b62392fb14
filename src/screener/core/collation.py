"""Alphabetical order as a reader of each language expects it.

Python orders by code point: Russian yo comes before a, and the Kazakh letters (schwa, ghayn,
qaf, eng, barred o, straight u, h, dotted i) after ya: Kazakh region names came out in the
order of their English ids. The alphabets are written out here: no ICU on the field's laptops.
"""

from __future__ import annotations

from functools import cache

ALPHABETS = {
    # written as escapes: src/ stays ASCII
    "kk": (
        "\u0430\u04d9\u0431\u0432\u0433\u0493\u0434\u0435\u0451\u0436\u0437\u0438\u0439\u043a\u049b\u043b\u043c\u043d\u04a3\u043e\u04e9"
        "\u043f\u0440\u0441\u0442\u0443\u04b1\u04af\u0444\u0445\u04bb\u0446\u0447\u0448\u0449\u044a\u044b\u0456\u044c\u044d\u044e\u044f"
    ),  # the 42 letters, in order
    "ru": (
        "\u0430\u0431\u0432\u0433\u0434\u0435\u0451\u0436\u0437\u0438\u0439\u043a\u043b\u043c\u043d\u043e\u043f"
        "\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044a\u044b\u044c\u044d\u044e\u044f"
    ),  # the 33 letters, in order
}


@cache
def _ranks(language: str) -> dict[str, int]:
    return {letter: rank for rank, letter in enumerate(ALPHABETS.get(language, ""), start=1)}


def sort_key(text: str, language: str) -> tuple[int, ...]:
    """Compare names of one language: its alphabet's letters in its order; a space or a sign
    before any letter ("Abai" before "Abai oblysy" before "Abaily"); other letters after."""
    ranks = _ranks(language)
    after = len(ranks) + 1
    return tuple(ranks.get(char, after + ord(char) if char.isalpha() else 0) for char in text.casefold())
