"""What ``citecheck validate`` does for each file: load, check or fix, print; and the exit status."""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

from citecheck.cli.common import STDIN, STDIN_NAME, os_problem, read_stdin, report, say_notices
from citecheck.rules.config import Config, find_config, load_config
from citecheck.errors import CitecheckError
from citecheck.rules.base import Severity
from citecheck.status import ExitStatus


def run_validate(files: list[Path], fmt: str, select, ignore, fail_on: str | None, *, fix: bool,
                 unsafe: bool, diff: bool, colour: bool, statistics: bool = False,
                 exit_zero: bool = False, settings_file: Path | None = None) -> ExitStatus:
    """Validate ``files`` (``-``: stdin); with ``exit_zero``, findings do not fail the run (bad input still
    exits 2). ``settings_file`` (--config) applies to every file; else each file's nearest is found."""
    findings, status, thresholds = [], ExitStatus.CLEAN, []
    for path in files:
        content = read_stdin() if str(path) == STDIN else None
        if content is not None:
            path = Path(STDIN_NAME)  # named so in every message; its settings are the working folder's
        try:
            found = settings_file or find_config(None if content is not None else path)
            config = load_config(found).with_options(
                select, ignore, Severity(fail_on) if fail_on else None).for_file(path)
            result = _one_file(path, config, fix=fix, unsafe=unsafe, diff=diff, content=content)
        except CitecheckError as error:
            report(error, content)
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
    _print(findings, fmt, len(thresholds), colour, statistics)
    failing = not exit_zero and any(f.severity.rank >= level.rank for level, found in thresholds for f in found)
    return max(status, ExitStatus.FINDINGS if failing else ExitStatus.CLEAN)


def _one_file(path: Path, config: Config, *, fix: bool, unsafe: bool, diff: bool, content: bytes | None = None):
    """The findings left in ``path`` (after fixing, with --fix); with --diff, whether it would change.
    ``content``: the bytes read from stdin (never fixed in place: the command refuses --fix on it)."""
    from citecheck.load import load_references, parse_references

    if not (fix or diff):
        return _lint(path, config, content)
    loaded = load_references(path) if content is None else parse_references(content, path)
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


def _lint(path: Path, config: Config, content: bytes | None = None):
    """The findings in ``path``: its input problems (CC001) and every rule's, silenced where the file says."""
    from citecheck.load.loader import load_references_leniently
    from citecheck.rules.engine import check
    from citecheck.rules.suppression import suppressions

    loaded, problems = load_references_leniently(path, content=content)
    say_notices(loaded.notices)
    found = check(loaded, config)
    if problems:
        found = _not_from_repairs(found, problems, loaded)
        if not config.ignores(INPUT_PROBLEM):
            found = sorted(found + _problem_findings(problems, loaded, config), key=lambda f: (f.line, f.column))
    if loaded.format != "yaml":
        return found
    return suppressions(loaded.text).keep(found)


INPUT_PROBLEM = "CC001"
_MEANT = re.compile(r"did you mean '([^']+)'")
_INDEX = re.compile(r"^(?:references)?\[(\d+)\]")


def _not_from_repairs(found, problems, loaded):
    """Drop what the loader's repairs caused: a finding on a field it removed (a date it could not
    read is not a missing date), or on the whole of a reference it had to repair."""
    removed: dict[str, set[str]] = {}
    for problem in problems:
        at = _INDEX.match(problem.where)
        if at and int(at.group(1)) < len(loaded.references):
            key = re.split(r"[.\[]", problem.where[at.end():].lstrip("."), maxsplit=1)[0]
            keys = removed.setdefault(loaded.references[int(at.group(1))].id, set())
            keys.add(key)
            keys.update(_MEANT.findall(problem.message))  # a misspelt key: the one meant is missing too
    return [f for f in found if f.id not in removed
            or (f.field and re.split(r"[.\[]", f.field, maxsplit=1)[0] not in removed[f.id])]


def _problem_findings(problems, loaded, config: Config):
    """The loader's problems as findings of CC001, on the references they are in."""
    from citecheck.rules import get
    from citecheck.rules.engine import Finding

    rule = get(INPUT_PROBLEM)
    level = config.severity_of(rule)
    found = []
    for problem in problems:
        at = _INDEX.match(problem.where)
        ref = loaded.references[int(at.group(1))] if at and int(at.group(1)) < len(loaded.references) else None
        field = problem.where[at.end():].lstrip(".") if at else problem.where
        found.append(Finding(rule.code, rule.name, level, f"{field}: {problem.message}" if field else problem.message,
                             ref.id if ref else "", ref.footnote if ref else None, field, str(loaded.path),
                             problem.line, problem.column))
    return found


def _print(findings, fmt: str, files: int, colour: bool, statistics: bool = False) -> None:
    from citecheck.rules import output

    if statistics:
        sys.stdout.write(output.statistics_json(findings) if fmt == "json" else output.to_statistics(findings))
        return
    if fmt == "sarif":
        from citecheck import __version__ as version
        from citecheck.rules import all_rules

        sys.stdout.write(output.to_sarif(findings, list(all_rules()), version))
    elif fmt == "json":
        sys.stdout.write(output.to_json(findings))
    elif fmt == "github":
        sys.stdout.write(output.to_github(findings))
    elif colour:
        from citecheck.cli.validate_colour import print_coloured

        print_coloured(findings, files)
    else:
        sys.stdout.write(output.to_text(findings, files))
