"""Open-data exports of the whole public catalogue, streamed."""
from __future__ import annotations

import datetime as dt

from flask import Response, stream_with_context
from flask_smorest import abort

from ...exports import FORMATS
from .base import Blueprint

blp = Blueprint("api_exports", __name__, description="Open data: the whole public catalogue")

_DOC = {
    "csv": "CSV, UTF-8 with a byte-order mark (opens in Excel); one procedure a row.",
    "xlsx": "Excel workbook; one procedure a row.",
    "jsonl": "JSON lines: one whole record (as `/procedures/{code}`) a line.",
    "jsonld": "JSON-LD, EU Core Public Service Vocabulary (CPSV-AP `PublicService`).",
}


def stream_export(fmt: str) -> Response:
    """A streamed download of the catalogue in ``fmt``."""
    spec = FORMATS[fmt]
    name = f"thu-tuc-hanh-chinh-{dt.date.today().isoformat()}.{spec.extension}"
    response = Response(stream_with_context(spec.generate()), mimetype=spec.mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


@blp.route("/exports/procedures.<fmt>")
@blp.doc(parameters=[{"in": "path", "name": "fmt", "required": True,
                      "schema": {"type": "string", "enum": sorted(FORMATS)}}],
         responses={"200": {"description": " ".join(f"`{k}`: {v}" for k, v in _DOC.items()),
                            "content": {FORMATS[k].mimetype.split(";")[0]: {}
                                        for k in sorted(FORMATS)}}})
@blp.alt_response(404, description="Unknown format.")
def export_procedures(fmt: str):
    """The whole public catalogue (published and rescinded procedures) as a download."""
    if fmt not in FORMATS:
        abort(404, message="Unknown export format.")
    return stream_export(fmt)
