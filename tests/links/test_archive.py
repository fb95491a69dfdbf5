import datetime as dt
import json
import time

import pytest

from citecheck.links.archive import ArchiveError, find_snapshot, parse_snapshot
from citecheck.links.options import LinkOptions

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


def answer_with(url: str) -> dict:
    return {"archived_snapshots": {"closest": {**GOOD["archived_snapshots"]["closest"], "url": url}}}


@pytest.mark.parametrize("url", [
    "javascript:alert(document.cookie)", "data:text/html,<script>x</script>", "//web.archive.org/web/2022/x",
    "https:///web/2022/x", "https://web.archive.org/web/2022/a b", "https://web.archive.org/web/2022/\nx",
    "http://[web.archive.org]/web/2022/x", "https://web.archive.org:99999999/web/2022/x",
    "https://web.archive.org/web/" + "x" * 9000,
])
def test_a_snapshot_at_anything_but_an_http_or_https_address_is_no_snapshot(url):
    # issue 15: an answer's javascript: URL was written into the report and the history as archive-url
    assert parse_snapshot(answer_with(url), None) is None


def lookup(web, make_checker, route, **options):
    """find_snapshot against a fake archive at 127.0.0.1 answering with ``route``."""
    web.route("127.0.0.1", "*", route)
    checker = make_checker(**options)
    settings = LinkOptions(**{**options, "allow_private": True})
    api = f"http://127.0.0.1:{web.port}/wayback/available"
    return find_snapshot(checker.session, "https://example.org/a", None, api, settings, checker.watchdog)


def test_an_endless_archive_answer_costs_one_body_cap_not_all_memory(web, make_checker):
    # issue 15: response.json() read an endless answer whole (888 MB, then a MemoryError traceback)
    def endless(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.end_headers()
        try:
            handler.wfile.write(b'{"archived_snapshots": {"closest": {"url": "')
            for _ in range(20_000):  # 200 MB if it were all read
                handler.wfile.write(b"x" * 10_000)
        except OSError:
            pass
        handler.close_connection = True

    started = time.monotonic()
    with pytest.raises(ArchiveError, match="^the archive's answer is not the JSON its API sends$"):
        lookup(web, make_checker, endless, archive_timeout=2)
    assert time.monotonic() - started < 2


def test_an_archive_answer_trickled_a_byte_at_a_time_is_cut_at_the_archive_timeout(web, make_checker):
    # issue 15: a 1-byte-a-second answer held the run 100 s
    def trickled(handler):
        body = json.dumps(GOOD).encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        try:
            handler.wfile.write(head)
            for byte in body:
                if handler.server.stopping.wait(0.05):
                    return
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
        except OSError:
            pass
        handler.close_connection = True

    started = time.monotonic()
    with pytest.raises(ArchiveError, match="^127.0.0.1 did not answer within 0.5 s$"):
        lookup(web, make_checker, trickled, archive_timeout=0.5, timeout=0.3)
    assert time.monotonic() - started < 1.2


@pytest.mark.parametrize("body", [b"[" * 60_000, b'{"n": ' + b"9" * 5000 + b"}", b"\xff\xfe{"])
def test_an_archive_answer_json_cannot_hold_is_told_not_raised(web, make_checker, body):
    with pytest.raises(ArchiveError, match="^the archive's answer is not the JSON its API sends$"):
        lookup(web, make_checker, lambda h: h.send(200, body), archive_timeout=2)
