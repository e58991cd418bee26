"""The JSON-LD export read as a CPSV-AP consumer reads it: expanded by a real JSON-LD processor.

Every check runs on the flattened graph pyld produces (full IRIs, typed values), so a term the
context does not define, a wrong IRI or a mistyped value fails here, not at a consumer's.
Expected values come from the database rows, never from the export itself.
"""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyld import jsonld
from sqlalchemy import select

from portal.catalogue.models import AgencyRole, Procedure, Status
from portal.exports.jsonld import UNITS, iso_duration
from portal.exports.jsonld.context import PORTAL_VOCAB
from portal.exports.jsonld.service import public_service
from portal.exports.record import procedure_record
from portal.extensions import db

CPSV = "http://purl.org/vocab/cpsv#"
CV = "http://data.europa.eu/m8g/"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ELI = "http://data.europa.eu/eli/ontology#"
LOCN = "http://www.w3.org/ns/locn#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ADMS_STATUS = "http://purl.org/adms/status/"
VND = "http://publications.europa.eu/resource/authority/currency/VND"
VIE = "http://publications.europa.eu/resource/authority/language/VIE"
PROVINCE = {"PORTAL_PROVINCE_NAME": "Tỉnh Quảng Nam",
            "PORTAL_PROVINCE_IRI": "http://www.wikidata.org/entity/Q36596"}


def refuse_remote(url, options=None):
    raise AssertionError(f"the export made the processor fetch {url}")


class Graph:
    """The export flattened by pyld: nodes by @id, values by full property IRI."""

    def __init__(self, doc: dict):
        dropped: list = []
        flat = jsonld.flatten(doc, None, {"documentLoader": refuse_remote})
        jsonld.expand(doc, {"documentLoader": refuse_remote}, on_property_dropped=dropped.append)
        assert dropped == [], f"terms the context does not define: {dropped}"
        self.nodes = {n["@id"]: n for n in flat}

    def objects(self, node: dict, prop: str) -> list:
        return node.get(prop, [])

    def linked(self, node: dict, prop: str) -> list[dict]:
        return [self.nodes[o["@id"]] for o in self.objects(node, prop)]

    def value(self, node: dict, prop: str):
        values = [o["@value"] for o in self.objects(node, prop)]
        assert len(values) <= 1, (prop, values)
        return values[0] if values else None

    def iri(self, node: dict, prop: str) -> str | None:
        ids = [o["@id"] for o in self.objects(node, prop)]
        assert len(ids) <= 1, (prop, ids)
        return ids[0] if ids else None

    def services(self) -> dict[str, dict]:
        return {self.value(n, DCT + "identifier"): n for n in self.nodes.values()
                if CPSV + "PublicService" in n.get("@type", [])}


def export_graph(client) -> Graph:
    resp = client.get("/api/v1/exports/procedures.jsonld")
    assert resp.status_code == 200
    doc = json.loads(resp.get_data())
    assert isinstance(doc["@context"], dict)  # inline: nothing for a consumer to fetch
    return Graph(doc)


# --- iso_duration ---------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "unit", "expected"), [
    (30, "working_day", "P30D"), (30, "day", "P30D"), (1, "hour", "PT1H"),
    (6, "month", "P6M"), (1, "year", "P1Y"), (20.0, "working_day", "P20D"),
    (36, "hour", "PT36H"), (18, "month", "P18M"), (0, "day", "P0D"),
])
def test_iso_duration_of_every_unit(value, unit, expected):
    assert iso_duration(value, unit) == expected


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (1.5, "hour", "PT1H30M"), (0.5, "day", "PT12H"), (1.25, "day", "P1DT6H"),
    (1.5, "year", "P1Y6M"),
    # no exact smaller unit: rounded up, never shorter than the law's limit
    (0.5, "working_day", "P1D"), (2.5, "month", "P3M"),
])
def test_iso_duration_of_fractions_is_valid_xsd_duration(value, unit, expected):
    assert iso_duration(value, unit) == expected


# XML Schema 1.1 Part 2, 3.3.6 duration: digits per unit, a fraction only on seconds.
XSD_DURATION = re.compile(
    r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")


@given(value=st.one_of(st.integers(0, 10**6), st.floats(0, 10**5, allow_subnormal=False)),
       unit=st.sampled_from(UNITS))
def test_iso_duration_is_always_a_valid_xsd_duration(value, unit):
    assert XSD_DURATION.fullmatch(iso_duration(value, unit))


@given(value=st.integers(1, 10**6), unit=st.sampled_from(UNITS))
def test_iso_duration_of_a_whole_number_keeps_the_number(value, unit):
    letter = {"working_day": "D", "day": "D", "hour": "H", "month": "M", "year": "Y"}[unit]
    assert iso_duration(value, unit) == ("PT" if unit == "hour" else "P") + f"{value}{letter}"


def test_iso_duration_of_unknown_is_none_and_of_nonsense_an_error():
    assert iso_duration(None, "day") is None and iso_duration(5, None) is None
    for value, unit in ((3, "week"), (3, "working_days"), (-1, "day"), (float("nan"), "hour"),
                        ("3", "day"), (True, "day")):
        with pytest.raises(ValueError):
            iso_duration(value, unit)


# --- the export on the web fixture catalogue (hand-made records, every edge) -----------------

def test_export_is_cpsv_ap_with_nulls_left_out(client, catalogue, monkeypatch):
    for key, value in PROVINCE.items():
        monkeypatch.setitem(client.application.config, key, value)
    catalogue.marriage.receiving_address = "Không có thông tin"
    catalogue.birth.receiving_address = "Bộ phận Một cửa, 02 Trần Hưng Đạo"
    db.session.commit()
    graph = export_graph(client)
    services = graph.services()
    assert set(services) == {"1.001193", "1.000894", "1.002804", "1.004884", "1.009999"}
    birth = services["1.001193"]
    assert graph.objects(birth, DCT + "title") == \
        [{"@value": "Đăng ký khai sinh", "@language": "vi"}]
    assert graph.iri(birth, DCT + "language") == VIE
    assert graph.iri(birth, "http://www.w3.org/ns/adms#status") == ADMS_STATUS + "Completed"
    assert graph.iri(services["1.004884"], "http://www.w3.org/ns/adms#status") == \
        ADMS_STATUS + "Withdrawn"
    assert graph.iri(birth, DCT + "spatial") == PROVINCE["PORTAL_PROVINCE_IRI"]

    # Channels differ (20 and 15 working days): each states its own, the service none.
    assert CV + "processingTime" not in birth
    channels = graph.linked(birth, CV + "hasChannel")
    assert [graph.value(c, CV + "processingTime") for c in channels] == ["P20D", "P15D"]
    assert [graph.objects(c, CV + "processingTime")[0]["@type"] for c in channels] == \
        [XSD + "duration"] * 2
    assert {graph.value(c, PORTAL_VOCAB + "timeLimitUnit") for c in channels} == {"working_day"}
    kinds = [graph.linked(c, DCT + "type")[0] for c in channels]
    assert [k["@id"] for k in kinds] == \
        [PORTAL_VOCAB + "kenh-truc_tiep", PORTAL_VOCAB + "kenh-truc_tuyen"]
    assert [graph.value(k, SKOS + "prefLabel") for k in kinds] == ["Trực tiếp", "Trực tuyến"]

    # The fee is on the in-person channel only; the online channel states none: no cost for it.
    (cost,) = graph.linked(birth, CV + "hasCost")
    assert graph.value(cost, CV + "hasValue") == 1234000
    assert graph.iri(cost, CV + "currency") == VND
    assert graph.iri(cost, CV + "ifAccessedThrough") == channels[0]["@id"]
    # Amount unknown, text known: the cost says the text and no value (never 0).
    (unknown_fee,) = graph.linked(services["1.000894"], CV + "hasCost")
    assert CV + "hasValue" not in unknown_fee
    assert graph.value(unknown_fee, DCT + "description") == "Lệ phí"

    form, id_card = graph.linked(birth, CPSV + "hasInput")
    assert graph.value(form, PORTAL_VOCAB + "originals") == 1
    assert graph.value(form, PORTAL_VOCAB + "copies") == 0  # the source says 0: stated
    assert PORTAL_VOCAB + "originals" not in id_card  # unknown, not 0
    assert graph.value(id_card, PORTAL_VOCAB + "copies") == 1

    (law,) = graph.linked(birth, CV + "hasLegalResource")
    assert ELI + "LegalResource" in law["@type"]
    assert graph.value(law, DCT + "identifier") == "123/2015/QH13"
    assert graph.value(law, ELI + "date_document") == "2015-11-20"

    (contact,) = graph.linked(birth, CV + "contactPoint")
    (address,) = graph.linked(contact, LOCN + "address")
    assert graph.value(address, LOCN + "fullAddress") == "Bộ phận Một cửa, 02 Trần Hưng Đạo"
    assert CV + "contactPoint" not in services["1.000894"]  # "no information" is not an address

    (result,) = graph.linked(birth, CPSV + "produces")
    assert graph.value(result, DCT + "title") == "Giấy khai sinh"
    assert CPSV + "produces" not in services["1.000894"]
    assert graph.iri(birth, DCT + "source") == "https://dichvucong.gov.vn/tthc/1.001193"
    (sector,) = graph.linked(birth, CV + "sector")
    assert sector["@id"] == f"http://localhost/linh-vuc/{catalogue.civil.id}"
    assert graph.value(sector, SKOS + "prefLabel") == "Hộ tịch"
    # A stored javascript: link never becomes an identity or a link.
    assert "javascript:alert(1)" not in json.dumps(list(graph.nodes.values()))


def test_export_converts_to_rdf_with_typed_values(client, catalogue):
    # What a triple store loads: N-Quads from the same document, values in their XSD types.
    doc = json.loads(client.get("/api/v1/exports/procedures.jsonld").get_data())
    quads = jsonld.to_rdf(doc, {"format": "application/n-quads",
                                "documentLoader": refuse_remote}).splitlines()
    page = "<http://localhost/thu-tuc/1.001193"
    assert f'{page}#phi-1> <{CV}hasValue> "1.234E6"^^<{XSD}double> .' in quads
    assert f'{page}#kenh-1> <{CV}processingTime> "P20D"^^<{XSD}duration> .' in quads
    assert f'{page}#ho-so-1> <{PORTAL_VOCAB}copies> "0"^^<{XSD}nonNegativeInteger> .' in quads
    assert f'{page}> <{CV}hasCompetentAuthority> ' \
        f'<http://localhost/co-quan/{catalogue.justice.id}> .' in quads


def test_an_agency_is_one_node_with_a_stable_iri(client, catalogue):
    graph = export_graph(client)
    services = graph.services()
    justice = {a["@id"] for code in ("1.001193", "1.000894")
               for a in graph.linked(services[code], CV + "hasCompetentAuthority")}
    assert justice == {f"http://localhost/co-quan/{catalogue.justice.id}"}
    node = graph.nodes[justice.pop()]
    assert CV + "PublicOrganisation" in node["@type"]
    assert graph.value(node, SKOS + "prefLabel") == "Sở Tư pháp"
    assert graph.value(node, DCT + "identifier") == str(catalogue.justice.id)
    # No province configured: spatial is not stated rather than invented.
    assert DCT + "spatial" not in node and DCT + "spatial" not in services["1.001193"]


def test_time_limits_keep_their_own_unit(app_ctx, catalogue):
    # The export keeps the unit the importer read: 6 months is P6M, 1 hour PT1H.
    with app_ctx.test_request_context():
        rec = procedure_record(catalogue.birth)
        rec["channels"][0].update(time_limit_value=6, time_limit_unit="month")
        rec["channels"][1].update(time_limit_value=1, time_limit_unit="hour")
        channels = public_service(rec)["hasChannel"]
        assert [(c["processingTime"], c["timeLimitUnit"]) for c in channels] == \
            [("P6M", "month"), ("PT1H", "hour")]
        rec["channels"][1].update(time_limit_value=None, time_limit_unit=None)
        node = public_service(rec)
        assert "processingTime" not in node["hasChannel"][1]
        assert node["processingTime"] == "P6M"  # the one stated limit is the service's


# --- real records: the demo catalogue the app ships -------------------------------------------

def stated(text: str | None) -> str | None:
    """The text a record states, or None for empty or the source's "no information"."""
    text = (text or "").strip()
    return None if text in ("", "Không có thông tin") else text


def expected_duration(channel) -> str | None:
    return iso_duration(channel.time_limit_value, channel.time_limit_unit)


def check_service(graph: Graph, node: dict, proc: Procedure) -> None:
    """Every CPSV-AP property of ``node`` against the database row ``proc``."""
    assert graph.value(node, DCT + "title") == proc.name
    authorities = graph.linked(node, CV + "hasCompetentAuthority")
    expected = proc.agencies(AgencyRole.COMPETENT) or proc.agencies(AgencyRole.EXECUTING)
    assert [graph.value(a, SKOS + "prefLabel") for a in authorities] == [a.name for a in expected]
    assert all(a["@id"].endswith(f"/co-quan/{e.id}") for a, e in zip(authorities, expected))
    assert all(graph.iri(a, DCT + "spatial") == PROVINCE["PORTAL_PROVINCE_IRI"]
               for a in authorities)
    inputs = graph.linked(node, CPSV + "hasInput")
    assert [(graph.value(e, DCT + "title"), graph.value(e, PORTAL_VOCAB + "originals"),
             graph.value(e, PORTAL_VOCAB + "copies")) for e in inputs] == \
        [(d.name, d.originals, d.copies) for d in proc.documents]
    costs = {c["@id"]: c for c in graph.linked(node, CV + "hasCost")}
    channels = graph.linked(node, CV + "hasChannel")
    assert len(channels) == len(proc.channels)
    for ch_node, ch in zip(channels, proc.channels):
        assert graph.value(ch_node, CV + "processingTime") == expected_duration(ch)
        cost = costs.get(ch_node["@id"].replace("#kenh-", "#phi-"))
        assert (graph.value(cost, CV + "hasValue") if cost else None) == ch.fee_amount
        if ch.fee_amount is not None:
            assert graph.iri(cost, CV + "currency") == VND
    legal = graph.linked(node, CV + "hasLegalResource")
    assert [graph.value(r, DCT + "identifier") for r in legal] == \
        [stated(b.number) for b in proc.legal_bases]
    produces = [graph.value(o, DCT + "title") for o in graph.linked(node, CPSV + "produces")]
    assert produces == ([stated(proc.result)] if stated(proc.result) else [])
    contact = graph.linked(node, CV + "contactPoint")
    addresses = [graph.value(a, LOCN + "fullAddress")
                 for c in contact for a in graph.linked(c, LOCN + "address")]
    address = stated(proc.receiving_address)
    assert addresses == ([address] if address else [])
    assert graph.iri(node, DCT + "spatial") == PROVINCE["PORTAL_PROVINCE_IRI"]
    assert graph.iri(node, DCT + "language") == VIE
    status = {Status.PUBLISHED: "Completed", Status.RESCINDED: "Withdrawn"}[proc.status]
    assert graph.iri(node, "http://www.w3.org/ns/adms#status") == ADMS_STATUS + status
    sector = graph.linked(node, CV + "sector")
    assert [graph.value(s, SKOS + "prefLabel") for s in sector] == \
        ([proc.field.name] if proc.field else [])


def public_procedures() -> list[Procedure]:
    return list(db.session.scalars(select(Procedure).where(
        Procedure.status.in_((Status.PUBLISHED, Status.RESCINDED))).order_by(Procedure.code)))


@pytest.mark.slow
def test_demo_catalogue_says_every_fact_it_has(client, monkeypatch):
    from portal.demo import demo_files
    from portal.imports.files import import_file

    for key, value in PROVINCE.items():
        monkeypatch.setitem(client.application.config, key, value)
    for path in demo_files():
        import_file(path)
    db.session.commit()
    graph = export_graph(client)
    services = graph.services()
    procs = public_procedures()
    assert len(procs) > 100 and set(services) == {p.code for p in procs}
    for proc in procs:
        check_service(graph, services[proc.code], proc)
    # The demo has addresses, fees and counts: the checks above met each fact at least once.
    assert any(CV + "contactPoint" in s for s in services.values())
    assert any(CV + "hasValue" in c for c in graph.nodes.values())


# --- real records: a few of the national catalogue, through the importer ----------------------

def sample_national_lines(path, per_kind: int = 6) -> list:
    """Lines of the national file chosen for the facts the export writes: a receiving
    address, a fee amount in đồng, a time limit in hours or months, and the first records."""
    from portal.imports.readers import read_json_lines

    kinds = {
        "first": lambda r: True,
        "address": lambda r: stated(r.get("dia_chi_tiep_nhan")) is not None,
        "fee": lambda r: "đồng" in r.get("cach_thuc_thuc_hien", "").lower(),
        "hours": lambda r: "Giờ" in r.get("cach_thuc_thuc_hien", ""),
        "months": lambda r: "Tháng" in r.get("cach_thuc_thuc_hien", ""),
    }
    chosen: dict[int, object] = {}
    counts = dict.fromkeys(kinds, 0)
    for line in read_json_lines(path):
        if line.record is None:
            continue
        for kind, wanted in kinds.items():
            if counts[kind] < per_kind and wanted(line.record):
                counts[kind] += 1
                chosen[line.number] = line
    assert all(counts.values()), counts
    return [chosen[n] for n in sorted(chosen)]


@pytest.mark.needs_shared_data
@pytest.mark.slow
def test_real_national_records_say_every_fact_they_have(client, monkeypatch):
    from portal.imports.services import import_records

    from ..conftest import NATIONAL_JSONL, shared_data

    lines = sample_national_lines(shared_data(NATIONAL_JSONL.name))
    for key, value in PROVINCE.items():
        monkeypatch.setitem(client.application.config, key, value)
    report = import_records(lines, NATIONAL_JSONL.name)
    db.session.commit()
    assert report.created >= 20
    graph = export_graph(client)
    services = graph.services()
    procs = public_procedures()
    assert set(services) == {p.code for p in procs}
    for proc in procs:
        check_service(graph, services[proc.code], proc)
    assert any(CV + "contactPoint" in s for s in services.values())
    assert any(CV + "hasValue" in c and graph.value(c, CV + "hasValue") > 0
               for c in graph.nodes.values())
