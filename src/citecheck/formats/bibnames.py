"""Name lists for BibTeX and BibLaTeX: written so BibTeX, biber and bibtexparser split them back right.

* An organisation (``literal``) is one brace group, so "Smith and Sons" stays one author.
* A person is ``[particle ]Family, [Suffix, ]Given``: the comma form, so a multi-word family name
  is never split into given and family.
* A family name that BibTeX would misread (several words not all capitalised, a comma, the word
  "and") is braced; plain names are not (no over-bracing).
* BibTeX has one particle slot (von), in front of the family name. A non-dropping particle goes
  there and comes back as one; a dropping particle goes there too and comes back as non-dropping,
  and a capitalised particle (``Van``) comes back as part of the family name (documented losses).
"""

from __future__ import annotations

import re

from citecheck.formats.latex import decode, escape, normalise_space
from citecheck.model import Name

_AND = re.compile(r"(?:^|\s)(?:and|others)(?:\s|$)", re.IGNORECASE)


def _risky(part: str) -> bool:
    return "," in part or bool(_AND.search(part))


def _group(text: str) -> str:
    return "{" + text + "}"


def _family(family: str, ascii_only: bool) -> str:
    words = normalise_space(family).split(" ")
    plain = all(w[:1].isupper() for w in words) or len(words) == 1
    text = escape(family, ascii_only)
    return text if plain and not _risky(family) else _group(text)


def write_name(name: Name, ascii_only: bool = False) -> str:
    """One name in BibTeX syntax."""
    if name.is_organisation or not name.family:
        return _group(escape(name.literal or "", ascii_only))
    particle = " ".join(normalise_space(p) for p in (name.dropping_particle, name.non_dropping_particle) if p)
    head = " ".join(x for x in (escape(particle, ascii_only), _family(name.family, ascii_only)) if x)
    tail = [escape(p, ascii_only) if not _risky(p) else _group(escape(p, ascii_only))
            for p in (name.suffix, name.given) if p and p.strip()]
    has_given = bool(name.given and name.given.strip())
    if not has_given and (tail or " " in head or head.startswith("{")):
        tail.append("{}")  # an empty given name keeps Jr. a suffix and {Van den Berg} a person
    return ", ".join([head, *tail])


def write_names(names: list[Name], ascii_only: bool = False) -> str:
    return " and ".join(write_name(n, ascii_only) for n in names)


_OTHER_AND = re.compile(r"\s(?!and\s)[aA][nN][dD]\s")  # "AND" also separates names in BibTeX


def read_names(value: str) -> list[dict[str, str]]:
    """CSL name dicts from a BibTeX name list (LaTeX decoded)."""
    value = normalise_space(value)
    value = value.removesuffix(" and others")  # BibTeX's "et al.": not a name, and CSL has no place for it
    if not _OTHER_AND.search(value):
        names = _quick_names(value)
        if names is not None:  # the usual names without the general splitter: a third of import time
            return names
    return _read_names(value)


def _quick_names(value: str) -> list[dict[str, str]] | None:
    """Names that are ``{One Group}`` or :func:`_simple`, split at the ``and`` outside braces; else None."""
    names, pending = [], ""
    for part in value.split(" and "):
        name = pending + " and " + part if pending else part
        if name.count("{") != name.count("}"):
            pending = name  # an "and" inside braces: {Smith and Sons}
            continue
        pending = ""
        if "=" in name and _XNAME.search(name):
            return None  # biblatex's extended name format: the general reader's job
        if name[:1] == "{" and name[-1:] == "}" and name.count("{") == 1:
            names.append({"literal": decode(name)})
        elif any(c in name for c in "{}\\~$"):
            return None
        else:
            simple = _simple(name)
            if simple is None:
                return None
            names.append(simple)
    return None if pending else names


_PARTICLE = re.compile(r"[a-z]+")


def _simple(name: str) -> dict[str, str] | None:
    """``[von ]Family Name, Given`` when BibTeX could read it no other way (no suffix or braces).

    A particle is only taken in its plainest form: ASCII lower-case words before one capitalised family word.
    """
    family, comma, given = name.partition(", ")
    words = family.split(" ")
    if not comma or not given or "," in given or "," in family or given[0] == " " or family[:1] == " ":
        return None
    if len(words) > 1 and not all(word[:1].isupper() for word in words):
        if words[-1][:1].isupper() and all(_PARTICLE.fullmatch(word) for word in words[:-1]):
            return {"family": words[-1], "given": given, "non-dropping-particle": " ".join(words[:-1])}
        return None
    return {"family": family, "given": given}


#: What makes biber read a name in biblatex's extended format: a name part's key and "=".
_XNAME = re.compile(r"(?:family|given|prefix|suffix)(?:-i)?\s*=")
_XNAME_PART = re.compile(r"\s*(family|given|prefix|suffix|useprefix)(?:-i)?\s*=\s*(.*)", re.DOTALL)


def _extended_name(raw: str) -> dict[str, str]:
    """``family=Hoven, given=Jeroen, prefix=van den, useprefix=true`` as a CSL name (a value may hold "=":
    ``given=A=B`` is the given name "A=B"); a part with another key is kept in the family name."""
    parts: dict[str, str] = {}
    for piece in _top_level_commas(raw):
        found = _XNAME_PART.fullmatch(piece)
        if found:
            parts.setdefault(found.group(1), decode(found.group(2).strip().strip('"')))
        elif piece.strip():
            parts["family"] = ", ".join(p for p in (parts.get("family"), decode(piece.strip())) if p)
    particle = "non-dropping-particle" if parts.get("useprefix", "").lower() == "true" else "dropping-particle"
    name = {"family": parts.get("family", ""), "given": parts.get("given", ""), particle: parts.get("prefix", ""),
            "suffix": parts.get("suffix", "")}
    return {key: text for key, text in name.items() if text} or {"literal": decode(raw)}


def _top_level_commas(text: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "{") - (char == "}")
        if char == "," and depth == 0:
            pieces.append(text[start:index])
            start = index + 1
    return [*pieces, text[start:]]


_NAME_SPLIT = re.compile(r"\\.|[{}]|\s+and\s+", re.IGNORECASE | re.DOTALL)


def _split_names(value: str) -> list[str]:
    """The names of a name list: split at each "and" between spaces outside braces, as BibTeX splits it
    (an escape is one token, so ``and \\'Eric`` keeps its accent: bibtexparser's splitter starts the name
    after it)."""
    names, depth, start = [], 0, 0
    for token in _NAME_SPLIT.finditer(value):
        text = token.group()
        if text == "{":
            depth += 1
        elif text == "}":
            depth = max(depth - 1, 0)
        elif text[0] != "\\" and depth == 0:
            names.append(value[start:token.start()])
            start = token.end()
    return [name for name in (*names, value[start:]) if name.strip()]


# A letter written as a macro at brace level 0 (\'Eric, \v{S}imon, Gro\ss{}mann) and a special character, a
# brace group that starts with a macro ({\'{A}}ngel, {\AE}sop): the text of each is read before the name is
# split into its parts, so a word's case is its first letter's, as BibTeX reads a special character's case
# (bibtexparser misses it in {\'{A}}) and as biber, which decodes first, reads the rest.
_LETTER_MACRO = re.compile(r"\\(?:[`'^\"~=.]\s*|[uvHckrdbtG](?![A-Za-z])\s*)"
                           r"(?:\{\\?[A-Za-z]?\}|\\[ij](?![A-Za-z])|[A-Za-z])"
                           r"|\\(?:ss|ae|AE|oe|OE|o|O|l|L|aa|AA|i|j)(?![A-Za-z])(?:\{\})?")


_AFTER_MACRO = re.compile(r"\\[A-Za-z]+\Z")


def _letters_read(raw: str) -> str:
    if "\\" not in raw:
        return raw
    out, depth, i = [], 0, 0
    while i < len(raw):
        char = raw[i]
        if depth == 0 and char == "{" and raw[i + 1:i + 2] == "\\":
            end = _group_end(raw, i)
            if end is not None:
                out.append(_as_letters(raw[i:end + 1]))
                i = end + 1
                continue
        if char == "\\":
            found = _LETTER_MACRO.match(raw, i) if depth == 0 else None
            if found:
                if _AFTER_MACRO.search("".join(out[-40:])):  # Ji\vr\'i: í would read as more of \vr's name
                    out.append("{}")
                out.append(_as_letters(found.group()))
                i = found.end()
                continue
            out.append(raw[i:i + 2])  # an escape (\&, \{) or another macro: as it stands
            i += 2
            continue
        depth += (char == "{") - (depth > 0 and char == "}")
        out.append(char)
        i += 1
    return "".join(out)


def _group_end(text: str, start: int) -> int | None:
    depth, i = 0, start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return i
        i += 1
    return None


def _as_letters(latex: str) -> str:
    """The text of ``latex`` when it is letters only (Á, Æ, œ), else ``latex`` as it stands."""
    try:
        text = decode(latex)
    except ValueError:
        return latex
    return text if text and all(c.isalpha() for c in text) else latex


def _read_names(value: str) -> list[dict[str, str]]:
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    names = []
    for raw in _split_names(value):
        raw = raw.strip()
        if _is_one_group(raw):
            names.append({"literal": decode(raw)})
            continue
        if "=" in raw and _XNAME.search(raw):
            names.append(_extended_name(raw))
            continue
        parts = parse_single_name_into_parts(_letters_read(raw), strict=False)
        name = {"family": " ".join(parts.last), "given": " ".join(parts.first),
                "non-dropping-particle": " ".join(parts.von), "suffix": " ".join(parts.jr)}
        decoded = {key: decode(text) for key, text in name.items()}
        names.append({key: text for key, text in decoded.items() if text})
    return names


def _is_one_group(raw: str) -> bool:
    """``{Smith and Sons}``: a single brace group around the whole name."""
    if not (raw.startswith("{") and raw.endswith("}")):
        return False
    depth = 0
    for index, char in enumerate(raw):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0 and index < len(raw) - 1:
            return False
    return True
