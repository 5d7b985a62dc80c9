"""E-mail: a queue written in the transaction of the change, sent after commit, retried.

Services call `briefings.mail.events` to report what happened; nothing is queued unless the
session carries a `MailContext` (the app adds one when SMTP is configured), so without SMTP the
app works as it did.
"""

from briefings.mail.queue import MailContext, enqueue, mail_context

__all__ = ["MailContext", "enqueue", "mail_context"]
