"""The Windows build's Python packages: exactly the versions of requirements.lock.

The set is the dependency closure of Screener (without extras: no psycopg) and of PyInstaller,
with the markers judged for 64-bit Windows and CPython 3.12 (the embeddable Python the build
uses), read from the metadata of the Linux dev venv that runs this script. A package the
closure needs but the lock lacks is an error naming it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYTHON_VERSION = "3.12"
WINDOWS = {
    "os_name": "nt",
    "sys_platform": "win32",
    "platform_system": "Windows",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "implementation_name": "cpython",
    "python_version": PYTHON_VERSION,
    "python_full_version": PYTHON_VERSION + ".8",
}


class MissingFromLock(SystemExit):
    pass


def locked() -> dict[str, str]:
    """{canonical name: version} from requirements.lock (one lock for both platforms: no markers)."""
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if ";" in line:
            raise SystemExit(f"requirements.lock: {line!r} has a marker; the lock is one list for Linux and Windows")
        name, _, version = line.partition("==")
        pins[canonicalize_name(name)] = version.strip()
    return pins


def roots() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["package"]]


def closure() -> dict[str, str]:
    """{name: version} of every package the Windows build installs."""
    pins = locked()
    wanted: dict[str, str] = {}
    todo = [(r, "") for r in roots()]
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({**WINDOWS, "extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        extras = sorted(requirement.extras)
        if name in wanted and not extras:
            continue
        if name not in pins:
            raise MissingFromLock(
                f"requirements.lock lacks {requirement.name}, which the Windows build needs ({requirement}): "
                "install it in the dev venv and run `make lock`"
            )
        if not requirement.specifier.contains(pins[name], prereleases=True):
            raise MissingFromLock(f"requirements.lock pins {name}=={pins[name]}, but {requirement} is needed")
        wanted[name] = pins[name]
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError as exc:
            raise MissingFromLock(f"{name} is in requirements.lock but not installed in the dev venv") from exc
        for line in requires:
            dependency = Requirement(line)
            for wanted_extra in ["", *extras]:
                if dependency.marker is None or dependency.marker.evaluate({**WINDOWS, "extra": wanted_extra}):
                    todo.append((dependency, wanted_extra))
                    break
    return dict(sorted(wanted.items()))


def download(target: Path) -> list[Path]:
    """The Windows wheels (cp312 win_amd64 or pure), fetched with the host's pip (its cache helps)."""
    target.mkdir(parents=True, exist_ok=True)
    pins = closure()
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
        "--only-binary=:all:", "--platform", "win_amd64", "--python-version", PYTHON_VERSION,
        "--implementation", "cp", "--dest", str(target),
        *[f"{name}=={version}" for name, version in pins.items()],
        # pip itself for the build Python (unzipped into it: running pip from its wheel refuses)
        f"pip=={distribution('pip').version}",
    ]
    subprocess.run(command, check=True, timeout=900)
    wheels = sorted(target.glob("*.whl"))
    have = {canonicalize_name(re.split(r"-\d", w.name, maxsplit=1)[0]) for w in wheels}
    lacking = sorted(set(pins) - have)
    if lacking:
        raise SystemExit(f"no Windows wheel downloaded for: {', '.join(lacking)}")
    return wheels


if __name__ == "__main__":
    for name, version in closure().items():
        print(f"{name}=={version}")
