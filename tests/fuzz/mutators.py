"""Ways to damage a file: each takes a random source and bytes and returns new bytes.

Each mutator imitates one way real files go wrong or one way a hostile file attacks a parser:
a flipped bit, a cut-off download, a stray syntax character, a huge value, deep nesting,
binary junk or an encoding accident, an editor's odd line breaks, a pasted repetition.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Mutator = Callable[[random.Random, bytes], bytes]

#: The characters that mean something to at least one of the readers (YAML, JSON, BibTeX, RIS, wikitext).
SYNTAX = [b":", b"-", b"[", b"]", b"{", b"}", b",", b"#", b"&", b"*", b"!", b"|", b">", b"'", b'"', b"%",
          b"@", b"=", b"\\", b"?", b"\t", b"\n", b"  ", b"- ", b": ", b"\\u", b"\\ud800", b"{{", b"}}",
          b"[[", b"]]", b"<ref>", b"</ref>", b"<ref name=a/>", b"<!--", b"-->", b"<!-- citecheck: {",
          b"TY  - ", b"ER  - ", b"\r\nER  - \r\n", b"@misc{", b"\\href{", b"\\input{", b"$", b"~", b"^"]
ODD_BREAKS = ["\u2028", "\u2029", "\u0085", "\r", "\r\n", "\x0b", "\x0c"]
JUNK = [b"\x00", b"\xef\xbb\xbf", b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
        b"\x1b", b"\x7f", "\u202e".encode(), "\ufeff".encode(), "\u200b".encode()]
#: Digits ``str.isdigit`` accepts and ``int`` may not: superscripts, Arabic-Indic, circled.
ODD_DIGITS = ["\u00b2", "\u00b3", "\u00b9", "\u0663", "\u2460", "\u0e53", "\uff13"]
HUGE_DIGITS = (21, 400, 4301, 5000)


def flip_bits(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


def delete_chunk(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 64):]


def insert_syntax(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data) + 1)
        data = data[:at] + rng.choice(SYNTAX) + data[at:]
    return data


def insert_junk(rng: random.Random, data: bytes) -> bytes:
    at = rng.choice([0, len(data), rng.randrange(len(data) + 1)])
    return data[:at] + rng.choice(JUNK) + data[at:]


def odd_line_breaks(rng: random.Random, data: bytes) -> bytes:
    breaks = [i for i, byte in enumerate(data) if byte == 0x0A]
    if not breaks:
        return data + rng.choice(ODD_BREAKS).encode()
    chosen = set(rng.sample(breaks, rng.randint(1, min(len(breaks), 3)))) if rng.random() < 0.8 else set(breaks)
    replacement = rng.choice(ODD_BREAKS).encode()
    return b"".join(replacement if i in chosen else bytes([byte]) for i, byte in enumerate(data))


def odd_digits(rng: random.Random, data: bytes) -> bytes:
    digits = [i for i, byte in enumerate(data) if 0x30 <= byte <= 0x39]
    if not digits:
        return data
    at = rng.choice(digits)
    return data[:at] + rng.choice(ODD_DIGITS).encode() + data[at + 1:]


def huge_number(rng: random.Random, data: bytes) -> bytes:
    """A digit run replaced by one of thousands of digits (or past 64 bits)."""
    digits = [i for i, byte in enumerate(data) if 0x30 <= byte <= 0x39]
    at = rng.choice(digits) if digits else rng.randrange(len(data) + 1)
    end = at
    while end < len(data) and 0x30 <= data[end] <= 0x39:
        end += 1
    return data[:at] + b"9" * rng.choice(HUGE_DIGITS) + data[end:]


def huge_value(rng: random.Random, data: bytes) -> bytes:
    """A long run of one character (or of an escape) pasted into the file."""
    piece = rng.choice([b"x", b"a ", b"\\'e", b"&amp;", b"\xc3\xa9", b"{", b"<ref>"])
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece * (rng.choice((1_000, 20_000, 200_000)) // len(piece)) + data[at:]


def deep_nesting(rng: random.Random, data: bytes) -> bytes:
    """Thousands of levels of brackets, braces, templates, block sequences or mappings."""
    depth = rng.choice((100, 1_100, 5_000, 30_000))
    kind = rng.randrange(6)
    if kind == 0:
        opened, closed = b"[" * depth, b"]" * depth
    elif kind == 1:
        opened, closed = b'{"a":' * depth, b"}" * depth
    elif kind == 2:
        opened, closed = b"{" * depth, b"}" * depth
    elif kind == 3:
        opened, closed = b"{{a|" * depth, b"}}" * depth
    elif kind == 4:
        depth = min(depth, 5_000)  # a block level costs its indentation: keep the file below ~25 MB
        opened, closed = b"\n" + b"".join(b" " * (i + 1) + b"-\n" for i in range(depth)), b""
    else:
        depth = min(depth, 5_000)
        opened, closed = b"\n" + b"".join(b" " * (i + 1) + b"a:\n" for i in range(depth)), b""
    at = rng.randrange(len(data) + 1)
    closes = opened[:0] if rng.random() < 0.3 else closed  # sometimes left unclosed
    return data[:at] + opened + closes + data[at:]


def repeat_chunk(rng: random.Random, data: bytes) -> bytes:
    """A slice of the file pasted many times (thousands of entries or tags)."""
    if not data:
        return data
    start = rng.randrange(len(data))
    chunk = data[start:start + rng.randint(1, 400)]
    times = min(rng.choice((2, 50, 2_000)), 400_000 // max(len(chunk), 1))
    return data[:start] + chunk * times + data[start:]


MUTATORS: dict[str, Mutator] = {
    "flip-bits": flip_bits, "truncate": truncate, "delete-chunk": delete_chunk,
    "insert-syntax": insert_syntax, "insert-junk": insert_junk, "odd-line-breaks": odd_line_breaks,
    "odd-digits": odd_digits, "huge-number": huge_number, "huge-value": huge_value,
    "deep-nesting": deep_nesting, "repeat-chunk": repeat_chunk,
}


def mutate(rng: random.Random, data: bytes) -> tuple[bytes, list[str]]:
    """``data`` damaged by one to three mutators, and their names (what a saved crash records)."""
    names = [rng.choice(list(MUTATORS)) for _ in range(rng.choice((1, 1, 2, 3)))]
    for name in names:
        data = MUTATORS[name](rng, data)
    return data, names
