import json

import pytest

from citecheck.formats import csl_json, csl_yaml
from citecheck.model import Reference


def ref():
    return Reference.model_validate({"id": "a", "type": "webpage", "title": "T", "footnote": 3,
                                     "archive-url": "https://web.archive.org/x", "archive-date": "2022-01-03",
                                     "printed": "3. T", "source": "Library of Congress",
                                     "custom": {"mine": 1}})


def test_citecheck_fields_travel_in_custom_beside_the_users_own():
    [item] = json.loads(csl_json.dump([ref()]))
    assert item["custom"] == {"mine": 1, "footnote": 3, "printed": "3. T", "archive-url": "https://web.archive.org/x",
                              "archive-date": {"date-parts": [[2022, 1, 3]]}}
    assert item["source"] == "Library of Congress" and "footnote" not in item and "printed" not in item
    assert csl_json.load(csl_json.dump([ref()])).references == [ref()]
    assert csl_yaml.load(csl_yaml.dump([ref()])).references == [ref()]


def test_a_bad_item_is_reported_at_its_line_and_the_others_import():
    text = '[\n{"id": "a", "type": "webpage"},\n{"id": "b", "type": "blog"},\n{"id": "c", "type": "book"}\n]\n'
    result = csl_json.load(text, "x.json")
    assert [r.id for r in result.references] == ["a", "c"]
    assert [(p.line, p.where) for p in result.problems] == [(3, "[1].type")]
    assert "unknown CSL type 'blog'" in result.problems[0].message


def test_the_native_yaml_writes_plain_dates_as_people_write_them():
    assert "  archive-date: '2022-01-03'\n" in csl_yaml.dump_native([ref()])


def test_yaml_quotes_text_any_yaml_reader_could_take_for_a_number():
    titles = ["_0", "1_000", "1:20", "1e3", "0x1F", ".inf", "12"]
    refs = [Reference.model_validate({"id": f"r{i}", "type": "webpage", "title": t}) for i, t in enumerate(titles)]
    text = csl_yaml.dump(refs)
    assert [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("  title:")] == \
        [f"'{t}'" for t in titles]
    assert [r.title for r in csl_yaml.load(text).references] == titles


@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_items_are_written_one_a_line_whatever_the_batch(batch):
    from citecheck.formats.csl_json import item_chunks

    items = [{"id": "a", "title": "Ünïcode, \"quoted\""}, {"id": "b"}, {"id": "c", "issued": {"date-parts": [[2020, 1]]}}]
    assert "".join(item_chunks(items, batch)) == (
        '[\n{"id":"a","title":"Ünïcode, \\"quoted\\""},\n{"id":"b"},\n'
        '{"id":"c","issued":{"date-parts":[[2020,1]]}}\n]\n')
    assert "".join(item_chunks([], batch)) == "[]\n"


def test_what_orjson_refuses_is_still_written_by_the_standard_encoder():
    from citecheck.formats.csl_json import item_chunks

    items = [{"id": "a", "custom": {"big": 2**70, "1": "x"}}, {"id": "b", "custom": {2: "y"}}]
    text = "".join(item_chunks(items))
    assert text == '[\n{"id": "a", "custom": {"big": 1180591620717411303424, "1": "x"}},\n{"id": "b", "custom": {"2": "y"}}\n]\n'
    assert json.loads(text)[0]["custom"]["big"] == 2**70


def listed_by_the_standard_library(refs) -> str:
    """What ``list --format json`` printed before it went through the CSL-JSON writer."""
    from citecheck.model import dump_references

    return json.dumps(dump_references(refs), ensure_ascii=False, indent=2) + "\n"


def listing_cases():
    from citecheck.load import load_references
    from formats.hostile import hostile_references
    from helpers import DATA_FILE

    odd = [Reference.model_validate({"id": "f", "type": "webpage", "custom": {"x": 1e16, "y": float("nan"),
                                                                             "z": [0.1, -0.0, 1e-05]}}),
           Reference.model_validate({"id": "g", "type": "book", "volume": 2**40, "title": "\x1b\x7f\u2028 \"q\" \\"})]
    return {"data file": load_references(DATA_FILE).references, "hostile": hostile_references(), "odd": odd,
            "empty": [], "mixed": hostile_references() + odd + load_references(DATA_FILE).references}


@pytest.mark.parametrize("batch", [1, 3, 1000])
@pytest.mark.parametrize("case", ["data file", "hostile", "odd", "empty", "mixed"])
def test_the_listing_style_writes_what_json_dumps_with_indent_2_writes(case, batch):
    from citecheck.formats.csl_json import item_chunks, native_items

    refs = listing_cases()[case]
    expected = listed_by_the_standard_library(refs)
    assert csl_json.dump(refs, "listing") == expected
    assert "".join(item_chunks(native_items(refs), batch, indented=True)) == expected


@pytest.mark.parametrize("case", ["data file", "hostile", "odd", "empty"])
def test_the_yaml_listing_style_writes_what_safe_dump_writes(case):
    import yaml

    from citecheck.model import dump_references

    refs = listing_cases()[case]
    expected = yaml.safe_dump({"references": dump_references(refs)}, allow_unicode=True, sort_keys=False, width=100)
    assert csl_yaml.dump(refs, "listing") == expected
    assert "".join(csl_yaml.dump_chunks(refs, "listing", chunk=2)) == expected


def test_indented_items_orjson_refuses_are_written_by_the_standard_encoder_the_same_way():
    from citecheck.formats.csl_json import item_chunks

    items = [{"id": "a", "volume": 2**70}, {"id": "b", 2: "y"}, {"id": "c", "title": "T"}]
    assert "".join(item_chunks(items, indented=True)) == json.dumps(items, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("style", ["export", "native", "listing"])
def test_yaml_written_in_chunks_is_the_document_written_whole(style):
    import yaml

    from citecheck.formats.csl_yaml import STYLES, _items

    refs = listing_cases()["mixed"]
    chosen = STYLES[style]
    whole = chosen.start + yaml.dump({"references": _items(refs, chosen)}, Dumper=chosen.dumper, allow_unicode=True,
                                     sort_keys=False, width=chosen.width, default_flow_style=False)
    assert "".join(csl_yaml.dump_chunks(refs, style, chunk=3)) == whole


def test_import_refuses_a_huge_number_and_deep_nesting_at_their_place_as_the_loader_does():
    import pytest

    from citecheck.errors import InputError
    from citecheck.formats.csl_json import load

    with pytest.raises(InputError) as huge:
        load('[{"id": "a", "type": "book", "volume": ' + "9" * 4301 + "}]", "big.json")
    with pytest.raises(InputError) as deep:
        load('{"a":' * 3000, "deep.json")
    assert [str(p) for p in huge.value.problems] == ["big.json:1:40: a whole number has at most 15 digits (the limit)"]
    assert [str(p) for p in deep.value.problems] == ["deep.json:1:321: nested deeper than 64 levels (the limit)"]
