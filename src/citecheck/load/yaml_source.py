"""Read YAML safely: plain data only, YAML 1.2 scalars, no anchors or aliases, no duplicate keys.

* No tag ever constructs an object: only the safe constructors run, and an unknown tag is an error.
* Anchors and aliases are refused, so an alias bomb cannot expand into the model.
* Dates stay text (the model parses them), and only ``true``/``false`` are booleans, as in YAML 1.2:
  ``language: no`` is Norwegian, not False.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from citecheck.errors import InputError, InputProblem

_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s,\]}]")
_YAML12_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class _StrictLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    yaml_implicit_resolvers = {
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


def _problem(path: str, exc: yaml.YAMLError, source: str) -> InputProblem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    text = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    at_tab = mark is not None and source[mark.index:mark.index + 1] == "\t"
    if at_tab or "'\\t'" in text:
        text = "a tab character here; YAML indents with spaces only"
    elif context:
        text = f"{text} ({context})"
    return InputProblem(path, line, column, "", f"YAML syntax: {text}")


def _refuse_aliases(text: str, path: str) -> None:
    if not _ANCHOR_OR_ALIAS.search(text):
        return
    for event in yaml.parse(text, Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            mark = event.start_mark
            raise InputError([InputProblem(path, mark.line + 1, mark.column + 1, "",
                                           "YAML anchors and aliases are not allowed in a references file")])


def parse_yaml(text: str, path: str) -> Any:
    """The plain data in ``text`` (dicts, lists, str, int, float, bool, None)."""
    try:
        _refuse_aliases(text, path)
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a safe loader, see above
    except yaml.YAMLError as exc:
        raise InputError([_problem(path, exc, text)]) from None

