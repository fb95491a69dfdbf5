from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.load import load_references

runner = CliRunner()

FRIEDMAN = ["--type", "article-newspaper", "--title", "We Are Suddenly Taking On China and Russia at the Same Time",
            "--author", "Friedman, Thomas", "--container", "New York Times", "--date", "2022-10-12",
            "--url", "https://www.nytimes.com/2022/10/12/opinion/china-russia.html", "--footnote", "2"]


def test_from_nothing_to_a_checked_file_with_init_add_add_validate(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init"]).exit_code == 0
    first = runner.invoke(app, ["add", *FRIEDMAN])
    second = runner.invoke(app, ["add", "--type", "webpage", "--org", "TASS", "--title", "Response to questions",
                                 "--date", "2024-05-16", "--url", "https://tass.com/politics/1790000",
                                 "--footnote", "1"])
    assert (first.exit_code, first.stderr) == (0, "citecheck: added friedman2022we to references.yaml\n")
    assert (second.exit_code, second.stderr) == (0, "citecheck: added tass2024response to references.yaml\n")
    refs = load_references(tmp_path / "references.yaml").references
    assert [(ref.id, ref.footnote) for ref in refs] == [("friedman2022we", 2), ("tass2024response", 1)]
    assert runner.invoke(app, ["validate", "references.yaml"]).exit_code == 0


def test_add_keeps_the_files_comments_and_lines(tmp_path):
    path = tmp_path / "refs.yaml"
    original = "# my article\nreferences:\n# the books\n\n  - id: a  # first\n    type: book\n    title: A\n"
    path.write_text(original, encoding="utf-8")
    result = runner.invoke(app, ["add", "-f", str(path), *FRIEDMAN])
    assert result.exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original + "\n  - id: friedman2022we\n    type: article-newspaper\n    footnote: 2\n    title: We Are")
    assert "\n\n\n" not in text


def test_bad_input_is_one_line_exit_2_and_the_file_untouched(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references: []\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "-f", str(path), "--type", "webpage", "--date", "2024-02-30"])
    assert (result.exit_code, result.stderr) == (2, "citecheck: --date '2024-02-30': day is out of range for month\n")
    assert path.read_text(encoding="utf-8") == "references: []\n"


def test_without_a_type_and_no_terminal_add_says_what_is_missing(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references: []\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "-f", str(path), "--title", "x"])
    assert (result.exit_code, result.stderr) == (
        2, "citecheck: --type is required (or run citecheck add on a terminal to be asked)\n")


def test_add_without_a_references_file_points_to_init(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["add", *FRIEDMAN])
    assert result.exit_code == 2
    assert "citecheck init" in result.stderr


def test_on_a_terminal_add_asks_for_each_field(tmp_path, monkeypatch):
    from citecheck.cli import common

    monkeypatch.setattr(common, "stdin_is_terminal", lambda: True)
    path = tmp_path / "refs.yaml"
    path.write_text("references: []\n", encoding="utf-8")
    answers = "\n".join(["article-magazine", "Why Russia and China Are Closer", "Foreign Affairs", "2023-03-20",
                         "https://www.foreignaffairs.com/x", "Kuchins, Andrew", "", ""]) + "\n"
    result = runner.invoke(app, ["add", "-f", str(path)], input=answers)
    assert (result.exit_code, result.stderr) == (0, f"citecheck: added kuchins2023why to {path}\n")
    [ref] = load_references(path).references
    assert (ref.type, ref.title, ref.container_title, ref.url, ref.author[0].family) == (
        "article-magazine", "Why Russia and China Are Closer", "Foreign Affairs", "https://www.foreignaffairs.com/x",
        "Kuchins")


FOOTNOTE = ('Thomas L. Friedman, "We Are Suddenly Taking On China and Russia at the Same Time", New York Times, '
            "12 October 2022, https://www.nytimes.com/2022/10/12/opinion/china-russia.html")


def test_from_text_shows_what_it_read_and_appends_it_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner.invoke(app, ["init"])
    result = runner.invoke(app, ["add", "--footnote", "2", "--from-text", FOOTNOTE])
    assert (result.exit_code, result.stderr) == (0, "citecheck: added friedman2022we to references.yaml\n")
    assert result.stdout.splitlines()[:4] == ["- id: friedman2022we", "  type: article-newspaper", "  footnote: 2",
                                              "  title: We Are Suddenly Taking On China and Russia at the Same Time"]
    (ref,) = load_references(tmp_path / "references.yaml").references
    assert (ref.id, ref.footnote, ref.url) == ("friedman2022we", 2, "https://www.nytimes.com/2022/10/12/opinion/china-russia.html")
    assert runner.invoke(app, ["validate"]).exit_code == 0


def test_from_text_marks_a_doubtful_read_in_the_file_and_says_so(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references: []\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "-f", str(path), "--from-text", "[5] Lavrov, S. Remarks. TASS, 2024."])
    assert (result.exit_code, result.stderr) == (
        0, "citecheck: needs a look: footnote 5 (no title found): check the fields above\n"
           f"citecheck: added lavrov2024 to {path}\n")
    assert path.read_text(encoding="utf-8").startswith(
        "references:\n# needs a look: footnote 5 (no title found)\n- id: lavrov2024\n  type: book\n  footnote: 5\n")


def test_from_text_that_reads_as_nothing_adds_nothing_and_exits_2(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references: []\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "-f", str(path), "--from-text", "a b"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "citecheck: nothing added"
    assert path.read_text(encoding="utf-8") == "references: []\n"


def test_from_text_with_a_field_option_beside_it_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references: []\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "-f", str(path), "--title", "T", "--from-text", FOOTNOTE])
    assert (result.exit_code, result.stderr) == (
        2, "citecheck: --title cannot be given with --from-text (it reads the fields from the text; edit the file "
           "after, or add without --from-text)\n")
