"""Entry point of the packaged app (PyInstaller runs this file; `screener` does the same)."""

import sys

from screener.cli import main

if __name__ == "__main__":
    sys.exit(main())
