"""Find promises (toezeggingen) in answer and section texts, to offer them as suggestions.

A promise is recognised by its parts, not by a list of phrases:

- a **promising verb** with someone who can promise: "ik zeg toe", "De wethouder zegt de
  commissie, na vragen van …, toe om …" (the particle far from the verb), "dat wil ik wel
  toezeggen", "Ik heb hen toegezegd dat …"; or
- a **future delivery** to the council: someone of the speaking side (ik, wij, het college, de
  wethouder, a title with a name, …) sends, informs, presents, comes back to, looks into or
  takes along something ("Wij sturen u in het najaar een evaluatie", "Ik kom daar op terug"),
  the council receives or may expect something ("de raad kan het plan na de zomer
  tegemoetzien", "ontvangt u"), or something to deliver follows ("In het voorjaar volgt een
  brief", "wordt de raad geïnformeerd").

Not promises: questions ("Kunt u toezeggen …?"), requests ("De commissie verzoekt …"), what
happened ("is … geïnformeerd", "hebben … ontvangen"), what would have happened ("zou komen"),
promises reported as kept ("is daarmee voldaan", "die is inmiddels ingesteld"), plans of
others ("De ombudsman zal het rapport publiceren") and a bare "zal" ("Ook dit zal tijd
vragen"). One sentence may hold several promises ("… sturen en dat ik in het najaar terugkom
op de kosten"): each is offered on its own. A person always confirms; this only proposes.
"""

import functools
import re
from typing import NamedTuple

from briefings.commitments.periods import find_due_text
from briefings.commitments.sentences import clauses, sentences


class CommitmentCue(NamedTuple):
    sentence: str
    due_text: str | None
    #: the promise itself: the whole sentence, or its clause when the sentence holds several
    promise: str


def _words(*alternatives: str) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


_I = re.I
#: who can promise: the speaker, or a bestuurder named by title (never "een wethouder")
_SPEAKER = re.compile(
    r"\b(?:ik|wij|we|hij|zij)\b|" + "".join(
        rf"(?<!\b{word}\s)" for word in ("een", "naar", "door", "aan", "van", "voor", "met",
                                          "bij", "tot", "over", "het", "de"))
    + r"\b(?:het\s+|de\s+)?(?:college|kabinet|regering"
    r"|wethouder|burgemeester|minister|staatssecretaris|gedeputeerde|portefeuillehouder)\b"
    # "Het streven is om de nota … voor te leggen": the speaking side's aim, no one else's
    r"|^\s*(?:ons|mijn|het)\s+streven\s+is\b", _I)
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we)\b", _I)
_RECEIVER = re.compile(_words(r"u", r"uw\s+(?:kamer|raad|commissie)", r"(?:gemeente)?raad",
                              r"commissie", r"kamers?", r"provinciale\s+staten", r"staten",
                              r"fracties", r"leden"), _I)
_DELIVERABLE = re.compile(
    r"\b\w*(?:brief|evaluatie|voorstel|notitie|nota|rapportage|rapport|memo|reactie|overzicht"
    r"|onderzoek|plan|informatie|antwoorden|antwoord|beantwoording|uitwerking|update|analyse"
    r"|advies|visie|verordening|programma|planning|lijst|cijfers|monitor|prognose|versie|schets"
    r"|vooruitblik)\b", _I)

_PROMISING_VERB = re.compile(
    r"\b(?:zeg(?:t|gen)?|zei|zeiden|zegde|zegden)\b[^.;?]{0,300}?\btoe\b(?!\s+te\b)"
    r"|\btoe(?:zeggen|zegt|zeg)\b|\btoe\s+te\s+zeggen\b|\bbelo(?:of|oft|ven|ofde|ofden)\b"
    r"|\bte\s+beloven\b"
    r"|\b(?:ben|is|zijn)\s+(?:\w+\s+){0,2}bereid\b", _I)
_PROMISED = re.compile(r"\b(?:heb|hebt|heeft|hebben)\b[^.;?]*\btoegezegd\b"
                       r"|\btoegezegd\b[^.;?]*\b(?:heb|hebt|heeft|hebben)\b", _I)
_PROMISES_MADE = re.compile(r"\btoezegging(?:en)?\s+(?:gedaan|doe|doen)\b"
                            r"|\b(?:doe|doen)\b[^.;?]*\btoezegging", _I)

#: delivery verbs, finite or infinitive (participles only count in the passive, below)
_ACTIONS = {
    "send": r"\bstuurt?\b|\b(?:toe|op|door|na)?sturen\b|\b(?:toe)?zend(?:t|en)?\b"
            r"|\b(?:doen|laten)\s+toekomen\b",
    "inform": r"\binformeert?\b|\binformeren\b|\brapporteert?\b|\brapporteren\b|\bberichten\b"
              r"|\bterugkoppel(?:t|en)?\b|\bkoppel(?:t|en)?\b[^.;?]*\bterug\b"
              r"|\bbeantwoord(?:t|en)\b(?![^.;?]*\bals\s+volgt\b)"
              # "de reden met de raad delen", not "wij delen de zorg van de raad"
              r"|\bmet\s+(?:de\s+|uw\s+)?(?:gemeente)?(?:raad|commissie|kamer|staten|fracties|u)\b"
              r"[^.;?]*\b(?:delen|deelt|deel)\b"
              r"|\b(?:delen|deelt|deel)\b[^.;?]*\bmet\s+(?:de\s+|uw\s+)?(?:gemeente)?(?:raad"
              r"|commissie|kamer|staten|fracties|u)\b",
    "present": r"\bleg(?:t|gen)?\b[^.;?]*\bvoor\s*(?:$|[,.;:]|\baan\b)|\bvoor(?:leggen|legt)\b"
               r"|\bvoor\s+te\s+leggen\b"
               r"|\bbied(?:t|en)?\b[^.;?]*\baan\b|\baanbieden\b|\bagender(?:en|t)?\b",
}
#: a separable particle ends its clause or opens an indirect question ("gaat na of …")
_CLAUSE_END = r"(?=\s+(?:of|hoe|wat|welke|waarom|wanneer|wie|waar)\b|\s*[,.;:]|\s*$)"
_SELF_ACTIONS = re.compile(  # promises by their subject alone: to return, look into, inform
    r"\bkom(?:t|en)?\b[^.;?]*\bterug\b|\bterug(?:kom|komt|komen)\b|\bterug\s+te\s+komen\b"
    r"|\bop\s+de\s+hoogte\s+(?:houd|houdt|houden|stel|stelt|stellen)\b"
    r"|\b(?:houd|houdt|houden|stel|stelt|stellen)\b[^.;?]*\bop\s+de\s+hoogte\b"
    r"|\b(?:laat|laten)\b[^.;?]*\bweten\b|\bzoek(?:t|en)?\b[^.;?]*\buit\b" + _CLAUSE_END +
    r"|\buitzoeken\b"
    r"|\buitzoek\b|\bga(?:at|an)?\b[^.;?]*\bna\b" + _CLAUSE_END + r"|\bnagaan\b|\bna\s+te\s+gaan\b"
    r"|\bvra(?:ag|agt|gen)\b[^.;?]*\bna\b" + _CLAUSE_END + r"|\bnavragen\b|\bna\s+te\s+vragen\b"
    r"|\bneem(?:t)?\b[^.;?]*\bmee\b|\bnemen\b[^.;?]*\bmee\b|\bmeenemen\b"
    r"|\bin\s+overleg\s+(?:gaan|treden)\b|\b(?:wil|willen|ga|gaat|gaan|zal|zullen)\b[^.;?]*"
    r"\bin\s+overleg\b(?!\s+met\b[^.;?]*,)"
    r"|\b(?:zal|zullen|ga|gaat|gaan|streef|streeft|streven)\b[^.;?]*\bte\s+beantwoorden\b"
    r"|\bzorg(?:t|en)?\s+(?:er\s*)?(?:voor\s+)?dat\b|\b(?:zal|zullen|ga|gaat|gaan|laat|laten)\b"
    r"[^.;?]*\bonderzoeken\b"
    r"|\bin\s+(?:beeld|kaart)(?:\s+\w+){0,2}?\s+breng\w*\b|\bbreng\w*\b[^.;?]*\bin\s+(?:beeld|kaart)\b",
    _I)
_COMES_WITH = re.compile(r"\bkom(?:t|en)?\b[^.;?]*\bmet\b|\bmet\b[^.;?]*\bte\s+komen\b", _I)
#: "Daar willen we een schets van geven": giving counts only with something to deliver
_GIVES = re.compile(r"\b(?:geef|geeft|geven)\b(?![^.;?]*\baan\b)", _I)
#: "opdat wij dat debat kunnen hebben" says what for: its "kunnen" makes nothing a possibility
#: ("zodat" not: "wordt aangeboden, zodat Statenleden kunnen zien" describes a procedure)
_PURPOSE = re.compile(r"\bopdat\b.*", _I)
_ARRIVES = re.compile(r"(?<!\bte\s)\b(?:volgt|volgen|komt|komen|verschijnt|verschijnen|plaatsvinden"
                      r"|plaatsvindt|vindt\s+\w+\s+plaats)\b", _I)
#: "Deze ligt na de zomer ter bespreking bij u voor": put before the council, when is said
_LIES_BEFORE = re.compile(r"\b(?:ligt|liggen)\b[^.;?]*\bter\s+(?:bespreking|besluitvorming"
                          r"|behandeling|vaststelling|kennisname|informatie)\b[^.;?]*\bvoor\b", _I)
_RECEIVES = re.compile(r"\b(?:ontvangt|ontvangen|krijgt|krijgen)\b", _I)
_EXPECTS = re.compile(r"\b(?:kunt|kan|mag|mogen|kunnen)\b[^.;?]*\b(?:verwachten|tegemoetzien"
                      r"|tegemoet\s+zien)\b|\btegemoet(?:zien|\s+zien)\b", _I)
_PARTICIPLES = (
    r"(?:geïnformeerd|geinformeerd|voorgelegd|(?:toe)?gestuurd|(?:toe)?gezonden|aangeboden"
    r"|geagendeerd|gerapporteerd|teruggekoppeld|meegenomen|uiteengezet|ingesteld|betrokken"
    r"|opgeleverd|uitgewerkt|geëvalueerd|onderzocht|toegelicht|verstuurd|verzonden|voorgehangen"
    r"|gedeeld|verstrekt|opgesteld|uitvoering\s+gegeven|(?:op)?gestart|ingevoerd)")
_PASSIVE = re.compile(rf"\b(?:wordt|worden)\b[^.;?]*\b{_PARTICIPLES}\b"
                      r"|\bmededeling\b[^.;?]*\b(?:wordt|worden)\s+gedaan\b"
                      rf"|\b{_PARTICIPLES}\s+(?:\w+\s+)?worden\b"
                      # "wordt in het overzicht opgenomen" tells where things go; "zal" promises
                      r"|\b(?:zal|zullen)\b[^.;?]*\b(?:worden\s+opgenomen|opgenomen\s+worden)\b",
                      _I)
#: a passive in the present is a habit ("de raad wordt geïnformeerd door …") unless it says
#: when, or about what ("hierover", a document)
_PASSIVE_ANCHOR = re.compile(r"\b(?:zal|zullen|binnenkort)\b|\bop\s+korte\s+termijn\b"
                             r"|\b(?:hier|daar)(?:over|bij|in|mee|naar)\b", _I)
#: a habit, a possibility or a duty describes how things go, it promises nothing
_HABIT = re.compile(r"\b(?:vooral|doorgaans|meestal|gewoonlijk|in\s+de\s+regel|op\s+de\s+eerste"
                    r"\s+plaats|telkens|standaard)\b", _I)
#: "worden vervolgens … gestuurd": a step of a procedure, told in the passive
_STEP = re.compile(r"\bvervolgens\b", _I)
_MAY_OR_MUST = re.compile(r"(?<!\bte\s)\b(?:kan|kunnen|moet|moeten)\b", _I)
_FUTURE = re.compile(r"\b(?:zal|zullen|gaat|gaan)\b(?<!\bte\sgaan)", _I)
#: what was done: an auxiliary with a participle ("is … gestart", "heeft … ontvangen")
_PAST = re.compile(r"\b(?:is|zijn|ben|was|waren|werd|werden|heb|hebt|heeft|hebben|had|hadden)\b"
                   r"[^.;?]*\b(?:(?!geeft\b)\w*ge\w{2,}[dt]|\w*ge(?:boden|geven|daan|nomen"
                   r"|kregen|bleven|komen|schreven|sproken|vonden)|ontvangen|verstuurd|verzonden|besproken"
                   r"|onderzocht|besloten|bekeken|gepubliceerd|ontstaan|verschenen)\b"
                   r"|\b(?:heb|hebt|heeft|hebben|had|hadden)\b[^.;?]*\blaten\s+\w+", _I)
_STILL_TO_COME = re.compile(r"\b(?:zal|zullen|wordt|worden|gaat|gaan)\b", _I)
#: an indirect question says what will be looked into, not what the sentence itself did
_INDIRECT = re.compile(r"\b(?:hoe(?:veel)?|of|wat|welke|waarom|wie|waar|wanneer)\b"
                       r"[^,;]*?(?=\s+en\s|[,;]|$)", _I)

_QUESTION = re.compile(r"\?\s*$")
_REQUEST = re.compile(r"\bverzoek(?:t|en)\b|\bvraagt\b(?!\s+(?:\w+\s+){0,3}?na\b(?!\s+te\b))"
                      r"|\b(?:wil|wilt|willen)\s+dat\b|\b(?:heeft|hebben|had|hadden)\b[^.;?]*\bverzocht\b"
                      r"|\b(?:ben|is|zijn|wordt|worden)\s+(?:\w+\s+){0,8}(?:verzocht|gevraagd)\b"
                      r"|\bdraagt\b[^.;?]*\bop\b"
                      # "ik denk dat het belangrijk is dat de minister toezegt": asks for one
                      r"|\b(?:belangrijk|wenselijk|nodig|graag|hoop|hopen)\b[^.;?]*\bdat\b"
                      r"[^.;?]*\btoe(?:zegt|zeggen)\b", _I)
_WOULD = re.compile(r"\bzou(?:den)?\b", _I)
_HAD = re.compile(r"\b(?:heb|hebt|heeft|hebben|had|hadden)\b", _I)
_KEPT = re.compile(
    r"\b(?:is|zijn|was|waren)\b(?:\s+\w+){0,3}?\s+(?:voldaan|afgedaan|afgehandeld|nagekomen"
    r"|afgerond)\b|\b(?:is|zijn)\b(?:\s+\w+){0,6}?\s+gebeurd\b|\bals\s+(?:deels\s+)?(?:voldaan|afgedaan)\b|\binmiddels\b(?:\s+\w+){0,4}?\s+\w*ge\w+[dt]\b|\baan\s+(?:deze|de|die)\s+"
    r"toezegging\s+(?:is\s+)?voldaan\b", _I)
#: "Met deze brief informeer ik u …" delivers now; it promises nothing
_PERFORMATIVE = re.compile(
    r"^\s*(?:(?:met|in)\s+(?:deze|dit)\s+(?:brief|memorie|nota|notitie|reactie|stuk|bericht)"
    r"|hierbij|bij\s+dezen?|hieronder|hierna|bijgaand)\b|\bhiermee\s+aanbied", _I)
_WILL = re.compile(r"\b(?:zal|zullen)\b", _I)
_HEDGE = re.compile(r"\b(?:mogelijk|misschien|wellicht)\b", _I)
#: "deel ik u mee dat de beantwoording zal worden vertraagd" announces a delay, not a delivery
_DELAY = re.compile(r"\b(?:vertraagd|uitgesteld|verdaagd)\b", _I)
#: "zodra het onderzoek is afgerond" says when a promise is due, not that it was kept
_WHEN = re.compile(r"\b(?:zodra|wanneer|nadat|indien|mocht)\b[^,;]*", _I)
_NOT = re.compile(r"\b(?:geen|niet|nooit)\b(?!\s+(?:alleen|later)\b)", _I)
#: a leading "Zodra het rapport is vastgesteld," says when, not what happened
_LEAD_CLAUSE = re.compile(r"^\s*(?:zodra|als|wanneer|nadat|mocht|indien)\b[^,]*,", _I)
#: "Als de wethouder dit toezegt, trekken wij het amendement in" bargains for a promise
_CONDITION = re.compile(r"^\s*(?:als|mocht|indien)\b[^,]*,", _I)
#: "Omdat de wethouder dit niet paraat heeft, gaat hij dit navragen": a reason, not a refusal
_REASON = re.compile(r"^\s*(?:omdat|doordat|aangezien)\b[^,]*,", _I)


def find_commitments(text: str | None) -> list[CommitmentCue]:
    """Return the promises in `text` (Markdown), in order, each with its due phrase."""
    return list(_cues(text or ""))


# An import reads each text twice (the parsed document lists its promises, the save offers
# them as suggestions): the second read is a cache hit.
@functools.lru_cache(maxsize=4096)
def _cues(text: str) -> tuple[CommitmentCue, ...]:
    cues = []
    for sentence in sentences(text):
        for promise in promises_in(sentence):
            cues.append(CommitmentCue(sentence, find_due_text(promise)
                                      or (find_due_text(sentence) if promise == sentence
                                          else None), promise))
    return tuple(cues)


def promises_in(sentence: str) -> list[str]:
    """Return the promises of one sentence: [sentence], its promising clauses, or []."""
    if _QUESTION.search(sentence) or _KEPT.search(_WHEN.sub("", sentence)):
        return []
    parts = clauses(sentence)
    # "… heeft ontvangen waarin staat dat X en dat Y": a "dat" part leans on the clause before
    found = [part for part in parts if _is_promise(
        part if not part.lower().startswith("dat ") else f"{parts[0]} {part}")
    ] if len(parts) > 1 else []
    if len(found) > 1:
        return found
    return [sentence] if found or _is_promise(sentence) else []


def _is_promise(clause: str) -> bool:
    condition = _CONDITION.match(clause)
    if _REQUEST.search(clause) or (condition and _PROMISING_VERB.search(condition.group())):
        return False
    if _PERFORMATIVE.search(clause) and not _WILL.search(clause):
        return False
    if _DELAY.search(clause) and not find_due_text(clause):
        return False
    would = _WOULD.search(clause)
    if _promising_verb(clause, before=would.start() if would else None):
        return True
    if would:
        return False
    clause = _REASON.sub("", clause)
    return not _NOT.search(_WHEN.sub("", _LEAD_CLAUSE.sub("", clause))) and _future_delivery(clause)


def _promising_verb(clause: str, before: int | None = None) -> bool:
    """Whether someone of the speaking side promises; with `before`, only a promising verb
    before that point counts ("zegde toe dat hij … zou informeren" reports a promise, "zou
    toezeggen" makes none)."""
    if not _SPEAKER.search(clause):
        return False
    verb = _PROMISING_VERB.search(clause) or _PROMISED.search(clause)
    if before is not None and (not verb or verb.start() > before):
        return False
    if verb:
        # "Dat kan ik niet toezeggen" refuses; "zegt toe … niet in werking te laten treden" promises
        return not _NOT.search(clause[:verb.end()])
    return bool(_PROMISES_MADE.search(clause) and _FIRST_PERSON.search(clause))


def _hedged(clause: str) -> bool:
    """Whether the clause only says something may happen ("Ik kom daar mogelijk op terug");
    "zo snel mogelijk" says when, it hedges nothing."""
    return any(not re.search(r"\bzo\s+\w+\s+$", clause[:m.start()], _I)
               for m in _HEDGE.finditer(clause))


def _future_delivery(whole: str) -> bool:
    clause = _LEAD_CLAUSE.sub("", whole)
    if _hedged(clause):
        return False
    main = _INDIRECT.sub("", clause)
    if _PAST.search(main) and not _STILL_TO_COME.search(clause):
        return False
    speaker, receiver = _SPEAKER.search(clause), _RECEIVER.search(clause)
    deliverable = _DELIVERABLE.search(clause)
    if receiver and _EXPECTS.search(clause):
        return True
    if _HABIT.search(clause) or (_MAY_OR_MUST.search(_PURPOSE.sub("", main))
                                 and not _FUTURE.search(main)):
        return False
    if speaker and (receiver or deliverable) and any(
            re.search(pattern, clause, _I) for pattern in _ACTIONS.values()):
        return True
    if speaker and (_SELF_ACTIONS.search(clause)
                    or (deliverable and (_COMES_WITH.search(clause) or _GIVES.search(clause)))):
        return True
    if _PASSIVE.search(clause) and not _HAD.search(clause) and not _STEP.search(clause) and (
            deliverable or _PASSIVE_ANCHOR.search(clause) or find_due_text(whole)
            or _LEAD_CLAUSE.search(whole)):
        return True
    # "In het voorjaar volgt een brief", but "De ombudsman komt met een rapport" is another's
    if _DELIVERABLE.search(main) and _ARRIVES.search(main) and (
            speaker or not _COMES_WITH.search(main)):
        return True
    if receiver and _LIES_BEFORE.search(clause) and (find_due_text(whole)
                                                      or _FUTURE.search(clause)):
        return True
    if receiver and _RECEIVES.search(clause) and not _HAD.search(clause):
        return True
    return bool(_FUTURE.search(main) and _DELIVERABLE.search(main) and (speaker or receiver))
