"""Write the working-day table the registration deadlines read, from ``holidays``.

``python packaging/make_holidays.py`` asks the ``holidays`` package, for every
country whose bundled registration rule counts working days, which days of
:data:`FIRST_YEAR` .. :data:`LAST_YEAR` are not what Monday to Friday says (a
public holiday on a weekday, a weekend day made a working day), and writes
them to ``resources/holidays/working_days.json``, which
:mod:`planner.core.registration` reads at run time. Opening a file thereby
counts its deadlines without importing ``holidays`` (some 50 ms and 6 MB);
a day outside the table, or a country only a user's rule file names, still
asks the package.

The generated file is committed; ``tests/test_registration.py`` fails, naming
this script, when it no longer matches the installed ``holidays`` (after an
upgrade with new public-holiday data) or the bundled rules, so run this again
then.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.core.deadline_rules import RegistrationRule  # noqa: E402
from planner.core.rule_files import bundled_rules  # noqa: E402

OUT = ROOT / "resources" / "holidays" / "working_days.json"
FIRST_YEAR = 2000
LAST_YEAR = 2050


def working_day_countries() -> list[str]:
    """The countries whose bundled registration rules count working days."""
    return sorted({r.destination for r in bundled_rules().deadline_rules
                   if isinstance(r, RegistrationRule) and r.day_type == "working"})


def table() -> dict[str, object]:
    """The content of ``working_days.json`` as the installed ``holidays`` gives it now."""
    import holidays

    countries: dict[str, list[str]] = {}
    for country in working_day_countries():
        cal = holidays.country_holidays(country)
        day, last, flipped = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31), []
        while day <= last:
            if cal.is_working_day(day) != (day.weekday() < 5):
                flipped.append(day.isoformat())
            day += dt.timedelta(days=1)
        countries[country] = flipped
    return {"source": f"holidays {holidays.__version__}",
            "years": [FIRST_YEAR, LAST_YEAR],
            "countries": countries}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(table(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
