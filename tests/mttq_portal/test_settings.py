"""Settings read from the environment: production defaults, fail-fast, day-first dates."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

from django import forms
from django.conf import settings
from django.utils import formats, timezone

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    base.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True
    )


def test_production_without_secret_key_fails_fast_with_a_clear_message():
    result = _manage("check", DJANGO_DEBUG="0", DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_under_production_settings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="k" * 20 + "a-long-random-production-secret-9f8e7d6c5b4a",
        DJANGO_ALLOWED_HOSTS="mattran.example.gov.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_time_zone_and_language_are_vietnamese():
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.USE_TZ
    assert settings.LANGUAGE_CODE == "vi"


def test_a_typed_date_is_read_day_first():
    class DateForm(forms.Form):
        day = forms.DateField()

    form = DateForm({"day": "05/06/2025"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == datetime.date(2025, 6, 5)


def test_a_typed_date_time_is_read_day_first():
    class DateTimeForm(forms.Form):
        moment = forms.DateTimeField()

    form = DateTimeForm({"moment": "24/04/2020 09:15"})
    assert form.is_valid(), form.errors
    moment = timezone.localtime(form.cleaned_data["moment"])
    assert (moment.day, moment.month, moment.hour, moment.minute) == (24, 4, 9, 15)
    assert str(moment.tzinfo) == "Asia/Ho_Chi_Minh"


def test_an_impossible_month_first_date_is_refused():
    class DateForm(forms.Form):
        day = forms.DateField()

    assert not DateForm({"day": "04/24/2020"}).is_valid()


def test_dates_are_shown_day_first():
    assert formats.date_format(datetime.date(2020, 4, 24)) == "24/04/2020"
    assert formats.date_format(datetime.date(2020, 4, 24), "SHORT_DATE_FORMAT") == "24/04/2020"
