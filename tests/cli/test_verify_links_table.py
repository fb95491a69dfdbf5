import io

import pytest
from rich.console import Console

from citecheck.cli.verify_links_table import print_table
from citecheck.links.result import LinkResult

RESULTS = [
    LinkResult("lavrov2022leaders", 1, "https://thesaker.is/foreign-minister-sergey-lavrov-leaders-of-russia-"
               "management-competition-moscow-march-19-2022/", None, "broken", 404,
               message="HTTP 404 Not Found: the server says this page does not exist"),
    LinkResult("tass2024responsible", 3, "https://tass.com/politics/1790000", None, "drifted", 200,
               message="cited: Responsible approach / page now: Tag index: politics"),
    LinkResult("friedman2022suddenly", 2, "https://www.nytimes.com/2022/10/12/opinion/china-russia.html", None, "ok",
               200),
]


def _lines(width):
    out = io.StringIO()
    print_table(RESULTS, 3, Console(file=out, width=width, color_system=None))
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_each_link_is_one_line_that_fits_with_its_id_whole(width):
    lines = _lines(width)
    assert max(len(line) for line in lines) <= width
    rows = [line for line in lines if line.startswith("│")]
    assert [[cell.strip() for cell in row.strip("│").split("│")][2] for row in rows] == [
        "lavrov2022leaders", "tass2024responsible", "friedman2022suddenly"]


def test_a_wide_terminal_shows_the_detail_whole():
    assert any("cited: Responsible approach / page now: Tag index: politics" in line for line in _lines(200))
