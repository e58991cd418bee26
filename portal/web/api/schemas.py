"""Request and response schemas of the procedures API (they generate the OpenAPI document).
The search arguments are shared with the public search page: ``..search_args``."""
from marshmallow import Schema, fields, validate


class SuggestArgsSchema(Schema):
    q = fields.String(load_default="", metadata={"description": "The beginning of a name."})
    limit = fields.Integer(load_default=8, validate=validate.Range(min=1, max=20))


class SearchItemSchema(Schema):
    code = fields.String(required=True)
    name = fields.String(required=True)
    level = fields.Integer(required=True)
    url = fields.String(required=True, metadata={"description": "The procedure's public page."})
    api_url = fields.String(required=True)
    name_html = fields.String(required=True, metadata={
        "description": "The escaped name with <mark> around matched words."})
    snippet_html = fields.String(required=True)


class FacetValueSchema(Schema):
    value = fields.String(required=True)
    label = fields.String(required=True)
    count = fields.Integer(required=True)


class SearchResponseSchema(Schema):
    items = fields.List(fields.Nested(SearchItemSchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    facets = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(FacetValueSchema)),
                         required=True)
    suggestion = fields.String(allow_none=True, required=True)
    truncated = fields.Boolean(required=True, metadata={
        "description": "True when the query was cut to 200 characters."})
    exact_code = fields.String(allow_none=True, required=True)


class SuggestResponseSchema(Schema):
    q = fields.String(required=True)
    suggestions = fields.List(fields.String(), required=True)


class RefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class AgenciesSchema(Schema):
    executing = fields.List(fields.Nested(RefSchema), required=True)
    competent = fields.List(fields.Nested(RefSchema), required=True)
    delegated = fields.List(fields.Nested(RefSchema), required=True)
    coordinating = fields.List(fields.Nested(RefSchema), required=True)


class ChannelSchema(Schema):
    kind = fields.String(required=True)
    kind_text = fields.String(required=True)
    time_limit_text = fields.String(required=True)
    time_limit_value = fields.Float(allow_none=True, required=True, metadata={
        "description": "The number the time limit states; null when none is stated."})
    time_limit_unit = fields.String(allow_none=True, required=True, validate=validate.OneOf(
        ["working_day", "day", "hour", "month", "year"]), metadata={
        "description": "The unit as stated, never converted; null when none is stated."})
    working_days = fields.Float(allow_none=True, required=True, metadata={
        "description": "time_limit_value when the unit is working_day, else null."})
    fee_text = fields.String(required=True)
    fee_amount = fields.Integer(allow_none=True, required=True, metadata={"description": "đồng"})
    fee_disputed = fields.Boolean(required=True, metadata={
        "description": "The fee cell and its description disagree: read fee_text."})
    description = fields.String(required=True)
    unparsed = fields.Boolean(required=True, metadata={
        "description": "A table in a form the importer does not know, kept as text."})


class DocumentSchema(Schema):
    case = fields.String(required=True)
    name = fields.String(required=True)
    form = fields.String(required=True)
    originals = fields.Integer(allow_none=True, required=True)
    copies = fields.Integer(allow_none=True, required=True)
    is_note = fields.Boolean(required=True, metadata={
        "description": "A note, not a document (true for a heading too, as before `kind`)."})
    kind = fields.String(required=True, metadata={
        "enum": ["document", "note", "heading"],
        "description": "document: a paper to hand in; note: a remark of the table; heading:"
                       " a row that introduces the rows after it (\"… các giấy tờ sau:\"),"
                       " counting no paper; originals and copies keep its cell as printed."})


class LegalBasisSchema(Schema):
    number = fields.String(allow_none=True, required=True, metadata={
        "description": "As printed; null when the row has none or none could be read."})
    title = fields.String(required=True)
    issued_on = fields.String(allow_none=True, required=True, metadata={
        "format": "date", "description": "The issuing date the text states; null when it does not."})
    issuer = fields.String(allow_none=True, required=True, metadata={
        "description": "Who issued it, as the text states (\"Chính phủ\"); null when it does not."})
    url = fields.String(required=True)
    unparsed = fields.Boolean(required=True, metadata={
        "description": "No consistent reading: title holds the row's whole text; a number"
                       " beside it is only what the text prints (\"85/2026\", no issuer)."})


class ProcedureSchema(Schema):
    """The whole public record; content is official Vietnamese text."""
    code = fields.String(required=True)
    name = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(["published", "rescinded"]))
    level = fields.Integer(required=True)
    classification_2022 = fields.String(allow_none=True, required=True, validate=validate.OneOf(
        ["toan_trinh", "mot_phan"]))
    field = fields.Nested(RefSchema, allow_none=True, required=True)
    procedure_type = fields.String(required=True)
    agencies = fields.Nested(AgenciesSchema, required=True)
    tiers = fields.List(fields.String(), required=True)
    applicants = fields.List(fields.String(), required=True)
    receiving_address = fields.String(required=True)
    channels = fields.List(fields.Nested(ChannelSchema), required=True)
    documents = fields.List(fields.Nested(DocumentSchema), required=True)
    steps_preamble = fields.String(allow_none=True, required=True, metadata={
        "description": "Text before the first step; not a step."})
    steps = fields.List(fields.String(), required=True)
    time_limit_text = fields.String(required=True)
    time_limit_days = fields.Float(allow_none=True, required=True)
    fee_text = fields.String(required=True)
    result = fields.String(allow_none=True, required=True, metadata={
        "description": "null: the official record does not say."})
    conditions = fields.String(allow_none=True, required=True, metadata={
        "description": "null: the official record does not say (not: no conditions)."})
    review_flags = fields.List(fields.String(), required=True, metadata={
        "description": "Why the record awaits a human look (unparsed_table, disputed_fee, …)."})
    legal_basis = fields.List(fields.Nested(LegalBasisSchema), required=True)
    decision_number = fields.String(required=True)
    decision_date = fields.String(allow_none=True, required=True)
    source_url = fields.String(required=True)
    online_url = fields.String(required=True)
    updated_at = fields.String(allow_none=True, required=True)
    url = fields.String(required=True)


class CatalogueEntrySchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    total = fields.Integer(required=True)
    levels = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
    url = fields.String(required=True)


class CatalogueListSchema(Schema):
    items = fields.List(fields.Nested(CatalogueEntrySchema), required=True)
    total = fields.Integer(required=True)
