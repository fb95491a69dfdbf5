"""Apply rule fixes to a YAML file's text until nothing more can be fixed.

Each round runs the rules, takes the fixes that do not touch the same field (a later round picks
up the rest), and applies them with :mod:`citecheck.yaml_edit`, which keeps comments, key order
and quoting. Rounds stop when a round changes nothing, so a second run changes nothing either.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.rules.config import Config
from citecheck.errors import CitecheckError
from citecheck.load import LoadedReferences, parse_references
from citecheck.rules.base import Fix
from citecheck.rules.engine import Finding, check, fixes
from citecheck.yaml_edit import FieldEdit, apply_edits

MAX_ROUNDS = 10


@dataclass
class FixResult:
    text: str  # the fixed text (the original when nothing was fixed)
    applied: int  # how many fixes were applied
    findings: list[Finding]  # what is left in the fixed text


def fix_references(loaded: LoadedReferences, config: Config, unsafe: bool = False) -> FixResult:
    """The text of ``loaded`` with its safe (and, if asked, unsafe) fixes applied."""
    applied, findings = 0, check(loaded, config)
    for _ in range(MAX_ROUNDS):
        edits, count = compatible_edits(fixes(findings, unsafe))
        if not edits:
            break
        new_text = apply_edits(loaded.text, edits, [ref.id for ref in loaded.references])  # edited items only
        if new_text == loaded.text:
            break
        try:
            loaded = parse_references(new_text, loaded.path, loaded.format)
        except CitecheckError:
            break  # a fix that would make the file invalid is not applied
        applied += count
        findings = check(loaded, config)
    return FixResult(loaded.text, applied, findings)


def compatible_edits(candidates: list[Fix]) -> tuple[list[FieldEdit], int]:
    """The edits of the fixes that touch no field another chosen fix touches, and how many fixes."""
    chosen: list[FieldEdit] = []
    count = 0
    for fix in candidates:
        if any(_overlap(edit, other) for edit in fix.edits for other in chosen):
            continue
        chosen.extend(fix.edits)
        count += 1
    return chosen, count


def _overlap(a: FieldEdit, b: FieldEdit) -> bool:
    if a.ref_id != b.ref_id:
        return False
    shorter = min(len(a.path), len(b.path))
    return a.path[:shorter] == b.path[:shorter]
