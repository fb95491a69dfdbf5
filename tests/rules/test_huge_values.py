"""No rule fails on a value no real reference holds: numbers of thousands of digits in every text field.

``int()`` refuses a decimal string past 4,300 digits; a rule that reads a number out of text must bound it
first (the fuzzer found CC610 reading a 5,001-digit page range).
"""

from __future__ import annotations

from citecheck.load import parse_references
from citecheck.rules.config import Config
from citecheck.rules.engine import check

DIGITS = "9" * 5000
FIELDS = ("title", "container-title", "page", "volume", "issue", "number", "edition", "note", "publisher",
          "genre", "medium", "version", "collection-number", "number-of-pages", "DOI", "ISBN", "ISSN")


def test_every_rule_survives_a_reference_whose_text_fields_hold_five_thousand_digits():
    fields = "".join(f"    {name}: '{DIGITS}'\n" for name in FIELDS)
    text = ("references:\n  - id: a\n    type: article-journal\n" + fields
            + f"    page: {DIGITS}-{DIGITS}1\n    URL: https://example.com/{DIGITS}/{DIGITS}\n"
            + f"    issued: {{raw: '{DIGITS}'}}\n")
    loaded = parse_references(text.replace(f"    page: '{DIGITS}'\n", ""), "huge.yaml", "yaml")
    assert len(loaded.references) == 1
    findings = check(loaded, Config())
    assert findings  # the rules did read it (CC610 says nothing of it: no number that long is a page)
    assert "CC610" not in {f.code for f in findings}
