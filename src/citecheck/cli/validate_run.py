"""What ``citecheck validate`` does for each file: load, check or fix, print; and the exit status."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

from citecheck.cli.common import os_problem, report
from citecheck.rules.config import Config, find_config, load_config
from citecheck.errors import CitecheckError
from citecheck.rules.base import Severity
from citecheck.status import ExitStatus


def run_validate(files: list[Path], fmt: str, select, ignore, fail_on: str | None, *, fix: bool,
                 unsafe: bool, diff: bool, colour: bool) -> ExitStatus:
    findings, status, thresholds = [], ExitStatus.CLEAN, []
    for path in files:
        try:
            config = load_config(find_config(path)).with_options(select, ignore, Severity(fail_on) if fail_on else None)
            result = _one_file(path, config, fix=fix, unsafe=unsafe, diff=diff)
        except CitecheckError as error:
            report(error)
            status = ExitStatus.INPUT_ERROR
            continue
        except OSError as error:
            report(os_problem(error))
            status = ExitStatus.INPUT_ERROR
            continue
        if diff:  # the changes were printed; a change to make is a finding
            status = max(status, ExitStatus.FINDINGS if result else ExitStatus.CLEAN)
            continue
        findings.extend(result)
        thresholds.append((config.fail_on, result))
    if diff or not thresholds:  # nothing was checked: no summary to print
        return status
    _print(findings, fmt, len(thresholds), colour)
    failing = any(f.severity.rank >= level.rank for level, found in thresholds for f in found)
    return max(status, ExitStatus.FINDINGS if failing else ExitStatus.CLEAN)


def _one_file(path: Path, config: Config, *, fix: bool, unsafe: bool, diff: bool):
    """The findings left in ``path`` (after fixing, with --fix); with --diff, whether it would change."""
    from citecheck.load import load_references
    from citecheck.rules.engine import check

    loaded = load_references(path)
    if not (fix or diff):
        return check(loaded, config)
    if loaded.format != "yaml":
        raise CitecheckError(f"{path}: fixes need a CSL-YAML file; this one is {loaded.format.upper()}")
    from citecheck.rules.fixer import fix_references

    result = fix_references(loaded, config, unsafe=unsafe)
    if diff:
        if result.text != loaded.text:
            sys.stdout.writelines(difflib.unified_diff(
                loaded.text.splitlines(True), result.text.splitlines(True), str(path), str(path)))
        sys.stderr.write(f"Would fix {result.applied} problem{'s' if result.applied != 1 else ''} in {path}.\n")
        return result.text != loaded.text
    if result.text != loaded.text:
        from citecheck.atomic import write_atomic

        write_atomic(path, result.text)
    sys.stderr.write(f"Fixed {result.applied} problem{'s' if result.applied != 1 else ''} in {path}.\n")
    return result.findings


def _print(findings, fmt: str, files: int, colour: bool) -> None:
    from citecheck.rules import output

    if fmt == "json":
        sys.stdout.write(output.to_json(findings))
    elif fmt == "github":
        sys.stdout.write(output.to_github(findings))
    elif colour:
        from citecheck.cli.validate_colour import print_coloured

        print_coloured(findings, files)
    else:
        sys.stdout.write(output.to_text(findings, files))
