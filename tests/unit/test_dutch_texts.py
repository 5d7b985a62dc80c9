"""Every Dutch message the code gives a user reads as a full, grammatical sentence.

The messages live where they are raised; this test reads all of them (flash messages, domain
errors, error pages, permission refusals, "does not exist" subjects), so a new one is checked
without being listed here.
"""

import ast
import re
from pathlib import Path

from app.errors import MESSAGES as HTTP_MESSAGES
from briefings.permissions import MATRIX

ROOT = Path(__file__).resolve().parents[2]
#: callables whose first argument is a message shown to the user
MESSAGE_CALLS = {"flash", "ValidationError", "NotFound", "PermissionDenied", "Conflict",
                 "error_response", "ImportRefused", "ClickException", "NotReady"}
SLOT = "X"


def _text(node) -> str | None:
    """Return a string literal, f-string (slots as X) or concatenation of those."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else SLOT for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _calls():
    for package in ("app", "briefings"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Call):
                    yield path.relative_to(ROOT), node


def _messages() -> list[tuple[str, str]]:
    found = []
    for path, node in _calls():
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name in MESSAGE_CALLS and node.args and (text := _text(node.args[0])):
            found.append((f"{path}:{node.lineno}", text))
    found += [(f"HTTP {code}", text) for code, text in HTTP_MESSAGES.items()]
    found += [(f"recht {action}", f"U heeft geen rechten om {what}.")
              for action, (_, what) in MATRIX.items()]
    return found


def _not_found_subjects() -> list[tuple[str, str]]:
    subjects = []
    for path, node in _calls():
        if getattr(node.func, "id", None) == "found" and len(node.args) == 2:
            subject = _text(node.args[1])
            if subject:
                subjects.append((f"{path}:{node.lineno}", subject))
    return subjects


def sentence_problems(text: str) -> list[str]:
    """Return what keeps `text` from being a full Dutch sentence (empty: nothing)."""
    problems = []
    text = text.strip()
    if not re.match(r"^[A-Z0-9À-Ý“‘'\"\[(]|^X", text):
        problems.append("begint niet met een hoofdletter")
    # "Vraag 3: X" or "… datum. X" end in another message or sentence constant.
    if not re.search(r"[.?!]\)?$|[.?!]”$|: X$|[.?!] X$", text):
        problems.append("eindigt niet met een punt, vraagteken of uitroepteken")
    if "  " in text:
        problems.append("dubbele spatie")
    if re.search(r"\b\w+(Error|Exception)\b", text):
        problems.append("noemt een Python-fout")
    return problems


def test_the_collection_finds_the_messages():
    messages = dict(_messages())
    assert len(messages) > 100
    assert "U heeft geen rechten om concepten te bekijken." in messages.values()


def test_every_user_facing_message_is_a_full_sentence():
    wrong = [(where, text, problems) for where, text in _messages()
             if (problems := sentence_problems(text))]
    assert wrong == []


def test_every_refusal_uses_om_te_with_each_verb():
    """"geen rechten om concepten bekijken" misses "te"; with "of", each verb needs it."""
    for action, (_, what) in MATRIX.items():
        for part in re.split(r"\s+of\s+", what):
            assert re.search(r"\bte \w+$", part), (action, what)


def test_does_not_exist_subjects_are_singular():
    """"Deze persvragen bestaat niet" mismatches: the subjects take the singular "bestaat"."""
    for where, subject in _not_found_subjects():
        assert re.match(r"^(Deze|Dit) \w[\w-]*$", subject), (where, subject)
        assert not subject.endswith("en"), (where, subject)


def test_the_checker_catches_the_mistakes_seen_before():
    assert sentence_problems("ontbreekt nog 1 punt") != []
    assert sentence_problems("Bestand onleesbaar (XMLSyntaxError).") == ["noemt een Python-fout"]
    assert sentence_problems("Het antwoord is gekozen.") == []
