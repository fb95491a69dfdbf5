"""The engine's gates (triggers over the whole file, needed fields) never hide a violation."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from citecheck.load import load_references, parse_references
from citecheck.rules import all_rules
from citecheck.rules.engine import violations

ROOT = Path(__file__).resolve().parents[2]


def _generated(n: int) -> str:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    out = io.StringIO()
    generate.write_yaml(generate.references(n, seed=7), out)
    return out.getvalue()


def _ungated(refs):
    return {(rule.code, v.ref.id, v.path, v.message) for rule in all_rules() if not rule.collection
            for ref in refs for v in rule.check(ref)}


def _gated(refs):
    return {(rule.code, v.ref.id, v.path, v.message) for rule, v in violations(refs, list(all_rules()))
            if not rule.collection}


@pytest.mark.parametrize("source", ["data", "wellformed", "generated", "cases"])
def test_gated_rules_find_exactly_what_every_rule_finds_on_every_reference(source):
    if source == "data":
        refs = load_references(ROOT / "data" / "references.yaml").references
    elif source == "wellformed":
        refs = load_references(Path(__file__).parent / "wellformed.yaml").references
    elif source == "generated":
        refs = parse_references(_generated(400), "gen.yaml", "yaml").references
    else:
        import yaml

        refs = []
        for path in sorted((Path(__file__).parent / "cases").glob("*.yaml")):
            spec = yaml.safe_load(path.read_text(encoding="utf-8"))
            for case in spec["fail"] + spec["pass"]:
                items = parse_references("references:\n" + "".join("  " + line for line in
                                                                   case["refs"].splitlines(True)), "c.yaml").references
                refs.extend(items)
    expected = _ungated(refs)
    assert _gated(refs) == expected
    assert source in ("wellformed",) or expected
