"""The program's log: a file in the log folder, stderr with -v, and every
place that used to swallow an error now leaves a record there."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar

from planner import i18n, log
from planner.cli import main
from planner.storage import ics
from planner.storage.errors import ItineraryError

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "anna-2023.stayplan"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(log.LOG_DIR_ENV, str(folder))
    log.shutdown()
    yield folder
    log.shutdown()


def test_setup_writes_records_to_the_log_file(log_dir: Path) -> None:
    path = log.setup()
    assert path == log_dir / log.LOG_FILE
    log.storage.warning("cannot read %s", "trip.stayplan")
    for handler in log.root.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "WARNING" in text and "planner.storage: cannot read trip.stayplan" in text


def test_setup_twice_adds_one_file_handler(log_dir: Path) -> None:
    log.setup()
    log.setup()
    files = [h for h in log.root.handlers if isinstance(h, logging.FileHandler)]
    assert len(files) == 1


@pytest.fixture
def unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log folder lies under a file, so it can never be made."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(log.LOG_DIR_ENV, str(blocker / "logs"))
    log.shutdown()


def test_an_unwritable_log_folder_is_said_once_and_not_fatal(
        unwritable: None, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        assert log.setup() is None
    finally:
        log.shutdown()
    assert "cannot write the log file" in capsys.readouterr().err


def test_deferred_setup_opens_the_file_at_the_first_record(log_dir: Path) -> None:
    """The command line's log file: nothing made until something is logged, then
    the records go to the same file as ever."""
    assert log.setup(deferred=True) is None
    assert not log_dir.exists()
    log.storage.warning("cannot read %s", "trip.stayplan")
    log.cli.info("second")
    for handler in log.root.handlers:
        handler.flush()
    lines = (log_dir / log.LOG_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and "planner.storage: cannot read trip.stayplan" in lines[0]
    assert log.setup() == log_dir / log.LOG_FILE  # the window's setup replaces it
    assert len([h for h in log.root.handlers if isinstance(h, logging.FileHandler)]) == 1


def test_a_deferred_setup_takes_effect_at_the_first_record(tmp_path: Path) -> None:
    """As a one-shot command starts: ``setup(deferred=True)`` loads neither
    :mod:`logging` nor the file; the first record, made later, loads both and
    lands in the file at the setup's level (INFO, below logging's default)."""
    code = ("import sys\n"
            "from planner import log\n"
            "assert log.setup(deferred=True) is None\n"
            "assert 'logging' not in sys.modules\n"
            "log.cli.info('the first record')\n"
            "assert 'logging' in sys.modules\n")
    folder = tmp_path / "logs"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                   env={**os.environ, log.LOG_DIR_ENV: str(folder)})
    text = (folder / log.LOG_FILE).read_text(encoding="utf-8")
    assert "INFO    planner.cli: the first record" in text


def test_deferred_unwritable_folder_is_said_at_the_first_record_only(
        unwritable: None, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        log.setup(deferred=True)
        assert capsys.readouterr().err == ""
        log.cli.info("one")
        log.cli.info("two")
    finally:
        log.shutdown()
    assert capsys.readouterr().err.count("cannot write the log file") == 1


def test_cli_verbose_prints_log_records_to_stderr(
        log_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.stayplan"
    assert main(["-v", "check", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "INFO planner.cli: unusable input" in err
    assert err.strip().splitlines()[-1].startswith("stay-planner: ")


def test_cli_verbose_may_stand_after_the_subcommand(
        log_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(DEMO), "--verbose"])
    assert status in (0, 1, 3)
    assert "--verbose" not in capsys.readouterr().err


def test_a_broken_translation_file_is_logged(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "stay_planner_ru.ts"
    broken.write_text("<TS><context><name>x</name>", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="planner.i18n"):
        assert i18n.read_ts(broken) == {}
    assert any("cannot be read" in r.getMessage() for r in caplog.records)


def test_a_missing_translation_file_is_not_an_error(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="planner.i18n"):
        assert i18n.read_ts(tmp_path / "absent.ts") == {}
    assert caplog.records == []


def test_an_unreadable_calendar_is_logged_with_its_cause(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("content line could not be parsed")

    monkeypatch.setattr(Calendar, "from_ical", broken)
    data = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with (caplog.at_level(logging.INFO, logger="planner.storage"),
          pytest.raises(ItineraryError, match="content line could not be parsed")):
        ics.parse_ics(data, "bad.ics")
    [record] = [r for r in caplog.records if r.name == "planner.storage"]
    assert "bad.ics" in record.getMessage() and record.exc_info is not None
