"""The core's user-facing messages, in kk/ru/en, from translations/messages.yaml."""

from __future__ import annotations

from functools import cache
from typing import Any

from screener.core.paths import translations_dir
from screener.core.text import LANGUAGES, Text

_NO_DEFAULT = object()


@cache
def catalog() -> dict[str, Text]:
    import yaml  # noqa: PLC0415 (read once, on the first message; not on the start-up path)

    path = translations_dir() / "messages.yaml"
    with path.open(encoding="utf-8") as stream:
        raw = yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out: dict[str, Text] = {}
    for key, value in raw.items():
        missing = [lang for lang in LANGUAGES if not value.get(lang)]
        if missing:
            raise ValueError(f"{path}: message {key} lacks {', '.join(missing)}")
        out[str(key)] = Text.from_dict(value)
    return out


def message(key: str, language: str, /, default: Any = _NO_DEFAULT, **params: Any) -> str:
    text = catalog().get(key)
    if text is None:
        if default is _NO_DEFAULT:
            raise KeyError(f"no message {key!r} in translations/messages.yaml")
        return str(default)
    return text.format(language, **params)
