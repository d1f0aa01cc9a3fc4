"""Translations: the .ts files are complete, lupdate finds nothing new, names and CLI speak Russian.

The checks on the ``.ts`` files read them as XML; one re-runs
``pyside6-lupdate`` (with the options of ``make i18n-update``) into a
temporary file and compares the messages it finds with the Russian file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner import api, i18n, names
from planner.i18n import read_ts
from planner.names import country_from_text, find_country
from planner.storage import ItineraryError, read_itinerary, write_itinerary
from planner.storage.csv_io import parse_csv
from planner.storage.ics import parse_ics

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
RU, KK = I18N / "stay_planner_ru.ts", I18N / "stay_planner_kk.ts"
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"
# the same options and sources as the Makefile's i18n-update
LUPDATE_OPTIONS = ["-extensions", "py", "-tr-function-alias", "tr+=_,tr+=_tr,tr+=_plural",
                   "-locations", "none", "-no-obsolete", "-silent"]
LUPDATE_SOURCES = ["planner/ui", "planner/report", "planner/cli.py", "planner/cli_exchange.py",
                   "planner/cli_planning.py", "planner/cli_report.py", "planner/cli_rules.py",
                   "planner/cli_guard.py", "planner/limits.py", "planner/cli_deadlines.py",
                   "planner/storage",
                   "planner/api.py"]
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context")
            for msg in ctx.iter("message")]


def _texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def _incomplete(path: Path) -> list[str]:
    """The messages of ``path`` that are unfinished, obsolete or empty."""
    problems = []
    for ctx, msg in _messages(path):
        tr = msg.find("translation")
        source = msg.findtext("source") or ""
        if tr is None or tr.get("type") is not None:
            problems.append(f"{ctx}: {source!r} is {tr.get('type') if tr is not None else None}")
        elif not all(t.strip() for t in _texts(msg)):
            problems.append(f"{ctx}: {source!r} has an empty translation")
    return problems


def test_russian_is_complete() -> None:
    problems = _incomplete(RU)
    assert not problems, "\n".join(problems)


def test_kazakh_is_complete() -> None:
    """An unfinished message shows in English among Kazakh texts: translate it
    (the Russian file has its meaning and the terms to use)."""
    problems = _incomplete(KK)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", [RU, KK], ids=["ru", "kk"])
def test_translations_keep_the_placeholders(path: Path) -> None:
    for ctx, msg in _messages(path):
        tr = msg.find("translation")
        if tr is None or tr.get("type") is not None:
            continue
        want = sorted(set(PLACEHOLDER.findall(msg.findtext("source") or "")))
        for text in _texts(msg):
            assert sorted(set(PLACEHOLDER.findall(text))) == want, (ctx, text)


def test_unnamed_context_translations_format_with_the_sources_placeholders() -> None:
    """Every ``_()`` message (the command line's, storage's, the API's) keeps its
    ``{names}`` in Russian, and the translation is a well-formed ``.format`` template."""
    unnamed = [msg for ctx, msg in _messages(RU) if ctx == ""]
    sources = {msg.findtext("source") for msg in unnamed}
    for known in ("Cannot open '{origin}': {detail}", "Cannot save '{origin}': {detail}",
                  "{name} {value} is not a real date", "line {line}: {problem}",
                  "{destination} is neither a country code nor a zone ({zones})"):
        assert known in sources, known
    for msg in unnamed:
        source = msg.findtext("source") or ""
        names_in_source = set(re.findall(r"\{(\w*)\}", source))
        for text in _texts(msg):
            assert set(re.findall(r"\{(\w*)\}", text)) == names_in_source, (source, text)
            list(string.Formatter().parse(text))  # no stray brace: .format would fail


def test_kazakh_has_the_menus_and_the_summary() -> None:
    kk = {(ctx, msg.findtext("source")): msg for ctx, msg in _messages(KK)}
    for key in [("MainWindow", "&File"), ("MainWindow", "&Edit"), ("MainWindow", "&View"),
                ("MainWindow", "&Open…"), ("MainWindow", "Save &As…"),
                ("Appearance", "&Language"), ("Planning", "&Plan")]:
        assert kk[key].find("translation").get("type") is None, key  # type: ignore[union-attr]
    summary = [msg for (_ctx, src), msg in kk.items() if "summary" in (src or "").lower()]
    assert summary and all(m.find("translation").get("type") is None  # type: ignore[union-attr]
                           for m in summary)
    assert read_ts(KK)["&File"] == "&Файл"


def test_every_string_lupdate_finds_is_in_the_russian_file(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate is not installed")
        lupdate = Path(found)
    fresh = tmp_path / "fresh_ru.ts"
    subprocess.run([str(lupdate), *LUPDATE_OPTIONS, *LUPDATE_SOURCES, "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    found_now = {(ctx, msg.findtext("source")) for ctx, msg in _messages(fresh)}
    in_file = {(ctx, msg.findtext("source")) for ctx, msg in _messages(RU)}
    missing = sorted(found_now - in_file, key=str)
    assert not missing, f"run `make i18n-update` and translate: {missing}"


def test_country_names_come_from_cldr() -> None:
    assert names.country_name("KZ", "ru") == "Казахстан"
    assert names.country_name("KZ", "kk") == "Қазақстан"
    assert names.country_name("KZ", "en") == "Kazakhstan"
    assert names.country_name("SCHENGEN", "ru") == "Шенгенская зона"
    assert names.country_name("SCHENGEN", "kk") == "Шенген аймағы"
    assert names.country_name("SCHENGEN") == "Schengen area"
    assert names.country_name("XX", "ru", {"XX": "Narnia"}) == "Narnia"
    assert names.country_name("QQQ", "ru") == "QQQ"


def test_bundled_country_names_are_cldrs_as_babel_has_them() -> None:
    """The committed table is what ``packaging/make_names.py`` writes from babel now."""
    pytest.importorskip("babel")
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from make_names import OUT, cldr_names
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    bundled = json.loads(OUT.read_text(encoding="utf-8"))
    assert bundled["names"] == cldr_names()["names"], \
        "CLDR names changed with babel: run `python packaging/make_names.py`"
    # every country a rule or a file may name has a name in every language
    from planner.core.countries import COUNTRY_CODES

    for lang in i18n.LANGS:
        unnamed = sorted(c for c in COUNTRY_CODES if c not in bundled["names"][lang])
        assert unnamed == [], (lang, unnamed)


def test_country_names_without_the_table_fall_back_to_codes(monkeypatch) -> None:
    import planner.resources

    names._table.cache_clear()
    monkeypatch.setattr(planner.resources, "resource_path",
                        lambda *parts: ROOT / "no-such-folder" / "x.json")
    try:
        assert names.country_name("KZ", "ru") == "KZ"
        assert names.country_name("KZ", "ru", {"KZ": "Kazakhstan (rules)"}) == \
            "Kazakhstan (rules)"
    finally:
        monkeypatch.undo()
        names._table.cache_clear()
    assert names.country_name("KZ", "ru") == "Казахстан"


@pytest.mark.parametrize(("locale", "lang"), [
    ("ru_RU.UTF-8", "ru"), ("kk_KZ.UTF-8", "kk"), ("en_GB.UTF-8", "en"), ("C.UTF-8", "en"),
    ("POSIX", "en"), ("de_DE", "en"), ("ru-RU", "ru"), ("", "en")])
def test_language_for_locale(locale: str, lang: str) -> None:
    assert i18n.language_for_locale(locale) == lang


def test_importers_read_russian_and_kazakh_names() -> None:
    assert country_from_text("Қазақстан") == "KZ"
    assert country_from_text("Кыргызстан") == "KG"  # an alias CLDR does not use
    assert country_from_text("Того") == "TG"  # a whole cell: the country
    assert find_country("Поездка в Казахстан") == "KZ"
    assert find_country("после того как вернусь") is None  # "того" is a word here
    assert find_country("Trip to Turkey") == "TR"  # the older English name still matches


def _cli(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "planner", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8")


def test_cli_speaks_russian_when_lang_is_russian() -> None:
    res = _cli("check", str(DEMO), lang="ru_RU.UTF-8")
    assert res.returncode == 1, res.stderr
    assert "НАРУШЕНИЕ" in res.stdout and "ЕСТЬ НАРУШЕНИЯ" in res.stdout
    assert "не проверено: страна гражданства" in res.stdout
    assert "нарушений нет" in res.stdout
    assert "BREACH" not in res.stdout and "compliant" not in res.stdout
    res = _cli("windows", str(DEMO), lang="ru_RU.UTF-8")
    assert "выехать не позднее" in res.stdout


def test_cli_stays_english_otherwise() -> None:
    res = _cli("check", str(DEMO), lang="C.UTF-8")
    assert "NOT COMPLIANT" in res.stdout and "BREACH" in res.stdout


def test_cli_translation_needs_no_qt() -> None:
    code = ("import sys; from planner.i18n import translate; "
            "assert translate('NOT COMPLIANT', 'ru') == 'ЕСТЬ НАРУШЕНИЯ'; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


# ---- messages about the user's files and arguments (storage, API) ----------------


def _speaking(lang: str) -> Iterator[None]:
    i18n.set_language(lang)
    try:
        yield
    finally:
        i18n.set_language(None)


@pytest.fixture
def russian() -> Iterator[None]:
    yield from _speaking("ru")


@pytest.fixture
def english() -> Iterator[None]:
    yield from _speaking("en")


BAD_DATE = ('{"format": "stay-planner", "version": 1, "traveller": {"nationality": "RU"}, '
            '"stays": [{"country": "KZ", "entry": "2023-02-30", "exit": "2023-03-10"}]}')
BAD_CSV = b"country,entry,exit\nKZ,2023-02-05,2023-02-01\nXX,2023-03-01,2023-03-02\n"


def _error(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises((ItineraryError, api.InputError)) as info:
        call()
    return str(info.value)


def test_file_errors_speak_russian(tmp_path: Path, russian: None) -> None:
    empty = tmp_path / "empty.stayplan"
    empty.write_bytes(b"")
    message = _error(lambda: read_itinerary(empty))
    assert message.startswith(f"Не удаётся открыть «{empty}»: ")
    assert message.endswith("файл пуст.")
    bad = tmp_path / "bad.stayplan"
    bad.write_text(BAD_DATE, encoding="utf-8")
    assert _error(lambda: read_itinerary(bad)) == (
        f"Не удаётся открыть «{bad}»: пребывание 1 (KZ): entry '2023-02-30' — несуществующая дата.")
    assert _error(lambda: read_itinerary(tmp_path)) == \
        f"Не удаётся открыть «{tmp_path}»: это папка, а не файл маршрута."
    it = read_itinerary(DEMO)
    target = tmp_path / "no-such-folder" / "x.stayplan"
    assert _error(lambda: write_itinerary(it, target)).startswith(
        f"Не удаётся сохранить «{target}»: папка «{target.parent}» не существует")
    for text in (message, _error(lambda: read_itinerary(bad))):
        assert "Cannot" not in text and " is not " not in text and "stay " not in text


def test_exchange_errors_speak_russian(russian: None) -> None:
    problems = [str(p) for p in parse_csv(BAD_CSV, "trips.csv").problems]
    assert problems == [
        "строка 2: выезд 2023-02-01 раньше въезда 2023-02-05",
        "строка 3: страна 'XX' — не код страны (например, KZ) и не название страны"]
    assert _error(lambda: parse_csv(b"name,date\n", "trips.csv")).startswith(
        "Не удаётся открыть «trips.csv»: первой строкой должны быть заголовки столбцов")
    assert _error(lambda: parse_ics(b"hello", "cal.ics")) == (
        "Не удаётся открыть «cal.ics»: это не файл iCalendar "
        "(файл не начинается с BEGIN:VCALENDAR).")


def test_argument_errors_speak_russian(russian: None) -> None:
    it = read_itinerary(DEMO)
    assert _error(lambda: api.plan(it, "XX", date(2023, 5, 1))) == \
        "'XX' — не код страны и не зона (SCHENGEN)"
    assert _error(lambda: api.reentry(it, "KZ", 0)) == \
        "число дней должно быть не меньше 1, а указано 0"
    assert _error(lambda: api.usage(it, "KZ", date(2023, 5, 2), date(2023, 5, 1))) == \
        "--to 2023-05-01 раньше, чем --from 2023-05-02"


def test_file_and_argument_errors_stay_english_in_english(tmp_path: Path, english: None) -> None:
    empty = tmp_path / "empty.stayplan"
    empty.write_bytes(b"")
    assert _error(lambda: read_itinerary(empty)) == f"Cannot open '{empty}': the file is empty."
    bad = tmp_path / "bad.stayplan"
    bad.write_text(BAD_DATE, encoding="utf-8")
    assert _error(lambda: read_itinerary(bad)) == (
        f"Cannot open '{bad}': stay 1 (KZ): entry '2023-02-30' is not a real date.")
    assert [str(p) for p in parse_csv(BAD_CSV).problems] == [
        "line 2: exit 2023-02-01 is before entry 2023-02-05",
        "line 3: country 'XX' is not a country code (such as KZ) or a country name"]
    assert _error(lambda: parse_ics(b"hello", "cal.ics")) == (
        "Cannot open 'cal.ics': it is not an iCalendar file "
        "(it does not begin with BEGIN:VCALENDAR).")
    it = read_itinerary(DEMO)
    assert _error(lambda: api.reentry(it, "KZ", 0)) == \
        "the number of days must be 1 or more, got 0"


def test_cli_reports_a_broken_file_in_russian(tmp_path: Path) -> None:
    bad = tmp_path / "bad.stayplan"
    bad.write_text(BAD_DATE, encoding="utf-8")
    res = _cli("check", str(bad), lang="ru_RU.UTF-8")
    assert res.returncode == 2
    assert f"Не удаётся открыть «{bad}»: пребывание 1 (KZ): entry '2023-02-30'" in res.stderr
    assert "Cannot open" not in res.stderr


#: A call lupdate reads: _("…"), translate("…"), self.tr("…"), _tr("…"), QT_TRANSLATE_NOOP.
_MARKED = re.compile(r"""(?:^|[^\w.])(?:_|_tr|self\.tr|translate)\(\s*["']|QT_TRANSLATE_NOOP\(""")


def test_every_module_with_messages_is_read_by_lupdate() -> None:
    """A module whose messages make i18n-update never reads loses their
    translations at the next update (they vanish from the .ts files)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    listed = re.search(r"^I18N_SOURCES\s*:=(.*)$", text, re.M)
    assert listed is not None
    sources = [ROOT / p for p in listed.group(1).split()]
    missing = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if path.name == "i18n.py" or not _MARKED.search(path.read_text(encoding="utf-8")):
            continue
        if not any(path == s or s in path.parents for s in sources):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == [], "add these to I18N_SOURCES in the Makefile"
