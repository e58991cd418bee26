"""A form file attached to a procedure, with its history."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..dbtypes import utcnow
from ..extensions import db


class FormFile(db.Model):
    """One uploaded file. Rows are never deleted: a replaced file points to its
    successor and a removed one carries ``removed_at``, so the audit can still
    fetch every file a citizen was ever offered."""
    __tablename__ = "form_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    # A re-import may recreate dossier documents; the form then stays on the procedure.
    dossier_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("dossier_document.id", ondelete="SET NULL"), index=True)
    # Sanitised original name, for display and the download name only; never a path.
    display_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(8))  # pdf, doc, docx, xls, xlsx, odt, ods
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # Path under PORTAL_UPLOAD_DIR, derived from the content hash.
    stored_name: Mapped[str] = mapped_column(String(80))
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("form_file.id"))
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    @property
    def is_current(self) -> bool:
        """True while citizens are offered this file."""
        return self.replaced_by_id is None and self.removed_at is None
