"""django-axes under a Vietnamese name in the admin (its labels: mttq_portal/locale/vi)."""

from axes.apps import AppConfig


class LoginThrottleConfig(AppConfig):
    verbose_name = "Bảo vệ đăng nhập"
