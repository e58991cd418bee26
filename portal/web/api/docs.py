"""A browsable page of the API, rendered on the server from the OpenAPI document."""
from flask import Blueprint, render_template

from ...extensions import api

bp = Blueprint("api_docs", __name__)

METHODS = ("get", "post", "put", "patch", "delete")


def _resolved(spec: dict, response: dict) -> dict:
    """A response object with its ``$ref`` (``#/components/responses/DEFAULT_ERROR``) followed,
    so the page shows the description, not the reference's internal name."""
    ref = response.get("$ref", "")
    if not ref.startswith("#/components/responses/"):
        return response
    return spec.get("components", {}).get("responses", {}).get(ref.rsplit("/", 1)[-1], {})


def _operations(spec: dict) -> list[dict]:
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = item[method]
                params = item.get("parameters", []) + op.get("parameters", [])
                ops.append({"method": method.upper(), "path": path, "op": op,
                            "params": params,
                            "responses": {status: _resolved(spec, r)
                                          for status, r in op.get("responses", {}).items()}})
    return ops


@bp.get("/docs")
def docs():
    """The API reference, readable without JavaScript."""
    spec = api.spec.to_dict()
    return render_template("public/api_docs.html", spec=spec, operations=_operations(spec),
                           schemas=spec.get("components", {}).get("schemas", {}))
