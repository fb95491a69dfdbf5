"""Fixes: applied until nothing changes, comments and order kept, a second run a no-op."""

from __future__ import annotations

import shutil

from citecheck.rules.config import Config
from citecheck.load import load_references, parse_references
from citecheck.rules.fixer import fix_references


def _copy_of_data(tmp_path):
    from helpers import DATA_FILE

    path = tmp_path / "references.yaml"
    shutil.copy(DATA_FILE, path)
    return path


def test_safe_fixes_repair_bylines_markup_and_spaces_and_nothing_else(tmp_path):
    loaded = load_references(_copy_of_data(tmp_path))
    result = fix_references(loaded, Config())
    changed = [(a, b) for a, b in zip(loaded.text.splitlines(), result.text.splitlines()) if a != b]
    assert changed == [
        ("        given: by John S.", "        given: John S."),
        ("        given: BY M. K.", "        given: M. K."),
        ('      - family: "McCoy "', '      - family: "McCoy"'),
        ("        given: By Alfred W.", "        given: Alfred W."),
        ("        given: By Farah", "        given: Farah"),
        ("    container-title: Consortium News]]", "    container-title: Consortium News"),
    ]
    assert result.applied == 6


def test_no_safe_fixable_finding_is_left_and_a_second_run_changes_nothing(tmp_path):
    loaded = load_references(_copy_of_data(tmp_path))
    for unsafe in (False, True):
        first = fix_references(loaded, Config(), unsafe=unsafe)
        assert not [f for f in first.findings if f.fix and (f.fix.safe or unsafe)]
        second = fix_references(parse_references(first.text, loaded.path, "yaml"), Config(), unsafe=unsafe)
        assert (second.text, second.applied) == (first.text, 0)


def test_comments_and_key_order_survive_every_fix(tmp_path):
    loaded = load_references(_copy_of_data(tmp_path))
    result = fix_references(loaded, Config(), unsafe=True)

    def comments(text):
        return [line.split("#", 1)[1].strip() for line in text.splitlines() if " # " in line or
                line.lstrip().startswith("#")]

    def keys(text):
        return [line.split(":", 1)[0] for line in text.splitlines() if ":" in line and not line.lstrip().startswith("#")]

    assert comments(result.text) == comments(loaded.text)
    assert keys(result.text) == keys(loaded.text)
    assert "URL: https://www.sott.net" in result.text and "given: Pepe" in result.text
