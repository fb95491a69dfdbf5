from pathlib import Path

import pytest

from citecheck.errors import UsageError
from citecheck.formats.importing import merge, sniff
from citecheck.model import Reference


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("a.json", "[]", "csl-json"), ("a.yaml", "references: []", "csl-yaml"), ("a.ris", "TY  - ELEC", "ris"),
    ("a.bib", "@online{x,\n  title = {T},\n}", "biblatex"), ("a.bib", "@misc{x,\n  year = 2020,\n}", "bibtex"),
    ("a.bibtex", "@misc{x, date = {2020}}", "bibtex"), ("refs", "TY  - NEWS\r\nER  - ", "ris"),
    ("refs", '<ref name="a">{{cite web |title=T}}</ref>', "wikitext"), ("refs", ' [{"id": "a"}]', "csl-json"),
    ("refs", "references:\n  - id: a", "csl-yaml"), ("refs", "@article{x, journaltitle = {J}}", "biblatex"),
    ("article", "{{Short description|Pact}}\n'''The entente''' is…<ref>{{Cite news |title=T}}</ref>", "wikitext"),
    ("refs", "- id: a\n  title: '{{cite web}} in a title'", "csl-yaml"),
])
def test_sniff_guesses_the_format_from_the_suffix_then_the_content(name, text, expected):
    assert sniff(Path(name), text) == expected


def ref(ident):
    return Reference.model_validate({"id": ident, "type": "webpage"})


def test_merge_refuses_every_clashing_id_at_once():
    with pytest.raises(UsageError, match=r"id already in use: a, b \(pass --on-duplicate skip, update or rename\)"):
        merge([ref("a"), ref("b")], [ref("a"), ref("c"), ref("b")], rename=False)


def test_merge_with_rename_takes_the_next_free_number_also_within_the_import():
    merged = merge([ref("a"), ref("a-2")], [ref("a"), ref("a"), ref("c")], rename=True)
    assert [r.id for r in merged] == ["a-3", "a-4", "c"]


def test_choose_format_names_the_readers_for_an_unknown_name():
    from citecheck.formats.importing import choose_format

    from citecheck.formats import readers

    assert choose_format("ris").name == "ris"
    names = ", ".join(found.name for found in readers())
    assert names.startswith("bibtex, biblatex, csl-json, csl-yaml, ris, wikitext")
    with pytest.raises(UsageError) as refused:
        choose_format("docx")
    assert str(refused.value) == f"unknown format 'docx'; choose one of {names}"


def test_check_target_refuses_append_without_output_and_overwriting_without_append(tmp_path):
    from citecheck.formats.importing import check_target

    existing = tmp_path / "refs.yaml"
    existing.write_text("references: []\n", encoding="utf-8")
    check_target(None, False), check_target(str(existing), True), check_target(str(tmp_path / "new.yaml"), False)
    with pytest.raises(UsageError, match="--append needs -o FILE"):
        check_target(None, True)
    with pytest.raises(UsageError, match=f"^{existing} exists; pass --append to add to it, or --force to overwrite it$"):
        check_target(str(existing), False)
    check_target(str(existing), False, force=True)
    with pytest.raises(UsageError, match="^--append adds to the -o file and --force replaces it: choose one$"):
        check_target(str(existing), True, force=True)
    with pytest.raises(UsageError, match="^--force needs -o FILE"):
        check_target(None, False, force=True)


def test_combine_skips_updates_or_renames_a_clash_as_asked_and_says_what_it_did():
    from citecheck.formats.importing import combine

    there = [Reference.model_validate({"id": "a", "type": "book", "title": "Old", "footnote": 2}), ref("b")]
    new = [Reference.model_validate({"id": "a", "type": "book", "title": "New", "publisher": "P"}), ref("c")]
    skipped = combine(there, new, "skip", "refs.yaml")
    assert ([r.id for r in skipped.added], skipped.skipped, skipped.updated) == (["c"], ["a"], {})
    assert skipped.notices("refs.yaml") == ["refs.yaml: skipped (id already in use): 1 reference: a"]
    updated = combine(there, new, "update")
    assert [r.id for r in updated.added] == ["c"]
    assert updated.updated["a"].to_csl() == {"id": "a", "type": "book", "title": "New", "publisher": "P",
                                             "footnote": 2}  # the footnote only citecheck writes is kept
    assert updated.notices("r") == ["r: updated: 1 reference: a"]
    assert [r.id for r in combine(there, new, "rename").added] == ["a-2", "c"]


def test_a_clash_within_the_import_itself_follows_the_same_policy():
    from citecheck.formats.importing import combine

    twice = [Reference.model_validate({"id": "a", "type": "book", "title": "1"}),
             Reference.model_validate({"id": "a", "type": "book", "title": "2"})]
    assert [r.title for r in combine([], twice, "skip").added] == ["1"]
    assert [r.title for r in combine([], twice, "update").added] == ["2"]
    with pytest.raises(UsageError, match="^x: id already in use: a "):
        combine([], twice, "error", "x")


def test_policy_of_takes_rename_as_the_old_spelling_of_on_duplicate_rename():
    from citecheck.formats.importing import policy_of

    assert (policy_of(None), policy_of(None, rename=True), policy_of("skip"), policy_of("rename", True)) == (
        "error", "rename", "skip", "rename")
    with pytest.raises(UsageError, match="^--rename is --on-duplicate rename: it cannot go with --on-duplicate skip$"):
        policy_of("skip", rename=True)
    with pytest.raises(UsageError, match="^--on-duplicate takes error, skip, update, rename; got 'merge'$"):
        policy_of("merge")


@pytest.mark.parametrize(("text", "kept"), [
    ("references:\n  - id: x  # mine\n    type: webpage\n", "  - id: x  # mine\n"),  # appended as lines
    ("references:\n  - id: x\n    type: webpage\nnotes: kept\n", "notes: kept\n"),  # not last: ruamel
    ("references: [{id: x, type: webpage}]  # flow\n", "# flow"),  # flow style: ruamel
])
def test_appended_text_reads_back_as_the_old_references_then_the_new(tmp_path, text, kept):
    from citecheck.formats.importing import appended
    from citecheck.load import parse_references

    path = tmp_path / "refs.yaml"
    path.write_text(text, encoding="utf-8")
    new = appended(str(path), [ref("y"), ref("x")], rename=True)
    assert [r.id for r in parse_references(new).references] == ["x", "y", "x-2"]
    assert kept in new


def test_appended_json_stays_json(tmp_path):
    import json

    from citecheck.formats.importing import appended

    path = tmp_path / "refs.json"
    path.write_text('[{"id": "x", "type": "webpage"}]', encoding="utf-8")
    assert [item["id"] for item in json.loads(appended(str(path), [ref("y")], rename=False))] == ["x", "y"]


def test_commented_puts_a_comment_above_the_named_items_only_in_the_files_line_endings():
    from citecheck.formats.importing import commented

    text = "references:\r\n  - id: a\r\n    type: book\r\n  - id: 'b'\r\n    type: book\r\n"
    assert commented(text, {"b": "needs a look"}) == (
        "references:\r\n  - id: a\r\n    type: book\r\n  # needs a look\r\n  - id: 'b'\r\n    type: book\r\n")
    assert commented(text, {}) == text


def test_commented_finds_items_whatever_the_spaces_after_the_dash():
    from citecheck.formats.importing import commented

    assert commented('references:\n-   id: "b"\n    type: book\n', {"b": "look"}) == (
        'references:\n# look\n-   id: "b"\n    type: book\n')


@pytest.mark.parametrize("append", [False, True])
def test_import_never_puts_in_place_a_file_citecheck_itself_would_refuse(tmp_path, monkeypatch, append):
    # issue 15: import wrote a YAML file (a huge year) that list then refused; now it is read back first
    from citecheck.errors import CitecheckError
    from citecheck.formats import importing

    output = tmp_path / "out.yaml"
    output.write_text("references:\n- id: old\n  type: book\n")
    unreadable = "references:\n- id: a\n  type: book\n  issued: {date-parts: [[" + "9" * 40 + "]]}\n"
    monkeypatch.setattr(importing, "yaml_chunks", lambda refs, comments: [unreadable])
    monkeypatch.setattr(importing, "appended", lambda *args, **kwargs: unreadable)
    with pytest.raises(CitecheckError) as caught:
        importing.save([Reference.model_validate({"id": "a", "type": "book"})], str(output), append, False)
    assert str(caught.value) == (
        f"{output}: not written: citecheck could not read back what it was about to write (4:26: "
        "references[0].issued.date-parts[0][0]: a whole number has at most 15 digits (the limit), this one has 40); "
        "the file is as it was")
    assert output.read_text() == "references:\n- id: old\n  type: book\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]
