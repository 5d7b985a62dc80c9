"""What a careful reader sees in each corpus document: the labelled facts.

Per document: its layout family, where its shape comes from, header fields, the questions in
order (number, start of the text, asker and party, variant count, a piece of the answer,
comments) and warnings that must be given (pieces of their text). A fact the importer gets
right counts 1; `facts.py` scores them.
"""

TK_REKENKAMER = ("https://zoek.officielebekendmakingen.nl/dossier/kst-31235-3.html")
TK_RIJKSUITGAVEN = ("https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?"
                    "did=2022D35259&id=2022D35259")
TK_AANHANGSEL = ("https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?"
                 "did=2022D31072&id=2022Z10576")
TK_REKENKAMER_2022 = "https://www.tweedekamer.nl/kamerstukken/detail?did=2022D23672&id=2022Z11568"
#: shapes seen in published council documents (text as extracted from their PDFs)
TECHNISCHE_VRAGEN_CDA = "https://5dok.net/document/zx5x885d-technische-vragen-cda-fractie.html"
VRAAGNUMMER_TABEL = ("https://5dok.net/article/fractie-groenlinks-beantwoording-informatieve-"
                     "vragen-jaarstukken.y6ep4p24")
TECHNISCHE_VRAGEN_RAAD = ("https://5dok.net/document/zpnxgl1v-beantwoording-technische-vragen-"
                          "raad.html")


def q(number, text, *, asker=None, party=None, variants=1, answer=None, comments=None):
    return {"number": number, "text": text, "asker": asker, "party": party,
            "variants": variants, "answer": answer, "comments": comments}


#: Written after issue 11, from published documents of councils, provinces, a water board and
#: the Tweede Kamer (sources in "shape"), labelled before the importer read them. Where only a
#: part of a source was published in reach, the rest is made up in the same shape.
UNSEEN = {
    "tk-aanhangsel-leden-allen": {
        "family": "10 titel 'Antwoord op vragen van ...', meer vragenstellers",
        "shape": TK_AANHANGSEL,
        "header": {"title": "Antwoord op vragen van de leden Bouchallikh, Bromet en Kröger over "
                            "het bericht dat Nederland geen gezonde leefomgeving biedt aan "
                            "kinderen"},
        "questions": [
            q("1", "Bent u bekend met het bericht", asker="Bouchallikh, Bromet en Kröger",
              party="GroenLinks", answer="Ja."),
            q("2", "Deelt u de mening dat het zeer zorgelijk", asker="Bouchallikh, Bromet en "
              "Kröger", party="GroenLinks", answer="Nationaal MilieuProgramma"),
        ],
        "questions_contain": {1: ["Zo nee, waarom niet?"]},
        # the footnotes under the last answer are not answer text
        "answers_absent": {1: ["unicef.nl/nieuws", "nr. 3172"]},
        "warnings": [],
    },
    "tk-rekenkamer-vraag-zonder-antwoordlabel": {
        "family": "5 officiële kop ('Nr. 4' op een eigen regel), 'Vraag 1', antwoord zonder label",
        "shape": TK_REKENKAMER_2022,
        "header": {"title": "Financieel jaarverslag van het Rijk 2021",
                   "registration_number": "36 100, nr. 4"},
        "questions": [
            q("1", "Waarom neemt de Algemene Rekenkamer niet het hele",
              asker="Commissie voor de Rijksuitgaven", answer="7.12, 7.13 en 7.14"),
            q("2", "Waarom heeft de Algemene Rekenkamer toch",
              asker="Commissie voor de Rijksuitgaven", answer="ons onderzoek is afgelopen"),
        ],
        "questions_contain": {0: ["mee in haar beoordeling?"], 1: ["een rij is overschreden?"]},
        "answers_contain": {0: ["maakt duidelijk wat wij betrekken"]},
        "answers_absent": {0: ["waarom neemt"]},
        "warnings": [],
    },
    "gemeente-beantwoording-raadslid-titel": {
        "family": "10 titel 'Beantwoording van de schriftelijke vragen van het raadslid ...'",
        "shape": "collegebrief: datum als 12-03-2024, 'Antwoord college:', 'Toelichting:', "
                 "deelvragen 2a/2b, paginanummers",
        "header": {"title": "Beantwoording van de schriftelijke vragen van het raadslid De Wit "
                            "(SP) over de wachtlijst bij de schuldhulpverlening",
                   "registration_number": "2024/118", "portfolio_holder": "wethouder Aydin"},
        "questions": [
            q("1", "Hoeveel inwoners staan", asker="De Wit", party="SP", answer="87 inwoners"),
            q("2a", "Hoe lang is de gemiddelde", asker="De Wit", party="SP",
              answer="vijf weken"),
            q("2b", "Wat doet het college", asker="De Wit", party="SP",
              answer="binnen de wettelijke termijn"),
        ],
        "answers_contain": {0: ["dreigende huisuitzetting"]},
        "answers_absent": {1: ["Pagina 1"], 2: ["Pagina 2", "Met vriendelijke groet"]},
        "warnings": [],
    },
    "technische-vragen-vraag-dan-antwoordlabel": {
        "family": "12 '1. Vraag:' met 'Antwoord:' achter de vraag",
        "shape": TECHNISCHE_VRAGEN_CDA,
        "header": {},
        "questions": [
            q("1", "Pag 5: EMU saldo", asker="Fractie CDA", party="CDA",
              answer="referentiewaarde"),
            q("2", "Pag 6: Is het geld", party="CDA", answer="voorschot ontvangen"),
            q("3", "Pag 11: Waarom stijgen", party="CDA", answer="jeugdhulp"),
        ],
        "questions_absent": {0: ["Antwoord"]},
        "warnings": [],
    },
    "vraagnummer-tabel-per-vraag": {
        "family": "9 tabel per vraag: 'Vraagnummer' | fractie, 'Vraag' | tekst, 'Antwoord' | tekst",
        "shape": VRAAGNUMMER_TABEL,
        "header": {"title": "Beantwoording informatieve vragen Jaarstukken 2017"},
        "questions": [
            q("14-1", "Pagina 69: de dekking", asker="Fractie GroenLinks", party="GroenLinks",
              answer="egalisatiereserve afval"),
            q("14-2", "Pagina 157", asker="Fractie GroenLinks", party="GroenLinks",
              answer="actieplan geluid"),
            q("15-1", "Pagina 88", asker="Fractie SP", party="SP", answer="3.412 inwoners"),
        ],
        "questions_contain": {0: ["a) Is een dekkingsgraad", "b) Gaat dit voordeel"]},
        "answers_absent": {0: ["Gaat dit voordeel"]},
        "warnings": [],
    },
    "commissie-tabel-kolommen": {
        "family": "9 tabel met kolommen Nr. | Fractie | Vraag | Antwoord",
        "shape": "technische vragen van een raadscommissie als tabel (Word en Markdown)",
        "header": {"title": "Technische vragen commissie Bestuur en Middelen over de "
                            "Voorjaarsnota 2024"},
        "questions": [
            q("1", "Pagina 12: waarom is de post", asker="Fractie VVD", party="VVD",
              answer="energieprijzen"),
            q("2", "Welk deel van de onderbesteding", party="VVD", answer="€ 1,3 miljoen"),
            q("3", "Hoeveel extra handhavers", asker="Fractie PvdA", party="PvdA",
              answer="vier extra handhavers"),
            q("4", "Is er budget voor het herstel", party="Partij voor de Dieren",
              answer="beheerplan voor 2025"),
        ],
        "answers_absent": {0: ["waarom is de post"]},
        "warnings": [],
    },
    "commissievragen-vraag-fractie-tussen-haakjes": {
        "family": "3 'Vraag 1 (fractie VVD)', 'Antwoord' op een eigen regel",
        "shape": "vragenlijst van een raadscommissie, de fractie achter het vraagnummer",
        "header": {},
        "questions": [
            q("1", "Hoeveel woningen", asker="Fractie VVD", party="VVD", answer="1.800 woningen"),
            q("2", "Wordt het bedrijventerrein", asker="Fractie VVD", party="VVD",
              answer="beter benutten"),
            q("3", "Hoe worden inwoners", asker="Fractie GroenLinks", party="GroenLinks",
              answer="twee bijeenkomsten"),
        ],
        "warnings": [],
    },
    "statenvragen-gs-brief-deelvragen": {
        "family": "11 brief van GS: plaats en datum, deelvragen '1 (a).', twee vragenstellers",
        "shape": "beantwoording Statenvragen door Gedeputeerde Staten (brief)",
        "header": {"title": "Beantwoording schriftelijke vragen over de veerverbinding "
                            "Vlissingen-Breskens", "registration_number": "24012345"},
        "questions": [
            q("1a", "Hoeveel afvaarten", asker="Jansen en De Vries", party="PvdA / GroenLinks",
              answer="212 van de ruim 10.000"),
            q("1b", "Hoeveel daarvan", party="PvdA / GroenLinks", answer="31 afvaarten"),
            q("2", "Bent u bereid", party="PvdA / GroenLinks", answer="kwartaaloverleg"),
        ],
        "answers_absent": {2: ["Pagina 2", "Gedeputeerde Staten"]},
        "warnings": [],
    },
    "waterschap-antwoord-db": {
        "family": "12 waterschap: AB-lid als vragensteller, 'Antwoord DB:'",
        "shape": "schriftelijke vragen in het algemeen bestuur van een waterschap",
        "header": {},
        "questions": [
            q("1", "Hoe vaak is in 2023", asker="Pieterse", party="Water Natuurlijk",
              answer="tweemaal"),
            q("2", "Welke maatregelen", asker="Pieterse", party="Water Natuurlijk",
              answer="inlaatsloot"),
        ],
        "answers_absent": {0: ["Antwoord DB"]},
        "warnings": [],
    },
    "qa-lijst-v-en-a": {
        "family": "12 Q&A-lijst met 'V:' en 'A:'",
        "shape": "Q&A bij een persbericht, vraag en antwoord met V: en A:",
        "header": {},
        "questions": [
            q(None, "Waarom gaan de parkeertarieven", answer="sinds 2019"),
            q(None, "Wat kost een uur parkeren", answer="€ 3,20"),
            q(None, "Blijft de eerste twintig", answer="blijven gratis"),
        ],
        "questions_absent": {0: ["V:"], 1: ["V:"]},
        "answers_absent": {0: ["A:"], 1: ["A:"]},
        "warnings": [],
    },
    "technische-vragen-inleiding-per-vraag": {
        "family": "10 titel 'Beantwoording ...'; per vraag een onderwerp, inleiding en 'Vraag:'",
        "shape": TECHNISCHE_VRAGEN_RAAD,
        "header": {"title": "Beantwoording technische vragen Raad 22-10"},
        "questions": [
            q("1", "Begrippenkader en definities", asker="Fractie GroenLinks / D66",
              party="GroenLinks / D66", answer="begrippenkader van het BBV"),
            q("2", "Organisatieontwikkeling", party="GroenLinks / D66",
              answer="eerste kwartaal van 2020"),
        ],
        "questions_contain": {0: ["Kan er worden aangegeven"], 1: ["Wanneer ontvangt de raad"]},
        "warnings": [],
    },
    "raadsinformatiebrief-plaats-datum": {
        "family": "11 raadsinformatiebrief: plaats en datum, twee leden, antwoord zonder label",
        "shape": "raadsinformatiebrief die vragen uit een commissie beantwoordt",
        "header": {"title": "Vragen over de sluiting van de fietsenstalling Stationsplein"},
        "questions": [
            q("1", "Hoe lang blijft", asker="Bakker en Yilmaz", party="PvdA / GroenLinks",
              answer="30 juni 2024"),
            q("2", "Waar kunnen reizigers", party="PvdA / GroenLinks", answer="Schipholweg"),
        ],
        "answers_absent": {1: ["Hoogachtend"]},
        "warnings": [],
    },
    # a second round, after the held-out documents: tables as a Word user makes them
    "tabel-vraag-antwoord-zonder-kop": {
        "family": "9 tabel zonder kop: vraag (met nummer) | antwoord",
        "shape": "beantwoording van commissievragen als tabel zonder kopregel",
        "header": {"title": "Beantwoording vragen commissie Sociaal Domein over het "
                            "armoedebeleid"},
        "questions": [
            q("1", "Hoeveel huishoudens", answer="2.614 huishoudens"),
            q("2", "Is de regeling", answer="campagne via werkgevers"),
            q("3", "Kan de inkomensgrens", answer="kadernota"),
        ],
        "questions_absent": {0: ["2.614"]},
        "answers_absent": {2: ["Blad 1"]},
        "warnings": [],
    },
    "tabel-tabs-uit-word": {
        "family": "9 Word-tabel als tekst opgeslagen: cellen gescheiden door tabs",
        "shape": "technische vragen in een Word-tabel, door Word als .txt opgeslagen",
        "header": {"title": "Antwoorden op de technische vragen over de Kadernota 2025"},
        "questions": [
            q("1", "Wat is het effect", asker="Fractie VVD", party="VVD",
              answer="€ 2,1 miljoen"),
            q("2", "Worden de leges", party="VVD", answer="inflatie"),
            q("3", "Hoeveel kost het extra", asker="Fractie GroenLinks", party="GroenLinks",
              answer="€ 350.000"),
        ],
        "questions_absent": {0: ["VVD"]},
        "warnings": [],
    },
}


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
#: Written after the importer was generalised on UNSEEN, in yet other shapes, as a check that
#: it holds on documents it was not fitted to; labelled before the importer read them.
HELD_OUT = {
    "gemeenteblad-namens-de-fractie": {
        "family": "13 Gemeenteblad: inleiding door vragensteller, 'namens de fractie van X'",
        "shape": "schriftelijke vragen in het Gemeenteblad van een grote gemeente",
        "header": {},
        "questions": [
            q("1", "Is het college bekend", asker="Van Pijpen", party="GroenLinks",
              answer="bekend met de berichtgeving"),
            q("2", "Hoeveel aanvragen", asker="Van Pijpen", party="GroenLinks",
              answer="1.140 aanvragen"),
            q("3", "Welke maatregelen", asker="Van Pijpen", party="GroenLinks",
              answer="zaterdag open"),
        ],
        "answers_absent": {0: ["wachttijd voor een afspraak"], 2: ["namens dezen"]},
        "warnings": [],
    },
    "tk-aanhangsel-gedeeld-antwoord": {
        "family": "10 Aanhangsel met 'Antwoord 2 en 3'",
        "shape": "https://tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D04328",
        "header": {"title": "Antwoord op vragen van het lid Erkens over overbodige functies bij "
                            "de Rijksoverheid"},
        "questions": [
            q("1", "Deelt u de mening dat de Rijksoverheid", asker="Erkens", party="VVD",
              answer="significant gegroeid"),
            q("2", "Kunt u aangeven hoeveel jaar", asker="Erkens", party="VVD",
              answer="voor de zomer"),
            q("3", "Welke adviesorganen", asker="Erkens", party="VVD",
              answer="Zie het antwoord op vraag 2."),
        ],
        "questions_contain": {0: ["Zo nee, waarom niet?"]},
        "answers_contain": {0: ["Bedrijfsvoering Rijk (JBR)"]},
        "warnings": [],
    },
    "statenfractie-antwoord-gs": {
        "family": "11 Statenvragen: 'Antwoord GS:', 'Toelichting:', kop zonder dubbele punten",
        "shape": "beantwoording van vragen van een Statenfractie",
        "header": {"title": "Vragen van de Statenfractie van de SP over de sluiting van het "
                            "ziekenhuis in Zevenaar", "registration_number": "2023-011873"},
        "questions": [
            q("1", "Is het college op de hoogte", asker="Fractie SP", party="SP",
              answer="28 september 2023"),
            q("2", "Welke gevolgen", asker="Fractie SP", party="SP", answer="94 procent"),
        ],
        "answers_contain": {0: ["gemeente Zevenaar"]},
        "answers_absent": {0: ["Pagina 1"], 1: ["Pagina 2"]},
        "warnings": [],
    },
    "begroting-vraagcodes-per-fractie": {
        "family": "3 vraagcodes per fractie: 'D66-1.', 'CDA-1.'",
        "shape": "technische vragen bij een programmabegroting, genummerd per fractie",
        "header": {},
        "questions": [
            q("D66-1", "Hoeveel woningen", asker="Fractie D66", party="D66",
              answer="420 woningen"),
            q("D66-2", "Wat is de stand", party="D66", answer="€ 6,8 miljoen"),
            q("CDA-1", "Waarom daalt het budget", asker="Fractie CDA", party="CDA",
              answer="energiecompensatie"),
        ],
        "warnings": [],
    },
    "waterschap-tabel-zonder-nummers": {
        "family": "9 tabel Vraag | Antwoord zonder nummers",
        "shape": "beantwoording van vragen van een AB-lid van een waterschap als tabel",
        "header": {"title": "Beantwoording vragen AB-lid Van Dam (Waterschapspartij) over het "
                            "maaibeleid"},
        "questions": [
            q(None, "Hoe vaak worden de bermen", asker="Van Dam", party="Waterschapspartij",
              answer="tweemaal per jaar"),
            q(None, "Wordt het maaisel", asker="Van Dam", party="Waterschapspartij",
              answer="verschralen"),
        ],
        "warnings": [],
    },
    "raadsvragen-kop-in-tabel": {
        "family": "11 kop als tabel (Onderwerp, Indiener, Datum)",
        "shape": "raadsvragen met een koptabel, zoals iBabs-sjablonen",
        "header": {"title": "Parkeeroverlast rond sporthal De Boog"},
        "questions": [
            q("1", "Hoeveel meldingen", asker="Hendriks", party="CDA", answer="23 meldingen"),
            q("2", "Is het college bereid", asker="Hendriks", party="CDA",
              answer="twee handhavers"),
        ],
        "warnings": [],
    },
}

EK_BRIEF_WATERSCHAPSWET = "https://zoek.officielebekendmakingen.nl/kst-1058574.html"
NOTA_WATERSCHAPSWET = "https://zoek.officielebekendmakingen.nl/kst-35608-8.html"
HHNK_VRAGEN = "https://www.hhnk.nl/bestuurlijke-vragen"
OPENKAMER_OEKRAINE = "https://www.openkamer.org/kamervragen/?page=11"
PVDD_GELDERLAND = ("https://gelderland.partijvoordedieren.nl/vragen/schriftelijke-vragen-over-"
                   "jaarstukken-2017")
PVV_ZEELAND = ("https://pvvzeeland.nl/nieuws/statenvragen/565-vervolgvragen-over-dienstreis-"
               "naar-new-york")
KADERBRIEF_MAASTRICHT = ("https://5dok.net/document/zgw9w1o8-beantwoording-informatieve-vragen-"
                         "kaderbrief.html")

#: The third held-out round (issue: an honest figure on documents nobody tuned on), labelled
#: before the importer read them. Real excerpts where a source is named; where the source
#: published only the questions (PvdD Gelderland, PVV Zeeland) or no text in reach, the
#: answers or the whole document are made up in the shape named in "shape".
FRESH = {
    "ek-brief-vragen-fracties-proza": {
        "family": "12 Eerste Kamer: vragen van fracties als proza, antwoord zonder label",
        "shape": EK_BRIEF_WATERSCHAPSWET + " (antwoorden ingekort en verzonnen)",
        "header": {"title": "Voorstel van wet van de leden Bromet en Tjeerd de Groot tot "
                            "wijziging van de Waterschapswet in verband met het schrappen van "
                            "de geborgde zetels voor de categorie bedrijven"},
        "questions": [
            q(None, "Deze leden vragen de Minister in te gaan", party="CDA",
              answer="Dat klopt."),
            q(None, "De leden van de CDA-fractie vragen voorts", party="CDA",
              answer="via de verkiezingen"),
            q(None, "De leden van de D66-fractie vragen of", party="D66",
              answer="najaar van 2023"),
        ],
        "answers_absent": {1: ["Vragen van de fractie van D66"], 2: ["Harbers"]},
        "warnings": [],
    },
    "nota-naar-aanleiding-verslag-genummerd": {
        "family": "12 nota naar aanleiding van het verslag: genummerde vragen van fracties",
        "shape": NOTA_WATERSCHAPSWET + " (vragen en antwoorden verzonnen in die vorm)",
        "header": {"title": "Voorstel van wet van de leden Bromet en Tjeerd de Groot tot "
                            "wijziging van de Waterschapswet en de Kieswet in verband met het "
                            "volledig democratiseren van de waterschapsbesturen",
                   "registration_number": "35 608, nr. 8"},
        "questions": [
            q("1", "De leden van de VVD-fractie vragen waarom", party="VVD",
              answer="mandaat aan de kiezer"),
            q("2", "De leden van de CDA-fractie vragen hoe", party="CDA",
              answer="commissies van het algemeen bestuur"),
            q("3", "De leden van de SGP-fractie vragen wat", party="SGP",
              answer="Zie het antwoord op vraag 1."),
        ],
        "warnings": [],
    },
    "hoogheemraadschap-bestuurlijke-vragen-web": {
        "family": "9 webpagina: onderwerp als kop, vragensteller en datum tussen haakjes",
        "shape": HHNK_VRAGEN + " (antwoorden verzonnen)",
        "header": {"title": "Bestuurlijke vragen"},
        "questions": [
            q(None, "Heeft de storm Poly", asker="Elly Koning-Bruijn",
              answer="14 objecten"),
            q(None, "In de commissievergadering van 6 september", asker="Floris de Boer",
              answer="gedragscode"),
        ],
        "questions_contain": {0: ["Wat zijn de financiële consequenties?"]},
        "questions_absent": {0: ["27 juli 2023"], 1: ["10 september 2023"]},
        "answers_absent": {0: ["Bestuurlijke integriteit"]},
        "warnings": [],
    },
    "kamervragen-webpagina-zonder-labels": {
        "family": "10 kamervragen van een webpagina: vraag en antwoord om en om, geen labels",
        "shape": OPENKAMER_OEKRAINE,
        "header": {"title": "Een gat in de steun aan Oekraïne"},
        "questions": [
            q(None, "Bent u op de hoogte van de aangenomen motie", answer="Ja."),
            q(None, "Kunt u bevestigen dat een deel", answer="€ 3,1 miljard"),
            q(None, "Klopt het dat daarmee vaststaat", answer="versneld in 2025"),
        ],
        "questions_contain": {2: ["Zo ja, wat is het verschil?"]},
        "answers_absent": {0: ["Kunt u bevestigen"]},
        "warnings": [],
    },
    "statenvragen-kopvelden-met-spaties": {
        "family": "11 Statenvragen: kopvelden 'van      : naam (partij)', opmerkingen, "
                  "'Antwoord van het college:'",
        "shape": PVDD_GELDERLAND + " (antwoorden verzonnen)",
        "header": {"title": "Jaarstukken 2017"},
        "questions": [
            q("1", "Kloppen de percentages", asker="L. van der Veer",
              party="Partij voor de Dieren", answer="21 procent"),
            q("2", "Bent u bereid de kosten", asker="L. van der Veer",
              party="Partij voor de Dieren", answer="bijlage"),
            q("3", "Wilt u het pdf-bestand", asker="L. van der Veer",
              party="Partij voor de Dieren", answer="bladwijzers gepubliceerd"),
        ],
        "warnings": [],
    },
    "statenvragen-toelichting-dan-ad-antwoorden": {
        "family": "11 Statenvragen: 'Toelichting:' vóór de vragen, antwoorden als 'Ad 1.'",
        "shape": PVV_ZEELAND + " (antwoorden verzonnen)",
        "header": {"title": "Vervolgvragen over dienstreis naar New York"},
        "questions": [
            q("1", "Kunt u ons alsnog aangeven", asker="Ruud Haaze", party="PVV",
              answer="twee investeerders"),
            q("2", "Kunt u de argumenten aangeven", asker="Ruud Haaze", party="PVV",
              answer="Gedeputeerde De Reu"),
        ],
        "questions_absent": {0: ["Toelichting"]},
        "answers_absent": {0: ["Hoogachtend", "Ad 2"], 1: ["Hoogachtend"]},
        "warnings": [],
    },
    "kadernota-twee-kolommen-pdftotext": {
        "family": "9 pdftotext -layout: kolommen Fractie | Vraag | Antwoord, paginavoet",
        "shape": KADERBRIEF_MAASTRICHT + " (als tabel in twee kolommen gezet; vraag 3 verzonnen)",
        "header": {"title": "Beantwoording informatieve vragen Kaderbrief 2015"},
        "questions": [
            q("1", "Blz. 24: toelichting op bedragen onder post 9", party="CDA",
              answer="€ 8,4 miljoen"),
            q("2", "Er staat op pag 6 vermeld", party="SPM", answer="vijf topprioriteiten"),
            q("3", "Wat is de stand van het investeringsprogramma", party="SPM",
              answer="€ 1,3 miljoen verplicht"),
        ],
        "questions_contain": {1: ["Hoe verhoudt zich dit met het schrappen"]},
        "questions_absent": {0: ["Zoals bekend"]},
        "answers_contain": {0: ["€ 1,8 miljoen terugvloeien"]},
        "answers_absent": {1: ["pagina 1 van 2", "Fractie"], 2: ["pagina 2 van 2"]},
        "warnings": [],
    },
    "raadsinformatiebrief-reactie-college": {
        "family": "11 raadsinformatiebrief: 'Vraag van de fractie X:', 'Reactie college:'",
        "shape": "raadsinformatiebrief die commissievragen beantwoordt (verzonnen in die vorm)",
        "header": {"title": "Beantwoording vragen over de nieuwe parkeerapp",
                   "portfolio_holder": "wethouder Smit"},
        "questions": [
            q(None, "Hoeveel klachten", asker="Fractie Leefbaar Ede", party="Leefbaar Ede",
              answer="312 klachten"),
            q(None, "Kunnen inwoners zonder smartphone", asker="Fractie ChristenUnie",
              party="ChristenUnie", answer="pinpas"),
        ],
        "answers_absent": {1: ["Met vriendelijke groet"]},
        "warnings": [],
    },
    "annotatie-commissie-meer-woorden-datum": {
        "family": "1 annotatie: commissie met een naam van meer woorden en datum, "
                  "'Antwoord van het college:'",
        "shape": "annotatie in de vorm van FORMAT.md (verzonnen)",
        "header": {"portfolio_holder": "wethouder De Jong",
                   "meeting": {"body": "commissie", "name": "Commissie Bestuur en Middelen",
                               "dates": ["2025-03-12"]},
                   "agenda_item": "7",
                   "title": "Kennisnemen van de evaluatie van het minimabeleid",
                   "requested_decision": "Ter bespreking en voor kennisgeving aannemen"},
        "questions": [
            q("1", "Hoeveel huishoudens", asker="Kaya", party="D66",
              answer="2.140 huishoudens"),
            q("2", "Wanneer ontvangt de raad", asker="Kaya", party="D66",
              answer="na de zomer"),
            q("3", "Waarom is het bereik", asker="Van Dijk", party="SP",
              answer="huisbezoeken"),
        ],
        "warnings": [],
    },
    "waterschap-vergadering-algemeen-bestuur": {
        "family": "11 waterschap: vergadering algemeen bestuur, 'Antwoord van het dagelijks "
                  "bestuur:'",
        "shape": "beantwoording van fractievragen in een waterschap (verzonnen in die vorm)",
        "header": {"title": "Beantwoording vragen van de fractie Water Natuurlijk over de "
                            "zuiveringsheffing"},
        "questions": [
            q("1", "Met hoeveel procent", asker="Fractie Water Natuurlijk",
              party="Water Natuurlijk", answer="7,8 procent"),
            q("2", "Welke maatregelen", asker="Fractie Water Natuurlijk",
              party="Water Natuurlijk", answer="kwijtschelding"),
        ],
        "warnings": [],
    },
}

TK_ERKENS = "https://tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D04328&id=2025D04328"
HILLEGOM_FAQ = ("https://www.hillegom.nl/inwoners-en-ondernemers/afval/afval-soorten/"
                "faq-nieuw-afvalbeleid-hillegom")
DIJK_EN_WAARD_FAQ = ("https://www.dijkenwaard.nl/nieuws-en-bekendmakingen/nieuws/"
                     "afvalinzameling-veelgestelde-vragen")
ENSCHEDE_ARTIKEL_38 = "https://enschede.groenlinks.nl/schriftelijke-vragen"
OOSTERHOUT_RAADSVRAGEN = "https://www.oosterhout.nl/raad/raadsvragen"
PURMEREND_ARTIKEL_41 = "https://raad.purmerend.nl/schriftelijke-raadsvragen"
LANDGRAAF_VRAGENUUR = ("https://landgraaf.bestuurlijkeinformatie.nl/Agenda/Index/"
                       "5c0f3658-21ba-479b-9208-25efd2240710")

#: The fourth held-out round, labelled before the importer read them. Real excerpts where the
#: source published text (Tweede Kamer, the FAQ pages of Hillegom and Dijk en Waard); where a
#: source only describes the procedure (art. 38/41 questions, raadsvragen, vragenuur) the
#: document is made up in the shape it describes.
ROUND4 = {
    "tk-aanhangsel-toelichting-vraag-antwoord": {
        "family": "10 Aanhangsel: 'Toelichting:' vóór 'Vraag 1', afgebroken regels",
        "shape": TK_ERKENS + " (antwoorden 2 en 3 verzonnen)",
        "header": {"title": "Antwoord op vragen van het lid Erkens over overbodige functies, "
                            "adviesorganen en doublures bij de Rijksoverheid in relatie tot "
                            "voorgenomen besparingen op het overheidsapparaat"},
        "questions": [
            q("1", "Deelt u de mening dat de Rijksoverheid significant", asker="Erkens",
              party="VVD", answer="De Rijksoverheid is inderdaad significant gegroeid."),
            q("2", "Kunt u aangeven hoeveel jaar groei", asker="Erkens", party="VVD",
              answer="2021 en 2022"),
            q("3", "Welke adviesorganen overlappen", asker="Erkens", party="VVD",
              answer="adviesstelsels"),
        ],
        "questions_contain": {0: ["Zo nee, waarom niet?"]},
        "questions_absent": {0: ["Toelichting", "vervanging"]},
        "answers_contain": {0: ["circa 1 mld."]},
        "answers_absent": {0: ["Vraag 2"]},
        "warnings": [],
    },
    "faq-gemeente-kopjes-zonder-nummers": {
        "family": "14 webpagina 'Veelgestelde vragen': kopjes per thema, vraag als eigen alinea",
        "shape": HILLEGOM_FAQ,
        "header": {"title": "Veelgestelde vragen: nieuw afvalbeleid Hillegom"},
        "questions": [
            q(None, "Waarom kiest de gemeente voor bronscheiding?",
              answer="Bronscheiding is scheiding door de inwoners"),
            q(None, "Kan ik nog reageren op het nieuwe afvalbeleid?",
              answer="Nee, dit kan niet."),
            q(None, "Heb ik een afvalpas nodig?", answer="bij iedere woning hoort"),
            q(None, "Wat doe ik als ik mijn pas kwijt ben", answer="0297- 381 717"),
        ],
        "answers_absent": {1: ["Milieupas"]},
        "warnings": [],
    },
    "faq-webpagina-antwoord-direct-onder-vraag": {
        "family": "14 webpagina 'veelgestelde vragen': antwoord op de regel onder de vraag",
        "shape": DIJK_EN_WAARD_FAQ + " (ingekort)",
        "header": {"title": "Afvalinzameling: veelgestelde vragen"},
        "questions": [
            q(None, "Waarom verandert de afvalinzameling in Dijk en Waard?",
              answer="inzamelfrequentie"),
            q(None, "Wanneer start de gewijzigde inzameling?", answer="Per 1 januari 2024"),
            q(None, "Welke dag wordt welke afvalbak geleegd?", answer="Afvalwijzer"),
            q(None, "Ik maak gebruik van een ondergrondse container",
              answer="verandert er niets"),
        ],
        "questions_contain": {3: ["Wat verandert er?"]},
        "questions_absent": {0: ["inzamelfrequentie"]},
        "warnings": [],
    },
    "raadsvragen-art38-deelvragen-1a-1b": {
        "family": "11 'Beantwoording vragen ex artikel 38': kopvelden, 'Vraag 1a' / 'Antwoord 1a'",
        "shape": ENSCHEDE_ARTIKEL_38 + " (verzonnen in die vorm)",
        "header": {"title": "Laadpalen in de binnenstad"},
        "questions": [
            q("1a", "Hoeveel openbare laadpalen", asker="M. de Vries", party="GroenLinks",
              answer="212 openbare laadpalen"),
            q("1b", "Hoeveel aanvragen voor een laadpaal", asker="M. de Vries",
              party="GroenLinks", answer="48 aanvragen"),
            q("2", "Is het college bereid de wachttijd", asker="M. de Vries",
              party="GroenLinks", answer="binnen acht weken"),
        ],
        "questions_absent": {0: ["wachten bewoners"]},
        "answers_absent": {2: ["Burgemeester en wethouders"]},
        "warnings": [],
    },
    "raadsvragen-toelichting-vragen-antwoorden-lijsten": {
        "family": "4 raadsvragen: kopvelden, 'Toelichting', 'Vragen:' en 'Antwoorden:' als lijsten",
        "shape": OOSTERHOUT_RAADSVRAGEN + " (verzonnen in die vorm)",
        "header": {"title": "Wachtlijsten jeugdzorg"},
        "questions": [
            q("1", "Hoeveel kinderen staan", asker="Sanne Brouwer", party="D66",
              answer="137 kinderen"),
            q("2", "Wat is de gemiddelde wachttijd", asker="Sanne Brouwer", party="D66",
              answer="elf weken"),
            q("3", "Welke maatregelen neemt het college", asker="Sanne Brouwer", party="D66",
              answer="wachtlijstbemiddelaar"),
        ],
        "questions_absent": {0: ["kwartaalrapportage"]},
        "answers_absent": {2: ["Het college van burgemeester"]},
        "warnings": [],
    },
    "begroting-technische-vragen-nr-pagina": {
        "family": "9 tabellen Nr | Pagina | Vraag | Antwoord, per fractie een kop",
        "shape": OOSTERHOUT_RAADSVRAGEN + " (technische vragen; verzonnen in die vorm)",
        "header": {"title": "Technische vragen Programmabegroting 2025"},
        "questions": [
            q("1", "Waarom stijgen de lasten", party="CDA", answer="Wmo-voorzieningen"),
            q("2", "Is in de raming van de OZB-opbrengst", party="CDA",
              answer="hertaxatie per 1 januari 2024"),
            q("3", "Hoeveel sociale huurwoningen", party="SP", answer="180 sociale"),
        ],
        "answers_absent": {1: ["Fractie SP"]},
        "warnings": [],
    },
    "statenvragen-ex-art-41-indiener": {
        "family": "11 Statenvragen ex art. 41: kopvelden 'Indiener:', 'Vraag 1:' en "
                  "'Antwoord op vraag 1:' in twee blokken",
        "shape": PURMEREND_ARTIKEL_41 + " (de vorm van 'artikel 41'-vragen, verzonnen voor "
                 "een provincie)",
        "header": {"title": "Stikstofbank voor boeren", "registration_number": "PS/2024/123"},
        "questions": [
            q("1", "Wanneer gaat de stikstofbank open", asker="J. Bakker", party="JA21",
              answer="1 juni 2024"),
            q("2", "Hoeveel stikstofruimte", asker="J. Bakker", party="JA21",
              answer="1.250 mol"),
        ],
        "answers_absent": {0: ["Vraag 2"], 1: ["Gedeputeerde Staten van Overijssel"]},
        "warnings": [],
    },
    "vragenuur-verslag-mondelinge-vragen": {
        "family": "15 verslag vragenuur: sprekers met dubbele punt, vraag en antwoord om en om",
        "shape": LANDGRAAF_VRAGENUUR + " (verslag verzonnen in die vorm)",
        "header": {"title": "Verslag vragenuur gemeenteraad Landgraaf",
                   "meeting": {"body": "raad", "name": "Vragenuur", "dates": ["2024-05-30"]}},
        "questions": [
            q(None, "Klopt het dat het zwembad", asker="Mevissen", party="Lokaal Landgraaf",
              answer="8 tot en met 28 juli"),
            q(None, "Waarom gebeurt dat juist", asker="Mevissen", party="Lokaal Landgraaf",
              answer="niet eerder leveren"),
            q(None, "Wanneer komt er een oversteekplaats", asker="Schiffelers", party="CDA",
              answer="herfstvakantie"),
        ],
        "questions_absent": {0: ["De heer Mevissen"]},
        "answers_absent": {0: ["Wethouder Pelzer:", "Waarom gebeurt"],
                           1: ["Mondelinge vragen van mevrouw"]},
        "warnings": [],
    },
    "burgerraadslid-commissievragen": {
        "family": "3 vragen van een burgerraadslid voor een commissie, 'Vraag:' / 'Antwoord:'",
        "shape": "vragen van een burgerraadslid (commissielid) voor een commissie (verzonnen)",
        "header": {"title": "Omgevingsplan buitengebied", "agenda_item": "5",
                   "meeting": {"body": "commissie", "name": "Commissie Ruimte",
                               "dates": ["2025-06-04"]}},
        "questions": [
            q(None, "Hoeveel agrarische bedrijven", asker="P. Smits", party="CDA",
              answer="elf bedrijven"),
            q(None, "Kunnen deze bedrijven een beroep doen", asker="P. Smits", party="CDA",
              answer="binnen vijf jaar"),
        ],
        "answers_absent": {1: ["Wethouder Van Loon"]},
        "warnings": [],
    },
}

DOCUMENTS.update(UNSEEN)
DOCUMENTS.update(HELD_OUT)
DOCUMENTS.update(FRESH)
DOCUMENTS.update(ROUND4)
