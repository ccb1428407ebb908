"""Vietnamese identifiers and payment codes: check, explain and extract them.

One module serves the ``vn-identity`` expert, the ``luytre id`` commands and
(next) the PII recognizers of the sovereignty pipeline, so each rule exists once.
"""

from luytre.identifiers.checks import TYPES, CheckedIdentifier, check
from luytre.identifiers.extract import Found, extract

__all__ = ["TYPES", "Found", "CheckedIdentifier", "check", "extract"]
