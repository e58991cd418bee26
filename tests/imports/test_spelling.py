"""The official spelling is kept character for character (NFC only); search
finds it under either tone placement (issue 12)."""
import unicodedata

from sqlalchemy import select

from portal.catalogue.models import Procedure
from portal.extensions import db
from portal.imports.files import import_file

from .records import record, write_jsonl


def test_old_tone_placement_is_kept_and_found_by_both_spellings(client, tmp_path):
    # Written decomposed (NFD) too: NFC is the only change the importer may make.
    name = unicodedata.normalize("NFD", "Cấp giấy phép hoá chất thuỷ sản")
    import_file(write_jsonl(tmp_path / "a.jsonl", [record("1.000020", name)]))
    db.session.commit()
    stored = db.session.scalar(select(Procedure.name).where(Procedure.code == "1.000020"))
    assert stored == unicodedata.normalize("NFC", "Cấp giấy phép hoá chất thuỷ sản")
    for query in ("hoá chất thuỷ sản", "hóa chất thủy sản", "hoa chat thuy san"):
        body = client.get("/api/v1/procedures", query_string={"q": query}).get_json()
        assert [item["code"] for item in body["items"]] == ["1.000020"], query
    page = client.get("/thu-tuc/1.000020").get_data(as_text=True)
    assert "hoá chất thuỷ sản" in page
