def test_a_read_view_with_many_suggestions_shows_ten_and_says_how_many_there_are(
        client, login_as, make_annotation):
    promise = "Na de zomer wordt u geïnformeerd over vraag {n}."
    annotation = make_annotation(questions=[
        {"text": f"Vraag {n}?", "variants": [{"body": promise.format(n=n)}]} for n in range(12)])
    login_as("staf")
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "12 zinnen lijken op een toezegging; hieronder de eerste 10." in page
    assert page.count("Ja, vastleggen als toezegging") == 10
