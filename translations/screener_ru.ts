<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="162"/>
        <source>Training cases (KATCH manual, seed 003)</source>
        <translation>Учебные кейсы (пособие KATCH, источник 003)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="165"/>
        <source>Present a case to the room, let the trainees score it in a practice screening, then compare their answers with the key. Answers marked &quot;project&quot; are this project&apos;s keys: the manual gives none for them.</source>
        <translation>Покажите кейс группе, дайте участникам оценить его в учебном скрининге, затем сравните их ответы с ключом. Ответы с пометкой «проект» — ключи этого проекта: в пособии их нет.</translation>
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
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="171"/>
        <source>Screening key</source>
        <translation>Ключ скрининга</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="173"/>
        <source>Training cases</source>
        <translation>Учебные кейсы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="174"/>
        <source>Present</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="175"/>
        <source>Score with the room</source>
        <translation>Оценить с группой</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="176"/>
        <source>Compare with the key</source>
        <translation>Сравнить с ключом</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="194"/>
        <source>manual and project</source>
        <translation>пособие и проект</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="195"/>
        <source>manual</source>
        <translation>пособие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="195"/>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="201"/>
        <source>yes (project)</source>
        <translation>есть (проект)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="201"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Room</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="428"/>
        <source>Agreement</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="429"/>
        <source>Key and room, item by item</source>
        <translation>Ключ и ответы группы по пунктам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="430"/>
        <source>Next steps and the reasoning of the key</source>
        <translation>Следующие шаги и обоснование ключа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="431"/>
        <source>Back to cases</source>
        <translation>К кейсам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="432"/>
        <source>Open the room&apos;s screening</source>
        <translation>Открыть скрининг группы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="459"/>
        <source>same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="460"/>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="461"/>
        <source>not entered</source>
        <translation>не введено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="462"/>
        <source>not in the key</source>
        <translation>нет в ключе</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="470"/>
        <source>Compare with the key: %1</source>
        <translation>Сравнение с ключом: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="473"/>
        <source>The room has not scored this case yet: only the key is shown.</source>
        <translation>Группа ещё не оценила этот кейс: показан только ключ.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="476"/>
        <source>Key: %1 of %2. Room: %3 of %4. Items that differ: %5.</source>
        <translation>Ключ: %1 из %2. Группа: %3 из %4. Расходятся пункты: %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="481"/>
        <location filename="../src/screener/ui/cases.py" line="538"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="500"/>
        <location filename="../src/screener/ui/cases.py" line="501"/>
        <source>does not apply</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="504"/>
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="510"/>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="528"/>
        <source>(reasoning in English)</source>
        <translation>(обоснование на английском)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="541"/>
        <source>Next steps in the key:</source>
        <translation>Следующие шаги по ключу:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="545"/>
        <source>Only in the key (missed by the room):</source>
        <translation>Только в ключе (группа пропустила):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="548"/>
        <source>Only in the room&apos;s screening:</source>
        <translation>Только в скрининге группы:</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="121"/>
        <source>Read aloud to the respondent:</source>
        <translation>Зачитайте вслух респонденту:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="176"/>
        <source>Notes for the interviewer</source>
        <translation>Примечания для интервьюера</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="200"/>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="227"/>
        <source>Ask:</source>
        <translation>Спросите:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="232"/>
        <source>The script scores this %1.</source>
        <translation>По сценарию здесь ставится балл %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="250"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="251"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="392"/>
        <source>%1 (citizen)</source>
        <translation>%1 (гражданин)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="397"/>
        <source>Stateless</source>
        <translation>Без гражданства</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="432"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../src/screener/ui/interview.py" line="183"/>
        <source>Notes (what the respondent said, in their words)</source>
        <translation>Заметки (что сказал респондент, его словами)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="184"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="186"/>
        <source>Question and answers (arrow keys scroll)</source>
        <translation>Вопрос и ответы (прокрутка клавишами со стрелками)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="187"/>
        <source>Back (PgUp)</source>
        <translation>Назад (PgUp)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="188"/>
        <source>Next (PgDn)</source>
        <translation>Далее (PgDn)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="189"/>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="190"/>
        <location filename="../src/screener/ui/interview.py" line="461"/>
        <source>Finalise</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="208"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="211"/>
        <source> - amending: %1</source>
        <translation> - внесение изменений: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="284"/>
        <source>Review and finalise</source>
        <translation>Проверка и завершение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="293"/>
        <source>Not answered yet: %1</source>
        <translation>Ещё нет ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="295"/>
        <source>Every applicable item is answered.</source>
        <translation>Ответы на все применимые вопросы получены.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="185"/>
        <location filename="../src/screener/ui/interview.py" line="331"/>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="332"/>
        <source>not applicable</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="333"/>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="334"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="346"/>
        <source>Unanswered: %1</source>
        <translation>Без ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="347"/>
        <source>There is no cut-off score: scores support the interviewer&apos;s judgement.</source>
        <translation>Порогового балла нет: баллы дополняют суждение интервьюера, но не заменяют его.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="449"/>
        <source>Keep this score and go on?</source>
        <translation>Оставить этот балл и продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="450"/>
        <source>Check the score</source>
        <translation>Проверьте балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="456"/>
        <source>Finalise this screening? It can then only be changed with a written reason.</source>
        <translation>Завершить этот скрининг? После этого изменить его можно будет только с письменным указанием причины.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="460"/>
        <source>Still unanswered: %1.</source>
        <translation>Всё ещё без ответа: %1.</translation>
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
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="232"/>
        <source>Lock now and hide everything (Ctrl+L)</source>
        <translation>Заблокировать сейчас и скрыть всё (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="233"/>
        <source>Screenings</source>
        <translation>Скрининги</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="234"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="235"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="240"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="242"/>
        <source>Unlocked: %1</source>
        <translation>Разблокировано: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="272"/>
        <source>A screening was interrupted (case %1). Continue it now?</source>
        <translation>Скрининг был прерван (код случая: %1). Продолжить его сейчас?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="275"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="291"/>
        <source>The quick check is not available: the file forms/quick_check.yaml is missing.</source>
        <translation>Быстрая проверка недоступна: нет файла forms/quick_check.yaml.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="328"/>
        <source>Screener, version %1</source>
        <translation>Screener, версия %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="329"/>
        <source>Offline screening for possible victims of human trafficking. It makes no network connection.</source>
        <translation>Автономный скрининг возможных жертв торговли людьми. Программа не подключается к сети.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="330"/>
        <source>Screenings are kept, encrypted, in: %1</source>
        <translation>Скрининги хранятся в зашифрованном виде здесь: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="335"/>
        <source>About Screener</source>
        <translation>О программе Screener</translation>
    </message>
</context>
<context>
    <name>NewScreeningDialog</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="292"/>
        <source>No name of the person screened is needed: a case code is enough.</source>
        <translation>Имя человека, проходящего скрининг, не требуется: достаточно кода случая.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="299"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="300"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="301"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="302"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="305"/>
        <source>New screening</source>
        <translation>Новый скрининг</translation>
    </message>
</context>
<context>
    <name>PresenterScreen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="292"/>
        <source>Back to cases</source>
        <translation>К кейсам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="293"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="294"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="295"/>
        <source>Show the answer</source>
        <translation>Показать ответ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="296"/>
        <source>Score with the room</source>
        <translation>Оценить с группой</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="297"/>
        <source>Case, as read to the room</source>
        <translation>Кейс, как он читается группе</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="324"/>
        <source>Module %1. Source: KATCH manual (seed 003), lines %2.</source>
        <translation>Модуль %1. Источник: пособие KATCH (источник 003), строки %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="331"/>
        <source>Seed 003, line %1</source>
        <translation>Источник 003, строка %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="334"/>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="341"/>
        <source>No model answer: discuss with the room.</source>
        <translation>Образцового ответа нет: обсудите с группой.</translation>
    </message>
</context>
<context>
    <name>QuickCheckScreen</name>
    <message>
        <location filename="../src/screener/ui/quick.py" line="206"/>
        <source>Setting:</source>
        <translation>Место проведения:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="207"/>
        <source>Age:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="213"/>
        <source>Adult (%1)</source>
        <translation>Взрослый (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="214"/>
        <source>Age unknown (%1)</source>
        <translation>Возраст неизвестен (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="218"/>
        <source>Choose the age band first (F2, F3 or F4).</source>
        <translation>Сначала выберите возрастную группу (F2, F3 или F4).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="237"/>
        <source>Back to list (Esc)</source>
        <translation>К списку (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="237"/>
        <source>Back to the indicators (Esc)</source>
        <translation>К признакам (Esc)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="220"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Завершить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="221"/>
        <source>Record the quick check only</source>
        <translation>Записать только быструю проверку</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="222"/>
        <source>Continue into the full interview (Ctrl+Enter)</source>
        <translation>Перейти к полному интервью (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="223"/>
        <source>Indicators</source>
        <translation>Признаки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="224"/>
        <location filename="../src/screener/ui/quick.py" line="409"/>
        <source>First actions</source>
        <translation>Первые действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="225"/>
        <source>Full wording of the indicator</source>
        <translation>Полный текст признака</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="288"/>
        <source>Move to an indicator (arrows or Tab) to read its full wording here.</source>
        <translation>Перейдите к признаку (стрелки или Tab), чтобы прочитать здесь его полный текст.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="357"/>
        <location filename="../src/screener/ui/quick.py" line="402"/>
        <source>Signs ticked: %1</source>
        <translation>Отмечено признаков: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="359"/>
        <source>No sign ticked. Ctrl+Enter records the check with no signs.</source>
        <translation>Ни один признак не отмечен. Ctrl+Enter запишет проверку как «признаков нет».</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="258"/>
        <location filename="../src/screener/ui/quick.py" line="410"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="210"/>
        <source>Child, under %2 (%1)</source>
        <translation>Ребёнок, младше %2 (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="212"/>
        <source>Child (%1)</source>
        <translation>Ребёнок (%1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="414"/>
        <source>Why: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="428"/>
        <source>The first actions for these signs are above, each with its reason.</source>
        <translation>Первые действия при этих признаках указаны выше, каждое со своим основанием.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="439"/>
        <source>%1 ticked sign(s) are not recorded yet. Leave the quick check without them?</source>
        <translation>Отмеченные признаки (%1) ещё не записаны. Выйти из быстрой проверки без них?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="440"/>
        <source>Quick check</source>
        <translation>Быстрая проверка</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="453"/>
        <source>Full interview</source>
        <translation>Полное интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="454"/>
        <source>Case code for the full interview (optional; no name is needed):</source>
        <translation>Код случая для полного интервью (необязательно; имя не требуется):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="483"/>
        <source>no signs</source>
        <translation>признаков нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="483"/>
        <source>%1 sign(s), no interview</source>
        <translation>признаков: %1, без интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="484"/>
        <source>Recorded at %1: %2 (%3, %4). Ready for the next person.</source>
        <translation>Записано в %1: %2 (%3, %4). Можно проверять следующего человека.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="485"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="485"/>
        <source>adult</source>
        <translation>взрослый</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quick.py" line="485"/>
        <source>age unknown</source>
        <translation>возраст неизвестен</translation>
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
        <translation>Код участника</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="226"/>
        <source>e.g. P-07</source>
        <translation>например, P-07</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="229"/>
        <source>A code pairs a trainee&apos;s pre-test with the post-test; never a name. Results are kept in the practice store only.</source>
        <translation>Код связывает пре-тест участника с пост-тестом; имя не вводится. Результаты хранятся только в учебном хранилище.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="233"/>
        <source>Start the test</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="234"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="235"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="236"/>
        <source>Finish and score</source>
        <translation>Завершить и подсчитать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="237"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="238"/>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Question</source>
        <translation>Вопрос</translation>
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
        <translation>Доля верных ответов по вопросам</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="241"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="243"/>
        <source>Scores by participant code</source>
        <translation>Баллы по кодам участников</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Chosen</source>
        <translation>Выбрано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="245"/>
        <source>Key from</source>
        <translation>Источник ключа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="247"/>
        <source>Your answers and the key</source>
        <translation>Ваши ответы и ключ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="282"/>
        <source>Workshop so far: pre-test %1 taken, mean %2; post-test %3 taken, mean %4; change %5.</source>
        <translation>Итоги семинара: пре-тест пройден %1 раз, в среднем %2; пост-тест — %3 раз, в среднем %4; изменение %5.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="287"/>
        <source>%1 percentage points</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="326"/>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="367"/>
        <source>Open question: trainees write their answer on paper; it is discussed, not scored.</source>
        <translation>Открытый вопрос: участники пишут ответ на бумаге; его обсуждают, баллы не ставятся.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="434"/>
        <source>Score: %1 of %2 (%3). The open question is discussed, not scored.</source>
        <translation>Результат: %1 из %2 (%3). Открытый вопрос обсуждается, баллы за него не ставятся.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="445"/>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="445"/>
        <source>wrong</source>
        <translation>неверно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="449"/>
        <source>open: see the model answer</source>
        <translation>открытый: см. образцовый ответ</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="450"/>
        <source>manual</source>
        <translation>пособие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/quiz.py" line="450"/>
        <source>project</source>
        <translation>проект</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="130"/>
        <source>Result of the screening</source>
        <translation>Результат скрининга</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="131"/>
        <source>Back to list</source>
        <translation>К списку</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="132"/>
        <source>Amend...</source>
        <translation>Внести изменения...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="133"/>
        <source>Change the answers; the reason is kept in the record</source>
        <translation>Изменить ответы; причина сохраняется в записи</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="134"/>
        <source>Save PDF...</source>
        <translation>Сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="135"/>
        <source>The result sheet with the next steps and the directory, as a PDF</source>
        <translation>Лист результата с рекомендуемыми действиями и справочником организаций в формате PDF</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="136"/>
        <source>Print...</source>
        <translation>Печать...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="151"/>
        <source>Amend</source>
        <translation>Внести изменения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="153"/>
        <source>Why does this screening need to change? The reason is kept in the record.</source>
        <translation>Почему этот скрининг нужно изменить? Причина сохраняется в записи.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="158"/>
        <source>A reason is needed to amend a finalised screening.</source>
        <translation>Чтобы внести изменения в завершённый скрининг, нужно указать причину.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="167"/>
        <source>Add step</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="167"/>
        <source>Step taken or planned:</source>
        <translation>Выполненное или запланированное действие:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="227"/>
        <source>Quick indicator check</source>
        <translation>Быстрая проверка признаков</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="229"/>
        <source>Screening result: case %1</source>
        <translation>Результат скрининга: код случая %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="243"/>
        <source>The form %1 of this screening is not installed, so its scores cannot be shown.</source>
        <translation>Форма %1 этого скрининга не установлена, поэтому его баллы нельзя показать.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="253"/>
        <source>A quick check asks no question, so it has no scores: only the indicators ticked and the steps they call for are kept.</source>
        <translation>При быстрой проверке вопросы не задаются, поэтому баллов нет: сохраняются только отмеченные признаки и действия, которых они требуют.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="278"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="279"/>
        <source>finalised</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="280"/>
        <source>amended</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="282"/>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="287"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="288"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="289"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="290"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="291"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="292"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="293"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="296"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="298"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="298"/>
        <source>adult</source>
        <translation>взрослый</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="298"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="299"/>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="313"/>
        <source>Recorded with version %1 of the form; shown with the installed version %2.</source>
        <translation>Записано по версии формы %1; показано по установленной версии %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="319"/>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="328"/>
        <source>not applicable</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="330"/>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="344"/>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="355"/>
        <source>Not complete. Unanswered: %1</source>
        <translation>Не завершено. Без ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="361"/>
        <source>Scores and indicators support the interviewer&apos;s judgement; they do not replace it. The instrument has no cut-off score.</source>
        <translation>Баллы и признаки дополняют суждение интервьюера, но не заменяют его. В инструменте нет порогового балла.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="371"/>
        <source>Items scored 2 or more</source>
        <translation>Вопросы с баллом 2 и выше</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="373"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="378"/>
        <source>Interviewer&apos;s notes: %1</source>
        <translation>Заметки интервьюера: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="383"/>
        <source>Interviewer&apos;s judgement</source>
        <translation>Оценка интервьюера</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="385"/>
        <location filename="../src/screener/ui/result.py" line="392"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="385"/>
        <source>%1 of 3</source>
        <translation>%1 из 3</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="393"/>
        <source>Type of trafficking: %1</source>
        <translation>Вид торговли людьми: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="395"/>
        <source>Non-verbal cues: %1</source>
        <translation>Невербальные признаки: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="399"/>
        <source>Indicators found</source>
        <translation>Выявленные признаки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="400"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="402"/>
        <source>None ticked.</source>
        <translation>Ничего не отмечено.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="412"/>
        <source>Recommended next steps</source>
        <translation>Рекомендуемые действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="415"/>
        <source>The rules recommend no step for this screening.</source>
        <translation>По правилам для этого скрининга действия не рекомендуются.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="420"/>
        <source>Steps added or recorded</source>
        <translation>Добавленные или записанные действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="423"/>
        <source>Added by the interviewer.</source>
        <translation>Добавлено интервьюером.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="425"/>
        <source>No longer recommended by the rules; kept because it was recorded.</source>
        <translation>Правилами больше не рекомендуется; сохранено, так как было записано.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="427"/>
        <source>Add step...</source>
        <translation>Добавить действие...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="446"/>
        <source>Why:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="451"/>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="452"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="456"/>
        <source>Note: what was done, when, by whom</source>
        <translation>Заметка: что сделано, когда и кем</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="457"/>
        <source>Note on this step</source>
        <translation>Заметка к этому действию</translation>
    </message>
</context>
<context>
    <name>ScreeningsScreen</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="116"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Поиск по коду случая (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="117"/>
        <source>Search by case code</source>
        <translation>Поиск по коду случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="118"/>
        <source>Screenings, newest first (Enter opens)</source>
        <translation>Скрининги, сначала новые (Enter открывает)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="120"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="121"/>
        <source>All settings</source>
        <translation>Все места проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="134"/>
        <location filename="../src/screener/ui/screenings.py" line="141"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="135"/>
        <location filename="../src/screener/ui/screenings.py" line="140"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="138"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="142"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="143"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="146"/>
        <source>New screening (Ctrl+N)</source>
        <translation>Новый скрининг (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="147"/>
        <source>Quick check (Ctrl+K)</source>
        <translation>Быстрая проверка (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="148"/>
        <source>Indicators first; the full interview only when signs appear</source>
        <translation>Сначала признаки; полное интервью — только если они выявлены</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="149"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="150"/>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="151"/>
        <source>Export...</source>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="153"/>
        <source>Finalised screenings as a de-identified file: no case codes, names or notes</source>
        <translation>Завершённые скрининги в виде обезличенного файла: без кодов дел, имён и заметок</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="155"/>
        <source>No screenings yet. Start one with New screening.</source>
        <translation>Скринингов пока нет. Начните с кнопки «Новый скрининг».</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="160"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="161"/>
        <source>finalised</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="162"/>
        <source>amended</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="191"/>
        <source>quick check</source>
        <translation>быстрая проверка</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="222"/>
        <location filename="../src/screener/ui/screenings.py" line="225"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="222"/>
        <source>Only drafts can be deleted; a finalised screening stays.</source>
        <translation>Удалять можно только черновики; завершённый скрининг сохраняется.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="224"/>
        <source>Delete the draft %1? This cannot be undone.</source>
        <translation>Удалить черновик %1? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="234"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="236"/>
        <source>CSV for Excel (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV для Excel (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="243"/>
        <source>%1 finalised screening(s) exported to %2, without case codes, names or notes.</source>
        <translation>Завершённых скринингов экспортировано: %1, в файл %2 — без кодов дел, имён и заметок.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="248"/>
        <source>Writing the de-identified export...</source>
        <translation>Запись обезличенного экспорта...</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/screener/ui/settings.py" line="132"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="134"/>
        <source>Language of the app:</source>
        <translation>Язык программы:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="135"/>
        <source>Second language under each question:</source>
        <translation>Второй язык под каждым вопросом:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="136"/>
        <source>Font size:</source>
        <translation>Размер шрифта:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="137"/>
        <source>Lock after minutes without use:</source>
        <translation>Блокировать после бездействия (минут):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="138"/>
        <source>Interviewer (your name or number):</source>
        <translation>Интервьюер (ваше имя или номер):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="145"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="148"/>
        <source>%1 pt</source>
        <translation>%1 пт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="149"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="150"/>
        <source>0 = never lock by itself</source>
        <translation>0 = никогда не блокировать автоматически</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="151"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="152"/>
        <source>Encrypted store</source>
        <translation>Зашифрованное хранилище</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="153"/>
        <source>Change passphrase...</source>
        <translation>Сменить парольную фразу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="154"/>
        <source>Back up...</source>
        <translation>Создать резервную копию...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="155"/>
        <source>Restore...</source>
        <translation>Восстановить...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="156"/>
        <source>Region of this post (for exports and the printed directory):</source>
        <translation>Регион этого поста (для экспорта и печатного справочника):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="170"/>
        <source>Training mode: the practice store cannot be backed up, restored or re-keyed.</source>
        <translation>Режим обучения: учебное хранилище нельзя сохранить в резервную копию, восстановить или защитить новой фразой.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="174"/>
        <source>A backup is encrypted with the store&apos;s passphrase; keep it on a drive you control.</source>
        <translation>Резервная копия шифруется парольной фразой хранилища; храните её на носителе, который находится под вашим контролем.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="177"/>
        <source>Unlock the store to change its passphrase, back it up or restore it.</source>
        <translation>Разблокируйте хранилище, чтобы сменить его парольную фразу, создать резервную копию или восстановить его.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="214"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="215"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="218"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="221"/>
        <source>New passphrase again:</source>
        <translation>Повторите новую парольную фразу:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="225"/>
        <source>The two new passphrases differ. Nothing was changed.</source>
        <translation>Новые парольные фразы не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="228"/>
        <source>Changing the passphrase...</source>
        <translation>Смена парольной фразы...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="231"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="239"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="241"/>
        <location filename="../src/screener/ui/settings.py" line="266"/>
        <source>Screener backups (*%1);;All files (*)</source>
        <translation>Резервные копии Screener (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="247"/>
        <source>Choose another file: this is the store itself.</source>
        <translation>Выберите другой файл: это само хранилище.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="250"/>
        <source>Writing the backup...</source>
        <translation>Запись резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="255"/>
        <source>The backup is written to %1. It opens with the store&apos;s passphrase.</source>
        <translation>Резервная копия записана: %1. Она открывается парольной фразой хранилища.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="265"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="270"/>
        <source>Passphrase of the backup:</source>
        <translation>Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="274"/>
        <source>The store on this computer will be replaced by the backup. The current store is kept beside it as a .bak file. The app locks now. Continue?</source>
        <translation>Хранилище на этом компьютере будет заменено резервной копией. Текущее хранилище сохранится рядом с ним в виде файла .bak. Программа сейчас будет заблокирована. Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="283"/>
        <source>Restoring the backup...</source>
        <translation>Восстановление резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="289"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Резервная копия восстановлена. Разблокируйте хранилище парольной фразой резервной копии.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="291"/>
        <source>The replaced store is kept at %1.</source>
        <translation>Заменённое хранилище сохранено здесь: %1.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="32"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="34"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="38"/>
        <source>The PDF file is not encrypted: anyone who can open it can read this screening. Save it only where it is safe, and delete it when it is no longer needed. Save it?</source>
        <translation>Файл PDF не зашифрован: любой, кто сможет его открыть, прочитает этот скрининг. Сохраняйте его только в надёжном месте и удалите, когда он больше не нужен. Сохранить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="56"/>
        <location filename="../src/screener/ui/result_sheet.py" line="71"/>
        <source>Making the PDF...</source>
        <translation>Создание PDF...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="58"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="68"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result_sheet.py" line="100"/>
        <source>The form of this screening is not installed.</source>
        <translation>Форма этого скрининга не установлена.</translation>
    </message>
</context>
<context>
    <name>TrainingMode</name>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="91"/>
        <source>Opening the practice store...</source>
        <translation>Открывается учебное хранилище...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="114"/>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="115"/>
        <source>Knowledge test</source>
        <translation>Тест знаний</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="116"/>
        <source>Reset practice...</source>
        <translation>Очистить учебные данные...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="117"/>
        <source>Delete every practice screening and test result</source>
        <translation>Удалить все учебные скрининги и результаты тестов</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="119"/>
        <source>Screener - TRAINING (practice data)</source>
        <translation>Screener — ОБУЧЕНИЕ (учебные данные)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="120"/>
        <source>Practice screenings</source>
        <translation>Учебные скрининги</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="122"/>
        <source>nothing is kept after this session</source>
        <translation>после сеанса ничего не сохраняется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="124"/>
        <source>kept apart from real screenings</source>
        <translation>хранится отдельно от настоящих скринингов</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="127"/>
        <source>TRAINING MODE - practice store (%1). Real screenings are locked and never shown here.</source>
        <translation>РЕЖИМ ОБУЧЕНИЯ — учебное хранилище (%1). Настоящие скрининги заблокированы и здесь не показываются.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="131"/>
        <source>Practice store: %1</source>
        <translation>Учебное хранилище: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="165"/>
        <source>Reset practice</source>
        <translation>Очистить учебные данные</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="167"/>
        <source>Delete every practice screening and every knowledge-test result? Real screenings are not affected.</source>
        <translation>Удалить все учебные скрининги и все результаты теста знаний? Настоящие скрининги это не затронет.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/training_mode.py" line="190"/>
        <source>Resetting the practice store...</source>
        <translation>Учебное хранилище очищается...</translation>
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
        <translation>Добро пожаловать. Скрининги хранятся только на этом компьютере, в файле, зашифрованном парольной фразой, которую вы сейчас выберете. Без неё никто, включая вас, не сможет их прочитать: запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="148"/>
        <source>Create the store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="150"/>
        <source>Enter the passphrase to unlock the screenings on this computer.</source>
        <translation>Введите парольную фразу, чтобы разблокировать скрининги на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="151"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="152"/>
        <location filename="../src/screener/ui/unlock.py" line="166"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="153"/>
        <location filename="../src/screener/ui/unlock.py" line="164"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="154"/>
        <location filename="../src/screener/ui/unlock.py" line="165"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="158"/>
        <source>Restore a backup...</source>
        <translation>Восстановить из резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="159"/>
        <source>Training</source>
        <translation>Режим обучения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="161"/>
        <source>Practise with the manual&apos;s cases in a separate practice store; real screenings stay locked</source>
        <translation>Практика на кейсах пособия в отдельном учебном хранилище; настоящие скрининги остаются заблокированными</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="163"/>
        <source>Keep nothing after this session</source>
        <translation>Ничего не сохранять после сеанса</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="174"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="178"/>
        <source>At least 10 characters mixing letters with digits or other signs, or a phrase of several words (16 characters or more).</source>
        <translation>Не менее 10 символов, в которых буквы сочетаются с цифрами или другими знаками, либо фраза из нескольких слов (от 16 символов).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="189"/>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="197"/>
        <source>Creating the encrypted store...</source>
        <translation>Создание зашифрованного хранилища...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="207"/>
        <source>Unlocking...</source>
        <translation>Разблокировка...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="226"/>
        <location filename="../src/screener/ui/unlock.py" line="245"/>
        <location filename="../src/screener/ui/unlock.py" line="252"/>
        <location filename="../src/screener/ui/unlock.py" line="264"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="227"/>
        <source>The store cannot be opened. Restore it from a backup now?</source>
        <translation>Не удаётся открыть хранилище. Восстановить его из резервной копии сейчас?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="241"/>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="241"/>
        <source>Screener backups (*.db *.bak);;All files (*)</source>
        <translation>Резервные копии Screener (*.db *.bak);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="245"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="249"/>
        <source>The store on this computer will be replaced by the backup. The replaced file is kept beside it (ending in .bak). Continue?</source>
        <translation>Хранилище на этом компьютере будет заменено резервной копией. Заменённый файл сохранится рядом с ним (с окончанием .bak). Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="265"/>
        <source>The backup was restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Резервная копия восстановлена. Разблокируйте хранилище парольной фразой резервной копии.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="269"/>
        <source>Restoring...</source>
        <translation>Восстановление...</translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <location filename="../src/screener/ui/cases.py" line="90"/>
        <source>Model answer: the manual&apos;s (seed 003, line %1)</source>
        <translation>Образцовый ответ: из пособия (источник 003, строка %1)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/cases.py" line="91"/>
        <source>Answer key: the project&apos;s, not the manual&apos;s</source>
        <translation>Ключ ответов: составлен проектом, а не взят из пособия</translation>
    </message>
</context>
</TS>
