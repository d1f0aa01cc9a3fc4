"""The sorted table's row order, kept one row at a time, against a fresh stable sort."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.ui.row_order import RowOrder


def reference(keys: list[int], descending: bool) -> list[int]:
    """Items in the order a stable sort gives (ties in item order either way)."""
    return sorted(range(len(keys)), key=lambda i: (-keys[i] if descending else keys[i], i))


def check(order: RowOrder, keys: list[int], sorted_: bool, descending: bool) -> None:
    expected = reference(keys, descending) if sorted_ else list(range(len(keys)))
    assert order.items == expected
    assert [order.row(i) for i in range(len(keys))] == [expected.index(i)
                                                        for i in range(len(keys))]


ops = st.lists(st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 40), st.integers(0, 5)),
    st.tuples(st.just("remove"), st.integers(0, 40)),
    st.tuples(st.just("change"), st.integers(0, 40), st.integers(0, 5)),
    st.tuples(st.just("sort"), st.booleans()),
    st.tuples(st.just("unsort")),
), max_size=30)


@given(st.lists(st.integers(0, 5), max_size=20), st.booleans(), st.booleans(), ops)
def test_single_changes_keep_the_order_a_full_sort_gives(keys, sorted_, descending,
                                                          steps) -> None:
    keys = list(keys)  # one key per item of the list shown, edited as the steps say
    order = RowOrder()
    order.arrange(len(keys), list(keys) if sorted_ else None, descending)
    check(order, keys, sorted_, descending)
    for step in steps:
        if step[0] == "insert":
            item = step[1] % (len(keys) + 1)
            keys.insert(item, step[2])
            row = order.make_room(item, step[2])
            assert len(order) == len(keys) - 1  # not shown until added
            order.add(item, row)
        elif step[0] == "remove" and keys:
            item = step[1] % len(keys)
            del keys[item]
            order.drop(item)
        elif step[0] == "change" and keys:
            item = step[1] % len(keys)
            keys[item] = step[2]
            order.move(order.row(item), order.new_row(item, step[2]))
        elif step[0] == "sort":
            sorted_, descending = True, step[1]
            order.arrange(len(keys), list(keys), descending)
        elif step[0] == "unsort":
            sorted_, descending = False, False
            order.arrange(len(keys), None)
        check(order, keys, sorted_, descending)


def test_ties_keep_item_order_in_both_directions() -> None:
    order = RowOrder()
    order.arrange(4, ["b", "a", "b", "a"])
    assert order.items == [1, 3, 0, 2]
    order.arrange(4, ["b", "a", "b", "a"], descending=True)
    assert order.items == [0, 2, 1, 3]
    # an edit that makes item 3 tie with item 0 puts it after item 0 (3 > 0)
    row = order.row(3)
    to = order.new_row(3, "b")
    order.move(row, to)
    assert order.items == [0, 2, 3, 1]
