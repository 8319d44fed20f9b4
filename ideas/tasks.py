"""Background tasks of the ideas app (django-tasks), enqueued on transaction commit."""

from django_tasks import task


@task()
def send_notification(notification_id: int) -> None:
    from ideas.notifications import deliver

    deliver(notification_id)
