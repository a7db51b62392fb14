<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CaseFileScreen</name>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="313"/>
        <source>The case&apos;s timeline, oldest first (Enter opens a record)</source>
        <translation>Хронология дела, сначала старые записи (Enter открывает запись)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="314"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="315"/>
        <source>Back to cases</source>
        <translation>К списку дел</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="316"/>
        <source>Open record</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="317"/>
        <source>Refer... (Ctrl+R)</source>
        <translation>Направить... (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="318"/>
        <source>Referral: next state...</source>
        <translation>Направление: следующее состояние...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="319"/>
        <source>Accepted or declined; then service delivered or not</source>
        <translation>Принято или отклонено; затем помощь оказана или нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="320"/>
        <source>Decision...</source>
        <translation>Решение...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="321"/>
        <source>The competent authority&apos;s decision, as it was given</source>
        <translation>Решение компетентного органа, как оно было принято</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="322"/>
        <source>New screening in this case (Ctrl+N)</source>
        <translation>Новый скрининг в этом деле (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="324"/>
        <source>A re-screening: the earlier answers are shown beside each question, never copied</source>
        <translation>Повторный скрининг: прежние ответы показаны рядом с каждым вопросом и никогда не копируются</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="336"/>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="339"/>
        <source>Decision: %1 (%2, %3)</source>
        <translation>Решение: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="344"/>
        <source>Decision: none recorded yet</source>
        <translation>Решение: пока не записано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="346"/>
        <source>Records: %1. Referrals: %2.</source>
        <translation>Записей: %1. Направлений: %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="377"/>
        <source>score %1</source>
        <translation>балл %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="382"/>
        <source>Referral: %1</source>
        <translation>Направление: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="388"/>
        <source>with the person&apos;s consent</source>
        <translation>с согласия человека</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="391"/>
        <source>without consent: %1</source>
        <translation>без согласия: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="394"/>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="396"/>
        <source>decided by: %1</source>
        <translation>решение принял(а): %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="397"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>CaseListScreen</name>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="140"/>
        <source>Cases: the records, referrals and decision about one person, by case code</source>
        <translation>Дела: записи, направления и решение по одному человеку, по коду случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="141"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Поиск по коду случая (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="142"/>
        <source>Search by case code</source>
        <translation>Поиск по коду случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="143"/>
        <source>Cases, the most recently changed first (Enter opens)</source>
        <translation>Дела, сначала изменённые последними (Enter открывает)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="146"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="147"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="148"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="149"/>
        <source>Latest</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="150"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="151"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="155"/>
        <source>No cases yet. A case is opened from a result: Refer... or Case (the result screen).</source>
        <translation>Дел пока нет. Дело открывается с экрана результата: «Направить...» или «Дело».</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="157"/>
        <source>Back to screenings</source>
        <translation>К скринингам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="158"/>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="51"/>
        <location filename="../src/screener/ui/case_file.py" line="177"/>
        <source>Quick check</source>
        <translation>Быстрая проверка</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="55"/>
        <source>Re-screening</source>
        <translation>Повторный скрининг</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="56"/>
        <location filename="../src/screener/ui/case_file.py" line="179"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="69"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="70"/>
        <source>finalised</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/case_file.py" line="71"/>
        <source>amended</source>
        <translation>изменён</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="176"/>
        <source>Training cases (KATCH manual, seed 003)</source>
        <translation>Учебные кейсы (пособие KATCH, источник 003)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="179"/>
        <source>Present a case to the room, let the trainees score it in a practice screening, then compare their answers with the key. Answers marked &quot;project&quot; are this project&apos;s keys: the manual gives none for them.</source>
        <translation>Покажите кейс группе, дайте участникам оценить его в учебном скрининге, затем сравните их ответы с ключом. Ответы с пометкой «проект» — ключи этого проекта: в пособии их нет.</translation>
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
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="185"/>
        <source>Screening key</source>
        <translation>Ключ скрининга</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="187"/>
        <source>Training cases</source>
        <translation>Учебные кейсы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="188"/>
        <source>Present</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="189"/>
        <source>Score with the room</source>
        <translation>Оценить с группой</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="190"/>
        <source>Compare with the key</source>
        <translation>Сравнить с ключом</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="208"/>
        <source>manual and project</source>
        <translation>пособие и проект</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="209"/>
        <source>manual</source>
        <translation>пособие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="209"/>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="215"/>
        <source>yes (project)</source>
        <translation>есть (проект)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="215"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CircumstancesRow</name>
    <message>
        <location filename="../src/screener/ui/circumstances.py" line="48"/>
        <source>What happened (optional; every change is kept in the audit trail):</source>
        <translation>Что произошло (необязательно; каждое изменение сохраняется в журнале аудита):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/circumstances.py" line="74"/>
        <source>-&gt; %1 (why: %2)</source>
        <translation>-&gt; %1 (основание: %2)</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Room</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="471"/>
        <source>Agreement</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="472"/>
        <source>Key and room, item by item</source>
        <translation>Ключ и ответы группы по пунктам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="473"/>
        <source>Next steps and the reasoning of the key</source>
        <translation>Следующие шаги и обоснование ключа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="474"/>
        <source>Back to cases</source>
        <translation>К кейсам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="475"/>
        <source>Open the room&apos;s screening</source>
        <translation>Открыть скрининг группы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="502"/>
        <source>same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="503"/>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="504"/>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="505"/>
        <source>not in the key</source>
        <translation>нет в ключе</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="513"/>
        <source>Compare with the key: %1</source>
        <translation>Сравнение с ключом: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="517"/>
        <source>The room has not scored this case yet: only the key is shown.</source>
        <translation>Группа ещё не оценила этот кейс: показан только ключ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="521"/>
        <source>Key: %1 of %2. Room: %3 of %4. Items that differ: %5.</source>
        <translation>Ключ: %1 из %2. Группа: %3 из %4. Расходятся пункты: %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="526"/>
        <location filename="../src/screener/ui/cases.py" line="583"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="545"/>
        <location filename="../src/screener/ui/cases.py" line="546"/>
        <source>does not apply</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="549"/>
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="555"/>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="573"/>
        <source>(reasoning in English)</source>
        <translation>(обоснование на английском)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="586"/>
        <source>Next steps in the key:</source>
        <translation>Следующие шаги по ключу:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="590"/>
        <source>Only in the key (missed by the room):</source>
        <translation>Только в ключе (группа пропустила):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="593"/>
        <source>Only in the room&apos;s screening:</source>
        <translation>Только в скрининге группы:</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="304"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="317"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="307"/>
        <source>Record the decision as the competent authority gave it. The screening&apos;s scores never decide: Screener does not infer a decision.</source>
        <translation>Запишите решение так, как его принял компетентный орган. Баллы скрининга ничего не решают: Screener не выводит решение сам.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="315"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="316"/>
        <source>Decided by</source>
        <translation>Кто принял решение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="318"/>
        <source>Decision of the competent authority</source>
        <translation>Решение компетентного органа</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="135"/>
        <source>Read aloud to the respondent:</source>
        <translation>Зачитайте вслух респонденту:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="191"/>
        <source>Notes for the interviewer</source>
        <translation>Примечания для интервьюера</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="215"/>
        <location filename="../src/screener/ui/item_widgets.py" line="270"/>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="242"/>
        <source>Ask:</source>
        <translation>Спросите:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="247"/>
        <source>The script scores this %1.</source>
        <translation>По сценарию здесь ставится балл %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="265"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="266"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="421"/>
        <source>%1 (citizen)</source>
        <translation>%1 (гражданин)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="426"/>
        <source>Stateless</source>
        <translation>Без гражданства</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="477"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../src/screener/ui/interview.py" line="222"/>
        <source>Notes (what the respondent said, in their words)</source>
        <translation>Заметки (что сказал респондент, его словами)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="223"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="225"/>
        <source>Question and answers (arrow keys scroll)</source>
        <translation>Вопрос и ответы (прокрутка клавишами со стрелками)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="226"/>
        <source>Back (PgUp)</source>
        <translation>Назад (PgUp)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="227"/>
        <source>Next (PgDn)</source>
        <translation>Далее (PgDn)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="228"/>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="230"/>
        <location filename="../src/screener/ui/interview.py" line="590"/>
        <source>Finalise</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="280"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="248"/>
        <source> - amending: %1</source>
        <translation> - внесение изменений: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="343"/>
        <location filename="../src/screener/ui/interview.py" line="552"/>
        <source>Review and finalise</source>
        <translation>Проверка и завершение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="289"/>
        <source>Not answered yet: %1</source>
        <translation>Ещё нет ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="287"/>
        <source>Every applicable item is answered.</source>
        <translation>Ответы на все применимые вопросы получены.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="224"/>
        <location filename="../src/screener/ui/interview.py" line="383"/>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="229"/>
        <source>Go to question... (Ctrl+G)</source>
        <translation>Перейти к вопросу... (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="232"/>
        <location filename="../src/screener/ui/interview.py" line="614"/>
        <source>Finish the amendment</source>
        <translation>Завершить изменения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="384"/>
        <source>not applicable</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="385"/>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="386"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="397"/>
        <source>Unanswered: %1</source>
        <translation>Без ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="398"/>
        <source>There is no cut-off score: scores support the interviewer&apos;s judgement.</source>
        <translation>Порогового балла нет: баллы дополняют суждение интервьюера, но не заменяют его.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="547"/>
        <source>Read aloud</source>
        <translation>Прочитать вслух</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="550"/>
        <source>Indicators</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="578"/>
        <source>Keep this score and go on?</source>
        <translation>Оставить этот балл и продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="579"/>
        <source>Check the score</source>
        <translation>Проверьте балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="585"/>
        <source>Finalise this screening? It can then only be changed with a written reason.</source>
        <translation>Завершить этот скрининг? После этого изменить его можно будет только с письменным указанием причины.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="589"/>
        <source>Still unanswered: %1.</source>
        <translation>Всё ещё без ответа: %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="613"/>
        <source>Finish the amendment? The changes are saved with the reason: %1</source>
        <translation>Завершить внесение изменений? Изменения сохранены с причиной: %1</translation>
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
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="308"/>
        <source>Lock now and hide everything (Ctrl+L)</source>
        <translation>Заблокировать сейчас и скрыть всё (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="309"/>
        <source>Screenings</source>
        <translation>Скрининги</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="310"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="311"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="312"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="317"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="319"/>
        <source>Unlocked: %1</source>
        <translation>Разблокировано: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="361"/>
        <source>A screening was interrupted (case %1). Continue it now?</source>
        <translation>Скрининг был прерван (код случая: %1). Продолжить его сейчас?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="365"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="386"/>
        <source>Before this unlock the passphrase was entered wrongly %1 time(s): %2.</source>
        <translation>Перед этой разблокировкой парольная фраза была введена неверно %1 раз(а): %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="391"/>
        <source>The record of wrong passphrases had been deleted or damaged; this is noted in the audit trail.</source>
        <translation>Запись о неверных парольных фразах была удалена или повреждена; это отмечено в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="394"/>
        <source>If this was not you, someone has tried to open the store.</source>
        <translation>Если это были не вы, кто-то пытался открыть хранилище.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="395"/>
        <source>Wrong passphrases</source>
        <translation>Неверные парольные фразы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="410"/>
        <source>The quick check is not available: the file forms/quick_check.yaml is missing.</source>
        <translation>Быстрая проверка недоступна: нет файла forms/quick_check.yaml.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="484"/>
        <source>Screener, version %1</source>
        <translation>Screener, версия %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="485"/>
        <source>Offline screening for possible victims of human trafficking. It makes no network connection.</source>
        <translation>Автономный скрининг возможных жертв торговли людьми. Программа не подключается к сети.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="486"/>
        <source>Screenings are kept, encrypted, in: %1</source>
        <translation>Скрининги хранятся в зашифрованном виде здесь: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="489"/>
        <source>Third-party software in Screener and its licences: %1</source>
        <translation>Сторонние программы в составе Screener и их лицензии: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="494"/>
        <source>About Screener</source>
        <translation>О программе Screener</translation>
    </message>
</context>
<context>
    <name>NewScreeningDialog</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="351"/>
        <source>No name of the person screened is needed: a case code is enough.</source>
        <translation>Имя человека, проходящего скрининг, не требуется: достаточно кода случая.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="358"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="359"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="360"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="361"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="365"/>
        <source>New screening</source>
        <translation>Новый скрининг</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="367"/>
        <source>Re-screening in case %1</source>
        <translation>Повторный скрининг в деле %1</translation>
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="313"/>
        <source>Back to cases</source>
        <translation>К кейсам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="314"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="315"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="316"/>
        <source>Show the answer</source>
        <translation>Показать ответ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="317"/>
        <source>Score with the room</source>
        <translation>Оценить с группой</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="318"/>
        <source>Case, as read to the room</source>
        <translation>Кейс, как он читается группе</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="345"/>
        <source>Module %1. Source: KATCH manual (seed 003), lines %2.</source>
        <translation>Модуль %1. Источник: пособие KATCH (источник 003), строки %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="354"/>
        <source>Seed 003, line %1</source>
        <translation>Источник 003, строка %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="357"/>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="364"/>
        <source>No model answer: discuss with the room.</source>
        <translation>Образцового ответа нет: обсудите с группой.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../src/screener/ui/qt_words.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/qt_words.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QuestionIndex</name>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="39"/>
        <source>Go to question</source>
        <translation>Перейти к вопросу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="40"/>
        <source>Type to find a question; arrows choose, Enter goes there.</source>
        <translation>Введите, чтобы найти вопрос; стрелки выбирают, Enter переходит к нему.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="44"/>
        <source>Find a question</source>
        <translation>Найти вопрос</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="45"/>
        <source>Id or words, e.g. B3</source>
        <translation>Номер или слова, например B3</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/question_index.py" line="48"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
</context>
<context>
    <name>QuickCheckScreen</name>
    <message>
        <location filename="../src/screener/ui/quick.py" line="212"/>
        <source>Setting:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="213"/>
        <source>Age:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="219"/>
        <source>Adult (%1)</source>
        <translation>Взрослый (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="220"/>
        <source>Age unknown (%1)</source>
        <translation>Возраст неизвестен (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="224"/>
        <source>Choose the age band first (F2, F3 or F4).</source>
        <translation>Сначала выберите возрастную группу (F2, F3 или F4).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="243"/>
        <source>Back to list (Esc)</source>
        <translation>К списку (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="243"/>
        <source>Back to the indicators (Esc)</source>
        <translation>К признакам (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="226"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Завершить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="227"/>
        <source>Record the quick check only</source>
        <translation>Записать только быструю проверку</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="228"/>
        <source>Continue into the full interview (Ctrl+Enter)</source>
        <translation>Перейти к полному интервью (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="229"/>
        <source>Indicators</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="230"/>
        <location filename="../src/screener/ui/quick.py" line="433"/>
        <source>First actions</source>
        <translation>Первые действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="231"/>
        <source>Full wording of the indicator</source>
        <translation>Полный текст признака</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="294"/>
        <source>Move to an indicator (arrows or Tab) to read its full wording here.</source>
        <translation>Перейдите к признаку (стрелки или Tab), чтобы прочитать здесь его полный текст.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="374"/>
        <location filename="../src/screener/ui/quick.py" line="421"/>
        <source>Signs ticked: %1</source>
        <translation>Отмечено признаков: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="376"/>
        <source>No sign ticked. Ctrl+Enter records the check with no signs.</source>
        <translation>Ни один признак не отмечен. Ctrl+Enter запишет проверку как «признаков нет».</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="264"/>
        <location filename="../src/screener/ui/quick.py" line="434"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="216"/>
        <source>Child, under %2 (%1)</source>
        <translation>Ребёнок, младше %2 (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="218"/>
        <source>Child (%1)</source>
        <translation>Ребёнок (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="442"/>
        <source>Why: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="457"/>
        <source>The first actions for these signs are above, each with its reason.</source>
        <translation>Первые действия при этих признаках указаны выше, каждое со своим основанием.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="482"/>
        <source>%1 ticked sign(s) are not recorded yet. Leave the quick check without them?</source>
        <translation>Отмеченные признаки (%1) ещё не записаны. Выйти из быстрой проверки без них?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="483"/>
        <source>Quick check</source>
        <translation>Быстрая проверка</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="496"/>
        <location filename="../src/screener/ui/quick.py" line="504"/>
        <source>Full interview</source>
        <translation>Полное интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="497"/>
        <source>Case code for the full interview (optional; no name is needed):</source>
        <translation>Код случая для полного интервью (необязательно; имя не требуется):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="504"/>
        <source>Language of the interview:</source>
        <translation>Язык интервью:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="537"/>
        <source>no signs</source>
        <translation>признаков нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="537"/>
        <source>%1 sign(s), no interview</source>
        <translation>признаков: %1, без интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="538"/>
        <source>Recorded at %1: %2 (%3, %4). Ready for the next person.</source>
        <translation>Записано в %1: %2 (%3, %4). Можно проверять следующего человека.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="539"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="539"/>
        <source>adult</source>
        <translation>взрослый</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="539"/>
        <source>age unknown</source>
        <translation>возраст неизвестен</translation>
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
        <translation>Код участника</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="247"/>
        <source>e.g. P-07</source>
        <translation>например, P-07</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="250"/>
        <source>A code pairs a trainee&apos;s pre-test with the post-test; never a name. Results are kept in the practice store only.</source>
        <translation>Код связывает пре-тест участника с пост-тестом; имя не вводится. Результаты хранятся только в учебном хранилище.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="254"/>
        <source>Start the test</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="255"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="256"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="257"/>
        <source>Finish and score</source>
        <translation>Завершить и подсчитать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="258"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="259"/>
        <location filename="../src/screener/ui/quiz.py" line="473"/>
        <source>Show the key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="260"/>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Question</source>
        <translation>Вопрос</translation>
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
        <translation>Доля верных ответов по вопросам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="263"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="265"/>
        <source>Scores by participant code</source>
        <translation>Баллы по кодам участников</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Chosen</source>
        <translation>Выбрано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="267"/>
        <source>Key from</source>
        <translation>Источник ключа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="269"/>
        <source>Your answers and the key</source>
        <translation>Ваши ответы и ключ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="304"/>
        <source>Workshop so far: pre-test %1 taken, mean %2; post-test %3 taken, mean %4; change %5.</source>
        <translation>Итоги семинара: пре-тест пройден %1 раз, в среднем %2; пост-тест — %3 раз, в среднем %4; изменение %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="309"/>
        <source>%1 percentage points</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="317"/>
        <source>Not paired, shown apart and left out of the means: %1 pre-test(s) and %2 post-test(s) without a test of the other phase under the same code.</source>
        <translation>Без пары, показаны отдельно и не входят в средние: пре-тестов: %1, пост-тестов: %2 — у них нет теста другого этапа под тем же кодом.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="336"/>
        <source>%1 (not paired)</source>
        <translation>%1 (без пары)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="360"/>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="401"/>
        <source>Open question: trainees write their answer on paper; it is discussed, not scored.</source>
        <translation>Открытый вопрос: участники пишут ответ на бумаге; его обсуждают, баллы не ставятся.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="470"/>
        <source>This was the pre-test. Showing the key now tells the room the answers of the post-test. Show it anyway?</source>
        <translation>Это был пре-тест. Если показать ключ сейчас, группа узнает ответы пост-теста. Всё равно показать?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="484"/>
        <source>Score: %1 of %2 (%3). The open question is discussed, not scored.</source>
        <translation>Результат: %1 из %2 (%3). Открытый вопрос обсуждается, баллы за него не ставятся.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="492"/>
        <source>The key is hidden until the trainer shows it (after the post-test).</source>
        <translation>Ключ скрыт, пока его не покажет тренер (после пост-теста).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="501"/>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="501"/>
        <source>wrong</source>
        <translation>неверно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="506"/>
        <source>open: see the model answer</source>
        <translation>открытый: см. образцовый ответ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="507"/>
        <source>manual</source>
        <translation>пособие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="507"/>
        <source>project</source>
        <translation>проект</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="118"/>
        <source>Yes, the person agrees to this referral</source>
        <translation>Да, человек согласен на это направление</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="120"/>
        <source>No consent</source>
        <translation>Согласия нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="128"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="168"/>
        <source>Why without consent</source>
        <translation>Почему без согласия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="133"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="169"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="146"/>
        <source>Choose from the directory or type a name</source>
        <translation>Выберите из справочника или впишите название</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="155"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="171"/>
        <source>Referred on</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="158"/>
        <source>Ask the person first whether they agree to be referred. The receiving organisation gets only the case code, the purpose, the date, how and from which post: no answers, no notes.</source>
        <translation>Сначала спросите человека, согласен ли он на направление. Принимающая организация получает только код случая, цель, дату, способ и пост, откуда направили: ни ответов, ни заметок.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="166"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="170"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="172"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="174"/>
        <source>Refer</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="194"/>
        <source>Record the person&apos;s consent first: yes, or no consent with its reason.</source>
        <translation>Сначала отметьте согласие человека: да, или согласия нет с указанием причины.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="201"/>
        <source>Choose the organisation from the directory or type its name.</source>
        <translation>Выберите организацию из справочника или впишите её название.</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="243"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="250"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="245"/>
        <location filename="../src/screener/ui/referral_dialog.py" line="251"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="248"/>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="249"/>
        <source>New state</source>
        <translation>Новое состояние</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="253"/>
        <source>Referral: next state</source>
        <translation>Направление: следующее состояние</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/referral_dialog.py" line="278"/>
        <source>No referral of this case can change state.</source>
        <translation>Ни одно направление этого дела не может сменить состояние.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="144"/>
        <source>Result of the screening</source>
        <translation>Результат скрининга</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="145"/>
        <source>Back to list</source>
        <translation>К списку</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="146"/>
        <source>Amend...</source>
        <translation>Внести изменения...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="147"/>
        <source>Change the answers; the reason is kept in the record</source>
        <translation>Изменить ответы; причина сохраняется в записи</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="148"/>
        <source>Save PDF...</source>
        <translation>Сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="149"/>
        <source>The result sheet with the next steps and the directory, as a PDF</source>
        <translation>Лист результата с рекомендуемыми действиями и справочником организаций в формате PDF</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="150"/>
        <source>Print...</source>
        <translation>Печать...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="151"/>
        <location filename="../src/screener/ui/result.py" line="200"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="152"/>
        <source>The case of this person: its records, referrals and decision</source>
        <translation>Дело этого человека: записи, направления и решение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="153"/>
        <source>Refer...</source>
        <translation>Направить...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="154"/>
        <source>Refer the person to an organisation (their consent is asked first)</source>
        <translation>Направить человека в организацию (сначала спрашивается его согласие)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="169"/>
        <source>Amend</source>
        <translation>Внести изменения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="171"/>
        <source>Why does this screening need to change? The reason is kept in the record.</source>
        <translation>Почему этот скрининг нужно изменить? Причина сохраняется в записи.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="176"/>
        <source>A reason is needed to amend a finalised screening.</source>
        <translation>Чтобы внести изменения в завершённый скрининг, нужно указать причину.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="200"/>
        <source>The case code of this person (a code, never a name):</source>
        <translation>Код случая этого человека (только код, не имя):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="236"/>
        <source>Add step</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="236"/>
        <source>Step taken or planned:</source>
        <translation>Выполненное или запланированное действие:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="299"/>
        <source>Quick indicator check</source>
        <translation>Быстрая проверка признаков</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="301"/>
        <source>Screening result: case %1</source>
        <translation>Результат скрининга: код случая %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="315"/>
        <source>The form %1 of this screening is not installed, so its scores cannot be shown.</source>
        <translation>Форма %1 этого скрининга не установлена, поэтому его баллы нельзя показать.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="325"/>
        <source>A quick check asks no question, so it has no scores: only the indicators ticked and the steps they call for are kept.</source>
        <translation>При быстрой проверке вопросы не задаются, поэтому баллов нет: сохраняются только отмеченные признаки и действия, которых они требуют.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="350"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="351"/>
        <source>finalised</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="352"/>
        <source>amended</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="354"/>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="359"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="360"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="361"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="362"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="363"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="364"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="365"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="368"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="370"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="370"/>
        <source>adult</source>
        <translation>взрослый</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="370"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="371"/>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="374"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="377"/>
        <source>Follows the quick check of</source>
        <translation>После быстрой проверки от</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="381"/>
        <source>Followed by the interview</source>
        <translation>Следующее интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="395"/>
        <source>Why it was amended after finalising:</source>
        <translation>Почему изменён после завершения:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="406"/>
        <source>Recorded with version %1 of the form; shown with the installed version %2.</source>
        <translation>Записано по версии формы %1; показано по установленной версии %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="412"/>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="421"/>
        <source>not applicable</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="423"/>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="437"/>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="448"/>
        <source>Not complete. Unanswered: %1</source>
        <translation>Не завершено. Без ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="454"/>
        <source>Scores and indicators support the interviewer&apos;s judgement; they do not replace it. The instrument has no cut-off score.</source>
        <translation>Баллы и признаки дополняют суждение интервьюера, но не заменяют его. В инструменте нет порогового балла.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="464"/>
        <source>Items scored 2 or more</source>
        <translation>Вопросы с баллом 2 и выше</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="466"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="471"/>
        <source>Interviewer&apos;s notes: %1</source>
        <translation>Заметки интервьюера: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="475"/>
        <source>Not the script&apos;s %1, because: %2</source>
        <translation>Не %1, как по сценарию, потому что: %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="481"/>
        <source>Interviewer&apos;s judgement</source>
        <translation>Оценка интервьюера</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="483"/>
        <location filename="../src/screener/ui/result.py" line="490"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="483"/>
        <source>%1 of 3</source>
        <translation>%1 из 3</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="491"/>
        <source>Type of trafficking: %1</source>
        <translation>Вид торговли людьми: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="493"/>
        <source>Non-verbal cues: %1</source>
        <translation>Невербальные признаки: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="497"/>
        <source>Indicators found</source>
        <translation>Выявленные признаки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="498"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="500"/>
        <source>None ticked.</source>
        <translation>Ничего не отмечено.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="510"/>
        <source>Recommended next steps</source>
        <translation>Рекомендуемые действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="513"/>
        <source>The rules recommend no step for this screening.</source>
        <translation>По правилам для этого скрининга действия не рекомендуются.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="525"/>
        <source>Steps added or recorded</source>
        <translation>Добавленные или записанные действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="528"/>
        <source>Added by the interviewer.</source>
        <translation>Добавлено интервьюером.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="530"/>
        <source>No longer recommended by the rules; kept because it was recorded.</source>
        <translation>Правилами больше не рекомендуется; сохранено, так как было записано.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="532"/>
        <source>Add step...</source>
        <translation>Добавить действие...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="551"/>
        <source>Why:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="556"/>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="557"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="561"/>
        <source>Note: what was done, when, by whom</source>
        <translation>Заметка: что сделано, когда и кем</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="562"/>
        <source>Note on this step</source>
        <translation>Заметка к этому действию</translation>
    </message>
</context>
<context>
    <name>ScoreReason</name>
    <message>
        <location filename="../src/screener/ui/score_reason.py" line="38"/>
        <source>Reason for a score other than the script&apos;s (without one, the script&apos;s score counts):</source>
        <translation>Причина балла, отличного от сценария (без неё засчитывается балл по сценарию):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/score_reason.py" line="40"/>
        <source>Reason for the score</source>
        <translation>Причина балла</translation>
    </message>
</context>
<context>
    <name>ScreeningsScreen</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="126"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Поиск по коду случая (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="127"/>
        <source>Search by case code</source>
        <translation>Поиск по коду случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="128"/>
        <source>Screenings, newest first (Enter opens)</source>
        <translation>Скрининги, сначала новые (Enter открывает)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="130"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="131"/>
        <source>All settings</source>
        <translation>Все места проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="144"/>
        <location filename="../src/screener/ui/screenings.py" line="151"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="145"/>
        <location filename="../src/screener/ui/screenings.py" line="150"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="148"/>
        <location filename="../src/screener/ui/screenings.py" line="322"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="149"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="152"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="153"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="156"/>
        <source>New screening (Ctrl+N)</source>
        <translation>Новый скрининг (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="157"/>
        <source>Quick check (Ctrl+K)</source>
        <translation>Быстрая проверка (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="158"/>
        <source>Indicators first; the full interview only when signs appear</source>
        <translation>Сначала признаки; полное интервью — только если они выявлены</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="159"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="160"/>
        <source>Cases (Ctrl+J)</source>
        <translation>Дела (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="161"/>
        <source>Each person&apos;s records, referrals and decision, by case code</source>
        <translation>Записи, направления и решение по каждому человеку, по коду случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="162"/>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="163"/>
        <source>Export...</source>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="165"/>
        <source>Finalised screenings as a de-identified file: no case codes, names or notes</source>
        <translation>Завершённые скрининги в виде обезличенного файла: без кодов дел, имён и заметок</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="167"/>
        <source>No screenings yet. Start one with New screening.</source>
        <translation>Скринингов пока нет. Начните с кнопки «Новый скрининг».</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="172"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="173"/>
        <source>finalised</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="174"/>
        <source>amended</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="221"/>
        <source>quick check</source>
        <translation>быстрая проверка</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="225"/>
        <source>%1, after a quick check</source>
        <translation>%1, после быстрой проверки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="246"/>
        <location filename="../src/screener/ui/screenings.py" line="249"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="246"/>
        <source>Only drafts can be deleted; a finalised screening stays.</source>
        <translation>Удалять можно только черновики; завершённый скрининг сохраняется.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="248"/>
        <source>Delete the draft %1? This cannot be undone.</source>
        <translation>Удалить черновик %1? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="257"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="259"/>
        <source>CSV for Excel (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV для Excel (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="266"/>
        <source>%1 finalised screening(s) exported to %2, without case codes, names or notes.</source>
        <translation>Завершённых скринингов экспортировано: %1, в файл %2 — без кодов дел, имён и заметок.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="271"/>
        <source>Writing the de-identified export...</source>
        <translation>Запись обезличенного экспорта...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="316"/>
        <source>The case code &quot;%1&quot; differs from the existing &quot;%2&quot; only in capitals or spaces. Is it the same case? Yes: use &quot;%2&quot;. No: keep &quot;%1&quot; as a new case.</source>
        <translation>Код случая «%1» отличается от уже существующего «%2» только заглавными буквами или пробелами. Это тот же случай? Да: использовать «%2». Нет: оставить «%1» как новый случай.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/screener/ui/settings.py" line="187"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="189"/>
        <source>Language of the app:</source>
        <translation>Язык программы:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="190"/>
        <source>Second language under each question:</source>
        <translation>Второй язык под каждым вопросом:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="191"/>
        <source>Font size:</source>
        <translation>Размер шрифта:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="192"/>
        <source>Lock after minutes without use:</source>
        <translation>Блокировать после бездействия (минут):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="193"/>
        <source>Interviewer (your name or number):</source>
        <translation>Интервьюер (ваше имя или номер):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="200"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="203"/>
        <source>%1 pt</source>
        <translation>%1 пт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="205"/>
        <source>From %1 to %2 minutes: the app always locks by itself when nobody uses it</source>
        <translation>От %1 до %2 минут: приложение всегда блокируется само, если им никто не пользуется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="209"/>
        <source>Hide from screen capture</source>
        <translation>Скрывать от записи экрана</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="211"/>
        <source>Leaves the app&apos;s windows out of screenshots, screen recording and screen sharing.</source>
        <translation>Окна приложения не попадают на снимки экрана, в запись экрана и в демонстрацию экрана.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="214"/>
        <source>This system offers no way to keep the app&apos;s windows out of screenshots or screen sharing: end any screen sharing or remote session before a screening.</source>
        <translation>Эта система не позволяет скрыть окна приложения от снимков экрана или демонстрации экрана: перед скринингом завершите демонстрацию экрана и удалённые сеансы.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="218"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="219"/>
        <source>Encrypted store</source>
        <translation>Зашифрованное хранилище</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="220"/>
        <source>Change passphrase...</source>
        <translation>Сменить парольную фразу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="221"/>
        <source>Back up...</source>
        <translation>Создать резервную копию...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="222"/>
        <source>Restore...</source>
        <translation>Восстановить...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="223"/>
        <source>Copies under an old passphrase...</source>
        <translation>Копии под старой парольной фразой...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="224"/>
        <source>Region of this post (for exports and the printed directory):</source>
        <translation>Регион этого поста (для экспорта и печатного справочника):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="225"/>
        <source>Name of your organisation (read aloud in the introduction):</source>
        <translation>Название вашей организации (зачитывается во вступлении):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="245"/>
        <source>Training mode: the practice store cannot be backed up, restored or re-keyed.</source>
        <translation>Режим обучения: учебное хранилище нельзя сохранить в резервную копию, восстановить или защитить новой фразой.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="249"/>
        <source>A backup is encrypted with the store&apos;s passphrase; keep it on a drive you control.</source>
        <translation>Резервная копия шифруется парольной фразой хранилища; храните её на носителе, который находится под вашим контролем.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="252"/>
        <source>Unlock the store to change its passphrase, back it up or restore it.</source>
        <translation>Разблокируйте хранилище, чтобы сменить его парольную фразу, создать резервную копию или восстановить его.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="292"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="293"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="296"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="299"/>
        <source>New passphrase again:</source>
        <translation>Повторите новую парольную фразу:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="303"/>
        <source>The two new passphrases differ. Nothing was changed.</source>
        <translation>Новые парольные фразы не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="309"/>
        <source>Changing the passphrase...</source>
        <translation>Смена парольной фразы...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="312"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="323"/>
        <source>Copies under an old passphrase</source>
        <translation>Копии под старой парольной фразой</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="329"/>
        <source>No copy under an old passphrase is kept beside the store.</source>
        <translation>Рядом с хранилищем нет копий под старой парольной фразой.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="331"/>
        <source>Looking for copies...</source>
        <translation>Поиск копий...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="340"/>
        <source>These copies the app kept beside the store do not open with the store&apos;s passphrase: anyone who knows the old passphrase can still read them. Re-encrypt them with the store&apos;s passphrase, or delete them.</source>
        <translation>Эти копии, сохранённые программой рядом с хранилищем, не открываются парольной фразой хранилища: любой, кто знает старую фразу, всё ещё может их прочитать. Зашифруйте их заново парольной фразой хранилища или удалите.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="344"/>
        <source>Re-encrypt with the store&apos;s passphrase</source>
        <translation>Зашифровать фразой хранилища</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="344"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="351"/>
        <source>Keep them for now</source>
        <translation>Пока оставить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="358"/>
        <source>Delete %1 copies? A deleted copy cannot be brought back.</source>
        <translation>Удалить копии (%1)? Удалённую копию нельзя вернуть.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="364"/>
        <source>Deleting the copies...</source>
        <translation>Удаление копий...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="367"/>
        <source>Copies deleted: %1.</source>
        <translation>Удалено копий: %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="372"/>
        <source>The copies&apos; old passphrase:</source>
        <translation>Старая парольная фраза копий:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="377"/>
        <source>Re-encrypting the copies...</source>
        <translation>Копии шифруются заново...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="383"/>
        <source>Copies re-encrypted with the store&apos;s passphrase: %1.</source>
        <translation>Копий зашифровано заново фразой хранилища: %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="390"/>
        <source>it does not open with the old passphrase given (it may be under an earlier one)</source>
        <translation>она не открывается введённой старой фразой (возможно, она под ещё более ранней)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="395"/>
        <source>Not re-encrypted, left as they were:</source>
        <translation>Не зашифрованы заново, оставлены как были:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="402"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="404"/>
        <location filename="../src/screener/ui/settings.py" line="429"/>
        <source>Screener backups (*%1);;All files (*)</source>
        <translation>Резервные копии Screener (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="410"/>
        <source>Choose another file: this is the store itself.</source>
        <translation>Выберите другой файл: это само хранилище.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="413"/>
        <source>Writing the backup...</source>
        <translation>Запись резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="418"/>
        <source>The backup is written to %1. It opens with the store&apos;s passphrase.</source>
        <translation>Резервная копия записана: %1. Она открывается парольной фразой хранилища.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="428"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="433"/>
        <source>Passphrase of the backup:</source>
        <translation>Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="437"/>
        <source>The store on this computer will be replaced by the backup. The current store is kept beside it as a .bak file. The app locks now. Continue?</source>
        <translation>Хранилище на этом компьютере будет заменено резервной копией. Текущее хранилище сохранится рядом с ним в виде файла .bak. Программа сейчас будет заблокирована. Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="446"/>
        <source>Restoring the backup...</source>
        <translation>Восстановление резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="452"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Резервная копия восстановлена. Разблокируйте хранилище парольной фразой резервной копии.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="454"/>
        <source>The replaced store is kept at %1.</source>
        <translation>Заменённое хранилище сохранено здесь: %1.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="34"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="54"/>
        <source>The PDF file is not encrypted: anyone who can open it can read this screening. Save it only where it is safe, and delete it when it is no longer needed. Save it?</source>
        <translation>Файл PDF не зашифрован: любой, кто сможет его открыть, прочитает этот скрининг. Сохраняйте его только в надёжном месте и удалите, когда он больше не нужен. Сохранить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="45"/>
        <location filename="../src/screener/ui/result_sheet.py" line="78"/>
        <source>Making the PDF...</source>
        <translation>Создание PDF...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="68"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="75"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="102"/>
        <source>The sheet could not be printed: %1</source>
        <translation>Лист не удалось напечатать: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="116"/>
        <source>The form of this screening is not installed.</source>
        <translation>Форма этого скрининга не установлена.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="586"/>
        <source>Why these steps: %1</source>
        <translation>Основание для этих шагов: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="589"/>
        <source>Why steps %1: %2</source>
        <translation>Основание для шагов %1: %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="596"/>
        <source>%1 (and the reason above)</source>
        <translation>%1 (и основание выше)</translation>
    </message>
</context>
<context>
    <name>TrainingMode</name>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="81"/>
        <source>Opening the practice store...</source>
        <translation>Открывается учебное хранилище...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="96"/>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="97"/>
        <source>Knowledge test</source>
        <translation>Тест знаний</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="98"/>
        <source>Reset practice...</source>
        <translation>Очистить учебные данные...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="99"/>
        <source>Delete every practice screening and test result</source>
        <translation>Удалить все учебные скрининги и результаты тестов</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="101"/>
        <source>Screener - TRAINING (practice data)</source>
        <translation>Screener — ОБУЧЕНИЕ (учебные данные)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="102"/>
        <source>Practice screenings</source>
        <translation>Учебные скрининги</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="104"/>
        <source>nothing is kept after this session</source>
        <translation>после сеанса ничего не сохраняется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="106"/>
        <source>kept apart from real screenings</source>
        <translation>хранится отдельно от настоящих скринингов</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="109"/>
        <source>TRAINING MODE - practice store (%1). Real screenings are locked and never shown here.</source>
        <translation>РЕЖИМ ОБУЧЕНИЯ — учебное хранилище (%1). Настоящие скрининги заблокированы и здесь не показываются.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="113"/>
        <source>Practice store: %1</source>
        <translation>Учебное хранилище: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="143"/>
        <source>Reset practice</source>
        <translation>Очистить учебные данные</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="145"/>
        <source>Delete every practice screening and every knowledge-test result? Real screenings are not affected.</source>
        <translation>Удалить все учебные скрининги и все результаты теста знаний? Настоящие скрининги это не затронет.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="169"/>
        <source>Resetting the practice store...</source>
        <translation>Учебное хранилище очищается...</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="182"/>
        <source>The record of wrong passphrases beside the store was deleted or damaged, so the longest wait applies. You can try again in %1 s. This is noted in the store&apos;s audit trail.</source>
        <translation>Запись о неверных парольных фразах рядом с хранилищем удалена или повреждена, поэтому действует самое долгое ожидание. Повторить можно через %1 с. Это будет отмечено в журнале аудита хранилища.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="187"/>
        <source>The passphrase was wrong %1 times in a row. To slow down guessing, each new mistake doubles the wait (at most %2 s). You can try again in %3 s.</source>
        <translation>Парольная фраза была неверной %1 раз подряд. Чтобы замедлить подбор, каждая новая ошибка удваивает ожидание (не более %2 с). Повторить можно через %3 с.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="206"/>
        <source>Screener</source>
        <translation>Screener</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="210"/>
        <source>Welcome. Screenings are kept only on this computer, in a file encrypted with a passphrase you choose now. Without it nobody, including you, can read them: write it down and keep it somewhere safe.</source>
        <translation>Добро пожаловать. Скрининги хранятся только на этом компьютере, в файле, зашифрованном парольной фразой, которую вы сейчас выберете. Без неё никто, включая вас, не сможет их прочитать: запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="215"/>
        <source>Create the store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="217"/>
        <source>Enter the passphrase to unlock the screenings on this computer.</source>
        <translation>Введите парольную фразу, чтобы разблокировать скрининги на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="218"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="219"/>
        <location filename="../src/screener/ui/unlock.py" line="233"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="220"/>
        <location filename="../src/screener/ui/unlock.py" line="231"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="221"/>
        <location filename="../src/screener/ui/unlock.py" line="232"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="225"/>
        <source>Restore a backup...</source>
        <translation>Восстановить из резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="226"/>
        <source>Training</source>
        <translation>Режим обучения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="228"/>
        <source>Practise with the manual&apos;s cases in a separate practice store; real screenings stay locked</source>
        <translation>Практика на кейсах пособия в отдельном учебном хранилище; настоящие скрининги остаются заблокированными</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="230"/>
        <source>Keep nothing after this session</source>
        <translation>Ничего не сохранять после сеанса</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="243"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="253"/>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="261"/>
        <source>Creating the encrypted store...</source>
        <translation>Создание зашифрованного хранилища...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="271"/>
        <source>Unlocking...</source>
        <translation>Разблокировка...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="298"/>
        <location filename="../src/screener/ui/unlock.py" line="317"/>
        <location filename="../src/screener/ui/unlock.py" line="324"/>
        <location filename="../src/screener/ui/unlock.py" line="336"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="299"/>
        <source>The store cannot be opened. Restore it from a backup now?</source>
        <translation>Не удаётся открыть хранилище. Восстановить его из резервной копии сейчас?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="313"/>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="313"/>
        <source>Screener backups (*.db *.bak);;All files (*)</source>
        <translation>Резервные копии Screener (*.db *.bak);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="317"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="321"/>
        <source>The store on this computer will be replaced by the backup. The replaced file is kept beside it (ending in .bak). Continue?</source>
        <translation>Хранилище на этом компьютере будет заменено резервной копией. Заменённый файл сохранится рядом с ним (с окончанием .bak). Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="337"/>
        <source>The backup was restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Резервная копия восстановлена. Разблокируйте хранилище парольной фразой резервной копии.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="341"/>
        <source>Restoring...</source>
        <translation>Восстановление...</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="95"/>
        <source>Model answer: the manual&apos;s (seed 003, line %1)</source>
        <translation>Образцовый ответ: из пособия (источник 003, строка %1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="96"/>
        <source>Answer key: the project&apos;s, not the manual&apos;s</source>
        <translation>Ключ ответов: составлен проектом, а не взят из пособия</translation>
    </message>
</context>
</TS>
