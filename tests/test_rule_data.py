"""The bundled rule data (resources/rules/*.json): it loads, it is complete and consistent."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest

from planner.core.countries import COUNTRY_CODES, is_country_code
from planner.core.rule_files import bundled_rule_paths, bundled_rules, load_rule_files
from planner.core.rules import Rule, RuleDataError, RuleKind, RuleSet

D = dt.date.fromisoformat
ONE_DAY = dt.timedelta(days=1)
FAR_PAST = dt.date.min
FAR_FUTURE = dt.date.max


@pytest.fixture(scope="module")
def rs() -> RuleSet:
    return bundled_rules()


def _start(r: Rule) -> dt.date:
    return r.valid_from or FAR_PAST


def _end(r: Rule) -> dt.date:
    return r.valid_to or FAR_FUTURE


def _overlap(a: Rule, b: Rule) -> bool:
    return _start(a) <= _end(b) and _start(b) <= _end(a)


def _pairs(rs: RuleSet) -> dict[tuple[str, str], list[Rule]]:
    """Rules per (destination, nationality)."""
    out: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for r in rs.rules:
        for n in r.nationalities:
            out[(r.destination, n)].append(r)
    return out


def assert_chain(rs: RuleSet, destination: str, nationality: str, ids: list[str]) -> None:
    """``ids`` are consecutive rules: each ends the day before the next begins."""
    rules = [rs.rule(i) for i in ids]
    assert all(rules), f"missing rule among {ids}"
    covering = {r.id for r in rs.rules_for(destination, nationality)}
    for r in rules:
        assert r is not None and r.id in covering, f"{r} does not cover {destination}/{nationality}"
    for a, b in zip(rules, rules[1:], strict=False):
        assert a is not None and b is not None
        assert a.valid_to is not None and b.valid_from is not None, (a.id, b.id)
        assert a.valid_to + ONE_DAY == b.valid_from, \
            f"{a.id} ends {a.valid_to}, {b.id} begins {b.valid_from}"
    assert rules[0] is not None and rules[-1] is not None
    assert rules[-1].valid_to is None, f"{rules[-1].id} should be open-ended"


# --------------------------------------------------------------------------- loading


def test_bundled_data_loads(rs: RuleSet) -> None:
    names = [p.name for p in bundled_rule_paths()]
    assert names[0] == "_groups.json"
    for f in ("kz", "kg", "uz", "tj", "ge", "am", "az", "ru", "tr", "cn", "mn", "tm", "schengen"):
        assert f"{f}.json" in names
    assert len(rs.rules) > 50
    assert set(rs.zones) == {"SCHENGEN"}
    assert rs.groups["EAEU"] == frozenset({"AM", "BY", "KG", "KZ", "RU"})
    assert len(rs.groups["EU"]) == 27
    assert rs.names["SCHENGEN"] == "Schengen area"


def test_every_rule_has_source_checked_and_title(rs: RuleSet) -> None:
    for r in rs.rules:
        assert r.source.strip(), r.id
        assert r.checked in (D("2026-11-24"), D("2026-12-02")), r.id
        assert r.title.strip(), r.id
        assert r.id == r.id.lower() and " " not in r.id, r.id


def test_no_wildcard_nationalities(rs: RuleSet) -> None:
    for r in rs.rules:
        assert "*" not in r.nationalities, r.id
        assert all(is_country_code(n) for n in r.nationalities), r.id


def test_no_nationality_has_rules_for_its_own_country(rs: RuleSet) -> None:
    for r in rs.rules:
        if r.destination in rs.zones:
            zone = rs.zones[r.destination]
            members = {m.country for m in zone.members}
            if r.kind is not RuleKind.NO_LIMIT:
                assert not (r.nationalities & members), (r.id, sorted(r.nationalities & members))
        else:
            assert r.destination not in r.nationalities, r.id


# --------------------------------------------------------------------------- consistency


def test_same_kind_rules_do_not_overlap(rs: RuleSet) -> None:
    for (dest, nat), rules in _pairs(rs).items():
        for i, a in enumerate(rules):
            for b in rules[i + 1:]:
                if a.kind is b.kind:
                    assert not _overlap(a, b), f"{dest}/{nat}: {a.id} overlaps {b.id}"


def test_visa_required_and_no_limit_stand_alone(rs: RuleSet) -> None:
    """Only limits combine (30 per entry alongside 90 in 180).

    'visa required' and 'no limit' never overlap another rule.
    """
    for (dest, nat), rules in _pairs(rs).items():
        for a in rules:
            if a.kind not in (RuleKind.VISA_REQUIRED, RuleKind.NO_LIMIT):
                continue
            for b in rules:
                if b is not a:
                    assert not _overlap(a, b), f"{dest}/{nat}: {a.id} overlaps {b.id}"


def test_no_gaps_between_rules(rs: RuleSet) -> None:
    """Once a nationality is covered for a destination it stays covered: no unchecked days."""
    for (dest, nat), rules in _pairs(rs).items():
        spans = sorted((_start(r), _end(r)) for r in rules)
        reach = spans[0][1]
        for start, end in spans[1:]:
            if reach < FAR_FUTURE:
                assert start <= reach + ONE_DAY, \
                    f"{dest}/{nat}: no rule from {reach + ONE_DAY} to {start - ONE_DAY}"
            reach = max(reach, end)


def test_fallbacks_follow_a_temporary_rule(rs: RuleSet) -> None:
    """A rule the data only assumes starts the day after a rule that ends, for the same people."""
    fallbacks = [r for r in rs.rules if r.fallback]
    assert {r.id for r in fallbacks} >= {"cn-ru-2026-visa-required", "ru-cn-2026-visa-required",
                                         "cn-unilateral-2027-visa-required",
                                         "mn-eu-2027-visa-required"}
    for fb in fallbacks:
        assert fb.kind is RuleKind.VISA_REQUIRED and fb.valid_from is not None, fb.id
        assert "Fallback" in fb.note, fb.id
        for nat in fb.nationalities:
            ended = [r for r in rs.rules_for(fb.destination, nat)
                     if r.valid_to is not None and r.valid_to + ONE_DAY == fb.valid_from]
            assert ended, f"{fb.id}: nothing ends the day before for {nat}"
            assert all(fb.id in r.note for r in ended), (fb.id, [r.id for r in ended])


def test_intended_overlaps_are_limits(rs: RuleSet) -> None:
    kz_us = [r for r in rs.rules_for("KZ", "US") if r.in_force(D("2023-06-01"))]
    assert sorted((r.kind.value, r.max_days) for r in kz_us) == [("per-entry", 30), ("rolling", 90)]


# --------------------------------------------------------------------------- main chains


def test_chain_kazakhstan_ru(rs: RuleSet) -> None:
    assert_chain(rs, "KZ", "RU", ["kz-eaeu-pre2023-per-entry-90", "kz-eaeu-2023-rolling-90-180"])
    assert rs.rule("kz-eaeu-2023-rolling-90-180").valid_from == D("2023-01-27")  # type: ignore[union-attr]


def test_chain_kazakhstan_us(rs: RuleSet) -> None:
    assert_chain(rs, "KZ", "US", ["kz-30day-pre2023-per-entry-30", "kz-30day-2023-per-entry-30"])
    assert_chain(rs, "KZ", "US", ["kz-30day-pre2023-per-entry-30", "kz-30day-2023-rolling-90-180"])


def test_chain_kazakhstan_cn(rs: RuleSet) -> None:
    assert_chain(rs, "KZ", "CN", ["kz-cn-in-ir-pre2022-visa-required", "kz-cn-2022-rolling-42-180",
                                  "kz-cn-2023-rolling-90-180"])
    assert_chain(rs, "KZ", "CN", ["kz-cn-in-ir-pre2022-visa-required", "kz-cn-2022-per-entry-14",
                                  "kz-cn-2023-per-entry-30"])
    for nat in ("IN", "IR"):
        assert_chain(rs, "KZ", nat, ["kz-cn-in-ir-pre2022-visa-required",
                                     "kz-in-ir-2022-rolling-42-180"])
    assert rs.rule("kz-cn-2023-per-entry-30").valid_from == D("2023-11-10")  # type: ignore[union-attr]


def test_chain_kyrgyzstan_ru_and_kz(rs: RuleSet) -> None:
    assert_chain(rs, "KG", "RU", ["kg-eaeu-pre2023-no-limit", "kg-eaeu-2023-rolling-90-180"])
    assert rs.rule("kg-eaeu-2023-rolling-90-180").valid_from == D("2023-10-28")  # type: ignore[union-attr]
    assert_chain(rs, "KG", "KZ", ["kg-kz-pre2024-no-limit", "kg-kz-2024-rolling-90-180"])
    assert rs.rule("kg-kz-2024-rolling-90-180").valid_from == D("2024-09-05")  # type: ignore[union-attr]


def test_chain_kyrgyzstan_us(rs: RuleSet) -> None:
    assert_chain(rs, "KG", "US", ["kg-west-pre2023-per-entry-60", "kg-west-2023-rolling-60-120",
                                  "kg-west-2025-rolling-30-60"])
    r = rs.rule("kg-west-2025-rolling-30-60")
    assert r is not None and (r.valid_from, r.max_days, r.window_days) == (D("2025-12-31"), 30, 60)


def test_chain_russia(rs: RuleSet) -> None:
    for nat in ("KZ", "AM", "KG", "BY", "UZ"):
        assert_chain(rs, "RU", nat, ["ru-visa-free-pre2025-rolling-90-180",
                                     "ru-visa-free-2025-calendar-year-90"])
    r = rs.rule("ru-visa-free-2025-calendar-year-90")
    assert r is not None and r.kind is RuleKind.CALENDAR_YEAR and r.valid_from == D("2025-01-01")
    us = rs.rules_for("RU", "US")
    assert [r.kind for r in us] == [RuleKind.VISA_REQUIRED] and us[0].valid_from is None


def test_mongolia_russians(rs: RuleSet) -> None:
    ru = {r.kind: r for r in rs.rules_for("MN", "RU") if r.in_force(D("2024-01-01"))}
    assert ru[RuleKind.FIXED_WINDOW].max_days == 90 and ru[RuleKind.FIXED_WINDOW].window_days == 180
    assert ru[RuleKind.PER_ENTRY].max_days == 30


def test_schengen_membership_dates(rs: RuleSet) -> None:
    zone = rs.zones["SCHENGEN"]
    since = {m.country: m.since for m in zone.members}
    assert since["HR"] == D("2023-01-01")
    assert since["BG"] == D("2024-03-31")
    assert since["RO"] == D("2024-03-31")
    for c in ("IS", "NO", "CH", "LI", "DE", "FR", "AT"):
        assert c in since
    for c in ("CY", "IE", "GB"):
        assert c not in since
    assert len(since) == 29
    hr = zone.memberships_of("HR")[0]
    assert not hr.on(D("2022-12-31")) and hr.on(D("2023-01-01"))


def test_schengen_coverage(rs: RuleSet) -> None:
    kinds = {nat: {r.kind for r in rs.rules_for("SCHENGEN", nat) if r.in_force(D("2025-06-01"))}
             for nat in ("RU", "BY", "AM", "KG", "KZ", "UZ", "CN", "US", "CA", "GB", "AE",
                         "DE", "FR", "IT", "ES", "CY", "IE")}
    for nat in ("RU", "BY", "AM", "KG", "KZ", "UZ", "CN"):
        assert kinds[nat] == {RuleKind.VISA_REQUIRED}, nat
    for nat in ("US", "CA", "GB", "AE"):
        assert kinds[nat] == {RuleKind.ROLLING}, nat
    for nat in ("DE", "FR", "IT", "ES", "CY", "IE"):
        assert kinds[nat] == {RuleKind.NO_LIMIT}, nat


REQUIRED_NATS = ("RU", "BY", "AM", "KG", "KZ", "UZ", "US", "CA", "GB", "DE", "FR", "IT", "ES",
                 "CN", "AE")
DESTINATIONS = ["KZ", "KG", "UZ", "TJ", "GE", "AM", "AZ", "RU", "TR", "CN", "SCHENGEN"]


@pytest.mark.parametrize("dest", DESTINATIONS)
def test_destination_covers_required_nationalities(rs: RuleSet, dest: str) -> None:
    day = D("2025-06-01")
    for nat in REQUIRED_NATS:
        if nat == dest:
            continue
        assert any(r.in_force(day) for r in rs.rules_for(dest, nat)), \
            f"{dest}: nothing for {nat} on {day}"


# --------------------------------------------------------------------------- coverage

CHECK_DAY = D("2026-12-02")


@pytest.mark.parametrize("dest", ["KZ", "TM"])
def test_every_nationality_has_an_answer(rs: RuleSet, dest: str) -> None:
    """Where the data lists everyone else as 'visa required', no nationality is unchecked."""
    for nat in sorted(COUNTRY_CODES - {dest}):
        assert any(r.in_force(CHECK_DAY) for r in rs.rules_for(dest, nat)), f"{dest}/{nat}"
    assert rs.rules_for(dest, dest) == []


def test_data_version_and_age(rs: RuleSet, tmp_path: Path) -> None:
    assert rs.data_version == "2026c" and rs.newest_checked() == CHECK_DAY
    assert not rs.stale_on(CHECK_DAY + dt.timedelta(days=180))
    assert rs.stale_on(CHECK_DAY + dt.timedelta(days=181))
    newer = _write(tmp_path, _doc([_rule(checked="2027-03-01")], data_version="9999z"))
    merged = load_rule_files([*bundled_rule_paths(), newer])
    assert merged.data_version == "2026c"  # an added file does not rename the data set
    assert merged.newest_checked() == D("2027-03-01")
    assert not merged.stale_on(D("2027-06-01"))


def test_turkmenistan_needs_a_visa_for_everyone(rs: RuleSet) -> None:
    for nat in ("RU", "KZ", "UZ", "KG", "TJ", "US", "DE", "CN", "TR"):
        assert [r.kind for r in rs.rules_for("TM", nat)] == [RuleKind.VISA_REQUIRED], nat


RANKED = {
    "KZ": ("UA", "TJ", "AZ", "TR", "IN", "IR", "IL", "KR", "JP", "AU", "NZ", "SG", "MY", "TH",
           "BR", "AR", "MX", "MD", "GE"),
    "RU": ("TJ", "AZ", "TR", "IL", "KR", "AR", "BR", "MD", "UA"),
    "KG": ("TJ", "AZ", "MD", "GE"),
    "UZ": ("UA", "TJ", "AZ", "TR", "IL", "KR", "JP", "AU", "NZ", "SG", "MY", "AR", "MX", "MD",
           "GE"),
}


@pytest.mark.parametrize("dest", sorted(RANKED))
def test_ranked_nationalities_may_enter_visa_free(rs: RuleSet, dest: str) -> None:
    for nat in RANKED[dest]:
        kinds = {r.kind for r in rs.rules_for(dest, nat) if r.in_force(CHECK_DAY)}
        assert kinds and RuleKind.VISA_REQUIRED not in kinds, (dest, nat, kinds)
        for r in rs.rules_for(dest, nat):
            assert r.source.strip() and r.checked == CHECK_DAY, r.id


@pytest.mark.parametrize("dest,nat", [("RU", "IN"), ("RU", "IR"), ("RU", "JP"), ("KZ", "AF"),
                                      ("KZ", "PK"), ("KZ", "NG")])
def test_visa_required_where_no_list_names_them(rs: RuleSet, dest: str, nat: str) -> None:
    assert [r.kind for r in rs.rules_for(dest, nat) if r.in_force(CHECK_DAY)] == \
        [RuleKind.VISA_REQUIRED]


def test_generated_groups_and_readme_are_current() -> None:
    import sys

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "packaging"))
    try:
        import rule_data
    finally:
        sys.path.remove(str(root / "packaging"))
    stale = "the rule data changed: run `python packaging/rule_data.py`"
    assert (root / "resources" / "rules" / "_groups.json").read_text(encoding="utf-8") == \
        rule_data.groups_text(), stale
    assert (root / "resources" / "rules" / "README.md").read_text(encoding="utf-8") == \
        rule_data.readme_text(), stale
    readme = rule_data.readme_text()
    for r in bundled_rules().rules:
        assert r.checked is not None, r.id
        assert f"`{r.id}`" in readme and r.checked.isoformat() in readme, r.id


# --------------------------------------------------------------------------- overrides


def _doc(rules: list[dict[str, object]], **extra: object) -> dict[str, object]:
    return {"format": "stay-planner-rules", "version": 1, **extra, "rules": rules}


def _rule(**over: object) -> dict[str, object]:
    base = {"id": "x-test", "destination": "KZ", "nationalities": ["RU"], "kind": "rolling",
            "max_days": 60, "window_days": 180, "valid_from": "2023-01-27", "valid_to": None,
            "title": "t", "source": "test act", "checked": "2026-11-24"}
    base.update(over)
    return base


def _write(tmp_path: Path, doc: object, name: str = "override.json") -> Path:
    p = tmp_path / name
    p.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return p


def test_override_replaces_by_id_and_adds(tmp_path: Path) -> None:
    base = bundled_rules()
    p = _write(tmp_path, _doc([
        _rule(id="kz-eaeu-2023-rolling-90-180", nationalities=["@EAEU"], max_days=60),
        _rule(id="kz-user-extra", nationalities=["DE"], kind="per-entry", max_days=10,
              window_days=None),
    ]))
    rs = load_rule_files([*bundled_rule_paths(), p])
    replaced = rs.rule("kz-eaeu-2023-rolling-90-180")
    assert replaced is not None and replaced.max_days == 60
    assert [r.id for r in rs.rules].index("kz-eaeu-2023-rolling-90-180") == \
        [r.id for r in base.rules].index("kz-eaeu-2023-rolling-90-180")
    assert rs.rule("kz-user-extra") is not None
    assert len(rs.rules) == len(base.rules) + 1
    assert rs.zones["SCHENGEN"] == base.zones["SCHENGEN"]


def test_override_replaces_zone_and_merges_groups(tmp_path: Path) -> None:
    p = _write(tmp_path, _doc(
        [_rule(id="x-grp", nationalities=["@MINE"])],
        groups={"MINE": ["DE", "FR"]},
        zones=[{"id": "SCHENGEN", "name": "Schengen",
                "members": [{"country": "DE", "since": "1995-03-26"}]}],
    ))
    rs = load_rule_files([*bundled_rule_paths(), p])
    assert [m.country for m in rs.zones["SCHENGEN"].members] == ["DE"]
    assert rs.groups["MINE"] == frozenset({"DE", "FR"})
    assert "EU" in rs.groups and "EAEU" in rs.groups


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (_doc([_rule(kind="sometimes")]), ["kind", "sometimes"]),
        (_doc([_rule(valid_from="2023-02-30")]), ["valid_from", "2023-02-30"]),
        (_doc([_rule(nationalities=["@NOPE"])]), ["@NOPE"]),
        (_doc([_rule(source=None)]), ["source"]),
        (_doc([_rule(source="  ")]), ["source"]),
        (_doc([_rule(checked=None)]), ["checked"]),
        ({"format": "stay-planner-rules", "version": 2, "rules": []}, ["version 2", "newer"]),
        ("{not json", ["not valid JSON"]),
        ({"format": "something-else", "version": 1}, ["not a Stay Planner rule file"]),
    ],
)
def test_broken_rule_files_raise(tmp_path: Path, content: object, words: list[str]) -> None:
    p = _write(tmp_path, content)
    with pytest.raises(RuleDataError) as e:
        load_rule_files([*bundled_rule_paths(), p])
    msg = str(e.value)
    assert str(p) in msg
    for w in words:
        assert w in msg, msg
    if isinstance(content, dict) and content.get("rules"):
        assert "x-test" in msg
