"""Referrals and the competent authority's decision: the lists (forms/referrals.yaml) and the rules.

The lists a worker chooses from (what a referral is for, how it is made, why it was declined or
not delivered, why it was made without consent, who decided) are data: ids with their words in
kk/ru/en. The life of a referral is fixed here: sent -> accepted or declined (with a reason);
accepted -> delivered or not delivered (with a reason). A decision is identified, not identified
or pending, always recorded by a person, never inferred from a screening.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from screener.core.instrument.building import Builder
from screener.core.text import Text


class RefState(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DELIVERED = "delivered"
    NOT_DELIVERED = "not_delivered"


class Outcome(StrEnum):
    IDENTIFIED = "identified"
    NOT_IDENTIFIED = "not_identified"
    PENDING = "pending"


NEXT: Mapping[RefState, tuple[RefState, ...]] = {
    RefState.SENT: (RefState.ACCEPTED, RefState.DECLINED),
    RefState.ACCEPTED: (RefState.DELIVERED, RefState.NOT_DELIVERED),
    RefState.DECLINED: (),
    RefState.DELIVERED: (),
    RefState.NOT_DELIVERED: (),
}
# a state reached with a reason, and the list of referrals.yaml the reason comes from
REASON_LIST: Mapping[RefState, str] = {
    RefState.DECLINED: "decline_reasons",
    RefState.NOT_DELIVERED: "not_delivered_reasons",
}
LISTS = ("purposes", "channels", "decline_reasons", "not_delivered_reasons", "no_consent_reasons", "deciders")


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    text: Text


@dataclass(frozen=True, slots=True)
class ReferralLists:
    id: str
    version: int
    title: Text
    lists: Mapping[str, tuple[Choice, ...]]  # by the names in LISTS
    path: Path

    def choices(self, name: str) -> tuple[Choice, ...]:
        return self.lists[name]

    def ids(self, name: str) -> tuple[str, ...]:
        return tuple(c.id for c in self.lists[name])

    def text(self, name: str, choice_id: str, language: str) -> str:
        """The words of a choice; an id no longer in the file is shown as it was stored."""
        for choice in self.lists[name]:
            if choice.id == choice_id:
                return choice.text.get(language)
        return choice_id


class ReferralListsBuilder(Builder):
    """Stages 3-4 for referrals.yaml: the schema has checked the shape; ids are unique per list."""

    def build(self) -> ReferralLists:
        data = self.source.data
        lists: dict[str, tuple[Choice, ...]] = {}
        for name in LISTS:
            entries = data[name]
            self.unique(((e["id"], (name, i, "id")) for i, e in enumerate(entries)), name)
            lists[name] = tuple(Choice(e["id"], self.text(e, "text")) for e in entries)
        return ReferralLists(
            id=data["id"], version=data["version"], title=self.text(data, "title"), lists=lists, path=self.source.path
        )
