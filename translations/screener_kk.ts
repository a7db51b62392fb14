<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CaseFileScreen</name>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="313"/>
        <source>The case&apos;s timeline, oldest first (Enter opens a record)</source>
        <translation>Істің хронологиясы, ескісі басында (Enter жазбаны ашады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="315"/>
        <source>Back to cases</source>
        <translation>Істерге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="316"/>
        <source>Open record</source>
        <translation>Жазбаны ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="317"/>
        <source>Refer... (Ctrl+R)</source>
        <translation>Жолдау... (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="318"/>
        <source>Referral: next state...</source>
        <translation>Жолдама: келесі күй...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="319"/>
        <source>Accepted or declined; then service delivered or not</source>
        <translation>Қабылданды немесе бас тартылды; содан кейін көмек көрсетілді ме, жоқ па</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="320"/>
        <source>Decision...</source>
        <translation>Шешім...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="321"/>
        <source>The competent authority&apos;s decision, as it was given</source>
        <translation>Құзыретті органның шешімі, қалай берілсе солай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="322"/>
        <source>New screening in this case (Ctrl+N)</source>
        <translation>Осы істе жаңа скрининг (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="324"/>
        <source>A re-screening: the earlier answers are shown beside each question, never copied</source>
        <translation>Қайта скрининг: бұрынғы жауаптар әр сұрақтың қасында көрсетіледі, ешқашан көшірілмейді</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="336"/>
        <source>Case %1</source>
        <translation>%1 ісі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="339"/>
        <source>Decision: %1 (%2, %3)</source>
        <translation>Шешім: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="344"/>
        <source>Decision: none recorded yet</source>
        <translation>Шешім: әзірге жазылмаған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="346"/>
        <source>Records: %1. Referrals: %2.</source>
        <translation>Жазбалар: %1. Жолдамалар: %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="377"/>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="382"/>
        <source>Referral: %1</source>
        <translation>Жолдама: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="388"/>
        <source>with the person&apos;s consent</source>
        <translation>адамның келісімімен</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="391"/>
        <source>without consent: %1</source>
        <translation>келісімсіз: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="394"/>
        <source>reason: %1</source>
        <translation>себебі: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="396"/>
        <source>decided by: %1</source>
        <translation>шешім қабылдаған: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="397"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
</context>
<context>
    <name>CaseListScreen</name>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="140"/>
        <source>Cases: the records, referrals and decision about one person, by case code</source>
        <translation>Істер: бір адам туралы жазбалар, жолдамалар және шешім, іс коды бойынша</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="141"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Іс коды бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="142"/>
        <source>Search by case code</source>
        <translation>Іс коды бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="143"/>
        <source>Cases, the most recently changed first (Enter opens)</source>
        <translation>Істер, соңғы өзгергені басында (Enter ашады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="146"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="147"/>
        <source>Changed</source>
        <translation>Өзгерген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="148"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="149"/>
        <source>Latest</source>
        <translation>Соңғысы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="150"/>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="151"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="155"/>
        <source>No cases yet. A case is opened from a result: Refer... or Case (the result screen).</source>
        <translation>Әзірге іс жоқ. Іс нәтиже экранынан ашылады: «Жолдау...» немесе «Іс».</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="157"/>
        <source>Back to screenings</source>
        <translation>Скринингтерге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="158"/>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="51"/>
        <location filename="../src/screener/ui/case_file.py" line="177"/>
        <source>Quick check</source>
        <translation>Жедел тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="55"/>
        <source>Re-screening</source>
        <translation>Қайта скрининг</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="56"/>
        <location filename="../src/screener/ui/case_file.py" line="179"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="69"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="70"/>
        <source>finalised</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="71"/>
        <source>amended</source>
        <translation>өзгертілген</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="176"/>
        <source>Training cases (KATCH manual, seed 003)</source>
        <translation>Оқу кейстері (KATCH нұсқаулығы, 003 дереккөз)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="179"/>
        <source>Present a case to the room, let the trainees score it in a practice screening, then compare their answers with the key. Answers marked &quot;project&quot; are this project&apos;s keys: the manual gives none for them.</source>
        <translation>Кейсті топқа көрсетіңіз, қатысушылар оны жаттығу скринингінде бағаласын, содан кейін олардың жауаптарын кілтпен салыстырыңыз. «Әзірлеушілер» деп белгіленген жауаптар — Screener әзірлеушілерінің кілттері: нұсқаулықта олар берілмеген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="185"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="185"/>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="185"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="185"/>
        <source>Screening key</source>
        <translation>Скрининг кілті</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="187"/>
        <source>Training cases</source>
        <translation>Оқу кейстері</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="188"/>
        <source>Present</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="189"/>
        <source>Score with the room</source>
        <translation>Топпен бағалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="190"/>
        <source>Compare with the key</source>
        <translation>Кілтпен салыстыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="208"/>
        <source>manual and project</source>
        <translation>нұсқаулық пен әзірлеушілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="209"/>
        <source>manual</source>
        <translation>нұсқаулық</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="209"/>
        <source>project</source>
        <translation>әзірлеушілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="215"/>
        <source>yes (project)</source>
        <translation>бар (әзірлеушілер)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="215"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>CircumstancesRow</name>
    <message>
        <location filename="../src/screener/ui/circumstances.py" line="48"/>
        <source>What happened (optional; every change is kept in the audit trail):</source>
        <translation>Не болды (міндетті емес; әр өзгеріс аудит журналында сақталады):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/circumstances.py" line="74"/>
        <source>-&gt; %1 (why: %2)</source>
        <translation>-&gt; %1 (себебі: %2)</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Room</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Agreement</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="472"/>
        <source>Key and room, item by item</source>
        <translation>Кілт пен топтың жауаптары, тармақ бойынша</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="473"/>
        <source>Next steps and the reasoning of the key</source>
        <translation>Келесі қадамдар және кілттің негіздемесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="474"/>
        <source>Back to cases</source>
        <translation>Кейстерге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="475"/>
        <source>Open the room&apos;s screening</source>
        <translation>Топтың скринингін ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="502"/>
        <source>same</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="503"/>
        <source>differs</source>
        <translation>өзгеше</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="504"/>
        <source>not entered</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="505"/>
        <source>not in the key</source>
        <translation>кілтте жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="513"/>
        <source>Compare with the key: %1</source>
        <translation>Кілтпен салыстыру: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="517"/>
        <source>The room has not scored this case yet: only the key is shown.</source>
        <translation>Топ бұл кейсті әлі бағалаған жоқ: тек кілт көрсетілген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="521"/>
        <source>Key: %1 of %2. Room: %3 of %4. Items that differ: %5.</source>
        <translation>Кілт: %2 ішінен %1. Топ: %4 ішінен %3. Сәйкес келмейтін тармақтар: %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="526"/>
        <location filename="../src/screener/ui/cases.py" line="583"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="545"/>
        <location filename="../src/screener/ui/cases.py" line="546"/>
        <source>does not apply</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="549"/>
        <source>Section %1</source>
        <translation>%1 бөлімі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="555"/>
        <source>Total</source>
        <translation>Жалпы ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="573"/>
        <source>(reasoning in English)</source>
        <translation>(негіздеме ағылшын тілінде)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="586"/>
        <source>Next steps in the key:</source>
        <translation>Кілт бойынша келесі қадамдар:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="590"/>
        <source>Only in the key (missed by the room):</source>
        <translation>Тек кілтте (топ өткізіп алған):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="593"/>
        <source>Only in the room&apos;s screening:</source>
        <translation>Тек топтың скринингінде:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="304"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="317"/>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="307"/>
        <source>Record the decision as the competent authority gave it. The screening&apos;s scores never decide: Screener does not infer a decision.</source>
        <translation>Шешімді құзыретті орган қалай шығарса, солай жазыңыз. Скрининг балдары ешқашан шешпейді: Screener шешімді өзі шығармайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="315"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="316"/>
        <source>Decided by</source>
        <translation>Шешім қабылдаған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="318"/>
        <source>Decision of the competent authority</source>
        <translation>Құзыретті органның шешімі</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="135"/>
        <source>Read aloud to the respondent:</source>
        <translation>Пікір сұралушыға дауыстап оқып беріңіз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="191"/>
        <source>Notes for the interviewer</source>
        <translation>Сұхбат алушыға арналған ескертпелер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="215"/>
        <location filename="../src/screener/ui/item_widgets.py" line="270"/>
        <source>Key %1</source>
        <translation>%1 пернесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="242"/>
        <source>Ask:</source>
        <translation>Сұраңыз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="247"/>
        <source>The script scores this %1.</source>
        <translation>Нұсқаулық бойынша бұған %1 ұпай қойылады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="265"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="266"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="421"/>
        <source>%1 (citizen)</source>
        <translation>%1 (азаматы)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="426"/>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="477"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../src/screener/ui/interview.py" line="222"/>
        <source>Notes (what the respondent said, in their words)</source>
        <translation>Жазбалар (пікір сұралушының айтқаны, өз сөзімен)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="223"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="225"/>
        <source>Question and answers (arrow keys scroll)</source>
        <translation>Сұрақ пен жауаптар (көрсеткі пернелерімен айналдырылады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="226"/>
        <source>Back (PgUp)</source>
        <translation>Артқа (PgUp)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="227"/>
        <source>Next (PgDn)</source>
        <translation>Келесі (PgDn)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="228"/>
        <source>Review</source>
        <translation>Қарап шығу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="230"/>
        <location filename="../src/screener/ui/interview.py" line="590"/>
        <source>Finalise</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="280"/>
        <source>Page %1 of %2</source>
        <translation>%1-бет / %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="248"/>
        <source> - amending: %1</source>
        <translation> - өзгерту енгізілуде: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="343"/>
        <location filename="../src/screener/ui/interview.py" line="552"/>
        <source>Review and finalise</source>
        <translation>Қарап шығу және аяқтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="289"/>
        <source>Not answered yet: %1</source>
        <translation>Әлі жауап берілмеген: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="287"/>
        <source>Every applicable item is answered.</source>
        <translation>Барлық қолданылатын сұрақтарға жауап берілді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="224"/>
        <location filename="../src/screener/ui/interview.py" line="383"/>
        <source>Scores</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="229"/>
        <source>Go to question... (Ctrl+G)</source>
        <translation>Сұраққа өту... (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="232"/>
        <location filename="../src/screener/ui/interview.py" line="614"/>
        <source>Finish the amendment</source>
        <translation>Өзгертуді аяқтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="384"/>
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="385"/>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="386"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="397"/>
        <source>Unanswered: %1</source>
        <translation>Жауапсыз: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="398"/>
        <source>There is no cut-off score: scores support the interviewer&apos;s judgement.</source>
        <translation>Шекті ұпай жоқ: ұпайлар сұхбат алушының пайымдауын толықтырады, оны алмастырмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="547"/>
        <source>Read aloud</source>
        <translation>Дауыстап оқу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="550"/>
        <source>Indicators</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="578"/>
        <source>Keep this score and go on?</source>
        <translation>Осы ұпайды қалдырып, әрі қарай жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="579"/>
        <source>Check the score</source>
        <translation>Ұпайды тексеріңіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="585"/>
        <source>Finalise this screening? It can then only be changed with a written reason.</source>
        <translation>Осы скринингті аяқтайсыз ба? Содан кейін оны тек себебін жазып қана өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="589"/>
        <source>Still unanswered: %1.</source>
        <translation>Әлі жауап берілмеген: %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="613"/>
        <source>Finish the amendment? The changes are saved with the reason: %1</source>
        <translation>Өзгертуді аяқтау керек пе? Өзгерістер мына себеппен сақталды: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/screener/ui/window.py" line="220"/>
        <location filename="../src/screener/ui/window.py" line="306"/>
        <location filename="../src/screener/ui/window.py" line="411"/>
        <source>Screener</source>
        <translation>Screener</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="307"/>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="308"/>
        <source>Lock now and hide everything (Ctrl+L)</source>
        <translation>Дереу құлыптау және бәрін жасыру (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="309"/>
        <source>Screenings</source>
        <translation>Скринингтер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="310"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="311"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="312"/>
        <source>Training</source>
        <translation>Оқыту</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="317"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="319"/>
        <source>Unlocked: %1</source>
        <translation>Құлпы ашық: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="361"/>
        <source>A screening was interrupted (case %1). Continue it now?</source>
        <translation>Скрининг үзіліп қалған (іс коды: %1). Оны қазір жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="365"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="386"/>
        <source>Before this unlock the passphrase was entered wrongly %1 time(s): %2.</source>
        <translation>Осы ашудың алдында құпия сөйлем %1 рет қате енгізілді: %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="391"/>
        <source>The record of wrong passphrases had been deleted or damaged; this is noted in the audit trail.</source>
        <translation>Қате құпия сөйлемдер жазбасы жойылған немесе бүлінген болатын; бұл аудит журналына жазылды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="394"/>
        <source>If this was not you, someone has tried to open the store.</source>
        <translation>Егер бұл сіз болмасаңыз, қоймаға біреу кіруге әрекет жасаған.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="395"/>
        <source>Wrong passphrases</source>
        <translation>Қате құпия сөйлемдер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="410"/>
        <source>The quick check is not available: the file forms/quick_check.yaml is missing.</source>
        <translation>Жедел тексеру қолжетімсіз: forms/quick_check.yaml файлы жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="484"/>
        <source>Screener, version %1</source>
        <translation>Screener, %1 нұсқасы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="485"/>
        <source>Offline screening for possible victims of human trafficking. It makes no network connection.</source>
        <translation>Адам саудасының ықтимал құрбандарын желісіз анықтау құралы. Ешқандай желіге қосылмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="486"/>
        <source>Screenings are kept, encrypted, in: %1</source>
        <translation>Скринингтер шифрланған түрде мына жерде сақталады: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="489"/>
        <source>Third-party software in Screener and its licences: %1</source>
        <translation>Screener құрамындағы үшінші тараптың бағдарламалары және олардың лицензиялары: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="494"/>
        <source>About Screener</source>
        <translation>Screener туралы</translation>
    </message>
</context>
<context>
    <name>NewScreeningDialog</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="351"/>
        <source>No name of the person screened is needed: a case code is enough.</source>
        <translation>Скринингтен өтетін адамның аты-жөні қажет емес: іс коды жеткілікті.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="358"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="359"/>
        <source>Interview language</source>
        <translation>Сұхбат тілі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="360"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="361"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="365"/>
        <source>New screening</source>
        <translation>Жаңа скрининг</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="367"/>
        <source>Re-screening in case %1</source>
        <translation>%1 ісіндегі қайта скрининг</translation>
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="313"/>
        <source>Back to cases</source>
        <translation>Кейстерге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="314"/>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="315"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="316"/>
        <source>Show the answer</source>
        <translation>Жауапты көрсету</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="317"/>
        <source>Score with the room</source>
        <translation>Топпен бағалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="318"/>
        <source>Case, as read to the room</source>
        <translation>Топқа оқылатын кейс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="345"/>
        <source>Module %1. Source: KATCH manual (seed 003), lines %2.</source>
        <translation>%1-модуль. Дереккөз: KATCH нұсқаулығы (003 дереккөз), %2 жолдар.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="354"/>
        <source>Seed 003, line %1</source>
        <translation>003 дереккөз, %1-жол</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="357"/>
        <source>Question %1</source>
        <translation>%1-сұрақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="364"/>
        <source>No model answer: discuss with the room.</source>
        <translation>Үлгі жауап жоқ: топпен талқылаңыз.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/screener/ui/qt_words.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/qt_words.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>QuestionIndex</name>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="39"/>
        <source>Go to question</source>
        <translation>Сұраққа өту</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="40"/>
        <source>Type to find a question; arrows choose, Enter goes there.</source>
        <translation>Сұрақты табу үшін теріңіз; көрсеткілермен таңдаңыз, Enter сол жерге апарады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="44"/>
        <source>Find a question</source>
        <translation>Сұрақты табу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="45"/>
        <source>Id or words, e.g. B3</source>
        <translation>Нөмірі немесе сөздер, мысалы B3</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="48"/>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
</context>
<context>
    <name>QuickCheckScreen</name>
    <message>
        <location filename="../src/screener/ui/quick.py" line="212"/>
        <source>Setting:</source>
        <translation>Өткізу орны:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="213"/>
        <source>Age:</source>
        <translation>Жасы:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="219"/>
        <source>Adult (%1)</source>
        <translation>Ересек (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="220"/>
        <source>Age unknown (%1)</source>
        <translation>Жасы белгісіз (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="224"/>
        <source>Choose the age band first (F2, F3 or F4).</source>
        <translation>Алдымен жас тобын таңдаңыз (F2, F3 немесе F4).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="243"/>
        <source>Back to list (Esc)</source>
        <translation>Тізімге оралу (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="243"/>
        <source>Back to the indicators (Esc)</source>
        <translation>Белгілерге оралу (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="226"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Аяқтау (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="227"/>
        <source>Record the quick check only</source>
        <translation>Тек жедел тексеруді тіркеу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="228"/>
        <source>Continue into the full interview (Ctrl+Enter)</source>
        <translation>Толық сұхбатқа өту (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="229"/>
        <source>Indicators</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="230"/>
        <location filename="../src/screener/ui/quick.py" line="433"/>
        <source>First actions</source>
        <translation>Алғашқы қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="231"/>
        <source>Full wording of the indicator</source>
        <translation>Белгінің толық мәтіні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="294"/>
        <source>Move to an indicator (arrows or Tab) to read its full wording here.</source>
        <translation>Белгінің толық мәтінін осы жерде оқу үшін оған өтіңіз (көрсеткілер немесе Tab).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="374"/>
        <location filename="../src/screener/ui/quick.py" line="421"/>
        <source>Signs ticked: %1</source>
        <translation>Белгіленген белгілер: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="376"/>
        <source>No sign ticked. Ctrl+Enter records the check with no signs.</source>
        <translation>Бірде-бір белгі белгіленбеген. Ctrl+Enter тексеруді «белгі жоқ» деп тіркейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="264"/>
        <location filename="../src/screener/ui/quick.py" line="434"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="216"/>
        <source>Child, under %2 (%1)</source>
        <translation>Бала, %2 жасқа толмаған (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="218"/>
        <source>Child (%1)</source>
        <translation>Бала (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="442"/>
        <source>Why: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="457"/>
        <source>The first actions for these signs are above, each with its reason.</source>
        <translation>Осы белгілер бойынша алғашқы қадамдар жоғарыда, әрқайсысы себебімен берілген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="482"/>
        <source>%1 ticked sign(s) are not recorded yet. Leave the quick check without them?</source>
        <translation>Белгіленген %1 белгі әлі тіркелмеген. Жедел тексеруден оларсыз шығасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="483"/>
        <source>Quick check</source>
        <translation>Жедел тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="496"/>
        <location filename="../src/screener/ui/quick.py" line="504"/>
        <source>Full interview</source>
        <translation>Толық сұхбат</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="497"/>
        <source>Case code for the full interview (optional; no name is needed):</source>
        <translation>Толық сұхбаттың іс коды (міндетті емес; аты-жөні қажет емес):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="504"/>
        <source>Language of the interview:</source>
        <translation>Сұхбат тілі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="537"/>
        <source>no signs</source>
        <translation>белгі жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="537"/>
        <source>%1 sign(s), no interview</source>
        <translation>%1 белгі, сұхбатсыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="538"/>
        <source>Recorded at %1: %2 (%3, %4). Ready for the next person.</source>
        <translation>%1 тіркелді: %2 (%3, %4). Келесі адамды тексеруге дайын.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="539"/>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="539"/>
        <source>adult</source>
        <translation>ересек</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="539"/>
        <source>age unknown</source>
        <translation>жасы белгісіз</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="243"/>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="244"/>
        <location filename="../src/screener/ui/quiz.py" line="246"/>
        <source>Participant code</source>
        <translation>Қатысушы коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="247"/>
        <source>e.g. P-07</source>
        <translation>мысалы, P-07</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="250"/>
        <source>A code pairs a trainee&apos;s pre-test with the post-test; never a name. Results are kept in the practice store only.</source>
        <translation>Код қатысушының пре-тестін пост-тестімен байланыстырады; аты-жөні енгізілмейді. Нәтижелер тек жаттығу қоймасында сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="254"/>
        <source>Start the test</source>
        <translation>Тестті бастау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="255"/>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="256"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="257"/>
        <source>Finish and score</source>
        <translation>Аяқтау және бағалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="258"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="259"/>
        <location filename="../src/screener/ui/quiz.py" line="473"/>
        <source>Show the key</source>
        <translation>Кілтті көрсету</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="260"/>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="260"/>
        <location filename="../src/screener/ui/quiz.py" line="263"/>
        <source>Pre-test</source>
        <translation>Пре-тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="260"/>
        <location filename="../src/screener/ui/quiz.py" line="263"/>
        <source>Post-test</source>
        <translation>Пост-тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="261"/>
        <source>Share of correct answers, question by question</source>
        <translation>Дұрыс жауаптардың үлесі, сұрақ бойынша</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="263"/>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="265"/>
        <source>Scores by participant code</source>
        <translation>Қатысушы кодтары бойынша ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Chosen</source>
        <translation>Таңдалғаны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Key from</source>
        <translation>Кілт көзі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="269"/>
        <source>Your answers and the key</source>
        <translation>Сіздің жауаптарыңыз және кілт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="304"/>
        <source>Workshop so far: pre-test %1 taken, mean %2; post-test %3 taken, mean %4; change %5.</source>
        <translation>Семинар нәтижелері: пре-тест %1 рет тапсырылды, орташа %2; пост-тест %3 рет, орташа %4; өзгеріс %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="309"/>
        <source>%1 percentage points</source>
        <translation>%1 пайыздық тармақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="317"/>
        <source>Not paired, shown apart and left out of the means: %1 pre-test(s) and %2 post-test(s) without a test of the other phase under the same code.</source>
        <translation>Жұпталмаған, бөлек көрсетіліп, орташа мәндерге кірмейді: сол кодпен екінші кезеңнің тесті жоқ %1 пре-тест және %2 пост-тест.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="336"/>
        <source>%1 (not paired)</source>
        <translation>%1 (жұбы жоқ)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="360"/>
        <source>Question %1 of %2</source>
        <translation>%2 сұрақтың %1-і</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="401"/>
        <source>Open question: trainees write their answer on paper; it is discussed, not scored.</source>
        <translation>Ашық сұрақ: қатысушылар жауабын қағазға жазады; ол талқыланады, ұпай қойылмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="470"/>
        <source>This was the pre-test. Showing the key now tells the room the answers of the post-test. Show it anyway?</source>
        <translation>Бұл пре-тест еді. Кілтті қазір көрсетсеңіз, топ пост-тесттің жауаптарын біліп қояды. Бәрібір көрсету керек пе?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="484"/>
        <source>Score: %1 of %2 (%3). The open question is discussed, not scored.</source>
        <translation>Нәтиже: %2 ішінен %1 (%3). Ашық сұрақ талқыланады, оған ұпай қойылмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="492"/>
        <source>The key is hidden until the trainer shows it (after the post-test).</source>
        <translation>Тренер көрсеткенше (пост-тесттен кейін) кілт жасырын.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="501"/>
        <source>right</source>
        <translation>дұрыс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="501"/>
        <source>wrong</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="506"/>
        <source>open: see the model answer</source>
        <translation>ашық: үлгі жауапты қараңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="507"/>
        <source>manual</source>
        <translation>нұсқаулық</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="507"/>
        <source>project</source>
        <translation>әзірлеушілер</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="118"/>
        <source>Yes, the person agrees to this referral</source>
        <translation>Иә, адам осы жолдамаға келіседі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="120"/>
        <source>No consent</source>
        <translation>Келісім жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="128"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="168"/>
        <source>Why without consent</source>
        <translation>Неліктен келісімсіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="133"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="169"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="146"/>
        <source>Choose from the directory or type a name</source>
        <translation>Анықтамалықтан таңдаңыз немесе атауын жазыңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="155"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="171"/>
        <source>Referred on</source>
        <translation>Жолдау күні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="158"/>
        <source>Ask the person first whether they agree to be referred. The receiving organisation gets only the case code, the purpose, the date, how and from which post: no answers, no notes.</source>
        <translation>Алдымен адамнан жолдамаға келісетінін сұраңыз. Қабылдайтын ұйым тек іс кодын, мақсатын, күнін, тәсілін және қай бекеттен екенін алады: жауаптар да, жазбалар да берілмейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="166"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="170"/>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="172"/>
        <source>How</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="174"/>
        <source>Refer</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="194"/>
        <source>Record the person&apos;s consent first: yes, or no consent with its reason.</source>
        <translation>Алдымен адамның келісімін белгілеңіз: иә, немесе келісім жоқ және оның себебі.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="201"/>
        <source>Choose the organisation from the directory or type its name.</source>
        <translation>Ұйымды анықтамалықтан таңдаңыз немесе атауын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="243"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="250"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="245"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="251"/>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="248"/>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="249"/>
        <source>New state</source>
        <translation>Жаңа күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="253"/>
        <source>Referral: next state</source>
        <translation>Жолдама: келесі күй</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="278"/>
        <source>No referral of this case can change state.</source>
        <translation>Бұл істің ешбір жолдамасының күйі өзгере алмайды.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="144"/>
        <source>Result of the screening</source>
        <translation>Скрининг нәтижесі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="145"/>
        <source>Back to list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="146"/>
        <source>Amend...</source>
        <translation>Өзгерту енгізу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="147"/>
        <source>Change the answers; the reason is kept in the record</source>
        <translation>Жауаптарды өзгерту; себебі жазбада сақталады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="148"/>
        <source>Save PDF...</source>
        <translation>PDF ретінде сақтау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="149"/>
        <source>The result sheet with the next steps and the directory, as a PDF</source>
        <translation>Ұсынылатын қадамдар мен ұйымдар анықтамалығы бар нәтиже парағы, PDF пішімінде</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="150"/>
        <source>Print...</source>
        <translation>Басып шығару...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="151"/>
        <location filename="../src/screener/ui/result.py" line="200"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="152"/>
        <source>The case of this person: its records, referrals and decision</source>
        <translation>Осы адамның ісі: жазбалары, жолдамалары және шешімі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="153"/>
        <source>Refer...</source>
        <translation>Жолдау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="154"/>
        <source>Refer the person to an organisation (their consent is asked first)</source>
        <translation>Адамды ұйымға жолдау (алдымен оның келісімі сұралады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="169"/>
        <source>Amend</source>
        <translation>Өзгерту енгізу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="171"/>
        <source>Why does this screening need to change? The reason is kept in the record.</source>
        <translation>Бұл скринингті неге өзгерту керек? Себебі жазбада сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="176"/>
        <source>A reason is needed to amend a finalised screening.</source>
        <translation>Аяқталған скринингке өзгерту енгізу үшін себебін көрсету керек.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="200"/>
        <source>The case code of this person (a code, never a name):</source>
        <translation>Осы адамның іс коды (аты-жөні емес, тек код):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="236"/>
        <source>Add step</source>
        <translation>Қадам қосу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="236"/>
        <source>Step taken or planned:</source>
        <translation>Жасалған немесе жоспарланған қадам:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="299"/>
        <source>Quick indicator check</source>
        <translation>Белгілерді жедел тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="301"/>
        <source>Screening result: case %1</source>
        <translation>Скрининг нәтижесі: іс коды %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="315"/>
        <source>The form %1 of this screening is not installed, so its scores cannot be shown.</source>
        <translation>Осы скринингтің %1 нысаны орнатылмаған, сондықтан оның ұпайларын көрсету мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="325"/>
        <source>A quick check asks no question, so it has no scores: only the indicators ticked and the steps they call for are kept.</source>
        <translation>Жедел тексеруде сұрақ қойылмайды, сондықтан ұпай жоқ: тек белгіленген белгілер мен олар талап ететін қадамдар сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="350"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="351"/>
        <source>finalised</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="352"/>
        <source>amended</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="354"/>
        <source>%1, version %2</source>
        <translation>%1, %2-нұсқа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="359"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="360"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="361"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="362"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="363"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="364"/>
        <source>Interview language</source>
        <translation>Сұхбат тілі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="365"/>
        <source>Form</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="368"/>
        <source>Last changed</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="370"/>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="370"/>
        <source>adult</source>
        <translation>ересек</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="370"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="371"/>
        <source>Age band</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="374"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="377"/>
        <source>Follows the quick check of</source>
        <translation>Алдындағы жылдам тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="381"/>
        <source>Followed by the interview</source>
        <translation>Одан кейінгі сұхбат</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="395"/>
        <source>Why it was amended after finalising:</source>
        <translation>Аяқталғаннан кейін неге өзгертілді:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="406"/>
        <source>Recorded with version %1 of the form; shown with the installed version %2.</source>
        <translation>Нысанның %1-нұсқасы бойынша жазылған; орнатылған %2-нұсқа бойынша көрсетілген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="412"/>
        <source>Scores</source>
        <translation>Ұпайлар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="421"/>
        <source>not applicable</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="423"/>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="437"/>
        <source>Total</source>
        <translation>Жалпы ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="448"/>
        <source>Not complete. Unanswered: %1</source>
        <translation>Толық емес. Жауапсыз: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="454"/>
        <source>Scores and indicators support the interviewer&apos;s judgement; they do not replace it. The instrument has no cut-off score.</source>
        <translation>Ұпайлар мен белгілер сұхбат алушының пайымдауын толықтырады, оны алмастырмайды. Құралда шекті ұпай жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="464"/>
        <source>Items scored 2 or more</source>
        <translation>2 және одан жоғары ұпай алған сұрақтар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="466"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="471"/>
        <source>Interviewer&apos;s notes: %1</source>
        <translation>Сұхбат алушының жазбалары: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="475"/>
        <source>Not the script&apos;s %1, because: %2</source>
        <translation>Нұсқаулықтағы %1 ұпай емес, себебі: %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="481"/>
        <source>Interviewer&apos;s judgement</source>
        <translation>Сұхбат алушының бағасы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="483"/>
        <location filename="../src/screener/ui/result.py" line="490"/>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="483"/>
        <source>%1 of 3</source>
        <translation>3-тен %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="491"/>
        <source>Type of trafficking: %1</source>
        <translation>Адам саудасының түрі: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="493"/>
        <source>Non-verbal cues: %1</source>
        <translation>Бейвербалды белгілер: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="497"/>
        <source>Indicators found</source>
        <translation>Анықталған белгілер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="498"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Белгі — жағдайды әрі қарай анықтауға түрткі ғана, ол ешқашан дәлел бола алмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="500"/>
        <source>None ticked.</source>
        <translation>Ешқайсысы белгіленбеген.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="510"/>
        <source>Recommended next steps</source>
        <translation>Ұсынылатын қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="513"/>
        <source>The rules recommend no step for this screening.</source>
        <translation>Ережелер бойынша бұл скрининг үшін ұсынылатын қадам жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="525"/>
        <source>Steps added or recorded</source>
        <translation>Қосылған немесе жазылған қадамдар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="528"/>
        <source>Added by the interviewer.</source>
        <translation>Сұхбат алушы қосқан.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="530"/>
        <source>No longer recommended by the rules; kept because it was recorded.</source>
        <translation>Ережелер бойынша енді ұсынылмайды; бұрын жазылғандықтан сақталды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="532"/>
        <source>Add step...</source>
        <translation>Қадам қосу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="551"/>
        <source>Why:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="556"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="557"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="561"/>
        <source>Note: what was done, when, by whom</source>
        <translation>Жазба: не істелді, қашан және кім істеді</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="562"/>
        <source>Note on this step</source>
        <translation>Осы қадам туралы жазба</translation>
    </message>
</context>
<context>
    <name>ScoreReason</name>
    <message>
        <location filename="../src/screener/ui/score_reason.py" line="38"/>
        <source>Reason for a score other than the script&apos;s (without one, the script&apos;s score counts):</source>
        <translation>Нұсқаулықтағыдан басқа ұпайдың себебі (себебі жазылмаса, нұсқаулықтағы ұпай есептеледі):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/score_reason.py" line="40"/>
        <source>Reason for the score</source>
        <translation>Ұпайдың себебі</translation>
    </message>
</context>
<context>
    <name>ScreeningsScreen</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="126"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Іс коды бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="127"/>
        <source>Search by case code</source>
        <translation>Іс коды бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="128"/>
        <source>Screenings, newest first (Enter opens)</source>
        <translation>Скринингтер, ең жаңасы бірінші (Enter ашады)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="130"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="131"/>
        <source>All settings</source>
        <translation>Барлық өткізу орындары</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="144"/>
        <location filename="../src/screener/ui/screenings.py" line="151"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="145"/>
        <location filename="../src/screener/ui/screenings.py" line="150"/>
        <source>Setting</source>
        <translation>Өткізу орны</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="148"/>
        <location filename="../src/screener/ui/screenings.py" line="322"/>
        <source>Case code</source>
        <translation>Іс коды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="149"/>
        <source>Updated</source>
        <translation>Жаңартылды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="152"/>
        <source>Score</source>
        <translation>Ұпай</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="153"/>
        <source>Interviewer</source>
        <translation>Сұхбат алушы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="156"/>
        <source>New screening (Ctrl+N)</source>
        <translation>Жаңа скрининг (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="157"/>
        <source>Quick check (Ctrl+K)</source>
        <translation>Жедел тексеру (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="158"/>
        <source>Indicators first; the full interview only when signs appear</source>
        <translation>Алдымен белгілер; толық сұхбат тек белгілер байқалғанда</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="159"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="160"/>
        <source>Cases (Ctrl+J)</source>
        <translation>Істер (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="161"/>
        <source>Each person&apos;s records, referrals and decision, by case code</source>
        <translation>Әр адамның жазбалары, жолдамалары және шешімі, іс коды бойынша</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="162"/>
        <source>Delete draft</source>
        <translation>Жобаны жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="163"/>
        <source>Export...</source>
        <translation>Экспорттау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="165"/>
        <source>Finalised screenings as a de-identified file: no case codes, names or notes</source>
        <translation>Аяқталған скринингтер иесіздендірілген файл ретінде: іс кодтарынсыз, аты-жөндерсіз және жазбаларсыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="167"/>
        <source>No screenings yet. Start one with New screening.</source>
        <translation>Әзірге скрининг жоқ. «Жаңа скрининг» батырмасымен бастаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="172"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="173"/>
        <source>finalised</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="174"/>
        <source>amended</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="221"/>
        <source>quick check</source>
        <translation>жедел тексеру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="225"/>
        <source>%1, after a quick check</source>
        <translation>%1, жылдам тексеруден кейін</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="246"/>
        <location filename="../src/screener/ui/screenings.py" line="249"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="246"/>
        <source>Only drafts can be deleted; a finalised screening stays.</source>
        <translation>Тек жобаларды жоюға болады; аяқталған скрининг сақталады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="248"/>
        <source>Delete the draft %1? This cannot be undone.</source>
        <translation>%1 жобасын жоясыз ба? Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="257"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="259"/>
        <source>CSV for Excel (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>Excel үшін CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="266"/>
        <source>%1 finalised screening(s) exported to %2, without case codes, names or notes.</source>
        <translation>%2 файлына %1 аяқталған скрининг экспортталды: іс кодтарынсыз, аты-жөндерсіз және жазбаларсыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="271"/>
        <source>Writing the de-identified export...</source>
        <translation>Иесіздендірілген экспорт жазылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="316"/>
        <source>The case code &quot;%1&quot; differs from the existing &quot;%2&quot; only in capitals or spaces. Is it the same case? Yes: use &quot;%2&quot;. No: keep &quot;%1&quot; as a new case.</source>
        <translation>«%1» іс коды бар «%2» кодынан тек бас әріптерімен немесе бос орындарымен ерекшеленеді. Бұл сол іс пе? Иә: «%2» қолданылады. Жоқ: «%1» жаңа іс ретінде қалады.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/screener/ui/settings.py" line="187"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="189"/>
        <source>Language of the app:</source>
        <translation>Бағдарлама тілі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="190"/>
        <source>Second language under each question:</source>
        <translation>Әр сұрақтың астындағы екінші тіл:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="191"/>
        <source>Font size:</source>
        <translation>Қаріп өлшемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="192"/>
        <source>Lock after minutes without use:</source>
        <translation>Әрекетсіз тұрғаннан кейін құлыптау (минут):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="193"/>
        <source>Interviewer (your name or number):</source>
        <translation>Сұхбат алушы (атыңыз немесе нөміріңіз):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="200"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="203"/>
        <source>%1 pt</source>
        <translation>%1 пт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="205"/>
        <source>From %1 to %2 minutes: the app always locks by itself when nobody uses it</source>
        <translation>%1-ден %2 минутқа дейін: ешкім қолданбаса, бағдарлама әрқашан өзі құлыпталады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="209"/>
        <source>Hide from screen capture</source>
        <translation>Экран түсірілімінен жасыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="211"/>
        <source>Leaves the app&apos;s windows out of screenshots, screen recording and screen sharing.</source>
        <translation>Бағдарлама терезелері скриншоттарға, экран жазбасына және экранды бөлісуге түспейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="214"/>
        <source>This system offers no way to keep the app&apos;s windows out of screenshots or screen sharing: end any screen sharing or remote session before a screening.</source>
        <translation>Бұл жүйеде бағдарлама терезелерін скриншоттан немесе экранды бөлісуден жасыру мүмкін емес: скринингтің алдында экранды бөлісуді және қашықтан қосылуды тоқтатыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="218"/>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="219"/>
        <source>Encrypted store</source>
        <translation>Шифрланған қойма</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="220"/>
        <source>Change passphrase...</source>
        <translation>Құпия сөйлемді ауыстыру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="221"/>
        <source>Back up...</source>
        <translation>Сақтық көшірме жасау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="222"/>
        <source>Restore...</source>
        <translation>Қалпына келтіру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="223"/>
        <source>Copies under an old passphrase...</source>
        <translation>Ескі құпия сөйлемдегі көшірмелер...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="224"/>
        <source>Region of this post (for exports and the printed directory):</source>
        <translation>Осы бекеттің аймағы (экспорт пен басылған анықтамалық үшін):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="225"/>
        <source>Name of your organisation (read aloud in the introduction):</source>
        <translation>Ұйымыңыздың атауы (кіріспеде дауыстап оқылады):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="245"/>
        <source>Training mode: the practice store cannot be backed up, restored or re-keyed.</source>
        <translation>Оқу режимі: жаттығу қоймасының сақтық көшірмесін жасауға, оны қалпына келтіруге немесе құпия сөйлемін өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="249"/>
        <source>A backup is encrypted with the store&apos;s passphrase; keep it on a drive you control.</source>
        <translation>Сақтық көшірме қойманың құпия сөйлемімен шифрланады; оны өзіңіз бақылайтын дискіде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="252"/>
        <source>Unlock the store to change its passphrase, back it up or restore it.</source>
        <translation>Құпия сөйлемді ауыстыру, сақтық көшірме жасау немесе қалпына келтіру үшін қойманың құлпын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="292"/>
        <source>Change passphrase</source>
        <translation>Құпия сөйлемді ауыстыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="293"/>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия сөйлем:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="296"/>
        <source>New passphrase:</source>
        <translation>Жаңа құпия сөйлем:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="299"/>
        <source>New passphrase again:</source>
        <translation>Жаңа құпия сөйлемді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="303"/>
        <source>The two new passphrases differ. Nothing was changed.</source>
        <translation>Екі жаңа құпия сөйлем сәйкес келмейді. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="309"/>
        <source>Changing the passphrase...</source>
        <translation>Құпия сөйлем ауыстырылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="312"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Құпия сөйлем ауыстырылды. Бұдан былай жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="323"/>
        <source>Copies under an old passphrase</source>
        <translation>Ескі құпия сөйлемдегі көшірмелер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="329"/>
        <source>No copy under an old passphrase is kept beside the store.</source>
        <translation>Қойманың қасында ескі құпия сөйлеммен ашылатын көшірме жоқ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="331"/>
        <source>Looking for copies...</source>
        <translation>Көшірмелер ізделуде...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="340"/>
        <source>These copies the app kept beside the store do not open with the store&apos;s passphrase: anyone who knows the old passphrase can still read them. Re-encrypt them with the store&apos;s passphrase, or delete them.</source>
        <translation>Бағдарлама қойманың қасында сақтаған бұл көшірмелер қойманың құпия сөйлемімен ашылмайды: ескі құпия сөйлемді білетін кез келген адам оларды әлі де оқи алады. Оларды қойманың құпия сөйлемімен қайта шифрлаңыз немесе жойыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="344"/>
        <source>Re-encrypt with the store&apos;s passphrase</source>
        <translation>Қойманың құпия сөйлемімен қайта шифрлау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="344"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="351"/>
        <source>Keep them for now</source>
        <translation>Әзірге қалдыру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="358"/>
        <source>Delete %1 copies? A deleted copy cannot be brought back.</source>
        <translation>%1 көшірмені жою керек пе? Жойылған көшірмені қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="364"/>
        <source>Deleting the copies...</source>
        <translation>Көшірмелер жойылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="367"/>
        <source>Copies deleted: %1.</source>
        <translation>Жойылған көшірмелер: %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="372"/>
        <source>The copies&apos; old passphrase:</source>
        <translation>Көшірмелердің ескі құпия сөйлемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="377"/>
        <source>Re-encrypting the copies...</source>
        <translation>Көшірмелер қайта шифрлануда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="383"/>
        <source>Copies re-encrypted with the store&apos;s passphrase: %1.</source>
        <translation>Қойманың құпия сөйлемімен қайта шифрланған көшірмелер: %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="390"/>
        <source>it does not open with the old passphrase given (it may be under an earlier one)</source>
        <translation>ол енгізілген ескі құпия сөйлеммен ашылмайды (одан да бұрынғы құпия сөйлемде болуы мүмкін)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="395"/>
        <source>Not re-encrypted, left as they were:</source>
        <translation>Қайта шифрланбады, бұрынғы күйінде қалды:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="402"/>
        <source>Back up</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="404"/>
        <location filename="../src/screener/ui/settings.py" line="429"/>
        <source>Screener backups (*%1);;All files (*)</source>
        <translation>Screener сақтық көшірмелері (*%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="410"/>
        <source>Choose another file: this is the store itself.</source>
        <translation>Басқа файлды таңдаңыз: бұл — қойманың өзі.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="413"/>
        <source>Writing the backup...</source>
        <translation>Сақтық көшірме жазылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="418"/>
        <source>The backup is written to %1. It opens with the store&apos;s passphrase.</source>
        <translation>Сақтық көшірме жазылды: %1. Ол қойманың құпия сөйлемімен ашылады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="428"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="433"/>
        <source>Passphrase of the backup:</source>
        <translation>Сақтық көшірменің құпия сөйлемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="437"/>
        <source>The store on this computer will be replaced by the backup. The current store is kept beside it as a .bak file. The app locks now. Continue?</source>
        <translation>Осы компьютердегі қойма сақтық көшірмемен ауыстырылады. Қазіргі қойма оның қасында .bak файлы ретінде сақталады. Бағдарлама қазір құлыпталады. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="446"/>
        <source>Restoring the backup...</source>
        <translation>Сақтық көшірме қалпына келтірілуде...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="452"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірме қалпына келтірілді. Құлыпты сақтық көшірменің құпия сөйлемімен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="454"/>
        <source>The replaced store is kept at %1.</source>
        <translation>Ауыстырылған қойма мына жерде сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="34"/>
        <source>Save PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="54"/>
        <source>The PDF file is not encrypted: anyone who can open it can read this screening. Save it only where it is safe, and delete it when it is no longer needed. Save it?</source>
        <translation>PDF файлы шифрланбаған: оны аша алатын кез келген адам осы скринингті оқи алады. Оны тек сенімді жерде сақтаңыз және қажет болмай қалғанда жойыңыз. Сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="45"/>
        <location filename="../src/screener/ui/result_sheet.py" line="78"/>
        <source>Making the PDF...</source>
        <translation>PDF жасалуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="68"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="75"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="102"/>
        <source>The sheet could not be printed: %1</source>
        <translation>Парақ басып шығарылмады: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="116"/>
        <source>The form of this screening is not installed.</source>
        <translation>Бұл скринингтің нысаны орнатылмаған.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="586"/>
        <source>Why these steps: %1</source>
        <translation>Осы қадамдардың себебі: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="589"/>
        <source>Why steps %1: %2</source>
        <translation>%1-қадамдардың себебі: %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="596"/>
        <source>%1 (and the reason above)</source>
        <translation>%1 (және жоғарыдағы себеп)</translation>
    </message>
</context>
<context>
    <name>TrainingMode</name>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="81"/>
        <source>Opening the practice store...</source>
        <translation>Жаттығу қоймасы ашылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="96"/>
        <source>Cases</source>
        <translation>Кейстер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="97"/>
        <source>Knowledge test</source>
        <translation>Білім тесті</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="98"/>
        <source>Reset practice...</source>
        <translation>Жаттығу деректерін тазалау...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="99"/>
        <source>Delete every practice screening and test result</source>
        <translation>Барлық жаттығу скринингтері мен тест нәтижелерін жою</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="101"/>
        <source>Screener - TRAINING (practice data)</source>
        <translation>Screener — ОҚУ (жаттығу деректері)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="102"/>
        <source>Practice screenings</source>
        <translation>Жаттығу скринингтері</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="104"/>
        <source>nothing is kept after this session</source>
        <translation>сеанстан кейін ештеңе сақталмайды</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="106"/>
        <source>kept apart from real screenings</source>
        <translation>нақты скринингтерден бөлек сақталады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="109"/>
        <source>TRAINING MODE - practice store (%1). Real screenings are locked and never shown here.</source>
        <translation>ОҚУ РЕЖИМІ — жаттығу қоймасы (%1). Нақты скринингтер құлыпталған және мұнда көрсетілмейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="113"/>
        <source>Practice store: %1</source>
        <translation>Жаттығу қоймасы: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="143"/>
        <source>Reset practice</source>
        <translation>Жаттығу деректерін тазалау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="145"/>
        <source>Delete every practice screening and every knowledge-test result? Real screenings are not affected.</source>
        <translation>Барлық жаттығу скринингтері мен білім тестінің барлық нәтижелерін жою керек пе? Нақты скринингтерге бұл әсер етпейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="169"/>
        <source>Resetting the practice store...</source>
        <translation>Жаттығу қоймасы тазалануда...</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="182"/>
        <source>The record of wrong passphrases beside the store was deleted or damaged, so the longest wait applies. You can try again in %1 s. This is noted in the store&apos;s audit trail.</source>
        <translation>Қойманың жанындағы қате құпия сөйлемдер жазбасы жойылған немесе бүлінген, сондықтан ең ұзақ күту қолданылады. Қайта көруге %1 с кейін болады. Бұл қойманың аудит журналына жазылады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="187"/>
        <source>The passphrase was wrong %1 times in a row. To slow down guessing, each new mistake doubles the wait (at most %2 s). You can try again in %3 s.</source>
        <translation>Құпия сөйлем қатарынан %1 рет қате болды. Таңдап табуды баяулату үшін әр жаңа қате күтуді екі есе ұзартады (ең көбі %2 с). Қайта көруге %3 с кейін болады.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="206"/>
        <source>Screener</source>
        <translation>Screener</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="210"/>
        <source>Welcome. Screenings are kept only on this computer, in a file encrypted with a passphrase you choose now. Without it nobody, including you, can read them: write it down and keep it somewhere safe.</source>
        <translation>Қош келдіңіз. Скринингтер тек осы компьютерде, сіз қазір таңдайтын құпия сөйлеммен шифрланған файлда сақталады. Онсыз ешкім, тіпті сіз де, оларды оқи алмайды: құпия сөйлемді жазып алып, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="215"/>
        <source>Create the store</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="217"/>
        <source>Enter the passphrase to unlock the screenings on this computer.</source>
        <translation>Осы компьютердегі скринингтердің құлпын ашу үшін құпия сөйлемді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="218"/>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="219"/>
        <location filename="../src/screener/ui/unlock.py" line="233"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="220"/>
        <location filename="../src/screener/ui/unlock.py" line="231"/>
        <source>Passphrase</source>
        <translation>Құпия сөйлем</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="221"/>
        <location filename="../src/screener/ui/unlock.py" line="232"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия сөйлемді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="225"/>
        <source>Restore a backup...</source>
        <translation>Сақтық көшірмеден қалпына келтіру...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="226"/>
        <source>Training</source>
        <translation>Оқу режимі</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="228"/>
        <source>Practise with the manual&apos;s cases in a separate practice store; real screenings stay locked</source>
        <translation>Нұсқаулық кейстерімен бөлек жаттығу қоймасында жаттығу; нақты скринингтер құлыпталған күйде қалады</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="230"/>
        <source>Keep nothing after this session</source>
        <translation>Сеанстан кейін ештеңе сақтамау</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="243"/>
        <source>Strong enough.</source>
        <translation>Жеткілікті күшті.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="253"/>
        <source>The two passphrases are not the same.</source>
        <translation>Екі құпия сөйлем сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="261"/>
        <source>Creating the encrypted store...</source>
        <translation>Шифрланған қойма жасалуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="271"/>
        <source>Unlocking...</source>
        <translation>Құлып ашылуда...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="298"/>
        <location filename="../src/screener/ui/unlock.py" line="317"/>
        <location filename="../src/screener/ui/unlock.py" line="324"/>
        <location filename="../src/screener/ui/unlock.py" line="336"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="299"/>
        <source>The store cannot be opened. Restore it from a backup now?</source>
        <translation>Қойманы ашу мүмкін емес. Оны қазір сақтық көшірмеден қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="313"/>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="313"/>
        <source>Screener backups (*.db *.bak);;All files (*)</source>
        <translation>Screener сақтық көшірмелері (*.db *.bak);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="317"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>Сақтық көшірменің құпия сөйлемі:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="321"/>
        <source>The store on this computer will be replaced by the backup. The replaced file is kept beside it (ending in .bak). Continue?</source>
        <translation>Осы компьютердегі қойма сақтық көшірмемен ауыстырылады. Ауыстырылған файл оның қасында сақталады (атауы .bak деп аяқталады). Жалғастырасыз ба?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="337"/>
        <source>The backup was restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірме қалпына келтірілді. Оның құлпын сақтық көшірменің құпия сөйлемімен ашыңыз.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="341"/>
        <source>Restoring...</source>
        <translation>Қалпына келтірілуде...</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="95"/>
        <source>Model answer: the manual&apos;s (seed 003, line %1)</source>
        <translation>Үлгі жауап: нұсқаулықтан (003 дереккөз, %1-жол)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="96"/>
        <source>Answer key: the project&apos;s, not the manual&apos;s</source>
        <translation>Жауап кілті: нұсқаулықтан емес, Screener әзірлеушілері құрастырған</translation>
    </message>
</context>
</TS>
