"""Woo redaction ("lakken"): what a publication copy of an annotation must not contain.

- `names`: every written form of a person's name (Dutch tussenvoegsels, double surnames,
  initials, possessives) as regular expressions.
- `patterns`: personal data found without a list: e-mail, telephone, BSN, IBAN, a person's
  address, kenteken, date of birth.
- `redactor`: finds and replaces all of it, except the names of public office holders, and
  remembers each replacement (place, kind, ground) for the inventory.
- `proposals`: the proposed redactions of one annotation, in their sentences, for the lakken
  page; `decisions` saves what the user decides there.

Grounds (Wet open overheid, art. 5.1): names and contact data of persons fall under 5.1.2e
(eerbiediging van de persoonlijke levenssfeer, a relative ground); a BSN under 5.1.1e
(identificatienummers als bedoeld in art. 46 Uitvoeringswet AVG, an absolute ground). 5.1.1d
is "bijzondere persoonsgegevens" (health, religion, ...), which a pattern cannot recognise.
"""
