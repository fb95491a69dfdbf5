"""What every module under rules/ keeps to: rule modules never write a column mark, and no module holds state."""

from __future__ import annotations

import importlib
import pkgutil
import re
import types
from pathlib import Path

import citecheck.rules
from citecheck.rules import REGISTRY

RULES = Path(citecheck.rules.__file__).parent
# The marks as characters or as escapes in the source ("\u2063", "\\u2063", "\N{INVISIBLE SEPARATOR}").
MARK = re.compile(r"[\u2062-\u2064]|\\u206[234]|\\N\{INVISIBLE (?:TIMES|SEPARATOR|PLUS)\}", re.IGNORECASE)
MUTABLE = (dict, list, set, bytearray)


def rule_module_paths() -> list[Path]:
    return [RULES / (entry.partition(":")[0].replace(".", "/") + ".py") for entry in REGISTRY]


def mutable_globals(module) -> list[str]:
    return [f"{module.__name__}.{name}" for name, value in vars(module).items()
            if not name.startswith("__") and isinstance(value, MUTABLE) and not isinstance(value, type)]


def test_no_rule_module_writes_a_column_mark():
    written = [path.name for path in rule_module_paths() if MARK.search(path.read_text(encoding="utf-8"))]
    assert written == []


def test_the_mark_finder_sees_a_mark_however_it_is_written():
    assert all(MARK.search(source) for source in ('"\u2063"', r'"\u2063"', r'"\N{INVISIBLE SEPARATOR}"', "(?=\u2064)"))
    assert not MARK.search(r'"\u2060" VALUE_END')


def test_no_module_under_rules_holds_mutable_state():
    # Module-level dicts, lists and sets are shared by every run and thread; per-run state lives in
    # the engine's Candidates. Constant tables are tuples, frozensets or read-only mappings.
    names = [info.name for info in pkgutil.walk_packages(citecheck.rules.__path__, "citecheck.rules.")]
    found = [name for module in names for name in mutable_globals(importlib.import_module(module))]
    assert found == []


def test_the_state_finder_sees_a_module_level_dict_and_lets_constants_be():
    module = types.ModuleType("example")
    module.memo, module.PARTS, module.TABLE = {}, ("family",), types.MappingProxyType({"a": 1})
    assert mutable_globals(module) == ["example.memo"]
