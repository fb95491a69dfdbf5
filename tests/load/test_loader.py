"""Every kind of bad input gives one line with file, line and column; good input loads."""

import json

import pytest

from citecheck.errors import InputError
from citecheck.load import load_references, parse_references

GOOD = """\
references:
  - id: a
    type: webpage
    title: A page
"""


def problems(path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_references(path)
    return [str(p) for p in caught.value.problems]


def test_a_good_yaml_file_loads(write_refs):
    loaded = load_references(write_refs(GOOD))
    assert (loaded.format, [r.id for r in loaded.references]) == ("yaml", ["a"])


def test_a_csl_json_array_loads_by_extension_or_content(write_refs):
    text = json.dumps([{"id": "a", "type": "webpage", "issued": {"date-parts": [[2022, 3]]}}])
    for name in ("refs.json", "refs.txt"):
        loaded = load_references(write_refs(text, name))
        assert loaded.format == "json" and loaded.references[0].issued.date_parts == [[2022, 3]]


def test_yaml_dates_stay_dates_and_yaml_1_1_booleans_stay_text(write_refs):
    ref = load_references(write_refs(GOOD + "    issued: 2022-03-19\n    language: no\n")).references[0]
    assert (ref.issued.date_parts, ref.language) == ([[2022, 3, 19]], "no")


def test_a_utf8_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_references(path).references[0].id == "a"


def test_all_problems_are_reported_at_once_each_at_its_place(write_refs):
    path = write_refs(
        "references:\n"
        "  - id: a\n"
        "    type: webpage\n"
        "    issued: 2022-02-30\n"
        "  - id: a\n"
        "    type: blog\n"
        "    container_titel: X\n"
        "    author:\n"
        "      - given: Tom\n"
        "    footnote: \"3\"\n"
        "    title: 1984\n"
        "  - type: webpage\n"
    )
    assert problems(path) == [
        f"{path}:4:13: references[0].issued: day is out of range for month",
        f"{path}:5:9: references[1].id: duplicate id 'a' (also used by references[0])",
        f"{path}:6:11: references[1].type: unknown CSL type 'blog' (did you mean 'post-weblog'?)",
        f"{path}:7:5: references[1].container_titel: unknown field 'container_titel' "
        "(did you mean 'container-title'?)",
        f"{path}:9:9: references[1].author[0]: a name needs a family or a literal",
        f"{path}:10:15: references[1].footnote: expected a whole number, got text '3'",
        f"{path}:11:12: references[1].title: expected text, got a whole number 1984 (quote it)",
        f"{path}:12:5: references[2]: required field 'id' is missing",
    ]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "1:1: the file is empty; expected a 'references:' list"),
        (b"# only a comment\n", "1:1: the file is empty; expected a 'references:' list"),
        (b"just text\n", "1:1: expected a mapping with a 'references:' list, got text"),
        (b"referenes:\n  - id: a\n", "1:1: no 'references:' list in the file (did you mean 'references'?)"),
        (b"references: 5\n", "1:13: references: expected a list of references, got a whole number"),
        (b"\x00\x01\x02junk", "1:1: binary data (NUL byte), not a text file"),
        (b"references:\n  - id: \xff\n", "2:9: not valid UTF-8 (byte 0xff); save the file as UTF-8"),
        (b"references:\n  - id: a\n\t  type: webpage\n",
         "3:1: YAML syntax: a tab character here; YAML indents with spaces only"),
        (b"references:\n  - id: a\n    id: b\n", "3:5: YAML syntax: duplicate key 'id' (first at line 2)"),
        (b"references:\n  - id: \"a\n", "3:1: YAML syntax: found unexpected end of stream (while scanning a quoted scalar)"),
        (b"references:\n  - id: !!python/object/apply:os.system [ls]\n",
         "2:9: YAML tags are not allowed in a references file "
         "(found 'tag:yaml.org,2002:python/object/apply:os.system')"),
        (b"references:\n  - id: !custom a\n", "2:9: YAML tags are not allowed in a references file (found '!custom')"),
        (b"references:\n  - " + b"[" * 300 + b"]" * 300 + b"\n", "2:260: nested deeper than 64 levels (the limit)"),
        (b"references:\n  - id: &x a\n    type: *x\n",
         "2:9: YAML anchors and aliases are not allowed in a references file"),
    ],
)
def test_each_kind_of_bad_file_gives_one_line(tmp_path, content, expected):
    path = tmp_path / "refs.yaml"
    path.write_bytes(content)
    assert problems(path) == [f"{path}:{expected}"]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"references:\n  - 5\n", ["2:5: references[0]: expected a mapping, got a whole number 5"]),
        (b"[null]", ["1:2: [0]: expected a mapping, got nothing"]),
        (b"references:\n  - {1: x, id: b, type: webpage}\n",
         ["2:5: references[0]: keys must be text, got a whole number 1"]),
        (b"references:\n  - {id: b, type: webpage, issued: {date-parts: []}}\n",
         ["2:49: references[0].issued.date-parts: must not be empty"]),
        (b"[" * 3000 + b"]" * 3000, ["1:65: nested deeper than 64 levels (the limit)"]),
    ],
)
def test_shapes_pydantic_would_word_for_programmers_are_said_plainly(tmp_path, content, expected):
    path = tmp_path / ("refs.json" if content.startswith(b"[") else "refs.yaml")
    path.write_bytes(content)
    assert problems(path) == [f"{path}:{line}" for line in expected]


def test_an_alias_bomb_is_refused_before_it_can_expand(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\nreferences: *a9\n")
    assert problems(path) == [f"{path}:1:5: YAML anchors and aliases are not allowed in a references file"]


def test_json_syntax_and_validation_errors_have_lines_too(write_refs):
    bad_syntax = write_refs('[{"id": "a",\n "type": }]', "refs.json")
    assert problems(bad_syntax) == [f"{bad_syntax}:2:10: JSON syntax: Expecting value"]
    bad_date = write_refs('[\n {"id": "a", "type": "webpage",\n  "issued": {"date-parts": [[2022, 2, 30]]}}\n]',
                          "refs.json")
    assert problems(bad_date) == [f"{bad_date}:3:28: [0].issued.date-parts: day is out of range for month"]


def test_parse_references_labels_problems_with_the_given_path():
    with pytest.raises(InputError) as caught:
        parse_references("references:\n  - id: a\n", "memory.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "memory.yaml:2:5: references[0]: required field 'type' is missing"]


_ITEM = b"references:\n  - id: a\n    type: book\n"


@pytest.mark.parametrize("name, content, expected", [
    ("superscript day", _ITEM + b"    issued:\n      date-parts: [[2020, 1, \"\xc2\xb2\"]]\n",
     ["5:30: references[0].issued.date-parts[0][2]: expected a whole number, got text '\u00b2'"]),
    ("5,000-digit year", _ITEM + b"    issued:\n      date-parts: [[" + b"9" * 5000 + b"]]\n",
     ["5:21: references[0].issued.date-parts[0][0]: a whole number has at most 15 digits (the limit), "
      "this one has 5000"]),
    ("5,000-digit footnote", _ITEM + b"    footnote: " + b"9" * 5000 + b"\n",
     ["4:15: references[0].footnote: a whole number has at most 15 digits (the limit), this one has 5000"]),
    ("day past a C long", _ITEM + b"    issued:\n      date-parts: [[2020, 1, 99999999999999]]\n",
     ["5:19: references[0].issued.date-parts: day is out of range for month"]),
    ("two 5,000-digit ids", b"references:\n  - id: " + b"9" * 5000 + b"\n    type: book\n  - id: " + b"9" * 5000
     + b"\n    type: book\n",
     ["2:9: references[0].id: a whole number has at most 15 digits (the limit), this one has 5000",
      "4:9: references[1].id: a whole number has at most 15 digits (the limit), this one has 5000"]),
    ("deep custom", _ITEM + b"    custom: {a: " + b"[" * 100 + b"]" * 100 + b"}\n",
     ["4:13: references[0].custom: nested deeper than 64 levels (the limit)"]),
    ("long title", _ITEM + b"    title: " + b"x" * 100_001 + b"\n",
     ["4:12: references[0].title: a text value has at most 100,000 characters (the limit), this one has 100,001"]),
    ("10 MB id", b"references:\n  - id: " + b"x" * 10_000_000 + b"\n    type: book\n",  # issue 15: 1.6 GB to list
     ["2:9: references[0].id: a text value has at most 100,000 characters (the limit), this one has 10,000,000"]),
    ("a deep list where text goes", _ITEM + b"    title: " + b"[" * 200 + b"]" * 200 + b"\n",
     ["4:12: references[0].title: expected text, got a list"]),  # its repr recursed past Python's limit
])
def test_values_past_a_limit_are_refused_with_the_limit_and_their_place(tmp_path, name, content, expected):
    path = tmp_path / "refs.yaml"
    path.write_bytes(content)
    assert problems(path) == [f"{path}:{line}" for line in expected]


@pytest.mark.parametrize("name, content, expected", [
    ("5,000-digit footnote", b'[{"id": "a", "type": "book", "footnote": ' + b"9" * 5000 + b"}]",
     ["1:42: a whole number has at most 15 digits (the limit)"]),
    ("deep custom", b'[{"id": "a", "type": "book", "custom": {"x": ' + b"[" * 5000 + b"]" * 5000 + b"}}]",
     ["1:107: nested deeper than 64 levels (the limit)"]),
    ("DEL, which PyYAML cannot place", b'[{"id": "a", "type": "book", "title": "a\x7f", "typo": 1}]',
     ["1:45: [0].typo: unknown field 'typo' (did you mean 'type'?)"]),  # was placed at 1:1
])
def test_json_past_a_limit_or_holding_what_yaml_forbids_is_placed_exactly(tmp_path, name, content, expected):
    path = tmp_path / "refs.json"
    path.write_bytes(content)
    assert problems(path) == [f"{path}:{line}" for line in expected]


@pytest.mark.parametrize("content, expected", [
    ('references:\n- id: a\n  type: book\n  # a note\u2028  type: x\n- id: b\n  type: bookx\n',
     "f.yaml:6:9: references[1].type: unknown CSL type 'bookx' (did you mean 'book'?)"),
    ('references:\n- id: a\n  type: book\n  title: "One\x85two"\n  note: [open\n- id: b\n',
     "f.yaml:6:5: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence)"),
    ('references:\n- id: a\n  type: book\n  title: "One\u2029two"\n  note: &x n\n',
     "f.yaml:5:9: YAML anchors and aliases are not allowed in a references file"),
    ('[\n {"id": "a", "type": "book", "title": "x\u2028y"},\n {"id": "b", "type": "bookx"}\n]\n',
     "f.json:3:22: [1].type: unknown CSL type 'bookx' (did you mean 'book'?)"),
])
def test_a_problem_after_a_u2028_u2029_or_nel_is_on_its_own_line_not_one_below(content, expected):
    # issue 15: those three are line breaks to PyYAML, which places problems, not to yaml-rs, which reads
    name = "f.json" if content.startswith("[") else "f.yaml"
    with pytest.raises(InputError) as caught:
        parse_references(content, name)
    assert [str(p) for p in caught.value.problems] == [expected]


def test_a_file_of_more_references_than_the_limit_is_refused_before_any_is_validated(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_bytes(b"references:\n" + b"- 1\n" * 1_000_001)  # not references at all: never looked at
    assert problems(path) == [f"{path}:1000002:1: references[1000000]: a file holds at most 1,000,000 references "
                              "(the limit), this one holds 1,000,001"]


def test_the_read_back_check_in_two_halves_refuses_what_loading_refuses(monkeypatch):
    # import -o reads its output back with check_references, the halves validated at once (citecheck.forked)
    from citecheck import forked
    from citecheck.errors import InputError
    from citecheck.load.loader import check_references

    items = [f'  {{"id": "r{i}", "type": "book", "title": "T{i}"}}' for i in range(12)]
    items[2] = '  {"id": "r2", "type": "book", "issued": {"date-parts": [[2001, 13, 1]]}}'
    items[9] = '  {"id": "r9", "type": "bok"}'
    items[11] = '  {"id": "r0", "type": "book"}'
    text = ("[\n" + ",\n".join(items) + "\n]\n").encode()
    with pytest.raises(InputError) as loading:
        parse_references(text, "out.json")
    monkeypatch.setattr(forked, "SPLIT_AT", 4)
    with pytest.raises(InputError) as checking:
        check_references(text, "out.json")
    assert [str(p) for p in checking.value.problems] == [str(p) for p in loading.value.problems]
    assert [p.line for p in checking.value.problems] == [4, 11, 13]
    check_references(text.replace(b'"bok"', b'"book"').replace(b"13, 1", b"12, 1").replace(
        b'"r0", "type": "book"}', b'"r11", "type": "book"}'), "out.json")  # the file put right: nothing to say


# ---- json_halves: a large JSON list cut in two lists' texts, for the export in halves ----

_ITEMS = [{"id": f"a{n}", "type": "book", "title": "T", "author": [{"family": "A"}, {"family": "B"}]}
          for n in range(10)]


def _parts(text: str):
    from pathlib import Path

    from citecheck.load.loader import json_halves, read_items

    cut = json_halves(text.encode())
    return None if cut is None else [read_items(part, Path("x.json"), "json")[2] for part in cut]


@pytest.mark.parametrize("layout", ["indented", "one item a line", "with a byte-order mark"])
def test_a_json_list_is_cut_between_two_of_its_items_near_the_middle(layout):
    text = json.dumps(_ITEMS, indent=2) if layout == "indented" else \
        "[\n" + ",\n".join(map(json.dumps, _ITEMS)) + "\n]\n"
    if layout == "with a byte-order mark":
        text = "\ufeff" + text
    first, second = _parts(text)
    assert first + second == _ITEMS and len(first) == 6  # the first cut past the middle of the text


def test_the_objects_inside_an_item_are_never_where_it_is_cut():
    # The authors' objects also follow a comma and a line break: their indent is deeper than the items'.
    items = [{"id": "a", "author": [{"family": f"F{n}"} for n in range(50)]}, {"id": "b"}]
    assert _parts(json.dumps(items, indent=2)) == [items[:1], items[1:]]  # past the middle's authors, at "b"


@pytest.mark.parametrize("text", [json.dumps(_ITEMS), json.dumps({"references": _ITEMS}, indent=2), "[]", ""])
def test_a_list_on_one_line_or_a_file_that_is_no_list_is_not_cut(text):
    assert _parts(text) is None
