"""Wagtail's own log (ModelLogEntry, shown in Reports → Site history and its exports) labels each
entry with the object's str(), and shows it to anyone with a permission on the model. Models
that hold residents' personal data, or whose readers are limited per municipality, keep no
entries there: each app lists them from its wagtail_hooks with `never_log`, and records what
happens in its own tables (e.g. ideas' IdeaEvent)."""


def never_log(actions, *models) -> None:
    """Call from a `register_log_actions` hook: Wagtail logs nothing for `models` (its log
    registry finds no log model for them and skips the entry)."""
    for model in models:
        # LogActionRegistry.register_model would also add None to the log models the reports
        # read, so set the type lookup directly.
        actions.log_entry_models_by_type.register(model, value=None)
