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


def test_fixing_text_values_reads_no_item_through_ruamel_so_a_large_file_is_fixed_in_seconds(monkeypatch):
    # issue 15: --fix on 20k references took 4-10 minutes, a ruamel round trip of the whole file per round
    import citecheck.yaml_edit as yaml_edit

    items = "".join(f"- id: r{n}\n  type: webpage\n  title: T{n}\n  URL: https://example.org/{n}?utm_source=x&id={n}\n"
                    for n in range(2000))
    monkeypatch.setattr(yaml_edit, "_round_trip", lambda text: (_ for _ in ()).throw(AssertionError("round trip")))
    result = fix_references(parse_references("references:\n" + items, "big.yaml", "yaml"), Config())
    assert result.applied == 2000
    assert result.text == "references:\n" + items.replace("utm_source=x&", "")
