"""Kill -9 at random moments while one save path writes the same file again and again.

Run as ``python -m tests.faults.kill_worker KIND KILLS SEED FOLDER``; prints
one JSON object: ``{"kind": …, "kills": n, "torn": [...], "missing": n,
"stale_temps": n}``. The worker imports everything once, then for each kill
forks a child that saves in a loop (alternating between a small and a large
version, so that a cut file cannot pass for either), sleeps a random time,
kills the child with SIGKILL, reaps it and checks the target (and, for the
window's Save, every backup): it must be one of the versions, whole. A
forked child costs a millisecond where a new interpreter costs half a second,
which is what lets a hundred kills run in a few seconds.

KIND is ``itinerary`` (the window's Save: backup, then the file), ``cli``
(``write_itinerary`` as ``import``/``fix`` use it), ``pdf``, ``ics``, ``csv``
or ``autosave`` (the recovery file); ``naive`` writes in place, as the
program must not, so that a test can see the harness catch torn files.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from planner.core.model import Itinerary, Stay, Traveller

D = dt.date
NOW = dt.datetime(2026, 1, 1, 12, 0)


def versions() -> tuple[Itinerary, Itinerary]:
    small = Itinerary(Traveller("Anna", "RU"), (Stay("KZ", D(2023, 2, 1), D(2023, 3, 1)),))
    stays = tuple(Stay("KZ" if i % 2 else "KG", D(2023, 1, 1) + dt.timedelta(days=3 * i),
                       D(2023, 1, 1) + dt.timedelta(days=3 * i + 2), note=f"stay {i} " * 20)
                  for i in range(60))
    return small, Itinerary(Traveller("Anna", "RU"), stays)


Save = Callable[[int], None]
Check = Callable[[bytes], bool]


def setup(kind: str, folder: Path) -> tuple[Path, Save, Check, list[Path]]:
    """The target, a save of version 0 or 1, a check of a file's bytes, extra folders."""
    from planner.storage import itinerary_to_bytes, write_itinerary

    its = versions()
    if kind in ("itinerary", "cli"):
        from planner.storage.safety import save_with_backup

        target = folder / "trip.stayplan"
        good = {itinerary_to_bytes(it) for it in its}
        backups = folder / "backups"
        if kind == "itinerary":
            def save(v: int) -> None:
                save_with_backup(its[v], target, backup_root=backups, keep=3)
        else:
            def save(v: int) -> None:
                write_itinerary(its[v], target, force=True)
        return target, save, good.__contains__, [backups]
    if kind == "naive":  # writes in place, as the program must not: the harness must see it
        from planner.storage.csv_io import itinerary_to_csv

        target = folder / "naive.csv"
        datas = [itinerary_to_csv(it) * 200 for it in its]

        def save(v: int) -> None:
            with open(target, "wb") as stream:
                for i in range(0, len(datas[v]), 4096):
                    stream.write(datas[v][i:i + 4096])
                    stream.flush()
        return target, save, set(datas).__contains__, []
    if kind in ("ics", "csv"):
        from planner.storage.csv_io import itinerary_to_csv, write_csv
        from planner.storage.ics import itinerary_to_ics, write_ics

        target = folder / f"trip.{kind}"
        if kind == "ics":
            good = {itinerary_to_ics(it, now=NOW) for it in its}

            def save(v: int) -> None:
                write_ics(its[v], target, now=NOW)
        else:
            good = {itinerary_to_csv(it) for it in its}

            def save(v: int) -> None:
                write_csv(its[v], target)
        return target, save, good.__contains__, []
    if kind == "autosave":
        from planner.storage.safety import RecoveryStore

        store_folder = folder / "recovery"
        target = store_folder / "doc.recovery.json"
        stores: dict[int, RecoveryStore] = {}  # one per process, as one per window

        def save(v: int) -> None:
            store = stores.get(os.getpid())
            if store is None:
                store = stores[os.getpid()] = RecoveryStore(store_folder)
            store.write("doc", its[v], None, now=NOW)
            if os.getpid() == _WORKER:  # the worker itself lets go: only children hold it
                store.abandon()

        def recovered(data: bytes) -> bool:
            from planner.storage import parse_itinerary

            try:
                return parse_itinerary(json.loads(data)["itinerary"], "x") in its
            except Exception:  # noqa: BLE001 - any failure to read back is a torn file
                return False
        return target, save, recovered, []
    if kind == "pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from planner import api
        from planner.report.summary_data import build_summary
        from planner.report.summary_pdf import render_pdf
        from planner.storage.output import pdf_problem

        global _APP
        _APP = QGuiApplication(["kill-worker"])
        rules = api.load_rules()
        summaries = [build_summary(it, rules, D(2023, 6, 1), lang="en", made=D(2026, 1, 1))
                     for it in its]
        target = folder / "summary.pdf"

        def save(v: int) -> None:
            render_pdf(summaries[v], target, force=True)

        def whole(data: bytes) -> bool:
            import io

            import pypdf

            if pdf_problem(data) is not None:
                return False
            try:
                return len(pypdf.PdfReader(io.BytesIO(data), strict=True).pages) >= 1
            except Exception:  # noqa: BLE001 - unreadable means torn
                return False
        return target, save, whole, []
    raise SystemExit(f"unknown kind {kind!r}")


_APP: object = None
_WORKER = os.getpid()


def run(kind: str, kills: int, seed: int, folder: Path) -> dict[str, object]:
    folder.mkdir(parents=True, exist_ok=True)
    target, save, check, extra = setup(kind, folder)
    save(0)  # the file exists before the first kill: it must never go missing
    start = time.perf_counter()
    for v in (1, 0, 1):
        save(v)
    span = (time.perf_counter() - start) / 3 * 2.5  # kill anywhere in two saves and a bit
    rng = random.Random(seed)
    torn: list[str] = []
    missing = 0
    for n in range(kills):
        pid = os.fork()
        if pid == 0:  # the child: save until killed
            try:
                v = n % 2
                while True:
                    save(v)
                    v ^= 1
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, span))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if not target.exists():
            missing += 1
            continue
        if not check(target.read_bytes()):
            torn.append(f"kill {n}: {target.name}")
        for f in (f for d in extra if d.is_dir() for f in d.rglob("*.stayplan")):
            if not check(f.read_bytes()):
                torn.append(f"kill {n}: backup {f.name}")
    stale = [p.name for p in target.parent.glob(f".{target.name}.*.tmp")]
    save(0)  # the next save sweeps what the killed ones left
    left = [p.name for p in target.parent.glob(f".{target.name}.*.tmp")]
    return {"kind": kind, "kills": kills, "torn": torn, "missing": missing,
            "stale_temps": len(stale), "left_after_next_save": len(left)}


if __name__ == "__main__":
    kind, kills, seed, folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    print(json.dumps(run(kind, kills, seed, Path(folder))), flush=True)
    os._exit(0)  # no Qt teardown in a process that forked
