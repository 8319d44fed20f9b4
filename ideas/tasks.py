"""Background tasks of the ideas app (django-tasks), enqueued on transaction commit."""

from django_tasks import task


@task()
def send_notification(notification_id: int) -> None:
    from ideas.notifications import deliver

    deliver(notification_id)


@task()
def alert_handlers(idea_id: int) -> int:
    from ideas.notifications import send_new_idea_alert

    return send_new_idea_alert(idea_id)
