"""Item models: checked with qtmodeltester, edits go through undo commands."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPersistentModelIndex, QSortFilterProxyModel, Qt

from planner.core.model import Itinerary, Stay, Traveller
from planner.core.planning import latest_exit
from planner.ui.day_texts import day_text
from planner.ui.document import Document
from planner.ui.models import SORT_ROLE, DestinationsModel, StaysModel
from planner.wording import may_stay_text
from tests.ui.conftest import TODAY, d


def test_stays_model_passes_modeltester(qtmodeltester, doc) -> None:
    model = StaysModel(doc)
    qtmodeltester.check(model)
    doc.add_stay(Stay("KG", d(5, 1), d(5, 9)))
    doc.undo_stack.undo()
    qtmodeltester.check(model)


def test_sorted_proxy_passes_modeltester(qtmodeltester, doc) -> None:
    model = StaysModel(doc)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(StaysModel.ENTRY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    assert proxy.index(0, StaysModel.COUNTRY).data() == "GE"


def test_self_sorted_model_passes_modeltester_through_edits(qtmodeltester, doc) -> None:
    model = StaysModel(doc)
    model.sort(StaysModel.ENTRY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # it keeps watching every signal below

    def shown() -> list[tuple[str, int]]:
        rows = [(model.index(r, StaysModel.COUNTRY).data(), model.stay_index(r))
                for r in range(model.rowCount())]
        assert [model.row_of(i) for _, i in rows] == list(range(len(rows)))
        assert kz.row() == model.row_of(0)  # as a view's selection would, it follows its stay
        return rows

    kz = QPersistentModelIndex(model.index(1, StaysModel.NOTE))
    assert shown() == [("GE", 1), ("KZ", 0)]
    doc.add_stay(Stay("KG", d(5, 1), d(5, 9)))  # enters between the two
    assert shown() == [("GE", 1), ("KG", 2), ("KZ", 0)]
    doc.edit_stay(0, Stay("KZ", d(7, 1), d(7, 9)))  # the KZ stay moves to the top
    assert shown() == [("KZ", 0), ("GE", 1), ("KG", 2)]
    doc.delete_stay(1)
    assert shown() == [("KZ", 0), ("KG", 1)]
    doc.undo_stack.undo()
    doc.undo_stack.undo()  # the KZ stay moves down again
    assert shown() == [("GE", 1), ("KG", 2), ("KZ", 0)]
    doc.undo_stack.undo()
    assert shown() == [("GE", 1), ("KZ", 0)]
    model.sort(-1)  # itinerary order again
    assert shown() == [("KZ", 0), ("GE", 1)]
    qtmodeltester.check(model)


def test_destinations_model_passes_modeltester(qtmodeltester, doc) -> None:
    model = DestinationsModel(doc)
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())}
    # the KZ stay keeps to the rules: "may stay until", not "leave by" (only a breach leaves)
    assert rows["KZ"] == ("43 / 90", "may stay until 2023-05-01")


def test_destinations_deadline_is_the_latest_exit_of_the_stay_entered_first(rules) -> None:
    stays = (Stay("KZ", d(4, 1), d(4, 10)),  # later than stay 2, listed first
             Stay("GE", d(3, 20), d(3, 30)),
             Stay("KZ", d(3, 1), d(3, 20)),  # in progress today: the one asked about
             Stay("KZ", d(1, 27), d(2, 20)))  # over: not asked about
    doc = Document(Itinerary(Traveller("Anna", "RU"), stays), rules=rules, today=TODAY)
    model = DestinationsModel(doc)
    rows = {model.index(r, 0).data(): model.index(r, DestinationsModel.DEADLINE).data()
            for r in range(model.rowCount())}
    asked, other = (latest_exit(rules, "RU", stays, i).latest for i in (2, 0))
    assert asked is not None and asked != other
    assert rows == {"KZ": may_stay_text(day_text(asked)), "GE": "no limit"}


def test_editing_a_cell_is_an_undoable_command(doc) -> None:
    model = StaysModel(doc)
    assert model.setData(model.index(0, StaysModel.EXIT), QDate(2023, 4, 30))
    assert doc.stays[0].exit == d(4, 30)
    assert doc.undo_stack.undoText() == "Edit KZ stay"
    assert model.setData(model.index(0, StaysModel.COUNTRY), "kg")
    assert doc.stays[0].country == "KG"
    assert not model.setData(model.index(0, StaysModel.COUNTRY), "XX")
    assert not model.setData(model.index(0, StaysModel.EXIT), QDate(2022, 1, 1))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.stays[0] == Stay("KZ", d(2, 1), d(4, 20), note="Almaty")


def test_model_follows_document_rows(doc) -> None:
    model = StaysModel(doc)
    doc.add_stay(Stay("KG", d(5, 1), d(5, 9)))
    assert model.rowCount() == 3
    assert model.index(2, StaysModel.DAYS).data() == 9
    doc.delete_stay(0)
    assert model.rowCount() == 2
    assert model.index(0, StaysModel.COUNTRY).data() == "GE"


def test_the_documents_index_answers_for_the_itinerary_as_it_is_now() -> None:
    stays = (Stay("KZ", d(1, 10), d(3, 20)), Stay("KZ", d(5, 1), d(6, 30)))
    doc = Document(Itinerary(Traveller("Anna", "RU"), stays), today=TODAY)

    def exits() -> list[object]:
        ix = doc.stay_index()
        return [ix.latest_exit(i) for i in range(len(doc.stays))]

    def fresh() -> list[object]:
        return [latest_exit(doc.rules, doc.traveller.nationality, doc.stays, i)
                for i in range(len(doc.stays))]

    assert doc.stay_index() is doc.stay_index()  # asked twice, built once
    assert exits() == fresh()
    doc.set_stay(0, Stay("KZ", d(1, 10), d(4, 10)))  # an edit, an insert, a removal,
    assert exits() == fresh()
    doc.insert_stay(1, Stay("KG", d(4, 11), d(4, 30)))
    assert exits() == fresh()
    doc.remove_stay(2)
    assert exits() == fresh()
    doc.set_traveller(Traveller("Anna", "US"))  # another nationality: other rules
    assert exits() == fresh()


def test_stays_model_answers_only_the_roles_it_serves(doc) -> None:
    model = StaysModel(doc)
    served = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
              Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole,
              Qt.ItemDataRole.ForegroundRole}
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in set(Qt.ItemDataRole) - served:
                assert model.data(index, role) is None, (row, col, role)
            assert model.data(index, SORT_ROLE) is not None
    first = model.index(0, StaysModel.COUNTRY)
    stay = doc.stays[model.stay_index(0)]
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == stay.country
    assert model.data(first, Qt.ItemDataRole.EditRole) == stay.country
    assert model.data(first, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, StaysModel.ENTRY), Qt.ItemDataRole.EditRole) == QDate(
        stay.entry.year, stay.entry.month, stay.entry.day)
