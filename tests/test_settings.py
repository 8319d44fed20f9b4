"""Production settings: refuse to start without secrets, and pass Django's deployment check."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k3#v9!q0z@x7m2n5b8c1d4f6g8h0j2l4p6r8t0w2y4a6s8e0u2i4o6",
    "ALLOWED_HOSTS": "idesluss.example.org",
    "DATABASE_URL": "sqlite:////tmp/idesluss-deploy-check.sqlite3",
}


def run_manage(*args, env):
    inherited = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production." in result.stderr


def test_update_check_is_off_and_security_is_on_in_base():
    from config.settings import base

    assert base.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert base.SECURE_SSL_REDIRECT is True
    assert base.SESSION_COOKIE_SECURE is True
    assert base.CSRF_COOKIE_SECURE is True
    assert base.DEBUG is False


def test_deploy_check_covers_the_security_settings():
    """The production settings keep the CSP, the sign-in lockout and the upload limits."""
    code = (
        "from django.conf import settings as s; "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'], s.AXES_ENABLED, "
        "s.AUTHENTICATION_BACKENDS[0], 'svg' in s.WAGTAILIMAGES_EXTENSIONS, "
        "s.WAGTAILDOCS_SERVE_METHOD)"
    )
    result = run_manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        "[\"'self'\"] True axes.backends.AxesBackend False serve_view"
    )


def load_audit_script():
    spec = importlib.util.spec_from_file_location(
        "audit_dependencies", ROOT / "scripts" / "audit_dependencies.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dependency_audit_reports_vulnerabilities_and_unreachable_services():
    audit = load_audit_script()
    report = {
        "dependencies": [
            {
                "name": "django",
                "version": "4.2.0",
                "vulns": [
                    {"id": "PYSEC-2023-100", "fix_versions": ["4.2.2"]},
                ],
            },
            {"name": "wagtail", "version": "8.0.1", "vulns": []},
            {"name": "internal-package", "skip_reason": "Dependency not found on PyPI"},
        ]
    }
    found, skipped, audited = audit.summarise(report)
    assert found == ["django 4.2.0: PYSEC-2023-100 (fixed in: 4.2.2)"]
    assert skipped == ["internal-package"]
    assert audited == 2
    # A service that answers for no package (e.g. only the package index is reachable).
    unreachable = {"dependencies": [{"name": "wagtail", "skip_reason": "not found"}]}
    assert audit.summarise(unreachable) == ([], ["wagtail"], 0)


def link_check_external(settings_module, **env):
    """LINK_CHECK_EXTERNAL as `settings_module` reads it from an environment without it."""
    clean = {k: v for k, v in os.environ.items() if k != "LINK_CHECK_EXTERNAL"}
    script = "from django.conf import settings; print(settings.LINK_CHECK_EXTERNAL)"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": settings_module, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_make_demo_checks_no_external_address_unless_asked():
    assert link_check_external("config.settings.dev") == "False"
    assert link_check_external("config.settings.dev", LINK_CHECK_EXTERNAL="true") == "True"
    assert link_check_external("config.settings.test", LINK_CHECK_EXTERNAL="true") == "False"
