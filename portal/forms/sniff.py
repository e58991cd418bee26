"""Recognise a form file by its content (magic bytes), never by its name.

Accepted: PDF, DOC, XLS (OLE2 compound files), DOCX, XLSX (Office Open XML),
ODT, ODS (OpenDocument). Everything else, an executable renamed ``.pdf``
included, is refused.
"""
from __future__ import annotations

import struct
import zipfile
import zlib
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


# Archive limits: an upload is at most a few MB, but a zip says what it likes about
# itself. Every member the sniffer opens is read through ``_read_member``, never by
# trusting the declared size (a "40-byte" mimetype that inflates to 1 GiB).
MAX_MEMBERS = 5000           # office documents hold tens to hundreds
MAX_MIMETYPE_BYTES = 100     # the ODF mimetype entry: one short line
MAX_MIMETYPE_COMPRESSED = 1024
_EOCD = b"PK\x05\x06"


class ArchiveRefused(Exception):
    """The archive is too large, too deep or lies about its members."""


def _member_count(fh: BinaryIO) -> int:
    """The member count the end-of-central-directory record declares, read before
    zipfile builds an object per member (a 10 MB file can name 200,000)."""
    fh.seek(0, 2)
    size = fh.tell()
    tail_start = max(0, size - (65535 + 22))
    fh.seek(tail_start)
    tail = fh.read()
    at = tail.rfind(_EOCD)
    if at < 0 or at + 22 > len(tail):
        raise ArchiveRefused("no end record")
    total = struct.unpack_from("<H", tail, at + 10)[0]
    if total == 0xFFFF:  # ZIP64: no office document of upload size needs it
        raise ArchiveRefused("zip64")
    return total


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int,
                 compressed_limit: int) -> bytes:
    """At most ``limit`` bytes of a member; ArchiveRefused when it holds more or its
    compressed form is larger than such content can need."""
    if info.compress_size > compressed_limit or info.file_size > limit:
        raise ArchiveRefused(info.filename)
    with zf.open(info) as member:
        data = member.read(limit + 1)  # inflates only as far as asked, whatever is declared
    if len(data) > limit:
        raise ArchiveRefused(info.filename)
    return data


def _zip_kind(fh: BinaryIO) -> str | None:
    try:
        if _member_count(fh) > MAX_MEMBERS:
            return None
        fh.seek(0)
        with zipfile.ZipFile(fh) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                return None
            infos = {info.filename: info for info in members}
            if "mimetype" in infos:
                mime = _read_member(zf, infos["mimetype"], MAX_MIMETYPE_BYTES,
                                    MAX_MIMETYPE_COMPRESSED)
                return _ODF_KINDS.get(mime.strip())
            if "[Content_Types].xml" not in infos:
                return None
            # Macro-enabled documents (docm, xlsm) carry a VBA project: refused.
            if any(name.endswith("vbaProject.bin") for name in infos):
                return None
            if any(name.startswith("word/") for name in infos):
                return "docx"
            if any(name.startswith("xl/") for name in infos):
                return "xlsx"
    except (ArchiveRefused, zipfile.BadZipFile, OSError, ValueError, RuntimeError,
            NotImplementedError, EOFError, zlib.error):
        return None
    return None


def _ole_kind(fh: BinaryIO) -> str | None:
    """DOC or XLS by the name of the main stream in the compound file's directory;
    other OLE2 files (MSI installers, Outlook messages) are refused."""
    import olefile
    fh.seek(0)
    try:
        with olefile.OleFileIO(fh) as ole:
            names = {path[0] for path in ole.listdir(streams=True, storages=False)
                     if len(path) == 1}
    except Exception:  # noqa: BLE001  (olefile raises many kinds on a damaged file: refused)
        return None
    if "WordDocument" in names:
        return "doc"
    if "Workbook" in names or "Book" in names:
        return "xls"
    return None
