"""The README's `citecheck add` section, run as a newcomer would type it: the commands and what they print
are read out of README.md, so the test fails as soon as the README and the tool say different things."""

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.starter import write_starter

README = Path(__file__).resolve().parents[2] / "README.md"
runner = CliRunner()


def console_blocks(section: str) -> list[list[tuple[list[str], list[str]]]]:
    """Each ```console block under the README heading ``section``: its commands (the words after ``$
    citecheck``, continuation lines joined) with the lines each prints."""
    text = README.read_text(encoding="utf-8")
    body = text.split(f"\n{section}\n", 1)[1].split("\n#", 1)[0]
    blocks = []
    for block in re.findall(r"```console\n(.*?)```", body, re.DOTALL):
        steps, lines = [], iter(block.splitlines())
        for line in lines:
            if line.startswith("$ "):
                command = line[2:]
                while command.endswith("\\"):
                    command = command[:-1] + next(lines).strip()
                words = shlex.split(command)
                assert words[0] == "citecheck", command
                steps.append((words[1:], []))
            else:
                steps[-1][1].append(line)
        blocks.append(steps)
    return blocks


def run_block(steps, folder: Path) -> list[tuple[list[str], int, list[str]]]:
    """Each step's words, exit status, and what it printed (stdout's lines, then stderr's)."""
    return [(words, result.exit_code, result.stdout.splitlines() + result.stderr.splitlines())
            for words, result in ((words, runner.invoke(app, words)) for words, _ in steps)]


@pytest.fixture
def newcomer(tmp_path, monkeypatch):
    """An empty folder of a project with nothing set up: no references file, no settings."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CITECHECK_FILE", raising=False)
    (tmp_path / ".git").mkdir()  # the project's root: neither file is looked for above it
    return tmp_path


def test_the_readme_walk_through_init_add_add_validate_works_as_written(newcomer):
    walk = console_blocks("### citecheck add")[0]
    assert [words[0] for words, _ in walk] == ["init", "add", "add", "validate"]
    assert run_block(walk, newcomer) == [(words, 0, printed) for words, printed in walk]


def test_the_readme_add_from_text_example_prints_what_the_readme_shows(newcomer):
    write_starter(newcomer / "references.yaml")  # the file the walk-through's init made
    [example] = [steps for steps in console_blocks("### citecheck add") if "--from-text" in steps[0][0]]
    assert run_block(example, newcomer) == [(words, 0, printed) for words, printed in example]
