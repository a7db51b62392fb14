"""The sheets' wording and structure: Jinja2 templates beside this module.

`result.xml.j2` and `blank.xml.j2` hold the structure; `wording_kk.j2`, `wording_ru.j2` and
`wording_en.j2` hold each language's words. Everything is autoescaped: answers, notes and
case codes are never markup.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def markup(template: str, **context: Any) -> str:
    """The sheet's markup (see layout.py), from one of the templates."""
    return environment().get_template(template).render(**context)
