"""The staff API: the staff editing operations over JSON for agency systems.

Authentication is a per-user bearer token (``Authorization: Bearer <token>``);
the session cookie is ignored, so CSRF does not apply to this blueprint.
"""
from __future__ import annotations

from flask import g, request
from flask_smorest import Api, Blueprint, abort
from marshmallow import Schema, fields, validate

from ...accounts.services import user_for_token
from ...audit import queries as audit_queries
from ...workflows import services, staff_queries
from ...errors import Conflict, Forbidden, NotFound, ValidationError
from ...extensions import csrf
from ..commit import committing
from ..safety import MAX_ROW_ID
from ..formkit import MAX_FEE

# Every integer that reaches SQL is bounded by its column (PostgreSQL refuses, with a
# 500, what does not fit).
_ROW_ID = validate.Range(1, MAX_ROW_ID)
_COUNT = validate.Range(0, 999)
_VERSION = validate.Range(0, MAX_ROW_ID)


def _ids():
    return fields.List(fields.Integer(validate=_ROW_ID), load_default=list,
                       validate=validate.Length(max=100))


blp = Blueprint("api_staff", __name__,
                description="Staff operations on procedures (bearer token)")
SECURITY = [{"bearerAuth": []}]
secured = blp.doc(security=SECURITY)


def register(api: Api) -> None:
    """Register the blueprint, its security scheme and its CSRF exemption."""
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer",
                       "description": "A personal API token created on the staff pages."})
    csrf.exempt(blp)
    api.register_blueprint(blp, url_prefix="/api/v1/staff")


@blp.before_request
def _authenticate():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    user = user_for_token(token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        abort(401, message="a valid bearer token is required",
              headers={"WWW-Authenticate": 'Bearer realm="portal"'})
    g.api_user = user
    procedure_id = (request.view_args or {}).get("procedure_id")
    if procedure_id is not None:
        # Scope before the body is even parsed: outside one's agencies is 403, not 422.
        _procedure(procedure_id)


class StaffStepSchema(Schema):
    text = fields.String(required=True)


class StaffChannelSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(
        ["truc_tiep", "truc_tuyen", "buu_chinh", "khac"]))
    kind_text = fields.String(load_default="")
    time_limit_text = fields.String(load_default="")
    time_limit_value = fields.Float(allow_none=True, metadata={
        "description": "The time limit's number, in time_limit_unit; null: none stated."})
    time_limit_unit = fields.String(allow_none=True, validate=validate.OneOf(
        ["working_day", "day", "hour", "month", "year"]), metadata={
        "description": "working_day, day, hour, month or year; null: none stated."})
    working_days = fields.Float(allow_none=True, load_default=None, metadata={
        "description": "Read-only in effect: the value when the unit is working days. Sent"
                       " alone (no time_limit_unit), it sets a time limit in working days."})
    fee_text = fields.String(load_default="")
    fee_amount = fields.Integer(allow_none=True, load_default=None,
                                validate=validate.Range(0, MAX_FEE))
    description = fields.String(load_default="")


class StaffDocumentSchema(Schema):
    kind = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(
        ["document", "note", "heading"]), metadata={
        "description": "document, note or heading; left out or null: the kind of the stored"
                       " row with the same content, else document."})
    case = fields.String(load_default="")
    name = fields.String(required=True)
    form = fields.String(load_default="")
    originals = fields.Integer(allow_none=True, load_default=None, validate=_COUNT)
    copies = fields.Integer(allow_none=True, load_default=None, validate=_COUNT)


class StaffLegalBasisSchema(Schema):
    number = fields.String(load_default="")
    title = fields.String(load_default="")
    issued_on = fields.Date(allow_none=True, load_default=None)
    issuer = fields.String(allow_none=True, load_default=None,
                           validate=validate.Length(max=300))
    url = fields.String(load_default="")


class StaffAgenciesSchema(Schema):
    executing = _ids()
    competent = _ids()
    delegated = _ids()
    coordinating = _ids()


class RecordSchema(Schema):
    """Every editable part of a procedure record."""
    code = fields.String(required=True)
    name = fields.String(required=True)
    field_id = fields.Integer(allow_none=True, load_default=None, validate=_ROW_ID)
    procedure_type = fields.String(load_default="")
    receiving_address = fields.String(load_default="")
    result = fields.String(allow_none=True, load_default=None)
    conditions = fields.String(allow_none=True, load_default=None)
    time_limit_text = fields.String(load_default="")
    time_limit_days = fields.Float(allow_none=True, load_default=None)
    fee_text = fields.String(load_default="")
    decision_number = fields.String(load_default="")
    decision_date = fields.Date(allow_none=True, load_default=None)
    source_url = fields.String(load_default="")
    online_url = fields.String(load_default="")
    agencies = fields.Nested(StaffAgenciesSchema, load_default=dict)
    tiers = fields.List(fields.String(), load_default=list)
    applicants = fields.List(fields.String(), load_default=list)
    steps = fields.List(fields.Nested(StaffStepSchema), load_default=list)
    channels = fields.List(fields.Nested(StaffChannelSchema), load_default=list)
    documents = fields.List(fields.Nested(StaffDocumentSchema), load_default=list)
    legal_bases = fields.List(fields.Nested(StaffLegalBasisSchema), load_default=list)


class UpdateSchema(RecordSchema):
    version = fields.Integer(required=True, validate=_VERSION,
                             metadata={"description": "The version edited"})


class StaffProcedureSchema(RecordSchema):
    id = fields.Integer()
    status = fields.String()
    level = fields.Integer()
    version = fields.Integer()


class VersionSchema(Schema):
    version = fields.Integer(required=True, validate=_VERSION)


class RescindSchema(VersionSchema):
    reason = fields.String(required=True)
    decision_ref = fields.String(required=True)


class LevelSchema(VersionSchema):
    level = fields.Integer(required=True, validate=validate.Range(1, 4))
    effective_date = fields.Date(required=True)
    decision_ref = fields.String(required=True)
    reason = fields.String(load_default="")
    online_url = fields.String(load_default=None, allow_none=True)


class ListArgsSchema(Schema):
    status = fields.String(load_default="")
    level = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(1, 4))
    q = fields.String(load_default="")
    page = fields.Integer(load_default=1, validate=validate.Range(1, 100000))


class ProcedureListSchema(Schema):
    total = fields.Integer()
    items = fields.List(fields.Nested(StaffProcedureSchema))


class AuditEntrySchema(Schema):
    at = fields.DateTime()
    action = fields.String()
    user = fields.Function(lambda e: e.user.email if e.user else None)
    via = fields.String()
    changes = fields.Dict()
    reason = fields.String()
    decision_ref = fields.String()


def _out(procedure) -> dict:
    data = services.snapshot(procedure)
    data.update(id=procedure.id, status=procedure.status.value, level=procedure.level,
                version=procedure.version)
    return data


def _run(operation):
    """Run a service call through the one commit helper, mapping domain errors to HTTP
    statuses (a refused call commits nothing)."""
    with committing(ValidationError, Conflict, Forbidden, NotFound) as done:
        result = operation()
    if done:
        return result
    exc = done.error
    if isinstance(exc, ValidationError):
        errors: dict[str, list[str]] = {}
        for field, message in exc.errors:     # every rule the record broke, by field
            errors.setdefault(field or "_schema", []).append(str(message))
        abort(422, message=str(exc), errors={"json": errors})
    abort(409 if isinstance(exc, Conflict) else 403 if isinstance(exc, Forbidden) else 404,
          message=str(exc))


def _procedure(procedure_id: int):
    return _run(lambda: services.get_procedure_for_staff(g.api_user, procedure_id))


@blp.route("/procedures")
@secured
@blp.arguments(ListArgsSchema, location="query")
@blp.response(200, ProcedureListSchema)
def list_procedures(args):
    """The procedures of the token owner's agencies (50 per page)."""
    items, total = staff_queries.list_procedures(g.api_user, staff_queries.StaffFilters(**args))
    return {"total": total, "items": [_out(p) for p in items]}


@blp.route("/procedures", methods=["POST"])
@secured
@blp.arguments(RecordSchema)
@blp.response(201, StaffProcedureSchema)
def create_procedure(data):
    """Create a procedure as a draft."""
    return _out(_run(lambda: services.create_procedure(data, g.api_user, via="api")))


@blp.route("/procedures/<int:procedure_id>")
@secured
@blp.response(200, StaffProcedureSchema)
def get_procedure(procedure_id):
    """One procedure, with the version to send back when changing it."""
    return _out(_procedure(procedure_id))


@blp.route("/procedures/<int:procedure_id>", methods=["PUT"])
@secured
@blp.arguments(UpdateSchema)
@blp.response(200, StaffProcedureSchema)
@blp.alt_response(409, description="The procedure changed since that version")
def update_procedure(data, procedure_id):
    """Replace every editable part of a procedure (409 if ``version`` is not current)."""
    procedure = _procedure(procedure_id)
    version = data.pop("version")
    return _out(_run(lambda: services.update_procedure(procedure, data, version, g.api_user,
                                                       via="api")))


@blp.route("/procedures/<int:procedure_id>/publish", methods=["POST"])
@secured
@blp.arguments(VersionSchema)
@blp.response(200, StaffProcedureSchema)
def publish_procedure(data, procedure_id):
    """Draft → published."""
    procedure = _procedure(procedure_id)
    return _out(_run(lambda: services.publish_procedure(procedure, data["version"], g.api_user,
                                                        via="api")))


@blp.route("/procedures/<int:procedure_id>/rescind", methods=["POST"])
@secured
@blp.arguments(RescindSchema)
@blp.response(200, StaffProcedureSchema)
def rescind_procedure(data, procedure_id):
    """Published → rescinded, with a reason and a decision."""
    procedure = _procedure(procedure_id)
    return _out(_run(lambda: services.rescind_procedure(
        procedure, data["version"], g.api_user, reason=data["reason"],
        decision_ref=data["decision_ref"], via="api")))


@blp.route("/procedures/<int:procedure_id>/level", methods=["POST"])
@secured
@blp.arguments(LevelSchema)
@blp.response(200, StaffProcedureSchema)
def change_level(data, procedure_id):
    """Record a change of the online-service level (back-dating allowed)."""
    procedure = _procedure(procedure_id)
    version = data.pop("version")
    return _out(_run(lambda: services.change_level(procedure, version, g.api_user, via="api",
                                                   **data)))


@blp.route("/procedures/<int:procedure_id>/history")
@secured
@blp.response(200, AuditEntrySchema(many=True))
def procedure_history(procedure_id):
    """The audit trail of a procedure, newest first."""
    procedure = _procedure(procedure_id)
    return audit_queries.history("procedure", procedure.id)
