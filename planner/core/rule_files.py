"""Reading and validating rule files into a :class:`~planner.core.rules.RuleSet`.

The data model lives in :mod:`planner.core.rules`; this module turns JSON rule
files (the bundled ``resources/rules/*.json`` and any file the user passes with
``--rules``) into it. Every problem is a :class:`~planner.core.rules.RuleDataError`
naming the file, the rule and the field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from planner import limits
from planner.core.countries import is_country_code
from planner.core.deadline_rules import (
    DEADLINE_KINDS,
    TAX_RESIDENCY,
    DeadlineRule,
    Readers,
    parse_deadline_rule,
)
from planner.core.rules import (
    MAX_RULE_FILE_BYTES,
    RULES_FORMAT,
    RULES_VERSION,
    Membership,
    Rule,
    RuleDataError,
    RuleKind,
    RuleSet,
    Zone,
)
from planner.resources import resource_path


def _date(value: Any, where: str, *, required: bool = False) -> dt.date | None:
    if value is None:
        if required:
            raise RuleDataError(f"{where}: a date is required")
        return None
    if not isinstance(value, str):
        raise RuleDataError(f"{where}: expected a date like 2023-01-27, got {value!r}")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise RuleDataError(f"{where}: {value!r} is not a valid date (YYYY-MM-DD)") from None
    problem = limits.date_problem(day)
    if problem is not None:
        raise RuleDataError(f"{where}: {problem} (leave a date out for no end)")
    return day


def _positive_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        shown = repr(value) if not isinstance(value, int) or value < 10**12 else "a huge number"
        raise RuleDataError(f"{where}: expected a whole number of days ≥ 1, got {shown}")
    problem = limits.day_count_problem(value)
    if problem is not None:
        raise RuleDataError(f"{where}: {problem}")
    return value


def _text(value: Any, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise RuleDataError(f"{where}: expected text, got {value!r}")
    return value


def _flag(value: Any, where: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise RuleDataError(f"{where}: expected true or false, got {value!r}")
    return value


def _destination(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.isupper() or not value.isascii():
        raise RuleDataError(f"{where}: expected a country code or zone id, got {value!r}")
    return value


_READERS = Readers(error=RuleDataError, positive=_positive_int)


def _parse_rule(raw: Any, where: str,
                groups: Mapping[str, frozenset[str]]) -> Rule | DeadlineRule:
    if not isinstance(raw, dict):
        raise RuleDataError(f"{where}: expected an object")
    rid = _text(raw.get("id"), f"{where}: id", required=True)
    where = f"{where} ({rid})"
    if raw.get("kind") in DEADLINE_KINDS:
        return _parse_deadline_rule(raw, rid, where, groups)
    try:
        kind = RuleKind(raw.get("kind"))
    except ValueError:
        kinds = ", ".join([*(k.value for k in RuleKind), *DEADLINE_KINDS])
        raise RuleDataError(f"{where}: kind {raw.get('kind')!r} is not one of {kinds}") from None
    nats = _nationalities(raw.get("nationalities"), where, groups)
    max_days = window = None
    if kind in (RuleKind.ROLLING, RuleKind.PER_ENTRY, RuleKind.CALENDAR_YEAR,
                RuleKind.FIXED_WINDOW):
        max_days = _positive_int(raw.get("max_days"), f"{where}: max_days")
    if kind in (RuleKind.ROLLING, RuleKind.FIXED_WINDOW):
        window = _positive_int(raw.get("window_days"), f"{where}: window_days")
        assert max_days is not None
        if window < max_days:
            raise RuleDataError(f"{where}: window_days {window} is shorter than max_days")
    vf, vt = _validity(raw, where)
    return Rule(
        id=rid,
        destination=_destination(raw.get("destination"), f"{where}: destination"),
        nationalities=nats,
        kind=kind,
        max_days=max_days,
        window_days=window,
        valid_from=vf,
        valid_to=vt,
        source=_text(raw.get("source"), f"{where}: source", required=True),
        checked=_date(raw.get("checked"), f"{where}: checked", required=True),
        note=_text(raw.get("note"), f"{where}: note"),
        title=_text(raw.get("title"), f"{where}: title"),
        fallback=_flag(raw.get("fallback"), f"{where}: fallback"),
    )


def _parse_deadline_rule(raw: dict[str, Any], rid: str, where: str,
                         groups: Mapping[str, frozenset[str]]) -> DeadlineRule:
    """A registration or tax-residency rule (see :mod:`planner.core.deadline_rules`)."""
    if raw.get("kind") == TAX_RESIDENCY and raw.get("nationalities") is None:
        nats = frozenset({"*"})
    else:
        nats = _nationalities(raw.get("nationalities"), where, groups)
    destination = _destination(raw.get("destination"), f"{where}: destination")
    if not is_country_code(destination):
        raise RuleDataError(f"{where}: destination must be a country code (a deadline "
                            f"follows one country's law), got {destination!r}")
    vf, vt = _validity(raw, where)
    common = {
        "id": rid, "destination": destination, "nationalities": nats,
        "valid_from": vf, "valid_to": vt,
        "source": _text(raw.get("source"), f"{where}: source", required=True),
        "checked": _date(raw.get("checked"), f"{where}: checked", required=True),
        "note": _text(raw.get("note"), f"{where}: note"),
        "title": _text(raw.get("title"), f"{where}: title"),
    }
    return parse_deadline_rule(raw, where, common, _READERS)


def _validity(raw: Mapping[str, Any], where: str) -> tuple[dt.date | None, dt.date | None]:
    vf = _date(raw.get("valid_from"), f"{where}: valid_from")
    vt = _date(raw.get("valid_to"), f"{where}: valid_to")
    if vf and vt and vt < vf:
        raise RuleDataError(f"{where}: valid_to {vt} is before valid_from {vf}")
    return vf, vt


def _nationalities(nats_raw: Any, where: str,
                   groups: Mapping[str, frozenset[str]]) -> frozenset[str]:
    if not isinstance(nats_raw, list) or not nats_raw:
        raise RuleDataError(f"{where}: nationalities must be a non-empty list")
    nats: set[str] = set()
    for n in nats_raw:
        if n == "*":
            nats.add("*")
        elif isinstance(n, str) and n.startswith("@"):
            if n[1:] not in groups:
                raise RuleDataError(f"{where}: unknown nationality group {n!r}")
            nats |= groups[n[1:]]
        elif isinstance(n, str) and is_country_code(n):
            nats.add(n)
        else:
            raise RuleDataError(f"{where}: {n!r} is not a country code, a @group or *")
    return frozenset(nats)


def _parse_zone(raw: Any, where: str) -> Zone:
    if not isinstance(raw, dict):
        raise RuleDataError(f"{where}: expected an object")
    zid = _destination(raw.get("id"), f"{where}: id")
    members_raw = raw.get("members")
    if not isinstance(members_raw, list) or not members_raw:
        raise RuleDataError(f"{where} ({zid}): members must be a non-empty list")
    members = []
    for i, m in enumerate(members_raw):
        mw = f"{where} ({zid}): member {i + 1}"
        if not isinstance(m, dict) or not is_country_code(m.get("country")):
            raise RuleDataError(f"{mw}: expected {{'country': 'XX', 'since': date}}")
        members.append(
            Membership(m["country"], _date(m.get("since"), f"{mw}: since"),
                       _date(m.get("until"), f"{mw}: until"))
        )
    return Zone(
        id=zid,
        name=_text(raw.get("name"), f"{where}: name") or zid,
        members=tuple(members),
        source=_text(raw.get("source"), f"{where}: source"),
        checked=_date(raw.get("checked"), f"{where}: checked"),
    )


def parse_rule_document(doc: Any, origin: str,
                        known_groups: Mapping[str, frozenset[str]] | None = None) -> RuleSet:
    """Validate one decoded rule file and build a :class:`RuleSet` from it."""
    if not isinstance(doc, dict) or doc.get("format") != RULES_FORMAT:
        raise RuleDataError(f"{origin}: not a Stay Planner rule file "
                            f"(expected \"format\": \"{RULES_FORMAT}\")")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise RuleDataError(f"{origin}: version must be a whole number")
    if version > RULES_VERSION:
        raise RuleDataError(f"{origin}: rule format version {version} is newer than this "
                            f"program understands ({RULES_VERSION}); please update Stay Planner")
    groups: dict[str, frozenset[str]] = dict(known_groups or {})
    raw_groups = doc.get("groups", {})
    if not isinstance(raw_groups, dict):
        raise RuleDataError(f"{origin}: groups must be an object")
    for name, members in raw_groups.items():
        if not isinstance(members, list) or not all(is_country_code(c) for c in members):
            raise RuleDataError(f"{origin}: group {name!r} must be a list of country codes")
        groups[name] = frozenset(members)
    zones = {}
    for i, z in enumerate(_list(doc, "zones", origin)):
        zone = _parse_zone(z, f"{origin}: zone {i + 1}")
        zones[zone.id] = zone
    rules = [
        _parse_rule(r, f"{origin}: rule {i + 1}", groups)
        for i, r in enumerate(_list(doc, "rules", origin))
    ]
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise RuleDataError(f"{origin}: rule id {r.id!r} appears twice")
        seen.add(r.id)
    names = doc.get("names", {})
    if not isinstance(names, dict):
        raise RuleDataError(f"{origin}: names must be an object")
    return RuleSet(rules=tuple(r for r in rules if isinstance(r, Rule)), zones=zones,
                   groups=groups, names={str(k): str(v) for k, v in names.items()},
                   data_version=_text(doc.get("data_version"), f"{origin}: data_version"),
                   deadline_rules=tuple(r for r in rules if not isinstance(r, Rule)))


def _list(doc: Mapping[str, Any], key: str, origin: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise RuleDataError(f"{origin}: {key} must be a list")
    return value


def read_rule_file(path: Path, base: RuleSet | None = None) -> RuleSet:
    """Read and validate one rule file; groups of ``base`` may be referred to.

    The file goes through the input guard (:func:`planner.limits.read_regular`):
    a FIFO, a device or a file over :data:`MAX_RULE_FILE_BYTES` is refused
    before it is read.
    """
    try:
        data = limits.read_regular(path, MAX_RULE_FILE_BYTES, "a rule file")
    except FileNotFoundError:
        raise RuleDataError(f"{path}: no such rule file") from None
    except limits.FileRefused as e:
        raise RuleDataError(f"{path}: {e}") from None
    except OSError as e:
        raise RuleDataError(f"{path}: cannot read rule file ({e.strerror})") from None
    except ValueError:  # a NUL character in the name
        raise RuleDataError(f"{path}: not a valid file name") from None
    return parse_rule_bytes(data, str(path), base)


def parse_rule_bytes(data: bytes, origin: str, base: RuleSet | None = None) -> RuleSet:
    """Validate the bytes of one rule file; every problem is a :class:`RuleDataError`.

    Numbers of more than :data:`planner.limits.MAX_DIGITS` digits are refused
    before they are converted.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RuleDataError(f"{origin}: not a text file (UTF-8 expected)") from None
    try:
        doc = json.loads(text, parse_int=limits.bounded_int, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise RuleDataError(f"{origin}: not valid JSON (line {e.lineno}, column {e.colno})") \
            from None
    except RecursionError:
        raise RuleDataError(f"{origin}: nested too deeply") from None
    except ValueError as e:  # from the hooks
        raise RuleDataError(f"{origin}: {e}") from None
    return parse_rule_document(doc, origin, base.groups if base else None)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_rule_files(paths: Iterable[Path], base: RuleSet | None = None) -> RuleSet:
    """Read rule files in order, each one adding to or overriding the ones before."""
    result = base or RuleSet()
    for p in paths:
        result = result.merged(read_rule_file(p, result))
    _check_destinations(result)
    return result


def _check_destinations(rs: RuleSet) -> None:
    for r in rs.rules:
        if r.destination not in rs.zones and not is_country_code(r.destination):
            raise RuleDataError(f"rule {r.id}: destination {r.destination!r} is neither a "
                                "country code nor a known zone")


def bundled_rule_paths() -> Sequence[Path]:
    """The rule files shipped with the program, groups and zones first."""
    folder = resource_path("rules")
    return sorted(folder.glob("*.json"), key=lambda p: (not p.name.startswith("_"), p.name))


_BUNDLED: RuleSet | None = None


def bundled_rules() -> RuleSet:
    """The shipped rule set, read once per process."""
    global _BUNDLED
    if _BUNDLED is None:
        _BUNDLED = load_rule_files(bundled_rule_paths())
    return _BUNDLED
