"""The interview engine, driven with plain dicts (no Qt).

IV001: pages run: introduction, section A, the indicator lists for the setting and age,
       then B (only for non-citizens) with C's work definition, C, D, the sex-act definition, E, review.
IV002: the conclusion (judgement, types) is asked on the review page, not as pages.
IV003: next/previous move through the shown pages; from a page that no longer applies
       (A5 changed while on B2) next goes on to what follows it.
IV004: implied and hidden items get no page; their reason is kept.
IV005: the scripted branch of an evidence item is followed as far as it is answered.
IV006: a whole interview, answered page by page, ends complete.
"""

from __future__ import annotations

from screener.core.interview import Context, Page, evaluate, next_page, pages, previous_page, walk_branch
from screener.core.scoring import score_state


def refs(sequence):
    return [p.ref for p in sequence]


def test_iv001_pages_for_a_non_citizen_adult_at_the_border(form, catalog):
    state = evaluate(form, {"A1": 30, "A5": "UZ"}, Context(setting="border"))
    sequence = pages(state, catalog.lists)
    names = refs(sequence)
    assert names[:7] == ["introduction", "A1", "A2", "A3", "A4", "A5", "A6"]
    lists = [p.ref for p in sequence if p.kind == "indicators"]
    assert "sop_border" in lists and "sop_general" in lists
    assert "sop_minor" not in lists and "katch_patient" not in lists
    assert names.index("B1") > names.index(lists[-1])
    assert names.index("work_definition") == names.index("B4") + 1
    assert names.index("C1") == names.index("work_definition") + 1
    assert names.index("sex_definition") == names.index("D3") + 1
    assert names[-3:] == ["sex_definition", "E1", "review"]  # E3 waits for E1, E2 for E3
    assert sequence[-1] == Page("review", "review")


def test_iv001_citizen_child_at_the_clinic(form, catalog):
    state = evaluate(form, {"A1": 15, "A5": "KZ", "E1": "yes"}, Context(setting="clinic"))
    names = refs(pages(state, catalog.lists))
    assert not any(n.startswith("B") for n in names)
    assert "katch_patient" in names and "katch_child_questions" in names and "sop_minor" in names
    assert "sop_border" not in names
    assert "E3" not in names and "E2" not in names  # E3 implied child, E2 not for children
    assert state.item("E3").status == "implied" and state.item("E3").because is not None


def test_iv002_conclusion_is_on_the_review_page(form, catalog):
    names = refs(pages(evaluate(form, {"A5": "KZ"}), catalog.lists))
    assert "judgement" not in names and "types" not in names
    state = evaluate(form, {"A5": "KZ"})
    assert "judgement" in state.missing()
    assert "judgement" not in state.missing(conclusion=False)


def test_iv003_next_and_previous(form):
    state = evaluate(form, {"A1": 30, "A5": "UZ"})
    first = next_page(state, [], None)
    assert first == Page("script", "introduction", "A")
    assert next_page(state, [], first) == Page("item", "A1", "A")
    assert previous_page(state, [], Page("item", "A1", "A")) == first
    assert previous_page(state, [], first) is None
    assert next_page(state, [], Page("item", "B4", "B")) == Page("script", "work_definition", "C")
    # the interviewer goes back and corrects A5 to Kazakhstan while B2 is on screen
    corrected = evaluate(form, {"A1": 30, "A5": "KZ"})
    assert next_page(corrected, [], Page("item", "B2", "B")) == Page("script", "work_definition", "C")
    assert previous_page(corrected, [], Page("item", "B2", "B")) == Page("item", "A6", "A")


def test_iv004_hidden_items_keep_their_reason(form):
    state = evaluate(form, {"A1": 30, "A5": "UZ", "E1": "no", "E2": 3})
    for item_id in ("E2", "E3"):
        item = state.item(item_id)
        assert item.status == "hidden" and item.points == 0 and item.because is not None
    assert "E2" not in state.answers  # the stray answer is ignored, not deleted from the input


def test_iv005_branch(form):
    b1 = form.items["B1"]
    assert walk_branch(b1, {}).waiting is b1.root
    branch = walk_branch(b1, {"B1.q1": "no"})
    assert branch.waiting is not None and branch.waiting.id == "q2"
    branch = walk_branch(b1, {"B1.q1": "no", "B1.q2": "yes"})
    assert branch.end is not None and not branch.end.indicative and branch.end.explain is not None  # issue 16
    assert walk_branch(b1, {"B1.q1": "yes"}).end.score == 0


def test_iv006_whole_interview_page_by_page(form, catalog):
    """Answer each page as it comes: every item gets 1, choices the first option."""
    answers: dict = {}
    context = Context(setting="workplace")
    page = next_page(evaluate(form, answers, context), catalog.lists, None)
    seen = []
    while page is not None and page.kind != "review":
        seen.append(page.ref)
        if page.kind == "item":
            item = form.items[page.ref]
            if item.type == "choice":
                answers[item.id] = "adult" if item.id == "E3" else item.options[0].value
            else:
                answers[item.id] = {"integer": 40, "country": "TJ", "text": "-", "evidence": 1}[item.type]
        page = next_page(evaluate(form, answers, context), catalog.lists, page)
    assert page == Page("review", "review")
    assert "katch_forced_labour" in seen and "E2" in seen
    result = score_state(evaluate(form, answers, context))
    assert result.complete
    assert (result.total, result.max) == (4 + 4 + 3 + 3 + 1, 39)


def test_an_items_prompt_is_its_question_without_the_lead_in(form):
    """Lists of items name a choice item by the question asked (E1 has two sentences of context)."""
    e1 = form.items["E1"]
    assert e1.prompt("en").startswith("Have you ever received something of value")
    assert e1.prompt("en").endswith("sexual activity?")
    assert form.items["E3"].prompt("en") == "How old were you when you started doing this?"
    assert e1.prompt("kk").startswith("Сіз қандай да бір жыныстық іс-әрекет")
