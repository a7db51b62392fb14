"""`screener store ...`: create, check, fill, back up, restore and re-key a store from a shell.

Passphrases come from SCREENER_PASSPHRASE (and SCREENER_NEW_PASSPHRASE, SCREENER_BACKUP_PASSPHRASE)
or a prompt, never from the arguments, which other users of the machine can see.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from screener.core.answers import CONTEXT_FLAGS, evaluate_input
from screener.core.errors import Code
from screener.core.instrument.loader import load_catalog
from screener.core.messages import message
from screener.core.problems import AnswersError, Problem
from screener.core.regions import REGIONS, SETTING_KEY, UNKNOWN, region_name
from screener.core.store import backup as backup_module
from screener.core.store import salvage as salvage_module
from screener.core.store.errors import DamagedStore, PassphraseNeeded, StoreError
from screener.core.store.location import default_store_path
from screener.core.store.replay import Seal
from screener.core.store.store import Store

EXIT_INVALID = 2


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    store = sub.add_parser("store", help="the encrypted store (passphrase: SCREENER_PASSPHRASE or a prompt)")
    commands = store.add_subparsers(dest="store_command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument(
            "--db",
            type=Path,
            default=None,
            help="the store file (default: the user's data folder, or SCREENER_STORE)",
        )
        parser.set_defaults(run=run)
        return parser

    command("init", "create a new store")
    check = command("check", "verify the pages, the encryption, the audit chain, and replay every screening")
    check.add_argument(
        "--against",
        metavar="FILE|SEAL",
        help="a backup (SCREENER_BACKUP_PASSPHRASE or the store's), an export's .seal file, or a seal from a sheet",
    )
    add = command("add", "store a screening from a JSON/YAML file (as for `screener score`)")
    add.add_argument("file", type=Path)
    add.add_argument("--draft", action="store_true", help="keep it as a draft instead of finalising it")
    backup = command("backup", "write an encrypted backup")
    backup.add_argument("--out", type=Path, required=True)
    backup.add_argument(
        "--new-passphrase",
        action="store_true",
        help="key the backup with SCREENER_BACKUP_PASSPHRASE (or a prompt)",
    )
    restore = command("restore", "replace the store with a backup (the replaced store is kept beside it)")
    restore.add_argument("--from", dest="source", type=Path, required=True)
    command("rekey", "change the passphrase (new one: SCREENER_NEW_PASSPHRASE or a prompt)")
    copies = command("copies", "list the copies kept beside the store (migration, restore, re-key)")
    what = copies.add_mutually_exclusive_group()
    what.add_argument("--delete", action="store_true", help="delete them")
    what.add_argument(
        "--reencrypt",
        action="store_true",
        help="key them with the store's passphrase (their own: SCREENER_OLD_PASSPHRASE or a prompt)",
    )
    salvage = command("salvage", "copy what can still be read from a damaged store into a new store file")
    salvage.add_argument("--out", type=Path, required=True)
    region = command("region", "show this post's region (carried by exports), or set it")
    region.add_argument("region", nargs="?", choices=REGIONS, metavar="REGION", help="one of: " + ", ".join(REGIONS))


def secret(variable: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise PassphraseNeeded(variable=variable)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(prompt) != first:
        raise PassphraseNeeded(variable=variable)
    return first


def _region(store: Store, chosen: str | None, language: str) -> int:
    if chosen is not None:
        store.put_setting(SETTING_KEY, chosen)
    region = store.get_setting(SETTING_KEY) or UNKNOWN
    print(message("cli.region", language, region=region_name(region, language), id=region))
    return 0


def run(args: argparse.Namespace, language: str) -> int:
    try:
        return _run(args, language)
    except StoreError as exc:
        print(exc.render(language), file=sys.stderr)
        return EXIT_INVALID


def _run(args: argparse.Namespace, language: str) -> int:
    catalog = load_catalog()
    path: Path = args.db or default_store_path()
    command = args.store_command
    if command in _WITHOUT_UNLOCK:
        return _WITHOUT_UNLOCK[command](args, path, language)
    if command == "add":
        # the input is checked in full before the store is even opened: invalid input changes nothing
        state, result, data = evaluate_input(args.file, catalog)  # notes, case code, ... checked too
        notes = data.get("notes") or {}
    passphrase = secret("SCREENER_PASSPHRASE", message("cli.prompt", language))
    store = Store.open(path, passphrase, catalog)
    try:
        if command == "check":
            return _check(store, path, args.against, language)
        if command == "add":
            context = state.context
            screening_id = store.add_screening(
                form=state.form,
                setting=context.setting,
                language=str(data.get("language") or context.language),
                answers={k: v for k, v in data["answers"].items() if v is not None},
                case_code=str(data.get("case_code") or ""),
                interviewer=str(data.get("interviewer") or ""),
                notes=notes,
                indicators=context.indicators,
                flags={f: getattr(context, f) for f in CONTEXT_FLAGS if getattr(context, f) is not None},
                age_band=context.age_band,
                finalise=not args.draft,
            )
            print(message("cli.stored", language, id=screening_id, total=result.total, max=result.max))
            return 0
        if command == "backup":
            key = None
            if args.new_passphrase:
                key = secret("SCREENER_BACKUP_PASSPHRASE", message("cli.prompt_new", language), confirm=True)
            store.backup(args.out, key)
            print(message("cli.backed_up", language, path=args.out))
            return 0
        if command == "region":
            return _region(store, args.region, language)
        if command == "rekey":
            new = secret("SCREENER_NEW_PASSPHRASE", message("cli.prompt_new", language), confirm=True)
            store.rekey(passphrase, new)
            print(message("cli.rekeyed", language, path=path))
            _list_copies(path, language)
            return 0
    finally:
        store.lock()
    return EXIT_INVALID


def _init(_args: argparse.Namespace, path: Path, language: str) -> int:
    passphrase = secret("SCREENER_PASSPHRASE", message("cli.prompt_new", language), confirm=True)
    Store.create(path, passphrase, load_catalog()).lock()
    print(message("cli.store_created", language, path=path))
    return 0


def _restore(args: argparse.Namespace, path: Path, language: str) -> int:
    backup_passphrase = os.environ.get("SCREENER_BACKUP_PASSPHRASE") or secret(
        "SCREENER_PASSPHRASE", message("cli.prompt", language)
    )
    kept = backup_module.restore(args.source, backup_passphrase, path)
    print(message("cli.restored", language, path=path, kept=kept or "-"))
    return 0


def _salvage(args: argparse.Namespace, path: Path, language: str) -> int:
    report = salvage_module.salvage(path, secret("SCREENER_PASSPHRASE", message("cli.prompt", language)), args.out)
    rows = ", ".join(f"{table} {count}" for table, count in report.copied.items())
    print(message("cli.salvaged", language, path=args.out, rows=rows))
    for table, problem in report.lost.items():
        print(message("cli.salvage_lost", language, table=table, detail=problem), file=sys.stderr)
    return 0 if report.complete else EXIT_INVALID


def _seal_given(given: str, language: str) -> Seal:
    """The seal in a backup (its own chain head), in a .seal file beside an export, or typed."""
    path = Path(given)
    if path.is_file():
        side = path if path.suffix == ".seal" else path.with_name(path.name + ".seal")
        if side.is_file():
            found = Seal.parse(side.read_text(encoding="utf-8"))
            if found is not None:
                return found
        key = os.environ.get("SCREENER_BACKUP_PASSPHRASE") or secret(
            "SCREENER_PASSPHRASE", message("cli.prompt", language)
        )
        return backup_module.seal_of(path, key)
    found = Seal.parse(given)
    if found is None:
        raise AnswersError(
            [Problem(Code.ANS_013, None, None, "--against", {"value": given, "expected": "FILE, 1234-3f9a2b7c1d0e"})]
        )
    return found


def _check(store: Store, path: Path, against: str | None, language: str) -> int:
    seal = _seal_given(against, language) if against else None
    report = store.check(seal)
    print(
        message(
            "cli.check_store",
            language,
            path=path,
            screenings=report.screenings,
            entries=report.chain.entries,
            pages=", ".join(report.integrity),
            cipher=len(report.cipher),
        )
    )
    if report.seal is not None:
        print(message("cli.seal_now", language, seal=report.seal.short))
    problems = []
    if report.integrity != ["ok"] or report.cipher:
        detail = "; ".join([*[r for r in report.integrity if r != "ok"], *report.cipher][:3])
        problems.append(DamagedStore(path, detail=detail).render(language))
    if not report.chain.intact:
        problems.append(message("cli.chain_broken", language, broken=report.chain.broken_at))
    for difference in report.replayed.differences if report.replayed else ():
        problems.append(
            message(
                "cli.replay_difference",
                language,
                screening=difference.screening,
                item=difference.item,
                trail=_shown(difference.trail),
                table=_shown(difference.table),
            )
        )
    if report.replayed is not None and report.replayed.agrees:
        print(message("cli.replay_ok", language, screenings=report.replayed.screenings))
    if report.against is not None:
        verdict = report.against
        line = message(
            f"cli.seal_{verdict.verdict}",
            language,
            seal=verdict.seal.short,
            then=verdict.seal.entries,
            now=verdict.entries_now,
        )
        (print(line) if verdict.kept else problems.append(line))
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_INVALID if problems else 0


def _shown(value: object) -> str:
    return "-" if value is None else json.dumps(value, ensure_ascii=False)


def _list_copies(path: Path, language: str) -> list[Path]:
    copies = backup_module.copies_aside(path)
    if copies:
        print(message("cli.copies", language, count=len(copies)))
        for copy in copies:
            print(f"  {copy}")
    return copies


def _copies(args: argparse.Namespace, path: Path, language: str) -> int:
    """The copies the app kept beside the store: after a re-key they open with the old passphrase."""
    from screener.core.store.writer_lock import WriterLock  # noqa: PLC0415

    copies = backup_module.copies_aside(path)
    if not args.delete and not args.reencrypt:
        if not copies:
            print(message("cli.no_copies", language))
        _list_copies(path, language)
        return 0
    writer = WriterLock.acquire(path)  # not while another Screener works on the store
    try:
        if args.delete:
            for copy in copies:
                backup_module.delete_copy(copy)
                print(message("cli.copy_deleted", language, path=copy))
            return 0
        new = secret("SCREENER_PASSPHRASE", message("cli.prompt", language))
        old = secret("SCREENER_OLD_PASSPHRASE", message("cli.prompt_old", language))
        for copy in copies:
            backup_module.reencrypt_copy(copy, old, new, writer)
            print(message("cli.copy_reencrypted", language, path=copy))
        return 0
    finally:
        writer.release(clean=False)


_WITHOUT_UNLOCK: dict[str, Callable[[argparse.Namespace, Path, str], int]] = {
    "init": _init,
    "restore": _restore,
    "salvage": _salvage,
    "copies": _copies,
}
