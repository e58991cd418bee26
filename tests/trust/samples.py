"""Small documents of each accepted kind (and impostors), built in memory."""
from __future__ import annotations

import io
import struct
import zipfile

END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def executable() -> bytes:
    """The start of a Windows PE executable."""
    return b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 56 + b"This program cannot be run in DOS mode"


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries:
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buf.getvalue()


def docx(macro: bool = False) -> bytes:
    entries = [("[Content_Types].xml", b"<Types/>"), ("_rels/.rels", b"<Relationships/>"),
               ("word/document.xml", b"<w:document/>")]
    if macro:
        entries.append(("word/vbaProject.bin", b"\x00" * 16))
    return _zip(entries)


def xlsx() -> bytes:
    from openpyxl import Workbook  # a real workbook, written by a real library
    wb = Workbook()
    wb.active["A1"] = "Tờ khai"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def odf(kind: str) -> bytes:
    mime = {"odt": b"application/vnd.oasis.opendocument.text",
            "ods": b"application/vnd.oasis.opendocument.spreadsheet"}[kind]
    return _zip([("mimetype", mime), ("content.xml", b"<office:document-content/>"),
                 ("META-INF/manifest.xml", b"<manifest/>")])


def plain_zip() -> bytes:
    return _zip([("readme.txt", b"hello")])


def cfb(stream_name: str) -> bytes:
    """A minimal compound file (MS-CFB v3, 512-byte sectors) holding one 4 KiB
    stream: "WordDocument" makes a DOC, "Workbook" an XLS, others neither."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, END, 0, END, 0)
    struct.pack_into("<109I", header, 76, 0, *([FREE] * 108))
    fat = [FATSECT, END] + list(range(3, 10)) + [END]
    fat_sector = struct.pack(f"<{sector // 4}I", *(fat + [FREE] * (sector // 4 - len(fat))))
    directory = _dir_entry("Root Entry", 5, child=1, start=END, size=0)
    directory += _dir_entry(stream_name, 2, child=NOSTREAM, start=2, size=4096)
    directory += b"\x00" * (sector - len(directory))
    return bytes(header) + fat_sector + directory + b"\x01" * 4096


def _dir_entry(name: str, kind: int, *, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    entry = bytearray(128)
    entry[0:len(encoded)] = encoded
    struct.pack_into("<HBBIII", entry, 64, len(encoded), kind, 1, NOSTREAM, NOSTREAM, child)
    struct.pack_into("<IQ", entry, 116, start, size)
    return bytes(entry)


def inflating_odt(inflated: int = 1 << 30) -> bytes:
    """An .odt whose ``mimetype`` entry declares 40 bytes but inflates to ``inflated``
    bytes of zeros (about 1 MB on the wire for 1 GiB)."""
    import zlib
    # One MiB of zeros, deflated and ended with a full flush: the block does not refer
    # back, so repeating it is still a valid deflate stream of n MiB.
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(b"\0" * (1 << 20)) + packer.flush(zlib.Z_FULL_FLUSH)
    stream = block * (inflated >> 20) + packer.flush()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        # Written stored (zipfile would deflate it again), then relabelled below.
        zf.writestr(zipfile.ZipInfo("mimetype"), stream, compress_type=zipfile.ZIP_STORED)
        zf.writestr(zipfile.ZipInfo("content.xml"), b"<office:document-content/>")
    data = bytearray(buf.getvalue())
    # The lie: method 8 (deflate), an uncompressed size of 40 and the CRC of those 40
    # bytes, in the local header (offsets 8, 22, 14) and in the central directory
    # entry (offsets 10, 24, 16).
    crc = zlib.crc32(b"\0" * 40)
    for at, method, size, crc_at in ((0, 8, 22, 14), (data.index(b"PK\x01\x02"), 10, 24, 16)):
        struct.pack_into("<H", data, at + method, 8)
        struct.pack_into("<I", data, at + size, 40)
        struct.pack_into("<I", data, at + crc_at, crc)
    return bytes(data)
