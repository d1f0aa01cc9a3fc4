"""Registration and tax-residency rules: how rule files carry them, and that they judge no day."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from planner import api
from planner.core.deadline_rules import RegistrationRule, TaxTest
from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.core.rule_files import bundled_rule_paths, load_rule_files, parse_rule_document
from planner.core.rules import RuleDataError

D = dt.date.fromisoformat


def _doc(*rules: dict[str, Any]) -> dict[str, Any]:
    return {"format": "stay-planner-rules", "version": 1, "rules": list(rules)}


REG = {"id": "ru-reg", "destination": "RU", "nationalities": ["KZ", "US"],
       "kind": "registration", "days": 7, "day_type": "working",
       "source": "Federal Law 109-FZ, art. 20", "checked": "2026-12-01",
       "title": "Russia: the host registers the foreigner within 7 working days"}
TAX = {"id": "kz-tax", "destination": "KZ", "kind": "tax-residency", "days": 183,
       "period": "rolling", "window_months": 12, "source": "Tax Code of Kazakhstan, art. 217",
       "checked": "2026-12-01"}


def test_deadline_rules_are_kept_apart_from_stay_limits() -> None:
    limit = {"id": "kz-90", "destination": "KZ", "nationalities": ["RU"], "kind": "rolling",
             "max_days": 90, "window_days": 180, "source": "x", "checked": "2026-12-01"}
    rs = parse_rule_document(_doc(limit, REG, TAX), "t.json")
    assert [r.id for r in rs.rules] == ["kz-90"]
    reg, tax = rs.deadline_rules
    assert isinstance(reg, RegistrationRule) and reg.days == 7 and reg.day_type == "working"
    assert reg.trigger == "entry" and reg.nationalities == {"KZ", "US"}
    assert Status.RESIDENCE not in reg.statuses and Status.VISA_FREE in reg.statuses
    assert isinstance(tax, TaxTest) and tax.window_months == 12 and tax.window_days is None
    # A presence test does not ask for a passport: no nationalities means everyone.
    assert tax.covers("RU") and tax.covers("KZ")
    assert rs.covered_destinations("KZ") == set()  # deadline rules check no destination
    assert tax.describe() == "183 days in any 12 consecutive months"
    assert reg.describe() == "register within 7 working days of entry"


def test_override_file_replaces_a_deadline_rule_by_id(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(_doc(REG, TAX)), encoding="utf-8")
    b.write_text(json.dumps(_doc({**REG, "days": 3, "day_type": "calendar"})), encoding="utf-8")
    rs = load_rule_files([a, b])
    by_id = {r.id: r for r in rs.deadline_rules}
    assert set(by_id) == {"ru-reg", "kz-tax"}
    assert by_id["ru-reg"].days == 3


@pytest.mark.parametrize(("change", "words"), [
    ({"days": 0}, ["days", "≥ 1"]),
    ({"day_type": "business"}, ["day_type", "calendar, working"]),
    ({"trigger": "arrival"}, ["trigger", "entry, stay-length"]),
    ({"trigger": "stay-length"}, ["day_type must be calendar"]),
    ({"statuses": ["tourist"]}, ["statuses"]),
    ({"destination": "SCHENGEN"}, ["country code", "SCHENGEN"]),
    ({"nationalities": []}, ["nationalities"]),
    ({"checked": None}, ["checked"]),
])
def test_bad_registration_rules_are_named(change: dict[str, Any], words: list[str]) -> None:
    with pytest.raises(RuleDataError) as e:
        parse_rule_document(_doc({**REG, **change}), "bad.json")
    assert "ru-reg" in str(e.value) and "bad.json" in str(e.value)
    for w in words:
        assert w in str(e.value)


@pytest.mark.parametrize(("change", "words"), [
    ({"window_days": 365}, ["window_days or window_months"]),
    ({"window_months": None}, ["window_days or window_months"]),
    ({"window_months": 5}, ["shorter than 183 days"]),
    ({"period": "fiscal"}, ["period", "rolling, calendar-year"]),
    ({"period": "calendar-year", "window_months": None, "days": 400}, ["calendar year"]),
])
def test_bad_tax_tests_are_named(change: dict[str, Any], words: list[str]) -> None:
    with pytest.raises(RuleDataError) as e:
        parse_rule_document(_doc({**TAX, **change}), "bad.json")
    for w in words:
        assert w in str(e.value)


def test_unknown_kind_lists_the_deadline_kinds_too() -> None:
    with pytest.raises(RuleDataError, match="registration, tax-residency"):
        parse_rule_document(_doc({**REG, "kind": "reminder"}), "bad.json")


def _every_day_rules(tmp_path: Path) -> Path:
    """Deadline rules for every destination and nationality used below."""
    path = tmp_path / "deadlines.json"
    rules = []
    for c in ("KZ", "KG", "RU", "GE", "FR", "DE"):
        rules.append({**REG, "id": f"reg-{c}", "destination": c, "nationalities": ["*"],
                      "days": 1, "day_type": "calendar"})
        rules.append({**TAX, "id": f"tax-{c}", "destination": c, "days": 1,
                      "period": "calendar-year", "window_months": None})
    path.write_text(json.dumps(_doc(*rules)), encoding="utf-8")
    return path


@pytest.mark.parametrize("nat", ["RU", "US"])
def test_check_windows_and_fix_ignore_deadline_rules(tmp_path: Path, nat: str) -> None:
    """Adding a registration and a tax test everywhere changes no stay-limit answer,
    and makes no unchecked country checked."""
    it = Itinerary(Traveller("T", nat), (
        Stay("KZ", D("2024-01-10"), D("2024-05-20")),
        Stay("MN", D("2024-05-20"), D("2024-05-30")),
        Stay("DE", D("2024-06-01"), D("2024-09-30")),
        Stay("KZ", D("2024-10-01"), D("2024-12-31"), Status.RESIDENCE),
    ))
    plain = api.load_rules()
    with_deadlines = load_rule_files([*bundled_rule_paths(), _every_day_rules(tmp_path)])
    assert len(with_deadlines.deadline_rules) >= len(plain.deadline_rules) + 12
    assert api.check(it, rules=with_deadlines) == api.check(it, rules=plain)
    assert api.windows(it, rules=with_deadlines) == api.windows(it, rules=plain)
    assert api.fix(it, rules=with_deadlines)[1] == api.fix(it, rules=plain)[1]
    assert api.check(it, rules=plain)["compliant"] is False  # the case is not trivial


def test_bundled_deadline_rules_are_sourced_and_countable() -> None:
    import holidays

    from planner.core.rule_files import bundled_rules

    rules = bundled_rules().deadline_rules
    regs = [r for r in rules if isinstance(r, RegistrationRule)]
    taxes = [r for r in rules if isinstance(r, TaxTest)]
    assert {r.destination for r in regs} >= {"RU", "KZ", "KG", "UZ", "TJ"}
    assert {t.destination for t in taxes} >= {"KZ", "RU", "KG", "UZ", "GE", "AM", "TR",
                                              "DE", "ES", "PT", "FR"}
    supported = holidays.list_supported_countries()
    for r in rules:
        assert r.source.strip() and r.title.strip() and r.checked is not None, r.id
    for r in regs:
        if r.day_type == "working":
            assert r.destination in supported, r.id
    # A presence test asks for no passport; every test covers everyone.
    assert all(t.covers("RU") and t.covers("US") for t in taxes)
