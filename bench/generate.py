"""Generate a deterministic synthetic CSL reference library for benchmarks.

The references mimic a news/web-heavy bibliography: newspaper and magazine
articles, web pages, blog posts, reports and speeches, with multilingual
titles (accented Latin, Cyrillic, CJK, emoji), tricky punctuation, name
particles, organisations as authors, partial dates and URLs with ``_ % # &``.

Two output formats carry the same references:

* ``yaml`` -- CSL-YAML as a person writes it: block style, a top-level
  ``references:`` list, plain scalars where YAML allows them (dates such as
  ``2022-03-19`` are left unquoted, as people do), quotes only when needed.
  Some dates use the ``date-parts`` form instead of a string.
* ``json`` -- a CSL-JSON array; every date is in ``date-parts`` form.

The output depends only on N and --seed, so runs are reproducible::

    python bench/generate.py 100000 --format yaml -o bench/out/refs-100k.yaml
    python bench/generate.py 100000 --format json -o bench/out/refs-100k.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from typing import Any, TextIO

TYPES = [
    ("article-newspaper", 40),
    ("webpage", 25),
    ("post-weblog", 12),
    ("article-magazine", 12),
    ("report", 7),
    ("speech", 4),
]

GIVEN = ["Anna", "José", "Zoë", "Björn", "Ólafur", "Мария", "Иван", "Wei", "Mei",
         "Jean-Luc", "Siobhán", "Łukasz", "François", "Ayşe", "John", "Priya"]
FAMILY = ["Smith", "Müller", "García", "O'Brien", "Nguyễn", "Иванова", "Петров",
          "王", "李", "Dupont", "Kowalski", "Østergaard", "Çelik", "Jones", "Chen"]
NON_DROPPING = ["van", "de", "van der", "di", "von"]
DROPPING = ["van", "de la", "von"]
ORGS = ["Reuters", "BBC News", "World Health Organization", "Агентство ТАСС",
        "新华社", "Médecins Sans Frontières", "AT&T Research", "The Editors"]
CONTAINERS = ["The Guardian", "Le Monde", "Новая газета", "人民日报", "The New York Times",
              "Der Spiegel", "El País", "Wired", "Ars Technica", "Personal blog",
              "The Economist", "Süddeutsche Zeitung", "朝日新聞"]
PUBLISHERS = ["Guardian Media Group", "Groupe Le Monde", "Condé Nast", "Axel Springer",
              "OECD Publishing", "Издательский дом «Коммерсантъ»"]
WORDS = {
    "en": ["election", "climate", "markets", "vaccine", "war", "budget", "court",
           "data", "city", "water", "energy", "AI", "students", "strike", "report"],
    "fr": ["élection", "réforme", "crise", "économie", "santé", "grève", "été", "où"],
    "ru": ["выборы", "реформа", "кризис", "экономика", "здоровье", "город", "война"],
    "zh-Hans": ["选举", "经济", "气候", "城市", "改革", "健康", "数据"],
}
EMOJI = ["🚀", "🔥", "🌍", "📈", "✅", "🗳️"]
SUFFIX_WORDS = ["what we know", "explained", "live updates", "a timeline", "part 2",
                "the numbers", "why it matters"]
SOURCE_NOTES = [
    "Accessed via the paywall-free archive; see also the print edition, p. A{page}.",
    "Quoted in footnote {fn}: “the numbers do not add up” — cf. the 2019 report.",
    "Retrieved from the Wayback Machine, snapshot #{page}; original link is dead.",
    "Interview transcript, translated by the author (ru → en), 50% abridged.",
    "Press release; mirrored at the agency's site, section {page} & annex.",
]

# Strings that YAML 1.1 or 1.2 would resolve to something other than str.
_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
_PLAIN_START = re.compile(r"[^\W\d_]")  # a letter in any script
_PLAIN_BAD = re.compile(r"[\"\\\n\t`{}\[\]|>]|: |#|:\Z| \Z")


def _title(rng: random.Random, lang: str) -> str:
    words = rng.sample(WORDS[lang], k=min(len(WORDS[lang]), rng.randint(2, 6)))
    sep = "" if lang == "zh-Hans" else " "
    title = sep.join(words)
    title = title[0].upper() + title[1:]
    r = rng.random()
    if r < 0.25:
        title += ": " + rng.choice(SUFFIX_WORDS)
    elif r < 0.35:
        title = f"“{title}”, says {rng.choice(GIVEN)}"
    elif r < 0.42:
        title = f'"{title}" — {rng.choice(SUFFIX_WORDS)}'
    elif r < 0.47:
        title = f"{title}? It's {rng.choice(WORDS['en'])}"
    if rng.random() < 0.08:
        title += " " + rng.choice(EMOJI)
    return title


def _person(rng: random.Random) -> dict[str, str]:
    r = rng.random()
    if r < 0.08:
        return {"literal": rng.choice(ORGS)}
    name = {"family": rng.choice(FAMILY), "given": rng.choice(GIVEN)}
    if r < 0.16:
        name["non-dropping-particle"] = rng.choice(NON_DROPPING)
    elif r < 0.20:
        name["dropping-particle"] = rng.choice(DROPPING)
    if rng.random() < 0.04:
        name["suffix"] = "Jr."
    return name


def _date(rng: random.Random) -> tuple[int, ...]:
    year = rng.randint(1995, 2025)
    r = rng.random()
    if r < 0.15:
        return (year,)
    if r < 0.35:
        return (year, rng.randint(1, 12))
    return (year, rng.randint(1, 12), rng.randint(1, 28))


def _date_str(parts: tuple[int, ...]) -> str:
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))


def _url(rng: random.Random, n: int) -> str:
    host = rng.choice(["www.example.com", "news.example.org", "blog.example.net"])
    slug = f"{rng.choice(WORDS['en'])}_{rng.choice(WORDS['en'])}-{n}"
    url = f"https://{host}/{rng.randint(1995, 2025)}/{slug}"
    r = rng.random()
    if r < 0.2:
        url += f"?utm_source=feed&id={n}%20x"
    elif r < 0.3:
        url += f"#section-{rng.randint(1, 9)}"
    return url


def make_reference(rng: random.Random, n: int) -> dict[str, Any]:
    """Return reference number ``n`` (1-based) as a dict in insertion order.

    Dates are kept as tuples of ints here; the writers pick the notation.
    The key ``_date_style`` ("str" or "parts") tells the YAML writer how a
    person would have written this entry's dates.
    """
    lang = rng.choices(["en", "fr", "ru", "zh-Hans"], weights=[60, 15, 15, 10])[0]
    authors = [_person(rng) for _ in range(rng.choices([0, 1, 2, 3, 5], [5, 50, 25, 15, 5])[0])]
    first = authors[0] if authors else {"family": "anon"}
    stem = re.sub(r"\W", "", (first.get("family") or first.get("literal", "anon")).lower())
    year_parts = _date(rng)
    ref: dict[str, Any] = {
        "id": f"{stem or 'x'}{year_parts[0]}{rng.choice(WORDS['en']).lower()}-{n}",
        "type": rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0],
        "title": _title(rng, lang),
    }
    if authors:
        ref["author"] = authors
    ref["container-title"] = rng.choice(CONTAINERS)
    if rng.random() < 0.3:
        ref["publisher"] = rng.choice(PUBLISHERS)
    ref["issued"] = year_parts
    if rng.random() < 0.5:
        ref["accessed"] = (2025, rng.randint(1, 12), rng.randint(1, 28))
    ref["URL"] = _url(rng, n)
    if lang != "en" or rng.random() < 0.3:
        ref["language"] = lang
    ref["footnote"] = n
    ref["printed"] = rng.choice(SOURCE_NOTES).format(page=rng.randint(1, 40), fn=n)
    ref["_date_style"] = "parts" if rng.random() < 0.15 else "str"
    return ref


def references(n: int, seed: int):
    """Yield ``n`` references; identical for identical ``(n, seed)``."""
    rng = random.Random(seed)
    for i in range(1, n + 1):
        yield make_reference(rng, i)


# ---------------------------------------------------------------- YAML writer

def _yaml_scalar(value: Any, quote_style: int) -> str:
    if isinstance(value, int):
        return str(value)
    s = str(value)
    plain = _PLAIN_START.match(s) and not _PLAIN_BAD.search(s) and s.lower() not in _SPECIAL
    if plain or (s.startswith("http") and " " not in s):  # URLs: ':' and '#' need no quotes
        return s
    if quote_style == 0 and "\n" not in s and "\\" not in s:
        return "'" + s.replace("'", "''") + "'"
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def _yaml_date(parts: tuple[int, ...], style: str, pad: str) -> str:
    if style == "str":
        return " " + _date_str(parts)  # unquoted, as written by hand
    return f"\n{pad}  date-parts:\n{pad}    - [{', '.join(map(str, parts))}]"


def write_yaml(refs, out: TextIO) -> None:
    out.write("references:\n")
    for ref in refs:
        style = ref.pop("_date_style")
        q = ref["footnote"] % 3
        lead = "- "
        for key, value in ref.items():
            if key == "author":
                out.write(f"{lead}author:\n")
                for name in value:
                    sub = "    - "
                    for k, v in name.items():
                        out.write(f"{sub}{k}: {_yaml_scalar(v, q)}\n")
                        sub = "      "
            elif key in ("issued", "accessed"):
                out.write(f"{lead}{key}:{_yaml_date(value, style, '  ')}\n")
            else:
                out.write(f"{lead}{key}: {_yaml_scalar(value, q)}\n")
            lead = "  "


# ---------------------------------------------------------------- JSON writer

def write_json(refs, out: TextIO) -> None:
    out.write("[\n")
    for i, ref in enumerate(refs):
        ref.pop("_date_style")
        for key in ("issued", "accessed"):
            if key in ref:
                ref[key] = {"date-parts": [list(ref[key])]}
        out.write(("" if i == 0 else ",\n") + json.dumps(ref, ensure_ascii=False))
    out.write("\n]\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of references")
    parser.add_argument("--format", choices=["yaml", "json"], default="yaml")
    parser.add_argument("-o", "--output", help="output file (default: stdout)")
    parser.add_argument("--seed", type=int, default=20240319, help="RNG seed (default: %(default)s)")
    args = parser.parse_args(argv)

    writer = write_yaml if args.format == "yaml" else write_json
    refs = references(args.n, args.seed)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as out:
            writer(refs, out)
    else:
        sys.stdout.reconfigure(encoding="utf-8")
        writer(refs, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
