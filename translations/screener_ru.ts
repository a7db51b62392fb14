<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Interview</name>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="107"/>
        <source>Read aloud to the respondent:</source>
        <translation>Зачитайте вслух респонденту:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="160"/>
        <source>Notes for the interviewer</source>
        <translation>Примечания для интервьюера</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="184"/>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="210"/>
        <source>Ask:</source>
        <translation>Спросите:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="215"/>
        <source>The script scores this %1.</source>
        <translation>По сценарию здесь ставится балл %1.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="233"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="234"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="370"/>
        <source>Kazakhstan (citizen)</source>
        <translation>Казахстан (гражданин)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="374"/>
        <source>Stateless</source>
        <translation>Без гражданства</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/item_widgets.py" line="409"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../src/screener/ui/interview.py" line="186"/>
        <source>Notes (what the respondent said, in their words)</source>
        <translation>Заметки (что сказал респондент, его словами)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="187"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="189"/>
        <source>Question and answers (arrow keys scroll)</source>
        <translation>Вопрос и ответы (прокрутка клавишами со стрелками)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="190"/>
        <source>Back (PgUp)</source>
        <translation>Назад (PgUp)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="191"/>
        <source>Next (PgDn)</source>
        <translation>Далее (PgDn)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="192"/>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="193"/>
        <location filename="../src/screener/ui/interview.py" line="452"/>
        <source>Finalise</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="211"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="214"/>
        <source> - amending: %1</source>
        <translation> - внесение изменений: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="286"/>
        <source>Review and finalise</source>
        <translation>Проверка и завершение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="295"/>
        <source>Not answered yet: %1</source>
        <translation>Ещё нет ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="297"/>
        <source>Every applicable item is answered.</source>
        <translation>Ответы на все применимые вопросы получены.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="188"/>
        <location filename="../src/screener/ui/interview.py" line="327"/>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="328"/>
        <source>not applicable</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="329"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="341"/>
        <source>Unanswered: %1</source>
        <translation>Без ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="342"/>
        <source>There is no cut-off score: scores support the interviewer&apos;s judgement.</source>
        <translation>Порогового балла нет: баллы дополняют суждение интервьюера, но не заменяют его.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="442"/>
        <source>Keep this score and go on?</source>
        <translation>Оставить этот балл и продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="443"/>
        <source>Check the score</source>
        <translation>Проверьте балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="449"/>
        <source>Finalise this screening? It can then only be changed with a written reason.</source>
        <translation>Завершить этот скрининг? После этого изменить его можно будет только с письменным указанием причины.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/interview.py" line="451"/>
        <source>Still unanswered: %1.</source>
        <translation>Всё ещё без ответа: %1.</translation>
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
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="203"/>
        <source>Lock now and hide everything (Ctrl+L)</source>
        <translation>Заблокировать сейчас и скрыть всё (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="204"/>
        <source>Screenings</source>
        <translation>Скрининги</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="205"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="206"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="211"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="213"/>
        <source>Unlocked: %1</source>
        <translation>Разблокировано: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="242"/>
        <source>A screening was interrupted (case %1). Continue it now?</source>
        <translation>Скрининг был прерван (код случая: %1). Продолжить его сейчас?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="245"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="285"/>
        <source>Screener, version %1</source>
        <translation>Screener, версия %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="286"/>
        <source>Offline screening for possible victims of human trafficking. It makes no network connection.</source>
        <translation>Автономный скрининг возможных жертв торговли людьми. Программа не подключается к сети.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="287"/>
        <source>Screenings are kept, encrypted, in: %1</source>
        <translation>Скрининги хранятся в зашифрованном виде здесь: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/window.py" line="292"/>
        <source>About Screener</source>
        <translation>О программе Screener</translation>
    </message>
</context>
<context>
    <name>NewScreeningDialog</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="243"/>
        <source>No name of the person screened is needed: a case code is enough.</source>
        <translation>Имя человека, проходящего скрининг, не требуется: достаточно кода случая.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="250"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="251"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="252"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="253"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="256"/>
        <source>New screening</source>
        <translation>Новый скрининг</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../src/screener/ui/result.py" line="172"/>
        <source>Result of the screening</source>
        <translation>Результат скрининга</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="173"/>
        <source>Back to list</source>
        <translation>К списку</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="174"/>
        <source>Amend...</source>
        <translation>Внести изменения...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="175"/>
        <source>Change the answers; the reason is kept in the record</source>
        <translation>Изменить ответы; причина сохраняется в записи</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="176"/>
        <source>Save PDF...</source>
        <translation>Сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="177"/>
        <source>The result sheet with the next steps and the directory, as a PDF</source>
        <translation>Лист результата с рекомендуемыми действиями и справочником организаций в формате PDF</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="178"/>
        <source>Print...</source>
        <translation>Печать...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="193"/>
        <source>Amend</source>
        <translation>Внести изменения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="195"/>
        <source>Why does this screening need to change? The reason is kept in the record.</source>
        <translation>Почему этот скрининг нужно изменить? Причина сохраняется в записи.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="200"/>
        <source>A reason is needed to amend a finalised screening.</source>
        <translation>Чтобы внести изменения в завершённый скрининг, нужно указать причину.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="210"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="212"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="216"/>
        <source>The PDF file is not encrypted: anyone who can open it can read this screening. Save it only where it is safe, and delete it when it is no longer needed. Save it?</source>
        <translation>Файл PDF не зашифрован: любой, кто сможет его открыть, прочитает этот скрининг. Сохраняйте его только в надёжном месте и удалите, когда он больше не нужен. Сохранить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="234"/>
        <location filename="../src/screener/ui/result.py" line="249"/>
        <source>Making the PDF...</source>
        <translation>Создание PDF...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="236"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="246"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="278"/>
        <source>The form of this screening is not installed.</source>
        <translation>Форма этого скрининга не установлена.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="302"/>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать PDF: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="312"/>
        <source>Add step</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="312"/>
        <source>Step taken or planned:</source>
        <translation>Выполненное или запланированное действие:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="365"/>
        <source>Screening result: case %1</source>
        <translation>Результат скрининга: код случая %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="379"/>
        <source>The form %1 of this screening is not installed, so its scores cannot be shown.</source>
        <translation>Форма %1 этого скрининга не установлена, поэтому его баллы нельзя показать.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="407"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="408"/>
        <source>finalised</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="409"/>
        <source>amended</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="411"/>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="414"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="415"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="416"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="417"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="418"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="419"/>
        <source>Interview language</source>
        <translation>Язык интервью</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="420"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="423"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="437"/>
        <source>Recorded with version %1 of the form; shown with the installed version %2.</source>
        <translation>Записано по версии формы %1; показано по установленной версии %2.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="443"/>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="452"/>
        <source>not applicable</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="454"/>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="468"/>
        <source>Total</source>
        <translation>Итоговый балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="479"/>
        <source>Not complete. Unanswered: %1</source>
        <translation>Не завершено. Без ответа: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="486"/>
        <source>Scores and indicators support the interviewer&apos;s judgement; they do not replace it. The instrument has no cut-off score.</source>
        <translation>Баллы и признаки дополняют суждение интервьюера, но не заменяют его. В инструменте нет порогового балла.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="496"/>
        <source>Items scored 2 or more</source>
        <translation>Вопросы с баллом 2 и выше</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="499"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="506"/>
        <source>Interviewer&apos;s notes: %1</source>
        <translation>Заметки интервьюера: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="523"/>
        <source>Interviewer&apos;s judgement</source>
        <translation>Оценка интервьюера</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="526"/>
        <location filename="../src/screener/ui/result.py" line="541"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="526"/>
        <source>%1 of 3</source>
        <translation>%1 из 3</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="542"/>
        <source>Type of trafficking: %1</source>
        <translation>Вид торговли людьми: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="545"/>
        <source>Non-verbal cues: %1</source>
        <translation>Невербальные признаки: %1</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="548"/>
        <source>Indicators found</source>
        <translation>Выявленные признаки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="549"/>
        <source>An indicator is a prompt to look further, never proof.</source>
        <translation>Признак — повод присмотреться внимательнее, но не доказательство.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="552"/>
        <source>None ticked.</source>
        <translation>Ничего не отмечено.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="574"/>
        <source>Recommended next steps</source>
        <translation>Рекомендуемые действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="578"/>
        <source>The rules recommend no step for this screening.</source>
        <translation>По правилам для этого скрининга действия не рекомендуются.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="587"/>
        <source>Steps added or recorded</source>
        <translation>Добавленные или записанные действия</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="592"/>
        <source>Added by the interviewer.</source>
        <translation>Добавлено интервьюером.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="596"/>
        <source>No longer recommended by the rules; kept because it was recorded.</source>
        <translation>Правилами больше не рекомендуется; сохранено, так как было записано.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="598"/>
        <source>Add step...</source>
        <translation>Добавить действие...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="625"/>
        <source>Why:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="630"/>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="631"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="635"/>
        <source>Note: what was done, when, by whom</source>
        <translation>Заметка: что сделано, когда и кем</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/result.py" line="636"/>
        <source>Note on this step</source>
        <translation>Заметка к этому действию</translation>
    </message>
</context>
<context>
    <name>ScreeningsScreen</name>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="102"/>
        <source>Search by case code (Ctrl+F)</source>
        <translation>Поиск по коду случая (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="103"/>
        <source>Search by case code</source>
        <translation>Поиск по коду случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="104"/>
        <source>Screenings, newest first (Enter opens)</source>
        <translation>Скрининги, сначала новые (Enter открывает)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="106"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="107"/>
        <source>All settings</source>
        <translation>Все места проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="120"/>
        <location filename="../src/screener/ui/screenings.py" line="127"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="121"/>
        <location filename="../src/screener/ui/screenings.py" line="126"/>
        <source>Setting</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="124"/>
        <source>Case code</source>
        <translation>Код случая</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="125"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="128"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="129"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="132"/>
        <source>New screening (Ctrl+N)</source>
        <translation>Новый скрининг (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="133"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="134"/>
        <source>Delete draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="135"/>
        <source>No screenings yet. Start one with New screening.</source>
        <translation>Скринингов пока нет. Начните с кнопки «Новый скрининг».</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>finalised</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="139"/>
        <source>amended</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="197"/>
        <location filename="../src/screener/ui/screenings.py" line="200"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="197"/>
        <source>Only drafts can be deleted; a finalised screening stays.</source>
        <translation>Удалять можно только черновики; завершённый скрининг сохраняется.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/screenings.py" line="199"/>
        <source>Delete the draft %1? This cannot be undone.</source>
        <translation>Удалить черновик %1? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../src/screener/ui/settings.py" line="121"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="123"/>
        <source>Language of the app:</source>
        <translation>Язык программы:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="124"/>
        <source>Second language under each question:</source>
        <translation>Второй язык под каждым вопросом:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="125"/>
        <source>Font size:</source>
        <translation>Размер шрифта:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="126"/>
        <source>Lock after minutes without use:</source>
        <translation>Блокировать после бездействия (минут):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="127"/>
        <source>Interviewer (your name or number):</source>
        <translation>Интервьюер (ваше имя или номер):</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="133"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="136"/>
        <source>%1 pt</source>
        <translation>%1 пт</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="137"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="138"/>
        <source>0 = never lock by itself</source>
        <translation>0 = никогда не блокировать автоматически</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="139"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="140"/>
        <source>Encrypted store</source>
        <translation>Зашифрованное хранилище</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="141"/>
        <source>Change passphrase...</source>
        <translation>Сменить парольную фразу...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="142"/>
        <source>Back up...</source>
        <translation>Создать резервную копию...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="143"/>
        <source>Restore...</source>
        <translation>Восстановить...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="152"/>
        <source>A backup is encrypted with the store&apos;s passphrase; keep it on a drive you control.</source>
        <translation>Резервная копия шифруется парольной фразой хранилища; храните её на носителе, который находится под вашим контролем.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="155"/>
        <source>Unlock the store to change its passphrase, back it up or restore it.</source>
        <translation>Разблокируйте хранилище, чтобы сменить его парольную фразу, создать резервную копию или восстановить его.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="189"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="190"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="193"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="196"/>
        <source>New passphrase again:</source>
        <translation>Повторите новую парольную фразу:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="200"/>
        <source>The two new passphrases differ. Nothing was changed.</source>
        <translation>Новые парольные фразы не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="203"/>
        <source>Changing the passphrase...</source>
        <translation>Смена парольной фразы...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="206"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="214"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="216"/>
        <location filename="../src/screener/ui/settings.py" line="241"/>
        <source>Screener backups (*%1);;All files (*)</source>
        <translation>Резервные копии Screener (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="222"/>
        <source>Choose another file: this is the store itself.</source>
        <translation>Выберите другой файл: это само хранилище.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="225"/>
        <source>Writing the backup...</source>
        <translation>Запись резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="230"/>
        <source>The backup is written to %1. It opens with the store&apos;s passphrase.</source>
        <translation>Резервная копия записана: %1. Она открывается парольной фразой хранилища.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="240"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="245"/>
        <source>Passphrase of the backup:</source>
        <translation>Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="249"/>
        <source>The store on this computer will be replaced by the backup. The current store is kept beside it as a .bak file. The app locks now. Continue?</source>
        <translation>Хранилище на этом компьютере будет заменено резервной копией. Текущее хранилище сохранится рядом с ним в виде файла .bak. Программа сейчас будет заблокирована. Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="258"/>
        <source>Restoring the backup...</source>
        <translation>Восстановление резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="264"/>
        <source>The backup is restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Резервная копия восстановлена. Разблокируйте хранилище парольной фразой резервной копии.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/settings.py" line="266"/>
        <source>The replaced store is kept at %1.</source>
        <translation>Заменённое хранилище сохранено здесь: %1.</translation>
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
        <translation>Добро пожаловать. Скрининги хранятся только на этом компьютере, в файле, зашифрованном парольной фразой, которую вы сейчас выберете. Без неё никто, включая вас, не сможет их прочитать: запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="131"/>
        <source>Create the store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="133"/>
        <source>Enter the passphrase to unlock the screenings on this computer.</source>
        <translation>Введите парольную фразу, чтобы разблокировать скрининги на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="134"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="135"/>
        <location filename="../src/screener/ui/unlock.py" line="144"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="136"/>
        <location filename="../src/screener/ui/unlock.py" line="142"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="137"/>
        <location filename="../src/screener/ui/unlock.py" line="143"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="141"/>
        <source>Restore a backup...</source>
        <translation>Восстановить из резервной копии...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="152"/>
        <source>Strong enough.</source>
        <translation>Достаточно надёжная.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="156"/>
        <source>At least 10 characters mixing letters with digits or other signs, or a phrase of several words (16 characters or more).</source>
        <translation>Не менее 10 символов, в которых буквы сочетаются с цифрами или другими знаками, либо фраза из нескольких слов (от 16 символов).</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="167"/>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="175"/>
        <source>Creating the encrypted store...</source>
        <translation>Создание зашифрованного хранилища...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="183"/>
        <source>Unlocking...</source>
        <translation>Разблокировка...</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="202"/>
        <location filename="../src/screener/ui/unlock.py" line="216"/>
        <location filename="../src/screener/ui/unlock.py" line="223"/>
        <location filename="../src/screener/ui/unlock.py" line="235"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="203"/>
        <source>The store cannot be opened. Restore it from a backup now?</source>
        <translation>Не удаётся открыть хранилище. Восстановить его из резервной копии сейчас?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="212"/>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="212"/>
        <source>Screener backups (*.db *.bak);;All files (*)</source>
        <translation>Резервные копии Screener (*.db *.bak);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="216"/>
        <source>The backup&apos;s passphrase:</source>
        <translation>Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="220"/>
        <source>The store on this computer will be replaced by the backup. The replaced file is kept beside it (ending in .bak). Continue?</source>
        <translation>Хранилище на этом компьютере будет заменено резервной копией. Заменённый файл сохранится рядом с ним (с окончанием .bak). Продолжить?</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="236"/>
        <source>The backup was restored. Unlock it with the backup&apos;s passphrase.</source>
        <translation>Резервная копия восстановлена. Разблокируйте хранилище парольной фразой резервной копии.</translation>
    </message>
    <message>
        <location filename="../src/screener/ui/unlock.py" line="240"/>
        <source>Restoring...</source>
        <translation>Восстановление...</translation>
    </message>
</context>
</TS>
