"""One sample screening shared by the tests: the self-test's (forms/self_test.yaml, which
`screener --self-test` runs in the bundle), and the same with the roles answered."""

from __future__ import annotations

from typing import Any

import yaml

from screener.core import paths

SELF_TEST: dict[str, Any] = yaml.safe_load((paths.forms_dir() / "self_test.yaml").read_text(encoding="utf-8"))
BORDER_MINOR: dict[str, Any] = dict(SELF_TEST["answers"])  # 16, from Uzbekistan, at the border: 11/39
WITH_ROLES: dict[str, Any] = {
    **BORDER_MINOR,
    "judgement": 2,
    "types": ["labour", "other"],
    "types.other": "begging",
    "nonverbal": "looked at the companion before each answer",
}
