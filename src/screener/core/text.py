"""Texts in the app's three languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

LANGUAGES: Final = ("kk", "ru", "en")
DEFAULT_LANGUAGE: Final = "kk"


def code_key(code: str) -> str:
    """A code as people mean it: "kl-015", "KL-015" and " KL - 015 " are one case (or one
    trainee): compared without regard to capitals or spaces."""
    return "".join(code.split()).casefold()


@dataclass(frozen=True, slots=True)
class Text:
    """One text in Kazakh, Russian and English."""

    kk: str
    ru: str
    en: str

    def get(self, language: str) -> str:
        if language == "kk":
            return self.kk
        if language == "ru":
            return self.ru
        if language == "en":
            return self.en
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")

    def format(self, language: str, /, **values: object) -> str:
        return self.get(language).format_map(_Defaulting(values))

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Text:
        return cls(kk=data["kk"], ru=data["ru"], en=data["en"])


class _Defaulting(dict[str, object]):
    """Leaves an unknown placeholder visible instead of raising mid-render."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
