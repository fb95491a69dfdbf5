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
    nothing is dropped silently. A module's ``lost_keys(ref)`` may depend only on the reference's type
    and on which of its keys are set.
    """
    carried = getattr(module, "CARRIES", None)
    if carried is None:
        return {}
    from itertools import repeat
    from operator import attrgetter, is_not

    from citecheck.vocabulary import ALL_KEYS, python_name

    values_of = attrgetter(*(python_name(key) for key in ALL_KEYS))  # one C call per reference, no dump
    # What is lost depends only on the type and which keys are set (a module's lost_keys too), and 100k
    # references have a few hundred such shapes: each shape is worked out once.
    shapes: dict[tuple, list] = {}
    for ref in refs:
        shape = (ref.type, tuple(map(is_not, values_of(ref), repeat(None))))
        seen = shapes.get(shape)
        if seen is None:
            shapes[shape] = [1, ref]
        else:
            seen[0] += 1
    lost_keys = getattr(module, "lost_keys", lambda ref: ())  # what an entry's own type has no field for
    counts: dict[str, int] = {}
    for (_, present), (n, ref) in shapes.items():
        missing = {key for key, is_set in zip(ALL_KEYS, present) if is_set and key not in carried}
        for key in missing | set(lost_keys(ref)):
            counts[key] = counts.get(key, 0) + n
    return counts
