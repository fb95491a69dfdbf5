"""load → model: read a CSL-YAML or CSL-JSON file into validated :class:`Reference` objects."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from citecheck.errors import InputError, InputProblem
from citecheck.gc_pause import collector_paused
from citecheck.load.text import check_text, line_and_column
from citecheck.model import Reference, validate_references
from citecheck.model.limits import MAX_DEPTH, MAX_DIGITS, MAX_REFERENCES, WHOLE_NUMBER_BOUND
from citecheck.vocabulary import PRINTED_FIELD


@dataclass
class LoadedReferences:
    """The references of one file, with what is needed to point back into it."""

    path: Path
    format: str  # "yaml" or "json"
    raw: bytes = field(repr=False)  # the file's UTF-8 bytes, byte-order mark removed
    references: list[Reference] = field(repr=False)
    #: The keys at least one reference sets (None: not known). Lets a linter skip a field that no
    #: reference has without reading it on every reference.
    keys_used: frozenset[str] | None = field(default=None, repr=False)
    #: What the reader says once on stderr without refusing the file (a file in the old spelling).
    notices: tuple[str, ...] = field(default=(), repr=False)
    #: How many references were read in the printed footnote's old spelling (citecheck.load.old_spelling).
    old_spelling: int = field(default=0, repr=False)

    @cached_property
    def text(self) -> str:
        """The file's text (decoded on first use: a large file's str can take 4x its bytes)."""
        return self.raw.decode("utf-8")


def sniff_format(path: Path, raw: bytes) -> str:
    """``json`` for ``.json`` files or text starting with ``[``/``{``; else ``yaml``."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    return "json" if raw.lstrip()[:1] in (b"[", b"{") else "yaml"


def load_references(path: str | Path, fmt: str | None = None) -> LoadedReferences:
    """Read, parse and validate ``path``; raise :class:`InputError` listing every problem."""
    path = Path(path)
    with collector_paused():
        return parse_references(path.read_bytes(), path, fmt)


def parse_references(text: str | bytes, path: str | Path = "<string>", fmt: str | None = None) -> LoadedReferences:
    """Parse and validate references from ``text`` (str or UTF-8 bytes); ``path`` only labels problems."""
    path = Path(path)
    raw, fmt, items, base = read_items(text.encode("utf-8") if isinstance(text, str) else text, path, fmt)
    duplicates = _duplicate_id_errors(items)
    kept: Counter[str] = Counter()
    references, invalid, keys_used = _validate_consuming(items, kept)
    if duplicates or invalid:
        raise InputError(_located([duplicates, invalid], raw, str(path), base))
    renamed, notices = _old_spelling(references, keys_used, str(path))
    if renamed:
        keys_used |= {PRINTED_FIELD}  # the linters that read only fields some reference has must see it
    notices += kept_notices(str(path), kept)
    return LoadedReferences(path, fmt, raw, references, keys_used, notices, renamed)


def check_references(text: bytes, path: str | Path, fmt: str | None = None, *, may_split: bool = True) -> None:
    """Raise :class:`InputError` where :func:`parse_references` would, keeping no reference (``import -o``
    reads back what it is about to write). From :data:`~citecheck.forked.SPLIT_AT` items the two halves are
    validated at once, the second in a forked child (citecheck.forked): only their errors come back. Not
    with ``may_split`` false: a caller that is already one of two processes at work."""
    from citecheck.forked import SPLIT_AT, both

    path = Path(path)
    raw, _, items, base = read_items(text, path, fmt)
    duplicates = _duplicate_id_errors(items)
    split = may_split and len(items) >= SPLIT_AT
    half = len(items) // 2 if split else len(items)
    with collector_paused():
        first, second = both(lambda: _errors(items[:half], 0), lambda: _errors(items[half:], half), split)
    if duplicates or first or second:
        raise InputError(_located([duplicates, first + second], raw, str(path), base))


def read_items(text: bytes, path: Path, fmt: str | None = None) -> tuple[bytes, str, list[Any], tuple[str, ...]]:
    """The file's checked bytes, its format, its reference items and the path prefix they sit under (InputError
    where the file is not one list of items)."""
    raw = check_text(text, str(path))
    fmt = fmt or sniff_format(path, raw)
    data = parse_json(raw, str(path)) if fmt == "json" else _parse_yaml(raw, str(path))
    items, base = _reference_items(data, raw, str(path))
    return raw, fmt, items, base


_FIRST_ITEM = re.compile(rb"\[[ \t\r]*\n([ \t]*)\{")


def json_halves(raw: bytes) -> tuple[bytes, bytes] | None:
    """The text of a JSON file that is one list of items on lines of their own, cut between two items near the
    middle into the texts of two lists; None when it is not such a list, or no cut is found.

    A line break is never inside a JSON string, so ``,`` then a line break then ``{`` stands between two
    values of one list. The items are told from the objects inside them by their indent, the first item's;
    that the cut is between items of the file's own list is proved by each part reading as a list
    (:func:`read_items`): a part cut inside an item has a bracket left open.
    """
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    first = _FIRST_ITEM.match(raw, len(raw) - len(raw.lstrip()))
    if first is None:
        return None
    between = re.compile(rb",[ \t\r]*\n" + re.escape(first.group(1)) + rb"\{")
    found = between.search(raw, len(raw) // 2)
    if found is None:
        return None
    return raw[:found.start()] + b"\n]", b"[" + raw[found.end() - 1:]


def validated_part(items: list[Any]) -> tuple[list[Reference], Counter[str]] | None:
    """Some of a file's items (:func:`read_items`; consumed) as :func:`parse_references` reads them, with what it
    kept in ``custom`` (for :func:`kept_notices`); None if any is invalid, or if the file may be in the printed
    footnote's old spelling (only the whole file can tell): then only the whole file's reading says it right."""
    from citecheck.load.old_spelling import may_be_old_spelling

    kept: Counter[str] = Counter()
    references, invalid, keys_used = _validate_consuming(items, kept)
    return None if invalid or may_be_old_spelling(references, keys_used) else (references, kept)


def has_duplicate_ids(items: list[Any]) -> bool:
    """Whether two of the items share an id (:func:`parse_references` refuses the file)."""
    return bool(_duplicate_id_errors(items))


def _errors(items: list[Any], start: int) -> list[dict[str, Any]]:
    """The validation errors of ``items`` (the file's from index ``start``), located by file index."""
    errors = _validate_consuming(items, Counter(), keep=False)[1]
    return [{**error, "loc": (start + error["loc"][0], *error["loc"][1:])} for error in errors]


def kept_notices(path: str, kept: Counter[str]) -> tuple[str, ...]:
    """What the reader says of the other tools' keys it kept in ``custom`` (none: nothing)."""
    from citecheck.load.foreign_keys import kept_notice

    return (kept_notice(path, kept),) if kept else ()


def _old_spelling(references: list[Reference], keys_used: frozenset[str] | None,
                  path: str) -> tuple[int, tuple[str, ...]]:
    from citecheck.load.old_spelling import old_spelling_notice, read_old_spelling_after

    renamed = read_old_spelling_after(references, keys_used)
    return renamed, (old_spelling_notice(path, renamed),) if renamed else ()


_CHUNK = 2000


def _validate_consuming(items: list[Any], kept: Counter[str], repair: bool = False, keep: bool = True
                        ) -> tuple[list[Reference], list[dict[str, Any]], frozenset[str]]:
    """Validate ``items`` a chunk at a time, dropping each chunk of parsed dicts once it is a model.

    Holding the whole parsed tree and all the models at once is what makes a large file cost
    twice its memory (bench/README.md); every error is still collected, with its index. With
    ``repair`` (validate's lenient load), each item of a chunk that fails is kept, repaired. ``kept`` counts
    the other tools' keys moved into ``custom``. Without ``keep`` (a check: only the errors are wanted) each
    chunk's references are dropped too, so a chunk's memory serves the next.
    """
    references: list[Reference] = []
    errors: list[dict[str, Any]] = []
    keys_used: set[str] = set()
    for start in range(0, len(items), _CHUNK):
        chunk = items[start:start + _CHUNK]
        items[start:start + _CHUNK] = [None] * len(chunk)
        try:
            validated = _validated(chunk, kept)
            if keep:
                references += validated
            del validated
            keys_used.update(*chunk)  # every item is a mapping once it validated
        except ValidationError as exc:
            found = [{**e, "loc": (start + e["loc"][0], *e["loc"][1:])} for e in exc.errors(include_url=False)]
            errors += found
            if repair:
                references += [_repaired(start + offset, item, found) for offset, item in enumerate(chunk)]
        del chunk
    return references, errors, frozenset(keys_used)


def _validated(chunk: list[Any], kept: Counter[str]) -> list[Reference]:
    """The chunk's references; another tool's keys (load/foreign_keys.py) moved into custom first if they
    are all that is wrong with it: the first validation of a clean chunk is the only one."""
    try:
        return validate_references(chunk)
    except ValidationError as exc:
        from citecheck.load.foreign_keys import keep_foreign

        if not keep_foreign(chunk, exc.errors(include_url=False), kept):
            raise
    return validate_references(chunk)


def _parse_yaml(raw: bytes, path: str) -> Any:
    from citecheck.load.yaml_source import parse_yaml

    return parse_yaml(raw, path)


_DIGITS_AS_ZEROS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))


def parse_json(raw: bytes, path: str) -> Any:
    """JSON ``raw`` parsed, or InputError at its file:line:col (syntax, a number past the digit limit, nesting past
    the depth limit, a lone surrogate, a key written twice): the loader's and ``import --from csl-json``'s one way
    to read JSON."""
    data = _json_data(raw, path)
    refuse_duplicate_keys(data, raw, path)
    return data


def _json_data(raw: bytes, path: str) -> Any:
    if b"0" * 19 not in raw.translate(_DIGITS_AS_ZEROS):  # orjson turns integers past 64 bits into floats
        import orjson  # 40 % faster on a large file; the stdlib parser reads what it refuses, and words errors

        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        # json counts lines by "\n" alone; a lone CR ends a line too, to citecheck and to editors
        line, column = line_and_column(exc.doc, exc.pos)
        raise InputError([InputProblem(path, line, column, "", f"JSON syntax: {exc.msg}")]) from None
    except ValueError:  # the only other: an integer past Python's 4,300 digits
        at = _first_json_token(raw, lambda token: token[:1] != b'"' and len(token) > MAX_DIGITS + 1)
        raise InputError([InputProblem(path, *line_and_column(raw, at), "",
                                       f"a whole number has at most {MAX_DIGITS} digits (the limit)")]) from None
    except RecursionError:
        depth = [0]

        def too_deep(token: bytes) -> bool:
            depth[0] += (token in b"[{") - (token in b"]}") if token[:1] != b'"' and len(token) == 1 else 0
            return depth[0] > MAX_DEPTH

        raise InputError([InputProblem(path, *line_and_column(raw, _first_json_token(raw, too_deep)), "",
                                       f"nested deeper than {MAX_DEPTH} levels (the limit)")]) from None
    refuse_lone_surrogates(data, raw, path)
    return data


_SPACED_KEY = re.compile(rb'"[ \t\r\n]+:')


def refuse_duplicate_keys(data: Any, raw: bytes, path: str) -> None:
    """InputError at a key written twice in one object: JSON parsers keep the last one, and the first is lost.

    The parsers cannot tell, so the keys are counted: every key ends ``":`` in orjson's own writing of what
    was read, and in the file's but for a key spaced from its colon; counts that differ are looked at closely
    (0.3 s of a 40 MB file's 4.7 s load)."""
    import orjson

    try:
        # A key spaced from its colon counts one less in the file: with one written twice as well the counts
        # would agree, so such a file is always looked at closely.
        if raw.count(b'":') == orjson.dumps(data).count(b'":') and _SPACED_KEY.search(raw) is None:
            return
    except orjson.JSONEncodeError:  # an integer past 64 bits: count nothing, look closely
        pass
    from citecheck.load.positions import compose_tree

    found = _first_duplicate_key(compose_tree(raw.decode("utf-8")))
    if found is not None:
        key, first, again = found
        raise InputError([InputProblem(path, again.line + 1, again.column + 1, "",
                                       f"duplicate key {key!r} (first at line {first.line + 1}); "
                                       "JSON would keep the last one silently")])


def _first_duplicate_key(root: Any) -> tuple[str, Any, Any] | None:
    """(key, first mark, second mark) of the first key written twice in one mapping of the node tree."""
    import yaml

    stack = [root] if root is not None else []
    while stack:  # not recursive: the tree may nest deeper than Python's stack
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, Any] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        return key.value, seen[key.value], key.start_mark
                    seen[key.value] = key.start_mark
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return None


_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]|-?[0-9]+')


def _first_json_token(raw: bytes, wanted: Any) -> int:
    """The offset of the first string, bracket or digit run for which ``wanted`` is true (0 if none)."""
    return next((found.start() for found in _JSON_TOKEN.finditer(raw) if wanted(found[0])), 0)


# A \uD800-\uDFFF escape that is not half of a pair: text no UTF-8 file can hold.
_LONE_SURROGATE = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|"
                             rb"(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def refuse_lone_surrogates(data: Any, raw: bytes, path: str) -> None:
    """Only what orjson refused gets here: a lone surrogate would load, then fail every write."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        found = _LONE_SURROGATE.search(raw)
        at = found.start() if found else 0
        raise InputError([InputProblem(path, *line_and_column(raw, at), "",
                                       "a lone surrogate escape (\\ud800-\\udfff) is not text")]) from None


def _reference_items(data: Any, raw: bytes, path: str) -> tuple[list[Any], tuple[str, ...]]:
    """The list of reference mappings, and the path prefix it sits under; at most MAX_REFERENCES of them."""
    if isinstance(data, list):
        items, base = data, ()
    elif isinstance(data, dict) and isinstance(data.get("references"), list):
        items, base = data["references"], ("references",)
    else:
        raise _shape_error(data, raw, path)
    if len(items) > MAX_REFERENCES:
        raise _too_many(len(items), raw, path, base)
    return items, base


def _too_many(count: int, raw: bytes, path: str, base: tuple[str, ...]) -> InputError:
    """Refused before any is validated, at the first reference past the limit (block style; else at 1:1)."""
    from citecheck.load.positions import item_starts

    starts = item_starts(raw, count)
    line = raw.count(b"\n", 0, starts[MAX_REFERENCES]) + 1 if starts else 1
    where = ".".join(base) + f"[{MAX_REFERENCES}]"
    return InputError([InputProblem(path, line, 1, where, f"a file holds at most {MAX_REFERENCES:,} references "
                                                         f"(the limit), this one holds {count:,}")])


def _shape_error(data: Any, raw: bytes, path: str) -> InputError:
    from citecheck.load.translate import kind_of, suggest  # the error path only

    if data is None or data == "":
        return InputError([InputProblem(path, 1, 1, "", "the file is empty; expected a 'references:' list")])
    if not isinstance(data, dict):
        return InputError([InputProblem(
            path, 1, 1, "", f"expected a mapping with a 'references:' list, got {kind_of(data)}")])
    if "references" not in data:
        hint = next((suggest(str(k), ("references",)) for k in data if suggest(str(k), ("references",))), "")
        return InputError([InputProblem(path, 1, 1, "", f"no 'references:' list in the file{hint}")])
    error = {"type": "value_error", "loc": (),
             "msg": f"expected a list of references, got {kind_of(data['references'])}"}
    return InputError(_located([[error]], raw, path, ("references",)))


def _duplicate_id_errors(items: list[Any]) -> list[dict[str, Any]]:
    """An error, in pydantic's shape, for every id used again after its first reference."""
    ids = [item.get("id") if item.__class__ is dict else None for item in items]
    if all(ident.__class__ is str for ident in ids) and len(set(ids)) == len(ids):
        return []  # distinct strings, as in nearly every file: 10 ms where the count below takes 150 at 100k
    seen: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, str) or (isinstance(ident, int) and abs(ident) <= WHOLE_NUMBER_BOUND):
            seen[str(ident)].append(index)  # a longer number is refused by the model, and has no str()
    return [
        {"type": "value_error", "loc": (index, "id"), "input": ident,
         "msg": f"duplicate id {ident!r} (also used by references[{indexes[0]}])"}
        for ident, indexes in seen.items() if len(indexes) > 1 for index in indexes[1:]
    ]


def _located(error_lists: list[list[dict[str, Any]]], raw: bytes, path: str,
             base: tuple[str, ...]) -> list[InputProblem]:
    """Each list's errors placed in the file, composing its node tree once (the error path only)."""
    from citecheck.load.positions import compose_tree
    from citecheck.load.translate import problems_from

    tree = compose_tree(raw.decode("utf-8"))
    return [problem for errors in error_lists for problem in problems_from(errors, tree, path, base)]


def load_references_leniently(path: str | Path, fmt: str | None = None, content: bytes | None = None
                              ) -> tuple[LoadedReferences, list[InputProblem]]:
    """As :func:`load_references`, but a reference with bad fields does not stop the file.

    A file that cannot be read as a list of references still raises :class:`InputError`. Otherwise
    every reference is kept, in its place (so positions still point into the file): one with bad
    fields loses them, one whose id or type is bad gets a stand-in, and one whose id repeats an
    earlier one gets ``<id>@<index>``. The problems come back as they would have been raised.
    ``content``: the file's bytes when they are not to be read from ``path`` (stdin); ``path`` then only labels.
    """
    path = Path(path)
    with collector_paused():
        raw = check_text(path.read_bytes() if content is None else content, str(path))
        fmt = fmt or sniff_format(path, raw)
        data = parse_json(raw, str(path)) if fmt == "json" else _parse_yaml(raw, str(path))
        items, base = _reference_items(data, raw, str(path))
        duplicates = _duplicate_id_errors(items)
        kept: Counter[str] = Counter()
        references, invalid, keys_used = _validate_consuming(items, kept, repair=True)
        renamed, notices = _old_spelling(references, keys_used if not (duplicates or invalid) else None, str(path))
        if renamed:
            keys_used |= {PRINTED_FIELD}  # the linters that read only fields some reference has must see it
        notices += kept_notices(str(path), kept)
        if not duplicates and not invalid:
            return LoadedReferences(path, fmt, raw, references, keys_used, notices, renamed), []
        for error in duplicates:
            index = error["loc"][0]
            references[index] = dataclasses_replace(references[index], id=f"{references[index].id}@{index}")
        problems = _located([duplicates, invalid], raw, str(path), base)
        return LoadedReferences(path, fmt, raw, references, None, notices, renamed), problems


def dataclasses_replace(ref: Reference, **changes: Any) -> Reference:
    import dataclasses

    return dataclasses.replace(ref, **changes)


def _repaired(index: int, item: Any, errors: list[dict[str, Any]]) -> Reference:
    """Item ``index`` as a reference: as it is when it validates, else without the keys its errors name."""
    mine = [e for e in errors if e["loc"][:1] == (index,)]
    if not mine and isinstance(item, dict):
        return validate_references([item])[0]
    kept = dict(item) if isinstance(item, dict) else {}
    for _ in range(4):  # a second pass may name a key the first hid
        bad = {str(e["loc"][1]) for e in mine if len(e["loc"]) > 1}
        kept = {key: value for key, value in kept.items() if str(key) not in bad
                and str(key).replace("-", "_") not in bad}
        if not isinstance(kept.get("id"), str) or not kept.get("id"):
            kept["id"] = f"references[{index}]"
        if "type" not in kept:
            kept["type"] = "document"
        try:
            return validate_references([kept])[0]
        except ValidationError as exc:
            mine = [{**e, "loc": (index, *e["loc"][1:])} for e in exc.errors(include_url=False)]
        except Exception:  # noqa: BLE001 - whatever else the item holds, a stand-in keeps its place
            break
    return validate_references([{"id": kept["id"], "type": "document"}])[0]
