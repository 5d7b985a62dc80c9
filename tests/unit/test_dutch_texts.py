"""Every Dutch message the application gives a user is in one catalogue and reads as a sentence.

The catalogue is `briefings.messages.MESSAGES`. These tests read every entry filled with sample
values as a Dutch reader would, check that the code uses each entry and names only entries that
exist, and that no message call in app/ or briefings/ passes its own text any more: a new message
cannot bypass the catalogue.
"""

import ast
import re
import string
from pathlib import Path

import pytest

from app.errors import STATUSES
from briefings.messages import MESSAGES, msg
from briefings.permissions import MATRIX

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "briefings" / "messages.py"
#: callables whose message argument (first, unless listed in MESSAGE_ARGUMENT) the user reads
MESSAGE_CALLS = {"flash", "saved", "ValidationError", "NotFound", "PermissionDenied", "Conflict",
                 "error_response", "ImportRefused", "ClickException", "NotReady", "PdfUnavailable",
                 "IncompleteExport", "ChoiceWouldReplace", "DataRequired", "InputRequired",
                 "FileRequired", "FileAllowed", "__init__"}
MESSAGE_ARGUMENT = {"error_response": 1, "NumberRange": 2}
#: sample values for the placeholders; anything else is filled with "Voorbeeld"
SAMPLES = {"count": 3, "limit": 200, "megabytes": 10, "minutes": 5, "max_portfolios": 5,
           "lines": "12.000", "max_lines": "10.000", "max_chars": "20.000", "added": 2,
           "updated": 1, "unchanged": 0, "skipped": 1, "annotation_id": 12,
           "question": "Vraag 3", "where": "Vraag 3", "ref": "regel 12",
           "reason": "Een leeg antwoord kan niet ter review worden aangeboden.",
           "blockers": "Vraag 3: er is nog geen antwoord gekozen",
           "damage": "er ontbreekt een onderdeel dat elk Word-document heeft",
           "what": "Dit antwoord", "number": "versienummer", "status": "Concept",
           "email": "a@gemeente.nl",
           "organisation": "Gemeente Utrecht", "filename": "annotatie.docx"}
ENGLISH = r"\b(the|please|error|invalid|failed|required|field|must|cannot|unknown|not found)\b"
INFORMAL = r"\b(je|jij|jou|jouw|jullie)\b"


def placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def filled(key: str) -> str:
    template = MESSAGES[key]
    return msg(key, **{name: SAMPLES.get(name, "Voorbeeld") for name in placeholders(template)})


def sentence_problems(text: str) -> list[str]:
    """Return what keeps `text` from being a full Dutch sentence (empty: nothing)."""
    problems = []
    text = text.strip()
    if not re.match(r"^[A-Z0-9À-Ý“‘'\"\[(]", text):
        problems.append("begint niet met een hoofdletter")
    if not re.search(r"[.?!]\)?$|[.?!]”$", text):
        problems.append("eindigt niet met een punt, vraagteken of uitroepteken")
    if "  " in text:
        problems.append("dubbele spatie")
    if re.search(r"\b\w+(Error|Exception)\b", text):
        problems.append("noemt een Python-fout")
    if "{" in text or "}" in text:
        problems.append("bevat een niet ingevulde plaats")
    if re.search(ENGLISH, text, re.IGNORECASE):
        problems.append("bevat Engels")
    if re.search(INFORMAL, text, re.IGNORECASE):
        problems.append("spreekt de gebruiker niet met u aan")
    return problems


def _modules():
    for package in ("app", "briefings"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path != CATALOGUE:
                yield path.relative_to(ROOT), ast.parse(path.read_text(), str(path))


def _name(call: ast.Call) -> str | None:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", None)


def _calls(name=None):
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (name is None or _name(node) == name):
                yield f"{path}:{node.lineno}", node


def _is_text(node, constants) -> bool:
    """Whether `node` is a text written in place: a literal, f-string, a join of those, or a
    module-level string constant."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left, constants) or _is_text(node.right, constants)
    return isinstance(node, ast.Name) and node.id in constants


def _message_arguments(call: ast.Call):
    name = _name(call)
    position = MESSAGE_ARGUMENT.get(name, 0)
    if name in MESSAGE_CALLS | set(MESSAGE_ARGUMENT) and len(call.args) > position:
        yield call.args[position]
    yield from (kw.value for kw in call.keywords if kw.arg == "message")


def _string_constants(tree) -> dict[str, str]:
    return {node.targets[0].id: node.value.value for node in tree.body
            if isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)}


def test_the_catalogue_holds_the_messages():
    assert len(MESSAGES) > 200
    assert MESSAGES["permission.annotation.read_drafts"] == (
        "U heeft geen rechten om concepten te bekijken.")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_a_full_sentence(key):
    assert sentence_problems(filled(key)) == []


def test_no_message_call_passes_its_own_text():
    """A message written where it is raised bypasses the catalogue and this read-through."""
    written = []
    for path, tree in _modules():
        constants = _string_constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                written += [f"{path}:{node.lineno}" for argument in _message_arguments(node)
                            if _is_text(argument, constants)]
    assert written == []


def test_every_validator_says_its_message_in_dutch():
    """A WTForms validator without a message shows WTForms' own (often English) text."""
    validators = {"DataRequired", "InputRequired", "Length", "Regexp", "NumberRange",
                  "FileRequired", "FileAllowed"}
    silent = [where for where, call in _calls() if _name(call) in validators
              and not list(_message_arguments(call)) and not any(
                  kw.arg == "message" for kw in call.keywords)]
    assert silent == []


def test_every_key_the_code_names_exists():
    literal = [(where, call.args[0].value) for where, call in _calls("msg")
               if call.args and isinstance(call.args[0], ast.Constant)]
    assert len(literal) > 150
    assert [(where, key) for where, key in literal if key not in MESSAGES] == []


def test_every_message_is_used():
    """A key counts as used when the code holds it as a string (in a call or a table)."""
    used = {node.value for _, tree in _modules() for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    used |= {f"permission.{action}" for action in MATRIX} | {f"http.{s}" for s in STATUSES}
    assert sorted(set(MESSAGES) - used) == []


def test_every_permission_and_error_page_has_its_message():
    assert [a for a in MATRIX if f"permission.{a}" not in MESSAGES] == []
    assert [s for s in STATUSES if f"http.{s}" not in MESSAGES] == []


def test_every_refusal_uses_om_te_with_each_verb():
    """"geen rechten om concepten bekijken" misses "te"; with "of", each verb needs it."""
    for key, text in MESSAGES.items():
        if match := re.fullmatch(r"U heeft geen rechten om (.+)\.", text):
            for part in re.split(r"\s+of\s+", match[1]):
                assert re.search(r"\bte \w+$", part), (key, text)


def test_does_not_exist_subjects_are_singular():
    """"Deze persvragen bestaat niet" mismatches: the subjects take the singular "bestaat"."""
    for where, call in _calls("found"):
        if len(call.args) == 2 and isinstance(call.args[1], ast.Constant):
            subject = call.args[1].value
            assert re.match(r"^(Deze|Dit) \w[\w-]*$", subject), (where, subject)
            assert not subject.endswith("en"), (where, subject)


def test_the_checker_catches_the_mistakes_seen_before():
    assert sentence_problems("ontbreekt nog 1 punt") != []
    assert sentence_problems("Bestand onleesbaar (XMLSyntaxError).") == ["noemt een Python-fout"]
    assert sentence_problems("Vraag {number} is toegevoegd.") == [
        "bevat een niet ingevulde plaats"]
    assert sentence_problems("This field is required.") == ["bevat Engels"]
    assert sentence_problems("Vul je wachtwoord in.") == ["spreekt de gebruiker niet met u aan"]
    assert sentence_problems("Het antwoord is gekozen.") == []


def test_the_scan_finds_a_message_written_in_place():
    tree = ast.parse('flash(f"Vraag {n} is toegevoegd.")\nraise ValidationError(HINT)\n'
                     'Length(max=5, message="Te lang.")\nsaved(msg("form.te_veel_tekens"), "x")')
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    written = [node.lineno for node in calls for argument in _message_arguments(node)
               if _is_text(argument, {"HINT": "Schrijf een datum."})]
    assert sorted(written) == [1, 2, 3]
