"""The command line's commands: check the instrument, score answers, list next steps, the store
and the central database (`screener.cli` starts here for anything but the app itself).

Exit codes: 0 success, 2 invalid input or invalid instrument files (with located messages),
141 when the output pipe was closed by its reader (the command ends quietly).
Nothing here writes anywhere but standard output and standard error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from screener import __version__, cli_central, cli_sheets, cli_store
from screener.core.answers import evaluate_input, read_input
from screener.core.dates import now
from screener.core.errors import Code
from screener.core.instrument.loader import check_file, load_catalog
from screener.core.messages import message
from screener.core.outcome import Outcome, outcome_of_state
from screener.core.problems import AnswersError, InstrumentError, Problem
from screener.core.store.errors import WriteFailed
from screener.start import add_app_options

EXIT_INVALID = 2
EXIT_PIPE_CLOSED = 141  # as a shell reports a command ended by SIGPIPE
__all__ = ["evaluate_input", "read_input", "render_score", "run"]  # the readers live in core/answers.py


def run(argv: Sequence[str]) -> int:
    """Everything but a plain start of the app: the commands, --self-test, --overview, --help."""
    parser = _parser()
    args = parser.parse_args(argv)
    language = args.lang or os.environ.get("SCREENER_LANG", "en")
    if language not in ("kk", "ru", "en"):
        language = "en"
    if args.command is None:
        if args.self_test:
            from screener.selftest import main as self_test  # noqa: PLC0415

            return self_test(args.self_test_out, language)
        if args.overview:
            return _overview(language)
        from screener.ui.app import main as app_main  # noqa: PLC0415 (Qt only when the app starts)

        training = "session" if args.training_session else ("keep" if args.training else "")
        return app_main(args.db, training)
    try:
        result: int = args.run(args, language)
        sys.stdout.flush()
        return result
    except (InstrumentError, AnswersError) as exc:
        print(exc.render(language), file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:  # `screener score --json ... | head -1`: the reader has gone
        return _pipe_closed()


def _pipe_closed() -> int:
    """End quietly: what is still buffered goes nowhere (not into a traceback at exit)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_PIPE_CLOSED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="screener", description="Screener " + __version__)
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--lang", choices=("kk", "ru", "en"), help="language of the output")
    parser.add_argument(
        "--overview", action="store_true", help="print the shipped instrument instead of starting the app"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (store, screening, PDF, window) and exit",
    )
    parser.add_argument("--self-test-out", type=Path, default=None, help="where --self-test writes its PDF")
    add_app_options(parser)
    sub = parser.add_subparsers(dest="command")

    forms = sub.add_parser("forms", help="work with the instrument files")
    forms_sub = forms.add_subparsers(dest="forms_command", required=True)
    check = forms_sub.add_parser("check", help="validate forms and indicator lists")
    check.add_argument("paths", nargs="*", type=Path, help="files to check (default: all shipped)")
    check.set_defaults(run=_forms_check)
    cli_sheets.add_parsers(forms_sub)

    score_cmd = sub.add_parser("score", help="score the answers in a JSON or YAML file")
    score_cmd.add_argument("file", type=Path)
    score_cmd.add_argument("--json", action="store_true", help="print JSON")
    score_cmd.set_defaults(run=_score)

    steps = sub.add_parser("next-steps", help="recommended next steps for the answers in a file")
    steps.add_argument("file", type=Path)
    steps.add_argument("--json", action="store_true", help="print JSON")
    steps.set_defaults(run=_next_steps)
    report = sub.add_parser("report", help="write the result sheet (PDF) for the answers in a file")
    report.add_argument("file", type=Path, nargs="?", help="answers, as for `score` (not with --blank)")
    report.add_argument("--out", type=Path, required=True, help="the PDF to write (owner-only permissions)")
    report.add_argument("--lang", dest="sheet_lang", choices=("kk", "ru", "en"), help="language of the sheet")
    report.add_argument("--second-lang", choices=("kk", "ru", "en"), help="a second language under each label")
    report.add_argument("--region", help="print the directory of one region (default: all regions)")
    report.add_argument("--blank", action="store_true", help="the blank paper form instead of a result")
    report.set_defaults(run=_report)
    cli_store.add_parser(sub)
    cli_central.add_parsers(sub)
    return parser


# -- forms check ---------------------------------------------------------------------------


def _forms_check(args: argparse.Namespace, language: str) -> int:
    if args.paths:
        problems: list[Problem] = []
        for path in args.paths:
            problems.extend(check_file(path))
        if problems:
            print("\n".join(p.render(language) for p in problems), file=sys.stderr)
            return EXIT_INVALID
        print(message("cli.check_files_ok", language, count=len(args.paths)))
        return 0
    catalog = load_catalog()
    print(
        message(
            "cli.check_ok",
            language,
            forms=len(catalog.forms),
            lists=len(catalog.lists),
            indicators=sum(len(lst.items) for lst in catalog.lists),
            steps=len(catalog.next_steps.steps),
        )
    )
    return 0


# -- score and next steps ------------------------------------------------------------------


def _score(args: argparse.Namespace, language: str) -> int:
    catalog = load_catalog()
    state, _result, _data = evaluate_input(args.file, catalog)
    outcome = outcome_of_state(catalog, state, language=language)
    if args.json:
        print(json.dumps(outcome.result.to_json(language), ensure_ascii=False, indent=2))
        return 0
    print(render_score(outcome))
    return 0


def render_score(outcome: Outcome) -> str:
    form, result, language = outcome.form, outcome.result, outcome.language
    lines = [f"{form.title.get(language)} ({form.id} v{form.version})"]
    for section in outcome.sections:
        if section.applicable is True:
            line = f"  {section.title.main}: {section.score}/{section.max}"
        else:
            line = f"  {section.title.main}: {message('cli.not_applicable', language)}"
        if section.reason:
            line += f"  ({section.reason})"
        lines.append(line)
    lines.append(message("cli.total", language, total=result.total, max=result.max))
    at_2 = outcome.values["items_at_2_or_more"] or message("cli.none", language)
    lines.append(message("cli.items_at_2", language, items=at_2))
    if result.complete:
        lines.append(message("cli.complete", language))
    else:
        lines.append(message("cli.incomplete", language, missing=", ".join(result.missing)))
    for warning in outcome.warning_lines():
        lines.append(message("cli.warning", language, text=warning))
    lines.append(message("cli.no_cutoff", language))
    return "\n".join(lines)


def _next_steps(args: argparse.Namespace, language: str) -> int:
    catalog = load_catalog()
    state, _result, _data = evaluate_input(args.file, catalog)
    steps = outcome_of_state(catalog, state, language=language).steps  # an answers file records no steps
    if args.json:
        out = [{"id": s.id, "text": s.text.main, "reasons": list(s.reasons)} for s in steps]
        print(json.dumps({"steps": out}, ensure_ascii=False, indent=2))
        return 0
    if not steps:
        print(message("cli.no_steps", language))
    for step in steps:
        print(f"{step.number}. [{step.id}] {step.text.main}")
        for reason in step.reasons:
            print(f"     - {message('cli.because', language)}: {reason}")
    return 0


def _report(args: argparse.Namespace, language: str) -> int:
    from screener.core.files import write_private  # noqa: PLC0415
    from screener.core.report.pdf import blank_pdf, result_pdf  # noqa: PLC0415
    from screener.core.report.sheet import SheetMeta, blank_sheet, result_sheet  # noqa: PLC0415

    catalog = load_catalog()
    region = args.region
    if region is not None and region != "all":
        known = [r.id for r in catalog.directory.regions] if catalog.directory else []
        if region not in known:
            raise AnswersError(
                [
                    Problem(
                        Code.ANS_013, None, None, "--region", {"value": region, "expected": ", ".join(["all", *known])}
                    )
                ]
            )
    region = None if region == "all" else region
    if args.blank:
        sheet_language = args.sheet_lang or language
        form = catalog.default_form
        data = blank_pdf(
            blank_sheet(
                catalog,
                form,
                language=sheet_language,
                second_language=args.second_lang,
                app_version=__version__,
                region=region,
            )
        )
    else:
        if args.file is None:
            raise AnswersError(
                [Problem(Code.ANS_010, None, None, None, {"detail": message("cli.report_file", language)})]
            )
        state, _result, raw = evaluate_input(args.file, catalog)
        sheet_language = args.sheet_lang or _file_language(raw) or language
        raw_notes = raw.get("notes")
        notes = raw_notes if isinstance(raw_notes, dict) else {}
        meta = SheetMeta(
            case_code=str(raw.get("case_code") or ""),
            setting=state.context.setting,
            interviewer=str(raw.get("interviewer") or ""),
            printed_at=now(),
            app_version=__version__,
        )
        outcome = outcome_of_state(
            catalog,
            state,
            language=sheet_language,
            second_language=args.second_lang,
            notes={str(k): str(v) for k, v in notes.items()},
        )
        sheet = result_sheet(catalog, outcome, meta=meta, region=region)
        data = result_pdf(sheet)
    try:
        write_private(args.out, data)
    except WriteFailed as exc:
        print(exc.render(language), file=sys.stderr)
        return EXIT_INVALID
    print(message("cli.report_written", language, path=args.out, size=len(data)))
    return 0


def _file_language(raw: dict[str, Any]) -> str | None:
    value = raw.get("language")
    return value if value in ("kk", "ru", "en") else None


def _overview(language: str) -> int:
    """What `make run` shows until the desktop app exists: the instrument, checked."""
    try:
        catalog = load_catalog()
    except InstrumentError as exc:
        print(exc.render(language), file=sys.stderr)
        return EXIT_INVALID
    print(f"Screener {__version__}")
    for form in catalog.forms:
        print(f"{form.title.get(language)} ({form.id} v{form.version}, {form.content_hash[:19]})")
        for section in form.sections:
            ids = ", ".join(item.id for item in section.items)
            suffix = f" /{section.max}" if section.scored else ""
            print(f"  {section.title.get(language)}{suffix}: {ids}")
    print(message("cli.lists", language, count=len(catalog.lists)))
    for lst in catalog.lists:
        print(f"  {lst.id}: {lst.title.get(language)} ({len(lst.items)})")
    print(message("cli.usage", language))
    return 0
