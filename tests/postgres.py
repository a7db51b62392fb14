"""A throwaway PostgreSQL server for the central database's tests and bench.

It runs Debian's postgresql binaries (/usr/lib/postgresql/<version>/bin; `make postgres`
installs the package when it is missing) on a fresh cluster in a temporary folder, on a free
local port, with durability off (it is thrown away), and is stopped and removed afterwards.
initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.

SCREENER_TEST_POSTGRES_URL points the tests at a server of your own instead (its tables
named central_* are dropped and re-created by the tests).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL is needed for the central database tests and was not found in /usr/lib/postgresql/*/bin. "
    "`make test` installs Debian's postgresql package when it runs as root or with sudo; "
    "otherwise run `sudo apt-get install postgresql`, or set SCREENER_TEST_POSTGRES_URL to a server of yours."
)


class PostgresMissing(RuntimeError):
    pass


def binaries() -> Path:
    """The bin folder of the newest installed PostgreSQL."""
    found = []
    for pg_ctl in Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"):
        version = re.match(r"\d+", pg_ctl.parent.parent.name)
        if version:
            found.append((int(version.group()), pg_ctl.parent))
    if not found:
        raise PostgresMissing(INSTALL_HINT)
    return max(found)[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def server() -> Iterator[str]:
    """Start a cluster; yields its SQLAlchemy URL; stops and removes it on exit."""
    own = os.environ.get("SCREENER_TEST_POSTGRES_URL")
    if own:
        yield own
        return
    bin_dir = binaries()
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = Path(tempfile.mkdtemp(prefix="screener-pg-"))
    if as_root:
        shutil.chown(base, "postgres", "postgres")
    data, log = base / "data", base / "server.log"
    port = _free_port()
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_wal_size=4GB"
    )
    started = False
    try:
        _run(
            [
                *prefix,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        _run(
            [
                *prefix,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "start",
            ],
            log,
        )
        started = True
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        if started:
            _run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


def _run(command: list[str], log: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        server_log = log.read_text(errors="replace") if log is not None and log.exists() else ""
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n{server_log}"
        )
