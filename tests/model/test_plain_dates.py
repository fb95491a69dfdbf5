"""Plain dates are made in one step (model/dates.py's ``_plain_parts``): always what the full validation makes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from citecheck.model import dates
from citecheck.model.dates import Date

# Months and days at every edge the calendar and the season convention have; years at the digit limit's.
EDGES = st.sampled_from([-1, 0, 1, 2, 4, 11, 12, 13, 16, 17, 20, 21, 24, 25, 28, 29, 30, 31, 32])
ODD = st.sampled_from([True, False, "2001", "02", "", None, 2001.0, 10**15, -10**15])
YEARS = st.one_of(st.sampled_from([-44, 0, 1900, 2000, 2001, 2024, 9999, 10**15 - 1, -(10**15 - 1)]), ODD)
PARTS = st.one_of(st.tuples(YEARS).map(list), st.tuples(YEARS, st.one_of(EDGES, ODD)).map(list),
                  st.tuples(YEARS, EDGES, st.one_of(EDGES, ODD)).map(list), st.lists(EDGES, max_size=4))
VALUES = st.one_of(
    st.builds(lambda ends: {"date-parts": ends}, st.lists(PARTS, min_size=0, max_size=3)),
    st.builds(lambda ends, extra: {"date-parts": ends, **extra}, st.lists(PARTS, min_size=1, max_size=2),
              st.sampled_from([{"season": 2}, {"circa": True}, {"raw": "x"}])),
    st.from_regex(r"\A-?\d{1,5}(-\d{1,3}(-\d{1,3})?)?(/\d{4})?~?\Z"),
    st.integers(-5, 3000),
)


def _outcome(value, *, full: bool, monkeypatch):
    if full:
        monkeypatch.setattr(dates, "_plain_parts", lambda value: None)
    try:
        made = Date.model_validate(value)
        return type(made) is Date, made
    except ValidationError as error:
        return "error", [(e["loc"], e["msg"]) for e in error.errors()]
    finally:
        monkeypatch.undo()


@settings(max_examples=1500, deadline=None)
@given(VALUES)
def test_a_date_made_in_one_step_is_the_date_full_validation_makes(value):
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _outcome(value, full=False, monkeypatch=monkeypatch) == _outcome(value, full=True,
                                                                                monkeypatch=monkeypatch)


@pytest.mark.parametrize(("value", "plain"), [
    ({"date-parts": [[2001, 2, 3]]}, [[2001, 2, 3]]),
    ("2001-02", [[2001, 2]]),
    ({"date-parts": [[2001]]}, [[2001]]),
    ({"date-parts": [[2001, 13]]}, None),  # a season written as a month
    ({"date-parts": [[2001, 2, 29]]}, None),  # past the 28th: the calendar decides
    ({"date-parts": [[2001, 0, 0]]}, None),  # zeros for "not known"
    ({"date-parts": [[2001], [2002]]}, None),  # a range
    ({"date-parts": [[True]]}, None),
    ("2001-02-03T10:00:00Z", None),
])
def test_what_counts_as_plain(value, plain):
    assert dates._plain_parts(value) == plain


def test_a_plain_date_is_a_date_like_any_other():
    made = Date.model_validate({"date-parts": [[2001, 2, 3]]})
    assert type(made) is Date and made == Date(date_parts=[[2001, 2, 3]]) and made.isoformat() == "2001-02-03"
