"""citecheck: keep an article's references correct, alive and portable.

The library never imports typer or rich; ``citecheck.cli`` is the command line over it.
Import what you need from the submodules: ``citecheck.model``, ``citecheck.load``.
"""

__version__ = "0.1.0"
