"""verify-links' JSON report: the text the standard library would write, whatever the results hold."""

from __future__ import annotations

import json

from citecheck.links.report import JSON_KEYS, to_json
from citecheck.links.result import Hop, LinkResult


def stdlib_json(results: list[LinkResult]) -> str:
    rows = [{key: getattr(r, key) for key in JSON_KEYS} for r in results]
    for row, result in zip(rows, results):
        row["redirects"] = [{"url": hop.url, "status": hop.status} for hop in result.redirects]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def test_the_json_report_is_the_standard_librarys_text_for_accents_line_separators_and_redirects():
    results = [
        LinkResult("r1", 3, "https://example.org/é", "https://example.org/é", "redirected", 301,
                   "https://example.org/new", [Hop("https://example.org/é", 301)], 120, 1,
                   message='cited: «Entente» \u2028 "quoted" \\ tab\t'),
        LinkResult("r2", None, None, None, "no-url", message="the reference gives no URL"),
    ]
    assert to_json(results) == stdlib_json(results)


def test_a_footnote_number_past_64_bits_is_written_as_the_standard_library_writes_it():
    results = [LinkResult("big", 10**30, "https://example.org/", "https://example.org/", "ok", 200)]
    assert to_json(results) == stdlib_json(results)
    assert '"footnote": 1000000000000000000000000000000,' in to_json(results)


def test_an_empty_run_is_an_empty_list():
    assert to_json([]) == "[]\n"
