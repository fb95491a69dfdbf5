"""data/references.yaml holds the article's 16 footnotes, transcribed with their defects."""

import pytest

from citecheck.load import load_references
from helpers import ARTICLE, DATA_FILE, needs_article

# footnote: (title, first author as "given|family", outlet, issued, URL or domain), read off the article.
FOOTNOTES = {
    1: ("Foreign Minister Sergey Lavrov: Leaders of Russia management competition", "Sergey|Lavrov", None,
        "2022-03-19", "https://thesaker.is/foreign-minister-sergey-lavrov-leaders-of-russia-management-"
        "competition-moscow-march-19-2022/"),
    2: ("We Are Suddenly Taking On China and Russia at the Same Time", "Thomas|Friedman", "New York Times",
        "2022-10-12", None),
    3: ("America's nightmare: The Sino-Russian entente", "John S.|Van Oudenaren", "Center for National Interest",
        "2019-01-12", "www.sott.net"),
    4: ("The Other America (Or the Three Missed Chances to Avoid World War III)", "Matthew|Ehret", None,
        "2023-01-29", "strategic-culture.su"),
    5: ("America’s Nightmare: The Sino-Russian Entente", "by John S.|Van Oudenaren", "The National Interest",
        "2019-01-12", "nationalinterest.org"),
    6: ("Russia-China entente deepens in the shadow of the pandemic", "BY M. K.|BHADRAKUMAR", "Indian Punchline",
        "2020-05-02", "www.indianpunchline.com"),
    7: ("US-NATO vs Russia-China in a Hybrid War to the Finish", "PEPE|ESCOBAR", "UNZ", "2021-03-26",
        "www.unz.com"),
    8: ("Putin and Xi agree to ‘no limits’ partnership at Olympics", None, "Reuters", "2022-02-04",
        "thechinaproject.com"),
    9: ("War in Ukraine Needs to Be Understood in Context of New Russia-China Alliance", "By Alfred W.|McCoy ",
        "TOM DISPATCH", "2022-03-10", "https://tomdispatch.com/the-geopolitics-of-the-ukraine-war/"),
    10: ("This Is the Russia-China Friendship That Nixon Feared", "By Farah|Stockman", "New York Times",
         "2022-02-20", None),
    11: ("Fifty Years After Nixon’s Visit, China Tilts Back Toward Russia", "James T.|Areddy",
         "Wall Street Journal", "2022-02-26", None),
    12: ("RAY McGOVERN: Russia & China — Two Against One", "Ray|McGovern", "Consortium News]]", "2024-05-17",
         "consortiumnews.com"),
    13: ("BUILDING A NEW WORLD ORDER", None, None, None, "x.com"),
    14: ("Joint Statement of the People's Republic of China and the Russian Federation on Deepening the "
         "Comprehensive Strategic Partnership of Coordination for a New Era on the occasion of the 75th "
         "anniversary of the establishment of diplomatic relations between the two countries", None,
         "CCTV news client", "2024-05-16", None),
    15: ("The brink of dissolution: Neurosis in the West as the levee breaks", "ALASTAIR|CROOKE", None,
         "2024-05-27", "thealtworld.com/alastair_crooke"),
    16: ("US directly responsible for emergence, escalation of Ukrainian crisis — Beijing", None, None,
         "2024-05-17", "tass.com"),
}


@pytest.fixture(scope="module")
def by_footnote():
    return {ref.footnote: ref for ref in load_references(DATA_FILE).references}


def test_all_16_footnotes_load_in_order(by_footnote):
    assert list(by_footnote) == list(range(1, 17))


@pytest.mark.parametrize("number", sorted(FOOTNOTES))
def test_each_footnote_keeps_what_the_article_says(by_footnote, number):
    ref = by_footnote[number]
    title, author, outlet, issued, url = FOOTNOTES[number]
    first = ref.names("author")[0] if ref.author else None
    assert ref.title == title
    assert (f"{first.given}|{first.family}" if first else None) == author
    assert (ref.container_title or ref.publisher) == outlet
    assert (ref.issued.isoformat() if ref.issued else None) == issued
    assert ref.url == url


def test_types_are_what_each_item_really_is(by_footnote):
    assert {n: ref.type for n, ref in by_footnote.items()} == {
        1: "speech", 2: "article-newspaper", 3: "article-magazine", 4: "article-magazine",
        5: "article-magazine", 6: "post-weblog", 7: "article-magazine", 8: "article-newspaper",
        9: "article-magazine", 10: "article-newspaper", 11: "article-newspaper", 12: "article-magazine",
        13: "post", 14: "document", 15: "article-magazine", 16: "article-newspaper",
    }


def test_the_op_ed_the_language_and_the_second_place_are_kept(by_footnote):
    assert by_footnote[2].genre == "Op-ed"
    assert by_footnote[14].language == "zh"
    assert "truthout.org" in by_footnote[9].note


@needs_article
def test_each_source_is_the_footnote_exactly_as_printed(by_footnote):
    printed = [line[len("- ↑ "):].rstrip("\n") for line in ARTICLE.read_text(encoding="utf-8").splitlines()
               if line.startswith("- ↑ ")]
    assert [by_footnote[n].printed for n in range(1, 17)] == printed
