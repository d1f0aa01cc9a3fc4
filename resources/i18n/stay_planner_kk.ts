<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../planner/cli.py" line="+93"/>
        <source>{text} is not a date (YYYY-MM-DD)</source>
        <translation>{text} — дата емес (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{text} is not a number of days (1 or more)</source>
        <translation>{text} — күн саны емес (1 не одан көп)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Check planned stays against visa-free stay limits.</source>
        <translation>Жоспарланған болу кезеңдерінің визасыз болу шектеулеріне сәйкестігін тексеру.</translation>
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
        <translation>JSON шығару</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a rule file that adds or overrides rules (repeatable)</source>
        <translation>ережелерді қосатын не алмастыратын ереже файлы (бірнеше рет көрсетуге болады)</translation>
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
        <translation>ел немесе аймақ: ISO коды (KZ), аймақ коды (SCHENGEN) немесе атауы (Kazakhstan, Қазақстан)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>rule data cannot be read: {error}</source>
        <translation>ереже деректерін оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../planner/cli_rules.py" line="+103"/>
        <source>rule data {version}, last checked {day}</source>
        <translation>ереже деректері {version}, соңғы тексеру {day}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>show the program&apos;s and the rule data&apos;s version and exit</source>
        <translation>бағдарлама мен ереже деректерінің нұсқасын көрсетіп, шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also print what the program logs to standard error (may stand anywhere on the line)</source>
        <translation>бағдарлама журналға жазатынын стандартты қате ағынына да шығару (кілт жолдың кез келген жерінде тұра алады)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report every day that breaches a stay limit</source>
        <translation>болу шектеуін бұзатын әр күнді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the latest compliant exit of each stay</source>
        <translation>әр болу кезеңі үшін ережеге сай ең соңғы шығу күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longest stay that may start on a day</source>
        <translation>белгілі бір күні басталатын ең ұзақ болу кезеңі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first day of the stay</source>
        <translation>болу кезеңінің бірінші күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first day one may enter and stay K days</source>
        <translation>кіріп, K күн болуға болатын алғашқы күн</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the length of the stay, in days</source>
        <translation>болу кезеңінің ұзақтығы, күнмен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day to try (default: the day after the last stay there)</source>
        <translation>тексерілетін алғашқы күн (әдепкі: сол жердегі соңғы болу кезеңінен кейінгі күн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days used and allowed, day by day</source>
        <translation>пайдаланылған және рұқсат етілген күндер, әр күн бойынша</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first day (default: the first entry there)</source>
        <translation>бірінші күн (әдепкі: сол жерге алғашқы кіру)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day (default: the last exit there)</source>
        <translation>соңғы күн (әдепкі: сол жерден соңғы шығу)</translation>
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
        <translation>{name}: {day} бастап {nationality} азаматтарына виза қажет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: a visa is needed for {nationality} citizens</source>
        <translation>{name}: {nationality} азаматтарына виза қажет</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="+13"/>
        <source>CONFLICT {first} and {second}: both on {span}</source>
        <translation>ҚАЙШЫЛЫҚ {first} және {second}: екеуі де {span}</translation>
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
        <translation>{code} {span} аралығында тексерілмеді: бұл күндерге {nationality} азаматтары үшін ереже деректері жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a visa is needed after it</source>
        <translation>одан кейін виза қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule data covers the days after it</source>
        <translation>одан кейінгі күндерге ереже деректері жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: {destination} rule {rule} ends on {day}, under stay #{n}; {then} (source: {source})</source>
        <translation>ескертпе: {destination} үшін {rule} ережесі {day} күні аяқталады, №{n} болу кезеңі кезінде; {then} (дереккөз: {source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {text}</source>
        <translation>Ескертпе: {text}</translation>
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
        <translation>ТОЛЫҚ ТЕКСЕРІЛМЕДІ: кейбір күндерге ереже деректері жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/planning/plan_texts.py" line="+32"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../planner/cli.py" line="+9"/>
        <location line="+51"/>
        <location filename="../../planner/cli_planning.py" line="+1"/>
        <location line="+76"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entering on {date} you could stay without limit ({dest})</source>
        <translation>{date} күні кірсеңіз, шектеусіз бола аласыз ({dest})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entering on {date} even one day would add a breach ({dest}, {rule})</source>
        <translation>{date} күні кірсеңіз, бір күннің өзі бұзушылыққа әкеледі ({dest}, {rule})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering on {date} you could stay {days} ({dest}, {rule})</source>
        <translation>{date} күні кірсеңіз, {days} бола аласыз ({dest}, {rule})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>leave by {date}</source>
        <translation>{date} кешіктірмей шығу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>may stay until {date}</source>
        <translation>{date} дейін болуға болады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>return from {date}</source>
        <translation>{date} бастап қайту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by {date}</source>
        <translation>{date} дейін</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from {date}</source>
        <translation>{date} бастап</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="-49"/>
        <source>no compliant exit: even one day there adds a breach</source>
        <translation>ережеге сай шығу күні жоқ: онда бір күннің өзі бұзушылық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {day}</source>
        <translation>{day} кешіктірмей шығу</translation>
    </message>
    <message>
        <location filename="../../planner/wording.py" line="+9"/>
        <source>may stay until {day}: later days here make a later stay breach</source>
        <translation>{day} дейін болуға болады: мұндағы кейінгі күндер келесі болу кезеңінде бұзушылыққа әкеледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may stay until {day}</source>
        <translation>{day} дейін болуға болады</translation>
    </message>
    <message>
        <location filename="../../planner/cli.py" line="+3"/>
        <source>BREACH</source>
        <translation>БҰЗУШЫЛЫҚ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{country} from {day}: no limit</source>
        <translation>{country}, {day} бастап: шектеусіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country} from {day}: no day is allowed</source>
        <translation>{country}, {day} бастап: бір күнге де рұқсат жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country} from {day}: up to {n} days, last day {last}</source>
        <translation>{country}, {day} бастап: {n} күнге дейін, соңғы күн {last}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{country}: no day within ten years allows {n} days</source>
        <translation>{country}: алдағы он жылда {n} күн болуға мүмкіндік беретін күн жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country}: enter on {day} or later to stay {n} days</source>
        <translation>{country}: {n} күн болу үшін {day} немесе одан кейін кіріңіз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{asked} counts in {zone} ({code}): the days below are the zone&apos;s</source>
        <translation>{asked} {zone} ({code}) құрамында есептеледі: төмендегі күндер бүкіл аймақтікі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over</source>
        <translation>шектен тыс</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{error} (see stay-planner --help)</source>
        <extracomment>Thread pools of the numeric libraries under NumPy: the engine does no linear algebra, and starting a pool per core costs a one-shot command ~50 ms.</extracomment>
        <translation>{error} (қараңыз: stay-planner --help)</translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="-2"/>
        <source>write an itinerary&apos;s stays to a calendar (ICS) or spreadsheet (CSV) file</source>
        <translation>маршруттың болу кезеңдерін күнтізбе (ICS) не кесте (CSV) файлына жазу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write an iCalendar file</source>
        <translation>iCalendar файлын жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a CSV file</source>
        <translation>CSV файлын жазу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make an itinerary from a calendar (ICS) or spreadsheet (CSV) file</source>
        <translation>күнтізбе (ICS) не кесте (CSV) файлынан маршрут жасау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .ics or .csv file</source>
        <translation>.ics немесе .csv файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the itinerary to write (.stayplan)</source>
        <translation>жазылатын маршрут (.stayplan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the traveller&apos;s nationality (ISO code such as RU)</source>
        <translation>саяхатшының азаматтығы (ISO коды, мысалы RU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the traveller&apos;s name</source>
        <translation>саяхатшының аты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV dates such as 01.02.2023 are day first (1 February)</source>
        <translation>01.02.2023 сияқты CSV даталарында алдымен күн тұрады (1 ақпан)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV dates such as 01.02.2023 are month first (2 January)</source>
        <translation>01.02.2023 сияқты CSV даталарында алдымен ай тұрады (2 қаңтар)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>exported 1 stay to calendar file {file}</source>
        <translation>1 болу кезеңі күнтізбе файлына экспортталды: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {n} stays to calendar file {file}</source>
        <translation>{n} болу кезеңі күнтізбе файлына экспортталды: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exported 1 stay to CSV file {file}</source>
        <translation>1 болу кезеңі CSV файлына экспортталды: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported {n} stays to CSV file {file}</source>
        <translation>{n} болу кезеңі CSV файлына экспортталды: {file}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--nationality {value} is not a country code (such as RU)</source>
        <translation>--nationality {value} — ел коды емес (мысалы, RU)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skipped {reason}</source>
        <translation>өткізіп жіберілді: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} skipped)</source>
        <translation>(өткізіп жіберілді: {n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no stay could be imported from it</source>
        <translation>одан бірде-бір болу кезеңін импорттау мүмкін болмады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported 1 stay into {file}</source>
        <translation>1 болу кезеңі импортталды: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported {n} stays into {file}</source>
        <translation>{n} болу кезеңі импортталды: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped {n}</source>
        <translation>өткізіп жіберілді: {n}</translation>
    </message>
    <message>
        <location filename="../../planner/cli_planning.py" line="-93"/>
        <source>write a compliant version of an itinerary</source>
        <translation>маршруттың ережелерге сай нұсқасын жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit windows and where to go, for each breaching stay</source>
        <translation>бұзушылығы бар әр болу кезеңі үшін шығу мерзімдері және қайда баруға болатыны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where to write the compliant itinerary</source>
        <translation>ережелерге сай маршрутты қайда жазу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwrite OUT if it exists</source>
        <translation>OUT бар болса, қайта жазу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kept</source>
        <translation>қалдырылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trimmed</source>
        <translation>қысқартылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved</source>
        <translation>жылжытылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>алып тасталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trim</source>
        <translation>қысқарту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trim-forward</source>
        <translation>қысқартып жылжыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>жылжыту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{head}: kept</source>
        <translation>{head}: қалдырылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: dropped (no compliant day left for it)</source>
        <translation>{head}: алып тасталды (ол үшін ережеге сай күн қалмады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: {action} to {span}</source>
        <translation>{head}: {action}, енді {span}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(to make room for #{n})</source>
        <translation>(№{n} үшін орын босатылды)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrote {file}: {n} of {m} visa-free days kept</source>
        <translation>{file} жазылды: {m} визасыз күннің {n} күні сақталды</translation>
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
        <translation>бұзушылық жоқ: ұсынатын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{head}: no compliant day; do not enter on {day}</source>
        <translation>{head}: ережеге сай күн жоқ; {day} күні кірмеңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}: leave by {day}</source>
        <translation>{head}: {day} кешіктірмей шығу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a {n}-day stay</source>
        <translation>{n} күндік болу кезеңі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stay</source>
        <translation>болу кезеңі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>return: {what} may start on {day}</source>
        <translation>қайту: {what} {day} күні басталуы мүмкін</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no single country but home covers it; one after another:</source>
        <translation>азаматтық елінен басқа бірде-бір ел бұл уақытты толық қамтымайды; бірінен соң бірі:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>return: no day within ten years allows {what}</source>
        <translation>қайту: алдағы он жылда {what} басталатын күн жоқ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>your next stay there (#{n}, {span}, {days} days)</source>
        <translation>сол жердегі келесі болу кезеңіңіз (№{n}, {span}, {days} күн)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>return: {what} fits as planned (it could start from {day})</source>
        <translation>қайту: {what} жоспарға сыяды ({day} бастап басталуы мүмкін еді)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>return: {what} must start on {day} or later</source>
        <translation>қайту: {what} {day} немесе одан кейін басталуы керек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meanwhile, {span}:</source>
        <translation>осы уақытта, {span}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to {n} days</source>
        <translation>{n} күнге дейін</translation>
    </message>
    <message>
        <location filename="../../planner/ui/planning/advice_commands.py" line="+91"/>
        <source>Merge {country} stays</source>
        <translation>{country}: болу кезеңдерін біріктіру</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Make compliant</source>
        <translation>Ережелерге сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/file_prompts.py" line="+36"/>
        <source>File changed on disk</source>
        <translation>Файл дискіде өзгерді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} was changed by another program since you opened it.</source>
        <translation>«{name}» файлын сіз ашқаннан кейін басқа бағдарлама өзгертті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite it with your version, save your version as another file, or cancel and keep both as they are.</source>
        <translation>Оны өз нұсқаңызбен қайта жазасыз ба, өз нұсқаңызды басқа файлға сақтайсыз ба, әлде бас тартып, екеуін де сол күйінде қалдырасыз ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Қайта жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Басқаша сақ&amp;тау…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File from a newer Stay Planner</source>
        <translation>Stay Planner-дің жаңарақ нұсқасының файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was made by a newer version of Stay Planner (file format version {version}); this version reads format version {supported}.</source>
        <translation>«{file}» файлын Stay Planner-дің жаңарақ нұсқасы жасаған (файл форматының нұсқасы {version}); бұл нұсқа оқи алатын формат нұсқасы: {supported}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update Stay Planner to open it. The file has not been changed, and this program will not write to it.</source>
        <translation>Оны ашу үшін Stay Planner-ді жаңартыңыз. Файл өзгертілмеді, бұл бағдарлама оған жазбайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open file</source>
        <translation>Файлды ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/import_dialog.py" line="+96"/>
        <source> (repeats; its first occurrence)</source>
        <translation> (қайталанады; алғаш кездескен жері)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {n}</source>
        <translation>{n}-оқиға</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {n}</source>
        <translation>{n}-жол</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/recovery.py" line="+133"/>
        <source>untitled</source>
        <extracomment>``ask(parent, recovery)`` -&gt; True to restore, False to discard.</extracomment>
        <translation>атаусыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered unsaved changes from {time} ({name}).</source>
        <translation>Сақталмаған өзгерістер қалпына келтірілді: {time} ({name}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved changes</source>
        <translation>Сақталмаған өзгерістерді қалпына келтіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay Planner was closed before these changes were saved. Restore them to keep working on them ({n} stays), or discard them.</source>
        <translation>Бұл өзгерістер сақталмай тұрып Stay Planner жабылып қалды. Жұмысты жалғастыру үшін оларды қалпына келтіріңіз ({n} болу кезеңі) немесе тастаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Тастау</translation>
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
        <translation>бұл оқылатын UTF-16 мәтін емес, демек, {what} емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not UTF-8 text (byte {byte} is invalid); save {what} as UTF-8</source>
        <translation>бұл UTF-8 мәтін емес ({byte}-байт жарамсыз); файлды ({what}) UTF-8 кодтауында сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../planner/storage/_fields.py" line="+54"/>
        <source>a number ({value})</source>
        <extracomment>Documents nested deeper than this are refused (ours are 4 levels deep). Years outside this range are certainly typing mistakes. The statuses by the text a file writes them in. What a bracket does to the nesting depth (:func:`text_too_deep`). What :func:`extras` gives an object with only keys the format knows.</extracomment>
        <translation>сан ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text {value}</source>
        <translation>{value} мәтіні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {type}</source>
        <translation>{type} түріндегі мән</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must be text, not {what}</source>
        <translation>{name} мәтін болуы керек, {what} емес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be a two-letter country code such as &quot;KZ&quot;, not {what}</source>
        <translation>{name} &quot;KZ&quot; сияқты екі әріпті ел коды болуы керек, {what} емес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} {value} is not a known country code (ISO 3166-1, such as &quot;KZ&quot;)</source>
        <translation>{name} {value} — белгісіз ел коды (&quot;KZ&quot; сияқты ISO 3166-1 коды керек)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} {value} must be written in upper case: use {code}</source>
        <translation>{name} {value} бас әріптермен жазылуы керек: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {value} must be written without spaces: use {code}</source>
        <translation>{name} {value} бос орынсыз жазылуы керек: {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} must be a date written as &quot;YYYY-MM-DD&quot; (such as &quot;2023-02-01&quot;), not {what}</source>
        <translation>{name} &quot;ЖЖЖЖ-АА-КК&quot; түрінде жазылған дата болуы керек (мысалы, &quot;2023-02-01&quot;), {what} емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} {value} is not a date written as YYYY-MM-DD (such as &quot;2023-02-01&quot;)</source>
        <translation>{name} {value} — ЖЖЖЖ-АА-КК түрінде жазылған дата емес (мысалы, &quot;2023-02-01&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} must be true or false, not {what}</source>
        <translation>{name} true не false болуы керек, {what} емес</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} {value} is not a real date</source>
        <translation>{name} {value} — мұндай дата жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a plausible date (years {first} to {last})</source>
        <translation>{value} — шындыққа жанаспайтын дата ({first}–{last} жылдар аралығында болуы керек)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} {value} is not a plausible date (years {first} to {last})</source>
        <translation>{name} {value} — шындыққа жанаспайтын дата ({first}–{last} жылдар аралығында болуы керек)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>status {value} is not one of {choices}</source>
        <translation>статус {value} рұқсат етілген мәндердің бірі емес: {choices}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the key {key} is not text</source>
        <translation>{key} кілті мәтін емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the extra data under {keys} is not plain JSON ({error})</source>
        <translation>қосымша деректер (кілттер: {keys}) қарапайым JSON емес ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/storage/output.py" line="+101"/>
        <source>no file name was given to write to</source>
        <extracomment>Kinds written for the user&apos;s eyes only (mode 0600 for a new file). A reader&apos;s check of bytes about to be written: raises ItineraryError, or returns. Kinds that may replace an itinerary file (with ``force``).</extracomment>
        <translation>жазатын файл атауы көрсетілмеген</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation>«{folder}» қалтасы жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is {kind}, not a file to write</source>
        <translation>бұл {kind}, жазуға болатын файл емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is the input file being read; choose another file to write</source>
        <translation>бұл оқылып жатқан кіріс файлы; жазу үшін басқа файл таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is an itinerary file; writing {what} there would replace it. Choose another file</source>
        <translation>бұл маршрут файлы; оған жазу ({what}) оны алмастырып жібереді. Басқа файл таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>it already exists (add --force to replace it)</source>
        <translation>ол бұрыннан бар (оны алмастыру үшін --force қосыңыз)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a calendar file</source>
        <translation>күнтізбе файлы</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>what was written could not be read back the same (the disk may be full or failing)</source>
        <translation>жазылған деректер сол күйінде қайта оқылмады (диск толып қалған не ақаулы болуы мүмкін)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the PDF was not made (it does not begin with %PDF-)</source>
        <translation>PDF жасалмады (ол %PDF- деп басталмайды)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF is incomplete (it has no end: startxref and %%EOF)</source>
        <translation>PDF толық емес (оның соңы жоқ: startxref және %%EOF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is incomplete (its cross-reference table is missing)</source>
        <translation>PDF толық емес (айқас сілтемелер кестесі жоқ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is incomplete (it has no trailer)</source>
        <translation>PDF толық емес (трейлері жоқ)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>the file is read-only</source>
        <translation>файл тек оқуға арналған</translation>
    </message>
    <message>
        <location filename="../../planner/storage/atomic.py" line="+79"/>
        <source>there is no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its folder does not exist</source>
        <translation>оның қалтасы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not an itinerary file</source>
        <translation>бұл маршрут файлы емес, қалта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>жолдың бір бөлігі қалта емес, файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (you may not read it)</source>
        <translation>рұқсат жоқ (оны оқуға құқығыңыз жоқ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied (you may not write in its folder)</source>
        <translation>рұқсат жоқ (оның қалтасына жазуға құқығыңыз жоқ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full</source>
        <translation>диск толып қалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your disk quota is used up</source>
        <translation>дискідегі квотаңыз таусылды</translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="+184"/>
        <source>line {line}: {problem}</source>
        <extracomment>The columns written on export, in order. What a spreadsheet takes for the start of a formula (OWASP, &quot;CSV Injection&quot;). The mark that makes a spreadsheet show a cell as text.</extracomment>
        <translation>{line}-жол: {problem}</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+102"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+143"/>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>it is not {what} (it holds binary data)</source>
        <translation>бұл {what} емес (онда екілік деректер бар)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is not readable CSV (line {line}: a quoted field is never closed)</source>
        <translation>бұл оқылатын CSV емес ({line}-жол: тырнақшадағы өріс жабылмаған)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has more than {limit} rows; an itinerary holds at most {limit} stays</source>
        <translation>онда {limit} жолдан көп; маршрутта ең көбі {limit} болу кезеңі бола алады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not readable CSV (line {line}: {error})</source>
        <translation>CSV оқылмайды ({line}-жол: {error})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the header row names the column {column} twice</source>
        <translation>тақырып жолында {column} бағаны екі рет аталған</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the first line must be a header row naming the columns country, entry and exit (missing: {missing}; found: {found})</source>
        <translation>бірінші жол country, entry және exit (немесе страна, въезд және выезд) бағандарын атайтын тақырып жолы болуы керек (жетіспейді: {missing}; табылды: {found})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no country</source>
        <translation>ел көрсетілмеген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>country {value} is not a country code (such as KZ) or a country name</source>
        <translation>ел {value} — ел коды да (мысалы, KZ), ел атауы да емес</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>registered {value} is not yes or no</source>
        <translation>тіркеу {value}: «иә» немесе «жоқ» болуы керек</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no entry date</source>
        <translation>кіру датасы көрсетілмеген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no exit date</source>
        <translation>шығу датасы көрсетілмеген</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} {value} could be {first} or {second}: say whether the day or the month comes first</source>
        <translation>{name} {value} {first} немесе {second} болуы мүмкін: алдымен күн тұра ма, ай тұра ма — көрсетіңіз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} {value} is not a date</source>
        <translation>{name} {value} — дата емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} {value} is not a whole date (day, month and year)</source>
        <translation>{name} {value} — толық дата емес (күн, ай және жыл керек)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} January</source>
        <translation>{day} қаңтар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} February</source>
        <translation>{day} ақпан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} March</source>
        <translation>{day} наурыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} April</source>
        <translation>{day} сәуір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} May</source>
        <translation>{day} мамыр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} June</source>
        <translation>{day} маусым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} July</source>
        <translation>{day} шілде</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} August</source>
        <translation>{day} тамыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} September</source>
        <translation>{day} қыркүйек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} October</source>
        <translation>{day} қазан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day} November</source>
        <translation>{day} қараша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} December</source>
        <translation>{day} желтоқсан</translation>
    </message>
    <message>
        <location filename="../../planner/storage/errors.py" line="+35"/>
        <source>Cannot save &apos;{origin}&apos;: {detail}</source>
        <translation>«{origin}» файлын сақтау мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open &apos;{origin}&apos;: {detail}</source>
        <translation>«{origin}» файлын ашу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it was made by a newer version of Stay Planner (format version {version}); this program reads version {supported}. Update Stay Planner to open it.</source>
        <translation>оны Stay Planner-дің жаңарақ нұсқасы жасаған (формат нұсқасы {version}); бұл бағдарлама оқи алатын нұсқа: {supported}. Оны ашу үшін Stay Planner-ді жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="+265"/>
        <source>event {number}: {problem}</source>
        <translation>{number}-оқиға: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} {title}: {problem}</source>
        <translation>{number}-оқиға {title}: {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it is not {what} (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>бұл {what} емес (файл BEGIN:VCALENDAR деп басталмайды)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a readable iCalendar file ({reason})</source>
        <translation>iCalendar файлын оқу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has more than {limit} events; an itinerary holds at most {limit} stays</source>
        <translation>онда {limit} оқиғадан көп; маршрутта ең көбі {limit} болу кезеңі бола алады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds no events</source>
        <translation>онда оқиғалар жоқ</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>it cannot be read ({reason})</source>
        <translation>оны оқу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has no start date (DTSTART)</source>
        <translation>оның басталу датасы жоқ (DTSTART)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its start (DTSTART) is not a date or a time</source>
        <translation>оның басталуы (DTSTART) дата да, уақыт та емес</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>event {number} ({title}) has no country</source>
        <translation>{number}-оқиғада ({title}) ел көрсетілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event {number} ({title}) has the country {code}, not an ISO code</source>
        <translation>{number}-оқиғада ({title}) ел ретінде {code} көрсетілген, бұл ISO коды емес</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-54"/>
        <location line="+359"/>
        <location filename="../../planner/storage/safety.py" line="+101"/>
        <source>an itinerary file</source>
        <extracomment>Files larger than this are refused before they are read (ours are a few KB). Migrations of older format versions: ``_MIGRATIONS[n]`` takes a version-n document (a plain dict, the caller&apos;s own copy) and returns the same itinerary as a version n + 1 document; :func:`parse_itinerary` applies them in order from the file&apos;s version up to :data:`VERSION`, then validates the result as a current document. When the format changes, bump :data:`VERSION` and add the step for the old version here, with a test that opens a file of the old version. Migration happens on load only; the file on disk changes when the user saves.</extracomment>
        <translation>маршрут файлы</translation>
    </message>
    <message>
        <location filename="../../planner/storage/csv_io.py" line="-252"/>
        <location line="+19"/>
        <location filename="../../planner/storage/output.py" line="+6"/>
        <source>a CSV file</source>
        <translation>CSV файлы</translation>
    </message>
    <message>
        <location filename="../../planner/storage/ics.py" line="-209"/>
        <location line="+5"/>
        <source>an iCalendar file</source>
        <translation>iCalendar файлы</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/exchange.py" line="+73"/>
        <location filename="../../planner/cli_exchange.py" line="-19"/>
        <source>a calendar or CSV file</source>
        <translation>күнтізбе не CSV файлы</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Import %n stay(s)</source>
        <translation>
            <numerusform>%n болу кезеңін импорттау</numerusform>
            <numerusform>%n болу кезеңін импорттау</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="-334"/>
        <location filename="../../planner/storage/output.py" line="-29"/>
        <source>this is not a valid file name</source>
        <translation>бұл жарамсыз файл атауы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it would be larger than {limit} MB ({size} bytes), more than Stay Planner reads back; remove stays or shorten notes</source>
        <translation>ол {limit} МБ шегінен асып кетер еді ({size} байт), бұл Stay Planner қайта оқи алатын көлемнен көп; болу кезеңдерін жойыңыз не ескертпелерді қысқартыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes); itinerary files are a few kilobytes, so this is not one</source>
        <translation>файл {limit} МБ шегінен үлкен ({size} байт); маршрут файлдары бірнеше килобайт қана болады, демек, бұл маршрут файлы емес</translation>
    </message>
    <message>
        <location filename="../../planner/limits.py" line="+61"/>
        <location filename="../../planner/storage/itinerary_file.py" line="+3"/>
        <source>it is larger than {limit} MB ({size} bytes), too large for {what}</source>
        <extracomment>An itinerary file (``.stayplan``); ours are a few kilobytes. A calendar (ICS) or spreadsheet (CSV) file to import. A rule file (``--rules``, the bundled ``resources/rules``). Stays in one itinerary, rows in a CSV file, events in a calendar file to import. One person&apos;s lifetime holds fewer than 40 000 days. A number of days anywhere: a rule&apos;s ``max_days`` and ``window_days``, a stay length asked for on the command line. A hundred years and a bit. Dates outside these years are typing mistakes (and with :data:`MAX_DAYS` added or taken away they stay far inside what ``datetime.date`` holds). Digits in a number in a JSON file before it is even converted.</extracomment>
        <translation>файл {limit} МБ шегінен үлкен ({size} байт): {what} мұндай үлкен болмайды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a folder</source>
        <translation>қалта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (атаулы арна)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>құрылғы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>кәдімгі файл емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is {kind}, not {what}</source>
        <translation>бұл {kind}, {what} емес</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the number {start}… has more than {n} digits</source>
        <translation>{start}… санында {n} цифрдан көп</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} days is more than {limit} (a hundred years)</source>
        <translation>{n} күн — {limit} шегінен көп (жүз жыл)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} is outside the years {first}–{last} that Stay Planner plans for</source>
        <translation>{day} Stay Planner жоспарлайтын {first}–{last} жылдарынан тыс</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="+11"/>
        <source>it is saved as UTF-16 text; Stay Planner reads UTF-8</source>
        <translation>файл UTF-16 кодтауында сақталған, ал Stay Planner UTF-8 оқиды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a text file (it holds binary data)</source>
        <translation>бұл мәтіндік файл емес (онда екілік деректер бар)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not UTF-8 text (byte {byte} is invalid); an itinerary file is JSON text in UTF-8</source>
        <translation>бұл UTF-8 мәтін емес ({byte}-байт жарамсыз); маршрут файлы — UTF-8 кодтауындағы JSON мәтіні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty (it holds only blank space)</source>
        <translation>файл бос (онда тек бос орындар мен жол ауыстырулар бар)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>бұл жарамды JSON емес: {error} ({line}-жол, {column}-баған)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not usable JSON: {error}</source>
        <translation>бұл JSON-ды пайдалану мүмкін емес: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its lists and objects are nested more than {depth} levels deep; an itinerary never is</source>
        <translation>ондағы тізімдер мен объектілердің салыну тереңдігі {depth} деңгейден асады; маршрутта мұндай болмайды</translation>
    </message>
    <message>
        <location filename="../../planner/storage/json_text.py" line="+56"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} — JSON саны емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key {key} appears twice in one object</source>
        <translation>{key} кілті бір объектіде екі рет кездеседі</translation>
    </message>
    <message>
        <location filename="../../planner/storage/itinerary_file.py" line="+20"/>
        <source>it is not a Stay Planner itinerary (it holds {what}, not an object)</source>
        <translation>бұл Stay Planner маршруты емес (онда объект емес, {what} бар)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a Stay Planner itinerary (its format is {what}, not &quot;{format}&quot;)</source>
        <translation>бұл Stay Planner маршруты емес (оның форматы &quot;{format}&quot; емес, {what})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a Stay Planner itinerary (it has no format, not &quot;{format}&quot;)</source>
        <translation>бұл Stay Planner маршруты емес (форматы көрсетілмеген, &quot;{format}&quot; болуы керек)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it has no format &quot;version&quot;</source>
        <translation>онда формат нұсқасы (&quot;version&quot;) көрсетілмеген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version must be a whole number such as 1, not {what}</source>
        <translation>формат нұсқасы 1 сияқты бүтін сан болуы керек, {what} емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version {version} is not valid</source>
        <translation>формат нұсқасы {version} жарамсыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>format version {version} can no longer be read</source>
        <translation>формат нұсқасы {version} енді оқылмайды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no &quot;traveller&quot; (an object such as {example})</source>
        <translation>онда &quot;traveller&quot; жоқ ({example} сияқты объект)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;traveller&quot; must be an object, not {what}</source>
        <translation>&quot;traveller&quot; объект болуы керек, {what} емес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>traveller: {problem}</source>
        <translation>саяхатшы: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has no &quot;stays&quot; list</source>
        <translation>онда &quot;stays&quot; тізімі жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;stays&quot; must be a list of stays, not {what}</source>
        <translation>&quot;stays&quot; болу кезеңдерінің тізімі болуы керек, {what} емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it holds {n} stays; Stay Planner reads at most {limit}</source>
        <translation>онда {n} болу кезеңі бар; Stay Planner ең көбі {limit} оқиды</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stay {number} must be an object such as {example}, not {what}</source>
        <translation>болу кезеңі №{number} {example} сияқты объект болуы керек, {what} емес</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>stay {number}</source>
        <translation>болу кезеңі №{number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stay {number} ({country})</source>
        <translation>болу кезеңі №{number} ({country})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stay {number} ({country}, entry {entry})</source>
        <translation>болу кезеңі №{number} ({country}, кіру {entry})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exit {exit} is before entry {entry}</source>
        <translation>шығу күні ({exit}) кіру күнінен ({entry}) ерте</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no country (&quot;country&quot;)</source>
        <translation>ел көрсетілмеген (&quot;country&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no entry date (&quot;entry&quot;)</source>
        <translation>кіру датасы көрсетілмеген (&quot;entry&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no exit date (&quot;exit&quot;)</source>
        <translation>шығу датасы көрсетілмеген (&quot;exit&quot;)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>its extra data is not plain JSON ({error})</source>
        <translation>оның қосымша деректері қарапайым JSON емес ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/storage/safety.py" line="+7"/>
        <source>could not make a backup first ({error})</source>
        <translation>алдын ала сақтық көшірме жасау мүмкін болмады ({error})</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+19"/>
        <source>a recovery file</source>
        <translation>қалпына келтіру файлы</translation>
    </message>
    <message>
        <location filename="../../planner/api_base.py" line="+44"/>
        <source>the traveller&apos;s nationality is missing: rules depend on it (add &quot;nationality&quot;: &quot;RU&quot; or similar to &quot;traveller&quot;)</source>
        <translation>саяхатшының азаматтығы көрсетілмеген, ал ережелер соған байланысты (&quot;traveller&quot; ішіне &quot;nationality&quot;: &quot;RU&quot; немесе соған ұқсас жазба қосыңыз)</translation>
    </message>
    <message>
        <location filename="../../planner/api.py" line="+122"/>
        <source>the itinerary has no stays; give the first day to try (--after)</source>
        <translation>маршрутта болу кезеңдері жоқ; іздеу басталатын алғашқы күнді көрсетіңіз (--after)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the number of days must be 1 or more, got {days}</source>
        <translation>күн саны кемінде 1 болуы керек, ал көрсетілгені: {days}</translation>
    </message>
    <message>
        <location filename="../../planner/api_deadlines.py" line="+88"/>
        <source>a registration rule counts working days, but {error}</source>
        <translation>тіркелу ережесі жұмыс күндерін санайды, бірақ {error}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/crash.py" line="+97"/>
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
        <translation>болу ережелерін көрсету, ереже файлдарын орнату не жою</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only rules for this country or zone (a country&apos;s zones included)</source>
        <translation>тек осы елге не аймаққа арналған ережелер (ел кіретін аймақтарды қоса)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only rules for citizens of this country</source>
        <translation>тек осы ел азаматтарына арналған ережелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only rules in force on this day</source>
        <translation>тек осы күні күшінде тұрған ережелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an itinerary: the rules that apply to it come first</source>
        <translation>маршрут: оған қатысты ережелер бірінші тұрады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validate a rule file and install it</source>
        <translation>ереже файлын тексеріп, орнату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rule file (.json)</source>
        <translation>ереже файлы (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove an installed rule file or rule</source>
        <translation>орнатылған ереже файлын не ережені жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an installed file&apos;s name or a rule&apos;s id</source>
        <translation>орнатылған файл атауы не ереже id</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>removed {what} ({folder})</source>
        <translation>жойылды: {what} ({folder})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>installed {file} ({n} rules, checked {day}) into {folder}</source>
        <translation>{file} орнатылды ({n} ереже, тексерілген күні {day}): {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  overrides the bundled rule {rule}</source>
        <translation>  кіріктірілген {rule} ережесін алмастырады</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>installed: {file} (checked {day}): {n} rules</source>
        <translation>орнатылған: {file} (тексерілген күні {day}): {n} ереже</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>applies to the itinerary</source>
        <translation>маршрутқа қатысты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overridden by {origin}</source>
        <translation>алмастырған: {origin}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assumed after a temporary rule ends</source>
        <translation>уақытша ереже аяқталғаннан кейін болжанады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for: {nats}</source>
        <translation>кімге: {nats}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} nationalities</source>
        <translation>азаматтық саны: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source: {source}</source>
        <translation>дереккөз: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked: {day}</source>
        <translation>тексерілген: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: {note}</source>
        <translation>ескертпе: {note}</translation>
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
        <translation>{file}: мұндай ереже файлы жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: cannot read rule file ({reason})</source>
        <translation>{file}: ереже файлын оқу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: cannot install into {folder}: {reason}</source>
        <translation>{file}: {folder} ішіне орнату мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: rule {rule} is for every nationality (&quot;*&quot;), which would limit citizens in their own country; list the nationalities instead</source>
        <translation>{file}: {rule} ережесі барлық азаматтыққа (&quot;*&quot;) берілген, ол азаматтарды өз елінде шектеп қояр еді; оның орнына азаматтықтарды тізіп көрсетіңіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: rule {rule} limits {code} citizens in their own country</source>
        <translation>{file}: {rule} ережесі {code} азаматтарын өз елінде шектейді</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{rule} is a bundled rule, not an installed one; install a file with a rule of the same id to override it</source>
        <translation>{rule} — орнатылған емес, кіріктірілген ереже; оны алмастыру үшін id-і сондай ережесі бар файлды орнатыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no installed rule file or rule is called {name}</source>
        <translation>{name} деп аталатын орнатылған ереже файлы не ереже жоқ</translation>
    </message>
    <message>
        <location filename="../../planner/cli_guard.py" line="+74"/>
        <source>a date or a number of days is out of range (dates must fall in the years 1900–2200)</source>
        <translation>дата не күн саны рұқсат етілген ауқымнан тыс (даталар 1900–2200 жылдар аралығында болуы керек)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not enough memory for this input</source>
        <translation>бұл деректерге жад жетпейді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input is nested too deeply</source>
        <translation>деректердің салыну деңгейі тым терең</translation>
    </message>
    <message>
        <location filename="../../planner/cli_deadlines.py" line="+43"/>
        <source>{text} is not a list of days before, such as 3,1</source>
        <translation>{text} — мерзімге дейінгі күндер тізімі емес, мысалы 3,1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days present against tax-residency presence tests (not tax advice)</source>
        <translation>салықтық резиденттіктің болу сынақтары бойынша елде болған күндер (салықтық кеңес емес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day to count to (default: today)</source>
        <translation>санау аяқталатын күн (әдепкі: бүгін)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every upcoming date to act on</source>
        <translation>әрекет ету керек барлық алдағы мерзімдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first day (default: today)</source>
        <translation>бірінші күн (әдепкі: бүгін)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write them as calendar events with reminders</source>
        <translation>оларды еске салғыштары бар күнтізбе оқиғалары ретінде жазу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reminders, in days before each deadline (default 3,1)</source>
        <translation>еске салғыштар: әр мерзімге дейін неше күн қалғанда (әдепкі 3,1)</translation>
    </message>
    <message>
        <location filename="../../planner/cli_exchange.py" line="-77"/>
        <location line="+16"/>
        <location filename="../../planner/cli_report.py" line="+9"/>
        <location filename="../../planner/cli_deadlines.py" line="+1"/>
        <source>replace OUT if it exists</source>
        <translation>OUT бар болса, алмастыру</translation>
    </message>
    <message>
        <location filename="../../planner/cli_deadlines.py" line="+6"/>
        <source>{days} of {threshold} days present {a} – {b}</source>
        <translation>{threshold} күннің {days} күні елде болу, {a} – {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reached as planned</source>
        <translation>жоспар бойынша орындалмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached on {day}</source>
        <translation>{day} күні орындалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached on {day} as planned</source>
        <translation>жоспар бойынша {day} күні орындалады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} no presence test in the data</source>
        <translation>{code} деректерде болу сынағы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence tests only (days in the country), not tax advice.</source>
        <translation>Тек болу сынақтары (елдегі күндер), салықтық кеңес емес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no deadlines from {day}</source>
        <translation>{day} бастап мерзімдер жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>wrote {n} deadlines to {file}</source>
        <translation>{n} мерзім жазылды: {file}</translation>
    </message>
    <message>
        <location filename="../../planner/storage/deadline_ics.py" line="+53"/>
        <source>(stay #{n})</source>
        <extracomment>Days before a deadline its reminders ring, unless the caller says otherwise.</extracomment>
        <translation>(болу кезеңі №{n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave {country} by this day</source>
        <translation>{country} аумағынан осы күннен кешіктірмей шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register in {country}</source>
        <translation>{country} аумағында тіркелу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered in {country}</source>
        <translation>{country} аумағында тіркелді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: {days} days present — tax resident by the presence test (not tax advice)</source>
        <translation>{country}: {days} күн болу — болу сынағы бойынша салықтық резидент (салықтық кеңес емес)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for {country} ends during your stay</source>
        <translation>{country} үшін ереже болу кезеңіңіз кезінде күшін жояды</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last day you may leave without breaking a stay limit, as planned.</source>
        <translation>Жоспар бойынша болу шектеуін бұзбай шығуға болатын соңғы күн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rule data (the days after are unchecked)</source>
        <translation>ереже деректері жоқ (кейінгі күндер тексерілмейді)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force the day after: {rules}</source>
        <translation>Келесі күннен бастап күшінде: {rules}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This registration is overdue.</source>
        <translation>Бұл тіркелудің мерзімі өтіп кетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: {rule}</source>
        <translation>Ереже: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Stay Planner; check with the authorities, this is not legal or tax advice.</source>
        <translation>Stay Planner жасаған; мәліметті уәкілетті органдардан нақтылаңыз, бұл заң не салық кеңесі емес.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stay Planner deadlines</source>
        <translation>Stay Planner мерзімдері</translation>
    </message>
    <message>
        <location filename="../../planner/cli_report.py" line="-11"/>
        <source>write a one-page stay summary as PDF</source>
        <translation>болу кезеңдерінің бір беттік жиынтығын PDF етіп жазу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF file to write</source>
        <translation>жазылатын PDF файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary&apos;s date (default: today)</source>
        <translation>жиынтық күні (әдепкі: бүгін)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary&apos;s language (default: the environment&apos;s, as LANG or LC_ALL give it)</source>
        <translation>жиынтық тілі (әдепкі: орта тілі, LANG немесе LC_ALL бойынша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper size (auto: Letter in US locales, A4 elsewhere)</source>
        <translation>қағаз өлшемі (auto: АҚШ локальдерінде Letter, басқа жерде A4)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/help_pages.py" line="+80"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Rule data: format version {version}, {n} rules</source>
        <translation>Ереже деректері: формат нұсқасы {version}, {n} ереже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sources checked {date}</source>
        <translation>дереккөздер {date} тексерілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sources checked {first} – {last}</source>
        <translation>дереккөздер {first} – {last} тексерілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa-free stay limits, counted on your own computer.</source>
        <translation>Визасыз болу шектеулері өз компьютеріңізде есептеледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: {licence}</source>
        <translation>Лицензия: {licence}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/help_menu.py" line="+37"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Days Are &amp;Counted</source>
        <translation>Күндер қалай &amp;саналады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Stay Planner</source>
        <translation>Stay Planner &amp;туралы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How Days Are Counted</source>
        <translation>Күндер қалай саналады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Stay Planner</source>
        <translation>Stay Planner туралы</translation>
    </message>
    <message>
        <location filename="../../planner/api_judge.py" line="+82"/>
        <source>{destination} is neither a country code nor a zone ({zones})</source>
        <translation>{destination} — ел коды да, аймақ та емес ({zones})</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The rule data was last checked on {day}, more than 180 days ago; rules may have changed since (stay-planner rules install FILE adds newer ones).</source>
        <translation>Ереже деректері соңғы рет {day} тексерілген, бұл 180 күннен бұрын; содан бері ережелер өзгеруі мүмкін (stay-planner rules install ФАЙЛ жаңаларын қосады).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the itinerary has no stays in {destination}; give --from and --to</source>
        <translation>маршрутта {destination} бойынша болу кезеңдері жоқ; --from және --to көрсетіңіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} --from {start} күнінен ерте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the range is longer than 50 years</source>
        <translation>кезең 50 жылдан ұзақ</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../planner/ui/window/accessibility.py" line="+37"/>
        <source>{country} stay {entry} – {exit}</source>
        <translation>{country}: болу кезеңі {entry} – {exit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no stay</source>
        <translation>болу кезеңі жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>breach: this day is over a limit</source>
        <translation>бұзушылық: бұл күн шектен тыс</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calendar of stays</source>
        <translation>Болу кезеңдерінің күнтізбесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys move the day cursor; Enter edits the stay, Insert adds one, Delete removes it; Alt+arrows move the stay, Shift+arrows change its exit.</source>
        <translation>Бағыттауыш пернелер күн курсорын жылжытады; Enter — болу кезеңін өзгерту, Insert — қосу, Delete — жою; Alt+бағыттауыштар болу кезеңін жылжытады, Shift+бағыттауыштар шығу күнін өзгертеді.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Traveller&apos;s name</source>
        <translation>Саяхатшының аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller&apos;s nationality</source>
        <translation>Саяхатшының азаматтығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used today per destination</source>
        <translation>Бағыттар бойынша бүгінге пайдаланылған күндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays</source>
        <translation>Болу кезеңдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend of colours</source>
        <translation>Түстердің шартты белгілері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days used on the day under the pointer</source>
        <translation>Көрсеткіш тұрған күнгі пайдаланылған күндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year shown</source>
        <translation>Көрсетілген жыл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per stay; F2 edits a cell, the selected row is selected in the calendar too.</source>
        <translation>Әр болу кезеңіне бір жол; F2 — ұяшықты өзгерту; таңдалған жол күнтізбеде де белгіленеді.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../planner/ui/planning/advice_panel.py" line="+86"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation>Қанша уақыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add these stays</source>
        <translation>Осы болу кезеңдерін қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a stay to see until when it may last, when you may come back and where to go meanwhile.</source>
        <translation>Болу кезеңін таңдаңыз: ол қай күнге дейін созыла алатынын, қашан қайта келуге болатынын және осы уақытта қайда баруға болатынын көресіз.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} ({code}), {entry} – {exit}</source>
        <translation>{name} ({code}), {entry} – {exit}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stays in its way move later with it: {stays}</source>
        <translation>Жолындағы болу кезеңдері онымен бірге кейінге жылжиды: {stays}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge with #{n}</source>
        <translation>№{n} кезеңмен біріктіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stay and #{n} ({entry} – {exit}) are in the same country and touch or overlap: their days count once; make them one stay</source>
        <translation>Бұл болу кезеңі мен №{n} ({entry} – {exit}) бір елде және түйіседі не қиылысады: олардың күндері бір рет есептеледі; оларды бір болу кезеңіне біріктіріңіз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No limit applies to this stay</source>
        <translation>Бұл болу кезеңіне шектеу қолданылмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even one day here adds a breach</source>
        <translation>Мұнда бір күннің өзі бұзушылыққа әкеледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave by {date}</source>
        <translation>{date} кешіктірмей шығу</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your next stay there ({entry} – {exit}, {days})</source>
        <translation>Сол жердегі келесі болу кезеңіңіз ({entry} – {exit}, {days})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} fits as planned: it could start from {date}.</source>
        <translation>{what} жоспарға сыяды: ол {date} бастап басталуы мүмкін еді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} must start on {date} or later.</source>
        <translation>{what} {date} немесе одан кейін басталуы керек.</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <translation>Бұл күндерге жоспар бұрыннан бар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave by {leave}, then stay in {country} from {first} to {last}</source>
        <translation>{leave} кешіктірмей шығу, содан кейін {country}: {first} – {last}</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Trim to leave by {date}</source>
        <translation>{date} кешіктірмей шығатындай қысқарту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move next stay to {date}</source>
        <translation>Келесі болу кезеңін {date} күніне жылжыту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your next planned stay in {code} ({entry} – {exit}) may start on {date} once this stay ends by the date above</source>
        <translation>Бұл болу кезеңі жоғарыдағы күннен кешіктірмей аяқталса, {code} бойынша келесі жоспарланған болу кезеңі ({entry} – {exit}) {date} бастап басталуы мүмкін</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Breaches a limit from {date}</source>
        <translation>{date} бастап шектеуді бұзады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches a limit</source>
        <translation>Шектеуді бұзады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps to the rules</source>
        <translation>Ережелерге сай</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a stay of {days}</source>
        <translation>ұзақтығы {days} болу кезеңі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} may start on {date}.</source>
        <translation>{what} {date} бастап басталуы мүмкін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay out until {until}: {what} may start on {date}.</source>
        <translation>{until} дейін кірмеңіз: {what} {date} бастап басталуы мүмкін.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where to go meanwhile: {first} – {last} ({days})</source>
        <translation>Бұл арада қайда бару керек: {first} – {last} ({days})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add stay</source>
        <translation>Болу кезеңін қосу</translation>
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
        <translation>ең көбі {days}</translation>
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
        <location line="+145"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;heme</source>
        <translation>Бе&amp;зендіру</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../planner/ui/calendar/calendar_view.py" line="+376"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{dest}: days counted</source>
        <translation>{dest}: есептелген күндер</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>{code} stay {entry} – {exit}{note}</source>
        <translation>{code}: болу кезеңі {entry} – {exit}{note}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../planner/ui/commands.py" line="+31"/>
        <location line="+38"/>
        <source>Edit {country} stay</source>
        <translation>{country}: болу кезеңін өзгерту</translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../../planner/ui/planning/advice_commands.py" line="-74"/>
        <source>Move {country} stay</source>
        <translation>{country}: болу кезеңін жылжыту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize {country} stay</source>
        <translation>{country}: болу кезеңінің күндерін өзгерту</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add {country} stay</source>
        <translation>{country}: болу кезеңін қосу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {country} stay</source>
        <translation>{country}: болу кезеңін жою</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit traveller</source>
        <translation>Саяхатшы деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../planner/ui/planning/advice_commands.py" line="-7"/>
        <source>Trim {country} stay</source>
        <translation>{country} болу кезеңін қысқарту</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add stays one after another</source>
        <extracomment>The undo step that adds a chain of stays.</extracomment>
        <translation>Болу кезеңдерін бірінен соң бірін қосу</translation>
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
        <translation>Күн
бастапқы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days
scenario</source>
        <translation>Күн
сценарий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaches
original</source>
        <translation>Бұзушылық
бастапқы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaches
scenario</source>
        <translation>Бұзушылық
сценарий</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="+146"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
</context>
<context>
    <name>DayQuery</name>
    <message>
        <location filename="../../planner/ui/window/day_query.py" line="+40"/>
        <source>Days used on a date</source>
        <translation>Датаға қарай пайдаланылған күндер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this date for the &amp;summary&apos;s status</source>
        <translation>Осы күнді &amp;жиынтықтағы күй үшін пайдалану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No day limit counts on this date.</source>
        <translation>Бұл күні ешбір күн шектеуі қолданылмайды.</translation>
    </message>
</context>
<context>
    <name>DayTexts</name>
    <message>
        <location filename="../../planner/ui/day_texts.py" line="+46"/>
        <source>{dest}: {used} of {allowed} days in the {window} days ending {day}</source>
        <translation>{dest}: {day} күнімен аяқталатын {window} күнде {allowed} күннің {used} күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dest}: {used} of {allowed} days in {year} up to {day}</source>
        <translation>{dest}: {year} жылы {day} дейін {allowed} күннің {used} күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dest}: {used} of {allowed} days in the {window}-day window up to {day}</source>
        <translation>{dest}: {day} дейінгі {window} күндік кезеңде {allowed} күннің {used} күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dest}: day {used} of {allowed} of this entry on {day}</source>
        <translation>{dest}: {day} — осы кіруден бергі {allowed} күннің {used}-күні</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} in any {m}</source>
        <translation>кез келген {m} ішінде {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} per entry</source>
        <translation>бір кіруге {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} per calendar year</source>
        <translation>күнтізбелік жылға {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} in {m} from the first entry</source>
        <translation>алғашқы кіруден {m} ішінде {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa required</source>
        <translation>виза қажет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} — {source}</source>
        <translation>{title} — {source}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Breaks: {rule}</source>
        <translation>Бұзады: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stay on this day</source>
        <translation>Бұл күні болу кезеңі жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#{n} {country}, {entry} – {exit}</source>
        <translation>№{n} {country}, {entry} – {exit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts with {stay}: both on {first} – {last}</source>
        <translation>Қайшылық: {stay}; екеуі де {first} – {last}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not checked, {first} – {last}: no rule data covers these days for {nationality} citizens</source>
        <translation>Тексерілмеген, {first} – {last}: бұл күндерге {nationality} азаматтары үшін ереже деректері жоқ</translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message>
        <location filename="../../planner/ui/planning/deadline_widgets.py" line="+183"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Жасыру</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>overdue since {date}</source>
        <translation>{date} бастап мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} days, {date}</source>
        <translation>{n} күннен кейін, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register in {country}</source>
        <translation>{country} аумағында тіркелу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave {country}</source>
        <translation>{country} аумағынан шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: the tax-residency presence test is met</source>
        <translation>{country}: салықтық резиденттіктің болу сынағы орындалды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule for {country} ends</source>
        <translation>{country} үшін ереже аяқталады</translation>
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
        <translation>Тіркелді (мерзімі: {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register by {date}</source>
        <translation>{date} дейін тіркелу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}
Source: {source}</source>
        <translation>{title}
Дереккөз: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{country}: {what} reached on {date} — tax resident by the presence test; not tax advice</source>
        <translation>{country}: {what} {date} күні орындалды — болу сынағы бойынша салықтық резидент; салықтық кеңес емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{country}: {days} of {what} by {date}, {left} below the presence test; not tax advice</source>
        <translation>{country}: {date} дейін {what} ішінен {days}, болу сынағына {left} жетпейді; салықтық кеңес емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} days in a calendar year</source>
        <translation>күнтізбелік жылда {n} күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days in {m} months</source>
        <translation>{m} айда {n} күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days in {m} days</source>
        <translation>{m} күнде {n} күн</translation>
    </message>
</context>
<context>
    <name>DeadlineMarkers</name>
    <message>
        <location filename="../../planner/ui/planning/deadline_markers.py" line="+58"/>
        <source>{code}: {days} days</source>
        <translation>{code}: {days} күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: reached on {date} — tax resident by the presence test; not tax advice</source>
        <translation>{title}: {date} күні орындалды — болу сынағы бойынша салықтық резидент; салықтық кеңес емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registered ✓</source>
        <translation>тіркелді ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered (due {date}): {title}</source>
        <translation>Тіркелді (мерзімі {date}): {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register by {date}</source>
        <translation>{date} дейін тіркелу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register by {date}: {title}</source>
        <translation>{date} дейін тіркелу: {title}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../planner/ui/window/deadlines_menu.py" line="+58"/>
        <source>Export &amp;Deadlines to Calendar…</source>
        <translation>&amp;Мерзімдерді күнтізбеге экспорттау…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadlines could not be computed: {why}</source>
        <translation>Мерзімдерді есептеу мүмкін болмады: {why}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Deadlines to Calendar</source>
        <translation>Мерзімдерді күнтізбеге экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar файлдары (*.ics);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Export Deadlines</source>
        <translation>Мерзімдерді экспорттау</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose the traveller&apos;s nationality first.</source>
        <translation>Алдымен саяхатшының азаматтығын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported {n} deadlines to {file}, with reminders 3 days and 1 day before</source>
        <translation>{n} мерзім {file} файлына экспортталды, 3 күн және 1 күн бұрын еске салынады</translation>
    </message>
</context>
<context>
    <name>DestinationsModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+302"/>
        <source>Destination</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used today</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Жақын мерзім</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>breach from the first day</source>
        <translation>бірінші күннен бұзушылық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave by {date}</source>
        <translation>{date} кешіктірмей шығу</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../planner/ui/document.py" line="+183"/>
        <source>Untitled</source>
        <extracomment>How long after the paint that asked (:meth:`Document.warm_soon`) the evaluator builds its NumPy state. Not 0: a zero timer, or an event posted from the paint, runs within the same pass of the event loop as the paint, before the rest of what that pass would show; 50 ms is past that and still well before a person&apos;s first drag (an edit sooner builds it itself).</extracomment>
        <translation>Атаусыз</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>it was made by a newer version of Stay Planner; saving it here would lose what this version does not understand. Choose another name</source>
        <translation>оны Stay Planner-дің жаңарақ нұсқасы жасаған; оны осында сақтасаңыз, бұл нұсқа түсінбейтін деректер жоғалады. Басқа атау таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ExitMarkers</name>
    <message>
        <location filename="../../planner/ui/planning/markers.py" line="+64"/>
        <source>Latest compliant exit: {date}</source>
        <translation>Ережеге сай ең соңғы шығу күні: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earliest day a stay of {days} days may start: {date}</source>
        <translation>{days} күндік болу кезеңі басталуы мүмкін ең ерте күн: {date}</translation>
    </message>
</context>
<context>
    <name>FixProposal</name>
    <message>
        <location filename="../../planner/ui/planning/proposal.py" line="+52"/>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>1 stay trimmed</source>
        <translation>1 болу кезеңі қысқартылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 stay moved</source>
        <translation>1 болу кезеңі жылжытылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stay dropped</source>
        <translation>1 болу кезеңі алып тасталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stays trimmed</source>
        <translation>{n} болу кезеңі қысқартылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} stays moved</source>
        <translation>{n} болу кезеңі жылжытылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} stays dropped</source>
        <translation>{n} болу кезеңі алып тасталды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Proposal:&lt;/b&gt; {changes} — keeps {after} of {before} visa-free days. Accept to apply it as one step.</source>
        <translation>&lt;b&gt;Ұсыныс:&lt;/b&gt; {changes} — {before} визасыз күннің {after} күні сақталады. Оны бір қадаммен қолдану үшін «Қабылдау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Proposed: {country} {entry} – {exit} ({action})</source>
        <translation>Ұсынылған: {country} {entry} – {exit} ({action})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trimmed</source>
        <translation>қысқартылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved</source>
        <translation>жылжытылды</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../planner/ui/window/help_pages.py" line="-98"/>
        <source>Drag on empty days</source>
        <translation>Бос күндер бойымен сүйреу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stay</source>
        <translation>Болу кезеңін қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a stay</source>
        <translation>Болу кезеңін сүйреу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move it</source>
        <translation>Оны жылжыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a stay&apos;s end</source>
        <translation>Болу кезеңінің шетін сүйреу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change its entry or exit day</source>
        <translation>Оның кіру не шығу күнін өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click</source>
        <translation>Қос шерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stay, or add one on that day</source>
        <translation>Болу кезеңін өзгерту не сол күнге жаңасын қосу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entry day and the exit day are both days present. A travel day (leaving one country and arriving in another) counts in both.</source>
        <extracomment>How days are counted, one paragraph each (the product&apos;s semantics).</extracomment>
        <translation>Кіру күні де, шығу күні де елде болған күн болып саналады. Жол жүру күні (бір елден шығып, екіншісіне келу) екі елде де есептеледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two stays in one country that touch or overlap count each day once. Countries of a zone such as the Schengen area count together.</source>
        <translation>Бір елдегі екі болу кезеңі түйіссе не қиылысса, әр күн бір рет есептеледі. Шенген аймағы сияқты бір аймақтың елдері бірге есептеледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only visa-free stays count toward a visa-free limit; stays on a visa, a residence permit or an exempt ground are shown but not counted.</source>
        <translation>Визасыз шектеуге тек визасыз болу кезеңдері кіреді; визамен, тұруға ықтиярхатпен не ерекше негізбен болу кезеңдері көрсетіледі, бірақ есептелмейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“90 in any 180”: a day breaches when the days present in the 180 days ending on it (that day included) number more than 90. The window moves every day: old days drop out, new ones count.</source>
        <translation>«Кез келген 180 күнде 90»: сол күнмен аяқталатын 180 күнде (сол күнді қоса) елде болған күндер 90-нан асса, күн бұзушылық болып саналады. Терезе күн сайын жылжиды: ескі күндер шығып, жаңалары есептеледі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“30 per entry”: day d of a stay breaches when it is more than 30 days after the entry day, counting the entry day as day 1.</source>
        <translation>«Бір кіруге 30»: кіру күнін бірінші күн деп санағанда, болу кезеңінің 30-күнінен кейінгі әр күні бұзушылық болып саналады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A day is judged by the rule in force on that day; a rolling window also looks back over days before the rule began.</source>
        <translation>Әр күн сол күні күшінде тұрған ереже бойынша бағаланады; жылжымалы терезе ереже басталғанға дейінгі күндерді де қамтиды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave by: the last exit day with which the stay adds no breach, neither to itself nor to a later stay. Return from: the first day a stay of the length you plan may begin without adding a breach.</source>
        <translation>«Кешіктірмей шығу» күні — болу кезеңі өзіне де, кейінгі болу кезеңдеріне де бұзушылық қоспайтын ең соңғы шығу күні. «Қайту» күні — жоспарланған ұзақтықтағы болу кезеңін бұзушылық қоспай бастауға болатын алғашқы күн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where no rule data covers your nationality, days are “not checked”, never “compliant”. Rule data has a source and the day it was last checked: laws change, so check before you travel.</source>
        <translation>Азаматтығыңызға ереже деректері болмаса, күндер «бұзушылық жоқ» емес, «тексерілмеген» деп белгіленеді. Ереже деректерінің дереккөзі және соңғы тексерілген күні көрсетіледі: заңдар өзгереді, сондықтан сапар алдында тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/window/import_dialog.py" line="+18"/>
        <source>Import Stays — {name}</source>
        <translation>Болу кезеңдерін импорттау — {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the events that are stays and choose the country of each.</source>
        <translation>Болу кезеңі болып табылатын оқиғаларды белгілеп, әрқайсысының елін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the rows to import; you may change their country.</source>
        <translation>Импорттайтын жолдарды белгілеңіз; олардың елін өзгертуге болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guess from the file</source>
        <translation>Файлдан анықтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (01.02 is 1 February)</source>
        <translation>Алдымен күн (01.02 — 1 ақпан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (01.02 is January 2)</source>
        <translation>Алдымен ай (01.02 — 2 қаңтар)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates such as 01.02.2023:</source>
        <translation>01.02.2023 сияқты даталар:</translation>
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
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Double-click to edit the note</source>
        <translation>Ескертпені өзгерту үшін екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not imported ({n}): these could not be read.</source>
        <translation>Импортталмады ({n}): бұларды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose a country for {source}.</source>
        <translation>«{source}» үшін елді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} of {total} selected</source>
        <translation>Таңдалды: {total} ішінен {n}</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../planner/ui/calendar/view_keys.py" line="+42"/>
        <source>Move the day cursor a day (left, right) or a week (up, down); the stay under it is selected</source>
        <extracomment>What the calendar&apos;s keys do: (the keys, with their modifiers), what they do (untranslated: the &quot;Keys&quot; context).</extracomment>
        <translation>Күн курсорын бір күнге (солға, оңға) не бір аптаға (жоғары, төмен) жылжыту; оның астындағы болу кезеңі таңдалады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to today</source>
        <translation>Бүгінге өту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous or next year (year view), month (timeline)</source>
        <translation>Алдыңғы не келесі жыл («Жыл» көрінісі), ай (уақыт шкаласы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected stay by a day or a week</source>
        <translation>Таңдалған болу кезеңін бір күнге не бір аптаға жылжыту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the selected stay end a day earlier or later</source>
        <translation>Таңдалған болу кезеңін бір күн ерте не кеш аяқтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the selected stay begin a day earlier or later</source>
        <translation>Таңдалған болу кезеңін бір күн ерте не кеш бастау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected stay (with none, add one on the cursor day)</source>
        <translation>Таңдалған болу кезеңін өзгерту (таңдалмаса — курсор күніне жаңасын қосу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a stay on the cursor day</source>
        <translation>Курсор күніне болу кезеңін қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected stay</source>
        <translation>Таңдалған болу кезеңін жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel a drag, or clear the selection</source>
        <translation>Сүйреуден бас тарту не таңдауды алып тастау</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="-30"/>
        <source>breach</source>
        <translation>бұзушылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two places at once</source>
        <translation>бір уақытта екі жер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked</source>
        <translation>тексерілмеген</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/window/app.py" line="+79"/>
        <source>The rule data was last checked on {day}, more than 180 days ago; rules may have changed since.</source>
        <extracomment>Windows opened at start for restored work beyond the first (kept alive here).</extracomment>
        <translation>Ереже деректері соңғы рет {day} тексерілген, бұл 180 күннен бұрын; содан бері ережелер өзгеруі мүмкін.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rule data</source>
        <translation>Ереже деректері</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/main_window.py" line="+68"/>
        <source>Stay Planner itineraries (*.stayplan);;All files (*)</source>
        <extracomment>Windows made by :meth:`MainWindow.retranslate`, kept alive until they close.</extracomment>
        <translation>Stay Planner маршруттары (*.stayplan);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Autosave failed: {why}</source>
        <translation>Автосақтау сәтсіз аяқталды: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Itinerary</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Days Used on a &amp;Date…</source>
        <translation>&amp;Датаға қарай пайдаланылған күндер…</translation>
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
        <translation>Басқаша сақ&amp;тау…</translation>
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
        <translation>Болу кезеңін қ&amp;осу…</translation>
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
        <translation>Апта &amp;дүйсенбіден басталады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print Summary…</source>
        <translation>Жиынтықты &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Summary as PDF…</source>
        <translation>Жиынтықты PDF-ке экс&amp;порттау…</translation>
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
        <translation>Жиынтық сақталды: {name}</translation>
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
        <location line="+76"/>
        <source>Stay Planner</source>
        <translation>Stay Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes to {name} before closing?</source>
        <translation>Жабу алдында «{name}» өзгерістерін сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open Itinerary</source>
        <translation>Маршрутты ашу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>itinerary.stayplan</source>
        <translation>маршрут.stayplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Itinerary</source>
        <translation>Маршрутты сақтау</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save file</source>
        <translation>Файлды сақтау мүмкін емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {name}</source>
        <translation>Сақталды: {name}</translation>
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
        <translation>Болу кезеңдерін импорттау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot import</source>
        <translation>Импорттау мүмкін емес</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import</source>
        <translation>Импорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No stays could be read from {name}:
{problems}</source>
        <translation>«{name}» ішінен бірде-бір болу кезеңін оқу мүмкін болмады:
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
        <translation>Болу кезеңдерін экспорттау</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot export</source>
        <translation>Экспорттау мүмкін емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {name}</source>
        <translation>Экспортталды: {name}</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Calendars and spreadsheets (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv);;All files (*)</source>
        <translation>Күнтізбелер мен кестелер (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv);;Барлық файлдар (*)</translation>
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
        <translation>Күн қоры:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long you could stay entering on each day, shown as a strip along the calendar</source>
        <translation>Әр күні кірсеңіз, қанша уақыт бола алатыныңыз — күнтізбе бойындағы жолақ ретінде</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Off</source>
        <translation>Өшірулі</translation>
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
        <location line="+24"/>
        <source>Make compliant</source>
        <translation>Ережелерге сәйкестендіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the traveller&apos;s nationality first.</source>
        <translation>Алдымен саяхатшының азаматтығын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The itinerary already keeps to every rule.</source>
        <translation>Маршрут қазірдің өзінде барлық ережеге сай.</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../planner/ui/planning/presence_dialog.py" line="+69"/>
        <source>Longest presence</source>
        <translation>Ең ұзақ болу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destination:</source>
        <translation>Ба&amp;ғыт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Аяқталуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest &amp;useful stay:</source>
        <translation>Ең қысқа &amp;пайдалы болу кезеңі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks in:</source>
        <translation>&amp;Үзіліс елдері:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find the plan</source>
        <translation>&amp;Жоспарды табу</translation>
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
        <translation>&amp;Осы болу кезеңдерін қосу</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a destination and a range that ends after it starts.</source>
        <translation>Бағытты және басталғаннан кейін аяқталатын кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{days} in {country}</source>
        <translation>{days} — {country}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add longest presence plan</source>
        <translation>Ең ұзақ болу жоспарын қосу</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../planner/ui/window/banner.py" line="+33"/>
        <location line="+22"/>
        <source>This file is read-only; use Save As to keep your changes.</source>
        <translation>Бұл файл тек оқуға арналған; өзгерістерді сақтау үшін «Басқаша сақтау» пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Save &amp;As…</source>
        <translation>Басқаша сақ&amp;тау…</translation>
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
        <location filename="../../planner/ui/window/rule_browser.py" line="+99"/>
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
        <translation>Болу ережелері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any (for example KZ or SCHENGEN)</source>
        <translation>кез келген (мысалы, KZ не SCHENGEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any (for example RU)</source>
        <translation>кез келген (мысалы, RU)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Бағыт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nationality:</source>
        <translation>&amp;Азаматтық:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rule data {version}, last checked {day}.</source>
        <translation>Ереже деректері {version}, соңғы тексеру {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is more than 180 days ago: rules may have changed since.</source>
        <translation>Бұл 180 күннен бұрын болды: содан бері ережелер өзгеруі мүмкін.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules in bold apply to the open itinerary.</source>
        <translation>Жуан қаріппен берілген ережелер ашық маршрутқа қатысты.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n ереже</numerusform>
            <numerusform>%n ереже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n nationalities</source>
        <translation>
            <numerusform>%n азаматтық</numerusform>
            <numerusform>%n азаматтық</numerusform>
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
        <translation>Қай ел азаматтарына</translation>
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
        <translation>Болжам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No act says this: the data assumes it after a temporary scheme ends.</source>
        <translation>Мұны ешбір акт айтпайды: деректер мұны уақытша режим аяқталғаннан кейін болжайды.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/window/help_menu.py" line="+13"/>
        <source>Stay &amp;Rules…</source>
        <translation>Болу &amp;ережелері…</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <location filename="../../planner/ui/window/rule_browser.py" line="-157"/>
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
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Дейін</translation>
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
        <translation>Сценарийді күнтізбеде өзгертіңіз; сценарийді қалдырмайынша бастапқы маршрут өзгермейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with the original</source>
        <translation>Бастапқымен салыстырғанда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario of {name} — Stay Planner</source>
        <translation>«{name}» сценарийі — Stay Planner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
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
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this scenario</source>
        <translation>Осы сценарийді қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep scenario</source>
        <translation>Сценарийді қалдыру</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../planner/ui/window/side_panel.py" line="+92"/>
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
        <location line="+16"/>
        <source>Stays</source>
        <translation>Болу кезеңдері</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../planner/ui/models.py" line="-275"/>
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
        <translation>Жаңа болу кезеңі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit stay</source>
        <translation>Болу кезеңін өзгерту</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>employment contract, study, treatment …</source>
        <translation>еңбек шарты, оқу, емделу …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>city, purpose …</source>
        <translation>қала, мақсат …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entry:</source>
        <translation>&amp;Кіру:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit:</source>
        <translation>&amp;Шығу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Негіз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt &amp;ground:</source>
        <translation>Ерекше негі&amp;з:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>Ескерт&amp;пе:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The exit day cannot be before the entry day.</source>
        <translation>Шығу күні кіру күнінен ерте болмауы керек.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) present (entry and exit day included)</source>
        <translation>
            <numerusform>%n күн болу (кіру және шығу күндерін қоса)</numerusform>
            <numerusform>%n күн болу (кіру және шығу күндерін қоса)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/models.py" line="+31"/>
        <source>Country</source>
        <extracomment>Per column of :class:`StaysModel`, what it sorts by (dates as day numbers).</extracomment>
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
        <location filename="../../planner/ui/planning/allowance_strip.py" line="+187"/>
        <source>Green: the full allowance; red: not even one day</source>
        <translation>Жасыл: толық қор; қызыл: бір күн де жоқ</translation>
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
