"""``citecheck audit``: text and JSON reports and exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from citecheck.cli.app import app
from helpers import needs_article

runner = CliRunner()
REFS = "references:\n  - {id: a, type: webpage, title: A, footnote: 1}\n  - {id: b, type: webpage, title: B, footnote: 2}\n"


def test_a_matching_article_exits_0(tmp_path, write_refs):
    refs = write_refs(REFS)
    article = tmp_path / "article.md"
    article.write_text("# Title\n\nOne.[1] Two.[2]\n\n## References\n\n1. A\n2. B\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(article), "-f", str(refs)])
    assert (result.exit_code, result.stdout) == (0, "Article and references agree.\n")


def test_problems_are_listed_with_places_and_exit_1(tmp_path, write_refs):
    refs = write_refs(REFS)
    article = tmp_path / "article.wiki"
    article.write_text("Intro.\nOne.[1] Three.[3]\n== References ==\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(article), "-f", str(refs)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{article}:2:15: undefined: [3] matches no reference",
        f"{refs}: uncited: b (footnote 2)",
        "1 uncited, 1 undefined, 0 out of order."]


@needs_article
def test_json_report_of_the_real_article(data_file):
    from helpers import ARTICLE

    result = runner.invoke(app, ["audit", str(ARTICLE), "-f", str(data_file), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"uncited": ["lavrov2022leaders", "friedman2022suddenly"],
                                         "undefined": [], "out_of_order": []}


def test_a_missing_article_exits_2(tmp_path, write_refs):
    result = runner.invoke(app, ["audit", str(tmp_path / "nope.md"), "-f", str(write_refs(REFS))])
    assert result.exit_code == 2 and "nope.md" in result.stderr
