"""The stay summary: its data (pure, no Qt), its PDF pages, the print path and
``stay-planner summary``. PDF text is checked with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bench.gen import many_stays
from planner import api
from planner.cli import main
from planner.core.model import Itinerary, Status, Stay, Traveller
from planner.core.rules import RuleSet
from planner.names import country_name
from planner.report.summary_data import (
    Summary,
    SummaryError,
    build_summary,
    current_stay,
    merge_days,
)

ROOT = Path(__file__).resolve().parent.parent
ANNA = ROOT / "resources" / "demo" / "anna-2023.stayplan"
DASTAN = ROOT / "resources" / "demo" / "dastan-2024.stayplan"
D = dt.date


def rules() -> RuleSet:
    return api.load_rules()


def compliant_trip() -> Itinerary:
    """Анна in Kazakhstan for 90 days and Georgia after: nothing breaches."""
    return Itinerary(Traveller("Анна", "RU"), (
        Stay("KZ", D(2023, 2, 1), D(2023, 5, 1), note="Алматы"),
        Stay("GE", D(2023, 5, 1), D(2023, 6, 30), note="Тбилиси"),
        Stay("KZ", D(2023, 11, 1), D(2023, 11, 30), note="Астана"),
    ))


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with whitespace runs made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


# ---- summary data, no Qt --------------------------------------------------------


def test_anna_summary_data() -> None:
    s = build_summary(api.load(ANNA), rules(), D(2023, 7, 1), made=D(2026, 11, 24))
    assert (s.traveller, s.nationality, s.nationality_name) == ("Anna", "RU", "Russia")
    assert not s.compliant
    assert [(b.destination, b.start, b.end, b.days) for b in s.breaches] == [
        ("KZ", D(2023, 7, 30), D(2023, 8, 15), 17)]
    kz_stay = s.stays[8]
    assert kz_stay.breach_ranges == ((D(2023, 7, 30), D(2023, 8, 15)),)
    assert kz_stay.breach_days == 17 and kz_stay.used_at_exit[0].short == "107/90"
    assert [r.breach_ranges for i, r in enumerate(s.stays) if i != 8] == [()] * 12
    usage = {u.destination: u for u in s.usage}
    assert (usage["KZ"].used, usage["KZ"].allowed) == (62, 90)
    assert usage["KG"].used is None  # no limit before 28 October 2023
    exit_, reentry = s.deadlines
    assert (exit_.kind, exit_.day, exit_.urgent) == ("exit", D(2023, 7, 29), True)
    # The next planned Kazakh stay (31 days from 2023-12-01) may start on the
    # day `suggest` gives, the breaching stay cut to its latest exit:
    suggestion = next(w for w in api.suggest(api.load(ANNA))["suggestions"] if w["index"] == 8)
    assert suggestion["next_stay"]["days"] == 31
    assert reentry.kind == "reentry"
    assert reentry.day == D.fromisoformat(suggestion["earliest_return"]) == D(2023, 9, 8)
    assert {r.destination for r in s.rules} == {"KZ", "KG", "GE", "SCHENGEN"}
    assert s.unchecked == ("Russia (home country)",)
    assert s.stays[6].status == "visa" and not s.stays[6].counted


def test_year_strip_and_disclaimer() -> None:
    s = build_summary(api.load(ANNA), rules(), D(2023, 7, 1))
    assert s.years[0].year == 2023 and len(s.years[0].present) == 365
    assert s.years[0].present[D(2023, 8, 15)] == ("KZ", "KG")  # a travel day counts in both
    assert len(s.years[0].breach) == 17 and min(s.years[0].breach) == D(2023, 7, 30)
    checked = max(r.checked for r in rules().rules if r.checked)
    assert s.checked == checked
    assert s.disclaimer.startswith(
        f"Rules change; the rule data was last checked on {checked.isoformat()}. Sources:")


def test_compliant_summary_data() -> None:
    s = build_summary(compliant_trip(), rules(), D(2023, 3, 1))
    assert s.compliant and s.breaches == ()
    exit_, reentry = s.deadlines
    assert exit_.day == D(2023, 5, 1) and not exit_.urgent
    assert reentry.day is not None and reentry.day <= D(2023, 11, 1) and not reentry.urgent


def test_russian_texts() -> None:
    s = build_summary(api.load(ANNA), rules(), D(2023, 7, 1), lang="ru")
    assert s.stays[0].country_name == "Казахстан"
    assert "90 дней в любые 180" in {r.text for r in s.rules}
    assert s.deadlines[0].text.startswith("Казахстан")
    assert country_name("SCHENGEN", "ru") == "Шенгенская зона"
    assert country_name("XX", "ru", {"XX": "Somewhere"}) == "Somewhere"
    with pytest.raises(ValueError):
        build_summary(api.load(ANNA), rules(), D(2023, 7, 1), lang="de")


def test_exempt_ground_shown_and_not_counted() -> None:
    it = api.load(DASTAN)
    assert it.stays[2].status is Status.EXEMPT
    s = build_summary(it, rules(), D(2024, 6, 1))
    row = s.stays[2]
    assert row.status == "exempt: employment contract" and not row.counted
    assert row.used_at_exit == () and s.deadlines[0].unlimited
    assert s.years[0].present[D(2024, 6, 1)] == ("KZ",)


def test_missing_nationality_is_a_summary_error() -> None:
    with pytest.raises(SummaryError, match="nationality"):
        build_summary(Itinerary(Traveller("X", ""), ()), rules(), D(2023, 1, 1))


def test_current_stay_and_merge_days() -> None:
    stays = [Stay("KZ", D(2023, 1, 1), D(2023, 1, 10)), Stay("KG", D(2023, 1, 10),
                                                              D(2023, 1, 20))]
    assert current_stay(stays, D(2023, 1, 5)) == 0
    assert current_stay(stays, D(2023, 1, 10)) == 1  # the stay that goes on
    assert current_stay(stays, D(2022, 12, 1)) == 0  # the next one
    assert current_stay(stays, D(2023, 2, 1)) is None
    assert merge_days([D(2023, 1, 1), D(2023, 1, 2), D(2023, 1, 4)]) == [
        (D(2023, 1, 1), D(2023, 1, 2)), (D(2023, 1, 4), D(2023, 1, 4))]


def test_no_stays_no_deadlines() -> None:
    s = Summary.build(Itinerary(Traveller("Empty", "RU"), ()), rules(), D(2024, 1, 1))
    assert s.deadlines == () and s.stays == () and s.compliant


def test_summary_data_imports_without_qt() -> None:
    code = (
        "import importlib.abc, sys\n"
        "class B(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, B())\n"
        "import datetime, planner.report, planner.cli_report\n"
        "from planner import api\n"
        "from planner.report.summary_data import build_summary\n"
        "s = build_summary(api.load(sys.argv[1]), api.load_rules(), datetime.date(2023, 7, 1))\n"
        "print(len(s.stays))\n")
    res = subprocess.run([sys.executable, "-c", code, str(ANNA)], capture_output=True,
                         text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "13"


# ---- PDF ------------------------------------------------------------------------


def render(summary: Summary, path: Path, **kw: Any) -> int:
    from planner.report.summary_pdf import render_pdf

    return render_pdf(summary, path, **kw)


def test_anna_pdf_text(qapp: Any, tmp_path: Path) -> None:
    it = api.load(ANNA)
    s = build_summary(it, rules(), D(2023, 7, 1), made=D(2026, 11, 24))
    out = tmp_path / "anna.pdf"
    assert render(s, out) == 1
    (text,) = pdf_pages(out)
    for needle in ("Stay summary", "Anna", "Russia (RU)", "Made 2026-11-24",
                   "Status on 2023-07-01", "Page 1 of 1", "Rules change;",
                   "2023-07-30 – 2023-08-15", "BREACHES: 17 d", "90 days in any 180",
                   "leave by 2023-07-29", f"enter on {s.deadlines[1].day} or later"):
        assert needle in text, needle
    for name in ("Kazakhstan", "Kyrgyzstan", "Georgia", "France", "Schengen area", "Russia"):
        assert name in text, name
    for stay in it.stays:
        assert f"{stay.entry.isoformat()} {stay.exit.isoformat()}" in text, stay
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_compliant_pdf_with_cyrillic(qapp: Any, tmp_path: Path) -> None:
    s = build_summary(compliant_trip(), rules(), D(2023, 3, 1))
    out = tmp_path / "ok.pdf"
    render(s, out)
    (text,) = pdf_pages(out)
    assert "Анна" in text and "Алматы" in text and "Тбилиси" in text
    assert "No breaches" in text and "NO BREACHES" in text
    assert "BREACHES:" not in text and "Breach days" not in text and "!" not in text
    assert "leave by 2023-05-01" in text


def test_hundred_stays_flow_onto_numbered_pages(qapp: Any, tmp_path: Path) -> None:
    it = many_stays(100)
    s = build_summary(it, rules(), D(2020, 6, 1))
    out = tmp_path / "many.pdf"
    n = render(s, out)
    pages = pdf_pages(out)
    assert n == len(pages) >= 3
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in page
        assert "Stay summary" in page and "Bench" in page  # the header on every page
    body = " ".join(pages)
    for stay in it.stays:
        assert f"{stay.entry.isoformat()} {stay.exit.isoformat()}" in body, stay
    for b in s.breaches:
        assert f"{b.start.isoformat()} – {b.end.isoformat()}" in body


def test_twenty_five_stays_fit_one_page(qapp: Any, tmp_path: Path) -> None:
    stays, day = [], D(2023, 1, 1)
    for i in range(25):
        country = ("KZ", "KG", "GE")[i % 3]
        stays.append(Stay(country, day, day + dt.timedelta(days=9), note=f"Алматы {i}"))
        day += dt.timedelta(days=12)
    s = build_summary(Itinerary(Traveller("Анна", "RU"), tuple(stays)), rules(), D(2023, 6, 1))
    assert render(s, tmp_path / "25.pdf") == 1


def test_long_sources_keep_the_summary_on_one_page(qapp: Any, tmp_path: Path) -> None:
    # a user's rule file may cite at length: the table prints each source short
    long = ("Law of the Republic on the legal status of foreigners, as amended, art. 7(1): "
            + "a long quotation of the article, " * 30 + "(https://www.example.org/doc/1)")
    rs = rules()
    rs = dataclasses.replace(rs, rules=tuple(dataclasses.replace(r, source=long)
                                             for r in rs.rules))
    stays, day = [], D(2023, 1, 1)
    for i in range(25):
        stays.append(Stay(("KZ", "KG", "GE")[i % 3], day, day + dt.timedelta(days=9)))
        day += dt.timedelta(days=12)
    s = build_summary(Itinerary(Traveller("Анна", "RU"), tuple(stays)), rs, D(2023, 6, 1))
    assert render(s, tmp_path / "long.pdf") == 1
    text = PdfReader(tmp_path / "long.pdf").pages[0].extract_text()
    assert "example.org" in text and "a long quotation" not in text


def test_letter_and_a4(qapp: Any, tmp_path: Path) -> None:
    from planner.report.summary_pdf import page_size_named

    s = build_summary(api.load(ANNA), rules(), D(2023, 7, 1))
    render(s, tmp_path / "a4.pdf", page_size=page_size_named("a4"))
    render(s, tmp_path / "letter.pdf", page_size=page_size_named("letter"))
    a4 = PdfReader(tmp_path / "a4.pdf").pages[0].mediabox
    letter = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert round(float(a4.width)) == 595 and round(float(letter.width)) == 612


def test_fonts_registered_once(qapp: Any) -> None:
    from planner.report.fonts import ensure_fonts

    assert ensure_fonts() == ensure_fonts() == "DejaVu Sans"


def test_print_preview_paints_the_summary(qapp: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from planner.report import dialogs

    out = tmp_path / "printed.pdf"

    class Preview:
        def __init__(self, printer: QPrinter, parent: Any) -> None:
            self.printer = printer
            self.slots: list[Any] = []
            self.paintRequested = self

        def connect(self, slot: Any) -> None:
            self.slots.append(slot)

        def setWindowTitle(self, _: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            for slot in self.slots:
                slot(self.printer)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "QPrintPreviewDialog", Preview)
    assert dialogs.print_summary(None, api.load(ANNA), rules(), D(2023, 7, 1), "en")
    (text,) = pdf_pages(out)
    assert "Anna" in text and "2023-07-30 – 2023-08-15" in text and "Page 1 of 1" in text


def test_export_pdf_adds_the_extension(qapp: Any, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from planner.report import dialogs

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "anna"), "")))
    path = dialogs.export_pdf(None, api.load(DASTAN), rules(), D(2024, 6, 1), "ru")
    assert path == tmp_path / "anna.pdf"
    assert "Сводка пребываний" in pdf_pages(path)[0]


# ---- command line ---------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_writes_pdf(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.pdf"
    status, stdout, err = run(capsys, "summary", str(ANNA), "-o", str(out), "--date",
                              "2023-07-01")
    assert status == 0 and err == "" and "1 page" in stdout
    assert "2023-07-30 – 2023-08-15" in pdf_pages(out)[0]


def test_cli_russian(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ru.pdf"
    status, _, _ = run(capsys, "summary", str(ANNA), "-o", str(out), "--date", "2023-07-01",
                       "--lang", "ru")
    text = pdf_pages(out)[0]
    assert status == 0
    for needle in ("Сводка пребываний", "Применённые правила", "Пребывания", "Нарушения",
                   "Ближайшие сроки", "Казахстан", "Страница 1 из 1", "выехать не позднее"):
        assert needle in text, needle


def test_cli_kazakh(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kk.pdf"
    status, _, _ = run(capsys, "summary", str(ANNA), "-o", str(out), "--date", "2023-07-01",
                       "--lang", "kk")
    text = pdf_pages(out)[0]
    assert status == 0
    for needle in ("Болу мерзімдері", "Қолданылған ережелер", "Бұзушылықтар", "Қазақстан",
                   "Ресей", "1 беттің 1-беті", "2023-07-30 – 2023-08-15"):
        assert needle in text, needle


@pytest.mark.parametrize("args, message", [
    (["missing.stayplan"], "no such file"),
    ([str(ANNA), "--date", "2023-02-30"], "is not a date"),
    ([str(ANNA), "--lang", "de"], "invalid choice"),
    ([str(ANNA), "--rules", "missing-rules.json"], "no such rule file"),
])
def test_cli_unusable_input(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            args: list[str], message: str) -> None:
    status, _, err = run(capsys, "summary", *args, "-o", str(tmp_path / "x.pdf"))
    assert status == 2 and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_unwritable_output(qapp: Any, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "summary", str(ANNA), "-o", str(tmp_path / "no" / "x.pdf"))
    assert status == 2 and "does not exist" in err
    status, _, err = run(capsys, "summary", str(ANNA), "-o", str(tmp_path))
    assert status == 2 and "folder" in err


def test_cli_missing_nationality(qapp: Any, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.stayplan"
    f.write_text(json.dumps({"format": "stay-planner", "version": 1,
                             "traveller": {"name": "X"}, "stays": []}), encoding="utf-8")
    status, _, err = run(capsys, "summary", str(f), "-o", str(tmp_path / "x.pdf"))
    assert status == 2 and "nationality" in err


def test_cli_headless_process(tmp_path: Path) -> None:
    """A fresh process with no display and no QT_QPA_PLATFORM paints offscreen."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "h.pdf"
    res = subprocess.run([sys.executable, "-m", "planner", "summary", str(DASTAN), "-o",
                          str(out), "--date", "2024-06-01"], capture_output=True, text=True,
                         cwd=ROOT, env=env)
    assert res.returncode == 0, res.stderr
    text = pdf_pages(out)[0]
    assert "Dastan" in text and "Алматы, в гостях у брата" in text
