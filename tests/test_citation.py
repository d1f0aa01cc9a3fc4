"""Sources print short in the summary: bounded, balanced, naming where they are."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from planner.core.rule_files import bundled_rules
from planner.report.citation import LIMIT, short_source

WORDS = st.sampled_from(["Law", "No. 1146", "of", "31 December 2022", "art. 7(1):", "(see",
                         "it)", "180 days;", "a", "quotation,", "https://www.gov.kz/doc/1",
                         "(https://b.example/x)", "—", "«закон»", ":", ";"])


@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_a_short_source_is_bounded_and_names_its_first_host(text: str) -> None:
    short = short_source(text)
    urls = re.findall(r"https?://(?:www\.)?([^/\s;)]+)", text)
    host = f" ({urls[0]})" if urls else ""
    assert len(short[:len(short) - len(host)].rstrip(")")) <= LIMIT  # closers may follow
    if urls:
        assert short.endswith(urls[0] + ")") or short == urls[0]
    assert "http" not in short
    head = short[:len(short) - len(host)] if host and short.endswith(host) else short
    assert head.count("(") <= head.count(")")  # no parenthesis left open


def test_every_bundled_source_prints_in_two_lines_or_so() -> None:
    for rule in bundled_rules().rules:
        short = short_source(rule.source)
        assert short and len(short) <= LIMIT + 40, rule.id
        assert short.split(" (")[0].split("…")[0] in rule.source or "…" in short, rule.id
