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
    lost_keys = getattr(module, "lost_keys", lambda ref: ())  # what an entry's own type has no field for
    counts: dict[str, int] = {}
    for ref in refs:
        for key in {key for key in ref.to_csl() if key not in carried} | set(lost_keys(ref)):
            counts[key] = counts.get(key, 0) + 1
    return counts
