import pytest

from citecheck.errors import UsageError
from citecheck.model import Reference
from citecheck.selection import refuse_unknown

REFS = [Reference(id="a", type="webpage", footnote=1), Reference(id="b", type="webpage", footnote=2)]


def test_known_ids_and_footnotes_pass():
    refuse_unknown(REFS, "refs.yaml", ["a", "b"], [1, 2])


def test_unknown_ids_and_footnotes_are_named_in_the_order_given_once_each():
    with pytest.raises(UsageError) as raised:
        refuse_unknown(REFS, "refs.yaml", ["zz", "a", "zz", "yy"], [9, 1])
    assert str(raised.value) == "refs.yaml: no reference with id 'zz', id 'yy', footnote 9"
