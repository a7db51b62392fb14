"""A small but complete form in the real schema, for loader and engine tests."""

MINI_FORM = """\
schema: screener-form/1
id: mini
version: 1
title: {kk: Шағын, ru: Мини, en: Mini}
source: {file: 003_6e211ecf5109a54f.txt, lines: "5485-5904"}
roles: {age: A1, citizenship: A5, home_country: KZ, age_of_majority: 18}
instructions:
  - {line: 5490, text: {kk: Оқыңыз, ru: Прочтите, en: Read}}
evidence_scale:
  - {value: 0, label: {kk: жоқ, ru: нет, en: none}}
  - {value: 1, label: {kk: аз, ru: мало, en: little}}
  - {value: 2, label: {kk: орташа, ru: умеренно, en: moderate}}
  - {value: 3, label: {kk: толық, ru: полностью, en: conclusive}}
scripts:
  - {id: intro, before: A, line: 5534, title: {kk: К, ru: В, en: I}, text: {kk: т, ru: т, en: t}}
sections:
  - id: A
    title: {kk: А, ru: А, en: A}
    scored: false
    items:
      - {id: A1, type: integer, line: 1, min: 0, max: 120, question: {kk: Жасы, ru: Возраст, en: Age}}
      - {id: A5, type: country, line: 2, question: {kk: Азаматтығы, ru: Гражданство, en: Citizenship}}
  - id: B
    title: {kk: B, ru: B, en: B}
    scored: true
    max: 3
    applies_when: {not: {answer: A5, equals: KZ}}
    included_because: {kk: "B: {citizenship}", ru: "B: {citizenship}", en: "B included: {citizenship}"}
    skipped_because: {kk: B жоқ, ru: B нет, en: B skipped}
    pending_because: {kk: A5 күтілуде, ru: ждём A5, en: waiting for A5}
    items:
      - id: B1
        type: evidence
        line: 3
        question: {kk: С, ru: В, en: Q}
        branch:
          yes: {score: 0}
          no:
            id: q2
            ask: {kk: С2, ru: В2, en: Q2}
            yes: {explain: {kk: Т, ru: О, en: Explain}, indicative: true}
            no: {score: 0}
        interviewer_notes: {kk: Е, ru: З, en: N}
        evidence_label: {kk: Д, ru: Д, en: E}
  - id: E
    title: {kk: E, ru: E, en: E}
    scored: true
    max: 6
    items:
      - id: E1
        type: choice
        line: 4
        question: {kk: С, ru: В, en: Q}
        options:
          - {value: "yes", points: 3, label: {kk: ИӘ, ru: ДА, en: YES}}
          - {value: "no", points: 0, label: {kk: ЖОҚ, ru: НЕТ, en: NO}}
      - id: E3
        type: choice
        line: 5
        question: {kk: Жас, ru: Возраст, en: Age}
        shown_when: {answer: E1, equals: "yes"}
        hidden_because: {kk: E1 жоқ, ru: E1 нет, en: E1 no}
        implied:
          - when: {answer: A1, lt: 18}
            value: child
            because: {kk: 18-ге дейін, ru: до 18, en: under 18}
        options:
          - {value: child, points: 3, label: {kk: Бала, ru: Ребёнок, en: Child}}
          - {value: adult, points: 0, label: {kk: Ересек, ru: Взрослый, en: Adult}}
      - id: E2
        type: evidence
        line: 6
        question: {kk: С, ru: В, en: Q}
        shown_when: {all: [{answer: E1, equals: "yes"}, {answer: E3, equals: adult}]}
        hidden_because: {kk: жоқ, ru: нет, en: not asked}
        interviewer_notes: {kk: Е, ru: З, en: N}
        evidence_label: {kk: Д, ru: Д, en: E}
"""
