"""Saving safely in the window: autosave, crash recovery, conflicts, refused and read-only files."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import planner.ui.document as document_module
from planner.core.model import Itinerary, Stay
from planner.storage import read_itinerary, write_itinerary
from planner.storage.safety import Recovery, RecoveryStore, backups_of
from planner.ui.document import Document
from planner.ui.settings import Settings
from planner.ui.window.app import build
from planner.ui.window.main_window import MainWindow
from planner.ui.window.recovery import ask_restore
from tests.ui.conftest import TODAY, d, shown

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


def make_window(doc: Document, settings: Settings, store: RecoveryStore,
                tmp_path: Path) -> MainWindow:
    """A window autosaving after 50 ms (closed by the fixture, not by qtbot)."""
    w = MainWindow(doc, settings, recovery=store)
    w.autosaver.timer.setInterval(50)
    doc.backup_root = tmp_path / "backups"
    return w


@pytest.fixture
def anna(tmp_path: Path, itinerary: Itinerary) -> Path:
    path = tmp_path / "anna.stayplan"
    write_itinerary(itinerary, path)
    return path


@pytest.fixture
def window(qtbot, rules, settings, store, anna, tmp_path):  # type: ignore[no-untyped-def]
    w = make_window(Document(rules=rules, today=TODAY), settings, store, tmp_path)
    assert w.open_file(anna)
    yield from shown(qtbot, w)


def answer_box(button: str, seen: list[str]) -> None:
    """Click ``button`` in the next message box that opens (noting its text)."""
    tries = [0]

    def click() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append(w.text())
                for b in w.buttons():
                    if b.text().replace("&", "") == button:
                        b.click()
                        return
                raise AssertionError(f"no button {button!r} in {[b.text() for b in w.buttons()]}")
        tries[0] += 1
        if tries[0] < 200:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


# ---- autosave --------------------------------------------------------------------------


def test_autosave_after_idle_then_save_discards(qtbot, window, store, anna, tmp_path) -> None:
    recovery = window.autosaver.file
    window.doc.delete_stay(0)
    assert window.autosaver.timer.isActive()
    qtbot.waitUntil(recovery.exists, timeout=3000)
    [found] = store.pending(include_running=True)
    assert found.itinerary == window.doc.itinerary
    assert found.original == anna
    assert window.save()
    assert not recovery.exists()
    assert read_itinerary(anna) == window.doc.itinerary
    assert len(backups_of(anna, tmp_path / "backups")) == 1  # the version before the save


def test_undo_to_saved_state_or_clean_close_discards(qtbot, window) -> None:
    recovery = window.autosaver.file
    window.doc.delete_stay(0)
    qtbot.waitUntil(recovery.exists, timeout=3000)
    window.doc.undo_stack.undo()
    assert not recovery.exists() and not window.autosaver.timer.isActive()
    window.doc.delete_stay(0)
    qtbot.waitUntil(recovery.exists, timeout=3000)
    answer_box("Discard", [])  # "Save changes before closing?" -> Discard
    assert window.close()
    assert not recovery.exists()


def test_no_autosave_in_the_middle_of_a_drag(qtbot, window) -> None:
    doc = window.doc
    doc.begin_preview(0)
    doc.preview(replace(doc.stays[0], exit=d(4, 25)))
    assert window.autosaver.autosave() is False  # a preview is not a change yet
    doc.commit_preview("resize")
    qtbot.waitUntil(window.autosaver.file.exists, timeout=3000)


# ---- recovery on start -------------------------------------------------------------------


def dead_recovery(store: RecoveryStore, it: Itinerary, original: Path | None,
                  doc_id: str = "crashed") -> Path:
    """A recovery file as a process that is gone left it (pid 999999999)."""
    f = store.write(doc_id, it, original, now=dt.datetime(2023, 3, 15, 14, 32))
    data = json.loads(f.read_text(encoding="utf-8"))
    data["pid"] = 999_999_999
    f.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return f


def start(settings: Settings, store: RecoveryStore, answer: bool, asked: list[Recovery],
          argv: list[str] | None = None) -> MainWindow:
    def ask(parent: object, rec: Recovery) -> bool:
        asked.append(rec)
        return answer

    _app, w = build(argv or ["stay-planner"], settings, TODAY, recovery=store, ask_restore=ask)
    return w


def close(w: MainWindow) -> None:
    w.doc.undo_stack.setClean()
    w.close()
    w.deleteLater()


def test_recovery_from_dead_process_offered_and_restored(settings, store, anna, itinerary
                                                         ) -> None:
    edited = itinerary.with_stays([*itinerary.stays, Stay("KG", d(7, 1), d(7, 9), note="Ош")])
    old = dead_recovery(store, edited, anna)
    asked: list[Recovery] = []
    w = start(settings, store, True, asked)
    try:
        assert [r.original for r in asked] == [anna]
        assert w.doc.itinerary == edited
        assert w.doc.path == anna and w.doc.modified and w.isWindowModified()
        assert w.windowTitle() == "anna.stayplan[*] — Stay Planner"
        assert not old.exists() and w.autosaver.file.exists()  # re-autosaved under this window
        assert w.save()  # Save writes to the original file
        assert read_itinerary(anna) == edited
        assert store.pending(include_running=True) == []
    finally:
        close(w)


def test_discard_deletes_the_recovery_file(settings, store, itinerary) -> None:
    old = dead_recovery(store, itinerary, None)
    asked: list[Recovery] = []
    w = start(settings, store, False, asked)
    try:
        assert len(asked) == 1 and asked[0].original is None
        assert not old.exists() and w.doc.stays == () and not w.doc.modified
    finally:
        close(w)


def test_recovery_of_a_running_process_is_not_offered(settings, store, itinerary) -> None:
    store.write("other-window", itinerary, None)  # this process: alive
    asked: list[Recovery] = []
    w = start(settings, store, True, asked)
    close(w)
    assert asked == []


def test_recovery_prompt_names_time_and_file(qtbot, store, anna, itinerary) -> None:
    dead_recovery(store, itinerary, anna)
    [rec] = store.pending()
    seen: list[str] = []
    answer_box("Restore", seen)
    assert ask_restore(None, rec) is True
    assert "anna.stayplan" in seen[0] and "Recovered unsaved changes from" in seen[0]
    answer_box("Discard", seen)
    assert ask_restore(None, rec) is False


CHILD = textwrap.dedent("""
    import datetime as dt, sys
    from dataclasses import replace
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from planner.core.model import Stay
    from planner.storage.safety import RecoveryStore
    from planner.ui.window.app import build
    from planner.ui.settings import Settings

    path, folder, ini = sys.argv[1:4]
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    app, w = build(["stay-planner", path], settings, recovery=RecoveryStore(Path(folder)),
                   ask_restore=lambda parent, rec: False)
    w.autosaver.timer.setInterval(100)
    w.autosaver.saved.connect(lambda f: print("saved", flush=True))
    doc = w.doc
    doc.add_stay(Stay("KG", dt.date(2023, 5, 1), dt.date(2023, 5, 20), note="Бишкек"))
    doc.edit_stay(0, replace(doc.stays[0], exit=dt.date(2023, 4, 10)), kind="resize")
    doc.delete_stay(1)
    app.exec()
""")


def test_killed_window_is_recovered_on_next_start(tmp_path, settings, store, anna, itinerary
                                                  ) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "XDG_STATE_HOME": str(tmp_path / "xdg")}
    child = subprocess.Popen(
        [sys.executable, str(script), str(anna), str(store.folder), str(tmp_path / "child.ini")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "saved", child.stderr.read() if child.stderr else ""
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert read_itinerary(anna) == itinerary  # the file itself was never written
    s0, s1 = itinerary.stays
    expected = itinerary.with_stays([replace(s0, exit=d(4, 10)),
                                     Stay("KG", d(5, 1), d(5, 20), note="Бишкек")])
    asked: list[Recovery] = []
    w = start(settings, store, True, asked)
    try:
        assert len(asked) == 1
        assert w.doc.itinerary == expected
        assert w.doc.path == anna and w.isWindowModified()
    finally:
        close(w)


# ---- conflicts, refused files, read-only files ---------------------------------------------


def test_save_asks_when_file_changed_on_disk(window, anna, itinerary, tmp_path,
                                             monkeypatch) -> None:
    window.doc.delete_stay(1)
    theirs = itinerary.with_stays([Stay("UZ", d(8, 1), d(8, 5))])
    write_itinerary(theirs, anna)  # another program saves meanwhile
    seen: list[str] = []
    answer_box("Cancel", seen)
    assert window.save() is False
    assert "changed by another program" in seen[0]
    assert read_itinerary(anna) == theirs and window.doc.modified
    other = tmp_path / "mine.stayplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    answer_box("Save As…", seen)
    assert window.save() and read_itinerary(other) == window.doc.itinerary
    assert read_itinerary(anna) == theirs and window.doc.path == other


def test_overwrite_after_conflict_then_no_more_question(window, anna, itinerary) -> None:
    window.doc.delete_stay(1)
    write_itinerary(itinerary.with_stays([]), anna)
    answer_box("Overwrite", [])
    assert window.save()
    assert read_itinerary(anna) == window.doc.itinerary
    window.doc.delete_stay(0)
    assert window.save()  # the file is as we last wrote it: no question


def test_newer_version_file_opens_read_only_and_is_never_written(window, tmp_path,
                                                                 monkeypatch) -> None:
    newer = tmp_path / "future.stayplan"
    newer.write_bytes(json.dumps({
        "format": "stay-planner", "version": 99, "traveller": {"name": "Z", "nationality": "RU"},
        "stays": [{"country": "KZ", "entry": "2023-02-01", "exit": "2023-02-10",
                   "teleported": True}], "wormholes": [1]}).encode())
    before_bytes = newer.read_bytes()
    assert window.open_file(newer)
    assert window.doc.read_only and window.doc.newer_version == 99
    assert window.banner.isVisible() and "newer version" in window.banner.label.text()
    assert window.doc.stays[0].extra == {"teleported": True}
    window.doc.delete_stay(0)
    # Save goes to Save As; choosing the same name is refused with a message.
    seen: list[str] = []
    answer_box("OK", seen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(newer), "")))
    assert window.save() is False
    assert newer.read_bytes() == before_bytes
    assert seen and "newer version" in seen[0]
    other = tmp_path / "mine.stayplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    assert window.save()
    assert newer.read_bytes() == before_bytes
    assert read_itinerary(other).stays == ()
    assert not window.banner.isVisible()


def test_unusable_newer_version_file_is_refused(window, tmp_path) -> None:
    newer = tmp_path / "future.stayplan"
    newer.write_bytes(json.dumps({"format": "stay-planner", "version": 99,
                                  "stays": "a new shape"}).encode())
    before_bytes, before = newer.read_bytes(), window.doc.itinerary
    seen: list[str] = []
    answer_box("OK", seen)
    assert window.open_file(newer) is False
    assert "newer version of Stay Planner" in seen[0] and "future.stayplan" in seen[0]
    assert window.doc.itinerary == before and window.doc.path != newer
    assert newer.read_bytes() == before_bytes


def test_unreadable_stay_names_stay_and_field(window, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "bad.stayplan"
    bad.write_text(json.dumps({"format": "stay-planner", "version": 1, "traveller": {}, "stays": [
        {"country": "KZ", "entry": "2023-02-01", "exit": "2023-02-05"},
        {"country": "KZ", "entry": "2023-02-30", "exit": "2023-03-05"}]}), encoding="utf-8")
    before = bad.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append(text))
    assert window.open_file(bad) is False
    assert "stay 2" in shown[0] and "entry" in shown[0]
    assert bad.read_bytes() == before


def test_read_only_file_shows_banner_and_save_goes_to_save_as(
        window, anna, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.banner.isHidden()
    monkeypatch.setattr(document_module, "writable", lambda path: False)
    assert window.open_file(anna)
    assert window.doc.read_only and window.banner.isVisible()
    assert "read-only" in window.banner.label.text()
    before = anna.read_bytes()
    window.doc.delete_stay(0)
    copy = tmp_path / "copy.stayplan"
    asked: list[str] = []

    def save_name(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append("save as")
        return str(copy), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert window.save()
    assert asked and anna.read_bytes() == before
    assert read_itinerary(copy) == window.doc.itinerary
    assert not window.doc.read_only and window.banner.isHidden()


def test_writable_needs_file_and_folder(tmp_path: Path) -> None:
    f = tmp_path / "x.stayplan"
    assert document_module.writable(f)  # a new file in a writable folder
    f.write_text("{}")
    assert document_module.writable(f)
    if getattr(os, "geteuid", lambda: 1)() != 0:  # root may write anything
        f.chmod(0o444)
        assert not document_module.writable(f)
