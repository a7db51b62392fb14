"""THIRD-PARTY-NOTICES.txt: every third-party part of a Screener bundle, with its licence text.

Generated from the packages installed in the Python that builds the bundle (importlib.metadata:
Screener's dependency closure for that platform, without extras, so never psycopg), with each
package's own licence files, plus what no package metadata carries (packaging/licenses/):
Qt / PySide6 (LGPL-3.0, with how to replace the Qt libraries in the one-folder bundle),
SQLCipher and OpenSSL, Python itself, the PyInstaller bootloader, and the DejaVu fonts.
PDFium's licences come with pypdfium2's metadata.

The spec calls `write(path)`; `python packaging/notices.py OUT` does the same by hand.
"""

from __future__ import annotations

import hashlib
import platform
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LICENSES = HERE / "licenses"
FONTS = ROOT / "src" / "screener" / "core" / "report" / "fonts"
RULE = "=" * 78

# (title, files) of what package metadata does not carry, in this order
EXTRA = [
    ("Qt 6 and PySide6 (LGPL-3.0)", ["Qt-PySide6.txt"]),
    ("SQLCipher and OpenSSL", ["SQLCipher.txt"]),
    ("Python", ["Python.txt"]),
    ("PyInstaller bootloader", ["PyInstaller.txt"]),
]
FULL_TEXTS = [
    ("GNU Lesser General Public License 3.0 (Qt, PySide6, shiboken6)", "LGPL-3.0.txt"),
    ("GNU General Public License 3.0 (referred to by the LGPL-3.0)", "GPL-3.0.txt"),
    ("Apache License 2.0 (OpenSSL)", "Apache-2.0.txt"),
]


def runtime_packages() -> list:
    """The distributions Screener needs at run time on this platform (its closure, no extras)."""
    seen: dict[str, object] = {}
    todo = [Requirement(r) for r in distribution("screener").requires or []]
    while todo:
        requirement = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        try:
            found = distribution(requirement.name)
        except PackageNotFoundError as exc:
            raise SystemExit(f"notices: {requirement.name} (needed by Screener) is not installed") from exc
        seen[name] = found
        todo.extend(Requirement(r) for r in found.requires or [])
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(dist) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or "see the licence text below"


def licence_files(dist) -> list[tuple[str, str]]:
    """(name, text) of the licence files in the package's metadata folder."""
    found = []
    for file in dist.files or []:
        parts = [p.lower() for p in file.parts]
        if not parts[0].endswith(".dist-info"):
            continue
        name = parts[-1]
        if "licenses" in parts or any(name.startswith(k) for k in ("license", "licence", "copying", "notice", "authors")):
            path = Path(str(file.locate()))
            if path.is_file():
                found.append(("/".join(file.parts[1:]), path.read_text(encoding="utf-8", errors="replace")))
    return sorted(found)


def _section(title: str) -> list[str]:
    return ["", RULE, title, RULE, ""]


def text() -> str:
    import screener  # noqa: PLC0415

    packages = runtime_packages()
    lines = [
        f"Screener {screener.__version__}: third-party software and licences",
        f"(generated when this bundle was built, on {platform.system()} with Python {platform.python_version()})",
        "",
        "Screener includes the following software. Each part keeps its own licence, whose text is",
        "reproduced below. The Qt libraries can be replaced: see \"Qt 6 and PySide6\".",
        "",
        f"{'package':<28} {'version':<14} licence",
        f"{'Python (CPython)':<28} {platform.python_version():<14} PSF-2.0",
    ]
    lines += [f"{d.metadata['Name']:<28} {d.version:<14} {licence_of(d)}" for d in packages]
    lines += [
        f"{'SQLCipher, SQLite, OpenSSL':<28} {'(in sqlcipher3)':<14} BSD-3-Clause (Zetetic), public domain, Apache-2.0",
        f"{'PDFium':<28} {'(in pypdfium2)':<14} BSD-3-Clause, Apache-2.0 and others (pypdfium2's section)",
        f"{'DejaVu fonts':<28} {'':<14} Bitstream Vera / DejaVu licence (free)",
        f"{'PyInstaller bootloader':<28} {'':<14} GPL-2.0-or-later with the bootloader exception",
    ]
    for title, files in EXTRA:
        lines += _section(title)
        for name in files:
            lines.append((LICENSES / name).read_text(encoding="utf-8").rstrip())
    lines += _section("DejaVu fonts (the result sheet's font)")
    for font_text in sorted(FONTS.glob("LICENSE*")):
        lines.append(font_text.read_text(encoding="utf-8").rstrip())
    seen: set[str] = set()
    builder = []
    try:
        builder = [distribution("pyinstaller")]
    except PackageNotFoundError:
        pass
    for dist in [*packages, *builder]:
        lines += _section(f"{dist.metadata['Name']} {dist.version} ({licence_of(dist)})")
        home = dist.metadata.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in dist.metadata.get_all("Project-URL") or []), ""
        )
        if home:
            lines.append(home)
        files = licence_files(dist)
        if not files:
            lines.append(f"Licence: {licence_of(dist)} (the package carries no licence file; see below for the full text)")
        for name, body in files:
            digest = hashlib.sha256(body.encode()).hexdigest()
            if digest in seen:
                lines.append(f"[{name}: the same text as above]")
                continue
            seen.add(digest)
            lines += ["", f"--- {name} ---", body.rstrip()]
    for title, name in FULL_TEXTS:
        lines += _section(title)
        lines.append((LICENSES / name).read_text(encoding="utf-8").rstrip())
    return "\n".join(lines) + "\n"


def write(target: Path) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text(), encoding="utf-8", newline="\r\n" if sys.platform == "win32" else "\n")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: notices.py OUT")
    print(write(Path(sys.argv[1])))
