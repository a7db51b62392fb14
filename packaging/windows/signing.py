"""Authenticode signing of the Windows executables, installer and MSI with osslsigncode.

The certificate comes from the environment (what a ministry provides):
  SCREENER_SIGN_PFX            path to the code-signing certificate with its key (.pfx / .p12)
  SCREENER_SIGN_PASSWORD_FILE  a file holding its password (or SCREENER_SIGN_PASSWORD, the password)
  SCREENER_SIGN_CA             the CA certificates (PEM) that verification trusts
                               (default: the system's, /etc/ssl/certs/ca-certificates.crt)
  SCREENER_SIGN_TIMESTAMP_URL  an RFC 3161 time-stamp server (optional; needs the network)
Without SCREENER_SIGN_PFX a throwaway self-signed test certificate is made in the build folder
(build/windows/signing): the files are then signed but Windows does not trust them.

`python signing.py sign PFX PASSWORD_FILE FILE` signs one file in place (NSIS calls it for the
uninstaller it writes into the installer).
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

DESCRIPTION = "Screener"
TEST_SUBJECT = "/CN=Screener TEST signing certificate (not for release)/O=Screener build machine"


class SigningFailed(SystemExit):
    pass


@dataclasses.dataclass(frozen=True)
class Certificate:
    pfx: Path
    password_file: Path
    trusted: Path  # PEM the verification trusts
    subject: str
    test: bool


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SigningFailed(f"{name} is missing: run packaging/windows/ensure_tools.sh")
    return found


def _run(command: list[str], what: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise SigningFailed(f"{what} failed (exit {done.returncode}): {done.stdout[-2000:]}{done.stderr[-2000:]}")
    return done.stdout


def remember(cert: Certificate, work: Path) -> None:
    """The certificate this build signed with, for `make package-windows-test`'s verification."""
    record = {f.name: str(getattr(cert, f.name)) for f in dataclasses.fields(cert)}
    record["test"] = cert.test
    (work / "used.json").write_text(json.dumps(record, indent=1), encoding="utf-8")


def used(work: Path) -> Certificate:
    try:
        record = json.loads((work / "used.json").read_text(encoding="utf-8"))
    except OSError as exc:
        raise SigningFailed(f"no {work / 'used.json'}: run `make package-windows` first") from exc
    return Certificate(
        Path(record["pfx"]), Path(record["password_file"]), Path(record["trusted"]), record["subject"], record["test"]
    )


def certificate(work: Path) -> Certificate:
    given = os.environ.get("SCREENER_SIGN_PFX")
    work.mkdir(parents=True, exist_ok=True)
    if given:
        pfx = Path(given)
        if not pfx.is_file():
            raise SigningFailed(f"SCREENER_SIGN_PFX={given}: no such file")
        password_file = work / "password"
        if os.environ.get("SCREENER_SIGN_PASSWORD_FILE"):
            password_file = Path(os.environ["SCREENER_SIGN_PASSWORD_FILE"])
        elif "SCREENER_SIGN_PASSWORD" in os.environ:
            _private(password_file, os.environ["SCREENER_SIGN_PASSWORD"])
        else:
            raise SigningFailed("SCREENER_SIGN_PFX is set but neither SCREENER_SIGN_PASSWORD_FILE nor SCREENER_SIGN_PASSWORD")
        trusted = Path(os.environ.get("SCREENER_SIGN_CA", "/etc/ssl/certs/ca-certificates.crt"))
        subject = _subject_of_pfx(pfx, password_file)
        return Certificate(pfx, password_file, trusted, subject, test=False)
    return _test_certificate(work)


def _private(path: Path, text: str) -> None:
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    path.write_text(text, encoding="utf-8")


def _subject_of_pfx(pfx: Path, password_file: Path) -> str:
    openssl = _tool("openssl")
    for legacy in ([], ["-legacy"]):
        done = subprocess.run(
            [openssl, "pkcs12", "-in", str(pfx), "-nokeys", "-clcerts", "-passin", f"file:{password_file}", *legacy],
            capture_output=True, text=True, timeout=60, check=False,
        )
        if done.returncode == 0:
            for line in done.stdout.splitlines():
                if line.startswith("subject="):
                    return line.removeprefix("subject=").strip()
            return "?"
    raise SigningFailed(f"cannot read the certificate {pfx} with its password: {done.stderr.strip()[-500:]}")


def _test_certificate(work: Path) -> Certificate:
    """A new self-signed code-signing certificate for this build only."""
    openssl = _tool("openssl")
    key, cert, pfx, password_file = (work / n for n in ("test-key.pem", "test-cert.pem", "test.pfx", "test-password"))
    for path in (key, cert, pfx, password_file):
        path.unlink(missing_ok=True)
    _private(password_file, secrets.token_urlsafe(24))
    _run(
        [openssl, "req", "-x509", "-newkey", "rsa:3072", "-sha256", "-days", "30", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-subj", TEST_SUBJECT, "-addext", "extendedKeyUsage=codeSigning",
         "-addext", "keyUsage=critical,digitalSignature", "-addext", "basicConstraints=critical,CA:FALSE"],
        "making the test certificate",
    )
    key.chmod(0o600)
    _run(
        [openssl, "pkcs12", "-export", "-out", str(pfx), "-inkey", str(key), "-in", str(cert),
         "-passout", f"file:{password_file}"],
        "packing the test certificate",
    )
    return Certificate(pfx, password_file, cert, TEST_SUBJECT.replace("/", ", ").strip(", ") + " (TEST)", test=True)


def sign(path: Path, cert: Certificate) -> None:
    sign_file(path, cert.pfx, cert.password_file)


def sign_file(path: Path, pfx: Path, password_file: Path) -> None:
    """Sign in place (through a temporary file beside it)."""
    signed = path.with_name(path.name + ".signed")
    signed.unlink(missing_ok=True)
    command = [
        _tool("osslsigncode"), "sign", "-pkcs12", str(pfx), "-readpass", str(password_file), "-h", "sha256",
        "-n", DESCRIPTION, "-in", str(path), "-out", str(signed),
    ]
    if os.environ.get("SCREENER_SIGN_TIMESTAMP_URL"):
        command[2:2] = ["-ts", os.environ["SCREENER_SIGN_TIMESTAMP_URL"]]
    _run(command, f"signing {path.name}")
    os.replace(signed, path)


def verify(path: Path, cert: Certificate) -> str:
    """osslsigncode's verification against the trusted certificates; raises when it does not hold."""
    done = subprocess.run(
        [_tool("osslsigncode"), "verify", "-CAfile", str(cert.trusted), "-in", str(path)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    text = done.stdout + done.stderr
    if done.returncode != 0 or "Signature verification: ok" not in text:
        raise SigningFailed(f"the signature of {path.name} does not verify:\n{text[-3000:]}")
    return text


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "sign":
        sys.exit("usage: signing.py sign PFX PASSWORD_FILE FILE")
    sign_file(Path(sys.argv[4]), Path(sys.argv[2]), Path(sys.argv[3]))
