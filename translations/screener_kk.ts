<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Interview</name>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="107"/>
        <source>Read aloud to the respondent:</source>
        <translation>Пікір сұралушыға дауыстап оқып беріңіз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="160"/>
        <source>Notes for the interviewer</source>
        <translation>Сұхбат алушыға арналған ескертпелер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="184"/>
        <source>Key %1</source>
        <translation>%1 пернесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="210"/>
        <source>Ask:</source>
        <translation>Сұраңыз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="215"/>
        <source>The script scores this %1.</source>
        <translation>Нұсқаулық бойынша бұған %1 ұпай қойылады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="233"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="234"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="370"/>
        <source>Kazakhstan (citizen)</source>
        <translation>Қазақстан (азаматы)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="374"/>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="409"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../src/screener/ui/interview.py" line="186"/>
        <source>Notes (what the respondent said, in their words)</source>
        <translation>Жазбалар (пікір сұралушының айтқаны, өз сөзімен)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="187"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="189"/>
        <source>Question and answers (arrow keys scroll)</source>
        <translation>Сұрақ пен жауаптар (көрсеткі пернелерімен айналдырылады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="190"/>
        <source>Back (PgUp)</source>
        <translation>Артқа (PgUp)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="191"/>
        <source>Next (PgDn)</source>
        <translation>Келесі (PgDn)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="192"/>
        <source>Review</source>
        <translation>Қарап шығу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="193"/>
        <location filename="../src/screener/ui/interview.py" line="452"/>
        <source>Finalise</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="211"/>
        <source>Page %1 of %2</source>
        <translation>%1-бет / %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="214"/>
        <source> - amending: %1</source>
        <translation> - өзгерту енгізілуде: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="286"/>
        <source>Review and finalise</source>
        <translation>Қарап шығу және аяқтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="295"/>
        <source>Not answered yet: %1</source>
        <translation>Әлі жауап берілмеген: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="297"/>
        <source>Every applicable item is answered.</source>
        <translation>Барлық қолданылатын сұрақтарға жауап берілді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="188"/>
        <location filename="../src/screener/ui/interview.py" line="327"/>
        <source>Scores</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="328"/>
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="329"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="341"/>
        <source>Unanswered: %1</source>
        <translation>Жауапсыз: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="342"/>
        <source>There is no cut-off score: scores support the interviewer&apos;s judgement.</source>
        <translation>Шекті ұпай жоқ: ұпайлар сұхбат алушының пайымдауын толықтырады, оны алмастырмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="442"/>
        <source>Keep this score and go on?</source>
        <translation>Осы ұпайды қалдырып, әрі қарай жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="443"/>
        <source>Check the score</source>
        <translation>Ұпайды тексеріңіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="449"/>
        <source>Finalise this screening? It can then only be changed with a written reason.</source>
        <translation>Осы скринингті аяқтайсыз ба? Содан кейін оны тек себебін жазып қана өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="451"/>
        <source>Still unanswered: %1.</source>
        <translation>Әлі жауап берілмеген: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/screener/ui/window.py" line="143"/>
        <location filename="../src/screener/ui/window.py" line="201"/>
        <source>Screener</source>
        <translation>Screener</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="202"/>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="203"/>
        <source>Lock now and hide everything (Ctrl+L)</source>
        <translation>Дереу құлыптау және бәрін жасыру (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="204"/>
        <source>Screenings</source>
        <translation>Скринингтер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="205"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="206"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="211"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="213"/>
        <source>Unlocked: %1</source>
        <translation>Құлпы ашық: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="242"/>
        <source>A screening was interrupted (case %1). Continue it now?</source>
        <translation>Скрининг үзіліп қалған (іс коды: %1). Оны қазір жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="245"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="285"/>
        <source>Screener, version %1</source>
        <translation>Screener, %1 нұсқасы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="286"/>
        <source>Offline screening for possible victims of human trafficking. It makes no network connection.</source>
        <translation>Адам саудасының ықтимал құрбандарын желісіз анықтау құралы. Ешқандай желіге қосылмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="287"/>
        <source>Screenings are kept, encrypted, in: %1</source>
        <translation>Скринингтер шифрланған түрде мына жерде сақталады: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="292"/>
        <source>About Screener</source>
        <translation>Screener туралы</translation>
    </message>
</context>
<context>
    <name>NewScreeningDialog</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="243"/>
        <source>No name of the person screened is needed: a case code is enough.</source>
        <translation>Скринингтен өтетін адамның аты-жөні қажет емес: іс коды жеткілікті.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="250"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="251"/>
        <source>Interview language</source>
        <translation>Сұхбат тілі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="252"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="253"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="256"/>
        <source>New screening</source>
        <translation>Жаңа скрининг</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="172"/>
        <source>Result of the screening</source>
        <translation>Скрининг нәтижесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="173"/>
        <source>Back to list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="174"/>
        <source>Amend...</source>
        <translation>Өзгерту енгізу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="175"/>
        <source>Change the answers; the reason is kept in the record</source>
        <translation>Жауаптарды өзгерту; себебі жазбада сақталады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="176"/>
        <source>Save PDF...</source>
        <translation>PDF ретінде сақтау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="177"/>
        <source>The result sheet with the next steps and the directory, as a PDF</source>
        <translation>Ұсынылатын қадамдар мен ұйымдар анықтамалығы бар нәтиже парағы, PDF пішімінде</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="178"/>
        <source>Print...</source>
        <translation>Басып шығару...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="193"/>
        <source>Amend</source>
        <translation>Өзгерту енгізу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="195"/>
        <source>Why does this screening need to change? The reason is kept in the record.</source>
        <translation>Бұл скринингті неге өзгерту керек? Себебі жазбада сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="200"/>
        <source>A reason is needed to amend a finalised screening.</source>
        <translation>Аяқталған скринингке өзгерту енгізу үшін себебін көрсету керек.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="210"/>
        <source>Save PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="212"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="216"/>
        <source>The PDF file is not encrypted: anyone who can open it can read this screening. Save it only where it is safe, and delete it when it is no longer needed. Save it?</source>
        <translation>PDF файлы шифрланбаған: оны аша алатын кез келген адам осы скринингті оқи алады. Оны тек сенімді жерде сақтаңыз және қажет болмай қалғанда жойыңыз. Сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="234"/>
        <location filename="../src/screener/ui/result.py" line="249"/>
        <source>Making the PDF...</source>
        <translation>PDF жасалуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="236"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="246"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="278"/>
        <source>The form of this screening is not installed.</source>
        <translation>Бұл скринингтің нысаны орнатылмаған.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="302"/>
        <source>The PDF could not be written: %1</source>
        <translation>PDF жазылмады: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="312"/>
        <source>Add step</source>
        <translation>Қадам қосу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="312"/>
        <source>Step taken or planned:</source>
        <translation>Жасалған немесе жоспарланған қадам:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="365"/>
        <source>Screening result: case %1</source>
        <translation>Скрининг нәтижесі: іс коды %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="379"/>
        <source>The form %1 of this screening is not installed, so its scores cannot be shown.</source>
        <translation>Осы скринингтің %1 нысаны орнатылмаған, сондықтан оның ұпайларын көрсету мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="407"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="408"/>
        <source>finalised</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="409"/>
        <source>amended</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="411"/>
        <source>%1, version %2</source>
        <translation>%1, %2-нұсқа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="414"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="415"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="416"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="417"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="418"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="419"/>
        <source>Interview language</source>
        <translation>Сұхбат тілі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="420"/>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="423"/>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="437"/>
        <source>Recorded with version %1 of the form; shown with the installed version %2.</source>
        <translation>Нысанның %1-нұсқасы бойынша жазылған; орнатылған %2-нұсқа бойынша көрсетілген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="443"/>
        <source>Scores</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="452"/>
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="454"/>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="468"/>
        <source>Total</source>
        <translation>Жалпы ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="479"/>
        <source>Not complete. Unanswered: %1</source>
        <translation>Толық емес. Жауапсыз: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="486"/>
        <source>Scores and indicators support the interviewer&apos;s judgement; they do not replace it. The instrument has no cut-off score.</source>
        <translation>Ұпайлар мен белгілер сұхбат алушының пайымдауын толықтырады, оны алмастырмайды. Құралда шекті ұпай жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="496"/>
        <source>Items scored 2 or more</source>
        <translation>2 және одан жоғары ұпай алған сұрақтар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="499"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="506"/>
        <source>Interviewer&apos;s notes: %1</source>
        <translation>Сұхбат алушының жазбалары: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="523"/>
        <source>Interviewer&apos;s judgement</source>
        <translation>Сұхбат алушының бағасы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="526"/>
        <location filename="../src/screener/ui/result.py" line="541"/>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="526"/>
        <source>%1 of 3</source>
        <translation>3-тен %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="542"/>
        <source>Type of trafficking: %1</source>
        <translation>Адам саудасының түрі: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="545"/>
        <source>Non-verbal cues: %1</source>
        <translation>Бейвербалды белгілер: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="548"/>
        <source>Indicators found</source>
        <translation>Анықталған белгілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="549"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="552"/>
        <source>None ticked.</source>
        <translation>Ешқайсысы белгіленбеген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="574"/>
        <source>Recommended next steps</source>
        <translation>Ұсынылатын қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="578"/>
        <source>The rules recommend no step for this screening.</source>
        <translation>Ережелер бойынша бұл скрининг үшін ұсынылатын қадам жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="587"/>
        <source>Steps added or recorded</source>
        <translation>Қосылған немесе жазылған қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="592"/>
        <source>Added by the interviewer.</source>
        <translation>Сұхбат алушы қосқан.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="596"/>
        <source>No longer recommended by the rules; kept because it was recorded.</source>
        <translation>Ережелер бойынша енді ұсынылмайды; бұрын жазылғандықтан сақталды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="598"/>
        <source>Add step...</source>
        <translation>Қадам қосу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="625"/>
        <source>Why:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="630"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="631"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="635"/>
        <source>Note: what was done, when, by whom</source>
        <translation>Жазба: не істелді, қашан және кім істеді</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="636"/>
        <source>Note on this step</source>
        <translation>Осы қадам туралы жазба</translation>
    </message>
</context>
<context>
    <name>ScreeningsScreen</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="102"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Іс коды бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="103"/>
        <source>Search by case code</source>
        <translation>Іс коды бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="104"/>
        <source>Screenings, newest first (Enter opens)</source>
        <translation>Скринингтер, ең жаңасы бірінші (Enter ашады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="106"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="107"/>
        <source>All settings</source>
        <translation>Барлық өткізу орындары</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="120"/>
        <location filename="../src/screener/ui/screenings.py" line="127"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="121"/>
        <location filename="../src/screener/ui/screenings.py" line="126"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="124"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="125"/>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="128"/>
        <source>Score</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="129"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="132"/>
        <source>New screening (Ctrl+N)</source>
        <translation>Жаңа скрининг (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="133"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="134"/>
        <source>Delete draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="135"/>
        <source>No screenings yet. Start one with New screening.</source>
        <translation>Әзірге скрининг жоқ. «Жаңа скрининг» батырмасымен бастаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>finalised</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>amended</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="197"/>
        <location filename="../src/screener/ui/screenings.py" line="200"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="197"/>
        <source>Only drafts can be deleted; a finalised screening stays.</source>
        <translation>Тек жобаларды жоюға болады; аяқталған скрининг сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="199"/>
        <source>Delete the draft %1? This cannot be undone.</source>
        <translation>%1 жобасын жоясыз ба? Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/screener/ui/settings.py" line="121"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="123"/>
        <source>Language of the app:</source>
        <translation>Бағдарлама тілі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="124"/>
        <source>Second language under each question:</source>
        <translation>Әр сұрақтың астындағы екінші тіл:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="125"/>
        <source>Font size:</source>
        <translation>Қаріп өлшемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="126"/>
        <source>Lock after minutes without use:</source>
        <translation>Әрекетсіз тұрғаннан кейін құлыптау (минут):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="127"/>
        <source>Interviewer (your name or number):</source>
        <translation>Сұхбат алушы (атыңыз немесе нөміріңіз):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="133"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="136"/>
        <source>%1 pt</source>
        <translation>%1 пт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="137"/>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="138"/>
        <source>0 = never lock by itself</source>
        <translation>0 = ешқашан өздігінен құлыпталмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="139"/>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="140"/>
        <source>Encrypted store</source>
        <translation>Шифрланған қойма</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="141"/>
        <source>Change passphrase...</source>
        <translation>Құпия сөйлемді ауыстыру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="142"/>
        <source>Back up...</source>
        <translation>Сақтық көшірме жасау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="143"/>
        <source>Restore...</source>
        <translation>Қалпына келтіру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="152"/>
        <source>A backup is encrypted with the store&apos;s passphrase; keep it on a drive you control.</source>
        <translation>Сақтық көшірме қойманың құпия сөйлемімен шифрланады; оны өзіңіз бақылайтын дискіде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="155"/>
        <source>Unlock the store to change its passphrase, back it up or restore it.</source>
        <translation>Құпия сөйлемді ауыстыру, сақтық көшірме жасау немесе қалпына келтіру үшін қойманың құлпын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="189"/>
        <source>Change passphrase</source>
        <translation>Құпия сөйлемді ауыстыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="190"/>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия сөйлем:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="193"/>
        <source>New passphrase:</source>
        <translation>Жаңа құпия сөйлем:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="196"/>
        <source>New passphrase again:</source>
        <translation>Жаңа құпия сөйлемді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="200"/>
        <source>The two new passphrases differ. Nothing was changed.</source>
        <translation>Екі жаңа құпия сөйлем сәйкес келмейді. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="203"/>
        <source>Changing the passphrase...</source>
        <translation>Құпия сөйлем ауыстырылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="206"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Құпия сөйлем ауыстырылды. Бұдан былай жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="214"/>
        <source>Back up</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="216"/>
        <location filename="../src/screener/ui/settings.py" line="241"/>
        <source>Screener backups (*%1);;All files (*)</source>
        <translation>Screener сақтық көшірмелері (*%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="222"/>
        <source>Choose another file: this is the store itself.</source>
        <translation>Басқа файлды таңдаңыз: бұл — қойманың өзі.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="225"/>
        <source>Writing the backup...</source>
        <translation>Сақтық көшірме жазылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="230"/>
        <source>The backup is written to %1. It opens with the store&apos;s passphrase.</source>
        <translation>Сақтық көшірме жазылды: %1. Ол қойманың құпия сөйлемімен ашылады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="240"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="245"/>
        <source>Passphrase of the backup:</source>
        <translation>Сақтық көшірменің құпия сөйлемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="249"/>
        <source>The store on this computer will be replaced by the backup. The current store is kept beside it as a .bak file. The app locks now. Continue?</source>
        <translation>Осы компьютердегі қойма сақтық көшірмемен ауыстырылады. Қазіргі қойма оның қасында .bak файлы ретінде сақталады. Бағдарлама қазір құлыпталады. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="258"/>
        <source>Restoring the backup...</source>
        <translation>Сақтық көшірме қалпына келтірілуде...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="264"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірме қалпына келтірілді. Құлыпты сақтық көшірменің құпия сөйлемімен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="266"/>
        <source>The replaced store is kept at %1.</source>
        <translation>Ауыстырылған қойма мына жерде сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="122"/>
        <source>Screener</source>
        <translation>Screener</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="126"/>
        <source>Welcome. Screenings are kept only on this computer, in a file encrypted with a passphrase you choose now. Without it nobody, including you, can read them: write it down and keep it somewhere safe.</source>
        <translation>Қош келдіңіз. Скринингтер тек осы компьютерде, сіз қазір таңдайтын құпия сөйлеммен шифрланған файлда сақталады. Онсыз ешкім, тіпті сіз де, оларды оқи алмайды: құпия сөйлемді жазып алып, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="131"/>
        <source>Create the store</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="133"/>
        <source>Enter the passphrase to unlock the screenings on this computer.</source>
        <translation>Осы компьютердегі скринингтердің құлпын ашу үшін құпия сөйлемді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="134"/>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="135"/>
        <location filename="../src/screener/ui/unlock.py" line="144"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="136"/>
        <location filename="../src/screener/ui/unlock.py" line="142"/>
        <source>Passphrase</source>
        <translation>Құпия сөйлем</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="137"/>
        <location filename="../src/screener/ui/unlock.py" line="143"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия сөйлемді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="141"/>
        <source>Restore a backup...</source>
        <translation>Сақтық көшірмеден қалпына келтіру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="152"/>
        <source>Strong enough.</source>
        <translation>Жеткілікті күшті.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="156"/>
        <source>At least 10 characters mixing letters with digits or other signs, or a phrase of several words (16 characters or more).</source>
        <translation>Кемінде 10 таңба, әріптер сандармен немесе басқа таңбалармен аралас болсын; не болмаса бірнеше сөзден тұратын сөйлем (16 таңба және одан көп).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="167"/>
        <source>The two passphrases are not the same.</source>
        <translation>Екі құпия сөйлем сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="175"/>
        <source>Creating the encrypted store...</source>
        <translation>Шифрланған қойма жасалуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="183"/>
        <source>Unlocking...</source>
        <translation>Құлып ашылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="202"/>
        <location filename="../src/screener/ui/unlock.py" line="216"/>
        <location filename="../src/screener/ui/unlock.py" line="223"/>
        <location filename="../src/screener/ui/unlock.py" line="235"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="203"/>
        <source>The store cannot be opened. Restore it from a backup now?</source>
        <translation>Қойманы ашу мүмкін емес. Оны қазір сақтық көшірмеден қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="212"/>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="212"/>
        <source>Screener backups (*.db *.bak);;All files (*)</source>
        <translation>Screener сақтық көшірмелері (*.db *.bak);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="216"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>Сақтық көшірменің құпия сөйлемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="220"/>
        <source>The store on this computer will be replaced by the backup. The replaced file is kept beside it (ending in .bak). Continue?</source>
        <translation>Осы компьютердегі қойма сақтық көшірмемен ауыстырылады. Ауыстырылған файл оның қасында сақталады (атауы .bak деп аяқталады). Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="236"/>
        <source>The backup was restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірме қалпына келтірілді. Оның құлпын сақтық көшірменің құпия сөйлемімен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="240"/>
        <source>Restoring...</source>
        <translation>Қалпына келтірілуде...</translation>
    </message>
</context>
</TS>
