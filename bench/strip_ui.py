"""The allowance strip in the window: ``python -m bench.strip_ui``.

Time to recompute the strip for a full year (365 days of
:func:`planner.core.strip.allowance_strip`) and repaint it, in the year view
and in a timeline showing about a year, offscreen, on the engine bench's
generated 500-stay itinerary (a Russian; Kazakhstan's 90 in 180). Each run
edits a Kazakhstan stay by one day, as a drag's preview does, then times:

* **recompute**: the strip's own reaction to the change (values for the
  visible days, the diff, the repaint requests);
* **recompute + repaint**: that plus a synchronous repaint of the view's
  viewport (everything on it, the strip included);
* **preview move**: a whole ``Document.preview`` (evaluator, every listener,
  the strip among them) plus ``processEvents`` — what one mouse move costs.

Goal: recompute + repaint < 20 ms.
"""

from __future__ import annotations

import os
import statistics
import time

from bench.common import bench_view, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 60


def run(mode: str) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from planner.ui.planning.allowance_strip import AllowanceStrip

    view, index = bench_view(mode, lambda _i, s: s.country == "KZ" and s.entry.year == 2022
                             and s.entry.month >= 3,
                             day_width=1280 / 366 if mode == "timeline" else None)
    doc = view.doc
    stay = doc.stays[index]
    strip = AllowanceStrip(view, "KZ")
    for _ in range(3):
        QApplication.processEvents()
    first, vals = strip.values()
    assert len(vals) >= 360, (first, len(vals))
    out: dict[str, list[float]] = {"recompute": [], "recompute + repaint": [],
                                   "preview move": []}
    doc.begin_preview(index)
    for i in range(RUNS):
        moved = stay.moved(1 + i % 5)
        # the document changes without the strip hearing of it ...
        doc.blockSignals(True)
        doc.preview(moved)
        doc.blockSignals(False)
        t0 = time.perf_counter()
        strip._doc_changed()  # ... then the strip's own reaction is timed
        t1 = time.perf_counter()
        view.viewport().repaint()
        t2 = time.perf_counter()
        out["recompute"].append((t1 - t0) * 1000)
        out["recompute + repaint"].append((t2 - t0) * 1000)
        t3 = time.perf_counter()
        doc.preview(stay.moved(6 + i % 5))
        QApplication.processEvents()
        out["preview move"].append((time.perf_counter() - t3) * 1000)
    doc.cancel_preview()
    view.close()
    return out


def main() -> None:
    for mode in ("year", "timeline"):
        res = run(mode)
        for name, times in res.items():
            print(f"{mode:8} {name:22} median {statistics.median(times):6.2f} ms   "
                  f"p95 {percentile(times, 95):6.2f} ms   (n={len(times)})")
    print("goal: recompute + repaint of a full year's strip < 20 ms")


if __name__ == "__main__":
    main()
