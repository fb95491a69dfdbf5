"""Which rules run and how severe they are: ``[tool.citecheck]`` in pyproject.toml or citecheck.toml.

The top level of citecheck's settings (citecheck.settings finds the file, holds the defaults and checks
every command's keys); here they become a :class:`Config`::

    [tool.citecheck]
    select = ["CC"]            # code prefixes; "ALL" = every rule
    ignore = ["CC5", "CC706"]
    fail-on = "warning"        # lowest severity that makes validate exit 1 (default: error)
    [tool.citecheck.severity]
    CC403 = "error"
    [tool.citecheck.per-file-ignores]
    "drafts/*.yaml" = ["CC3"]  # glob patterns, relative to the settings file's folder
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from citecheck import settings
from citecheck.errors import UsageError
from citecheck.rules import all_rules
from citecheck.rules.base import Rule, Severity



@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = settings.default("", "select")
    ignore: tuple[str, ...] = settings.default("", "ignore")
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity(settings.default("", "fail-on"))
    source: str = ""  # the file it came from, for messages
    #: ``(glob, codes)``: rules ignored in the files a glob matches (relative to the settings' folder).
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def rules(self) -> list[Rule]:
        return [r for r in all_rules() if _matches(r, self.select) and not _matches(r, self.ignore)]

    def severity_of(self, rule: Rule) -> Severity:
        """The configured level of the longest code prefix matching ``rule``, else its default."""
        matching = [p for p in self.severity if rule.code.startswith(p) or rule.name == p]
        return self.severity[max(matching, key=len)] if matching else rule.severity

    def ignores(self, code: str) -> bool:
        """Whether ``ignore`` names ``code`` (the loader's own findings run whatever ``select`` says)."""
        return any(_matches(rule, self.ignore) for rule in all_rules() if rule.code == code)

    def for_file(self, path: Path) -> Config:
        """This config with the ``per-file-ignores`` that match ``path`` added to ``ignore``."""
        if not self.per_file_ignores:
            return self
        folder = Path(self.source).resolve().parent if self.source else Path.cwd().resolve()
        resolved = path.resolve()
        try:
            relative = resolved.relative_to(folder).as_posix()
        except ValueError:
            relative = resolved.as_posix()
        extra = tuple(code for pattern, codes in self.per_file_ignores
                      if _glob_matches(relative, path.name, pattern) for code in codes)
        return replace(self, ignore=self.ignore + extra) if extra else self

    def with_options(self, select: list[str] | None = None, ignore: list[str] | None = None,
                     fail_on: Severity | None = None) -> Config:
        """Command-line options over the file: --select replaces, --ignore adds."""
        return replace(self, select=tuple(_codes(select, "--select")) if select else self.select,
                       ignore=self.ignore + tuple(_codes(ignore or [], "--ignore")),
                       fail_on=fail_on or self.fail_on)


def _glob_matches(relative: str, name: str, pattern: str) -> bool:
    """``pattern`` matches the file's path from the settings' folder, or, when it has no ``/``, its name."""
    from fnmatch import fnmatchcase

    pattern = pattern.removeprefix("./")
    return fnmatchcase(relative, pattern) or ("/" not in pattern and fnmatchcase(name, pattern))


def _matches(rule: Rule, prefixes: tuple[str, ...]) -> bool:
    return any(p == "ALL" or rule.code.startswith(p) or rule.name == p for p in prefixes)


def _codes(values: list[str], where: str) -> list[str]:
    """Upper-cased codes or prefixes, split on commas; unknown ones are a usage error."""
    codes = [v.strip().upper() if v.strip().upper().startswith("CC") or v.strip().upper() == "ALL" else v.strip()
             for value in values for v in str(value).split(",") if v.strip()]
    for code in codes:
        if code != "ALL" and not any(r.code.startswith(code) or r.name == code for r in all_rules()):
            raise UsageError(f"{where}: no rule matches {code!r} (see `citecheck rules`)")
    return codes


def find_config(references_file: Path | None, cwd: Path | None = None) -> Path | None:
    """The settings file that applies to ``references_file`` (see :func:`citecheck.settings.find`)."""
    return settings.find(references_file, cwd)


def load_config(path: Path | None) -> Config:
    """The config in ``path`` (defaults when None); UsageError on unknown keys, codes or levels."""
    if path is None:
        return Config()
    table = settings.read(path)  # every command's keys checked, not only validate's
    levels = _table(table, "severity", path)
    severity = {code: _level(levels[key], f"{path}: severity.{key}")
                for key in levels for code in _codes([key], f"{path}: severity")}
    return Config(
        select=tuple(_codes(_list(table, "select", path), f"{path}: select")) or settings.default("", "select"),
        ignore=tuple(_codes(_list(table, "ignore", path), f"{path}: ignore")),
        severity=severity,
        fail_on=_level(table.get("fail-on", settings.default("", "fail-on")), f"{path}: fail-on"),
        source=str(path),
        per_file_ignores=_per_file_ignores(_table(table, "per-file-ignores", path), path),
    )


def _per_file_ignores(table: dict[str, Any], path: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((pattern, tuple(_codes(_list(table, pattern, path), f"{path}: per-file-ignores.{pattern}")))
                 for pattern in table)


def _list(table: dict[str, Any], key: str, path: Path) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise UsageError(f"{path}: {key} must be a list of rule codes")
    return value


def _level(value: Any, where: str) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise UsageError(f"{where}: expected error, warning or info, got {value!r}") from None


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise UsageError(f"{path}: {key} must be a table ([{key}]), got {type(value).__name__}")
    return value
