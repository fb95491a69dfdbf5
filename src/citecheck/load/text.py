"""Bytes to text: refuse binary junk and broken UTF-8 with the place they start."""

from __future__ import annotations

from citecheck.errors import InputError, InputProblem


def line_and_column(data: bytes | str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``data``; a line ends at LF, CRLF or a lone CR."""
    newline, cr = (b"\n", b"\r") if isinstance(data, bytes) else ("\n", "\r")
    line = data.count(newline, 0, offset) + data.count(cr, 0, offset) - data.count(cr + newline, 0, offset) + 1
    start = max(data.rfind(newline, 0, offset), data.rfind(cr, 0, offset)) + 1
    before = data[start:offset]
    return line, len(before.decode("utf-8", "replace") if isinstance(before, bytes) else before) + 1


#: What YAML 1.1 (PyYAML) takes for a line break and YAML 1.2 (yaml-rs, which reads the file) for a character of
#: the text: NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. citecheck counts lines as YAML 1.2 and editors do (LF, CRLF
#: or a lone CR ends a line; nothing else).
_YAML11_ONLY_BREAKS = str.maketrans({"\x85": "\xa0", "\u2028": "\xa0", "\u2029": "\xa0"})


def as_pyyaml_reads(text: str) -> str:
    """``text`` for PyYAML to place things in: each YAML 1.1-only line break becomes a no-break space (one
    character, not a break, not an indicator), so PyYAML's lines and columns, and what it takes for a comment
    or a value, are those of yaml-rs and of every message (a U+2028 was placing everything after it a line low)."""
    return text.translate(_YAML11_ONLY_BREAKS) if "\x85" in text or "\u2028" in text or "\u2029" in text else text


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of ``data`` (a BOM is dropped); InputError for NUL bytes or invalid UTF-8."""
    return check_text(data, path).decode("utf-8")


#: The ASCII control characters YAML forbids in a stream (its printable set keeps tab, LF and CR).
_YAML_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_NOT_YAML_CONTROLS = bytes(byte for byte in range(256) if byte not in _YAML_CONTROLS)


def refuse_yaml_controls(data: bytes, path: str) -> None:
    """InputError at the first control character YAML forbids: PyYAML refuses them, yaml-rs would take them in.

    A table deletion finds whether there is one at memchr speed (a regex takes 7x as long on a large file).
    """
    found = data.translate(None, _NOT_YAML_CONTROLS)
    if found:
        at = data.find(found[:1])
        line, col = line_and_column(data, at)
        raise InputError([InputProblem(
            path, line, col, "", f"a control character (U+{found[0]:04X}) is not allowed in YAML; "
                                 "remove it, or write it as an escape in double quotes")])


def check_text(data: bytes, path: str) -> bytes:
    """``data`` without a byte-order mark, once known to be UTF-8 text; else InputError.

    Checking without keeping the decoded str matters for large files: a str of text with emoji
    takes 4 bytes a character.
    """
    data = data.removeprefix(b"\xef\xbb\xbf")
    nul = data.find(b"\x00")
    if nul >= 0:
        line, col = line_and_column(data, nul)
        raise InputError([InputProblem(path, line, col, "", "binary data (NUL byte), not a text file")])
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError as exc:
        line, col = line_and_column(data, exc.start)
        raise InputError([InputProblem(
            path, line, col, "", f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
        )]) from None
