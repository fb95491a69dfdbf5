"""TLS: a self-signed certificate is a tls-error; with its CA trusted, the pinned connection still
checks the certificate against the host NAME (SNI and hostname verification are kept)."""

from __future__ import annotations

import time

import pytest
import trustme

from links.fakeweb import FakeWeb, article, target


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def tls_web(ca):
    def start(name: str) -> FakeWeb:
        context = __import__("ssl").create_default_context(__import__("ssl").Purpose.CLIENT_AUTH)
        ca.issue_cert(name).configure_cert(context)
        server = FakeWeb(tls=context).start()
        server.route(name, "/", lambda h: h.send(200, article("over TLS")))
        servers.append(server)
        return server

    servers: list[FakeWeb] = []
    yield start
    for server in servers:
        server.stop()


def test_a_self_signed_certificate_is_a_tls_error_and_is_not_retried(tls_web, make_checker):
    web = tls_web("tls.test")
    result = make_checker().check(target(web.url("tls.test", "/")))
    assert (result.status, result.attempts) == ("tls-error", 1)
    assert "certificate" in result.message.lower()


def test_a_trusted_certificate_for_the_name_is_ok_through_the_pinned_address(
    tls_web, make_checker, ca, tmp_path
):
    web = tls_web("tls.test")
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    result = make_checker(verify=str(bundle)).check(target(web.url("tls.test", "/")))
    assert (result.status, result.http_status) == ("ok", 200)


def test_a_certificate_for_another_name_is_a_tls_error_even_from_a_trusted_ca(
    tls_web, make_checker, ca, tmp_path
):
    web = tls_web("other.test")
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    result = make_checker(verify=str(bundle)).check(target(web.url("tls.test", "/")))
    assert result.status == "tls-error"
    assert "tls.test" in result.message


def test_https_to_a_plain_http_port_is_a_tls_error_at_once_not_a_timeout(web, make_checker):
    # issue 15: https:// to a port speaking plain HTTP was classed timeout after the whole deadline
    web.route("site-a.test", "/", lambda h: h.send(200, article("plain")))
    started = time.monotonic()
    result = make_checker(timeout=2, soft404=False).check(target(f"https://site-a.test:{web.port}/"))
    assert (result.status, result.attempts) == ("tls-error", 1)
    assert "WRONG_VERSION_NUMBER" in result.message
    assert time.monotonic() - started < 1
