"""Count the defect signatures of issue 12 on the national file.

Parses every record of ../shared/data/dvcqg-catalogue-2026-07.jsonl.gz the way
the importer does (resolve_code + normalise_record, no database: the payload is
exactly what the importer writes) and prints one line per signature. Run it
before and after a parser change to see what moved:

    .venv/bin/python bench/faithful_defects.py [PATH]

The counting rules live in ``portal.imports.defects`` so that the real-data
test asserts on the same definitions.
"""
from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from portal.imports.defects import count_defects  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "dvcqg-catalogue-2026-07.jsonl.gz"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    started = time.perf_counter()
    counts, _ = count_defects(records)
    for name, value in counts.items():
        print(f"{name:<34} {value}")
    print(f"parsed {len(records)} records in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
