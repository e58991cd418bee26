"""Reading the national catalogue (JSON lines, XLSX) into the catalogue."""
