"""The `screener` command: the app, or (with a command or --self-test ...) the command line.

A plain start of the app (`screener`, `screener --db FILE --training ...`) goes straight to the
window: nothing is imported before its first frame that the unlock screen does not need (no
SQLAlchemy, SQLCipher, jsonschema, reportlab or store; tests/test_start_imports.py). Anything
else is handled by screener.cli_commands.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from screener.start import app_start


def main(argv: Sequence[str] | None = None) -> int:
    from screener.core import privacy  # noqa: PLC0415

    if argv is None:  # the program itself (not a test calling main): umask 077, no core dump, leftovers
        privacy.harden_process()
    tokens = list(sys.argv[1:] if argv is None else argv)
    app = app_start(tokens)
    if app is not None:
        from screener.ui.app import main as app_main  # noqa: PLC0415 (Qt only when the app starts)

        training = "session" if app.training_session else ("keep" if app.training else "")
        return app_main(app.db, training)
    from screener.cli_commands import run  # noqa: PLC0415

    return run(tokens)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
