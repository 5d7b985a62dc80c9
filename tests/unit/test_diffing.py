from briefings.diffing import word_diff


def test_word_diff_marks_changed_words_and_keeps_the_rest():
    parts = word_diff("Er zijn 24 meldingen ontvangen.", "Er zijn 31 meldingen ontvangen.")
    assert ("removed", "24") in parts and ("added", "31") in parts
    new = "".join(p.text for p in parts if p.kind != "removed")
    old = "".join(p.text for p in parts if p.kind != "added")
    assert (old, new) == ("Er zijn 24 meldingen ontvangen.", "Er zijn 31 meldingen ontvangen.")
