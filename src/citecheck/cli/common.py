"""What every command shares: the ``--file`` and ``--config`` options, ``-`` for stdin, and turning input
problems into exit 2."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any, NoReturn

import typer

from citecheck.errors import CitecheckError, InputError
from citecheck.status import ExitStatus

FileOption = Annotated[
    str | None,
    typer.Option("--file", "-f", metavar="PATH", show_default=False,
                 help="References file (CSL-YAML or CSL-JSON). Default: $CITECHECK_FILE, "
                      "./references.yaml, then ./data/references.yaml; - reads stdin."),
]


def config_before_command(ctx: typer.Context, value: str | None) -> str | None:
    """A command's --config, or the one given before the command (``citecheck --config PATH list``); two that
    differ are a usage error."""
    before = ctx.find_root().params.get("config")
    if value is not None and before is not None and value != before:
        raise typer.BadParameter(f"two settings files: --config {before} before the command and {value} "
                                 "after it; give one")
    return value if value is not None else before


ConfigOption = Annotated[
    str | None,
    typer.Option("--config", metavar="PATH", show_default=False, callback=config_before_command,
                 help="Settings file to use (citecheck.toml or pyproject.toml), instead of the nearest one."),
]

STDIN = "-"  # a file argument that means standard input, as in cat and ruff
STDIN_NAME = "<stdin>"  # how messages name it: <stdin>:3:5: ...


def one_file(argument: str | None, file: str | None) -> str | None:
    """The references file named by a FILE argument or by --file; both at once is a usage error (which?)."""
    if argument is not None and file is not None and argument != file:
        from citecheck.errors import UsageError

        fail(UsageError(f"two references files: {argument} and --file {file}; give one"))
    return argument or file


def read_stdin() -> bytes:
    """Standard input's bytes (all of it: a references file is parsed whole)."""
    return sys.stdin.buffer.read()


def refuse_stdin(file: str | None, what: str) -> None:
    """Exit 2 when ``file`` is ``-``: ``what`` (``--fix``, ``add``...) writes the file back, which stdin is not."""
    if file == STDIN:
        from citecheck.errors import UsageError

        fail(UsageError(f"{what} writes the file back, which stdin (-) cannot be: pass the file's path"))


def report(error: CitecheckError, stdin: bytes | None = None) -> None:
    """Print one line per problem on stderr; a file in another format gets the line that imports it
    (``stdin``: the bytes read from stdin, which the problems are about: the hint is told from them)."""
    lines = [str(p) for p in error.problems] if isinstance(error, InputError) else [f"citecheck: {error}"]
    if isinstance(error, InputError) and len({p.path for p in error.problems}) == 1:
        from pathlib import Path

        from citecheck.formats.foreign import import_hint

        path = Path(error.problems[0].path)
        hint = import_hint(path, stdin) if stdin is not None else (import_hint(path) if path.is_file()
                                                                     else None)
        if hint:
            lines.append(f"citecheck: {hint}")
    sys.stderr.write("\n".join(lines) + "\n")


def fail(error: CitecheckError, stdin: bytes | None = None) -> NoReturn:
    """Print one line per problem on stderr and exit 2 (``stdin``: as :func:`report` takes it)."""
    report(error, stdin)
    raise typer.Exit(ExitStatus.INPUT_ERROR)


def load_or_exit(file: str | None):
    """The loaded references of ``--file`` (or the default file; ``-``: stdin); exit 2 on any problem."""
    from citecheck.load import find_references_file, load_references, parse_references

    content = None
    try:
        if file == STDIN:
            content = read_stdin()
            loaded = parse_references(content, STDIN_NAME)
        else:
            loaded = load_references(find_references_file(file))
    except CitecheckError as error:
        fail(error, content)
    except OSError as error:
        fail_os(error)
    say_notices(loaded.notices)
    return loaded


def say_notices(notices: Sequence[str]) -> None:
    """What a reader says once without refusing the file (an old spelling, keys kept), on stderr."""
    if notices:
        sys.stderr.write("".join(f"citecheck: {notice}\n" for notice in notices))


def settings_or_exit(config: str | None, references_file):
    """The settings for a command (``--config``'s file, else the one found from ``references_file``, which is
    None for stdin, and the working folder); exit 2 on a missing file or a bad key."""
    from pathlib import Path

    from citecheck import settings

    try:
        return settings.load(config, None if references_file is None or str(references_file) == STDIN_NAME
                             else Path(references_file))
    except CitecheckError as error:
        fail(error)


def os_problem(error: OSError) -> CitecheckError:
    """An OS error as citecheck's own, naming the file it is about."""
    return CitecheckError(f"{error.filename}: {error.strerror}" if error.filename else str(error.strerror))


def fail_os(error: OSError) -> NoReturn:
    """Exit 2 naming the file an OS error is about; a closed pipe on stdout ends the run quietly."""
    if isinstance(error, BrokenPipeError):
        raise error  # run() handles it, as `head` users expect
    fail(os_problem(error))


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


Choices = Sequence[str] | Callable[[], Sequence[str]]  # a callable: choices read from a registry when needed


def _options(choices: Choices) -> Sequence[str]:
    return choices() if callable(choices) else choices


def one_of(choices: Choices) -> Callable[[Any], Any]:
    """A typer callback: the value(s) if each is one of ``choices``, else a usage error with "did you mean"."""

    def check(value: Any) -> Any:
        options = tuple(_options(choices))
        for given in value if isinstance(value, (list, tuple)) else () if value is None else (value,):
            if given not in options:
                from citecheck.load.translate import suggest

                raise typer.BadParameter(f"{given!r} is not one of {', '.join(options)}{suggest(given, options)}")
        return value

    return check


def completes(choices: Choices) -> Callable[[str], list[str]]:
    """Shell completion for an option that takes one of ``choices``."""
    return lambda incomplete: [option for option in _options(choices) if option.startswith(incomplete)]


def completes_list(choices: Choices) -> Callable[[str], list[str]]:
    """Shell completion for a comma-separated list of ``choices`` (CC2,CC401): the last item is completed."""

    def complete(incomplete: str) -> list[str]:
        done, comma, last = incomplete.rpartition(",")
        return [done + comma + option for option in _options(choices) if option.startswith(last)]

    return complete


def completes_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion for --id: the ids in the references file the FILE argument or ``--file`` names before it
    on the line, else the default one; none when it cannot be read (a completion never prints an error)."""
    from citecheck.load import find_references_file, load_references

    file = ctx.params.get("file")
    if "source" in ctx.params:  # list and export take FILE as ``source``
        # the --id still waiting for its value stops the parse before positional words are assigned: FILE is
        # then the first word left over
        file = ctx.params["source"] or next(
            (word for word in ctx.args if word == STDIN or not word.startswith("-")), file)
    if file == STDIN:
        return []
    try:
        references = load_references(find_references_file(file)).references
    except (CitecheckError, OSError):
        return []
    return [ref.id for ref in references if ref.id.startswith(incomplete)]


def rule_codes() -> list[str]:
    """Every rule's code, for completion (imported only when a shell asks)."""
    from citecheck.rules import all_rules

    return [rule.code for rule in all_rules()]
