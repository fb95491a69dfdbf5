"""A large import written to a new file in two halves at once, each end to end in its own process.

From :data:`~citecheck.forked.SPLIT_AT` entries of a format read entry by entry (BibTeX, BibLaTeX:
:class:`~citecheck.formats.result.Entries`), the file is cut in two: its text, where the format can cut it
into parts that read alone (no @string, crossref or xdata), else its entries once it has been parsed whole.
Each half then goes the rest of the way on its own: parsed (a part of the text), converted, validated,
written as the items of the new file, and read back as ``list`` would read them (``import -o``'s guarantee). The second half does
this in a forked child (citecheck.forked) and sends back only its text and what was said of it: its
references never have to travel as models (pickling 50,000 of them costs more than validating them).

The file is then the two halves' items in one list, byte for byte what the one-process import writes.
Reading it back is reading back each half, plus what only the whole can show: an id used in both halves
and the count limit. Whenever the halves cannot simply be joined (an id used twice anywhere, a half with
no reference, anything raised in a half, the read-back refused), nothing is written and :func:`written`
says so: the caller then imports the file in one process, which says what went wrong exactly as always.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from citecheck.errors import InputProblem
from citecheck.formats import Format
from citecheck.formats.result import Entries, ImportResult, converted, finished


@dataclass
class Half:
    """One half's part of the new file: its items as text, and what was said of its entries."""

    text: str  # the items, as they sit in the file's list (no brackets, no ``references:``)
    ids: list[str]
    problems: list[InputProblem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    kept: dict[str, int] = field(default_factory=dict)


#: What comes around and between the halves' items, by output kind: (before, between, after).
_JSON = ("[\n", ",\n", "\n]\n")
_YAML = ("---\nreferences:\n", "", "")


def written(chosen: Format, texts: list[str], path: str, output: str, as_json: bool) -> ImportResult | None:
    """Import the file at ``path`` (its text, the one item of ``texts``, which this empties so that the whole
    text is freed once it is cut: 100 MB for a 50 MB file), read as ``chosen``, a format with ``entries``,
    into the new file ``output`` (JSON or CSL-YAML), in two halves at once; the import's problems and notices
    (its references are not kept: the second half's never come back). None, with nothing written, when it
    cannot be done in halves here (too few entries, no second process) or the halves cannot be joined (see
    the module's docstring): the caller then imports the file in one process.

    Where the format can cut the text itself in two parts that read alone (``Format.text_halves``), each
    process parses its own part too; else the file is parsed here and its entries are cut in two."""
    from citecheck.forked import SPLIT_AT, both, can_fork

    if not can_fork():
        return None
    cut = chosen.text_halves(texts[0])
    if cut is not None:
        texts[:] = cut[:2]
        line = cut[2]
        del cut

        def half(index: int, first_line: int) -> Half | None:
            if len(texts) != 2:  # the child failed and this process was to redo its half: the other part is gone
                return None
            text = texts[index]
            texts.clear()  # each process keeps its own part only
            try:
                entries = chosen.read_entries(text, path, first_line, ends_file=index == 1)
            except ValueError:  # the first part ends inside an entry the whole file's parse reads on
                return None
            del text
            return _half(entries, output, as_json)

        mine, theirs = both(lambda: half(0, 1), lambda: half(1, line))
    else:
        entries = chosen.read_entries(texts.pop(), path)
        items = entries.items
        if len(items) < SPLIT_AT or len({entry.key for entry in items}) != len(items):
            return None  # too few to split, or ids that would clash: the one-process import decides
        rest = items[len(items) // 2:]
        del items[len(items) // 2:]
        later = Entries(rest, [], entries.convert, path)
        mine, theirs = both(lambda: _half(entries, output, as_json),
                            lambda: _half(later, output, as_json))
    return _joined(mine, theirs, path, output, as_json)  # the file's own problems came with the first half


def _joined(mine: Half | None, theirs: Half | None, path: str, output: str, as_json: bool) -> ImportResult | None:
    """The two halves written to ``output`` as one list, and what was said of them; None if they cannot be."""
    from citecheck.atomic import write_atomic
    from citecheck.model.limits import MAX_REFERENCES

    if mine is None or theirs is None or len(mine.ids) + len(theirs.ids) > MAX_REFERENCES \
            or not set(mine.ids).isdisjoint(theirs.ids):
        return None
    before, between, after = _JSON if as_json else _YAML
    write_atomic(output, [before, mine.text, between, theirs.text, after])
    said = ImportResult(problems=mine.problems + theirs.problems, notices=mine.notices + theirs.notices,
                        kept=dict(Counter(mine.kept) + Counter(theirs.kept)))
    return finished(path, said)


def _half(entries: Entries, output: str, as_json: bool) -> Half | None:
    """``entries`` converted, validated, written and read back; None if they cannot simply be joined."""
    from citecheck.load.loader import check_references

    try:
        result = converted(entries, entries.items)
        ids = [ref.id for ref in result.references]
        if not ids or len(set(ids)) != len(ids):
            return None  # renamed, skipped or refused by --on-duplicate: the whole file's order decides
        text = _items_text(result.references, as_json)
        result.references.clear()  # only the text goes on: the models' memory serves the read-back
        before, _, after = _JSON if as_json else _YAML
        check_references(f"{before}{text}{after}".encode(), output, may_split=False)
    except Exception:  # noqa: BLE001 - an InputError or anything else: the import in one process says it as always
        return None
    return Half(text, ids, entries.problems + result.problems, result.notices, result.kept)


def _items_text(refs: list, as_json: bool) -> str:
    """``refs`` written as the items of citecheck's own file: the writer's output without what surrounds them."""
    from citecheck import formats

    text = formats.get("csl-json" if as_json else "csl-yaml").dump(refs, style="native")
    before, _, after = _JSON if as_json else _YAML
    if not (text.startswith(before) and text.endswith(after)):
        raise ValueError("the writer's output is not one list of items")  # guarded by the tests: never
    return text[len(before):len(text) - len(after)]
