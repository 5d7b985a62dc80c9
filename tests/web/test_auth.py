from tests.conftest import PASSWORD


def test_pages_require_login_and_redirect_to_the_login_page(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/inloggen" in response.headers["Location"]


def test_login_with_the_right_password_shows_the_annotation_list(client, make_user):
    user = make_user("auteur", name="Fatima Auteur")
    response = client.post("/inloggen", data={"email": user.email, "password": PASSWORD},
                           follow_redirects=True)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<h1>Annotaties</h1>" in page
    assert "Fatima Auteur" in page


def test_a_wrong_password_is_refused_with_a_dutch_message(client, make_user):
    user = make_user("auteur")
    response = client.post("/inloggen", data={"email": user.email, "password": "fout-wachtwoord"})
    assert response.status_code == 401
    assert "Onbekend e-mailadres of onjuist wachtwoord." in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_login_does_not_redirect_to_another_site(client, make_user):
    user = make_user("auteur")
    response = client.post("/inloggen?next=//evil.example/x",
                           data={"email": user.email, "password": PASSWORD})
    assert response.headers["Location"] == "/"


def test_logging_out_ends_the_session(client, login_as):
    login_as("reviewer")
    assert client.get("/").status_code == 200
    client.post("/uitloggen")
    assert client.get("/").status_code == 302


def test_forms_without_a_csrf_token_are_refused(app, client, make_user):
    app.config["WTF_CSRF_ENABLED"] = True
    user = make_user("auteur")
    response = client.post("/inloggen", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 400
    assert "Het formulier is verlopen" in response.get_data(as_text=True)


def test_create_user_reads_the_password_from_stdin_and_rejects_unknown_roles(runner, client):
    result = runner.invoke(args=["create-user", "nieuw@gemeente.test", "--role", "staf",
                                 "--name", "Nieuwe Staf"], input="een-lang-wachtwoord\n")
    assert result.exit_code == 0, result.output
    response = client.post("/inloggen", data={"email": "nieuw@gemeente.test",
                                              "password": "een-lang-wachtwoord"})
    assert response.status_code == 302
    result = runner.invoke(args=["create-user", "x@gemeente.test", "--role", "baas"],
                           input="een-lang-wachtwoord\n")
    assert result.exit_code != 0
    assert "baas" in result.output
