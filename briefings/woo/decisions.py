"""What the user decides on the lakken page, saved with the annotation.

Adding a name puts it on the annotation's list of personal names: every form of it is then
redacted everywhere at once. Dismissing a proposal saves that occurrence (its text in its
sentence) as not personal data; the same words elsewhere are still redacted.
"""

from briefings.changes import record
from briefings.errors import NotFound, ValidationError
from briefings.messages import msg
from briefings.permissions import require
from briefings.validation import MAX_SHORT

ACTION = "export.woo"


def add_name(session, annotation, name: str, *, by) -> str:
    """Add `name` to the names a Woo copy of `annotation` redacts; return it as saved.

    :raises PermissionDenied, ValidationError:
    """
    require(by, ACTION)
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(msg("admin.vul_naam"))
    if len(name) > MAX_SHORT:
        raise ValidationError(msg("export.naam_lang_maximaal_limit", limit=MAX_SHORT))
    if not any(c.isalpha() for c in name):
        raise ValidationError(msg("woo.naam_zonder_letter"))
    current = list(annotation.personal_names or [])
    if name.lower() in {n.lower() for n in current}:
        raise ValidationError(msg("woo.name_staat_al_lijst", name=name))
    record(session, annotation, "personal_names", "\n".join(current),
           "\n".join([*current, name]), by=by)
    annotation.personal_names = [*current, name]
    annotation.version += 1
    session.flush()
    return name


def dismiss(session, annotation, hit, *, by) -> None:
    """Save that occurrence `hit` (a proposed redaction) is not personal data.

    :raises PermissionDenied:
    """
    require(by, ACTION)
    current = list(annotation.woo_dismissed or [])
    if any(d.get("key") == hit.key for d in current):
        return
    entry = {"key": hit.key, "kind": hit.kind, "text": hit.text, "sentence": hit.sentence}
    record(session, annotation, "woo_dismissed", None,
           f"Niet lakken: ‘{hit.text}’ in ‘{hit.sentence}’", by=by)
    annotation.woo_dismissed = [*current, entry]
    annotation.version += 1
    session.flush()


def restore(session, annotation, key: str, *, by) -> dict:
    """Undo a dismissal: the occurrence is redacted again; return what was dismissed.

    :raises PermissionDenied, NotFound:
    """
    require(by, ACTION)
    current = list(annotation.woo_dismissed or [])
    entry = next((d for d in current if d.get("key") == key), None)
    if entry is None:
        raise NotFound(msg("woo.afwijzing_bestaat_niet_meer"))
    record(session, annotation, "woo_dismissed",
           f"Niet lakken: ‘{entry.get('text')}’ in ‘{entry.get('sentence')}’", None, by=by)
    annotation.woo_dismissed = [d for d in current if d is not entry]
    annotation.version += 1
    session.flush()
    return entry
