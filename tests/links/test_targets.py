"""What verify-links checks: full URLs as given, bare domains at https://, nothing for no URL."""

from __future__ import annotations

import pytest

from citecheck.links.targets import normalise, select_targets
from citecheck.load import load_references


def test_the_article_has_ten_domain_only_references_checked_at_https(data_file):
    targets = select_targets(load_references(data_file).references)
    domain_only = {t.url: t.checked_url for t in targets if t.domain_only}
    assert len(domain_only) == 10
    assert domain_only["www.sott.net"] == "https://www.sott.net/"
    assert domain_only["thealtworld.com/alastair_crooke"] == "https://thealtworld.com/alastair_crooke"
    assert [t.ref_id for t in targets if t.url is None] == [
        "friedman2022suddenly",
        "stockman2022nixon",
        "areddy2022fifty",
        "prc-russia2024joint-statement",
    ]


def test_filters_by_id_and_footnote(data_file):
    refs = load_references(data_file).references
    assert [t.footnote for t in select_targets(refs, footnotes=[3, 16])] == [3, 16]
    assert [t.ref_id for t in select_targets(refs, ids=["tass2024responsible"])] == ["tass2024responsible"]


def test_an_id_and_a_footnote_together_select_both_references(data_file):
    refs = load_references(data_file).references
    chosen = select_targets(refs, ids=["tass2024responsible"], footnotes=[3])
    assert [(t.footnote, t.ref_id) for t in chosen] == [
        (3, "vanoudenaren2019nightmare-sott"),
        (16, "tass2024responsible"),
    ]


def test_the_date_an_archive_snapshot_should_precede_is_accessed_else_issued(data_file):
    targets = {t.ref_id: t for t in select_targets(load_references(data_file).references)}
    assert str(targets["lavrov2022leaders"].cited_on) == "2022-03-19"
    assert targets["x-building-a-new-world-order"].cited_on is None


@pytest.mark.parametrize(
    "text, problem",
    [
        ("mailto:someone@example.org", "only http and https URLs are checked, not mailto"),
        ("ftp://files.example.org/x", "only http and https URLs are checked, not ftp"),
        ("https://exa mple.org/", "the URL is empty or contains spaces"),
        ("https://example.org:99999/", "not a valid URL: Port out of range 0-65535"),
        ("https:///path-only", "the URL has no host name"),
    ],
)
def test_unusable_urls_are_invalid_with_a_reason(text, problem):
    assert normalise(text) == (None, False, problem)
