"""``packaging/ts_keep.py`` carries finished translations across a merge."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.i18n import read_ts

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from ts_keep import keep  # noqa: E402

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>{ctx}</name>
    <message>
        <source>Stays</source>
        {stays}
    </message>
    <message>
        <source>only here</source>
        <translation>только здесь</translation>
    </message>
</context>
</TS>
"""


def test_unfinished_messages_take_the_donors_translation(tmp_path: Path) -> None:
    target, donor, other = tmp_path / "t.ts", tmp_path / "d.ts", tmp_path / "o.ts"
    target.write_text(TS.format(ctx="Summary", stays='<translation type="unfinished"/>'),
                      encoding="utf-8")
    donor.write_text(TS.format(ctx="Summary", stays="<translation>Пребывания</translation>"),
                     encoding="utf-8")
    other.write_text(TS.format(ctx="Other", stays="<translation>Не то</translation>"),
                     encoding="utf-8")
    assert keep(target, other) == 0  # another context is another message
    assert keep(target, donor) == 1
    assert read_ts(target) == {"Stays": "Пребывания", "only here": "только здесь"}
    assert keep(target, other) == 0  # a finished translation is never replaced
