from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, SelectMultipleField, widgets

from briefings.mail.preferences import MAIL_KINDS


class CheckboxList(SelectMultipleField):
    """A list of checkboxes; choices are filled by the view."""

    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()

    def pre_validate(self, form):
        """Leave unknown values to the service, which refuses them with a Dutch message."""


class PreferencesForm(FlaskForm):
    review_requests = BooleanField(MAIL_KINDS["review_requests"])
    rejections = BooleanField(MAIL_KINDS["rejections"])
    choices = BooleanField(MAIL_KINDS["choices"])
    digest = BooleanField(MAIL_KINDS["digest"])
    portfolios = CheckboxList("Reviewverzoeken alleen voor deze portefeuillehouders",
                              choices=[])


class ActionForm(FlaskForm):
    """A button that only needs the CSRF token."""

    next = HiddenField()
