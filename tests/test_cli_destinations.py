"""Where a destination is asked for, the command line takes zones and names.

``plan``, ``reentry`` and ``usage`` take an ISO code, a zone id
(``SCHENGEN``) or a name in any language the program reads; ``usage`` for a
country that counts in a zone answers for the zone and says so, and marks as
"over" only days the traveller is there. The help of every subcommand, the
plug-ins' too, is in the user's language.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner import i18n
from planner.cli import build_parser, main
from tests.test_cli import KZ_BREACH, plan_file, run

US_TOUR = [{"country": "FR", "entry": "2026-06-01", "exit": "2026-08-20"},
           {"country": "DE", "entry": "2026-08-20", "exit": "2026-09-10"},
           {"country": "KZ", "entry": "2026-09-10", "exit": "2026-10-01"}]


def answer(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    status, out, err = run(capsys, *args, "--json")
    assert status == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


@pytest.fixture
def tour(tmp_path: Path) -> str:
    return str(plan_file(tmp_path, US_TOUR, nat="US"))


@pytest.mark.parametrize("day", ["2026-10-01", "2026-12-20", "2027-03-01"])
def test_plan_for_the_zone_is_the_plan_for_a_member_without_rules_of_its_own(
        capsys: pytest.CaptureFixture[str], tour: str, day: str) -> None:
    zone = answer(capsys, "plan", tour, "--country", "SCHENGEN", "--enter", day)
    member = answer(capsys, "plan", tour, "--country", "IT", "--enter", day)
    assert zone["country"] == "SCHENGEN"
    assert (zone["max_days"], zone["last_day"]) == (member["max_days"], member["last_day"])


def test_reentry_to_the_zone_starts_after_the_last_stay_in_any_member(
        capsys: pytest.CaptureFixture[str], tour: str) -> None:
    zone = answer(capsys, "reentry", tour, "--country", "SCHENGEN", "--days", "30")
    assert zone["after"] == "2026-09-11"  # DE's exit + 1, not after the KZ stay
    member = answer(capsys, "reentry", tour, "--country", "IT", "--days", "30",
                    "--after", "2026-09-11")
    assert zone["earliest_entry"] == member["earliest_entry"] is not None
    assert zone["earliest_entry"] > "2026-09-11"  # 102 days used: the zone must wait


@pytest.mark.parametrize("typed", ["Kazakhstan", "kazakhstan", "Казахстан", "Қазақстан", "kz"])
def test_a_country_may_be_named(capsys: pytest.CaptureFixture[str], tour: str,
                                typed: str) -> None:
    by_name = answer(capsys, "reentry", tour, "--country", typed, "--days", "30")
    assert by_name == answer(capsys, "reentry", tour, "--country", "KZ", "--days", "30")


@pytest.mark.parametrize("typed", ["schengen", "Schengen area", "Шенгенская зона", "Шенген"])
def test_a_zone_may_be_named(capsys: pytest.CaptureFixture[str], tour: str, typed: str) -> None:
    res = answer(capsys, "plan", tour, "--country", typed, "--enter", "2026-12-20")
    assert res["country"] == "SCHENGEN"


def test_an_unknown_destination_is_refused_in_one_line(
        capsys: pytest.CaptureFixture[str], tour: str) -> None:
    status, out, err = run(capsys, "plan", tour, "--country", "Narnia", "--enter", "2026-10-01")
    assert status == 2 and out == ""
    assert "NARNIA" in err and "neither a country code nor a zone" in err
    assert len(err.strip().splitlines()) == 1


def test_usage_for_a_member_answers_for_its_zone(capsys: pytest.CaptureFixture[str],
                                                 tour: str) -> None:
    fr = answer(capsys, "usage", tour, "--destination", "FR")
    zone = answer(capsys, "usage", tour, "--destination", "SCHENGEN")
    assert fr["asked"] == "FR" and "asked" not in zone
    assert {k: v for k, v in fr.items() if k != "asked"} == zone
    assert max(u for u in fr["used"] if u is not None) == 102  # not "no limit"
    status, out, _ = run(capsys, "usage", tour, "--destination", "France")
    assert status == 0
    assert out.splitlines()[0] == "FR counts in Schengen area (SCHENGEN): the days below " \
                                  "are the zone's"


def test_usage_marks_only_present_days_over(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    f = str(plan_file(tmp_path, KZ_BREACH))  # KZ 2023-02-01 .. 2023-06-01, RU: 90 in 180
    res = answer(capsys, "usage", f, "--destination", "KZ", "--to", "2023-06-30")
    days = len(res["used"])
    assert res["present"] == [True] * 121 + [False] * (days - 121)
    counted_over = [i for i in range(days) if res["used"][i] > res["allowed"][i]]
    assert counted_over[-1] > 120  # the count stays above 90 after she left ...
    status, out, _ = run(capsys, "usage", f, "--destination", "KZ", "--to", "2023-06-30")
    over = [line.split()[0] for line in out.splitlines() if line.endswith("over")]
    check = json.loads(run(capsys, "check", f, "--json")[1])
    (a, b), = check["results"][0]["breaches"]
    assert over[0] == a and over[-1] == b == "2023-06-01"  # ... but only her days breach
    assert len(over) == 31


@pytest.fixture
def russian() -> Iterator[None]:
    i18n.set_language("ru")
    yield
    i18n.set_language(None)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield "stay-planner", parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def test_every_help_text_is_in_russian(russian: None) -> None:
    """Each subcommand's description and each option's help, the plug-ins' too."""
    english = []
    for name, parser in _parsers(build_parser()):
        texts = [parser.description or "", parser._positionals.title or "",
                 parser._optionals.title or ""]
        texts += [a.help or "" for a in parser._actions if a.help != argparse.SUPPRESS]
        english += [(name, t) for t in texts if t and not CYRILLIC.search(t)]
    assert english == []
    assert {"summary", "export", "import", "fix", "suggest"} <= set(
        dict(_parsers(build_parser())))


def test_help_prints_in_russian(russian: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["summary", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("использование: stay-planner summary")
    assert "записать одностраничную сводку пребываний в PDF" in out
    assert "показать эту справку и выйти" in out
