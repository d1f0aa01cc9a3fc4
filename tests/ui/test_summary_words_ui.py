"""The window translates the summary's texts as the old table did (see
``tests.test_summary_words.py``), through a ``QTranslator`` loaded from the
``.qm`` that ``pyside6-lrelease`` compiles from the ``.ts`` file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from planner.i18n import qt_translator
from planner.report.summary_words import CONTEXT, TEXTS, words
from tests.test_summary_words import BEFORE, ROOT
from tests.ui.test_i18n_ui import _lrelease


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_windows_translator_gives_the_old_translations(qapp, lang: str,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    qm = tmp_path / f"stay_planner_{lang}.qm"
    subprocess.run([str(_lrelease()), "-silent",
                    str(ROOT / "resources" / "i18n" / f"stay_planner_{lang}.ts"), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        w = words(lang, qt_translator(CONTEXT))
        got = {key: w.translate(TEXTS[key]) for key in BEFORE}
    finally:
        QCoreApplication.removeTranslator(translator)
    assert got == {key: v[lang] for key, v in BEFORE.items()}
