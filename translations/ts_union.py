"""Merge the Qt translation files without hand-editing XML.

During a merge (or given two git refs), take every translation that either side has, re-run
lupdate over the current sources (`make ts`), and fill each message from that union. Where both
sides translated a message differently, the side that changed it since their merge base wins.

    python translations/ts_union.py            # during a merge: HEAD and MERGE_HEAD
    python translations/ts_union.py REF1 REF2  # any two refs

Resolve the conflicts in the source files first (lupdate reads them), then run it.
Prints how many messages were filled and lists those still unfinished (to translate by hand).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ("translations/screener_kk.ts", "translations/screener_ru.ts")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
UNDONE = ("unfinished", "vanished", "obsolete")

Key = tuple[str, str, str]
Value = tuple[str, ...]  # the translation, or its numerus forms


def git(*args: str, check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        sys.exit(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout if done.returncode == 0 else ""


def messages(xml_text: str) -> dict[Key, Value]:
    """The finished translations of one .ts file's text."""
    if not xml_text.strip():
        return {}
    found: dict[Key, Value] = {}
    for context in ET.fromstring(xml_text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in UNDONE:
                continue
            forms = tuple(n.text or "" for n in translation.findall("numerusform"))
            value = forms or (translation.text or "",)
            if any(value):
                found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = value
    return found


def union(path: str, ours: str, theirs: str, base: str) -> dict[Key, Value]:
    a, b = messages(git("show", f"{ours}:{path}")), messages(git("show", f"{theirs}:{path}"))
    old = messages(git("show", f"{base}:{path}", check=False)) if base else {}
    merged = dict(b)
    for key, value in a.items():
        if key in b and b[key] != value and old.get(key) == value:
            continue  # theirs changed it, ours did not
        merged[key] = value
    return merged


def fill(path: Path, known: dict[Key, Value]) -> tuple[int, list[str]]:
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    filled, missing = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in UNDONE:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            value = known.get(key)
            if value is None:
                if translation.get("type") == "unfinished":
                    missing.append(f"{name}: {key[1][:70]!r}")
                continue
            forms = translation.findall("numerusform")
            if forms:
                for form, text in zip(forms, value, strict=False):
                    form.text = text
            else:
                translation.text = value[0]
            del translation.attrib["type"]
            filled += 1
    path.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return filled, missing


def main(argv: list[str]) -> int:
    if len(argv) == 2:
        ours, theirs = argv
    elif not argv and git("rev-parse", "-q", "--verify", "MERGE_HEAD", check=False).strip():
        ours, theirs = "HEAD", "MERGE_HEAD"
    else:
        sys.exit(__doc__)
    base = git("merge-base", ours, theirs, check=False).strip()
    known = {path: union(path, ours, theirs, base) for path in FILES}
    for path in FILES:  # a parseable start for lupdate: our side's file
        (ROOT / path).write_text(git("show", f"{ours}:{path}"), encoding="utf-8")
    subprocess.run(["make", "-s", "ts"], cwd=ROOT, check=True)
    for path in FILES:
        filled, missing = fill(ROOT / path, known[path])
        print(f"{path}: {filled} filled from the union, {len(missing)} still to translate")
        for line in missing:
            print("   ", line)
    subprocess.run(["make", "-s", "ts"], cwd=ROOT, check=True)  # lupdate's own formatting again
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
