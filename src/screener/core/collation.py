"""Alphabetical order as a reader of each language expects it.

Python orders by code point: Russian Ё comes before А, and Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І after Я
(Kazakh region names came out in the order of their English names' ids). The alphabets are
written out here: no ICU on the field's laptops.
"""

from __future__ import annotations

from functools import cache

ALPHABETS = {
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


@cache
def _ranks(language: str) -> dict[str, int]:
    return {letter: rank for rank, letter in enumerate(ALPHABETS.get(language, ""), start=1)}


def sort_key(text: str, language: str) -> tuple[int, ...]:
    """Compare names of one language: its alphabet's letters in its order; a space or a sign
    before any letter ("Абай" before "Абай облысы" before "Абайлы"); other letters after."""
    ranks = _ranks(language)
    after = len(ranks) + 1
    return tuple(ranks.get(char, after + ord(char) if char.isalpha() else 0) for char in text.casefold())
