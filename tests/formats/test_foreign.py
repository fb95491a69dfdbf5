from citecheck.formats.foreign import import_hint, looks_like


def test_a_bibtex_file_is_told_apart_by_its_content_whatever_its_name(tmp_path):
    for name in ("library.bib", "library.yaml", "library"):
        path = tmp_path / name
        path.write_text("% my library\n@article{a,\n  title = {X},\n}\n", encoding="utf-8")
        assert looks_like(path) == "bibtex", name


def test_ris_and_wikitext_are_named_and_citecheck_files_are_not(tmp_path):
    ris, wiki, yaml_, json_ = (tmp_path / n for n in ("a.ris", "a.wiki", "a.yaml", "a.json"))
    ris.write_text("TY  - JOUR\nTI  - X\nER  - \n", encoding="utf-8")
    wiki.write_text("Text.<ref>{{cite web |title=X |url=https://example.org}}</ref>\n", encoding="utf-8")
    yaml_.write_text("references:\n  - id: [\n", encoding="utf-8")
    json_.write_text("[{\"id\": }]", encoding="utf-8")
    assert [looks_like(p) for p in (ris, wiki, yaml_, json_)] == ["ris", "wikitext", None, None]


def test_the_hint_is_the_import_line_to_run_never_over_the_file_itself(tmp_path):
    bib, odd = tmp_path / "library.bib", tmp_path / "library.yaml"
    for path in (bib, odd):
        path.write_text("@book{a, title={X}}\n", encoding="utf-8")
    assert import_hint(bib) == f"{bib}: this looks like bibtex; to use it, import it: citecheck import {bib} -o library.yaml"
    assert import_hint(odd).endswith(f"citecheck import {odd} -o library-references.yaml")


def test_a_missing_file_has_no_hint(tmp_path):
    assert import_hint(tmp_path / "gone.bib") is None


def test_content_already_read_is_told_apart_without_a_file_and_the_hint_reads_stdin(tmp_path):
    stdin = tmp_path / "<stdin>"  # never on disk: the bytes are all there is
    assert looks_like(stdin, b"TY  - JOUR\nTI  - X\nER  - \n") == "ris"
    assert looks_like(stdin, b"references: []\n") is None
    assert import_hint(stdin, b"@book{a, title={X}}\n") == (
        f"{stdin}: this looks like bibtex; to use it, import it: citecheck import - --from bibtex -o references.yaml")
