"""Field positions: the per-reference index agrees with the whole-file tree, and falls back safely."""

from __future__ import annotations

import json

from citecheck.load.positions import compose_tree, locate
from citecheck.load.positions import FieldLocator, field_label

TEXT = """# comment
references:
  - id: a
    type: webpage
    title: >-
      A folded
      title
    author:
      - family: X
        given: "Y"
  - {id: b, type: webpage, title: B}
  - id: c
    type: webpage
    URL: https://example.org/- x
"""


def test_each_field_is_where_the_whole_tree_says():
    locator = FieldLocator(TEXT.encode(), "yaml", ["a", "b", "c"])
    root = compose_tree(TEXT)
    for index, path in [(0, ("title",)), (0, ("author", 0, "given")), (1, ("title",)), (2, ("URL",)),
                        (2, ("title",))]:
        spot = locate(root, ("references", index) + path)
        assert locator.locate(index, path) == (spot.line, spot.column)
    assert locator.locate(0, ("author", 0, "given")) == (10, 16)


def test_json_and_shared_anchors_fall_back_to_the_whole_tree():
    text = json.dumps([{"id": "a", "type": "webpage"}, {"id": "b", "type": "webpage", "title": "B"}], indent=1)
    assert FieldLocator(text.encode(), "json", ["a", "b"]).locate(1, ("title",)) == (9, 12)
    anchored = "- &x {id: a, type: webpage}\n- id: b\n  type: webpage\n  title: T\n"
    assert FieldLocator(anchored.encode(), "yaml", ["a", "b"]).locate(1, ("title",)) == (4, 10)


def test_field_labels_read_like_paths():
    assert field_label(("author", 0, "given")) == "author[0].given"
    assert field_label(("URL",)) == "URL"


def test_lines_end_at_lf_crlf_or_a_lone_cr_only_as_yaml_1_2_and_editors_count_them():
    # issue 15: PyYAML (YAML 1.1) also breaks lines at U+2028, U+2029 and NEL, which yaml-rs (the reader
    # of the file) takes as characters: every field after one was placed a line too low
    for text, spot in [
        ('[\n {"id": "a", "type": "book", "title": "One\u2028two",\n  "publisher": "P"}\n]\n', (3, 16)),
        ("- id: a\n  type: book\n  title: \"One\u2028two\u2029three\x85four\"\n  publisher: P\n", (4, 14)),
        ("- id: a\n  type: book\n  # a note\u2028  publisher: Q\n  publisher: P\n", (4, 14)),
        ("- id: a\r  type: book\r  publisher: P\r", (3, 14)),
        ("- id: a\r\n  type: book\r  publisher: P\n", (3, 14)),
    ]:
        fmt = "json" if text.startswith("[") else "yaml"
        assert FieldLocator(text.encode(), fmt, ["a"]).locate(0, ("publisher",)) == spot, text
        found = locate(compose_tree(text), (0, "publisher"))
        assert (found.line, found.column) == spot


def test_a_character_pyyaml_refuses_inside_a_json_string_still_lets_the_tree_place_what_follows():
    # issue 15: a DEL in a CSL-JSON title put import's "unknown CSL type" at 1:1 instead of its line
    text = '[\n {"id": "a", "type": "book", "title": "a\x7fb\x07c\ufffed"},\n {"id": "b",\n  "type": "bookx"}\n]\n'
    found = locate(compose_tree(text), (1, "type"))
    assert (found.line, found.column) == (4, 11)
