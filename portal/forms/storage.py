"""Content-addressed storage of form files under ``PORTAL_UPLOAD_DIR``.

A file is stored once under the SHA-256 of its bytes (``ab/abcdef…``), outside
the static folder; the uploader's file name is never used as a path. Writes go
to a temporary file in the same directory and are moved into place with
``os.replace``, so a reader never sees half a file, even on a shared volume.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from flask import current_app
from flask_babel import gettext as _

from ..errors import ValidationError
from ..vntext import clean_line
from .sniff import KINDS, detect_kind

CHUNK = 64 * 1024
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Invisible characters that change how a name reads: controls (Cc), format characters
# (Cf: bidi overrides and isolates, zero-width marks, soft hyphen), line and paragraph
# separators, private-use and unassigned code points.
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"}
# Characters that look like a slash or a run of dots: "‥∕‥∕etc∕passwd.pdf" reads as a path.
_SLASH_LIKE = dict.fromkeys(map(ord, "\u2215\u2044\u29f8\u29f9\uff0f\uff3c\u2216\ufe68"
                                     "\u2571\u2572\u27cb\u27cd\u3033\u3035"), "-")
_DOT_LIKE = dict.fromkeys(map(ord, "\u2024\u2025\u2026\uff0e\ufe52\u3002\uff61"), ".")
_NAME_MAX = 150


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    kind: str
    content_type: str
    stored_name: str


def upload_dir() -> Path:
    """The configured storage directory (created on first use)."""
    path = Path(current_app.config["PORTAL_UPLOAD_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


def stored_path(stored_name: str) -> Path:
    """Absolute path of a stored file; refuses names that are not content addresses."""
    if not re.fullmatch(r"[0-9a-f]{2}/[0-9a-f]{64}", stored_name):
        raise ValueError("not a content address")
    return upload_dir() / stored_name


def sanitise_name(original: str | None, kind: str) -> str:
    """A display name: no directories, no control or reserved characters, Vietnamese
    letters kept, ending in the extension of the detected kind."""
    name = "".join(ch for ch in unicodedata.normalize("NFC", original or "")
                   if unicodedata.category(ch) not in _INVISIBLE)
    name = clean_line(name).translate(_SLASH_LIKE).translate(_DOT_LIKE)
    name = re.split(r"[\\/]", name)[-1]  # the uploader's directories, whichever OS
    name = re.sub(r"\.{2,}", ".", _UNSAFE.sub("", name)).strip(" .-")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem = ext
    ext = KINDS[kind][1]
    stem = stem.strip(" .")[:_NAME_MAX] or _("bieu-mau")
    return unicodedata.normalize("NFC", stem + ext)


def store_upload(stream: BinaryIO, *, max_bytes: int | None = None) -> StoredFile:
    """Check and store the bytes of ``stream``; raise ValidationError when they are
    too large or not an accepted document type."""
    limit = max_bytes if max_bytes is not None else current_app.config["PORTAL_UPLOAD_MAX_BYTES"]
    folder = upload_dir()
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", dir=folder)
    try:
        with os.fdopen(fd, "w+b") as tmp:
            digest, size = _copy_limited(stream, tmp, limit)
            kind = detect_kind(tmp)
        if kind is None:
            raise ValidationError(_("Tệp không phải là biểu mẫu được chấp nhận. Chỉ nhận tệp "
                                    "PDF, DOC, DOCX, XLS, XLSX, ODT, ODS (kiểm tra theo nội "
                                    "dung tệp, không theo tên tệp)."), "file")
        stored_name = f"{digest[:2]}/{digest}"
        target = folder / stored_name
        target.parent.mkdir(exist_ok=True)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)  # same bytes under the same name: replacing is harmless
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return StoredFile(digest, size, kind, KINDS[kind][0], stored_name)


def _copy_limited(src: BinaryIO, dst: BinaryIO, limit: int) -> tuple[str, int]:
    hasher, size = hashlib.sha256(), 0
    while chunk := src.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise ValidationError(_("Tệp quá lớn: tối đa %(mb)s MB.",
                                    mb=f"{limit / 1024 / 1024:g}"), "file")
        hasher.update(chunk)
        dst.write(chunk)
    if size == 0:
        raise ValidationError(_("Tệp rỗng."), "file")
    dst.flush()
    return hasher.hexdigest(), size
