"""A procedure as a CPSV-AP ``PublicService`` (EU Core Public Service Vocabulary)."""
from __future__ import annotations

import math

# Short names for the CPSV-AP terms we use (cpsv: and cv: namespaces, Dublin Core, SKOS).
CONTEXT = {
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "PublicService": "cpsv:PublicService",
    "PublicOrganisation": "cv:PublicOrganisation",
    "Evidence": "cv:Evidence",
    "Cost": "cv:Cost",
    "Channel": "cv:Channel",
    "Rule": "cpsv:Rule",
    "identifier": "dct:identifier",
    "name": {"@id": "dct:title", "@language": "vi"},
    "description": {"@id": "dct:description", "@language": "vi"},
    "prefLabel": {"@id": "skos:prefLabel", "@language": "vi"},
    "hasCompetentAuthority": "cv:hasCompetentAuthority",
    "hasInput": "cpsv:hasInput",
    "hasCost": "cv:hasCost",
    "value": "cv:value",
    "currency": "cv:currency",
    "processingTime": {"@id": "cv:processingTime", "@type": "xsd:duration"},
    "hasChannel": "cv:hasChannel",
    "channelType": "dct:type",
    "follows": "cpsv:follows",
    "sector": {"@id": "cv:sector", "@language": "vi"},
    "landingPage": {"@id": "dct:source", "@type": "@id"},
}


def iso_duration(days: float | None) -> str | None:
    """Working days as an ISO 8601 duration (``P20D``); part days round up to a day."""
    if days is None or days < 0:
        return None
    return f"P{math.ceil(days)}D"


def _authorities(rec: dict) -> list[dict]:
    agencies = rec["agencies"]["competent"] or rec["agencies"]["executing"]
    return [{"@type": "PublicOrganisation", "prefLabel": a["name"]} for a in agencies]


def _costs(rec: dict) -> list[dict]:
    out = []
    for c in rec["channels"]:
        if c["fee_amount"] is None and not c["fee_text"]:
            continue
        cost = {"@type": "Cost", "description": c["fee_text"] or str(c["fee_amount"])}
        if c["fee_amount"] is not None:
            cost.update(value=c["fee_amount"], currency="VND")
        out.append(cost)
    return out


def _channels(rec: dict) -> list[dict]:
    return [{"@type": "Channel", "channelType": c["kind"],
             "description": c["kind_text"] or c["kind"],
             **({"processingTime": d} if (d := iso_duration(c["working_days"])) else {})}
            for c in rec["channels"]]


def public_service(rec: dict) -> dict:
    """The JSON-LD node of one procedure record (see ``record.procedure_record``)."""
    node = {
        "@id": rec["url"],
        "@type": "PublicService",
        "identifier": rec["code"],
        "name": rec["name"],
        "description": rec["result"] or rec["name"],
        "hasCompetentAuthority": _authorities(rec),
        "hasInput": [{"@type": "Evidence", "name": d["name"],
                      **({"description": d["form"]} if d["form"] else {})}
                     for d in rec["documents"]],
        "hasCost": _costs(rec),
        "hasChannel": _channels(rec),
        "follows": [{"@type": "Rule", "identifier": b["number"], "name": b["title"] or b["number"]}
                    for b in rec["legal_basis"]],
    }
    if (duration := iso_duration(rec["time_limit_days"])) is not None:
        node["processingTime"] = duration
    if rec["field"]:
        node["sector"] = rec["field"]["name"]
    if rec["source_url"]:
        node["landingPage"] = rec["source_url"]
    return node
