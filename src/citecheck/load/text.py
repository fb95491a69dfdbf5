"""Bytes to text: refuse binary junk and broken UTF-8 with the place they start."""

from __future__ import annotations

from citecheck.errors import InputError, InputProblem


def line_and_column(data: bytes | str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``data``."""
    newline = b"\n" if isinstance(data, bytes) else "\n"
    line = data.count(newline, 0, offset) + 1
    start = data.rfind(newline, 0, offset) + 1
    return line, offset - start + 1


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of ``data`` (a BOM is dropped); InputError for NUL bytes or invalid UTF-8."""
    return check_text(data, path).decode("utf-8")


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
