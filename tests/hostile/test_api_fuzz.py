"""Schemathesis fuzzes every JSON API operation from the OpenAPI document the app serves.

Bounded and repeatable: a fixed number of derandomized examples per operation, no
deadline. Every answer must be a non-5xx that the document describes (status code,
content type and body schema). The staff API is fuzzed with a real bearer token.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance, response_schema_conformance, status_code_conformance,
)

from portal.accounts.models import Role
from portal.accounts.services import create_api_token, create_user
from portal.extensions import db

EXAMPLES_PER_OPERATION = 25
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


def _operations(app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 10, "the document should describe the whole API"
    return operations


def _fuzz(operation, headers: dict[str, str]) -> None:
    # Valid input and invalid input (wrong types, out-of-range values, missing fields).
    strategy = (operation.as_strategy(generation_mode=GenerationMode.POSITIVE)
                | operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))

    @settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, deadline=None,
              database=None, suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def run(case):
        case.call_and_validate(headers=headers, checks=CHECKS)
        db.session.rollback()  # a failed write must not poison the next example

    run()


def test_every_public_operation_answers_as_documented(app_ctx, catalogue):
    failures = []
    for operation in _operations(app_ctx):
        if operation.path.startswith("/api/v1/staff"):
            continue
        try:
            _fuzz(operation, {})
        except Exception as exc:  # collect all, report together
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.EDITOR])
def test_every_staff_operation_answers_as_documented_with_a_token(app_ctx, catalogue, role):
    # An administrator reaches every procedure; an editor of one agency meets the scope
    # checks (403) and the agency rules with the same input.
    user = create_user(f"fuzz-{role.value}@tinh.gov.vn", "correct horse battery staple", role,
                       [catalogue.justice] if role == Role.EDITOR else [])
    _row, token = create_api_token(user, "fuzzing")
    db.session.commit()
    failures = []
    for operation in _operations(app_ctx):
        if not operation.path.startswith("/api/v1/staff"):
            continue
        try:
            _fuzz(operation, {"Authorization": f"Bearer {token}"})
        except Exception as exc:
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)
