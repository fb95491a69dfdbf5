"""How well ``import --from text`` reads footnotes: field precision, recall and F1, per set, style and field.

Matching is "soft", as GROBID's: values compared case-blind, without punctuation, quotes or spacing.
A wrong value counts as a false positive and a false negative. Sets:

* ``article``   -- the article's 16 footnotes (../shared/source) against data/references.yaml, read
                   end to end from the article's text (section, splitting, parsing); byline words
                   ("By", "BY") in the hand-typed given names are set aside.
* ``handmade``  -- tests/parse/footnotes.yaml: footnotes in eight styles written for this purpose, with
                   their fields typed by hand; the model never trains on them.
* ``synthetic`` -- generated footnotes of a seed the model is not trained on, per style (gold = their
                   labels, read through the same field normalisers: this measures the tagger).
* ``rendered``  -- the real bibliographies of ../shared/corpus/bibtex rendered by ``pandoc --citeproc`` in
                   the six CSL styles of ../shared/corpus/csl-styles, read back as a references list; gold
                   is pandoc's CSL-JSON of the same entries, the fields the style printed (dates by year).
* ``anystyle``  -- AnyStyle's labelled core.xml (../shared/corpus/anystyle, real academic references,
                   BSD-2), gold from its tags. Read at run time only; nothing of it is in the repo.

Speed: footnotes per second after start-up (synthetic strings), and the article's 16 cold (a fresh
interpreter, import included).

    python bench/parse_bench.py                      # every set, 3,000 synthetic
    python bench/parse_bench.py --sets article,handmade --verbose
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTICLE = SHARED / "source" / "sino-russian-entente.txt"
ANYSTYLE = SHARED / "corpus" / "anystyle" / "core.xml"
HANDMADE = ROOT / "tests" / "parse" / "footnotes.yaml"
FIELDS = ("title", "authors", "given", "container-title", "issued", "URL", "DOI", "publisher", "volume",
          "issue", "page")
ARTICLE_FIELDS = ("type", "title", "authors", "container-title", "issued", "URL")
BYLINE = re.compile(r"^(?:by)\s+", re.IGNORECASE)


def normalise(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = "".join(ch for ch in text if ch.isalnum() or ch.isspace())
    return " ".join(text.split())


def comparable(data: dict) -> dict[str, str]:
    """The fields scored, as normalised strings (empty: absent)."""
    out: dict[str, str] = {}
    people = data.get("author") or []
    families = [" ".join(filter(None, (n.get("non-dropping-particle"), n.get("family") or n.get("literal"))))
                for n in people]
    out["authors"] = " | ".join(normalise(f) for f in families if f)
    out["given"] = " | ".join(normalise(BYLINE.sub("", n.get("given", ""))) for n in people if n.get("given"))
    issued = data.get("issued")
    if isinstance(issued, dict) and issued.get("date-parts"):
        out["issued"] = "-".join(str(p) for p in issued["date-parts"][0])
    elif issued is not None and not isinstance(issued, dict):
        out["issued"] = "-".join(str(int(p)) for p in str(issued).split("-"))
    for key in ("type", "title", "container-title", "URL", "DOI", "publisher", "volume", "issue", "page"):
        if data.get(key) not in (None, ""):
            out[key] = normalise(_full_range(str(data[key])) if key == "page" else data[key])
    return {key: value for key, value in out.items() if value}


def _full_range(pages: str) -> str:
    """``4040–49`` -> ``4040-4049``: styles print ranges shortened; the data holds them whole."""
    match = re.fullmatch(r"\s*(\w*?)(\d+)\s*[-–—]+\s*(\w*?)(\d+)\s*", pages)
    if not match:
        return pages
    first, last = match.group(2), match.group(4)
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{match.group(1)}{first}-{match.group(3) or match.group(1)}{last}"


class Score:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # field -> tp, fp, fn

    def add(self, predicted: dict[str, str], gold: dict[str, str], fields: tuple[str, ...]) -> list[str]:
        wrong = []
        for key in fields:
            p, g = predicted.get(key, ""), gold.get(key, "")
            counts = self.counts[key]
            if p and g and p == g:
                counts[0] += 1
            else:
                if p:
                    counts[1] += 1
                if g:
                    counts[2] += 1
                if p or g:
                    wrong.append(f"{key}: got {p!r}, want {g!r}")
        return wrong

    @staticmethod
    def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)

    def micro(self) -> tuple[float, float, float]:
        return self.f1(*(sum(c[i] for c in self.counts.values()) for i in range(3)))


def article_set(verbose: bool) -> Score | None:
    if not ARTICLE.exists():
        print("article: ../shared absent, skipped")
        return None
    from citecheck.parse import load

    gold = yaml.safe_load((ROOT / "data" / "references.yaml").read_text(encoding="utf-8"))["references"]
    result = load(ARTICLE.read_text(encoding="utf-8"), str(ARTICLE))
    predicted = {ref.footnote: ref.to_csl() for ref in result.references}
    score, perfect = Score(), 0
    for item in gold:
        wrong = score.add(comparable(predicted.get(item["footnote"], {})), comparable(item), ARTICLE_FIELDS)
        perfect += not wrong
        if verbose and wrong:
            print(f"  footnote {item['footnote']}: " + "; ".join(wrong))
    print(f"article: {len(result.references)} footnotes found, numbered "
          f"{sorted(predicted) == list(range(1, 17)) and '1-16' or sorted(predicted)}; "
          f"{perfect} of {len(gold)} right on every field ({', '.join(ARTICLE_FIELDS)})")
    return score


def handmade_set(verbose: bool) -> dict[str, Score]:
    from citecheck.parse.reader import parse_footnote
    from citecheck.parse.tagger import Tagger

    tagger = Tagger()
    cases = yaml.safe_load(HANDMADE.read_text(encoding="utf-8"))
    scores: dict[str, Score] = defaultdict(Score)
    for case in cases:
        data = parse_footnote(case["text"], tagger)
        wrong = scores[case["style"]].add(comparable(data), comparable(case["expect"]), FIELDS)
        if verbose and wrong:
            print(f"  [{case['style']}] {case['text'][:70]}...: " + "; ".join(wrong))
    return scores


def synthetic_set(count: int) -> dict[str, Score]:
    from citecheck.parse.build import reference_data
    from citecheck.parse.fields import balanced, spans, whole_titles
    from citecheck.parse.synthetic import styled_examples
    from citecheck.parse.tagger import Tagger
    from citecheck.parse.tokens import tokenise
    from citecheck.parse.train import DEFAULT_SEED

    tagger = Tagger()
    scores: dict[str, Score] = defaultdict(Score)
    for text, labels, style in styled_examples(count, seed=DEFAULT_SEED + 1):
        tokens = tokenise(text)
        tagged = tagger.tag(tokens)
        predicted = reference_data(text, spans(text, tokens, whole_titles(tokens, balanced(tokens, tagged.labels))))
        gold = reference_data(text, spans(text, tokens, labels))
        scores[style].add(comparable(predicted), comparable(gold), FIELDS)
    return scores


RENDERED_BIBS = ("mne-python-references.bib", "biblatex-examples.bib", "pybtex-xampl.bib", "jabref-complex.bib",
                 "jabref-testjabref.bib")
RENDERED_FIELDS = ("title", "authors", "container-title", "year", "URL", "DOI", "publisher", "volume", "issue",
                   "page")


def rendered_set(verbose: bool) -> dict[str, Score]:
    import json
    import shutil
    import tempfile

    from citecheck.parse import load

    styles = sorted((SHARED / "corpus" / "csl-styles").glob("*.csl"))
    if not styles or not shutil.which("pandoc"):
        print("rendered: ../shared or pandoc absent, skipped")
        return {}
    scores: dict[str, Score] = defaultdict(Score)
    with tempfile.TemporaryDirectory() as scratch:
        nocite = Path(scratch) / "nocite.md"
        nocite.write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")
        for name in RENDERED_BIBS:
            bib = SHARED / "corpus" / "bibtex" / name
            items = json.loads(subprocess.run(["pandoc", "-f", "bibtex", "-t", "csljson", str(bib)], check=True,
                                              capture_output=True, text=True).stdout)
            titled = [(normalise(item["title"]), item) for item in items if normalise(item.get("title", ""))]
            for style in styles:
                printed = subprocess.run(["pandoc", str(nocite), "--citeproc", "--csl", str(style), "--bibliography",
                                          str(bib), "-t", "plain", "--wrap=none"], capture_output=True,
                                         text=True).stdout
                result = load("References\n\n" + printed, name)
                for ref in result.references:
                    entry = normalise(ref.printed)
                    matches = [(len(t), item) for t, item in titled if t in entry]
                    if not matches:
                        continue
                    gold = _printed_only(_by_year(comparable(max(matches, key=lambda m: m[0])[1])), entry,
                                         ref.printed)
                    wrong = scores[style.stem].add(_by_year(comparable(ref.to_csl())), gold, RENDERED_FIELDS)
                    if verbose and wrong:
                        print(f"  [{style.stem}] {ref.printed[:80]}: " + "; ".join(wrong))
    return scores


def _printed_only(gold: dict[str, str], entry: str, printed: str) -> dict[str, str]:
    """The gold fields the style printed (styles leave out issues, URLs, authors after the third...)."""
    kept = {key: value for key, value in gold.items() if key == "authors" or value.replace(" ", "") in
            entry.replace(" ", "")}
    if "issue" in kept and not re.search(rf"\(\s*{re.escape(kept['issue'])}\s*\)|\bno\.?\s*{re.escape(kept['issue'])}\b",
                                         printed, re.IGNORECASE):
        kept.pop("issue")  # a number the style did not print as an issue
    if "authors" in gold:
        families = [f for f in gold["authors"].split(" | ") if f in entry]
        if families:
            kept["authors"] = " | ".join(families)
        else:
            kept.pop("authors")
    return kept


def _by_year(fields: dict[str, str]) -> dict[str, str]:
    issued = fields.pop("issued", "")
    if issued:
        fields["year"] = issued.split("-")[0]
    return fields


_ANYSTYLE_LABELS = {"author": "author", "title": "title", "journal": "container", "container-title": "container",
                    "date": "date", "url": "url", "doi": "doi", "publisher": "publisher", "location": "location",
                    "volume": "volume", "pages": "pages", "editor": "editor"}


def anystyle_set(verbose: bool = False) -> Score | None:
    if not ANYSTYLE.exists():
        print("anystyle: ../shared absent, skipped")
        return None
    from citecheck.parse.build import reference_data
    from citecheck.parse.fields import Span
    from citecheck.parse.reader import parse_footnote
    from citecheck.parse.tagger import Tagger

    tagger = Tagger()
    score = Score()
    for sequence in ET.parse(ANYSTYLE).getroot():
        parts = [(child.tag, " ".join((child.text or "").split())) for child in sequence]
        parts = [(tag, text) for tag, text in parts if text]
        text = " ".join(t for _, t in parts)
        gold_spans, offset = [], 0
        for tag, part in parts:
            label = _ANYSTYLE_LABELS.get(tag, "note")
            both = re.match(r"^(.*?\d+)\s*\(([^)]+)\)(.*)$", part) if label == "volume" else None
            if both:  # AnyStyle keeps "93(5)," in <volume>: citecheck's volume and issue
                gold_spans += [Span("volume", both.group(1), offset, offset), Span("issue", both.group(2), offset, offset)]
            else:
                gold_spans.append(Span(label, part, offset, offset + len(part)))
            offset += len(part) + 1
        gold = reference_data(text, gold_spans)
        wrong = score.add(comparable(parse_footnote(text, tagger)), comparable(gold), FIELDS)
        if verbose and wrong:
            print(f"  {text[:90]}: " + "; ".join(wrong))
    return score


def speed(count: int) -> tuple[float, float]:
    from citecheck.parse.reader import parse_footnote
    from citecheck.parse.synthetic import examples
    from citecheck.parse.tagger import Tagger

    texts = [text for text, _ in examples(count, seed=7)]
    tagger = Tagger()
    started = time.perf_counter()
    for text in texts:
        parse_footnote(text, tagger)
    per_second = count / (time.perf_counter() - started)
    cold = float("nan")
    if ARTICLE.exists():
        code = f"from citecheck.parse import load; load(open({str(ARTICLE)!r}, encoding='utf-8').read())"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        cold = time.perf_counter() - started
    return per_second, cold


def table(title: str, scores: dict[str, Score], fields: tuple[str, ...]) -> None:
    print(f"\n{title}: field F1 per style (micro over fields) and per field")
    print("| style | " + " | ".join(fields) + " | micro P | micro R | micro F1 |")
    print("|---" * (len(fields) + 4) + "|")
    total = Score()
    for style, score in sorted(scores.items()):
        cells = []
        for key in fields:
            tp, fp, fn = score.counts[key]
            cells.append("-" if tp + fp + fn == 0 else f"{score.f1(tp, fp, fn)[2]:.2f}")
            for i, n in enumerate((tp, fp, fn)):
                total.counts[key][i] += n
        p, r, f = score.micro()
        print(f"| {style} | " + " | ".join(cells) + f" | {p:.3f} | {r:.3f} | {f:.3f} |")
    cells = [f"{total.f1(*total.counts[key])[2]:.2f}" if sum(total.counts[key]) else "-" for key in fields]
    p, r, f = total.micro()
    print("| **all** | " + " | ".join(cells) + f" | {p:.3f} | {r:.3f} | **{f:.3f}** |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="article,handmade,synthetic,rendered,anystyle,speed")
    parser.add_argument("--synthetic", type=int, default=3000)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    sets = args.sets.split(",")
    if "article" in sets:
        score = article_set(args.verbose)
        if score:
            table("article", {"title-first (the article)": score}, ARTICLE_FIELDS)
    if "handmade" in sets:
        table("handmade (held out)", handmade_set(args.verbose), FIELDS)
    if "synthetic" in sets:
        table(f"synthetic, {args.synthetic} of an unseen seed", synthetic_set(args.synthetic), FIELDS)
    if "rendered" in sets:
        scores = rendered_set(args.verbose)
        if scores:
            table("rendered: corpus bibliographies in six CSL styles (pandoc --citeproc)", scores, RENDERED_FIELDS)
    if "anystyle" in sets:
        score = anystyle_set(args.verbose)
        if score:
            table("anystyle core.xml (real, academic; not trained on)", {"anystyle": score}, FIELDS)
    if "speed" in sets:
        per_second, cold = speed(5000)
        print(f"\nspeed: {per_second:,.0f} footnotes/s after start-up; the article's 16 cold: {cold:.2f} s")


if __name__ == "__main__":
    main()
