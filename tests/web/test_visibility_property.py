"""No way out shows a text to a role that may not see it: a property test over random worlds.

Annotations in random states (concept / in review / definitief; press Q&A written by the press
office or by beheer), answers in every review state (concept, ter review, afgewezen with a
reason, akkoord, gekozen with a reason), internal notes, comments, earlier drafts kept in the
history, commitments and press lines. Every text carries a unique marker word. The test's own
oracle (written from the issue, not from briefings.visibility) says which markers each role may
see. For every role it then requests EVERY GET rule in `app.url_map` with the real ids of the
generated objects, the search page (with each kind filter and its counts), every page of the
JSON API, `flask search --as`, and every export (.docx unzipped, every part; CSV), and asserts
that no marker of a hidden text appears anywhere. A new route is walked without editing this
test; a route with an argument this test cannot fill makes it fail until it is listed below.
"""

import io
import json
import os
import shutil
import uuid
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from string import ascii_lowercase

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from app import create_app
from briefings import authoring
from briefings.changes import change_status
from briefings.commitments import create_commitment
from briefings.models import Base
from briefings.press import publish_line
from briefings.users import create_user
from briefings.workflow.comments import add_comment
from briefings.workflow.review import approve, choose, reject, submit_for_review
from search_index.schema import KINDS
from tests.conftest import PASSWORD

ROLES = ("auteur", "reviewer", "staf", "pers", "beheer")
#: roles that read drafts, notes, comments and history: nothing is hidden from them
FULL_READERS = {"auteur", "reviewer", "staf", "beheer"}
VARIANT_STATES = ("concept", "ter_review", "afgewezen", "akkoord", "gekozen")
RELEASED = {"akkoord", "gekozen"}
ANNOTATION_STATUSES = ("concept", "in_review", "definitief")
#: route argument -> the kind of generated object whose ids fill it (or fixed values)
ID_ARGUMENTS = {
    "annotation_id": "annotation", "question_id": "question", "variant_id": "variant",
    "section_id": "section", "line_id": "line", "commitment_id": "commitment",
}
VALUE_ARGUMENTS = {"mode": ("draft", "final", "woo")}
#: arguments no generated object can fill, with why; their rules are listed, not walked
UNFILLABLE = {
    "token": "an upload preview or calendar token exists only for one import or one user",
    "filename": "static files hold no texts",
}
QUERY = "zqx*"  # every marker starts with zqx: one prefix query finds them all
#: the walk requests each route plainly; the search routes are requested with QUERY on top
URL_QUERIES = ("",)


# -- the world, as data ---------------------------------------------------------------------

@dataclass
class VariantSpec:
    state: str
    explanation: bool = True
    comment: bool = True
    edited: bool = True  # an earlier draft of the text stays in the history


@dataclass
class QuestionSpec:
    variants: list[VariantSpec]
    note: bool = True


@dataclass
class AnnotationSpec:
    status: str
    press_qa: bool = False
    #: who writes a press Q&A: the press office itself, or beheer
    author: str = "auteur"
    questions: list[QuestionSpec] = field(default_factory=list)
    commitment: bool = True
    line: bool = True


variants = st.builds(VariantSpec, st.sampled_from(VARIANT_STATES), st.booleans(), st.booleans(),
                     st.booleans())
questions = st.builds(QuestionSpec, st.lists(variants, min_size=1, max_size=3), st.booleans())
annotations = st.one_of(
    st.builds(AnnotationSpec, st.sampled_from(ANNOTATION_STATUSES), st.just(False),
              st.just("auteur"), st.lists(questions, min_size=1, max_size=2), st.booleans(),
              st.booleans()),
    st.builds(AnnotationSpec, st.sampled_from(ANNOTATION_STATUSES), st.just(True),
              st.sampled_from(["pers", "beheer"]), st.lists(questions, min_size=1, max_size=2),
              st.just(False), st.just(False)),
)
worlds = st.lists(annotations, min_size=1, max_size=3)

#: every annotation status with every answer state, and both kinds of press Q&A author
EVERY_STATE = [
    AnnotationSpec(status, questions=[QuestionSpec([VariantSpec(s) for s in VARIANT_STATES])])
    for status in ANNOTATION_STATUSES
] + [
    AnnotationSpec("concept", press_qa=True, author=author, commitment=False, line=False,
                   questions=[QuestionSpec([VariantSpec(s) for s in VARIANT_STATES])])
    for author in ("pers", "beheer")
]


# -- the oracle: who may see which marker (from the words) --------------------------

class Markers:
    """Unique marker words, each with the roles that may see its text."""

    def __init__(self):
        self.count = 0
        self.allowed: dict[str, set[str]] = {}

    def new(self, *, pers: bool) -> str:
        n, letters = self.count, ""
        for _ in range(5):
            n, digit = divmod(n, 26)
            letters = ascii_lowercase[digit] + letters
        self.count += 1
        marker = f"zqx{letters}"
        self.allowed[marker] = FULL_READERS | ({"pers"} if pers else set())
        return marker

    def hidden_from(self, role) -> set[str]:
        return {m for m, roles in self.allowed.items() if role not in roles}


def _variant_open(spec: AnnotationSpec, variant: VariantSpec) -> bool:
    return variant.state in RELEASED or (spec.press_qa and spec.author == "pers")


# -- building the world through the services ------------------------------------------------

def build(db, users, specs: list[AnnotationSpec]) -> Markers:
    markers = Markers()
    for spec in specs:
        final = spec.status == "definitief"
        author = users[spec.author]
        annotation = authoring.create_annotation(
            db, by=author, title="Annotatie", portfolio_holder="wethouder Van Buren",
            kind="persvragen" if spec.press_qa else "annotatie",
            meeting=None if spec.press_qa else {"body": "raad", "name": "Raad",
                                                 "dates": ["2024-02-28"]})
        if not spec.press_qa:
            for kind in ("kernboodschap", "handelingsperspectief"):
                authoring.add_section(db, annotation, by=author, kind=kind, heading="Thema",
                                      body=f"- Punt {markers.new(pers=final)} over de wijk.")
        released = [_build_question(db, users, spec, annotation, q, markers)
                    for q in spec.questions]
        released = [v for vs in released for v in vs]
        if spec.commitment:
            create_commitment(db, by=users["staf"], annotation=annotation,
                              text=f"De raad krijgt {markers.new(pers=final)} een brief.")
        if spec.line and released:
            publish_line(db, released[0], by=users["staf"],
                         topic=f"Onderwerp {markers.new(pers=True)}")
        if spec.status != "concept":
            change_status(db, annotation, spec.status, by=users["staf"])
        db.commit()
    return markers


def _build_question(db, users, spec, annotation, qspec: QuestionSpec, markers) -> list:
    open_question = spec.press_qa or any(v.state in RELEASED for v in qspec.variants)
    author = users[spec.author]
    question = authoring.add_question(
        db, annotation, by=author, text=f"Vraag {markers.new(pers=open_question)} over de wijk?",
        note=f"Intern {markers.new(pers=False)}" if qspec.note else None,
        asker={"name": f"Lid {markers.new(pers=open_question)}", "party": "Denk"})
    released, chosen = [], False
    for vspec in qspec.variants:
        state = vspec.state
        if state == "gekozen" and chosen:
            state = "akkoord"  # one chosen answer per question
        chosen = chosen or state == "gekozen"
        visible = _variant_open(spec, VariantSpec(state))
        body = f"Antwoord {markers.new(pers=visible)} over de wijk."
        explanation = f"Achtergrond {markers.new(pers=visible)}." if vspec.explanation else None
        first = f"Eerdere versie {markers.new(pers=False)}." if vspec.edited else body
        variant = authoring.add_variant(db, question, by=author, body=first,
                                        explanation=explanation, label="alternatief_antwoord")
        if vspec.edited:
            authoring.update_variant(db, variant, by=author, body=body, explanation=explanation)
        if vspec.comment:
            add_comment(db, variant, by=users["reviewer"], text=f"Let op {markers.new(pers=False)}")
        _set_state(db, users, variant, state, author, markers)
        if state in RELEASED:
            released.append(variant)
    return released


def _set_state(db, users, variant, state, author, markers) -> None:
    if state == "concept":
        return
    submit_for_review(db, variant, by=author)
    if state == "afgewezen":
        reject(db, variant, by=users["reviewer"], reason=f"Onjuist {markers.new(pers=False)}")
    elif state in RELEASED:
        approve(db, variant, by=users["reviewer"])
    if state == "gekozen":
        choose(db, variant, by=users["staf"], reason=f"Gekozen {markers.new(pers=False)}")


# -- one fresh database and app per example -------------------------------------------------

@contextmanager
def fresh_app(template, directory):
    kind, source = template
    if kind == "sqlite":
        path = directory / "test.db"
        shutil.copy(source, path)
        url = f"sqlite:///{path}"
    else:
        url = source
    app = create_app({"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "test-secret",
                      "SEARCH_INDEX_DIR": str(directory / "search-index"),
                      "WTF_CSRF_ENABLED": False})
    try:
        yield app
    finally:
        app.extensions["search"].close()
        app.extensions["db_engine"].dispose()
        if kind == "postgresql":
            engine = create_engine(url)
            tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            with engine.begin() as connection:
                connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            engine.dispose()


def _ids(db) -> dict[str, list[int]]:
    from sqlalchemy import select

    from briefings.models import Annotation, AnswerVariant, Commitment, PressLine, Question, Section

    models = {"annotation": Annotation, "question": Question, "variant": AnswerVariant,
              "section": Section, "line": PressLine, "commitment": Commitment}
    return {name: list(db.scalars(select(model.id))) for name, model in models.items()}


def walkable_urls(app, ids) -> tuple[list[str], list[str]]:
    """Return (urls of every GET rule with real ids, rules that cannot be filled).

    :raises AssertionError: for an argument name this test does not know.
    """
    urls, skipped = [], []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods:
            continue
        unknown = set(rule.arguments) - set(ID_ARGUMENTS) - set(VALUE_ARGUMENTS) - set(UNFILLABLE)
        assert not unknown, (f"{rule.rule}: argument {sorted(unknown)} is new; say in "
                             "ID_ARGUMENTS or UNFILLABLE how to fill it")
        if set(rule.arguments) & set(UNFILLABLE):
            skipped.append(rule.rule)
            continue
        combinations = [{}]
        for name in sorted(rule.arguments):
            values = (ids[ID_ARGUMENTS[name]] if name in ID_ARGUMENTS
                      else VALUE_ARGUMENTS[name])
            combinations = [{**c, name: v} for c in combinations for v in values]
        for values in combinations:
            path = rule.build(values, append_unknown=False)[1]
            urls += [path + query for query in URL_QUERIES]
    return urls, skipped


def search_urls() -> list[str]:
    urls = [f"/zoeken?q={QUERY}", f"/zoeken?q={QUERY}&status=akkoord"]
    urls += [f"/zoeken?q={QUERY}&kind={kind}" for kind in KINDS]
    return urls


def texts_of(response) -> list[str]:
    """The body, and every part of a zip (.docx) body."""
    data = response.get_data()
    texts = [data.decode("utf-8", errors="replace")]
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            texts += [archive.read(n).decode("utf-8", errors="replace")
                      for n in archive.namelist()]
    return texts


def check_role(app, role, user, markers) -> tuple[int, set[str]]:
    """Request everything as `role`; return (responses checked, markers seen)."""
    hidden = markers.hidden_from(role)
    client = app.test_client()
    login = client.post("/inloggen", data={"email": user.email, "password": PASSWORD})
    assert login.status_code == 302
    with app.extensions["db_sessionmaker"]() as session:
        urls, _ = walkable_urls(app, _ids(session))
    seen, checked = set(), 0

    def inspect(where, texts):
        nonlocal checked
        for body in texts:
            leaked = sorted(m for m in hidden if m in body)
            assert leaked == [], f"{where} shows {role} hidden texts {leaked}"
            seen.update(m for m in markers.allowed if m in body)
        checked += 1

    for url in urls + search_urls():
        response = client.get(url, follow_redirects=True)
        assert response.status_code < 500, url
        inspect(url, texts_of(response))
    page, pages, listed = 1, 1, 0
    while page <= pages:
        data = client.get(f"/api/search?q={QUERY}&page={page}").get_json()
        inspect(f"/api/search page {page}", [json.dumps(data, ensure_ascii=False)])
        pages, page, listed = data["pages"], page + 1, listed + len(data["results"])
        # Counts never include a document the role may not see: they add up to what is listed.
        # (A busy machine may skip the counts: then the total still counts the matches.)
        if not data["counts_skipped"]:
            assert sum(data["counts"].get("kind", {}).values()) == data["total"]
    assert listed == data["total"], f"{role}: total {data['total']}, listed {listed}"
    cli = [["--as", user.email]] + ([["--approved-only"]] if role == "pers" else [])
    for extra in cli:
        result = app.test_cli_runner().invoke(
            args=["search", QUERY, "--json", "--limit", "1000", *extra])
        assert result.exit_code == 0, result.output
        inspect(f"flask search {' '.join(extra)}", [result.output])
    return checked, seen


def check_lists_agree(db, users) -> None:
    """The rule as SQL (for lists) selects exactly the rows the rule per object allows."""
    from sqlalchemy import select

    from briefings import visibility
    from briefings.models import (
        Annotation,
        AnswerVariant,
        Commitment,
        PressLine,
        Question,
        ReviewComment,
        Revision,
        Section,
    )

    for model in (Annotation, Section, Question, AnswerVariant, Commitment, PressLine,
                  ReviewComment, Revision):
        rows = db.scalars(select(model)).all()
        for role, user in users.items():
            listed = set(db.scalars(select(model.id).where(
                visibility.visible_clause(user, model))))
            allowed = {row.id for row in rows if visibility.may_see(user, row)}
            assert listed == allowed, f"{model.__name__} for {role}"


# -- the property ---------------------------------------------------------------------------

@pytest.fixture
def template(_database_template):
    return _database_template


# No shrinking: a failure names the route, the role and the marker, which is what one needs,
# and shrinking a world of web requests takes minutes.
@settings(max_examples=int(os.environ.get("VISIBILITY_EXAMPLES", "3")), deadline=None,
          phases=[Phase.explicit, Phase.reuse, Phase.generate], database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@example(EVERY_STATE, ROLES)
@given(worlds, st.sampled_from(sorted(FULL_READERS)).map(lambda role: ("pers", role)))
def test_no_role_sees_a_text_it_may_not_see_on_any_way_out(template, tmp_path_factory, specs,
                                                           roles):
    """The fixed world walks every role; a generated one the press office and one other role
    (nothing is hidden from the others, so for them it checks the walk and the 500s)."""
    with fresh_app(template, tmp_path_factory.mktemp("world")) as app:
        with app.extensions["db_sessionmaker"]() as db:
            users = {role: create_user(db, email=f"{role}-{uuid.uuid4().hex[:6]}@gemeente.test",
                                       role=role, name=role.title(), password=PASSWORD)
                     for role in ROLES}
            db.commit()
            markers = build(db, users, specs)
            check_lists_agree(db, users)
            for role in roles:
                checked, seen = check_role(app, role, users[role], markers)
                assert checked > 30
                visible = set(markers.allowed) - markers.hidden_from(role)
                # The walk must reach the texts a role may see, or it proves nothing.
                assert not visible or visible & seen, f"{role} saw none of its visible texts"


def test_a_rule_with_an_unknown_argument_is_caught(app):
    app.add_url_rule("/nieuw/<int:gadget_id>", "gadget", lambda gadget_id: "")
    with pytest.raises(AssertionError, match="gadget_id"):
        walkable_urls(app, {name: [1] for name in ID_ARGUMENTS.values()})


def test_the_rules_that_cannot_be_filled_are_only_the_listed_ones(app):
    _, skipped = walkable_urls(app, {name: [1] for name in ID_ARGUMENTS.values()})
    assert sorted(skipped) == ["/agenda/<token>.ics", "/importeren/<token>",
                               "/static/<path:filename>", "/toezeggingen/importeren/<token>"]
