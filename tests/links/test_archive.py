import datetime as dt

import pytest

from citecheck.links.archive import parse_snapshot

GOOD = {"archived_snapshots": {"closest": {
    "available": True, "status": "200", "timestamp": "20220301120000",
    "url": "http://web.archive.org/web/20220301120000/https://example.org/a"}}}


def test_a_snapshot_before_the_citation_date_is_taken_over_https():
    snapshot = parse_snapshot(GOOD, dt.date(2022, 3, 19))
    assert (snapshot.url, snapshot.date, snapshot.before_citation) == (
        "https://web.archive.org/web/20220301120000/https://example.org/a", dt.date(2022, 3, 1), True)


def test_a_snapshot_after_the_citation_date_is_flagged():
    assert parse_snapshot(GOOD, dt.date(2022, 2, 1)).before_citation is False


@pytest.mark.parametrize("payload", [
    [1], "text", None, {"archived_snapshots": []}, {"archived_snapshots": {"closest": "x"}},
    {"archived_snapshots": {"closest": {"available": True, "url": 5, "timestamp": "20220301"}}},
    {"archived_snapshots": {}},
])
def test_any_other_answer_shape_means_no_snapshot(payload):
    assert parse_snapshot(payload, None) is None
