"""BibLaTeX's name roles (``editor``/``editora``..``editorc`` with ``editortype``...) <-> CSL's name variables.

biblatex gives four name lists a role each: ``editor = {Doe, J.}, editortype = {compiler}`` is CSL's
``compiler``. A role CSL has a variable for is read into it; one it has none for (founder, continuator,
redactor, reviser) stays as written, its fields kept as note lines. The writer puts each CSL role back in the
first free list biber's data model takes on the entry type (``editor`` when the reference has no editor), so the
round trip is exact; a role with no free list is said, as any variable with no place is.
"""

from __future__ import annotations

from typing import Any

from citecheck.formats.bibdialect import CARRIES

#: biblatex's role (its manual's, and the film and exhibition roles styles use) -> the CSL 1.0.2 variable.
ROLES = {"compiler": "compiler", "collaborator": "contributor", "organizer": "organizer", "director": "director",
         "producer": "producer", "curator": "curator"}
#: The CSL variables written as a role, in the order they take the free lists.
ROLE_VARIABLES = tuple(dict.fromkeys(ROLES.values()))
_ROLE_OF = {variable: role for role, variable in ROLES.items()}
#: What BibLaTeX keeps: BibTeX's keys and the roles (an entry type with too few lists for them says the rest).
BIBLATEX_CARRIES = CARRIES | frozenset(ROLE_VARIABLES)
NAME_LISTS = (("editor", "editortype"), ("editora", "editoratype"), ("editorb", "editorbtype"),
              ("editorc", "editorctype"))
TYPE_FIELDS = frozenset(type_field for _, type_field in NAME_LISTS)
ROLE_FIELDS = frozenset(name for pair in NAME_LISTS for name in pair)
#: The entry types citecheck writes whose editora..editorc biber's default data model accepts (editor and
#: editortype it accepts on all but @report, @thesis and @unpublished, where citecheck's editor is namea).
LETTERED = frozenset(("article", "book", "incollection", "inbook", "inreference"))


def read_roles(fields: dict[str, str], data: dict[str, Any], names) -> None:
    """Move each name list whose role CSL has a variable for from ``fields`` into ``data`` (read by ``names``);
    ``editora`` as an editor is the editor when the entry has none. The first list of a role wins."""
    for list_field, type_field in NAME_LISTS:
        role = fields.get(type_field, "").strip().lower()
        if list_field not in fields or not role:
            continue
        if role == "editor":
            if list_field == "editor":
                del fields[type_field]  # an editor is what editor means without a type
            elif "editor" not in fields:
                fields["editor"] = fields.pop(list_field)
                del fields[type_field]
            continue
        variable = ROLES.get(role)
        if variable is not None and variable not in data:
            data[variable] = names(fields.pop(list_field))
            del fields[type_field]


def free_lists(editor_free: bool, lettered: bool) -> tuple[tuple[str, str], ...]:
    """The lists an entry has for roles: ``editor`` when free, ``editora``..``editorc`` where the type takes them."""
    return (NAME_LISTS[:1] if editor_free else ()) + (NAME_LISTS[1:] if lettered else ())


def role_parts(ref, editor_free: bool, lettered: bool, names) -> tuple[str, ...]:
    """The ``editora = {...}, editoratype = {...}`` lines of ``ref``'s CSL roles (``names`` writes a list)."""
    parts: list[str] = []
    lists = iter(free_lists(editor_free, lettered))
    for variable in ROLE_VARIABLES:
        value = getattr(ref, variable)
        if value is None:
            continue
        found = next(lists, None)
        if found is None:
            break  # more roles than lists: counted as not carried (unwritten)
        list_field, type_field = found
        parts += (f"  {list_field:<12} = {{", names(value), "},\n",
                  f"  {type_field:<12} = {{{_ROLE_OF[variable]}}},\n")
    return tuple(parts)


def unwritten(ref, editor_free: bool, lettered: bool) -> list[str]:
    """The CSL roles of ``ref`` beyond the free lists (written by no field)."""
    present = [variable for variable in ROLE_VARIABLES if getattr(ref, variable) is not None]
    return present[len(free_lists(editor_free, lettered)):]
