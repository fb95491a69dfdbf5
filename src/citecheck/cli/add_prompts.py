"""``citecheck add`` on a terminal: one prompt per field, the type completed from CSL's list."""

from __future__ import annotations

import typer

from citecheck.adding import NewReference


def _complete_types(text: str, state: int) -> str | None:
    from citecheck.vocabulary import ITEM_TYPES

    matches = [name for name in ITEM_TYPES if name.startswith(text)]
    return matches[state] if state < len(matches) else None


def ask(new: NewReference) -> NewReference:
    """``new`` with what the user types at each prompt (an empty answer skips a field)."""
    try:
        import readline  # Tab completes the type where the platform has readline

        readline.set_completer(_complete_types)
        readline.parse_and_bind("tab: complete")
    except ImportError:
        readline = None
    new.type = typer.prompt("type (Tab lists CSL types)", default="webpage")
    if readline is not None:
        readline.set_completer(None)
    for label, option in (("title", "title"), ("container (newspaper, site, journal)", "container"),
                          ("date issued (YYYY-MM-DD)", "date"), ("URL", "url")):
        answer = typer.prompt(label, default=new.fields.get(option, ""), show_default=False)
        if answer:
            new.fields[option] = answer
    while True:
        person = typer.prompt('author "Family, Given" (empty: done)', default="", show_default=False)
        if not person:
            break
        new.authors.append(person)
    return new
