"""Exit statuses shared by every command."""

from enum import IntEnum


class ExitStatus(IntEnum):
    CLEAN = 0  # nothing to report
    FINDINGS = 1  # validation errors, broken links...
    INPUT_ERROR = 2  # bad usage or a file citecheck cannot use
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)
