"""Which references file a command works on."""

from __future__ import annotations

import os
from pathlib import Path

from citecheck.errors import UsageError

ENV_VAR = "CITECHECK_FILE"
DEFAULT_CANDIDATES = ("references.yaml", "data/references.yaml")


def find_references_file(explicit: str | os.PathLike[str] | None = None, cwd: Path | None = None) -> Path:
    """``--file`` if given; else ``$CITECHECK_FILE``; else ``./references.yaml``; else ``./data/references.yaml``."""
    chosen = explicit or os.environ.get(ENV_VAR)
    if chosen:
        path = Path(chosen)
        if path.is_dir():
            raise UsageError(f"{path}: is a folder, not a references file")
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        return path
    base = cwd or Path.cwd()
    for candidate in DEFAULT_CANDIDATES:
        if (base / candidate).is_file():
            return Path(candidate) if cwd is None else base / candidate
    raise UsageError(
        "no references file: pass --file PATH, set CITECHECK_FILE, "
        "or create ./references.yaml (citecheck init writes one)"
    )
