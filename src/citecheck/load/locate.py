"""Which references file a command works on."""

from __future__ import annotations

import os
from pathlib import Path

from citecheck.errors import UsageError

ENV_VAR = "CITECHECK_FILE"
DEFAULT_CANDIDATES = ("references.yaml", "data/references.yaml")


def find_references_file(explicit: str | os.PathLike[str] | None = None, cwd: Path | None = None) -> Path:
    """``--file`` if given; else ``$CITECHECK_FILE``; else ``./references.yaml`` or ``./data/references.yaml``, in
    this folder or the nearest one above it (up to the project's root)."""
    chosen = explicit or os.environ.get(ENV_VAR)
    if chosen:
        path = Path(chosen)
        if path.is_dir():
            raise UsageError(f"{path}: is a folder, not a references file")
        if not path.is_file():
            raise UsageError(f"{path}: no such file")
        return path
    here = cwd or Path.cwd()
    # As git and ruff find their files: from the working folder up, stopping at the project's root (a folder
    # holding .git) so that a references file of some other project above it is never picked up.
    for base in (here, *here.resolve().parents):
        for candidate in DEFAULT_CANDIDATES:
            if (base / candidate).is_file():
                if base == here:
                    return Path(candidate) if cwd is None else base / candidate
                return base / candidate
        if (base / ".git").exists():
            break
    raise UsageError(
        "no references file: pass --file PATH, set CITECHECK_FILE, "
        "or create ./references.yaml (citecheck init writes one)"
    )
