"""Synthetic de-identified records, as many laptops would export them (tests and bench)."""

from __future__ import annotations

import csv
import json
import random
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from screener.core.export.record import COLUMNS, FORMAT, to_csv_row
from screener.core.instrument.model import SETTINGS
from screener.core.regions import REGIONS

BANDS = ("0-13", "14-17", "18-24", "25-34", "35-44", "45-59", "60+", "unknown")
INDICATORS = tuple(f"sop_general.{n:02d}" for n in range(1, 13)) + tuple(f"sop_border.{n:02d}" for n in range(1, 9))
STEPS = ("call_102", "refer_social_services", "hotline_11616", "ngo_directory", "explain_victim_rights")
NO_CASE = {"case_id": "", "case_place": None, "referrals": [], "decision": "", "decided_by": ""}
ITEMS = ("B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D1", "D2", "D3", "E1", "E2", "E3")


def records(count: int, post: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """`count` records of one post (a post keeps its region and setting), reproducible by seed."""
    rng = random.Random(seed * 1_000_003 + post)
    region = REGIONS[post % len(REGIONS)]
    setting = SETTINGS[post % len(SETTINGS)]
    for _n in range(count):
        citizen = rng.random() < 0.6
        scores = {"score_b": None if citizen else rng.randint(0, 12)}
        scores.update({"score_c": rng.randint(0, 12), "score_d": rng.randint(0, 9), "score_e": rng.choice((0, 3, 6))})
        steps = list(rng.sample(STEPS, rng.randint(0, 3)))
        row = {
            "format": FORMAT,
            "export_id": uuid.UUID(int=rng.getrandbits(128), version=4).hex,
            "region": region,
            "setting": setting,
            "kind": "quick" if rng.random() < 0.1 else "full",
            "form_id": "htiam14-kz",
            "form_version": 1,
            "month": f"{rng.choice((2025, 2026))}-{rng.randint(1, 12):02d}",
            "age_band": rng.choice(BANDS),
            **scores,
            "total": sum(v for v in scores.values() if v is not None),
            "max": 27 if citizen else 39,
            "items_at_2": sorted(rng.sample(ITEMS, rng.randint(0, 3))),
            "indicators": sorted(rng.sample(INDICATORS, rng.randint(0, 3))),
            "judgement": rng.choice((None, 0, 1, 2, 3)),
            "types": rng.choice(([], ["not_victim"], ["labour"], ["labour", "sexual_forced"])),
            "steps": steps,
            "steps_done": steps[: rng.randint(0, len(steps))],
            **NO_CASE,
        }
        if row["kind"] == "quick":  # as the exporter writes a quick check: no question, no score
            row.update(score_b=None, score_c=None, score_d=None, score_e=None, total=0, max=0)
            row.update(items_at_2=[], judgement=None, types=[])
        yield row


def write(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """An export file of these records, CSV or JSON Lines by the file's suffix."""
    if path.suffix == ".jsonl":
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, separators=(",", ":")) + "\n")
        return path
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(to_csv_row(row))
    return path
