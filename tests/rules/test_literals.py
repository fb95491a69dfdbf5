"""The strings a pattern needs: every text a pattern matches holds one of them (else a prefilter would hide a finding)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.rules import all_rules
from citecheck.rules.columns import SEPARATOR
from citecheck.rules.literals import lowered, required
from citecheck.rules.prefilter import Pattern, any_case

PATTERNS = {rule.code: rule.prefilter.regex for rule in all_rules() if isinstance(getattr(rule, "prefilter", None), Pattern)}
# Letters that fold in odd ways (dotless and dotted i, long s, Kelvin sign, final sigma) beside what rules look for.
ODD = ["ı", "İ", "ſ", "K", "Σ", "σ", "ς", "ΑΣ", "ß", "ǅ", "Ѐ", "ᲂ", "о", "É", "é", "Ü", SEPARATOR]
WORDS = ["Retrieved", "RETRIEVED", "retrıeved", "acceſſed", "Accessed", "abgerufen", "consulté", "CONSULTÉ",
         "archive", "ARCHIVE", "archıve", "https://", "HTTP://", "www.", "WWW.", "google.com/url?q=", "GOOGLE.COM/URL?",
         "l.facebook.com/l.php?u=", "by ", "BY ", "Anon", "STAFF", "ſtaff", "desconocido", "Аноним", "and others",
         "AND OTHERS", "et al.", "''", "[[", "{{", "<i>", "&amp;", "\\emph", "  ", "ed.", "(eds.)", "Hrsg.", "/2020/01",
         "/1999-jan", "?utm_source=x", "."]
TEXT = st.lists(st.one_of(st.sampled_from(WORDS + ODD), st.text(max_size=3)), max_size=8).map("".join)


def holds(pattern: re.Pattern, text: str) -> bool:
    needed = required(pattern, ignore=SEPARATOR)
    return needed is None or needed.found_in(text, lowered(text))


@pytest.mark.parametrize("code", sorted(PATTERNS))
@settings(max_examples=150, deadline=None, derandomize=True)
@given(text=TEXT)
def test_every_text_a_rules_pattern_matches_holds_one_of_its_strings(code, text):
    if PATTERNS[code].search(text):
        assert holds(PATTERNS[code], text)


def test_patterns_name_the_strings_they_need_and_a_text_without_them_is_not_searched():
    needed = required(re.compile(any_case("retrieved", "accessed")))
    assert needed.lowered and "retrieved" in needed.strings and "acceſſed" in needed.strings
    assert not needed.found_in("Some title", lowered("Some title"))
    assert required(re.compile(r"\[\[|\]\]")).strings == ("[[", "]]")
    assert required(re.compile(r"\s+")) is None  # no string: searched as before


@pytest.mark.parametrize(("pattern", "text"), [
    (any_case("archive"), "web.ARCHıVE.org"),  # dotless ı: the regex engine takes it for i
    (any_case("accessed"), "ACCEſſED"),
    ("(?i:staff)", "STAFF"),
    ("(?i:staff)", "ſtaff"),  # re.IGNORECASE takes the long s for s
    ("(?i:σοφία)", "ΣΟΦΊΑ"),
    ("(?i:οσ)", "ΟΣ"),  # str.lower() writes the final capital sigma as ς, the regex engine takes it for σ
    ("(?i:tit)", "TİT"),  # str.lower() writes İ as two characters: the lower-cased text is not searched
    (any_case("kelvin"), "\u212aELVIN"),  # the Kelvin sign lower-cases to k
])
def test_odd_case_foldings_still_find_the_string(pattern, text):
    compiled = re.compile(pattern)
    assert compiled.search(text) and holds(compiled, text)


def test_a_pattern_with_no_string_worth_looking_for_gives_none():
    assert required(re.compile(f"{SEPARATOR}\\s*(?={SEPARATOR})"), ignore=SEPARATOR) is None
    assert required(re.compile("[a-z]{3}")) is None  # a class of 26 letters is not spelled out
    assert required(re.compile("ab", re.VERBOSE)) is None  # flags that change what the source means
