"""The engine's gates (triggers over the whole file, needed fields) never hide a violation."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from citecheck.load import load_references, parse_references
from citecheck.rules import all_rules
from citecheck.rules.base import CollectionRule
from citecheck.rules.columns import Columns
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
    return {(rule.code, v.ref.id, v.path, v.message) for rule in all_rules() if not isinstance(rule, CollectionRule)
            for ref in refs for v in rule.check(ref)}


def _gated(refs, keys_used=None):
    return {(rule.code, v.ref.id, v.path, v.message) for rule, v in violations(refs, list(all_rules()), keys_used)
            if not isinstance(rule, CollectionRule)}


@pytest.mark.parametrize("source", ["data", "wellformed", "generated", "cases"])
def test_gated_rules_find_exactly_what_every_rule_finds_on_every_reference(source):
    if source == "data":
        loaded = [load_references(ROOT / "data" / "references.yaml")]
    elif source == "wellformed":
        loaded = [load_references(Path(__file__).parent / "wellformed.yaml")]
    elif source == "generated":
        loaded = [parse_references(_generated(400), "gen.yaml", "yaml")]
    else:
        import yaml

        loaded = []
        for path in sorted((Path(__file__).parent / "cases").glob("*.yaml")):
            spec = yaml.safe_load(path.read_text(encoding="utf-8"))
            for case in spec["fail"] + spec["pass"]:
                loaded.append(parse_references("references:\n" + "".join(
                    "  " + line for line in case["refs"].splitlines(True)), "c.yaml"))
    refs = [ref for one in loaded for ref in one.references]
    expected = _ungated(refs)
    assert _gated(refs) == expected
    assert _gated(refs, frozenset().union(*(one.keys_used for one in loaded))) == expected
    assert source in ("wellformed",) or expected


@pytest.mark.parametrize("source", ["data", "generated"])
def test_columns_skipped_for_lacking_a_patterns_strings_hide_nothing(source, monkeypatch):
    from citecheck.rules import candidates

    monkeypatch.setattr(candidates, "_LARGE", 0)  # every column is tested for the strings first, however small
    loaded = (load_references(ROOT / "data" / "references.yaml") if source == "data"
              else parse_references(_generated(400), "gen.yaml", "yaml"))
    expected = _ungated(loaded.references)
    assert expected and _gated(loaded.references, loaded.keys_used) == expected


def test_fields_set_under_their_python_names_are_still_looked_at():
    loaded = parse_references("- {id: a, type: article-newspaper, title: T, container_title: 'Tom  Dispatch'}\n", "a.yaml")
    assert loaded.keys_used == {"id", "type", "title", "container_title"}
    found = {(rule.code, v.path) for rule, v in violations(loaded.references, list(all_rules()), loaded.keys_used)}
    assert ("CC110", ("container-title",)) in found


def test_a_field_no_reference_sets_is_never_read():
    class Unreadable:
        def __getattr__(self, name):
            raise AssertionError(f"read {name}")

    columns = Columns([Unreadable()], frozenset({"title"}))
    assert columns.of("urls") == []  # no URL, no archive-url: nothing read


@pytest.mark.parametrize("mark", ["\u2062", "\u2063", "\u2064"])
def test_values_holding_the_columns_own_marks_hide_nothing(mark):
    text = (f'- {{id: a, type: book, title: "x{mark} http://x.org"}}\n'
            f'- {{id: b, type: book, title: T, author: [{{family: "{mark}"}}]}}\n'
            f'- {{id: c, type: book, title: "Fine {mark}title  "}}\n')
    loaded = parse_references(text, "marks.yaml")
    expected = _ungated(loaded.references)
    assert _gated(loaded.references) == expected
    assert _gated(loaded.references, loaded.keys_used) == expected
    assert ("CC114", "a", ("title",)) in {found[:3] for found in expected}


def test_a_split_run_finds_the_same_findings_with_the_same_fixes_in_the_same_order(monkeypatch):
    from citecheck import forked
    from citecheck.rules.config import Config
    from citecheck.rules.engine import check

    loaded = parse_references(_generated(400), "gen.yaml", "yaml")
    serial = check(loaded, Config(), split_at=10**9)
    halves = []
    both = forked.both
    monkeypatch.setattr(forked, "both", lambda here, there: halves.append(both(here, there)) or halves[-1])
    split = check(loaded, Config(), split_at=1)
    assert [len(half) for half in halves[0]] == [74, 25]  # both halves found some: the child's came back
    assert split == serial and [f.fix for f in split] == [f.fix for f in serial]
