"""Admin login throttling (django-axes), the per-address login limit, and admin sessions."""

import datetime
import socket
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.password_validation import validate_password
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from mttq_portal import ratelimit
from mttq_portal.cache import RedisCache
from tests.news.factories import UserFactory

PASSWORD = "Mật-khẩu-thử-2025"


@pytest.fixture
def staff(db):
    return UserFactory(username="bientapvien", is_staff=True)


@pytest.fixture
def colleague(db):
    return UserFactory(username="duyetbai", is_staff=True)


def log_in(client, username, password, address="10.0.0.1"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
    )


def fail_five_times(client, username, address="10.0.0.1"):
    for _ in range(5):
        log_in(client, username, "sai-mat-khau", address)


def is_logged_in(client):
    return SESSION_KEY in client.session


def test_correct_password_logs_in_to_the_admin(client, staff):
    response = log_in(client, "bientapvien", PASSWORD)

    assert response.status_code == 302
    assert is_logged_in(client)


def test_wrong_password_is_refused_with_the_admin_form(client, staff):
    response = log_in(client, "bientapvien", "sai-mat-khau")

    assert response.status_code == 200
    assert not is_logged_in(client)


@pytest.mark.parametrize("password", ["sai-mat-khau", PASSWORD])
def test_a_login_whose_headers_hold_a_nul_is_answered_and_recorded_without_it(
    client, staff, password
):
    # django-axes records the User-Agent and Accept of every login; PostgreSQL text cannot
    # hold a NUL (hypothesis found the 500 in tests/mttq_portal/test_hostile_input.py).
    response = client.post(
        reverse("admin:login"),
        {"username": "bientapvien", "password": password, "next": reverse("admin:index")},
        HTTP_USER_AGENT="Trình duyệt\x00 lạ",
        HTTP_ACCEPT="text/html\x00",
    )

    assert response.status_code in (200, 302)
    if password != PASSWORD:
        attempt = AccessAttempt.objects.get(username="bientapvien")
        assert attempt.user_agent == "Trình duyệt lạ"
        assert attempt.http_accept == "text/html"


def test_fifth_failure_locks_the_account_with_a_vietnamese_page(client, staff):
    for _ in range(4):
        assert log_in(client, "bientapvien", "sai-mat-khau").status_code == 200

    response = log_in(client, "bientapvien", "sai-mat-khau")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Tài khoản tạm thời bị khóa" in page
    assert "30 phút" in page


def test_locked_account_is_refused_even_with_the_right_password(client, staff):
    fail_five_times(client, "bientapvien")

    response = log_in(client, "bientapvien", PASSWORD)

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_locked_account_is_refused_from_another_address(client, staff):
    fail_five_times(client, "bientapvien", address="10.0.0.1")

    response = log_in(client, "bientapvien", PASSWORD, address="10.9.9.9")

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_lockout_of_one_account_leaves_other_accounts_working(client, staff, colleague):
    fail_five_times(client, "bientapvien", address="10.0.0.1")

    response = log_in(client, "duyetbai", PASSWORD, address="10.0.0.1")

    assert response.status_code == 302
    assert is_logged_in(client)


def test_lockout_is_recorded_in_the_database_shared_by_app_servers(client, staff):
    fail_five_times(client, "bientapvien")

    attempt = AccessAttempt.objects.get(username="bientapvien")
    assert attempt.failures_since_start == 5


def test_lockout_ends_after_the_cooling_off_period(client, staff):
    fail_five_times(client, "bientapvien")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=31))

    response = log_in(client, "bientapvien", PASSWORD)

    assert response.status_code == 302
    assert is_logged_in(client)


def test_retrying_during_the_lockout_does_not_extend_it(client, staff):
    fail_five_times(client, "bientapvien")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=29))
    log_in(client, "bientapvien", "sai-mat-khau")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=31))

    assert log_in(client, "bientapvien", PASSWORD).status_code == 302


def test_administrator_can_unlock_an_account(client, staff):
    fail_five_times(client, "bientapvien")

    call_command("axes_reset_username", "bientapvien", verbosity=0)

    assert log_in(client, "bientapvien", PASSWORD).status_code == 302


def test_successful_login_resets_the_failure_count(client, staff):
    for _ in range(4):
        log_in(client, "bientapvien", "sai-mat-khau")
    log_in(client, "bientapvien", PASSWORD)
    client.logout()

    for _ in range(4):
        log_in(client, "bientapvien", "sai-mat-khau")

    assert log_in(client, "bientapvien", PASSWORD).status_code == 302


def test_lockout_uses_the_client_address_from_the_configured_proxy_header(client, staff, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    for _ in range(5):
        client.post(
            reverse("admin:login"),
            {"username": "bientapvien", "password": "sai"},
            HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7",
        )

    assert AccessAttempt.objects.get(username="bientapvien").ip_address == "203.0.113.7"


def test_many_accounts_tried_from_one_address_are_stopped(client, db, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 8
    statuses = [
        log_in(client, f"tai-khoan-{n}", "sai", address="10.6.6.6").status_code for n in range(9)
    ]

    assert statuses[:8] == [200] * 8
    assert statuses[8] == 429
    assert "Quá nhiều lần đăng nhập" in log_in(client, "x", "y", "10.6.6.6").content.decode()


def test_login_limit_of_one_address_leaves_other_addresses_working(client, staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 3
    for n in range(4):
        log_in(client, f"tai-khoan-{n}", "sai", address="10.6.6.6")

    assert log_in(client, "bientapvien", PASSWORD, address="10.7.7.7").status_code == 302


# The per-address limit counts failed logins only ------------------------------------------------


def test_31st_to_40th_good_logins_from_one_office_address_succeed(staff, settings):
    assert settings.ADMIN_LOGIN_RATE_LIMIT == 30  # the default
    statuses = [
        log_in(Client(), "bientapvien", PASSWORD, "10.5.5.5").status_code for _ in range(40)
    ]

    assert statuses == [302] * 40


def test_good_logins_succeed_while_the_address_is_under_the_failure_limit(staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 5
    for n in range(4):  # four colleagues' typos, on four accounts
        assert log_in(Client(), f"tai-khoan-{n}", "sai", "10.5.5.5").status_code == 200

    for _ in range(10):
        client = Client()
        assert log_in(client, "bientapvien", PASSWORD, "10.5.5.5").status_code == 302
        assert is_logged_in(client)


def test_failures_past_the_limit_get_429_and_a_right_password_too(client, staff, settings):
    # Refused with the right password as well: otherwise guessing could go on past the limit,
    # and a right guess would show by its redirect.
    settings.ADMIN_LOGIN_RATE_LIMIT = 5
    for n in range(5):
        assert log_in(client, f"tai-khoan-{n}", "sai", "10.6.6.6").status_code == 200

    refused = [log_in(client, f"khac-{n}", "sai", "10.6.6.6") for n in range(10)]
    good = log_in(client, "bientapvien", PASSWORD, "10.6.6.6")

    assert [response.status_code for response in refused] == [429] * 10
    assert "Quá nhiều lần đăng nhập" in refused[0].content.decode()
    assert good.status_code == 429
    assert not is_logged_in(client)


def test_only_failures_count_towards_the_limit(staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 3
    statuses = []
    for n in range(3):
        statuses.append(log_in(Client(), "bientapvien", PASSWORD, "10.6.6.6").status_code)
        statuses.append(log_in(Client(), f"tai-khoan-{n}", "sai", "10.6.6.6").status_code)
        statuses.append(log_in(Client(), "bientapvien", PASSWORD, "10.6.6.6").status_code)

    assert statuses == [302, 200, 302] * 2 + [302, 200, 429]


def test_a_locked_account_tried_again_counts_as_a_failure(client, staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 6
    fail_five_times(client, "bientapvien", "10.6.6.6")  # the fifth gets axes' lockout page

    locked = log_in(client, "bientapvien", PASSWORD, "10.6.6.6")  # the sixth failure
    limited = log_in(client, "duyetbai", PASSWORD, "10.6.6.6")

    assert locked.status_code == 429
    assert "Tài khoản tạm thời bị khóa" in locked.content.decode()
    assert limited.status_code == 429
    assert "Quá nhiều lần đăng nhập" in limited.content.decode()


def test_the_failure_count_is_per_address(staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 3
    for n in range(3):
        log_in(Client(), f"tai-khoan-{n}", "sai", "10.6.6.6")
        log_in(Client(), f"tai-khoan-{n}", "sai", "10.7.7.7")
    log_in(Client(), "tai-khoan-9", "sai", "10.8.8.8")

    assert log_in(Client(), "bientapvien", PASSWORD, "10.6.6.6").status_code == 429
    assert log_in(Client(), "bientapvien", PASSWORD, "10.7.7.7").status_code == 429
    assert log_in(Client(), "bientapvien", PASSWORD, "10.8.8.8").status_code == 302


def test_the_limit_ends_with_its_window(staff, settings, monkeypatch):
    settings.ADMIN_LOGIN_RATE_LIMIT = 2
    for n in range(2):
        log_in(Client(), f"tai-khoan-{n}", "sai", "10.6.6.6")
    assert log_in(Client(), "bientapvien", PASSWORD, "10.6.6.6").status_code == 429

    later = time.time() + settings.ADMIN_LOGIN_RATE_WINDOW
    monkeypatch.setattr(ratelimit.time, "time", lambda: later)

    assert log_in(Client(), "bientapvien", PASSWORD, "10.6.6.6").status_code == 302


def test_failures_from_one_ipv6_64_count_together(staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 3
    for n in range(3):  # one client moving through the addresses of its own /64
        log_in(Client(), f"tai-khoan-{n}", "sai", f"2001:db8:a:b::{n + 1}")

    assert log_in(Client(), "bientapvien", PASSWORD, "2001:db8:a:b:ffff::9").status_code == 429
    assert log_in(Client(), "bientapvien", PASSWORD, "2001:db8:a:c::1").status_code == 302


def test_axes_records_the_whole_ipv6_address_not_its_64(client, staff):
    log_in(client, "bientapvien", "sai", "2001:db8:a:b:1:2:3:4")

    assert AccessAttempt.objects.get(username="bientapvien").ip_address == "2001:db8:a:b:1:2:3:4"


def test_failures_behind_the_proxy_count_per_forwarded_64(staff, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.ADMIN_LOGIN_RATE_LIMIT = 2

    def behind_proxy(username, password, forwarded):
        return Client().post(
            reverse("admin:login"),
            {"username": username, "password": password, "next": reverse("admin:index")},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    behind_proxy("tai-khoan-1", "sai", "9.9.9.9, 2001:db8:a:b::1")
    behind_proxy("tai-khoan-2", "sai", "8.8.8.8, 2001:db8:a:b::2")

    assert behind_proxy("bientapvien", PASSWORD, "2001:db8:a:b::3").status_code == 429
    assert behind_proxy("bientapvien", PASSWORD, "2001:db8:a:b::1, 10.0.0.9").status_code == 302


# The limit while Redis does not answer, and with Redis answering -------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def point_the_cache_at(settings, url):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "mttq_portal.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "mttq",
            "OPTIONS": {
                "socket_connect_timeout": 0.25,
                "socket_timeout": 0.25,
                "RETRY_SECONDS": 60,
            },
        },
    }
    assert isinstance(caches["default"], RedisCache)


@pytest.fixture
def redis_down(settings):
    """Redis configured, on a port where nothing listens: every connection is refused."""
    point_the_cache_at(settings, f"redis://127.0.0.1:{free_port()}/0")
    ratelimit.local_counts.clear()
    yield
    ratelimit.local_counts.clear()


@pytest.fixture
def redis_up(settings):
    """This test's own redis-server (never the machine's shared one), as in test_redis_outage."""
    from tests.mttq_portal.test_redis_outage import RedisServer  # skips without redis-server

    server = RedisServer()
    server.start()
    point_the_cache_at(settings, server.url)
    ratelimit.local_counts.clear()
    try:
        yield server
    finally:
        server.kill()
        ratelimit.local_counts.clear()


def timed_log_in(*args):
    started = time.monotonic()
    response = log_in(Client(), *args)
    assert time.monotonic() - started < 2.0
    return response


def test_with_redis_down_good_logins_are_never_refused(redis_down, staff):
    statuses = [timed_log_in("bientapvien", PASSWORD, "10.5.5.5").status_code for _ in range(40)]

    assert statuses == [302] * 40


def test_with_redis_down_failures_past_the_limit_still_get_429(redis_down, staff, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = 4
    statuses = [timed_log_in(f"tai-khoan-{n}", "sai", "10.6.6.6").status_code for n in range(6)]

    assert statuses == [200] * 4 + [429] * 2
    assert timed_log_in("bientapvien", PASSWORD, "10.6.6.6").status_code == 429
    assert timed_log_in("bientapvien", PASSWORD, "10.7.7.7").status_code == 302


def test_with_redis_up_failures_are_counted_in_redis_for_every_app_server(
    redis_up, staff, settings
):
    settings.ADMIN_LOGIN_RATE_LIMIT = 3
    statuses = []
    for n in range(4):
        statuses.append(timed_log_in("bientapvien", PASSWORD, "10.6.6.6").status_code)
        statuses.append(timed_log_in(f"tai-khoan-{n}", "sai", "10.6.6.6").status_code)
        ratelimit.local_counts.clear()  # nothing is kept in this process: all is in Redis

    assert statuses == [302, 200] * 3 + [429, 429]
    (key,) = redis_up.client().keys("mttq:1:rl:admin-login:*")
    assert redis_up.client().get(key) == b"3"


def test_test_client_login_without_a_request_still_works(client, staff):
    assert client.login(username="bientapvien", password=PASSWORD)


def test_admin_session_cookie_expires_after_the_session_age(client, staff, settings):
    response = log_in(client, "bientapvien", PASSWORD)

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def test_expired_admin_session_must_log_in_again(client, staff):
    log_in(client, "bientapvien", PASSWORD)
    session = client.session
    session.set_expiry(-1)
    session.save()

    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


@pytest.mark.parametrize("weak", ["12345678", "matkhau", "password123"])
def test_weak_passwords_are_refused(weak):
    with pytest.raises(ValidationError):
        validate_password(weak)


def test_administrator_sees_locked_accounts_in_vietnamese(client, staff):
    fail_five_times(client, "bientapvien")
    client.force_login(UserFactory(username="quantri", is_staff=True, is_superuser=True))

    index = client.get(reverse("admin:index")).content.decode()
    attempts = client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()

    assert "Bảo vệ đăng nhập" in index
    assert "Tài khoản đăng nhập sai" in index
    assert "bientapvien" in attempts
    assert "Đang bị khóa" in attempts
