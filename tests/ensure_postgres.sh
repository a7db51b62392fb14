#!/bin/sh
# `make test` / `make bench`: the central database's tests start a throwaway PostgreSQL
# cluster (tests/postgres.py) from Debian's postgresql package; install it when missing.
# Not installable here (not root, no sudo, no apt-get): say so and go on; the central tests
# then fail with the same reason instead of being skipped.
set -u
if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || [ -n "${SCREENER_TEST_POSTGRES_URL:-}" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "PostgreSQL is not installed and this user may not install it (not root, no sudo):" >&2
  echo "the central database tests will fail. Install Debian's postgresql package." >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL is not installed and there is no apt-get: the central database tests will fail." >&2
  exit 0
fi
echo "Installing PostgreSQL (Debian's postgresql package) for the central database tests..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1 \
  || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends postgresql >/dev/null; } \
  || echo "Installing PostgreSQL failed: the central database tests will fail." >&2
exit 0
