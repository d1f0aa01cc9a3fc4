"""The stay summary lists conflicts and says at the top what it did not check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from planner.core.model import Itinerary, Stay, Traveller
from planner.core.rule_files import bundled_rules
from planner.report.summary_blocks import build_blocks
from planner.report.summary_data import build_summary
from planner.report.summary_pdf import render_pdf
from tests.test_summary import pdf_pages

D = dt.date.fromisoformat


def test_conflicts_are_listed_and_the_summary_is_not_compliant(qapp: Any,
                                                               tmp_path: Path) -> None:
    it = Itinerary(Traveller("Anna", "RU"), (Stay("KZ", D("2023-03-01"), D("2023-03-12")),
                                             Stay("KG", D("2023-03-10"), D("2023-03-20"))))
    s = build_summary(it, bundled_rules(), D("2023-03-05"))
    assert s.breaches == () and not s.compliant
    assert s.conflicts == ("#1 Kazakhstan 2023-03-01 – 2023-03-12 and #2 Kyrgyzstan "
                           "2023-03-10 – 2023-03-20: both on 2023-03-10 – 2023-03-12",)
    render_pdf(s, tmp_path / "s.pdf")
    text = pdf_pages(tmp_path / "s.pdf")[0]
    # "Conflicts" is set with an fl ligature: look for the rest of the heading
    assert "one person cannot be in two countries on these days" in text
    assert "both on 2023-03-10 – 2023-03-12" in text


def test_unchecked_destinations_are_said_first(qapp: Any, tmp_path: Path) -> None:
    # No rule data covers Japan for anyone.
    it = Itinerary(Traveller("Ravi", "IN"), (Stay("JP", D("2023-02-01"), D("2023-04-02")),))
    s = build_summary(it, bundled_rules(), D("2023-03-01"))
    assert s.not_checked == ("Japan",)
    first = build_blocks(s)[0]
    assert getattr(first, "text", "").startswith(
        "Not checked: no rule data covers Japan for IN citizens")
    ru = build_summary(it, bundled_rules(), D("2023-03-01"), lang="ru")
    assert getattr(build_blocks(ru)[0], "text", "").startswith("Не проверено")


def test_visa_required_is_said_in_words() -> None:
    it = Itinerary(Traveller("Sam", "US"), (Stay("RU", D("2026-03-01"), D("2026-03-10")),))
    s = build_summary(it, bundled_rules(), D("2026-03-05"))
    assert s.visa == ("Russia: a visa is needed for US citizens",)
    assert getattr(build_blocks(s)[0], "text", "") == s.visa[0]
