"""``citecheck add``: add one reference to the references file, from options or by prompting."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from citecheck.cli import common
from citecheck.cli.common import FileOption, completes, fail, fail_os

app = typer.Typer()

def _item_types() -> tuple[str, ...]:
    from citecheck.vocabulary import ITEM_TYPES

    return tuple(ITEM_TYPES)


Text = Annotated[str | None, typer.Option(metavar="TEXT", show_default=False)]


@app.command("add")
def add(
    file: FileOption = None,
    type_: Annotated[str | None, typer.Option("--type", metavar="TYPE", show_default=False,
                                              autocompletion=completes(_item_types),
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
    from_text: Annotated[str | None, typer.Option("--from-text", metavar="TEXT", show_default=False,
                                                  help="One footnote as printed: its fields are read from it "
                                                       "(with --id, --footnote and --file only).")] = None,
) -> None:
    """Add one reference, checked, at the end of the references file (its comments and layout kept).

    With no --type on a terminal, asks for each field in turn.

    Examples:

    \b
      citecheck add --type article-newspaper --title "Suddenly" --author "Friedman, Thomas"
          --container "New York Times" --date 2022-10-12 --url https://www.nytimes.com/...
      citecheck add --type webpage --org "TASS" --title "Response" --footnote 3
      citecheck add                      (on a terminal: prompts)
      citecheck add --footnote 4 --from-text 'Thomas L. Friedman, "We Are Suddenly Taking On China
          and Russia at the Same Time", New York Times, 12 October 2022.'
    """
    from citecheck.adding import NewReference
    from citecheck.errors import CitecheckError

    common.refuse_stdin(file, "add")
    if from_text is not None:
        given = [name for name, value in (("--type", type_), ("--title", title), ("--author", author),
                                          ("--org", org), ("--container", container), ("--date", date),
                                          ("--url", url), ("--accessed", accessed), ("--publisher", publisher),
                                          ("--doi", doi), ("--language", language)) if value]
        _add_from_text(file, from_text, id_, footnote, given)
        return

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


def _add_from_text(file: str | None, text: str, id_: str | None, footnote: int | None, given: list[str]) -> None:
    """Read one printed footnote, show what was read (the YAML item, on stdout), check it, append it."""
    from citecheck.adding_text import read_footnote
    from citecheck.atomic import write_atomic
    from citecheck.errors import CitecheckError, InputError, UsageError
    from citecheck.formats.importing import appended, yaml_chunks
    from citecheck.load import find_references_file, load_references

    if given:  # the fields come from the text: a flag beside it would be a second, silent answer
        fail(UsageError(f"{given[0]} cannot be given with --from-text (it reads the fields from the text; "
                        "edit the file after, or add without --from-text)"))
    try:
        path = find_references_file(file)
        read = read_footnote(text, (r.id for r in load_references(path).references), id_, footnote)
        comments = {read.reference.id: read.comment} if read.comment else None
        item = "".join(yaml_chunks([read.reference], comments)).split("references:\n", 1)[1]
        sys.stdout.write(item)
        if read.comment:
            sys.stderr.write(f"citecheck: {read.comment}: check the fields above\n")
        write_atomic(path, appended(str(path), [read.reference], False, comments))
    except InputError as error:  # the reader's own lines: nothing was added
        sys.stderr.write("".join(f"{problem}\n" for problem in error.problems))
        sys.stderr.write("citecheck: nothing added\n")
        raise typer.Exit(2) from None
    except CitecheckError as error:
        fail(error)
    except OSError as error:
        fail_os(error)
    sys.stderr.write(f"citecheck: added {read.reference.id} to {path}\n")
