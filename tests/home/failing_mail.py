from smtplib import SMTPRecipientsRefused

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    """A mail backend whose server is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("The mail server is down")


class RefusingBackend(BaseEmailBackend):
    """A mail server that refuses every recipient, naming each address in its error, as
    smtplib does."""

    def send_messages(self, email_messages):
        recipients = [address for message in email_messages for address in message.recipients()]
        raise SMTPRecipientsRefused(
            {address: (550, f"5.1.1 <{address}>: user unknown".encode()) for address in recipients}
        )
