from home.management.commands.send_pending_mail import Command as SendPendingMail


class Command(SendPendingMail):
    """The old name of `send_pending_mail`, kept for schedules that still call it."""
