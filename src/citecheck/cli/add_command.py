"""``citecheck add``: add one reference to the references file, from options or by prompting."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from citecheck.cli import common
from citecheck.cli.common import FileOption, fail, fail_os

app = typer.Typer()

Text = Annotated[str | None, typer.Option(metavar="TEXT", show_default=False)]


@app.command("add")
def add(
    file: FileOption = None,
    type_: Annotated[str | None, typer.Option("--type", metavar="TYPE", show_default=False,
                                              help="CSL type: article-newspaper, webpage, book…")] = None,
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", show_default=False)] = None,
    author: Annotated[list[str] | None, typer.Option("--author", metavar="NAME", show_default=False,
                                                     help='A person, "Family, Given" (repeatable).')] = None,
    org: Annotated[list[str] | None, typer.Option("--org", metavar="NAME", show_default=False,
                                                  help="An organisation as author (repeatable).")] = None,
    container: Annotated[str | None, typer.Option("--container", metavar="TEXT", show_default=False,
                                                  help="The newspaper, journal, site or book it is in.")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE", show_default=False,
                                             help="Issued: 2024-03-19, 2024-03 or 2024.")] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", show_default=False)] = None,
    accessed: Annotated[str | None, typer.Option("--accessed", metavar="DATE", show_default=False)] = None,
    publisher: Annotated[str | None, typer.Option("--publisher", metavar="TEXT", show_default=False)] = None,
    doi: Annotated[str | None, typer.Option("--doi", metavar="DOI", show_default=False)] = None,
    language: Annotated[str | None, typer.Option("--language", metavar="TAG", show_default=False)] = None,
    footnote: Annotated[int | None, typer.Option("--footnote", metavar="N", show_default=False,
                                                 help="Its number in the article.")] = None,
    id_: Annotated[str | None, typer.Option("--id", metavar="ID", show_default=False,
                                            help="Default: made from author, year and title.")] = None,
) -> None:
    """Add one reference, checked, at the end of the references file (its comments and layout kept).

    With no --type on a terminal, asks for each field in turn.

    Examples:
      citecheck add --type article-newspaper --title "Suddenly" --author "Friedman, Thomas"
          --container "New York Times" --date 2022-10-12 --url https://www.nytimes.com/...
      citecheck add --type webpage --org "TASS" --title "Response" --footnote 3
      citecheck add                      (on a terminal: prompts)
    """
    from citecheck.adding import NewReference
    from citecheck.errors import CitecheckError

    common.refuse_stdin(file, "add")

    fields = {"title": title, "container": container, "date": date, "url": url, "accessed": accessed,
              "publisher": publisher, "doi": doi, "language": language}
    new = NewReference(type_ or "", list(author or ()), list(org or ()),
                       {k: v for k, v in fields.items() if v is not None}, id_, footnote)
    if type_ is None:
        if not common.stdin_is_terminal():
            from citecheck.errors import UsageError

            fail(UsageError("--type is required (or run citecheck add on a terminal to be asked)"))
        from citecheck.cli.add_prompts import ask

        new = ask(new)
    try:
        _add(file, new)
    except CitecheckError as error:
        fail(error)
    except OSError as error:
        fail_os(error)


def _add(file: str | None, new) -> None:
    from citecheck.adding import build
    from citecheck.atomic import write_atomic
    from citecheck.formats.importing import appended
    from citecheck.load import find_references_file, load_references

    path = find_references_file(file)
    ref = build(new, (r.id for r in load_references(path).references))
    write_atomic(path, appended(str(path), [ref], rename=False))
    sys.stderr.write(f"citecheck: added {ref.id} to {path}\n")
