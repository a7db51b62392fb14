"""The minimum strength of a store passphrase.

At least 10 characters with at least two kinds (letters, digits, others), or a passphrase of
16 characters or more; never a run of one character or a common password.
"""

from __future__ import annotations

from screener.core.store.errors import WeakPassphrase

MIN_LENGTH = 10
LONG_ENOUGH = 16
_COMMON = frozenset(
    {
        "password123",
        "qwerty12345",
        "1234567890",
        "0123456789",
        "passw0rd12",
        "administrator",
        "qwertyuiop",
        "1q2w3e4r5t",
        "iloveyou123",
        "kazakhstan1",
        "astana2024",
        "almaty2024",
    }
)


def strength_problem(passphrase: str) -> str | None:
    """None when strong enough, else the message key that says why not."""
    if len(passphrase) < MIN_LENGTH:
        return "passphrase.too_short"
    if len(set(passphrase)) <= 2 or passphrase.lower() in _COMMON:
        return "passphrase.too_common"
    kinds = sum(
        (
            any(c.isalpha() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    if kinds < 2 and len(passphrase) < LONG_ENOUGH:
        return "passphrase.one_kind"
    return None


def require_strong(passphrase: str) -> None:
    problem = strength_problem(passphrase)
    if problem is not None:
        raise WeakPassphrase(reason_key=problem, min_length=MIN_LENGTH, long_enough=LONG_ENOUGH)
