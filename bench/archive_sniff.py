"""Time and memory the form-file sniffer spends refusing a decompression bomb.

    .venv/bin/python bench/archive_sniff.py [--gib N]

Builds in memory an .odt whose ``mimetype`` entry declares 40 bytes but inflates to
N GiB (default 1; about 1 MB on the wire per GiB), runs ``detect_kind`` on it and
prints the wall time, the peak of Python allocations (tracemalloc) and the growth of
the process's peak resident memory. Prints figures; asserts nothing (target: under
1 s and under 50 MB).
"""
from __future__ import annotations

import argparse
import io
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=int, default=1)
    args = parser.parse_args()
    from portal.forms.sniff import detect_kind
    from tests.trust.samples import docx, inflating_odt

    bomb = inflating_odt(args.gib << 30)
    detect_kind(io.BytesIO(docx()))  # imports and first-use costs out of the figure
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    kind = detect_kind(io.BytesIO(bomb))
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    print(f"bomb: {len(bomb) / 1e6:.2f} MB on the wire, inflates to {args.gib} GiB, "
          f"mimetype declares 40 bytes")
    print(f"verdict: {kind or 'refused'}")
    print(f"time: {seconds * 1000:.1f} ms  python peak: {peak / 1e6:.2f} MB  "
          f"peak RSS growth: {rss_growth / 1024:.1f} MB")


if __name__ == "__main__":
    main()
