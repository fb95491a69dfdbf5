"""Reading references from printed text: an article's footnotes, or a list of reference strings.

The flow is the layout: markup (HTML/Markdown -> printed lines) -> sections (the references
heading) -> footnotes (markers, wrapped lines, numbers) -> tokens and features -> tagger (a CRF
shipped as package data, trained by ``train`` on ``synthetic`` footnotes) -> fields (spans) ->
names, dates, kinds -> build (CSL data) -> reader (``load(text, path) -> ImportResult``, as every
format's reader). Never imports typer or rich.
"""

from citecheck.parse.reader import load

__all__ = ["load"]
