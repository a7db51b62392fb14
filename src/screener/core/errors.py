"""One family of errors: every error a user can meet has a code, and its words in kk/ru/en.

The codes are stable (they are quoted in support calls and in the guide); their texts live in
translations/messages.yaml under the code, with "<code>.fix" saying how to put it right. A test
checks that every code here has its text in the three languages and that no text is orphaned.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    # an instrument file (form, indicator list, next steps, directory, training) is invalid
    FORM_001 = "FORM_001"
    FORM_002 = "FORM_002"
    FORM_003 = "FORM_003"
    FORM_004 = "FORM_004"
    FORM_005 = "FORM_005"
    FORM_006 = "FORM_006"
    FORM_007 = "FORM_007"
    FORM_010 = "FORM_010"
    FORM_011 = "FORM_011"
    FORM_012 = "FORM_012"
    FORM_013 = "FORM_013"
    FORM_014 = "FORM_014"
    FORM_015 = "FORM_015"
    FORM_016 = "FORM_016"
    FORM_017 = "FORM_017"
    FORM_018 = "FORM_018"
    FORM_101 = "FORM_101"
    FORM_102 = "FORM_102"
    FORM_103 = "FORM_103"
    FORM_104 = "FORM_104"
    FORM_105 = "FORM_105"
    FORM_106 = "FORM_106"
    FORM_107 = "FORM_107"
    FORM_108 = "FORM_108"
    FORM_109 = "FORM_109"
    FORM_110 = "FORM_110"
    FORM_111 = "FORM_111"
    FORM_114 = "FORM_114"
    FORM_115 = "FORM_115"
    FORM_116 = "FORM_116"
    FORM_117 = "FORM_117"
    FORM_120 = "FORM_120"
    FORM_130 = "FORM_130"
    FORM_131 = "FORM_131"
    FORM_132 = "FORM_132"
    FORM_133 = "FORM_133"
    FORM_134 = "FORM_134"
    FORM_135 = "FORM_135"
    FORM_136 = "FORM_136"
    FORM_137 = "FORM_137"
    FORM_138 = "FORM_138"
    FORM_139 = "FORM_139"  # a second referrals file
    # answers given to a form (command line, store) are invalid
    ANS_001 = "ANS_001"
    ANS_002 = "ANS_002"
    ANS_003 = "ANS_003"
    ANS_004 = "ANS_004"
    ANS_005 = "ANS_005"
    ANS_006 = "ANS_006"
    ANS_007 = "ANS_007"
    ANS_008 = "ANS_008"
    ANS_009 = "ANS_009"
    ANS_010 = "ANS_010"
    ANS_011 = "ANS_011"
    ANS_012 = "ANS_012"
    ANS_013 = "ANS_013"
    ANS_014 = "ANS_014"
    ANS_015 = "ANS_015"
    ANS_016 = "ANS_016"  # a case code too long or with other signs
    ANS_017 = "ANS_017"  # a text too long or with control characters
    ANS_018 = "ANS_018"  # a circumstance recorded where it does not apply (abroad for a non-citizen)
    # a warning beside an item (scores that contradict the script)
    WARN_001 = "WARN_001"
    WARN_002 = "WARN_002"
    WARN_003 = "WARN_003"
    WARN_004 = "WARN_004"
    # an outside file refused by the safe reader (core/safe_input.py)
    INPUT_001 = "INPUT_001"  # not a regular file
    INPUT_002 = "INPUT_002"  # too big
    INPUT_003 = "INPUT_003"  # nested too deep
    INPUT_004 = "INPUT_004"  # too many YAML aliases (any, in answers)
    INPUT_005 = "INPUT_005"  # too large once its aliases are expanded
    INPUT_006 = "INPUT_006"  # an alias inside itself
    INPUT_007 = "INPUT_007"  # a number too long
    # the encrypted store
    STORE_001 = "STORE_001"
    STORE_002 = "STORE_002"
    STORE_003 = "STORE_003"
    STORE_004 = "STORE_004"
    STORE_005 = "STORE_005"
    STORE_006 = "STORE_006"
    STORE_007 = "STORE_007"
    STORE_008 = "STORE_008"
    STORE_009 = "STORE_009"
    STORE_010 = "STORE_010"
    STORE_011 = "STORE_011"
    STORE_012 = "STORE_012"
    STORE_013 = "STORE_013"
    STORE_014 = "STORE_014"
    STORE_015 = "STORE_015"
    STORE_021 = "STORE_021"
    STORE_022 = "STORE_022"
    STORE_030 = "STORE_030"  # in use by another Screener
    STORE_031 = "STORE_031"  # disk full
    STORE_032 = "STORE_032"  # read-only or no permission
    STORE_033 = "STORE_033"  # wrong passphrase, or the first page damaged
    STORE_034 = "STORE_034"  # held by another program (SQLite busy)
    STORE_035 = "STORE_035"  # not a regular file
    STORE_040 = "STORE_040"  # no such case or referral
    STORE_041 = "STORE_041"  # a referral cannot move to that state from its state
    STORE_042 = "STORE_042"  # a choice that is not in its list (forms/referrals.yaml)
    STORE_043 = "STORE_043"  # a referral without consent and without a reason
    STORE_044 = "STORE_044"  # a date that is not a date, in the future, or before the step before
    STORE_045 = "STORE_045"  # a screening already in another case
    STORE_046 = "STORE_046"  # a referral to no organisation
    # writing or reading an export
    EXPORT_001 = "EXPORT_001"
    EXPORT_002 = "EXPORT_002"
    EXPORT_010 = "EXPORT_010"
    EXPORT_011 = "EXPORT_011"
    EXPORT_012 = "EXPORT_012"
    EXPORT_013 = "EXPORT_013"
    EXPORT_014 = "EXPORT_014"
    # the central database
    CENTRAL_001 = "CENTRAL_001"
    CENTRAL_002 = "CENTRAL_002"
    CENTRAL_003 = "CENTRAL_003"
    CENTRAL_004 = "CENTRAL_004"
    CENTRAL_005 = "CENTRAL_005"
    CENTRAL_006 = "CENTRAL_006"  # psycopg (the extra `central`) is not installed: a field bundle
    # an indicator list read from a spreadsheet
    SHEET_001 = "SHEET_001"


class ScreenerError(Exception):
    """A problem the user can meet, worded in their language; stored data is left as it was."""

    code: Code  # the first problem's code for a list of problems

    def render(self, language: str = "en") -> str:  # pragma: no cover - every family words itself
        raise NotImplementedError
