"""A hand-made set of hostile references: every LaTeX special, quotes, CJK, Cyrillic, emoji,
particles, organisations with "and" or braces, partial dates, URLs with ``_ % # &``."""

from __future__ import annotations

from citecheck.model import Reference

SPECIALS = "\\ { } $ & % # _ ~ ^ < >"

HOSTILE_DATA = [
    {"id": "specials", "type": "webpage", "footnote": 1,
     "title": f"All the specials: {SPECIALS} and a lone {{ brace",
     "author": [{"family": "Fontaine", "given": "Jean", "non-dropping-particle": "de la"}],
     "container-title": "Site_with & ampersand", "issued": "2021-06-15", "accessed": "2022-01-03",
     "URL": "https://example.org/a_b%20c?x=1&y=2#frag", "language": "en",
     "printed": "1. All the specials, 100% _real_ #1 {braced}"},
    {"id": "quotes-and-dashes", "type": "article-newspaper", "footnote": 2,
     "title": "“Double” and ‘single’ quotes, \"straight\" 'ones', — em and – en dashes",
     "author": [{"family": "King", "given": "Martin Luther", "suffix": "Jr."},
                {"literal": "Smith and Sons {Publishing}"}],
     "container-title": "The New York Times", "issued": "2021-06", "URL": "https://www.nytimes.com/x_y.html",
     "archive-url": "https://web.archive.org/web/20220103000000/https://www.nytimes.com/x_y.html",
     "archive-date": "2022-01-03"},
    {"id": "cjk", "type": "article-newspaper", "footnote": 3, "title": "北京与莫斯科的关系 🚀 新时代",
     "author": [{"family": "王", "given": "伟"}], "container-title": "人民日报", "issued": "2024-05-16",
     "language": "zh", "URL": "https://example.cn/新闻?id=1"},
    {"id": "cyrillic", "type": "article-magazine", "footnote": 4, "title": "Россия и Китай: «новая эра»",
     "author": [{"family": "Иванова", "given": "Мария"}], "container-title": "Новая газета",
     "issued": "2023", "language": "ru", "publisher": "Издательский дом «Коммерсантъ»"},
    {"id": "Ünïcode key, not safe", "type": "post-weblog", "footnote": 5,
     "title": "Émoji 🔥 and accents: Zoë, Björn, Łukasz, Nguyễn, Ørsted, Çelik",
     "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
                {"family": "Van Oudenaren", "given": "John S."}],
     "container-title": "Personal blog", "issued": "2020-05-02", "accessed": "2020-05-03",
     "URL": "https://blog.example.net/2020/05/post_1%2F#comments"},
    {"id": "org-authors", "type": "report", "footnote": 6,
     "title": "AT&T and the NYC data: 50% of US-NATO budgets",
     "author": [{"literal": "AT&T Research and Development"}, {"literal": "Ministry {of} Truth"}],
     "publisher": "OECD Publishing", "publisher-place": "Paris", "genre": "Working paper",
     "issued": "2019-01", "URL": "https://www.oecd.org/report_2019.pdf"},
    {"id": "speech", "type": "speech", "footnote": 7, "title": "Leaders of Russia management competition",
     "author": [{"family": "Lavrov", "given": "Sergey"}], "event-title": "Leaders of Russia competition",
     "event-place": "Moscow", "issued": "2022-03-19", "note": "Transcript; 2 parts"},
    {"id": "document-no-author", "type": "document", "footnote": 8,
     "title": "Joint statement on the 75th anniversary", "publisher": "CCTV news client",
     "issued": "2024-05-16", "language": "zh", "note": "In Mandarin"},
]


def hostile_references() -> list[Reference]:
    return [Reference.model_validate(item) for item in HOSTILE_DATA]
