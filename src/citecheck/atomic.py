"""Write files whole or not at all: a temporary file beside the target, then a rename.

Two things a plain temp-and-rename gets wrong are handled here. A symlinked target is written
through: the file it points to changes and the link stays (renaming over the link would replace it
with a regular file and leave the real one as it was). And a write killed before its rename leaves
a temporary file named ``.<target>.<pid>.<random>.tmp``: the next write to the same target removes
those whose process is gone, so an interrupted write leaves no litter for long.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], text: str | Iterable[str], encoding: str = "utf-8",
                 verify: Callable[[Path], None] | None = None) -> None:
    """Replace ``path`` (or the file it links to) with ``text`` (a str, or chunks of one written as they come).

    A crash leaves the old file, never half of the new one. Chunks let a large export be written
    without ever holding the whole output in memory. ``verify(temporary)`` is called once the new
    text is on disk, before the rename: if it raises, the old file stays and the error goes on.
    """
    target = Path(path)
    try:
        _write(Path(os.path.realpath(target)) if target.is_symlink() else target, text, encoding, verify)
    except OSError as error:  # name the file the user asked for, not our temporary one
        raise type(error)(error.errno, error.strerror, str(target)) from error


def temporary_prefix(target: Path) -> str:
    """How every temporary file for ``target`` starts: ``.refs.yaml.``."""
    return f".{target.name}."


def remove_stale_temporaries(target: Path) -> None:
    """Delete the temporary files earlier writes to ``target`` left when their process was killed."""
    prefix = temporary_prefix(target)
    try:
        candidates = [entry for entry in os.scandir(target.parent or ".")
                      if entry.name.startswith(prefix) and entry.name.endswith(".tmp")]
    except OSError:
        return
    for entry in candidates:
        pid = entry.name[len(prefix):].split(".", 1)[0]
        if pid.isascii() and pid.isdigit() and not _alive(int(pid)):
            Path(entry.path).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another write of this process's may be under way
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process: not ours to judge
    return True


def _write(target: Path, text: str | Iterable[str], encoding: str, verify: Callable[[Path], None] | None) -> None:
    remove_stale_temporaries(target)
    mode = target.stat().st_mode & 0o777 if target.exists() else _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f"{temporary_prefix(target)}{os.getpid()}.", suffix=".tmp",
                               dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.writelines([text] if isinstance(text, str) else text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp makes 0600; keep the old file's mode, or what open() would give
        if verify is not None:
            verify(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
