"""The JSON-LD @context of the export: CPSV-AP 3.2.0 terms, inlined.

Property and class IRIs follow CPSV-AP 3.2.0 (SEMIC,
https://semiceu.github.io/CPSV-AP/releases/3.2.0/, its SHACL shapes and JSON-LD context).
Changes from 2.x that consumers meet here: the contact point is ``cv:contactPoint`` (2.x
``cv:hasContactPoint``), a cost's amount is ``cv:hasValue``, the currency and language are
concepts (IRIs of the EU authority tables), and the legal basis is ``cv:hasLegalResource``
to an ``eli:LegalResource``.

The context is written inline in every document, so a consumer (or our own tests, on a
closed network) never has to fetch a remote context.
"""
from __future__ import annotations

# The portal's own terms, for facts CPSV-AP has no property for (the number of originals and
# copies of a document, the unit a time limit is stated in). A URN, not an http IRI: the
# portal's host name differs per deployment while this context is one constant, and a
# CPSV-AP consumer that does not know these terms simply ignores them.
PORTAL_VOCAB = "urn:x-tthc-portal:vocab:"

# EU Publications Office authority tables (the controlled vocabularies CPSV-AP recommends):
# currency codes are ISO 4217, language codes ISO 639-2/B.
CURRENCY_VND = "http://publications.europa.eu/resource/authority/currency/VND"
LANGUAGE_VI = "http://publications.europa.eu/resource/authority/language/VIE"

# adms:status takes a concept of the ADMS status vocabulary. A published procedure is in
# force (Completed), a draft is being prepared (UnderDevelopment), a rescinded one (bãi bỏ)
# is Withdrawn.
ADMS_STATUS = {
    "published": "http://purl.org/adms/status/Completed",
    "draft": "http://purl.org/adms/status/UnderDevelopment",
    "rescinded": "http://purl.org/adms/status/Withdrawn",
}

_IRI = {"@type": "@id"}


def _vi(iri: str) -> dict:
    return {"@id": iri, "@language": "vi"}


def _ref(iri: str) -> dict:
    return {"@id": iri, **_IRI}


CONTEXT = {
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "adms": "http://www.w3.org/ns/adms#",
    "locn": "http://www.w3.org/ns/locn#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "portal": PORTAL_VOCAB,
    # Classes
    "PublicService": "cpsv:PublicService",
    "PublicOrganisation": "cv:PublicOrganisation",
    "Evidence": "cv:Evidence",
    "Output": "cv:Output",
    "Cost": "cv:Cost",
    "Channel": "cv:Channel",
    "ContactPoint": "cv:ContactPoint",
    "Address": "locn:Address",
    "LegalResource": "eli:LegalResource",
    "Location": "dct:Location",
    "Concept": "skos:Concept",
    "Agent": "dct:Agent",
    # Properties shared by several classes
    "identifier": "dct:identifier",
    "name": _vi("dct:title"),
    "description": _vi("dct:description"),
    "prefLabel": _vi("skos:prefLabel"),
    "type": _ref("dct:type"),
    "spatial": _ref("dct:spatial"),
    "language": _ref("dct:language"),
    "processingTime": {"@id": "cv:processingTime", "@type": "xsd:duration"},
    # PublicService
    "hasCompetentAuthority": _ref("cv:hasCompetentAuthority"),
    "hasInput": _ref("cpsv:hasInput"),
    "produces": _ref("cpsv:produces"),
    "hasCost": _ref("cv:hasCost"),
    "hasChannel": _ref("cv:hasChannel"),
    "hasLegalResource": _ref("cv:hasLegalResource"),
    "contactPoint": _ref("cv:contactPoint"),
    "status": _ref("adms:status"),
    "sector": _ref("cv:sector"),
    "source": _ref("dct:source"),
    # Cost
    "hasValue": {"@id": "cv:hasValue", "@type": "xsd:double"},
    "currency": _ref("cv:currency"),
    "ifAccessedThrough": _ref("cv:ifAccessedThrough"),
    # ContactPoint and Location (Core Location Vocabulary)
    "address": _ref("locn:address"),
    "fullAddress": _vi("locn:fullAddress"),
    "geographicName": _vi("locn:geographicName"),
    # LegalResource (ELI ontology)
    "localId": "eli:id_local",
    "legalTitle": _vi("eli:title"),
    "dateDocument": {"@id": "eli:date_document", "@type": "xsd:date"},
    "passedBy": _ref("eli:passed_by"),
    # The portal's own terms
    "originals": {"@id": "portal:originals", "@type": "xsd:nonNegativeInteger"},
    "copies": {"@id": "portal:copies", "@type": "xsd:nonNegativeInteger"},
    "dossierCase": _vi("portal:dossierCase"),
    "timeLimitValue": {"@id": "portal:timeLimitValue", "@type": "xsd:decimal"},
    "timeLimitUnit": "portal:timeLimitUnit",
    "timeLimitText": _vi("portal:timeLimitText"),
    "onlineServiceLevel": {"@id": "portal:onlineServiceLevel", "@type": "xsd:integer"},
}
