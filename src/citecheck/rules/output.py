"""Findings as text, JSON, GitHub workflow annotations or SARIF (plain strings; the CLI adds colour)."""

from __future__ import annotations

import json
from collections import Counter
from types import MappingProxyType

from citecheck.rules.engine import Finding

FORMATS = ("text", "json", "github", "sarif")


def text_line(finding: Finding) -> str:
    """``file:line:col: CODE severity message [id, footnote N]``."""
    where = finding.id if finding.footnote is None else f"{finding.id}, footnote {finding.footnote}"
    return (f"{finding.file}:{finding.line}:{finding.column}: {finding.code} {finding.severity.value} "
            f"{finding.message} [{where}]")


def summary(findings: list[Finding], files: int = 1) -> str:
    """``3 errors, 2 warnings, 1 info in 1 file (4 fixable with --fix)``."""
    if not findings:
        return f"No problems found in {files} file{'s' if files != 1 else ''}."
    counts = Counter(f.severity.value for f in findings)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}" for s in ("error", "warning", "info")
             if counts[s]]
    safe = sum(1 for f in findings if f.fix and f.fix.safe)
    unsafe = sum(1 for f in findings if f.fix and not f.fix.safe)
    hint = []
    if safe:
        hint.append(f"{safe} fixable with --fix")
    if unsafe:
        hint.append(f"{unsafe} more with --unsafe-fixes")
    tail = f" ({', '.join(hint)})" if hint else ""
    return f"Found {', '.join(parts)} in {files} file{'s' if files != 1 else ''}{tail}."


def to_text(findings: list[Finding], files: int = 1) -> str:
    return "".join(text_line(f) + "\n" for f in findings) + summary(findings, files) + "\n"


def to_json(findings: list[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def to_github(findings: list[Finding]) -> str:
    """One ``::error file=…,line=…,col=…,title=CODE::message`` workflow command per finding."""
    level = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in findings:
        props = (f"file={_escape_property(f.file)},line={f.line},col={f.column},"
                 f"title={_escape_property(f'{f.code} {f.name}')}")
        lines.append(f"::{level[f.severity.value]} {props}::{_escape_data(f'{f.message} [{f.id}]')}\n")
    return "".join(lines)


def statistics(findings: list[Finding]) -> list[tuple[int, str, str, str]]:
    """``(count, code, name, fixable)`` per rule, most frequent first (ties by code)."""
    counts = Counter((f.code, f.name) for f in findings)
    fixable = {f.code for f in findings if f.fix is not None}
    return sorted(((n, code, name, "*" if code in fixable else "") for (code, name), n in counts.items()),
                  key=lambda row: (-row[0], row[1]))


def to_statistics(findings: list[Finding]) -> str:
    """``   12  CC201  [*] byline-in-name`` lines, as ruff's --statistics prints them."""
    rows = statistics(findings)
    width = max((len(str(n)) for n, *_ in rows), default=1)
    return "".join(f"{n:>{width}}\t{code}\t{'[*] ' if fix else ''}{name}\n" for n, code, name, fix in rows)


def statistics_json(findings: list[Finding]) -> str:
    return json.dumps([{"code": code, "name": name, "count": n, "fixable": bool(fix)}
                       for n, code, name, fix in statistics(findings)], indent=2) + "\n"


#: SARIF's levels for citecheck's severities.
_SARIF_LEVEL = MappingProxyType({"error": "error", "warning": "warning", "info": "note"})
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(file: str) -> str:
    """A file's SARIF ``artifactLocation.uri``: relative paths as they are (GitHub resolves them from the
    repository's root), absolute ones as ``file://`` URIs."""
    from pathlib import Path

    path = Path(file)
    return path.as_uri() if path.is_absolute() else path.as_posix()


def to_sarif(findings: list[Finding], rules: list, version: str = "") -> str:
    """A SARIF 2.1.0 log with one run: the rules that ran as ``tool.driver.rules``, each finding as a result."""
    import inspect

    index = {rule.code: number for number, rule in enumerate(rules)}
    driver_rules = []
    for rule in rules:
        doc = inspect.getdoc(rule) or rule.name
        driver_rules.append({
            "id": rule.code, "name": rule.name,
            "shortDescription": {"text": doc.splitlines()[0]},
            "fullDescription": {"text": doc},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity.value]},
            "properties": {"fixable": rule.fixable.value},
        })
    results = []
    for f in findings:
        result = {
            "ruleId": f.code,
            "level": _SARIF_LEVEL[f.severity.value],
            "message": {"text": f"{f.message} [{f.id}]"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(f.file)},
                "region": {"startLine": f.line, "startColumn": f.column},
            }}],
            "partialFingerprints": {"citecheck/v1": f"{f.code}:{f.id}:{f.field}"},
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        results.append(result)
    driver = {"name": "citecheck", "rules": driver_rules}
    if version:
        driver["version"] = version
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
