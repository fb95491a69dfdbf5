import os
import re
import subprocess
import sys

from typer.testing import CliRunner

from citecheck import __version__
from citecheck.cli.app import COMMANDS, WITH_SETTINGS, _command_word, app

runner = CliRunner()


def test_citecheck_alone_prints_its_help_on_stdout_and_exits_0():
    result = runner.invoke(app, [])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: citecheck [OPTIONS] COMMAND [ARGS]...")
    assert result.stderr == ""
    listed = [line.split()[0] for line in result.stdout.split("Commands:\n", 1)[1].splitlines() if line.strip()]
    assert listed == list(COMMANDS)


def test_dash_h_is_help_for_the_app_and_for_every_command():
    assert runner.invoke(app, ["-h"]).stdout == runner.invoke(app, ["--help"]).stdout
    for name in COMMANDS:
        result = runner.invoke(app, [name, "-h"])
        assert (result.exit_code, result.stdout.split()[:3]) == (0, ["Usage:", "citecheck", name])
        assert result.stdout == runner.invoke(app, [name, "--help"]).stdout


def test_dash_capital_v_prints_the_version():
    result = runner.invoke(app, ["-V"])
    assert (result.exit_code, result.stdout) == (0, f"citecheck {__version__}\n")


def test_completion_scripts_are_offered_for_bash_and_zsh(monkeypatch):
    # typer asks the parent process which shell it is unless told to take the shell named on the command line
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    for shell, marker in (("bash", "complete -o default -F _citecheck_completion citecheck"),
                          ("zsh", "compdef _citecheck_completion citecheck")):
        result = runner.invoke(app, ["--show-completion", shell])
        assert result.exit_code == 0
        assert marker in result.stdout


def test_the_installed_command_completes_command_names_from_the_shell():
    env = {**os.environ, "_CITECHECK_COMPLETE": "complete_bash", "COMP_WORDS": "citecheck ver", "COMP_CWORD": "1"}
    script = "import sys; from citecheck.cli.app import run; sys.argv = ['citecheck']; run()"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["verify-links"]


def completions(shell: str, line: str) -> list[str]:
    """What ``line`` (the words typed so far, the last one being completed) offers in ``shell``."""
    env = {"_CITECHECK_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line, "COMP_WORDS": line,
           "COMP_CWORD": str(len(line.split(" ")) - 1)}
    output = runner.invoke(app, [], env=env, prog_name="citecheck").stdout
    return output.split() if shell == "bash" else re.findall(r'"([^"]+)"', output)


def test_completion_offers_each_choice_options_values_in_bash_and_zsh():
    for shell in ("bash", "zsh"):
        assert completions(shell, "citecheck import x.bib --on-duplicate ") == ["error", "skip", "update", "rename"]
        assert completions(shell, "citecheck import x.bib --from csl") == ["csl-json", "csl-yaml"]
        assert completions(shell, "citecheck add --type article-") == \
            ["article-journal", "article-magazine", "article-newspaper"]
        assert completions(shell, "citecheck validate --select CC11")[:2] == ["CC110", "CC111"]
        assert completions(shell, "citecheck validate --ignore CC201,CC70")[0] == "CC201,CC701"
        assert completions(shell, "citecheck verify-links --fail-on broken,fa") == ["broken,failing"]
        assert "--from-text" in completions(shell, "citecheck add --")
        assert {"--config", "--file"} <= set(completions(shell, "citecheck list --"))


def zsh_descriptions(line: str) -> list[str]:
    """The description of each choice zsh offers for ``line``."""
    env = {"_CITECHECK_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    output = runner.invoke(app, [], env=env, prog_name="citecheck").stdout
    return re.findall(r'"[^"]+":"((?:[^"]|"")*)"', output)


def test_zsh_completion_describes_each_option_by_its_whole_help_on_one_line():
    assert zsh_descriptions("citecheck init --py") == [
        "Also add a [tool.citecheck] table to ./pyproject.toml (created if missing)."]
    assert zsh_descriptions("citecheck verify-links --deadl") == [
        r"One link''s own attempts and the waits between them [default\\: 2 x timeout]."]  # zsh's own escapes
    assert zsh_descriptions("citecheck validate --con") == [
        "Settings file to use (citecheck.toml or pyproject.toml), instead of the nearest one."]
    assert zsh_descriptions("citecheck au") == ["Find references never cited, markers ([n],..."]


def test_id_completion_offers_the_ids_of_the_file_given_before_it_and_nothing_for_a_missing_one(tmp_path):
    refs = tmp_path / "refs.yaml"
    refs.write_text("references:\n- {id: tass2024a, type: webpage}\n- {id: tass2023b, type: webpage}\n"
                    "- {id: ria2024, type: webpage}\n", encoding="utf-8")
    for shell in ("bash", "zsh"):
        for command in ("list", "export", "verify-links"):
            assert completions(shell, f"citecheck {command} -f {refs} --id tass") == ["tass2024a", "tass2023b"]
        assert completions(shell, f"citecheck list -f {tmp_path / 'gone.yaml'} --id ") == []


def test_id_completion_reads_the_file_given_as_the_commands_argument(tmp_path, monkeypatch):
    refs = tmp_path / "refs.yaml"
    refs.write_text("references:\n- {id: tass2024a, type: webpage}\n- {id: ria2024, type: webpage}\n",
                    encoding="utf-8")
    default = tmp_path / "references.yaml"
    default.write_text("references:\n- {id: tass1999, type: webpage}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the default file, which the argument overrides
    for shell in ("bash", "zsh"):
        for command in ("list", "export"):
            assert completions(shell, f"citecheck {command} {refs} --id tass") == ["tass2024a"], command
            assert completions(shell, f"citecheck {command} - --id tass") == [], command  # stdin: not read


def test_the_settings_file_option_is_listed_with_the_references_file_among_the_inputs():
    for name in ("list", "export", "validate", "verify-links"):
        options = [line.split()[0].rstrip(",") for line in
                   runner.invoke(app, [name, "-h"]).stdout.split("Options:", 1)[1].splitlines()
                   if line.startswith("  -")]
        assert options[options.index("-f") + 1] == "--config", name


def test_config_before_the_command_is_the_commands_settings_file(tmp_path):
    refs, settings = tmp_path / "refs.yaml", tmp_path / "settings" / "pyproject.toml"
    refs.write_text("references:\n- {id: a, type: book, title: A}\n", encoding="utf-8")
    settings.parent.mkdir()
    settings.write_text('[tool.citecheck.list]\nformat = "yaml"\n', encoding="utf-8")
    result = runner.invoke(app, ["--config", str(settings), "list", str(refs)])
    assert (result.exit_code, result.stdout) == (0, "references:\n- id: a\n  type: book\n  title: A\n")
    assert runner.invoke(app, ["list", str(refs), "--config", str(settings)]).stdout == result.stdout


def test_config_before_and_after_the_command_must_name_one_file(tmp_path):
    result = runner.invoke(app, ["--config", "one.toml", "list", "--config", "two.toml"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == ("Error: Invalid value for '--config': two settings files: "
                                              "--config one.toml before the command and two.toml after it; "
                                              "give one")


def test_config_before_a_command_that_reads_no_settings_is_refused():
    result = runner.invoke(app, ["--config", "one.toml", "import", "x.bib"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == ("Error: Invalid value for '--config': import reads no settings "
                                              "file; --config goes with list, export, validate, verify-links")


def test_the_commands_said_to_take_config_are_the_ones_that_do():
    import typer.main

    group = typer.main.get_command(app)
    takers = {name for name, command in group.commands.items()
              if any(param.name == "config" for param in command.params)}
    assert takers == set(WITH_SETTINGS)


def test_the_command_word_is_found_past_the_value_of_config():
    assert _command_word(["--config", "list", "export", "-f", "x"]) == "export"
    assert _command_word(["-V"]) is None


def test_no_help_shows_a_python_type_or_braces_where_a_metavar_belongs():
    import re

    leaked = re.compile(r"<(?:str|int|float|bool|path|list\[[^>]*\]|tuple\[[^>]*\]|[\w-]+(?:\|[\w-]+)+)>|\{[A-Z]+\}")
    for name in COMMANDS:
        text = runner.invoke(app, [name, "-h"]).stdout
        assert not leaked.findall(text), (name, leaked.findall(text))
        assert "[[" not in text.splitlines()[0], text.splitlines()[0]


def test_every_commands_help_gives_at_least_two_examples_each_on_its_own_line():
    # on its own line: without click's \b the examples are rewrapped into one paragraph, unreadable
    for name in COMMANDS:
        text = runner.invoke(app, [name, "-h"]).stdout
        examples = text.split("Example", 1)[1].split("Options:", 1)[0] if "Example" in text else ""
        lines = [line.lstrip() for line in examples.splitlines()]
        assert sum(line.startswith(f"citecheck {name}") for line in lines) >= 2, name
        # every other mention is the end of a pipe (export ... | citecheck list -), not a rewrapped example
        assert examples.count(f"citecheck {name}") == sum(line.startswith(f"citecheck {name}")
                                                          + line.count(f"| citecheck {name}") for line in lines), name


def test_a_start_with_plugins_disabled_lists_references_without_importing_package_metadata(tmp_path):
    refs = tmp_path / "references.yaml"
    refs.write_text("- id: a\n  type: webpage\n  title: The entente\n", encoding="utf-8")
    script = (
        "import atexit, sys; from citecheck.cli.app import run\n"
        "atexit.register(lambda: print('importlib.metadata' in sys.modules, file=sys.stderr))\n"
        f"sys.argv = ['citecheck', 'list', '-f', {str(refs)!r}]; run()"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (0, "False\n")
    assert result.stdout.splitlines()[1].split() == ["a", "The", "entente"]


def test_pydantic_asks_its_plugin_loader_for_get_plugins_only():
    # what run()'s stand-in for pydantic.plugin._loader offers: a pydantic that asks for more needs a new one
    import ast
    import inspect

    from pydantic.plugin import _schema_validator

    tree = ast.parse(inspect.getsource(_schema_validator))
    asked = {alias.name for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and node.module == "_loader" for alias in node.names}
    assert asked == {"get_plugins"}


def test_the_version_is_printed_without_importing_a_command():
    script = (
        "import atexit, sys; from citecheck.cli.app import run\n"
        "atexit.register(lambda: print(sorted(m for m in sys.modules if m.endswith('_command')), file=sys.stderr))\n"
        "sys.argv = ['citecheck', '--version']; run()"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"citecheck {__version__}\n", "[]\n")
