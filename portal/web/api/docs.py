"""A browsable page of the API, rendered on the server from the OpenAPI document."""
from flask import Blueprint, render_template

from ...extensions import api

bp = Blueprint("api_docs", __name__)

METHODS = ("get", "post", "put", "patch", "delete")


def _operations(spec: dict) -> list[dict]:
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = item[method]
                params = item.get("parameters", []) + op.get("parameters", [])
                ops.append({"method": method.upper(), "path": path, "op": op,
                            "params": params, "responses": op.get("responses", {})})
    return ops


@bp.get("/docs")
def docs():
    """The API reference, readable without JavaScript."""
    spec = api.spec.to_dict()
    return render_template("public/api_docs.html", spec=spec, operations=_operations(spec),
                           schemas=spec.get("components", {}).get("schemas", {}))
