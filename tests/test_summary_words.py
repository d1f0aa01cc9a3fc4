"""The summary's texts come from the ``.ts`` files, and none was lost on the way.

``tests/data/summary_texts_before.json`` is the English/Russian/Kazakh table
the summary carried in its own code before its texts moved into the Qt
Linguist files. Every one of its texts must come out the same through both
halves of the one translation path: :mod:`planner.i18n`'s reader (the command
line) and a ``QTranslator`` loaded from the compiled ``.qm`` (the window).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.report.summary_words import TEXTS, words

ROOT = Path(__file__).resolve().parent.parent
BEFORE = json.loads((ROOT / "tests" / "data" / "summary_texts_before.json")
                    .read_text(encoding="utf-8"))


def test_every_old_text_is_still_a_summary_text() -> None:
    assert set(BEFORE) <= set(TEXTS)
    assert {k: TEXTS[k] for k in BEFORE} == {k: v["en"] for k, v in BEFORE.items()}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_ts_reader_gives_the_old_translations(lang: str) -> None:
    w = words(lang)
    got = {key: w.translate(TEXTS[key]) for key in BEFORE}
    assert got == {key: v[lang] for key, v in BEFORE.items()}


def test_words_fill_in_their_fields() -> None:
    assert words("ru")("days_n", n=3) == "3 дн."
    assert words("kk")("page", n=1, m=2) == "2 беттің 1-беті"
    assert words("en")("rolling", n=90, m=180) == "90 days in any 180"
    with pytest.raises(ValueError, match="de"):
        words("de")

