"""What ``citecheck list`` shows: a one-line summary per reference, filters, and plain serialisations.

Nothing here prints or imports a terminal library; the command renders these rows.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from citecheck.model import Reference


@dataclass(frozen=True)
class Row:
    footnote: str
    id: str
    type: str
    authors: str
    title: str
    container: str
    date: str
    url: str


COLUMNS = ("footnote", "id", "type", "authors", "title", "container", "date", "url")


def summarise(ref: Reference) -> Row:
    """The row ``list`` shows for ``ref``."""
    container = ref.container_title or ref.publisher or ""
    return Row(
        footnote="" if ref.footnote is None else str(ref.footnote),
        id=ref.id,
        type=ref.type,
        authors="; ".join(name.display() for name in ref.names("author")),
        title=ref.title or "",
        container=container,
        date=ref.issued.isoformat() if ref.issued else "",
        url=ref.url or "",
    )


def select(refs: Iterable[Reference], types: Iterable[str] = (), search: str | None = None,
           ids: Iterable[str] = ()) -> list[Reference]:
    """The references matching every filter given: a type, an id, a case-insensitive text search."""
    types, ids = set(types), set(ids)
    needle = search.casefold() if search else None
    chosen = []
    for ref in refs:
        if types and ref.type not in types or ids and ref.id not in ids:
            continue
        if needle and needle not in _haystack(ref):
            continue
        chosen.append(ref)
    return chosen


def _haystack(ref: Reference) -> str:
    row = summarise(ref)
    return " ".join((row.id, row.authors, row.title, row.container, row.url, ref.printed or "")).casefold()


def chunks(refs: list[Reference], form: str) -> Iterable[str]:
    """``refs`` as ``list --format json|yaml`` prints them: by the CSL-JSON and CSL-YAML writers of
    ``export``, in their "listing" style (citecheck's ``footnote`` and ``source`` beside CSL's fields,
    dates as date-parts, indented; the YAML reads back in citecheck and pandoc)."""
    from citecheck import formats

    return formats.get({"json": "csl-json", "yaml": "csl-yaml"}[form]).write(refs, style="listing")


def to_csv(refs: list[Reference]) -> str:
    """One CSV row per reference with the ``list`` columns, for spreadsheets and scripts."""
    import csv

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for ref in refs:
        writer.writerow(asdict(summarise(ref)))
    return out.getvalue()


def to_text(refs: list[Reference]) -> str:
    """A plain aligned table for pipes: no colour, no box drawing, one line per reference.

    Long authors, titles and outlets are cut with an ellipsis to keep lines readable in a pager;
    the URL, last on the line, is whole. ``--format csv`` and ``json`` carry every value in full.
    """
    rows = [{c: _cut(v, _WIDTHS.get(c)) for c, v in asdict(summarise(ref)).items()} for ref in refs]
    shown = ("footnote", "id", "authors", "title", "container", "date", "url")
    header = {"footnote": "#", "id": "id", "authors": "authors", "title": "title",
              "container": "container", "date": "date", "url": "url or domain"}
    widths = {c: max([len(header[c])] + [len(r[c]) for r in rows]) for c in shown[:-1]}
    lines = []
    for row in [header] + rows:
        cells = [row[c].ljust(widths[c]) for c in shown[:-1]] + [row["url"]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


_WIDTHS = {"authors": 28, "title": 60, "container": 28}


def _cut(text: str, width: int | None) -> str:
    return text if width is None or len(text) <= width else text[:width - 1] + "…"
