"""The ``citecheck`` application: composes one typer app per command.

Each command lives in its own module, listed once in :data:`COMMANDS`. ``run()`` registers only the
command being invoked: typer builds a pydantic adapter for every parameter of every registered
command, which for all seven cost ~90 ms of each start (bench/README.md). ``app`` (used by tests and
``--help``) has them all.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated

import typer

from citecheck import __version__

#: Command name -> the module that defines it. One line per command; order is the order of --help.
COMMANDS = {
    "init": "citecheck.cli.init_command",
    "add": "citecheck.cli.add_command",
    "list": "citecheck.cli.list_command",
    "export": "citecheck.cli.export_command",
    "import": "citecheck.cli.import_command",
    "validate": "citecheck.cli.validate_command",
    "rules": "citecheck.cli.rules_command",
    "audit": "citecheck.cli.audit_command",
    "verify-links": "citecheck.cli.verify_links_command",
}

#: The commands that take --config (run() builds only the one invoked: a refusal cannot ask the others).
WITH_SETTINGS = ("list", "export", "validate", "verify-links")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"citecheck {__version__}")
        raise typer.Exit()


def _main(
    context: typer.Context,
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    config: Annotated[str | None, typer.Option(
        "--config", metavar="PATH", show_default=False,
        help="Settings file for the command that follows (as its own --config).")] = None,
) -> None:
    """Keep an article's references correct, alive and portable."""
    if context.invoked_subcommand is None:  # `citecheck` alone asks what it can do: an answer, not an error
        typer.echo(context.get_help())
        raise typer.Exit()
    if config is not None:  # a command that reads no settings would drop it in silence
        command = context.command.get_command(context, context.invoked_subcommand)
        if command is not None and not any(param.name == "config" for param in command.params):
            raise typer.BadParameter(f"{context.invoked_subcommand} reads no settings file; --config goes "
                                     f"with {', '.join(WITH_SETTINGS)}", param_hint="'--config'")


def _plain_arguments() -> None:
    """Help shows an argument as people write it: ``citecheck import FILE``, not ``{FILE}`` / ``FILE <str>``.

    typer (0.29) prints each argument's Python type beside its name and braces around required ones; the
    names and help text already say what to give. Options are written with their own metavars.
    """
    from typer import core

    argument = getattr(core, "TyperArgument", None)
    if argument is None or not hasattr(argument, "_usage_display_name"):
        return  # another typer: its own help, unchanged
    argument.display_type_rich = lambda self, ctx: None
    argument._usage_display_name = lambda self: (
        (self.display_name_raw if self.required else f"[{self.display_name_raw}]") + ("..." if self.nargs != 1 else ""))


def _plain_completion_help() -> None:
    """zsh, fish and PowerShell completions describe each option by its help as written, on one line.

    typer (0.29) renders that help as rich markup first, whatever ``rich_markup_mode`` says:
    ``[tool.citecheck]``, ``[n]`` and ``[default: 2 x timeout]`` read as tags and vanish, and a long help is
    wrapped at the console's width, its second line becoming a completion of its own in zsh's list. Its
    whitespace is made single spaces.
    """
    import re

    from typer import _completion_classes as classes

    if not callable(getattr(classes, "_sanitize_help_text", None)):
        return  # another typer: its own descriptions, unchanged
    classes._sanitize_help_text = lambda text: re.sub(r"\s+", " ", text).strip()


def build_app(names: list[str] | None = None) -> typer.Typer:
    """The application with the commands ``names`` (None: all)."""
    _plain_arguments()
    _plain_completion_help()
    application = typer.Typer(
        name="citecheck",
        help="Keep an article's references correct, alive and portable.",
        add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish
        context_settings={"help_option_names": ["-h", "--help"]},
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
    )
    application.callback(invoke_without_command=True)(_main)
    for name in COMMANDS if names is None else names:
        application.add_typer(importlib.import_module(COMMANDS[name]).app)
    return application


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # built on first use, so that run() need not build every command
        globals()["app"] = build_app()
        return globals()["app"]
    raise AttributeError(name)


def _no_plugin_discovery() -> None:
    """With its plugins disabled, pydantic still imports ``importlib.metadata`` (~10 ms of each start)
    for the module that would look them up: give it that module's one function, answering none.

    Only when ``PYDANTIC_DISABLE_PLUGINS`` disables every plugin (then the real one answers none too).
    tests/cli/test_app.py checks that pydantic still asks that module for nothing else.
    """
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true"):
        return
    from types import ModuleType

    loader = ModuleType("pydantic.plugin._loader", "No plugin discovery: every pydantic plugin is disabled.")
    loader.get_plugins = lambda: ()
    sys.modules.setdefault("pydantic.plugin._loader", loader)


def _command_word(args: list[str]) -> str | None:
    """The first word of ``args`` that is not an option or ``--config``'s value
    (``citecheck --config PATH list``)."""
    words = iter(args)
    for word in words:
        if word == "--config":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def run() -> None:
    """Console-script entry point."""
    # pydantic looks up plugins through package metadata on first model build: ~20 ms a CLI never needs.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _no_plugin_discovery()
    invoked = _command_word(sys.argv[1:])
    flags = set(sys.argv[1:])
    if invoked in COMMANDS:
        names = [invoked]
    elif invoked is None and {"--version", "-V"} & flags and not {"-h", "--help"} & flags:
        names = []  # the version needs no command (their modules cost ~8 ms)
    else:
        names = None  # help, completion, or a misspelt command ("did you mean" needs them all)
    try:
        build_app(names)()
    except BrokenPipeError:  # `citecheck list | head`: stop quietly, as other Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
