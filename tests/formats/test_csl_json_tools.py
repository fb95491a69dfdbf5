"""CSL-JSON and CSL-YAML as the tools write them (minimal items written here in each tool's shape): every item
loads, another tool's keys are kept in custom and named once, and the export carries them."""

import json

import pytest
from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.formats import csl_json, csl_yaml

ZOTERO = [{"id": "http://zotero.org/users/1/items/ABCD2345", "type": "article-journal", "title": "On seasons",
           "container-title": "The New England Journal of Medicine", "source": "Taylor and Francis+NEJM",
           "license": "CC BY 4.0", "author": [{"family": "Doe", "given": "Jane"}], "ISSN": "0028-4793",
           "issued": {"date-parts": [["2001", 3, 4]]}, "accessed": {"date-parts": [[2024, 1, 2]]}}]
BETTER_BIBTEX = [{"id": "doe2001", "citation-key": "doe2001", "type": "book", "title": "Spring book",
                  "issued": {"date-parts": [[2001, 13]]}, "part-number": "2", "note": "tex.howpublished: print"}]
CITEPROC_JS = [{"id": "ITEM-1", "type": "book", "title": "Title",
                "multi": {"_keys": {"title": {"ja": "題名"}}},
                "author": [{"family": "Yamada", "given": "Taro", "multi": {"_key": {"ja": {"family": "山田"}}}},
                           {"literal": "Acme Corp.", "isInstitution": True}],
                "issued": {"date-parts": [[1999]], "season": 3}}]
PANDOC_YAML = ("---\nreferences:\n- id: doe\n  type: chapter\n  title: A chapter\n  container-title: A book\n"
               "  issued: 2001-05\n  accessed: 2024-01-02\n  page: 3-9\n...\n")
CITATION_JS = [{"id": "b1", "type": "report", "title": "A report", "citation-label": "b1",
                "_graph": [{"type": "@biblatex/text", "data": "@report{b1}"}],
                "issued": {"raw": "Spring 2001"}, "original-date": {"literal": "n.d."}}]


@pytest.mark.parametrize(("items", "kept"), [
    (ZOTERO, "license (1)"), (BETTER_BIBTEX, "part-number (1)"),
    (CITEPROC_JS, "author.isInstitution (1), author.multi (1), multi (1)"), (CITATION_JS, "_graph (1)"),
])
def test_every_tools_items_load_and_its_own_keys_are_kept_in_custom_and_named_once(items, kept):
    result = csl_json.load(json.dumps(items, ensure_ascii=False), "lib.json")
    assert (len(result.references), result.problems) == (1, [])
    assert result.notices == [f"lib.json: kept in custom (not CSL variables): {kept}"]


def test_the_kept_keys_are_carried_through_export_and_back():
    result = csl_json.load(json.dumps(CITEPROC_JS + ZOTERO, ensure_ascii=False), "lib.json")
    [item, zotero] = json.loads(csl_json.dump(result.references))
    assert item["custom"] == {"multi": {"_keys": {"title": {"ja": "題名"}}},
                              "author.0.multi": {"_key": {"ja": {"family": "山田"}}}, "author.1.isInstitution": True}
    assert (zotero["source"], zotero["custom"]) == ("Taylor and Francis+NEJM", {"license": "CC BY 4.0"})
    assert csl_json.load(csl_json.dump(result.references)).references == result.references
    assert csl_yaml.load(csl_yaml.dump(result.references)).references == result.references


def test_season_months_the_season_key_and_literal_and_raw_dates_load():
    [bbt] = csl_json.load(json.dumps(BETTER_BIBTEX)).references
    assert (bbt.issued.date_parts, bbt.issued.season, bbt.citation_key) == ([[2001]], 1, "doe2001")
    [cjs] = csl_json.load(json.dumps(CITEPROC_JS, ensure_ascii=False)).references
    assert (cjs.issued.date_parts, cjs.issued.season) == ([[1999]], 3)
    [cite] = csl_json.load(json.dumps(CITATION_JS)).references
    assert (cite.issued.raw, cite.original_date.literal) == ("Spring 2001", "n.d.")
    [chapter] = csl_yaml.load(PANDOC_YAML).references
    assert (chapter.issued.date_parts, chapter.accessed.date_parts, chapter.page) == ([[2001, 5]], [[2024, 1, 2]], "3-9")


def test_a_near_miss_of_a_csl_key_is_still_refused_with_did_you_mean_at_its_line():
    text = '[\n{"id": "a", "type": "book", "tittle": "T"},\n{"id": "b", "type": "book", "Container_Title": "C"},\n' \
           '{"id": "c", "type": "book", "typo": "x"}\n]\n'
    result = csl_json.load(text, "x.json")
    assert result.references == [] and result.notices == []
    assert [(p.line, p.message) for p in result.problems] == [
        (2, "unknown field 'tittle' (did you mean 'title'?)"),
        (3, "unknown field 'Container_Title' (did you mean 'container-title'?)"),
        (4, "unknown field 'typo' (did you mean 'type'?)")]


def test_a_skipped_item_is_reported_not_named_as_kept():
    result = csl_json.load('[{"id": "a", "type": "book", "license": "x", "tittle": "T"}]', "x.json")
    assert (result.references, result.notices, len(result.problems)) == ([], [], 1)


def test_csl_1_1_hyphenated_archive_keys_are_read_as_their_csl_1_0_2_variables():
    [ref] = csl_json.load('[{"id": "a", "type": "book", "archive-location": "Box 3"}]').references
    assert (ref.archive_location, ref.custom) == ("Box 3", None)


def test_import_of_a_zotero_export_exits_0_names_the_kept_keys_and_keeps_source_as_csl_source(tmp_path):
    path = tmp_path / "zotero.json"
    path.write_text(json.dumps(ZOTERO + BETTER_BIBTEX + CITEPROC_JS, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"citecheck: {path}: kept in custom (not CSL variables): author.isInstitution (1), "
                             "author.multi (1), license (1), multi (1), part-number (1)\n")
    assert "  source: Taylor and Francis+NEJM\n" in result.stdout and "printed" not in result.stdout


def test_what_pandoc_writes_for_seasons_circa_and_ranges_loads_in_csl_json_and_csl_yaml(tmp_path):
    import subprocess

    from helpers import require_tool

    pandoc = require_tool("pandoc")
    bib = tmp_path / "d.bib"
    bib.write_text("@book{a, title={T}, date={2001-21}}\n@book{b, title={U}, date={2001~}}\n"
                   "@book{c, title={V}, date={2001-05/2002-06}}\n", encoding="utf-8")
    as_json = subprocess.run([pandoc, "-f", "biblatex", "-t", "csljson", str(bib)], capture_output=True, text=True,
                             check=True).stdout
    result = csl_json.load(as_json, "pandoc.json")
    assert result.problems == []
    assert [(r.issued.date_parts, r.issued.season, r.issued.circa) for r in result.references] == [
        ([[2001]], 1, None), ([[2001]], None, True), ([[2001, 5], [2002, 6]], None, None)]
    yaml_text = "references:\n- id: a\n  issued: 2001-21\n  type: book\n- id: b\n  issued: 2001~\n  type: book\n"
    assert [(r.issued.season, r.issued.circa) for r in csl_yaml.load(yaml_text).references] == [(1, None), (None, True)]


def test_a_zotero_creator_with_a_first_name_only_is_read_as_its_literal_name_and_said_once():
    item = {"id": "a", "type": "book", "title": "T", "author": [{"family": "", "given": "Plato"},
                                                               {"family": "Doe", "given": ""}]}
    result = csl_json.load(json.dumps([item]), "z.json")
    [ref] = result.references
    assert [(n.literal, n.family) for n in ref.author] == [("Plato", None), (None, "Doe")]
    assert result.notices == ["z.json: a name with a given name only (no family) read as a literal name, as "
                              "citeproc-js prints it: 1"]
    nameless = csl_json.load('[{"id": "a", "type": "book", "author": [{"family": "", "given": ""}]}]', "z.json")
    assert [p.message for p in nameless.problems] == ["a name needs a family or a literal"]
