<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../planner/cli.py" line="+64"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{text} is not a number of days (1 or more)</source>
        <translation>{text} — не число дней (1 или больше)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check planned stays against visa-free stay limits.</source>
        <translation>Проверка запланированных пребываний на соответствие лимитам безвизового пребывания.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an itinerary (.stayplan)</source>
        <translation>маршрут (.stayplan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a rule file that adds or overrides rules (repeatable)</source>
        <translation>файл правил, который добавляет или заменяет правила (можно указать несколько раз)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>report every day that breaches a stay limit</source>
        <translation>показать каждый день, нарушающий лимит пребывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the latest compliant exit of each stay</source>
        <translation>последний допустимый день выезда для каждого пребывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longest stay that may start on a day</source>
        <translation>самое долгое пребывание, которое можно начать в указанный день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first day one may enter and stay K days</source>
        <translation>первый день, когда можно въехать и пробыть K дней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days used and allowed, day by day</source>
        <translation>использованные и разрешённые дни, по каждому дню</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{a} (1 day)</source>
        <translation>{a} (1 день)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} – {b} ({n} days)</source>
        <translation>{a} – {b} (дней: {n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{head}: compliant</source>
        <translation>{head}: нарушений нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: BREACH {span}</source>
        <translation>{head}: НАРУШЕНИЕ {span}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../planner/cli_planning.py" line="+64"/>
        <source>home country</source>
        <translation>страна гражданства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule data for {nationality} citizens</source>
        <translation>нет данных о правилах для граждан {nationality}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} not checked: {why}</source>
        <translation>{code} не проверено: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compliant</source>
        <translation>нарушений нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT COMPLIANT</source>
        <translation>ЕСТЬ НАРУШЕНИЯ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_texts.py" line="+31"/>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../planner/cli.py" line="+6"/>
        <location line="+33"/>
        <location filename="../../planner/cli_planning.py" line="+1"/>
        <location line="+44"/>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} in any {m}</source>
        <translation>{n} за любые {m}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entering on {date} you could stay without limit ({dest})</source>
        <translation>При въезде {date} можно пробыть без ограничений ({dest})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entering on {date} even one day would add a breach ({dest}, {rule})</source>
        <translation>При въезде {date} даже один день будет нарушением ({dest}, {rule})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering on {date} you could stay {days} ({dest}, {rule})</source>
        <translation>При въезде {date} можно пробыть {days} ({dest}, {rule})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave by {date}</source>
        <translation>выехать не позднее {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>return from {date}</source>
        <translation>вернуться с {date}</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="-31"/>
        <source>no compliant exit: even one day there adds a breach</source>
        <translation>допустимого выезда нет: даже один день там — нарушение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {day}</source>
        <translation>выехать не позднее {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BREACH</source>
        <translation>НАРУШЕНИЕ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{country} from {day}: no limit</source>
        <translation>{country} с {day}: без ограничений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country} from {day}: no day is allowed</source>
        <translation>{country} с {day}: нельзя ни одного дня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country} from {day}: up to {n} days, last day {last}</source>
        <translation>{country} с {day}: до {n} дн., последний день {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{country}: no day within ten years allows {n} days</source>
        <translation>{country}: в ближайшие десять лет нет дня, с которого можно пробыть {n} дн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country}: enter on {day} or later to stay {n} days</source>
        <translation>{country}: чтобы пробыть {n} дн., въезжайте {day} или позже</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>over</source>
        <translation>сверх лимита</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{error} (see stay-planner --help)</source>
        <translation>{error} (см. stay-planner --help)</translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="+109"/>
        <source>exported 1 stay to calendar file {file}</source>
        <translation>1 пребывание экспортировано в файл календаря {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {n} stays to calendar file {file}</source>
        <translation>экспортировано пребываний: {n}, в файл календаря {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exported 1 stay to CSV file {file}</source>
        <translation>1 пребывание экспортировано в файл CSV {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {n} stays to CSV file {file}</source>
        <translation>экспортировано пребываний: {n}, в файл CSV {file}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--nationality {value} is not a country code (such as RU)</source>
        <translation>--nationality {value} — не код страны (например, RU)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>skipped {reason}</source>
        <translation>пропущено: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} skipped)</source>
        <translation>(пропущено: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no stay could be imported from it</source>
        <translation>из него не удалось импортировать ни одного пребывания</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported 1 stay into {file}</source>
        <translation>1 пребывание импортировано в {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported {n} stays into {file}</source>
        <translation>импортировано пребываний: {n}, в {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped {n}</source>
        <translation>пропущено: {n}</translation>
    </message>
    <message>
        <location filename="../../planner/cli_planning.py" line="-61"/>
        <source>write a compliant version of an itinerary</source>
        <translation>записать вариант маршрута без нарушений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit windows and where to go, for each breaching stay</source>
        <translation>сроки выезда и куда поехать — для каждого пребывания с нарушением</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kept</source>
        <translation>оставлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trimmed</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved</source>
        <translation>перенесено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trim</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trim-forward</source>
        <translation>сокращение с переносом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>перенос</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{head}: kept</source>
        <translation>{head}: оставлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: dropped (no compliant day left for it)</source>
        <translation>{head}: удалено (для него не осталось допустимых дней)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: {action} to {span}</source>
        <translation>{head}: {action}, теперь {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote {file}: {n} of {m} visa-free days kept</source>
        <translation>записан {file}: сохранено {n} из {m} безвизовых дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no stay breaches: nothing to suggest</source>
        <translation>нарушений нет: предлагать нечего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: no compliant day; do not enter on {day}</source>
        <translation>{head}: допустимых дней нет; не въезжайте {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: leave by {day}</source>
        <translation>{head}: выехать не позднее {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your next stay there (#{n}, {days} days)</source>
        <translation>следующее пребывание там (№{n}, дней: {days})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {n}-day stay</source>
        <translation>пребывание на {n} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stay</source>
        <translation>пребывание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return: {what} may start on {day}</source>
        <translation>возвращение: {what} можно начать с {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return: no day within ten years allows {what}</source>
        <translation>возвращение: в ближайшие десять лет нет дня, с которого можно начать {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>meanwhile, {span}:</source>
        <translation>тем временем, {span}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to {n} days</source>
        <translation>до {n} дн.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/advice_commands.py" line="+76"/>
        <source>Make compliant</source>
        <translation>Устранить нарушения</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_prompts.py" line="+38"/>
        <source>File changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} was changed by another program since you opened it.</source>
        <translation>Файл «{name}» был изменён другой программой после того, как вы его открыли.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite it with your version, save your version as another file, or cancel and keep both as they are.</source>
        <translation>Перезаписать его вашей версией, сохранить вашу версию в другой файл или отменить и оставить обе версии как есть?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Перезаписать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File from a newer Stay Planner</source>
        <translation>Файл из более новой версии Stay Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was made by a newer version of Stay Planner (file format version {version}); this version reads format version {supported}.</source>
        <translation>«{file}» создан более новой версией Stay Planner (версия формата файла {version}); эта версия читает формат версии {supported}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Stay Planner to open it. The file has not been changed, and this program will not write to it.</source>
        <translation>Чтобы открыть его, обновите Stay Planner. Файл не изменён, и эта программа не будет в него записывать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_dialog.py" line="+92"/>
        <source> (repeats; its first occurrence)</source>
        <translation> (повторяется; первое повторение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {n}</source>
        <translation>событие {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {n}</source>
        <translation>строка {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recovery.py" line="+126"/>
        <source>untitled</source>
        <extracomment>``ask(parent, recovery)`` -&gt; True to restore, False to discard.</extracomment>
        <translation>без названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered unsaved changes from {time} ({name}).</source>
        <translation>Восстановлены несохранённые изменения от {time} ({name}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved changes</source>
        <translation>Восстановление несохранённых изменений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay Planner was closed before these changes were saved. Restore them to keep working on them ({n} stays), or discard them.</source>
        <translation>Stay Planner был закрыт до того, как эти изменения были сохранены. Восстановите их, чтобы продолжить работу (пребываний: {n}), или отбросьте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location filename="../../planner/report/dialogs.py" line="+47"/>
        <location line="+34"/>
        <location line="+27"/>
        <source>Stay summary</source>
        <translation>Сводка пребываний</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot make the summary: {0}</source>
        <translation>Не удаётся составить сводку: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print stay summary</source>
        <translation>Печать сводки пребываний</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot print the summary: {0}</source>
        <translation>Не удаётся напечатать сводку: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export stay summary as PDF</source>
        <translation>Экспорт сводки пребываний в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Не удаётся записать {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../planner/ui/accessibility.py" line="+37"/>
        <source>{country} stay {entry} – {exit}</source>
        <translation>пребывание: {country}, {entry} – {exit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no stay</source>
        <translation>пребываний нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>breach: this day is over a limit</source>
        <translation>нарушение: этот день сверх лимита</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calendar of stays</source>
        <translation>Календарь пребываний</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys move the day cursor; Enter edits the stay, Insert adds one, Delete removes it; Alt+arrows move the stay, Shift+arrows change its exit.</source>
        <translation>Стрелки перемещают курсор по дням; Enter — изменить пребывание, Insert — добавить, Delete — удалить; Alt+стрелки сдвигают пребывание, Shift+стрелки меняют день выезда.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Traveller&apos;s name</source>
        <translation>Имя путешественника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller&apos;s nationality</source>
        <translation>Гражданство путешественника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used today per destination</source>
        <translation>Использованные на сегодня дни по направлениям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays</source>
        <translation>Пребывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend of colours</source>
        <translation>Условные обозначения цветов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used on the day under the pointer</source>
        <translation>Использованные дни на день под указателем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year shown</source>
        <translation>Показанный год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per stay; F2 edits a cell, the selected row is selected in the calendar too.</source>
        <translation>Одна строка на пребывание; F2 — изменить ячейку; выбранная строка выделяется и в календаре.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../planner/ui/advice_panel.py" line="+63"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a stay to see until when it may last, when you may come back and where to go meanwhile.</source>
        <translation>Выберите пребывание, чтобы увидеть, до какого дня оно может длиться, когда можно вернуться и куда поехать тем временем.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} ({code}), {entry} – {exit}</source>
        <translation>{name} ({code}), {entry} – {exit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No limit applies to this stay</source>
        <translation>Для этого пребывания ограничений нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even one day here adds a breach</source>
        <translation>Даже один день здесь — нарушение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave by {date}</source>
        <translation>Выехать не позднее {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trim to leave by {date}</source>
        <translation>Сократить до выезда {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move next stay to {date}</source>
        <translation>Перенести следующее пребывание на {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your next planned stay in {code} ({entry} – {exit}) may start on {date} once this stay ends by the date above</source>
        <translation>Следующее запланированное пребывание в {code} ({entry} – {exit}) можно начать с {date}, если это пребывание закончится не позднее указанной выше даты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Breaches a limit from {date}</source>
        <translation>Нарушает лимит с {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches a limit</source>
        <translation>Нарушает лимит</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps to the rules</source>
        <translation>Соответствует правилам</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your next planned trip of {days}</source>
        <translation>следующую запланированную поездку ({days})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a stay of {days}</source>
        <translation>пребывание длиной {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} may start on {date}.</source>
        <translation>Начать {what} можно с {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay out until {until}: {what} may start on {date}.</source>
        <translation>Не въезжайте до {until}: начать {what} можно с {date}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where to go meanwhile: {first} – {last} ({days})</source>
        <translation>Куда поехать тем временем: {first} – {last} ({days})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add stay</source>
        <translation>Добавить пребывание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a stay in {country} from {first} to {last}</source>
        <translation>Добавить пребывание в стране {country} с {first} по {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>up to {days}</source>
        <translation>до {days}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>home country</source>
        <translation>страна гражданства</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../planner/ui/appearance.py" line="+29"/>
        <location line="+2"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;heme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language is used when Stay Planner starts the next time.</source>
        <translation>Новый язык будет применён при следующем запуске Stay Planner.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../planner/ui/calendar_view.py" line="+349"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{dest}: days counted (limit {n})</source>
        <translation>{dest}: учтённые дни (лимит {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dest}: days counted</source>
        <translation>{dest}: учтённые дни</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>{code} stay {entry} – {exit}{note}</source>
        <translation>Пребывание {code} {entry} – {exit}{note}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../planner/ui/commands.py" line="+32"/>
        <location line="+38"/>
        <source>Edit {country} stay</source>
        <translation>Изменение пребывания {country}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move {country} stay</source>
        <translation>Перенос пребывания {country}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize {country} stay</source>
        <translation>Изменение дат пребывания {country}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add {country} stay</source>
        <translation>Добавление пребывания {country}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {country} stay</source>
        <translation>Удаление пребывания {country}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit traveller</source>
        <translation>Изменение данных путешественника</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../planner/ui/scenario.py" line="+73"/>
        <source>Destination</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days
original</source>
        <translation>Дней
в исходном</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days
scenario</source>
        <translation>Дней
в сценарии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaches
original</source>
        <translation>Нарушений
в исходном</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches
scenario</source>
        <translation>Нарушений
в сценарии</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../planner/ui/side_panel.py" line="+100"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>DayTexts</name>
    <message>
        <location filename="../../planner/ui/texts.py" line="+39"/>
        <source>{dest}: {used} of {allowed} days in the {window} days ending {day}</source>
        <translation>{dest}: {used} из {allowed} дн. за {window} дн. по {day} включительно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dest}: {used} of {allowed} days in {year} up to {day}</source>
        <translation>{dest}: {used} из {allowed} дн. в {year} году по {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dest}: {used} of {allowed} days in the {window}-day window up to {day}</source>
        <translation>{dest}: {used} из {allowed} дн. в {window}-дневном периоде по {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dest}: day {used} of {allowed} of this entry on {day}</source>
        <translation>{dest}: {day} — день {used} из {allowed} с этого въезда</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title} — {source}</source>
        <translation>{title} — {source}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Breaks: {rule}</source>
        <translation>Нарушает: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stay on this day</source>
        <translation>В этот день пребываний нет</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+195"/>
        <source>Destination</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used today</source>
        <translation>Использовано на сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breach from the first day</source>
        <translation>нарушение с первого дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {date}</source>
        <translation>выехать не позднее {date}</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../planner/ui/document.py" line="+119"/>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
</context>
<context>
    <name>ExitMarkers</name>
    <message>
        <location filename="../../planner/ui/markers.py" line="+52"/>
        <source>Latest compliant exit: {date}</source>
        <translation>Последний допустимый день выезда: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earliest day a stay of {days} days may start: {date}</source>
        <translation>Самый ранний день начала пребывания длиной {days} дн.: {date}</translation>
    </message>
</context>
<context>
    <name>FixProposal</name>
    <message>
        <location filename="../../planner/ui/proposal.py" line="+49"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 stay trimmed</source>
        <translation>1 пребывание сокращено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 stay moved</source>
        <translation>1 пребывание перенесено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stay dropped</source>
        <translation>1 пребывание удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stays trimmed</source>
        <translation>сокращено пребываний: {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} stays moved</source>
        <translation>перенесено пребываний: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stays dropped</source>
        <translation>удалено пребываний: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Proposal:&lt;/b&gt; {changes} — keeps {after} of {before} visa-free days. Accept to apply it as one step.</source>
        <translation>&lt;b&gt;Предложение:&lt;/b&gt; {changes} — сохраняется {after} из {before} безвизовых дней. Нажмите «Принять», чтобы применить его одним действием.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Proposed: {country} {entry} – {exit} ({action})</source>
        <translation>Предложено: {country} {entry} – {exit} ({action})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trimmed</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved</source>
        <translation>перенесено</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/import_dialog.py" line="+18"/>
        <source>Import Stays — {name}</source>
        <translation>Импорт пребываний — {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the events that are stays and choose the country of each.</source>
        <translation>Отметьте события, которые являются пребываниями, и выберите страну для каждого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the rows to import; you may change their country.</source>
        <translation>Отметьте строки для импорта; страну можно изменить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guess from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (01.02 is 1 February)</source>
        <translation>Сначала день (01.02 — 1 февраля)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (01.02 is January 2)</source>
        <translation>Сначала месяц (01.02 — 2 января)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates such as 01.02.2023:</source>
        <translation>Даты вида 01.02.2023:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Double-click to edit the note</source>
        <translation>Дважды щёлкните, чтобы изменить заметку</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported ({n}): these could not be read.</source>
        <translation>Не импортировано ({n}): эти записи не удалось прочитать.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Choose a country for {source}.</source>
        <translation>Выберите страну для «{source}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} of {total} selected</source>
        <translation>Выбрано: {n} из {total}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../planner/ui/side_panel.py" line="-21"/>
        <source>breach</source>
        <translation>нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/app.py" line="+84"/>
        <source>Rule data</source>
        <extracomment>Windows opened at start for restored work beyond the first (kept alive here).</extracomment>
        <translation>Данные правил</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="+51"/>
        <source>Stay Planner itineraries (*.stayplan);;All files (*)</source>
        <translation>Маршруты Stay Planner (*.stayplan);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Autosave failed: {why}</source>
        <translation>Ошибка автосохранения: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Itinerary</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Stay…</source>
        <translation>&amp;Добавить пребывание…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Stay</source>
        <translation>&amp;Удалить пребывание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Шкала времени</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Year</source>
        <translation>&amp;Предыдущий год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Year</source>
        <translation>&amp;Следующий год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Today</source>
        <translation>&amp;Перейти к сегодняшнему дню</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Печать сводки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Summary as PDF…</source>
        <translation>Экспорт &amp;сводки в PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Summary saved as {name}</source>
        <translation>Сводка сохранена: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}[*] — Stay Planner</source>
        <translation>{name}[*] — Stay Planner</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Stay Planner</source>
        <translation>Stay Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes to {name} before closing?</source>
        <translation>Сохранить изменения в «{name}» перед закрытием?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Itinerary</source>
        <translation>Открыть маршрут</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>itinerary.stayplan</source>
        <translation>маршрут.stayplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Itinerary</source>
        <translation>Сохранить маршрут</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save file</source>
        <translation>Не удаётся сохранить файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/exchange.py" line="+39"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;iCalendar (.ics)…</source>
        <translation>&amp;iCalendar (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CSV (.csv)…</source>
        <translation>&amp;CSV (.csv)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Stays</source>
        <translation>Импорт пребываний</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No stays could be read from {name}:
{problems}</source>
        <translation>Из «{name}» не удалось прочитать ни одного пребывания:
{problems}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>itinerary</source>
        <translation>маршрут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Stays</source>
        <translation>Экспорт пребываний</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {name}</source>
        <translation>Экспортировано в {name}</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Calendars and spreadsheets (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv);;All files (*)</source>
        <translation>Календари и таблицы (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../planner/ui/planning_menu.py" line="+53"/>
        <source>Exit window</source>
        <translation>Срок выезда</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowance:</source>
        <translation>Запас дней:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long you could stay entering on each day, shown as a strip along the calendar</source>
        <translation>Сколько можно пробыть при въезде в каждый день — полосой вдоль календаря</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Duplicate as Scenario</source>
        <translation>&amp;Копировать как сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make Compliant</source>
        <translation>&amp;Устранить нарушения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Longest Presence…</source>
        <translation>&amp;Самое долгое пребывание…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Make compliant</source>
        <translation>Устранить нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the traveller&apos;s nationality first.</source>
        <translation>Сначала выберите гражданство путешественника.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The itinerary already keeps to every rule.</source>
        <translation>Маршрут уже соответствует всем правилам.</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../planner/ui/presence_dialog.py" line="+69"/>
        <source>Longest presence</source>
        <translation>Самое долгое пребывание</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest &amp;useful stay:</source>
        <translation>Кратчайшее &amp;полезное пребывание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks in:</source>
        <translation>&amp;Перерывы в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find the plan</source>
        <translation>&amp;Найти план</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add these stays</source>
        <translation>&amp;Добавить эти пребывания</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a destination and a range that ends after it starts.</source>
        <translation>Выберите направление и период, который заканчивается после начала.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{days} in {country}</source>
        <translation>{days} — {country}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add longest presence plan</source>
        <translation>Добавление плана самого долгого пребывания</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../planner/ui/banner.py" line="+33"/>
        <location line="+22"/>
        <source>This file is read-only; use Save As to keep your changes.</source>
        <translation>Этот файл доступен только для чтения; чтобы сохранить изменения, используйте «Сохранить как…».</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file was made by a newer version of Stay Planner (format version {v}). It is open read-only and will not be changed; use Save As to keep your changes in another file.</source>
        <translation>Этот файл создан более новой версией Stay Planner (версия формата {v}). Он открыт только для чтения и не будет изменён; чтобы сохранить изменения, используйте «Сохранить как» и выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>ScenarioWindow</name>
    <message>
        <location filename="../../planner/ui/scenario.py" line="+69"/>
        <source>Edit the scenario in the calendar; the original stays as it is until you keep the scenario.</source>
        <translation>Меняйте сценарий в календаре; исходный маршрут не изменится, пока вы не сохраните сценарий.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with the original</source>
        <translation>В сравнении с исходным</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario of {name} — Stay Planner</source>
        <translation>Сценарий для «{name}» — Stay Planner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this scenario</source>
        <translation>Оставить этот сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep scenario</source>
        <translation>Оставить сценарий</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../planner/ui/side_panel.py" line="+59"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ationality:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller</source>
        <translation>Путешественник</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stays</source>
        <translation>Пребывания</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planner/ui/models.py" line="-174"/>
        <source>Visa-free</source>
        <translation>Без визы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt ground</source>
        <translation>Особое основание</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../planner/ui/stay_dialog.py" line="+47"/>
        <source>New stay</source>
        <translation>Новое пребывание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stay</source>
        <translation>Изменить пребывание</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>employment contract, study, treatment …</source>
        <translation>трудовой договор, учёба, лечение …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>city, purpose …</source>
        <translation>город, цель …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entry:</source>
        <translation>&amp;Въезд:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit:</source>
        <translation>В&amp;ыезд:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt &amp;ground:</source>
        <translation>Особое о&amp;снование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The exit day cannot be before the entry day.</source>
        <translation>День выезда не может быть раньше дня въезда.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} days present (entry and exit day included)</source>
        <translation>Дней пребывания: {n} (включая дни въезда и выезда)</translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+19"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>StripKey</name>
    <message>
        <location filename="../../planner/ui/allowance_strip.py" line="+174"/>
        <source>Green: the full allowance; red: not even one day</source>
        <translation>Зелёный: весь лимит доступен; красный: нельзя ни одного дня</translation>
    </message>
</context>
</TS>
