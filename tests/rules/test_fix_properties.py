"""Property: for any mix of defects the safe fixes reach a fixed point with no safe-fixable finding left."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecheck.rules.config import Config
from citecheck.load import parse_references
from citecheck.rules.fixer import fix_references

WORDS = st.sampled_from(["Russia", "China", "entente", "Putin", "&amp;", "  ", " ", "]]", "[[", "<i>", "</i>",
                         "Sino-Russian", "utm", ",", ";", "Économie", "王", "\u200b", "BY", "By"])
TEXT = st.lists(WORDS, min_size=1, max_size=6).map("".join).filter(lambda s: s.strip())
GIVEN = st.one_of(TEXT, st.sampled_from(["BY M. K.", "by John S.", "J.S.", "Farah"]))
URL = st.sampled_from(["https://example.org/a?utm_source=x&id=1", "www.example.org", "https://example.org/b",
                       "https://example.org/c?fbclid=1"])


@st.composite
def references_file(draw):
    items = []
    for index in range(draw(st.integers(1, 4))):
        item = {"id": f"r{index}", "type": "article-newspaper", "title": draw(TEXT),
                "container-title": draw(TEXT), "URL": draw(URL),
                "author": [{"family": draw(TEXT), "given": draw(GIVEN)}]}
        items.append(item)
    lines = ["references:"]
    for item in items:
        lines.append(f"  - id: {item['id']}  # keep me")
        for key in ("type", "title", "container-title", "URL"):
            lines.append(f"    {key}: {json.dumps(item[key], ensure_ascii=False)}")
        name = item["author"][0]
        lines.append(f"    author:\n      - family: {json.dumps(name['family'], ensure_ascii=False)}")
        lines.append(f"        given: {json.dumps(name['given'], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(references_file())
def test_safe_fixes_reach_a_fixed_point_and_keep_comments(text):
    loaded = parse_references(text, "refs.yaml", "yaml")
    first = fix_references(loaded, Config())
    assert not [f for f in first.findings if f.fix and f.fix.safe]
    second = fix_references(parse_references(first.text, "refs.yaml", "yaml"), Config())
    assert second.text == first.text and second.applied == 0
    assert first.text.count("# keep me") == text.count("# keep me")
