"""The audit: uncited references, undefined markers, first citations out of order."""

from __future__ import annotations

from citecheck.audit import audit
from citecheck.load import load_references, parse_references
from helpers import needs_article

REFS = parse_references("""references:
  - {id: a, type: webpage, title: A, footnote: 1}
  - {id: b, type: webpage, title: B, footnote: 2}
  - {id: c, type: webpage, title: C, footnote: 3}
  - {id: d, type: webpage, title: D}
""", "refs.yaml").references


def test_a_consistent_article_is_clean():
    report = audit("One.[1] Two.[2] Again [1]. Three.[3] Four [@d].\n", REFS)
    assert report.clean and report.to_dict() == {"uncited": [], "undefined": [], "out_of_order": []}


def test_uncited_undefined_and_out_of_order_are_all_reported():
    report = audit("One.[1] Three.[3] Two.[2] Nine.[9] <ref name=zz/> [@nobody]\n", REFS)
    assert report.to_dict() == {"uncited": ["d"], "undefined": ["[9]", '<ref name=zz/>', "@nobody"],
                                "out_of_order": ["[2]"]}
    late, before = report.out_of_order[0]
    assert (late.column, before.text) == (23, "[3]")


def test_keys_and_names_count_as_citations_of_their_reference():
    report = audit('Intro.<ref name="a">A</ref> Then [@b] and @c, and [@d].\n', REFS)
    assert report.clean


@needs_article
def test_the_real_article_never_cites_footnotes_1_and_2():
    from helpers import ARTICLE, DATA_FILE

    report = audit(ARTICLE.read_text(encoding="utf-8"), load_references(DATA_FILE).references)
    assert report.to_dict() == {"uncited": ["lavrov2022leaders", "friedman2022suddenly"],
                                "undefined": [], "out_of_order": []}
