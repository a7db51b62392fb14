"""`screener forms to-xlsx LIST --out FILE` and `screener forms from-xlsx FILE --out LIST.yaml`:
an indicator list as a spreadsheet a ministry revises, and back (core/spreadsheet/indicator_lists.py).

Exit codes: 0 success, 2 the file could not be read or the workbook is not a valid list.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from screener.cli_store import EXIT_INVALID
from screener.core.messages import message
from screener.core.problems import ProblemsError
from screener.core.store.errors import StoreError


def add_parsers(forms_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    to_xlsx = forms_sub.add_parser("to-xlsx", help="an indicator list as an Excel workbook to revise")
    to_xlsx.add_argument("list", type=Path, help="the indicator list (YAML)")
    to_xlsx.add_argument("--out", type=Path, required=True, help="the workbook to write (.xlsx)")
    to_xlsx.set_defaults(run=_to_xlsx)
    from_xlsx = forms_sub.add_parser("from-xlsx", help="a revised workbook back to an indicator list, checked")
    from_xlsx.add_argument("file", type=Path, help="the workbook (.xlsx)")
    from_xlsx.add_argument("--out", type=Path, required=True, help="the indicator list to write (YAML)")
    from_xlsx.set_defaults(run=_from_xlsx)


def _to_xlsx(args: argparse.Namespace, language: str) -> int:
    from screener.core.files import private_file  # noqa: PLC0415
    from screener.core.instrument.loader import load_indicator_list  # noqa: PLC0415
    from screener.core.spreadsheet.indicator_lists import to_workbook  # noqa: PLC0415

    try:
        checked = load_indicator_list(args.list)  # only a valid list is offered for revision
        with private_file(args.out, "wb") as stream:
            to_workbook(args.list, stream)
    except (ProblemsError, StoreError) as exc:
        print(exc.render(language), file=sys.stderr)
        return EXIT_INVALID
    print(message("sheet.written", language, path=args.out, count=len(checked.items)))
    return 0


def _from_xlsx(args: argparse.Namespace, language: str) -> int:
    from screener.core.files import write_private  # noqa: PLC0415
    from screener.core.spreadsheet.indicator_lists import from_workbook  # noqa: PLC0415

    try:
        text = from_workbook(args.file, args.out.name, language)
        write_private(args.out, text)
    except StoreError as exc:
        print(exc.render(language), file=sys.stderr)
        return EXIT_INVALID
    print(message("sheet.written", language, path=args.out, count=text.count("\n  - id: ")))
    return 0
