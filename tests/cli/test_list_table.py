import io

import pytest
from rich.console import Console

from citecheck.cli.list_table import print_table
from citecheck.listing import summarise
from citecheck.load import load_references


def _table(refs, width, wide=False):
    out = io.StringIO()
    print_table(refs, "refs.yaml", Console(file=out, width=width, color_system=None), wide=wide)
    return out.getvalue().splitlines()


def _cells(line):
    return [cell.strip() for cell in line.replace("┃", "│").strip("│").split("│")]


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_at_each_width_every_reference_is_one_line_that_fits(data_file, width):
    refs = load_references(data_file).references
    lines = _table(refs, width)
    assert lines[0].strip() == "refs.yaml: 16 references"
    assert max(len(line) for line in lines) <= width
    body = [line for line in lines if line.startswith("│")]
    assert [_cells(line)[1] for line in body] == [ref.id for ref in refs]  # ids whole, one row each


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_a_cut_title_ends_after_a_whole_word_with_an_ellipsis(data_file, width):
    refs = load_references(data_file).references
    header, *body = [line for line in _table(refs, width) if line.startswith(("┃", "│"))]
    column = _cells(header).index("title")
    for ref, line in zip(refs, body):
        shown, title = _cells(line)[column], " ".join(summarise(ref).title.split())
        if shown != title:
            kept = shown.removesuffix("…")
            assert shown.endswith("…") and title.startswith(kept), (shown, title)
            assert title[len(kept)] in " ,;:", (shown, title)  # the cut falls between words


def test_the_widest_table_shows_every_column_and_the_narrowest_keeps_id_and_title(data_file):
    refs = load_references(data_file).references
    headers = {width: _cells(next(line for line in _table(refs, width) if line.startswith("┃")))
               for width in (60, 200)}
    assert headers[200] == ["#", "id", "authors", "title", "container", "date", "url or domain"]
    assert headers[60] == ["#", "id", "title"]


def test_wide_shows_every_value_whole_one_line_each_however_narrow_the_terminal(data_file):
    refs = load_references(data_file).references
    body = [_cells(line) for line in _table(refs, 60, wide=True) if line.startswith("│")]
    assert [cells[3] for cells in body] == [" ".join(summarise(ref).title.split()) for ref in refs]
    assert [cells[1] for cells in body] == [ref.id for ref in refs]


def test_one_reference_is_counted_in_the_singular(data_file):
    refs = load_references(data_file).references[:1]
    assert _table(refs, 80)[0].strip() == "refs.yaml: 1 reference"
