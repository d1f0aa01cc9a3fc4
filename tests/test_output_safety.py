"""Every file the program writes goes through one output module: what it refuses, and why.

The command line (``summary``, ``export``, ``import``, ``fix``) and the
storage functions are driven with the targets that used to lose data: the
itinerary itself, a FIFO, a device, a symbolic link, a read-only file, an
empty name, a full disk.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.core.model import Itinerary, Stay, Traveller
from planner.storage import ItineraryError, read_itinerary, write_itinerary
from tests.test_cli_exchange import run

D = dt.date
TRIP = Itinerary(Traveller("Anna", "RU"), (Stay("KZ", D(2023, 2, 1), D(2023, 6, 1)),))


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """``summary`` paints with Qt: the session's one application, not one of its own."""


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    path = tmp_path / "trip.stayplan"
    write_itinerary(TRIP, path)
    return path


def pdf_problem(data: bytes) -> str | None:
    from planner.storage.output import pdf_problem

    return pdf_problem(data)


def one_line(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    return err


# ---- summary: never over the itinerary, a device, a FIFO; a link written through ----


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_summary_onto_its_own_itinerary_is_refused(
        trip: Path, capsys: pytest.CaptureFixture[str], force: list[str]) -> None:
    before = trip.read_bytes()
    status, out, err = run(capsys, "summary", trip, "-o", trip, "--date", "2023-06-01", *force)
    assert (status, out) == (2, "")
    assert "input file" in one_line(err)
    assert trip.read_bytes() == before


def test_summary_onto_another_itinerary_is_refused_even_with_force(
        trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.json"  # an itinerary by its content, whatever its name
    other.write_bytes(trip.read_bytes())
    status, _, err = run(capsys, "summary", trip, "-o", other, "--force")
    assert status == 2 and "is an itinerary file" in one_line(err)
    assert read_itinerary(other) == TRIP


def _fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(path)


def _device(path: Path) -> None:
    """A private copy of /dev/full's node, so that a regression cannot touch the real one."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.stat("/dev/full").st_rdev)
    except (OSError, AttributeError):
        pytest.skip("making a device node needs root")


@pytest.mark.parametrize(("make", "word", "still"), [
    (_fifo, "FIFO", stat.S_ISFIFO), (_device, "a device", stat.S_ISCHR)])
def test_summary_refuses_a_fifo_and_a_device(
        trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        make: Callable[[Path], None], word: str, still: Callable[[int], bool]) -> None:
    node = tmp_path / "node.pdf"
    make(node)
    status, _, err = run(capsys, "summary", trip, "-o", node, "--force")
    assert status == 2 and word in one_line(err)
    assert still(node.lstat().st_mode)


def test_summary_needs_force_and_keeps_a_read_only_file(
        trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.pdf"
    assert run(capsys, "summary", trip, "-o", out, "--date", "2023-06-01")[0] == 0
    first = out.read_bytes()
    assert pdf_problem(first) is None
    status, _, err = run(capsys, "summary", trip, "-o", out)
    assert status == 2 and "--force" in one_line(err)
    assert run(capsys, "summary", trip, "-o", out, "--force")[0] == 0
    if os.geteuid() != 0:  # root may write anything
        out.chmod(0o444)
        status, _, err = run(capsys, "summary", trip, "-o", out, "--force")
        assert status == 2 and "read-only" in one_line(err)


def test_summary_writes_through_a_symbolic_link(
        trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    assert run(capsys, "summary", trip, "-o", link, "--force")[0] == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert pdf_problem(real.read_bytes()) is None


def test_empty_output_name_says_so(trip: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commands: list[list[str | Path]] = [["summary", trip, "-o", ""],
                                        ["export", trip, "--csv", ""], ["fix", trip, "-o", ""]]
    for args in commands:
        status, _, err = run(capsys, *args)
        assert status == 2 and "no file name was given" in one_line(err), args
        assert "already exists" not in err


# ---- exports ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "ics"])
def test_export_onto_the_itinerary_is_refused_even_with_force(
        trip: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    before = trip.read_bytes()
    status, _, err = run(capsys, "export", trip, f"--{kind}", trip, "--force")
    assert status == 2 and "input file" in one_line(err)
    assert trip.read_bytes() == before


def test_export_onto_a_hard_link_of_the_itinerary_is_refused(
        trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    twin = tmp_path / "twin.csv"
    os.link(trip, twin)
    status, _, err = run(capsys, "export", trip, "--csv", twin, "--force")
    assert status == 2 and "input file" in one_line(err)
    assert read_itinerary(trip) == TRIP


def test_export_ics_writes_through_a_symbolic_link(
        trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "calendar.ics"
    real.write_text("old")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    assert run(capsys, "export", trip, "--ics", link, "--force")[0] == 0
    assert link.is_symlink()
    assert real.read_text().startswith("BEGIN:VCALENDAR")


# ---- disk full: the old file stays, and the message says so ---------------------------


def _full_disk(monkeypatch: pytest.MonkeyPatch, after: int = 0) -> None:
    """os.write fails with ENOSPC once ``after`` bytes were written (by anyone)."""
    real_write = os.write
    budget = [after]

    def write(fd: int, data: bytes | memoryview) -> int:
        if budget[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real_write(fd, bytes(data)[:budget[0]])
        budget[0] -= n
        return n

    monkeypatch.setattr(os, "write", write)


def test_summary_on_a_full_disk_keeps_the_old_pdf_and_says_the_disk_is_full(
        trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "s.pdf"
    assert run(capsys, "summary", trip, "-o", out, "--date", "2023-06-01")[0] == 0
    old = out.read_bytes()
    _full_disk(monkeypatch, after=4096)
    status, stdout, err = run(capsys, "summary", trip, "-o", out, "--force")
    assert (status, stdout) == (2, "")
    assert "the disk is full" in one_line(err)
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.pdf", "trip.stayplan"]


def test_a_cut_pdf_is_never_put_in_place(tmp_path: Path, trip: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.pdf"
    assert run(capsys, "summary", trip, "-o", out)[0] == 0
    whole = out.read_bytes()
    from planner.storage.output import Kind, write_output

    for cut in (0, 8, len(whole) // 2, len(whole) - 8):
        with pytest.raises(ItineraryError, match="PDF"):
            write_output(tmp_path / "cut.pdf", whole[:cut], Kind.PDF)
    assert not (tmp_path / "cut.pdf").exists()


def test_pdf_check_agrees_with_a_real_pdf_reader(tmp_path: Path, trip: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import io

    import pypdf

    out = tmp_path / "s.pdf"
    assert run(capsys, "summary", trip, "-o", out)[0] == 0
    whole = out.read_bytes()
    assert len(pypdf.PdfReader(io.BytesIO(whole)).pages) == 1
    assert pdf_problem(whole) is None
    cut = whole[: len(whole) - 30]
    assert pdf_problem(cut) is not None
    with pytest.raises(pypdf.errors.PdfReadError):
        pypdf.PdfReader(io.BytesIO(cut), strict=True)


# ---- what is written is read back ----------------------------------------------------------


def test_an_itinerary_too_large_to_read_back_is_not_written(tmp_path: Path) -> None:
    from planner.limits import MAX_STAYS

    many = Itinerary(TRIP.traveller, (Stay("KZ", D(2023, 1, 1), D(2023, 1, 1)),) * (MAX_STAYS + 1))
    target = tmp_path / "many.stayplan"
    write_itinerary(TRIP, target)
    with pytest.raises(ItineraryError, match="at most 100,000"):
        write_itinerary(many, target)
    assert read_itinerary(target) == TRIP


def test_an_itinerary_over_20_mb_is_not_written(tmp_path: Path) -> None:
    note = "x" * 2000
    big = Itinerary(TRIP.traveller,
                    tuple(Stay("KZ", D(2023, 1, 1), D(2023, 1, 1), note=note)
                          for _ in range(11_000)))
    target = tmp_path / "big.stayplan"
    with pytest.raises(ItineraryError, match="more than Stay Planner reads back"):
        write_itinerary(big, target)
    assert not target.exists()
