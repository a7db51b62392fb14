"""Replay of cases, referrals and decisions from the audit trail, compared with their tables.

Each case, its members and places, each referral (what for, to whom (a typed name by its hash),
how, consent) with every step it reached, and each decision, rebuilt from the entries alone: a
row changed, added or deleted outside the app shows as a difference named by its id.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from screener.core.store.tables import (
    AuditRow,
    CaseMemberRow,
    CaseRow,
    DecisionRow,
    ReferralRow,
    ReferralStepRow,
)

ACTIONS = frozenset({"case_open", "case_add", "refer", "referral_state", "decision"})
Found = tuple[str, str, Any, Any]  # (id, item, trail, table)


def _hash(text: str) -> str:  # the same as replay.text_hash (not imported: replay imports this module)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32] if text else ""


def replay_cases(session: Session) -> list[Found]:
    cases: dict[str, dict[str, Any]] = {}
    members: dict[str, tuple[str, int]] = {}  # screening -> (case, place)
    referrals: dict[str, dict[str, Any]] = {}
    steps: dict[str, list[tuple[str, str, str | None]]] = {}
    decisions: dict[str, list[tuple[str, str, str]]] = {}
    query = (
        select(AuditRow.action, AuditRow.screening_id, AuditRow.detail_json)
        .where(AuditRow.action.in_(ACTIONS | {"delete"}))
        .order_by(AuditRow.seq)
    )
    for action, sid, detail_json in session.execute(query):
        d = json.loads(detail_json or "{}")
        if action == "case_open":
            cases[d["case"]] = {"code": d.get("code"), "export_id": d.get("export_id")}
        elif action == "case_add" and sid:
            members[sid] = (d["case"], int(d["place"]))
        elif action == "delete" and sid:
            members.pop(sid, None)  # a deleted draft leaves its case
        elif action == "refer":
            referrals[d["referral"]] = {
                "case": d.get("case"),
                "screening": sid,
                "purpose": d.get("purpose"),
                "organisation_id": d.get("organisation_id"),
                "organisation": d.get("organisation"),
                "channel": d.get("channel"),
                "consent": bool(d.get("consent")),
                "no_consent_reason": d.get("no_consent_reason"),
                "state": "sent",
            }
            steps[d["referral"]] = [("sent", d.get("on"), None)]
        elif action == "referral_state":
            ref = referrals.setdefault(d["referral"], {"state": None})
            ref["state"] = d.get("state")
            steps.setdefault(d["referral"], []).append((d.get("state"), d.get("on"), d.get("reason")))
        elif action == "decision":
            decisions.setdefault(d["case"], []).append((d.get("outcome"), d.get("by"), d.get("on")))
    return _compare(session, cases, members, referrals, steps, decisions)


def _compare(  # noqa: PLR0917 (each rebuilt part against its table)
    session: Session,
    cases: dict[str, dict[str, Any]],
    members: dict[str, tuple[str, int]],
    referrals: dict[str, dict[str, Any]],
    steps: dict[str, list[tuple[str, str, str | None]]],
    decisions: dict[str, list[tuple[str, str, str]]],
) -> list[Found]:
    found: list[Found] = []
    table_cases = {r.id: {"code": r.code, "export_id": r.export_id} for r in session.scalars(select(CaseRow))}
    found.extend(_diff(cases, table_cases, "case"))
    table_members = {m.screening_id: (m.case_id, m.place) for m in session.scalars(select(CaseMemberRow))}
    found.extend(_diff(members, table_members, "case member"))
    table_refs = {
        r.id: {
            "case": r.case_id,
            "screening": r.screening_id,
            "purpose": r.purpose,
            "organisation_id": r.organisation_id,
            "organisation": _hash(r.organisation),
            "channel": r.channel,
            "consent": bool(r.consent),
            "no_consent_reason": r.no_consent_reason,
            "state": r.state,
        }
        for r in session.scalars(select(ReferralRow))
    }
    found.extend(_diff(referrals, table_refs, "referral"))
    table_steps: dict[str, list[tuple[str, str, str | None]]] = {}
    for s in session.scalars(select(ReferralStepRow).order_by(ReferralStepRow.referral_id, ReferralStepRow.seq)):
        table_steps.setdefault(s.referral_id, []).append((s.state, s.on_date, s.reason))
    found.extend(_diff(steps, table_steps, "referral steps"))
    table_decisions: dict[str, list[tuple[str, str, str]]] = {}
    for dec in session.scalars(select(DecisionRow).order_by(DecisionRow.case_id, DecisionRow.seq)):
        table_decisions.setdefault(dec.case_id, []).append((dec.outcome, dec.decided_by, dec.decided_on))
    found.extend(_diff(decisions, table_decisions, "decisions"))
    return found


def _diff(trail: dict[str, Any], table: dict[str, Any], item: str) -> list[Found]:
    out: list[Found] = []
    for key in sorted(set(trail) | set(table)):
        a, b = trail.get(key), table.get(key)
        if isinstance(a, list):
            a = [tuple(x) for x in a]
        if isinstance(b, list):
            b = [tuple(x) for x in b]
        if a != b:
            out.append((key, item, a, b))
    return out
