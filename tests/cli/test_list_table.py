import io

from rich.console import Console

from citecheck.cli.list_table import print_table
from citecheck.load import load_references


def test_the_terminal_table_fits_the_width_and_shows_every_id_whole(data_file):
    out = io.StringIO()
    refs = load_references(data_file).references
    print_table(refs, "refs.yaml", Console(file=out, width=120, color_system=None))
    lines = out.getvalue().splitlines()
    assert lines[0].strip() == "refs.yaml: 16 references"
    assert max(len(line) for line in lines) <= 120
    for ref in refs:
        assert sum(f"│ {ref.id} " in line for line in lines) == 1, ref.id
    assert "www.sott.net" in out.getvalue()
