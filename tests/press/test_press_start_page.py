def test_the_press_office_starts_on_the_press_lines_not_on_draft_annotations(client, login_as,
                                                                              make_annotation):
    make_annotation(title="Concept over de Stadspas")
    login_as("pers")
    response = client.get("/", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Perslijnen" in page
    assert "Concept over de Stadspas" not in page
    assert ">Annotaties</a>" not in page  # no menu entry that leads to a 403


def test_other_roles_still_start_on_the_annotation_list(client, login_as, make_annotation):
    make_annotation(title="Concept over de Stadspas")
    login_as("reviewer")
    page = client.get("/").get_data(as_text=True)
    assert "Concept over de Stadspas" in page
