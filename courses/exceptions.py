class RegistrationClosed(Exception):
    """The deadline of the session has passed."""
