"""Kept note lines back to their fields: a ``name: value`` line of ``note`` whose name is a field of the target
dialect that citecheck does not otherwise write on the entry is written as that field.

The reader keeps a field with no CSL home as such a line (``editoratype: redactor``); written inside ``note``
it would be one run-on note that a re-import cannot take apart. Better BibTeX does the same with Zotero's
"extra" (``tex.field: value``), which is read here too. The rest of the note stays the note.
"""

from __future__ import annotations

import re
from functools import lru_cache

NOTE_LINE = re.compile(r"(?:tex\.)?([a-z][a-z0-9]*): (.+)")  # a kept field, as the reader writes it

# The fields biber's default data model (biber-tool.conf) accepts on each entry type citecheck writes, less
# those that steer biber (crossref, options, sorting...) and the date parts (a kept "month: 10 jan" is one
# biber could not read as a month: it stays in the note).
_EVERY_TYPE = frozenset((
        "abstract annotation authortype bookpagination doi eprint eprintclass eprinttype gender "
        "indexsorttitle indextitle isan ismn iswc keywords langid library lista listb listc listd liste listf "
        "namea nameaddon nameatype nameb namebtype namec namectype origlocation origpublisher origtitle "
        "pagination shortauthor shorteditor shorthand shorthandintro shortjournal shortseries shorttitle url "
        "usera userb userc userd usere userf verba verbb verbc").split())
_BY_TYPE: dict[str, list[str]] = {
    "article": (
        "addendum annotator author commentator editor editora editoratype editorb editorbtype editorc "
        "editorctype editortype eid issn issue issuesubtitle issuetitle issuetitleaddon journalsubtitle "
        "journaltitle journaltitleaddon language note number origlanguage pages pubstate series subtitle "
        "title titleaddon translator version volume").split(),
    "book": (
        "addendum afterword annotator author chapter commentator edition editor editora editoratype editorb "
        "editorbtype editorc editorctype editortype eid foreword introduction isbn language location "
        "mainsubtitle maintitle maintitleaddon note number origlanguage pages pagetotal part publisher "
        "pubstate series subtitle title titleaddon translator volume volumes").split(),
    "incollection": (
        "addendum afterword annotator author booksubtitle booktitle booktitleaddon chapter commentator "
        "edition editor editora editoratype editorb editorbtype editorc editorctype editortype eid foreword "
        "introduction isbn language location mainsubtitle maintitle maintitleaddon note number origlanguage "
        "pages part publisher pubstate series subtitle title titleaddon translator volume volumes").split(),
    "inbook": (
        "addendum afterword annotator author bookauthor booksubtitle booktitle booktitleaddon chapter "
        "commentator edition editor editora editoratype editorb editorbtype editorc editorctype editortype "
        "eid foreword introduction isbn language location mainsubtitle maintitle maintitleaddon note number "
        "origlanguage pages part publisher pubstate series subtitle title titleaddon translator volume "
        "volumes").split(),
    "inproceedings": (
        "addendum author booksubtitle booktitle booktitleaddon chapter editor editortype eid eventtitle "
        "eventtitleaddon isbn language location mainsubtitle maintitle maintitleaddon note number "
        "organization pages part publisher pubstate series subtitle title titleaddon venue volume volumes").split(),
    "inreference": (
        "addendum afterword annotator author booksubtitle booktitle booktitleaddon chapter commentator "
        "edition editor editora editoratype editorb editorbtype editorc editorctype editortype eid foreword "
        "introduction isbn language location mainsubtitle maintitle maintitleaddon note number origlanguage "
        "pages part publisher pubstate series subtitle title titleaddon translator volume volumes").split(),
    "online": (
        "addendum author editor editortype language note organization pubstate subtitle title titleaddon "
        "version").split(),
    "report": (
        "addendum author chapter eid institution isrn language location note number pages pagetotal pubstate "
        "subtitle title titleaddon type version").split(),
    "thesis": (
        "addendum author chapter eid institution language location note pages pagetotal pubstate subtitle "
        "title titleaddon type").split(),
    "unpublished": (
        "addendum author eventtitle eventtitleaddon howpublished language location note pubstate subtitle "
        "title titleaddon type venue").split(),
    "dataset": (
        "addendum author edition editor editortype language location note number organization publisher "
        "pubstate series subtitle title titleaddon type version").split(),
    "software": (
        "addendum author editor editortype howpublished language location note organization pubstate subtitle "
        "title titleaddon type version").split(),
    "booklet": (
        "addendum author chapter editor editortype eid howpublished language location note pages pagetotal "
        "pubstate subtitle title titleaddon type").split(),
    "misc": (
        "addendum author editor editortype howpublished language location note organization pubstate subtitle "
        "title titleaddon type version").split(),
}
#: BibTeX's own fields and those its common styles read (BibTeX ignores a field a style does not use).
BIBTEX_FIELDS = frozenset(("address annote author booktitle chapter edition editor howpublished institution "
                           "journal note number organization pages publisher school series title type "
                           "volume doi url isbn issn eprint").split())


#: What the reader ignores (bibread._IGNORED): a line written back as one of these would not come back.
_IGNORED = frozenset(("shorthand", "indexsorttitle", "indextitle", "key"))


@lru_cache(maxsize=64)
def biblatex_fields(entry_type: str) -> frozenset[str]:
    """The fields a note line may go back to on a BibLaTeX ``entry_type``."""
    return _EVERY_TYPE.union(_BY_TYPE.get(entry_type, ())) - _IGNORED


def split_note(note: str, known: frozenset[str], written: frozenset[str]) -> tuple[str | None, tuple[str, ...]]:
    """``note`` without its lines that go back to a field, and those ``(name, value, name, value...)``:
    the first line for a name wins, a name in ``written`` (the entry's own fields) stays in the note."""
    kept, moved, seen = [], [], set()
    for line in note.split("\n"):
        found = NOTE_LINE.fullmatch(line)
        name = found.group(1) if found else None
        if name is None or name not in known or name in written or name in seen:
            kept.append(line)
        else:
            seen.add(name)
            moved += (name, found.group(2))
    return ("\n".join(kept) if kept else None), tuple(moved)
