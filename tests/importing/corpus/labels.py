"""What a careful reader sees in each corpus document: the labelled facts.

Per document: its layout family, where its shape comes from, header fields, the questions in
order (number, start of the text, asker and party, variant count, a piece of the answer,
comments) and warnings that must be given (pieces of their text). A fact the importer gets
right counts 1; `facts.py` scores them.
"""

TK_REKENKAMER = ("https://zoek.officielebekendmakingen.nl/dossier/kst-31235-3.html")
TK_RIJKSUITGAVEN = ("https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?"
                    "did=2022D35259&id=2022D35259")


def q(number, text, *, asker=None, party=None, variants=1, answer=None, comments=None):
    return {"number": number, "text": text, "asker": asker, "party": party,
            "variants": variants, "answer": answer, "comments": comments}


DOCUMENTS = {
    "labelled-vraag-nummer": {
        "family": "1 gelabeld",
        "shape": "beantwoording schriftelijke vragen van een gemeente (Gemeenteblad-vorm)",
        "header": {"title": "Wachttijden Wmo-voorzieningen",
                   "registration_number": "Z/23/045871"},
        "questions": [
            q("1", "Hoeveel inwoners wachten", asker="Bakker", party="D66",
              answer="142 inwoners langer dan acht weken"),
            q("2", "Wat is de oorzaak", asker="Bakker", answer="tekort aan Wmo-consulenten"),
            q("3", "Is het college bereid", asker="Bakker", answer="elke vier weken een brief"),
            q("4", "Wanneer verwacht het college", asker="Bakker",
              answer="in het vierde kwartaal van 2023"),
        ],
        "warnings": [],
    },
    "tk-lijst-antwoord-op-vraag": {
        "family": "1 gelabeld / 5 officiële kop",
        "shape": TK_RIJKSUITGAVEN,
        "header": {"title": "Verbetering verantwoording en begroting",
                   "registration_number": "31 865, nr. 214"},
        "answers_contain": {0: ["nog geen cijfers bekend"]},
        "questions": [
            q("1", "Tot op welk niveau zijn er cijfers", asker="Vaste commissie voor Rijksuitgaven",
              answer="tweemaal per jaar een update"),
            # the same answer after the page break: one variant, not two
            q("2", "Welke begrotingen worden", answer="eerste suppletoire begroting"),
            q("3", "Hoeveel amendementen", answer="9 zijn aangenomen"),
        ],
        "warnings": [],
    },
    "kale-nummers-antwoord-vraag": {
        "family": "1 gelabeld ('1.' alleen op een regel)",
        "shape": "raadsvragen van een fractie, nummer op een eigen regel",
        "header": {"title": "Zwerfafval Stadspark"},
        "questions": [
            q("1", "Hoeveel meldingen over zwerfafval", asker="Fractie ChristenUnie",
              party="ChristenUnie", answer="64 meldingen"),
            q("2", "Overweegt het college extra afvalbakken", party="ChristenUnie",
              answer="tien extra afvalbakken"),
            q("3", "Kan het college aangeven", answer="€ 18.000 per zomer"),
        ],
        "warnings": [],
    },
    "gedeelde-antwoorden": {
        "family": "2 één antwoord voor meer vragen",
        "shape": "schriftelijke vragen met 'Antwoord op de vragen 3 en 4'",
        "header": {},
        "questions": [
            q("1", "Hoeveel openbare laadpalen", asker="Visser", party="GroenLinks",
              answer="312 openbare laadpalen"),
            q("2", "Hoeveel aanvragen", answer="58 aanvragen"),
            q("3", "Hoe lang duurt het", answer="Gemiddeld duurt het 26 weken"),
            q("4", "Is dat langer", answer="Zie het antwoord op vraag 3."),
            q("5", "Wie bepaalt de locatie", answer="na een verkeersbesluit"),
            q("6", "Kunnen bewoners bezwaar", answer="Zie het antwoord op vraag 5."),
            q("7", "Hoeveel bezwaren", answer="Zie het antwoord op vraag 5."),
        ],
        "warnings": [],
    },
    "fracties-en-leden": {
        "family": "3 vragenstellers als fractie",
        "shape": "technische vragen bij een kadernota, nummering per vragensteller",
        "header": {},
        "questions": [
            q("1", "Welk deel van de onderuitputting", asker="Fractie GroenLinks",
              party="GroenLinks", answer="2,1 miljoen euro"),
            q("2", "Worden de vacatures", party="GroenLinks", answer="eerste halfjaar"),
            q("1", "Waarom stijgen de kosten", asker="De Jong", party="CDA",
              answer="9 procent gestegen"),
            q("1", "Hoe groot is de algemene reserve", asker="Fractie VVD", party="VVD",
              answer="23,5 miljoen euro"),
            q("2", "Welk weerstandsvermogen", party="VVD", answer="minimaal 1,4"),
        ],
        "warnings": [],
    },
    "technische-vragen-partijen": {
        "family": "3 vragenstellers: partijen, twee partijen, lijst, commissie",
        "shape": "vragen en antwoorden van een commissie met blokken per partij",
        "header": {},
        "questions": [
            q("1", "Hoeveel handhavers", party="PvdA", answer="zes handhavers"),
            q("2", "Is dat genoeg?", party="PvdA", answer="niet altijd"),
            q("1", "Hoeveel klachten over vuurwerk", party="SP / PvdD", answer="212 klachten"),
            q("3", "Wat kost de inzet", asker="Jansen", party="lijst Jansen",
              answer="46.000 euro"),
            q("1", "Wanneer komt het nieuwe parkeerbeleid", asker="Commissie Ruimte",
              answer="in juni naar de raad"),
        ],
        "warnings": [],
    },
    "ongelabeld-open-vragen": {
        "family": "4 ongelabeld, vragen zonder antwoord",
        "shape": "annotatie met antwoorden zonder label en open vragen",
        "header": {"portfolio_holder": "wethouder De Boer"},
        "questions": [
            q("1", "Hoeveel kinderen staan", asker="Yilmaz", party="Denk",
              answer="halveert"),
            q("2", "Hoeveel pedagogisch medewerkers", answer="negen zijn er al aangenomen"),
            q("3", "Wordt de ouderbijdrage", variants=0),
            q(None, "Waarom is er niet eerder", answer="pas in 2023 beschikbaar"),
            q(None, "Komen er ook extra plaatsen", variants=0),
        ],
        "warnings": ["vraag 3: nog geen antwoord", "Komen er ook extra plaatsen"],
    },
    "tk-vastgesteld-kale-nummers": {
        "family": "5 officiële kop en ondertekening, kale nummers",
        "shape": TK_REKENKAMER,
        "header": {"title": "Leren van parlementair onderzoek",
                   "registration_number": "31 235, nr. 3"},
        "questions": [
            q("1", "Welke lessen kan het parlement", asker="Commissie voor de Rijksuitgaven",
              answer="Het is aan het parlement zelf"),
            q("2", "Heeft de Tweede Kamer", answer="informeert u separaat"),
            q("3", "Wat zou er anders", answer="Zie het antwoord op vraag 2."),
            q("4", "Zou standaard een onderzoek", answer="Zie het antwoord op vraag 2."),
        ],
        "warnings": [],
    },
    "gemeente-brief-kop": {
        "family": "5 officiële kop en afsluiting (brief)",
        "shape": "collegebrief met beantwoording van fractievragen",
        "header": {"title": "Beantwoording vragen over de sluiting van zwembad De Vaart",
                   "registration_number": "2022-0187"},
        "questions": [
            q("1", "Waarom is het zwembad", asker="Fractie Lokaal Belang", party="Lokaal Belang",
              answer="1,2 miljoen euro"),
            q("2", "Waar kunnen schoolklassen", party="Lokaal Belang",
              answer="Het vervoer betaalt de gemeente."),
        ],
        "warnings": [],
    },
    "antwoorden-met-opmaak": {
        "family": "6 binnen antwoorden: alinea's, paginagrens, begrippen, tabel, lijsten, Tip/NB",
        "shape": "annotatie met een lang antwoord over een paginagrens",
        "header": {"portfolio_holder": "wethouder Smit"},
        "questions": [
            q("1", "Welke regelingen zijn er", asker="Peters", party="SP",
              answer="fonds voor energiearmoede, dat in samenwerking"),
            q("2", "Hoeveel inwoners hebben een energiecoach", answer="310 huishoudens"),
        ],
        "answers_contain": {0: ["Energietoeslag: een eenmalige", "2023 4.380",
                                "3. De toeslag wordt binnen vier weken",
                                "- De bibliotheek helpt", "Tip: verwijs",
                                "NB: de regeling voor 2024", "Let op: de toeslag"]},
        "warnings": [],
    },
    "concept-met-opmerkingen": {
        "family": "7 opmerkingen voor collega's in een concept",
        "shape": "concept-annotatie met opmerkingen, achter een lakmarkering en [[ ]]",
        "header": {"portfolio_holder": "burgemeester"},
        "questions": [
            q("1", "Hoeveel cameratoezicht", asker="Kaya", party="PvdA",
              answer="46 camera's in de binnenstad.", comments=1),
            q("2", "Worden de beelden", answer="meldkamer van de politie", comments=1),
            q("3", "Hoe lang worden de beelden", answer="vier weken bewaard", comments=1),
        ],
        "answers_absent": {0: ["concreter"], 2: ["twee weken"]},
        "warnings": ["concreter maken", "aantal uren per week", "wettelijke grondslag"],
    },
    "nummers-uit-de-bron": {
        "family": "8 nummers uit de bron (doorlopend, 14a, opnieuw per vragensteller)",
        "shape": "annotatie met nummers die niet bij 1 beginnen",
        "header": {"portfolio_holder": "wethouder Van Dijk"},
        "questions": [
            q("12", "Hoeveel bouwvergunningen", asker="Smits", party="VVD",
              answer="412 bouwvergunningen"),
            q("13", "Hoeveel daarvan", answer="96 vergunningen"),
            q("14a", "Hoeveel woningen zijn er gasloos", asker="Mulder", party="GroenLinks",
              answer="gasloos opgeleverd"),
            q("14b", "En in de vrije sector?", answer="230 van de 316"),
            q("1", "Hoe lang is de wachttijd", asker="Öztürk", party="Denk", answer="9,4 jaar"),
            q("2", "Is die wachttijd gestegen?", answer="8,1 jaar"),
        ],
        "warnings": [],
    },
    # Written after the parser was built, in shapes it had not seen: they scored 86/110
    # (78.2%) before the parser was generalised for them (answers listed after all questions,
    # 'Fractie X' as asker line, a committee that "heeft de eer verslag uit te brengen").
    "provincie-statenvragen": {
        "family": "1/3",
        "shape": "statenvragen van een provincie, 'Antwoord 1' zonder dubbele punt",
        "header": {},
        "questions": [
            q("1", "Hoeveel stikstofruimte", asker="Verhoeven", party="PVV", answer="14,2 mol"),
            q("2", "Aan welke projecten", party="PVV", answer="N348"),
        ],
        "warnings": [],
    },
    "vragen-dan-antwoorden": {
        "family": "4", "shape": "eerst alle vragen, dan alle antwoorden met dezelfde nummers",
        "header": {},
        "questions": [
            q("1", "Hoeveel bomen", party="Stadsbelang", answer="23 bomen"),
            q("2", "Worden er nieuwe bomen", answer="30 nieuwe bomen"),
            q("3", "Zijn omwonenden", answer="2 februari een brief"),
        ],
        "warnings": [],
    },
    "tk-verslag-antwoord-label": {
        "family": "5", "shape": "https://www.tweedekamer.nl/kamerstukken/detail?did=2024D35624",
        "header": {"registration_number": "36 613 XVII, nr. 3"},
        "questions": [
            q("1", "Kunt u aangeven welke projecten",
              asker="Vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking",
              answer="naar rato te verdelen"),
            q("2", "Hoeveel middelen", answer="520 miljoen euro"),
        ],
        "warnings": [],
    },
    "annotatie-partij-per-vraag": {
        "family": "3/6", "shape": "annotatie met 'Fractie X' als vragensteller",
        "header": {"portfolio_holder": "wethouder Kramer"},
        "questions": [
            q("1", "Wanneer begint", asker="Fractie D66", party="D66", answer="september"),
            q("2", "Blijven de lindebomen", asker="Fractie Partij voor de Dieren",
              party="Partij voor de Dieren", answer="nieuwe boomspiegel"),
        ],
        "warnings": [],
    },
}
