"""A references file that is really another format: which one, and the ``citecheck import`` line that reads it.

``list -f library.bib`` would otherwise answer with a YAML syntax error about an ``@`` — true, and no help.
"""

from __future__ import annotations

from pathlib import Path

_HEAD = 65536  # enough of a file to tell its format; a 100 MB export is not read whole to word an error


def looks_like(path: Path, content: bytes | None = None) -> str | None:
    """The import format ``path`` looks like, unless it is CSL-YAML or CSL-JSON (None: it is, or is unreadable).

    ``content``: its bytes when they were read already: stdin, which cannot be read a second time.
    """
    from citecheck.formats.importing import sniff

    if content is None:
        try:
            with open(path, "rb") as handle:
                content = handle.read(_HEAD)
        except OSError:
            return None
    text = content[:_HEAD].decode("utf-8", "replace")
    # By content first: a .yaml file holding BibTeX is BibTeX; then by suffix (an empty .ris is still RIS).
    found = sniff(Path(path.name).with_suffix(""), text)
    if found in ("csl-yaml", "csl-json"):
        found = sniff(Path(path.name), text)
    return None if found in ("csl-yaml", "csl-json") else found


def import_hint(path: Path, content: bytes | None = None) -> str | None:
    """One line telling how to read ``path`` if it is in another format citecheck imports.

    With ``content`` (what stdin gave, ``path`` its name in messages) the line reads stdin again:
    ``import -``, with ``--from`` named, as a pipe has no suffix to guess from.
    """
    found = looks_like(path, content)
    if found is None:
        return None
    if content is not None:
        return f"{path}: this looks like {found}; to use it, import it: citecheck import - --from {found} " \
               "-o references.yaml"
    target = path.with_suffix(".yaml")
    if target.name == path.name:  # never suggest writing over the very file it would read
        target = path.with_name(f"{path.stem}-references.yaml")
    target = target.name
    return f"{path}: this looks like {found}; to use it, import it: citecheck import {path} -o {target}"
