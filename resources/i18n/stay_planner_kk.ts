<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../planner/cli.py" line="+68"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{text} is not a number of days (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check planned stays against visa-free stay limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>an itinerary (.stayplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a rule file that adds or overrides rules (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>the first day one may enter and stay K days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>days used and allowed, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{a} (1 day)</source>
        <translation>{a} (1 күн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} – {b} ({n} days)</source>
        <translation>{a} – {b} ({n} күн)</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../planner/cli_planning.py" line="+65"/>
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
        <source>note: the rule data was last checked on {day}, more than 180 days ago; the law may have changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location filename="../../planner/ui/planning/plan_texts.py" line="+31"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../planner/cli.py" line="+9"/>
        <location line="+47"/>
        <location filename="../../planner/cli_planning.py" line="+1"/>
        <location line="+59"/>
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
        <location filename="../../planner/cli.py" line="-45"/>
        <source>no compliant exit: even one day there adds a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {day}</source>
        <translation>{day} кешіктірмей шығу</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="+36"/>
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
        <location line="+8"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{error} (see stay-planner --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="+91"/>
        <source>&apos;{path}&apos; is a folder; name the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{path}&apos; already exists (add --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+12"/>
        <source>--nationality {value} is not a country code (such as RU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+6"/>
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
        <location filename="../../planner/cli_planning.py" line="-76"/>
        <source>write a compliant version of an itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit windows and where to go, for each breaching stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+8"/>
        <source>no stay breaches: nothing to suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{head}: no compliant day; do not enter on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: leave by {day}</source>
        <translation>{head}: {day} кешіктірмей шығу</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="-7"/>
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
        <location line="+6"/>
        <source>no single country but home covers it; one after another:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: will not overwrite the input file; choose another output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} already exists; use --force to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/planning/advice_commands.py" line="+111"/>
        <source>Make compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/file_prompts.py" line="+38"/>
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
        <location filename="../../planner/ui/window/import_dialog.py" line="+93"/>
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
        <location filename="../../planner/ui/window/recovery.py" line="+126"/>
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
        <location filename="../../planner/report/dialogs.py" line="+47"/>
        <location line="+34"/>
        <location line="+27"/>
        <source>Stay summary</source>
        <translation>Болу кезеңдерінің жиынтығы</translation>
    </message>
    <message>
        <location line="-60"/>
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
        <location line="+8"/>
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
        <location line="+27"/>
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
        <location filename="../../planner/storage/atomic.py" line="+34"/>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+98"/>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../planner/storage/csv_io.py" line="+135"/>
        <source>line {line}: {problem}</source>
        <extracomment>The columns written on export, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+55"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+31"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>it is not {what} (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+40"/>
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
        <location filename="../../planner/storage/ics.py" line="+252"/>
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
        <location line="+15"/>
        <source>it holds no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
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
        <location line="+68"/>
        <source>event {number} ({title}) has no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} ({title}) has the country {code}, not an ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-50"/>
        <source>an itinerary file</source>
        <extracomment>Files larger than this are refused before they are read (ours are a few KB). Migrations of older format versions: ``_MIGRATIONS[n]`` takes a version-n document (a plain dict, the caller&apos;s own copy) and returns the same itinerary as a version n + 1 document; :func:`parse_itinerary` applies them in order from the file&apos;s version up to :data:`VERSION`, then validates the result as a current document. When the format changes, bump :data:`VERSION` and add the step for the old version here, with a test that opens a file of the old version. Migration happens on load only; the file on disk changes when the user saves.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="-200"/>
        <location line="+19"/>
        <source>a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="-200"/>
        <location line="+5"/>
        <source>an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/exchange.py" line="+68"/>
        <source>a calendar or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="+17"/>
        <source>it is a folder, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+311"/>
        <source>this is not a valid file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-302"/>
        <source>it is larger than {limit} MB ({size} bytes); itinerary files are a few kilobytes, so this is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes), too large for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+7"/>
        <source>stay {number} must be an object such as {example}, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+62"/>
        <source>its extra data is not plain JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/storage/safety.py" line="+94"/>
        <source>could not make a backup first ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/api.py" line="+77"/>
        <source>the traveller&apos;s nationality is missing: rules depend on it (add &quot;nationality&quot;: &quot;RU&quot; or similar to &quot;traveller&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{code} is not a country code (use ISO codes such as KZ, KG, GE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+144"/>
        <source>the itinerary has no stays; give the first day to try (--after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the number of days must be 1 or more, got {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{destination} is neither a country code nor a zone ({zones})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the itinerary has no stays in {destination}; give --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--to {end} is before --from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range is longer than 50 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/cli_report.py" line="+72"/>
        <source>{file} is a folder; give a file name such as summary.pdf</source>
        <translation>{file} — бұл қалта; файл атын беріңіз, мысалы summary.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot write {file}: {reason}</source>
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
        <location filename="../../planner/wording.py" line="-13"/>
        <source>{name}: a visa is needed for {nationality} citizens from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: a visa is needed for {nationality} citizens</source>
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
        <location filename="../../planner/ui/planning/advice_panel.py" line="+74"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a stay to see until when it may last, when you may come back and where to go meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} ({code}), {entry} – {exit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+14"/>
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
        <location line="+35"/>
        <source>These days are planned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave by {leave}, then stay in {country} from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
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
        <location line="+47"/>
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
        <location line="+14"/>
        <source>Add stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+123"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;heme</source>
        <translation>&amp;Безендіру</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language is used when Stay Planner starts the next time.</source>
        <translation>Жаңа тіл Stay Planner келесі рет іске қосылғанда қолданылады.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../planner/ui/calendar/calendar_view.py" line="+398"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{dest}: days counted (limit {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dest}: days counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{code} stay {entry} – {exit}{note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../planner/ui/commands.py" line="+32"/>
        <location line="+38"/>
        <source>Edit {country} stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
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
        <location filename="../../planner/ui/planning/advice_commands.py" line="-23"/>
        <source>Merge {country} stays</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../planner/ui/window/side_panel.py" line="+103"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
</context>
<context>
    <name>DayTexts</name>
    <message>
        <location filename="../../planner/ui/texts.py" line="+42"/>
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
    <name>DestinationsModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+222"/>
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
        <location filename="../../planner/ui/document.py" line="+148"/>
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
        <location filename="../../planner/ui/planning/markers.py" line="+53"/>
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
        <location filename="../../planner/ui/planning/proposal.py" line="+47"/>
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
        <translation type="unfinished"></translation>
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
        <location line="+11"/>
        <source>Not imported ({n}): these could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
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
    <name>Legend</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="-24"/>
        <source>breach</source>
        <translation>бұзушылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/window/app.py" line="+80"/>
        <source>Rule data</source>
        <extracomment>Windows opened at start for restored work beyond the first (kept alive here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/main_window.py" line="+56"/>
        <source>Stay Planner itineraries (*.stayplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Autosave failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Itinerary</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+4"/>
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
        <location line="+23"/>
        <source>Summary saved as {name}</source>
        <translation>Қорытынды сақталды: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../planner/ui/window/exchange.py" line="-29"/>
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
        <location line="+17"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
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
        <location filename="../../planner/ui/window/planning_menu.py" line="+55"/>
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
        <location line="+18"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+51"/>
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
        <location filename="../../planner/ui/window/side_panel.py" line="+70"/>
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
        <location line="+8"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stays</source>
        <translation>Болу кезеңдері</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planner/ui/models.py" line="-185"/>
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
        <location filename="../../planner/ui/window/stay_dialog.py" line="+47"/>
        <source>New stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
    <message>
        <location line="+3"/>
        <source>{n} days present (entry and exit day included)</source>
        <translation type="unfinished"></translation>
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
</TS>
