"""Positions in pretty-printed CSL-JSON, item by item: PyYAML's answer on the whole file, or None."""

from __future__ import annotations

import json

import pytest

from citecheck.load.positions import compose_tree, locate
from citecheck.load.json_scan import JsonItems

ITEMS = [
    {"id": "a", "type": "article-journal", "title": "Title with \"quotes\" and title: inside",
     "author": [{"family": "Oudenaren", "non-dropping-particle": "van"}, {"literal": "Reuters"}],
     "issued": {"date-parts": [[2019, 1, 12]]}, "URL": "https://example.org/a"},
    {"id": "b", "type": "webpage", "genre": "title", "title": "Genre names a key"},  # "title" written twice
    {"id": "c", "type": "webpage", "custom": {"note": "x"}, "note": "top"},  # "note" nested and top-level
]
PATHS = [("id",), ("type",), ("title",), ("author",), ("author", 1, "literal"), ("author", 0), ("issued", "date-parts"),
         ("URL",), ("container-title",), ("note",), ("custom",), ("genre",)]


@pytest.mark.parametrize("layout", ["indent 2", "indent 4, wrapped", "CRLF"])
def test_every_position_equals_pyyaml_on_the_whole_file(layout):
    if layout == "indent 2":
        text, base = json.dumps(ITEMS, indent=2), ()
    elif layout == "CRLF":
        text, base = json.dumps(ITEMS, indent=2).replace("\n", "\r\n"), ()
    else:
        text, base = json.dumps({"references": ITEMS}, indent=4), ("references",)
    items, root = JsonItems(text.encode(), ["a", "b", "c"]), compose_tree(text)
    for index in range(3):
        for path in PATHS:
            spot = locate(root, base + (index,) + path)
            assert items.locate(index, path) == (spot.line, spot.column), (index, path)


def test_a_top_level_value_is_found_by_text_search():
    text = json.dumps(ITEMS, indent=2)
    assert text.split("\n")[23] == '    "URL": "https://example.org/a"'
    assert JsonItems(text.encode(), ["a", "b", "c"]).locate(0, ("URL",)) == (24, 12)


def test_compact_json_and_unexpected_items_are_left_to_the_caller():
    assert JsonItems(json.dumps(ITEMS).encode(), ["a", "b", "c"]).locate(0, ("title",)) is None
    assert JsonItems(json.dumps(ITEMS, indent=2).encode(), ["a", "x", "c"]).locate(1, ("title",)) is None
    assert JsonItems(json.dumps(ITEMS, indent=2).encode(), ["a", "b"]).locate(0, ("title",)) is None  # counts disagree
