"""Recognise a form file by its content (magic bytes), never by its name.

Accepted: PDF, DOC, XLS (OLE2 compound files), DOCX, XLSX (Office Open XML),
ODT, ODS (OpenDocument). Everything else, an executable renamed ``.pdf``
included, is refused.
"""
from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

# kind -> (content type, extension shown to citizens)
KINDS: dict[str, tuple[str, str]] = {
    "pdf": ("application/pdf", ".pdf"),
    "doc": ("application/msword", ".doc"),
    "xls": ("application/vnd.ms-excel", ".xls"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "odt": ("application/vnd.oasis.opendocument.text", ".odt"),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
}

PDF_MAGIC = b"%PDF-"
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
_ODF_KINDS = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_OLE_FREE, _OLE_END = 0xFFFFFFFF, 0xFFFFFFFE


def detect_kind(fh: BinaryIO) -> str | None:
    """The kind of the file open in ``fh`` (seekable, binary), or None."""
    fh.seek(0)
    head = fh.read(8)
    fh.seek(0)
    if head.startswith(PDF_MAGIC):
        return "pdf"
    if head == OLE2_MAGIC:
        return _ole_kind(fh)
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(fh)
    return None


def _zip_kind(fh: BinaryIO) -> str | None:
    try:
        with zipfile.ZipFile(fh) as zf:
            infos = {info.filename: info for info in zf.infolist()}
            if "mimetype" in infos and infos["mimetype"].file_size <= 100:
                return _ODF_KINDS.get(zf.read("mimetype").strip())
            if "[Content_Types].xml" not in infos:
                return None
            # Macro-enabled documents (docm, xlsm) carry a VBA project: refused.
            if any(name.endswith("vbaProject.bin") for name in infos):
                return None
            if any(name.startswith("word/") for name in infos):
                return "docx"
            if any(name.startswith("xl/") for name in infos):
                return "xlsx"
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        return None
    return None


def _ole_kind(fh: BinaryIO) -> str | None:
    """DOC or XLS by the name of the main stream in the compound file's directory;
    other OLE2 files (MSI installers, Outlook messages) are refused."""
    try:
        names = _ole_stream_names(fh)
    except (struct.error, ValueError, IndexError):
        return None
    if "WordDocument" in names:
        return "doc"
    if "Workbook" in names or "Book" in names:
        return "xls"
    return None


def _ole_stream_names(fh: BinaryIO, max_entries: int = 4096) -> set[str]:
    """Names in the directory of a compound file (MS-CFB), read with bounds checks."""
    header = fh.read(512)
    shift = struct.unpack_from("<H", header, 30)[0]
    if shift not in (9, 12):
        raise ValueError("bad sector size")
    size = 1 << shift
    first_dir = struct.unpack_from("<I", header, 48)[0]

    def sector(n: int) -> bytes:
        fh.seek(size * (n + 1))  # sector 0 follows the header, which fills one sector
        data = fh.read(size)
        if len(data) != size:
            raise ValueError("truncated")
        return data

    difat = list(struct.unpack_from("<109I", header, 76))
    # Files above ~7 MB list further FAT sectors in a chain of DIFAT sectors.
    next_difat, count = struct.unpack_from("<II", header, 68)
    for _ in range(min(count, 1024)):
        if next_difat >= _OLE_END:
            break
        entries = struct.unpack(f"<{size // 4}I", sector(next_difat))
        difat.extend(entries[:-1])
        next_difat = entries[-1]
    fat: list[int] = []
    for s in difat:
        if s < _OLE_END - 4:  # skip free / end-of-chain / special markers
            fat.extend(struct.unpack(f"<{size // 4}I", sector(s)))
    names: set[str] = set()
    current, seen = first_dir, set()
    while current not in (_OLE_END, _OLE_FREE) and current not in seen and len(names) < max_entries:
        seen.add(current)
        block = sector(current)
        for off in range(0, size, 128):
            length = struct.unpack_from("<H", block, off + 64)[0]
            if 2 <= length <= 64:
                names.add(block[off:off + length - 2].decode("utf-16-le", "replace"))
        current = fat[current]
    return names
