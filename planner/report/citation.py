"""A rule's source shortened to fit a line or two of the printed summary.

Rule data names its sources in full (a law's title, the article, quotes, one
or more addresses): the rule browser and ``stay-planner rules`` show them
whole. The one-page summary prints :func:`short_source`: the citation's first
clause (up to the first ``: `` or ``; ``), cut at a comma or a word to :data:`LIMIT`
characters with "…", and the host of its first address (a printed address
cut short would lead nowhere; the rule browser has the whole one). Whatever
the data holds, a rule's source takes at most a few lines of the rules
table, so the summary stays on one page.

>>> short_source("Law No. 1 'On Foreigners', art. 7(1): 180 days a year "
...              "(Police, https://www.example.kz/doc/136379.html); see also https://b.kz")
"Law No. 1 'On Foreigners', art. 7(1) (example.kz)"
>>> short_source("Regulation (EU) 2018/1806 (https://eur-lex.europa.eu/x?uri=1), Annex I "
...              "(visa required; list as adopted: https://eur-lex.europa.eu/y)")
'Regulation (EU) 2018/1806, Annex I (visa required) (eur-lex.europa.eu)'
>>> short_source("Law (https://a.kz/x).")
'Law (a.kz)'
>>> short_source("Visa regime of the PRC before the unilateral visa-free trial")
'Visa regime of the PRC before the unilateral visa-free trial'
"""

from __future__ import annotations

import re

LIMIT = 110
_URL = re.compile(r"https?://[^\s;<>\"']+")
_TRAILING = ".,;:)]"


def _trim(url: str) -> str:
    """``url`` without the punctuation that ends the sentence around it."""
    while url and url[-1] in _TRAILING and not (url[-1] == ")" and "(" in url):
        url = url[:-1]
    return url


def _links(text: str) -> list[str]:
    return [_trim(m.group(0)) for m in _URL.finditer(text)]


def _without_links(text: str) -> str:
    """``text`` with each address taken out, the punctuation after it kept."""
    return _URL.sub(lambda m: m.group(0)[len(_trim(m.group(0))):], text)


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    for mark in (", ", " "):  # at a comma if one is far enough, else at a word
        at = head.rfind(mark)
        if at > limit // 2:
            head = head[:at]
            break
    while head.count("(") > head.count(")"):  # never cut inside parentheses
        head = head[:head.rfind("(")]
    return head.rstrip(" ,;:(") + "…"


def short_source(text: str, limit: int = LIMIT) -> str:
    """``text`` (a rule's source) as the summary prints it (see the module)."""
    links = _links(text)
    plain = _without_links(text)
    plain = re.sub(r"\(\s*[,;]?\s*\)", "", plain)  # parentheses that held only addresses
    plain = re.sub(r"[,;]\s*\)", ")", plain)
    plain = re.sub(r"\s+([,;.])", r"\1", plain)
    plain = " ".join(plain.split())
    head = re.split(r": |; ", plain, maxsplit=1)[0].strip(" ,;:.")
    head = _cut(head, limit)
    head += ")" * (head.count("(") - head.count(")"))  # a clause cut inside parentheses
    if not links:
        return head
    host = re.sub(r"^https?://(www\.)?", "", links[0]).split("/", 1)[0]
    return f"{head} ({host})" if head else host
