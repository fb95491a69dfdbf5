"""Write files whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], text: str | Iterable[str], encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` (a str, or chunks of one written as they come).

    A crash leaves the old file, never half of the new one. Chunks let a large export be written
    without ever holding the whole output in memory.
    """
    target = Path(path)
    try:
        _write(target, text, encoding)
    except OSError as error:  # name the file the user asked for, not our temporary one
        raise type(error)(error.errno, error.strerror, str(target)) from error


def _write(target: Path, text: str | Iterable[str], encoding: str) -> None:
    mode = target.stat().st_mode & 0o777 if target.exists() else _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.writelines([text] if isinstance(text, str) else text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp makes 0600; keep the old file's mode, or what open() would give
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
