"""The signed installers made from the signed Windows bundle (dist/windows/screener/):
NSIS 3 (per user, screener.nsi) and an MSI with wixl (per machine, screener.wxs)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import uuid
from pathlib import Path

import signing

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def product() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    settings = dict(project["tool"]["screener"]["windows"])
    settings["company"] = os.environ.get("SCREENER_COMPANY") or settings["company"]
    return settings


def version4(version: str) -> str:
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split(".")[:4]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0][:4])


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"package-windows: {name} is missing (apt-get install {package}; packaging/windows/ensure_tools.sh)")
    return found


def _nsis_text(value: str) -> str:
    return value.replace("$", "$$").replace('"', "'")


def nsis(bundle: Path, out: Path, version: str, cert: signing.Certificate, work: Path) -> Path:
    settings = product()
    defines = work / "defines.nsh"
    sign = f'"{sys.executable}" "{HERE / "signing.py"}" sign "{cert.pfx}" "{cert.password_file}" "%1"'
    defines.write_text(
        "\n".join([
            f'!define VERSION "{_nsis_text(version)}"',
            f'!define VERSION4 "{version4(version)}"',
            f'!define COMPANY "{_nsis_text(settings["company"])}"',
            f'!define BUNDLE "{bundle}"',
            f'!define OUTFILE "{out}"',
            f'!define ICON "{ROOT / "packaging" / "screener.ico"}"',
            f"!uninstfinalize '{sign}' = 0",
            "",
        ]),
        encoding="utf-8",
    )
    out.unlink(missing_ok=True)
    done = subprocess.run(
        [_tool("makensis", "nsis"), "-V2", "-NOCD", f"-DDEFINES={defines}", str(HERE / "screener.nsi")],
        capture_output=True, text=True, timeout=1800, check=False, cwd=work,
    )
    if done.returncode != 0 or not out.is_file():
        raise SystemExit(f"package-windows: makensis failed:\n{done.stdout[-4000:]}{done.stderr[-4000:]}")
    signing.sign(out, cert)
    return out


def msi(bundle: Path, out: Path, version: str, cert: signing.Certificate, work: Path) -> Path:
    """A new ProductCode on every build: a rebuilt MSI upgrades the installed one (MajorUpgrade)."""
    settings = product()
    # wixl finds sources only by relative names: everything is reached from `work`
    (work / "bundle").symlink_to(bundle.resolve(), target_is_directory=True)
    shutil.copyfile(ROOT / "packaging" / "screener.ico", work / "screener.ico")
    shutil.copyfile(HERE / "screener.wxs", work / "screener.wxs")
    files = sorted("bundle/" + str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_file())
    fragment = work / "bundle.wxs"
    done = subprocess.run(
        [_tool("wixl-heat", "wixl"), "--prefix", "bundle/", "--component-group", "CG.bundle",
         "--var", "var.SourceDir", "--directory-ref", "INSTALLDIR", "--win64"],
        input="\n".join(files) + "\n", capture_output=True, text=True, timeout=300, check=False, cwd=work,
    )
    if done.returncode != 0:
        raise SystemExit(f"package-windows: wixl-heat failed: {done.stderr[-2000:]}")
    fragment.write_text(done.stdout, encoding="utf-8")
    out.unlink(missing_ok=True)
    defines = {
        "Version": version4(version).rsplit(".", 1)[0],
        "Company": settings["company"],
        "UpgradeCode": settings["msi-upgrade-code"],
        "ShortcutGuid": settings["msi-shortcut-guid"],
        "ProductCode": str(uuid.uuid4()).upper(),
        "Icon": "screener.ico",
        "SourceDir": "bundle",
        "Win64": "yes",
    }
    command = [_tool("wixl", "wixl"), "--arch", "x64", "--output", str(out)]
    for name, value in defines.items():
        command += ["--define", f"{name}={value}"]
    done = subprocess.run(
        [*command, "screener.wxs", fragment.name],
        capture_output=True, text=True, timeout=1800, check=False, cwd=work,
    )
    if done.returncode != 0 or not out.is_file():
        raise SystemExit(f"package-windows: wixl failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    upgrade_table(out, settings["msi-upgrade-code"], defines["Version"], work)
    signing.sign(out, cert)
    return out


def upgrade_table(msi_file: Path, upgrade_code: str, version: str, work: Path) -> None:
    """wixl drops IncludeMaximum / MigrateFeatures from UpgradeVersion: the Upgrade table is written
    again with msibuild, so that an older or a same-version (rebuilt) Screener is removed first
    (Attributes 0x301: min and max inclusive, migrate features) and a newer one is only detected."""
    code = "{" + upgrade_code.upper().strip("{}") + "}"
    rows = [
        "UpgradeCode\tVersionMin\tVersionMax\tLanguage\tAttributes\tRemove\tActionProperty",
        "s38\tS20\tS20\tS255\ti4\tS255\ts72",
        "Upgrade\tUpgradeCode\tVersionMin\tVersionMax\tLanguage\tAttributes",
        f"{code}\t{version}\t\t\t2\t\tSCREENER_NEWER",
        f"{code}\t0.0.0\t{version}\t\t{0x301}\t\tSCREENER_OLDER",
    ]
    table = work / "Upgrade.idt"
    table.write_bytes(("\r\n".join(rows) + "\r\n").encode("ascii"))
    done = subprocess.run(
        [_tool("msibuild", "msitools"), str(msi_file), "-i", str(table)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"package-windows: msibuild could not write the Upgrade table: {done.stderr[-2000:]}")


def build(bundle: Path, dist: Path, version: str, cert: signing.Certificate, work: Path) -> list[Path]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    stem = f"screener-{version}-windows-x64"
    return [
        nsis(bundle, dist / f"{stem}-setup.exe", version, cert, work),
        msi(bundle, dist / f"{stem}.msi", version, cert, work),
    ]
