"""citecheck verify-links end to end through the CLI, against a local server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.links.settings import PARSERS
from citecheck.load import load_references
from links.fakeweb import FakeWeb, article

runner = CliRunner()


@pytest.fixture
def web():
    server = FakeWeb().start()
    server.route("127.0.0.1", "/ok", lambda h: h.send(200, article("fine")))
    server.route("127.0.0.1", "/forbidden", lambda h: h.send(403))
    yield server
    server.stop()


def refs_file(write_refs, entries: list[tuple[str, str | None]]) -> str:
    lines = ["# my references", "references:"]
    for n, (ref_id, url) in enumerate(entries, 1):
        lines += [f"  - id: {ref_id}", "    type: webpage", f"    footnote: {n}", "    accessed: 2022-03-19"]
        if url:
            lines.append(f"    URL: {url}  # cited")
    return str(write_refs("\n".join(lines) + "\n"))


def invoke(path, *args, cache=None, env=None):
    options = ["verify-links", "-f", path, "--allow-private", "--timeout", "1", *args]
    options += ["--cache", str(cache)] if cache else ["--no-cache"]
    return runner.invoke(app, options, env=env)


def test_a_pipe_gets_plain_groups_most_urgent_first_and_exit_1_for_a_broken_link(web, write_refs):
    path = refs_file(
        write_refs,
        [
            ("fine", f"http://127.0.0.1:{web.port}/ok"),
            ("gone", f"http://127.0.0.1:{web.port}/gone"),
            ("none", None),
        ],
    )
    result = invoke(path)
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert [line for line in lines if not line.startswith("  ")] == [
        "broken (1)",
        "no-url (1)",
        "3 references: 1 broken, 1 no-url, 1 ok",  # the ok link is counted, not listed
    ]
    assert lines[1].split()[:4] == ["#2", "gone", f"http://127.0.0.1:{web.port}/gone", "failing"]
    verbose = invoke(path, "--verbose").stdout.splitlines()
    assert [line for line in verbose if not line.startswith("  ")] == [
        "broken (1)",
        "no-url (1)",
        "ok (1)",
        "3 references: 1 broken, 1 no-url, 1 ok",
    ]


def test_json_lists_every_reference_with_the_documented_keys(web, write_refs):
    path = refs_file(write_refs, [("fine", f"http://127.0.0.1:{web.port}/ok"), ("none", None)])
    result = invoke(path, "--format", "json")
    rows = json.loads(result.stdout)
    assert result.exit_code == 0
    assert list(rows[0])[:14] == [
        "id",
        "footnote",
        "url",
        "checked_url",
        "status",
        "http_status",
        "final_url",
        "redirects",
        "elapsed_ms",
        "attempts",
        "checked_at",
        "from_cache",
        "archive_url",
        "message",
    ]
    assert [(r["id"], r["status"], r["http_status"]) for r in rows] == [
        ("fine", "ok", 200),
        ("none", "no-url", None),
    ]


def test_private_targets_are_refused_unless_allowed(web, write_refs):
    path = refs_file(write_refs, [("local", f"http://127.0.0.1:{web.port}/ok")])
    result = runner.invoke(app, ["verify-links", "-f", path, "--no-cache", "--format", "json"])
    assert json.loads(result.stdout)[0]["status"] == "skipped-private"
    assert web.log == []


def test_fail_on_makes_blocked_links_fail_the_run(web, write_refs):
    path = refs_file(write_refs, [("wall", f"http://127.0.0.1:{web.port}/forbidden")])
    assert invoke(path).exit_code == 0
    assert invoke(path, "--fail-on", "blocked,broken").exit_code == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["--accept", "ok"], "citecheck: --accept takes HTTP status codes (100-999) or ranges (200..299), not ok\n"),
        (
            ["--accept", "299..200"],
            "citecheck: --accept takes HTTP status codes (100-999) or ranges (200..299), not 299..200\n",
        ),
        (
            ["--exclude", "(news"],
            "citecheck: --exclude '(news' is not a regular expression: missing ), unterminated subpattern "
            "at position 0\n",
        ),
        (["--max-age", "soon"], "citecheck: not a duration: 'soon' (use e.g. 1d, 12h, 30m, 90s)\n"),
        (
            ["--fail-on", "gone"],
            (
                "citecheck: unknown class gone; choose from broken, soft-404, drifted, server-error, timeout, "
                "dns-error, connection-error, tls-error, blocked, invalid-url, skipped-private, no-url, "
                "excluded, redirected, ok, dead, failing\n"
            ),
        ),
    ],
)
def test_bad_option_values_exit_2_with_one_line(web, write_refs, args, message):
    result = invoke(refs_file(write_refs, [("fine", None)]), *args)
    assert (result.exit_code, result.stderr) == (2, message)


def test_an_offline_machine_gets_one_line_and_no_strikes(write_refs, tmp_path):
    ports = []
    for _ in range(2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    path = refs_file(write_refs, [(f"r{p}", f"http://127.0.0.1:{p}/") for p in ports])
    result = invoke(path, cache=tmp_path / "h.sqlite3")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "citecheck: all 2 link lookups failed with DNS or connection errors; "
        "this machine looks offline. Nothing was recorded.\n"
    )


def test_history_shows_the_timeline_of_one_reference(web, write_refs, tmp_path):
    path = refs_file(write_refs, [("gone", f"http://127.0.0.1:{web.port}/gone")])
    cache = tmp_path / "h.sqlite3"
    invoke(path, cache=cache)
    result = runner.invoke(app, ["verify-links", "-f", path, "--cache", str(cache), "--history", "gone"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert lines[0] == f"gone  http://127.0.0.1:{web.port}/gone"
    assert lines[1].split()[1:] == ["broken", "HTTP", "404"]  # the status said once, not "HTTP 404  HTTP 404"
    assert lines[2] == "  now: failing (1/3 strikes, a day or more apart)"


def test_history_of_an_unknown_id_exits_2(write_refs):
    path = refs_file(write_refs, [("fine", None)])
    result = runner.invoke(app, ["verify-links", "-f", path, "--history", "nope"])
    assert (result.exit_code, result.stderr) == (2, f"citecheck: {path}: no reference with id 'nope'\n")


def test_write_archive_records_the_snapshot_in_the_yaml_keeping_comments(web, write_refs):
    gone = f"http://127.0.0.1:{web.port}/gone"

    def api(handler):
        asked = parse_qs(urlsplit(handler.path).query)
        stamp = "20220301000000"
        closest = {
            "available": True,
            "status": "200",
            "timestamp": stamp,
            "url": f"http://web.archive.org/web/{stamp}/{asked['url'][0]}",
        }
        handler.send(200, json.dumps({"archived_snapshots": {"closest": closest}}).encode())

    web.route("localhost", "*", api)
    path = refs_file(write_refs, [("gone", gone)])
    env = {"CITECHECK_WAYBACK_API": f"http://localhost:{web.port}/wayback/available"}
    result = invoke(path, "--write-archive", env=env)
    text = Path(path).read_text(encoding="utf-8")
    ref = load_references(path).references[0]
    assert result.exit_code == 1
    assert (ref.archive_url, ref.archive_date.isoformat()) == (
        f"https://web.archive.org/web/20220301000000/{gone}",
        "2022-03-01",
    )
    assert "# my references" in text and "# cited" in text
    assert "archive: https://web.archive.org/web/20220301000000/" in result.stdout


def test_a_terminal_gets_a_table_grouped_by_class(web, write_refs, monkeypatch):
    from citecheck.cli import verify_links_command

    monkeypatch.setattr(verify_links_command, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    path = refs_file(
        write_refs,
        [("fine", f"http://127.0.0.1:{web.port}/ok"), ("gone", f"http://127.0.0.1:{web.port}/gone")],
    )
    result = invoke(path)
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "class" in line)
    rows = [line.split("│")[1].strip() for line in lines if line.startswith("│") and "class" not in line]
    assert result.exit_code == 1
    assert [cell.strip() for cell in header.split("┃")[1:-1]] == [
        "class",
        "#",
        "id",
        "url",
        "state",
        "detail",
    ]
    assert rows == ["broken", "ok"]
    assert lines[-1] == "2 references: 1 broken, 1 ok"


def test_the_user_agent_names_citecheck_and_its_version_unless_overridden(web, write_refs):
    from citecheck import __version__

    agents = []
    web.route(
        "127.0.0.1", "/ua", lambda h: agents.append(h.headers["User-Agent"]) or h.send(200, article("hi"))
    )
    path = refs_file(write_refs, [("ua", f"http://127.0.0.1:{web.port}/ua")])
    invoke(path, "--no-soft-404")
    invoke(path, "--no-soft-404", "--user-agent", "my-checker/1")
    assert agents[0].startswith(f"citecheck/{__version__} (")
    assert agents[1] == "my-checker/1"


def test_id_and_footnote_choose_the_references_checked(web, write_refs):
    refs = [(f"r{n}", f"http://127.0.0.1:{web.port}/ok") for n in range(1, 4)]
    path = refs_file(write_refs, refs)
    result = invoke(path, "--format", "json", "--id", "r1", "--footnote", "3")
    assert [row["id"] for row in json.loads(result.stdout)] == ["r1", "r3"]  # each selector adds
    result = invoke(path, "--format", "json", "--footnote", "1", "--footnote", "3")
    assert [row["id"] for row in json.loads(result.stdout)] == ["r1", "r3"]


def test_an_unknown_id_or_footnote_is_a_usage_error(data_file):
    result = runner.invoke(app, ["verify-links", "-f", str(data_file), "--no-cache", "--id", "nope", "--footnote", "99"])
    assert result.exit_code == 2
    assert result.stderr == f"citecheck: {data_file}: no reference with id 'nope', footnote 99\n"


def test_a_zero_timeout_is_refused():
    assert runner.invoke(app, ["verify-links", "--timeout", "0"]).exit_code == 2


def test_one_reference_is_counted_in_the_singular(web, write_refs):
    path = refs_file(write_refs, [("fine", f"http://127.0.0.1:{web.port}/ok")])
    result = invoke(path, "--no-soft-404", "--verbose")
    assert result.stdout.splitlines()[-1] == "1 reference: 1 ok"


def test_ctrl_c_stops_within_a_second_records_what_finished_and_exits_130(write_refs, tmp_path):
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    server = FakeWeb().start()
    try:
        for n in range(10):  # answered at once; the other 20 links hang until the server stops
            server.route("127.0.0.1", f"/fast/{n}", lambda h, n=n: h.send(200, article(f"page {n} " * 30)))
        server.route("localhost", "*", lambda h: server.stopping.wait(20))
        fast = [(f"fast{n}", f"http://127.0.0.1:{server.port}/fast/{n}") for n in range(10)]
        slow = [(f"slow{n}", f"http://localhost:{server.port}/slow/{n}") for n in range(20)]
        path = refs_file(write_refs, fast + slow)
        cache = tmp_path / "h.sqlite3"
        command = [sys.executable, "-m", "citecheck", "verify-links", "-f", path, "--allow-private"]
        command += ["--cache", str(cache), "--timeout", "15"]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        waited = time.monotonic()
        while len({p for _, h, p, _ in server.log if p.startswith("/fast/")}) < 10 or not any(
            h == "localhost" for _, h, _, _ in server.log
        ):
            assert time.monotonic() - waited < 20 and child.poll() is None
            time.sleep(0.05)
        time.sleep(0.3)  # the fast answers are read and classified
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=10)
        stopped_after = time.monotonic() - sent
    finally:
        server.stop()
    assert stopped_after < 1.0
    assert child.returncode == 130
    assert err == "citecheck: interrupted: 10 of 30 links checked, recorded; the rest abandoned.\n"
    with sqlite3.connect(cache) as db:
        rows = db.execute("SELECT url, status FROM checks ORDER BY url").fetchall()
    assert sorted(status for _, status in rows) == ["ok"] * 10
    assert out == ""


def test_one_link_on_an_offline_machine_gets_one_line_and_no_strike(write_refs, tmp_path, monkeypatch):
    from citecheck.links import checker
    from links.fakeweb import resolver_for

    monkeypatch.setattr(checker, "system_resolver", resolver_for())  # no name resolves: offline
    path = refs_file(write_refs, [("only", "https://tass.com/world/1")])
    cache = tmp_path / "h.sqlite3"
    result = invoke(path, "--footnote", "1", cache=cache)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "citecheck: the one link lookup failed with a DNS or connection error; "
        "this machine looks offline. Nothing was recorded.\n"
    )
    import sqlite3

    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT COUNT(*) FROM checks").fetchone() == (0,)


def test_exclude_reports_matching_links_without_a_request(web, write_refs):
    path = refs_file(
        write_refs,
        [("fine", f"http://127.0.0.1:{web.port}/ok"), ("skip", f"http://127.0.0.1:{web.port}/gone")],
    )
    result = invoke(path, "--format", "json", "--exclude", "/go+ne$", "--exclude", "unused")
    rows = json.loads(result.stdout)
    assert [(r["id"], r["status"], r["message"]) for r in rows][1] == ("skip", "excluded", "matches --exclude /go+ne$")
    assert result.exit_code == 0
    assert not web.hits("127.0.0.1", "/gone")


def test_accept_takes_ranges(web, write_refs):
    web.route("127.0.0.1", "/teapot", lambda h: h.send(418))
    path = refs_file(write_refs, [("tea", f"http://127.0.0.1:{web.port}/teapot")])
    rows = json.loads(invoke(path, "--format", "json", "--accept", "400..418,999").stdout)
    assert (rows[0]["status"], rows[0]["message"]) == ("ok", "HTTP 418 (accepted)")


def test_markdown_lists_what_needs_a_look_as_a_table(web, write_refs):
    path = refs_file(
        write_refs,
        [("fine", f"http://127.0.0.1:{web.port}/ok"), ("gone", f"http://127.0.0.1:{web.port}/gone")],
    )
    result = invoke(path, "--format", "markdown")
    assert result.stdout == (
        "| class | # | id | url | state | detail |\n"
        "|---|---|---|---|---|---|\n"
        f"| broken | 2 | gone | http://127.0.0.1:{web.port}/gone | failing 1/3 | HTTP 404 |\n"
        "\n"
        "**2 references: 1 broken, 1 ok**\n"
    )


def test_github_annotates_the_url_line_of_each_reference_that_needs_a_look(web, write_refs):
    path = refs_file(
        write_refs,
        [
            ("fine", f"http://127.0.0.1:{web.port}/ok"),
            ("gone", f"http://127.0.0.1:{web.port}/gone"),
            ("wall", f"http://127.0.0.1:{web.port}/forbidden"),
        ],
    )
    result = invoke(path, "--format", "github")
    port = web.port
    assert result.stdout.splitlines() == [
        f"::error file={path},line=12,col=10,title=verify-links broken::http://127.0.0.1:{port}/gone: "
        "HTTP 404 (failing 1/3)",
        f"::warning file={path},line=17,col=10,title=verify-links blocked::http://127.0.0.1:{port}/forbidden: "
        "HTTP 403: the site refuses automated checks; cannot verify",
        "3 references: 1 broken, 1 blocked, 1 ok",
    ]
    assert result.exit_code == 1


def test_a_page_that_now_shows_another_work_is_drifted_with_both_titles(web, write_refs):
    web.route("127.0.0.1", "/2020/05/entente", lambda h: h.send(200, b"<title>Tag: China | Indian Punchline</title>"))
    path = write_refs(
        "references:\n  - id: entente\n    type: post-weblog\n    footnote: 6\n"
        "    title: Russia-China entente deepens in the shadow of the pandemic\n"
        f"    URL: http://127.0.0.1:{web.port}/2020/05/entente\n"
    )
    result = invoke(str(path))
    assert result.stdout.splitlines() == [
        "drifted (1)",
        f"  #6  entente  http://127.0.0.1:{web.port}/2020/05/entente  failing 1/3  cited: Russia-China entente "
        "deepens in the shadow of the pandemic / page now: Tag: China | Indian Punchline",
        "1 reference: 1 drifted",
    ]
    assert result.exit_code == 0  # drifted fails the run once dead, or with --fail-on drifted
    assert invoke(str(path), "--no-drift").stdout.splitlines()[-1] == "1 reference: 1 ok"


def test_the_settings_file_links_table_applies_and_a_flag_wins(web, write_refs, tmp_path):
    path = Path(refs_file(write_refs, [("wall", f"http://127.0.0.1:{web.port}/forbidden")]))
    (path.parent / "citecheck.toml").write_text("[links]\nfail-on = ['blocked']\n", encoding="utf-8")
    assert invoke(str(path)).exit_code == 1  # blocked fails the run, as the file says
    assert invoke(str(path), "--fail-on", "broken").exit_code == 0  # the flag wins
    (path.parent / "citecheck.toml").write_text("[links]\nfail-on = ['gone']\n", encoding="utf-8")
    result = invoke(str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"citecheck: {path.parent / 'citecheck.toml'}: links.fail-on: unknown class gone")


def test_config_names_the_settings_file_and_a_misspelt_links_key_gets_did_you_mean(web, write_refs, tmp_path):
    path = Path(refs_file(write_refs, [("wall", f"http://127.0.0.1:{web.port}/forbidden")]))
    (path.parent / "citecheck.toml").write_text("[links]\nfail-on = ['blocked']\n", encoding="utf-8")
    other = tmp_path / "ci.toml"
    other.write_text("[links]\nfail-on = ['broken']\n", encoding="utf-8")
    assert invoke(str(path), "--config", str(other)).exit_code == 0  # ci.toml's, not the nearest's
    other.write_text("[links]\ntimout = 3\n", encoding="utf-8")
    result = invoke(str(path), "--config", str(other))
    assert (result.exit_code, result.stderr.splitlines()) == (
        2, [f"citecheck: {other}: unknown setting 'links.timout' (did you mean 'links.timeout'?) (known: "
            + ", ".join(PARSERS) + ")"])


def test_validate_accepts_a_settings_file_with_a_links_table(write_refs):
    path = Path(refs_file(write_refs, [("fine", None)]))
    (path.parent / "citecheck.toml").write_text("select = ['CC4']\n[links]\ntimeout = 3\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code in (0, 1), result.stderr


def test_a_misspelt_fail_on_class_gets_did_you_mean(data_file):
    result = runner.invoke(app, ["verify-links", "-f", str(data_file), "--fail-on", "brokn"])
    assert result.exit_code == 2
    assert result.stderr.startswith("citecheck: unknown class brokn (did you mean 'broken'?); choose from broken, ")


def test_a_misspelt_format_gets_did_you_mean_and_the_method_any_case(data_file):
    result = runner.invoke(app, ["verify-links", "-f", str(data_file), "--format", "jsn"])
    assert result.exit_code == 2
    assert "'jsn' is not one of table, json, markdown, github (did you mean 'json'?)" in result.stderr
    result = runner.invoke(app, ["verify-links", "-f", str(data_file), "--method", "hed"])
    assert "'HED' is not one of GET, HEAD (did you mean 'HEAD'?)" in result.stderr
