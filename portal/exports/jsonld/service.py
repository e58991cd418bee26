"""One procedure record as a CPSV-AP 3.2.0 ``PublicService`` node with its related nodes.

Rule for every property: written only when the record states the fact. An unknown value
(empty, or the source's "Không có thông tin") is left out, never written as "none" or 0.
"""
from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from flask import current_app, url_for

from .context import ADMS_STATUS, CURRENCY_VND, LANGUAGE_VI
from .duration import iso_duration

NO_INFO = "không có thông tin"

# The portal's concepts for the kinds of channel (ChannelKind values), labelled once here
# rather than with each record's own wording, so one concept has one preferred label.
CHANNEL_KINDS = {"truc_tiep": "Trực tiếp", "truc_tuyen": "Trực tuyến",
                 "buu_chinh": "Dịch vụ bưu chính", "khac": "Khác"}


def known(text: str | None) -> str | None:
    """``text`` stripped, or None when it is empty or says the source has no information."""
    text = (text or "").strip()
    if not text or unicodedata.normalize("NFC", text).casefold() == NO_INFO:
        return None
    return text


def web_iri(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None: stored links are data, and a
    ``javascript:`` or relative one must not become a node's identity."""
    url = (url or "").strip()
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def channel_time_limit(channel: dict) -> tuple[float | None, str | None]:
    """The (number, unit) of a channel's time limit as the importer read it, unit kept
    (working days, calendar days, hours, months, years); (None, None) when not stated."""
    return channel.get("time_limit_value"), channel.get("time_limit_unit")


def _province() -> dict | None:
    name = known(current_app.config.get("PORTAL_PROVINCE_NAME"))
    iri = web_iri(current_app.config.get("PORTAL_PROVINCE_IRI"))
    if not name and not iri:
        return None
    node: dict = {"@type": "Location"}
    if iri:
        node["@id"] = iri
    if name:
        node["geographicName"] = name
    return node


def _authority(agency: dict, province: dict | None) -> dict:
    node = {"@id": url_for("public.agency", item_id=agency["id"], _external=True),
            "@type": "PublicOrganisation", "identifier": str(agency["id"]),
            "prefLabel": agency["name"]}
    if province:
        node["spatial"] = province
    return node


def _authorities(rec: dict, province: dict | None) -> list[dict]:
    # CPSV-AP: "the responsible Agent for the delivery". The competent agency (cơ quan có
    # thẩm quyền) when the record names one, else the executing agency (cơ quan thực hiện),
    # which is the one that delivers it.
    agencies = rec["agencies"]["competent"] or rec["agencies"]["executing"]
    return [_authority(a, province) for a in agencies]


def _time_limit(value, unit, text: str | None) -> dict:
    """processingTime with the unit and number beside it.

    A working day has no ISO 8601 unit, so ``P20D`` alone would read as 20 calendar days.
    The unit goes beside it as ``portal:timeLimitUnit`` (the API's ``time_limit_unit``
    token) rather than in prose: a channel's ``dct:description`` is already its own text,
    and a consumer can filter on a token but not on a sentence.
    """
    out: dict = {}
    if (duration := iso_duration(value, unit)) is not None:
        out.update(processingTime=duration, timeLimitValue=value, timeLimitUnit=unit)
    if text := known(text):
        out["timeLimitText"] = text
    return out


def _channel_kind(kind: str) -> dict:
    node = {"@id": f"portal:kenh-{kind}", "@type": "Concept"}
    if kind in CHANNEL_KINDS:
        node["prefLabel"] = CHANNEL_KINDS[kind]
    return node


def _channel(rec: dict, pos: int, c: dict) -> dict:
    value, unit = channel_time_limit(c)
    node = {"@id": f"{rec['url']}#kenh-{pos}", "@type": "Channel",
            "identifier": f"{rec['code']}-kenh-{pos}", "type": _channel_kind(c["kind"]),
            **_time_limit(value, unit, c["time_limit_text"])}
    if desc := known(c["description"]) or known(c["kind_text"]):
        node["description"] = desc
    return node


def _costs(rec: dict) -> list[dict]:
    out = []
    for pos, c in enumerate(rec["channels"], start=1):
        text = known(c["fee_text"])
        if c["fee_amount"] is None and not text:
            continue
        cost: dict = {"@id": f"{rec['url']}#phi-{pos}", "@type": "Cost",
                      "identifier": f"{rec['code']}-phi-{pos}",
                      "ifAccessedThrough": f"{rec['url']}#kenh-{pos}"}
        if c["fee_amount"] is not None:
            cost.update(hasValue=c["fee_amount"], currency=CURRENCY_VND)
        if text:
            cost["description"] = text
        out.append(cost)
    if not out and (text := known(rec["fee_text"])):
        out.append({"@id": f"{rec['url']}#phi", "@type": "Cost",
                    "identifier": f"{rec['code']}-phi", "description": text})
    return out


def _evidence(rec: dict, pos: int, d: dict) -> dict:
    node = {"@id": f"{rec['url']}#ho-so-{pos}", "@type": "Evidence",
            "identifier": f"{rec['code']}-ho-so-{pos}", "name": d["name"]}
    if form := known(d["form"]):
        node["description"] = form
    if case := known(d["case"]):
        node["dossierCase"] = case
    for key in ("originals", "copies"):
        if d[key] is not None:
            node[key] = d[key]
    return node


def _legal_resource(b: dict) -> dict:
    # Vietnamese legal documents have no official ELI. The document's number (e.g.
    # "60/2014/QH13") is its identifier, and the link to its published text, when the
    # record has one, is the node's IRI.
    node: dict = {"@type": "LegalResource"}
    if iri := web_iri(b["url"]):
        node["@id"] = iri
    if number := known(b["number"]):
        node.update(identifier=number, localId=number)
    if title := known(b["title"]):
        node["legalTitle"] = title
    if b["issued_on"]:
        node["dateDocument"] = b["issued_on"]
    if issuer := known(b.get("issuer")):
        node["passedBy"] = {"@type": "Agent", "prefLabel": issuer}
    return node


def _contact_point(rec: dict) -> dict | None:
    if not (address := known(rec["receiving_address"])):
        return None
    return {"@id": f"{rec['url']}#noi-tiep-nhan", "@type": "ContactPoint",
            "address": {"@type": "Address", "fullAddress": address}}


def _common_time_limit(rec: dict) -> dict:
    """The service's processingTime when every channel that states one states the same."""
    limits = {channel_time_limit(c) for c in rec["channels"]} - {(None, None)}
    if len(limits) != 1:
        return {}
    value, unit = limits.pop()
    return _time_limit(value, unit, None)


def public_service(rec: dict) -> dict:
    """The JSON-LD node of one procedure record (see ``record.procedure_record``)."""
    province = _province()
    url = rec["url"]
    node = {
        "@id": url, "@type": "PublicService", "identifier": rec["code"], "name": rec["name"],
        # CPSV-AP requires a description; the record's own account of the service is its steps.
        "description": "\n".join(rec["steps"]) or rec["name"],
        "language": LANGUAGE_VI, "onlineServiceLevel": rec["level"],
        "hasCompetentAuthority": _authorities(rec, province),
        "hasChannel": [_channel(rec, pos, c) for pos, c in enumerate(rec["channels"], start=1)],
        "hasInput": [_evidence(rec, pos, d) for pos, d in enumerate(rec["documents"], start=1)],
        "hasCost": _costs(rec),
        "hasLegalResource": [_legal_resource(b) for b in rec["legal_basis"]],
        **_common_time_limit(rec),
    }
    if status := ADMS_STATUS.get(rec["status"]):
        node["status"] = status
    if result := known(rec["result"]):
        node["produces"] = [{"@id": f"{url}#ket-qua", "@type": "Output",
                             "identifier": f"{rec['code']}-ket-qua", "name": result}]
    if contact := _contact_point(rec):
        node["contactPoint"] = contact
    if province:
        node["spatial"] = province
    if rec["field"]:
        node["sector"] = {"@id": url_for("public.field", item_id=rec["field"]["id"],
                                         _external=True),
                          "@type": "Concept", "prefLabel": rec["field"]["name"]}
    if source := web_iri(rec["source_url"]):
        node["source"] = source
    return {k: v for k, v in node.items() if v != []}
