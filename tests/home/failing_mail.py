from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    """A mail backend whose server is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("The mail server is down")
