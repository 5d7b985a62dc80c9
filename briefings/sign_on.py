"""Users who sign on through the organisation's identity provider (OpenID Connect).

The provider says who someone is (e-mail) and which groups they are in; a configured mapping
turns a group into a role. No mapping, no access: there is never a default role.
"""

import re
import secrets
from dataclasses import dataclass

from briefings.errors import PermissionDenied, ValidationError
from briefings.messages import msg
from briefings.models import User
from briefings.users import EMAIL, find_user
from briefings.vocabulary import ROLES

#: stored instead of a password hash: no password ever matches it (werkzeug needs a "$")
NO_PASSWORD = "!sign-on-only"


@dataclass(frozen=True)
class RoleMapping:
    """Groups (or app roles) to roles, in the order written: the first match wins."""

    rules: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, text: str | None) -> "RoleMapping":
        """Read 'group=role' pairs separated by ';', ',' or new lines.

        :raises ValidationError: a pair without '=' or an unknown role.
        """
        rules = []
        for pair in re.split(r"[;,\n]", text or ""):
            if not pair.strip():
                continue
            group, sep, role = pair.rpartition("=")
            if not sep or not group.strip():
                raise ValidationError(msg("auth.oidc_role_mapping_pair", pair=pair.strip()))
            if role.strip() not in ROLES:
                raise ValidationError(msg("auth.oidc_role_mapping_onbekende",
                                          role=role.strip(), choices=', '.join(ROLES)))
            rules.append((group.strip(), role.strip()))
        return cls(tuple(rules))

    def role_for(self, groups) -> str | None:
        """Return the role of the first rule whose group the user has, else None."""
        groups = set(claim_values(groups))
        return next((role for group, role in self.rules if group in groups), None)


def claim_values(value) -> list[str]:
    """Return a groups/roles claim as a list: providers send a list or a spaced string."""
    if value is None:
        return []
    if isinstance(value, str):
        return value.replace(",", " ").split()
    return [str(item) for item in value]


def sign_on(session, *, email, name, groups, mapping: RoleMapping, organisation: str,
            email_verified=None) -> User:
    """Return the user for a person the provider vouched for; create them on first sign-on.

    The role follows the provider's groups at every sign-on, so a change there counts here.

    :raises PermissionDenied: no mapped group, or the account was switched off here.
    :raises ValidationError: the provider sent no usable e-mail address.
    """
    email = (email or "").strip().lower()
    # Matching by address is only safe for an address the provider checked; providers that do
    # not say (Entra ID work accounts) are trusted, an explicit "not verified" is not.
    if email_verified is False or str(email_verified).lower() == "false":
        raise PermissionDenied(msg("auth.organisation_heeft_uw_e", organisation=organisation))
    if not EMAIL.match(email):
        raise ValidationError(msg("auth.organisation_gaf_geen_bruikbaar",
                                  organisation=organisation))
    role = mapping.role_for(groups)
    if role is None:
        raise PermissionDenied(
            msg("auth.geen_toegang_groep", organisation=organisation))
    user = find_user(session, email)
    if user is None:
        user = User(email=email, name=(name or email.split("@")[0]).strip()[:200], role=role,
                    password_hash=f"{NO_PASSWORD}-{secrets.token_hex(8)}")
        session.add(user)
    elif not user.active:
        raise PermissionDenied(msg("auth.uw_account_annotatiewerkbank_uitgeschakeld"))
    user.role = role
    session.flush()
    return user
