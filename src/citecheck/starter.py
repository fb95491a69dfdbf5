"""A new references file, and a ``[tool.citecheck]`` table, for ``citecheck init``.

The starter file is valid as written (an empty list), and its comments show a complete entry, so
that a newcomer can copy it rather than read the CSL specification first.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

from citecheck.atomic import write_atomic
from citecheck.errors import UsageError

STARTER_YAML = """\
# References in CSL-YAML, the form pandoc and Zotero read. One item per work cited.
# Add one with `citecheck add`, check them with `citecheck validate`, their links with
# `citecheck verify-links`. Keys are CSL's own; an entry looks like this:
#
#   - id: smith2024example          # required, unique: how the article cites it
#     type: article-newspaper        # one of CSL's 45 types: webpage, book, article-journal...
#     footnote: 1                    # its number in the article
#     title: An example headline
#     author:
#       - family: Smith              # a person
#         given: Anna
#       # - literal: Reuters         # an organisation
#     container-title: The Daily Example
#     issued: 2024-03-19             # also 2024-03 or 2024
#     accessed: 2024-06-01
#     URL: https://example.org/news/an-example-headline
#     language: en
references: []
"""


def pyproject_table() -> str:
    """validate's ``[tool.citecheck]`` keys with their defaults and what each means, all read from the one
    settings schema (citecheck.settings), so the starter cannot drift from what a missing key means."""
    import json

    from citecheck import settings

    # The keys that take a value (severity and per-file-ignores are tables, empty by default). A JSON string
    # or list of strings is also TOML.
    keys = [(f"{key} = {json.dumps(list(s.default) if isinstance(s.default, tuple) else s.default)}", s.help)
            for key, s in settings.VALIDATE.items() if not isinstance(s.default, Mapping)]
    width = max(len(line) for line, _ in keys) + 2
    return "".join(["\n[tool.citecheck]\n",
                    "# Which rules `citecheck validate` runs, and from which severity it exits 1.\n",
                    *(f"{line:<{width}}# {help}\n" for line, help in keys)])


def write_starter(path: Path, force: bool = False) -> None:
    """Write :data:`STARTER_YAML` to ``path``; an existing file is kept unless ``force``."""
    if path.exists() and not force:
        raise UsageError(f"{path}: already exists (pass --force to replace it)")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder")
    write_atomic(path, STARTER_YAML)


def add_pyproject_table(path: Path) -> bool:
    """Append :func:`pyproject_table` to ``path`` (created if missing); False if it already has one.

    The file is appended to, not rewritten, so its comments and layout stay as they were.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path}: not valid TOML ({error}); nothing written") from error
    if "citecheck" in parsed.get("tool", {}):
        return False
    separator = "" if not text or text.endswith("\n") else "\n"
    table = pyproject_table()
    write_atomic(path, text + separator + (table if text else table.lstrip("\n")))
    return True
