"""Form files (mẫu đơn, tờ khai) attached to procedures and their dossier documents."""
