"""What the case screens and the referral slip show of a case, in words (no Qt).

A referral's organisation is named from the directory (or as typed); a re-screening is shown
beside the earlier record of the same case: its answers, read-only, as people read them.
Nothing here copies an answer from one record into another.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from screener.core.countries import country_name
from screener.core.instrument.model import Directory, Form
from screener.core.store.case_records import Case, CaseMember, Referral
from screener.core.store.records import FINAL, Kind
from screener.core.text import Text


def organisation_name(directory: Directory | None, referral: Referral, language: str) -> str:
    """The organisation as the directory prints it (its English name in English, when it has
    one) with its city; a hotline by its name and number; a typed one as typed."""
    if referral.organisation_id is not None and directory is not None:
        for entry in directory.entries:
            if entry.id == referral.organisation_id:
                name = entry.organisation_en if language == "en" and entry.organisation_en else entry.organisation
                return f"{name} ({entry.city})" if entry.city else name
        for hotline in directory.hotlines:
            if hotline.id == referral.organisation_id:
                return f"{hotline.name.get(language)} ({hotline.number})"
    return referral.organisation or referral.organisation_id or "-"


def earlier_record(case: Case, screening_id: str) -> CaseMember | None:
    """The record a re-screening is compared with: the last full interview before it in its
    case that was finalised (a quick check asks no question, a draft may still change)."""
    place = case.place_of(screening_id)
    if place is None:
        return None
    earlier = [m for m in case.members if m.place < place and m.kind == Kind.FULL and m.status in FINAL]
    return earlier[-1] if earlier else None


def answer_words(form: Form, item_id: str, answers: Mapping[str, Any], language: str) -> str | None:
    """An item's answer in an earlier record, as people read it (an option's words, a country's
    name, a score with the evidence scale's words); None when that record did not answer it."""
    item = form.items.get(item_id)
    if item is None or answers.get(item_id) is None:
        return None
    value = answers[item_id]
    if item.type == "evidence" and isinstance(value, int) and 0 <= value < len(form.evidence_scale):
        return f"{value}: {form.evidence_scale[value].get(language)}"
    values = value if isinstance(value, (list, tuple)) else [value]
    words = []
    for one in values:
        shown = item.shown(one)
        if isinstance(shown, Text):
            words.append(shown.get(language))
        elif item.type == "country" and isinstance(one, str):
            words.append(country_name(one, language))
        else:
            words.append(str(shown))
    return ", ".join(words)
