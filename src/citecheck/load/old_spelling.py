"""Files written before citecheck's printed footnote had its own name, read without corrupting anyone's.

citecheck once kept the footnote as printed in ``source``, which is CSL's own variable for the catalogue
or database an item came from (Zotero fills it: "Taylor and Francis+NEJM"). The field is ``printed``
now. A file is taken to be in the old spelling only when nothing in it says otherwise:

- no item has ``printed`` (a file that has it anywhere is in the new spelling throughout), and
- the item also has ``footnote``, citecheck's own field that no other tool writes.

Only such items have their ``source`` read as ``printed``; every other ``source`` (a Zotero or Better
BibTeX export, a hand-written catalogue) stays CSL's. The reader says so once, naming how many items.
"""

from __future__ import annotations

import re
from typing import Any

from citecheck.vocabulary import PRINTED_FIELD

OLD, NEW = "source", PRINTED_FIELD
_LINE = re.compile("[^\r\n]*(?:\r\n|[\r\n]|$)")  # the lines compose_tree counts (LF, CRLF, a lone CR)


def read_old_spelling(items: list[Any]) -> int:
    """Rename ``source`` to ``printed`` in place in the items written in the old spelling; how many."""
    if not any(item.__class__ is dict and OLD in item and "footnote" in item for item in items):
        return 0
    if any(item.__class__ is dict and NEW in item for item in items):
        return 0
    renamed = 0
    for index, item in enumerate(items):
        if item.__class__ is dict and OLD in item and "footnote" in item:
            items[index] = {(NEW if key == OLD else key): value for key, value in item.items()}  # keeps the order
            renamed += 1
    return renamed


def read_old_spelling_after(references: list[Any], keys_used: frozenset[str] | None) -> int:
    """:func:`read_old_spelling` on validated references, for the loader: ``keys_used`` (every key some item
    has; None: not known) decides it with no look at a file without both keys, which is nearly every file."""
    if keys_used is not None and (not _has_both_keys(keys_used) or NEW in keys_used):
        return 0
    if keys_used is None and any(ref.printed is not None for ref in references):
        return 0
    renamed = 0
    for ref in references:
        if _in_old_spelling(ref):
            ref.printed, ref.source = ref.source, None
            renamed += 1
    return renamed


def _in_old_spelling(ref: Any) -> bool:
    return ref.source is not None and ref.footnote is not None


def may_be_old_spelling(references: list[Any], keys_used: frozenset[str]) -> bool:
    """Whether these references, some of a file's, may be read in the old spelling: one has both keys, and none
    has ``printed`` (the rest of the file may still say they are not)."""
    if not _has_both_keys(keys_used) or NEW in keys_used:
        return False
    return any(map(_in_old_spelling, references))


def _has_both_keys(keys_used: frozenset[str]) -> bool:
    return OLD in keys_used and "footnote" in keys_used


def old_spelling_notice(path: str, renamed: int) -> str:
    """The one line said when ``renamed`` items were read in the old spelling."""
    items = "item" if renamed == 1 else "items"
    return (f"{path}: old spelling: 'source' beside 'footnote' read as 'printed' (the footnote as printed) in "
            f"{renamed} {items}; rename the key to 'printed' (CSL's 'source' is the catalogue an item came from)")


def migrated_yaml(text: str) -> str:
    """``text`` (a CSL-YAML file) with the key of every ``source`` that :func:`read_old_spelling` reads as
    ``printed`` renamed where it stands: every other byte, comments and quoting included, stays as it was."""
    import yaml

    from citecheck.load.tree_positions import compose_tree

    root = compose_tree(text)
    if isinstance(root, yaml.MappingNode):
        root = next((value for key, value in root.value if getattr(key, "value", None) == "references"), None)
    if not isinstance(root, yaml.SequenceNode):
        return text
    items = [item for item in root.value if isinstance(item, yaml.MappingNode)]
    keys = [{key.value: key for key, _ in item.value if isinstance(key, yaml.ScalarNode)} for item in items]
    if any(NEW in found for found in keys):
        return text
    spots = [found[OLD] for found in keys if OLD in found and "footnote" in found]
    lines = _LINE.findall(text)  # not str.splitlines: \x0c, \x85 or U+2028 is no line break here
    for key in reversed(spots):  # from the end: a rename never moves a spot still to do
        start, end = key.start_mark, key.end_mark
        if start.line != end.line:
            continue  # a key split over lines is not one citecheck or anyone writes; left as it is
        line = lines[start.line]
        lines[start.line] = line[:start.column] + NEW + line[end.column:]
    return "".join(lines)
