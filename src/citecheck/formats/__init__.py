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
