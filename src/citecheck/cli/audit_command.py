"""``citecheck audit``: cross-check an article's citation markers against the references."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from citecheck.cli.common import FileOption, completes, one_of

app = typer.Typer()


class AuditFormat(str, Enum):
    text = "text"
    json = "json"


FORMATS = tuple(choice.value for choice in AuditFormat)

@app.command("audit")
def audit_article(
    article: Annotated[Path, typer.Argument(metavar="ARTICLE", help="The article: plain text, Markdown or MediaWiki.")],
    file: FileOption = None,
    format: Annotated[str, typer.Option("--format", metavar="FORMAT", callback=one_of(FORMATS),
                                        autocompletion=completes(FORMATS), help="text (default) or json.")] = "text",
) -> None:
    """Find references never cited, markers ([n], <ref name=…>, [@id]) with no reference, and first
    citations out of order.

    Examples:

    \b
      citecheck audit article.md
      citecheck audit article.md -f refs.yaml --format json
      citecheck audit page.wiki

    Exit 0: all consistent; 1: something to report; 2: bad input.
    """
    import json
    import sys

    from citecheck.audit import audit
    from citecheck.cli.common import fail, load_or_exit
    from citecheck.errors import CitecheckError
    from citecheck.load.text import decode

    try:
        text = decode(article.read_bytes(), str(article))
    except OSError as error:
        fail(CitecheckError(f"{article}: {error.strerror}"))
    except CitecheckError as error:
        fail(error)
    loaded = load_or_exit(file)
    report = audit(text, loaded.references)
    if format == AuditFormat.json.value:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_as_text(report, article, loaded.path))
    raise typer.Exit(0 if report.clean else 1)


def _as_text(report, article: Path, refs_path: Path) -> str:
    lines = [f"{article}:{m.line}:{m.column}: undefined: {m.text} matches no reference" for m in report.undefined]
    lines += [f"{article}:{late.line}:{late.column}: out of order: {late.text} is first cited after {before.text}"
              for late, before in report.out_of_order]
    lines += [f"{refs_path}: uncited: {ref.id}" + (f" (footnote {ref.footnote})" if ref.footnote else "")
              for ref in report.uncited]
    counts = (len(report.uncited), len(report.undefined), len(report.out_of_order))
    lines.append("Article and references agree." if report.clean else
                 "{} uncited, {} undefined, {} out of order.".format(*counts))
    return "\n".join(lines) + "\n"
