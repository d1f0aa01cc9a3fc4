"""The summary's words in English, Russian and Kazakh, and how rules and dates read.

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

_TEXTS: dict[str, tuple[str, str, str]] = {  # English, Russian, Kazakh
    "title": (
        "Stay summary",
        "Сводка пребываний",
        "Болу мерзімдері"),
    "traveller": (
        "Traveller",
        "Путешественник",
        "Саяхатшы"),
    "nationality": (
        "Nationality",
        "Гражданство",
        "Азаматтығы"),
    "made": (
        "Made",
        "Составлена",
        "Жасалған күні"),
    "as_of": (
        "Status on",
        "Состояние на",
        "Жағдай күні"),
    "continued": (
        "continued",
        "продолжение",
        "жалғасы"),
    "page": (
        "Page {n} of {m}",
        "Страница {n} из {m}",
        "{m} беттің {n}-беті"),
    "rules": (
        "Rules applied",
        "Применённые правила",
        "Қолданылған ережелер"),
    "col_destination": (
        "Destination",
        "Куда",
        "Бағыт"),
    "col_rule": (
        "Rule",
        "Правило",
        "Ереже"),
    "col_in_force": (
        "In force",
        "Действует",
        "Күшінде"),
    "col_source": (
        "Source",
        "Источник",
        "Дереккөз"),
    "col_checked": (
        "Checked",
        "Проверено",
        "Тексерілген"),
    "stays": (
        "Stays",
        "Пребывания",
        "Болу мерзімдері"),
    "col_country": (
        "Country",
        "Страна",
        "Ел"),
    "col_entry": (
        "Entry",
        "Въезд",
        "Кіру"),
    "col_exit": (
        "Exit",
        "Выезд",
        "Шығу"),
    "col_days": (
        "Days",
        "Дней",
        "Күн"),
    "col_status": (
        "Status",
        "Основание",
        "Негіз"),
    "col_used": (
        "Used at exit",
        "Учтено на выезде",
        "Шығу күні есептелген"),
    "col_note": (
        "Note",
        "Заметка",
        "Ескертпе"),
    "col_breach": (
        "Breach days",
        "Дни нарушения",
        "Бұзу күндері"),
    "usage": (
        "Days used on {day}",
        "Учтено дней на {day}",
        "{day} күнгі есептелген күндер"),
    "usage_line": (
        "{used} of {allowed} ({rule})",
        "{used} из {allowed} ({rule})",
        "{allowed} ішінен {used} ({rule})"),
    "left": (
        "{n} left",
        "осталось {n}",
        "{n} қалды"),
    "over": (
        "{n} over",
        "сверх лимита {n}",
        "шектен {n} асқан"),
    "no_count": (
        "not counted ({rule})",
        "не считается ({rule})",
        "есептелмейді ({rule})"),
    "breaches": (
        "Breaches",
        "Нарушения",
        "Бұзушылықтар"),
    "no_breaches": (
        "No breaches: every day complies with the rules applied.",
        "Нарушений нет: все дни соответствуют применённым правилам.",
        "Бұзушылық жоқ: барлық күн қолданылған ережелерге сай."),
    "deadlines": (
        "Next deadlines",
        "Ближайшие сроки",
        "Жақын мерзімдер"),
    "no_deadlines": (
        "No current or planned stay on or after {day}.",
        "Нет текущих или запланированных пребываний с {day}.",
        "{day} бастап ағымдағы не жоспарланған болу мерзімі жоқ."),
    "exit_by": (
        "{country}, stay {a} – {b}: leave by {day}",
        "{country}, пребывание {a} – {b}: выехать не позднее {day}",
        "{country}, болу мерзімі {a} – {b}: {day} кешіктірмей шығу"),
    "exit_late": (
        "(planned exit is {n} days late)",
        "(плановый выезд позже на {n} дн.)",
        "(жоспарланған шығу {n} күнге кеш)"),
    "exit_none": (
        "{country}, stay {a} – {b}: no compliant stay; even one day adds a breach",
        "{country}, пребывание {a} – {b}: даже один день — нарушение",
        "{country}, болу мерзімі {a} – {b}: бір күннің өзі бұзушылық"),
    "exit_free": (
        "{country}, stay {a} – {b}: no limit applies",
        "{country}, пребывание {a} – {b}: ограничений нет",
        "{country}, болу мерзімі {a} – {b}: шектеу жоқ"),
    "reentry": (
        "{country}, next {k} days: enter on {day} or later",
        "{country}, следующие {k} дн.: въезд не ранее {day}",
        "{country}, келесі {k} күн: {day} бастап кіруге болады"),
    "reentry_planned": (
        "(planned for {day})",
        "(запланировано на {day})",
        "({day} күнге жоспарланған)"),
    "reentry_none": (
        "{country}, next {k} days: no day within ten years allows it",
        "{country}, следующие {k} дн.: нет подходящей даты в ближайшие 10 лет",
        "{country}, келесі {k} күн: алдағы 10 жылда қолайлы күн жоқ"),
    "year": (
        "Year {year}",
        "{year} год",
        "{year} жыл"),
    "breach_day": (
        "breach day",
        "день нарушения",
        "бұзу күні"),
    "unchecked": (
        "Not checked: {list}",
        "Не проверялось: {list}",
        "Тексерілмеген: {list}"),
    "not_checked_top": (
        "Not checked: no rule data covers {list} for {nationality} citizens. Those days are "
        "not judged here: this summary does not say they comply.",
        "Не проверено: нет данных о правилах для граждан {nationality} в {list}. Эти дни "
        "здесь не оцениваются: сводка не утверждает, что они соответствуют правилам.",
        "Тексерілмеген: {nationality} азаматтары үшін {list} бойынша ереже деректері жоқ. "
        "Бұл күндер мұнда бағаланбайды: қорытынды олардың сәйкес екенін айтпайды."),
    "conflicts": (
        "Conflicts: one person cannot be in two countries on these days",
        "Пересечения: один человек не может быть в двух странах в эти дни",
        "Қайшылықтар: бір адам бұл күндері екі елде бола алмайды"),
    "conflict_line": (
        "{first} and {second}: both on {span}",
        "{first} и {second}: обе поездки на {span}",
        "{first} және {second}: екеуі де {span}"),
    "visa_needed": (
        "{name}: a visa is needed for {nationality} citizens",
        "{name}: для граждан {nationality} нужна виза",
        "{name}: {nationality} азаматтарына виза қажет"),
    "badge_conflicts": (
        "Conflicts",
        "Пересечения",
        "Қайшылықтар"),
    "badge_unchecked": (
        "Not fully checked",
        "Проверено не полностью",
        "Толық тексерілмеген"),
    "home": (
        "home country",
        "страна гражданства",
        "азаматтық елі"),
    "no_rules": (
        "no rule data",
        "нет данных о правилах",
        "ереже деректері жоқ"),
    "disclaimer": (
        "Rules change; the rule data was last checked on {day}. Sources: {sources}. "
        "This summary is not legal advice.",
        "Правила меняются; данные о правилах последний раз проверены {day}. "
        "Источники: {sources}. Сводка не является юридической консультацией.",
        "Ережелер өзгереді; ереже деректері соңғы рет {day} тексерілген. "
        "Дереккөздер: {sources}. Бұл қорытынды заң кеңесі емес."),
    "sources": (
        "as cited with each rule in the rules table",
        "указаны у каждого правила в таблице правил",
        "ережелер кестесінде әр ереженің жанында көрсетілген"),
    "always": (
        "always",
        "всегда",
        "әрқашан"),
    "from": (
        "from {a}",
        "с {a}",
        "{a} бастап"),
    "until": (
        "until {b}",
        "до {b}",
        "{b} дейін"),
    "days_n": (
        "{n} d",
        "{n} дн.",
        "{n} күн"),
    "rolling": (
        "{n} days in any {m}",
        "{n} дней в любые {m}",
        "кез келген {m} күнде {n} күн"),
    "per-entry": (
        "{n} days per entry",
        "{n} дней за въезд",
        "бір кіруге {n} күн"),
    "calendar-year": (
        "{n} days per calendar year",
        "{n} дней в календарный год",
        "күнтізбелік жылға {n} күн"),
    "fixed-window": (
        "{n} days in {m} from first entry",
        "{n} дней из {m} с первого въезда",
        "алғашқы кіруден {m} күнде {n} күн"),
    "no-limit": (
        "no limit",
        "без ограничений",
        "шектеусіз"),
    "visa-required": (
        "visa required",
        "нужна виза",
        "виза қажет"),
    "visa-free": (
        "visa-free",
        "безвиз",
        "визасыз"),
    "visa": (
        "visa",
        "виза",
        "виза"),
    "residence": (
        "residence permit",
        "вид на жительство",
        "тұруға ықтиярхат"),
    "exempt": (
        "exempt",
        "освобождение",
        "босатылған"),
    "months": (
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "Янв Фев Мар Апр Май Июн Июл Авг Сен Окт Ноя Дек",
        "Қаң Ақп Нау Сәу Мам Мау Шіл Там Қыр Қаз Қар Жел"),
    "weekdays": (
        "M T W T F S S",
        "П В С Ч П С В",
        "Д С С Б Ж С Ж"),
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
