"""The one detector of open points left in a draft."""

from briefings.placeholders import annotation_placeholders, find_placeholders, split_placeholders


def test_finds_the_open_points_people_leave_in_drafts():
    text = ("Er zijn [Aanvullen] meldingen, [Aanvullen: hoeveel precies?] en zie [link naar "
            "rapport]. De acties zijn ....[aanvullen] Aanvullen antwoord X [wat zeggen we?]")
    assert find_placeholders(text) == [
        "[Aanvullen]", "[Aanvullen: hoeveel precies?]", "[link naar rapport]", "....",
        "[aanvullen]", "Aanvullen antwoord X [wat zeggen we?]",
    ]


def test_an_ordinary_ellipsis_or_bracket_is_not_an_open_point():
    assert find_placeholders("Wij wachten af... [zie bijlage] en vullen (aanvullend) aan.") == []


def test_split_keeps_all_text_and_marks_the_open_points():
    pieces = list(split_placeholders("a [Aanvullen] b ...."))
    assert "".join(p for p, _ in pieces) == "a [Aanvullen] b ...."
    assert [p for p, marked in pieces if marked] == ["[Aanvullen]", "...."]


def test_chosen_only_skips_variants_not_in_the_final_copy_and_notes(db, annotation):
    question = annotation.questions[0]
    question.note = "[Aanvullen] intern"
    question.variants[1].body = "Niet gekozen [Aanvullen]"
    question.variants[0].explanation = "Zie [link naar besluit]"
    db.flush()
    everywhere = annotation_placeholders(annotation)
    final = annotation_placeholders(annotation, chosen_only=True)
    assert [p.text for p in everywhere] == ["[link naar besluit]", "[Aanvullen]"]
    assert [(p.text, p.where, p.anchor) for p in final] == [
        ("[link naar besluit]", "Vraag 1, antwoord (toelichting)",
         f"antwoord-{question.variants[0].id}"),
    ]
