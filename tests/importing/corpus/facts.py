"""Score the importer on the labelled corpus: facts a careful reader sees, found or not.

Every document is read twice: as the .txt and as a real Word file built from it
(tests/importing/docbuilder.py: Word list numbering, heading and bold label styles, Word
comments and highlights for [[remarks]], tracked deletions for ~~text~~).
"""

from dataclasses import dataclass, field
from pathlib import Path

from briefings.errors import ValidationError
from briefings.importing import parse_document
from tests.importing.corpus.labels import DOCUMENTS
from tests.importing.docbuilder import docx_from_corpus_text

FOLDER = Path(__file__).resolve().parent / "documents"
KINDS = ("txt", "docx")


@dataclass
class Score:
    found: int = 0
    total: int = 0
    documents: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.found / self.total if self.total else 0.0

    def check(self, where: str, what: str, ok: bool) -> None:
        self.total += 1
        if ok:
            self.found += 1
        else:
            self.missed.append(f"{where}: {what}")


def read(name: str, kind: str) -> dict:
    """The parsed document; a refused one as an empty document that says so."""
    try:
        return _parse(name, kind)
    except ValidationError as refused:
        return {"questions": [], "warnings": [f"geweigerd: {refused.message}"]}


def _parse(name: str, kind: str) -> dict:
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    if kind == "txt":
        return parse_document(f"{name}.txt", text.encode("utf-8"))
    return parse_document(f"{name}.docx", docx_from_corpus_text(text))


def score_document(name: str, document: dict, score: Score, where: str) -> None:
    labels = DOCUMENTS[name]
    score.documents += 1
    for key, value in labels["header"].items():
        score.check(where, f"kop {key} = {value!r}", document.get(key) == value)
    questions = document["questions"]
    expected = labels["questions"]
    score.check(where, f"{len(expected)} vragen (gevonden {len(questions)})",
                len(questions) == len(expected))
    for index, fact in enumerate(expected):
        found = questions[index] if index < len(questions) else None
        _question(score, f"{where} vraag #{index + 1}", fact, found)
    for index, pieces in labels.get("questions_contain", {}).items():
        for piece in pieces:
            score.check(where, f"vraag #{index + 1} bevat {piece!r}",
                        index < len(questions) and piece in questions[index]["text"])
    for index, pieces in labels.get("questions_absent", {}).items():
        for piece in pieces:
            score.check(where, f"vraag #{index + 1} zonder {piece!r}",
                        index < len(questions) and piece not in questions[index]["text"])
    answers = [_answer_text(q) for q in questions]
    for index, pieces in labels.get("answers_contain", {}).items():
        for piece in pieces:
            score.check(where, f"antwoord #{index + 1} bevat {piece!r}",
                        index < len(answers) and piece in answers[index])
    for index, pieces in labels.get("answers_absent", {}).items():
        for piece in pieces:
            score.check(where, f"antwoord #{index + 1} zonder {piece!r}",
                        index < len(answers) and piece not in answers[index])
    for piece in labels["warnings"]:
        score.check(where, f"waarschuwing over {piece!r}",
                    any(piece in warning for warning in document["warnings"]))
    if not labels["warnings"]:
        score.check(where, f"geen waarschuwingen ({document['warnings']})",
                    not document["warnings"])


def _question(score: Score, where: str, fact: dict, found: dict | None) -> None:
    asker = (found or {}).get("asker") or {}
    checks = [("nummer", fact["number"], lambda: found["number"]),
              ("tekst", fact["text"], lambda: found["text"][:len(fact["text"])]),
              ("vragensteller", fact["asker"], lambda: asker.get("name")),
              ("partij", fact["party"], lambda: asker.get("party")),
              ("varianten", fact["variants"], lambda: len(found["variants"]))]
    for what, value, actual in checks:
        if value is None and what not in ("nummer",):
            continue
        score.check(where, f"{what} {value!r}", found is not None and actual() == value)
    if fact["answer"] is not None:
        score.check(where, f"antwoord bevat {fact['answer']!r}",
                    found is not None and fact["answer"] in _answer_text(found))
    if fact["comments"] is not None:
        comments = sum(len(v.get("comments", [])) for v in (found or {}).get("variants", []))
        score.check(where, f"{fact['comments']} opmerking(en)",
                    found is not None and comments == fact["comments"])


def _answer_text(question: dict) -> str:
    return "\n\n".join(v["markdown"] + "\n" + (v["explanation"] or "")
                       for v in question["variants"])


def corpus_score(names=None, kinds=KINDS) -> Score:
    score = Score()
    for name in names or DOCUMENTS:
        for kind in kinds:
            score_document(name, read(name, kind), score, f"{name}.{kind}")
    return score


if __name__ == "__main__":
    result = corpus_score()
    print(f"{result.found}/{result.total} feiten ({100 * result.ratio:.1f}%) over "
          f"{result.documents} documenten")
    for line in result.missed:
        print("  gemist:", line)
