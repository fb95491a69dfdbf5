import yaml
from helpers import ARTICLE, DATA_FILE, needs_article
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.parse import load
from citecheck.parse.reader import LONGEST_PARSED, PRINTED_FIELD

FOOTNOTES = [
    "This Is the Russia-China Friendship That Nixon Feared, By Farah Stockman, New York Times, Feb. 20, 2022.",
    "Fifty Years After Nixon’s Visit, China Tilts Back Toward Russia, James T. Areddy, Wall Street Journal, "
    "Feb. 26, 2022.",
    "BUILDING A NEW WORLD ORDER, x.com",
]
EXPECTED = [
    ("article-newspaper", "This Is the Russia-China Friendship That Nixon Feared", ["Stockman"], "New York Times",
     "2022-02-20", None),
    ("article-newspaper", "Fifty Years After Nixon’s Visit, China Tilts Back Toward Russia", ["Areddy"],
     "Wall Street Journal", "2022-02-26", None),
    ("post", "BUILDING A NEW WORLD ORDER", [], None, None, "x.com"),
]


def fields(ref):
    return (ref.type, ref.title, [name.family or name.literal for name in ref.names()], ref.container_title,
            ref.issued.isoformat() if ref.issued else None, ref.url)


def read(text):
    result = load(text, "article.txt")
    return [(ref.footnote, fields(ref)) for ref in result.references], result


COPIES = {
    "plain text with arrows": "Body text.[1]\nReferences\n" + "".join(f"- ↑ {f}\n" for f in FOOTNOTES)
                              + "External links\n- www.example.com\n",
    "Markdown footnote definitions": "# Title\n\nBody.[^1]\n\n" + "".join(f"[^{i}]: {f}\n"
                                                                          for i, f in enumerate(FOOTNOTES, 1)),
    "a Markdown heading and a numbered list": "Body.\n\n## Notes\n\n" + "".join(f"{i}. {f}\n"
                                                                              for i, f in enumerate(FOOTNOTES, 1)),
    "HTML as Wikipedia serves it": "<html><body><p>Body.<sup>[1]</sup></p><h2><span class=\"mw-headline\">References"
                                   "</span></h2><ol class=\"references\">" + "".join(
        f"<li id=\"cite_note-{i}\"><span class=\"mw-cite-backlink\"><b><a href=\"#cite_ref-{i}\">^</a></b></span> "
        f"<span class=\"reference-text\">{f}</span></li>\n" for i, f in enumerate(FOOTNOTES, 1)) + "</ol></body></html>",
    "a Wikipedia page copied from a browser": "Body.[1]\nReferences[edit]\n" + "".join(
        f"{i}. ^ {'a b ' if i == 1 else ''}{f}\n" for i, f in enumerate(FOOTNOTES, 1)) + "See also\n- Other\n",
    "bracketed numbers with wrapped lines": "Sources\n" + "".join(
        f"[{i}] {f.split(', ', 1)[0]},\n    {f.split(', ', 1)[1]}\n" for i, f in enumerate(FOOTNOTES, 1)),
    "a list of references one per line": "".join(f"{f}\n" for f in FOOTNOTES[:2]),
}


def test_every_copy_of_the_same_footnotes_reads_the_same():
    for name, text in COPIES.items():
        got, result = read(text)
        want = list(zip([1, 2, 3], EXPECTED))[: 2 if "one per line" in name else 3]
        assert got == want, name
        assert [getattr(ref, PRINTED_FIELD) for ref in result.references] == FOOTNOTES[:len(want)], name


def test_each_footnote_keeps_its_printed_text_and_its_line():
    result = load(COPIES["plain text with arrows"], "a.txt")
    assert [ref.printed for ref in result.references] == FOOTNOTES
    assert [item.footnote.line for item in result.parsed] == [3, 4, 5]
    assert [ref.id for ref in result.references] == ["stockman2022this", "areddy2022fifty", "xndbuilding"]


def test_a_footnote_too_long_to_parse_is_imported_with_its_text_and_reported_at_its_line():
    long_one = "A" * (LONGEST_PARSED + 1)
    result = load(f"References\n- {FOOTNOTES[0]}\n- {long_one}\n", "a.txt")
    assert [(ref.footnote, ref.type, ref.title, ref.printed) for ref in result.references][1] == (
        2, "document", None, long_one)
    assert [str(p) for p in result.problems] == [
        "a.txt:3:1: footnote 2: not parsed (longer than 2,000 characters or no words); imported with its "
        "printed text only"]
    assert result.doubtful() == [2]


def test_no_references_section_and_an_empty_section_are_one_problem_each():
    assert [str(p) for p in load("Just prose.\nMore prose.\n", "a.txt").problems] == [
        "a.txt:1:1: no references section: no heading such as References, Notes or Sources, and not a list of "
        "references"]
    assert [str(p) for p in load("", "e.txt").problems] == [
        "e.txt:1:1: no references section: no heading such as References, Notes or Sources, and not a list of "
        "references"]
    assert [str(p) for p in load("Text.\nReferences\n\n", "a.txt").problems] == [
        "a.txt:3:1: the references section has no footnotes"]


def test_the_summary_names_the_footnotes_that_need_a_look_and_the_explanation_shows_labels():
    result = load("References\n" + "".join(f"- {f}\n" for f in FOOTNOTES[:2]), "a.txt", explain=True)
    assert result.summary() == "2 footnotes read; none needs a look"
    explanation = result.explanation().splitlines()
    assert explanation[0] == f"footnote 1 (line 2, confidence {result.parsed[0].confidence:.2f}): {FOOTNOTES[0]}"
    token, label, probability = explanation[1].split("\t")
    assert (token, label, 0 < float(probability) <= 1) == ("  This", "title", True)
    result.parsed[1] = type(result.parsed[1])(result.parsed[1].footnote, None, False)
    assert result.summary() == "1 of 2 footnotes need a look: 2"


@needs_article
def test_the_article_gives_its_16_footnotes_as_typed_by_hand():
    gold = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))["references"]
    result = load(ARTICLE.read_text(encoding="utf-8"), str(ARTICLE))
    assert [ref.footnote for ref in result.references] == list(range(1, 17))
    assert [ref.printed for ref in result.references] == [item["printed"] for item in gold]
    assert result.problems == []
    for ref, item in zip(result.references, gold):
        families = [(n.get("family") or n.get("literal")).strip() for n in item.get("author", [])]
        issued = item.get("issued")
        assert fields(ref) == (item["type"], item["title"], families, item.get("container-title"),
                               issued.isoformat() if issued else None, item.get("URL")), item["footnote"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_no_text_makes_the_reader_raise(text):
    result = load(text, "x.txt")
    assert result.references or result.problems


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=120), min_size=1, max_size=6))
def test_any_references_section_gives_one_reference_or_problem_per_footnote(lines):
    text = "References\n" + "".join(f"- {line}\n" for line in lines if line.strip() and "\n" not in line)
    result = load(text, "x.txt")
    assert result.references or result.problems
