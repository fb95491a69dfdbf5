"""Hypothesis strategies: references with hostile content, limited to what a format can hold."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from citecheck.model import Reference
from citecheck.vocabulary import ITEM_TYPES

# Every LaTeX special, quotes, dashes, accented Latin, Cyrillic, CJK and emoji; spaces single (see
# the whitespace loss in README) and no control characters.
ALPHABET = list("abcXYZ019 \\{}$&%#_~^<>\"'’“”«»—–-.,:;?!/@*+=|[]()") + list("éÉüßøŁçñ\u00a0") + \
    list("МарияИван") + list("北京新闻") + ["🚀", "🔥", "🗳"]
TYPES = list(ITEM_TYPES)  # all 45 CSL types


def text(alphabet=ALPHABET, min_size=1, max_size=30):
    return st.text(alphabet, min_size=min_size, max_size=max_size).map(lambda s: re.sub(" +", " ", s).strip(" ")) \
        .filter(bool)


words = st.text(list("abcdefXYZéüМи北"), min_size=1, max_size=8)
capitalised = st.text(list("abcdeféüи"), min_size=0, max_size=7).map(lambda s: "V" + s)
particles = st.sampled_from(["van", "de", "von", "van der", "de la", "di"])
suffixes = st.sampled_from(["Jr.", "Sr.", "III"])


@st.composite
def person(draw, particle_ok=True, suffix_ok=True):
    name = {"family": draw(st.one_of(capitalised, st.builds(lambda a, b: f"{a} {b}", capitalised, capitalised),
                                     st.sampled_from(["王", "Иванова", "O'Brien", "Müller-Lüdenscheidt"])))}
    if draw(st.booleans()):
        name["given"] = draw(text(list("ABCabcé. -Мa"), max_size=12).filter(lambda s: s != "-"))
    if particle_ok and draw(st.booleans()):
        name["non-dropping-particle"] = draw(particles)
    if suffix_ok and "given" in name and draw(st.booleans()):
        name["suffix"] = draw(suffixes)
    return name


organisation = st.one_of(
    st.sampled_from(["Smith and Sons", "AT&T Research and Development", "Ministry {of} Truth", "Агентство ТАСС",
                     "新华社", "The Editors"]).map(lambda s: {"literal": s}),
    text(max_size=20).map(lambda s: {"literal": s}))

dates = st.one_of(
    st.integers(1900, 2030).map(lambda y: [y]),
    st.tuples(st.integers(1900, 2030), st.integers(1, 12)).map(list),
    st.tuples(st.integers(1900, 2030), st.integers(1, 12), st.integers(1, 28)).map(list),
).map(lambda parts: {"date-parts": [parts]})
urls = st.builds(lambda host, path: f"https://{host}/{path}", st.sampled_from(["example.org", "www.nytimes.com", "x.com"]),
                 st.text(list("abc019_%#&?=/-.~"), max_size=20))
languages = st.sampled_from(["en", "en-US", "de", "fr", "ru", "zh", "zh-Hans"])


@st.composite
def reference(draw, particle_ok=True, org_comma_ok=True, suffix_ok=True):
    """One reference with the fields every format except RIS and wikitext can hold."""
    organisations = organisation if org_comma_ok else organisation.filter(lambda n: "," not in n["literal"])
    names = st.lists(st.one_of(person(particle_ok, suffix_ok), organisations), min_size=0, max_size=3)
    data = {"id": draw(st.one_of(st.from_regex(r"[a-z][a-z0-9_:.\-]{0,12}", fullmatch=True),
                                 text(max_size=15).filter(lambda s: '"' not in s))),
            "type": draw(st.sampled_from(TYPES)), "title": draw(text(max_size=60))}
    optional = {
        "author": names.filter(bool), "editor": names.filter(bool),
        "container-title": text(), "publisher": text(), "publisher-place": text(max_size=15),
        "genre": text(max_size=15), "issued": dates, "accessed": dates, "URL": urls, "DOI": st.just("10.1000/x_y"),
        "language": languages, "note": text(), "printed": text(max_size=60), "footnote": st.integers(1, 300),
        "archive-url": urls, "archive-date": dates,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            data[key] = draw(strategy)
    return Reference.model_validate(data)


def distinct_ids(refs):
    return len({ref.id for ref in refs}) == len(refs)
