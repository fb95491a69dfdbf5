"""The text reader as one more import format: its record, how a file is taken for it, the command."""

from pathlib import Path

from helpers import ARTICLE, needs_article
from typer.testing import CliRunner

from citecheck import formats
from citecheck.cli.app import app
from citecheck.formats.importing import sniff


def test_text_is_a_reader_only_format_named_by_its_suffixes():
    record = formats.get("text")
    assert (record.suffixes, record.writer, record.reader) == (
        (".txt", ".md", ".markdown", ".html", ".htm"), None, "citecheck.parse.reader:load")
    assert "text" in [found.name for found in formats.readers()]
    assert "text" not in [found.name for found in formats.writers()]


def test_a_text_suffix_is_read_as_footnotes_unless_the_content_is_another_format():
    def guess(name, text):
        return sniff(Path(name), text)
    assert guess("article.txt", "Body.\nReferences\n- ↑ A, 2020.") == "text"
    assert guess("refs.txt", "[1] A. Lee, “T,” Nature, 2020.") == "text"
    assert guess("notes.md", "# Title\n\n[^1]: A, 2020.") == "text"
    assert guess("page.html", "<!DOCTYPE html><html><body><ol><li>A</li></ol></body></html>") == "text"
    assert guess("refs.txt", '[{"id": "a", "type": "book"}]') == "csl-json"
    assert guess("refs.md", "references:\n  - id: a\n    type: book\n") == "csl-yaml"
    assert guess("refs.txt", "TY  - JOUR\nER  - \n") == "ris"
    assert guess("refs.txt", "@article{a, title={T}}") == "bibtex"
    assert guess("page.txt", "Text.<ref>{{cite web |title=T |url=https://a.org}}</ref>") == "wikitext"
    assert guess("refs.yaml", "Body.\nReferences\n- A, 2020.") == "csl-yaml"


def test_import_reads_a_markdown_article_into_csl_yaml(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("Body.[^1]\n\n## Notes\n\n[^1]: This Is the Russia-China Friendship That Nixon Feared, "
                       "By Farah Stockman, New York Times, Feb. 20, 2022.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(article)])
    assert (result.exit_code, result.stdout) == (0, (
        "---\nreferences:\n- id: stockman2022this\n  type: article-newspaper\n  footnote: 1\n"
        "  title: This Is the Russia-China Friendship That Nixon Feared\n  author:\n  - family: Stockman\n"
        "    given: Farah\n  container-title: New York Times\n  issued: '2022-02-20'\n"
        "  printed: This Is the Russia-China Friendship That Nixon Feared, By Farah Stockman, New York Times, "
        "Feb. 20, 2022.\n"))


def test_import_of_prose_without_references_exits_2_with_one_line(tmp_path):
    article = tmp_path / "prose.txt"
    article.write_text("Only prose here.\nNothing cited.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(article), "--from", "text"])
    assert (result.exit_code, result.stderr) == (2, f"{article}:1:1: no references section: no heading such as "
                                                    "References, Notes or Sources, and not a list of references\n")


@needs_article
def test_import_from_text_reads_the_article_16_footnotes():
    result = CliRunner().invoke(app, ["import", str(ARTICLE), "--from", "text"])
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if line.startswith("  footnote: ")] == [
        f"  footnote: {n}" for n in range(1, 17)]


def test_hostile_files_give_one_clear_line_and_never_a_traceback(tmp_path):
    runner = CliRunner()
    long_line = tmp_path / "long.txt"
    long_line.write_text("References\n- " + "word " * 200_000 + "\n- " + "word " * 1000 + "\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(long_line)])
    assert (result.exit_code, result.stderr) == (1, "citecheck: 1 of 1 footnote needs a look: 2\n"
                                                    f"{long_line}:2:1: footnote 1: skipped: longer than 100,000 "
                                                    f"characters\n{long_line}:3:1: footnote 2: not parsed (longer "
                                                    "than 2,000 characters or no words); imported with its printed "
                                                    "text only\n")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    result = runner.invoke(app, ["import", str(junk)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["import", str(empty)])
    assert (result.exit_code, result.stderr) == (2, f"{empty}:1:1: no references section: no heading such as "
                                                    "References, Notes or Sources, and not a list of references\n")
