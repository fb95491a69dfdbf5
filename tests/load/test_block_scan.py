"""The line reader behind fast positions: PyYAML's answer for block style, None when unsure."""

from __future__ import annotations

import pytest

from citecheck.load.positions import compose_tree, locate
from citecheck.load.block_scan import find, find_top_level

ITEM = """  - id: a
    type: article-journal
    # a comment line at the key indent
    title: >-
      Folded
    author:
    - family: Oudenaren   # a sequence at the key's own indent
      non-dropping-particle: van
    -   family: "Quoted"
        given: 'Ann'
    issued:
      date-parts:
        - [2019, 1, 12]
    "URL": https://example.org/a
"""


@pytest.mark.parametrize("path", [
    ("title",), ("author",), ("author", 0, "non-dropping-particle"), ("author", 1, "given"), ("author", 1),
    ("issued",), ("issued", "date-parts"), ("URL",), ("container-title",), ("author", 0, "suffix"),
])
def test_positions_equal_pyyaml_marks(path):
    spot = locate(compose_tree(ITEM), (0,) + path)
    assert find(ITEM.split("\n"), path, "a") == (spot.line - 1, spot.column - 1)


@pytest.mark.parametrize(("text", "path"), [
    ("- {id: a, type: webpage}\n", ("type",)),          # flow mapping
    ("- id: a\n  author: [{family: X}]\n", ("author", 0, "family")),  # flow sequence
    ("- id: b\n  type: webpage\n", ("type",)),          # not the expected reference
    ("- id: a\n  author:\n    - family: X\n", ("author", 3)),  # no such item
])
def test_unsure_cases_return_none(text, path):
    assert find(text.split("\n"), path, "a") is None



@pytest.mark.parametrize(("key", "expected"), [
    ("id", (0, 8)), ("type", (1, 10)), ("container-title", (0, 4)),  # absent: the item's mapping
    ("title", None), ("author", None), ("issued", None),  # values on later lines
    ("URL", None),  # written quoted
    ("family", None), ("comment", None),  # in the item, nested or in a comment: not surely absent
])
def test_a_top_level_key_is_found_in_the_text_or_left_to_the_line_reader(key, expected):
    assert find_top_level(ITEM, key) == expected
    if expected is not None:
        assert expected == find(ITEM.split("\n"), (key,), "a")
