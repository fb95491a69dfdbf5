"""CC617 is quiet on the article as transcribed and as imported, and finds what
was changed against the printed footnote."""

from __future__ import annotations

from citecheck.formats import importing
from citecheck.load import load_references, parse_references
from citecheck.parse import reader
from citecheck.rules.config import Config
from citecheck.rules.engine import check
from citecheck.rules.structure import printed_contradiction
from helpers import ARTICLE, DATA_FILE, needs_article

ONLY = Config(select=("CC617",))


def test_the_data_file_agrees_with_its_printed_footnotes():
    assert check(load_references(DATA_FILE), ONLY) == []


def test_fields_changed_against_the_data_files_footnotes_are_found():
    text = DATA_FILE.read_text(encoding="utf-8")
    for old, new in (("issued: 2022-10-12", "issued: 2021-10-12"), ("family: Areddy", "family: Aready"),
                     ("container-title: Wall Street Journal", "container-title: Washington Post"),
                     ("URL: https://tomdispatch.com/", "URL: https://truthdig.com/")):
        assert text.count(old) == 1
        text = text.replace(old, new)
    found = check(parse_references(text, "refs.yaml", "yaml"), ONLY)
    assert [(f.id, f.field) for f in found] == [
        ("friedman2022suddenly", "issued"), ("mccoy2022ukraine", "URL"), ("areddy2022fifty", "author[0].family"),
        ("areddy2022fifty", "container-title")]


@needs_article
def test_the_article_imported_from_its_text_agrees_with_its_footnotes():
    refs = reader.load(ARTICLE.read_text(encoding="utf-8"), str(ARTICLE)).references
    loaded = parse_references("".join(importing.native_chunks(refs)), "imported.yaml", "yaml")
    assert len(loaded.references) == 16
    assert all(printed_contradiction._transcribed(ref) for ref in loaded.references)
    assert check(loaded, ONLY) == []
