"""The summary's words in English and Russian, and how rules and dates read.

Pure Python (the command line renders without a translator loaded). Keys are
English identifiers; :func:`t` formats the text for a language:

>>> t("ru", "days_n", n=3)
'3 дн.'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.core.model import Status
from planner.core.rules import Rule
from planner.report.names import LANGS, check_lang

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Stay summary", "Сводка пребываний"),
    "traveller": ("Traveller", "Путешественник"),
    "nationality": ("Nationality", "Гражданство"),
    "made": ("Made", "Составлена"),
    "as_of": ("Status on", "Состояние на"),
    "continued": ("continued", "продолжение"),
    "page": ("Page {n} of {m}", "Страница {n} из {m}"),
    "rules": ("Rules applied", "Применённые правила"),
    "col_destination": ("Destination", "Куда"),
    "col_rule": ("Rule", "Правило"),
    "col_in_force": ("In force", "Действует"),
    "col_source": ("Source", "Источник"),
    "col_checked": ("Checked", "Проверено"),
    "stays": ("Stays", "Пребывания"),
    "col_country": ("Country", "Страна"),
    "col_entry": ("Entry", "Въезд"),
    "col_exit": ("Exit", "Выезд"),
    "col_days": ("Days", "Дней"),
    "col_status": ("Status", "Основание"),
    "col_used": ("Used at exit", "Учтено на выезде"),
    "col_note": ("Note", "Заметка"),
    "col_breach": ("Breach days", "Дни нарушения"),
    "usage": ("Days used on {day}", "Учтено дней на {day}"),
    "usage_line": ("{used} of {allowed} ({rule})", "{used} из {allowed} ({rule})"),
    "left": ("{n} left", "осталось {n}"),
    "over": ("{n} over", "сверх лимита {n}"),
    "no_count": ("not counted ({rule})", "не считается ({rule})"),
    "breaches": ("Breaches", "Нарушения"),
    "no_breaches": ("No breaches: every day complies with the rules applied.",
                    "Нарушений нет: все дни соответствуют применённым правилам."),
    "deadlines": ("Next deadlines", "Ближайшие сроки"),
    "no_deadlines": ("No current or planned stay on or after {day}.",
                     "Нет текущих или запланированных пребываний с {day}."),
    "exit_by": ("{country}, stay {a} – {b}: leave by {day}",
                "{country}, пребывание {a} – {b}: выехать не позднее {day}"),
    "exit_late": ("(planned exit is {n} days late)", "(плановый выезд позже на {n} дн.)"),
    "exit_none": ("{country}, stay {a} – {b}: no compliant stay; even one day adds a breach",
                  "{country}, пребывание {a} – {b}: даже один день — нарушение"),
    "exit_free": ("{country}, stay {a} – {b}: no limit applies",
                  "{country}, пребывание {a} – {b}: ограничений нет"),
    "reentry": ("{country}, next {k} days: enter on {day} or later",
                "{country}, следующие {k} дн.: въезд не ранее {day}"),
    "reentry_planned": ("(planned for {day})", "(запланировано на {day})"),
    "reentry_none": ("{country}, next {k} days: no day within ten years allows it",
                     "{country}, следующие {k} дн.: нет подходящей даты в ближайшие 10 лет"),
    "year": ("Year {year}", "{year} год"),
    "breach_day": ("breach day", "день нарушения"),
    "unchecked": ("Not checked: {list}", "Не проверялось: {list}"),
    "home": ("home country", "страна гражданства"),
    "no_rules": ("no rule data", "нет данных о правилах"),
    "disclaimer": (
        "Rules change; the rule data was last checked on {day}. Sources: {sources}. "
        "This summary is not legal advice.",
        "Правила меняются; данные о правилах последний раз проверены {day}. "
        "Источники: {sources}. Сводка не является юридической консультацией."),
    "sources": ("as cited with each rule in the rules table",
                "указаны у каждого правила в таблице правил"),
    "always": ("always", "всегда"),
    "from": ("from {a}", "с {a}"),
    "until": ("until {b}", "до {b}"),
    "days_n": ("{n} d", "{n} дн."),
    "rolling": ("{n} days in any {m}", "{n} дней в любые {m}"),
    "per-entry": ("{n} days per entry", "{n} дней за въезд"),
    "calendar-year": ("{n} days per calendar year", "{n} дней в календарный год"),
    "fixed-window": ("{n} days in {m} from first entry", "{n} дней из {m} с первого въезда"),
    "no-limit": ("no limit", "без ограничений"),
    "visa-required": ("visa required", "нужна виза"),
    "visa-free": ("visa-free", "безвиз"),
    "visa": ("visa", "виза"),
    "residence": ("residence permit", "вид на жительство"),
    "exempt": ("exempt", "освобождение"),
    "months": ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
               "Янв Фев Мар Апр Май Июн Июл Авг Сен Окт Ноя Дек"),
    "weekdays": ("M T W T F S S", "П В С Ч П С В"),
}


def t(lang: str, key: str, **fields: Any) -> str:
    """The text ``key`` in ``lang``, with ``{fields}`` filled in."""
    text = _TEXTS[key][LANGS.index(check_lang(lang))]
    return text.format(**fields) if fields else text


def iso(day: dt.date | None) -> str:
    """A date as the summary prints it: ISO 8601, unambiguous in every language."""
    return "—" if day is None else day.isoformat()


def rule_text(rule: Rule, lang: str) -> str:
    """The kind and numbers of a rule: "90 days in any 180"."""
    return t(lang, rule.kind.value, n=rule.max_days, m=rule.window_days)


def in_force_text(rule: Rule, lang: str) -> str:
    """When a rule is in force: "from 2023-01-27", "until …", "a – b" or "always"."""
    a, b = rule.valid_from, rule.valid_to
    if a and b:
        return f"{iso(a)} – {iso(b)}"
    if a:
        return t(lang, "from", a=iso(a))
    if b:
        return t(lang, "until", b=iso(b))
    return t(lang, "always")


def status_text(status: Status, ground: str, lang: str) -> str:
    """A stay's footing; an exempt stay shows its ground ("exempt: employment")."""
    text = t(lang, status.value)
    if status is Status.EXEMPT and ground:
        return f"{text}: {ground}"
    return text


def month_names(lang: str) -> list[str]:
    return t(lang, "months").split()
