"""The summary says what the rest of the program says: the same exit window as
``suggest``, the limit that actually breaches, the itinerary's own years, and
the environment's language.

PDF content is read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from planner import api
from planner.core.model import Itinerary, Stay, Traveller
from planner.report.summary_data import build_summary, current_stay, strip_years
from tests.test_cli import run
from tests.test_summary import ANNA, ROOT, pdf_pages

D = dt.date

SCHENGEN_TOUR = Itinerary(Traveller("Mark", "US"), (
    Stay("FR", D(2026, 6, 1), D(2026, 8, 20)),
    Stay("DE", D(2026, 8, 20), D(2026, 9, 10)),
    Stay("KZ", D(2026, 9, 10), D(2026, 10, 1)),
    Stay("IT", D(2026, 11, 10), D(2026, 11, 30)),
))
KZ_37_DAYS = Itinerary(Traveller("Mark", "US"), (Stay("KZ", D(2023, 3, 1), D(2023, 4, 6)),))


@pytest.mark.parametrize("it", [SCHENGEN_TOUR, api.load(ANNA)], ids=["schengen", "anna"])
def test_summary_and_suggest_give_one_exit_window(it: Itinerary) -> None:
    """For every breaching stay, the summary made on its entry day says what
    ``suggest`` says: leave by, and the earliest return for the same length."""
    rules = api.load_rules()
    suggestions = api.suggest(it, rules=rules)["suggestions"]
    assert suggestions
    for w in suggestions:
        day = D.fromisoformat(w["entry"])
        assert current_stay(it.stays, day) == w["index"]
        exit_, back = build_summary(it, rules, day).deadlines
        assert exit_.day == (w["leave_by"] and D.fromisoformat(w["leave_by"]))
        assert back.day == (w["earliest_return"] and D.fromisoformat(w["earliest_return"]))
        assert f"next {w['return_days']} days" in back.text


def test_the_schengen_return_is_for_the_next_stay_in_the_zone() -> None:
    exit_, back = build_summary(SCHENGEN_TOUR, api.load_rules(), D(2026, 8, 25)).deadlines
    assert exit_.day == D(2026, 8, 20) and exit_.urgent
    assert back.text == "Italy, next 21 days: enter on 2026-11-19 or later " \
                        "(planned for 2026-11-10)"


def test_used_at_exit_shows_the_limit_that_breaches() -> None:
    s = build_summary(KZ_37_DAYS, api.load_rules(), D(2023, 3, 10))
    (used,) = s.stays[0].used_at_exit
    assert (used.short, used.rule_text, used.over) == ("37/30", "30 days per entry", True)
    # without a breach the counter is the 90-in-180 count, as before
    fine = Itinerary(KZ_37_DAYS.traveller, (Stay("KZ", D(2023, 3, 1), D(2023, 3, 20)),))
    (used,) = build_summary(fine, api.load_rules(), D(2023, 3, 10)).stays[0].used_at_exit
    assert (used.short, used.rule_text) == ("20/90", "90 days in any 180")


@pytest.mark.parametrize(("stays", "date", "years"), [
    ([(2023, 2, 1, 2023, 5, 1)], D(2026, 12, 2), [2023]),
    ([(2023, 2, 1, 2023, 5, 1)], D(2023, 7, 1), [2023]),
    ([(2022, 10, 1, 2022, 11, 1), (2024, 1, 1, 2024, 2, 1)], D(2023, 7, 1), [2023]),
    ([(2022, 10, 1, 2022, 11, 1), (2024, 1, 1, 2024, 2, 1)], D(2026, 1, 1),
     [2022, 2023, 2024]),
    ([(2022, 12, 20, 2023, 1, 10)], D(2021, 5, 5), [2022, 2023]),
    ([], D(2026, 12, 2), [2026]),
])
def test_strip_years(stays: list[tuple[int, ...]], date: dt.date, years: list[int]) -> None:
    built = [Stay("KZ", D(*s[:3]), D(*s[3:])) for s in stays]
    assert strip_years(built, date) == years


def test_pdf_of_a_past_itinerary_shows_its_own_years(qapp: Any, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "anna.pdf"
    status, _, err = run(capsys, "summary", str(ANNA), "-o", str(out), "--date", "2026-12-02",
                         "--lang", "en")
    assert status == 0, err
    text = " ".join(pdf_pages(out))
    assert "Year 2022" in text and "Year 2023" in text and "Year 2026" not in text


def test_pdf_used_at_exit_column(qapp: Any, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    from planner.storage import write_itinerary

    src = tmp_path / "kz.stayplan"
    write_itinerary(KZ_37_DAYS, src)
    out = tmp_path / "kz.pdf"
    status, _, err = run(capsys, "summary", str(src), "-o", str(out), "--date", "2023-03-10",
                         "--lang", "en")
    assert status == 0, err
    text = pdf_pages(out)[0]
    assert "37/30" in text and "37/90" not in text


def _summary_in(tmp_path: Path, lang_env: str, *extra: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang_env
    out = tmp_path / f"{lang_env}{''.join(extra)}.pdf"
    res = subprocess.run([sys.executable, "-m", "planner", "summary", str(ANNA), "-o", str(out),
                          "--date", "2023-07-01", *extra], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return pdf_pages(out)[0]


def test_summary_follows_the_environments_language(tmp_path: Path) -> None:
    text = _summary_in(tmp_path, "ru_RU.UTF-8")
    assert "Сводка пребываний" in text and "Stay summary" not in text
    assert "Болу мерзімдері" in _summary_in(tmp_path, "kk_KZ.UTF-8")
    english = _summary_in(tmp_path, "ru_RU.UTF-8", "--lang", "en")  # --lang still overrides
    assert "Stay summary" in english and "Сводка пребываний" not in english
