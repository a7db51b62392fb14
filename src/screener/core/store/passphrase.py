"""How hard a store passphrase is to guess, and, when it is too easy, why and what to do.

zxcvbn estimates how many guesses an attacker needs, knowing common passwords, names, keyboard
rows, sequences, dates and l33t spellings. The app's own words (its name, the country, the
regions, the settings a post works in: translations/messages.yaml "passphrase.app_words",
"region.*", "setting.*") are given to it as user inputs: they are what someone who finds this
laptop tries first. Cyrillic is checked as typed and as the Latin keys it was typed on
(the Russian JCUKEN layout over QWERTY), so the top row typed in Russian counts as
"qwertyuiop". A score of 3 (about 10^8 guesses or more) is required; every passphrase
of issue 14's list scores 1. A passphrase made mostly of the app's own words is refused
whatever zxcvbn makes of the rest.

zxcvbn (and its 30,000-word lists) is imported on first use: only the create and re-key
screens need it, never the unlock screen (start-up time is measured).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from screener.core.store.errors import WeakPassphrase

MIN_LENGTH = 10
LONG_ENOUGH = 16  # the length the advice names for a phrase of several words
MIN_SCORE = 3
_ESTIMATED = 100  # zxcvbn's matching grows with the square of the length: the rest only adds
# the Russian (JCUKEN) keys, row by row, over the Latin keys below
_RUSSIAN = (
    "\u0439\u0446\u0443\u043a\u0435\u043d\u0433\u0448\u0449\u0437\u0445"
    "\u044a\u0444\u044b\u0432\u0430\u043f\u0440\u043e\u043b\u0434\u0436"
    "\u044d\u044f\u0447\u0441\u043c\u0438\u0442\u044c\u0431\u044e\u0451"
)
_LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
KEYS_TYPED = str.maketrans(_RUSSIAN + _RUSSIAN.upper(), _LATIN + _LATIN.upper())


@cache
def app_words() -> tuple[str, ...]:
    """The app's own words in kk/ru/en, one by one."""
    from screener.core.messages import catalog  # noqa: PLC0415

    texts = catalog()
    keys = [k for k in texts if k == "passphrase.app_words" or k.startswith(("region.", "setting."))]
    words: set[str] = set()
    for key in keys:
        for language in ("kk", "ru", "en"):
            for word in texts[key].get(language).replace(",", " ").replace("-", " ").split():
                if len(word) >= 3:
                    words.add(word.lower())
    return tuple(sorted(words))


def estimate(passphrase: str, extra_words: Iterable[str] = ()) -> Mapping[str, Any]:
    """zxcvbn's weakest reading of the passphrase: as typed, and as the Latin keys under it."""
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]  # noqa: PLC0415 (only where one is chosen)

    words = [*app_words(), *(w.lower() for w in extra_words if w)]
    readings = dict.fromkeys((passphrase, passphrase.translate(KEYS_TYPED)))
    results = [zxcvbn(reading[:_ESTIMATED], user_inputs=words) for reading in readings]
    return min(results, key=lambda r: (r["score"], r["guesses"]))


def strength_problem(passphrase: str, extra_words: Iterable[str] = ()) -> str | None:
    """None when strong enough, else the message key that says why not."""
    if len(passphrase) < MIN_LENGTH:
        return "passphrase.too_short"
    result = estimate(passphrase, extra_words)
    sequence = result["sequence"]
    own = sum(len(m["token"]) for m in sequence if m.get("dictionary_name") == "user_inputs")
    if own * 2 >= len(passphrase[:_ESTIMATED]):  # "Astana-Almaty-2024": zxcvbn counts the rest high
        return "passphrase.own_words"
    if result["score"] >= MIN_SCORE:
        return None
    return _reason(sequence)


def _reason(sequence: list[dict[str, Any]]) -> str:
    """The most telling of the patterns zxcvbn found."""
    patterns = {m.get("pattern") for m in sequence}
    if any(m.get("dictionary_name") == "user_inputs" for m in sequence):
        return "passphrase.own_words"
    if "spatial" in patterns:
        return "passphrase.keyboard"
    if "dictionary" in patterns:
        return "passphrase.too_common"
    if patterns & {"sequence", "repeat"}:
        return "passphrase.sequence"
    if patterns & {"date", "regex"}:
        return "passphrase.dates"
    return "passphrase.guessable"


def weakness(passphrase: str, extra_words: Iterable[str] = ()) -> WeakPassphrase | None:
    """None when strong enough; else the error, which says why and how to do better."""
    problem = strength_problem(passphrase, extra_words)
    if problem is None:
        return None
    return WeakPassphrase(reason_key=problem, min_length=MIN_LENGTH, long_enough=LONG_ENOUGH)


def require_strong(passphrase: str, extra_words: Iterable[str] = ()) -> None:
    problem = weakness(passphrase, extra_words)
    if problem is not None:
        raise problem
