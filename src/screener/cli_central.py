"""`screener export` (de-identified records of a store) and `screener central import|stats`
(the central PostgreSQL database that the exports of many laptops are imported into).

Exit codes: 0 success, 2 a file rejected or another error (with a message in the user's language).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from screener.cli_store import EXIT_INVALID, secret
from screener.core.central.suppression import DEFAULT_K
from screener.core.instrument.loader import load_catalog
from screener.core.messages import message
from screener.core.regions import REGIONS, SETTING_KEY, UNKNOWN, region_name
from screener.core.store.errors import StoreError
from screener.core.store.location import default_store_path

if TYPE_CHECKING:
    from screener.core.central.stats import Stats

CENTRAL_URL = "SCREENER_CENTRAL_DB"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help="write the finalised screenings as a de-identified CSV or JSON Lines file")
    export.add_argument("--db", type=Path, default=None, help="the store file (default as for `screener store`)")
    export.add_argument("--out", type=Path, required=True, help="the file to write (replaced whole, owner-only)")
    formats = ("csv", "jsonl", "xlsx")
    export.add_argument("--format", choices=formats, default=None, help="default: from --out, else csv")
    export.add_argument(
        "--excel", action="store_true", help="CSV separated by ';' (for Excel set to Russian or Kazakh), not ','"
    )
    export.set_defaults(run=_guarded(_export))

    central = sub.add_parser("central", help="the central PostgreSQL database of de-identified exports")
    commands = central.add_subparsers(dest="central_command", required=True)
    imp = commands.add_parser("import", help="import export files (each whole or not at all; re-imports count once)")
    imp.add_argument("files", nargs="+", type=Path)
    _database_argument(imp)
    imp.set_defaults(run=_guarded(_import))
    stats = commands.add_parser("stats", help="counts and score distributions")
    _database_argument(stats)
    stats.add_argument("--by", choices=("region", "setting", "age_band", "month", "indicator", "kind"))
    stats.add_argument("--csv", action="store_true", help="print CSV (ids, not names)")
    stats.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the table and its codebook to an xlsx")
    _k_argument(stats)
    stats.set_defaults(run=_guarded(_stats))
    cases = commands.add_parser("cases", help="referrals and later decisions by case (observed, small counts hidden)")
    _database_argument(cases)
    cases.add_argument("--by", choices=("region", "setting", "month"))
    cases.add_argument("--from", dest="start", metavar="YYYY-MM", help="the first month (default: all)")
    cases.add_argument("--to", dest="end", metavar="YYYY-MM", help="the last month (default: all)")
    _k_argument(cases)
    cases.set_defaults(run=_guarded(_cases))
    report = commands.add_parser("report", help="a PDF of bar charts and tables, small counts hidden")
    _database_argument(report)
    report.add_argument("--out", type=Path, required=True, help="the PDF to write (replaced whole, owner-only)")
    report.add_argument("--lang", dest="report_lang", choices=("kk", "ru", "en"), help="the report's language")
    report.add_argument("--from", dest="start", metavar="YYYY-MM", help="the first month (default: all)")
    report.add_argument("--to", dest="end", metavar="YYYY-MM", help="the last month (default: all)")
    _k_argument(report)
    report.set_defaults(run=_guarded(_report))


def _k_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--k",
        type=int,
        default=DEFAULT_K,
        help=f"hide every count below K (default {DEFAULT_K}; it may be raised, never lowered)",
    )


def _k_refused(k: int, language: str) -> bool:
    if k >= DEFAULT_K:
        return False
    print(message("central.k_too_small", language, k=k, default_k=DEFAULT_K), file=sys.stderr)
    return True


def _database_argument(parser: argparse.ArgumentParser) -> None:
    default = os.environ.get(CENTRAL_URL)
    parser.add_argument(
        "--db",
        default=default,
        required=not default,
        help=f"postgresql://user@host:port/database (default: {CENTRAL_URL})",
    )


def _guarded(command):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace, language: str) -> int:
        try:
            result: int = command(args, language)
            return result
        except StoreError as exc:
            print(exc.render(language), file=sys.stderr)
            return EXIT_INVALID

    return run


def _export(args: argparse.Namespace, language: str) -> int:
    from screener.core.export.writer import format_of, write_export  # noqa: PLC0415
    from screener.core.store.store import Store  # noqa: PLC0415

    fmt = args.format or format_of(args.out)
    path: Path = args.db or default_store_path()
    store = Store.open(path, secret("SCREENER_PASSPHRASE", message("cli.prompt", language)), load_catalog())
    try:
        if (store.get_setting(SETTING_KEY) or UNKNOWN) not in REGIONS:
            print(message("cli.export_no_region", language), file=sys.stderr)
        count = write_export(store, args.out, fmt, excel=args.excel)
    finally:
        store.lock()
    print(message("cli.exported", language, count=count, path=args.out, format=fmt))
    return 0


def _import(args: argparse.Namespace, language: str) -> int:
    from screener.core.central.checks import Known  # noqa: PLC0415
    from screener.core.central.database import connect  # noqa: PLC0415 (psycopg only when needed)

    engine = connect(args.db)  # first: without psycopg (a field bundle) it names the extra to install
    from screener.core.central.importer import import_file  # noqa: PLC0415

    added = skipped = rejected = 0
    known = Known.of(load_catalog())
    try:
        for path in args.files:
            report = import_file(engine, path, _progress_printer(path, language), known=known)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            if report.rejected is not None:
                rejected += 1
                print(message("central.rejected", language, file=path, reason=report.rejected.render(language)))
                continue
            added += report.added
            skipped += report.skipped
            print(message("central.added", language, file=path, added=report.added, skipped=report.skipped))
    finally:
        engine.dispose()
    print(message("central.summary", language, files=len(args.files), added=added, skipped=skipped, rejected=rejected))
    return EXIT_INVALID if rejected else 0


def _progress_printer(path: Path, language: str) -> Callable[[int], None]:
    """A count on stderr while a file is read (every 10,000 records): one updated line on a terminal."""
    live = sys.stderr.isatty()

    def show(count: int) -> None:
        text = message("central.progress", language, file=path, count=count)
        print("\r" + text if live else text, end="" if live else "\n", file=sys.stderr, flush=True)

    return show


def _stats(args: argparse.Namespace, language: str) -> int:
    from screener.core.central.database import connect  # noqa: PLC0415
    from screener.core.central.stats import COLUMNS, stats  # noqa: PLC0415

    if _k_refused(args.k, language):
        return EXIT_INVALID
    engine = connect(args.db)
    try:
        table = stats(engine, args.by, args.k)
    finally:
        engine.dispose()
    hidden = f"<{table.k}"
    if args.xlsx is not None:
        _write_stats_xlsx(args.xlsx, table)
        print(message("central.xlsx_written", language, path=args.xlsx), file=sys.stderr)
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([args.by or "all", *COLUMNS[1:]])
        for row in table.rows:
            writer.writerow([row.group or "all", *(hidden if v is None else v for v in row.values()[1:])])
        return 0
    total = hidden if table.total is None else table.total
    print(message("central.stats_title", language, count=total))
    print(message("central.hidden_legend", language, hidden=hidden))
    headings = [message(f"central.col.{name}", language) for name in COLUMNS]
    lines = [headings]
    for row in table.rows:
        cells = [hidden if v is None else _number(v) for v in row.values()[1:]]
        lines.append([_group_name(args.by, row.group, language), *cells])
    widths = [max(len(line[i]) for line in lines) for i in range(len(headings))]
    for line in lines:
        cells = [line[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(line[1:], widths[1:], strict=True)]
        print("  ".join(cells).rstrip())
    return 0


def _report(args: argparse.Namespace, language: str) -> int:
    import re  # noqa: PLC0415
    import time  # noqa: PLC0415

    from screener.core.central.database import connect  # noqa: PLC0415
    from screener.core.central.report import gather, render  # noqa: PLC0415
    from screener.core.central.stats import Period  # noqa: PLC0415
    from screener.core.files import write_private  # noqa: PLC0415

    language = args.report_lang or language
    if _k_refused(args.k, language):
        return EXIT_INVALID
    for value in (args.start, args.end):
        if value is not None and not _is_month(value):
            print(message("report.bad_month", language, value=value), file=sys.stderr)
            return EXIT_INVALID
    started = time.perf_counter()
    engine = connect(args.db)
    try:
        gathered = gather(engine, args.k, Period(args.start, args.end))
    finally:
        engine.dispose()
    pdf = render(gathered, load_catalog(), language)
    write_private(args.out, pdf)
    seconds = f"{time.perf_counter() - started:.1f}"
    pages = len(re.findall(rb"/Type /Page\b(?!s)", pdf))
    print(message("report.written", language, path=args.out, pages=pages, seconds=seconds))
    return 0


def _cases(args: argparse.Namespace, language: str) -> int:
    from screener.core.central.cases import COUNTS, MEANS, case_figures  # noqa: PLC0415
    from screener.core.central.database import connect  # noqa: PLC0415
    from screener.core.central.stats import Period  # noqa: PLC0415

    if _k_refused(args.k, language):
        return EXIT_INVALID
    for value in (args.start, args.end):
        if value is not None and not _is_month(value):
            print(message("report.bad_month", language, value=value), file=sys.stderr)
            return EXIT_INVALID
    engine = connect(args.db)
    try:
        figures = case_figures(engine, args.by, args.k, Period(args.start, args.end))
    finally:
        engine.dispose()
    hidden = f"<{figures.k}"
    print(message("central.cases.title", language))
    print(message("central.cases.observed", language))
    print(message("central.hidden_legend", language, hidden=hidden))
    names = [message(f"central.cases.{name}", language) for name in (*COUNTS, *MEANS)]
    width = max(len(n) for n in names)
    for row in figures.rows:
        print()
        print(_group_name(args.by, row.group, language) if row.group else message("central.all", language))
        values = [row.counts[n] for n in COUNTS] + [row.means[n] for n in MEANS]
        for name, value in zip(names, values, strict=True):
            shown = hidden if value is None else f"{value:.1f}" if isinstance(value, float) else f"{value:,}"
            print(f"  {name.ljust(width)}  {shown:>8}")
    return 0


def _is_month(value: str) -> bool:
    import re  # noqa: PLC0415

    return re.fullmatch(r"[0-9]{4}-(0[1-9]|1[0-2])", value) is not None


def _write_stats_xlsx(path: Path, table: Stats) -> None:
    from screener.core.files import private_file  # noqa: PLC0415
    from screener.core.spreadsheet.stats import write_stats_xlsx  # noqa: PLC0415 (openpyxl only when asked)

    with private_file(path, "wb") as stream:
        write_stats_xlsx(stream, table, load_catalog())


def _group_name(by: str | None, value: str, language: str) -> str:
    if by is None:
        return message("central.all", language)
    if by == "region":
        return region_name(value, language)
    if by == "setting":
        return message(f"setting.{value}", language, default=value)
    return value


def _number(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)
