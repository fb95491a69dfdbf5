"""PyYAML's strict safe loader: the slow, exact reader behind every YAML error citecheck reports.

It runs only when something may be wrong (yaml_source.py reads the happy path with yaml-rs), so it
can afford positions for everything: tabs, duplicate keys, tags, anchors and aliases.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from citecheck.errors import InputError, InputProblem
from citecheck.load.text import as_pyyaml_reads, line_and_column
from citecheck.model.limits import MAX_DEPTH

_YAML_RS_POSITION = re.compile(r"at line (\d+), column (\d+)\n(?:.*\n)*?([^\n|]*)$")
_YAML12_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class _StrictLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's own class attribute, replaced whole
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int)) and key in seen:
                first = seen[key].start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first at line {first})", key_node.start_mark)
            if isinstance(key, (str, int)):
                seen[key] = key_node
        return super().construct_mapping(node, deep=deep)


_StrictLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _YAML12_BOOL, list("tTfF"))
for _first in "yYnNoO":
    _StrictLoader.yaml_implicit_resolvers[_first] = [
        (tag, regexp) for tag, regexp in _StrictLoader.yaml_implicit_resolvers.get(_first, [])
        if tag != "tag:yaml.org,2002:bool"
    ]


def problem(path: str, exc: yaml.YAMLError, source: str) -> InputProblem:
    if isinstance(exc, yaml.reader.ReaderError):  # no mark, and a message on two lines
        line, column = line_and_column(source, exc.position)
        return InputProblem(path, line, column, "", f"a control character (U+{exc.character:04X}) is not allowed "
                                                    "in YAML; remove it, or write it as an escape in double quotes")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    text = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    at_tab = mark is not None and source[mark.index:mark.index + 1] == "\t"
    if at_tab or "'\\t'" in text:
        text = "a tab character here; YAML indents with spaces only"
    elif "unhashable key" in text:
        text = "a key that holds a list; keys must be text"
    elif "maximum nesting depth" in text:  # libyaml's bound (1,000) is past citecheck's
        return InputProblem(path, line, column, "", f"nested deeper than {MAX_DEPTH} levels (the limit)")
    elif context:
        text = f"{text} ({context})"
    return InputProblem(path, line, column, "", f"YAML syntax: {text}")


def refuse_anchors_aliases_and_tags(text: str, path: str, check_depth: bool = False) -> None:
    """InputError at the first anchor, alias or explicit tag in ``text``, if there is one; with ``check_depth``
    also where lists and mappings nest deeper than ``MAX_DEPTH``."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    try:
        for event in yaml.parse(as_pyyaml_reads(text), Loader=loader):
            depth += isinstance(event, yaml.CollectionStartEvent) - isinstance(event, yaml.CollectionEndEvent)
            if check_depth and depth > MAX_DEPTH:
                message = f"nested deeper than {MAX_DEPTH} levels (the limit)"
            elif isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                message = "YAML anchors and aliases are not allowed in a references file"
            elif getattr(event, "tag", None) is not None:  # untagged nodes have no tag in PyYAML's events
                message = f"YAML tags are not allowed in a references file (found {event.tag!r})"
            else:
                continue
            mark = event.start_mark
            raise InputError([InputProblem(path, mark.line + 1, mark.column + 1, "", message)])
    except yaml.YAMLError as exc:
        raise InputError([problem(path, exc, text)]) from None


def precise_problem(text: str, path: str, exc: BaseException) -> InputProblem:
    """Re-read with PyYAML for an exact position; else use what yaml-rs said."""
    try:
        yaml.load(as_pyyaml_reads(text), Loader=_StrictLoader)
    except yaml.YAMLError as strict:
        return problem(path, strict, text)
    except (RecursionError, ValueError):  # ValueError: an integer of more than 4,300 digits
        pass
    if isinstance(exc, RecursionError):
        return InputProblem(path, 1, 1, "", f"nested deeper than {MAX_DEPTH} levels (the limit)")
    message = str(exc)
    found = _YAML_RS_POSITION.search(message)
    if found and "recursion limit exceeded" in message:  # yaml-rs's own bound on flow nesting (256)
        return InputProblem(path, int(found[1]), int(found[2]), "", f"nested deeper than {MAX_DEPTH} levels (the limit)")
    if found:
        return InputProblem(path, int(found[1]), int(found[2]), "", f"YAML syntax: {found[3].strip()}")
    return InputProblem(path, 1, 1, "", f"YAML syntax: {message}")

