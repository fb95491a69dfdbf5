"""Export and import formats: one module per format, each with the same two functions.

``dump(refs, **options) -> str`` writes references in the format; ``load(text, path) ->
ImportResult`` reads them back, skipping (and reporting) entries it cannot use.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: Format name -> module. One line per format.
FORMATS: dict[str, str] = {
    "csl-json": "citecheck.formats.csl_json",
    "csl-yaml": "citecheck.formats.csl_yaml",
    "bibtex": "citecheck.formats.bibtex",
    "biblatex": "citecheck.formats.biblatex",
    "ris": "citecheck.formats.ris",
    "wikitext": "citecheck.formats.wikitext",
}


def module_for(name: str) -> ModuleType:
    """The module of format ``name`` (imported on first use: start-up time matters)."""
    return importlib.import_module(FORMATS[name])


def uncarried(module: ModuleType, refs: list) -> dict[str, int]:
    """The CSL keys ``refs`` use that ``module`` has no place for, with how many references use each.

    Each module lists what it ``CARRIES`` (None: everything); the export command prints the rest, so
    nothing is dropped silently.
    """
    carried = getattr(module, "CARRIES", None)
    if carried is None:
        return {}
    from operator import attrgetter

    from citecheck.vocabulary import ALL_KEYS, python_name

    others = [key for key in ALL_KEYS if key not in carried]
    values_of = attrgetter(*(python_name(key) for key in others))  # one C call per reference, no dump
    lost_keys = getattr(module, "lost_keys", lambda ref: ())  # what an entry's own type has no field for
    counts: dict[str, int] = {}
    for ref in refs:
        missing = {key for key, value in zip(others, values_of(ref)) if value is not None}
        for key in missing | set(lost_keys(ref)):
            counts[key] = counts.get(key, 0) + 1
    return counts
