"""Working hours for the behaviour rules come from settings, validated."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.compliance.rules import WorkingHours
from assistant.config import override_settings


def test_working_hours_from_settings() -> None:
    with override_settings(working_hours="08:30-17:00", working_weekdays="1-4,6", timezone="Europe/Berlin"):
        hours = WorkingHours.from_settings()
    assert hours.start == dt.time(8, 30) and hours.end == dt.time(17, 0)
    assert hours.weekdays == frozenset({0, 1, 2, 3, 5})
    assert str(hours.tz) == "Europe/Berlin"
    assert WorkingHours.from_settings().weekdays == frozenset(range(5))


@pytest.mark.parametrize(
    "bad", [{"working_hours": "9-18h"}, {"working_weekdays": "0-5"}, {"working_hours": "18:00-09:00"}]
)
def test_bad_working_hours_are_named(bad: dict) -> None:
    with override_settings(**bad), pytest.raises(ValueError, match="WORKING_"):
        WorkingHours.from_settings()
