"""Each format is judged by the tools that read it: pandoc, biber, jsonschema, bibtexparser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.formats import get
from citecheck.formats.latex import normalise_space
from citecheck.load import load_references
from formats.hostile import SPECIALS, hostile_references
from formats.judges import biber_warnings, fold, pandoc_render
from helpers import DATA_FILE

SCHEMA = json.loads((Path(__file__).parent / "csl-data.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def refs():
    """The article's 16 references and the hostile set: 24 in all."""
    return load_references(DATA_FILE).references + hostile_references()


@pytest.mark.parametrize(("fmt", "ascii_only"), [
    ("csl-json", False), ("csl-yaml", False), ("bibtex", False), ("bibtex", True),
    ("biblatex", False), ("biblatex", True)])
def test_pandoc_reads_the_export_with_no_warning_and_renders_every_title(refs, fmt, ascii_only, tmp_path):
    code, stderr, entries = pandoc_render(get(fmt).dump(refs, **({"ascii_only": True} if ascii_only else {})), fmt, tmp_path)
    assert (code, stderr) == (0, "")
    assert len(entries) == len(refs) == 24
    rendered = "\n".join(fold(entry) for entry in entries)
    missing = [ref.id for ref in refs if fold(ref.title) not in rendered]
    assert missing == []


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_pandoc_prints_every_latex_special_of_a_title(refs, fmt, tmp_path):
    _, _, entries = pandoc_render(get(fmt).dump(refs), fmt, tmp_path)
    line = next(entry for entry in entries if "specials" in entry.lower())
    assert [c for c in SPECIALS.split() if c not in line] == []


@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf8", "ascii"])
def test_biber_accepts_the_biblatex_data_model_with_one_warning_for_the_undated_post(refs, ascii_only, tmp_path):
    warnings = biber_warnings(get("biblatex").dump(refs, ascii_only=ascii_only), tmp_path)
    # The only warning is the data's own gap: footnote 13 has no date, and citecheck never invents one.
    assert warnings == ["WARN - Datamodel: Entry 'x-building-a-new-world-order' (refs.bib): "
                        "Missing mandatory field - one of 'date, year' must be defined"]


def test_the_csl_json_is_valid_against_the_official_schema(refs):
    import jsonschema

    items = json.loads(get("csl-json").dump(refs))
    jsonschema.validate(items, SCHEMA)
    assert len(items) == 24


def test_the_csl_yaml_holds_schema_valid_items(refs):
    import jsonschema
    import yaml

    data = yaml.safe_load(get("csl-yaml").dump(refs))
    jsonschema.validate(data["references"], SCHEMA)
    assert [item["id"] for item in data["references"]] == [ref.id for ref in refs]


def test_bibtexparser_reads_every_bibtex_block_and_its_values_equal_the_model(refs):
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts

    library = bibtexparser.parse_string(
        get("bibtex").dump(refs),
        append_middleware=[SeparateCoAuthors(), SplitNameParts(), LatexDecodingMiddleware(keep_math_mode=False)])
    assert library.failed_blocks == []
    assert len(library.entries) == 24
    for ref, entry in zip(refs, library.entries):
        fields = entry.fields_dict
        # pylatexenc prints \textasciicircum as the modifier letter circumflex it typesets.
        assert fields["title"].value.replace("\u02c6", "^") == normalise_space(ref.title), ref.id
        people = [n for n in ref.names("author") if not n.is_organisation]
        split = [p for p in fields["author"].value if p.last != [""]] if people else []
        assert [(" ".join(p.last), " ".join(p.first), " ".join(p.von), " ".join(p.jr)) for p in split
                if p.first or p.von or p.jr or not p.last[0].startswith("{")] == \
            [(n.family.strip(), n.given or "", n.non_dropping_particle or "", n.suffix or "") for n in people], ref.id


def test_rispy_reads_every_ris_record_with_its_title_outlet_authors_and_dates(refs):
    import rispy

    text = get("ris").dump(refs)
    entries = rispy.loads(text)
    assert "\n" not in text.replace("\r\n", "")  # CRLF line ends only
    assert len(entries) == 24
    for ref, entry in zip(refs, entries):
        assert entry["id"] == ref.id
        assert entry["title"] == normalise_space(ref.title)
        assert entry.get("secondary_title") == (normalise_space(ref.container_title) if ref.container_title else None)
        assert len(entry.get("authors", [])) == len(ref.names("author"))
        assert entry.get("access_date") == (ref.accessed.isoformat().replace("-", "/") + "/" if ref.accessed else None)


def test_pandoc_reads_what_import_writes_with_no_warning(refs, tmp_path):
    from citecheck.formats.csl_yaml import dump_native

    code, stderr, entries = pandoc_render(dump_native(refs), "csl-yaml", tmp_path)
    assert (code, stderr, len(entries)) == (0, "", 24)


@pytest.mark.parametrize("fmt", ["csl-json", "csl-yaml", "bibtex", "biblatex", "ris", "wikitext"])
def test_every_field_of_the_data_file_and_the_hostile_set_has_a_place_in_every_format(refs, fmt):

    assert get(fmt).uncarried(refs) == {}


def test_biber_accepts_every_field_a_full_book_article_and_paper_are_written_with(tmp_path):
    from formats.golden import FULL_ARTICLE, FULL_BOOK, FULL_PAPER

    warnings = biber_warnings(get("biblatex").dump([FULL_BOOK, FULL_ARTICLE, FULL_PAPER]), tmp_path)
    # The article's date is free text ("autumn of 1905"): biblatex has no date for it, citecheck a custom field.
    assert warnings == ["WARN - Datamodel: Entry 'a1' (refs.bib): Missing mandatory field - one of 'date, year' must be defined"]
