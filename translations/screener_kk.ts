<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="162"/>
        <source>Training cases (KATCH manual, seed 003)</source>
        <translation>Оқу кейстері (KATCH нұсқаулығы, 003 дереккөз)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="165"/>
        <source>Present a case to the room, let the trainees score it in a practice screening, then compare their answers with the key. Answers marked &quot;project&quot; are this project&apos;s keys: the manual gives none for them.</source>
        <translation>Кейсті топқа көрсетіңіз, қатысушылар оны жаттығу скринингінде бағаласын, содан кейін олардың жауаптарын кілтпен салыстырыңыз. «Әзірлеушілер» деп белгіленген жауаптар — Screener әзірлеушілерінің кілттері: нұсқаулықта олар берілмеген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="171"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="171"/>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="171"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="171"/>
        <source>Screening key</source>
        <translation>Скрининг кілті</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="173"/>
        <source>Training cases</source>
        <translation>Оқу кейстері</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="174"/>
        <source>Present</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="175"/>
        <source>Score with the room</source>
        <translation>Топпен бағалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="176"/>
        <source>Compare with the key</source>
        <translation>Кілтпен салыстыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="194"/>
        <source>manual and project</source>
        <translation>нұсқаулық пен әзірлеушілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="195"/>
        <source>manual</source>
        <translation>нұсқаулық</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="195"/>
        <source>project</source>
        <translation>әзірлеушілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="201"/>
        <source>yes (project)</source>
        <translation>бар (әзірлеушілер)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="201"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Room</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Agreement</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="429"/>
        <source>Key and room, item by item</source>
        <translation>Кілт пен топтың жауаптары, тармақ бойынша</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="430"/>
        <source>Next steps and the reasoning of the key</source>
        <translation>Келесі қадамдар және кілттің негіздемесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="431"/>
        <source>Back to cases</source>
        <translation>Кейстерге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="432"/>
        <source>Open the room&apos;s screening</source>
        <translation>Топтың скринингін ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="459"/>
        <source>same</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="460"/>
        <source>differs</source>
        <translation>өзгеше</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="461"/>
        <source>not entered</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="462"/>
        <source>not in the key</source>
        <translation>кілтте жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="470"/>
        <source>Compare with the key: %1</source>
        <translation>Кілтпен салыстыру: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="473"/>
        <source>The room has not scored this case yet: only the key is shown.</source>
        <translation>Топ бұл кейсті әлі бағалаған жоқ: тек кілт көрсетілген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="476"/>
        <source>Key: %1 of %2. Room: %3 of %4. Items that differ: %5.</source>
        <translation>Кілт: %2 ішінен %1. Топ: %4 ішінен %3. Сәйкес келмейтін тармақтар: %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="481"/>
        <location filename="../src/screener/ui/cases.py" line="538"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="500"/>
        <location filename="../src/screener/ui/cases.py" line="501"/>
        <source>does not apply</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="504"/>
        <source>Section %1</source>
        <translation>%1 бөлімі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="510"/>
        <source>Total</source>
        <translation>Жалпы ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="528"/>
        <source>(reasoning in English)</source>
        <translation>(негіздеме ағылшын тілінде)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="541"/>
        <source>Next steps in the key:</source>
        <translation>Кілт бойынша келесі қадамдар:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="545"/>
        <source>Only in the key (missed by the room):</source>
        <translation>Тек кілтте (топ өткізіп алған):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="548"/>
        <source>Only in the room&apos;s screening:</source>
        <translation>Тек топтың скринингінде:</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="121"/>
        <source>Read aloud to the respondent:</source>
        <translation>Пікір сұралушыға дауыстап оқып беріңіз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="176"/>
        <source>Notes for the interviewer</source>
        <translation>Сұхбат алушыға арналған ескертпелер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="200"/>
        <source>Key %1</source>
        <translation>%1 пернесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="227"/>
        <source>Ask:</source>
        <translation>Сұраңыз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="232"/>
        <source>The script scores this %1.</source>
        <translation>Нұсқаулық бойынша бұған %1 ұпай қойылады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="250"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="251"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="392"/>
        <source>%1 (citizen)</source>
        <translation>%1 (азаматы)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="397"/>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="432"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../src/screener/ui/interview.py" line="183"/>
        <source>Notes (what the respondent said, in their words)</source>
        <translation>Жазбалар (пікір сұралушының айтқаны, өз сөзімен)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="184"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="186"/>
        <source>Question and answers (arrow keys scroll)</source>
        <translation>Сұрақ пен жауаптар (көрсеткі пернелерімен айналдырылады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="187"/>
        <source>Back (PgUp)</source>
        <translation>Артқа (PgUp)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="188"/>
        <source>Next (PgDn)</source>
        <translation>Келесі (PgDn)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="189"/>
        <source>Review</source>
        <translation>Қарап шығу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="190"/>
        <location filename="../src/screener/ui/interview.py" line="461"/>
        <source>Finalise</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="208"/>
        <source>Page %1 of %2</source>
        <translation>%1-бет / %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="211"/>
        <source> - amending: %1</source>
        <translation> - өзгерту енгізілуде: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="284"/>
        <source>Review and finalise</source>
        <translation>Қарап шығу және аяқтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="293"/>
        <source>Not answered yet: %1</source>
        <translation>Әлі жауап берілмеген: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="295"/>
        <source>Every applicable item is answered.</source>
        <translation>Барлық қолданылатын сұрақтарға жауап берілді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="185"/>
        <location filename="../src/screener/ui/interview.py" line="331"/>
        <source>Scores</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="332"/>
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="333"/>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="334"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="346"/>
        <source>Unanswered: %1</source>
        <translation>Жауапсыз: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="347"/>
        <source>There is no cut-off score: scores support the interviewer&apos;s judgement.</source>
        <translation>Шекті ұпай жоқ: ұпайлар сұхбат алушының пайымдауын толықтырады, оны алмастырмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="449"/>
        <source>Keep this score and go on?</source>
        <translation>Осы ұпайды қалдырып, әрі қарай жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="450"/>
        <source>Check the score</source>
        <translation>Ұпайды тексеріңіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="456"/>
        <source>Finalise this screening? It can then only be changed with a written reason.</source>
        <translation>Осы скринингті аяқтайсыз ба? Содан кейін оны тек себебін жазып қана өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="460"/>
        <source>Still unanswered: %1.</source>
        <translation>Әлі жауап берілмеген: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/screener/ui/window.py" line="149"/>
        <location filename="../src/screener/ui/window.py" line="230"/>
        <location filename="../src/screener/ui/window.py" line="292"/>
        <source>Screener</source>
        <translation>Screener</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="231"/>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="232"/>
        <source>Lock now and hide everything (Ctrl+L)</source>
        <translation>Дереу құлыптау және бәрін жасыру (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="233"/>
        <source>Screenings</source>
        <translation>Скринингтер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="234"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="235"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="240"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="242"/>
        <source>Unlocked: %1</source>
        <translation>Құлпы ашық: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="272"/>
        <source>A screening was interrupted (case %1). Continue it now?</source>
        <translation>Скрининг үзіліп қалған (іс коды: %1). Оны қазір жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="275"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="291"/>
        <source>The quick check is not available: the file forms/quick_check.yaml is missing.</source>
        <translation>Жедел тексеру қолжетімсіз: forms/quick_check.yaml файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="328"/>
        <source>Screener, version %1</source>
        <translation>Screener, %1 нұсқасы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="329"/>
        <source>Offline screening for possible victims of human trafficking. It makes no network connection.</source>
        <translation>Адам саудасының ықтимал құрбандарын желісіз анықтау құралы. Ешқандай желіге қосылмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="330"/>
        <source>Screenings are kept, encrypted, in: %1</source>
        <translation>Скринингтер шифрланған түрде мына жерде сақталады: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="335"/>
        <source>About Screener</source>
        <translation>Screener туралы</translation>
    </message>
</context>
<context>
    <name>NewScreeningDialog</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="292"/>
        <source>No name of the person screened is needed: a case code is enough.</source>
        <translation>Скринингтен өтетін адамның аты-жөні қажет емес: іс коды жеткілікті.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="299"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="300"/>
        <source>Interview language</source>
        <translation>Сұхбат тілі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="301"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="302"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="305"/>
        <source>New screening</source>
        <translation>Жаңа скрининг</translation>
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="292"/>
        <source>Back to cases</source>
        <translation>Кейстерге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="293"/>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="294"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="295"/>
        <source>Show the answer</source>
        <translation>Жауапты көрсету</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="296"/>
        <source>Score with the room</source>
        <translation>Топпен бағалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="297"/>
        <source>Case, as read to the room</source>
        <translation>Топқа оқылатын кейс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="324"/>
        <source>Module %1. Source: KATCH manual (seed 003), lines %2.</source>
        <translation>%1-модуль. Дереккөз: KATCH нұсқаулығы (003 дереккөз), %2 жолдар.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="331"/>
        <source>Seed 003, line %1</source>
        <translation>003 дереккөз, %1-жол</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="334"/>
        <source>Question %1</source>
        <translation>%1-сұрақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="341"/>
        <source>No model answer: discuss with the room.</source>
        <translation>Үлгі жауап жоқ: топпен талқылаңыз.</translation>
    </message>
</context>
<context>
    <name>QuickCheckScreen</name>
    <message>
        <location filename="../src/screener/ui/quick.py" line="206"/>
        <source>Setting:</source>
        <translation>Өткізу орны:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="207"/>
        <source>Age:</source>
        <translation>Жасы:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="213"/>
        <source>Adult (%1)</source>
        <translation>Ересек (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="214"/>
        <source>Age unknown (%1)</source>
        <translation>Жасы белгісіз (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="218"/>
        <source>Choose the age band first (F2, F3 or F4).</source>
        <translation>Алдымен жас тобын таңдаңыз (F2, F3 немесе F4).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="237"/>
        <source>Back to list (Esc)</source>
        <translation>Тізімге оралу (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="237"/>
        <source>Back to the indicators (Esc)</source>
        <translation>Белгілерге оралу (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="220"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Аяқтау (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="221"/>
        <source>Record the quick check only</source>
        <translation>Тек жедел тексеруді тіркеу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="222"/>
        <source>Continue into the full interview (Ctrl+Enter)</source>
        <translation>Толық сұхбатқа өту (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="223"/>
        <source>Indicators</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="224"/>
        <location filename="../src/screener/ui/quick.py" line="409"/>
        <source>First actions</source>
        <translation>Алғашқы қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="225"/>
        <source>Full wording of the indicator</source>
        <translation>Белгінің толық мәтіні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="288"/>
        <source>Move to an indicator (arrows or Tab) to read its full wording here.</source>
        <translation>Белгінің толық мәтінін осы жерде оқу үшін оған өтіңіз (көрсеткілер немесе Tab).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="357"/>
        <location filename="../src/screener/ui/quick.py" line="402"/>
        <source>Signs ticked: %1</source>
        <translation>Белгіленген белгілер: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="359"/>
        <source>No sign ticked. Ctrl+Enter records the check with no signs.</source>
        <translation>Бірде-бір белгі белгіленбеген. Ctrl+Enter тексеруді «белгі жоқ» деп тіркейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="258"/>
        <location filename="../src/screener/ui/quick.py" line="410"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="210"/>
        <source>Child, under %2 (%1)</source>
        <translation>Бала, %2 жасқа толмаған (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="212"/>
        <source>Child (%1)</source>
        <translation>Бала (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="414"/>
        <source>Why: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="428"/>
        <source>The first actions for these signs are above, each with its reason.</source>
        <translation>Осы белгілер бойынша алғашқы қадамдар жоғарыда, әрқайсысы себебімен берілген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="439"/>
        <source>%1 ticked sign(s) are not recorded yet. Leave the quick check without them?</source>
        <translation>Белгіленген %1 белгі әлі тіркелмеген. Жедел тексеруден оларсыз шығасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="440"/>
        <source>Quick check</source>
        <translation>Жедел тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="453"/>
        <source>Full interview</source>
        <translation>Толық сұхбат</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="454"/>
        <source>Case code for the full interview (optional; no name is needed):</source>
        <translation>Толық сұхбаттың іс коды (міндетті емес; аты-жөні қажет емес):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="483"/>
        <source>no signs</source>
        <translation>белгі жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="483"/>
        <source>%1 sign(s), no interview</source>
        <translation>%1 белгі, сұхбатсыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="484"/>
        <source>Recorded at %1: %2 (%3, %4). Ready for the next person.</source>
        <translation>%1 тіркелді: %2 (%3, %4). Келесі адамды тексеруге дайын.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="485"/>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="485"/>
        <source>adult</source>
        <translation>ересек</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="485"/>
        <source>age unknown</source>
        <translation>жасы белгісіз</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="222"/>
        <location filename="../src/screener/ui/quiz.py" line="224"/>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="223"/>
        <location filename="../src/screener/ui/quiz.py" line="225"/>
        <source>Participant code</source>
        <translation>Қатысушы коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="226"/>
        <source>e.g. P-07</source>
        <translation>мысалы, P-07</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="229"/>
        <source>A code pairs a trainee&apos;s pre-test with the post-test; never a name. Results are kept in the practice store only.</source>
        <translation>Код қатысушының пре-тестін пост-тестімен байланыстырады; аты-жөні енгізілмейді. Нәтижелер тек жаттығу қоймасында сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="233"/>
        <source>Start the test</source>
        <translation>Тестті бастау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="234"/>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="235"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="236"/>
        <source>Finish and score</source>
        <translation>Аяқтау және бағалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="237"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="238"/>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="238"/>
        <location filename="../src/screener/ui/quiz.py" line="241"/>
        <source>Pre-test</source>
        <translation>Пре-тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="238"/>
        <location filename="../src/screener/ui/quiz.py" line="241"/>
        <source>Post-test</source>
        <translation>Пост-тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="239"/>
        <source>Share of correct answers, question by question</source>
        <translation>Дұрыс жауаптардың үлесі, сұрақ бойынша</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="241"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="243"/>
        <source>Scores by participant code</source>
        <translation>Қатысушы кодтары бойынша ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Chosen</source>
        <translation>Таңдалғаны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Key from</source>
        <translation>Кілт көзі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="247"/>
        <source>Your answers and the key</source>
        <translation>Сіздің жауаптарыңыз және кілт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="282"/>
        <source>Workshop so far: pre-test %1 taken, mean %2; post-test %3 taken, mean %4; change %5.</source>
        <translation>Семинар нәтижелері: пре-тест %1 рет тапсырылды, орташа %2; пост-тест %3 рет, орташа %4; өзгеріс %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="287"/>
        <source>%1 percentage points</source>
        <translation>%1 пайыздық тармақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="326"/>
        <source>Question %1 of %2</source>
        <translation>%2 сұрақтың %1-і</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="367"/>
        <source>Open question: trainees write their answer on paper; it is discussed, not scored.</source>
        <translation>Ашық сұрақ: қатысушылар жауабын қағазға жазады; ол талқыланады, ұпай қойылмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="434"/>
        <source>Score: %1 of %2 (%3). The open question is discussed, not scored.</source>
        <translation>Нәтиже: %2 ішінен %1 (%3). Ашық сұрақ талқыланады, оған ұпай қойылмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="445"/>
        <source>right</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="445"/>
        <source>wrong</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="449"/>
        <source>open: see the model answer</source>
        <translation>ашық: үлгі жауапты қараңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="450"/>
        <source>manual</source>
        <translation>нұсқаулық</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="450"/>
        <source>project</source>
        <translation>әзірлеушілер</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="130"/>
        <source>Result of the screening</source>
        <translation>Скрининг нәтижесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="131"/>
        <source>Back to list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="132"/>
        <source>Amend...</source>
        <translation>Өзгерту енгізу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="133"/>
        <source>Change the answers; the reason is kept in the record</source>
        <translation>Жауаптарды өзгерту; себебі жазбада сақталады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="134"/>
        <source>Save PDF...</source>
        <translation>PDF ретінде сақтау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="135"/>
        <source>The result sheet with the next steps and the directory, as a PDF</source>
        <translation>Ұсынылатын қадамдар мен ұйымдар анықтамалығы бар нәтиже парағы, PDF пішімінде</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="136"/>
        <source>Print...</source>
        <translation>Басып шығару...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="151"/>
        <source>Amend</source>
        <translation>Өзгерту енгізу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="153"/>
        <source>Why does this screening need to change? The reason is kept in the record.</source>
        <translation>Бұл скринингті неге өзгерту керек? Себебі жазбада сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="158"/>
        <source>A reason is needed to amend a finalised screening.</source>
        <translation>Аяқталған скринингке өзгерту енгізу үшін себебін көрсету керек.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="167"/>
        <source>Add step</source>
        <translation>Қадам қосу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="167"/>
        <source>Step taken or planned:</source>
        <translation>Жасалған немесе жоспарланған қадам:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="227"/>
        <source>Quick indicator check</source>
        <translation>Белгілерді жедел тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="229"/>
        <source>Screening result: case %1</source>
        <translation>Скрининг нәтижесі: іс коды %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="243"/>
        <source>The form %1 of this screening is not installed, so its scores cannot be shown.</source>
        <translation>Осы скринингтің %1 нысаны орнатылмаған, сондықтан оның ұпайларын көрсету мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="253"/>
        <source>A quick check asks no question, so it has no scores: only the indicators ticked and the steps they call for are kept.</source>
        <translation>Жедел тексеруде сұрақ қойылмайды, сондықтан ұпай жоқ: тек белгіленген белгілер мен олар талап ететін қадамдар сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="278"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="279"/>
        <source>finalised</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="280"/>
        <source>amended</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="282"/>
        <source>%1, version %2</source>
        <translation>%1, %2-нұсқа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="287"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="288"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="289"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="290"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="291"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="292"/>
        <source>Interview language</source>
        <translation>Сұхбат тілі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="293"/>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="296"/>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="298"/>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="298"/>
        <source>adult</source>
        <translation>ересек</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="298"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="299"/>
        <source>Age band</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="313"/>
        <source>Recorded with version %1 of the form; shown with the installed version %2.</source>
        <translation>Нысанның %1-нұсқасы бойынша жазылған; орнатылған %2-нұсқа бойынша көрсетілген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="319"/>
        <source>Scores</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="328"/>
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="330"/>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="344"/>
        <source>Total</source>
        <translation>Жалпы ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="355"/>
        <source>Not complete. Unanswered: %1</source>
        <translation>Толық емес. Жауапсыз: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="361"/>
        <source>Scores and indicators support the interviewer&apos;s judgement; they do not replace it. The instrument has no cut-off score.</source>
        <translation>Ұпайлар мен белгілер сұхбат алушының пайымдауын толықтырады, оны алмастырмайды. Құралда шекті ұпай жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="371"/>
        <source>Items scored 2 or more</source>
        <translation>2 және одан жоғары ұпай алған сұрақтар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="373"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="378"/>
        <source>Interviewer&apos;s notes: %1</source>
        <translation>Сұхбат алушының жазбалары: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="383"/>
        <source>Interviewer&apos;s judgement</source>
        <translation>Сұхбат алушының бағасы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="385"/>
        <location filename="../src/screener/ui/result.py" line="392"/>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="385"/>
        <source>%1 of 3</source>
        <translation>3-тен %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="393"/>
        <source>Type of trafficking: %1</source>
        <translation>Адам саудасының түрі: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="395"/>
        <source>Non-verbal cues: %1</source>
        <translation>Бейвербалды белгілер: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="399"/>
        <source>Indicators found</source>
        <translation>Анықталған белгілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="400"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="402"/>
        <source>None ticked.</source>
        <translation>Ешқайсысы белгіленбеген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="412"/>
        <source>Recommended next steps</source>
        <translation>Ұсынылатын қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="415"/>
        <source>The rules recommend no step for this screening.</source>
        <translation>Ережелер бойынша бұл скрининг үшін ұсынылатын қадам жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="420"/>
        <source>Steps added or recorded</source>
        <translation>Қосылған немесе жазылған қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="423"/>
        <source>Added by the interviewer.</source>
        <translation>Сұхбат алушы қосқан.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="425"/>
        <source>No longer recommended by the rules; kept because it was recorded.</source>
        <translation>Ережелер бойынша енді ұсынылмайды; бұрын жазылғандықтан сақталды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="427"/>
        <source>Add step...</source>
        <translation>Қадам қосу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="446"/>
        <source>Why:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="451"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="452"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="456"/>
        <source>Note: what was done, when, by whom</source>
        <translation>Жазба: не істелді, қашан және кім істеді</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="457"/>
        <source>Note on this step</source>
        <translation>Осы қадам туралы жазба</translation>
    </message>
</context>
<context>
    <name>ScreeningsScreen</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="116"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Іс коды бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="117"/>
        <source>Search by case code</source>
        <translation>Іс коды бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="118"/>
        <source>Screenings, newest first (Enter opens)</source>
        <translation>Скринингтер, ең жаңасы бірінші (Enter ашады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="120"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="121"/>
        <source>All settings</source>
        <translation>Барлық өткізу орындары</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="134"/>
        <location filename="../src/screener/ui/screenings.py" line="141"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="135"/>
        <location filename="../src/screener/ui/screenings.py" line="140"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="138"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="142"/>
        <source>Score</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="143"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="146"/>
        <source>New screening (Ctrl+N)</source>
        <translation>Жаңа скрининг (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="147"/>
        <source>Quick check (Ctrl+K)</source>
        <translation>Жедел тексеру (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="148"/>
        <source>Indicators first; the full interview only when signs appear</source>
        <translation>Алдымен белгілер; толық сұхбат тек белгілер байқалғанда</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="149"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="150"/>
        <source>Delete draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="151"/>
        <source>Export...</source>
        <translation>Экспорттау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="153"/>
        <source>Finalised screenings as a de-identified file: no case codes, names or notes</source>
        <translation>Аяқталған скринингтер иесіздендірілген файл ретінде: іс кодтарынсыз, аты-жөндерсіз және жазбаларсыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="155"/>
        <source>No screenings yet. Start one with New screening.</source>
        <translation>Әзірге скрининг жоқ. «Жаңа скрининг» батырмасымен бастаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="160"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="161"/>
        <source>finalised</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="162"/>
        <source>amended</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="191"/>
        <source>quick check</source>
        <translation>жедел тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="222"/>
        <location filename="../src/screener/ui/screenings.py" line="225"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="222"/>
        <source>Only drafts can be deleted; a finalised screening stays.</source>
        <translation>Тек жобаларды жоюға болады; аяқталған скрининг сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="224"/>
        <source>Delete the draft %1? This cannot be undone.</source>
        <translation>%1 жобасын жоясыз ба? Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="234"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="236"/>
        <source>CSV for Excel (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>Excel үшін CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="243"/>
        <source>%1 finalised screening(s) exported to %2, without case codes, names or notes.</source>
        <translation>%2 файлына %1 аяқталған скрининг экспортталды: іс кодтарынсыз, аты-жөндерсіз және жазбаларсыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="248"/>
        <source>Writing the de-identified export...</source>
        <translation>Иесіздендірілген экспорт жазылуда...</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/screener/ui/settings.py" line="132"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="134"/>
        <source>Language of the app:</source>
        <translation>Бағдарлама тілі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="135"/>
        <source>Second language under each question:</source>
        <translation>Әр сұрақтың астындағы екінші тіл:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="136"/>
        <source>Font size:</source>
        <translation>Қаріп өлшемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="137"/>
        <source>Lock after minutes without use:</source>
        <translation>Әрекетсіз тұрғаннан кейін құлыптау (минут):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="138"/>
        <source>Interviewer (your name or number):</source>
        <translation>Сұхбат алушы (атыңыз немесе нөміріңіз):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="145"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="148"/>
        <source>%1 pt</source>
        <translation>%1 пт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="149"/>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="150"/>
        <source>0 = never lock by itself</source>
        <translation>0 = ешқашан өздігінен құлыпталмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="151"/>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="152"/>
        <source>Encrypted store</source>
        <translation>Шифрланған қойма</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="153"/>
        <source>Change passphrase...</source>
        <translation>Құпия сөйлемді ауыстыру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="154"/>
        <source>Back up...</source>
        <translation>Сақтық көшірме жасау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="155"/>
        <source>Restore...</source>
        <translation>Қалпына келтіру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="156"/>
        <source>Region of this post (for exports and the printed directory):</source>
        <translation>Осы бекеттің аймағы (экспорт пен басылған анықтамалық үшін):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="170"/>
        <source>Training mode: the practice store cannot be backed up, restored or re-keyed.</source>
        <translation>Оқу режимі: жаттығу қоймасының сақтық көшірмесін жасауға, оны қалпына келтіруге немесе құпия сөйлемін өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="174"/>
        <source>A backup is encrypted with the store&apos;s passphrase; keep it on a drive you control.</source>
        <translation>Сақтық көшірме қойманың құпия сөйлемімен шифрланады; оны өзіңіз бақылайтын дискіде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="177"/>
        <source>Unlock the store to change its passphrase, back it up or restore it.</source>
        <translation>Құпия сөйлемді ауыстыру, сақтық көшірме жасау немесе қалпына келтіру үшін қойманың құлпын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="214"/>
        <source>Change passphrase</source>
        <translation>Құпия сөйлемді ауыстыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="215"/>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия сөйлем:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="218"/>
        <source>New passphrase:</source>
        <translation>Жаңа құпия сөйлем:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="221"/>
        <source>New passphrase again:</source>
        <translation>Жаңа құпия сөйлемді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="225"/>
        <source>The two new passphrases differ. Nothing was changed.</source>
        <translation>Екі жаңа құпия сөйлем сәйкес келмейді. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="228"/>
        <source>Changing the passphrase...</source>
        <translation>Құпия сөйлем ауыстырылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="231"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Құпия сөйлем ауыстырылды. Бұдан былай жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="239"/>
        <source>Back up</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="241"/>
        <location filename="../src/screener/ui/settings.py" line="266"/>
        <source>Screener backups (*%1);;All files (*)</source>
        <translation>Screener сақтық көшірмелері (*%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="247"/>
        <source>Choose another file: this is the store itself.</source>
        <translation>Басқа файлды таңдаңыз: бұл — қойманың өзі.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="250"/>
        <source>Writing the backup...</source>
        <translation>Сақтық көшірме жазылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="255"/>
        <source>The backup is written to %1. It opens with the store&apos;s passphrase.</source>
        <translation>Сақтық көшірме жазылды: %1. Ол қойманың құпия сөйлемімен ашылады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="265"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="270"/>
        <source>Passphrase of the backup:</source>
        <translation>Сақтық көшірменің құпия сөйлемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="274"/>
        <source>The store on this computer will be replaced by the backup. The current store is kept beside it as a .bak file. The app locks now. Continue?</source>
        <translation>Осы компьютердегі қойма сақтық көшірмемен ауыстырылады. Қазіргі қойма оның қасында .bak файлы ретінде сақталады. Бағдарлама қазір құлыпталады. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="283"/>
        <source>Restoring the backup...</source>
        <translation>Сақтық көшірме қалпына келтірілуде...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="289"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірме қалпына келтірілді. Құлыпты сақтық көшірменің құпия сөйлемімен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="291"/>
        <source>The replaced store is kept at %1.</source>
        <translation>Ауыстырылған қойма мына жерде сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="32"/>
        <source>Save PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="34"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="38"/>
        <source>The PDF file is not encrypted: anyone who can open it can read this screening. Save it only where it is safe, and delete it when it is no longer needed. Save it?</source>
        <translation>PDF файлы шифрланбаған: оны аша алатын кез келген адам осы скринингті оқи алады. Оны тек сенімді жерде сақтаңыз және қажет болмай қалғанда жойыңыз. Сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="56"/>
        <location filename="../src/screener/ui/result_sheet.py" line="71"/>
        <source>Making the PDF...</source>
        <translation>PDF жасалуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="58"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="68"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="100"/>
        <source>The form of this screening is not installed.</source>
        <translation>Бұл скринингтің нысаны орнатылмаған.</translation>
    </message>
</context>
<context>
    <name>TrainingMode</name>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="91"/>
        <source>Opening the practice store...</source>
        <translation>Жаттығу қоймасы ашылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="114"/>
        <source>Cases</source>
        <translation>Кейстер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="115"/>
        <source>Knowledge test</source>
        <translation>Білім тесті</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="116"/>
        <source>Reset practice...</source>
        <translation>Жаттығу деректерін тазалау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="117"/>
        <source>Delete every practice screening and test result</source>
        <translation>Барлық жаттығу скринингтері мен тест нәтижелерін жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="119"/>
        <source>Screener - TRAINING (practice data)</source>
        <translation>Screener — ОҚУ (жаттығу деректері)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="120"/>
        <source>Practice screenings</source>
        <translation>Жаттығу скринингтері</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="122"/>
        <source>nothing is kept after this session</source>
        <translation>сеанстан кейін ештеңе сақталмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="124"/>
        <source>kept apart from real screenings</source>
        <translation>нақты скринингтерден бөлек сақталады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="127"/>
        <source>TRAINING MODE - practice store (%1). Real screenings are locked and never shown here.</source>
        <translation>ОҚУ РЕЖИМІ — жаттығу қоймасы (%1). Нақты скринингтер құлыпталған және мұнда көрсетілмейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="131"/>
        <source>Practice store: %1</source>
        <translation>Жаттығу қоймасы: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="165"/>
        <source>Reset practice</source>
        <translation>Жаттығу деректерін тазалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="167"/>
        <source>Delete every practice screening and every knowledge-test result? Real screenings are not affected.</source>
        <translation>Барлық жаттығу скринингтері мен білім тестінің барлық нәтижелерін жою керек пе? Нақты скринингтерге бұл әсер етпейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="190"/>
        <source>Resetting the practice store...</source>
        <translation>Жаттығу қоймасы тазалануда...</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="139"/>
        <source>Screener</source>
        <translation>Screener</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="143"/>
        <source>Welcome. Screenings are kept only on this computer, in a file encrypted with a passphrase you choose now. Without it nobody, including you, can read them: write it down and keep it somewhere safe.</source>
        <translation>Қош келдіңіз. Скринингтер тек осы компьютерде, сіз қазір таңдайтын құпия сөйлеммен шифрланған файлда сақталады. Онсыз ешкім, тіпті сіз де, оларды оқи алмайды: құпия сөйлемді жазып алып, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="148"/>
        <source>Create the store</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="150"/>
        <source>Enter the passphrase to unlock the screenings on this computer.</source>
        <translation>Осы компьютердегі скринингтердің құлпын ашу үшін құпия сөйлемді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="151"/>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="152"/>
        <location filename="../src/screener/ui/unlock.py" line="166"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="153"/>
        <location filename="../src/screener/ui/unlock.py" line="164"/>
        <source>Passphrase</source>
        <translation>Құпия сөйлем</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="154"/>
        <location filename="../src/screener/ui/unlock.py" line="165"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия сөйлемді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="158"/>
        <source>Restore a backup...</source>
        <translation>Сақтық көшірмеден қалпына келтіру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="159"/>
        <source>Training</source>
        <translation>Оқу режимі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="161"/>
        <source>Practise with the manual&apos;s cases in a separate practice store; real screenings stay locked</source>
        <translation>Нұсқаулық кейстерімен бөлек жаттығу қоймасында жаттығу; нақты скринингтер құлыпталған күйде қалады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="163"/>
        <source>Keep nothing after this session</source>
        <translation>Сеанстан кейін ештеңе сақтамау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="174"/>
        <source>Strong enough.</source>
        <translation>Жеткілікті күшті.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="178"/>
        <source>At least 10 characters mixing letters with digits or other signs, or a phrase of several words (16 characters or more).</source>
        <translation>Кемінде 10 таңба, әріптер сандармен немесе басқа таңбалармен аралас болсын; не болмаса бірнеше сөзден тұратын сөйлем (16 таңба және одан көп).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="189"/>
        <source>The two passphrases are not the same.</source>
        <translation>Екі құпия сөйлем сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="197"/>
        <source>Creating the encrypted store...</source>
        <translation>Шифрланған қойма жасалуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="207"/>
        <source>Unlocking...</source>
        <translation>Құлып ашылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="226"/>
        <location filename="../src/screener/ui/unlock.py" line="245"/>
        <location filename="../src/screener/ui/unlock.py" line="252"/>
        <location filename="../src/screener/ui/unlock.py" line="264"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="227"/>
        <source>The store cannot be opened. Restore it from a backup now?</source>
        <translation>Қойманы ашу мүмкін емес. Оны қазір сақтық көшірмеден қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="241"/>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="241"/>
        <source>Screener backups (*.db *.bak);;All files (*)</source>
        <translation>Screener сақтық көшірмелері (*.db *.bak);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="245"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>Сақтық көшірменің құпия сөйлемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="249"/>
        <source>The store on this computer will be replaced by the backup. The replaced file is kept beside it (ending in .bak). Continue?</source>
        <translation>Осы компьютердегі қойма сақтық көшірмемен ауыстырылады. Ауыстырылған файл оның қасында сақталады (атауы .bak деп аяқталады). Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="265"/>
        <source>The backup was restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірме қалпына келтірілді. Оның құлпын сақтық көшірменің құпия сөйлемімен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="269"/>
        <source>Restoring...</source>
        <translation>Қалпына келтірілуде...</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="90"/>
        <source>Model answer: the manual&apos;s (seed 003, line %1)</source>
        <translation>Үлгі жауап: нұсқаулықтан (003 дереккөз, %1-жол)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="91"/>
        <source>Answer key: the project&apos;s, not the manual&apos;s</source>
        <translation>Жауап кілті: нұсқаулықтан емес, Screener әзірлеушілері құрастырған</translation>
    </message>
</context>
</TS>
