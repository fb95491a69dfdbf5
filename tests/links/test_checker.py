"""Every class of the vocabulary, and every fault, against a real server on 127.0.0.1."""

from __future__ import annotations

import time

from citecheck.links.fetch import TRICKLED
from links.fakeweb import article, target

A = "site-a.test"


def page(handler) -> None:
    handler.send(200, article("The entente, explained at length."))


def check(web, make_checker, path, host=A, **options):
    checker = make_checker(**options)
    return checker.check(target(web.url(host, path)))


def test_a_page_answering_200_is_ok_after_one_get(web, make_checker):
    web.route(A, "/ok", page)
    result = check(web, make_checker, "/ok")
    assert (result.status, result.http_status, result.attempts, result.redirects) == ("ok", 200, 1, [])
    assert (len(web.hits(A, "/ok", "GET")), web.hits(A, "/ok", "HEAD")) == (1, [])


def test_with_method_head_a_page_answering_head_200_gets_no_get(web, make_checker):
    web.route(A, "/ok", page)
    result = check(web, make_checker, "/ok", method="HEAD", soft404=False)
    assert (result.status, result.http_status, result.attempts) == ("ok", 200, 1)
    assert (len(web.hits(A, "/ok", "HEAD")), web.hits(A, "/ok", "GET")) == (1, [])


def test_a_404_is_broken_and_a_410_too(web, make_checker):
    web.route(A, "/gone", lambda h: h.send(410))
    assert check(web, make_checker, "/missing").status == "broken"
    result = check(web, make_checker, "/gone")
    assert (result.status, result.http_status) == ("broken", 410)


def test_a_permanent_redirect_is_redirected_with_the_chain_and_new_url(web, make_checker):
    web.route(A, "/old", lambda h: h.send(301, headers={"Location": "/older"}))
    web.route(A, "/older", lambda h: h.send(308, headers={"Location": web.url(A, "/new")}))
    web.route(A, "/new", page)
    result = check(web, make_checker, "/old")
    assert result.status == "redirected"
    assert result.final_url == web.url(A, "/new")
    assert [(hop.url, hop.status) for hop in result.redirects] == [
        (web.url(A, "/old"), 301),
        (web.url(A, "/older"), 308),
    ]


def test_a_temporary_redirect_to_a_page_is_ok(web, make_checker):
    web.route(A, "/tmp", lambda h: h.send(302, headers={"Location": "/landing"}))
    web.route(A, "/landing", page)
    result = check(web, make_checker, "/tmp")
    assert (result.status, result.final_url) == ("ok", web.url(A, "/landing"))


def test_a_redirect_loop_is_broken_and_stops(web, make_checker):
    web.route(A, "/a", lambda h: h.send(302, headers={"Location": "/b"}))
    web.route(A, "/b", lambda h: h.send(302, headers={"Location": "/a"}))
    result = check(web, make_checker, "/a")
    assert result.status == "broken"
    assert "redirect loop" in result.message
    assert len(web.hits(A, "/a")) == 1


def test_more_than_ten_redirects_is_broken(web, make_checker):
    for n in range(15):
        web.route(A, f"/r{n}", lambda h, n=n: h.send(302, headers={"Location": f"/r{n + 1}"}))
    result = check(web, make_checker, "/r0")
    assert result.status == "broken"
    assert result.message == "more than 10 redirects"
    assert len(web.hits(A, "/r10")) == 0


def test_with_method_head_a_head_refused_with_405_falls_back_to_get(web, make_checker):
    web.route(A, "/no-head", lambda h: h.send(405) if h.command == "HEAD" else page(h))
    result = check(web, make_checker, "/no-head", method="HEAD")
    assert (result.status, result.http_status) == ("ok", 200)
    assert result.message == "HTTP 200 (HEAD said 405)"


def test_a_site_refusing_head_is_ok_by_default_with_no_head_asked(web, make_checker):
    web.route(A, "/no-head", lambda h: h.send(405) if h.command == "HEAD" else page(h))
    result = check(web, make_checker, "/no-head")
    assert (result.status, result.message, web.hits(A, "/no-head", "HEAD")) == ("ok", "HTTP 200", [])


def test_head_lying_404_is_overruled_by_get_200(web, make_checker):
    web.route(A, "/liar", lambda h: h.send(404) if h.command == "HEAD" else page(h))
    result = check(web, make_checker, "/liar")
    assert (result.status, result.http_status) == ("ok", 200)


def test_a_persistent_500_is_a_server_error_after_the_retries(web, make_checker):
    web.route(A, "/down", lambda h: h.send(500))
    result = check(web, make_checker, "/down", retries=2)
    assert (result.status, result.http_status, result.attempts) == ("server-error", 500, 3)
    assert len(web.hits(A, "/down", "GET")) == 3


def test_a_transient_503_is_retried_and_ends_ok(web, make_checker):
    answers = iter([503, 503])
    web.route(A, "/flaky", lambda h: h.send(next(answers, 200), article("back")))
    result = check(web, make_checker, "/flaky")
    assert (result.status, result.attempts) == ("ok", 3)


def test_403_999_and_401_are_blocked_not_broken(web, make_checker):
    for path, status in (("/forbidden", 403), ("/linkedin", 999), ("/login", 401)):
        web.route(A, path, lambda h, s=status: h.send(s))
        result = check(web, make_checker, path)
        assert (result.status, result.http_status) == ("blocked", status)


def test_a_cloudflare_challenge_is_blocked(web, make_checker):
    challenge = b"<html><title>Just a moment...</title><script src='/cdn-cgi/challenge-platform/x'></script>"
    web.route(
        A, "/cf", lambda h: h.send(403, challenge, {"cf-mitigated": "challenge", "Server": "cloudflare"})
    )
    result = check(web, make_checker, "/cf")
    assert result.status == "blocked"
    assert "bot challenge" in result.message


def test_accept_turns_a_status_into_ok(web, make_checker):
    web.route(A, "/forbidden", lambda h: h.send(403))
    result = check(web, make_checker, "/forbidden", accept=frozenset({403}))
    assert (result.status, result.http_status) == ("ok", 403)


def test_a_reset_mid_response_is_a_connection_error_after_retries(web, make_checker):
    web.route(A, "/reset", lambda h: h.reset())
    result = check(web, make_checker, "/reset", retries=1)
    assert result.status == "connection-error"
    assert "reset" in result.message.lower() or "aborted" in result.message.lower()
    assert result.attempts == 2


def test_a_body_cut_mid_stream_is_a_connection_error(web, make_checker):
    def truncated(handler):
        if handler.command == "HEAD":
            return handler.send(405)
        handler.send_response(200)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.wfile.write(b"x" * 1000)
        handler.reset()

    web.route(A, "/cut", truncated)
    result = check(web, make_checker, "/cut", retries=0)
    assert result.status == "connection-error"


def test_a_server_that_never_answers_is_a_timeout_bounded_by_the_deadline(web, make_checker):
    web.route(A, "/hang", lambda h: web.stopping.wait(10))
    started = time.monotonic()
    result = check(web, make_checker, "/hang", timeout=0.3, retries=5)
    elapsed = time.monotonic() - started
    assert result.status == "timeout"
    assert 0.3 <= elapsed < 0.9  # deadline = 2 x timeout, whatever the retries


def test_with_method_head_a_head_timeout_is_not_followed_by_a_get(web, make_checker):
    web.route(A, "/hang", lambda h: web.stopping.wait(10))
    result = check(web, make_checker, "/hang", timeout=0.3, retries=0, method="HEAD", soft404=False)
    assert (result.status, web.hits(A, "/hang", "GET")) == ("timeout", [])


def test_an_endless_body_is_read_only_up_to_the_cap(web, make_checker):
    sent = []

    def endless(handler):
        if handler.command == "HEAD":
            return handler.send(405)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        chunk = b"<p>" + b"more " * 2000 + b"</p>"
        try:
            for _ in range(2000):  # 20 MB, far past the 64 KB cap
                handler.wfile.write(chunk)
                sent.append(len(chunk))
        except OSError:
            pass
        handler.close_connection = True

    web.route(A, "/endless", endless)
    started = time.monotonic()
    result = check(web, make_checker, "/endless", soft404=False)
    assert (result.status, result.http_status) == ("ok", 200)
    assert time.monotonic() - started < 2
    time.sleep(0.2)
    assert sum(sent) < 20_000_000  # the client closed long before the end


def test_an_unknown_host_is_a_dns_error_and_is_not_retried(web, make_checker):
    result = check(web, make_checker, "/", host="nowhere.invalid")
    assert (result.status, result.attempts) == ("dns-error", 1)


def test_a_refused_connection_is_a_connection_error(make_checker):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = make_checker().check(target(f"http://site-a.test:{port}/"))
    assert (result.status, result.attempts) == ("connection-error", 1)


def test_a_site_serving_its_not_found_page_with_200_is_a_soft_404(web, make_checker):
    not_found = article("Sorry, we could not find that page. Try the search box.")
    web.route("soft.test", "*", lambda h: h.send(200, not_found))
    result = check(web, make_checker, "/2019/01/the-entente", host="soft.test")
    assert result.status == "soft-404"
    assert "random path" in result.message


def test_a_real_page_on_a_site_that_answers_200_to_everything_stays_ok(web, make_checker):
    web.route("soft.test", "*", lambda h: h.send(200, article("Sorry, we could not find that page.")))
    web.route("soft.test", "/2019/01/real", lambda h: h.send(200, article("A long real article " * 40)))
    assert check(web, make_checker, "/2019/01/real", host="soft.test").status == "ok"


def test_a_redirect_to_the_home_page_is_a_soft_404(web, make_checker):
    web.route("home.test", "/", page)
    web.route("home.test", "/old-article", lambda h: h.send(301, headers={"Location": "/"}))
    result = check(web, make_checker, "/old-article", host="home.test")
    assert (result.status, result.final_url) == ("soft-404", web.url("home.test", "/"))


def test_an_honest_site_costs_one_probe_per_directory(web, make_checker):
    checker = make_checker()
    for n in range(3):
        web.route(A, f"/news/{n}", page)
    checker.check_all([target(web.url(A, f"/news/{n}"), f"r{n}") for n in range(3)])
    probes = [p for m, h, p, _ in web.log if p.startswith("/news/citecheck-")]
    assert len(probes) == 1
    # and one request per link: a GET, no HEAD before it, no second GET for the soft-404 check
    assert sorted((m, p) for m, h, p, _ in web.log if not p.startswith("/news/citecheck-")) == [
        ("GET", f"/news/{n}") for n in range(3)
    ]


ENTENTE = "Russia-China entente deepens in the shadow of the pandemic"


def titled(url: str, title: str = ENTENTE):
    """The target of a reference with a title, as most references have."""
    from citecheck.links.targets import target_of
    from citecheck.model import Reference

    return target_of(Reference.model_validate({"id": "ref", "type": "webpage", "title": title, "URL": url}))


def probes(web) -> list[str]:
    return [p for m, h, p, _ in web.log if "/citecheck-" in p]


def test_a_page_whose_title_names_the_cited_work_is_ok_without_a_probe_on_a_site_answering_200_to_all(
    web, make_checker
):
    web.route("soft.test", "*", lambda h: h.send(200, article("Sorry, we could not find that page.")))
    real = f"<html><head><title>{ENTENTE} | Indian Punchline</title></head><body>The entente.</body></html>"
    web.route("soft.test", "/2020/05/entente", lambda h: h.send(200, real.encode()))
    result = make_checker().check(titled(web.url("soft.test", "/2020/05/entente")))
    assert (result.status, probes(web)) == ("ok", [])


def test_a_not_found_page_served_with_200_is_a_soft_404_for_a_reference_with_a_title_too(web, make_checker):
    not_found = article("Sorry, we could not find that page. Try the search box.")
    web.route("soft.test", "*", lambda h: h.send(200, not_found))
    result = make_checker().check(titled(web.url("soft.test", "/2020/05/entente")))
    assert (result.status, len(probes(web))) == ("soft-404", 1)
    assert "random path" in result.message


def test_a_redirect_to_the_home_page_is_a_soft_404_for_a_reference_with_a_title_too(web, make_checker):
    web.route("home.test", "/", lambda h: h.send(200, article(ENTENTE)))  # the home page lists the story
    web.route("home.test", "/old-article", lambda h: h.send(301, headers={"Location": "/"}))
    result = make_checker().check(titled(web.url("home.test", "/old-article")))
    assert (result.status, result.final_url) == ("soft-404", web.url("home.test", "/"))


def test_check_all_keeps_the_input_order_and_checks_a_repeated_url_once(web, make_checker):
    web.route(A, "/ok", page)
    targets = [
        target(web.url(A, "/ok"), "first"),
        target(web.url(A, "/missing"), "second"),
        target(web.url(A, "/ok"), "third"),
    ]
    results = make_checker().check_all(targets)
    assert [(r.id, r.status) for r in results] == [("first", "ok"), ("second", "broken"), ("third", "ok")]
    assert len(web.hits(A, "/ok")) == 1


def test_references_without_a_url_or_with_an_unusable_one_are_reported_without_a_request(make_checker):
    from citecheck.links.targets import Target

    results = make_checker().check_all([Target("none", 2, None, None), target("mailto:someone", "mail")])
    assert [(r.id, r.status) for r in results] == [("none", "no-url"), ("mail", "invalid-url")]


def test_a_500_on_a_busy_host_is_a_server_error_after_every_retry_not_a_timeout(web, make_checker):
    # one slot for six links that all fail: each waits behind the others' attempts for its retries,
    # and that wait must not eat the link's deadline nor hide its 500 behind a timeout
    web.route(A, "*", lambda h: (time.sleep(0.1), h.send(500)))
    checker = make_checker(per_host=1, concurrency=6, timeout=0.5, retries=2, soft404=False)
    results = checker.check_all([target(web.url(A, f"/p{n}"), f"p{n}") for n in range(6)])
    assert {(r.status, r.http_status, r.attempts) for r in results} == {("server-error", 500, 3)}


def test_a_retry_cut_short_by_the_deadline_reports_the_500_it_followed(web, make_checker):
    first = iter([True])
    web.route(A, "/then-hangs", lambda h: h.send(500) if next(first, False) else web.stopping.wait(5))
    result = check(web, make_checker, "/then-hangs", timeout=0.3, retries=3, soft404=False)
    assert (result.status, result.http_status, result.message) == ("server-error", 500, "HTTP 500")


def trickle(handler, head: bytes, tail: bytes, gap: float = 0.05) -> None:
    """Send ``head`` at once, then ``tail`` one byte per ``gap`` seconds: never idle for a read timeout."""
    try:
        handler.wfile.write(head)
        handler.wfile.flush()
        for byte in tail:
            if handler.server.stopping.wait(gap):
                return
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
    except OSError:
        pass  # the client cut us off: what the watchdog is for
    handler.close_connection = True


def test_a_server_trickling_its_headers_is_cut_at_the_deadline(web, make_checker):
    web.route(A, "/trickle", lambda h: trickle(h, b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"z" * 200 + b"\r\n\r\n"))
    started = time.monotonic()
    result = check(web, make_checker, "/trickle", timeout=0.3, retries=0, soft404=False)
    elapsed = time.monotonic() - started
    assert (result.status, result.message) == ("timeout", TRICKLED)
    assert elapsed < 0.9  # the 0.6 s deadline (2 x timeout), though no read ever waited 0.3 s


def test_a_server_trickling_its_body_is_cut_at_the_deadline(web, make_checker):
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>"
    web.route(A, "/slow-body", lambda h: trickle(h, head, b"x" * 1000))
    started = time.monotonic()
    result = check(web, make_checker, "/slow-body", timeout=0.3, retries=0, soft404=False)
    assert (result.status, result.message) == ("timeout", TRICKLED)
    assert time.monotonic() - started < 0.9


def test_a_server_trickling_its_status_line_is_cut_at_the_deadline(web, make_checker):
    web.route(A, "/slow-status", lambda h: trickle(h, b"", b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))
    started = time.monotonic()
    result = check(web, make_checker, "/slow-status", timeout=0.3, retries=0, soft404=False)
    assert (result.status, result.message) == ("timeout", TRICKLED)
    assert time.monotonic() - started < 0.9


def test_a_soft_404_probe_answer_trickled_a_byte_at_a_time_holds_the_link_no_longer_than_a_deadline(
    web, make_checker
):
    # issue 15: the probe's answer, trickled, held a link 100 s whatever --timeout said
    web.route(A, "/2020/page", page)
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>"
    web.route(A, "*", lambda h: trickle(h, head, b"x" * 1000))
    started = time.monotonic()
    result = check(web, make_checker, "/2020/page", timeout=0.3, retries=0)
    assert (result.status, result.http_status) == ("ok", 200)  # a probe with no answer: the page is trusted
    assert time.monotonic() - started < 0.9


def test_a_compressed_body_is_capped_after_decoding_so_a_gzip_bomb_costs_one_cap(web, make_checker):
    # issue 15: the response decoding must be capped, compressed bodies included
    import gzip
    import tracemalloc

    bomb = gzip.compress(b"<html>" + b" " * 50_000_000, 9)  # 49 KB on the wire, 50 MB decoded
    web.route(A, "/bomb", lambda h: h.send(200, bomb, {"Content-Encoding": "gzip", "Content-Type": "text/html"}))
    tracemalloc.start()
    try:
        fetched, _ = make_checker(soft404=False).fetch_with_retries(target(web.url(A, "/bomb")))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (fetched.status, len(fetched.body)) == (200, 65536)
    assert peak < 5_000_000
