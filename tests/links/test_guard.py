"""The SSRF guard: private targets refused by default, connections pinned to the vetted address."""

from __future__ import annotations

import socket

import pytest

from citecheck.links.guard import PrivateAddressError, is_public, vetted_addresses
from citecheck.links.options import LinkOptions
from citecheck.links.session import build_session
from links.fakeweb import article, resolver_for, target


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.10",
        "172.16.5.4",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "fc00::5",
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
    ],
)
def test_non_global_addresses_are_not_public(address):
    assert not is_public(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:84e5", "::ffff:8.8.8.8"])
def test_global_addresses_are_public(address):
    assert is_public(address)


def test_only_the_public_addresses_of_a_mixed_answer_are_kept():
    resolve = lambda host, port: ["10.0.0.7", "93.184.215.14"]
    assert vetted_addresses("mixed.test", 80, resolve, allow_private=False) == ["93.184.215.14"]


def test_a_name_resolving_only_to_private_addresses_is_refused():
    with pytest.raises(PrivateAddressError, match="intranet.test resolves to a non-public address"):
        vetted_addresses("intranet.test", 80, lambda h, p: ["10.0.0.7"], allow_private=False)


def test_a_private_target_is_skipped_without_any_request_reaching_it(web, make_checker):
    web.route("site-a.test", "/admin", lambda h: h.send(200, article("secret")))
    result = make_checker(allow_private=False).check(target(web.url("site-a.test", "/admin")))
    assert result.status == "skipped-private"
    assert web.log == []


def test_a_literal_loopback_ip_is_skipped_too(web, make_checker):
    result = make_checker(allow_private=False).check(target(f"http://127.0.0.1:{web.port}/"))
    assert result.status == "skipped-private"
    assert web.log == []


def test_a_redirect_to_a_private_address_is_refused_at_the_hop(web, make_checker, monkeypatch):
    from citecheck.links import guard

    # Tests may only reach 127.0.0.1, so let the guard take the first address it vets (the name's) as
    # public; the hop to the literal 127.0.0.1 is then judged for real.
    vetted = []
    monkeypatch.setattr(guard, "is_public", lambda a: vetted.append(a) or len(vetted) == 1)
    web.route(
        "site-a.test", "/jump", lambda h: h.send(302, headers={"Location": f"http://127.0.0.1:{web.port}/"})
    )
    result = make_checker(allow_private=False, soft404=False).check(target(web.url("site-a.test", "/jump")))
    assert result.status == "skipped-private"
    assert [path for _, _, path, _ in web.log] == ["/jump"]  # the private hop never got a request


def test_the_connection_goes_to_the_resolved_address_not_a_second_lookup(web):
    calls = []

    def resolve(host, port):
        calls.append(host)
        return ["127.0.0.1"]

    web.route("pinned.test", "/", lambda h: h.send(200, article("pinned")))
    session = build_session(LinkOptions(allow_private=True), resolver=resolve)
    response = session.get(web.url("pinned.test", "/"), timeout=2)
    assert response.status_code == 200
    assert calls == ["pinned.test"]  # the OS resolver (which knows no pinned.test) was never asked


def test_proxy_variables_cannot_route_around_the_guard(web, monkeypatch):
    # a proxy nobody listens on: were it used, the request would fail with a refused connection
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    web.route("site-a.test", "/", lambda h: h.send(200, article("direct")))
    session = build_session(LinkOptions(allow_private=True), resolver=resolver_for("site-a.test"))
    assert session.trust_env is False
    assert session.get(web.url("site-a.test", "/"), timeout=2).status_code == 200


def test_an_unresolvable_name_raises_a_resolution_error():
    with pytest.raises(socket.gaierror):
        vetted_addresses("nowhere.test", 80, resolver_for(), allow_private=True)
