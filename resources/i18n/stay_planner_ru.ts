<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../planner/cli.py" line="+93"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{text} is not a number of days (1 or more)</source>
        <translation>{text} — не число дней (1 или больше)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Check planned stays against visa-free stay limits.</source>
        <translation>Проверка запланированных пребываний на соответствие лимитам безвизового пребывания.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location filename="../../planner/cli_exchange.py" line="+48"/>
        <location filename="../../planner/cli_report.py" line="+38"/>
        <source>an itinerary (.stayplan)</source>
        <translation>маршрут (.stayplan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../planner/cli_rules.py" line="+51"/>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a rule file that adds or overrides rules (repeatable)</source>
        <translation>файл правил, который добавляет или заменяет правила (можно указать несколько раз)</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a country or a zone: an ISO code (KZ), a zone id (SCHENGEN) or a name (Kazakhstan, Казахстан)</source>
        <translation>страна или зона: код ISO (KZ), код зоны (SCHENGEN) или название (Kazakhstan, Казахстан)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>rule data cannot be read: {error}</source>
        <translation>данные о правилах не читаются: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../planner/cli_rules.py" line="+103"/>
        <source>rule data {version}, last checked {day}</source>
        <translation>данные о правилах {version}, последняя проверка {day}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>show the program&apos;s and the rule data&apos;s version and exit</source>
        <translation>показать версию программы и данных о правилах и выйти</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>the first day of the stay</source>
        <translation>первый день пребывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first day one may enter and stay K days</source>
        <translation>первый день, когда можно въехать и пробыть K дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the length of the stay, in days</source>
        <translation>длительность пребывания в днях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day to try (default: the day after the last stay there)</source>
        <translation>первый день для проверки (по умолчанию: день после последнего пребывания там)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days used and allowed, day by day</source>
        <translation>использованные и разрешённые дни, по каждому дню</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first day (default: the first entry there)</source>
        <translation>первый день (по умолчанию: первый въезд туда)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day (default: the last exit there)</source>
        <translation>последний день (по умолчанию: последний выезд оттуда)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{a} (1 day)</source>
        <translation>{a} (1 день)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} – {b} ({n} days)</source>
        <translation>{a} – {b} (дней: {n})</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="+25"/>
        <source>{name}: a visa is needed for {nationality} citizens from {day}</source>
        <translation>{name}: для граждан {nationality} нужна виза с {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: a visa is needed for {nationality} citizens</source>
        <translation>{name}: для граждан {nationality} нужна виза</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="+13"/>
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
        <location filename="../../planner/cli_planning.py" line="+71"/>
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
        <source>Note: {text}</source>
        <translation>Примечание: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message numerus="yes">
        <location filename="../../planner/ui/planning/plan_texts.py" line="+32"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../planner/cli.py" line="+9"/>
        <location line="+51"/>
        <location filename="../../planner/cli_planning.py" line="+1"/>
        <location line="+76"/>
        <source>no limit</source>
        <translation>без ограничений</translation>
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
        <location line="+5"/>
        <source>by {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="-49"/>
        <source>no compliant exit: even one day there adds a breach</source>
        <translation>допустимого выезда нет: даже один день там — нарушение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {day}</source>
        <translation>выехать не позднее {day}</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="+9"/>
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
        <location line="+6"/>
        <source>{asked} counts in {zone} ({code}): the days below are the zone&apos;s</source>
        <translation>{asked} учитывается вместе с другими странами: {zone} ({code}); ниже — дни всей зоны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over</source>
        <translation>сверх лимита</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{error} (see stay-planner --help)</source>
        <extracomment>Thread pools of the numeric libraries under NumPy: the engine does no linear algebra, and starting a pool per core costs a one-shot command ~50 ms.</extracomment>
        <translation>{error} (см. stay-planner --help)</translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="-2"/>
        <source>write an itinerary&apos;s stays to a calendar (ICS) or spreadsheet (CSV) file</source>
        <translation>записать пребывания маршрута в календарь (ICS) или таблицу (CSV)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write an iCalendar file</source>
        <translation>записать файл iCalendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a CSV file</source>
        <translation>записать файл CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make an itinerary from a calendar (ICS) or spreadsheet (CSV) file</source>
        <translation>создать маршрут из календаря (ICS) или таблицы (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .ics or .csv file</source>
        <translation>файл .ics или .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the itinerary to write (.stayplan)</source>
        <translation>маршрут, который нужно записать (.stayplan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the traveller&apos;s nationality (ISO code such as RU)</source>
        <translation>гражданство путешественника (код ISO, например RU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the traveller&apos;s name</source>
        <translation>имя путешественника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV dates such as 01.02.2023 are day first (1 February)</source>
        <translation>в датах CSV вида 01.02.2023 сначала день (1 февраля)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV dates such as 01.02.2023 are month first (2 January)</source>
        <translation>в датах CSV вида 01.02.2023 сначала месяц (2 января)</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location line="+15"/>
        <source>--nationality {value} is not a country code (such as RU)</source>
        <translation>--nationality {value} — не код страны (например, RU)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+7"/>
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
        <location filename="../../planner/cli_planning.py" line="-93"/>
        <source>write a compliant version of an itinerary</source>
        <translation>записать вариант маршрута без нарушений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit windows and where to go, for each breaching stay</source>
        <translation>сроки выезда и куда поехать — для каждого пребывания с нарушением</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where to write the compliant itinerary</source>
        <translation>куда записать маршрут без нарушений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwrite OUT if it exists</source>
        <translation>перезаписать OUT, если он существует</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+12"/>
        <source>registration deadline unknown: {error}</source>
        <translation>срок регистрации неизвестен: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered ({rule})</source>
        <translation>зарегистрировано ({rule})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>register by {day} ({rule})</source>
        <translation>зарегистрироваться до {day} ({rule})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no stay breaches: nothing to suggest</source>
        <translation>нарушений нет: предлагать нечего</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{head}: no compliant day; do not enter on {day}</source>
        <translation>{head}: допустимых дней нет; не въезжайте {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: leave by {day}</source>
        <translation>{head}: выехать не позднее {day}</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+14"/>
        <source>no single country but home covers it; one after another:</source>
        <translation>ни одна страна, кроме своей, не покрывает этот срок целиком; одна за другой:</translation>
    </message>
    <message>
        <location line="-21"/>
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
        <location filename="../../planner/ui/planning/advice_commands.py" line="+91"/>
        <source>Merge {country} stays</source>
        <translation>Объединить пребывания: {country}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Make compliant</source>
        <translation>Устранить нарушения</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/file_prompts.py" line="+36"/>
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
        <location filename="../../planner/ui/window/import_dialog.py" line="+96"/>
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
        <location filename="../../planner/ui/window/recovery.py" line="+133"/>
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
        <location filename="../../planner/report/dialogs.py" line="+54"/>
        <location line="+34"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Stay summary</source>
        <translation>Сводка пребываний</translation>
    </message>
    <message>
        <location line="-63"/>
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
        <location line="+11"/>
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
        <location filename="../../planner/storage/_fields.py" line="+54"/>
        <source>a number ({value})</source>
        <extracomment>Documents nested deeper than this are refused (ours are 4 levels deep). Years outside this range are certainly typing mistakes. The statuses by the text a file writes them in. What a bracket does to the nesting depth (:func:`text_too_deep`). What :func:`extras` gives an object with only keys the format knows.</extracomment>
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
        <location line="+15"/>
        <source>{name} must be true or false, not {what}</source>
        <translation>{name} должно быть true или false, а не {what}</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+13"/>
        <source>the key {key} is not text</source>
        <translation>ключ {key} — не текст</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the extra data under {keys} is not plain JSON ({error})</source>
        <translation>дополнительные данные (ключи: {keys}) — не простой JSON ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/storage/output.py" line="+101"/>
        <source>no file name was given to write to</source>
        <extracomment>Kinds written for the user&apos;s eyes only (mode 0600 for a new file). A reader&apos;s check of bytes about to be written: raises ItineraryError, or returns. Kinds that may replace an itinerary file (with ``force``).</extracomment>
        <translation>не указано имя файла для записи</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation>папка «{folder}» не существует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is {kind}, not a file to write</source>
        <translation>это {kind}, а не файл, в который можно писать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is the input file being read; choose another file to write</source>
        <translation>это читаемый входной файл; выберите для записи другой файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is an itinerary file; writing {what} there would replace it. Choose another file</source>
        <translation>это файл маршрута; запись туда ({what}) заменила бы его. Выберите другой файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>it already exists (add --force to replace it)</source>
        <translation>он уже существует (добавьте --force, чтобы заменить его)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a calendar file</source>
        <translation>файл календаря</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>what was written could not be read back the same (the disk may be full or failing)</source>
        <translation>записанное не читается обратно в том же виде (диск, возможно, переполнен или неисправен)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the PDF was not made (it does not begin with %PDF-)</source>
        <translation>PDF не создан (он не начинается с %PDF-)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF is incomplete (it has no end: startxref and %%EOF)</source>
        <translation>PDF неполный (у него нет конца: startxref и %%EOF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is incomplete (its cross-reference table is missing)</source>
        <translation>PDF неполный (нет таблицы перекрёстных ссылок)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is incomplete (it has no trailer)</source>
        <translation>PDF неполный (нет трейлера)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../planner/storage/atomic.py" line="+79"/>
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
        <location filename="../../planner/storage/csv_io.py" line="+184"/>
        <source>line {line}: {problem}</source>
        <extracomment>The columns written on export, in order. What a spreadsheet takes for the start of a formula (OWASP, &quot;CSV Injection&quot;). The mark that makes a spreadsheet show a cell as text.</extracomment>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+102"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+143"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>it is not {what} (it holds binary data)</source>
        <translation>это не {what} (в нём двоичные данные)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is not readable CSV (line {line}: a quoted field is never closed)</source>
        <translation>это нечитаемый CSV (строка {line}: поле в кавычках не закрыто)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has more than {limit} rows; an itinerary holds at most {limit} stays</source>
        <translation>в нём больше {limit} строк; в маршруте может быть не больше {limit} поездок</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+13"/>
        <source>registered {value} is not yes or no</source>
        <translation>регистрация {value}: ожидается «да» или «нет»</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../planner/storage/ics.py" line="+265"/>
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
        <location line="+11"/>
        <source>it has more than {limit} events; an itinerary holds at most {limit} stays</source>
        <translation>в нём больше {limit} событий; в маршруте может быть не больше {limit} поездок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds no events</source>
        <translation>в нём нет событий</translation>
    </message>
    <message>
        <location line="+81"/>
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
        <location line="+72"/>
        <source>event {number} ({title}) has no country</source>
        <translation>у события {number} ({title}) не указана страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} ({title}) has the country {code}, not an ISO code</source>
        <translation>у события {number} ({title}) указана страна {code}, а это не код ISO</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-54"/>
        <location line="+359"/>
        <location filename="../../planner/storage/safety.py" line="+101"/>
        <source>an itinerary file</source>
        <extracomment>Files larger than this are refused before they are read (ours are a few KB). Migrations of older format versions: ``_MIGRATIONS[n]`` takes a version-n document (a plain dict, the caller&apos;s own copy) and returns the same itinerary as a version n + 1 document; :func:`parse_itinerary` applies them in order from the file&apos;s version up to :data:`VERSION`, then validates the result as a current document. When the format changes, bump :data:`VERSION` and add the step for the old version here, with a test that opens a file of the old version. Migration happens on load only; the file on disk changes when the user saves.</extracomment>
        <translation>файл маршрута</translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="-252"/>
        <location line="+19"/>
        <location filename="../../planner/storage/output.py" line="+6"/>
        <source>a CSV file</source>
        <translation>файл CSV</translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="-209"/>
        <location line="+5"/>
        <source>an iCalendar file</source>
        <translation>файл iCalendar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/exchange.py" line="+73"/>
        <location filename="../../planner/cli_exchange.py" line="-19"/>
        <source>a calendar or CSV file</source>
        <translation>файл календаря или CSV</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Import %n stay(s)</source>
        <translation>
            <numerusform>Импорт %n пребывания</numerusform>
            <numerusform>Импорт %n пребываний</numerusform>
            <numerusform>Импорт %n пребываний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-334"/>
        <location filename="../../planner/storage/output.py" line="-29"/>
        <source>this is not a valid file name</source>
        <translation>это недопустимое имя файла</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it would be larger than {limit} MB ({size} bytes), more than Stay Planner reads back; remove stays or shorten notes</source>
        <translation>он был бы больше {limit} МБ ({size} байт) — больше, чем Stay Planner может прочитать; удалите поездки или сократите заметки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes); itinerary files are a few kilobytes, so this is not one</source>
        <translation>файл больше {limit} МБ (размер: {size} байт); файлы маршрутов занимают несколько килобайт, так что это не файл маршрута</translation>
    </message>
    <message>
        <location filename="../../planner/limits.py" line="+61"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes), too large for {what}</source>
        <extracomment>An itinerary file (``.stayplan``); ours are a few kilobytes. A calendar (ICS) or spreadsheet (CSV) file to import. A rule file (``--rules``, the bundled ``resources/rules``). Stays in one itinerary, rows in a CSV file, events in a calendar file to import. One person&apos;s lifetime holds fewer than 40 000 days. A number of days anywhere: a rule&apos;s ``max_days`` and ``window_days``, a stay length asked for on the command line. A hundred years and a bit. Dates outside these years are typing mistakes (and with :data:`MAX_DAYS` added or taken away they stay far inside what ``datetime.date`` holds). Digits in a number in a JSON file before it is even converted.</extracomment>
        <translation>файл больше {limit} МБ (размер: {size} байт): {what} не может быть таким большим</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (именованный канал)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is {kind}, not {what}</source>
        <translation>это {kind}, а не {what}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the number {start}… has more than {n} digits</source>
        <translation>в числе {start}… больше {n} цифр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} days is more than {limit} (a hundred years)</source>
        <translation>{n} дней — больше {limit} (сто лет)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} is outside the years {first}–{last} that Stay Planner plans for</source>
        <translation>{day} вне лет {first}–{last}, для которых планирует Stay Planner</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="+11"/>
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
        <location line="+9"/>
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
        <location filename="../../planner/storage/json_text.py" line="+56"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} — не число JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key {key} appears twice in one object</source>
        <translation>ключ {key} встречается в одном объекте дважды</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="+20"/>
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
        <location line="+9"/>
        <source>it holds {n} stays; Stay Planner reads at most {limit}</source>
        <translation>в нём {n} поездок; Stay Planner читает не больше {limit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stay {number} must be an object such as {example}, not {what}</source>
        <translation>пребывание {number}: нужен объект вида {example}, а не {what}</translation>
    </message>
    <message>
        <location line="+56"/>
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
        <location line="+65"/>
        <source>its extra data is not plain JSON ({error})</source>
        <translation>его дополнительные данные — не простой JSON ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/storage/safety.py" line="+7"/>
        <source>could not make a backup first ({error})</source>
        <translation>не удалось предварительно сделать резервную копию ({error})</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+19"/>
        <source>a recovery file</source>
        <translation>файл восстановления</translation>
    </message>
    <message>
        <location filename="../../planner/api_base.py" line="+44"/>
        <source>the traveller&apos;s nationality is missing: rules depend on it (add &quot;nationality&quot;: &quot;RU&quot; or similar to &quot;traveller&quot;)</source>
        <translation>не указано гражданство путешественника, а от него зависят правила (добавьте в &quot;traveller&quot; запись &quot;nationality&quot;: &quot;RU&quot; или подобную)</translation>
    </message>
    <message>
        <location filename="../../planner/api.py" line="+122"/>
        <source>the itinerary has no stays; give the first day to try (--after)</source>
        <translation>в маршруте нет пребываний; укажите первый день, с которого искать (--after)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the number of days must be 1 or more, got {days}</source>
        <translation>число дней должно быть не меньше 1, а указано {days}</translation>
    </message>
    <message>
        <location filename="../../planner/api_deadlines.py" line="+88"/>
        <source>a registration rule counts working days, but {error}</source>
        <translation>правило регистрации считает рабочие дни, но {error}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/crash.py" line="+97"/>
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
        <location filename="../../planner/cli_rules.py" line="-112"/>
        <source>list the stay rules, or install and remove rule files</source>
        <translation>показать правила пребывания, установить или удалить файлы правил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only rules for this country or zone (a country&apos;s zones included)</source>
        <translation>только правила для этой страны или зоны (включая зоны, в которые входит страна)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only rules for citizens of this country</source>
        <translation>только правила для граждан этой страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only rules in force on this day</source>
        <translation>только правила, действующие в этот день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an itinerary: the rules that apply to it come first</source>
        <translation>маршрут: правила, которые к нему относятся, идут первыми</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validate a rule file and install it</source>
        <translation>проверить файл правил и установить его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rule file (.json)</source>
        <translation>файл правил (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove an installed rule file or rule</source>
        <translation>удалить установленный файл правил или правило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an installed file&apos;s name or a rule&apos;s id</source>
        <translation>имя установленного файла или id правила</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>removed {what} ({folder})</source>
        <translation>удалено: {what} ({folder})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>installed {file} ({n} rules, checked {day}) into {folder}</source>
        <translation>установлен {file} (правил: {n}, проверено {day}) в {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  overrides the bundled rule {rule}</source>
        <translation>  заменяет встроенное правило {rule}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>installed: {file} (checked {day}): {n} rules</source>
        <translation>установлен: {file} (проверено {day}): правил: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>applies to the itinerary</source>
        <translation>относится к маршруту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overridden by {origin}</source>
        <translation>заменено: {origin}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assumed after a temporary rule ends</source>
        <translation>предполагается после окончания временного правила</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for: {nats}</source>
        <translation>для: {nats}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} nationalities</source>
        <translation>гражданств: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source: {source}</source>
        <translation>источник: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked: {day}</source>
        <translation>проверено: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message>
        <location filename="../../planner/storage/output.py" line="+29"/>
        <location filename="../../planner/storage/user_rules.py" line="+116"/>
        <source>a rule file</source>
        <translation>файл правил</translation>
    </message>
    <message>
        <location filename="../../planner/storage/user_rules.py" line="+4"/>
        <source>{file}: no such rule file</source>
        <translation>{file}: такого файла правил нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: cannot read rule file ({reason})</source>
        <translation>{file}: не удаётся прочитать файл правил ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: cannot install into {folder}: {reason}</source>
        <translation>{file}: не удаётся установить в {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: rule {rule} is for every nationality (&quot;*&quot;), which would limit citizens in their own country; list the nationalities instead</source>
        <translation>{file}: правило {rule} дано для всех гражданств (&quot;*&quot;) и ограничило бы граждан в их собственной стране; перечислите гражданства</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: rule {rule} limits {code} citizens in their own country</source>
        <translation>{file}: правило {rule} ограничивает граждан {code} в их собственной стране</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{rule} is a bundled rule, not an installed one; install a file with a rule of the same id to override it</source>
        <translation>{rule} — встроенное правило, а не установленное; чтобы заменить его, установите файл с правилом с тем же id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no installed rule file or rule is called {name}</source>
        <translation>нет установленного файла правил или правила с именем {name}</translation>
    </message>
    <message>
        <location filename="../../planner/cli_guard.py" line="+74"/>
        <source>a date or a number of days is out of range (dates must fall in the years 1900–2200)</source>
        <translation>дата или число дней вне допустимого диапазона (даты должны быть в 1900–2200 годах)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not enough memory for this input</source>
        <translation>не хватает памяти для этих данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input is nested too deeply</source>
        <translation>данные вложены слишком глубоко</translation>
    </message>
    <message>
        <location filename="../../planner/cli_deadlines.py" line="+43"/>
        <source>{text} is not a list of days before, such as 3,1</source>
        <translation>{text} — не список дней до срока, например 3,1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days present against tax-residency presence tests (not tax advice)</source>
        <translation>дни присутствия против тестов налогового резидентства по присутствию (не налоговая консультация)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day to count to (default: today)</source>
        <translation>день, до которого считать (по умолчанию сегодня)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every upcoming date to act on</source>
        <translation>все предстоящие сроки, когда нужно действовать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day (default: today)</source>
        <translation>первый день (по умолчанию сегодня)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write them as calendar events with reminders</source>
        <translation>записать их как события календаря с напоминаниями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reminders, in days before each deadline (default 3,1)</source>
        <translation>напоминания, за сколько дней до срока (по умолчанию 3,1)</translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="-77"/>
        <location line="+16"/>
        <location filename="../../planner/cli_report.py" line="+9"/>
        <location filename="../../planner/cli_deadlines.py" line="+1"/>
        <source>replace OUT if it exists</source>
        <translation>заменить OUT, если он существует</translation>
    </message>
    <message>
        <location filename="../../planner/cli_deadlines.py" line="+6"/>
        <source>{days} of {threshold} days present {a} – {b}</source>
        <translation>{days} из {threshold} дней присутствия {a} – {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reached as planned</source>
        <translation>по плану не достигается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached on {day}</source>
        <translation>достигнут {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached on {day} as planned</source>
        <translation>по плану будет достигнут {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} no presence test in the data</source>
        <translation>{code} в данных нет теста по присутствию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence tests only (days in the country), not tax advice.</source>
        <translation>Только тесты по присутствию (дни в стране), не налоговая консультация.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no deadlines from {day}</source>
        <translation>сроков начиная с {day} нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>wrote {n} deadlines to {file}</source>
        <translation>сроков записано в {file}: {n}</translation>
    </message>
    <message>
        <location filename="../../planner/storage/deadline_ics.py" line="+53"/>
        <source>(stay #{n})</source>
        <extracomment>Days before a deadline its reminders ring, unless the caller says otherwise.</extracomment>
        <translation>(поездка №{n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave {country} by this day</source>
        <translation>Выехать из {country} не позднее этого дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register in {country}</source>
        <translation>Регистрация в {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered in {country}</source>
        <translation>Регистрация в {country} сделана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: {days} days present — tax resident by the presence test (not tax advice)</source>
        <translation>{country}: {days} дней присутствия — налоговый резидент по тесту присутствия (не налоговая консультация)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for {country} ends during your stay</source>
        <translation>Правило для {country} перестаёт действовать во время поездки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day you may leave without breaking a stay limit, as planned.</source>
        <translation>Последний день, когда можно выехать, не нарушив лимит пребывания, по плану.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rule data (the days after are unchecked)</source>
        <translation>нет данных о правилах (дни после не проверяются)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force the day after: {rules}</source>
        <translation>Действует со следующего дня: {rules}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration is overdue.</source>
        <translation>Эта регистрация просрочена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: {rule}</source>
        <translation>Правило: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Stay Planner; check with the authorities, this is not legal or tax advice.</source>
        <translation>Из Stay Planner; уточняйте у властей, это не юридическая и не налоговая консультация.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stay Planner deadlines</source>
        <translation>Сроки Stay Planner</translation>
    </message>
    <message>
        <location filename="../../planner/cli_report.py" line="-11"/>
        <source>write a one-page stay summary as PDF</source>
        <translation>записать одностраничную сводку пребываний в PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>PDF-файл, который нужно записать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary&apos;s date (default: today)</source>
        <translation>дата сводки (по умолчанию: сегодня)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary&apos;s language (default: the environment&apos;s, as LANG or LC_ALL give it)</source>
        <translation>язык сводки (по умолчанию: язык окружения, из LANG или LC_ALL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper size (auto: Letter in US locales, A4 elsewhere)</source>
        <translation>размер бумаги (auto: Letter в локалях США, иначе A4)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/help_pages.py" line="+80"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Rule data: format version {version}, {n} rules</source>
        <translation>Данные о правилах: формат версии {version}, правил: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sources checked {date}</source>
        <translation>источники проверены {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sources checked {first} – {last}</source>
        <translation>источники проверены {first} – {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa-free stay limits, counted on your own computer.</source>
        <translation>Безвизовые лимиты пребывания, подсчитанные на вашем компьютере.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: {licence}</source>
        <translation>Лицензия: {licence}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/help_menu.py" line="+37"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Days Are &amp;Counted</source>
        <translation>Как &amp;считаются дни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Stay Planner</source>
        <translation>&amp;О программе Stay Planner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How Days Are Counted</source>
        <translation>Как считаются дни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Stay Planner</source>
        <translation>О программе Stay Planner</translation>
    </message>
    <message>
        <location filename="../../planner/api_judge.py" line="+82"/>
        <source>{destination} is neither a country code nor a zone ({zones})</source>
        <translation>{destination} — не код страны и не зона ({zones})</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The rule data was last checked on {day}, more than 180 days ago; rules may have changed since (stay-planner rules install FILE adds newer ones).</source>
        <translation>Данные о правилах последний раз проверялись {day}, более 180 дней назад; с тех пор правила могли измениться (stay-planner rules install ФАЙЛ добавит более новые).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the itinerary has no stays in {destination}; give --from and --to</source>
        <translation>в маршруте нет пребываний в {destination}; укажите --from и --to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} раньше, чем --from {start}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range is longer than 50 years</source>
        <translation>период длиннее 50 лет</translation>
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
        <location filename="../../planner/ui/planning/advice_panel.py" line="+86"/>
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
        <location line="+13"/>
        <source>Add these stays</source>
        <translation>Добавить эти пребывания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a stay to see until when it may last, when you may come back and where to go meanwhile.</source>
        <translation>Выберите пребывание, чтобы увидеть, до какого дня оно может длиться, когда можно вернуться и куда поехать тем временем.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} ({code}), {entry} – {exit}</source>
        <translation>{name} ({code}), {entry} – {exit}</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+15"/>
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
        <location line="+42"/>
        <source>No single country but home covers these days; one after another:</source>
        <translation>Ни одна страна, кроме родной, не покрывает эти дни целиком; по очереди:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}: {first} – {last} ({days})</source>
        <translation>{country}: {first} – {last} ({days})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave by {leave}, then stay in each country in turn</source>
        <translation>Выехать до {leave}, затем побывать в каждой стране по очереди</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These days are planned already</source>
        <translation>Эти дни уже заняты в плане</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave by {leave}, then stay in {country} from {first} to {last}</source>
        <translation>Выехать не позднее {leave}, затем пребывание в стране {country} с {first} по {last}</translation>
    </message>
    <message>
        <location line="-146"/>
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
        <location line="+48"/>
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
        <location line="+38"/>
        <source>Add stay</source>
        <translation>Добавить пребывание</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+145"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;heme</source>
        <translation>&amp;Тема</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../planner/ui/calendar/calendar_view.py" line="+376"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../../planner/ui/commands.py" line="+31"/>
        <location line="+38"/>
        <source>Edit {country} stay</source>
        <translation>Изменение пребывания {country}</translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../../planner/ui/planning/advice_commands.py" line="-74"/>
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
        <location filename="../../planner/ui/planning/advice_commands.py" line="-7"/>
        <source>Trim {country} stay</source>
        <translation>Сокращение пребывания {country}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add stays one after another</source>
        <extracomment>The undo step that adds a chain of stays.</extracomment>
        <translation>Добавление пребываний одно за другим</translation>
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
        <location filename="../../planner/ui/window/side_panel.py" line="+146"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>DayQuery</name>
    <message>
        <location filename="../../planner/ui/window/day_query.py" line="+40"/>
        <source>Days used on a date</source>
        <translation>Использовано дней на дату</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this date for the &amp;summary&apos;s status</source>
        <translation>&amp;Состояние в сводке — на эту дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No day limit counts on this date.</source>
        <translation>На эту дату не действует ни один лимит дней.</translation>
    </message>
</context>
<context>
    <name>DayTexts</name>
    <message>
        <location filename="../../planner/ui/day_texts.py" line="+46"/>
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
        <location line="+9"/>
        <source>{n} in any {m}</source>
        <translation>{n} за любые {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} per entry</source>
        <translation>{n} за въезд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} per calendar year</source>
        <translation>{n} за календарный год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} in {m} from the first entry</source>
        <translation>{n} за {m} с первого въезда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa required</source>
        <translation>нужна виза</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../planner/ui/planning/deadline_widgets.py" line="+183"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>overdue since {date}</source>
        <translation>просрочено с {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} days, {date}</source>
        <translation>через {n} дн., {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register in {country}</source>
        <translation>Регистрация в {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave {country}</source>
        <translation>Выехать из страны: {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: the tax-residency presence test is met</source>
        <translation>{country}: тест налогового резидентства по присутствию выполнен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for {country} ends</source>
        <translation>Правило перестаёт действовать: {country}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {when}{detail}</source>
        <translation>{what}: {when}{detail}</translation>
    </message>
</context>
<context>
    <name>DeadlineLines</name>
    <message>
        <location line="-143"/>
        <source>Registered (was due {date})</source>
        <extracomment>A deadline this many days ahead (or fewer, or overdue) shows the banner.</extracomment>
        <translation>Регистрация сделана (срок был {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register by {date}</source>
        <translation>Зарегистрироваться до {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}
Source: {source}</source>
        <translation>{title}
Источник: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Регистрация сделана</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{country}: {what} reached on {date} — tax resident by the presence test; not tax advice</source>
        <translation>{country}: {what} — достигнуто {date}, налоговый резидент по тесту присутствия; не налоговая консультация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country}: {days} of {what} by {date}, {left} below the presence test; not tax advice</source>
        <translation>{country}: {days} из {what} к {date}, до теста присутствия не хватает {left}; не налоговая консультация</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} days in a calendar year</source>
        <translation>{n} дн. за календарный год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days in {m} months</source>
        <translation>{n} дн. за {m} мес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days in {m} days</source>
        <translation>{n} дн. за {m} дн.</translation>
    </message>
</context>
<context>
    <name>DeadlineMarkers</name>
    <message>
        <location filename="../../planner/ui/planning/deadline_markers.py" line="+58"/>
        <source>{code}: {days} days</source>
        <translation>{code}: {days} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: reached on {date} — tax resident by the presence test; not tax advice</source>
        <translation>{title}: достигнуто {date} — налоговый резидент по тесту присутствия; не налоговая консультация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registered ✓</source>
        <translation>регистрация ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered (due {date}): {title}</source>
        <translation>Регистрация сделана (срок {date}): {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register by {date}</source>
        <translation>регистрация до {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register by {date}: {title}</source>
        <translation>Зарегистрироваться до {date}: {title}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../planner/ui/window/deadlines_menu.py" line="+58"/>
        <source>Export &amp;Deadlines to Calendar…</source>
        <translation>Экспорт &amp;сроков в календарь…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadlines could not be computed: {why}</source>
        <translation>Сроки не удалось вычислить: {why}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Deadlines to Calendar</source>
        <translation>Экспорт сроков в календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Export Deadlines</source>
        <translation>Экспорт сроков</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose the traveller&apos;s nationality first.</source>
        <translation>Сначала выберите гражданство путешественника.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported {n} deadlines to {file}, with reminders 3 days and 1 day before</source>
        <translation>Сроков экспортировано в {file}: {n}, с напоминаниями за 3 дня и за 1 день</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+302"/>
        <source>Destination</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used today</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location filename="../../planner/ui/document.py" line="+183"/>
        <source>Untitled</source>
        <extracomment>How long after the paint that asked (:meth:`Document.warm_soon`) the evaluator builds its NumPy state. Not 0: a zero timer, or an event posted from the paint, runs within the same pass of the event loop as the paint, before the rest of what that pass would show; 50 ms is past that and still well before a person&apos;s first drag (an edit sooner builds it itself).</extracomment>
        <translation>Без названия</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>it was made by a newer version of Stay Planner; saving it here would lose what this version does not understand. Choose another name</source>
        <translation>файл создан более новой версией Stay Planner; если сохранить его здесь, пропадёт то, чего эта версия не понимает. Выберите другое имя</translation>
    </message>
</context>
<context>
    <name>ExitMarkers</name>
    <message>
        <location filename="../../planner/ui/planning/markers.py" line="+64"/>
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
        <location filename="../../planner/ui/planning/proposal.py" line="+52"/>
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
    <name>Help</name>
    <message>
        <location filename="../../planner/ui/window/help_pages.py" line="-98"/>
        <source>Drag on empty days</source>
        <translation>Протянуть по свободным дням</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stay</source>
        <translation>Добавить пребывание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a stay</source>
        <translation>Перетащить пребывание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move it</source>
        <translation>Сдвинуть его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a stay&apos;s end</source>
        <translation>Потянуть за край пребывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change its entry or exit day</source>
        <translation>Изменить день въезда или выезда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click</source>
        <translation>Двойной щелчок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stay, or add one on that day</source>
        <translation>Изменить пребывание или добавить новое в этот день</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entry day and the exit day are both days present. A travel day (leaving one country and arriving in another) counts in both.</source>
        <extracomment>How days are counted, one paragraph each (the product&apos;s semantics).</extracomment>
        <translation>День въезда и день выезда — оба дни пребывания. День переезда (выезд из одной страны и въезд в другую) считается в обеих.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two stays in one country that touch or overlap count each day once. Countries of a zone such as the Schengen area count together.</source>
        <translation>Если два пребывания в одной стране соприкасаются или пересекаются, каждый день считается один раз. Страны одной зоны, например Шенгенской, считаются вместе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only visa-free stays count toward a visa-free limit; stays on a visa, a residence permit or an exempt ground are shown but not counted.</source>
        <translation>В безвизовый лимит входят только безвизовые пребывания; пребывания по визе, виду на жительство или на особом основании показываются, но не считаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“90 in any 180”: a day breaches when the days present in the 180 days ending on it (that day included) number more than 90. The window moves every day: old days drop out, new ones count.</source>
        <translation>«90 из любых 180»: день — нарушение, если в 180 днях, которые им заканчиваются (включая его), дней пребывания больше 90. Окно сдвигается каждый день: старые дни выпадают, новые добавляются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“30 per entry”: day d of a stay breaches when it is more than 30 days after the entry day, counting the entry day as day 1.</source>
        <translation>«30 за въезд»: день пребывания — нарушение, если он позже 30-го дня, считая день въезда первым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A day is judged by the rule in force on that day; a rolling window also looks back over days before the rule began.</source>
        <translation>Каждый день оценивается по правилу, действующему в этот день; скользящее окно учитывает и дни до начала действия правила.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave by: the last exit day with which the stay adds no breach, neither to itself nor to a later stay. Return from: the first day a stay of the length you plan may begin without adding a breach.</source>
        <translation>«Выехать не позднее» — последний день выезда, при котором пребывание не добавляет нарушений ни себе, ни следующим пребываниям. «Вернуться с» — первый день, с которого можно начать пребывание задуманной длины, не добавив нарушений.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where no rule data covers your nationality, days are “not checked”, never “compliant”. Rule data has a source and the day it was last checked: laws change, so check before you travel.</source>
        <translation>Если для вашего гражданства нет данных о правилах, дни помечаются как «не проверено», а не «соответствует». У каждого правила указан источник и дата последней проверки: законы меняются, проверяйте перед поездкой.</translation>
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
        <location line="+12"/>
        <source>Not imported ({n}): these could not be read.</source>
        <translation>Не импортировано ({n}): эти записи не удалось прочитать.</translation>
    </message>
    <message>
        <location line="+64"/>
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
    <name>Keys</name>
    <message>
        <location filename="../../planner/ui/calendar/view_keys.py" line="+42"/>
        <source>Move the day cursor a day (left, right) or a week (up, down); the stay under it is selected</source>
        <extracomment>What the calendar&apos;s keys do: (the keys, with their modifiers), what they do (untranslated: the &quot;Keys&quot; context).</extracomment>
        <translation>Сдвинуть курсор на день (влево, вправо) или на неделю (вверх, вниз); пребывание под ним выделяется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today</source>
        <translation>Перейти к сегодняшнему дню</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous or next year (year view), month (timeline)</source>
        <translation>Предыдущий или следующий год (вид «Год»), месяц (шкала времени)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected stay by a day or a week</source>
        <translation>Сдвинуть выделенное пребывание на день или неделю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the selected stay end a day earlier or later</source>
        <translation>Закончить выделенное пребывание на день раньше или позже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the selected stay begin a day earlier or later</source>
        <translation>Начать выделенное пребывание на день раньше или позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected stay (with none, add one on the cursor day)</source>
        <translation>Изменить выделенное пребывание (если его нет — добавить в день курсора)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a stay on the cursor day</source>
        <translation>Добавить пребывание в день курсора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected stay</source>
        <translation>Удалить выделенное пребывание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation>Отменить перетаскивание или снять выделение</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="-30"/>
        <source>breach</source>
        <translation>нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two places at once</source>
        <translation>два места сразу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/window/app.py" line="+79"/>
        <source>The rule data was last checked on {day}, more than 180 days ago; rules may have changed since.</source>
        <extracomment>Windows opened at start for restored work beyond the first (kept alive here).</extracomment>
        <translation>Данные о правилах последний раз проверялись {day}, более 180 дней назад; с тех пор правила могли измениться.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rule data</source>
        <translation>Данные правил</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/main_window.py" line="+68"/>
        <source>Stay Planner itineraries (*.stayplan);;All files (*)</source>
        <extracomment>Windows made by :meth:`MainWindow.retranslate`, kept alive until they close.</extracomment>
        <translation>Маршруты Stay Planner (*.stayplan);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Autosave failed: {why}</source>
        <translation>Ошибка автосохранения: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Itinerary</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Days Used on a &amp;Date…</source>
        <translation>&amp;Дни на дату…</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+1"/>
        <source>Week Starts on &amp;Monday</source>
        <translation>Неделя с &amp;понедельника</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+25"/>
        <source>Summary saved as {name}</source>
        <translation>Сводка сохранена: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name}[*] — Stay Planner</source>
        <translation>{name}[*] — Stay Planner</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Stay Planner</source>
        <translation>Stay Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes to {name} before closing?</source>
        <translation>Сохранить изменения в «{name}» перед закрытием?</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../../planner/ui/window/exchange.py" line="-48"/>
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
        <location line="+16"/>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <location line="+19"/>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {name}</source>
        <translation>Экспортировано в {name}</translation>
    </message>
    <message>
        <location line="-94"/>
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
        <location filename="../../planner/ui/window/planning_menu.py" line="+59"/>
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
        <location line="+16"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+24"/>
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
        <location line="+62"/>
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
    <name>RuleBrowser</name>
    <message>
        <location filename="../../planner/ui/window/rule_browser.py" line="+99"/>
        <source>{n} days in any {m}</source>
        <translation>{n} дней в любые {m}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days per entry</source>
        <translation>{n} дней за въезд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days per calendar year</source>
        <translation>{n} дней за календарный год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days in {m} from first entry</source>
        <translation>{n} дней в {m} с первого въезда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>visa required</source>
        <translation>нужна виза</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stay Rules</source>
        <translation>Правила пребывания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any (for example KZ or SCHENGEN)</source>
        <translation>любое (например, KZ или SCHENGEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any (for example RU)</source>
        <translation>любое (например, RU)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nationality:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rule data {version}, last checked {day}.</source>
        <translation>Данные о правилах {version}, последняя проверка {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more than 180 days ago: rules may have changed since.</source>
        <translation>Это было более 180 дней назад: с тех пор правила могли измениться.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules in bold apply to the open itinerary.</source>
        <translation>Правила, выделенные жирным, относятся к открытому маршруту.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n nationalities</source>
        <translation>
            <numerusform>%n гражданство</numerusform>
            <numerusform>%n гражданства</numerusform>
            <numerusform>%n гражданств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For citizens of</source>
        <translation>Для граждан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumed</source>
        <translation>Предположение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No act says this: the data assumes it after a temporary scheme ends.</source>
        <translation>Этого не говорит ни один акт: данные предполагают это после окончания временного режима.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/help_menu.py" line="+13"/>
        <source>Stay &amp;Rules…</source>
        <translation>&amp;Правила пребывания…</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../../planner/ui/window/rule_browser.py" line="-157"/>
        <source>Destination</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>Проверено</translation>
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
        <location filename="../../planner/ui/window/side_panel.py" line="+92"/>
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
        <location line="+15"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stays</source>
        <translation>Пребывания</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planner/ui/models.py" line="-275"/>
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
        <location filename="../../planner/ui/window/stay_dialog.py" line="+55"/>
        <source>New stay</source>
        <translation>Новое пребывание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stay</source>
        <translation>Изменить пребывание</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) present (entry and exit day included)</source>
        <translation>
            <numerusform>%n день пребывания (включая дни въезда и выезда)</numerusform>
            <numerusform>%n дня пребывания (включая дни въезда и выезда)</numerusform>
            <numerusform>%n дней пребывания (включая дни въезда и выезда)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+31"/>
        <source>Country</source>
        <extracomment>Per column of :class:`StaysModel`, what it sorts by (dates as day numbers).</extracomment>
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
        <location filename="../../planner/ui/planning/allowance_strip.py" line="+187"/>
        <source>Green: the full allowance; red: not even one day</source>
        <translation>Зелёный: весь лимит доступен; красный: нельзя ни одного дня</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../planner/report/summary_words.py" line="+32"/>
        <source>Stay summary</source>
        <translation>Сводка пребываний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller</source>
        <translation>Путешественник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Составлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status on</source>
        <translation>Состояние на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continued</source>
        <translation>продолжение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {n} of {m}</source>
        <translation>Страница {n} из {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules applied</source>
        <translation>Применённые правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays</source>
        <translation>Пребывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used at exit</source>
        <translation>Учтено на выезде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach days</source>
        <translation>Дни нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used on {day}</source>
        <translation>Учтено дней на {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{used} of {allowed} ({rule})</source>
        <translation>{used} из {allowed} ({rule})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} left</source>
        <translation>осталось {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} over</source>
        <translation>сверх лимита {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted ({rule})</source>
        <translation>не считается ({rule})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breaches: every day complies with the rules applied.</source>
        <translation>Нарушений нет: все дни соответствуют применённым правилам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next deadlines</source>
        <translation>Ближайшие сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No current or planned stay on or after {day}.</source>
        <translation>Нет текущих или запланированных пребываний с {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, stay {a} – {b}: leave by {day}</source>
        <translation>{country}, пребывание {a} – {b}: выехать не позднее {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned exit is {n} days late)</source>
        <translation>(плановый выезд позже на {n} дн.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, stay {a} – {b}: no compliant stay; even one day adds a breach</source>
        <translation>{country}, пребывание {a} – {b}: даже один день — нарушение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{country}, stay {a} – {b}: no limit applies</source>
        <translation>{country}, пребывание {a} – {b}: ограничений нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, next {k} days: enter on {day} or later</source>
        <translation>{country}, следующие {k} дн.: въезд не ранее {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned for {day})</source>
        <translation>(запланировано на {day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, next {k} days: no day within ten years allows it</source>
        <translation>{country}, следующие {k} дн.: нет подходящей даты в ближайшие 10 лет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: register by {day} ({rule})</source>
        <translation>{country}: зарегистрироваться до {day} ({rule})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration deadlines not counted: {error}</source>
        <translation>Сроки регистрации не подсчитаны: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: {n} days present on {day}, a tax-residency presence test is met ({rule}; not tax advice)</source>
        <translation>{country}: {day} набирается {n} дн. присутствия, тест налогового резидентства по присутствию выполнен ({rule}; не налоговая консультация)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year {year}</source>
        <translation>{year} год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breach day</source>
        <translation>день нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: {list}</source>
        <translation>Не проверялось: {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home country</source>
        <translation>страна гражданства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule data</source>
        <translation>нет данных о правилах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules change; the rule data was last checked on {day}. Sources: {sources}. This summary is not legal advice.</source>
        <translation>Правила меняются; данные о правилах последний раз проверены {day}. Источники: {sources}. Сводка не является юридической консультацией.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as cited with each rule in the rules table</source>
        <translation>указаны у каждого правила в таблице правил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always</source>
        <translation>всегда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {a}</source>
        <translation>с {a}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {b}</source>
        <translation>до {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: no rule data covers {list} for {nationality} citizens. Those days are not judged here: this summary does not say they comply.</source>
        <translation>Не проверено: нет данных о правилах для граждан {nationality} в {list}. Эти дни здесь не оцениваются: сводка не утверждает, что они соответствуют правилам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: one person cannot be in two countries on these days</source>
        <translation>Пересечения: один человек не может быть в двух странах в эти дни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first} and {second}: both on {span}</source>
        <translation>{first} и {second}: обе поездки на {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a visa is needed for {nationality} citizens</source>
        <translation>{name}: для граждан {nationality} нужна виза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation>Пересечения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully checked</source>
        <translation>Проверено не полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days in any {m}</source>
        <translation>{n} дней в любые {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days per entry</source>
        <translation>{n} дней за въезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days per calendar year</source>
        <translation>{n} дней в календарный год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days in {m} from first entry</source>
        <translation>{n} дней из {m} с первого въезда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa required</source>
        <translation>нужна виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa-free</source>
        <translation>безвиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa</source>
        <translation>виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residence permit</source>
        <translation>вид на жительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exempt</source>
        <translation>освобождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</source>
        <translation>Янв Фев Мар Апр Май Июн Июл Авг Сен Окт Ноя Дек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M T W T F S S</source>
        <translation>П В С Ч П С В</translation>
    </message>
</context>
</TS>
