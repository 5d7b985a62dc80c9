"""Every message the application shows a user, in Dutch, in one place.

Code refers to a message by its key and fills its named `{placeholders}`:
`msg("review.antwoord_gekozen")`, `msg("form.label_verplicht", label="Titel")`. Keys are
the area and the first words of the text, so a reader of the code sees what is said.
Page text (labels, headings, buttons) stays in the templates; this is what the application
says back: confirmations, refusals, errors. tests/unit/test_dutch_texts.py reads every entry
as a full Dutch sentence, and checks that each key the code uses is here and each entry used.
"""

MESSAGES: dict[str, str] = {
    # Foutpagina's: wat elke HTTP-fout de gebruiker zegt
    "http.400": "Het verzoek kon niet worden verwerkt.",
    "http.401": "U bent niet ingelogd.",
    "http.403": "U heeft geen rechten voor deze actie.",
    "http.404": "Deze pagina bestaat niet (meer).",
    "http.405": "Deze actie is hier niet mogelijk.",
    "http.409": "Iemand anders heeft dit intussen gewijzigd.",
    "http.413": "Het bestand is te groot.",
    "http.500": "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
    "http.bestand_te_groot_mb": "Het bestand is te groot (maximaal {megabytes} MB).",
    "http.formulier_verlopen_onvolledig_verzonden": ("Het formulier is verlopen of onvolledig "
                                                     "verzonden. Laad de pagina opnieuw en "
                                                     "probeer het nog eens; uw invoer is niet "
                                                     "opgeslagen."),
    "http.iemand_anders_heeft_hetzelfde": ("Iemand anders heeft dit op hetzelfde moment "
                                           "opgeslagen. Uw wijziging is niet opgeslagen; uw "
                                           "tekst staat hieronder. Laad de pagina opnieuw en "
                                           "voeg hem samen."),
    # Rechten: wat een rol niet mag (één zin per actie uit briefings.permissions)
    "permission.annotation.create": "U heeft geen rechten om een annotatie aan te maken.",
    "permission.annotation.delete": "U heeft geen rechten om een annotatie te verwijderen.",
    "permission.annotation.edit": "U heeft geen rechten om een annotatie te bewerken.",
    "permission.annotation.read_drafts": "U heeft geen rechten om concepten te bekijken.",
    "permission.annotation.set_status": ("U heeft geen rechten om de status van een annotatie "
                                         "te wijzigen."),
    "permission.comment.add": "U heeft geen rechten om opmerkingen te plaatsen.",
    "permission.comment.resolve": "U heeft geen rechten om opmerkingen af te handelen.",
    "permission.commitment.edit": ("U heeft geen rechten om toezeggingen vast te leggen of te "
                                   "wijzigen."),
    "permission.commitment.read": "U heeft geen rechten om toezeggingen te bekijken.",
    "permission.concepten_en_interne_teksten": ("U heeft geen rechten om concepten en interne "
                                                "teksten te bekijken."),
    "permission.deze_tekst": "U heeft geen rechten om deze tekst te bekijken.",
    "permission.export.draft": "U heeft geen rechten om een conceptversie te exporteren.",
    "permission.export.final": "U heeft geen rechten om de definitieve versie te exporteren.",
    "permission.export.woo": "U heeft geen rechten om een Woo-versie te exporteren.",
    "permission.import": "U heeft geen rechten om documenten te importeren.",
    "permission.index.rebuild": "U heeft geen rechten om de zoekindex opnieuw op te bouwen.",
    "permission.line.publish": "U heeft geen rechten om een perslijn te publiceren.",
    "permission.line.reuse": "U heeft geen rechten om een perslijn te hergebruiken.",
    "permission.press.write": "U heeft geen rechten om persvragen te schrijven.",
    "permission.question.assign": ("U heeft geen rechten om een eigenaar aan een vraag toe te "
                                   "wijzen."),
    "permission.search": "U heeft geen rechten om te zoeken.",
    "permission.users.manage": "U heeft geen rechten om gebruikers te beheren.",
    "permission.variant.choose": "U heeft geen rechten om een antwoord te kiezen.",
    "permission.variant.review": "U heeft geen rechten om een antwoord te beoordelen.",
    "permission.variant.submit": "U heeft geen rechten om een antwoord ter review aan te bieden.",
    "permission.variant.write": ("U heeft geen rechten om een antwoord te schrijven of te "
                                 "wijzigen."),
    # Inloggen, uitloggen en wachtwoorden
    "auth.antwoord_hoort_niet_bij_poging": ("Het antwoord van {organisation} hoort niet bij "
                                            "deze inlogpoging. Begin opnieuw met inloggen."),
    "auth.bent_uitgelogd_ook_andere": "U bent uitgelogd, ook op andere apparaten.",
    "auth.geen_toegang_groep": ("U heeft geen toegang tot de Annotatiewerkbank: uw account bij"
                                " {organisation} zit niet in een groep die toegang geeft. "
                                "Vraag uw leidinggevende of de functioneel beheerder om u toe "
                                "te voegen."),
    "auth.herhaal_nieuwe_wachtwoord": "Herhaal het nieuwe wachtwoord.",
    "auth.inlogcode_verlopen": ("De inlogcode van {organisation} is verlopen of al gebruikt. "
                                "Begin opnieuw met inloggen."),
    "auth.inloggen_afgebroken": "U heeft het inloggen bij {organisation} afgebroken.",
    "auth.inloggen_met_wachtwoord_staat": ("Inloggen met een wachtwoord staat uit. Log in met "
                                           "{organisation}."),
    "auth.inloggen_mislukt": "Inloggen via {organisation} is mislukt. Probeer het opnieuw.",
    "auth.inloggen_verlopen": ("Het inloggen is verlopen of niet op deze pagina begonnen. "
                               "Begin opnieuw met Inloggen met {organisation}."),
    "auth.oidc_role_mapping_onbekende": ("OIDC_ROLE_MAPPING: onbekende rol '{role}' (kies uit "
                                         "{choices})."),
    "auth.oidc_role_mapping_pair": "OIDC_ROLE_MAPPING: '{pair}' is geen groep=rol.",
    "auth.onbekend_e_mailadres_onjuist": "Onbekend e-mailadres of onjuist wachtwoord.",
    "auth.organisation_gaf_geen_bruikbaar": ("{organisation} gaf geen bruikbaar e-mailadres "
                                             "door; zonder e-mailadres kunt u hier niet "
                                             "inloggen."),
    "auth.organisation_heeft_uw_e": ("{organisation} heeft uw e-mailadres niet bevestigd; "
                                     "daarmee kunt u hier niet inloggen."),
    "auth.organisation_nu_niet_bereikbaar": ("{organisation} is nu niet bereikbaar. Probeer "
                                             "het later opnieuw of log in met uw wachtwoord "
                                             "als dat hier kan."),
    "auth.te_veel_pogingen": ("Te veel mislukte inlogpogingen. Probeer het over {minutes} "
                              "minuten opnieuw; tot die tijd wordt ook een juist wachtwoord "
                              "niet geaccepteerd."),
    "auth.te_veel_pogingen_een_minuut": ("Te veel mislukte inlogpogingen. Probeer het over 1 "
                                         "minuut opnieuw; tot die tijd wordt ook een juist "
                                         "wachtwoord niet geaccepteerd."),
    "auth.uw_account_annotatiewerkbank_uitgeschakeld": ("Uw account in de Annotatiewerkbank is"
                                                        " uitgeschakeld. Neem contact op met "
                                                        "de functioneel beheerder."),
    "auth.uw_wachtwoord_gewijzigd_bent": ("Uw wachtwoord is gewijzigd. U bent op andere "
                                          "apparaten uitgelogd."),
    "auth.vul_nieuw_wachtwoord": "Vul een nieuw wachtwoord in.",
    "auth.vul_uw_e_mailadres": "Vul uw e-mailadres in.",
    "auth.vul_uw_huidige_wachtwoord": "Vul uw huidige wachtwoord in.",
    "auth.vul_uw_wachtwoord": "Vul uw wachtwoord in.",
    # Gebruikersbeheer
    "admin.bestaat_al_gebruiker_met": "Er bestaat al een gebruiker met e-mailadres {email}.",
    "admin.gebruiker_email_aangemaakt": "De gebruiker {email} is aangemaakt.",
    "admin.herhaling_niet_gelijk_aan": "De herhaling is niet gelijk aan het nieuwe wachtwoord.",
    "admin.huidige_wachtwoord_klopt_niet": "Het huidige wachtwoord klopt niet.",
    "admin.nieuwe_wachtwoord_moet_minstens": ("Het nieuwe wachtwoord moet minstens "
                                              "{min_password} tekens hebben."),
    "admin.ongeldig_e_mailadres_email": "Het e-mailadres ‘{email}’ is ongeldig.",
    "admin.vul_e_mailadres": "Vul een e-mailadres in.",
    "admin.vul_naam": "Vul een naam in.",
    "admin.vul_wachtwoord": "Vul een wachtwoord in.",
    "admin.wachtwoord_moet_minstens_min": ("Het wachtwoord moet minstens {min_password} tekens"
                                           " hebben."),
    # Formulieren: verplichte velden, lengtes, datums, gelijktijdig opslaan
    "form.label_lang_maximaal_limit": "{label} is te lang (maximaal {limit} tekens).",
    "form.label_verplicht": "{label} is verplicht.",
    "form.nummer_ongeldig": "Het {number} is ongeldig.",
    "form.onbekende_waarde_voor_label": "Onbekende waarde voor {label}: ‘{value}’.",
    "form.ongeldige_datum_day_schrijf": ("Ongeldige datum: ‘{day}’. Schrijf bijvoorbeeld 5 "
                                         "maart 2026, 5-3-2026, 05/03/2026 of 2026-03-05."),
    "form.ongeldige_datum_value_schrijf": ("Ongeldige datum: ‘{value}’. Schrijf bijvoorbeeld 5"
                                           " maart 2026, 5-3-2026, 05/03/2026 of 2026-03-05."),
    "form.te_veel_tekens": "Gebruik hoogstens {limit} tekens.",
    "form.what_bestaat_niet_meer": "{what} bestaat niet (meer).",
    "form.what_intussen_door_iemand": ("{what} is intussen door iemand anders gewijzigd. Uw "
                                       "tekst is niet verloren: vergelijk hieronder en sla "
                                       "opnieuw op."),
    # Annotaties schrijven: kop, onderdelen, vragen en antwoorden
    "annotation.annotatie_aangemaakt": "De annotatie is aangemaakt.",
    "annotation.annotatie_verwijderd": "De annotatie ‘{title}’ is verwijderd.",
    "annotation.antwoord_opgeslagen": "Het antwoord is opgeslagen.",
    "annotation.antwoord_toegevoegd": "Het antwoord is toegevoegd.",
    "annotation.antwoord_verwijderd": "Het antwoord is verwijderd.",
    "annotation.kies_soort_vergadering_maak": ("Kies de soort vergadering, of maak naam en "
                                               "datum leeg."),
    "annotation.kop_opgeslagen": "De kop is opgeslagen.",
    "annotation.naam_lang_maximaal_limit": "Een naam is te lang (maximaal {limit} tekens).",
    "annotation.onderdeel_heeft_kop_tekst": "Een onderdeel heeft een kop of tekst nodig.",
    "annotation.onderdeel_opgeslagen": "Het onderdeel is opgeslagen.",
    "annotation.onderdeel_toegevoegd": "Het onderdeel is toegevoegd.",
    "annotation.onderdeel_verplaatst": "Het onderdeel is verplaatst.",
    "annotation.onderdeel_verwijderd": "Het onderdeel is verwijderd.",
    "annotation.vraag_opgeslagen": "De vraag is opgeslagen.",
    "annotation.vraag_toegevoegd": "Vraag {number} is toegevoegd.",
    "annotation.vraag_verwijderd": "De vraag is verwijderd.",
    "annotation.vragen_zijn_opnieuw_genummerd": "De vragen zijn opnieuw genummerd.",
    # Review, keuze, opmerkingen, geschiedenis en de status van een annotatie
    "review.akkoord_gegeven": "U heeft akkoord gegeven op het antwoord.",
    "review.alleen_antwoord_met_status": ("Alleen een antwoord met status Akkoord kan worden "
                                          "gekozen."),
    "review.annotatie_heeft_al_status": "De annotatie heeft al de status {status}.",
    "review.antwoord_afgewezen": "Het antwoord is afgewezen.",
    "review.antwoord_al_gekozen": "Dit antwoord is al gekozen.",
    "review.antwoord_gekozen": "Het antwoord is gekozen.",
    "review.antwoord_niet_gekozen": "Dit antwoord is niet gekozen.",
    "review.antwoord_ter_review_aangeboden": "Het antwoord is ter review aangeboden.",
    "review.bulk_afgewezen": "{count} antwoorden afgewezen.",
    "review.bulk_afgewezen_een": "1 antwoord afgewezen.",
    "review.bulk_akkoord": "{count} antwoorden akkoord gegeven.",
    "review.bulk_akkoord_een": "1 antwoord akkoord gegeven.",
    "review.bulk_geweigerd_bij_vraag": "{question}: {reason}",
    "review.bulk_ter_review": "{count} antwoorden ter review aangeboden.",
    "review.bulk_ter_review_een": "1 antwoord ter review aangeboden.",
    "review.eerdere_versie_teruggezet_als": "De eerdere versie is teruggezet als nieuwe versie.",
    "review.eigenaar_kan_geen_concepten_lezen": ("{name} kan geen concepten lezen en kan "
                                                 "daarom geen eigenaar van een vraag zijn."),
    "review.eigenaar_vraag_opgeslagen": "De eigenaar van de vraag is opgeslagen.",
    "review.formulier_onvolledig": "Het formulier is onvolledig.",
    "review.geen_antwoord_gekozen": "{question}: er is nog geen antwoord gekozen.",
    "review.geen_kan_afgewezen": "Geen van de geselecteerde antwoorden kan nu worden afgewezen.",
    "review.geen_kan_akkoord": "Geen van de geselecteerde antwoorden kan nu akkoord krijgen.",
    "review.geen_kan_ter_review": ("Geen van de geselecteerde antwoorden kan nu ter review "
                                   "worden aangeboden."),
    "review.keuze_ingetrokken": "De keuze is ingetrokken.",
    "review.keuze_zou_vervangen": ("Voor deze vraag is al een ander antwoord gekozen. Bevestig"
                                   " eerst dat u die keuze wilt vervangen."),
    "review.kies_bulkactie": "Kies wat er met de geselecteerde antwoorden moet gebeuren.",
    "review.leeg_antwoord": "Een leeg antwoord kan niet ter review worden aangeboden.",
    "review.niet_afwijzen_status": "U kunt dit antwoord niet afwijzen: de status is {status}.",
    "review.niet_akkoord_status": "U kunt dit antwoord geen akkoord geven: de status is {status}.",
    "review.niet_ter_review_status": ("U kunt dit antwoord niet ter review aanbieden: de "
                                      "status is {status}."),
    "review.niets_geselecteerd": ("Selecteer eerst een of meer antwoorden, een vraag of de "
                                  "hele annotatie."),
    "review.nog_niet_definitief": "De annotatie kan nog niet definitief worden: {blockers}.",
    "review.onderdeel_geen_versie_teruggezet": ("Van dit onderdeel kan geen versie worden "
                                                "teruggezet."),
    "review.open_punt": "{where}: open punt “{text}”.",
    "review.opmerking_afgehandeld": "De opmerking is afgehandeld.",
    "review.reactie_hoort_bij_opmerking": ("Een reactie hoort bij een opmerking op hetzelfde "
                                           "antwoord."),
    "review.status_annotatie_gewijzigd": "De status van de annotatie is gewijzigd.",
    "review.tekst_gewijzigd_niet_meer_gekozen": ("Let op: de tekst is gewijzigd, dus het "
                                                 "antwoord staat weer op Concept en is niet "
                                                 "meer gekozen. Het moet opnieuw ter review "
                                                 "worden aangeboden."),
    "review.tekst_gewijzigd_weer_concept": ("Let op: de tekst is gewijzigd, dus het antwoord "
                                            "staat weer op Concept. Het moet opnieuw ter "
                                            "review worden aangeboden."),
    "review.uw_opmerking_geplaatst": "Uw opmerking is geplaatst.",
    "review.versie_niet_teruggezet_huidige": ("Deze versie kan niet worden teruggezet: het is "
                                              "de huidige tekst of er is geen tekst om terug "
                                              "te zetten."),
    # Toezeggingen en de toezeggingenlijst
    "commitment.bestand_groter_dan_mb": ("Het bestand is groter dan 10 MB; een "
                                         "toezeggingenlijst is kleiner. Controleer of u het "
                                         "juiste bestand kiest."),
    "commitment.bestand_heeft_datums_die": ("Dit bestand heeft datums die op twee manieren te "
                                            "lezen zijn, zoals 5/3/2022. Kies of de dag of de "
                                            "maand voorop staat."),
    "commitment.bestand_leeg": "Het bestand is leeg.",
    "commitment.bestand_niet_leesbaar": ("Dit bestand kan niet worden gelezen als "
                                         "toezeggingenlijst. Gebruik een CSV-bestand, een "
                                         "Excel-bestand (.xlsx) of een tekstbestand."),
    "commitment.een_nieuwe_suggestie": "Er is 1 nieuwe suggestie voor een toezegging gevonden.",
    "commitment.excel_bestand_niet_gelezen": ("Dit Excel-bestand kan niet worden gelezen. Open"
                                              " het in Excel, sla het op als .xlsx en probeer "
                                              "het opnieuw."),
    "commitment.excel_bestand_staat_geen": ("In dit Excel-bestand staat geen rij met "
                                            "kolomnamen zoals Nummer, Toezegging, "
                                            "Portefeuillehouder of Status."),
    "commitment.geef_aan_hoe_toezegging": ("Geef aan hoe de toezegging is nagekomen "
                                           "(bijvoorbeeld het nummer van de raadsbrief)."),
    "commitment.geef_reden_voor_heropenen": ("Geef een reden op voor het heropenen van de "
                                             "toezegging."),
    "commitment.geef_reden_voor_verzetten": "Geef een reden op voor het verzetten van de termijn.",
    "commitment.geef_reden_waarom_toezegging": "Geef een reden op waarom de toezegging vervalt.",
    "commitment.geen_nieuwe_suggesties": ("Er zijn geen nieuwe suggesties voor toezeggingen "
                                          "gevonden."),
    "commitment.heeft_al_status": "De toezegging heeft al de status {status}.",
    "commitment.kies_aantal_weken_tussen": "Kies een aantal weken tussen 1 en 104.",
    "commitment.kies_kolomindeling_welke_kolom": ("Kies in de kolomindeling welke kolom de "
                                                  "tekst van de toezegging bevat (Toezegging "
                                                  "of Titel)."),
    "commitment.lijst_geimporteerd": ("Toezeggingenlijst {filename} geïmporteerd: {added} "
                                      "nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, "
                                      "{skipped} overgeslagen."),
    "commitment.nieuwe_suggesties": ("Er zijn {count} nieuwe suggesties voor toezeggingen "
                                     "gevonden."),
    "commitment.oude_excel_bestanden_xls": ("Oude Excel-bestanden (.xls) kunnen niet worden "
                                            "gelezen. Sla de lijst in Excel op als .xlsx of "
                                            "als CSV en probeer het opnieuw."),
    "commitment.planning_cycle_ongeldig": "PLANNING_CYCLE: '{part}' is niet 'document=MM-DD'.",
    "commitment.status_gewijzigd": "De status is gewijzigd.",
    "commitment.suggestie_afgewezen_zin_niet": ("De suggestie is afgewezen: deze zin wordt "
                                                "niet opnieuw voorgesteld."),
    "commitment.suggestie_al_afgehandeld": "Deze suggestie is al afgehandeld.",
    "commitment.toezegging_opgeslagen": "De toezegging is opgeslagen.",
    "commitment.toezegging_vastgelegd": "De toezegging is vastgelegd.",
    "commitment.vul_toezegging": "Vul de toezegging in.",
    # Persvragen en perslijnen
    "press.alleen_goedgekeurd_akkoord_gekozen": ("Alleen een antwoord met status Akkoord of "
                                                 "een gekozen antwoord kan een perslijn "
                                                 "worden."),
    "press.antwoord_al_gepubliceerd_als": "Dit antwoord is al gepubliceerd als perslijn.",
    "press.geef_reden_lijn_trekken": "Geef een reden op om de lijn in te trekken.",
    "press.perslijn_al_verlopen": ("Deze perslijn is intussen ingetrokken of vervangen en kan "
                                   "niet meer worden gewijzigd. Uw tekst staat hieronder; "
                                   "publiceer zo nodig een nieuwe lijn."),
    "press.perslijn_alleen_persvragen_hergebruikt": ("Een perslijn kan alleen in persvragen "
                                                     "worden hergebruikt."),
    "press.perslijn_gepubliceerd": "De perslijn is gepubliceerd.",
    "press.perslijn_gewijzigd": "De perslijn is gewijzigd.",
    "press.perslijn_hergebruikt_persvragen": "De perslijn is hergebruikt in de persvragen.",
    "press.perslijn_ingetrokken": "De perslijn is ingetrokken.",
    "press.perslijn_verlopen_niet_meer": ("Deze perslijn is verlopen en kan niet meer worden "
                                          "hergebruikt."),
    "press.vul_naam_journalist": "Vul de naam van de journalist in.",
    "press.vul_onderwerp": "Vul een onderwerp in.",
    "press.vul_tekst": "Vul de tekst in.",
    "press.vul_vraag": "Vul de vraag in.",
    # Zoeken
    "search.eerdere_antwoord_overgenomen_als": ("Het eerdere antwoord is overgenomen als nieuw"
                                                " antwoord."),
    "search.gezocht_in_periode": ("Gezocht in de vergaderingen van {periode}: ‘{woorden}’ is "
                                  "gelezen als periode, niet als zoekwoorden."),
    "search.zoek_zonder_periode": "Zoek zonder deze periode, met ‘{woorden}’ als zoekwoorden.",
    "search.ongeldige_zoekopdracht": "De zoekopdracht is ongeldig.",
    "search.pagina_buiten_bereik": "Kies een pagina tussen 1 en 1000.",
    # Documenten importeren
    "import.bestand_al_eerder_geimporteerd": ("Dit bestand is al eerder geïmporteerd "
                                              "(annotatie {annotation_id})."),
    "import.bestand_heeft_lines_regels": ("Het bestand heeft {lines} regels; één annotatie "
                                          "heeft er hooguit {max_lines}. Splits het bestand "
                                          "per annotatie en importeer de delen."),
    "import.filename_geimporteerd_als_annotatie": ("Het bestand {filename} is geïmporteerd als"
                                                   " annotatie."),
    "import.filename_was_al_eerder": ("Het bestand {filename} was al eerder geïmporteerd; er "
                                      "is niets opnieuw opgeslagen."),
    "import.geen_beheerder_mee_importeren": ("Er is geen beheerder om mee te importeren: maak "
                                             "er een aan met create-user of geef --as EMAIL."),
    "import.geen_herkenbare_annotatie_gevonden": ("Geen herkenbare annotatie gevonden: geen "
                                                  "kop (annotatie voor, vergadering, "
                                                  "agendapunt), geen kernboodschap of andere "
                                                  "onderdelen en geen vragen."),
    "import.geen_tekstbestand_bevat_binaire": ("Dit is geen tekstbestand: het bevat binaire "
                                               "gegevens. Kies het Word-bestand (.docx) of sla"
                                               " de tekst op als .txt."),
    "import.import_geannuleerd_niets_opgeslagen": ("De import is geannuleerd: er is niets "
                                                   "opgeslagen."),
    "import.indeling_bestand_kon_niet": ("De indeling van dit bestand kon niet worden gelezen."
                                         " Stuur het bestand naar de beheerder; die vindt de "
                                         "oorzaak in het logboek."),
    "import.kies_bestand": "Kies een bestand om te importeren.",
    "import.name_al_eerder_geimporteerd": "Het bestand {name} is al eerder geïmporteerd.",
    "import.onbekend_bestandstype_extension_alleen": ("Onbekend bestandstype ‘{extension}’: "
                                                      "alleen .docx, .txt en .md kunnen worden"
                                                      " ingelezen."),
    "import.oud_word_bestand": ("Oude Word-bestanden (.doc) kunnen niet worden ingelezen. Open"
                                " het in Word en sla het op als .docx."),
    "import.pdf_bestand": ("PDF-bestanden kunnen niet worden ingelezen. Gebruik het "
                           "Word-bestand, of kopieer de tekst naar een .txt-bestand."),
    "import.upload_bestaat_niet_meer": ("Deze upload bestaat niet (meer). Upload het bestand "
                                        "opnieuw."),
    "import.vanaf_ref_loopt_alinea": ("Vanaf {ref} loopt één alinea door over meer dan "
                                      "{max_chars} tekens zonder witregel of zinseinde: dit "
                                      "lijkt geen annotatie. Controleer of het de goede tekst "
                                      "is, of kies het Word-bestand."),
    "import.word_beschadigd": ("Het Word-bestand is beschadigd: {damage}. Open het in Word, "
                               "sla het opnieuw op als .docx en importeer het dan nog eens."),
    "import.word_bestand_beveiligd_met": ("Dit Word-bestand is beveiligd met een wachtwoord "
                                          "(of het is een oud .doc-bestand). Haal de "
                                          "beveiliging weg en sla het op als .docx."),
    "import.word_bestand_uitgepakt_veel": ("Het Word-bestand is uitgepakt veel te groot (meer "
                                           "dan {megabytes} MB) en wordt niet ingelezen."),
    "import.word_geen_zip": ("Het Word-bestand is beschadigd: het is geen geldig .docx-bestand"
                             " (geen leesbaar zip-archief). Open het in Word, sla het opnieuw "
                             "op als .docx en importeer het dan nog eens."),
    "import.word_zonder_document": ("Het Word-bestand is beschadigd: dit .docx-bestand bevat "
                                    "geen Word-document (word/document.xml ontbreekt). Open "
                                    "het in Word, sla het opnieuw op als .docx en importeer "
                                    "het dan nog eens."),
    # Exporteren naar Word en PDF
    "export.kies_afgewezen_lakking": "Kies een afgewezen lakking.",
    "export.kies_voorgestelde_lakking": "Kies een voorgestelde lakking.",
    "export.kies_voorstel": "Kies een voorstel.",
    "export.lakking_niet_meer_voorgesteld": ("Deze lakking wordt niet (meer) voorgesteld; de "
                                             "pagina is bijgewerkt."),
    "export.libreoffice_ontbreekt": ("Op deze server is LibreOffice niet geïnstalleerd; "
                                     "download de Woo-versie als Word-bestand."),
    "export.naam_lang_maximaal_limit": "De naam is te lang (maximaal {limit} tekens).",
    "export.name_nu_overal_gelakt": "‘{name}’ wordt nu overal gelakt, in elke schrijfwijze.",
    "export.nog_niet_definitief": ("De definitieve versie kan nog niet worden gemaakt: {count}"
                                   " open punten."),
    "export.nog_niet_definitief_een": ("De definitieve versie kan nog niet worden gemaakt: 1 "
                                       "open punt."),
    "export.pdf_mislukt": ("De PDF kon niet worden gemaakt. Probeer het later opnieuw of "
                           "download de Woo-versie als Word-bestand."),
    "export.text_blijft_plaats_staan": "‘{text}’ blijft op deze plaats staan.",
    "export.text_weer_gelakt": "‘{text}’ wordt weer gelakt.",
    "export.vink_aan_dat_onvolledige": "Vink aan dat u een onvolledige versie wilt exporteren.",
    "export.word_sjabloon_ontbreekt": ("Het Word-sjabloon {path} (WORD_TEMPLATE) bestaat niet "
                                       "of is geen Word-bestand."),
    # Woo-versie: namen lakken
    "woo.afwijzing_bestaat_niet_meer": ("Deze afwijzing bestaat niet (meer); de pagina is "
                                        "bijgewerkt."),
    "woo.naam_zonder_letter": "Een naam moet ten minste één letter bevatten.",
    "woo.name_staat_al_lijst": "‘{name}’ staat al in de lijst met te lakken namen.",
    # E-mail en herinneringen
    "mail.agendalink_ingetrokken_agenda_die": ("De agendalink is ingetrokken: een agenda die "
                                               "hem gebruikt, krijgt niets meer."),
    "mail.bericht_aan_to_address": "Het bericht aan {to_address} wordt opnieuw verstuurd.",
    "mail.kies_hoogstens_max_portfolios": "Kies hoogstens {max_portfolios} portefeuillehouders.",
    "mail.onbekende_portefeuillehouder_name": "Onbekende portefeuillehouder: {name}.",
    "mail.smtp_security_onbekende_waarde": ("SMTP_SECURITY: onbekende waarde '{security}' "
                                            "(kies uit {choices})."),
    "mail.uw_e_mailinstellingen_zijn": "Uw e-mailinstellingen zijn opgeslagen.",
    # Opdrachtregel (flask --app app ...)
    "cli.bestand_bestaat_al": "{target} bestaat al; kies een nieuwe bestandsnaam.",
    "cli.database_geen_sqlite_bestand": ("Deze database is geen SQLite-bestand. Maak een "
                                         "back-up met pg_dump, bijvoorbeeld: pg_dump "
                                         "--format=custom --file={target} '{url}' (op een "
                                         "machine die de databaseserver kan bereiken)."),
    "cli.database_nog_niet_aangemaakt": ("De database is nog niet aangemaakt of niet "
                                         "bijgewerkt naar deze versie. Voer eerst 'flask --app"
                                         " app init-db' uit."),
    "cli.geen_actieve_gebruiker_met": "Er is geen actieve gebruiker met e-mailadres {email}.",
}


def msg(key: str, /, **values) -> str:
    """Return the Dutch message `key` with its placeholders filled from `values`."""
    return MESSAGES[key].format(**values)
