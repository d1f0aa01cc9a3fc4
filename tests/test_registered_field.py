"""A stay's "registered" mark: read, validated, written back, and harmless to older files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import ItineraryError, read_itinerary, write_itinerary

D = dt.date.fromisoformat


def _write(path: Path, stays: list[dict[str, object]]) -> Path:
    doc = {"format": "stay-planner", "version": 1,
           "traveller": {"name": "Anna", "nationality": "RU"}, "stays": stays}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_registered_is_read_and_written_back_with_unknown_keys(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.stayplan", [
        {"country": "KZ", "entry": "2024-03-07", "exit": "2024-04-20", "registered": True,
         "from_a_newer_program": {"x": 1}},
        {"country": "KG", "entry": "2024-04-21", "exit": "2024-04-30"},
    ])
    it = read_itinerary(src)
    assert [s.registered for s in it.stays] == [True, False]
    out = tmp_path / "b.stayplan"
    write_itinerary(it, out)
    stays = json.loads(out.read_text(encoding="utf-8"))["stays"]
    assert stays[0]["registered"] is True
    assert stays[0]["from_a_newer_program"] == {"x": 1}
    assert "registered" not in stays[1]  # written only when true
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1


def test_a_version_1_file_without_the_mark_opens_unregistered(tmp_path: Path) -> None:
    it = read_itinerary(_write(tmp_path / "old.stayplan", [
        {"country": "KZ", "entry": "2023-02-01", "exit": "2023-04-15", "note": "Almaty"}]))
    assert it.stays[0].registered is False and it.stays[0].note == "Almaty"


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_mark_that_is_not_true_or_false_names_the_stay(tmp_path: Path, value: object) -> None:
    src = _write(tmp_path / "bad.stayplan", [
        {"country": "KZ", "entry": "2024-03-07", "exit": "2024-04-20", "registered": value}])
    before = src.read_bytes()
    with pytest.raises(ItineraryError) as e:
        read_itinerary(src)
    assert "stay 1 (KZ, entry 2024-03-07)" in str(e.value)
    assert "registered must be true or false" in str(e.value)
    assert src.read_bytes() == before


def test_moving_a_stay_keeps_its_mark() -> None:
    s = Stay("KZ", D("2024-03-07"), D("2024-04-20"), registered=True)
    assert s.moved(3).registered and s.with_dates(D("2024-03-08"), D("2024-03-09")).registered
    it = Itinerary(Traveller("A", "RU"), (s,))
    assert it.replace_stay(0, s.moved(1)).stays[0].registered
