"""Registration deadlines in ``stay-planner suggest`` (text and JSON) and registration and
tax-residency dates in the stay summary's "Next deadlines": hand-computed days, in
English and Russian, never called a breach."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from planner import api
from planner.core.deadlines import notices, registrations_by_stay
from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.core.registration import HolidayDataError
from planner.i18n import set_language
from planner.report.summary_data import NOTICES, build_summary
from tests.test_cli import plan_file, run

D = dt.date
HOST = "kz-host-notification-3-working-days"
KZ_TAX = "kz-tax-183-in-12-months"




# A Russian in Kazakhstan from Thursday 7 March 2024 to 10 July: 126 days, more than 90 in
# any 180. The host's 3 working days: Friday 8 March is Women's Day, then the weekend, so
# Monday 11, Tuesday 12, Wednesday 13 March: register by the 13th.
LONG_KZ = [{"country": "KZ", "entry": "2024-03-07", "exit": "2024-07-10"}]


def test_suggest_prints_the_registration_deadline(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "suggest", str(plan_file(tmp_path, LONG_KZ)))
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert lines[0] == "#1   KZ 2024-03-07 – 2024-07-10: leave by 2024-06-04"
    assert lines[1] == f"     register by 2024-03-13 ({HOST})"
    assert sum("register" in line for line in lines) == 1
    assert "breach" not in out


def test_suggest_json_is_the_api_answer_with_its_registrations(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = plan_file(tmp_path, LONG_KZ)
    status, out, _ = run(capsys, "suggest", str(f), "--json")
    assert status == 1
    res = json.loads(out)
    assert res == api.suggest(api.load(f))
    [reg] = res["suggestions"][0]["registrations"]
    assert (reg["date"], reg["kind"], reg["rule"]) == ("2024-03-13", "registration", HOST)


def test_suggest_says_registered_and_russian(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    done = [{**LONG_KZ[0], "registered": True}]
    _, out, _ = run(capsys, "suggest", str(plan_file(tmp_path, done)))
    assert f"     registered ({HOST})" in out.splitlines()
    set_language("ru")
    try:
        _, out, _ = run(capsys, "suggest", str(plan_file(tmp_path, LONG_KZ)))
    finally:
        set_language(None)
    assert f"     зарегистрироваться до 2024-03-13 ({HOST})" in out.splitlines()


def test_suggest_names_a_registration_it_cannot_count(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_calendar(*_: Any) -> None:
        raise HolidayDataError("no public-holiday calendar for KZ")

    monkeypatch.setattr("planner.api.registrations_by_stay", no_calendar)
    status, out, _ = run(capsys, "suggest", str(plan_file(tmp_path, LONG_KZ)))
    assert status == 1
    assert "     registration deadline unknown: no public-holiday calendar for KZ" in out


def test_stay_registrations_follow_the_visit() -> None:
    # Two touching stays are one visit: the second stay's deadline is the first's entry's.
    rules = api.load_rules()
    stays = (Stay("KZ", D(2024, 3, 7), D(2024, 3, 20)), Stay("KZ", D(2024, 3, 20), D(2024, 4, 2)),
             Stay("KG", D(2024, 4, 2), D(2024, 4, 20)))
    by_stay = registrations_by_stay(rules, "RU", stays)
    for i in (0, 1):
        assert [(d.day, d.rule) for d in by_stay[i]] == [(D(2024, 3, 13), HOST)]
    assert 2 not in by_stay


# ---- the summary -----------------------------------------------------------------


def year_in_kz() -> Itinerary:
    """A Russian in Kazakhstan on a visa from Monday 1 July 2024 to the end of June 2025:
    host notification by Thursday 4 July (3 working days: the 2nd, 3rd and 4th), and 183
    days present in 12 months (1 July counted as day 1) on 30 December 2024."""
    return Itinerary(Traveller("Анна", "RU"),
                     (Stay("KZ", D(2024, 7, 1), D(2025, 6, 30), status=Status.VISA),))


def test_summary_lists_registration_and_tax_in_date_order() -> None:
    rules = api.load_rules()
    s = build_summary(year_in_kz(), rules, D(2024, 7, 1))
    assert [(n.kind, n.day, n.urgent) for n in s.notices] == [
        ("registration", D(2024, 7, 4), False), ("tax-residency", D(2024, 12, 30), False)]
    reg, tax = (n.text for n in s.notices)
    assert reg == f"Kazakhstan: register by 2024-07-04 ({HOST})"
    assert tax.startswith("Kazakhstan: 183 days present on 2024-12-30")
    assert KZ_TAX in tax and "not tax advice" in tax
    assert all("breach" not in n.text for n in s.notices)
    # From the day after the deadline, only the tax day is ahead.
    later = build_summary(year_in_kz(), rules, D(2024, 7, 5))
    assert [n.day for n in later.notices] == [D(2024, 12, 30)]


def test_summary_notices_in_russian() -> None:
    s = build_summary(year_in_kz(), api.load_rules(), D(2024, 7, 1), lang="ru")
    reg, tax = (n.text for n in s.notices)
    assert reg == f"Казахстан: зарегистрироваться до 2024-07-04 ({HOST})"
    assert tax.startswith("Казахстан: 2024-12-30 набирается 183 дн.") and KZ_TAX in tax


def test_summary_keeps_the_next_of_each_rule_and_skips_done_ones() -> None:
    rules = api.load_rules()
    # Six ten-day Kazakh stays a month apart: six host notifications ahead, the first
    # one (entry Tuesday 2 January, a holiday; then 3, 4, 5 January) shown.
    stays = tuple(Stay("KZ", D(2024, m, 2), D(2024, m, 11)) for m in range(1, 7))
    s = build_summary(Itinerary(Traveller("A", "RU"), stays), rules, D(2024, 1, 1))
    assert len(notices(rules, "RU", stays, D(2024, 1, 1))) == 6
    assert [(n.day, n.text) for n in s.notices] == [
        (D(2024, 1, 5), f"Kazakhstan: register by 2024-01-05 ({HOST})")]
    assert len(s.notices) <= NOTICES
    done = tuple(Stay(x.country, x.entry, x.exit, registered=True) for x in stays)
    assert build_summary(Itinerary(Traveller("A", "RU"), done), rules, D(2024, 1, 1)).notices == ()


def test_summary_says_when_registration_cannot_be_counted(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def no_calendar(*_: Any) -> None:
        raise HolidayDataError("no public-holiday calendar for KZ")

    monkeypatch.setattr("planner.report.summary_data.notices", no_calendar)
    s = build_summary(year_in_kz(), api.load_rules(), D(2024, 7, 1))
    assert [(n.text, n.urgent) for n in s.notices] == [
        ("Registration deadlines not counted: no public-holiday calendar for KZ", False)]
    assert s.deadlines  # the exit window is still there
    assert "no public-holiday calendar for KZ" in caplog.text


def test_summary_pdf_shows_the_deadline(qapp: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from planner.report.summary_pdf import render_pdf

    for lang, needle in (("en", "register by 2024-07-04"),
                         ("ru", "зарегистрироваться до 2024-07-04")):
        s = build_summary(year_in_kz(), api.load_rules(), D(2024, 7, 1), lang=lang)
        out = tmp_path / f"{lang}.pdf"
        assert render_pdf(s, out) == 1
        text = " ".join(PdfReader(out).pages[0].extract_text().split())
        assert needle in text, lang
        assert "2024-12-30" in text
