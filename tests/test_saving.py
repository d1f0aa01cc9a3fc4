"""Saving itinerary files: atomic replacement, permissions, links, failures."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import ItineraryError, read_itinerary, write_itinerary

D = dt.date.fromisoformat


def sample() -> Itinerary:
    return Itinerary(Traveller("Anna", "RU"),
                     (Stay("KZ", D("2023-02-01"), D("2023-02-10"), note="Алматы"),))


def test_write_replaces_existing_file_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "trip.stayplan"
    path.write_text("old contents", encoding="utf-8")
    path.chmod(0o640)
    write_itinerary(sample(), path)
    assert read_itinerary(path) == sample()
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["trip.stayplan"]


def test_write_new_file_with_str_path(tmp_path: Path) -> None:
    path = tmp_path / "new.stayplan"
    write_itinerary(sample(), str(path))
    assert read_itinerary(path) == sample()


def test_write_through_symlink_keeps_link(tmp_path: Path) -> None:
    real = tmp_path / "real.stayplan"
    write_itinerary(sample(), real)
    link = tmp_path / "link.stayplan"
    link.symlink_to(real)
    write_itinerary(sample().with_stays([]), link)
    assert link.is_symlink()
    assert read_itinerary(real).stays == ()


def test_failed_replace_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "trip.stayplan"
    write_itinerary(sample(), path)
    before = path.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(ItineraryError) as info:
        write_itinerary(sample().with_stays([]), path)
    assert str(path) in str(info.value) and "Cannot save" in str(info.value)
    assert "disk is full" in str(info.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["trip.stayplan"]


def test_interrupted_write_removes_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "trip.stayplan"
    write_itinerary(sample(), path)
    before = path.read_bytes()

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_itinerary(sample().with_stays([]), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["trip.stayplan"]


def test_save_to_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "trip.stayplan"
    with pytest.raises(ItineraryError, match="does not exist") as info:
        write_itinerary(sample(), path)
    assert "Cannot save" in str(info.value)


def test_save_onto_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ItineraryError, match="folder"):
        write_itinerary(sample(), tmp_path)


def test_refuses_to_save_what_it_could_not_open(tmp_path: Path) -> None:
    path = tmp_path / "trip.stayplan"
    bad = sample().with_stays([Stay("XZ", D("2023-01-01"), D("2023-01-02"))])
    with pytest.raises(ItineraryError, match="stay 1.*'XZ'"):
        write_itinerary(bad, path)
    assert not path.exists()
    weird = Itinerary(extra={"when": dt.date(2023, 1, 1)})
    with pytest.raises(ItineraryError, match="not plain JSON"):
        write_itinerary(weird, path)
    assert list(tmp_path.iterdir()) == []
