<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../planner/cli.py" line="+93"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{text} is not a number of days (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Check planned stays against visa-free stay limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <location filename="../../planner/cli_exchange.py" line="+48"/>
        <location filename="../../planner/cli_report.py" line="+38"/>
        <source>an itinerary (.stayplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../planner/cli_rules.py" line="+51"/>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a rule file that adds or overrides rules (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a country or a zone: an ISO code (KZ), a zone id (SCHENGEN) or a name (Kazakhstan, Казахстан)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>rule data cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../planner/cli_rules.py" line="+103"/>
        <source>rule data {version}, last checked {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>show the program&apos;s and the rule data&apos;s version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also print what the program logs to standard error (may stand anywhere on the line)</source>
        <translation>бағдарлама журналға жазатынын стандартты қате ағынына да шығару (кілт жолдың кез келген жерінде тұра алады)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report every day that breaches a stay limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the latest compliant exit of each stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longest stay that may start on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first day of the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first day one may enter and stay K days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the length of the stay, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day to try (default: the day after the last stay there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days used and allowed, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first day (default: the first entry there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day (default: the last exit there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{a} (1 day)</source>
        <translation>{a} (1 күн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} – {b} ({n} days)</source>
        <translation>{a} – {b} ({n} күн)</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="+25"/>
        <source>{name}: a visa is needed for {nationality} citizens from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: a visa is needed for {nationality} citizens</source>
        <translation>{name}: {nationality} азаматтарына виза қажет</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="+13"/>
        <source>CONFLICT {first} and {second}: both on {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{head}: compliant</source>
        <translation>{head}: бұзушылық жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: BREACH {span}</source>
        <translation>{head}: БҰЗУШЫЛЫҚ {span}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../planner/cli_planning.py" line="+71"/>
        <source>home country</source>
        <translation>азаматтық елі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule data for {nationality} citizens</source>
        <translation>{nationality} азаматтары үшін ереже деректері жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} not checked: {why}</source>
        <translation>{code} тексерілмеді: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} not checked on {span}: no rule data for {nationality} citizens on these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a visa is needed after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule data covers the days after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: {destination} rule {rule} ends on {day}, under stay #{n}; {then} (source: {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compliant</source>
        <translation>бұзушылық жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT COMPLIANT</source>
        <translation>БҰЗУШЫЛЫҚ БАР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT FULLY CHECKED: no rule data covers some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/planning/plan_texts.py" line="+31"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../planner/cli.py" line="+9"/>
        <location line="+51"/>
        <location filename="../../planner/cli_planning.py" line="+1"/>
        <location line="+76"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} in any {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entering on {date} you could stay without limit ({dest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entering on {date} even one day would add a breach ({dest}, {rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering on {date} you could stay {days} ({dest}, {rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>may stay until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>return from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="-49"/>
        <source>no compliant exit: even one day there adds a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {day}</source>
        <translation>{day} кешіктірмей шығу</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="+9"/>
        <source>may stay until {day}: later days here make a later stay breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may stay until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="+3"/>
        <source>BREACH</source>
        <translation>БҰЗУШЫЛЫҚ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{country} from {day}: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country} from {day}: no day is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country} from {day}: up to {n} days, last day {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{country}: no day within ten years allows {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country}: enter on {day} or later to stay {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{asked} counts in {zone} ({code}): the days below are the zone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{error} (see stay-planner --help)</source>
        <extracomment>Thread pools of the numeric libraries under NumPy: the engine does no linear algebra, and starting a pool per core costs a one-shot command ~50 ms.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="-2"/>
        <source>write an itinerary&apos;s stays to a calendar (ICS) or spreadsheet (CSV) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make an itinerary from a calendar (ICS) or spreadsheet (CSV) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .ics or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the itinerary to write (.stayplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the traveller&apos;s nationality (ISO code such as RU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the traveller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV dates such as 01.02.2023 are day first (1 February)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV dates such as 01.02.2023 are month first (2 January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>exported 1 stay to calendar file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {n} stays to calendar file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exported 1 stay to CSV file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {n} stays to CSV file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--nationality {value} is not a country code (such as RU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skipped {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no stay could be imported from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported 1 stay into {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported {n} stays into {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_planning.py" line="-93"/>
        <source>write a compliant version of an itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit windows and where to go, for each breaching stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where to write the compliant itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwrite OUT if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trim-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{head}: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: dropped (no compliant day left for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: {action} to {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(to make room for #{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrote {file}: {n} of {m} visa-free days kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>registration deadline unknown: {error}</source>
        <translation>тіркелу мерзімі белгісіз: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered ({rule})</source>
        <translation>тіркелген ({rule})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>register by {day} ({rule})</source>
        <translation>{day} дейін тіркелу ({rule})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no stay breaches: nothing to suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{head}: no compliant day; do not enter on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: leave by {day}</source>
        <translation>{head}: {day} кешіктірмей шығу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a {n}-day stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>return: {what} may start on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no single country but home covers it; one after another:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>return: no day within ten years allows {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>your next stay there (#{n}, {span}, {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>return: {what} fits as planned (it could start from {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return: {what} must start on {day} or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meanwhile, {span}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/planning/advice_commands.py" line="+91"/>
        <source>Merge {country} stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Make compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/file_prompts.py" line="+36"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} was changed by another program since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite it with your version, save your version as another file, or cancel and keep both as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Басқаша с&amp;ақтау…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File from a newer Stay Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was made by a newer version of Stay Planner (file format version {version}); this version reads format version {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Stay Planner to open it. The file has not been changed, and this program will not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/import_dialog.py" line="+96"/>
        <source> (repeats; its first occurrence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/recovery.py" line="+132"/>
        <source>untitled</source>
        <extracomment>``ask(parent, recovery)`` -&gt; True to restore, False to discard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered unsaved changes from {time} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay Planner was closed before these changes were saved. Restore them to keep working on them ({n} stays), or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/report/dialogs.py" line="+54"/>
        <location line="+34"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Stay summary</source>
        <translation>Болу кезеңдерінің жиынтығы</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cannot make the summary: {0}</source>
        <translation>Жиынтықты құру мүмкін емес: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print stay summary</source>
        <translation>Болу кезеңдерінің жиынтығын басып шығару</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot print the summary: {0}</source>
        <translation>Жиынтықты басып шығару мүмкін емес: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export stay summary as PDF</source>
        <translation>Болу кезеңдерінің жиынтығын PDF ретінде экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} жазу мүмкін емес: {1}</translation>
    </message>
    <message>
        <location filename="../../planner/storage/_exchange.py" line="+30"/>
        <source>it is not readable UTF-16 text, so not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not UTF-8 text (byte {byte} is invalid); save {what} as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/_fields.py" line="+46"/>
        <source>a number ({value})</source>
        <extracomment>Documents nested deeper than this are refused (ours are 4 levels deep). Years outside this range are certainly typing mistakes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must be text, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be a two-letter country code such as &quot;KZ&quot;, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} {value} is not a known country code (ISO 3166-1, such as &quot;KZ&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} {value} must be written in upper case: use {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {value} must be written without spaces: use {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be a date written as &quot;YYYY-MM-DD&quot; (such as &quot;2023-02-01&quot;), not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} {value} is not a date written as YYYY-MM-DD (such as &quot;2023-02-01&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} must be true or false, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} {value} is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a plausible date (years {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {value} is not a plausible date (years {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>status {value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key {key} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the extra data under {keys} is not plain JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/output.py" line="+101"/>
        <source>no file name was given to write to</source>
        <extracomment>Kinds written for the user&apos;s eyes only (mode 0600 for a new file). A reader&apos;s check of bytes about to be written: raises ItineraryError, or returns. Kinds that may replace an itinerary file (with ``force``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is {kind}, not a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is the input file being read; choose another file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is an itinerary file; writing {what} there would replace it. Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>it already exists (add --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>what was written could not be read back the same (the disk may be full or failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the PDF was not made (it does not begin with %PDF-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF is incomplete (it has no end: startxref and %%EOF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is incomplete (its cross-reference table is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is incomplete (it has no trailer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/atomic.py" line="+79"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not an itinerary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (you may not read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied (you may not write in its folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="+183"/>
        <source>line {line}: {problem}</source>
        <extracomment>The columns written on export, in order. What a spreadsheet takes for the start of a formula (OWASP, &quot;CSV Injection&quot;). The mark that makes a spreadsheet show a cell as text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+102"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+141"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>it is not {what} (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is not readable CSV (line {line}: a quoted field is never closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has more than {limit} rows; an itinerary holds at most {limit} stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not readable CSV (line {line}: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the header row names the column {column} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the first line must be a header row naming the columns country, entry and exit (missing: {missing}; found: {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>country {value} is not a country code (such as KZ) or a country name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>registered {value} is not yes or no</source>
        <translation>тіркеу {value}: «иә» немесе «жоқ» болуы керек</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} {value} could be {first} or {second}: say whether the day or the month comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} {value} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} {value} is not a whole date (day, month and year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/errors.py" line="+35"/>
        <source>Cannot save &apos;{origin}&apos;: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open &apos;{origin}&apos;: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it was made by a newer version of Stay Planner (format version {version}); this program reads version {supported}. Update Stay Planner to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="+265"/>
        <source>event {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} {title}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it is not {what} (it does not begin with BEGIN:VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a readable iCalendar file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has more than {limit} events; an itinerary holds at most {limit} stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>it cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has no start date (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start (DTSTART) is not a date or a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>event {number} ({title}) has no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} ({title}) has the country {code}, not an ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-54"/>
        <location line="+338"/>
        <location filename="../../planner/storage/safety.py" line="+100"/>
        <source>an itinerary file</source>
        <extracomment>Files larger than this are refused before they are read (ours are a few KB). Migrations of older format versions: ``_MIGRATIONS[n]`` takes a version-n document (a plain dict, the caller&apos;s own copy) and returns the same itinerary as a version n + 1 document; :func:`parse_itinerary` applies them in order from the file&apos;s version up to :data:`VERSION`, then validates the result as a current document. When the format changes, bump :data:`VERSION` and add the step for the old version here, with a test that opens a file of the old version. Migration happens on load only; the file on disk changes when the user saves.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="-252"/>
        <location line="+19"/>
        <location filename="../../planner/storage/output.py" line="+6"/>
        <source>a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="-209"/>
        <location line="+5"/>
        <source>an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/exchange.py" line="+72"/>
        <location filename="../../planner/cli_exchange.py" line="-19"/>
        <source>a calendar or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Import %n stay(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-313"/>
        <location filename="../../planner/storage/output.py" line="-29"/>
        <source>this is not a valid file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it would be larger than {limit} MB ({size} bytes), more than Stay Planner reads back; remove stays or shorten notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes); itinerary files are a few kilobytes, so this is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/limits.py" line="+61"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes), too large for {what}</source>
        <extracomment>An itinerary file (``.stayplan``); ours are a few kilobytes. A calendar (ICS) or spreadsheet (CSV) file to import. A rule file (``--rules``, the bundled ``resources/rules``). Stays in one itinerary, rows in a CSV file, events in a calendar file to import. One person&apos;s lifetime holds fewer than 40 000 days. A number of days anywhere: a rule&apos;s ``max_days`` and ``window_days``, a stay length asked for on the command line. A hundred years and a bit. Dates outside these years are typing mistakes (and with :data:`MAX_DAYS` added or taken away they stay far inside what ``datetime.date`` holds). Digits in a number in a JSON file before it is even converted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is {kind}, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the number {start}… has more than {n} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} days is more than {limit} (a hundred years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} is outside the years {first}–{last} that Stay Planner plans for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="+11"/>
        <source>it is saved as UTF-16 text; Stay Planner reads UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not UTF-8 text (byte {byte} is invalid); an itinerary file is JSON text in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty (it holds only blank space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not valid JSON: {error} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not usable JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its lists and objects are nested more than {depth} levels deep; an itinerary never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key {key} appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is not a Stay Planner itinerary (it holds {what}, not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a Stay Planner itinerary (its format is {what}, not &quot;{format}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a Stay Planner itinerary (it has no format, not &quot;{format}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it has no format &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version must be a whole number such as 1, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version {version} is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>format version {version} can no longer be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no &quot;traveller&quot; (an object such as {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;traveller&quot; must be an object, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>traveller: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no &quot;stays&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;stays&quot; must be a list of stays, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds {n} stays; Stay Planner reads at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stay {number} must be an object such as {example}, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stay {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stay {number} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stay {number} ({country}, entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exit {exit} is before entry {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no country (&quot;country&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no entry date (&quot;entry&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no exit date (&quot;exit&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>its extra data is not plain JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/safety.py" line="+6"/>
        <source>could not make a backup first ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+19"/>
        <source>a recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/api_base.py" line="+44"/>
        <source>the traveller&apos;s nationality is missing: rules depend on it (add &quot;nationality&quot;: &quot;RU&quot; or similar to &quot;traveller&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/api.py" line="+177"/>
        <source>The rule data was last checked on {day}, more than 180 days ago; rules may have changed since (stay-planner rules install FILE adds newer ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the itinerary has no stays; give the first day to try (--after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the number of days must be 1 or more, got {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-194"/>
        <source>{destination} is neither a country code nor a zone ({zones})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+233"/>
        <source>the itinerary has no stays in {destination}; give --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to {end} is before --from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range is longer than 50 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/api_deadlines.py" line="+85"/>
        <source>a registration rule counts working days, but {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/crash.py" line="+96"/>
        <source>Something went wrong that Stay Planner did not expect:

{error}

{saved}The details are in the log file:
{log}</source>
        <translation>Stay Planner күтпеген қате болды:

{error}

{saved}Толығы журнал файлында:
{log}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your unsaved changes were kept for recovery. </source>
        <translation>Сақталмаған өзгерістер қалпына келтіру үшін сақталды. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <location filename="../../planner/cli_rules.py" line="-112"/>
        <source>list the stay rules, or install and remove rule files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only rules for this country or zone (a country&apos;s zones included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only rules for citizens of this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only rules in force on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an itinerary: the rules that apply to it come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validate a rule file and install it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rule file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove an installed rule file or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an installed file&apos;s name or a rule&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>removed {what} ({folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>installed {file} ({n} rules, checked {day}) into {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  overrides the bundled rule {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>installed: {file} (checked {day}): {n} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>applies to the itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overridden by {origin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assumed after a temporary rule ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for: {nats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/output.py" line="+29"/>
        <location filename="../../planner/storage/user_rules.py" line="+116"/>
        <source>a rule file</source>
        <translation>ережелер файлы</translation>
    </message>
    <message>
        <location filename="../../planner/storage/user_rules.py" line="+4"/>
        <source>{file}: no such rule file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: cannot read rule file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: cannot install into {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: rule {rule} is for every nationality (&quot;*&quot;), which would limit citizens in their own country; list the nationalities instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: rule {rule} limits {code} citizens in their own country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{rule} is a bundled rule, not an installed one; install a file with a rule of the same id to override it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no installed rule file or rule is called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_guard.py" line="+74"/>
        <source>a date or a number of days is out of range (dates must fall in the years 1900–2200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not enough memory for this input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_deadlines.py" line="+43"/>
        <source>{text} is not a list of days before, such as 3,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days present against tax-residency presence tests (not tax advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day to count to (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every upcoming date to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write them as calendar events with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reminders, in days before each deadline (default 3,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="-77"/>
        <location line="+16"/>
        <location filename="../../planner/cli_report.py" line="+9"/>
        <location filename="../../planner/cli_deadlines.py" line="+1"/>
        <source>replace OUT if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_deadlines.py" line="+6"/>
        <source>{days} of {threshold} days present {a} – {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reached as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached on {day} as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} no presence test in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence tests only (days in the country), not tax advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no deadlines from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>wrote {n} deadlines to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/deadline_ics.py" line="+53"/>
        <source>(stay #{n})</source>
        <extracomment>Days before a deadline its reminders ring, unless the caller says otherwise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave {country} by this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: {days} days present — tax resident by the presence test (not tax advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for {country} ends during your stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day you may leave without breaking a stay limit, as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rule data (the days after are unchecked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force the day after: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Stay Planner; check with the authorities, this is not legal or tax advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stay Planner deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_report.py" line="-11"/>
        <source>write a one-page stay summary as PDF</source>
        <translation>болу мерзімдерінің бір беттік қорытындысын PDF етіп жазу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>жазылатын PDF файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary&apos;s date (default: today)</source>
        <translation>қорытынды күні (әдепкі: бүгін)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary&apos;s language (default: the environment&apos;s, as LANG or LC_ALL give it)</source>
        <translation>қорытынды тілі (әдепкі: орта тілі, LANG немесе LC_ALL бойынша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper size (auto: Letter in US locales, A4 elsewhere)</source>
        <translation>қағаз өлшемі (auto: АҚШ локальдерінде Letter, басқа жерде A4)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/help_menu.py" line="+76"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Rule data: format version {version}, {n} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sources checked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sources checked {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa-free stay limits, counted on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Days Are &amp;Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Stay Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How Days Are Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Stay Planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../planner/ui/window/accessibility.py" line="+37"/>
        <source>{country} stay {entry} – {exit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>breach: this day is over a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calendar of stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys move the day cursor; Enter edits the stay, Insert adds one, Delete removes it; Alt+arrows move the stay, Shift+arrows change its exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Traveller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller&apos;s nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used today per destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays</source>
        <translation>Болу кезеңдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend of colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used on the day under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per stay; F2 edits a cell, the selected row is selected in the calendar too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../planner/ui/planning/advice_panel.py" line="+80"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add these stays</source>
        <translation>Осы болуларды қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a stay to see until when it may last, when you may come back and where to go meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} ({code}), {entry} – {exit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stays in its way move later with it: {stays}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge with #{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stay and #{n} ({entry} – {exit}) are in the same country and touch or overlap: their days count once; make them one stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No limit applies to this stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even one day here adds a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your next stay there ({entry} – {exit}, {days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} fits as planned: it could start from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must start on {date} or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No single country but home covers these days; one after another:</source>
        <translation>Бұл күндерді туған елден басқа бірде-бір ел толық қамтымайды; кезекпен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}: {first} – {last} ({days})</source>
        <translation>{country}: {first} – {last} ({days})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave by {leave}, then stay in each country in turn</source>
        <translation>{leave} дейін шығып, содан кейін әр елде кезекпен болу</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>These days are planned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave by {leave}, then stay in {country} from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Trim to leave by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move next stay to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your next planned stay in {code} ({entry} – {exit}) may start on {date} once this stay ends by the date above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Breaches a limit from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps to the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a stay of {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} may start on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay out until {until}: {what} may start on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where to go meanwhile: {first} – {last} ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>up to {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>home country</source>
        <translation>азаматтық елі</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../planner/ui/appearance.py" line="+29"/>
        <location line="+2"/>
        <source>System</source>
        <translation>Жүйелік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;heme</source>
        <translation>&amp;Безендіру</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../planner/ui/calendar/calendar_view.py" line="+322"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{dest}: days counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{code} stay {entry} – {exit}{note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../planner/ui/commands.py" line="+31"/>
        <location line="+38"/>
        <source>Edit {country} stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../../planner/ui/planning/advice_commands.py" line="-74"/>
        <source>Move {country} stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize {country} stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add {country} stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {country} stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/planning/advice_commands.py" line="-7"/>
        <source>Trim {country} stay</source>
        <translation>{country} болуын қысқарту</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add stays one after another</source>
        <extracomment>The undo step that adds a chain of stays.</extracomment>
        <translation>Болуларды бірінен соң бірін қосу</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../planner/ui/planning/scenario.py" line="+72"/>
        <source>Destination</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days
original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days
scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaches
original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches
scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="+141"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
</context>
<context>
    <name>DayQuery</name>
    <message>
        <location filename="../../planner/ui/window/day_query.py" line="+40"/>
        <source>Days used on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this date for the &amp;summary&apos;s status</source>
        <translation>Осы күнді &amp;жиынтықтағы күй үшін пайдалану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No day limit counts on this date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTexts</name>
    <message>
        <location filename="../../planner/ui/day_texts.py" line="+46"/>
        <source>{dest}: {used} of {allowed} days in the {window} days ending {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dest}: {used} of {allowed} days in {year} up to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dest}: {used} of {allowed} days in the {window}-day window up to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dest}: day {used} of {allowed} of this entry on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} in any {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} per calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} in {m} from the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title} — {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Breaks: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stay on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#{n} {country}, {entry} – {exit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts with {stay}: both on {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not checked, {first} – {last}: no rule data covers these days for {nationality} citizens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../planner/ui/planning/deadline_widgets.py" line="+176"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} days, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: the tax-residency presence test is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for {country} ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {when}{detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineLines</name>
    <message>
        <location line="-142"/>
        <source>Registered (was due {date})</source>
        <extracomment>A deadline this many days ahead (or fewer, or overdue) shows the banner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}
Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{country}: {what} reached on {date} — tax resident by the presence test; not tax advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country}: {days} of {what} by {date}, {left} below the presence test; not tax advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} days in a calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days in {m} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days in {m} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineMarkers</name>
    <message>
        <location filename="../../planner/ui/planning/deadline_markers.py" line="+54"/>
        <source>{code}: {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: reached on {date} — tax resident by the presence test; not tax advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registered ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered (due {date}): {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register by {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../planner/ui/window/deadlines_menu.py" line="+53"/>
        <source>Export &amp;Deadlines to Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadlines could not be computed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Deadlines to Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Export Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose the traveller&apos;s nationality first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported {n} deadlines to {file}, with reminders 3 days and 1 day before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+227"/>
        <source>Destination</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used today</source>
        <translation>Бүгінге пайдаланылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Жақын мерзім</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breach from the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../planner/ui/document.py" line="+149"/>
        <source>Untitled</source>
        <translation>Атаусыз</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>it was made by a newer version of Stay Planner; saving it here would lose what this version does not understand. Choose another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitMarkers</name>
    <message>
        <location filename="../../planner/ui/planning/markers.py" line="+64"/>
        <source>Latest compliant exit: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earliest day a stay of {days} days may start: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixProposal</name>
    <message>
        <location filename="../../planner/ui/planning/proposal.py" line="+48"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 stay trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 stay moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stay dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stays trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} stays moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stays dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Proposal:&lt;/b&gt; {changes} — keeps {after} of {before} visa-free days. Accept to apply it as one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Proposed: {country} {entry} – {exit} ({action})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../planner/ui/window/help_menu.py" line="-143"/>
        <source>Drag on empty days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a stay&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change its entry or exit day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stay, or add one on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entry day and the exit day are both days present. A travel day (leaving one country and arriving in another) counts in both.</source>
        <extracomment>How days are counted, one paragraph each (the product&apos;s semantics).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two stays in one country that touch or overlap count each day once. Countries of a zone such as the Schengen area count together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only visa-free stays count toward a visa-free limit; stays on a visa, a residence permit or an exempt ground are shown but not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“90 in any 180”: a day breaches when the days present in the 180 days ending on it (that day included) number more than 90. The window moves every day: old days drop out, new ones count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“30 per entry”: day d of a stay breaches when it is more than 30 days after the entry day, counting the entry day as day 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A day is judged by the rule in force on that day; a rolling window also looks back over days before the rule began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave by: the last exit day with which the stay adds no breach, neither to itself nor to a later stay. Return from: the first day a stay of the length you plan may begin without adding a breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where no rule data covers your nationality, days are “not checked”, never “compliant”. Rule data has a source and the day it was last checked: laws change, so check before you travel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/window/import_dialog.py" line="+18"/>
        <source>Import Stays — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the events that are stays and choose the country of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the rows to import; you may change their country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guess from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (01.02 is 1 February)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (01.02 is January 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates such as 01.02.2023:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Double-click to edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not imported ({n}): these could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose a country for {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} of {total} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../planner/ui/calendar/view_keys.py" line="+42"/>
        <source>Move the day cursor a day (left, right) or a week (up, down); the stay under it is selected</source>
        <extracomment>What the calendar&apos;s keys do: (the keys, with their modifiers), what they do (untranslated: the &quot;Keys&quot; context).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous or next year (year view), month (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected stay by a day or a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the selected stay end a day earlier or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the selected stay begin a day earlier or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected stay (with none, add one on the cursor day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a stay on the cursor day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="-28"/>
        <source>breach</source>
        <translation>бұзушылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two places at once</source>
        <translation>бір уақытта екі жер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked</source>
        <translation>тексерілмеген</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/window/app.py" line="+69"/>
        <source>The rule data was last checked on {day}, more than 180 days ago; rules may have changed since.</source>
        <extracomment>Windows opened at start for restored work beyond the first (kept alive here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Rule data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/main_window.py" line="+63"/>
        <source>Stay Planner itineraries (*.stayplan);;All files (*)</source>
        <extracomment>Windows made by :meth:`MainWindow.retranslate`, kept alive until they close.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Autosave failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Itinerary</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Days Used on a &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Басқаша с&amp;ақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Stay…</source>
        <translation>Болу кезеңін &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Stay</source>
        <translation>Болу кезеңін &amp;жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Жыл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Уақыт шкаласы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Year</source>
        <translation>&amp;Алдыңғы жыл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Year</source>
        <translation>К&amp;елесі жыл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Today</source>
        <translation>&amp;Бүгінге өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week Starts on &amp;Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print Summary…</source>
        <translation>Қорытындыны &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Summary as PDF…</source>
        <translation>&amp;Қорытындыны PDF-ке экспорттау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Summary saved as {name}</source>
        <translation>Қорытынды сақталды: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name}[*] — Stay Planner</source>
        <translation>{name}[*] — Stay Planner</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Stay Planner</source>
        <translation>Stay Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes to {name} before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>itinerary.stayplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/exchange.py" line="-48"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No stays could be read from {name}:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Calendars and spreadsheets (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../planner/ui/window/planning_menu.py" line="+58"/>
        <source>Exit window</source>
        <translation>Шығу мерзімі</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Planning</source>
        <translation>Жоспарлау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long you could stay entering on each day, shown as a strip along the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Duplicate as Scenario</source>
        <translation>Сценарий ретінде &amp;көшіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Make Compliant</source>
        <translation>Ережелерге &amp;сәйкестендіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Longest Presence…</source>
        <translation>Ең ұзақ &amp;болу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan</source>
        <translation>&amp;Жоспар</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Make compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the traveller&apos;s nationality first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The itinerary already keeps to every rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../planner/ui/planning/presence_dialog.py" line="+69"/>
        <source>Longest presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest &amp;useful stay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add these stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a destination and a range that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{days} in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add longest presence plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../planner/ui/window/banner.py" line="+33"/>
        <location line="+22"/>
        <source>This file is read-only; use Save As to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Save &amp;As…</source>
        <translation>Басқаша с&amp;ақтау…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file was made by a newer version of Stay Planner (format version {v}). It is open read-only and will not be changed; use Save As to keep your changes in another file.</source>
        <translation>Бұл файлды Stay Planner-дің жаңарақ нұсқасы жасаған (формат нұсқасы {v}). Ол тек оқу үшін ашылды және өзгертілмейді; өзгерістерді басқа файлға сақтау үшін «Басқаша сақтау» пәрменін қолданыңыз.</translation>
    </message>
</context>
<context>
    <name>RuleBrowser</name>
    <message>
        <location filename="../../planner/ui/window/rule_browser.py" line="+100"/>
        <source>{n} days in any {m}</source>
        <translation>кез келген {m} күнде {n} күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days per entry</source>
        <translation>бір кіруге {n} күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days per calendar year</source>
        <translation>күнтізбелік жылға {n} күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days in {m} from first entry</source>
        <translation>алғашқы кіруден {m} күнде {n} күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>visa required</source>
        <translation>виза қажет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stay Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any (for example KZ or SCHENGEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any (for example RU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rule data {version}, last checked {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more than 180 days ago: rules may have changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules in bold apply to the open itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n nationalities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For citizens of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No act says this: the data assumes it after a temporary scheme ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stay &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location line="-177"/>
        <source>Destination</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>Тексерілген</translation>
    </message>
</context>
<context>
    <name>ScenarioWindow</name>
    <message>
        <location filename="../../planner/ui/planning/scenario.py" line="+61"/>
        <source>Edit the scenario in the calendar; the original stays as it is until you keep the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario of {name} — Stay Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="+83"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ationality:</source>
        <translation>&amp;Азаматтығы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller</source>
        <translation>Саяхатшы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stays</source>
        <translation>Болу кезеңдері</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planner/ui/models.py" line="-189"/>
        <source>Visa-free</source>
        <translation>Визасыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt ground</source>
        <translation>Ерекше негіз</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../planner/ui/window/stay_dialog.py" line="+55"/>
        <source>New stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>employment contract, study, treatment …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>city, purpose …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt &amp;ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The exit day cannot be before the entry day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) present (entry and exit day included)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+19"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>StripKey</name>
    <message>
        <location filename="../../planner/ui/planning/allowance_strip.py" line="+179"/>
        <source>Green: the full allowance; red: not even one day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../planner/report/summary_words.py" line="+32"/>
        <source>Stay summary</source>
        <translation>Болу мерзімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller</source>
        <translation>Саяхатшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status on</source>
        <translation>Жағдай күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continued</source>
        <translation>жалғасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {n} of {m}</source>
        <translation>{m} беттің {n}-беті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules applied</source>
        <translation>Қолданылған ережелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays</source>
        <translation>Болу мерзімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used at exit</source>
        <translation>Шығу күні есептелген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach days</source>
        <translation>Бұзу күндері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used on {day}</source>
        <translation>{day} күнгі есептелген күндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{used} of {allowed} ({rule})</source>
        <translation>{allowed} ішінен {used} ({rule})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} left</source>
        <translation>{n} қалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} over</source>
        <translation>шектен {n} асқан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted ({rule})</source>
        <translation>есептелмейді ({rule})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breaches: every day complies with the rules applied.</source>
        <translation>Бұзушылық жоқ: барлық күн қолданылған ережелерге сай.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next deadlines</source>
        <translation>Жақын мерзімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No current or planned stay on or after {day}.</source>
        <translation>{day} бастап ағымдағы не жоспарланған болу мерзімі жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, stay {a} – {b}: leave by {day}</source>
        <translation>{country}, болу мерзімі {a} – {b}: {day} кешіктірмей шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned exit is {n} days late)</source>
        <translation>(жоспарланған шығу {n} күнге кеш)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, stay {a} – {b}: no compliant stay; even one day adds a breach</source>
        <translation>{country}, болу мерзімі {a} – {b}: бір күннің өзі бұзушылық</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{country}, stay {a} – {b}: no limit applies</source>
        <translation>{country}, болу мерзімі {a} – {b}: шектеу жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, next {k} days: enter on {day} or later</source>
        <translation>{country}, келесі {k} күн: {day} бастап кіруге болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(planned for {day})</source>
        <translation>({day} күнге жоспарланған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country}, next {k} days: no day within ten years allows it</source>
        <translation>{country}, келесі {k} күн: алдағы 10 жылда қолайлы күн жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: register by {day} ({rule})</source>
        <translation>{country}: {day} дейін тіркелу ({rule})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration deadlines not counted: {error}</source>
        <translation>Тіркелу мерзімдері есептелмеді: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: {n} days present on {day}, a tax-residency presence test is met ({rule}; not tax advice)</source>
        <translation>{country}: {day} күні {n} күн болу толады, салықтық резиденттіктің болу сынағы орындалады ({rule}; салықтық кеңес емес)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year {year}</source>
        <translation>{year} жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breach day</source>
        <translation>бұзу күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: {list}</source>
        <translation>Тексерілмеген: {list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home country</source>
        <translation>азаматтық елі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule data</source>
        <translation>ереже деректері жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules change; the rule data was last checked on {day}. Sources: {sources}. This summary is not legal advice.</source>
        <translation>Ережелер өзгереді; ереже деректері соңғы рет {day} тексерілген. Дереккөздер: {sources}. Бұл қорытынды заң кеңесі емес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as cited with each rule in the rules table</source>
        <translation>ережелер кестесінде әр ереженің жанында көрсетілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always</source>
        <translation>әрқашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {a}</source>
        <translation>{a} бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {b}</source>
        <translation>{b} дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation>{n} күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked: no rule data covers {list} for {nationality} citizens. Those days are not judged here: this summary does not say they comply.</source>
        <translation>Тексерілмеген: {nationality} азаматтары үшін {list} бойынша ереже деректері жоқ. Бұл күндер мұнда бағаланбайды: қорытынды олардың сәйкес екенін айтпайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts: one person cannot be in two countries on these days</source>
        <translation>Қайшылықтар: бір адам бұл күндері екі елде бола алмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first} and {second}: both on {span}</source>
        <translation>{first} және {second}: екеуі де {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a visa is needed for {nationality} citizens</source>
        <translation>{name}: {nationality} азаматтарына виза қажет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully checked</source>
        <translation>Толық тексерілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days in any {m}</source>
        <translation>кез келген {m} күнде {n} күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days per entry</source>
        <translation>бір кіруге {n} күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days per calendar year</source>
        <translation>күнтізбелік жылға {n} күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days in {m} from first entry</source>
        <translation>алғашқы кіруден {m} күнде {n} күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa required</source>
        <translation>виза қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa-free</source>
        <translation>визасыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa</source>
        <translation>виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residence permit</source>
        <translation>тұруға ықтиярхат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exempt</source>
        <translation>босатылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</source>
        <translation>Қаң Ақп Нау Сәу Мам Мау Шіл Там Қыр Қаз Қар Жел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M T W T F S S</source>
        <translation>Д С С Б Ж С Ж</translation>
    </message>
</context>
</TS>
