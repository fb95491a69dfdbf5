"""Every command's settings in one schema: where the file is, what each key means, its default.

A settings file is ``citecheck.toml`` (the bare keys, or a ``[tool.citecheck]`` table pasted as it is) or a
``pyproject.toml`` with a ``[tool.citecheck]`` table. Without ``--config`` the nearest is used, looked for from
the references file's folder upwards, then from the working folder upwards, each search ending at the project's
root (the folder holding ``.git``), as ruff looks. ``--config PATH`` names one file and skips the search::

    [tool.citecheck]
    select = ["ALL"]            # validate: code prefixes; "ALL" = every rule
    ignore = []
    fail-on = "error"
    [tool.citecheck.severity]
    [tool.citecheck.per-file-ignores]
    [tool.citecheck.list]
    format = "table"
    wide = false
    [tool.citecheck.export]
    format = "biblatex"
    ascii = false
    [tool.citecheck.links]      # verify-links: its long options (citecheck.links.settings parses them)

Every key is checked when the file is read, whichever command reads it: an unknown one gets "did you mean".
A flag given on the command line wins over the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from citecheck.errors import UsageError

NAMES = ("citecheck.toml", "pyproject.toml")  # looked for in this order in each folder


@dataclass(frozen=True)
class Setting:
    """One key: its default, what it is for, and a check that returns the value (ValueError when bad)."""

    default: Any
    help: str
    check: Callable[[Any], Any] | None = None  # None: read and checked by the command's own module


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def _one_of(choices: Callable[[], Sequence[str]]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        from citecheck.load.translate import suggest

        options = tuple(choices())
        if value not in options:
            raise ValueError(f"{value!r} is not one of {', '.join(options)}{suggest(str(value), options)}")
        return value

    return check


#: What ``list --format`` writes (citecheck.listing writes each).
LIST_FORMATS = ("table", "json", "csv", "yaml")


def _export_formats() -> list[str]:
    from citecheck import formats

    return [found.name for found in formats.writers()]


def _link_keys() -> dict[str, Setting]:
    """verify-links' keys (citecheck.links.settings parses each); each default is LinkOptions' own."""
    from citecheck.links.options import LinkOptions
    from citecheck.links.settings import PARSERS

    defaults = LinkOptions()
    return {key: Setting(getattr(defaults, field), f"verify-links --{key}", parse)
            for key, (field, parse) in PARSERS.items()}


#: The top level: validate's settings (read by citecheck.rules.config).
VALIDATE = MappingProxyType({  # read-only, as every module-level table here: shared by every run
    "select": Setting(("ALL",), "only these rules: code prefixes, rule names, or ALL"),
    "ignore": Setting((), "skip these rules (codes or prefixes)"),
    "fail-on": Setting("error", "lowest severity that makes validate exit 1: error, warning or info"),
    "severity": Setting(MappingProxyType({}), "a table: rule code or prefix = level"),
    "per-file-ignores": Setting(MappingProxyType({}), "a table: glob (relative to the settings file's folder) = codes"),
})

#: Each command's own table under the top level.
TABLES: MappingProxyType[str, Callable[[], dict[str, Setting]]] = MappingProxyType({
    "list": lambda: {
        "format": Setting("table", "list's --format: table, json, csv or yaml", _one_of(lambda: LIST_FORMATS)),
        "wide": Setting(False, "list's --wide: every table value whole", _flag),
    },
    "export": lambda: {
        "format": Setting(None, "export's --format when none is given", _one_of(_export_formats)),
        "ascii": Setting(False, "export's --ascii: accented letters as LaTeX escapes", _flag),
    },
    "links": _link_keys,
})


def default(table: str, key: str) -> Any:
    """The default of ``key`` in ``table`` (``""``: the top level): the one place it is written."""
    return (VALIDATE if table == "" else TABLES[table]())[key].default


@dataclass(frozen=True)
class Settings:
    """The settings of one file (``path`` None: none found, every default)."""

    path: Path | None = None
    table: dict[str, Any] | None = None  # citecheck's table, checked

    def of(self, name: str) -> dict[str, Any]:
        """Table ``name``'s values, its defaults where the file sets none."""
        given = (self.table or {}).get(name, {})
        return {key: given.get(key, setting.default) for key, setting in TABLES[name]().items()}

    def given(self, name: str) -> dict[str, Any]:
        """Only the values the file sets in table ``name``."""
        return dict((self.table or {}).get(name, {}))

    def link_options(self) -> dict[str, Any]:
        """The LinkOptions fields the links table sets, parsed (verify-links lays them under its flags)."""
        from citecheck.links.settings import PARSERS

        return {PARSERS[key][0]: value for key, value in self.given("links").items()}


def load(explicit: str | Path | None, references_file: Path | None, cwd: Path | None = None) -> Settings:
    """The settings for a command: the file ``--config`` names, else the one found (see the module's text)."""
    path = chosen(explicit, references_file, cwd)
    return Settings(path, read(path)) if path else Settings()


def chosen(explicit: str | Path | None, references_file: Path | None, cwd: Path | None = None) -> Path | None:
    """The settings file to read: ``explicit`` (checked to be a readable file), else :func:`find`'s."""
    if explicit is None:
        return find(references_file, cwd)
    path = Path(explicit)
    if path.is_dir():
        raise UsageError(f"{path}: is a folder, not a settings file (--config)")
    if not path.is_file():
        raise UsageError(f"{path}: no such file (--config)")
    return path


def _upwards(folder: Path) -> list[Path]:
    """``folder`` and those above it, up to the project's root (the folder holding .git), as ruff looks."""
    found = []
    for candidate in (folder, *folder.parents):
        found.append(candidate)
        if (candidate / ".git").exists():
            break
    return found


def find(references_file: Path | None, cwd: Path | None = None) -> Path | None:
    """The nearest ``citecheck.toml``, or ``pyproject.toml`` with a ``[tool.citecheck]`` table: from the
    references file's folder up, then from the working folder up (``references_file`` None: stdin)."""
    folders = _upwards(references_file.resolve().parent) if references_file else []
    folders += [folder for folder in _upwards((cwd or Path.cwd()).resolve()) if folder not in folders]
    for folder in folders:
        if (folder / NAMES[0]).is_file():
            return folder / NAMES[0]
        pyproject = folder / NAMES[1]
        if pyproject.is_file() and _may_have_our_table(pyproject) and "citecheck" in _table(
                parse(pyproject), "tool", pyproject):
            return pyproject
    return None


#: Every way TOML can open citecheck's table ([tool.citecheck], [tool."citecheck"], tool.citecheck.x = ...,
#: [tool] then citecheck = {...}) has "tool", then only punctuation or spaces, then "citecheck"; or a [tool].
_OUR_TABLE = re.compile(rb"tool\W*citecheck|^\s*\[\s*tool\s*\]", re.MULTILINE)


def _may_have_our_table(pyproject: Path) -> bool:
    """False when ``pyproject`` plainly has no citecheck table: most projects' pyproject.toml is then never
    parsed, and the TOML parser never imported (its regular expressions cost ~5 ms of each start)."""
    try:
        return _OUR_TABLE.search(pyproject.read_bytes()) is not None
    except OSError:
        return True  # parse() names the problem


def read(path: Path) -> dict[str, Any]:
    """citecheck's table in ``path``, every key checked; UsageError naming the file and the key."""
    data = parse(path)
    table = citecheck_table(data, path)
    prefix = "tool.citecheck." if _is_pyproject_form(data, path) else ""
    _refuse_unknown(table, (*VALIDATE, *TABLES), path, prefix)
    checked = dict(table)
    for name, keys in TABLES.items():
        if name not in table:
            continue
        settings = keys()
        given = _table(table, name, path, f"{prefix}{name}")
        _refuse_unknown(given, tuple(settings), path, f"{prefix}{name}.")
        checked[name] = {key: _checked(settings[key], value, path, f"{prefix}{name}.{key}")
                         for key, value in given.items()}
    return checked


def _checked(setting: Setting, value: Any, path: Path, where: str) -> Any:
    if setting.check is None:
        return value
    try:
        return setting.check(value)
    except (ValueError, TypeError) as error:
        raise UsageError(f"{path}: {where}: {error}") from None


def _refuse_unknown(table: dict[str, Any], known: tuple[str, ...], path: Path, prefix: str) -> None:
    unknown = sorted(set(table) - set(known))
    if unknown:
        from citecheck.load.translate import suggest

        meant = [key for key in known if suggest(unknown[0], known) == suggest(key, (key,))]
        hint = f" (did you mean {prefix + meant[0]!r}?)" if meant else ""
        raise UsageError(f"{path}: unknown setting {prefix + unknown[0]!r}{hint} (known: {', '.join(known)})")


def _is_pyproject_form(data: dict[str, Any], path: Path) -> bool:
    return path.name == NAMES[1] or set(data) == {"tool"}


def citecheck_table(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """citecheck's settings in a parsed settings file: ``[tool.citecheck]`` in pyproject.toml; in citecheck.toml
    (or any file --config names) the bare keys, or the same ``[tool.citecheck]`` table pasted from a pyproject."""
    if _is_pyproject_form(data, path):
        return _table(_table(data, "tool", path), "citecheck", path, "tool.citecheck")
    return data


def _table(data: dict[str, Any], key: str, path: Path, label: str | None = None) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise UsageError(f"{path}: {label or key} must be a table ([{label or key}]), got {type(value).__name__}")
    return value


def parse(path: Path) -> dict[str, Any]:
    """The TOML in ``path``; UsageError (one line) when it cannot be read or parsed."""
    import tomllib  # here: a run with no settings file to read never pays for the parser

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path}: {error}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not valid UTF-8; save the file as UTF-8") from None
    except OSError as error:
        raise UsageError(f"{path}: {error.strerror}") from None
