"""Keys outside CSL, as the tools that write CSL-JSON and CSL-YAML use them: kept, and named once.

Zotero, Better BibTeX, citeproc-js, pandoc and citation-js write keys CSL 1.0.2 does not define: CSL 1.1's
``license`` and ``part-number``, citeproc-js's ``multi`` (an item's or a name's other-language forms) and a
name's ``isInstitution``, citation-js's ``_graph``. An item with one is not refused. Each such key moves into
the item's ``custom`` object, CSL's place for what its schema has no variable for, which every citecheck
writer writes back: under its own name at the top level, under its path inside a name or a date
(``author.0.multi``, ``issued.foo``). The reader names them once per file, with how many items have each:
``x.json: kept in custom (not CSL variables): license (2), author.multi (1)``. CSL 1.1's hyphenated
``archive-collection`` and ``archive-location`` are read as 1.0.2's ``archive_collection``/``archive_location``.

A key that looks like a misspelt CSL key is not kept: it stays an error at its line, "unknown field 'tittle'
(did you mean 'title'?)", so a typo in a hand-written file is still caught. A key *looks misspelt* when,
folded (case, ``_`` for ``-``), it equals a key valid at its place or is within edit distance 1 (keys of up
to 4 letters) or 2 (longer keys) of one, unless it is a key tools are known to write (:data:`TOOL_KEYS`).
Everything else is another tool's data, and kept.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

#: Keys tools write that are close to a CSL key but are not misspellings of one (CSL 1.1, CSL-M, citeproc-js).
TOOL_KEYS = frozenset(("license", "part-number", "printing-number", "supplement-number", "multi", "isInstitution",
                       "_graph", "_input"))
#: CSL 1.1 spellings of 1.0.2 variables: read as the variable (renamed, not kept aside).
RENAMED = {"archive-collection": "archive_collection", "archive-location": "archive_location"}
_UNKNOWN_KEY = ("extra_forbidden", "unexpected_keyword_argument")
_SHORT = 4  # letters: a key this short may differ from the key meant by one edit, a longer one by two


def keep_foreign(items: list[Any], errors: list[dict[str, Any]], kept: Counter[str]) -> bool:
    """Move the foreign keys ``errors`` name (pydantic errors, ``loc`` starting with the item's index in
    ``items``) into their item's ``custom``, counting each in ``kept``; whether any moved (then validate again)."""
    from citecheck.load.translate import keys_for

    moved = False
    for error in errors:
        loc = error["loc"]
        if error["type"] not in _UNKNOWN_KEY or len(loc) < 2 or not isinstance(loc[-1], str):
            continue
        index, *inside, key = loc
        item = items[index] if isinstance(index, int) and 0 <= index < len(items) else None
        if not isinstance(item, dict) or not isinstance(item.get("custom", {}), dict):
            continue
        if not inside and key in RENAMED and RENAMED[key] not in item:
            item[RENAMED[key]] = item.pop(key)
            moved = True
            continue
        if looks_misspelt(key, keys_for(tuple(loc))):
            continue
        holder = _holder(item, inside)
        path = ".".join(str(part) for part in (*inside, key))
        custom = item.setdefault("custom", {})
        if holder is None or key not in holder or path in custom:
            continue
        custom[path] = holder.pop(key)
        kept[".".join(str(part) for part in (*inside, key) if not isinstance(part, int))] += 1
        moved = True
    return moved


def _holder(item: dict[str, Any], inside: list[Any]) -> dict[str, Any] | None:
    node: Any = item
    for part in inside:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node if isinstance(node, dict) else None


def looks_misspelt(key: str, choices: tuple[str, ...]) -> bool:
    """Whether ``key`` reads as a misspelling of one of ``choices`` (see the module's rule)."""
    if key in TOOL_KEYS:
        return False
    folded = _fold(key)
    limit = 1 if len(folded) <= _SHORT else 2
    return any(_within(folded, _fold(choice), limit) for choice in choices)


def kept_notice(path: str, kept: Counter[str]) -> str:
    # a key with a line break or a control character in it is quoted: the notice stays one line
    listed = ", ".join(f"{key if key.isprintable() else repr(key)} ({count})"
                       for key, count in sorted(kept.items()))
    return f"{path}: kept in custom (not CSL variables): {listed}"


def _fold(key: str) -> str:
    return key.lower().replace("_", "-").strip()


def _within(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most ``limit`` (banded: keys are short)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit
