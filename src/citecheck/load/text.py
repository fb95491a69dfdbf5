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
    nul = data.find(b"\x00")
    if nul >= 0:
        line, col = line_and_column(data, nul)
        raise InputError([InputProblem(path, line, col, "", "binary data (NUL byte), not a text file")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = line_and_column(data, exc.start)
        raise InputError([InputProblem(
            path, line, col, "", f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
        )]) from None
