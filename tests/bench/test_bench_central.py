"""`make bench`: de-identified export and the central PostgreSQL database at scale.

Export: records per second from an encrypted store of finalised screenings. Central:
1,000,000 synthetic records from 200 posts (5,000 each, CSV and JSON Lines alternating)
imported into a throwaway PostgreSQL server; then statistics queries over the million; then
memory: peak RSS of a fresh process importing one 100,000-record file against one
1,000,000-record file (the import streams, so the two must be about the same).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pypdf
import pytest
from sqlalchemy.engine import make_url

from screener.core.central import report as central_report
from screener.core.central.database import connect
from screener.core.central.importer import import_files
from screener.core.central.stats import stats, total_records
from screener.core.central.views import drop_everything
from screener.core.export.writer import write_export
from screener.core.store.store import Store
from tests.bench.test_bench_core import report
from tests.core.central import synthetic
from tests.core.export.test_export import ADULT, CHILD, CITIZEN, PASSPHRASE
from tests.postgres import PostgresMissing, binaries, server

POSTS = int(os.environ.get("SCREENER_BENCH_POSTS", "200"))  # fewer for a quicker run on a busy machine
PER_POST = 5_000
EXPORTED = 2_000

MEASURE = """
import json, sys, time
from pathlib import Path
from screener.core.central import report as central_report
from screener.core.central.database import connect
from screener.core.central.importer import import_file
engine = connect(sys.argv[1])
start = time.perf_counter()
result = import_file(engine, Path(sys.argv[2]))
seconds = time.perf_counter() - start
assert result.rejected is None, result.rejected
# VmHWM: this process's own peak (ru_maxrss would count the parent's RSS at the fork)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"added": result.added, "seconds": seconds, "peak_rss_mb": peak / 1024}))
"""


@pytest.fixture(scope="module")
def postgres_url():
    try:
        with server() as url:
            yield url
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)


def fresh(url: str):
    engine = connect(url)
    with engine.begin() as connection:
        drop_everything(connection)
    engine.dispose()
    engine = connect(url)
    return engine


def test_bench_export(tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    store.put_setting("region", "almaty")
    for n in range(EXPORTED):
        store.add_screening(
            form=catalog.default_form,
            setting=("border", "clinic", "workplace")[n % 3],
            language="kk",
            answers=(ADULT, CITIZEN, CHILD)[n % 3],
            case_code=f"B-{n}",
            notes={"C1": "a note"},
            indicators={"sop_border": ("sop_border.01",)} if n % 3 == 0 else {},
        )
    for fmt in ("csv", "jsonl"):
        start = time.perf_counter()
        count = write_export(store, tmp_path / f"e.{fmt}", fmt)
        seconds = time.perf_counter() - start
        report(
            f"export {fmt}: {count} finalised screenings in {seconds:.2f} s = {count / seconds:,.0f} records/s "
            f"({(tmp_path / f'e.{fmt}').stat().st_size / count:.0f} bytes/record)"
        )
    store.lock()


def test_bench_central_million(tmp_path, postgres_url, catalog, shots):
    start = time.perf_counter()
    files = [
        synthetic.write(
            tmp_path / f"post{post:03d}.{'csv' if post % 2 else 'jsonl'}", synthetic.records(PER_POST, post)
        )
        for post in range(POSTS)
    ]
    size = sum(f.stat().st_size for f in files)
    report(
        f"central: generated {POSTS * PER_POST:,} records from {POSTS} posts in {time.perf_counter() - start:.1f} s "
        f"({size / 1e6:.0f} MB)"
    )
    engine = fresh(postgres_url)
    start = time.perf_counter()
    reports = import_files(engine, files)
    seconds = time.perf_counter() - start
    assert all(r.rejected is None for r in reports)
    assert sum(r.added for r in reports) == total_records(engine) == POSTS * PER_POST
    rate = POSTS * PER_POST / seconds
    report(f"central import (strict checks): {POSTS * PER_POST:,} records in {seconds:.1f} s = {rate:,.0f}/s")
    bare = bare_copy_rate(postgres_url, files)
    report(f"bare psql \\copy of the same files into unindexed text tables: {bare:,.0f}/s; import {bare / rate:.1f}x")
    start = time.perf_counter()
    again = import_files(engine, files[:20])
    assert sum(r.added for r in again) == 0
    report(f"central re-import of 20 files (100,000 records, all skipped): {time.perf_counter() - start:.1f} s")
    for by in (None, "region", "month", "indicator"):
        start = time.perf_counter()
        rows = stats(engine, by).rows
        seconds = time.perf_counter() - start
        assert sum(r.screenings or 0 for r in rows) >= (POSTS * PER_POST if by is None else 0)
        report(
            f"central stats --by {by or '(none)'}: {len(rows)} row(s) over {POSTS * PER_POST:,} records "
            f"in {seconds * 1000:.0f} ms"
        )
    for language in ("ru", "kk"):
        start = time.perf_counter()
        pdf = central_report.render(central_report.gather(engine), catalog, language)
        seconds = time.perf_counter() - start
        target = shots / f"central_report_{language}.pdf"
        target.write_bytes(pdf)
        pages = len(pypdf.PdfReader(target).pages)
        report(
            f"central report --lang {language}: {pages} page(s) of charts and tables over "
            f"{POSTS * PER_POST:,} records in {seconds:.1f} s (goal < 10 s); kept in {target}"
        )
    engine.dispose()


def bare_copy_rate(url: str, files: list) -> float:
    """Records per second of psql's own \\copy (CSV; JSON Lines as one text column) into bare tables."""
    target = make_url(url)
    psql = [str(binaries() / "psql"), "-h", target.host, "-p", str(target.port), "-U", target.username]
    psql += ["-d", target.database, "-q", "-v", "ON_ERROR_STOP=1"]
    columns = ", ".join(f"{c} text" for c in synthetic.COLUMNS)
    ddl = f"DROP TABLE IF EXISTS bare, bare_json; CREATE TABLE bare ({columns}); CREATE TABLE bare_json (doc text);"
    subprocess.run([*psql, "-c", ddl], check=True, capture_output=True)
    start = time.perf_counter()
    for path in files:
        if path.suffix == ".csv":
            command = f"\\copy bare FROM '{path}' WITH (FORMAT csv, HEADER true)"
        else:  # a quote and delimiter that JSON text never holds
            command = f"\\copy bare_json FROM '{path}' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
        subprocess.run([*psql, "-c", command], check=True, capture_output=True)
    return POSTS * PER_POST / (time.perf_counter() - start)


def test_bench_central_import_memory_is_flat(tmp_path, postgres_url):
    results = {}
    for count in (100_000, 1_000_000):
        path = synthetic.write(tmp_path / f"one_{count}.csv", synthetic.records(count, post=count, seed=7))
        fresh(postgres_url).dispose()
        done = subprocess.run(
            [sys.executable, "-c", MEASURE, postgres_url, str(path)], capture_output=True, text=True, check=True
        )
        results[count] = json.loads(done.stdout)
        assert results[count]["added"] == count
        path.unlink()
    small, big = results[100_000], results[1_000_000]
    report(
        f"central import memory: one file of 100,000 records peak RSS {small['peak_rss_mb']:.0f} MB "
        f"({small['seconds']:.1f} s); one file of 1,000,000 records peak RSS {big['peak_rss_mb']:.0f} MB "
        f"({big['seconds']:.1f} s); ratio {big['peak_rss_mb'] / small['peak_rss_mb']:.2f} for 10x the records"
    )
    assert big["peak_rss_mb"] < small["peak_rss_mb"] * 1.3
