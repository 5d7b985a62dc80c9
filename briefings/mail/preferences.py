"""Which mails a user wants (NotificationSettings); a user without a row gets every mail."""

from sqlalchemy import select

from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Annotation, NotificationSettings

#: setting -> Dutch label on the preferences page
MAIL_KINDS = {
    "review_requests": "Een antwoord wacht op mijn review",
    "rejections": "Mijn antwoord is afgewezen",
    "choices": "Mijn antwoord is gekozen of niet meer gekozen",
    "digest": "Dagelijkse herinnering: deadlines, vergaderingen, toezeggingen en perslijnen",
}
MAX_PORTFOLIOS = 50


def settings_for(session, user, *, create=False) -> NotificationSettings:
    """Return the user's settings; the defaults (everything on) when there is no row yet.

    With `create`, a missing row is added to the session so it can be changed and saved.
    """
    settings = session.get(NotificationSettings, user.id)
    if settings is None:
        settings = NotificationSettings(user_id=user.id, review_requests=True, rejections=True,
                                        choices=True, digest=True, portfolios=[])
        if create:
            session.add(settings)
    return settings


def wants(session, user, kind: str) -> bool:
    """Return whether `user` wants mails of setting `kind` (default: yes)."""
    settings = session.get(NotificationSettings, user.id)
    return settings is None or bool(getattr(settings, kind))


def update_settings(session, user, *, portfolios=(), **flags) -> NotificationSettings:
    """Save the user's choices; unknown portfolio holders are refused.

    :raises ValidationError:
    """
    settings = settings_for(session, user, create=True)
    for kind in MAIL_KINDS:
        setattr(settings, kind, bool(flags.get(kind)))
    known = set(portfolio_holders(session))
    chosen = sorted({p.strip() for p in portfolios if p and p.strip()})
    unknown = [p for p in chosen if p not in known]
    if unknown:
        raise ValidationError(msg("mail.onbekende_portefeuillehouder_name", name=unknown[0]))
    if len(chosen) > MAX_PORTFOLIOS:
        raise ValidationError(msg("mail.kies_hoogstens_max_portfolios",
                                  max_portfolios=MAX_PORTFOLIOS))
    settings.portfolios = chosen
    session.flush()
    return settings


def portfolio_holders(session) -> list[str]:
    return list(session.scalars(
        select(Annotation.portfolio_holder).distinct().order_by(Annotation.portfolio_holder)))
