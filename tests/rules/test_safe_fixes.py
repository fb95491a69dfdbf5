"""Property: a safe fix changes only what it flagged.

Text is built from words, digits, CSL's rich-text markup and defects that carry no letter or digit
of their own (invisible characters, doubled spaces, stray wiki brackets and quote marks, TeX quotes,
line breaks). Whatever a rule's *safe* fix does to such a value, the letters and digits outside
tags stay, in order, and every CSL rich-text tag stays: a safe fix may drop or replace only the
defect it flagged (the TeX-quotes fix that once kept ``Their ``No Limits`` fails here).
"""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecheck.load import parse_references
from citecheck.rules import all_rules
from citecheck.rules.base import Fixability, ReferenceRule

SAFE_RULES = [rule for rule in all_rules() if isinstance(rule, ReferenceRule) and rule.fixable is Fixability.SAFE]
WORDS = ["Russia", "China", "entente", "Économie", "王", "2022", "N", "O", "ភាសា", "ไทย", "Pourquoi"]
CSL_MARKUP = ["<i>", "</i>", "<b>", "</b>", "<sub>", "</sub>", "<sup>", "</sup>", '<span class="nocase">', "</span>"]
DEFECTS = [" ", " ", "  ", "\u200b", "\u00ad", "\u00a0", "\ufeff", "\n", "\t", "]]", "[[", "''", "``", "?", ":", ","]
TEXT = st.lists(st.sampled_from(WORDS + CSL_MARKUP + DEFECTS), min_size=1, max_size=10).map("".join)
_TAG = re.compile(r"<[^<>]*>")
_CSL_TAG = re.compile("|".join(map(re.escape, CSL_MARKUP[:-1])))  # a </span> is CSL's only after a CSL span


def csl_tags(value: str) -> list[str]:
    tags = _CSL_TAG.findall(value)
    return tags + ["</span>"] * min(value.count("</span>"), tags.count(CSL_MARKUP[-2]))


def letters_and_digits(value: str) -> str:
    return "".join(c for c in _TAG.sub("", value) if c.isalnum())


def references(title: str, outlet: str, note: str, given: str):
    item = {"id": "a", "type": "article-journal", "title": title, "container-title": outlet, "note": note,
            "author": [{"family": "Smith", "given": given}]}
    text = "references:\n  - " + json.dumps(item, ensure_ascii=False) + "\n"
    return parse_references(text, "t.yaml", "yaml").references


def value_at(ref, path):
    value = ref.to_csl()
    for part in path:
        value = value[part]
    return value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT.filter(str.strip), TEXT.filter(str.strip), TEXT.filter(str.strip), TEXT.filter(str.strip))
def test_a_safe_fix_keeps_every_letter_digit_and_csl_tag_it_did_not_flag(title, outlet, note, given_name):
    refs = references(title, outlet, note, given_name)
    for rule in SAFE_RULES:
        for violation in rule.check(refs[0]):
            for edit in violation.fix.edits if violation.fix else ():
                before = value_at(refs[0], edit.path)
                if not isinstance(before, str) or not isinstance(edit.value, str):
                    continue
                assert letters_and_digits(edit.value) == letters_and_digits(before), (rule.code, before, edit.value)
                assert csl_tags(edit.value) == csl_tags(before), (rule.code, before, edit.value)


def test_the_tex_quotes_fix_turns_both_marks_into_quotation_marks():
    refs = references("Their ``No Limits'' Partnership", "J", "n", "Ann")
    fixes = [edit.value for rule in SAFE_RULES if rule.code == "CC103"
             for v in rule.check(refs[0]) for edit in v.fix.edits]
    assert fixes == ["Their \u201cNo Limits\u201d Partnership"]
