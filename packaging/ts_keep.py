"""Carry finished translations from one Qt Linguist file into another.

After a merge conflict in ``resources/i18n/*.ts`` (two branches added
messages, lupdate moved line numbers), take either side, run ``make
i18n-update`` so the file holds every message the merged code has, then::

    git show OTHER:resources/i18n/stay_planner_ru.ts > /tmp/other_ru.ts
    python packaging/ts_keep.py resources/i18n/stay_planner_ru.ts /tmp/other_ru.ts
    make i18n-update   # lupdate writes the file back in its own layout

Every message of the target that is unfinished (or empty) and that the donor
has finished, under the same context and source text, takes the donor's
translation (plural forms too). Finished translations in the target are kept.
It prints how many it carried over; nothing translated on either side is lost.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str]


def finished(path: Path) -> dict[Key, ET.Element]:
    """The finished ``<translation>`` elements of ``path`` by (context, source)."""
    out: dict[Key, ET.Element] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and (
                    (tr.text or "").strip() or tr.findall("numerusform")):
                out[(ctx.findtext("name") or "", msg.findtext("source") or "")] = tr
    return out


def keep(target: Path, donor: Path) -> int:
    """Fill ``target``'s unfinished messages from ``donor``; how many were filled."""
    given = finished(donor)
    tree = ET.parse(target)
    carried = 0
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            key = (ctx.findtext("name") or "", msg.findtext("source") or "")
            if tr is None or tr.get("type") is None or key not in given:
                continue
            msg.remove(tr)
            msg.append(given[key])
            carried += 1
    with target.open("wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return carried


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python packaging/ts_keep.py TARGET.ts DONOR.ts")
    print(f"{sys.argv[1]}: {keep(Path(sys.argv[1]), Path(sys.argv[2]))} translations "
          f"carried over from {sys.argv[2]}")
