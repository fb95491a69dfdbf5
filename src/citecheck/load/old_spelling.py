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

from typing import Any

OLD, NEW = "source", "printed"


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


def old_spelling_notice(path: str, renamed: int) -> str:
    """The one line said when ``renamed`` items were read in the old spelling."""
    items = "item" if renamed == 1 else "items"
    return (f"{path}: old spelling: 'source' beside 'footnote' read as 'printed' (the footnote as printed) in "
            f"{renamed} {items}; rename the key to 'printed' (CSL's 'source' is the catalogue an item came from)")
