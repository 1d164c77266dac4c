"""django-axes under a Vietnamese name in the admin (its labels: mttq_portal/locale/vi)."""

from axes.apps import AppConfig
from django.utils import timezone
from django.utils.formats import date_format


def _at_local_time(moment):
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT") if moment else ""


class LoginThrottleConfig(AppConfig):
    verbose_name = "Bảo vệ đăng nhập"

    def ready(self):
        super().ready()
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        # django-axes names its records in English, at UTC ("Access Log for bientap @ …"):
        # the admin's lists, history and deletion pages show them in Vietnamese, local time.
        AccessLog.__str__ = lambda log: (
            f"Đăng nhập của {log.username} lúc {_at_local_time(log.attempt_time)}"
        )
        AccessAttempt.__str__ = lambda attempt: (
            f"Đăng nhập sai của {attempt.username} lúc {_at_local_time(attempt.attempt_time)}"
        )
        AccessFailureLog.__str__ = lambda failure: (
            f"Lần đăng nhập sai của {failure.username} lúc {_at_local_time(failure.attempt_time)}"
        )
