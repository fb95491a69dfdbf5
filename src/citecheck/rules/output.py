"""Findings as text, JSON or GitHub workflow annotations (plain strings; the CLI adds colour)."""

from __future__ import annotations

import json
from collections import Counter

from citecheck.rules.engine import Finding

FORMATS = ("text", "json", "github")


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
