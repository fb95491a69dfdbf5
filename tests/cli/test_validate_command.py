"""``citecheck validate``: output formats, selection, exit codes, fixes, diff, config, positional files."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from citecheck.cli.app import app

runner = CliRunner()
CLEAN = "references:\n  - id: a\n    type: webpage\n    title: A page\n    URL: https://example.org/a\n"
WARNED = "references:\n  - id: a\n    type: webpage\n    title: A  page\n    URL: https://example.org/a\n"


def invoke(*args):
    return runner.invoke(app, list(args))


def copy_data(tmp_path, data_file):
    path = tmp_path / "references.yaml"
    shutil.copy(data_file, path)
    return path


def test_the_data_file_lists_its_defects_with_lines_and_exits_1(data_file):
    result = invoke("validate", "-f", str(data_file))
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert f"{data_file}:72:16: CC201 error author: byline word 'BY' in the given name " \
           f"[bhadrakumar2020entente, footnote 6]" in lines
    assert lines[-1] == ("Found 15 errors, 24 warnings, 7 info in 1 file "
                         "(6 fixable with --fix, 18 more with --unsafe-fixes).")


def test_a_clean_file_exits_0_and_says_so(write_refs):
    result = invoke("validate", str(write_refs(CLEAN)))
    assert (result.exit_code, result.stdout) == (0, "No problems found in 1 file.\n")


def test_warnings_pass_by_default_and_fail_with_severity_warning(write_refs):
    path = write_refs(WARNED)
    assert invoke("validate", str(path)).exit_code == 0
    assert invoke("validate", str(path), "--severity", "warning").exit_code == 1


def test_json_output_has_every_key(data_file):
    result = invoke("validate", "-f", str(data_file), "--format", "json", "--select", "CC201")
    found = json.loads(result.stdout)
    assert result.exit_code == 1 and len(found) == 4
    assert found[1] == {
        "code": "CC201", "name": "byline-in-name", "severity": "error",
        "message": "author: byline word 'BY' in the given name", "id": "bhadrakumar2020entente",
        "footnote": 6, "field": "author[0].given", "file": str(data_file), "line": 72, "column": 16,
        "fixable": "safe"}


def test_github_format_prints_workflow_annotations(data_file):
    result = invoke("validate", "-f", str(data_file), "--format", "github", "--select", "CC103")
    assert result.stdout == (f"::error file={data_file},line=142,col=22,title=CC103 wiki-markup::"
                             "container-title: wiki markup ']]' [mcgovern2024against]\n")


def test_select_and_ignore_take_prefixes(data_file):
    result = invoke("validate", "-f", str(data_file), "--format", "json", "--select", "CC2", "--ignore", "CC202,CC21")
    assert {f["code"] for f in json.loads(result.stdout)} == {"CC201"}


def test_an_unknown_code_or_an_unreadable_file_exits_2(data_file, write_refs):
    result = invoke("validate", "-f", str(data_file), "--select", "CC999")
    assert result.exit_code == 2 and "no rule matches 'CC999'" in result.stderr
    broken = write_refs("references:\n  - id: a\n    type: [nonsense\n")
    result = invoke("validate", str(broken))
    assert result.exit_code == 2 and result.stderr.startswith(f"{broken}:4:1: YAML syntax")
    assert result.stdout == ""  # no "No problems found" summary for a file that was never checked


BAD_FIELDS = ("references:\n"
              "  - id: a\n    type: article-newspaper\n    title: A\n    issued: 2023-02-30\n"
              "    container_titel: Reuters\n"
              "  - id: b\n    type: blog\n    title: B\n    author: [{family: john@example.com}]\n"
              "  - id: c\n    type: webpage\n    title: C  page\n    URL: https://example.org/c\n")


def test_input_problems_are_findings_and_every_other_reference_is_still_linted(write_refs):
    path = write_refs(BAD_FIELDS)
    result = invoke("validate", str(path), "--ignore", "CC210")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:5:13: CC001 error issued: day is out of range for month [a]",
        f"{path}:6:5: CC001 error container_titel: unknown field 'container_titel' (did you mean 'container-title'?) [a]",
        f"{path}:8:11: CC001 error type: unknown CSL type 'blog' (did you mean 'post-weblog'?) [b]",
        f"{path}:10:23: CC212 error author: e-mail address 'john@example.com' in family [b]",
        f"{path}:13:12: CC110 warning title: several spaces in a row [c]",
        "Found 4 errors, 1 warning in 1 file (1 fixable with --fix).",
    ]


def test_the_fields_the_loader_dropped_are_not_reported_missing(write_refs):
    result = invoke("validate", str(write_refs(BAD_FIELDS)), "--format", "json")
    codes = {(f["id"], f["code"]) for f in json.loads(result.stdout)}
    assert ("a", "CC301") not in codes and ("a", "CC501") not in codes  # no date, no outlet: both were dropped


def test_list_and_export_still_refuse_a_file_with_input_problems(write_refs):
    path = write_refs(BAD_FIELDS)
    for command in (["list", "-f", str(path)], ["export", "-f", str(path), "--format", "ris"]):
        result = invoke(*command)
        assert result.exit_code == 2 and f"{path}:5:13: references[0].issued" in result.stderr


def test_input_problems_can_be_ignored_like_any_rule(write_refs):
    result = invoke("validate", str(write_refs(BAD_FIELDS)), "--ignore", "CC001", "--format", "json")
    assert "CC001" not in {f["code"] for f in json.loads(result.stdout)}


def test_an_inline_comment_silences_a_code_on_its_line_or_for_its_reference(write_refs):
    text = ("references:\n"
            "  - id: a  # citecheck: ignore[CC110]\n    type: webpage\n    title: A  page\n"
            "    URL: www.example.org  # citecheck: ignore[CC4]\n"
            "  - id: b\n    type: webpage\n    title: B  page  # citecheck: ignore\n    URL: www.example.org/b\n")
    found = json.loads(invoke("validate", str(write_refs(text)), "--format", "json").stdout)
    assert [(f["id"], f["code"]) for f in found] == [("b", "CC401")]


def test_per_file_ignores_apply_to_the_files_their_glob_matches(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the settings are found beside a file or in the current folder
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "refs.yaml").write_text(WARNED, encoding="utf-8")
    (tmp_path / "refs.yaml").write_text(WARNED, encoding="utf-8")
    (tmp_path / "citecheck.toml").write_text('[per-file-ignores]\n"drafts/*.yaml" = ["CC110"]\n', encoding="utf-8")
    found = json.loads(invoke("validate", str(tmp_path / "refs.yaml"), str(tmp_path / "drafts" / "refs.yaml"),
                              "--format", "json").stdout)
    assert [f["file"] for f in found] == [str(tmp_path / "refs.yaml")]


def test_statistics_count_findings_per_rule_most_frequent_first(data_file):
    result = invoke("validate", "-f", str(data_file), "--select", "CC201,CC103,CC704", "--statistics")
    assert result.exit_code == 1
    assert result.stdout == "4\tCC201\t[*] byline-in-name\n1\tCC103\t[*] wiki-markup\n"


def test_exit_zero_passes_a_run_with_findings_but_not_bad_input(data_file, write_refs):
    result = invoke("validate", "-f", str(data_file), "--exit-zero")
    assert result.exit_code == 0 and "CC201" in result.stdout
    assert invoke("validate", str(write_refs("references: [")), "--exit-zero").exit_code == 2


def test_sarif_output_is_a_sarif_2_1_0_log_with_rules_and_located_results(data_file):
    result = invoke("validate", "-f", str(data_file), "--format", "sarif", "--select", "CC201")
    log = json.loads(result.stdout)
    assert result.exit_code == 1 and log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "citecheck" and len(rules) == len({r["id"] for r in rules}) > 60
    first = run["results"][1]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "CC201" and first["level"] == "error"
    assert first["message"]["text"] == "author: byline word 'BY' in the given name [bhadrakumar2020entente]"
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": data_file.as_uri() if data_file.is_absolute() else data_file.as_posix()},
        "region": {"startLine": 72, "startColumn": 16}}


@pytest.mark.parametrize("config", [
    b"[tool.citecheck]\nseverity = 5\n", b"[tool]\ncitecheck = 5\n", b"\xff",
])
def test_a_config_of_the_wrong_shape_or_encoding_is_one_line_and_exit_2(tmp_path, data_file, config):
    path = copy_data(tmp_path, data_file)
    (tmp_path / ("citecheck.toml" if config == b"\xff" else "pyproject.toml")).write_bytes(config)
    result = invoke("validate", str(path))
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("citecheck: ")


def test_fix_repairs_safe_problems_in_place_and_a_second_fix_changes_nothing(tmp_path, data_file):
    path = copy_data(tmp_path, data_file)
    first = invoke("validate", str(path), "--fix")
    fixed = path.read_text(encoding="utf-8")
    assert "Fixed 6 problems" in first.stderr and "given: M. K." in fixed
    assert "# a bare domain: the footnote gives no page address" in fixed
    second = invoke("validate", str(path), "--fix")
    assert "Fixed 0 problems" in second.stderr and path.read_text(encoding="utf-8") == fixed


def test_diff_prints_the_changes_and_writes_nothing(tmp_path, data_file):
    path = copy_data(tmp_path, data_file)
    before = path.read_text(encoding="utf-8")
    result = invoke("validate", str(path), "--diff", "--unsafe-fixes")
    assert result.exit_code == 1 and path.read_text(encoding="utf-8") == before
    assert result.stdout.startswith(f"--- {path}\n+++ {path}\n")
    assert "\n-        given: BY M. K.\n" in result.stdout and "\n+        given: M. K.\n" in result.stdout
    assert "+    URL: https://tass.com\n" in result.stdout


def test_diff_of_a_clean_file_is_empty_and_exits_0(write_refs):
    result = invoke("validate", str(write_refs(CLEAN)), "--diff")
    assert (result.exit_code, result.stdout) == (0, "")


def test_fixing_json_is_refused_with_exit_2(write_refs):
    path = write_refs('[{"id": "a", "type": "webpage", "title": "A  page"}]', "refs.json")
    result = invoke("validate", str(path), "--fix")
    assert result.exit_code == 2 and "fixes need a CSL-YAML file" in result.stderr


def test_several_files_as_pre_commit_passes_them(tmp_path, write_refs):
    clean = write_refs(CLEAN, "a.yaml")
    bad = write_refs(CLEAN.replace("URL: https://example.org/a", "URL: example.org"), "b.yaml")
    result = invoke("validate", str(clean), str(bad))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith(f"{bad}:5:10: CC401 error")
    assert result.stdout.splitlines()[-1].endswith("in 2 files (1 more with --unsafe-fixes).")


def test_project_config_sets_severity_and_ignores(tmp_path, write_refs):
    path = write_refs(WARNED)
    (tmp_path / "pyproject.toml").write_text('[tool.citecheck]\nignore = ["CC403"]\n[tool.citecheck.severity]\nCC110 = "error"\n')
    result = invoke("validate", str(path))
    assert result.exit_code == 1 and "CC110 error" in result.stdout


def test_on_a_terminal_findings_are_printed_by_rich_with_the_same_text(monkeypatch, data_file):
    import citecheck.cli.validate_colour as colour
    import citecheck.cli.validate_command as command

    calls = []
    real = colour.print_coloured
    monkeypatch.setattr(colour, "print_coloured", lambda *args: calls.append(args) or real(*args))
    monkeypatch.setattr(command, "stdout_is_terminal", lambda: True)
    result = invoke("validate", "-f", str(data_file), "--select", "CC103")
    assert result.exit_code == 1 and len(calls) == 1
    assert result.stdout == (f"{data_file}:142:22: CC103 error container-title: wiki markup ']]' "
                             "[mcgovern2024against, footnote 12]\nFound 1 error in 1 file (1 fixable with --fix).\n")


def test_a_dash_validates_stdin_naming_it_stdin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "-"], input=WARNED)
    assert (result.exit_code, result.stdout) == (
        0, "<stdin>:4:12: CC110 warning title: several spaces in a row [a]\n"
           "Found 1 warning in 1 file (1 fixable with --fix).\n")


def test_fix_on_stdin_is_one_line_and_exit_2_and_diff_prints_the_fix(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fixed = runner.invoke(app, ["validate", "-", "--fix"], input=WARNED)
    diff = runner.invoke(app, ["validate", "-", "--diff"], input=WARNED)
    assert (fixed.exit_code, fixed.stdout, fixed.stderr) == (
        2, "", "citecheck: --fix writes the file back, which stdin (-) cannot be: pass the file's path\n")
    assert diff.exit_code == 1
    assert diff.stdout.splitlines()[:2] == ["--- <stdin>", "+++ <stdin>"]
    assert "+    title: A page" in diff.stdout.splitlines()


def test_config_names_the_settings_for_every_file_and_skips_the_nearest(tmp_path):
    refs = tmp_path / "refs.yaml"
    refs.write_text(WARNED, encoding="utf-8")
    (tmp_path / "citecheck.toml").write_text('ignore = ["CC110"]\n', encoding="utf-8")
    strict = tmp_path / "strict.toml"
    strict.write_text('[tool.citecheck]\nfail-on = "warning"\n', encoding="utf-8")
    nearest = invoke("validate", str(refs))
    chosen = invoke("validate", str(refs), "--config", str(strict))
    assert (nearest.exit_code, nearest.stdout) == (0, "No problems found in 1 file.\n")
    assert (chosen.exit_code, chosen.stdout.splitlines()[0]) == (1, f"{refs}:4:12: CC110 warning title: "
                                                                    "several spaces in a row [a]")


def test_an_absent_config_is_one_line_and_exit_2(tmp_path):
    refs = tmp_path / "refs.yaml"
    refs.write_text(CLEAN, encoding="utf-8")
    result = invoke("validate", str(refs), str(refs), "--config", str(tmp_path / "nope.toml"))
    assert (result.exit_code, result.stderr) == (2, f"citecheck: {tmp_path / 'nope.toml'}: no such file (--config)\n")


def test_stdin_given_twice_is_one_line_and_exit_2():
    result = runner.invoke(app, ["validate", "-", "-f", "-"], input=CLEAN)
    assert (result.exit_code, result.stderr) == (2, "citecheck: - (stdin) given twice: it can be read once\n")


def test_fix_through_a_symlink_changes_the_file_it_names_and_keeps_the_link(tmp_path):
    # issue 15: validate --fix replaced the link with a regular file and left the real file unfixed
    real = tmp_path / "real.yaml"
    real.write_text("references:\n- id: a\n  type: webpage\n  title: T\n  URL: https://example.org/?utm_source=x&id=1\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    result = CliRunner().invoke(app, ["validate", "--fix", str(link)])
    assert "Fixed 1 problem" in result.output
    assert link.is_symlink() and "utm_source" not in real.read_text()
