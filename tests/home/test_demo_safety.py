"""The demo accounts' published password never reaches production: the demo content is refused
under the production settings, `check --deploy` fails while an active user has the demo
password, and the development settings refuse a database on another machine."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.checks import Tags, run_checks

from home.demo.accounts import DEMO_PASSWORD
from tests.test_settings import PRODUCTION_ENV, ROOT, run_manage


def test_demo_content_is_refused_under_production_settings_even_with_force(tmp_path):
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    result = run_manage("load_demo_content", "--force", env=env)
    assert result.returncode != 0
    assert "Demo content is never loaded with these settings (production)" in result.stderr


def demo_password_errors():
    return [
        message
        for message in run_checks(tags=[Tags.security], include_deployment_checks=True)
        if message.id == "home.E001"
    ]


@pytest.mark.django_db
def test_deploy_check_fails_while_an_active_user_has_the_demo_password(demo_site):
    """The test database holds the demo content, with the demo accounts."""
    users = get_user_model().objects
    demo_accounts = [
        "admin",
        "chef-pitea",
        "chef-skelleftea",
        "handlaggare-pitea",
        "handlaggare-skelleftea",
        "moderator",
        "redaktor",
    ]
    assert sorted(users.values_list("username", flat=True)) == demo_accounts
    users.create_user("kopia", password=DEMO_PASSWORD)
    users.create_user("utan-losenord")  # an unusable password is not even hashed

    errors = demo_password_errors()
    assert len(errors) == 1
    assert errors[0].msg == (
        "These active users have the published demo password: admin, chef-pitea, "
        "chef-skelleftea, handlaggare-pitea, handlaggare-skelleftea, kopia, moderator, redaktor."
    )

    users.exclude(username="admin").update(is_active=False)
    assert len(demo_password_errors()) == 1
    admin = users.get(username="admin")
    admin.set_password("ett-nytt-langt-losenord")
    admin.save()
    assert demo_password_errors() == []


def import_dev_settings(**env):
    inherited = {"DATABASE_URL", "ALLOW_NONLOCAL_DATABASE", "DJANGO_SETTINGS_MODULE"}
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import config.settings.dev"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_dev_settings_refuse_a_database_on_another_machine():
    result = import_dev_settings(DATABASE_URL="postgres://idesluss@db.example.org:5432/idesluss")
    assert result.returncode != 0
    assert "The development settings refuse the database on 'db.example.org'" in result.stderr


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"DATABASE_URL": "sqlite:////tmp/idesluss.sqlite3"},
        {"DATABASE_URL": "postgres://postgres@127.0.0.1:5433/idesluss"},
        {"DATABASE_URL": "postgres://postgres@localhost/idesluss"},
        {"DATABASE_URL": "postgres://postgres@[::1]:5432/idesluss"},
        {"DATABASE_URL": "postgres://%2Fvar%2Frun%2Fpostgresql/idesluss"},
        {
            "DATABASE_URL": "postgres://idesluss@db.example.org:5432/idesluss",
            "ALLOW_NONLOCAL_DATABASE": "true",
        },
    ],
)
def test_dev_settings_accept_a_local_database_or_an_explicit_exception(env):
    result = import_dev_settings(**env)
    assert result.returncode == 0, result.stderr
