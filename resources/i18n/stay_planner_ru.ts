<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../planner/cli.py" line="+68"/>
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
        <location line="+17"/>
        <source>also print what the program logs to standard error (may stand anywhere on the line)</source>
        <translation>также печатать в стандартный поток ошибок то, что программа пишет в журнал (ключ может стоять в любом месте строки)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+13"/>
        <source>CONFLICT {first} and {second}: both on {span}</source>
        <translation>КОНФЛИКТ {first} и {second}: обе поездки на {span}</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../planner/cli_planning.py" line="+65"/>
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
        <location line="+4"/>
        <source>{code} not checked on {span}: no rule data for {nationality} citizens on these days</source>
        <translation>{code} не проверено на {span}: нет данных о правилах для граждан {nationality} на эти дни</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a visa is needed after it</source>
        <translation>после него нужна виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule data covers the days after it</source>
        <translation>на дни после него нет данных о правилах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: {destination} rule {rule} ends on {day}, under stay #{n}; {then} (source: {source})</source>
        <translation>примечание: правило {rule} для {destination} действует до {day}, во время поездки №{n}; {then} (источник: {source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: the rule data was last checked on {day}, more than 180 days ago; the law may have changed since</source>
        <translation>примечание: данные о правилах последний раз проверены {day}, более 180 дней назад; законы могли измениться</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compliant</source>
        <translation>нарушений нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT COMPLIANT</source>
        <translation>ЕСТЬ НАРУШЕНИЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT FULLY CHECKED: no rule data covers some days</source>
        <translation>ПРОВЕРЕНО НЕ ПОЛНОСТЬЮ: для некоторых дней нет данных о правилах</translation>
    </message>
    <message>
        <location filename="../../planner/ui/planning/plan_texts.py" line="+31"/>
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
        <location filename="../../planner/cli.py" line="+9"/>
        <location line="+47"/>
        <location filename="../../planner/cli_planning.py" line="+1"/>
        <location line="+59"/>
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
        <location line="+5"/>
        <source>may stay until {date}</source>
        <translation>можно до {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>return from {date}</source>
        <translation>вернуться с {date}</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="-45"/>
        <source>no compliant exit: even one day there adds a breach</source>
        <translation>допустимого выезда нет: даже один день там — нарушение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {day}</source>
        <translation>выехать не позднее {day}</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="+36"/>
        <source>may stay until {day}: later days here make a later stay breach</source>
        <translation>можно оставаться до {day}: более поздние дни здесь приводят к нарушению в следующей поездке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may stay until {day}</source>
        <translation>можно оставаться до {day}</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="+3"/>
        <source>BREACH</source>
        <translation>НАРУШЕНИЕ</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+9"/>
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
        <location line="+79"/>
        <source>{error} (see stay-planner --help)</source>
        <translation>{error} (см. stay-planner --help)</translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="+91"/>
        <source>&apos;{path}&apos; is a folder; name the file to write</source>
        <translation>&apos;{path}&apos; — это папка; укажите файл, в который записать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; already exists (add --force to replace it)</source>
        <translation>&apos;{path}&apos; уже существует (добавьте --force, чтобы заменить его)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../planner/cli_planning.py" line="-76"/>
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
        <source>(to make room for #{n})</source>
        <translation>(чтобы освободить место для №{n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrote {file}: {n} of {m} visa-free days kept</source>
        <translation>записан {file}: сохранено {n} из {m} безвизовых дней</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no stay breaches: nothing to suggest</source>
        <translation>нарушений нет: предлагать нечего</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{head}: no compliant day; do not enter on {day}</source>
        <translation>{head}: допустимых дней нет; не въезжайте {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: leave by {day}</source>
        <translation>{head}: выехать не позднее {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a {n}-day stay</source>
        <translation>пребывание на {n} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stay</source>
        <translation>пребывание</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>return: {what} may start on {day}</source>
        <translation>возвращение: {what} можно начать с {day}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>return: no day within ten years allows {what}</source>
        <translation>возвращение: в ближайшие десять лет нет дня, с которого можно начать {what}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>your next stay there (#{n}, {span}, {days} days)</source>
        <translation>ваша следующая поездка туда (№{n}, {span}, дней: {days})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>return: {what} fits as planned (it could start from {day})</source>
        <translation>возвращение: {what} укладывается в план (могла бы начаться с {day})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return: {what} must start on {day} or later</source>
        <translation>возвращение: {what} должна начаться не раньше {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meanwhile, {span}:</source>
        <translation>тем временем, {span}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to {n} days</source>
        <translation>до {n} дн.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no single country but home covers it; one after another:</source>
        <translation>ни одна страна, кроме своей, не покрывает этот срок целиком; одна за другой:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: will not overwrite the input file; choose another output file</source>
        <translation>{file}: входной файл перезаписан не будет; выберите другой файл для результата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} already exists; use --force to overwrite it</source>
        <translation>{file} уже существует; чтобы перезаписать его, добавьте --force</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../planner/ui/planning/advice_commands.py" line="+111"/>
        <source>Make compliant</source>
        <translation>Устранить нарушения</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/file_prompts.py" line="+38"/>
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
        <location filename="../../planner/ui/window/import_dialog.py" line="+93"/>
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
        <location filename="../../planner/ui/window/recovery.py" line="+126"/>
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
    <message>
        <location filename="../../planner/storage/_exchange.py" line="+30"/>
        <source>it is not readable UTF-16 text, so not {what}</source>
        <translation>это не читаемый текст в UTF-16, а значит, и не {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not UTF-8 text (byte {byte} is invalid); save {what} as UTF-8</source>
        <translation>это не текст в UTF-8 (недопустимый байт № {byte}); сохраните {what} в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../planner/storage/_fields.py" line="+46"/>
        <source>a number ({value})</source>
        <extracomment>Documents nested deeper than this are refused (ours are 4 levels deep). Years outside this range are certainly typing mistakes.</extracomment>
        <translation>число ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text {value}</source>
        <translation>текст {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {type}</source>
        <translation>значение типа {type}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must be text, not {what}</source>
        <translation>в поле {name} нужен текст, а не {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be a two-letter country code such as &quot;KZ&quot;, not {what}</source>
        <translation>в поле {name} нужен двухбуквенный код страны, например &quot;KZ&quot;, а не {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} {value} is not a known country code (ISO 3166-1, such as &quot;KZ&quot;)</source>
        <translation>{name} {value} — неизвестный код страны (нужен код ISO 3166-1, например &quot;KZ&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} {value} must be written in upper case: use {code}</source>
        <translation>{name} {value} нужно писать заглавными буквами: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {value} must be written without spaces: use {code}</source>
        <translation>{name} {value} нужно писать без пробелов: {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be a date written as &quot;YYYY-MM-DD&quot; (such as &quot;2023-02-01&quot;), not {what}</source>
        <translation>в поле {name} нужна дата в виде &quot;ГГГГ-ММ-ДД&quot; (например, &quot;2023-02-01&quot;), а не {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} {value} is not a date written as YYYY-MM-DD (such as &quot;2023-02-01&quot;)</source>
        <translation>{name} {value} — не дата в виде ГГГГ-ММ-ДД (например, &quot;2023-02-01&quot;)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} {value} is not a real date</source>
        <translation>{name} {value} — несуществующая дата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a plausible date (years {first} to {last})</source>
        <translation>{value} — неправдоподобная дата (допустимы годы с {first} по {last})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {value} is not a plausible date (years {first} to {last})</source>
        <translation>{name} {value} — неправдоподобная дата (допустимы годы с {first} по {last})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>status {value} is not one of {choices}</source>
        <translation>статус {value} не входит в число допустимых: {choices}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key {key} is not text</source>
        <translation>ключ {key} — не текст</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the extra data under {keys} is not plain JSON ({error})</source>
        <translation>дополнительные данные (ключи: {keys}) — не простой JSON ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/storage/atomic.py" line="+34"/>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation>папка «{folder}» не существует</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+98"/>
        <source>it is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its folder does not exist</source>
        <translation>его папка не существует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not an itinerary file</source>
        <translation>это папка, а не файл маршрута</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>часть пути — файл, а не папка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (you may not read it)</source>
        <translation>доступ запрещён (у вас нет права читать его)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied (you may not write in its folder)</source>
        <translation>доступ запрещён (у вас нет права записывать в его папку)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your disk quota is used up</source>
        <translation>ваша дисковая квота исчерпана</translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="+135"/>
        <source>line {line}: {problem}</source>
        <extracomment>The columns written on export, in order.</extracomment>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+55"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+31"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>it is not {what} (it holds binary data)</source>
        <translation>это не {what} (в нём двоичные данные)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>it is not readable CSV (line {line}: {error})</source>
        <translation>CSV не удаётся прочитать (строка {line}: {error})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the header row names the column {column} twice</source>
        <translation>в строке заголовков столбец {column} указан дважды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the first line must be a header row naming the columns country, entry and exit (missing: {missing}; found: {found})</source>
        <translation>первой строкой должны быть заголовки столбцов country, entry и exit или страна, въезд и выезд (не хватает: {missing}; найдено: {found})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no country</source>
        <translation>не указана страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>country {value} is not a country code (such as KZ) or a country name</source>
        <translation>страна {value} — не код страны (например, KZ) и не название страны</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no entry date</source>
        <translation>не указана дата въезда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no exit date</source>
        <translation>не указана дата выезда</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} {value} could be {first} or {second}: say whether the day or the month comes first</source>
        <translation>{name} {value} может означать {first} или {second}: укажите, что идёт первым — день или месяц</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} {value} is not a date</source>
        <translation>{name} {value} — не дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} {value} is not a whole date (day, month and year)</source>
        <translation>{name} {value} — неполная дата (нужны день, месяц и год)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} January</source>
        <translation>{day} января</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} February</source>
        <translation>{day} февраля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} March</source>
        <translation>{day} марта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} April</source>
        <translation>{day} апреля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} May</source>
        <translation>{day} мая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} June</source>
        <translation>{day} июня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} July</source>
        <translation>{day} июля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} August</source>
        <translation>{day} августа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} September</source>
        <translation>{day} сентября</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} October</source>
        <translation>{day} октября</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} November</source>
        <translation>{day} ноября</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} December</source>
        <translation>{day} декабря</translation>
    </message>
    <message>
        <location filename="../../planner/storage/errors.py" line="+35"/>
        <source>Cannot save &apos;{origin}&apos;: {detail}</source>
        <translation>Не удаётся сохранить «{origin}»: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open &apos;{origin}&apos;: {detail}</source>
        <translation>Не удаётся открыть «{origin}»: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it was made by a newer version of Stay Planner (format version {version}); this program reads version {supported}. Update Stay Planner to open it.</source>
        <translation>файл создан более новой версией Stay Planner (версия формата {version}); эта программа читает версию {supported}. Чтобы открыть его, обновите Stay Planner.</translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="+252"/>
        <source>event {number}: {problem}</source>
        <translation>событие {number}: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} {title}: {problem}</source>
        <translation>событие {number} {title}: {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it is not {what} (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>это не {what} (файл не начинается с BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a readable iCalendar file ({reason})</source>
        <translation>файл iCalendar не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it holds no events</source>
        <translation>в нём нет событий</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it cannot be read ({reason})</source>
        <translation>его не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has no start date (DTSTART)</source>
        <translation>у него нет даты начала (DTSTART)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start (DTSTART) is not a date or a time</source>
        <translation>его начало (DTSTART) — не дата и не время</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>event {number} ({title}) has no country</source>
        <translation>у события {number} ({title}) не указана страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} ({title}) has the country {code}, not an ISO code</source>
        <translation>у события {number} ({title}) указана страна {code}, а это не код ISO</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-50"/>
        <source>an itinerary file</source>
        <extracomment>Files larger than this are refused before they are read (ours are a few KB). Migrations of older format versions: ``_MIGRATIONS[n]`` takes a version-n document (a plain dict, the caller&apos;s own copy) and returns the same itinerary as a version n + 1 document; :func:`parse_itinerary` applies them in order from the file&apos;s version up to :data:`VERSION`, then validates the result as a current document. When the format changes, bump :data:`VERSION` and add the step for the old version here, with a test that opens a file of the old version. Migration happens on load only; the file on disk changes when the user saves.</extracomment>
        <translation>файл маршрута</translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="-200"/>
        <location line="+19"/>
        <source>a CSV file</source>
        <translation>файл CSV</translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="-200"/>
        <location line="+5"/>
        <source>an iCalendar file</source>
        <translation>файл iCalendar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/exchange.py" line="+68"/>
        <source>a calendar or CSV file</source>
        <translation>файл календаря или CSV</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="+17"/>
        <source>it is a folder, not {what}</source>
        <translation>это папка, а не {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+311"/>
        <source>this is not a valid file name</source>
        <translation>это недопустимое имя файла</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>it is larger than {limit} MB ({size} bytes); itinerary files are a few kilobytes, so this is not one</source>
        <translation>файл больше {limit} МБ (размер: {size} байт); файлы маршрутов занимают несколько килобайт, так что это не файл маршрута</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes), too large for {what}</source>
        <translation>файл больше {limit} МБ (размер: {size} байт): {what} не может быть таким большим</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is saved as UTF-16 text; Stay Planner reads UTF-8</source>
        <translation>файл сохранён в кодировке UTF-16, а Stay Planner читает UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a text file (it holds binary data)</source>
        <translation>это не текстовый файл (в нём двоичные данные)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not UTF-8 text (byte {byte} is invalid); an itinerary file is JSON text in UTF-8</source>
        <translation>это не текст в UTF-8 (недопустимый байт № {byte}); файл маршрута — это текст JSON в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty (it holds only blank space)</source>
        <translation>файл пуст (в нём только пробелы и переводы строк)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>это некорректный JSON: {error} (строка {line}, столбец {column})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not usable JSON: {error}</source>
        <translation>этот JSON нельзя использовать: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its lists and objects are nested more than {depth} levels deep; an itinerary never is</source>
        <translation>глубина вложенности списков и объектов в нём больше {depth}; в маршруте такого не бывает</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} — не число JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key {key} appears twice in one object</source>
        <translation>ключ {key} встречается в одном объекте дважды</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is not a Stay Planner itinerary (it holds {what}, not an object)</source>
        <translation>это не маршрут Stay Planner (в нём {what}, а не объект)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a Stay Planner itinerary (its format is {what}, not &quot;{format}&quot;)</source>
        <translation>это не маршрут Stay Planner (его формат — {what}, а не &quot;{format}&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a Stay Planner itinerary (it has no format, not &quot;{format}&quot;)</source>
        <translation>это не маршрут Stay Planner (формат не указан, а должен быть &quot;{format}&quot;)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it has no format &quot;version&quot;</source>
        <translation>в нём не указана версия формата (&quot;version&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version must be a whole number such as 1, not {what}</source>
        <translation>версией формата должно быть целое число, например 1, а не {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version {version} is not valid</source>
        <translation>версия формата {version} недопустима</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>format version {version} can no longer be read</source>
        <translation>версия формата {version} больше не поддерживается</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no &quot;traveller&quot; (an object such as {example})</source>
        <translation>в нём нет &quot;traveller&quot; (объекта вида {example})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;traveller&quot; must be an object, not {what}</source>
        <translation>в &quot;traveller&quot; нужен объект, а не {what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>traveller: {problem}</source>
        <translation>путешественник: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no &quot;stays&quot; list</source>
        <translation>в нём нет списка &quot;stays&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;stays&quot; must be a list of stays, not {what}</source>
        <translation>в &quot;stays&quot; нужен список пребываний, а не {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stay {number} must be an object such as {example}, not {what}</source>
        <translation>пребывание {number}: нужен объект вида {example}, а не {what}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>stay {number}</source>
        <translation>пребывание {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stay {number} ({country})</source>
        <translation>пребывание {number} ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stay {number} ({country}, entry {entry})</source>
        <translation>пребывание {number} ({country}, въезд {entry})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exit {exit} is before entry {entry}</source>
        <translation>выезд {exit} раньше въезда {entry}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no country (&quot;country&quot;)</source>
        <translation>не указана страна (&quot;country&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no entry date (&quot;entry&quot;)</source>
        <translation>не указана дата въезда (&quot;entry&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no exit date (&quot;exit&quot;)</source>
        <translation>не указана дата выезда (&quot;exit&quot;)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>its extra data is not plain JSON ({error})</source>
        <translation>его дополнительные данные — не простой JSON ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/storage/safety.py" line="+94"/>
        <source>could not make a backup first ({error})</source>
        <translation>не удалось предварительно сделать резервную копию ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/api.py" line="+77"/>
        <source>the traveller&apos;s nationality is missing: rules depend on it (add &quot;nationality&quot;: &quot;RU&quot; or similar to &quot;traveller&quot;)</source>
        <translation>не указано гражданство путешественника, а от него зависят правила (добавьте в &quot;traveller&quot; запись &quot;nationality&quot;: &quot;RU&quot; или подобную)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{code} is not a country code (use ISO codes such as KZ, KG, GE)</source>
        <translation>{code} — не код страны (используйте коды ISO, например KZ, KG, GE)</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>the itinerary has no stays; give the first day to try (--after)</source>
        <translation>в маршруте нет пребываний; укажите первый день, с которого искать (--after)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the number of days must be 1 or more, got {days}</source>
        <translation>число дней должно быть не меньше 1, а указано {days}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{destination} is neither a country code nor a zone ({zones})</source>
        <translation>{destination} — не код страны и не зона ({zones})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the itinerary has no stays in {destination}; give --from and --to</source>
        <translation>в маршруте нет пребываний в {destination}; укажите --from и --to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} раньше, чем --from {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range is longer than 50 years</source>
        <translation>период длиннее 50 лет</translation>
    </message>
    <message>
        <location filename="../../planner/cli_report.py" line="+72"/>
        <source>{file} is a folder; give a file name such as summary.pdf</source>
        <translation>{file} — это папка; укажите имя файла, например summary.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>не удаётся записать {file}: папки {folder} не существует</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write {file}: {reason}</source>
        <translation>не удаётся записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/crash.py" line="+96"/>
        <source>Something went wrong that Stay Planner did not expect:

{error}

{saved}The details are in the log file:
{log}</source>
        <translation>Произошло то, чего Stay Planner не ожидал:

{error}

{saved}Подробности — в файле журнала:
{log}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your unsaved changes were kept for recovery. </source>
        <translation>Несохранённые изменения сохранены для восстановления. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="-13"/>
        <source>{name}: a visa is needed for {nationality} citizens from {day}</source>
        <translation>{name}: для граждан {nationality} нужна виза с {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: a visa is needed for {nationality} citizens</source>
        <translation>{name}: для граждан {nationality} нужна виза</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../planner/ui/window/accessibility.py" line="+37"/>
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
        <location filename="../../planner/ui/planning/advice_panel.py" line="+74"/>
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
        <location line="+24"/>
        <source>Stays in its way move later with it: {stays}</source>
        <translation>Пребывания на его пути сдвигаются позже вместе с ним: {stays}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge with #{n}</source>
        <translation>Объединить с №{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stay and #{n} ({entry} – {exit}) are in the same country and touch or overlap: their days count once; make them one stay</source>
        <translation>Это пребывание и №{n} ({entry} – {exit}) в одной стране и соприкасаются или пересекаются: их дни считаются один раз; сделать из них одно пребывание</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+28"/>
        <source>Your next stay there ({entry} – {exit}, {days})</source>
        <translation>Ваша следующая поездка туда ({entry} – {exit}, {days})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} fits as planned: it could start from {date}.</source>
        <translation>{what} укладывается в план: она могла бы начаться с {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must start on {date} or later.</source>
        <translation>{what} должна начаться не раньше {date}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>These days are planned already</source>
        <translation>Эти дни уже заняты в плане</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave by {leave}, then stay in {country} from {first} to {last}</source>
        <translation>Выехать не позднее {leave}, затем пребывание в стране {country} с {first} по {last}</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Trim to leave by {date}</source>
        <translation>Сократить до выезда {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move next stay to {date}</source>
        <translation>Перенести следующее пребывание на {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your next planned stay in {code} ({entry} – {exit}) may start on {date} once this stay ends by the date above</source>
        <translation>Следующее запланированное пребывание в {code} ({entry} – {exit}) можно начать с {date}, если это пребывание закончится не позднее указанной выше даты</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+16"/>
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
        <location line="+18"/>
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
        <location filename="../../planner/ui/calendar/calendar_view.py" line="+398"/>
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
        <location line="+81"/>
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
    <message>
        <location filename="../../planner/ui/planning/advice_commands.py" line="-23"/>
        <source>Merge {country} stays</source>
        <translation>Объединение пребываний {country}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../planner/ui/planning/scenario.py" line="+72"/>
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
        <location filename="../../planner/ui/window/side_panel.py" line="+103"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>DayTexts</name>
    <message>
        <location filename="../../planner/ui/texts.py" line="+42"/>
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
    <message>
        <location line="+6"/>
        <source>#{n} {country}, {entry} – {exit}</source>
        <translation>№{n} {country}, {entry} – {exit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts with {stay}: both on {first} – {last}</source>
        <translation>Пересекается с {stay}: обе поездки на {first} – {last}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not checked, {first} – {last}: no rule data covers these days for {nationality} citizens</source>
        <translation>Не проверено, {first} – {last}: для граждан {nationality} на эти дни нет данных о правилах</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+222"/>
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
        <location filename="../../planner/ui/document.py" line="+148"/>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>it was made by a newer version of Stay Planner; saving it here would lose what this version does not understand. Choose another name</source>
        <translation>файл создан более новой версией Stay Planner; если сохранить его здесь, пропадёт то, чего эта версия не понимает. Выберите другое имя</translation>
    </message>
</context>
<context>
    <name>ExitMarkers</name>
    <message>
        <location filename="../../planner/ui/planning/markers.py" line="+53"/>
        <source>Latest compliant exit: {date}</source>
        <translation>Последний допустимый день выезда: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earliest day a stay of {days} days may start: {date}</source>
        <translation>Самый ранний день начала пребывания длиной {days} дн.: {date}</translation>
    </message>
</context>
<context>
    <name>FixProposal</name>
    <message>
        <location filename="../../planner/ui/planning/proposal.py" line="+47"/>
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
        <location line="+92"/>
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
        <location filename="../../planner/ui/window/import_dialog.py" line="+18"/>
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
        <location line="+58"/>
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
        <location filename="../../planner/ui/window/side_panel.py" line="-24"/>
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
        <location filename="../../planner/ui/window/app.py" line="+80"/>
        <source>Rule data</source>
        <extracomment>Windows opened at start for restored work beyond the first (kept alive here).</extracomment>
        <translation>Данные правил</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/main_window.py" line="+56"/>
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
        <location line="+42"/>
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
        <location line="+59"/>
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
        <location line="+21"/>
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
        <location line="+13"/>
        <source>Cannot save file</source>
        <translation>Не удаётся сохранить файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/exchange.py" line="-29"/>
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
        <location filename="../../planner/ui/window/planning_menu.py" line="+55"/>
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
        <location filename="../../planner/ui/planning/presence_dialog.py" line="+69"/>
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
        <location filename="../../planner/ui/window/banner.py" line="+33"/>
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
        <location filename="../../planner/ui/planning/scenario.py" line="+61"/>
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
        <location line="+10"/>
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
        <location filename="../../planner/ui/window/side_panel.py" line="+70"/>
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
        <location filename="../../planner/ui/models.py" line="-185"/>
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
        <location filename="../../planner/ui/window/stay_dialog.py" line="+47"/>
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
        <location filename="../../planner/ui/planning/allowance_strip.py" line="+179"/>
        <source>Green: the full allowance; red: not even one day</source>
        <translation>Зелёный: весь лимит доступен; красный: нельзя ни одного дня</translation>
    </message>
</context>
</TS>
