"""verify-links settings from [tool.citecheck.links] (pyproject.toml) or [links] (citecheck.toml), read by
citecheck.settings with every other key and parsed by citecheck.links.settings."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.errors import UsageError
from citecheck.links.options import LinkOptions
from citecheck.links.settings import PARSERS
from citecheck.settings import load


def settings_from(path):
    return load(path, None).link_options()


def test_every_key_names_a_link_option():
    fields = set(LinkOptions.__dataclass_fields__)
    assert {field for field, _ in PARSERS.values()} <= fields


def test_a_pyproject_links_table_sets_the_options_it_names(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text(
        "[tool.citecheck]\nselect = ['ALL']\n[tool.citecheck.links]\n"
        "timeout = 5\nexclude = ['linkedin\\.com']\naccept = ['200..204', 999]\n"
        "fail-on = ['broken', 'drifted']\nmax-age = '1d'\nsoft-404 = false\nmethod = 'head'\n",
        encoding="utf-8",
    )
    assert settings_from(path) == {
        "timeout": 5.0,
        "exclude": ("linkedin\\.com",),
        "accept": frozenset({200, 201, 202, 203, 204, 999}),
        "fail_on": frozenset({"broken", "drifted"}),
        "max_age": dt.timedelta(days=1),
        "soft404": False,
        "method": "HEAD",
    }


def test_a_citecheck_toml_uses_a_links_table(tmp_path):
    path = tmp_path / "citecheck.toml"
    path.write_text("[links]\nper-host = 1\n", encoding="utf-8")
    assert settings_from(path) == {"per_host": 1}


@pytest.mark.parametrize(
    "table, message",
    [
        ("timeout = 'soon'", "links.timeout: expected a number of at least 0.01, got 'soon'"),
        ("retries = -1", "links.retries: expected a number of at least 0, got -1"),
        ("drift = 'yes'", "links.drift: expected true or false, got 'yes'"),
        ("exclude = ['(']", "links.exclude: --exclude '(' is not a regular expression: missing ), unterminated subpattern at position 0"),
        ("timout = 3", "unknown setting 'links.timout' (did you mean 'links.timeout'?) (known: method, timeout, "
         "deadline, concurrency, per-host, host-interval, retries, user-agent, accept, exclude, soft-404, drift, "
         "allow-private, max-age, dead-after, fail-on, archive-api)"),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_file_and_key(tmp_path, table, message):
    path = tmp_path / "citecheck.toml"
    path.write_text(f"[links]\n{table}\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        settings_from(path)
    assert str(caught.value) == f"{path}: {message}"
