"""import(export(refs)) == refs, for every format, on generated hostile references and the data file.

Where a format cannot hold something, the expected value is changed by a named function that states
the documented loss (README "What each format keeps"), never silently.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecheck.formats import get
from citecheck.formats.bibdialect import BCP47, BCP47_READ
from citecheck.formats.latex import normalise_space
from citecheck.load import load_references
from citecheck.model import Reference
from formats.hostile import hostile_references
from formats.strategies import distinct_ids, reference
from helpers import DATA_FILE

LOSSLESS = ("csl-json", "csl-yaml")
SETTINGS = settings(max_examples=int(os.environ.get("CITECHECK_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def round_trip(fmt: str, refs: list[Reference], **options) -> list[dict]:
    chosen = get(fmt)
    result = chosen.read(chosen.dump(refs, **options), "<export>")
    assert result.problems == []
    return [ref.to_csl() for ref in result.references]


def whitespace_collapsed(item):
    """Loss in BibTeX, BibLaTeX, RIS and wikitext: whitespace runs become one space, ends trimmed."""
    if isinstance(item, str):
        return normalise_space(item)
    if isinstance(item, list):
        return [whitespace_collapsed(x) for x in item]
    if isinstance(item, dict):
        return {k: whitespace_collapsed(v) for k, v in item.items()}
    return item


_KEPT_LINE = re.compile(r" (?=(?:tex\.)?[a-z][a-z0-9]*: )")  # where a kept note line began (bibnote)


def bib_losses(item: dict, fmt: str) -> dict:
    """BibTeX/BibLaTeX: whitespace; braces in URLs percent-encoded; BibTeX: a date range keeps its start.
    Two normalisations, the same thing in the form CSL and pandoc give it: a language's name (``Dutch``), which
    langid holds as babel's name, reads back as its BCP 47 tag (``nl``); a thesis's genre that is a biblatex
    type key (``mathesis``) reads back in the words biblatex prints for it (``Master's thesis``). Kept note
    lines (``afterword: ...``) come back, but those written back as their fields after the note's own text."""
    if isinstance(item.get("note"), str) and ": " in item["note"]:  # the note cut before each "name: ", sorted
        item["note"] = "\n".join(sorted(_KEPT_LINE.split(normalise_space(item["note"]))))
    item = whitespace_collapsed(item)
    for key in ("URL", "archive-url"):
        if key in item:
            item[key] = item[key].replace("{", "%7B").replace("}", "%7D")
    name = str(item.get("language", "")).lower()
    if name in BCP47 or name in BCP47_READ:
        item["language"] = BCP47.get(name) or BCP47_READ[name]
    if item.get("type") == "thesis" and item.get("genre") in THESIS_WORDS:
        item["genre"] = THESIS_WORDS[item["genre"]]
    return item


#: biblatex's thesis type keys and the words it prints for them (pandoc reads them so)
THESIS_WORDS = {"phdthesis": "Ph.D. thesis", "mathesis": "Master's thesis", "mastersthesis": "Master's thesis",
                "candthesis": "Candidate thesis", "datacd": "CD-ROM"}


def ris_losses(item: dict) -> dict:
    """RIS: whitespace; particles join the family name; dates keep their first date only; the note is one N1
    line per line (a line of only spaces, no-break ones too, is gone)."""
    item = whitespace_collapsed(item)
    if "note" in item:
        lines = [line for line in item["note"].split("\n") if line.strip()]
        if lines:
            item["note"] = "\n".join(lines)
        else:
            del item["note"]
    return particles_joined(item)


def particles_joined(item: dict) -> dict:
    for variable in ("author", "editor"):
        for name in item.get(variable, []):
            particle = name.pop("non-dropping-particle", None)
            if particle:
                name["family"] = f"{particle} {name['family']}"
    return item


def wikitext_losses(item: dict) -> dict:
    """wikitext: whitespace; particles join ``last`` (the note travels in citecheck's comment, as it is)."""
    return particles_joined(whitespace_collapsed(item))


@SETTINGS
@given(st.lists(reference(), max_size=4).filter(distinct_ids))
def test_csl_json_and_csl_yaml_round_trip_every_field_exactly(refs):
    for fmt in LOSSLESS:
        assert round_trip(fmt, refs) == [ref.to_csl() for ref in refs]


@SETTINGS
@given(st.lists(reference(), max_size=4).filter(distinct_ids), st.booleans())
def test_bibtex_and_biblatex_round_trip_up_to_whitespace(refs, ascii_only):
    for fmt in ("bibtex", "biblatex"):
        assert round_trip(fmt, refs, ascii_only=ascii_only) == [bib_losses(ref.to_csl(), fmt) for ref in refs]


@SETTINGS
@given(st.lists(reference(org_comma_ok=False), max_size=4).filter(distinct_ids))
def test_ris_round_trips_up_to_particles_and_whitespace(refs):
    assert round_trip("ris", refs) == [ris_losses(ref.to_csl()) for ref in refs]


@SETTINGS
@given(st.lists(reference(org_comma_ok=False), max_size=4).filter(distinct_ids))
def test_wikitext_round_trips_up_to_particles_and_whitespace(refs):
    assert round_trip("wikitext", refs) == [wikitext_losses(ref.to_csl()) for ref in refs]


def test_every_format_round_trips_the_data_file_and_the_hostile_set_up_to_its_documented_losses():
    refs = load_references(DATA_FILE).references + hostile_references()
    expected = [ref.to_csl() for ref in refs]
    for fmt in LOSSLESS:
        assert round_trip(fmt, refs) == expected, fmt
    for fmt in ("bibtex", "biblatex"):
        assert round_trip(fmt, refs) == [bib_losses(item, fmt) for item in expected], fmt
        assert round_trip(fmt, refs, ascii_only=True) == [bib_losses(item, fmt) for item in expected], fmt
    assert round_trip("ris", refs) == [ris_losses(item) for item in expected]
    assert round_trip("wikitext", refs) == [wikitext_losses(item) for item in expected]
