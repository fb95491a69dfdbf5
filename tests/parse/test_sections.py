from citecheck.parse.markup import printed_lines
from citecheck.parse.sections import heading_name, references_section


def section(text):
    found = references_section(printed_lines(text))
    return None if found is None else [line for _, line in found]


def test_headings_are_recognised_plain_markdown_wiki_html_and_in_other_languages():
    assert [heading_name(h) for h in ("References", "## Notes", "== References ==", "REFERENCES:",
                                      "### 7. Bibliography", "Einzelnachweise[bearbeiten]", "**Sources**")] == [
        "references", "notes", "references", "references", "bibliography", "einzelnachweise", "sources"]


def test_the_section_runs_from_its_heading_to_the_next_heading_of_another_kind():
    text = "Intro.\nReferences\n- A, 2020.\n- B, 2021.\nExternal links\n- site.com"
    assert section(text) == ["- A, 2020.", "- B, 2021."]
    assert section("# Title\nText.\n## Notes\n1. A, 2020.\n## About\nMe.") == ["1. A, 2020."]
    assert section("== Notes ==\n* a 2020\n== References ==\n* b 2021\n== See also ==\n* c") == ["* a 2020", "* b 2021"]


def test_a_file_without_a_heading_is_a_list_of_references_or_has_none():
    assert section("Smith, J. (2020). A.\nhttps://a.org\n") == ["Smith, J. (2020). A.", "https://a.org"]
    assert section("Just prose here.\nNo references at all.\n") is None
    assert section("Text.[^1]\n\n[^1]: A, 2020.\n") == ["[^1]: A, 2020."]
