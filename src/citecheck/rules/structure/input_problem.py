from __future__ import annotations

from citecheck.rules.base import CollectionRule, Severity


class InputProblem(CollectionRule):
    """A field citecheck cannot load: an impossible date, an unknown key, a value of the wrong type.

    What it checks: nothing itself — `validate` reports here each problem the loader finds in a
    reference (the same lines `list` and `export` refuse the file with), and lints every other
    field and reference. A file that cannot be read at all (YAML or JSON syntax, no
    `references:` list) is still an input error (exit 2).
    Why it matters: one bad field should not hide every other finding; `list`, `export` and
    pandoc still refuse the file until it is corrected.
    Example: `issued: 2023-02-30`; `container_titel: Reuters`; `type: blog`.
    Fix: none; correct the field as the message says.
    """

    code = "CC001"
    name = "input-problem"
    severity = Severity.ERROR

    def check_all(self, refs):
        return ()  # the loader finds these (see citecheck.load.loader.load_references_leniently)
