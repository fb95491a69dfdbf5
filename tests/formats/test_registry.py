"""The format records: what each format declares, and what the registry refuses."""

import subprocess
import sys

import pytest

from citecheck import formats
from citecheck.formats import EVERYTHING, REGISTRY, Format
from citecheck.model import Reference


def test_a_record_without_carries_cannot_be_made():
    with pytest.raises(TypeError, match="carries"):
        Format(name="x", writer="citecheck.formats.ris:dump_chunks")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="carries must be EVERYTHING"):
        Format(name="x", writer="citecheck.formats.ris:dump_chunks", carries=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="carries must be"):
        Format(name="x", writer="citecheck.formats.ris:dump_chunks", carries="CARRIES")  # no module named


def test_a_record_with_neither_writer_nor_reader_is_refused():
    with pytest.raises(TypeError, match="neither a writer nor a reader"):
        Format(name="x", carries=EVERYTHING)


def test_every_name_a_record_gives_resolves():
    for found in REGISTRY:
        for reference in (found.writer, found.reader, found.table, found.losses, found.carries):
            if isinstance(reference, str):
                assert formats.resolve(reference) is not None, (found.name, reference)
        carried = found.carried()
        assert carried is EVERYTHING or isinstance(carried, frozenset)


def test_the_csl_formats_declare_that_they_carry_everything_and_report_no_loss():
    ref = Reference.model_validate({"id": "a", "type": "book", "title": "T", "edition": "2"})
    named = ("bibtex", "biblatex", "csl-json", "csl-yaml", "ris", "wikitext")
    assert [name for name in named if formats.get(name).carried() is EVERYTHING] == ["csl-json", "csl-yaml"]
    assert {name: formats.get(name).uncarried([ref]) for name in named} == {
        "bibtex": {}, "biblatex": {"edition": 1}, "csl-json": {}, "csl-yaml": {},
        "ris": {}, "wikitext": {}}


def test_a_reader_only_format_is_a_reader_and_not_a_writer(monkeypatch):
    footnotes = Format(name="notes", suffixes=(".notes",), carries=EVERYTHING, reader="citecheck.formats.ris:load")
    monkeypatch.setattr(formats, "REGISTRY", REGISTRY + (footnotes,))
    assert footnotes in formats.readers() and footnotes not in formats.writers()
    with pytest.raises(ValueError, match="notes cannot be written"):
        footnotes.write([])


def test_a_writer_refuses_an_option_its_record_does_not_declare():
    ref = Reference.model_validate({"id": "a", "type": "webpage", "title": "Zoë"})
    assert formats.get("bibtex").dump([ref], ascii_only=True) != formats.get("bibtex").dump([ref])
    with pytest.raises(TypeError, match="ris takes no option ascii_only"):
        formats.get("ris").write([ref], ascii_only=True)


def test_bibtex_and_biblatex_take_the_ascii_option_and_the_csl_formats_a_style():
    assert [name for name in ("bibtex", "biblatex", "csl-json", "csl-yaml", "ris", "wikitext")
            if "ascii_only" in formats.get(name).options] == ["bibtex", "biblatex"]
    assert formats.get("csl-json").options == formats.get("csl-yaml").options == {"style"}


def test_importing_the_registry_imports_no_format_module():
    code = ("import sys, citecheck.formats as f; f.writers(); f.readers(); f.get('ris'); "
            "print(sorted(m for m in sys.modules if m.startswith('citecheck.formats.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"
