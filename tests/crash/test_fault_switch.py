"""The crash tests' fault-injection switch can never reach production."""
import pytest

from portal.config import ConfigError, load_config


def test_production_refuses_the_crash_switch(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_TEST_CRASH_AFTER_COMMIT", "1")
    with pytest.raises(ConfigError, match="PORTAL_TEST_CRASH_AFTER_COMMIT"):
        load_config(str(tmp_path), {"PORTAL_ENV": "production", "SECRET_KEY": "x" * 40})
    assert load_config(str(tmp_path), {"PORTAL_ENV": "testing"})["PORTAL_TEST_CRASH_AFTER_COMMIT"]


def test_the_crash_switch_is_off_unless_set(tmp_path, monkeypatch):
    monkeypatch.delenv("PORTAL_TEST_CRASH_AFTER_COMMIT", raising=False)
    assert not load_config(str(tmp_path), {})["PORTAL_TEST_CRASH_AFTER_COMMIT"]
