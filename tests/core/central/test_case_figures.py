"""Case figures of the central database against a generated population with known answers (issue 20).

CF001: 1,500 generated cases (quick checks with or without signs, interviews with items at 2 and
       judgements, referrals through every state with known days, decisions) exported as records,
       imported; every count shown equals the count taken from the generator's own answers, every
       count below k is hidden, the means of days equal the generated ones; by region, setting and
       month the same. The figures are printed (they go in the closing note).
CF002: a case is counted once whichever of its records were exported, and an old central
       database without the case columns gains them.
CF003: a store's case exported and imported end to end: its records carry the same random case id,
       the referral's purpose and state, the decision; no organisation's name reaches the file.
"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections import Counter, defaultdict
from datetime import date
from statistics import mean

from sqlalchemy import text

from screener.cli import main
from screener.core.central.cases import COUNTS, case_figures
from screener.core.central.database import connect
from screener.core.central.importer import import_file
from screener.core.export.writer import write_export
from screener.core.store.store import Store
from tests.core.central import synthetic
from tests.core.export.test_export import PASSPHRASE, fill

PURPOSES = ("shelter", "medical", "legal", "psychological", "guardianship", "police", "consular")
ENDS = ("sent", "accepted", "declined", "delivered", "not_delivered")


def population(count: int, seed: int = 20):
    """(records, truth): the export records of `count` cases, and each case's generated answers."""
    rng = random.Random(seed)
    records, truth = [], []
    for n in range(count):
        base = list(synthetic.records(2, post=n % 9, seed=seed * 10_000 + n))
        case_id = uuid.UUID(int=rng.getrandbits(128), version=4).hex
        has_quick = rng.random() < 0.6
        signs = has_quick and rng.random() < 0.7
        items = rng.random() < 0.4
        judgement = rng.choice((0, 1, 2, 3))
        identified = rng.random() < (0.55 if judgement >= 2 else 0.1)
        decision = rng.choice(("identified",) if identified else ("not_identified", "pending", ""))
        referrals, cells = [], []
        for _r in range(rng.choice((0, 1, 1, 2, 3))):
            state = rng.choice(ENDS)
            days = () if state == "sent" else (rng.randint(0, 9),)
            if state in ("delivered", "not_delivered"):
                days += (rng.randint(0, 30),)
            referrals.append((state, days))
            cells.append(".".join([rng.choice(PURPOSES), state, *map(str, days)]))
        case = {
            "case_id": case_id,
            "referrals": cells,
            "decision": decision,
            "decided_by": rng.choice(("police", "border_service", "court", "other")) if decision else "",
        }
        place = 1
        month = base[0]["month"]
        if has_quick:
            quick = {**base[0], "kind": "quick", "score_b": None, "score_c": None, "score_d": None, "score_e": None}
            quick.update(total=0, max=0, items_at_2=[], judgement=None, types=[], month=month)
            quick.update(indicators=["sop_border.01"] if signs else [], case_place=place, **case)
            records.append(quick)
            place += 1
        full = {**base[1], "kind": "full", "month": month, "judgement": judgement, "case_place": place, **case}
        full.update(items_at_2=["C1"] if items else [])
        full.update(score_b=None, score_c=3, score_d=2, score_e=0, total=5, max=27)
        records.append(full)
        truth.append(
            {
                "region": base[0]["region"],
                "setting": base[0]["setting"],
                "month": month,
                "signs": signs,
                "items": items,
                "judgement_2_3": judgement >= 2,
                "identified": decision == "identified",
                "referrals": referrals,
            }
        )
    return records, truth


def expected(cases) -> tuple[dict[str, int], dict[str, list[int]]]:
    """The figures, counted from the generated answers (not from the records)."""
    states = Counter(state for c in cases for state, _days in c["referrals"])
    ident = [c for c in cases if c["identified"]]
    high = [c for c in cases if c["judgement_2_3"]]
    counts = {
        "cases": len(cases),
        "referrals": sum(states.values()),
        "accepted": states["accepted"] + states["delivered"] + states["not_delivered"],
        "declined": states["declined"],
        "delivered": states["delivered"],
        "not_delivered": states["not_delivered"],
        "identified": len(ident),
        "identified_quick_signs": sum(c["signs"] for c in ident),
        "identified_items_at_2": sum(c["items"] for c in ident),
        "identified_judgement_2_3": sum(c["judgement_2_3"] for c in ident),
        "judgement_2_3": len(high),
        "judgement_2_3_identified": sum(c["identified"] for c in high),
    }
    days = {
        "days_to_answer": [d[0] for c in cases for _s, d in c["referrals"] if d],
        "days_to_end": [d[1] for c in cases for _s, d in c["referrals"] if len(d) > 1],
    }
    return counts, days


def test_cf001_figures_match_the_generated_population(central, tmp_path):
    records, truth = population(1500)
    report = import_file(central, synthetic.write(tmp_path / "cases.csv", records))
    assert report.rejected is None, report.rejected and report.rejected.render("en")
    assert report.added == len(records)
    overall = case_figures(central).rows[0]
    counts, days = expected(truth)
    print("\ncase figures (central) vs generated, k=11, all 1500 cases:")
    for name in COUNTS:
        print(f"  {name:28} central {overall.counts[name]!s:>6}   generated {counts[name]:>6}")
    for name, values in days.items():
        print(f"  mean {name:23} central {overall.means[name]:6.2f}   generated {mean(values):6.2f}")
    assert overall.counts == counts  # all large enough to be shown
    for name, values in days.items():
        assert abs(overall.means[name] - mean(values)) < 1e-9
    for by in ("region", "setting", "month"):
        groups = defaultdict(list)
        for case in truth:
            groups[case[by]].append(case)
        figures = case_figures(central, by=by)
        assert {r.group for r in figures.rows} == {"", *groups}
        hidden = shown = 0
        for row in figures.rows[1:]:
            want, want_days = expected(groups[row.group])
            for name in COUNTS:
                got = row.counts[name]
                if got is None:
                    hidden += 1
                else:
                    shown += 1
                    assert got == want[name], (by, row.group, name)
                    assert not 0 < got < 11
                if 0 < want[name] < 11:
                    assert got is None, (by, row.group, name)
            for name, values in want_days.items():
                if len(values) >= 11:
                    assert abs(row.means[name] - mean(values)) < 1e-9
                else:
                    assert row.means[name] is None
        print(f"  by {by}: {len(groups)} groups, {shown} counts shown, {hidden} hidden")
        assert shown and hidden


def test_cf002_a_case_counts_once_and_an_old_database_gains_the_columns(central, postgres_url, tmp_path):
    records, _truth = population(40, seed=3)
    import_file(central, synthetic.write(tmp_path / "a.csv", records[::2]))
    import_file(central, synthetic.write(tmp_path / "b.csv", records[1::2]))
    assert case_figures(central).rows[0].counts["cases"] == 40
    with central.begin() as connection:
        connection.execute(text("DROP VIEW IF EXISTS central_screening, central_indicator CASCADE"))
        for column in ("case_id", "case_place", "referrals", "decision", "decided_by"):
            connection.execute(text(f"ALTER TABLE central_record DROP COLUMN {column} CASCADE"))
    again = connect(postgres_url)
    try:
        assert case_figures(again).rows[0].counts["cases"] == 0  # the old records are in no case
        assert import_file(again, synthetic.write(tmp_path / "c.csv", records[:2])).rejected is None
    finally:
        again.dispose()


def test_cf003_a_store_case_exported_and_imported(central, tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    ids = fill(store, catalog)
    first, second = ids["adult"], ids["citizen"]
    case_id = store.open_case("KZ-9", [first, second])
    today = date.today()
    referral = store.refer(
        case_id, purpose="shelter", channel="phone", on=today.isoformat(), consent=True, organisation="Adilet NGO"
    )
    store.update_referral(referral, "accepted", today.isoformat())
    store.record_decision(case_id, "identified", "court", today.isoformat())
    export = tmp_path / "e.jsonl"
    write_export(store, export, "jsonl")
    again = tmp_path / "e2.jsonl"
    write_export(store, again, "jsonl")
    content = export.read_text(encoding="utf-8")
    assert "Adilet" not in content and "KZ-9" not in content
    rows = [json.loads(line) for line in content.splitlines()]
    [alone] = [r for r in rows if not r["case_id"]]  # the third screening is in no case
    assert (alone["case_place"], alone["referrals"], alone["decision"]) == (None, [], "")
    rows.remove(alone)
    export_id = store.get_case(case_id).export_id
    assert {(r["case_id"], r["case_place"]) for r in rows} == {(export_id, 1), (export_id, 2)}
    assert {tuple(r["referrals"]) for r in rows} == {("shelter.accepted.0",)}
    assert {(r["decision"], r["decided_by"]) for r in rows} == {("identified", "court")}
    second_export = [json.loads(line) for line in again.read_text().splitlines()]
    assert sorted(r["case_id"] for r in second_export if r["case_id"]) == [export_id, export_id]
    assert import_file(central, export).rejected is None
    figures = case_figures(central).rows[0]
    assert figures.counts["cases"] is None  # one case: below k, hidden
    store.lock()


def test_cf004_the_command_prints_the_figures_labelled_as_observed(central, postgres_url, tmp_path, capsys):
    records, truth = population(300, seed=5)
    import_file(central, synthetic.write(tmp_path / "p.csv", records))
    assert main(["--lang", "ru", "central", "cases", "--db", postgres_url]) == 0
    out = capsys.readouterr().out
    counts, _days = expected(truth)
    assert "не валидация инструмента" in out
    assert re.search(rf"Направлений сделано +{counts['referrals']:,}\n", out)
    assert main(["central", "cases", "--by", "region", "--db", postgres_url]) == 0
    out = capsys.readouterr().out
    assert "not a validation of the instrument" in out and "<11" in out
    assert main(["central", "cases", "--k", "5", "--db", postgres_url]) == 2
